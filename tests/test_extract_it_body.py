"""'it' to the body or document that is the subject before it, or left as written."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.canonical import names_in
from tracker.extract.it_body import opening_body


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_it_is_the_body_a_description_opens_the_sentence_before_with() -> None:
    text = (
        "Fines\n\n"
        "Market regulator FSA has fined Brandt Bank 5m pounds.\n\n"
        "It believes the bank misled 300 clients about its fees.\n"
    )
    assert ("It", "FSA") in _speakers(text)


def test_it_is_the_document_the_sentence_before_opens_with() -> None:
    text = (
        "Schools\n\n"
        "The Lund report looked at 40 village schools in the north. "
        "It found that 12 had closed since 2001.\n"
    )
    assert ("It", "the Lund report") in _speakers(text)


def test_it_is_the_body_that_spoke_before() -> None:
    text = (
        "Outlook\n\n"
        "The OECD said growth would reach 3% next year. "
        '"firms should invest 2% more by 2006," it added.\n'
    )
    assert ("it", "OECD") in _speakers(text)


def test_it_is_no_plural_no_person_and_no_word_that_opens_a_sentence() -> None:
    text = (
        "Count\n\n"
        "The figures were published on Monday by the ministry's statisticians. "
        "It said 40 towns had lost a post office.\n"
    )
    assert ("It", "It") in _speakers(text)
    names = names_in("Tom Reyes came. Reyes left. There were 3 men.", 0)
    assert opening_body("Reyes left.", 0, 11, names) is None
    assert opening_body("There were 3 men.", 0, 17, names) is None
    assert opening_body("His record Blue Moon will be out.", 0, 33, names) is None


def test_it_is_the_body_that_spoke_with_a_time_after_its_name() -> None:
    text = (
        "Jobs gap\n\n"
        "The Treasury Analysis Unit in 2019 said 40% of graduates earned more. "
        "But those without degrees fell behind, it said.\n"
    )
    assert ("it", "Treasury Analysis Unit") in _speakers(text)


def test_a_unit_or_panel_opening_the_sentence_is_a_body() -> None:
    text = (
        'Inquiry\n\nThe Fraud Squad reopened 12 cases on Monday. "We have new evidence," it said.\n'
    )
    names = names_in(text)
    start = text.index("The Fraud")
    assert opening_body(text, start, text.index(" reopened"), names) == "the Fraud Squad"
