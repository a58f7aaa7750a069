"""'she' is not a man the article calls 'Mr' or 'he'; 'he' is not a woman it calls 'Mrs'."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract import extract_text
from tracker.extract.gender import _TITLED, FEMALE, MALE, agrees, genders
from tracker.extract.sentences import sentences
from tracker.extract.vocab.people import FEMALE_WORDS, MALE_WORDS


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_title_marks_a_person() -> None:
    text = "Mr Okafor met Mrs Lindqvist and spokeswoman Ana Reyes. Dame Joan Pike spoke."
    known = genders(text, sentences(text), lambda s: None)
    assert known["Okafor"] == MALE and known["Lindqvist"] == FEMALE
    assert known["Reyes"] == FEMALE and known["Pike"] == FEMALE


def test_pronouns_in_the_sentences_a_person_opens_mark_them() -> None:
    text = "Tom Vale left early. He said his train was late. Vale said he was tired."
    spans = sentences(text)
    opener = {0: "Tom Vale", 2: "Vale"}
    known = genders(text, spans, lambda s: opener.get(spans.index(s)))
    assert known == {"Vale": MALE}  # the first sentence says nothing, the second opens with 'He'


def test_a_possessive_of_the_object_is_no_sign() -> None:
    text = "Ann Cole grilled the chief for his role. Cole said she was not done."
    spans = sentences(text)
    known = genders(text, spans, lambda s: "Ann Cole" if s.start == 0 else "Cole")
    assert "Ann Cole" not in known and known["Cole"] == FEMALE


def test_a_namesake_does_not_lend_a_gender() -> None:
    known = {"Mrs Scott": FEMALE, "Keith Scott": MALE}
    assert agrees("Rakeyia Scott", MALE, {"Scott": FEMALE}, namesakes=2)
    assert not agrees("Kim Hale", MALE, {"Hale": FEMALE}, namesakes=1)
    assert agrees("Kim Hale", FEMALE, {"Mr Hale": MALE, "Ann Hale": FEMALE}, namesakes=1)
    assert not agrees("Keith Scott", FEMALE, known, namesakes=2)


def test_she_skips_the_nearer_man() -> None:
    text = (
        "Bank hearing\n\n"
        "Senator Ruth Adler questioned Tom Dorsey for three hours. "
        "Mr Dorsey said 5,000 staff had been fired.\n\n"
        "\u201cThat is not accepting responsibility,\u201d she said.\n"
    )
    assert ("she", "Ruth Adler") in _speakers(text)


def test_he_skips_the_nearer_woman() -> None:
    text = (
        "Council vote\n\n"
        "Piet Moreau opposed the plan. Lena Ibsen backed it. "
        "Ms Ibsen said 40 homes would be built.\n\n"
        "\u201cThe town cannot pay for it,\u201d he said.\n"
    )
    assert ("he", "Piet Moreau") in _speakers(text)


def test_a_lead_phrase_with_a_capitalised_word_does_not_hide_the_subject() -> None:
    text = (
        "Statement\n\n"
        "Dan Fell said the vote was lost. "
        "In a statement issued Tuesday morning, Gina Ruiz was more careful than Tom Abbot. "
        "Though she called the result \u201cbad\u201d, she said 12 seats could be won back.\n"
    )
    assert ("she", "Gina Ruiz") in _speakers(text)


def test_a_pronoun_past_another_name_is_no_sign() -> None:
    text = "Judge Ada Voss said Tom Pell had shown contempt for the people he had cheated."
    spans = sentences(text)
    assert genders(text, spans, lambda s: "Ada Voss") == {}


def test_she_after_a_judge_who_named_a_man() -> None:
    text = (
        "Fraud sentence\n\n"
        "Passing sentence, Judge Ilse van den Broek said Carl Moss had lied to the "
        "savers he had ruined. \u201cYou took 3m euros from them,\u201d she told him.\n"
    )
    assert ("she", "Ilse van den Broek") in _speakers(text)


# Any word before a name, checked against the vocabulary after: what ``_TITLED`` must match.
_ANY_WORD = re.compile(r"\b([A-Za-z]+)\.?[ \t]+(?=((?:[A-Z][\w’'-]+[ \t]+){0,2}[A-Z][\w’'-]+))")
_PIECES = ["Mr", "mrs", "MS", "Mme", "Sir", "king", "Kingdom", "Lee", "Ann", "señor", "x", "a"]
_PIECES += [" ", "\t", ".", ",", "-", "'", "’", "é", "5", "_", "\u212a", "ſ", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_titled_pattern_finds_what_any_word_checked_after_finds(text: str) -> None:
    gendered = MALE_WORDS | FEMALE_WORDS
    expected = [
        (m.start(), m.group(1), m.group(2))
        for m in _ANY_WORD.finditer(text)
        if m.group(1).lower() in gendered
    ]
    found = [
        (m.start(), m.group(1), m.group(2))
        for m in _TITLED.finditer(text)
        if m.group(1).lower() in gendered
    ]
    assert found == expected
