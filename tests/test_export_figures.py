"""How a claim's figures read in exports: value, kind and unit once each."""

from __future__ import annotations

from tracker.export import _figures
from tracker.extract import extract_text


def figures(text: str) -> str:
    (claim,) = extract_text(text, "t")
    return _figures(claim)


def test_a_percent_names_percent_once() -> None:
    assert figures("Turnout reached 45% in the city.") == "45% = 45 percent"


def test_money_keeps_its_currency_and_a_tally_has_no_value() -> None:
    assert figures("The bill cost $2bn.") == "$2bn = 2,000,000,000 money USD"
    assert figures("The bill passed by a 61-38 vote.") == "61-38 = ? other"
