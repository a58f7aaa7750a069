"""What a cue does: speech, statement, stance or action.

The attribution recogniser finds every shape PolNeAR calls attribution, stances and actions
included ('Sanders wants …', 'the firm agreed to …', 'she vowed to …'); a fact-checker triages
only what someone *stated*. So each cue gets a kind, and claims carry only speech and
statement attributions:

- speech: a verb of saying or asserting ('said', 'told', 'warned', 'argued', 'denied');
- statement: a finding, estimate, report or belief stated by a person, body or document
  ('according to', 'the study found', 'estimates', 'believes', 'polls show');
- stance: a wish, plan, promise, request or evaluation ('wants', 'vowed', 'urged', 'called
  for', 'criticised', 'rejected', 'hopes', 'agreed');
- action: a deed ('issued', 'released', 'unveiled', 'submitted', 'approved', 'ruled').

The lists below are the speech and statement verbs by lemma (a closed class of assertives),
then the stance and action verbs named for the record. A cue whose verb is in none of them
is ``other``, and, like a stance, makes no claim: only what is known to be speech counts.
"""

from __future__ import annotations

import re

SPEECH = "speech"
STATEMENT = "statement"
STANCE = "stance"
ACTION = "action"
OTHER = "other"

# Kinds whose attributions a claim carries.
CLAIM_KINDS = frozenset({SPEECH, STATEMENT})

_SPEECH_LEMMAS = """say tell state declare announce claim assert insist argue warn explain add
note acknowledge admit allege confirm deny tweet write post testify respond reply answer
concede complain boast recall reveal disclose emphasize emphasise stress caution comment
observe remark mention contend maintain charge accuse blame quote cite proclaim assure reassure
inform notify brief remind hint imply insinuate lament attest aver avow profess reiterate
repeat retort specify swear underscore underline counter rebut refute dispute contradict
correct clarify elaborate summarize summarise describe characterize characterise call label
dub term confess yell shout scream joke quip muse whisper exclaim recount cry
continue""".split()

# Verbs that lead another ('continues to insist', 'went on to warn'): the next verb decides.
_LEADING = frozenset({"continue", "go"})

_STATEMENT_LEMMAS = """report estimate forecast predict project calculate reckon find show
suggest indicate demonstrate prove conclude believe think feel expect suspect assume doubt
learn put rate count tally measure survey poll
record list publish
surmise speculate posit opine theorize theorise hypothesize hypothesise conjecture""".split()

_STANCE_LEMMAS = """want seek support endorse decline refuse defend oppose prefer express
discuss invoke thank vow pledge promise threaten guarantee urge ask beg plead implore demand
propose recommend request order agree disagree object protest challenge question praise hail
tout trumpet celebrate applaud welcome condemn slam blast attack lambast criticize criticise
mock ridicule deride scoff sneer decry denounce dismiss reject hope fear worry wish plan
intend aim consider weigh favour favor back oppose vote pray keen eager determined know
understand discuss""".split()

_ACTION_LEMMAS = """issue release unveil submit approve rule sign launch pass file send
deliver share offer present nominate name sound watch take make give seed order push
promote highlight""".split()

# Phrasal cues by their words after the verb's lemma ('called for' -> 'call for').
_PHRASES = {
    "according to": STATEMENT,
    "point out": SPEECH,
    "point to": STATEMENT,
    "make clear": SPEECH,
    "go on": SPEECH,
    "spell out": SPEECH,
    "lay out": SPEECH,
    "refer to": SPEECH,
    "put it": SPEECH,
    "call for": STANCE,
    "call on": STANCE,
    "would like": STANCE,
}

IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "spoke": "speak",
    "spoken": "speak",
    "found": "find",
    "shown": "show",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "understood": "understand",
    "swore": "swear",
    "sworn": "swear",
    "held": "hold",
    "took": "take",
    "taken": "take",
    "made": "make",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "sent": "send",
    "laid": "lay",
    "put": "put",
    "read": "read",
    "forecast": "forecast",
}

# Words before the verb that carry no kind ('has said', 'continues to insist', 'is confident').
_AUXILIARIES = frozenset(
    """have has had having is are was were be been being will would shall should can could
    may might must do does did also then later again had not to""".split()
)

KINDS: dict[str, str] = {
    **dict.fromkeys(_ACTION_LEMMAS, ACTION),
    **dict.fromkeys(_STANCE_LEMMAS, STANCE),
    **dict.fromkeys(_STATEMENT_LEMMAS, STATEMENT),
    **dict.fromkeys(_SPEECH_LEMMAS, SPEECH),
}
_WORD = re.compile(r"[a-z]+")


def lemma_of(word: str) -> str | None:
    """The lemma in KINDS that ``word`` inflects, if any ('argued' -> 'argue', 'admitted' ->
    'admit', 'says' -> 'say', 'criticises' -> 'criticise'), else None."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]  # may name a verb only a phrase gives a kind ('went on')
    candidates = [w]
    if w.endswith("edly"):
        candidates.append(w[:-4])  # 'reportedly'
    if w.endswith("ies") or w.endswith("ied"):
        candidates.append(w[:-3] + "y")
    if w.endswith("ing"):
        candidates += [w[:-3], w[:-3] + "e", w[:-4]]  # 'saying', 'arguing', 'admitting'
    if w.endswith("ed"):
        candidates += [w[:-2], w[:-1], w[:-3]]  # 'claimed', 'stated', 'admitted'
    if w.endswith("es"):
        candidates.append(w[:-2])  # 'stresses'
    if w.endswith("s"):
        candidates.append(w[:-1])  # 'says', 'criticises'
    return next((c for c in candidates if c in KINDS), None)


def cue_kind(cue: str) -> str:
    """The kind of a cue as the recogniser gives it ('said', 'has called on', 'according to',
    ':'): its first verb that is not an auxiliary decides; a colon is a speaker's turn."""
    text = " ".join(cue.lower().replace("’", "'").split())
    if text.strip(" :-—–") == "":
        return SPEECH
    words = _WORD.findall(text)
    for k, word in enumerate(words):
        if word in _AUXILIARIES:
            continue
        lemma = lemma_of(word) or word
        phrase = _PHRASES.get(f"{lemma} {words[k + 1]}") if k + 1 < len(words) else None
        if phrase is not None:
            return phrase
        if lemma in _LEADING and k + 1 < len(words):
            continue
        if lemma in KINDS:
            return KINDS[lemma]
    return OTHER


def makes_claim(cue: str) -> bool:
    """Whether an attribution with this cue is what someone stated (speech or statement)."""
    return cue_kind(cue) in CLAIM_KINDS
