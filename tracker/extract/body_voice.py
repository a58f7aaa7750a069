"""Who speaks for a body: an unnamed spokesperson, officials or analysts of a body the mention
names speak for that body ('a Pentagon spokesman' -> Pentagon, 'bank officials' -> the bank
the article names, 'A Labour party spokesman' -> Labour Party, 'Priorities officials' ->
Priorities USA Action). The body is read from the words before the role noun, by their
shape: a name (capitalised, 'Bank of England', 'Foreign Office'), a name and the body's kind
('Labour party', 'Tesla company'), or the kind alone ('council', 'bank'), which stands for
the body of that kind the article names.

What names no body stays as written: a person's people ('Clinton aides', 'Trump campaign
officials': the word is someone's surname), a nation's or a place's ('US officials',
'Iraqi officials'), a party's adjective alone ('Democratic officials'), and other role
nouns ('Senate sources', 'bank staff'): only a spokesperson, an official or an analyst
speaks for a body by office.
"""

from __future__ import annotations

# Role nouns of people who speak for the body they belong to.
VOICE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons
    official officials analyst analysts representative representatives""".split()
)
# Words that may open the mention before the body's name.
_OPENERS = frozenset("a an the one two three several some many most other few all".split())
# Owners that name a person, not a body ('his spokesman', 'their officials').
_POSSESSIVES = frozenset("his her their its our my your".split())
# Joiners inside a body's name ('Bank of England', 'Department for Education').
_JOINERS = frozenset("of for and & the".split())


def voiced_body(words: list[str]) -> tuple[list[str], str] | None:
    """('A', 'Labour', 'party', 'spokesman') -> (['Labour'], 'party'); ('bank', 'officials')
    -> ([], 'bank'); ('a', 'Pentagon', 'spokesman') -> (['Pentagon'], ''): the body's name
    and its kind (lower case), read before the role noun that closes the mention; None when
    the mention is no such role of a body."""
    if len(words) < 2 or words[-1].lower() not in VOICE_NOUNS or not words[-1][:1].islower():
        return None
    body = words[1:-1] if words[0].lower() in _OPENERS else words[:-1]
    if not body or any(not w.replace("-", "").replace("&", "").isalnum() for w in body):
        return None  # 'the company's spokesman', 'Sony, officials': no plain modifier
    if body[0].lower() in _POSSESSIVES:
        return None  # 'His spokesman': a person's, resolved as a pronoun is
    kind = body[-1] if body[-1][:1].islower() else ""
    name = body[:-1] if kind else body
    if name and not (name[0][:1].isupper() and name[-1][:1].isupper()):
        return None  # 'senior bank officials', 'the union's own officials'
    if any(w[:1].islower() and w not in _JOINERS for w in name):
        return None  # 'Labour transport spokesman': no one body's name
    if not name and not kind:
        return None
    return name, kind.lower()


def speaks_for_body(mention: str, speaker: str) -> bool:
    """Whether ``speaker`` is the body a spokesperson ``mention`` was read as ('a Google
    spokesperson' -> Google, 'an FA spokesman' -> Football Association, 'a council
    spokesman' -> Glanmor County Borough Council), not a name some other reading gave it
    ('One Clinton', a person 'The executive spokeswoman' was linked to)."""
    read = voiced_body(mention.split())
    if read is None or speaker == mention:
        return False
    said = {w.casefold() for w in speaker.split()}
    name, kind = read
    if said & {w.casefold() for w in [*name, kind] if w.casefold() not in _JOINERS}:
        first = speaker.split()[0]
        return first.lower() not in _OPENERS or first in name  # not 'One Clinton'
    return len(name) == 1 and name[0].isupper() and initials(speaker) == name[0]


def initials(name: str) -> str:
    """'Football Association' -> 'FA': the capitals that open a name's words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
