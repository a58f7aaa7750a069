"""Transcripts: who holds the floor.

A transcript is a run of turns, each a line that opens with an upper-case label and a colon
('SANDERS: …', 'MODERATOR: …', 'Q: …'); the label names the speaker of everything up to the
next label. Inside a turn, first person ('I', 'we') is the turn's speaker, and a turn by the
moderator (its questions and framing) holds no claim. A text given with a speaker (a
``speaker`` field in JSON Lines input) is one turn by that speaker.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, replace

from tracker.extract.canonical import Names, body_start, label_name, names_in, person_part
from tracker.extract.moderators import introduced_moderators, label_key
from tracker.extract.speaker_check import GROUP, PERSON, UNKNOWN, speaker_kind
from tracker.model import Attribution

# Labels of the turns that ask rather than state: the roles of whoever runs a debate, a show
# or an interview (their questions and framing are no candidate's or guest's claims);
# TRACKER_MODERATORS (comma-separated) replaces them. A label that opens with one of them
# ('HOST CHRIS WALLACE') is the moderator's too.
MODERATOR_LABELS = frozenset(
    {
        "MODERATOR",
        "QUESTION",
        "Q",
        "HOST",
        "CO-HOST",
        "ANCHOR",
        "INTERVIEWER",
        "PRESENTER",
        "CHAIR",
        "CHAIRMAN",
        "CHAIRWOMAN",
        "CHAIRPERSON",
    }
)
# A turn opens a line: up to four upper-case words ('SEN. ELIZABETH WARREN', 'Q'), a colon.
# Capitals of Latin script beyond ASCII too: 'WRÓBEL-HAINES:', 'ØSTERGÅRD:', 'ŁUKASZEWICZ:'.
_CAPS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LABEL = re.compile(
    rf"^[ \t]*([{_CAPS}][{_CAPS}'’.-]*(?:[ \t]+[{_CAPS}][{_CAPS}'’.-]*){{0,3}})[ \t]*:[ \t]", re.M
)
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# A question label glued to its text, its colon lost ('QYour new book is …').
_GLUED_Q = re.compile(r"^[ \t]*(Q)(?=[A-Z][a-z])", re.M)
# A title-case label ('Matthews:', 'Luciana Lopez:'), read only when no upper-case ones are.
# A part may be hyphenated ('Seitz-Wald'); a quotation mark may open the line.
_TITLE_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
_TITLE_LABEL = re.compile(
    rf"^[ \t]*[\"“]?({_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}})[ \t]*:[ \t]", re.M
)
# Labels of the many speaking at once.
_GROUP_LABELS = frozenset({"AUDIENCE", "CROWD", "ALL", "PROTESTERS", "SUPPORTERS", "PANEL"})
# Labels of the answers in a 'Q: … A: …' interview: the person the text introduces.
ANSWER_LABELS = frozenset({"A", "ANSWER"})


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: the label as written (``label``, empty for a whole text given
    with a speaker), its span, and where the turn runs."""

    label: str
    label_start: int
    label_end: int
    colon: int
    start: int
    end: int


def moderator_labels() -> frozenset[str]:
    """The moderator labels, from TRACKER_MODERATORS when set."""
    given = os.environ.get("TRACKER_MODERATORS", "")
    labels = {w.strip().upper() for w in given.split(",") if w.strip()}
    return frozenset(labels) or MODERATOR_LABELS


def turns(text: str, speaker: str | None = None) -> list[Turn]:
    """The turns of ``text`` in order: one per label line when at least two lines open with
    a label (one 'UPDATE:' line is no transcript), or with title-case labels that take
    turns in prose (``_title_case_turns``); the whole text when ``speaker`` is given and no
    label opens it."""
    found = list(_LABEL.finditer(text))
    in_prose = len(found) < 2
    if in_prose:
        found = _title_case_turns(text)
    elif any(m.group(1) in ("Q", "A") for m in found):  # 'QYour …': a 'Q:' without colon
        found = sorted(found + list(_GLUED_Q.finditer(text)), key=lambda m: m.start())
    out: list[Turn] = []
    if len(found) >= 2:
        ends = [m.start() for m in found[1:]] + [len(text)]
        if in_prose:  # an excerpt in an article: the writer's prose resumes after a turn
            ends = [_line_end(text, m.end(), end) for m, end in zip(found, ends, strict=True)]
        out = [
            Turn(m.group(1), m.start(1), m.end(1), _colon(text, m), m.start(), end)
            for m, end in zip(found, ends, strict=True)
        ]
    if speaker and speaker.strip() and (not out or out[0].start > 0):
        head_end = out[0].start if out else len(text)
        out.insert(0, Turn("", 0, 0, 0, 0, head_end))
    return out


