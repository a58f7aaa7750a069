"""Currencies named after a figure (a country's adjective, a capitalised word, a scale glued
to the figure), rates whose period the sentence gives once or after a length of time, the
plain unit per head or per share, units spelled out in a hyphenated measure, and a share of a
change before the new level: our own sentences for each class."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.labels import set_aside_in


def _by_text(text: str) -> dict[str, tuple[float | None, str | None, str]]:
    return {
        q.text: (q.value, q.unit, q.kind)
        for c in extract_text("Headline\n\n" + text, "t")
        for q in c.quantities
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        (
            "The brewer paid out 2.3bn Swedish kronor last year.",
            "2.3bn Swedish kronor",
            2.3e9,
            "SEK",
        ),
        ("Its Copenhagen arm made 450m Danish kroner.", "450m Danish kroner", 4.5e8, "DKK"),
        ("The canal earned 9bn Egyptian pounds in a year.", "9bn Egyptian pounds", 9e9, "EGP"),
        ("Oil sales brought in 80bn Iraqi dinars.", "80bn Iraqi dinars", 8e10, "IQD"),
        ("A ticket costs 12 Swiss francs.", "12 Swiss francs", 12.0, "CHF"),
        ("Losses reached 3,000bn dong after the storm.", "3,000bn dong", 3e12, "VND"),
        ("Each family gets 20m dong from the state.", "20m dong", 2e7, "VND"),
        ("The bridge cost 700m cedis to build.", "700m cedis", 7e8, "GHS"),
    ],
)
def test_currency_named_after_the_figure(
    sentence: str, figure: str, value: float, unit: str
) -> None:
    assert _by_text(sentence)[figure][:2] == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer earned 4.2m Dollars last year, the magazine said.",
        "She was paid 300,000 Pounds for the role, her agent said.",
        "He made 6.1m Euros in 2004, according to the paper.",
    ],
)
def test_capitalised_currency_is_no_title(sentence: str) -> None:
    assert not set_aside_in("Headline\n\n" + sentence + "\n")
    assert any(kind == "money" for _, _, kind in _by_text(sentence).values())


def test_capitalised_subunit_stays_a_name() -> None:
    assert [
        why for _, why in set_aside_in("Headline\n\nThe rapper 50 Cent topped the chart.\n")
    ] == ["name"]


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("Junior doctors work up to 80 hours a week.", "80 hours", "hour per week"),
        ("Pupils spend six hours per day at school.", "six hours", "hour per day"),
        ("Drivers rest 45 minutes a day.", "45 minutes", "minute per day"),
        ("The library will open five days a week.", "five days", "day"),
        ("The striker earns £90,000 a week.", "£90,000 a week", "GBP per week"),
        ("The club earns €30m a season from television.", "€30m a season", "EUR per season"),
        ("The chain loses $2bn a quarter.", "$2bn a quarter", "USD per quarter"),
        ("Bills went from 300 zlotys to 410 zlotys a month.", "300 zlotys", "PLN per month"),
        ("Income fell from €9m a season to under €5m.", "€5m", "EUR per season"),
        # per share, per head: the plain unit, as the gold's annotators read them
        ("The bidder offers 41.75 euros a share in cash.", "41.75 euros", "EUR"),
        ("The council spends £3 per head on parks.", "£3", "GBP"),
    ],
)
def test_rates(sentence: str, figure: str, unit: str) -> None:
    assert _by_text(sentence)[figure][1] == unit


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("He was freed two hours a day after the appeal.", "two hours", "hour"),
        ("The group lost $2bn a quarter of a century ago.", "$2bn", "USD"),
        ("It paid $5m - a quarter of its profit.", "$5m", "USD"),
    ],
)
def test_no_rate(sentence: str, figure: str, unit: str) -> None:
    assert _by_text(sentence)[figure][1] == unit


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        ("The car takes a 22-kilowatt charger.", "22-kilowatt", 22.0, "kW"),
        ("It has a 75-kilowatt-hour battery.", "75-kilowatt-hour", 75.0, "kWh"),
        ("Workers laid a 30-centimetre pipe.", "30-centimetre", 30.0, "cm"),
        ("The plant runs on a 400-volt line.", "400-volt", 400.0, "V"),
    ],
)
def test_hyphenated_units(sentence: str, figure: str, value: float, unit: str) -> None:
    assert _by_text(sentence)[figure][:2] == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("Profit fell in the April-June quarter to 12bn yen.", "12bn yen", 1.2e10),
        ("Sales were down by a third to $4m.", "$4m", 4e6),
    ],
)
def test_share_of_a_change_is_no_range(sentence: str, figure: str, value: float) -> None:
    assert _by_text(sentence)[figure][0] == value


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        ("The firm hired a pair of auditors.", "a pair", 2.0, None),
        ("A trio of judges heard the case.", "A trio", 3.0, None),
        ("The row has run for a quarter century.", "a quarter century", 25.0, "year"),
        ("The feud lasted half a century.", "half a century", 50.0, "year"),
        ("Prices doubled in half a decade.", "half a decade", 5.0, "year"),
        ("The scheme ran for a few months.", "a few months", None, "month"),
        ("The bowler was warned once.", "once", 1.0, "times"),
        ("The club has won the cup only once in its history.", "once", 1.0, "times"),
    ],
)
def test_amounts_without_a_number_word(
    sentence: str, figure: str, value: float | None, unit: str | None
) -> None:
    found = _by_text(sentence)
    key = next(k for k in found if k.casefold().endswith(figure.casefold().split()[-1]))
    assert found[key][:2] == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Once the deal is signed, the shares will rise.",
        "The board met at once and agreed once again.",
        "For once the minister kept quiet.",
        "They have a couple of ideas about the plan.",
        "The phone is a few years old now.",
    ],
)
def test_no_amount(sentence: str) -> None:
    assert _by_text(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "kind"),
    [
        ("Three of Europe's biggest lenders failed the test.", "Three", None, "count"),
        ("Ministers said two of my colleagues had resigned.", "two", None, "count"),
        ("The boxer has gained about 14 pounds since June.", "14 pounds", "lb", "measure"),
        ("Police recorded 9,000 drugs offences last year.", "9,000", "offences", "count"),
        ("The club named a 23-strong squad.", "23-strong", None, "count"),
        ("A 600-person team ran the count.", "600-person", "people", "count"),
        ("One of these three plans takes priority.", "three", "plans", "count"),
    ],
)
def test_counted_and_weighed(sentence: str, figure: str, unit: str | None, kind: str) -> None:
    assert _by_text(sentence)[figure][1:] == (unit, kind)


@pytest.mark.parametrize(
    ("sentence", "figure", "why"),
    [
        ("Voters watched the Nov. 3 second round closely.", "3 second", "date"),
        ("The poll comes nearly six months before the due date.", "six months", "date"),
        ("The carrier may order the Boeing 787-9 next year.", "787-9", "name"),
    ],
)
def test_set_aside(sentence: str, figure: str, why: str) -> None:
    found = {q.text: w for q, w in set_aside_in("Headline\n\n" + sentence + "\n")}
    assert found.get(figure) == why


def test_span_before_an_event_is_a_length() -> None:
    text = "Agencies avoid new steps in the 60 days before an election."
    assert _by_text(text)["60 days"][1] == "day"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Manitoba plan will cost $40 million, Winnipeg officials said.", "CAD"),
        ("The Brisbane council will spend $9m a year, Queensland officials said.", "AUD per year"),
        ("The Toronto bank paid $3bn for a US lender.", "USD"),  # the US named: US dollars
        ("The firm paid $5m for the Sydney site.", "USD"),  # one mention sets no story
    ],
)
def test_home_dollars(text: str, unit: str) -> None:
    assert [u for _, u, _ in _by_text(text).values()] == [unit]


def test_sterling_story_keeps_us_dollars() -> None:
    text = "Hong Kong lost £30m ($58m) in trade, and Hong Kong banks $9m."
    assert {u for _, u, _ in _by_text(text).values()} == {"GBP", "USD"}


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("A poll has Smith up by 6 points in Leeds and Jones up by 2 in York.", "2", "points"),
        ("Fares rose by 4% in March and rose by 3 in April.", "3", "percent"),
        ("The lake fell by 2 metres in May and fell by 1 in June.", "1", "m"),
        ("Smith won 6 points in Leeds and Jones took 2 seats in York.", "2", "seats"),
    ],
)
def test_elided_units(sentence: str, figure: str, unit: str) -> None:
    assert _by_text(sentence)[figure][1] == unit


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        ("The survey found one in every four adults was in debt.", "one in every four", 0.25, None),
        ("Officials said one pupil in six had no laptop.", "one pupil in six", 1 / 6, None),
        ("He has 17 goals in 22 league games.", "17", 17.0, "goals"),
        ("One euro in every 20 went on fees.", "One euro in every 20", 0.05, None),
        ("The party tried a half-dozen leaders in a decade.", "half-dozen", 6.0, "leaders"),
        ("Output in the spring had been zero, the agency said.", "zero", 0.0, None),
    ],
)
def test_shares_and_small_counts(
    sentence: str, figure: str, value: float, unit: str | None
) -> None:
    found = _by_text(sentence)[figure]
    assert found[0] == pytest.approx(value, abs=1e-6)
    assert found[1] == unit


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("The keeper let in one goal in five games.", "one", "goal"),
        ("Three judges in 2004 left the court.", "Three", "judges"),
    ],
)
def test_no_share(sentence: str, figure: str, unit: str) -> None:
    assert _by_text(sentence)[figure][1] == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator said the chance was never zero.",
        "The risk is small, but small is not zero, the regulator said.",
    ],
)
def test_zero_after_not_is_a_manner_of_speaking(sentence: str) -> None:
    assert _by_text(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The poll has Smith trailing by one point in Kent.", True),
        ("Labour lost about one point this week.", True),
        ("The index is forecast to drop one point in March.", True),
        ("At one point, the minister walked out.", False),
        ("One point stood out in the report.", False),
    ],
)
def test_one_point_of_a_lead(sentence: str, found: bool) -> None:
    assert (_by_text(sentence).get("one", (None, None))[1] == "point") == found


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "kind"),
    [
        ("She gained 25 pounds while training for the fight.", "25 pounds", "lb", "measure"),
        ("The champion shed 12 pounds before the weigh-in.", "12 pounds", "lb", "measure"),
        ("The raffle's winners gained 800 pounds each.", "800 pounds", "GBP", "money"),
        ("Each player gained 40 pounds in prize money.", "40 pounds", "GBP", "money"),
        ("The charity gained 60 pounds from ticket sales.", "60 pounds", "GBP", "money"),
    ],
)
def test_pounds_after_a_verb_of_gain(sentence: str, figure: str, unit: str, kind: str) -> None:
    """A gain is in pounds of weight only for a body's plausible gain with no money near."""
    assert _by_text(sentence)[figure][1:] == (unit, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports grew by 3% in July and grew by 25,000 in August.",
        "The index was up by 2 points on Monday and up by 900 on Friday.",
        "Rents rose by 0.4% in Leeds and rose by 75 in York.",
    ],
)
def test_elided_unit_not_borrowed_by_a_figure_of_another_size(sentence: str) -> None:
    found = _by_text(sentence)
    last = [k for k in found if k[:1].isdecimal()][-1]
    assert found[last][1:] == (None, "count")


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("He named 14 players perhaps good enough to start.", "14", "players"),
        ("There are 30 doctors sometimes on call at night.", "30", "doctors"),
        ("The club sent 12 scouts overseas last year.", "12", "scouts"),
        ("About 40 volunteers always turn up on Sundays.", "40", "volunteers"),
    ],
)
def test_an_adverb_in_s_is_no_counted_noun(sentence: str, figure: str, unit: str) -> None:
    assert _by_text(sentence)[figure][1] == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans like to celebrate once in a while, the landlord said.",
        "The singer was once in a rock group.",
        "Such a storm comes once in a lifetime.",
        "He is once again the favourite.",
    ],
)
def test_once_that_counts_no_occasion(sentence: str) -> None:
    assert "once" not in {k.casefold() for k in _by_text(sentence)}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The striker scored once in the first half.", 1.0),
        ("The two leaders met once in 2009.", 1.0),
    ],
)
def test_once_in_a_period_counts(sentence: str, value: float) -> None:
    assert _by_text(sentence)["once"][:2] == (value, "times")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police found a pair of jeans in the car.",
        "She lost a pair of sunglasses on the beach.",
        "He was wearing a pair of old boots.",
        "The thief used a pair of scissors.",
    ],
)
def test_a_pair_of_one_thing_counts_nothing(sentence: str) -> None:
    assert "a pair" not in _by_text(sentence)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "The Canadian singer, who lives in Nevada, earned $30m; no other Canadian came close.",
            "USD",
        ),
        ("The Toronto band, now based in Chicago, made $4m on a Canadian tour.", "USD"),
        ("The Ontario firm, which has a plant in Ohio, paid $2m to Canadian staff.", "USD"),
    ],
)
def test_a_us_state_or_city_is_a_sign_of_the_us(text: str, unit: str) -> None:
    assert [u for _, u, _ in _by_text(text).values()] == [unit]
