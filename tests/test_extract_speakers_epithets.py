"""What an article calls a person it named before: an epithet ('the man who …'), a
participle's phrase before the subject, an owner before a name, a described document."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_the_tycoon_who_is_the_person_speaking_before() -> None:
    text = (
        "Rally\n\n"
        "Former governor Paul Strand spoke at the rally in the old mill town on Friday. "
        '"This town built the country," he said.\n\n'
        '"They deserve a fair wage," said the tycoon who grew up two streets away.\n'
    )
    assert ("the tycoon", "Paul Strand") in _speakers(text)


def test_the_actress_is_no_man_named_before() -> None:
    text = (
        "Rally\n\n"
        "Mr Olsen introduced the speaker. "
        '"We start today," said the actress who ran the campaign.\n'
    )
    assert ("the actress", "Olsen") not in _speakers(text)


def test_a_participle_phrase_before_the_subject_is_passed_over() -> None:
    from tracker.extract.canonical import names_in
    from tracker.extract.salience import _opening_name

    text = "Returning to the stage after a long break in the evening, Ruiz took off his coat."
    names = names_in("Senator Tom Ruiz spoke. " + text)
    assert _opening_name(text, 0, len(text), [], names) == "Ruiz"


def test_an_owner_with_a_bare_apostrophe_is_no_part_of_the_name() -> None:
    text = (
        "Panel\n\n"
        "The panel included Reuters’ Dana Whitfield and MSNBC’s Omar Haddad. "
        "Whitfield said the plan would cost 40 billion dollars.\n"
    )
    assert ("Whitfield", "Dana Whitfield") in _speakers(text)


def test_a_plural_owner_inside_a_body_name_stays() -> None:
    text = "Fees\n\nThe Music Teachers' Union said fees would rise by 5% next year.\n"
    assert _speakers(text)[0][1] == "Music Teachers' Union"


def test_a_described_newspaper_is_the_paper_that_spoke_before() -> None:
    text = (
        "Editorial\n\n"
        "The Ostland Journal said the plan would cost 3 billion dollars. "
        '"It is a plan without a budget," the conservative-leaning newspaper wrote.\n'
    )
    assert ("the conservative-leaning newspaper", "Ostland Journal") in _speakers(text)


def test_a_plural_owner_before_a_fellowship_stays_in_its_name() -> None:
    text = "Bill\n\nThe Nurses' Christian Fellowship said the bill would affect 3,000 members.\n"
    assert _speakers(text)[0][1] == "Nurses' Christian Fellowship"


def test_a_newspaper_is_no_person() -> None:
    from tracker.extract.speaker_check import speaker_kind

    assert speaker_kind("The Ostland Journal", "Ostland Journal") == "organisation"
    assert speaker_kind("Vera Holt", "Vera Holt") == "person"


def test_it_for_the_company_is_the_company_found() -> None:
    text = (
        "Results\n\n"
        "Brightwell said sales fell by 3% last year. "
        "The company said prices would rise. "
        "It said 200 jobs would go.\n"
    )
    assert [s for m, s in _speakers(text) if m == "It"] == ["Brightwell"]


def test_a_side_and_a_position_stand_for_the_player_named_before() -> None:
    text = (
        "Cup\n\n"
        "Rovers winger Tomas Kallio scored twice on Saturday. "
        "The Finland international said the squad was ready for the final.\n\n"
        "Coach Ana Ruiz praised the back row. "
        "Dan Mercer played all 80 minutes. "
        "The New Zealand flanker said the pack had trained for weeks.\n"
    )
    found = _speakers(text)
    assert ("The Finland international", "Tomas Kallio") in found
    assert ("The New Zealand flanker", "Dan Mercer") in found


def test_the_member_for_a_seat_is_the_member_named_before() -> None:
    text = (
        "Campaign\n\n"
        "Labour backbencher Joan Ferris criticised the timetable on Monday. "
        "The MP for Hollins and Dale said voters were tired of the campaign.\n"
    )
    assert ("The MP for Hollins and Dale", "Joan Ferris") in _speakers(text)


def test_a_member_for_a_seat_with_no_one_named_before_stays_unresolved() -> None:
    text = "Campaign\n\nThe MP for Hollins and Dale said voters were tired of the campaign.\n"
    assert _speakers(text)[0][1].startswith("MP for Hollins")  # no one to stand for
