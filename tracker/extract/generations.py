"""A father and his son who share a name: 'Donald Trump Jr.' is not 'Donald Trump'.

English marks a generation after the surname ('Jr.', 'Sr.', 'III'), and news then calls the
son by 'Trump Jr.' or by his full name while the father is 'Trump'. The suffix is part of
the name: a short form with it ('Trump Jr') is the person whose full name ends in the same
surname and suffix, never the father; a full name with it keeps it, written as the article
writes it ('Jr.' with its dot).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # canonical asks this module; the type alone comes back
    from tracker.extract.canonical import Names

# The suffixes that say 'the son' or 'the father' in words; a numeral ('II') is also the
# end of other names ('World War II') and counts only for a person the article names so.
_WORDED = frozenset({"Jr", "Sr", "Snr", "Jnr"})
# A suffix after its surname, with or without the comma some papers print ('Trump, Jr.').
_SUFFIX = re.compile(r"(?:,[ \t]*)?\b(Jr|Sr|Snr|Jnr|II|III|IV)(\.?)$")


def generation(name: str) -> str | None:
    """The generation suffix a name ends with ('Trump Jr.' -> 'Jr'), else None."""
    m = _SUFFIX.search(name.strip())
    return m.group(1) if m and name[: m.start()].split() else None


def with_generation(name: str, names: Names) -> str | None:
    """'Trump Jr' or 'Donald Trump Jr' -> 'Donald Trump Jr.': the fullest name the article
    gives the person of this surname and suffix, a worded suffix with its dot where the
    article writes one; None when ``name`` has no suffix or the article names no one with it."""
    suffix = generation(name)
    if suffix is None:
        return None
    words = _SUFFIX.sub("", name.strip()).split()
    if not words:
        return None
    surname = words[-1]
    bearers = [
        n
        for n in names.by_last.get(suffix, ())
        if len(n.split()) >= 3 and n.split()[-2] == surname and n[:1].isupper()
        if all(w[:1].isupper() for w in n.split()[:-1])  # not 'Under the Hartz IV'
    ]
    same = [n for n in bearers if n.split()[: len(words)] == words] or bearers
    full = names.best(same)
    if full is None and suffix not in _WORDED:
        return None  # 'World War II', 'Henry VIII': no one the article gives a son's suffix
    full = full or " ".join([*words, suffix])
    return f"{full}." if suffix in _WORDED and f" {suffix}." in names.text else full