def _colon(text: str, label: re.Match[str]) -> int:
    """Where the label's colon is (a glued 'Q' has none: the label's last letter)."""
    colon = text.find(":", label.end(1), label.end())
    return colon if colon >= 0 else label.end(1) - 1


def _line_end(text: str, start: int, limit: int) -> int:
    """Where the line from ``start`` ends (its newline), at most ``limit``."""
    end = text.find("\n", start, limit)
    return limit if end < 0 else end


def _title_case_turns(text: str) -> list[re.Match[str]]:
    """'Matthews: Well, …' lines: a panel transcript when some speaker takes the floor twice
    (by a full name or the surname), another speaks between, and most turns are prose.
    Headings ('Rubio: Finish second.') and team sheets ('England: Robinson, Lewsey, …') are
    no turns: each label once, or lines of names."""
    found = list(_TITLE_LABEL.finditer(text, body_start(text)))
    if len(found) < 3:
        return []
    surnames = [m.group(1).split()[-1] for m in found]
    if len(set(surnames)) < 2 or len(set(surnames)) == len(surnames):
        return []
    prose = sum(_is_prose(text[m.end() : _line_end(text, m.end(), len(text))]) for m in found)
    return found if prose * 3 >= len(found) * 2 else []


def _is_prose(line: str) -> bool:
    """Four words or more, most of them in lower case: a sentence, not a list of names."""
    words = line.split()
    return len(words) >= 4 and sum(w[:1].islower() for w in words) * 2 >= len(words)


