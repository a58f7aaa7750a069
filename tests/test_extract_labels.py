"""The label stage: figures that are dates, names, ranks, scores, idioms or table rows are set
aside from claims, with the reason; real amounts beside them are kept."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.labels import set_aside_in
from tracker.extract.layout import is_row, table_spans


def reasons(text: str) -> dict[str, str | None]:
    """Each recognised figure's text -> why it is set aside (None: kept)."""
    kept = {q.text: None for c in extract_text(text, "t") for q in c.quantities}
    return kept | {q.text: why for q, why in set_aside_in(text)}


def claimed(text: str) -> list[str]:
    return [q.text for c in extract_text(text, "t") for q in c.quantities]


@pytest.mark.parametrize(
    ("text", "figure", "why"),
    [
        ("The hearing is set for Nov. 14 in Leeds.", "14", "date"),
        ("Voting ran from Mar. 3 to 5 across the region.", "3 to 5", "date"),
        ("The fair runs from 12 to 15 March in Turin.", "12 to 15", "date"),
        ("Matches are on 4 May, 11 and 18 May.", "11", "date"),
        ("He first stood in ’87 and lost.", "87", "date"),
        ("The 2011-12 budget was cut again.", "2011-12", "date"),
        ("She left the firm three years ago.", "three years", "date"),
        ("With four weeks to go, the race is close.", "four weeks", "duration"),
        ("Sales fell in the previous quarter, the firm said.", "quarter", "date"),
        ("Profits doubled in the first half of 2019.", "half", "date"),
        ("Output rose in the last nine months of 2018.", "nine months", "date"),
        ("Sales fell in the first six months of the fiscal year.", "six months", "date"),
        ("Analysts cut their forecast for the quarter.", "quarter", "date"),
        ('He said "Bravo 6 was the best" of them.', "6", "name"),
        ("The film beat Toy Story 3 at the box office.", "3", "name"),
        ("The band played at Arena 51 on Saturday.", "51", "name"),
        ("Tickets for the Five Nations sold out quickly.", "Five", "name"),
        ("The station lies at Kilometre Zero, the guide says.", "Zero", "name"),
        ('<img data-id="88213377" src="x.png"> was shown.', "88213377", "name"),
        ("Account 77123456789 was frozen by the bank.", "77123456789", "name"),
        ("She handed over a stack of $50s in a bag.", "$50", "name"),
        ("Operators are rolling out 6G trials.", "6G", "name"),
        ("Ring 0345 600 7000 for tickets.", "600", "name"),
        ("The embassy is at 24 Grosvenor Square, London.", "24", "name"),
        ("Her best event is the 10,000 metres, where she won gold.", "10,000 metres", "name"),
        ("He was fourth in the 5,000m final in Oslo.", "5,000m", "name"),
        ("He trained for the 50K Walk for four years.", "50K", "name"),
        ("She won the women's 60m hurdles in Leeds.", "60m", "name"),
        ("He took the men's 400m in a best of 45.1 seconds.", "400m", "name"),
        ("The Olympic 1,500m champion was on record pace.", "1,500m", "name"),
        ("He missed the indoor 800m world record by a second.", "800m", "name"),
        ("Regional station Capital 95.8 changed its name.", "95.8", "name"),
        ("The new Rally 2K7 game sold well.", "2K", "name"),
        ("She starred in 28 Days Later as a nurse.", "28 Days", "name"),
        ("They watched the film “9 Songs: A Night” again.", "9", "name"),
        ("The book, Rome: Four Emperors Of The East, came out.", "Four", "name"),
        ("The singer reached number three in the charts.", "three", "ordinal"),
        ("Jones, seeded five, plays a qualifier.", "five", "ordinal"),
        ("The top ten teams all qualified.", "ten", "ordinal"),
        ("The sixth-ranked player pulled out.", "sixth-ranked", "ordinal"),
        ("They could meet in the last sixteen next week.", "sixteen", "ordinal"),
        ("Leeds beat Hull 3-1 in the derby on Sunday.", "3-1", "score"),
        ("A 2-0 defeat left the coach furious.", "2-0", "score"),
        ("The Bears took a 17-3 halftime lead.", "17-3", "score"),
        ("The referee's decision stood after the 0-0 draw.", "0-0", "score"),
        ("Kerber ousted the seventh seed Petrova 6-3 7-5.", "6-3", "score"),
        ("She edged past Jones 7-6 (7-4) 6-3 in Dubai.", "7-6", "score"),
        ("She edged past Jones 7-6 (7-4) 6-3 in Dubai.", "7-4", "score"),
        ("The Senate approved the bill in a 68-31 vote.", "68-31", None),
        ("He sits in the same half of the draw as his brother.", "half", "idiom"),
        ("She hopes that one day the museum will reopen.", "one day", "idiom"),
        ("It all changed one day in May 2010, when the bank failed.", "one day", "idiom"),
        ("It is a three, four or maybe five-horse race now.", "four", "idiom"),
        ("The ruling was welcomed in some quarters of the party.", "quarters", "idiom"),
        ("The bank took a charge in the July-to-September quarter.", "quarter", "date"),
        ("A banner reading 1+1=3 hung over the stage.", "3", "name"),
        ("Their Group 3 rivals won in Lyon.", "3", "name"),
        ("In Year 5 pupils take a spelling test.", "5", "name"),
        ("The firm filed under US chapter 11 bankruptcy rules.", "11", "name"),
        ("He compared Britain now with Germany in the 30's.", "30", "date"),
        ("Two facts are missing: 1) If they strike, many die.", "1", "list"),
        ("Critics called the plan too clever by half.", "half", "idiom"),
        ("Half had a good view of him and 40% a negative one.", "negative one", "pronoun"),
        ("Polls give him the edge. [270] Voters disagree.", "270", "name"),
        ("Smith met Jones in May. The two agreed a deal.", "two", "pronoun"),
        ("The limit is 50mg of alcohol per 100ml of blood.", "100ml", "rate"),
    ],
)
def test_labels_are_set_aside(text: str, figure: str, why: str | None) -> None:
    got = reasons(text)
    if why == "duration":  # 'N weeks to go' is a point in time too
        why = "date"
    assert got.get(figure, "missing") == why, got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 300 jobs will go at the plant.", "300"),
        ("India's 29 states must publish budgets.", "29"),
        ("Two guards were injured.", "Two"),
        ("Only 5% of voters were undecided.", "5%"),
        ("A quarter of voters were undecided.", "A quarter"),
        ("The two sides settled out of court.", "two"),
        ("Deaths rose to 12 per 100,000 people.", "12"),
        ("Over the past six months, prices rose 4%.", "six months"),
        ("The company employs 20 Americans and 300 Britons.", "20"),
        ("He has been in the job for 10 years.", "10 years"),
        ("The last 40 passengers left the ship.", "40"),
        ("Unemployment rose 1.2% in March 2020.", "1.2%"),
        ("The airline ordered 30 Airbus A350 jets.", "30"),
        ("In Leeds 300 homes were flooded.", "300"),
        ("Some 300 Ford workers lost their jobs.", "300"),
        ("She hired 20 Staff last week and 2 Monet experts.", "2"),
        ("They drove the 300 miles to the border overnight.", "300 miles"),
        ("He ran 26 miles in the rain to set a record.", "26 miles"),
        ("The cable runs for 200m under the sea.", "200m"),
        ("She wants to break the 5m barrier soon.", "5m"),
        ("It took 2½ years to finish.", "2½ years"),
        ("He was freed one day before the trial began.", "one day"),
        ("Profits rose in 2003 to £12m, the firm said.", "£12m"),
        ("In Leeds 40 staff at Terminal 2 were hurt.", "40"),
        ("The van carried 30 (or 40) boxes.", "30"),
        ("He spent 30 years in the chapter house.", "30 years"),
        ("Fans aged 18-24 watched the match.", "18-24"),
        ("He said: “Three people died in the fire.”", "Three"),
        ("The plant has 800 Toyota workers.", "800"),
    ],
)
def test_amounts_are_kept(text: str, figure: str) -> None:
    got = reasons(text)
    assert figure in got and got[figure] is None, got


