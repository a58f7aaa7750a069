"""A body called by a description of its kind ('the daily', 'the Norwegian firm', 'the
watchdog', 'the findings') is the body of that kind the article names; a number, a month or
a year is never a speaker."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.descriptions import junk_speaker, read_description
from tracker.extract.vocab.kinds import COMPANY, NEWSPAPER, STUDY


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_daily_is_the_newspaper_the_article_names() -> None:
    text = (
        "Paper backs mayor\n\n"
        "The Riverton Herald on Monday endorsed Ann Ko for mayor of the city. "
        '"She has the experience the city needs," the influential local daily wrote.\n'
    )
    assert ("the influential local daily", "Riverton Herald") in _speakers(text)


def test_a_firm_by_its_nation_is_the_body_that_spoke_before() -> None:
    text = (
        "Drones\n\n"
        "At the Oslo fair, Kestrel showed off a drone that can carry parcels. "
        "The Norwegian firm said it could fly for 40 minutes on one charge.\n"
    )
    assert ("The Norwegian firm", "Kestrel") in _speakers(text)


def test_a_place_in_the_description_picks_the_body_given_that_place() -> None:
    text = (
        "Car sales\n\n"
        "Halden, the Swedish carmaker, said its sales rose by 4% in May. "
        "Orsa, the French carmaker, said its sales fell by 2% in the month. "
        "The Swedish carmaker said it would cut prices by 3% in June.\n"
    )
    assert ("The Swedish carmaker", "Halden") in _speakers(text)


def test_a_watchdog_is_the_public_body_the_article_names() -> None:
    text = (
        "Fine\n\n"
        "The Financial Conduct Authority fined Brook Savings £3m on Tuesday for "
        "mis-selling loans. The watchdog said the failings lasted four years.\n"
    )
    assert ("The watchdog", "Financial Conduct Authority") in _speakers(text)


def test_an_agency_in_apposition_is_named_there() -> None:
    text = (
        "Floods\n\n"
        "Twelve homes were flooded overnight, according to the regional water agency, "
        "Aqua Norte, which sent 40 pumps.\n"
    )
    assert [s for t, s in _speakers(text) if t.startswith("the regional")] == ["Aqua Norte"]


def test_the_findings_are_the_study_credited_to_a_body() -> None:
    text = (
        "Sleep\n\n"
        "Teenagers who use phones at night sleep an hour less, researchers said on Friday. "
        "The study of 3,000 pupils was run by the Harwell Institute of Child Health. "
        "The findings showed that 40% of pupils woke at least once a night.\n"
    )
    speakers = _speakers(text)
    assert ("researchers", "Harwell Institute of Child Health") in speakers
    assert ("The findings", "Harwell Institute of Child Health") in speakers


def test_a_description_no_body_fits_stays_as_it_is() -> None:
    text = (
        "Bridge\n\n"
        "Mayor Ann Ko opened the new bridge over the Tamar on Monday. "
        "The agency said the work had cost £4m and taken two years.\n"
    )
    speakers = dict(_speakers(text))
    assert speakers["The agency"] not in ("Ann Ko", "Tamar")


def test_no_speaker_is_a_month_or_a_number() -> None:
    text = (
        "Skylark Air crew to strike on Dec. 5\n\n"
        "Cabin crew at the Welsh airline Skylark Air will strike next month, the union said. "
        "The walkouts, on Dec. 5 and Dec. 6, would ground up to 300 flights, the airline "
        "said. Eleven of the routes would close, the airline added.\n"
    )
    speakers = dict(_speakers(text))
    assert speakers["the airline"] == "Skylark Air"


def test_a_body_before_a_time_phrase_is_the_speaker() -> None:
    text = (
        "Schools\n\n"
        "The Harbour Strategy Unit in 2003 said pupils from small towns were doing well.\n"
    )
    assert ("The Harbour Strategy Unit in 2003", "Harbour Strategy Unit") in _speakers(text)


def test_numbers_months_and_years_are_junk_speakers() -> None:
    for junk in ("Eleven", "Dec", "2003", "Jan. 14"):
        assert junk_speaker(junk)
    for name in ("Siemens", "Eleven Sports", "December Films Ltd"):
        assert not junk_speaker(name)


def test_a_description_is_read_by_its_head_and_places() -> None:
    daily = read_description("the influential US daily")
    assert daily is not None and daily.kinds == {NEWSPAPER} and daily.places == {"us"}
    firm = read_description("The Seoul-based maker")
    assert firm is not None and firm.kinds == {COMPANY}
    paper = read_description("the paper")
    assert paper is not None and paper.kinds == {NEWSPAPER, STUDY}
    for not_one in ("a rival firm", "the company's chief", "the Reuters news agency", "a firm"):
        assert read_description(not_one) is None


def test_a_player_by_position_or_title_is_the_person_named_before() -> None:
    for text, mention, person in (
        (
            "Retirement\n\nWales record cap holder Gareth Llewellyn will retire from Test "
            "rugby in March. The veteran lock said it was time to end his career.\n",
            "The veteran lock",
            "Gareth Llewellyn",
        ),
        (
            "Final\n\nSerena Okafor beat Ana Lind 6-3 6-2 in the final on Sunday. The "
            "champion said she had played her best tennis of the year.\n",
            "The champion",
            "Serena Okafor",
        ),
        (
            "Test\n\nLeft-arm spinner Dilan Perera took six wickets on the final morning. "
            "The spinner said the ball had gripped from the first over.\n",
            "The spinner",
            "Dilan Perera",
        ),
    ):
        assert (mention, person) in _speakers(text)


def test_a_description_introduced_unnamed_is_the_name_given_it_since() -> None:
    text = (
        "Rates\n\n"
        "Thailand's central bank held rates on Monday. Bank of Thailand, the central bank, "
        "said inflation was low. The central bank said it would watch the baht.\n"
    )
    assert ("The central bank", "Bank of Thailand") in _speakers(text)


def test_a_description_introduced_unnamed_and_named_nowhere_stays() -> None:
    text = (
        "Rates\n\n"
        "Thailand's central bank held rates on Monday. Analysts at Kasikorn said inflation "
        "was low. The central bank said it would watch the baht.\n"
    )
    assert ("The central bank", "Kasikorn") not in _speakers(text)
