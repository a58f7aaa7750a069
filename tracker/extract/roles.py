"""Role nouns to the person the article introduced with that role: 'the chancellor' is
'Chancellor Gordon Brown', 'the coach' is 'Spain coach Luis Aragones', 'the minister' is
'Ana Soto, the trade minister' — not whoever was named last.

An introduction is a role word right before a name ('Chancellor Gordon Brown', 'trade
minister Ana Soto') or an appositive ('Ana Soto, the trade minister,'; 'the trade minister,
Ana Soto,'). The latest introduction of the role before the mention wins.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract.vocab.people import NAME_PARTICLES
from tracker.extract.vocab.speech import ROLE_NOUNS, TITLE_WORDS

# Words of the title vocabularies that say what a person is, not where or of what
# ('trade', 'foreign', 'state') nor how they are addressed ('Mr', 'Sen').
_NOT_ROLES = frozenset(
    """the for and acting affairs africa agriculture american asia british commerce defence
    defense democratic east education energy europe executive finance first foreign former
    health home house interim interior justice labor labour majority minority national
    north pacific party press prime security senate senior south state top trade
    transportation treasury under vice west white deputy assistant gop republican democrat
    tory conservative liberal socialist nationalist unionist mr mrs ms miss sir dame lady
    lord dr prof rev gen col capt sgt adm sen rep gov lt general""".split()
)
# Occupations and offices news introduces people with that the title vocabularies lack: the
# bench, the field of play, business; heads of government, rulers and office-holders by
# their office ('Saskatchewan Premier Ann Lee' ... 'the premier said').
_MORE_ROLES = frozenset(
    """magistrate coroner referee umpire tycoon mogul founder agent chef banker premier
    taoiseach emir sultan monarch emperor ombudsman headteacher treasurer registrar auditor
    legislator""".split()
)
ROLES = (
    frozenset(w for w in TITLE_WORDS | ROLE_NOUNS if w.isalpha() and len(w) > 2) | _MORE_ROLES
) - _NOT_ROLES

# The lower-case particles inside a person's name ('Herman van Rompuy', 'Siti Hajar binti
# Osman'), as ``canonical`` reads names.
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
# Up to two particles in a row ('Miriam van der Sloot', 'Rodrigo de la Fuente').
_NAME = rf"[A-Z][\w’'-]+(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+){{0,2}}[A-Z][\w’'-]+){{1,3}}"
_BEFORE = re.compile(rf"\b([A-Za-z-]+)\.?[ \t]+(?=({_NAME}))")
_AFTER = re.compile(rf"({_NAME}),[ \t]+(?:the|a|an)[ \t]+((?:[a-z][\w’'-]*[ \t]*){{1,4}})")
# 'the trade minister, Ana Soto', and the same after an owner's name ('Acme's managing
# director, Ann Lee'; 'India's heavy industries minister, Raj Rao') or an owner's pronoun
# ('His barrister, Desmond Achterberg'; 'her agent, Ann Lee').
# (It opens with one character class, each branch told by the letter read, in the order of
# 'the|his|her|their|its|our|Owner's': the regex engine then skips, fast, the positions none
# can start at.)
_LEADING = re.compile(
    r"[A-Zthio](?<!\w.)(?:(?<=[Tt])he|(?<=[Hh])is|(?<=[Hh])er|(?<=[Tt])heir|(?<=[Ii])ts"
    r"|(?<=[Oo])ur|(?<=[A-Z])[\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}(?:['’]s|s['’]))[ \t]+"
    rf"((?:[a-z][\w’'-]*[ \t]+){{0,3}}[a-z][\w’'-]*),[ \t]+({_NAME})"
)


class RoleHolders:
    """The article's introductions of persons by role, read on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._leading: dict[int, str] = {}  # role phrase start -> the name in apposition
        self._by_role_kept: dict[str, list[tuple[int, str]]] | None = None
        self._by_name_kept: dict[str, set[str]] | None = None

    @property
    def _by_role(self) -> dict[str, list[tuple[int, str]]]:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._by_role_kept is None:
            self._by_role_kept = self._read_by_role()
        return self._by_role_kept

    def _read_by_role(self) -> dict[str, list[tuple[int, str]]]:
        found: list[tuple[int, str, str]] = []
        for m in _BEFORE.finditer(self.text):
            if m.group(1).lower() in ROLES:
                found.append((m.start(), m.group(1).lower(), m.group(2)))
        for m in _AFTER.finditer(self.text):
            # Held from the role's end: the role phrase itself may be a speaker of its own
            # ('… marry Jordan Bratman, the singer's agent has confirmed').
            found += [(m.end(), w, m.group(1)) for w in m.group(2).split() if w in ROLES]
        for m in _LEADING.finditer(self.text):
            roles = [w for w in m.group(1).split() if w in ROLES]
            found += [(m.start(), w, m.group(2)) for w in roles]
            if roles:
                self._leading[m.start()] = _drop_titles(m.group(2))
        out: dict[str, list[tuple[int, str]]] = {}
        for at, role, name in sorted(found):
            out.setdefault(role, []).append((at, _drop_titles(name)))
        return out

    @property
    def _by_name(self) -> dict[str, set[str]]:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._by_name_kept is None:
            self._by_name_kept = self._read_by_name()
        return self._by_name_kept

    def _read_by_name(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for role, held in self._by_role.items():
            for _at, name in held:
                out.setdefault(name.split()[-1], set()).add(role)
        return out

    def roles_of(self, name: str) -> set[str]:
        """The roles the article introduces a person of this surname with ('Home Secretary
        Charles Clarke' for 'Clarke')."""
        return self._by_name.get(name.split()[-1], set()) if name.split() else set()

    def introduced_at(self, at: int) -> str | None:
        """The person a role phrase opening at ``at`` names in apposition ('His barrister,
        Desmond Achterberg, argued' at 'His'): who speaks there, not the owner."""
        _ = self._by_role  # read the introductions, which fill ``_leading``
        return self._leading.get(at)

    def holder(self, role: str, before: int) -> str | None:
        """The person last introduced as ``role`` before ``before``, or right at it: a
        mention that is itself the introduction ('The deputy mayor, Ann Lee, said')."""
        holders = self._by_role.get(role.lower(), [])
        k = bisect.bisect_left(holders, (before + 1,))
        return holders[k - 1][1] if k else None


def _drop_titles(name: str) -> str:
    """'Chancellor Gordon Brown' was read as 'Gordon Brown' already; 'Sen Ann Lee' -> 'Ann
    Lee': the name, without the titles inside the run."""
    words = name.split()
    while len(words) > 2 and words[0].lower().strip(".") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)
