"""A document speaks for the body that issued it: a document's own name after a body's
possessive ('the Fed's Beige Book') is that body's, and so is the name again alone; records,
notes and documents named with their body ('FEC records', "the agency's records") are the
body's too."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _speakers(text: str) -> dict[str, str]:
    return {
        c.attribution.speaker_text: c.attribution.speaker
        for c in extract_text(text, "a")
        if c.attribution is not None
    }


@pytest.mark.parametrize(
    ("owned", "again", "body"),
    [
        ("The Mercer Bank's Inflation Report", "The Inflation Report", "Mercer Bank"),
        ("Halvorsen Group's House Price Index", "The House Price Index", "Halvorsen Group"),
        ("The Ridgeway Institute's Green Book survey", "The Green Book", "Ridgeway Institute"),
    ],
)
def test_a_named_document_is_its_owners(owned: str, again: str, body: str) -> None:
    text = (
        "Prices climb\n\n"
        f"{owned} said prices rose by 3% in the year to May. "
        f"{again} said that rents rose by 4% over the same period.\n"
    )
    found = _speakers(text)
    assert found[owned] == body
    assert found[again] == body


def test_the_report_after_a_named_document_is_its_owner() -> None:
    text = (
        "Slow growth\n\n"
        "The Ardmore Reserve's Blue Book said growth was modest in 9 of the 12 regions. "
        "The report noted that hiring slowed in 3 regions.\n"
    )
    assert _speakers(text)["The report"] == "Ardmore Reserve"


@pytest.mark.parametrize(
    ("mention", "body"),
    [
        ("ICAO records", "ICAO"),
        ("NTSB documents", "NTSB"),
        ("The Kestrel Agency's documents", "Kestrel Agency"),
    ],
)
def test_records_and_notes_are_their_bodys(mention: str, body: str) -> None:
    text = f"Safety review\n\n{mention} show that 14 incidents were reported in 2021.\n"
    assert _speakers(text)[mention] == body


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Norway's Statistics Office report", "Statistics Office"),  # a body, not a document name
        ("Official records", None),  # a sentence's first word names no body
    ],
)
def test_what_names_no_document_stays(opening: str, body: str | None) -> None:
    text = f"Safety review\n\n{opening} show that 14 incidents were reported in 2021.\n"
    said = set(_speakers(text).values())
    assert said == {body} if body else not said & {"Official", "Officials"}


@pytest.mark.parametrize(
    "again",
    [
        "The survey, which polls 400 firms in the 12 regions,",
        "The document released on Monday",
        "The study published in March",
    ],
)
def test_a_document_told_of_is_the_body_before(again: str) -> None:
    text = (
        "Firms gloomy\n\n"
        "The Tasman Business Council said on Tuesday that 3 in 10 firms planned to cut "
        f"jobs. {again} said that 41% of them expected lower sales.\n"
    )
    assert _speakers(text)[again.rstrip(",")] == "Tasman Business Council"


def test_the_kind_again_after_an_owned_document_is_its_owner() -> None:
    text = (
        "Hiring slows\n\n"
        "Hiring slowed in October, the Ardmore Reserve's Blue Book survey said on Wednesday. "
        "The survey also found that wages rose by 2% in 7 regions.\n"
    )
    assert _speakers(text)["The survey"] == "Ardmore Reserve"


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("NTSB notes released on Friday", "NTSB"),
        ("ICAO records of the flights", "ICAO"),
    ],
)
def test_an_acronyms_document_told_of_is_the_bodys(opening: str, body: str) -> None:
    text = f"Safety review\n\n{opening} show that 14 incidents were reported in 2021.\n"
    assert set(_speakers(text).values()) == {body}


def test_a_person_named_after_a_document_is_the_person() -> None:
    text = 'Factories busy\n\n"March was a strong month," said ISM survey chairman Lars Ekberg.\n'
    assert set(_speakers(text).values()) == {"Lars Ekberg"}


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("The Halden Party's latest report to the regulator", "Halden Party"),
        ("The Brightwater Trust's annual review", "Brightwater Trust"),
    ],
)
def test_an_owner_before_described_document_is_its_body(opening: str, body: str) -> None:
    text = f"Funding\n\n{opening} said that 2.2 million dollars went to 3 groups.\n"
    assert set(_speakers(text).values()) == {body}
