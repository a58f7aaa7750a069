"""Verbs of saying or showing used where nothing is stated."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.attribution.not_stated import displays_a_thing, inside_asked_clause


def _cues(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker, c.attribution.cue) for c in extract_text(text, "n") if c.attribution
    ]


def test_a_cue_inside_the_question_put_is_no_statement() -> None:
    text = (
        "Pier closure\n\n"
        'Asked whether she thought the pier would reopen in May, Ines Barlow said: "I hope so."\n'
    )
    start = text.index("she thought")
    assert inside_asked_clause(text, start, text.index("thought"))
    assert ("Ines Barlow", "thought") not in _cues(text)


def test_the_answer_after_the_question_is_a_statement() -> None:
    text = "Pier closure\n\nAsked about the cost, Ines Barlow said repairs had cost £2m.\n"
    start = text.index("Ines Barlow")
    assert not inside_asked_clause(text, start, text.index("said"))
    assert ("Ines Barlow", "said") in _cues(text)


@pytest.mark.parametrize(
    ("cue", "speaker", "content", "shown"),
    [
        ("showed", "Tom Hale", "his pace to score from halfway", True),
        ("proved", "she", "her worth in the final", True),
        ("showed", "Tom Hale", "the plan was flawed", False),
        ("showed", "the footage", "a man running towards the gate", False),
        ("show", "Polls", "a close race in the county", False),
        ("said", "Tom Hale", "his pace was back", False),
    ],
)
def test_a_quality_shown_by_a_person_is_no_finding(
    cue: str, speaker: str, content: str, shown: bool
) -> None:
    assert displays_a_thing(cue, speaker, speaker, content) is shown


def test_match_actions_are_no_claims() -> None:
    text = (
        "Cup tie\n\n"
        "Winger Tom Hale showed his pace to score from halfway. "
        "Full-back Sam Ode added two penalties as Rovers maintained their unbeaten run.\n\n"
        "Manager Lena Ruiz said the side had earned the win.\n"
    )
    cues = _cues(text)
    assert ("Lena Ruiz", "said") in cues
    assert all(cue not in ("showed", "added", "maintained") for _, cue in cues)


def test_a_particle_makes_a_stance_of_a_verb_of_naming() -> None:
    text = (
        "Clinic row\n\nA group of nurses wrote to the health board on Monday, calling for "
        "the director's resignation.\n"
    )
    assert all(cue != "calling" for _, cue in _cues(text))


def test_a_thing_set_out_is_no_statement_but_what_follows_a_colon_is() -> None:
    presented = (
        "Ferry plan\n\nThe mayor laid out her plan for the harbour at the town hall. "
        "The chair outlined the proposals.\n"
    )
    assert all(cue not in ("laid out", "outlined") for _, cue in _cues(presented))
    stated = "Ferry plan\n\nThe mayor laid out the problem: the ferry loses £2m a year.\n"
    assert any(cue == "laid out" for _, cue in _cues(stated))


def test_whom_it_was_said_to_is_not_what_was_said() -> None:
    text = (
        "Ferry plan\n\n“The ferry will run all winter,” Ada Morrow said to the crowd. "
        "Tom Hale responded to the council's letter. "
        "He won the seat, adding to his party's gains.\n"
    )
    contents = [
        (c.attribution.speaker, text[c.attribution.content_start : c.attribution.content_end])
        for c in extract_text(text, "w")
        if c.attribution
    ]
    assert ("Ada Morrow", "“The ferry will run all winter,”") in contents
    assert all(speaker == "Ada Morrow" for speaker, _ in contents)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bundesbank has forecast growth of 1.2% for next year.",
        "The Bundesbank had already forecast a recession in the spring.",
    ],
)
def test_a_word_between_name_and_cue_makes_the_cue_a_verb(sentence: str) -> None:
    # 'The Bundesbank has forecast …': an auxiliary after the name, so 'forecast' is its verb,
    # not a noun the name modifies ('The 2010 Hale comment').
    assert _cues(f"Growth outlook\n\n{sentence}\n") == [("Bundesbank", "forecast")]


def test_a_name_right_before_a_noun_cue_still_modifies_it() -> None:
    text = "Senate race\n\nThe 2010 Hale comment about the mayor offers a clue to the race.\n"
    assert _cues(text) == []
