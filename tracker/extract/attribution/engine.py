"""The walk that runs the rules: sentence by sentence, cue word by cue word.

``find_attributions(doc)`` is the whole attribution stage: for each sentence it tries the
opening rules, then walks the tokens, stopping at trigger and cue words to run the tables
of ``rules.py``; ``conflicts.py`` settles what two attributions share; at the end quotes
with no cue of their own are linked to the attributed quote before them.
"""

from __future__ import annotations

from tracker.extract.attribution.conflicts import Ledger, claim, end_at_next_clause
from tracker.extract.attribution.continuation import link_continuations
from tracker.extract.attribution.cue import (
    CUE_WORDS,
    Cue,
    Strength,
    goes_on_speaking,
    not_a_call_to_speak,
    phrase_at,
    used_as_noun,
)
from tracker.extract.attribution.rules import (
    CUE_RULES,
    FALLBACK_RULES,
    OPENING_RULES,
    VETOES,
    WORD_RULES,
    first_match,
)
from tracker.extract.attribution.sentence import Sentence
from tracker.extract.doc import Doc
from tracker.extract.found import Found
from tracker.extract.quotes import inside
from tracker.extract.vocab.speech import (
    SKIP_BEFORE_CUE,
)


def find_attributions(doc: Doc) -> list[Found]:
    """Attributions in article order."""
    quotes = doc.quotes
    ledger = Ledger([], {})
    strength = Strength()
    qi = 0
    for sent, tokens in zip(doc.sentences, doc.tokens, strict=True):
        while qi < len(quotes) and quotes[qi].end <= sent.start:
            qi += 1
        # Quotes in the sentence, and one that closes just before it ('…!” Trump wrote.').
        local = [
            q
            for q in quotes[max(0, qi - 2) : qi + 8]
            if (q.start < sent.end and q.end > sent.start) or 0 <= sent.start - q.end <= 2
        ]
        ledger.first = len(ledger.found)
        _find_in_sentence(Sentence(doc, sent, tokens, local, doc.text), strength, ledger)
        if len(ledger.found) - ledger.first > 1:  # only a second attribution can end a first
            end_at_next_clause(tokens, ledger.found, ledger.first)
    found = ledger.found
    link_continuations(doc, ledger)
    found.sort(key=lambda f: (min(f.speaker_start, f.cue_start, f.content_start), f.cue_start))
    return found


def _find_in_sentence(s: Sentence, strength: Strength, ledger: Ledger) -> None:
    if s.opens_paragraph():
        f = first_match(OPENING_RULES, s)
        if f is not None:
            ledger.found.append(f)
    strength.begin(s)
    tokens, quotes, words = s.tokens, s.quotes, strength.words
    # Most words can open no attribution: one set lookup each picks the few that can.
    i = 0
    for k in [k for k, t in enumerate(tokens) if t.low in words]:
        if k >= i and not inside(quotes, tokens[k].start):
            i = _step(s, k, strength, ledger)  # where to go on from: after the cue


def _step(s: Sentence, i: int, strength: Strength, ledger: Ledger) -> int:
    """Try the rules at token ``i``, a word that may open an attribution; returns the token
    to go on from."""
    tokens = s.tokens
    n = len(tokens)
    low = tokens[i].low
    if low in SKIP_BEFORE_CUE and i + 1 < n and tokens[i + 1].low in CUE_WORDS:
        return i + 1  # 'the leaders all agreed': the cue is the next word, not 'all'
    phrase = phrase_at(tokens, i)
    if low == "in" and i + 2 < n:
        f = first_match((WORD_RULES["in"],), Cue(s, i, i + 1, False, ledger.found))
        if f is not None:
            ledger.found.append(f)
            return i + 1
    if phrase in (("went", "on"), ("goes", "on")) and not goes_on_speaking(tokens, i + 2):
        return i + 2  # 'It went on sale', 'the talks went on for hours': not speech
    if phrase == ("according", "to"):
        f = first_match((WORD_RULES["according to"],), Cue(s, i, i + 2, False, ledger.found))
        if f is not None:
            ledger.found.append(f)
        return i + 2
    strong = strength.of(i, phrase)
    if strong is None or used_as_noun(tokens, i) or not_a_call_to_speak(tokens, i):
        return i + 1  # not a cue; 'the estimate of', 'a new report', 'a company called Acme'
    cue = Cue(s, i, i + (len(phrase) if phrase else 1), strong, ledger.found)
    f = first_match(CUE_RULES, cue)
    for veto in VETOES:
        if f is not None and veto(cue, f):
            f = None
    if f is None:
        f = first_match(FALLBACK_RULES, cue)
    if f is not None:
        claim(ledger, tokens, f, s.doc.quotes)
    return cue.j
