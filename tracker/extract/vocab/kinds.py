"""Kinds of body, as data: what a description's head noun says a body is ('the daily' is a
newspaper, 'the carrier' a company, 'the watchdog' a public body, 'the findings' a study's),
and which words of a body's own name say the same ('Washington Post', 'PT Borneo Prima
Energi', 'Serious Fraud Office', 'New Zealand Cricket').

Read by ``descriptions``: a description names the body of a compatible kind the article
names. A study's kind is whoever the article credits it to, so 'study' has no name words of
its own but the words of the bodies that publish research.
"""

from __future__ import annotations

NEWSPAPER = "newspaper"
BROADCASTER = "broadcaster"
COMPANY = "company"
PUBLIC_BODY = "public body"
REGULATOR = "regulator"
CAUSE = "cause"  # a charity, a campaign, a think tank, a trade body: 'the group', 'the charity'
STUDY = "study"
CLUB = "club"  # a sports club: 'the club' is 'Harbour Rovers', never its league
# Kinds a body of no known kind that spoke before is never taken for: 'the club' is a
# name that says it is a club ('Harbour Rovers', 'Leeds United FC'), not 'Uefa', whose
# fine it appeals.
KNOWN_BY_NAME_ONLY = frozenset({CLUB})

# A description's head noun -> the kinds of body it may stand for.
HEAD_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        "newspaper daily weekly tabloid broadsheet publication magazine site website blog"
        " outlet".split(),
        frozenset({NEWSPAPER}),
    ),
    "paper": frozenset({NEWSPAPER, STUDY}),
    **dict.fromkeys("broadcaster network channel station".split(), frozenset({BROADCASTER})),
    **dict.fromkeys(
        """company firm maker manufacturer carrier airline lender bank retailer chain
        operator giant insurer conglomerate producer supplier developer miner carmaker
        automaker chipmaker brewer business corporation supermarket""".split(),
        frozenset({COMPANY}),
    ),
    "group": frozenset({COMPANY, CAUSE}),  # a firm, or a campaign, a charity, a lobby
    "club": frozenset({CLUB}),
    **dict.fromkeys("charity foundation campaign lobby".split(), frozenset({CAUSE})),
    # What any body is called: 'the organisation', 'the body'.
    **dict.fromkeys(
        "organisation organization body".split(),
        frozenset({COMPANY, PUBLIC_BODY, REGULATOR, CAUSE}),
    ),
    **dict.fromkeys("watchdog regulator".split(), frozenset({REGULATOR})),
    **dict.fromkeys(
        """board agency ministry department council union court committee commission
        authority office inspectorate tribunal federation association institute
        league""".split(),
        frozenset({PUBLIC_BODY}),
    ),
    **dict.fromkeys(
        """study report survey poll results research findings analysis trial review
        audit outlook estimates forecast projections researchers authors scientists
        auditors""".split(),
        frozenset({STUDY}),
    ),
}

# Kinds of poll ('the exit poll', 'an online survey'), capitalised too where they open a
# sentence ('Opinion polls suggested'). A poll of a kind is another than one cited before
# of no such kind ('A Quinnipiac poll … the exit poll'), read by ``pollsters``.
POLL_KINDS = frozenset(
    """opinion exit straw snap push tracking online internet phone telephone public private
    internal national state local new latest recent weekly daily monthly annual""".split()
)
POLL_HEADS = frozenset("poll polls survey surveys".split())
# Kinds of poll that tell only when it was made: 'the latest poll' may be the one cited.
RECENT_POLL_WORDS = frozenset("new latest recent".split())

# People who carry out a study, called by it without an article ('researchers said').
STUDY_PEOPLE = frozenset("researchers authors scientists auditors".split())

# The last word of a body's own name (lower case) -> the kind it says the body is; not
# 'Union', which ends an address's name too ('State of the Union').
NAME_LAST_WORDS: dict[str, str] = {
    **dict.fromkeys(
        """post times journal herald telegraph tribune gazette chronicle inquirer examiner
        guardian mail mirror express observer independent standard globe courier
        bulletin""".split(),
        NEWSPAPER,
    ),
    **dict.fromkeys("television tv radio broadcasting".split(), BROADCASTER),
    **dict.fromkeys(
        """inc corp corporation plc ltd llc group co company holdings airlines airways air
        motors bank bancorp energy energi petroleum oil pharmaceuticals pharma telecom
        technologies systems mining insurance ag sa gmbh nv""".split(),
        COMPANY,
    ),
    **dict.fromkeys(
        """board agency authority commission office ministry department council court
        committee service inspectorate tribunal federation association institute
        organisation organization bureau cricket rugby football athletics""".split(),
        PUBLIC_BODY,
    ),
    **dict.fromkeys(
        """foundation charity trust campaign society alliance coalition network fund action
        project forum""".split(),
        CAUSE,
    ),
    **dict.fromkeys("fc afc rovers wanderers albion hotspur athletic".split(), CLUB),
}
# Names that say a body oversees others ('Information Commissioner's Office', 'Financial
# Conduct Authority'): what 'the watchdog' and 'the regulator' may stand for.
REGULATOR_LAST_WORDS = frozenset(
    "commission commissioner authority office agency board inspectorate ombudsman".split()
)
# The first word of a body's own name that says its kind ('PT Borneo Prima Energi',
# 'Ministry of Finance', 'Daily Mail', 'Cricket Australia').
NAME_FIRST_WORDS: dict[str, str] = {
    "pt": COMPANY,
    "daily": NEWSPAPER,
    **dict.fromkeys("club fc".split(), CLUB),
    **dict.fromkeys(
        """ministry department office council board court agency commission institute
        cricket rugby football""".split(),
        PUBLIC_BODY,
    ),
}
# Bodies that publish research, by a word of their name: what a study may be credited to.
RESEARCH_BODY_WORDS = frozenset(
    """institute university college centre center foundation laboratory laboratories
    school academy research council trust society agency office commission bureau
    alliance""".split()
)

# Words that make 'the … company' another one than any named before ('a rival firm').
OTHER_WORDS = frozenset(
    "other another rival new second first former parent previous earlier separate".split()
)
# Places that are one country, whatever the form ('US daily' of 'Washington Post').
PLACE_ALIASES: dict[str, str] = {
    **dict.fromkeys("us u.s. usa america american united".split(), "us"),
    **dict.fromkeys("uk britain british english scottish welsh england scotland".split(), "uk"),
    **dict.fromkeys("irish ireland".split(), "ireland"),
    **dict.fromkeys("dutch netherlands".split(), "netherlands"),
    **dict.fromkeys("swiss switzerland".split(), "switzerland"),
}
