"""Which country's peso, rupee or shilling: a currency word many countries share takes the
country the article names ('The Philippine central bank … 60bn pesos' is PHP, not the
lexicon's default MXN), when it names one country of that currency only."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from tracker.extract import lexicon as lx
from tracker.extract.vocab.places import DOLLAR_HOMES, US_CITIES, US_STATES
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
    """Amounts in a shared currency word given the currency of the country the article names
    for it: the only one, or, when it names several ('the defeat in India' in a Sri Lankan
    report), the one named last before the amount in its paragraph, else the one it names
    most; a tie, or none named, and the amount keeps its default. A bare '$' takes the
    dollar of the one dollar country a story is set in (``home_dollars``)."""
    quantities = home_dollars(text, quantities)
    families = {f for q in quantities if (f := _family(q, text)) is not None}
    mentions: dict[str, list[tuple[int, str]]] = {}
    for family in families:
        found = sorted(
            (m.start(), code)
            for name, code in SHARED_CURRENCIES[family].items()
            for m in re.finditer(rf"\b{name}\b", text)
        )
        if found:
            mentions[family] = found
    if not mentions:
        return quantities
    out = []
    for q in quantities:
        f = _family(q, text) or ""
        code = _code_at(text, q.start, mentions[f]) if f in mentions else None
        out.append(_with_code(q, code) if code is not None else q)
    return out


def _code_at(text: str, at: int, found: list[tuple[int, str]]) -> str | None:
    """The currency of the country named for an amount at ``at`` (see countrys_currency)."""
    codes = {code for _, code in found}
    if len(codes) == 1:
        return codes.pop()
    paragraph = text.rfind("\n\n", 0, at)
    before = [code for start, code in found if paragraph < start < at]
    if before:
        return before[-1]
    counts = Counter(code for _, code in found).most_common(2)
    return counts[0][0] if counts[0][1] > counts[1][1] else None


def _family(q: Quantity, text: str = "") -> str | None:
    """The shared currency an amount names by its last word ('60bn pesos' -> 'peso'), or a
    rate names as the currency priced before it ('the peso … 58.92 per dollar')."""
    if q.kind != "money":
        return None
    if q.unit is not None and " per " in q.unit and text:
        m = _PRICED_BEFORE.search(text, max(0, q.start - 80), q.start)
        family = CURRENCY_FAMILY[m.group(1).casefold()] if m else None
        # the rate prices that currency: its base is the word's default ('MXN' for 'peso')
        return family if family and q.unit.startswith(lx.CURRENCY_WORDS[family] + " ") else None
    m = _LAST_WORD.search(q.text.casefold())
    family = CURRENCY_FAMILY.get(m.group(1)) if m else None
    if family is None or any(name in q.text for name in SHARED_CURRENCIES[family]):
        return None  # '5m Mexican pesos' names its country itself
    return family


def _with_code(q: Quantity, code: str) -> Quantity:
    """``q`` in ``code``: the rate's currency priced only ('MXN per USD' -> 'PHP per USD')."""
    _, per, quote = (q.unit or "").partition(" per ")
    return dataclasses.replace(q, unit=f"{code} per {quote}" if per else code)


_PRICED_BEFORE = re.compile(
    rf"\b({'|'.join(sorted(CURRENCY_FAMILY, key=len, reverse=True))})\b(?!.*\b(?:"
    rf"{'|'.join(sorted(CURRENCY_FAMILY, key=len, reverse=True))})\b)",
    re.IGNORECASE | re.DOTALL,
)


_HOME_NAMES = re.compile(
    r"\b(" + "|".join(n for names in DOLLAR_HOMES.values() for n in names) + r")\b"
)
_HOME_OF = {name: code for code, names in DOLLAR_HOMES.items() for name in names}
# Any sign of the United States, or of its dollar named as such: '$' is then the US dollar.
# Its states and largest cities are signs too ('a Canadian singer who lives in Las Vegas');
# Georgia is a country as well, and no sign.
_US_PLACES = sorted(
    {state.title() for state in US_STATES if state != "georgia"} | US_CITIES, key=len, reverse=True
)
_US_NAMED = re.compile(
    r"\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|Wall Street|"
    + "|".join(re.escape(place) for place in _US_PLACES)
    + r")\b|US\$|USD"
)


def home_dollars(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Amounts in a bare '$' in CAD, AUD, NZD, SGD or HKD when the story names places of
    that one dollar country at least twice and never names the United States (nor one of
    its states or largest cities) nor gives an amount in sterling (a story that converts to
    pounds is written for British readers, whose '$' is the US dollar: '30bn baht (£398m;
    $768m)'); else USD, the lexicon's reading. Screened by one test: most articles have no bare '$' amount."""
    bare = [
        k
        for k, q in enumerate(quantities)
        if q.text.startswith("$") and (q.unit == "USD" or (q.unit or "").startswith("USD per "))
    ]
    if not bare or "£" in text or _US_NAMED.search(text):
        return quantities
    homes = Counter(_HOME_OF[m.group(1)] for m in _HOME_NAMES.finditer(text))
    if len(homes) != 1:
        return quantities
    code, mentions = homes.most_common(1)[0]
    if mentions < 2:
        return quantities
    out = list(quantities)
    for k in bare:
        out[k] = dataclasses.replace(out[k], unit=code + (out[k].unit or "")[3:])
    return out
