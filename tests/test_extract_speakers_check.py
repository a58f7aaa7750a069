"""Speakers are people and bodies: adverbs, participles, ordinals and clauses are not."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.speaker_check import is_speaker, is_turn_label, speaker_kind


@pytest.mark.parametrize(
    "mention",
    [
        "Ruth Adeyemi",
        "Ruth Adeyemi, a tax adviser at Dunmore Partners",
        "the finance ministry",
        "experts",
        "he",
        "who",
        "A report by the audit office",
        "one of the family's lawyers, Sam Ode",
        "another official",
        "consultancy 9Points",
    ],
)
def test_noun_phrases_are_speakers(mention: str) -> None:
    assert is_speaker(mention)


@pytest.mark.parametrize(
    "mention",
    [
        "far",
        "so far",
        "reportedly",
        "the Sixth",
        "A",
        "Dunmore has asked the court to delay the sale",
        "named in the 2003 audit",
        "The pair recorded an interview",
    ],
)
def test_adverbs_ordinals_and_clauses_are_not(mention: str) -> None:
    assert not is_speaker(mention)


def test_a_turn_label_is_a_name() -> None:
    assert is_turn_label("OKAFOR") and is_turn_label("Gov. Ann Lee")
    assert not is_turn_label("Anger over fares")


@pytest.mark.parametrize(
    ("mention", "speaker", "kind"),
    [
        ("she", "Ruth Adeyemi", "person"),
        ("Ruth Adeyemi", "Ruth Adeyemi", "person"),
        ("the finance ministry", "the finance ministry", "organisation"),
        ("A report by the audit office", "A report by the audit office", "document"),
        ("a new poll", "a new poll", "poll"),
        ("analysts", "analysts", "group"),
        ("it", "it", "unknown"),
    ],
)
def test_speaker_kinds(mention: str, speaker: str, kind: str) -> None:
    assert speaker_kind(mention, speaker) == kind


def test_a_bogus_speaker_loses_the_attribution_not_the_figures() -> None:
    text = (
        "Airline results\n\n"
        "The carrier has so far said nothing, but 3,000 jobs are at risk.\n\n"
        "Anger over fares: 40% of passengers complained last year.\n"
    )
    claims = extract_text(text, "a")
    assert [q.value for c in claims for q in c.quantities] == [3000.0, 40.0]
    assert all(
        c.attribution is None or c.attribution.speaker_text not in ("far", "Anger over fares")
        for c in claims
    )


def test_a_question_is_no_claim() -> None:
    text = "Tax\n\nDo you know where your 20 receipts are? Okafor said the rate was 5%.\n"
    attributed = [c for c in extract_text(text, "a") if c.attribution is not None]
    assert [c.attribution.speaker for c in attributed] == ["Okafor"]


def test_extracted_speakers_carry_their_kind() -> None:
    text = (
        "Budget\n\n"
        "Finance minister Ruth Adeyemi said debt fell 3%.\n\n"
        "A report by the audit office said there were 12 errors.\n"
    )
    kinds = [c.attribution.speaker_kind for c in extract_text(text, "a") if c.attribution]
    assert kinds == ["person", "document"]


def test_speaker_kind_round_trips_and_older_records_read_as_unknown() -> None:
    from tracker.model import Attribution

    a = Attribution("Ruth Adeyemi", "she", 0, 3, "said", 4, 8, "indirect", 9, 20)
    assert a.speaker_kind == "unknown"
    d = {**a.to_dict(), "speaker_kind": "person"}
    assert Attribution.from_dict(d).speaker_kind == "person"
    d.pop("speaker_kind")
    assert Attribution.from_dict(d).speaker_kind == "unknown"


@pytest.mark.parametrize(
    "mention", ["63 percent", "Nearly eight of 10 voters", "A majority of voters", "half of them"]
)
def test_a_share_of_respondents_is_no_speaker(mention: str) -> None:
    assert not is_speaker(mention)


def test_one_of_a_group_is_a_speaker() -> None:
    assert is_speaker("one of the family's lawyers, Sam Ode")


def test_a_lone_capitalised_word_heads_no_turn() -> None:
    assert not is_turn_label("Anger")


def test_a_passive_cue_is_said_of_the_subject_not_by_it() -> None:
    text = "Debate\n\nOkafor was widely dubbed the winner by 60% of viewers.\n"
    claims = extract_text(text, "a")
    assert all(c.attribution is None for c in claims)
    assert [q.value for c in claims for q in c.quantities] == [60.0]


def test_a_relative_pronoun_needs_a_speaker_before_it() -> None:
    text = "Fraud\n\nThose who fall victim to fraud can find that 30% of savings are gone.\n"
    assert all(c.attribution is None for c in extract_text(text, "a"))


def test_a_bare_quantifier_is_no_speaker() -> None:
    assert not is_speaker("many")
    assert not is_speaker("Most")
    assert is_speaker("Many commentators")
