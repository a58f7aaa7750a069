"""A source of figures named at the end ('…, the survey found.') and verbs of speculating
('…, the professor surmised.') attribute what was said."""

from __future__ import annotations

from tracker.extract import extract_text


def _said(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.attribution.speaker, c.attribution.cue, c.text)
        for c in extract_text(text, "s")
        if c.attribution
    ]


def test_a_figure_source_after_its_finding_attributes_it() -> None:
    text = (
        "Harbour survey\n\nSixty-two percent of ferry users want a later sailing, the survey "
        "found.\n\nThe sailings, the council said, will not change this year.\n"
    )
    said = _said(text)
    assert any(cue == "found" and "Sixty-two percent" in t for _, cue, t in said)


def test_a_found_item_is_no_cue() -> None:
    text = "Harbour news\n\nThe bag was handed in to lost and found.\n"
    assert _said(text) == []


def test_a_surmise_is_a_statement() -> None:
    text = "Harbour survey\n\nThe low turnout was probably due to the storm, Ada Morrow surmised.\n"
    assert any(s == "Ada Morrow" and cue == "surmised" for s, cue, _ in _said(text))


def test_a_topic_speculated_on_states_nothing() -> None:
    text = (
        "Harbour news\n\nFerry users have speculated for weeks about the new timetable. "
        "Ada Morrow opined on the state of the harbour.\n"
    )
    assert all(cue not in ("speculated", "opined") for _, cue, _ in _said(text))
