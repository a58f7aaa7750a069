"""Words of what is said but states nothing a fact-checker could check (``statements.py``):
courtesies and interjections ('Thank you very much.', 'Great, great people.'), and the verbs
that open a bare order ('So vote, bring your auntie', 'Ask the board.'). Word lists, no logic."""

from __future__ import annotations

# Words that may open a sentence before an order or a courtesy and change nothing ('So vote').
OPENERS = frozenset("so and now just then but please oh well also".split())

# Courtesies, interjections and praise: a sentence made only of these (and a short tail
# 'to America', 'about this') thanks, greets, exclaims or praises; it states nothing.
COURTESY_WORDS = frozenset(
    """thank thanks you very much so all everyone everybody again guys folks sir madam
    ladies gentlemen no offense offence congratulations sorry welcome hello hi goodbye bye
    good morning evening night afternoon great wonderful fantastic amazing terrific beautiful
    incredible nice tremendous lovely brilliant excellent really such people job man woman
    day crowd team what a an seriously honestly absolutely yes yeah oh wow okay ok sure
    amen bless god""".split()
)
# The words of the short tail a courtesy may take ('No offense to America', 'Thank you for that').
COURTESY_TAIL_HEADS = frozenset("to for about".split())
COURTESY_TAIL_MAX_WORDS = 4

# Verbs whose bare form opens an order in a quote ('Ask the board.', 'Suggest Philippe talk to
# Josh', 'Leave now.'). Not the verbs whose order frames a statement ('Remember that …',
# 'Believe me, …', 'Note that …', 'Imagine …', 'Let me give you the truth', 'Let the election
# decide this because …'): those may carry a claim. ('Let us', 'Let's' open orders: ``_ORDER``.)
ORDER_VERBS = frozenset(
    """ask bring call come stop go get give help join keep leave listen make put read send
    show sign stay suggest take tell try vote wait watch write register turn pick hold check
    move sit stand follow pay drop visit buy support donate share contact phone focus
    concentrate""".split()
)
# The word after an order's verb: an object, a place or time, a name ('Leave now', 'Bring your
# auntie'), never a verb ('Leave won', 'Pay rose 3%': the verb was a noun, the subject).
ORDER_NEXT_WORDS = frozenset(
    """now here there away out up down back it me us them him her the a an your my our
    this that these those their his every all some to whether how what why on""".split()
)
# Words that bring a clause of its own into an order, which may state something ('Help me to
# get through the year and I will stand down', 'Show me an operator that believes …').
ORDER_CLAUSE_WORDS = frozenset(
    "because since that which who if unless otherwise when while".split()
)

# An appeal to the public: 'Anyone with information should call the hotline', 'anyone who saw
# the crash should contact police': whoever it may concern, a modal of obligation, and a verb
# of getting in touch. It asks; it states nothing ('Anyone can apply' states who may).
APPEAL_SUBJECTS = ("anyone", "anybody", "whoever")
APPEAL_MODALS = ("should", "must", "is urged to", "is asked to", "is being urged to")
APPEAL_VERBS = "call contact ring phone email text report visit check come get go speak".split()
