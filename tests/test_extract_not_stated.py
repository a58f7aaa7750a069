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
        "The ministers explained why the bridge had taken 12 years to build.",
        "Ines Barlow discussed how the £4m grant would be spent.",
        "The 2019 Barlow remark about the harbour still rankles 200 fishermen.",
        "A Barlow comment on the 12 closures drew jeers.",
        "The mayor spoke from the town hall, where 300 protesters had gathered.",
        "The rivals assumed a combative stance for the 90-minute debate.",
        '"With respect, I urge you to reopen all 12 piers," Barlow wrote to the minister.',
        '"In fairness to the 40 families, we are writing to request that the board delay '
        'the vote," the councillors wrote.',
    ],
)
def test_a_cue_that_states_nothing_makes_no_claim(sentence: str) -> None:
    assert _cues(f"Pier closure\n\n{sentence}\n") == []


def test_a_request_added_to_a_statement_is_no_claim_of_its_own() -> None:
    text = (
        'Pier closure\n\n"The pier lost £2m," Barlow said, adding, "We call on the council '
        'to fund the 12 repairs."\n'
    )
    assert _cues(text) == [("Barlow", "said")]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Ines Barlow explained that the bridge had taken 12 years to build.", "explained"),
        ("The Barlow family said 12 piers would close.", "said"),
        ("The Lib Dems claim 40% of their candidates are women.", "claim"),
        ('"We asked the council for £2m and got nothing," Barlow said.', "said"),
        (
            "The mayor said in a statement, which was issued on Friday, that 12 piers would close.",
            "said",
        ),
        ('"I urge caution, but the figures show 12 piers will close," Barlow said.', "said"),
    ],
)
def test_a_statement_beside_those_shapes_is_still_a_claim(sentence: str, cue: str) -> None:
    assert cue in [c for _, c in _cues(f"Pier closure\n\n{sentence}\n")]


def _according_cues(sentence: str) -> list[str]:
    return [cue for _, cue in _cues(f"Harbour news\n\n{sentence}\n") if cue == "according to"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The port must share the $20m it raises according to a formula agreed with the unions.",
        "The dredging went ahead according to plan, costing $4m.",
        "The fees are split according to the rules set by the board in 2010.",
    ],
)
def test_according_to_a_rule_followed_names_no_source(sentence: str) -> None:
    assert _according_cues(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The pier will reopen in May, according to the plan.",
        "The firm cut 300 jobs, according to the law firm Baker and Co.",
    ],
)
def test_according_to_a_document_or_a_firm_is_a_source(sentence: str) -> None:
    assert _according_cues(sentence) == ["according to"]
