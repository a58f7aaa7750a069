"""The person named in apposition speaks, not the body that places them."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.appositions import apposed_person


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_role_name_and_workplace() -> None:
    phrase = "the study's lead author, Dr Hana Obi, a surgeon at Kisumu General Hospital"
    assert apposed_person(phrase) == "Hana Obi"
    assert apposed_person("Tom Reyes, a lawyer at Dunn Partners") == "Tom Reyes"
    assert apposed_person("Vela Mining's chief executive, Ana Cruz") == "Ana Cruz"


def test_a_titled_person_of_a_body() -> None:
    assert apposed_person("Prof Lars Berg of the University of Oslo") == "Lars Berg"
    assert apposed_person("Prof Lars Berg of the University of Oslo, who led it") == "Lars Berg"
    assert apposed_person("Lord Hale of Cardiff") == ""  # a peer's seat


def test_an_owner_letters_and_lists() -> None:
    assert apposed_person("Acme Forum’s Ruth Ode") == "Ruth Ode"
    assert apposed_person("Ann Dunn MSP, the party's spokeswoman") == "Ann Dunn"
    assert apposed_person("Ann Dunn, Tom Bell") == ""  # two names: no one alone
    assert apposed_person("Ann Dunn's") == ""  # an owner, not a speaker
    assert apposed_person("a member of Acme's Matrix Chambers") == ""


def test_a_quote_run_stays_with_the_person() -> None:
    text = (
        "Trial\n\n"
        '"It cut deaths by a third," said the lead author, Dr Hana Obi, a surgeon at '
        'Kisumu General Hospital. "We checked the numbers 3 times."\n'
    )
    assert {s for _, s in _speakers(text)} == {"Hana Obi"}


def test_two_persons_named_together_speak_together() -> None:
    phrase = "both candidates for mayor, Labour's Ann Lee and Tory Tom Bell"
    assert apposed_person(phrase) == "Ann Lee and Tom Bell"
    assert apposed_person("Jo Ma, Ann Lee and Tom Bell") == ""  # a list: read elsewhere
    text = (
        "Tram vote\n\n"
        "And now both candidates for mayor, Democrat Ann Lee and Republican Tom Bell, "
        "say the 40m dollar tram line should be scrapped.\n"
    )
    assert _speakers(text)[0][1] == "Ann Lee and Tom Bell"


def test_a_person_of_a_body_without_a_title_and_with_initials() -> None:
    assert apposed_person("Ruth Kane of Leeds University's Energy Centre") == "Ruth Kane"
    assert apposed_person("Ruth Kane of Leeds") == ""  # a home town: no body
    phrase = "Carl J. Benn, who has served as head of the Ocean Trust"
    assert apposed_person(phrase) == "Carl J. Benn"
    assert apposed_person("Do The Right Thing and Malcolm X. Ann Lee, his aide") == ""
