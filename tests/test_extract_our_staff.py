"""The paper's own staff: 'our correspondent' is the correspondent the article names."""

from __future__ import annotations

from tracker.extract import extract_text

_HEAD = "Strike talks\n\n"


def _speakers(text: str) -> list[str]:
    return [c.attribution.speaker for c in extract_text(_HEAD + text, "a") if c.attribution]


def test_our_correspondent_is_the_one_named_with_that_role() -> None:
    text = (
        "Union leaders met ministers on Monday. ITV correspondent Hana Welsh said the unions "
        "spoke for 1.2 million workers.\n\n"
        "Our correspondent said no offer of 4% had been made."
    )
    assert _speakers(text) == ["Hana Welsh", "Hana Welsh"]


def test_our_editor_with_a_field_is_the_one_introduced() -> None:
    text = (
        "The budget was delayed. Our economics editor, Raj Menon, said borrowing would reach "
        "£40bn.\n\nThe Treasury declined to comment.\n\n"
        "Our economics editor said 3 more delays were likely."
    )
    assert _speakers(text)[-1] == "Raj Menon"


def test_our_reporter_never_introduced_stays_as_written() -> None:
    text = "Flooding closed 12 roads. Our reporter said 300 homes had no power."
    assert _speakers(text) == ["Our reporter"]