SEED_LIST = """Seeds named for the open

The draw was made on Friday and the favourite opens against a qualifier.

1 Ada Lovelace (Britain)

2 Grace Hopper (US)

3 Mary Somerville (Scotland)

4 Emmy Noether (Germany)
"""

RESULTS = """Results

Leeds 3-1 Hull
Derby 0-0 Stoke
Luton 2-2 Bristol City
Fans said 4,000 tickets went unsold.
"""


MATCH_REPORT = """Rovers edge derby

The home side deserved it, the manager said, after 2,000 fans stayed away.

Rovers: Hale, Moss, Pike (Dunn 71), Webb, Lord.

Goals: Webb 12, Pike 55 pen.

18,402

B Marsh (Devon).
"""


def test_a_results_box_gives_no_claims() -> None:
    assert claimed(MATCH_REPORT) == ["2,000"]
    assert {why for _, why in set_aside_in(MATCH_REPORT)} == {"list"}


def test_a_seed_list_gives_no_claims_but_the_prose_does() -> None:
    assert table_spans(SEED_LIST) and claimed(SEED_LIST) == []
    assert claimed(RESULTS) == ["4,000"]


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("7 Tim Jones (Wales)", True),
        ("Chelsea 45 pts", True),
        ("FTSE 100 4,852.3 +12.4", True),
        ("- raised the tax-free threshold to 100,000 rupees", False),
        ("The index closed at 4,852 on Friday.", False),
        ("Budget at a glance", False),
        ("Jones 12, Smith 80 pen.", True),
        ("Shares rose 5% on Friday.", False),
    ],
)
def test_rows(line: str, row: bool) -> None:
    assert is_row(line) is row