class Floor:
    """Who holds the floor where: the turns of one text, their speakers' names, and which
    turns are the moderator's."""

    def __init__(
        self,
        text: str,
        speaker: str | None = None,
        moderators: frozenset[str] = MODERATOR_LABELS,
    ) -> None:
        self.text = text
        self.turns = turns(text, speaker)
        self.starts = [t.start for t in self.turns]
        self.moderators = moderators
        self.given = (speaker or "").strip()
        self._names_kept: Names | None = None
        self._interviewee_kept: str | None | None = None
        self._introduced_kept: frozenset[str] | None = None

    @property
    def names(self) -> Names:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._names_kept is None:
            self._names_kept = self._read_names()
        return self._names_kept

    def _read_names(self) -> Names:
        """The article's names, read only for a transcript."""
        return names_in(self.text, body_start(self.text))

    @property
    def interviewee(self) -> str | None:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._interviewee_kept is None:
            self._interviewee_kept = self._read_interviewee()
        return self._interviewee_kept

    def _read_interviewee(self) -> str | None:
        """The person a Q/A interview introduces before its first turn, if any."""
        first = self.turns[0].start if self.turns else 0
        people = [n for pos, n in self.names.at if pos < first and len(person_part(n.split())) >= 2]
        return self.names.best([" ".join(person_part(n.split())) for n in people])

    def __bool__(self) -> bool:
        return bool(self.turns)

    def turn_at(self, position: int) -> Turn | None:
        """The turn that holds ``position``. The last labelled turn holds its own paragraph
        only: after it the writer may be back ('A poll last week showed …', 'Follow …'),
        as nothing marks where a transcript quoted in an article ends."""
        k = bisect.bisect_right(self.starts, position) - 1
        if k < 0 or position >= self.turns[k].end:
            return None
        turn = self.turns[k]
        if k == len(self.turns) - 1 and turn.label and "\n" in self.text[turn.colon : position]:
            return None
        return turn

    def is_moderator(self, turn: Turn) -> bool:
        """A turn by a moderator: its label is a moderator's role ('HOST', 'HOST CHRIS
        WALLACE'), or the surname of the person the text introduces in that role ('HOLT:'
        after 'moderated by NBC's Lester Holt')."""
        words = turn.label.upper().split()
        if not words:
            return False
        return (
            " ".join(words) in self.moderators
            or (len(words) > 1 and words[0] in self.moderators)
            or label_key(words[-1]) in self.introduced
        )

    @property
    def introduced(self) -> frozenset[str]:
        """Read on first use, then kept: functools.cached_property does not cache in a class mypyc
        compiles (it reads again on every use), so the cache is written out."""
        if self._introduced_kept is None:
            self._introduced_kept = self._read_introduced()
        return self._introduced_kept

    def _read_introduced(self) -> frozenset[str]:
        """The surnames (case folded) of whom the text introduces as its moderator or host
        before the first turn (``moderators``)."""
        first = self.turns[0].start if self.turns else 0
        return introduced_moderators(self.text[:first])

    def speaker_of(self, turn: Turn) -> str:
        """The turn's speaker, named as the article names them most fully ('SANDERS' ->
        'Bernie Sanders' when the text names him; else 'Sanders')."""
        if not turn.label:
            return self.given
        if turn.label.upper() in ANSWER_LABELS and self.interviewee:
            return self.interviewee
        label = " ".join(w.capitalize() if w.isupper() else w for w in turn.label.split())
        last = label.split()[-1].casefold()
        fuller = [
            n
            for n in self.names.count
            if n.split()[-1].casefold() == last
            and len(n.split()) > len(label.split())
            and person_part(n.split()) == n.split()  # 'Bernie Sanders', not 'Sen. Sanders'
        ]
        return label_name(turn.label, self.names) or self.names.best(fuller) or label

    def attribute(self, att: Attribution) -> Attribution | None:
        """``att`` as the floor reads it: none in a moderator's turn; the turn's speaker for
        its label or a first-person speaker; else as it was."""
        turn = self.turn_at(att.content_start)
        if turn is None:
            return att
        if self.is_moderator(turn):
            return None
        is_label = turn.label and att.speaker_start == turn.label_start
        if is_label or att.speaker_text.lower() in _FIRST_PERSON:
            speaker = self.speaker_of(turn)
            return replace(att, speaker=speaker, speaker_kind=self.kind_of(turn, speaker))
        return att

    def kind_of(self, turn: Turn, speaker: str) -> str:
        """Who holds the floor: a person ('VEGA', 'SEN. WARREN'), unless the label's head word
        names a body or a group ('AUDIENCE', 'WHITE HOUSE'); the given speaker is a person."""
        if not turn.label:
            return PERSON
        if turn.label.upper() in _GROUP_LABELS:
            return GROUP
        kind = speaker_kind(turn.label, speaker)
        return PERSON if kind == UNKNOWN else kind

    def said(self, start: int, end: int) -> Attribution | None:
        """The attribution of a turn's sentence that no cue attributes: the turn's speaker
        said it. None outside the turns and in a moderator's."""
        turn = self.turn_at(start)
        if turn is None or self.is_moderator(turn):
            return None
        if turn.label:
            colon = turn.colon
            return Attribution(
                speaker=self.speaker_of(turn),
                speaker_text=turn.label,
                speaker_start=turn.label_start,
                speaker_end=turn.label_end,
                cue=":",
                cue_start=colon,
                cue_end=colon + 1,
                mode="direct",
                content_start=start,
                content_end=end,
                speaker_kind=self.kind_of(turn, self.speaker_of(turn)),
                rule="transcript-turn",
            )
        return Attribution(
            speaker=self.given,
            speaker_text=self.given,
            speaker_start=start,
            speaker_end=start,
            cue="",
            cue_start=start,
            cue_end=start,
            mode="direct",
            content_start=start,
            content_end=end,
            speaker_kind="person",
            rule="transcript-speaker",
        )
