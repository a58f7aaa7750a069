"""Vocabularies of the label stage (labels.py): the words around a figure that make it a date,
a name, a rank, a score or an idiom rather than an amount. Data only; the rules read it."""

from __future__ import annotations

# Months as news writes them, full or abbreviated with or without a stop ('Sept. 11', 'Oct 8').
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

# A figure after these words orders things or names a position, never an amount:
# 'number two', 'seeded four', 'ranked 12', 'round three', 'the top five'.
POSITION_WORDS = frozenset(
    "number no seeded seed ranked rank round heat leg stage hole grade tier level top"
    " match-day matchday".split()
)

# 'the last eight', 'the final four': a round of a competition (a bare figure after them, with
# nothing counted: 'the last six presidential elections' counts).
ROUND_WORDS = frozenset("last final".split())

# Nouns of a sequence a bare figure after them orders, when nothing counted follows: 'in game
# five of the second set', 'on day three of the trial', 'by lap 12,', 'in act two'.
ORDER_NOUNS = frozenset("game lap act scene day week".split())

# Before a fraction word: 'the same quarter of the draw', 'the top half of the table' place
# something; they do not measure it.
PLACE_BEFORE_FRACTION = frozenset(
    "same opposite other top bottom upper lower northern southern eastern western".split()
)

# Before 'quarter', 'half' or 'N months': a reporting period ('the previous quarter', 'the
# first half of 2005', 'the last three months of 2004').
PERIOD_BEFORE = frozenset(
    "first second third fourth final last previous next this same current latest".split()
)

# Words of a sports result: a glued 'A-B' near them is a score, not a range or a tally.
SCORE_WORDS = frozenset(
    "win wins won winning winner victory victories defeat defeated defeats beat beats beating"
    " lost lose loses losing loss draw drew drawn thrashing thrashed rout routed scoreline"
    " goal goals half-time full-time derby match game final semi-final quarter-final"
    " leg clash tie halftime overtime innings touchdown touchdowns penalty penalties"
    " scored striker league cup championship playoff play-off semifinal quarterfinal"
    " score scores scoreline result tries try wickets"
    # tennis: 'from 40-0 up she folded', 'serving at 30-15', 'broke back at 4-4 in the set'
    " set sets serve serving served break breaks broke deuce tie-break tiebreak".split()
)

# Words of a vote or poll: a tally near them ('an 80-19 vote') is one checkable figure.
# ('lead' is neither: a team and a candidate both lead.)
TALLY_WORDS = frozenset(
    "vote votes voted voting ballot ballots margin majority poll polls polled jury court"
    " senate house congress parliament split decision ruling favor favour voters delegates"
    " justices judges".split()
)

# Capitalised words that open sentences and may stand before a figure without naming it
# ('Some 300 jobs', 'Only 5%'): not the first word of a name like 'Shrek 2' or 'Apollo 11'.
OPENERS = frozenset(
    "a an the some only just about around nearly almost over under more less fewer than"
    " and but or so yet then now today yesterday tomorrow here there this that these those"
    " its their his her our my your all both each every another many most several"
    " of in on at for by with from into after before since until while when where if as"
    " what how why who which whose roughly approximately exactly up to another another's"
    " also still even already among between against per last next first second third"
    " monday tuesday wednesday thursday friday saturday sunday it he she they we i you"
    " mr mrs ms dr sir lord lady president minister fully precisely barely merely perhaps"
    " maybe possibly well".split()
)

# Capitalised plural nouns after a figure are what it counts ('20 Democrats', '300 Britons');
# a capitalised singular word after a bare figure starts a name ('10 Downing Street').
COUNTED_CAPITALS_END = ("s", "men", "people", "folk", "staff", "police")

# Words after a duration that make it a point in time, not a length: 'two years ago'.
AGO_WORDS = frozenset("ago earlier before".split())

# Number words (capitalised inside a sentence they are part of a name: 'Six Nations').
NUMBER_WORD_NAMES = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy"
    " eighty ninety hundred thousand million billion trillion dozen".split()
)

# 'In Leeds 300 homes flooded': a place after these, then a figure with its counted noun, is
# no name like 'Shrek 2'.
PLACE_PREPOSITIONS = frozenset(
    "in across throughout at from to for of within outside inside near around".split()
)

# After 'the two', 'the three': verbs that make the figure a pronoun ('the two met').
VERBS_AFTER_PRONOUN = frozenset(
    "are were have had will would can could may might met say said spoke agree agreed sat went"
    " took meet share shared remain remained".split()
)

# Words a title capitalises that prose does not: a figure followed by capitalised words with
# one of these among them opens a title ('Three Generations That Built an Empire').
TITLE_FUNCTION_WORDS = frozenset(
    "The Of That And For In To A An With From On At Is Are Was Who What Than Against Without"
    " Into Under Over".split()
)

# Units of length a race is named by ('the 10,000 metres', 'the 100m', 'the 50km walk').
RACE_UNITS = frozenset("m km mile metre meter yard".split())

# Words of a race or a sports event: a distance near them, after 'the', names the event.
EVENT_WORDS = frozenset(
    "final finals race races heat heats title gold silver bronze medal medals record champion"
    " champions championship championships olympic olympics games hurdles relay freestyle"
    " breaststroke backstroke butterfly medley sprint sprinter marathon walk event events"
    " won win wins ran run runs runner finished finish qualified indoor outdoor"
    " medallist medallists seconds fastest".split()
)

