"""Word sets speaker resolution reads (``speakers.py``): words of no person's name, words
of organisations, titles only a person carries. Word lists, no logic."""

from __future__ import annotations

from tracker.extract.vocab.speech import WEEKDAYS

DETERMINER_WORDS = frozenset("the a an this that these those its his her their our".split())

STOP_WORDS = frozenset(
    "to of in on for with at by from and or but as than is was are were be said says".split()
)

NOT_PERSON_WORDS = WEEKDAYS | {
    "north",
    "south",
    "east",
    "west",
    "new",
    "united",
    "states",
    "state",
    "korea",
    "party",
    "house",
    "senate",
    "council",
    "department",
    "ministry",
    "university",
    "institute",
    "street",
    "bank",
    "court",
    "congress",
    "committee",
    "agency",
    "office",
    "security",
    "nations",
    "union",
    "republic",
    "kingdom",
    "workers",
    "republicans",
    "democrats",
    "republican",
    "democratic",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "but",
    "and",
    "when",
    "after",
    "before",
    "if",
    "as",
    "it",
    "this",
    "that",
    "he",
    "she",
    "they",
    "we",
    "i",
    "white",
    "times",
    "post",
    "news",
    "press",
    "county",
    "city",
    "america",
    "american",
    "china",
    "russia",
    "europe",
    "european",
    "washington",
    "federal",
    "national",
    "world",
    "war",
    "day",
    "year",
    "group",
    "inc",
    "corp",
    "company",
    "association",
    "foundation",
    "center",
    "centre",
    "hospital",
    "school",
    "church",
    "police",
    "army",
    "navy",
    "force",
    "forces",
    "airport",
    "station",
    "river",
    "lake",
    "mountain",
    "park",
    "international",
    "global",
    "capital",
    "market",
    "markets",
    "exchange",
    "fund",
    "trust",
}

# What ends the name of a body ('the committee', 'The Ugandan Media Council', 'the report').
BODY_WORDS = (NOT_PERSON_WORDS - WEEKDAYS) | frozenset(
    """company firm group government report survey study poll commission board organisation
    organization authority regulator association paper newspaper magazine channel network
    corporation business""".split()
)

# Titles only a person carries: a single name after one is still someone's name.
PERSONAL_TITLES = frozenset(
    "mr mrs ms miss dr lord lady sir dame sen rep gov prof rev president minister".split()
)

# The lower-case particles inside persons' names: nobiliary and family ones ('Herman van
# Rompuy', 'Marieke de Vries', 'Luis da Silva') and patronymic ones ('Azman bin Rashid',
# 'Rohani binti Yusof', 'Abdullah ibn Saud'). Between two capitalised words they belong to
# the name, never to a title or a description.
NAME_PARTICLES = frozenset(
    """van von vom zu dem de der den du da do di del della dos das los las ter ten bin binti bint
    ibn al el la le af av ap ab dela delos""".split()
)
# ('af Forselles', 'av Klercker': Swedish; 'ap Gwilym', 'ab Owen': Welsh; 'Dela Cruz',
# 'Delos Santos': Filipino.)
# Capitalised prefixes that open a surname of two words ('Seán Ó Ceallaigh' is Ó Ceallaigh,
# 'Áine Ní Bhriain', 'Oisín Mac Giolla', 'Ali Abu Zaid', 'Hana Umm Salim'): the surname is
# never a given name before another.
SURNAME_PREFIXES = frozenset("ó o ní nic mac mc abu umm".split())
# The patronymic ones: a person so named is called by the given name ('Mr Azman').
PATRONYMIC_PARTICLES = frozenset("bin binti bint ibn".split())

# Titles of the peerage, kept with the name they precede ('Lord Falconer', 'Baroness Young').
PEER_TITLES = frozenset("lord lady baroness baron earl viscount".split())

# Words before a person's name that tell whether the article calls them a man or a woman:
# titles and gendered role or kin nouns ('Mrs Thatcher', 'spokeswoman Ann Lee'). The
# article's own words, never a list of first names.
MALE_WORDS = frozenset(
    """mr sir lord king prince father brother son husband uncle nephew grandfather
    spokesman chairman congressman businessman sportsman actor monsieur señor
    herr""".split()
)
FEMALE_WORDS = frozenset(
    """mrs ms miss dame lady queen princess mother sister daughter wife aunt niece
    grandmother spokeswoman chairwoman congresswoman businesswoman sportswoman actress
    madame mme señora frau""".split()
)

