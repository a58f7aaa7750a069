"""Which country's peso, rupee or shilling: a currency word many countries share takes the
country the article names ('The Philippine central bank … 60bn pesos' is PHP, not the
lexicon's default MXN), when it names one country of that currency only."""

from __future__ import annotations

import dataclasses
import re

from tracker.model import Quantity

# Currency words several countries use, each with the names and adjectives of its countries.
SHARED_CURRENCIES: dict[str, dict[str, str]] = {
    "peso": {
        "Mexico": "MXN",
        "Mexican": "MXN",
        "Philippines": "PHP",
        "Philippine": "PHP",
        "Filipino": "PHP",
        "Argentina": "ARS",
        "Argentine": "ARS",
        "Argentinian": "ARS",
        "Chile": "CLP",
        "Chilean": "CLP",
        "Colombia": "COP",
        "Colombian": "COP",
        "Uruguay": "UYU",
        "Uruguayan": "UYU",
        "Cuba": "CUP",
        "Cuban": "CUP",
    },
    "rupee": {
        "India": "INR",
        "Indian": "INR",
        "Sri Lanka": "LKR",
        "Sri Lankan": "LKR",
        "Pakistan": "PKR",
        "Pakistani": "PKR",
        "Nepal": "NPR",
        "Nepalese": "NPR",
        "Nepali": "NPR",
        "Mauritius": "MUR",
        "Mauritian": "MUR",
    },
    "shilling": {
        "Kenya": "KES",
        "Kenyan": "KES",
        "Uganda": "UGX",
        "Ugandan": "UGX",
        "Tanzania": "TZS",
        "Tanzanian": "TZS",
        "Somalia": "SOS",
        "Somali": "SOS",
    },
    "riyal": {
        "Saudi": "SAR",
        "Qatar": "QAR",
        "Qatari": "QAR",
    },
}
# The words for each shared currency, singular and plural.
CURRENCY_FAMILY = {word: family for family in SHARED_CURRENCIES for word in (family, family + "s")}
_LAST_WORD = re.compile(r"([a-z]+)\W*$")


def countrys_currency(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Amounts in a shared currency word given the currency of the one country the article
    names for it; none named, or several, and the amount keeps its default."""
    families = {f for q in quantities if (f := _family(q)) is not None}
    codes: dict[str, str] = {}
    for family in families:
        named = {
            code
            for name, code in SHARED_CURRENCIES[family].items()
            if re.search(rf"\b{name}\b", text)
        }
        if len(named) == 1:
            codes[family] = named.pop()
    if not codes:
        return quantities
    return [
        dataclasses.replace(q, unit=codes[f]) if (f := _family(q) or "") in codes else q
        for q in quantities
    ]


def _family(q: Quantity) -> str | None:
    """The shared currency an amount names by its last word ('60bn pesos' -> 'peso')."""
    if q.kind != "money":
        return None
    m = _LAST_WORD.search(q.text.casefold())
    family = CURRENCY_FAMILY.get(m.group(1)) if m else None
    if family is None or any(name in q.text for name in SHARED_CURRENCIES[family]):
        return None  # '5m Mexican pesos' names its country itself
    return family
