"""The app's corrections with Pilot: speaker, figures, dismiss/restore, merge, add, twins."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk import seeded_workspace
from textual.widgets import Input, OptionList, Static, TextArea

from tracker.errors import InvalidValueError
from tracker.tui.app import TrackerApp
from tracker.tui.correcting import parse_figure_edit
from tracker.tui.correcting_screens import ArticleScreen, SpeakerScreen, viewable
from tracker.workspace import ClaimFilter, Workspace

SIZE = (100, 32)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    return seeded_workspace(tmp_path, monkeypatch)


def detail_text(app: TrackerApp) -> str:
    return str(app.query_one("#detail", Static).render())


async def test_edit_speaker_by_typing_and_by_picking(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        cid = app.claim_list.current.id
        await pilot.press("S")
        assert isinstance(app.screen, SpeakerScreen)
        app.screen.query_one(Input).value = "Jane Doe"
        await pilot.press("enter")
        await pilot.pause()
        assert ws.claim(cid).speaker == "Jane Doe" and ws.claim(cid).origin == "edited"
        assert app.claim_list.current.speaker == "Jane Doe"
        await pilot.press("S")
        options = app.screen.query_one(OptionList)
        options.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        picked = app.screen is not None and ws.claim(cid).speaker
        assert picked in ws.article_speakers(ws.claim(cid).article_id)
        await pilot.press("z")
        await pilot.pause()
        assert ws.claim(cid).speaker == "Jane Doe"


async def test_correct_a_figure_from_the_keyboard(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        row = next(k for k, r in enumerate(app.claim_list.rows) if "Q" in r.kinds)
        app.claim_list.cursor = row
        cid = app.claim_list.current.id
        await pilot.press("C")
        app.screen.query_one(Input).value = "1 value=42 unit=people approx=about"
        await pilot.press("enter")
        await pilot.pause()
        q = ws.claim(cid).quantities[0]
        assert (q.value, q.unit, q.approx) == (42, "people", "about")


async def test_dismiss_hides_toggle_shows_and_restore_and_undo(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        total = len(app.claim_list.rows)
        cid = app.claim_list.current.id
        await pilot.press("D")
        await pilot.pause()
        assert ws.claim(cid).dismissed and len(app.claim_list.rows) == total - 1
        assert cid not in {r.id for r in app.claim_list.rows}
        await pilot.press("H")
        await pilot.pause()
        assert [r.id for r in app.claim_list.rows] == [cid]
        assert "Dismissed" in detail_text(app)
        app.claim_list.focus()
        await pilot.press("D")  # on a dismissed claim: restore
        await pilot.pause()
        assert not ws.claim(cid).dismissed
        await pilot.press("H")
        await pilot.pause()
        assert len(app.claim_list.rows) == total
        app.claim_list.focus()
        await pilot.press("z")  # undo the restore: dismissed again
        await pilot.pause()
        assert ws.claim(cid).dismissed and len(app.claim_list.rows) == total - 1


async def test_merge_selected_into_the_current_claim(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        rows = app.claim_list.rows  # merging is for one article's claims: two side by side
        k = next(i for i in range(len(rows) - 1) if rows[i].article_id == rows[i + 1].article_id)
        keep, other = rows[k].id, rows[k + 1].id
        await pilot.press(*["down"] * (k + 1), "space", "up", "up", "M")  # space moves on
        await pilot.pause()
        assert ws.claim(other).merged_into == keep
        assert other not in {r.id for r in app.claim_list.rows}
        await pilot.press("z")
        await pilot.pause()
        assert ws.claim(other).merged_into is None
        assert other in {r.id for r in app.claim_list.rows}


async def test_add_a_claim_from_the_article_view(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        article = ws.article(app.claim_list.current.article_id)
        await pilot.press("A")
        assert isinstance(app.screen, ArticleScreen)
        area = app.screen.query_one(TextArea)
        words = article.text.split("\n")[0][:40].rstrip()
        start = article.text.index(words)
        doc = area.document
        area.selection = area.selection.__class__(
            doc.get_location_from_index(start), doc.get_location_from_index(start + len(words))
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        added = [c for c in ws.claims() if c.origin == "added"]
        assert [c.text for c in added] == [words]
        assert app.claim_list.current.id == added[0].id
        await pilot.press("z")
        await pilot.pause()
        assert not [c for c in ws.claims() if c.origin == "added"]
        assert added[0].id not in {r.id for r in app.claim_list.rows}


async def test_article_view_needs_a_selection(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)  # nothing selected: stays open
        await pilot.press("escape")
        assert not [c for c in ws.claims() if c.origin == "added"]


async def test_twin_verdict_is_offered_and_applied(tmp_path: Path) -> None:
    body = "Officials said 300 schools closed and 40 clinics opened last year."
    (tmp_path / "a.txt").write_text(f"First report\n\n{body}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Second report\n\n{body}\n", encoding="utf-8")
    ws = Workspace(tmp_path / "claims.json", actor="tester")
    ws.ingest([str(tmp_path / "a.txt")])
    ws.set_status([c.id for c in ws.claims()], "false")
    ws.ingest([str(tmp_path / "b.txt")])
    target = next(c for c in ws.claims() if c.matches)
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        app.claim_list.cursor = next(
            k for k, r in enumerate(app.claim_list.rows) if r.id == target.id
        )
        await pilot.pause(0.2)
        assert "Twin's verdict  FALSE" in detail_text(app)
        await pilot.press("T")
        await pilot.pause()
        assert ws.claim(target.id).status.value == "false"
        assert ws.history(target.id)[-1].data["from_twin"] == target.matches[0].claim_id


def test_figure_edit_lines() -> None:
    q = parse_figure_edit("2 value=1,500 unit=people approx=about")["quantity"]
    assert (q.number, q.value, q.unit, q.approx) == (2, 1500.0, "people", "about")
    assert parse_figure_edit("-1") == {"remove": [1]}
    assert parse_figure_edit("+40 clinics") == {"add_quantity": "40 clinics"}
    assert parse_figure_edit("kinds=q")["kinds"] == ["quantitative"]
    assert parse_figure_edit("1 value=-").get("quantity").clear_value
    for bad in ("1 value=lots", "hello", ""):
        with pytest.raises(InvalidValueError):
            parse_figure_edit(bad)


def test_article_view_keeps_offsets_and_draws_no_escapes() -> None:
    text = "A\x1b[31m red\x07 claim"
    shown = viewable(text)
    assert len(shown) == len(text) and "\x1b" not in shown and "\x07" not in shown


def test_article_view_draws_no_bidi_overrides() -> None:
    text = "Profit \u202eup 5%\u202c, said \u2066Ann\u2069"
    shown = viewable(text)
    assert len(shown) == len(text) and not any(c in shown for c in "\u202e\u202c\u2066\u2069")


def test_snapshot_speaker_dialog(snap_compare, ws: Workspace) -> None:
    assert snap_compare(TrackerApp(ws, poll=False), terminal_size=SIZE, press=["S"])


def test_snapshot_article_view(snap_compare, ws: Workspace) -> None:
    assert snap_compare(TrackerApp(ws, poll=False), terminal_size=SIZE, press=["A"])


def test_dismissed_claims_are_left_out_of_exports_from_the_app(ws: Workspace) -> None:
    cid = ws.claims()[0].id
    ws.dismiss([cid])
    assert cid not in {c.id for c in ws.iter_claims(ClaimFilter())}


def test_help_names_keys_as_a_person_writes_them() -> None:
    from tracker.tui.app import key_names

    assert key_names("question_mark") == "?"
    assert key_names("slash") == "/"
    assert key_names("up,k") == "up k"
    assert key_names("ctrl+t") == "ctrl+t"


def test_a_cut_speaker_ends_with_an_ellipsis() -> None:
    from tracker.tui.claim_list import clip

    assert clip("Antony Blinken", 18) == "Antony Blinken"
    assert clip("A study by the Korea Institute", 18) == "A study by the Ko…"
    assert len(clip("x" * 40, 18)) == 18


def test_statistics_fold_case_and_leave_out_pronouns() -> None:
    from tracker.tui.screens import speaker_counts
    from tracker.workspace import ClaimRow

    def row(speaker: str) -> ClaimRow:
        return ClaimRow("c", "unverified", "A", speaker, "t", "a", "t", "", 0, False, False)

    rows = [row(s) for s in ("The Ministry", "the Ministry", "The Ministry", "He", "they", "")]
    assert speaker_counts(rows) == {"The Ministry": 3}


async def test_next_claim_after_a_mark_is_an_option(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert app.claim_list.cursor == 0
        await pilot.press("ctrl+a", "f")
        assert app.claim_list.cursor == 1 and app.claim_list.rows[0].status == "false"


async def test_ingest_dialog_takes_quoted_paths_with_spaces(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "new articles"
    folder.mkdir()
    (folder / "one story.txt").write_text(
        "A story\n\nThe mayor said 300 homes flooded.\n", encoding="utf-8"
    )
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        before = ws.count()
        await pilot.press("i")
        app.screen.query_one(Input).value = f'"{folder / "one story.txt"}"'
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert ws.count() == before + 1


async def test_split_a_claim_at_the_cursor_in_the_article_view(ws: Workspace) -> None:
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        claim = ws.claim(app.claim_list.current.id)
        cut = claim.start + claim.text.index(" ", len(claim.text) // 2) + 1
        await pilot.press("X")
        area = app.screen.query_one(TextArea)
        area.cursor_location = area.document.get_location_from_index(cut)
        await pilot.press("ctrl+s")
        await pilot.pause()
        first = ws.claim(claim.id)
        assert first.end < claim.end and first.origin == "edited"
        second = next(c for c in ws.claims() if c.origin == "added")
        assert second.start == cut and second.id in {r.id for r in app.claim_list.rows}


def test_a_merged_claims_history_moves_with_it(tmp_path: Path, ws: Workspace) -> None:
    keep, other = (c.id for c in ws.claims()[:2])
    ws.set_status([other], "false", note="checked")
    ws.merge(keep, [other])
    actions = [(e.claim_id, e.action) for e in ws.history(keep)]
    assert (other, "status.changed") in actions and (keep, "claim.merged") in actions


async def test_detail_pane_scrolls_and_jumps_to_twins_from_the_keyboard(ws: Workspace) -> None:
    from textual.containers import VerticalScroll

    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 24)) as pilot:
        app.claim_list.cursor = next(k for k, r in enumerate(app.claim_list.rows) if r.changed)
        await pilot.pause(0.2)
        pane = app.query_one("#detail-pane", VerticalScroll)
        assert pane.scroll_y == 0
        await pilot.press("W")
        await pilot.pause()
        assert pane.scroll_y > 0
        assert app.focused is app.claim_list
        await pilot.press(*"K" * 6)
        await pilot.pause()
        assert pane.scroll_y == 0
        await pilot.press("J")
        await pilot.pause()
        assert pane.scroll_y > 0


async def test_another_process_change_shows_though_a_read_took_it_in_first(ws: Workspace) -> None:
    """The CLI dismisses the highlighted claim while the app is open; the detail pane's next
    read takes the new file in before the poll looks, and the poll must still re-read the rows."""
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        cid = app.claim_list.current.id
        Workspace(ws.path, actor="cli").dismiss([cid])  # another process
        ws.history(cid)  # a read, as the detail pane's
        app.check_for_changes()
        await pilot.pause()
        assert cid not in {r.id for r in app.claim_list.rows}
