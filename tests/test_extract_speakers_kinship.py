"""A person called by a kin of someone named ("X's son") is the person the article names so."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.kinship import kin_named


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_kin_named_in_apposition_is_that_person() -> None:
    text = (
        "Court\n\n"
        "Ann Lee's husband, Tom Lee, was in court on Monday. "
        "Ann Lee's husband said the fine of £500 was unfair.\n"
    )
    assert ("Ann Lee's husband", "Tom Lee") in _speakers(text)


def test_a_son_is_the_name_with_jr_the_article_gives() -> None:
    text = "Marco Bell Jr. runs the family firm. Marco Bell's son said sales rose."
    assert kin_named(text, "Marco Bell's son") == "Marco Bell Jr."


def test_a_kin_the_article_does_not_name_stays() -> None:
    assert kin_named("Ann Lee's husband said so.", "Ann Lee's husband") is None
    assert kin_named("Marco Bell Jr. spoke.", "Marco Bell's daughter") is None


def test_a_kin_of_a_named_relative_is_no_one_introduced_as_another_kin() -> None:
    text = (
        "Funeral\n\n"
        "His widow, Carol Dunn, spoke first. The son of Peter Dunn said the family was "
        "grateful.\n"
    )
    assert _speakers(text) == [("The son of Peter Dunn", "The son of Peter Dunn")]
    text = (
        "Funeral\n\n"
        "His son, Mark Dunn, spoke first. The son of Peter Dunn said the family was "
        "grateful.\n"
    )
    assert ("The son of Peter Dunn", "Mark Dunn") in _speakers(text)
