"""Cue kinds: only what someone stated makes an attributed claim."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.cue_kinds import cue_kind, lemma_of, makes_claim


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("said", "speech"),
        ("has told", "speech"),
        ("insisted", "speech"),
        ("continues to insist", "speech"),
        (":", "speech"),
        ("according to", "statement"),
        ("estimates", "statement"),
        ("found", "statement"),
        ("called for", "stance"),
        ("has called on", "stance"),
        ("vowed", "stance"),
        ("is hoping", "stance"),
        ("criticises", "stance"),
        ("unveiled", "action"),
        ("submitted", "action"),
        ("frobnicated", "other"),
    ],
)
def test_cue_kind_by_its_verb(cue: str, kind: str) -> None:
    assert cue_kind(cue) == kind


def test_lemmas_of_inflected_forms() -> None:
    assert lemma_of("admitted") == "admit"
    assert lemma_of("argued") == "argue"
    assert lemma_of("denies") == "deny"
    assert lemma_of("stresses") == "stress"
    assert lemma_of("zzz") is None


def test_only_speech_and_statement_make_claims() -> None:
    assert makes_claim("warned") and makes_claim("according to")
    assert not makes_claim("pledged") and not makes_claim("released")


TEXT = (
    "Headline here\n\n"
    "The mayor, Joan Pike, vowed that the city would build 400 homes by 2030.\n\n"
    "Ms Pike said the city had lost 1,200 jobs last year.\n"
)


def test_a_stance_loses_its_attribution_but_keeps_its_figures() -> None:
    claims = extract_text(TEXT, "a")
    pledge = next(c for c in claims if "400" in c.text)
    assert pledge.attribution is None
    assert [q.value for q in pledge.quantities] == [400.0]
    said = next(c for c in claims if "1,200" in c.text)
    assert said.attribution is not None and said.attribution.cue == "said"


def test_the_recogniser_still_finds_stances_with_everything() -> None:
    claims = extract_text(TEXT, "a", everything=True)
    assert any(c.attribution and c.attribution.cue == "vowed" for c in claims)


def test_the_headline_makes_no_claim() -> None:
    text = (
        "Minister: Jobs Rose 5% Last Year\n\n"
        "The minister, Rhea Lund, said jobs rose 5% last year.\n"
    )
    claims = extract_text(text, "a")
    assert [c.text for c in claims] == ["The minister, Rhea Lund, said jobs rose 5% last year."]
    assert claims[0].attribution is not None


def test_a_lone_line_is_no_headline() -> None:
    claims = extract_text("Ms Lund said jobs rose 5% last year.\n", "a")
    assert len(claims) == 1


def _attributed(body: str) -> list[str]:
    return [c.attribution.cue for c in extract_text("Head\n\n" + body, "a") if c.attribution]


def test_a_statement_not_yet_made_is_no_claim() -> None:
    assert _attributed("Critics fear the files would reveal that 30 firms paid nothing.\n") == []


def test_going_on_to_a_verb_takes_that_verb_s_kind() -> None:
    assert _attributed("Okafor went on to discuss the 12 new polls.\n") == []
    assert _attributed("Okafor went on to warn that 12 schools would close.\n") != []


def test_speaking_to_someone_states_nothing() -> None:
    assert cue_kind("spoke") == "other"


def cues_in(sentence: str) -> list[str]:
    """The cues of the claims made from one sentence under a headline."""
    return [c.attribution.cue for c in extract_text("Title\n\n" + sentence, "t") if c.attribution]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both lists featured only one classic song each.",
        "Talks stalled when a bitter dispute over grazing rights broke out.",
        "Fans have written patches for old consoles so that the games still run.",
        "After he posted photos of himself in uniform, the army sacked him.",
        "The retailer posted a $40m loss for the last quarter of 2009.",
        "The FBI briefed the senator at the embassy soon after his arrival.",
        "The police eventually learned that the car had been moved.",
        "Under the plan announced in May, the council cut 40 posts.",
        "The rebels, a band of former soldiers called Red Column 4, took the port.",
        "Evans had felt betrayed by the board's decision.",
        "Harris joked with his sister at the dinner table.",
        "Talks broke down over the tariff dispute between the two states.",
        "Costs rose despite a UK government report that found demand was falling.",
        "She's correct about most of the details.",
        "I am reminded of a line by Mark Twain.",
        "The service uses servers called 'nodes' that pass traffic on.",
    ],
)
def test_nouns_objects_and_learning_state_nothing(sentence: str) -> None:
    assert cues_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("He posted on Facebook that the count had been rigged.", "posted"),
        ("She wrote that the plan was flawed and would fail.", "wrote"),
        ("The report says unemployment rose last year.", "says"),
        ("Officials report the bridge is closed.", "report"),
        ("In a radio interview Mayor Diaz said the bridge was unsafe.", "said"),
        ("A spokesman called the ruling a disgrace.", "called"),
        ("She feels the plan is a mistake.", "feels"),
    ],
)
def test_clauses_after_the_same_verbs_are_stated(sentence: str, cue: str) -> None:
    assert cues_in(sentence) == [cue]


def test_a_paper_that_has_learned_reports_it() -> None:
    assert cues_in("The minister quit before the vote, The Times has learned.") == ["learned"]


def test_a_verb_after_said_in_a_relative_clause_keeps_the_cue() -> None:
    assert cues_in("He held the keys, which he said were in his pocket all day.") == ["said"]
