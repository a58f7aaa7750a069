"""The words attribution rules read: titles and roles, pronouns, words that end a subject,
asides, words between a subject and its cue, and times after a cue. Word lists, no logic."""

from __future__ import annotations

from tracker.extract.lexicon import WEEKDAYS  # one list of weekdays, for numbers and speech

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# Pronouns that open a clause as its subject ('he hadn't …'); not 'it' nor 'you' (also objects).
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
PERSON_PRONOUNS = {"he", "she"}
TITLE_WORDS = set(
    [
        "reporter",
        "correspondent",
        "anchor",
        "host",
        "columnist",
        "writer",
        "author",
        "editor",
        "activist",
        "actor",
        "actress",
        "comedian",
        "singer",
        "coach",
        "pastor",
        "rabbi",
        "imam",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "deputy",
        "assistant",
        "under",
        "secretary",
        "minister",
        "prime",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "mayor",
        "general",
        "gen",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "captain",
        "capt",
        "admiral",
        "adm",
        "sergeant",
        "sgt",
        "commander",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "judge",
        "justice",
        "attorney",
        "counsel",
        "speaker",
        "leader",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "bishop",
        "archbishop",
        "father",
        "rev",
        "reverend",
        "former",
        "acting",
        "interim",
        "state",
        "foreign",
        "defense",
        "defence",
        "finance",
        "home",
        "health",
        "interior",
        "treasury",
        "justice",
        "labor",
        "labour",
        "trade",
        "commerce",
        "energy",
        "education",
        "transportation",
        "agriculture",
        "of",
        "the",
        "for",
        "and",
        "house",
        "senate",
        "u.s.",
        "us",
        "uk",
        "u.k.",
        "national",
        "security",
        "adviser",
        "advisor",
        "press",
        "secretary-general",
        "undersecretary",
        "deputy-secretary",
        "majority",
        "minority",
        "whip",
        "candidate",
        "presidential",
        "nominee",
        "republican",
        "democratic",
        "democrat",
        "gop",
        "white",
        "party",
        "first",
        "lady",
        "officer",
        "official",
        "senior",
        "top",
        "economist",
        "analyst",
        "professor",
        "researcher",
        "strategist",
        "pollster",
        "east",
        "west",
        "north",
        "south",
        "asia",
        "europe",
        "africa",
        "affairs",
        "pacific",
        "american",
        "british",
        "front-runner",
        "frontrunner",
        "hopeful",
        "billionaire",
        "businessman",
        "businesswoman",
    ]
)
# Roles and callings a news story writes before a person's name, capitalised or at the
# opening of a sentence ('Labour MP Ann Dunn', 'Journalist Guillem Balague', 'Councillor Piet
# Moreau', 'Tory Ken Clarke'): parliaments' members, the press and the arts, the law and the
# police, sport, party members (their plurals count too: split_title).
TITLE_WORDS |= set(
    """mp mep msp am mla tory conservative liberal socialist nationalist unionist
    backbencher frontbencher peer councillor alderman campaigner activist commentator
    journalist broadcaster presenter producer director novelist poet playwright composer
    musician artist photographer designer architect historian scientist expert lawyer
    barrister solicitor prosecutor inspector detective constable superintendent
    commissioner sheriff manager boss striker midfielder defender goalkeeper winger
    skipper player forward coach trainer jockey champion""".split()
)
ROLE_NOUNS = {
    "minister",
    "president",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "official",
    "ambassador",
    "envoy",
    "candidate",
    "chairman",
    "director",
    "leader",
    "congressman",
    "congresswoman",
    "chief",
    "nominee",
    "businessman",
    "billionaire",
    "lawmaker",
    "general",
    "judge",
    "prosecutor",
    "adviser",
    "advisor",
}
# Words that end a subject when walking left from a cue.
# People who think, fear or expect in the news: a weak cue ('see', 'expect', 'fear') after
# them attributes a belief ('many Trump supporters see him as …', 'most economists expect …').
# Nouns for people that are singular in form but plural in use: never a body's name.
COLLECTIVE_PEOPLE = frozenset("police staff personnel crew clergy".split())

