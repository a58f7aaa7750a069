"""Word sets the attribution walks read (``attribution/``), beside the speech words
(``speech.py``) and the cue lexicon (``cues.py``). Word lists, no logic."""

from __future__ import annotations

from tracker.extract.vocab.speech import WEEKDAYS

FIGURE_SOURCES = {
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "data",
    "records",
    "documents",
    "figures",
    "numbers",
    "research",
    "statistics",
    "results",
    "polling",
    "census",
    "estimates",
    "models",
    "projections",
    "audit",
    "review",
    "filings",
    "count",
    "estimate",
    "index",
    "tally",
    "average",
    "averages",
}

TIME_ANCHORS = WEEKDAYS | {
    "ago",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "yesterday",
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
}

# Cues whose object is whom the words were addressed to: 'told reporters that …'.
ADDRESSED_CUES = frozenset(
    """
    told tell tells telling asked informed assured reminded warned urged
    """.split()
)

# Who a statement is told to ('told reporters', 'told CNN'): never its content.
ADDRESSEES = frozenset(
    """
    reporters journalists cnn msnbc fox abc nbc cbs npr bbc reuters ap supporters
    lawmakers senators legislators delegates donors investors students residents
    diplomats officials congress parliament members voters viewers audience crowd
    hearing interview conference committee him her them us me you
    """.split()
)

# What a told clause may open with besides 'that': 'told the host how surprised he was'.
TOLD_CLAUSE_WORDS = frozenset(("how", "what", "whether", "why"))

# Pro-forms that stand in a speech verb's object place for what was said elsewhere ('I said
# so in public', 'she said as much', 'he said nothing', 'they said otherwise'): they state
# nothing of their own. The whole closed class of clausal pro-forms and negative objects.
PRO_FORM_CONTENT = frozenset("so this it otherwise nothing little".split())
# Words that may follow such a pro-form without making it a clause: adverbs of manner, time
# and repetition ('said so publicly', 'said as much again').
PRO_FORM_TAIL = frozenset("again too also then publicly privately repeatedly before".split())

