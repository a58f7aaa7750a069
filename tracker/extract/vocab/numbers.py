"""Words that tell a figure's reading from its neighbours: clock times, set phrases that hold a
number and measure nothing, and the least amounts a denial names ('not a penny').

Closed classes, read by ``clock.py`` and ``number_idioms.py``.
"""

from __future__ import annotations

# What follows a figure that is a time of day: 'at 6 a.m.', 'kick-off 1500 GMT', '9 o'clock'.
CLOCK_AFTER = (
    "a.m.",
    "p.m.",
    "a.m",
    "p.m",
    "am",
    "pm",
    "gmt",
    "utc",
    "bst",
    "cet",
    "est",
    "edt",
    "cst",
    "cdt",
    "pst",
    "pdt",
    "et",
    "o'clock",
    "o’clock",
    "local time",
)

# The words before a minute that reads the match clock ('after 53 minutes', 'on 17 minutes');
# a span is said with 'for', 'in', 'within', 'lasted'.
MATCH_CLOCK_BEFORE = frozenset({"after", "on"})
# Words that may stand between: 'after only six minutes', 'after just four minutes'.
MATCH_CLOCK_FILLERS = frozenset({"only", "just", "barely", "around", "about"})
# 'after 53 minutes' reads the match clock only in an account of play: a word of play in the
# same sentence ('took the lead after 23 minutes', 'came on as a substitute after 74
# minutes'); 'talks ended after 90 minutes' is a span.
MATCH_PLAY_WORDS = frozenset(
    """lead led goal goals scored scoring score try tries penalty penalties header headed shot
    shots save saved chance chances equalised equalized equaliser equalizer substitute
    substituted kick kicked corner cross pass opener netted fired struck drive volley strike
    striker keeper goalkeeper referee ball wicket wickets overs innings conversion match game""".split()
)

# Set phrases that hold a number word and count or measure nothing. Each is written with the
# figure in braces; the phrase must stand around the figure for it to be an idiom. The whole
# class of English number idioms that a news sentence uses, not one article's words.
NUMBER_IDIOMS = (
    "on cloud {nine}",
    "dressed (?:up )?to the {nines}",
    "the whole {nine} yards",
    "at {sixes and sevens}",
    # predicative only: 'came second best in the tackles'; not 'the second best-paid actor'
    "{second}[ -]best(?=\\s*(?:[^\\w\\s-]|$)|\\s+(?:in|at|on|all|to|for|with|against|again|by|and"
    "|but|from|when|as|after|before|throughout|over|\\w+ly)\\b)",
    "{second} to none",
    "{second} nature",
    "{second} fiddle",
    "{second} thoughts",
    "{second}[ -]guess\\w*",
    "{second} wind",
    "{second} string",
    "{one} in a million",
    "{a (?:million|billion|zillion|thousand)} to {one}",
    "{(?:a|in a) (?:million|billion|zillion)} (?:years|miles|times)",
    "{seventh} heaven",
    "{sixth} sense",
    "{eleventh} hour",
    "{11th} hour",
    "catch[ -]{22}",
    "{forty} winks",
    "{six} feet under",
    "(?:my|his|her|their|our|your) {two} cents(?:['’]? worth)?",
    "{two}[ -]faced",
    "{nine}[ -]to[ -]{five}",
    "{hundred and ten} per ?cent",
    "{110} per ?cent",
    "{a hundred and ten} per ?cent",
    "{two} and {two} together",
    "{six} of one and half a dozen of the other",
    "{half a dozen} of the other",
    "{one} and the same",
    "{one} and only",
    "{a dime} a dozen",
    "{one} of a kind",
    # 'zero' before a quality or a doubt is a way of saying none: 'zero communication skills',
    # 'with zero question as to his aim'; 'started again from zero'
    "{zero} (?:[a-z]+ )?(?:skills|interest|chance|credibility|respect|clue|idea|sympathy"
    "|charisma|patience|empathy|class|understanding|question|doubt)",
    "(?:start|starts|started|starting) (?:again |all over )?from {zero}",
    "think(?:s|ing)? {twice}",
    "thought {twice}",
    "{twice} over",
    "{one}[ -]of[ -]a[ -]kind",
    # doubt, surprise and ruin said with a number
    "(?:in|of) {two} minds",
    "(?:have|has|had|having|grown|grew|with) {two} heads",
    "{two} heads are better than {one}",
    "(?:knock|knocks|knocked|knocking|hit|hits|hitting) (?:\\w+ )?(?:\\w+ )?for {six}",
    "{two} sides of the same coin",
    "{two} left feet",
    "back to square {one}",
    "{ten} a penny",
    "{nine} lives",
    "{one} last (?:time|outing|hurrah|chance|roll of the dice|push)",
    # effort or certainty said as a share: 'we will win 100 percent', 'I am 100% behind him'
    "(?:give|gives|gave|giving|win|wins|won|winning) {100} ?(?:%|per ?cent|percent)",
    "{100} ?(?:%|per ?cent|percent) (?:sure|certain|behind|committed|right|confident|convinced)",
)

# The least amount of a thing, which a denial names to deny it all ('not moved an inch', 'not
# by a tenth of a point', 'won't pay a single cent'): measures and shares of the smallest size.
LEAST_AMOUNTS = frozenset(
    """inch inches millimetre millimeter iota jot whit penny pennies cent cents dime farthing
    tenth hundredth sliver fraction ounce""".split()
)
# Words that deny ('not by a tenth'), within a few words before the amount.
DENIALS = frozenset("not no never nor without n't any".split())

# Nouns that a figure glued to them makes the name of a kind of thing, not an amount: 'a
# one-bedroom flat', 'a four-door saloon', 'a two-seater', 'a five-star hotel', 'a three-way
# race', 'a five-set match', 'a three-piece suite', 'a two-stroke engine'.
KIND_COMPOUND_NOUNS = frozenset(
    """bedroom bedroomed bed bedded door doored seater wheeler wheeled wheel way star starred
    set piece speed stroke cylinder lane berth""".split()
)
# Of those, the parts one thing is made of, counted where the compound names one thing: 'a
# three-set thriller' (one match's length; 'five-set matches' a format) and 'the four-piece'
# standing for its band ('a three-piece suite' a kind). Read by labels._names_a_kind.
ONE_THING_PARTS = frozenset({"set", "piece"})
# Words after 'the four-piece' that show the compound heads its phrase (no noun follows).
NOT_A_NOUN_AFTER = frozenset(
    """is was are were has have had will would who which that from of in on at with and but
    met formed played released signed""".split()
)
