"""The words check-worthiness reads beside the model's own: one place for every list.

Phrases are lower-case word sequences as ``features.words`` splits them (apostrophes kept,
curly ones straightened, figures as ``0``). Each category is both a model feature and, for
the first four, a reason to flag a sentence as ``opinion`` (see ``OPINION_CATEGORIES``).
"""

from __future__ import annotations

# Pure opinion, intent, thanks and rhetoric: what a speaker feels, wants or will do, which
# no record can confirm. A sentence that also states a figure is never flagged for them.
PHRASES: dict[str, tuple[str, ...]] = {
    "opinion": (
        "i think",
        "i believe",
        "i feel",
        "i guess",
        "i suppose",
        "in my opinion",
        "in my view",
        "i'm convinced",
        "i am convinced",
        "i'm sure",
        "i am sure",
        "i hope",
        "i wish",
        "i'm proud",
        "i am proud",
        "i love",
        "i like",
        "i don't think",
        "i don't believe",
        "i do not believe",
        "i'm not sure",
        "we believe",
        "we think",
        "we hope",
        "i'm confident",
        "i am confident",
        "i'm optimistic",
        "my view",
        "i'm delighted",
        "i am delighted",
        "i'm pleased",
        "i am pleased",
        "i'm glad",
        "i'm happy",
        "i'm honored",
        "i am honored",
        "i'm excited",
        "i respect",
        "i agree",
        "i disagree",
        "i admire",
        "frankly",
        "honestly",
    ),
    "intent": (
        "we will",
        "we'll",
        "i will",
        "i'll",
        "we're going to",
        "we are going to",
        "i'm going to",
        "i am going to",
        "we're gonna",
        "i'm gonna",
        "we shall",
        "i intend",
        "we intend",
        "i plan to",
        "we plan to",
        "i promise",
        "we promise",
        "i pledge",
        "i look forward",
        "we look forward",
        "i want to",
        "we want to",
        "i'd like to",
        "i would like to",
        "we'd like to",
        "let me",
        "let's",
        "let us",
        "i'm determined",
        "we must",
        "we need to",
        "we have to",
        "we should",
        "i would",
        "we would",
        "i'm running",
        "i am running",
        "my plan",
        "our plan",
        "i will never",
        "i'm committed",
    ),
    "thanks": (
        "thank you",
        "thanks",
        "thank",
        "grateful",
        "appreciate",
        "good evening",
        "good morning",
        "good night",
        "welcome",
        "congratulations",
        "congratulate",
        "god bless",
        "ladies and gentlemen",
        "it's an honor",
        "it is an honor",
        "nice to",
        "great to be",
        "pleasure to",
    ),
    "rhetoric": (
        "make america",
        "believe me",
        "let me tell you",
        "let me be clear",
        "folks",
        "you know what",
        "by the way",
        "of course",
        "absolutely",
        "so sad",
        "shame on",
        "my friends",
        "my fellow",
        "wow",
        "oh",
        "applause",
        "laughter",
        "crosstalk",
        "all right",
        "okay",
        "yes",
        "no no",
        "that's right",
        "excuse me",
    ),
}

OPINION_CATEGORIES = ("opinion", "intent", "thanks", "rhetoric")

# Words that soften a statement into a guess.
HEDGES = frozenset(
    """maybe perhaps probably possibly might may could likely unlikely seems seem seemed
    appears appear apparently reportedly allegedly supposedly arguably presumably roughly
    somewhat suggest suggests suggested""".split()
)

# Comparison and extremes: 'more than ever', 'the highest', 'the worst in history'.
COMPARATIVES = frozenset(
    """more less fewer better worse higher lower larger smaller bigger greater faster slower
    cheaper richer poorer stronger weaker increased decreased doubled tripled halved rose fell
    risen fallen grew shrank dropped""".split()
)
SUPERLATIVES = frozenset(
    """most least best worst first last only record never ever every all nobody highest lowest
    largest smallest biggest greatest fastest slowest strongest weakest richest poorest oldest
    youngest longest shortest deadliest cheapest newest hottest coldest wealthiest safest
    toughest harshest steepest sharpest heaviest busiest costliest worst-ever all-time""".split()
)

# Facts are told in the past and about records: words that mark a checkable statement.
RECORD_WORDS = frozenset(
    """voted vote votes passed signed law bill percent million billion trillion tax taxes
    jobs unemployment deficit debt budget cut cuts spent spending increase increased
    decrease decreased created lost rate rates average since ago year years""".split()
)

FIRST_PERSON = frozenset("i i'm i've i'd i'll me my mine we we're we've we'd we'll us our".split())
SECOND_PERSON = frozenset("you you're you've you'd you'll your yours".split())

# A sentence in one of OPINION_CATEGORIES (or a question), with no figure, is flagged as
# opinion only when the model also scores it below this: 'I think we lost 700,000 jobs'
# and 'I believe he voted for the war' stay claims to check.
OPINION_BELOW = 35.0
