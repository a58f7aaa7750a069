"""Issue 14's bar, end to end: the real program in a real terminal and the CLI beside it.

A desk session on a hearing transcript: the app (in a pseudo-terminal, keys as a person
presses them, the screen read back) edits a speaker, fixes a figure, dismisses, merges,
splits and adds a claim, and undoes each with `z`; between those steps the CLI, in separate
processes, does each again (the app shows it within a second), carries a fact-check's verdict
to its exact twin, and checks what the app wrote. Then the extractor changes — the desk calls
REED, who chairs the hearing, a moderator (TRACKER_MODERATORS=REED), so her turns make no
claims any more — and `tracker reextract` drops the machine's untouched REED claims while
every correction and verdict stays as the desk left it, with `audit verify` passing. Last, the corrections go
out (`export --format corrections`) and into a fresh database: the same file comes back.

README: "A desk session, step by step" follows the same session by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES
from terminal import Terminal, need_a_pty, run

from tracker.model import article_id_for, claim_id_for

HEARING = FIXTURES / "session" / "hearing.txt"
ARCHIVE = FIXTURES / "session" / "archive.jsonl"
TEXT = HEARING.read_text(encoding="utf-8")
ARTICLE = article_id_for(TEXT)  # ids are the article's text and the claims' spans


def span_id(words: str, through: str | None = None) -> str:
    """The id of the claim from ``words`` to the end of ``through`` (or of ``words``)."""
    start = TEXT.index(words)
    end = TEXT.index(through, start) + len(through) if through else start + len(words)
    return claim_id_for(ARTICLE, start, end)


class Desk:
    """The session's shared state: the database, the app, and the CLI beside it."""

    def __init__(self, folder: Path) -> None:
        self.home = folder
        self.db = folder / "claims.json"
        self.app: Terminal | None = None

    def cli(self, *args: str, **env: str) -> str:
        return run(self.home, self.db, *args, env=env or None)

    def claims(self, *args: str) -> list[dict]:
        return [json.loads(line) for line in self.cli("list", "--json", *args).splitlines()]

    def claim(self, claim_id: str) -> dict:
        return json.loads(self.cli("show", claim_id, "--json"))

    @property
    def screen(self) -> Terminal:
        assert self.app is not None
        return self.app


def _start(desk: Desk) -> str:
    """An archive verdict, the hearing ingested, its twin given the archive's verdict."""
    desk.cli("import", str(ARCHIVE))
    desk.cli("ingest", str(HEARING))
    audit_claim = span_id("The audit found", "libraries.")
    assert "false" in desk.cli("mark", audit_claim, "--from-twin")
    return audit_claim


def _speaker(desk: Desk) -> str:
    app = desk.screen
    vega = app.filter("Spending rose", "VEGA: Spending rose")
    app.dialog("S", "Speaker: type a name")
    app.fill("Ana Vega")
    app.press("enter")
    app.wait_for("speaker(s) set to Ana Vega")
    app.wait_for("Speaker  Ana Vega   cue")
    app.command("z")
    app.wait_for("undid claim.edited")
    app.wait_for("Speaker  Vega   cue")
    desk.cli("edit", vega, "--speaker", "Ana Vega")  # the CLI does it again …
    app.wait_for("Speaker  Ana Vega   cue")  # … and the open app shows it
    return vega


def _figure_and_verdict(desk: Desk) -> str:
    app = desk.screen
    okafor = app.filter("OKAFOR", "OKAFOR: The council cut")
    app.dialog("C", "Correct: N value=V")
    app.fill("2 unit=jobs")
    app.press("enter")
    app.wait_for("Figure   1,000  count  1,000 jobs")
    app.command("z")
    app.wait_for("undid claim.edited")
    app.wait_gone("1,000 jobs")
    desk.cli("edit", okafor, "--quantity", "2", "--unit", "jobs")
    app.wait_for("Figure   1,000  count  1,000 jobs")
    app.command("d")  # a verdict, from the keyboard
    app.wait_for("marked disputed")
    return okafor


def _dismiss(desk: Desk) -> str:
    """The chair's turn and the mayor's words she reports are two claims: the first goes."""
    app = desk.screen
    host = app.filter("Mayor Vega says", "REED: Mayor Vega says")
    app.command("D")
    app.wait_for("dismissed (z undoes)")
    app.wait_for("to triage: 1 of")  # the title bar: the mayor's words are left
    app.command("z")
    app.wait_for("undid claim.dismissed")
    app.wait_for("to triage: 2 of")
    desk.cli("dismiss", host)
    app.wait_for("to triage: 1 of")
    return host


def _merge(desk: Desk) -> tuple[str, str]:
    """The chair's turn and 'Critics say …' inside it are one statement: space selects the
    second, M on the first keeps the first."""
    app = desk.screen
    keep = app.filter("Critics say", "REED: Critics say")
    app.command("down")
    app.wait_until(lambda: app.highlighted() not in ("", keep), "the cursor on the second claim")
    other = app.current_claim()
    app.press("space", "up")
    app.wait_until(lambda: app.highlighted() == keep, "the cursor back on the first")
    app.press("M")
    app.wait_for("merged into this one")
    app.wait_for("to triage: 1 of")  # the title bar: one of the two is left
    app.command("z")
    app.wait_for("undid claim.merged")
    app.wait_for("to triage: 2 of")
    desk.cli("merge", keep, other)
    app.wait_for("to triage: 1 of")
    return keep, other


