"""Figures in the lede with no body of their own are the body that speaks next by name."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_official_figures_in_the_lede_are_the_body_named_next() -> None:
    text = (
        "Exports fall\n\n"
        "Irish exports fell for a third month in March, official figures show.\n\n"
        "Goods worth 14.2bn euros left the country, the Central Statistics Office said.\n"
    )
    assert ("official figures", "Central Statistics Office") in _speakers(text)


def test_figures_after_the_lede_or_before_a_person_stay() -> None:
    text = (
        "Exports fall\n\n"
        "Irish exporters are worried.\n\n"
        "New figures show exports fell 4% in March. "
        "Ann Byrne, an economist at Dolmen Bank, said the fall was temporary.\n"
    )
    assert ("New figures", "New figures") in _speakers(text)


def test_the_central_bank_a_place_introduced_is_no_other_body() -> None:
    text = (
        "Rates\n\n"
        "Norway's central bank is to raise rates. Nordfisk, the country's largest "
        "seafood group, said exports would suffer. The central bank said inflation was "
        "too high.\n"
    )
    assert ("The central bank", "central bank") in _speakers(text)


def test_figures_are_no_body_that_speaks_next_of_something_else() -> None:
    text = (
        "Jobs\n\n"
        "Unemployment fell by 20,000 in the three months to March, official figures show.\n"
        "The Bank of England said it was ready to raise rates.\n"
    )
    assert ("official figures", "Bank of England") not in _speakers(text)


def test_figures_in_an_article_of_one_paragraph_are_the_body_named_next() -> None:
    text = (
        "Jobs\n\n"
        "Unemployment fell by 20,000 in the three months to March, official figures show. "
        "The Office for National Statistics added that pay rose by 2%."
    )
    assert ("official figures", "Office for National Statistics") in _speakers(text)


def test_official_figures_are_a_commission_that_speaks_next() -> None:
    text = (
        "Fraud\n\n"
        "Complaints of card fraud rose by a fifth in 2004, official figures suggest.\n\n"
        "The Federal Trade Commission said it had 90,000 reports from consumers.\n"
    )
    assert ("official figures", "Federal Trade Commission") in _speakers(text)
