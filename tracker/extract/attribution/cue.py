"""Cue words: which tokens can open an attribution, and how sure the lexicon is of them.

The walk over a sentence (``engine``) asks ``CUE_WORDS`` first (one set lookup per word),
then ``strength``; the filters here ('the estimate of', 'a company called Acme') keep a
noun or a name from being read as a verb of speech.
"""

from __future__ import annotations

from functools import lru_cache

from tracker.extract import cue_model
from tracker.extract.attribution.sentence import (
    QUOTE_OPENERS,
    Sentence,
    capitalised_next,
    skip_before_cue,
)
from tracker.extract.found import Found
from tracker.extract.tokens import Token
from tracker.extract.vocab.attribution import FIGURE_SOURCES
from tracker.extract.vocab.cues import (
    COGNITION_LEMMAS,
    EVIDENCE_LEMMAS,
    PHRASES,
    PUT_OBJECTS,
    STRONG,
    WEAK,
)
from tracker.extract.vocab.speech import (
    CALL_FORMS,
    DETERMINERS,
    NOT_AFTER_CUE,
    NOUNY,
    OBJECT_PRONOUNS,
    PEOPLE_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_CUES,
    TRUE_DETERMINERS,
    UNRELIABLE,
)

_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in PHRASES:
    _PHRASES_BY_FIRST.setdefault(_p[0], []).append(_p)
# The words an attribution can start from (besides the words the cue model knows): cues,
# the first words of cue phrases, and 'in' ('…, in a poll').
CUE_WORDS = frozenset(STRONG) | frozenset(WEAK) | frozenset(_PHRASES_BY_FIRST) | {"in"}


class Cue:
    """A cue at ``tokens[i:j]`` of a sentence, and what the rules read around it (the
    tokens around the cue are looked up once: every rule of the table reads them)."""

    __slots__ = (
        "aside",
        "found",
        "i",
        "inverted",
        "j",
        "nxt",
        "prev",
        "s",
        "strong",
        "tok",
        "tokens",
    )

    def __init__(self, s: Sentence, i: int, j: int, strong: bool, found: list[Found]):
        tokens = s.tokens
        self.s = s
        self.i = i  # the cue's first token
        self.j = j  # just after its last token
        self.strong = strong  # sure enough to report speech with no 'that' after it
        self.found = found  # what the article has found so far (read, never changed)
        self.tokens = tokens
        self.tok = tokens[i]
        self.prev = tokens[i - 1] if i > 0 else None
        self.nxt = tokens[j] if j < len(tokens) else None
        # What several rules ask, computed once by the first (``rules._aside``, ``_inverted``).
        self.aside: tuple[bool, bool] | None = None
        self.inverted: tuple[tuple[int, int] | None, bool] | None = None

    @property
    def text(self) -> str:
        """The cue as written: 'said', 'pointed out'."""
        return self.s.text[self.tok.start : self.tokens[self.j - 1].end]


@lru_cache(maxsize=2)
def _words_of(learned: cue_model.CueModel | None) -> frozenset[str]:
    """The lexicon's cue words and the words the model knows, joined once per model."""
    return CUE_WORDS | learned.vocabulary if learned is not None else CUE_WORDS


class Strength:
    """Reads a sentence's words as cues: the lexicon's, then the learned model's. One per
    article; ``begin`` starts a sentence, whose context the model reads computed once, and
    only if the model is asked."""

    def __init__(self) -> None:
        self.learned = cue_model.model()
        self.vocabulary = self.learned.vocabulary if self.learned is not None else frozenset()
        self.words = _words_of(self.learned)  # every word that may open an attribution
        self.tokens: list[Token] = []
        self._context: cue_model.Context | None = None

    def begin(self, s: Sentence) -> None:
        self.tokens = s.tokens
        self._context = None

    def of(self, i: int, phrase: tuple[str, ...] | None) -> bool | None:
        """True for a strong cue at ``i``, False for a weak one, None for no cue: 'United
        States' (a capitalised word inside the sentence) or a word of no lexicon."""
        tokens = self.tokens
        tok = tokens[i]
        low = tok.low
        is_strong = low in STRONG and low not in UNRELIABLE
        is_weak = low in WEAK and low not in UNRELIABLE
        is_strong = is_strong or phrase is not None  # "pointed out", "called for", "referring to"
        if (
            not is_strong
            and low in self.vocabulary
            and self.learned.proposes(  # type: ignore[union-attr]
                tokens, i, self._context_of(tokens)
            )
        ):
            # A cue the model learned ('lit into', 'made it clear'), or a weak cue it is sure
            # of in this context: tried as a strong one.
            is_strong = True
        elif not (is_strong or is_weak) or (
            i > 0 and tok.text[0].isupper() and not (low in TITLE_CUES and title_case(tokens))
        ):
            return None
        if (
            low in ("put", "puts")
            and i + 2 < len(tokens)
            and tokens[i + 1].low == "the"
            and tokens[i + 2].low in PUT_OBJECTS
        ):
            is_strong = True  # 'a study put the number as high as 150,000'
        return is_strong

    def _context_of(self, tokens: list[Token]) -> cue_model.Context:
        if self._context is None:
            self._context = cue_model.sentence_context(tokens)
        return self._context