# Poll respondents (attribution/respondents.py): the cardinal number words (the closed
# class a share is written with: 'Thirty', 'forty-six', 'one'), the words that may open a
# share ('another 12 percent', 'only one in five'), the nouns for respondents as such, and the
# participles of polling after a noun ('those polled', 'voters surveyed').
CARDINAL_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred""".split()
)
SHARE_OPENERS = frozenset(
    """another only just nearly almost about some roughly around over under fully barely
    more than less fewer a an the""".split()
)
RESPONDENT_NOUNS = frozenset("respondents respondent interviewees".split())
POLLED_PARTICIPLES = frozenset("polled surveyed questioned interviewed sampled".split())

# Verbs of evidence whose plain object, after a subject that is no source of figures or
# evidence, is a thing on display ('the flanker showed his nous'), and the nouns of
# evidence that do state what they show ('the footage shows a man running').
SHOWING_LEMMAS = frozenset("show prove demonstrate".split())
EVIDENCE_NOUNS = frozenset(
    """footage video videos film photo photos photograph photographs picture pictures image
    images evidence test tests scan scans map maps chart charts graph graphs table tables
    record trial trials experiment experiments findings paper papers document email emails
    letter letters""".split()
)
# Verbs of speculating (statements when a clause follows), and the prepositions that open
# the topic they may take instead ('speculated about the cost').
SPECULATING_LEMMAS = frozenset(
    "surmise speculate posit opine theorize theorise hypothesize hypothesise conjecture".split()
)
TOPIC_PREPOSITIONS = frozenset("about on upon over against as in at regarding".split())
# Verbs of explaining or weighing whose object may be an indirect question ('explained why
# the video did not hurt him', 'discussed how the cuts would work', 'wondered whether …'):
# the question names what was explained, not a statement of it.
EXPLAINING_LEMMAS = frozenset(
    "explain discuss detail wonder ponder debate question consider address".split()
)
# Words that open an indirect question.
QUESTION_WORDS = frozenset("why how whether what when where which who".split())
# Verbs a speaker requests, urges or appeals with in the first person ('I respectfully urge
# you to …', 'we are writing to request that …', 'We call on the board to …'): the speaker
# asks for something and states nothing.
REQUEST_VERBS = frozenset(
    "urge ask request implore beg entreat appeal call encourage invite demand".split()
)
# Nouns after 'according to' that name a rule followed, not a source: 'according to plan',
# 'distribute the money according to a formula agreed with …', 'according to the rules'.
MANNER_NOUNS = frozenset(
    """plan plans formula rule rules schedule law laws tradition custom instructions
    guidelines guideline protocol procedure procedures script design standard standards
    principle principles needs merit merits size order ratio scale timetable""".split()
)
# Words that may follow such a noun and leave it the head ('a formula agreed with …').
MANNER_NOUN_AFTER = frozenset("of that which in for set laid agreed used".split())
# Verbs of setting out ('lay out', 'spell out' with 'out'; 'outline' alone), every form,
# whose plain object is a thing presented ('laid out his plan').
SETTING_OUT_FORMS = frozenset(
    """lay lays laid laying spell spells spelled spelt spelling outline outlines outlined
    outlining""".split()
)
# What an opening 'Asked …' clause reports: a question put ('Asked whether he …', 'When
# asked about the fee, …').
ASKED_OPENINGS = ("whether", "if", "about", "what", "how", "why", "when", "who", "which", "for")

# Where the writer takes a sentence on after what was said (attribution/content_end.py): the
# finite auxiliaries a predicate opens with (', but has just released …'), and the
# conjunctions of concession (', although the club has not …').
FINITE_AUXILIARIES = frozenset(
    """is are was were has have had will would can could may might must shall should does did
    do""".split()
)
CONCESSIVES = frozenset("although though whereas".split())
# Participles of cause that give the writer's reason after a figure (', helped by …').
CAUSE_PARTICIPLES = frozenset(
    """helped driven boosted fuelled fueled hit hurt dragged buoyed spurred underpinned
    propelled lifted weighed squeezed""".split()
)
# Participles of consequence or significance the writer attaches after a comma to a statement
# reported (', cementing its position as …', ', playing down a long-held goal', ', creating
# the possibility of …'): a gloss on what was said, not part of it. Not the participles of
# what a person in the statement did (', ordering employees to …', ', telling him to …').
GLOSS_PARTICIPLES = frozenset(
    """cementing creating marking underscoring underlining highlighting signalling signaling
    reflecting fuelling fueling deepening prompting sparking triggering dashing capping
    playing confirming reversing reinforcing""".split()
)
# Prepositions that may open the phrase between a cue and a colon that introduces a quote:
# 'said in a letter: "…"', 'said after the 4-0 win: "…"', 'told reporters on Friday: "…"'.
LABEL_PREPOSITIONS = frozenset(
    "in on at after before during from to via through with over outside".split()
)
# The modals reported speech shifts back to ('would', not 'will'): a clause with one is
# still what was reported.
BACKSHIFTED_MODALS = frozenset("would could might should".split())

# Cues whose content follows 'as': 'described him as a brother', 'characterized X as, "…"'.
DESCRIBING_CUES = frozenset(
    """
    describe describes described describing characterize characterizes characterized
    characterizing characterise characterises characterised characterising portray
    portrays portrayed portraying depict depicts depicted depicting
    """.split()
)

# Cues that name something ('called the sale illegal', 'labelled it a sham'): what they
# say is the object and the name, not the clauses after.
NAMING_CUES = frozenset(
    """
    call calls called calling label labels labelled labeled labelling labeling dub dubs
    dubbed dubbing term terms termed terming brand brands branded branding
    """.split()
)

# What figures show ('Polls show a close contest'), and the words after a comma that add
# the writer's detail to it (', with RealClearPolitics showing …', ', where 18 votes …').
SHOWING_CUES = frozenset("show shows showed shown showing".split())
SHOWN_DETAIL = frozenset("with using where including while within".split())

# Words that open an introductory phrase before a comma ('On Thursday, …', 'Speaking
# to reporters, …'): the comma after it sets no appositive off.
INTRO_LEADS = frozenset(
    """
    on in at during after before last earlier later speaking asked meanwhile however
    still yet instead separately now today yesterday but and also for with from
    while when as if since
    """.split()
)

# Words that end a speaker named after the cue ('said Blinken on Monday', 'said Smith
# when …').
INVERTED_STOPS = frozenset(
    """
    that on in at last yesterday when while after before during as who because
    """.split()
)

# Relative pronouns: a clause about the word before them ("Lopez, who chairs the board").
RELATIVE_PRONOUNS = frozenset(("who", "whom", "whose", "which"))

# A speech tag set off by commas inside the clause it reports ('The Tories, he said, can
# cut crime', 'Although teenagers still write viruses, said Mr Hogan, 2004 saw …'): the
# words that show the clause goes on across the tag. A subordinate clause opening the
# sentence needs the main clause after the tag; a clause after the tag that opens with one
# of these needs the main clause before it.
HEAD_SUBORDINATORS = frozenset("although though while whereas because unless if".split())
TAIL_SUBORDINATORS = frozenset("if unless because although though".split())
