"""An unnamed spokesperson speaks for the body the article makes clear: the one an earlier
'a X spokesman' spoke for, the party the article is about, the firm of the paragraph; a bare
'A spokesman' with no body in view stays as written."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.spokespeople import _party_of


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_the_spokesman_is_the_body_the_spokesman_before_spoke_for() -> None:
    text = (
        "Prisons\n\n"
        "Jail places will rise by 2,000, a Ministry of Justice spokesman said on Friday. "
        '"We are building as fast as we can," the spokesman added.\n'
    )
    assert [s for _, s in _speakers(text)] == ["Ministry of Justice"] * 2


def test_an_official_at_a_body_then_the_official() -> None:
    text = (
        "Smuggling\n\n"
        "An official at the Border Force said seizures had doubled. "
        '"Most of it comes by lorry," the official said.\n'
    )
    assert [s for _, s in _speakers(text)] == ["Border Force"] * 2


def test_party_strategists_are_the_party_the_article_is_about() -> None:
    text = (
        "Greens target students\n\n"
        "The Scottish Green Party is courting students with a pledge on rents. "
        "Its co-leader Ann Reid said rents had risen by a third. "
        "Party strategists believe students could swing five seats. "
        "A party spokesman said the pledge would cost £40m a year.\n"
    )
    said = _speakers(text)
    assert ("Party strategists", "Scottish Green Party") in said
    assert ("A party spokesman", "Scottish Green Party") in said


def test_a_spokeswoman_in_a_paragraph_about_the_firm_is_the_firm() -> None:
    text = (
        "Tavora recalls kettles\n\n"
        "Tavora is recalling 40,000 kettles after reports of faulty switches. "
        "The company said no one had been hurt. A spokeswoman said the recall would cost "
        "about £2m.\n"
    )
    assert ("A spokeswoman", "Tavora") in _speakers(text)


def test_a_bare_spokesman_with_no_body_in_view_stays() -> None:
    text = (
        "Storm\n\n"
        "Winds of 90mph hit the coast overnight. Roads were closed in three towns. "
        "A spokesman said crews would work through the night.\n"
    )
    assert ("A spokesman", "A spokesman") in _speakers(text)


def test_a_place_before_party_opening_a_sentence_is_no_party() -> None:
    text = (
        "Conference\n\n"
        "In Leeds Party activists gathered on Sunday. Party strategists said turnout was high.\n"
    )
    assert ("Party strategists", "In Leeds Party") not in _speakers(text)
    assert _party_of("Rally\n\nIn Leeds Party members met. The Brexit Party gained.\n") == (
        "Brexit Party"
    )
    assert _party_of("Rally\n\nLabour Party members met the Liberal Democrats.\n") == (
        "Labour Party"
    )
    assert _party_of("Rally\n\nThe Liberal Democrats are wooing students.\n") == (
        "Liberal Democrats"
    )


def test_a_bare_spokesman_after_one_for_another_body_is_not_the_firm() -> None:
    text = (
        "Fine\n\n"
        "The regulator fined Harbour Energy £2m on Monday. The company said it would pay. "
        "A spokeswoman for the regulator said the fine was fair. A spokeswoman said the "
        "company had been warned twice.\n"
    )
    assert ("A spokeswoman", "Harbour Energy") not in _speakers(text)
