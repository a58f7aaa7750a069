"""The cue lexicon: verbs and phrases that attribute a statement to a source.

The vocabulary is long-tailed (PolNeAR: 'said' is only 23% of cues), so verbs are
listed by lemma and inflected here. STRONG cues attribute on their own ('X said ...');
WEAK ones ('found', 'expects') only with a 'that' clause or a quotation.
"""

from __future__ import annotations

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "put": ("puts", "put", "putting"),
    "feel": ("feels", "felt", "feeling"),
    "know": ("knows", "knew", "known", "knowing"),
    "understand": ("understands", "understood", "understanding"),
    "forecast": ("forecasts", "forecast", "forecasted", "forecasting"),
    "swear": ("swears", "swore", "sworn"),
    "hold": ("holds", "held"),
    "read": ("reads", "read"),
    "teach": ("teaches", "taught"),
    "foresee": ("foresees", "foresaw", "foreseen"),
    "broadcast": ("broadcasts", "broadcast"),
    "retweet": ("retweets", "retweeted"),
    "set": ("sets",),
}

# Past participles that are never a past tense ('has … and written three books'): no
# coordinated verb of the sentence's subject.
PARTICIPLES = frozenset(f for forms in _IRREGULAR.values() for f in forms if f.endswith("n"))

STRONG_LEMMAS = [
    "say",
    "tell",
    "state",
    "declare",
    "announce",
    "claim",
    "assert",
    "insist",
    "argue",
    "warn",
    "explain",
    "add",
    "note",
    "acknowledge",
    "admit",
    "allege",
    "confirm",
    "deny",
    "tweet",
    "retweet",
    "write",
    "report",
    "estimate",
    "believe",
    "predict",
    "suggest",
    "contend",
    "maintain",
    "testify",
    "respond",
    "reply",
    "answer",
    "ask",
    "urge",
    "promise",
    "vow",
    "pledge",
    "threaten",
    "concede",
    "complain",
    "boast",
    "recall",
    "reveal",
    "disclose",
    "emphasize",
    "emphasise",
    "stress",
    "caution",
    "comment",
    "observe",
    "remark",
    "mention",
    "conclude",
    "forecast",
    "charge",
    "accuse",
    "criticize",
    "criticise",
    "blame",
    "praise",
    "dismiss",
    "reject",
    "counter",
    "propose",
    "recommend",
    "demand",
    "speculate",
    "reckon",
    "calculate",
    "quote",
    "cite",
    "post",
    "shout",
    "scream",
    "joke",
    "quip",
    "muse",
    "whisper",
    "proclaim",
    "assure",
    "reassure",
    "inform",
    "notify",
    "advise",
    "brief",
    "remind",
    "signal",
    "hint",
    "imply",
    "insinuate",
    "lament",
    "acknowledge",
    "announce",
    "assert",
    "attest",
    "aver",
    "avow",
    "contend",
    "declare",
    "decry",
    "denounce",
    "guarantee",
    "inform",
    "opine",
    "posit",
    "postulate",
    "profess",
    "reiterate",
    "repeat",
    "retort",
    "specify",
    "swear",
    "theorize",
    "theorise",
    "underscore",
    "underline",
    "urge",
    "voice",
    "wager",
    "grumble",
    "gripe",
    "rail",
    "fume",
    "howl",
    "plead",
    "beg",
    "implore",
    "question",
    "doubt",
    "guess",
    "estimate",
    "predict",
    "project",
    "calculate",
    "surmise",
    "figure",
    "say",
    "told",
    "insist",
    "concede",
    "agree",
    "disagree",
    "object",
    "protest",
    "counter",
    "rebut",
    "refute",
    "dispute",
    "challenge",
    "contradict",
    "correct",
    "clarify",
    "elaborate",
    "summarize",
    "summarise",
    "describe",
    "characterize",
    "characterise",
    "call",
    "label",
    "brand",
    "term",
    "dub",
    "hail",
    "tout",
    "trumpet",
    "celebrate",
    "applaud",
    "welcome",
    "condemn",
    "slam",
    "blast",
    "attack",
    "lambast",
    "criticize",
    "mock",
    "ridicule",
    "deride",
    "scoff",
    "sneer",
]

