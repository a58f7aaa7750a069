"""Whole-text patterns written to open with one character class (so that the regex engine skips,
fast, the positions no match starts at) match exactly what their plain forms match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract import canonical, roles, sentences
from tracker.extract.attribution import not_stated
from tracker.extract.vocab.name_forms import HYPHEN_PARTICLES

# canonical._RUN as it reads plainly: its first word is a _CAP like the others.
_PLAIN_RUN = re.compile(canonical._CAP + canonical._RUN.pattern[len(canonical._CAP_FIRST) :])
# roles._LEADING as it reads plainly: '\b' and the alternatives first.
_PLAIN_LEADING = re.compile(
    r"(?:\b[Tt]he|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
    r"|\b[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}(?:['’]s|s['’]))[ \t]+"
    + roles._LEADING.pattern.split(r"))[ \t]+", 1)[1]
)
_PIECES = ["Ann", "Lee", "J.", "O'Neil", "van", "of", "the", "&", "M&S", "3M", "5", "x", "_"]
_PIECES += ["Émile", "Ó", "É.", '"LA"', "“Bo”", "-", ".", ",", "'", "’", "s", " ", "\t", "\n"]
_PIECES += [f"{p}-" for p in sorted(HYPHEN_PARTICLES)] + sorted({p[0] for p in HYPHEN_PARTICLES})
_PIECES += ["The", "the", "His", "her", "Their", "its", "Our", "Acme's", "minister", "trade"]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_the_name_run_matches_what_its_plain_form_matches(text: str) -> None:
    assert _matches(canonical._RUN, text) == _matches(_PLAIN_RUN, text)
    for at in range(len(text)):
        plain = _PLAIN_RUN.match(text, at)
        assert (m.span() if (m := canonical._RUN.match(text, at)) else None) == (
            plain.span() if plain else None
        )


@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_the_leading_role_matches_what_its_plain_form_matches(text: str) -> None:
    assert _matches(roles._LEADING, text) == _matches(_PLAIN_LEADING, text)


def test_the_fast_openings_find_names_and_roles() -> None:
    found = [
        m.group() for m in canonical._RUN.finditer("Ahmed al-Suwaidi met 3M and É. Ó Ceallaigh")
    ]
    assert found == ["Ahmed al-Suwaidi", "3M", "É. Ó Ceallaigh"]
    text = (
        "xHis aide, Ann Lee. India's heavy industries minister, Raj Rao, said; their agent, Bo Li"
    )
    assert [m.group(1, 2) for m in roles._LEADING.finditer(text)] == [
        ("heavy industries minister", "Raj Rao"),
        ("agent", "Bo Li"),
    ]


_PLAIN_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")
_PLAIN_BREAK = re.compile(r"[.!?][\"”’]?\s+|\n")
_MARKS = ["Ann", "a", ".", "!", "?", "...", '"', "'", "”", "’", ")", "]", " ", "\t", "\n", "\n\n"]


@given(st.lists(st.sampled_from(_MARKS), max_size=20).map("".join))
def test_the_sentence_breaks_match_what_their_plain_forms_match(text: str) -> None:
    assert _matches(sentences._BOUNDARY, text) == _matches(_PLAIN_BOUNDARY, text)
    assert _matches(not_stated._SENTENCE_BREAK, text) == _matches(_PLAIN_BREAK, text)