def _move_to(app: Terminal, cursor: int, target: int) -> None:
    app.move("right" if target > cursor else "left", abs(target - cursor))


def _split(desk: Desk) -> tuple[str, str]:
    """X opens the article with the cursor in the claim's middle; it goes to 'hired', where
    Vega's second statement of the sentence starts. The claim split and its second part."""
    app = desk.screen
    opened = app.filter("We opened", "We opened 40 clinics")
    start = TEXT.index("We opened")
    whole = TEXT[start : TEXT.index("nurses.") + len("nurses.")]
    app.dialog("X", "where the second part starts")
    _move_to(app, start + len(whole) // 2, TEXT.index("hired"))
    app.press("ctrl+s")
    app.wait_for("split: the second part is")
    app.wait_for("We opened 40 clinics and     ")  # the detail: the first part alone
    app.command("z")
    app.wait_for("undid claim.split")
    app.wait_gone("We opened 40 clinics and     ")
    out = desk.cli("split", opened, "--before", "hired")
    second = out.splitlines()[1].split()[0]
    assert app.filter("hired 500", "hired 500 nurses") == second
    return opened, second


def _add(desk: Desk, second: str) -> str:
    """A opens the article at the highlighted claim; shift+arrows select the missed words."""
    app = desk.screen
    words = "The river rose 2 metres"
    app.dialog("A", "shift+arrows select, ctrl+s adds")
    _move_to(app, TEXT.index("hired"), TEXT.index(words))
    app.move("shift+right", len(words))
    app.press("ctrl+s")
    expected = span_id(words)
    app.wait_for(f"claim {expected} added")
    app.command("z")
    app.wait_for("undid claim.added")
    new = desk.cli("add", ARTICLE, "--text", words).strip()
    assert new == expected
    app.filter("river rose 2", words)
    app.wait_for(f"{words}    ")  # its row in the list
    return new


def _reextract(desk: Desk, touched: set[str]) -> dict[str, dict]:
    """A changed extractor: REED, the chair, is a moderator now, so her turns make no claims.
    The machine's untouched REED claims go; what a person touched stays exactly as it was."""
    app = desk.screen
    app.filter("2,000 homes", "REED: The city says it built")
    before_file, after_file = desk.home / "before.jsonl", desk.home / "after.jsonl"
    desk.cli("export", "--format", "corrections", "-o", str(before_file))
    before = {c["id"]: c for c in desk.claims()}
    out = desk.cli("reextract", "--json", TRACKER_MODERATORS="REED")
    (plan,) = [json.loads(line) for line in out.splitlines()]
    # Vega's schools as the chair reports them, and the city's homes (the claim and its report)
    assert len(plan["removed"]) == 3 and not set(plan["removed"]) & touched
    assert touched <= set(plan["kept"])
    app.wait_gone("REED: The city says it built")  # the open app re-reads what the CLI changed
    after = {c["id"]: c for c in desk.claims()}
    assert after == {cid: c for cid, c in before.items() if cid not in plan["removed"]}
    desk.cli("export", "--format", "corrections", "-o", str(after_file))
    assert after_file.read_text() == before_file.read_text()
    assert "audit log intact" in desk.cli("audit", "verify")
    return after


def _round_trip(desk: Desk) -> None:
    """Corrections out, into a fresh database holding the same article, and out again."""
    exported = desk.home / "after.jsonl"
    fresh = Desk(desk.home / "fresh")
    fresh.home.mkdir()
    fresh.db = fresh.home / "claims.json"
    fresh.cli("ingest", str(HEARING))
    fresh.cli("import", str(exported), "--format", "corrections")
    again = fresh.home / "again.jsonl"
    fresh.cli("export", "--format", "corrections", "-o", str(again))
    assert again.read_text() == exported.read_text()
    assert "audit log intact" in fresh.cli("audit", "verify")


def _corrections(path: Path) -> dict[str, dict]:
    return {r["claim_id"]: r for r in map(json.loads, path.read_text().splitlines())}


def test_a_desk_session_in_a_real_terminal_survives_a_new_extractor(tmp_path: Path) -> None:
    need_a_pty()
    desk = Desk(tmp_path)
    audit_claim = _start(desk)
    desk.app = Terminal(desk.home, desk.db)
    try:
        desk.screen.wait_for("to triage")
        vega = _speaker(desk)
        okafor = _figure_and_verdict(desk)
        host = _dismiss(desk)
        keep, other = _merge(desk)
        opened, second = _split(desk)
        added = _add(desk, second)
        touched = {vega, okafor, host, keep, other, opened, second, added}
        claims = _reextract(desk, touched)
        assert desk.screen.quit() == 0
    finally:
        desk.screen.close()
    assert claims[audit_claim]["status"] == "false" and claims[okafor]["status"] == "disputed"
    fixes = _corrections(desk.home / "after.jsonl")
    assert set(fixes) == touched
    assert fixes[vega]["person"]["speaker"] == "Ana Vega"
    assert fixes[okafor]["person"]["quantities"][1]["unit"] == "jobs"
    assert fixes[host]["dismissed"] and fixes[other]["merged_into"] == keep
    assert fixes[second]["origin"] == fixes[added]["origin"] == "added"
    _round_trip(desk)
