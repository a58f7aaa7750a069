"""A body introduced by its full name and then cut to its first word keeps the full name."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker, c.attribution.speaker_kind)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_body_cut_to_its_first_word_is_named_in_full() -> None:
    text = (
        "Brewer fined\n\n"
        "Regulators have fined drinks maker Halvorsen Breweries over its labels. "
        "Halvorsen said it would appeal against the fine.\n"
    )
    speakers = _speakers(text)
    assert ("Halvorsen", "Halvorsen Breweries") in [(m, s) for m, s, _ in speakers]
    # and 'the company' after it is that body
    text += "The company also said sales rose 4% last year.\n"
    assert ("The company", "Halvorsen Breweries", "organisation") in _speakers(text)


def test_a_titled_surname_is_not_the_first_word_of_another_name() -> None:
    text = (
        "Party row\n\n"
        "The party has dropped Howard Pike as its candidate. "
        "Mr Howard said the decision was final.\n"
    )
    assert [speaker for _, speaker, _ in _speakers(text)] == ["Howard"]


def test_a_channel_or_a_model_is_not_the_full_name_of_its_maker() -> None:
    text = (
        "Ratings\n\n"
        "The show moves to Vexa Two next year. "
        "Vexa said the move would bring in younger viewers.\n"
    )
    assert ("Vexa", "Vexa", "unknown") in _speakers(text)


def test_a_kind_of_group_keeps_its_plain_name() -> None:
    text = (
        "Vote abroad\n\n"
        "Voters in Democrats Abroad backed the senator. "
        "Some Democrats said the result would not change the race.\n"
    )
    assert all(speaker != "Democrats Abroad" for _, speaker, _ in _speakers(text))
