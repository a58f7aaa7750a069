"""The quantity scanner's rules as data: which words start, join, bound, scale, name or
exclude a quantity. Word lists and patterns, no logic."""

from __future__ import annotations

import re

from tracker.extract import lexicon as lx
from tracker.extract.numbers import NUMBER_WORDS, TENS, UNITS, VAGUE_MAGNITUDES


def _phrases(words: list[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(p.split()) for p in words), key=len, reverse=True)


def _by_first_word(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:  # already longest first
        index.setdefault(phrase[0], []).append(phrase)
    return index


# Approximators as word tuples, longest first, indexed by their first word.
APPROXIMATORS = _phrases(lx.APPROXIMATORS)
APPROX_INDEX = _by_first_word(APPROXIMATORS)
# Comparison marks glued before a figure that make an approximator mark meaningless ('=>30').
COMPARISON_MARKS = ("<", ">", "=")
# Approximators that, before a spelled-out bare count, say nothing checkable ('some one').
APPROX_SKIP = {"some", "over", "under", "about", "around", "just", "only", "above", "below"}

# Vague magnitudes that only lead a larger one: 'tens of thousands', 'tens of millions'.
VAGUE_LEADS = {"tens": 10}
# A multiplier written as one word, a ratio when it compares: 'twice as many', 'twice the
# rate' (not 'he was arrested twice', which counts events).
MULTIPLIERS = {"twice": 2.0}
MULTIPLIER_FOLLOWERS = frozenset("as the that its their his her our what".split())
# Multipliers that are verbs too: 'double the lead' is a ratio only where no verb can stand
# ('is double the', 'or double the'); 'will double the capacity', 'to triple its output' are
# changes without a figure, and 'work double shifts' is no multiple of anything.
VERB_MULTIPLIERS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
MULTIPLIER_NOT_VERB_AFTER = frozenset(
    "is was are were be been being 's or nearly almost about roughly around".split()
)
# A figure glued to these counts how often: 'a four-time champion', 'a 2-time winner'.
COUNTED_COMPOUNDS = {"time": "times"}
# Nouns a number word glued to them counts, the bodies, documents and offices a checker can
# count: 'a three-judge panel', 'a seven-member court', 'a one-page letter', 'a two-term
# governor'. A closed list, since most such compounds name a kind ('a two-party system').
GLUED_COUNTED_NOUNS = (
    frozenset(
        """member judge justice juror page paragraph word term seat nation country state candidate
    lane storey bedroom vote count""".split()
        # the parts of one event or thing: 'a three-set thriller', 'a one-season deal', 'a
        # two-leg tie', 'a three-part series', 'the four-piece' (a band of four); whether the
        # compound names a kind instead ('a three-piece suite', 'five-set matches') is read
        # by the set-aside rules (labels._names_a_kind)
    )
    | frozenset(
        """piece set season game match round leg lap episode part man woman""".split()
        # the units a side scores: 'a six-try win', 'a two-goal lead', 'a five-wicket victory'
    )
    | frozenset("try goal wicket run stroke shot touchdown".split())
)
# Glued nouns that name no counted thing: 'the four-piece' is four players, not pieces.
PARTS_NOT_COUNTED = frozenset({"piece"})
# A share or a magnitude glued to a unit: 'a half-cent rise', 'a quarter-point cut', 'a
# quarter-century', 'billion-dollar deals', 'a million-pound home'.
GLUED_SHARES = {"half": 0.5, "quarter": 0.25}
GLUED_MAGNITUDES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Durations news counts in years ('a quarter-century' is 25 years, 'more than a decade' 10).
YEARS_IN = {"decade": 10.0, "century": 100.0}
# Vague durations: 'for decades', 'centuries of'; 'for years' is a manner of speaking.
VAGUE_DURATIONS = {"decades": "decade", "centuries": "century"}
# Collective nouns that count exactly: 'a pair of letters', 'a trio of doctors' ('a couple
# of' is as often a manner of speaking: 'a couple of important goals').
COLLECTIVE_NUMBERS = {"pair": 2.0, "trio": 3.0}
# What 'a pair of' names as one thing: a garment or tool named in the plural ('a pair of
# trousers', 'a pair of scissors'), or a thing sold and worn in twos ('a pair of boots').
ONE_THING_PAIRS = frozenset(
    """trousers jeans shorts pants knickers tights leggings pyjamas pajamas overalls
    dungarees braces glasses spectacles sunglasses goggles binoculars scissors shears
    pliers tongs tweezers clippers handcuffs headphones earphones shoes boots trainers
    sneakers sandals slippers socks stockings gloves mittens earrings skis skates""".split()
)
# What may follow 'once' counting one occasion ('can only win once.', 'met once in 2003',
# 'once before'); else it is a conjunction ('once the budget is out') or 'once again'.
ONCE_AFTER = frozenset("in before during since".split())
# Before 'once', words that make it an idiom ('at once', 'for once', 'all at once') or
# make it 'formerly' ('was once in a band', 'is once again').
ONCE_NOT_AFTER = frozenset("at for all is was were are be been being".split())
# After 'once in a', the rarity idioms: 'once in a while', 'once in a lifetime', 'once in a
# blue moon', 'once in a generation' (not 'scored once in a 3-1 win').
ONCE_IN_A_IDIOMS = frozenset("while lifetime blue generation century decade".split())
# Words that open an amount written without a number word (quantities/worded.py).
WORDED_STARTS = frozenset({"several", "a", *VAGUE_DURATIONS, *VERB_MULTIPLIERS})
GLUED_SHARE_HEADS = frozenset({*GLUED_SHARES, *GLUED_MAGNITUDES})
# A measure glued to a dimension: 'a 7,600-foot-high peak', 'a 10-metre-long wall'.
DIMENSION_WORDS = frozenset("high long wide deep tall thick".split())

_NUMBER_STARTERS = frozenset(
    set(lx.CURRENCY_SYMBOLS)
    | {c for c in lx.CURRENCY_SYMBOLS if len(c) == 1}
    | NUMBER_WORDS
    | set(UNITS)
    | set(TENS)
    | set(VAGUE_MAGNITUDES)
    | {
        "a",
        "an",
        "half",
        "quarter",
        "quarters",
        "several",
        *(f"{head}fold" for head in ("two", "three", "four", "five", "six", "seven", "eight")),
        *(f"{head}fold" for head in ("nine", "ten", "twenty", "hundred", "thousand")),
        "decades",
        "centuries",
        "once",
        *VERB_MULTIPLIERS,
        "minus",
        "negative",
        "-",
        "+",
        "−",
        ".",
        "us",
        "nought",
        "naught",
        "lakh",
        "crore",
        *MULTIPLIERS,
        *VAGUE_LEADS,
    }
    | set("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")
)
STARTERS = frozenset({p[0] for p in APPROXIMATORS}) | _NUMBER_STARTERS


def _opens_currency(word: str) -> bool:
    """Whether a currency written as two glued tokens begins with ``word`` ('us' + '$'); a
    letter after a word's last letter is the same token ('in' + 'r' is never 'INR')."""
    return any(
        c.startswith(word) and not (word[-1].isalpha() and c[len(word)].isalpha())
        for c in lx.CURRENCY_SYMBOLS
        if len(c) > len(word)
    )


# Words that start a quantity only as an approximator's first word ('in excess of', 'at
# least', 'not more than', 'as many as'): no number, currency or sign begins with one, so
# where no approximator follows, the scan passes it by after one phrase look-up.
APPROX_ONLY = frozenset(
    w
    for w in {p[0] for p in APPROXIMATORS}
    if w not in _NUMBER_STARTERS
    and "-" not in w
    and not w[0].isdecimal()
    and w[0] not in "+−.½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
    and not _opens_currency(w)
)

# Figures inside web addresses ('?q=30%25%2020%') are no quantities.
URL = re.compile(r"(?:https?://|www\.)\S+|\S+%[0-9A-Fa-f]{2}\S*")

# -- ranges --------------------------------------------------------------------------------
# Words joining the two ends of a range: '10-20%', '10 to 20', 'between 10 and 20'.
RANGE_JOINERS = ("-", "–", "to", "or", "and", "through", "thru", "~")
DASHES = ("-", "–")
# A range whose second end carries the unit: '44 mg to 50 mg', '8- to 16-meter'.
RANGE_OF_MEASURES = ("measure", "duration", "money", "percent")
MEASURED_RANGE_JOINERS = ("to", "-", "–", "and")
# 'rose from 5% to 7%' gives two values, before and after, not a range.
CHANGE_VERBS = {
    "rose",
    "rise",
    "rises",
    "risen",
    "fell",
    "fall",
    "falls",
    "fallen",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "grew",
    "grow",
    "grows",
    "grown",
    "dropped",
    "drop",
    "drops",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "went",
    "go",
    "goes",
    "gone",
    "up",
    "down",
    "cut",
    "raised",
    "raise",
    "lowered",
    "lower",
    "changed",
    "moved",
    "surged",
    "plunged",
    "slipped",
    "declined",
    "decline",
    "soared",
    "slumped",
    "tumbled",
    "doubled",
    "halved",
    "shrank",
    "shrunk",
    "expanded",
    "reduced",
    "boosted",
    "swelled",
    "reducing",
    "cutting",
    "raising",
    "lowering",
    "increasing",
    "decreasing",
}
# The other inflections of the same verbs, and the verbs of a change made ('raises the share
# from 80 percent to 90 percent', 'lifted', 'trimmed'): every form of one closed class.
CHANGE_VERBS |= set(
    """rising falling growing dropping climbing jumping going raises lowers cuts reduce
    reduces lift lifts lifted lifting boost boosts boosting double doubles doubling triple
    triples tripled tripling halve halves halving expand expands expanding shrink shrinks
    shrinking swell swells swelling surge surges surging soar soars soaring plunge plunges
    plunging slump slumps slumping tumble tumbles tumbling slip slips slipping declines
    declining change changes changing move moves moving widen widens widened widening narrow
    narrows narrowed narrowing slide slides slid sliding dip dips dipped dipping hike hikes
    hiked hiking trim trims trimmed trimming""".split()
)
# 'fell by a third, from 1,500 to 1,000': the verb may stand a few words before 'from'.
CHANGE_REACH = 14
# Verbs of a spread, not a change: 'ranged from -18 °C to -34 °C'.
RANGE_VERBS = frozenset("range ranged ranges ranging vary varied varies varying".split())
# Where the clause of a change verb ends, looking back from 'from'.
CLAUSE_ENDS = frozenset((",", ";", ":", ".", "(", ")"))
# Change verbs that say the figure went down: 'reduced from 44 mg to 50 mg' is then a range.
FALLS = frozenset(
    "fell fall falls fallen decreased decrease decreases decreasing dropped drop drops cut"
    " cutting lowered lower lowering slipped declined decline slumped tumbled plunged halved"
    " shrank shrunk reduced reducing down falling dropping lowers cuts reduce reduces halve"
    " halves halving shrink shrinks shrinking plunge plunges plunging slump slumps slumping"
    " tumble tumbles tumbling slip slips slipping declines declining narrow narrows narrowed"
    " narrowing slide slides slid sliding dip dips dipped dipping trim trims trimmed"
    " trimming".split()
)
# Change verbs that name no direction: 'changed from 80mg to 50mg' is two values either way.
NO_DIRECTION = frozenset("changed moved went go goes gone".split())
# 'rose 32,000 to 1.41 million': after a change verb, a second figure this many times the
# first is the new level, not the far end of a range ('rose 5 to 10 percent').
LEVEL_OVER_CHANGE = 5

# -- fractions -----------------------------------------------------------------------------
# 'a fifth of', 'half the' are fractions; 'a fifth nuclear test' is an ordinal.
SINGULAR_FRACTIONS = {
    "half",
    "third",
    "quarter",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
}
# Words after a singular fraction that make it one ('a fifth of', 'half the', 'a third as').
FRACTION_FOLLOWERS = (
    "of",
    "the",
    "a",
    "an",
    "that",
    "as",
    "percent",
    "%",
    "and",
    "or",
    "but",
    "to",
)
# Comparatives two words back that make a singular fraction one ('more than half people').
FRACTION_COMPARATIVES = ("than", "about", "nearly", "almost", "roughly")
# Words before 'a fifth' that make it a share whatever follows: 'rose by a fifth since',
# 'more than a quarter have', 'almost a third in a trial'.
SHARE_LEADS = frozenset({*FRACTION_COMPARATIVES, "by", "over", "around", "some", "just"})
# Comparatives after a share that make it a share by how much: 'a fifth less than', 'a third more'.
COMPARED_AFTER = frozenset(
    "less more fewer lower higher cheaper dearer bigger smaller larger faster slower".split()
)
# Words after such a share that show it orders no noun ('a fifth successive win' does).
NOT_ORDERED_AFTER = (
    frozenset(
        """since in on at from over during this last compared than have has had are were
        will would could and or but to for while after before between among""".split()
    )
    | COMPARED_AFTER
)
# Adjectives between a count and its noun that order or qualify what is counted: 'three
# consecutive quarters', 'five straight wins', 'two further strikes'.
SERIES_ADJECTIVES = frozenset(
    """consecutive straight successive previous further more additional separate
    different new remaining extra successful unsuccessful""".split()
)
# A hyphenated number word glued to a unit ('two-year', 'five-dollar').
GLUED_NUMBER_WORDS = {**UNITS, **TENS}
# The heads of a multiple in '-fold': 'twofold', 'ten-fold', 'a hundredfold' (quantities/worded.py).
FOLD_HEADS: dict[str, float] = {
    **{w: float(v) for w, v in GLUED_NUMBER_WORDS.items() if v > 1},
    "hundred": 100.0,
    "thousand": 1000.0,
}

# -- units ---------------------------------------------------------------------------------
PERCENT_SIGNS = ("percent", "pct", "per-cent")
# Dollars named by their country after the figure: '1.90 Canadian dollars', '65 Canadian cents'.
DOLLAR_NATIONS = {
    "canadian": "CAD",
    "australian": "AUD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
}
DOLLAR_WORDS = frozenset(("dollar", "dollars", "cent", "cents"))
# Verbs of weight: the pounds after them weigh ('weighed 9 pounds').
WEIGHT_VERBS = frozenset("weigh weighs weighed weighing".split())
# Verbs of a body's gain or loss: their pounds weigh ('gained 30 pounds', 'shed 12 pounds')
# when a body could gain that much and no money is named near them ('the winners gained 800
# pounds each', 'gained 40 pounds in prize money' are sterling); 'lost 30 pounds' is as
# often money, and stays so.
BODY_GAIN_VERBS = frozenset("gain gained gains gaining shed sheds shedding".split())
MOST_POUNDS_GAINED = 150.0
MONEY_NEAR_A_GAIN = frozenset(
    """money cash prize prizes winner winners winnings jackpot raffle lottery bet bets
    paid pay payment payout bonus salary wage wages fee fees fine earned earnings reward
    compensation sale sales sold profit profits funds fund donation donations price
    prices ticket tickets""".split()
)
# A country's adjective before a currency word names that country's currency, whatever the
# word's default: '1.1bn Danish kroner' (not NOK), '40m Egyptian pounds' (not GBP), '9bn
# Iraqi dinars'. The dollar countries above come first ('Canadian cents' are CAD too).
NATION_CURRENCIES = {
    "danish": "DKK",
    "swedish": "SEK",
    "norwegian": "NOK",
    "icelandic": "ISK",
    "swiss": "CHF",
    "czech": "CZK",
    "hungarian": "HUF",
    "polish": "PLN",
    "romanian": "RON",
    "serbian": "RSD",
    "turkish": "TRY",
    "russian": "RUB",
    "ukrainian": "UAH",
    "egyptian": "EGP",
    "lebanese": "LBP",
    "syrian": "SYP",
    "sudanese": "SDG",
    "iraqi": "IQD",
    "kuwaiti": "KWD",
    "jordanian": "JOD",
    "bahraini": "BHD",
    "tunisian": "TND",
    "algerian": "DZD",
    "libyan": "LYD",
    "iranian": "IRR",
    "omani": "OMR",
    "saudi": "SAR",
    "qatari": "QAR",
    "emirati": "AED",
    "israeli": "ILS",
    "indian": "INR",
    "pakistani": "PKR",
    "nepalese": "NPR",
    "mexican": "MXN",
    "argentine": "ARS",
    "argentinian": "ARS",
    "chilean": "CLP",
    "colombian": "COP",
    "cuban": "CUP",
    "philippine": "PHP",
    "brazilian": "BRL",
    "chinese": "CNY",
    "japanese": "JPY",
    "vietnamese": "VND",
    "kenyan": "KES",
    "ugandan": "UGX",
    "tanzanian": "TZS",
    "nigerian": "NGN",
    "british": "GBP",
    "jamaican": "JMD",
    "namibian": "NAD",
    "zimbabwean": "ZWL",
    **DOLLAR_NATIONS,
}
# Currency words only a country's adjective makes money: 'Iraqi dinars', never 'dinars' alone
# (a dozen countries use the dinar).
NATION_ONLY_CURRENCY_WORDS = frozenset(("dinar", "dinars", "rial", "rials"))

# Common verbs in the third person singular, never the noun a plural before them modifies
# ('which one of these two sides takes precedence': the verb agrees with 'one').
SINGULAR_VERBS = frozenset(
    """takes makes says goes comes gets seems means remains needs gives keeps wants helps
    holds puts becomes tends appears includes involves requires believes knows thinks feels
    looks sees tells asks leaves lets brings begins does has""".split()
)
# Nouns glued to a figure whose plural is no '-s' ('a 4,000-person agency' counts people).
GLUED_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
# Glued to a figure after a dash, words that count nothing: 'a 3-nil win', '20-something'.
NOT_MODIFIER_NOUNS = frozenset("nil something odd plus".split())

# Glued to a figure after a dash: '70-year-old'.
AGE_WORDS = ("year-old", "year-olds", "years-old")
POINT_WORDS = ("point", "points")
# After 'N-point': what has points rather than a lead in them ('a 10-point plan').
PLAN_NOUNS = frozenset(
    "plan plans programme program agenda manifesto charter strategy list scale checklist".split()
)
# Ambiguous units taken after any figure written in digits ('5 m', '3 g').
FIGURE_UNITS = ("m", "g", "l", "ha", "ft", "mi", "yd", "kt")
# Measures named without a figure ('metric ton', 'a kilogram').
BARE_MEASURES = (
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "mcg",
    "gramme",
    "grammes",
    "kilogram",
    "kilograms",
)
# Currency words that, named without a figure, are too often something else ('won').
NOT_BARE_CURRENCY = ("won", "pound", "pounds", "sterling", "rand")
BARE_PERCENT_WORDS = ("percent", "%", "percentage", "per-cent")
# '$350 per head': what a rate can be per, beyond units of measure and time.
RATE_NOUNS = ("head", "person", "capita", "share", "barrel", "year", "month")
# '$120 a month': durations that make 'a'/'an' mean 'per'.
RATE_PERIODS = ("year", "month", "week", "day", "hour")
# Words after 'one <noun>' that end the counted noun: function words and verbs.
NOT_NOUNS_AFTER_ONE = frozenset(
    """a an the of in on at to for from by with as and or but that which who is was are were
    has had have will would can could may might should must do does did be been since than
    per each every this these those it they he she we you i there here then when where if
    after before over under into onto behind ahead about against during through while until
    despite among up down out off back away left more less""".split()
)
# Amounts of data, whose rate is per second ('one gigabit a second', '2 megabits per second').
DATA_UNITS = frozenset({"kilobit", "megabit", "gigabit", "terabit", "KB", "MB", "GB", "TB"})
# Units of trade that 'a'/'an' makes a rate's base as 'per' does ('$50 a barrel', '$3 a share').
RATE_BY_ARTICLE = frozenset({"barrel"})
# Bases of a rate per head or per unit of ownership: the amount keeps its plain unit, as the
# gold reads them ('35 yen a share', '3 dollars per head', 'three hours per vehicle').
PLAIN_RATE_BASES = frozenset(("head", "person", "capita", "share", "vehicle", "household"))
# Periods of a rate that are no unit of duration by themselves: '€4m a season', '$2bn a
# quarter' ('two seasons' counts seasons; 'a quarter of' is a share, not a period).
RATE_ONLY_PERIODS = frozenset(("season", "quarter"))
# Measure words that are no unit by themselves, or already a rate: not 'a square', 'a mph'.
# Words after a length of time that make it a point in time: 'a year earlier', 'two years ago'.
TIME_OFFSETS = frozenset("ago earlier later previously before beforehand afterwards hence".split())
# Units of time of a fixed length, in seconds: the parts of 'two hours 18 minutes 15 seconds'.
SECONDS_IN = {"week": 604800.0, "day": 86400.0, "hour": 3600.0, "minute": 60.0, "second": 1.0}
# Adjectives that may stand between a figure and its unit of time: 'five full days'.
SPAN_ADJECTIVES = frozenset("full whole long straight consecutive successive solid".split())
# The time after a measure's slash in a speed: '60km/h', '3 m/s', '40 km/hr'.
PER_TIME_LETTERS = {"h": "h", "hr": "h", "s": "s", "sec": "s", "min": "min"}
NOT_RATE_BASES = frozenset("square cubic nautical degree fahrenheit mph kph km/h".split())
RATIO_WORDS = ("times", "fold")
# After 'N times', words that make it a multiplier ('three times as many', 'four times the
# rate', 'six times more', 'twice over'); else it counts occasions ('won it three times').
MULTIPLIER_NEXT = frozenset(
    "as the that its their his her our what more less fewer over higher lower larger smaller"
    " bigger greater faster slower cheaper dearer".split()
)
# Verbs of a multiple, on either side of 'N times': 'oversubscribed 16 times'.
MULTIPLIER_VERBS = frozenset("oversubscribed over-subscribed multiplied".split())
# Words ending in -er after 'N times' that are no comparative: 'three times after', 'under'.
NOT_COMPARATIVES = frozenset("after under never either neither whether other together".split())
# 'nine times out of ten': a share, not a ratio.
OUT_OF = ("out", "of")
# Plural nouns not ending in 's': many of a thing name it in the plural ('40 people').
PLURAL_WITHOUT_S = frozenset(
    "people men women children police staff personnel cattle data media feet teeth mice geese"
    " sheep fish deer aircraft crew livestock".split()
)
# Endings of singular words that end in 's' ('class', 'bonus', 'crisis', 'previous').
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous")
# Adverbs that end in 's' and may follow a counted noun: no noun, so they never take the
# count from it ('14 players perhaps good enough', '12 scouts overseas').
ADVERBS_IN_S = frozenset(
    """always perhaps sometimes nowadays afterwards towards backwards forwards upwards
    downwards onwards outwards inwards besides whereas thus overseas indoors outdoors
    upstairs downstairs sideways regardless nonetheless nevertheless unless""".split()
)
# 'the 400m hurdles', 'a 30m wall': after an article a glued 'm' is metres naming a thing.
ARTICLES = ("the", "a", "an")
# '3 dollars 50 cents', '15 dollars and 50': a main unit that takes cents after it.
MAIN_CURRENCY_WORDS = {
    "dollar",
    "dollars",
    "pound",
    "pounds",
    "euro",
    "euros",
    "usd",
    "eur",
    "gbp",
}
CENT_WORDS = ("cents", "cent", "pence", "p")
FEET = {"foot", "feet", "ft"}
# A height written with marks: 6'3", 5’11”.
FEET_MARKS = frozenset(("'", "’", "′"))
INCH_MARKS = frozenset(('"', "”", "″"))
INCHES = {"inch", "inches", "in"}

# -- exclusions ----------------------------------------------------------------------------
# Words before the pronoun 'one' ('which one', 'the one'): not a number.
PRONOUN_ONE_BEFORE = {
    "the",
    "this",
    "that",
    "which",
    "each",
    "every",
    "any",
    "no",
    "another",
    "one",
    "only",
    "whichever",
    "someone",
    "anyone",
    "everyone",
    "no-one",
    "little",
    "big",
    "new",
    "old",
    "good",
    "bad",
    "right",
    "wrong",
    "last",
    "first",
    "next",
    "other",
    "same",
    "such",
    "a",
}
# A figure after these is a number in a list or a label ('#5', 'No. 5').
NUMBER_SIGNS = ("#", "No.", "no.")
# Marks glued before a figure that make it part of a label ('COVID-19', '9/11', '#1', '1:2').
LABEL_MARKS = "-/#:"
LABEL_JOINERS = ("/", ":")
# '24703L202', '24703 L-202': a part number, not litres.
CODE_JOINERS = ("-", "/")
# 'two of the officers', 'five of their seven matches': a count out of a named group.
GROUP_DETERMINERS = ("the", "their", "its", "his", "her", "our", "my", "your", "these", "those")