# Stances and intentions: PolNeAR (and fact-checkers) attribute these too ('Sanders wants …',
# 'Clinton endorsed …', 'the campaign declined to comment'); the object is the content.
STANCE_LEMMAS = [
    "want",
    "seek",
    "support",
    "endorse",
    "decline",
    "refuse",
    "defend",
    "oppose",
    "prefer",
    "express",
    "discuss",
    "invoke",
    "recount",
    "thank",
    "vow",
    "continue",
    "reiterate",
]

# Verbs of thinking: cues after a person ('I think', 'Clinton knows').
COGNITION_LEMMAS = """think feel know understand expect hope fear worry suspect assume presume
suppose imagine recognize recognise realize realise see hear agree believe doubt wonder""".split()
# Verbs of evidence: cues after a source of figures ('polls show', 'the study found').
EVIDENCE_LEMMAS = "find show suggest indicate reveal demonstrate prove mean put".split()

WEAK_LEMMAS = [
    *COGNITION_LEMMAS,
    *EVIDENCE_LEMMAS,
    *"""discover learn read convince persuade decide determine judge rule conclude hold argue
    acknowledge release publish announce""".split(),
]

PHRASES = [
    ("referring", "to"),
    ("referred", "to"),
    ("pointed", "to"),
    ("points", "to"),
    ("called", "for"),
    ("calls", "for"),
    ("calling", "for"),
    ("called", "on"),
    ("calls", "on"),
    ("talked", "about"),
    ("talking", "about"),
    ("talks", "about"),
    ("spoke", "about"),
    ("would", "like"),
    ("according", "to"),
    ("pointed", "out"),
    ("points", "out"),
    ("point", "out"),
    ("made", "clear"),
    ("makes", "clear"),
    ("make", "clear"),
    ("went", "on"),
    ("goes", "on"),
    ("spelled", "out"),
    ("laid", "out"),
]

# 'put the number as high as ...': put is a cue only with these objects.
PUT_OBJECTS = {"number", "figure", "cost", "toll", "total", "estimate", "tally", "count", "value"}


def _inflect(lemma: str) -> set[str]:
    if lemma in _IRREGULAR:
        return {lemma, *_IRREGULAR[lemma]}
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if (
            len(lemma) >= 3
            and lemma[-1] in "tpgmnbdl"
            and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"
            and lemma not in ("visit", "edit", "limit", "credit", "target")
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _forms(lemmas: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in lemmas:
        for form in _inflect(lemma):
            out.setdefault(form, lemma)
    return out


# Forms that PolNeAR's *train* split annotates as cues in at least 35% of their uses (and 4+
# times), kept where they are verbs: measured with benchmarks, not guessed.
LEARNED_FORMS = """offered sought issued talked pushed backed named pointing ordered pushing echoed
referred listed highlighted encouraged emailed nominated portrayed delivering preferred promote
embraced sounded portray chanted highlighting referenced deemed championed bemoaned assailed
remembered apologized likened presented wondered sided echoing yelled weighed considers
distanced balked rebuked interjected lashed knocked unveiled congratulated portraying refers
disavow articulated outlining referencing documented sparred reacted advocated brushed alluding
remembers wondering outlined lays credited chanting""".split()

STRONG: dict[str, str] = _forms(STRONG_LEMMAS + STANCE_LEMMAS)
for _form in LEARNED_FORMS:
    STRONG.setdefault(_form, _form)
WEAK: dict[str, str] = {k: v for k, v in _forms(WEAK_LEMMAS).items() if k not in STRONG}
# Progressive forms are rarely attributions in news ('saying' after a comma is handled apart).
for _form in list(STRONG):
    if _form.endswith("ing") and _form not in (
        "saying",
        "warning",
        "arguing",
        "insisting",
        "adding",
        "noting",
        "claiming",
    ):
        WEAK.setdefault(_form, STRONG.pop(_form))
