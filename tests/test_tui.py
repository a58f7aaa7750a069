"""The terminal app, driven with Pilot: every action, asserted on the database and the screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey

from tracker import audit
from tracker.model import Status
from tracker.tui import app as app_module
from tracker.tui.app import TrackerApp
from tracker.tui.filtering import View
from tracker.tui.footer import SteadyFooter
from tracker.tui.screens import AuditScreen, HelpScreen, StatsScreen
from tracker.workspace import Workspace

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(audit, "now_iso", lambda: "2026-01-01T00:00:00.000000Z")
    ws = Workspace("claims.json", actor="tester")
    ws.ingest([str(SEEDS)])
    return ws


def detail_text(app: TrackerApp) -> str:
    return str(app.query_one("#detail", Static).render())


async def filter_then_mark(app: TrackerApp, pilot: Pilot, query: str, key: str) -> str:
    """Type a filter, mark the highlighted claim with a key; the marked claim's id."""
    app.query_one("#filter", Input).value = query
    await pilot.pause()
    marked = app.claim_list.current.id
    app.claim_list.focus()
    await pilot.pause()  # focus lands on the next turn of the loop; the key must reach the list
    await pilot.press(key)
    return marked


async def test_list_shows_every_claim_and_marks_with_keys(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        assert len(app.claim_list.rows) == ws.count()
        first = app.claim_list.current.id
        await pilot.press("f")
        assert ws.claim(first).status is Status.FALSE
        assert app.claim_list.rows[0].status == "false"
        await pilot.press("down", "v")
        assert ws.claim(app.claim_list.rows[1].id).status is Status.VERIFIED
        await pilot.press("u")
        assert ws.claim(app.claim_list.rows[1].id).status is Status.UNVERIFIED


async def test_space_selects_several_claims_for_one_mark(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        ids = [r.id for r in app.claim_list.rows[:3]]
        await pilot.press("space", "space", "space", "d")
        assert [ws.claim(i).status for i in ids] == [Status.DISPUTED] * 3
        assert not app.claim_list.selected
        await pilot.press("z")  # one undo takes back the whole mark
        assert [ws.claim(i).status for i in ids] == [Status.UNVERIFIED] * 3


async def test_filter_follows_each_keystroke_and_understands_fields(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        # Focus moves on the next turn of the event loop: typing before it lands would send
        # the letters to the list's bindings (s: statistics, u: unverified, e: evidence).
        await pilot.pause()
        assert app.focused is app.query_one("#filter", Input)
        await pilot.press("r", "u", "s", "s", "e", "l")
        await pilot.pause()
        assert app.claim_list.rows and all("Russel" in r.text for r in app.claim_list.rows)
        flt = app.query_one("#filter", Input)
        flt.value = "kind:q speaker:blinken"
        await pilot.pause()
        assert app.claim_list.rows
        assert all("Q" in r.kinds and "Blinken" in r.speaker for r in app.claim_list.rows)
        flt.value = "russle"  # a typo still finds it, fuzzily
        await pilot.pause()
        assert any("Russel" in r.text for r in app.claim_list.rows)
        flt.value = "status:nonsense"
        await pilot.pause()  # a bad field is a notification, not a crash


async def test_a_mark_under_a_filter_shows_once_the_filter_is_cleared(ws: Workspace) -> None:
    app = all_claims(TrackerApp(ws, poll=False))  # the queue would drop the marked claim
    async with app.run_test(size=(100, 30)) as pilot:
        marked = await filter_then_mark(app, pilot, "speaker:russel", "m")
        assert app.claim_list.current.status == "misleading"
        app.query_one("#filter", Input).value = ""
        await pilot.pause()
        assert {r.id: r.status for r in app.claim_list.rows}[marked] == "misleading"
        assert sum(r.status == "misleading" for r in app.all_rows) == 1


def slow_start(ws: Workspace, monkeypatch: pytest.MonkeyPatch, first: int, size: int) -> TrackerApp:
    """An app whose start-up reads the 33 seed claims in small slices, as it would 100,000."""
    monkeypatch.setattr(app_module, "FIRST_ROWS", first)
    monkeypatch.setattr(app_module, "ROW_SLICE", size)
    return all_claims(TrackerApp(ws, poll=False))


def all_claims(app: TrackerApp) -> TrackerApp:
    """The app showing every claim (opinion too) rather than the triage queue."""
    app.view = View(queue=False, opinion=True)
    return app


async def test_start_up_shows_the_first_rows_and_reads_the_rest_between_events(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = slow_start(ws, monkeypatch, 4, 7)
    async with app.run_test(size=(100, 30)) as pilot:
        assert 4 <= len(app.claim_list.rows) < ws.count()  # usable before every row is read
        assert "reading" in app.sub_title
        first = app.claim_list.current.id
        await pilot.press("f")  # a mark while reading lands, and the later rows are fresh
        for _ in range(3000):  # bounded: a stalled load fails here rather than hanging CI
            if app._loading is None:
                break
            await pilot.pause(0.01)
        assert len(app.claim_list.rows) == ws.count()
        assert [r.id for r in app.claim_list.rows] == [r.id for r in ws.rows(by_priority=True)]
        marked = next(r for r in app.claim_list.rows if r.id == first)
        assert marked.status == "false" and ws.claim(first).status is Status.FALSE
        assert "reading" not in app.sub_title


async def test_end_while_reading_goes_to_the_very_last_claim(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = slow_start(ws, monkeypatch, 3, 5)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app._loading is not None
        app.claim_list.action_jump(-1)  # as the End key does, before any slice has run
        assert app._loading is None
        assert app.claim_list.current.id == ws.rows(by_priority=True)[-1].id
        await pilot.pause()


async def test_a_filter_typed_while_reading_searches_every_row(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = slow_start(ws, monkeypatch, 3, 5)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app._loading is not None
        app.query_one("#filter", Input).value = "russel"  # the last article's speaker
        app.apply_filter()  # as the Changed event will, before any slice has run
        assert app._loading is None
        assert app.claim_list.rows and all("Russel" in r.text for r in app.claim_list.rows)
        await pilot.pause(0.4)  # the typo vocabulary still gets built, while idle
        assert app._search.learn_words(0)


async def test_a_mark_is_seen_by_the_next_keystroke_of_a_status_filter(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        marked = await filter_then_mark(app, pilot, "status:unverified t", "v")
        app.query_one("#filter", Input).value = "status:unverified th"
        await pilot.pause()
        assert app.claim_list.rows
        assert marked not in {r.id for r in app.claim_list.rows}


async def test_note_and_evidence_dialogs_save_to_the_database(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        cid = app.claim_list.current.id
        await pilot.press("n")
        await pilot.pause()  # the dialog takes focus
        await pilot.press(*"needs a source")
        await pilot.press("ctrl+s")
        assert [n.text for n in ws.claim(cid).notes] == ["needs a source"]
        assert "needs a source" in detail_text(app)
        await pilot.press("e")
        await pilot.pause()  # the dialog takes focus
        await pilot.press(*"javascript:x", "enter")
        assert ws.claim(cid).evidence == ()  # refused, with a notification
        await pilot.press("e")
        await pilot.pause()  # the dialog takes focus
        await pilot.press(*"https://example.org/src", "enter")
        assert ws.claim(cid).evidence == ("https://example.org/src",)


async def test_a_note_on_a_selection_is_one_change_and_one_undo(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "space", "space")
        picked = list(app.claim_list.selected)
        assert len(picked) == 3
        await pilot.press("n")
        await pilot.pause()  # the dialog takes focus
        await pilot.press(*"same source", "ctrl+s")
        assert all([n.text for n in ws.claim(c).notes] == ["same source"] for c in picked)
        batches = {e.data["batch"] for e in ws.history() if e.action == "note.added"}
        assert len(batches) == 1
        await pilot.press("z")
        assert all(ws.claim(c).notes == () for c in picked)


async def test_help_stats_and_audit_screens_open_and_close(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        for key, screen in (("question_mark", HelpScreen), ("s", StatsScreen), ("a", AuditScreen)):
            await pilot.press(key)
            assert isinstance(app.screen, screen)
            await pilot.press("escape")
            assert not isinstance(app.screen, screen)


async def test_a_change_by_another_process_appears_and_keeps_the_selection(ws: Workspace) -> None:
    app = all_claims(TrackerApp(ws, poll=False))  # a claim marked elsewhere leaves the queue
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "down")
        kept = app.claim_list.current.id
        other = Workspace("claims.json", actor="someone-else")
        other.set_status([kept], "misleading")
        app.check_for_changes()
        await pilot.pause()
        assert app.claim_list.current.id == kept
        assert app.claim_list.current.status == "misleading"
        await pilot.pause(0.4)  # the typo vocabulary is rebuilt while idle, not on a keystroke
        assert app._search.learn_words(0)


async def test_ingest_runs_in_a_worker_and_new_claims_appear(ws: Workspace, tmp_path: Path) -> None:
    extra = tmp_path / "new.txt"
    extra.write_text("Headline\nThe mayor said 300 homes were flooded last night.")
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        before = len(app.claim_list.rows)
        await pilot.press("i")
        await pilot.pause()  # the dialog takes focus
        await pilot.press(*str(extra), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.claim_list.rows) == before + 1


async def test_export_dialog_writes_the_listed_claims(ws: Workspace, tmp_path: Path) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("E")
        await pilot.pause()  # the dialog takes focus
        await pilot.press(*"jsonl out.jsonl", "enter")
        lines = (tmp_path / "out.jsonl").read_text().splitlines()
        assert len(lines) == ws.count() and json.loads(lines[0])["id"]


async def test_a_user_keymap_rebinds_by_binding_id(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"mark.false": "F"}))
    monkeypatch.setenv("TRACKER_KEYMAP", str(keymap))
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        cid = app.claim_list.current.id
        await pilot.press("F")
        assert ws.claim(cid).status is Status.FALSE


async def test_untrusted_text_is_shown_literally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "markup.txt"
    art.write_text(
        "Title\n[bold red]Mayor[/] said 300 homes [link=http://x]flooded[/link] today \x1b[31m.\n"
    )
    ws = Workspace("claims.json")
    ws.ingest([str(art)])
    ws.add_note(ws.claims()[0].id, "[/] unbalanced [ and [red]")
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)):
        text = detail_text(app)
        assert "[bold red]Mayor[/]" in text and "[link=http://x]" in text
        assert "[/] unbalanced [ and [red]" in text
        assert "\x1b" not in text


async def test_small_terminal_and_no_color(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.no_color
        await pilot.press("down", "f")
        assert app.claim_list.rows[1].status == "false"


async def test_every_action_is_in_the_command_palette(ws: Workspace) -> None:
    from tracker.tui.commands import TrackerCommands

    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        provider = TrackerCommands(app.screen)
        titles = [hit.text for hit in [h async for h in provider.discover()]]
        for name in ("False", "Note", "Undo", "Ingest", "Export", "Audit", "Stats", "Help"):
            assert any(str(t).startswith(name) for t in titles), name
        for name in ("Edit speaker", "Dismiss", "Merge", "Add a claim", "Split", "Apply twin"):
            assert any(str(t).startswith(name) for t in titles), name  # the corrections too
        assert "Filter  (/)" in map(str, titles) and "Help  (?)" in map(str, titles)
        cid = app.claim_list.current.id
        hits = [h async for h in provider.search("misleading")]
        await hits[0].command()
        await pilot.pause()
        assert ws.claim(cid).status.value == "misleading"


async def test_keys_typed_right_after_slash_go_to_the_filter_even_in_a_busy_app(
    ws: Workspace,
) -> None:
    """'/' then 'fa' arriving before the app has handled the '/' (a busy app: start-up
    slices, a write): the letters are the filter's, not f (mark false) and a (audit)."""
    from textual import events

    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        statuses = {c.id: c.status for c in ws.claims()}
        for key, char in (("slash", "/"), ("f", "f"), ("a", "a")):
            app.post_message(events.Key(key, char))  # all queued before any is handled
        await pilot.pause()
        await pilot.pause()
        assert app._filter.value == "fa" and app.focused is app._filter
        assert {c.id: c.status for c in ws.claims()} == statuses
        await pilot.press("slash")  # in the filter, '/' is typed as itself
        assert app._filter.value == "fa/"


async def test_selected_claims_are_found_in_list_order_after_marks_move_them(
    ws: Workspace,
) -> None:
    """A few selected claims are located by bisection: the same claims, in the same order,
    as a walk over the list, also after a mark changed rows in place and when a selected
    claim is not shown."""
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f", "down", "down", "m")  # rows replaced where they stand
        rows = app.claim_list.rows
        picked = {rows[5].id, rows[0].id, rows[-1].id, rows[2].id}
        app.claim_list.selected = set(picked)
        walked = [r.id for r in rows if r.id in picked]
        assert app.claim_list.targets() == walked
        app.query_one("#filter", Input).value = "status:false"  # only the claim marked f
        await pilot.pause()
        shown = [r.id for r in app.claim_list.rows]
        app.claim_list.selected = set(picked)
        assert app.claim_list.targets() == [c for c in shown if c in picked] != []


async def test_the_footer_changes_key_by_key_as_a_rebuild_would(ws: Workspace) -> None:
    """Keys come and go in place ('/' leaves while a dialog or the filter has the keyboard):
    the footer then holds what Textual's full rebuild of it gives, in the same order."""

    def keys(app: TrackerApp) -> list[tuple[str, str, str, bool]]:
        return [
            (k.key, k.key_display, k.description, k._disabled)
            for k in app.query_one(SteadyFooter).query(FooterKey)
        ]

    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = keys(app)
        assert ("slash", "/", "Filter", False) in first
        await pilot.press("S")  # a dialog: '/' is typed into it, not bound
        await pilot.pause()
        assert ("slash", "/", "Filter", False) not in keys(app)
        await pilot.press("escape")
        await pilot.pause()
        assert keys(app) == first
        await pilot.press("slash", "x", "escape")
        await pilot.pause()
        assert keys(app) == first
        footer = app.query_one(SteadyFooter)
        footer.call_later(footer.recompose)  # Textual's own rebuild, in the footer's context
        await pilot.pause()
        assert keys(app) == first


@pytest.mark.parametrize(
    ("speaker", "mention", "inferred"),
    [
        ("Antony Blinken", "He", True),
        ("Ana Soto", "the minister", True),
        ("José Luis Ortega Pradera", "Mr Ortega Pradera", True),
        ("Antony Blinken", "Deputy Secretary of State Antony Blinken", False),
        ("Ana Soto", "ana soto", False),
        ("Ana Soto", "", False),
    ],
)
def test_the_detail_says_which_speakers_were_read_rather_than_written(
    speaker: str, mention: str, inferred: bool
) -> None:
    from tracker.tui.detail import _inferred

    assert _inferred(speaker, mention) is inferred