# Fraction words in the plural with no figure before them ('in some quarters', 'in halves'):
# a place or a manner, no share.
BARE_PLURAL_FRACTIONS = frozenset("quarters halves thirds".split())

# 'one day' as 'some day' ('he hopes one day to …'), unless a length of time ('for one day').
SOMEDAY = frozenset({"one day"})
FOR_A_TIME = frozenset(
    "for within in only just lasted lasting than about over after spent spend took take"
    " nearly almost least most".split()
)

# Nouns of compound idioms ('a two-horse race', 'a two-way street', 'two-faced'): a list of
# figures ending in one of them counts nothing.
IDIOM_COMPOUND_NOUNS = frozenset("horse way faced edged handed pronged".split())

# Words that head a name made with a number, whatever follows it ('Group 7 rivals', 'Route 66
# traffic', 'Article 50 talks', 'Terminal 5 staff', 'Year 6 pupils'): the figure names one of
# a series, it counts nothing.
NAME_HEADS = frozenset(
    """group route highway interstate channel radio studio line platform gate terminal pier
    flight room ward district precinct zone block floor level grade class division category
    tier phase stage section article chapter clause paragraph schedule annex amendment
    resolution proposition bill act rule exhibit episode series season volume issue part
    book verse psalm model mark version type year form key""".split()
)

# Of NAME_HEADS, those that head a name in lower case too ('US chapter 11 bankruptcy rules',
# 'under article 50', 'section 60 of the act').
LOWER_NAME_HEADS = frozenset(
    "chapter article section clause paragraph amendment resolution route highway terminal"
    " platform flight".split()
)

# Nouns right after a distance that make it a race's name ('the 60m sprint', 'the 100m
# hurdles', 'the 5,000m champion', 'the 1500m world record').
EVENT_NOUNS = frozenset(
    """final finals heat heats race races record records title titles event champion champions
    sprint hurdles relay freestyle breaststroke backstroke butterfly medley medal medallist
    gold silver bronze winner runner runners hurdler hurdlers swimmer swimmers specialist
    specialists season""".split()
)

# Words before a distance that name a race when its words are near ('won the 200m', 'take
# the men's 200m in …').
BEFORE_RACE = frozenset("the olympic indoor".split())
# The field a race is run by: a distance after them is always its race ("the men's 200m").
OF_A_FIELD = frozenset("men's women's men’s women’s boys' girls' junior veterans'".split())

# Distances races are run or swum over, in metres: 'the 3,000m', 'compete over 1500m' name the
# event when nothing measured follows.
RACE_DISTANCES = frozenset("50 60 100 110 200 400 800 1000 1500 3000 5000 10000".split())
# Verbs before 'over' + a race distance: the event run ('will compete over 1500m').
RACE_VERBS = frozenset("compete competes competing race races racing run runs running ran".split())

# Nouns after 'zero' that make a fixed phrase, no count: 'a zero tolerance policy', 'a
# zero-sum game', 'zero-hours contracts', 'the zero hour'.
ZERO_IDIOM_NOUNS = frozenset(
    "tolerance sum hour hours support help backing effort regard respect accountability".split()
)

# Before a race distance, with the words of a race near: the event a time or a medal
# was won over ('a best of 6.61 seconds over 60m', 'the bronze medallist over 3000m').
DISTANCE_OF_A_TIME = frozenset({"over"})

# Before a bare model number and a product noun: 'their 7610 phone', 'a 747 jet'.
MODEL_DETERMINERS = frozenset("the a an their its his her my your our this that".split())
# Products named by a model number ('the 7610 phone', 'a 747 jet', 'the 360 console').
PRODUCT_NOUNS = frozenset(
    """phone phones handset handsets jet jets airliner airliners plane planes aircraft console
    consoles camera cameras processor processors chip chips engine engines rifle rifles
    model models laptop laptops""".split()
)

# Capitalised words after a figure that make it a station: 'BBC 6 Music', 'Radio 1 FM', 'Radio
# 5 Live' (case matters: '6 music lessons' counts; not 'TV' or 'News': '200 TV stations').
MEDIA_NAME_WORDS = frozenset("Music FM AM Live Extra".split())

# Amounts that make a fixed phrase with 'question': 'the $64,000 question', 'the 64,000-dollar
# question' (what everyone wants to know; no money is meant).
MONEY_IDIOMS = frozenset({"$64,000", "$64", "64,000-dollar", "$64,000-dollar"})

# Events a length of time counts down to or on from, which make it a point in time: 'two
# weeks before the election', '20 days after the vote', 'with five weeks left before the poll'.
DATED_EVENTS = frozenset(
    """election elections vote poll polls referendum ballot primary primaries caucus caucuses
    debate deadline inauguration convention final kickoff launch opening ceremony summit
    games tournament day date""".split()
)

# Words of a cricket match, near a side's total ('142 for three') for it to be one.
CRICKET_WORDS = frozenset(
    """innings wicket wickets runs overs over declared resumed batting bowled bowling lunch tea
    stumps test tests cricket batsmen batsman bowler bowlers""".split()
)