def phrase_at(tokens: list[Token], i: int) -> tuple[str, ...] | None:
    for phrase in _PHRASES_BY_FIRST.get(tokens[i].low, ()):
        if i + len(phrase) <= len(tokens) and all(
            tokens[i + k].low == phrase[k] for k in range(len(phrase))
        ):
            return phrase
    return None


def goes_on_speaking(tokens: list[Token], k: int) -> bool:
    """'He went on: …', 'went on, “…”', 'went on to say …', 'went on that …'."""
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    return nxt.text in (",", ":") or nxt.text[0] in QUOTE_OPENERS or nxt.low in ("to", "that")


def title_case(tokens: list[Token]) -> bool:
    """'Clinton Says Russians Hacked DNC': in a title-case headline cues are capitalised too."""
    words = [t for t in tokens if t.text[0].isalpha()]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def used_as_noun(tokens: list[Token], i: int) -> bool:
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if tokens[i].low not in NOUNY:
        # 'his stated aim', 'the alleged leak': a participle after a determiner describes.
        # But 'the official said', 'a message that said', 'Trump first said' are verbs.
        return prev is not None and prev.low in TRUE_DETERMINERS
    if prev is not None and (prev.low in DETERMINERS or prev.low in ("no", "little")):
        return True  # 'the estimate', 'left no doubt'
    if nxt == "of":
        return True  # 'the estimate of', 'claims of'
    # The word before, past 'still', 'has', 'also' …: 'Cruz still supports …'.
    k = i - 1
    while k > 0 and skip_before_cue(tokens[k]):
        k -= 1
    before = tokens[k] if k >= 0 else None
    named = before is not None and (
        before.low in PRONOUNS or before.low in PEOPLE_NOUNS or before.text[:1].isupper()
    )
    if named and (tokens[i].low.endswith("ed") or phrase_at(tokens, i) is not None):
        return False  # 'Sanders pledged to …', 'Trump calls for …' (a verb after its subject)
    if before is not None and before.low in ("and", "but") and tokens[i].low.endswith("ed"):
        return False  # '… said they want justice but pledged to …': a second verb
    if nxt == "." and named and tokens[i].low.endswith("s") and _after_aside(tokens, k):
        return False  # '…, The Wall Street Journal reports.': the source of the sentence
    if nxt in (",", ".") and prev is not None and prev.low in FIGURE_SOURCES:
        if tokens[i].low in EVIDENCE_FORMS | SOURCE_SAYS:
            return False  # '…, the poll found.', '…, the survey shows.': the source at the end
    if nxt in NOT_AFTER_CUE or nxt in (",", "."):
        return True
    if prev is None:
        return True
    if nxt in ("that", "“", '"', ":"):
        return False  # 'polls show that …'
    # Otherwise a verb here follows its subject: a name, a pronoun, 'who', or a source of
    # figures ('Polls show Clinton with a lead', 'the survey found').
    return not (
        named  # 'Cruz supports …', 'she still supports …'
        or prev.low in ("who", "that")
        or (prev.low in FIGURE_SOURCES and tokens[i].low in EVIDENCE_FORMS | SOURCE_SAYS)
        # 'Leaked documents from his 1995 return show he took …': the source further back,
        # a clause after
        or (
            tokens[i].low in EVIDENCE_FORMS
            and (nxt in PRONOUNS or capitalised_next(tokens, i))
            and any(t.low in FIGURE_SOURCES for t in tokens[max(0, i - 8) : i])
        )
        # '…, Jake Sullivan, calls her record a blueprint': after an aside, before an object
        or (prev.text == "," and (nxt in OBJECT_PRONOUNS or capitalised_next(tokens, i)))
    )


# What a document says ('University College London research claims cutting …').
SOURCE_SAYS = frozenset(("says", "claims", "argues", "warns", "states", "concludes"))


def _after_aside(tokens: list[Token], k: int) -> bool:
    """The capitalised name ending at k follows a comma ('…, The Wall Street Journal')."""
    m = k
    while m > 0 and (tokens[m].text[:1].isupper() or tokens[m].low in ("the", "of")):
        m -= 1
    return m < k and tokens[m].text == ","


def not_a_call_to_speak(tokens: list[Token], i: int) -> bool:
    """'a company called Acme' (a name), 'called off', 'called her to say' (a phone call),
    'called to mind': forms of 'call' that attribute nothing."""
    if tokens[i].low not in CALL_FORMS:
        return False
    n = len(tokens)
    nxt = tokens[i + 1].low if i + 1 < n else ""
    if nxt in ("off", "up", "back", "in", "out", "to", "quits"):
        return True
    if nxt in OBJECT_PRONOUNS and i + 2 < n and tokens[i + 2].low == "to":
        return True
    back = [t.low for t in tokens[max(0, i - 3) : i]]
    return (
        # 'one lawmaker called Trump “…”' names no firm
        tokens[i - 1].low not in PEOPLE_NOUNS
        and tokens[i - 1].low not in ROLE_NOUNS
        and any(
            w in ("a", "an", "one", "group", "company", "site", "website", "firm") for w in back
        )
        and i + 1 < n
        and tokens[i + 1].text[:1].isupper()
        and tokens[i - 1].text[:1].islower()
        and tokens[i - 1].low not in PRONOUNS
    )


COGNITION = set(COGNITION_LEMMAS)


EVIDENCE = set(EVIDENCE_LEMMAS)


EVIDENCE_FORMS = {form for form, lemma in WEAK.items() if lemma in EVIDENCE}