# Nouns that describe one person, not a role the article hands out ('the billionaire estate
# mogul', 'the striker'): a definite one stands for a person named before, as 'he' would.
# Not 'man' or 'woman': 'the man' is as often someone the article never names ('a man
# shouted …, the man said').
EPITHET_NOUNS = frozenset(
    """mogul tycoon magnate millionaire multimillionaire entrepreneur
    businesswoman incumbent frontrunner front-runner challenger hopeful veteran star
    celebrity politician singer actor actress comedian rapper striker midfielder
    goalkeeper international flanker fly-half scrum-half winger full-back centre-back
    playmaker lock hooker batsman bowler spinner paceman seamer all-rounder wicketkeeper
    keeper defender sprinter swimmer cyclist golfer boxer jockey skier rower gymnast
    champion titleholder medallist medalist quarterback pitcher linebacker skipper captain
    player footballer cricketer athlete novelist musician guitarist drummer dancer
    singer-songwriter heiress host anchor presenter newsreader columnist commentator
    pundit""".split()
)

# Sides a player turns out for, written before the epithet ('the Holland international',
# 'the Wales flanker'): the countries, and the old names their teams still go by.
SIDE_WORDS = frozenset({"holland"})

# Members who sit for a seat: 'the MP for Sittingbourne and Sheppey' stands for the
# member the article named, as 'the MP' would.
SEAT_ROLES = frozenset(
    """mp mep msp mla am member senator congressman congresswoman representative
    councillor""".split()
)

# Party words written capitalised before a role ('the Tory leader', 'the Republican
# presidential candidate'): they say whose side, not whose name.
PARTY_WORDS = frozenset(
    """tory tories labour conservative liberal democrat democratic republican gop socialist
    nationalist unionist green""".split()
)


# Titles before a person's name that are no part of it: judicial, police, military, clerical,
# academic and honorific, in words and in the abbreviations news uses ('Judge Miriam van der
# Sloot', 'Det Insp Farah Qureshi-Blake', 'Rev. William Barber', 'Lt Col Ann Hale'). Knights,
# dames and peers keep theirs ('Sir Alan Sugar', 'Lord Falconer').
NAME_TITLES = frozenset(
    """mr mrs ms miss mx dr doctor prof professor hon rt honourable honorable judge justice
    magistrate det detective insp inspector supt superintendent sgt sergeant ch chief cmdr
    commander constable gen general lt lieutenant col colonel maj major capt captain cpl
    corporal pte private brig brigadier adm admiral cdre commodore marshal
    rev revd reverend fr father bishop archbishop cardinal canon rabbi imam pastor deacon
    president sen senator rep representative gov governor congressman congresswoman
    sheikh sheik shaikh cllr councillor""".split()
)
# Police ranks abbreviated in capitals, matched as written ('DI Ann Hale'; 'Di Marco' is a name).
POLICE_RANKS = frozenset("PC DC DS DI DCI DSI DCS PCSO".split())
# Those no body's or place's name opens ('General Motors', 'Major League', 'Bishop Auckland'
# do): dropped even where a single word is left ('President Obama' -> 'Obama').
LONE_NAME_TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor judge det insp supt sgt rev revd president sen
    senator gov congressman congresswoman""".split()
)
# Letters after a person's name: silks, offices, honours, degrees ('Harriet Oduya-Lindqvist
# KC', 'Ann Dunn MP', 'Tom Hale OBE', 'Ann Lee PhD'). Matched as written (case matters: 'MS'
# is a Welsh member, 'Ms' a title). Not a generation ('Jr', 'III'): it is part of the name,
# and tells a father from his son.
POST_NOMINALS = frozenset(
    """KC QC SC MP MSP MS MLA MEP AM TD MBE OBE CBE KBE DBE GBE CH QPM KPM DL JP FRS PhD DPhil
    MD Esq""".split()
)