def test_two_short_lines_are_no_table() -> None:
    text = "Storm hits 3 towns\n\nAround 400 homes lost power, the utility said.\n"
    assert table_spans(text) == []
    assert "400" in claimed(text)


def stated(text: str, figure: str):
    found = [q for c in extract_text(text, "t") for q in c.quantities if q.text == figure]
    assert found, [q.text for c in extract_text(text, "t") for q in c.quantities]
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure", "value", "kind", "unit"),
    [
        ("Thousands of nurses went on strike.", "Thousands", None, "count", "nurses"),
        ("Several thousand fans waited outside.", "thousand", None, "count", "fans"),
        ("The club spent millions of pounds on players.", "millions", None, "money", "GBP"),
        ("The measure passed by a 61-38 vote in the chamber.", "61-38", None, "other", None),
        (
            "She leads him by 51 percent to 44 percent.",
            "51 percent to 44 percent",
            None,
            "other",
            None,
        ),
        ("The judges ruled by a 3-to-2 vote on Monday.", "3-to-2", None, "other", None),
        ('The manager rated his chances as "50-50" on Friday.', "50-50", 0.5, "ratio", None),
        (
            "It has a margin of plus or minus 3 percentage points.",
            "minus 3 percentage points",
            3,
            "percent",
            "percentage point",
        ),
        ("The painter, who died aged 91, left no will.", "91", 91, "age", "years"),
        ("Ann Lee, 47, runs the bakery.", "47", 47, "age", "years"),
        ("Seven of 10 doctors agreed.", "Seven of 10", 0.7, "ratio", None),
        ("She retired by the age of 52.", "52", 52, "age", "years"),
        ("Three out of ten homes flooded.", "Three out of ten", 0.3, "ratio", None),
        ("Ohio, 18, and Iowa, 6, are close.", "18", 18, "count", None),
        ("The Senate confirmed him 52-47.", "52-47", None, "other", None),
        ("She has a 51-45 lead among likely voters.", "51-45", None, "other", None),
        ("Facts:\n- 2.4 million people live there\n", "2.4 million", 2.4e6, "count", "people"),
        ("The boxer weighs 210 pounds before the fight.", "210 pounds", 210, "measure", "lb"),
        ("The club sold 210 pounds of tickets.", "210 pounds", 210, "money", "GBP"),
        ("The text leaked half an hour early.", "half an hour", 0.5, "duration", "hour"),
        (
            "Rates rose half a percentage point.",
            "half a percentage point",
            0.5,
            "percent",
            "percentage point",
        ),
        # in years, as the gold reads "a quarter-century" (25 years)
        ("The feud lasted half a century.", "half a century", 50.0, "duration", "year"),
        ("Sales fell in 2004 to 789m euros.", "789m euros", 789e6, "money", "EUR"),
        ("Kovacs, 22, has set nine records.", "22", 22, "age", "years"),
        ("The singer died at 43, broke and alone.", "43", 43, "age", "years"),
    ],
)
def test_values_as_stated(text: str, figure: str, value, kind: str, unit) -> None:
    q = stated(text, figure)
    assert (q.value, q.kind, q.unit) == (value, kind, unit)