PEOPLE_NOUNS = frozenset(
    {
        noun[:-3] + "men"
        if noun.endswith("man")
        else noun[:-1] + "ies"
        if noun.endswith("ry")
        else noun + "s"
        for noun in ROLE_NOUNS
    }
    | set(
        """voters supporters critics experts analysts economists investors residents people
        americans democrats republicans conservatives liberals progressives observers members
        scientists researchers aides allies opponents rivals activists strategists pollsters
        officials advocates insiders donors delegates parents teachers workers
        many most some others few everyone""".split()
    )
)

LEFT_STOPS = {
    "but",
    "while",
    "that",
    "because",
    "although",
    "though",
    "as",
    "when",
    "after",
    "if",
    "so",
    "since",
    "whereas",
    "yet",
    "where",
    "which",
    "who",
    "whom",
    "and",
    "or",
    "than",
    "before",
    "until",
    "unless",
    "whether",
}
PARENTHETICALS = {
    "for example",
    "for instance",
    "of course",
    "however",
    "meanwhile",
    "in turn",
    "too",
    "though",
    "in fact",
    "indeed",
    "for his part",
    "for her part",
    "for their part",
    "in a statement",
    "in an interview",
    "on the other hand",
    "in response",
    "at the time",
    "at least",
    "instead",
    "likewise",
    "similarly",
    "in particular",
    "by contrast",
    "in contrast",
    "separately",
    "later",
    "earlier",
    "then",
    "also",
    "again",
    "still",
    "today",
    "yesterday",
    "on thursday",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on friday",
    "on saturday",
    "on sunday",
}
SKIP_BEFORE_CUE = {
    "also",
    "even",
    "just",
    "now",
    "always",
    "ever",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "later",
    "previously",
    "recently",
    "repeatedly",
    "once",
    "often",
    "then",
    "again",
    "further",
    "separately",
    "reportedly",
    "publicly",
    "privately",
    "first",
    "earlier",
    "did",
    "does",
    "do",
    "not",
    "never",
    "still",
    "already",
    "himself",
    "herself",
    "themselves",
    "itself",
    "openly",
    "flatly",
    # 'which together vowed', 'the leaders all agreed', 'has long said', 'who only …'
    "together",
    "almost",
    "perhaps",
    "only",
    "all",
    "both",
    "each",
    "long",
}
PASSIVE = {"is", "was", "are", "were", "be", "been", "being", "widely", "generally"}
NOT_SUBJECT = {
    "there",
    "this",
    "what",
    "which",
    "who",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "the",
    "a",
    "an",
}
TIME_AFTER_CUE = WEEKDAYS | {
    "on",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "recently",
    "previously",
    "week",
    "month",
    "year",
    "in",
    "during",
    "at",
    "night",
    "morning",
    "afternoon",
    "evening",
    "also",
    "again",
    "repeatedly",
    "flatly",
}


# -- Word sets the attribution rules read (attribution/) --

# Labels before a headline's colon that name no source ('Update: …', 'Watch: …').
NOT_HEADLINE_SOURCES = {
    "note",
    "update",
    "updated",
    "editor",
    "editor's note",
    "related",
    "photos",
    "photo",
    "watch",
    "video",
    "read",
    "listen",
    "correction",
    "source",
    "sources",
    "by",
    "warning",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "live",
    "transcript",
    "full text",
    # story kinds, not speakers: 'Explainer: what the tests cost', 'Factbox: …'
    "explainer",
    "factbox",
    "fact box",
    "fact check",
    "fact-check",
    "q&a",
    "timeline",
    "profile",
    "obituary",
    "editorial",
    "interview",
    "review",
    "comment",
    "commentary",
    "in pictures",
    "in numbers",
    "graphic",
    "map",
    "quiz",
}


