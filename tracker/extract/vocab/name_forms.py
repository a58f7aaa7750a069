"""Words that decide the form of a speaker's name (issue 13, "one entity, one name"): what
joins one firm's name, what is an office before a person's name rather than part of it.
Word lists, no logic."""

from __future__ import annotations

# The last word of a firm named 'X and Y' ('Smith and Partners', 'Dombey and Son', 'Lee and
# Associates'): with it, 'and' joins one name, not two persons.
FIRM_PARTNERS = frozenset(
    """partners partner sons son daughters associates brothers sisters company co
    partnership""".split()
)

# Lower-case nouns of the trades and practices a firm of partners is called by, written
# just before its name ('the accountancy firm Olmedo and Arrieta', 'the law practice Fox and
# Lane'): 'and' after one joins the firm's name.
FIRM_KIND_WORDS = frozenset(
    """firm brokerage consultancy practice partnership agency chambers""".split()
)

# Offices written capitalised between a place or body and a person's name ('Saskatchewan
# Premier Douglas Threlkeld', 'Ontario Treasurer Ann Lee', 'Leeds Coroner Tom Hale'): the
# office and what precedes it are no part of the name. Only read so when a name of two
# words or more follows ('Premier Foods', 'Premier League' are bodies' names).
OFFICE_WORDS = frozenset(
    """premier chair chairman chairwoman chairperson president minister secretary governor
    mayor chancellor treasurer comptroller controller ombudsman commissioner coroner
    registrar provost dean rector principal warden trustee emir taoiseach tánaiste
    vice-chancellor vice-president attorney-general solicitor-general auditor-general
    governor-general lieutenant-governor chief director""".split()
)

# Title words that are also surnames ('SEC Chair Mary Jo White', 'Jack White'): the last
# word of a name run is the surname, never the opening of a title ('White House spokesman'
# opens one). Not the points of the compass, which end places' names ('Ealing North').
SURNAME_TITLE_WORDS = frozenset({"white"})

# Particles written joined to the surname by a hyphen ('Fatima al-Suwaidi', 'Abdel Fattah
# el-Sisi', 'Inzamam-ul-Haq'): the word is a capitalised name's word all the same.
HYPHEN_PARTICLES = frozenset("al el ul ud ad ar as ash at az an ibn bin bint ben abu".split())

# Capitalised words that open a sentence or a phrase and are no part of a name ('However',
# 'The', 'Monday', 'Mr'): dropped from the front of a run of capitals.
NON_NAME_OPENERS = frozenset(
    """the a an in on at as but and or if when after before while for of to from by with
    this that these those his her its their our my your he she it they we i you mr mrs ms
    dr meanwhile however also yet so then there here both all even only january february
    march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday where whereas although though because since
    unless until once what which who whom whose how why whether despite unlike instead now
    today yesterday""".split()
)
