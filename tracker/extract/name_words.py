"""What counts as a capitalised word of a name: one that opens with a capital, or a surname
joined to its particle by a hyphen ('al-Suwaidi', 'el-Sisi', 'bin-Talal'), which news writes
in lower case yet is as much a name's word as 'Suwaidi'."""

from __future__ import annotations

from tracker.extract.vocab.name_forms import HYPHEN_PARTICLES


def name_word(word: str) -> bool:
    """'Lee', 'Ó', 'al-Suwaidi'; not 'al', 'said' nor 'anti-Trump'."""
    if word[:1].isupper():
        return True
    particle, dash, rest = word.partition("-")
    return bool(dash) and particle in HYPHEN_PARTICLES and rest[:1].isupper()