# Words that open a label or a phrase before a colon, not a name: 'Still to come: …',
# 'Among the votes: …', 'Contributing: …', 'Fast-forward to 2016: …'.
LABEL_STARTS = {
    "by",
    "for",
    "among",
    "still",
    "one",
    "two",
    "contributing",
    "fast-forward",
    "from",
    "in",
    "on",
    "at",
    "with",
    "after",
    "before",
    "during",
    "since",
    "until",
    "as",
    "of",
    "to",
    "plus",
    "bottom",
    "next",
    "first",
    "second",
    "third",
    "finally",
    "result",
    "more",
    "other",
    "some",
    "key",
    "top",
    "best",
    "worst",
    "what",
    "who",
    "where",
    "when",
}


# One word before a colon that is no source ('Meanwhile: …', 'Verdict: …').
NOT_SOURCE_WORDS = {
    "even",
    "also",
    "still",
    "meanwhile",
    "yes",
    "no",
    "but",
    "and",
    "so",
    "now",
    "today",
    "then",
    "however",
    "plus",
    "instead",
    "again",
    "first",
    "second",
    "third",
    "finally",
    "why",
    "background",
    "context",
    "verdict",
    "bottom",
    "result",
    "results",
    "answer",
    "question",
}


# Cues capitalised in a title-case headline ('Clinton Says Russians Hacked DNC').
TITLE_CUES = {
    "says",
    "said",
    "tells",
    "told",
    "warns",
    "claims",
    "urges",
    "vows",
    "admits",
    "denies",
    "insists",
    "argues",
    "predicts",
    "slams",
    "blasts",
    "rips",
    "praises",
    "defends",
    "accuses",
    # 'New Poll Shows Large Gap …', 'Board Of Election Finds …': figures in headlines
    "shows",
    "finds",
    "reveals",
    "suggests",
}


# Words that make the next word a noun ('the claims', 'his remarks'), or a subject too bare
# to be a speaker on their own.
DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "his",
    "her",
    "their",
    "our",
    "new",
    "latest",
    "first",
    "earlier",
    "previous",
    "official",
    "whose",
}


# Cue forms that PolNeAR train shows are mostly something else in news text (precision
# under 0.3 as cues there, at least 4 false hits): nouns ('the states', 'his remarks', 'a
# ruling'), other senses ('known as', 'thanks to', 'held office', 'putting … in place',
# 'don't add up'), decisions and actions rather than statements.
UNRELIABLE = frozenset(
    """known states state thanks note comments remarks ruling held hearing brief briefing
    putting meaning means guarantee guaranteed decline add attack attacks proved published
    labeled determined decided refuse""".split()
)


# Determiners proper: a participle after one describes ('his stated aim', 'the alleged leak').
TRUE_DETERMINERS = {"the", "a", "an", "this", "its", "his", "her", "their", "our", "whose"}


# Cue forms that are more often nouns or adjectives ('battleground states', 'his attacks',
# 'pledged delegates'): taken as cues only right after a name or pronoun, before a clause.
NOUNY = set(
    """state states attack attacks comment comments remark remarks question questions figure
    figures voice voices call calls report reports claim claims estimate estimates answer answers
    promise promises warning warnings quote quotes post posts signal signals hint hints joke jokes
    demand demands charge charges blame praise doubt doubts protest protests reply replies
    challenge challenges welcome pledge pledges pledged vow vows guess forecast forecasts tweet
    tweets note notes word words cite cites record records counter counters point points
    respond responds mark marks label labels brand brands term terms project projects release
    releases show shows found find finds hold holds read reads hear hears see sees mean means
    rule rules judge judges support supports""".split()
)


# Words after a noun-like cue that show it is a noun ('calls for', 'claims of', 'reports are').
NOT_AFTER_CUE = {
    "of",
    "to",
    "on",
    "and",
    "in",
    "by",
    "from",
    "for",
    "with",
    "could",
    "would",
    "will",
    "can",
    "may",
    "might",
    "should",
    "must",
    "is",
    "are",
    "was",
    "were",
    "have",
    "has",
    "had",
    "be",
    "like",
    "such",
    "or",
    "as",
    "at",
    "per",
}


