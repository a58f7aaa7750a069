"""Speaker rules that hold for any news article, pinned with sentences of our own."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_name_inside_the_quote_is_not_who_he_is() -> None:
    text = (
        "Talks\n\nThe senator spoke on Monday.\n\n"
        "\u201cIt is interesting what happens with the Paris Accord,\u201d he said at one point.\n"
    )
    assert ("he", "Paris Accord") not in _speakers(text)


def test_a_name_inside_doubled_apostrophe_quotes_is_not_who_he_is() -> None:
    text = (
        "Quiz shows\n\nSo what would the writer like to see again?\n\n"
        "'''Quiz Night Live,''' he replied. ''It would be a fine show.''\n"
    )
    assert all(speaker != "Quiz Night Live" for _, speaker in _speakers(text))


def test_she_is_not_the_man_named_last() -> None:
    text = (
        "Campaign\n\n"
        "Mr Tom Bexley ran a strong race in the north. He said he would stay in it.\n\n"
        "But his wife, Jo, gave an interview on Sunday.\n\n"
        "\u201cHe will not sit idly by,\u201d she said.\n"
    )
    assert ("she", "Tom Bexley") not in _speakers(text)