def test_the_headline_repeats_the_body_and_gives_no_claim() -> None:
    text = "Firm cuts 300 jobs\n\nThe firm will cut 300 jobs, its chief said.\n"
    assert [(q.text, why) for q, why in set_aside_in(text)] == [("300", "headline")]
    assert claimed(text) == ["300"]
    assert claimed("Prices rose 4% in May.") == ["4%"]  # one sentence alone is no headline


def test_a_widened_figure_replaces_the_one_inside_it() -> None:
    assert claimed("Some 7 of 10 voters agreed.") == ["7 of 10"]


def _figures(text: str) -> list[str]:
    return [q.text for c in extract_text(text, "a") for q in c.quantities]


def test_a_numbered_list_gives_no_claim_per_item_number() -> None:
    text = (
        "Ways to save on heating\n\n"
        "Energy advisers offered these tips on Monday.\n\n"
        "1 Turn the thermostat down.\n"
        "Each degree saves about 10% on a bill, they said.\n\n"
        "2 Bleed the radiators.\n\n"
        "3 Close the curtains at dusk.\n\n"
        "4 Check the boiler once a year.\n"
    )
    assert _figures(text) == ["10%"]


def test_numbers_that_do_not_count_on_by_one_are_no_list() -> None:
    text = (
        "Flood warning\n\n"
        "3 rivers burst their banks overnight, the agency said.\n\n"
        "12 homes were evacuated in the village.\n\n"
        "40 people spent the night in a school hall.\n"
    )
    assert _figures(text) == ["3", "12", "40"]


def test_a_box_of_labelled_figures_is_a_table_not_claims() -> None:
    text = (
        "Markets close lower\n\n"
        "Shares fell 2% in Frankfurt on Friday, traders said.\n\n"
        "Key figures:\n"
        "Frankfurt – DAX: DOWN 2.0 percent at 15,204.10.\n"
        "Paris – CAC 40: DOWN 1.1 percent at 7,021.55.\n"
        "Euro/dollar: UP at $1.0841 from $1.0822.\n"
        "Oil – Brent crude: UP 31 cents at $81.20 per barrel.\n"
    )
    assert _figures(text) == ["2%"]


def test_a_transcripts_turns_are_no_box_of_labelled_figures() -> None:
    text = (
        "Budget interview\n\n"
        "HOST: How much will the plan cost?\n"
        "MINISTER: About £4bn over 5 years.\n"
        "HOST: And how many jobs?\n"
        "MINISTER: 20,000 jobs, we think.\n"
    )
    assert {"£4bn", "20,000"} <= set(_figures(text))