# 'call': a cue only when it names or describes ('called it a sham'), not a phone call.
CALL_FORMS = {"call", "calls", "called", "calling"}


# Pronouns as objects: after a cue-like word they show it is a verb ('calls her record …').
OBJECT_PRONOUNS = {"her", "him", "them", "it", "his", "their", "its", "me", "us"}


# Words that open a scene-setting phrase rather than name a speaker ('After the vote, …').
INTRO_WORDS = {
    "on",
    "in",
    "at",
    "after",
    "before",
    "during",
    "since",
    "speaking",
    "last",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "still",
    "yet",
    "now",
    "today",
    "yesterday",
    "asked",
    "for",
    "with",
    "by",
    "from",
    "as",
    "when",
    "while",
    "although",
    "though",
    "instead",
    "but",
    "overall",
    "moreover",
    "indeed",
    "nevertheless",
    "nonetheless",
    "furthermore",
    "finally",
    "ultimately",
}


# Words that open an aside about the speaker (', who has chaired …', ', after …').
ASIDE_STARTS = {"who", "whose", "whom", "which", "when", "where", "while", "after", "like"}


# First words of an opening phrase that is never what was said ('Asked if …', 'When …').
INTRO_PHRASE_STARTS = {
    # 'Asked if the comments had rattled them, Ryan said, “Sure.”': a question or a setting
    "asked",
    "pressed",
    "questioned",
    "speaking",
    "responding",
    "appearing",
    "addressing",
    "writing",
    "as",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "after",
    "before",
    "during",
    "while",
    "when",
    "since",
    "by",
    "from",
    "here",
    "there",
    "then",
    "now",
    "later",
    "earlier",
    "still",
    "despite",
    "unlike",
    "like",
    "amid",
    "among",
    "under",
    "over",
    "throughout",
    "until",
}


# Conjunctions that open a clause, left out of the speaker ('And Trump said').
LEADING_CONJUNCTIONS = {
    "with",  # 'with 50 percent saying …'
    "and",
    "but",
    "as",
    "since",
    "so",
    "yet",
    "or",
    "because",
    "if",
    "when",
    "while",
    "after",
    "before",
    "although",
    "though",
    "also",
    "then",
    "still",
    "now",
    "plus",
}


# Words ending in -ly that are not adverbs ('the family said', 'an ally said').
LY_NOUNS = {
    "daily",  # 'the daily reported', 'a weekly said': papers
    "weekly",
    "monthly",
    "quarterly",
    "reply",
    "belly",
    "family",
    "assembly",
    "supply",
    "ally",
    "rally",
    "bully",
    "anomaly",
    "monopoly",
    "folly",
    "lily",
}


# Words inside a time phrase between subject and cue ('less than two weeks ago said').
TIME_FILLERS = {
    "last",
    "this",
    "earlier",
    "later",
    "on",
    "two",
    "three",
    "few",
    "several",
    "a",
    "less",
    "more",
    "than",
    "about",
    "nearly",
    "just",
    "the",
    "previous",
}


# Words an inverted subject ('…, said several observers') may start with, and may not.
INVERTED_DETERMINERS = {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "one",
    "two",
    "three",
    "several",
    "many",
    "some",
    "most",
    "both",
    "all",
    "another",
    "other",
    "few",
    "various",
    "senior",
    "former",
}


# Words that cannot open a speaker named after the cue: what follows is a clause ('says that
# …', 'said in …'), not a name.
NOT_INVERTED_START = {
    "that",
    "if",
    "whether",
    "how",
    "why",
    "what",
    "to",
    "of",
    "about",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "during",
    "after",
    "before",
    "by",
    "into",
    "over",
    "under",
}


# Words that open a description of a speaker named beside it ('…, a former judge').
DESCRIPTION_STARTS = {"a", "an", "the", "who", "whose", "which", "former", "now", "then"}


# AP style state abbreviations, as in 'Cory James, 22, of Flint, Mich., said'. Only taken as
# abbreviations before a comma: 'Miss.' or 'Wash.' could end a sentence.
STATES = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex vt va wash wis wyo""".split()
)


# Words that open a clause of its own: a content or a subject does not run across them.
CLAUSE_WORDS = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "not",
}


# Prepositions: a content that opens with one is a phrase, not a statement.
PREPOSITIONS = {
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "from",
    "of",
    "with",
    "about",
    "via",
    "through",
    "while",
    "when",
    "to",
    "for",
    "as",
    "upon",
    "under",
}


# Forms of 'tell': what follows is whom it was told to, never the speaker.
TELL = frozenset(("tell", "tells", "told"))


# Forms of 'say' and 'tell': a speaker never holds one ('Vincent Cable said he …').
SAY_TELL = TELL | {"say", "says", "said", "saying", "telling"}


# Asking, with the asker named after 'by': 'Asked by Matt Lauer whether …'.
ASKED = frozenset(("asked", "questioned", "pressed"))


# Where the asker's name ends and the question begins: 'asked by Matt Lauer whether …'.
QUESTION_STARTS = frozenset(("whether", "if", "about", "to", "why", "what", "how", "when", "on"))


# Verbs that give a name or a label to their object: 'what officials called a hate crime'.
NAMING = frozenset(
    "called calls call described describes termed dubbed labeled labelled deemed".split()
)


# After 'by', a time or an amount, not who did it: 'reported by Monday', 'backed by more than
# half', 'by far'.
NOT_AGENT = WEEKDAYS | {"far", "more", "less", "nearly", "about", "tonight", "tomorrow", "now"}


# Prepositions that take a gerund: 'Despite insisting …', 'Without saying …'.
BEFORE_GERUND = frozenset(
    "despite without besides after before since while when upon through for of in on".split()
)


# Words opening a sentence before its subject: 'But the former president …', 'Yet Rubio …'.
COORDINATORS = frozenset(("and", "but", "yet", "so", "or", "plus", "also", "still", "then", "now"))


# Verbs a speaker cannot end with: the subject search ran on into the verb ('Voters in the
# county are (not confident …)').
NOT_SPEAKER_END = frozenset(
    """is are was were be been being am has have had having do does did will would can could
    may might shall should must not never""".split()
)


# Words a speaker cannot open with: a verb, a contraction or a time or place phrase
# ('spoke with …', 'didn't', 'in the past', 'on Tuesday', 'when asked …').
NOT_SPEAKER_START = NOT_SPEAKER_END | frozenset(
    """to it's it’s spoke speaks spoken didn't didn’t doesn't doesn’t don't don’t in on during
    when last instead""".split()
)


# Words joined by 'and' inside a subject: 'current and former officials said'.
JOINED_ADJECTIVES = frozenset(
    """current former past present senior junior top local state federal foreign military
    public private democratic republican""".split()
)


# What opens a description of a speaker: '…, his top aide, Tad Devine, told'.
POSSESSIVES = frozenset(("his", "her", "their", "its", "the", "a", "an"))


# A verb right after 'said that': 'that' is the subject of what was said ('said that was
# not her view'), not the conjunction before it.
VERBS_AFTER_THAT = frozenset(
    "was is were are has had will would could can may might should must".split()
    + [w + a + "t" for w in ("wasn", "isn", "won") for a in "'’"]
)


# A phrase cue ending in one of these takes its object ('called for changing the rules that
# …'), never a 'that' clause further on.
OBJECT_PREPOSITIONS = frozenset(("for", "to", "on", "about", "of", "at", "with", "against", "into"))


# Where a person is from, after their name: 'Gov. John Kasich of Ohio', 'Anna Berg at …'.
PLACE_WORDS = frozenset(("of", "in", "at", "from"))
