"""What a newcomer found wrong at the desk: each case fails without its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from desk import ARTICLE, budget_workspace, by_words

from tracker.cli import cli
from tracker.errors import InvalidValueError, NotFoundError
from tracker.model import Claim
from tracker.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return budget_workspace(tmp_path)


def _run(db: Path, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def test_a_short_unambiguous_prefix_finds_the_claim(ws: Workspace) -> None:
    ids = [c.id for c in ws.claims()]
    for cid in ids:
        n = next(n for n in range(1, 17) if sum(o.startswith(cid[: 2 + n]) for o in ids) == 1)
        assert ws.resolve_id(cid[2 : 2 + n]) == cid
        assert _run(ws.path, "show", cid[: 2 + n])[0] == 0
    shared = next((p for p in "0123456789abcdef" if sum(o[2] == p for o in ids) > 1), None)
    if shared is not None:
        with pytest.raises(NotFoundError, match="ambiguous"):
            ws.resolve_id(shared)


def test_reading_a_missing_database_is_an_error_not_an_empty_answer(tmp_path: Path) -> None:
    typo = tmp_path / "typo.json"
    for args in (["list"], ["show", "c_1a"], ["match", "spending"], ["audit", "verify"]):
        code, out, err = _run(typo, *args)
        assert (code, out) == (1, ""), args
        assert err.strip() == f"tracker: error: no database at {typo} (`tracker ingest` starts one)"
    assert not typo.exists()


def test_an_empty_match_query_is_a_usage_error(ws: Workspace) -> None:
    code, out, err = _run(ws.path, "match", "  ")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args", [["lsit"], ["list", "--bogus"], ["audit", "verfy"], ["show"], ["mark"]]
)
def test_usage_errors_are_one_line_on_stderr_with_exit_2(ws: Workspace, args: list[str]) -> None:
    code, out, err = _run(ws.path, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("tracker: error: ")


@pytest.mark.parametrize("value", ["1e400", "inf", "-inf", "nan"])
def test_edit_refuses_a_value_that_is_no_finite_number(ws: Workspace, value: str) -> None:
    c = by_words(ws, "schools")
    code, out, err = _run(ws.path, "edit", c.id, "--quantity", "1", "--value", value)
    assert code == 1 and out == "" and "finite number" in err and len(err.splitlines()) == 1
    assert ws.claim(c.id) == c


def test_edit_refuses_to_add_words_that_state_no_figure(ws: Workspace) -> None:
    c = by_words(ws, "schools")
    code, _, err = _run(ws.path, "edit", c.id, "--add-quantity", "Officials")
    assert code == 1 and "states no figure" in err
    assert ws.claim(c.id) == c


def test_edit_of_a_claim_with_several_quantities_must_say_which(ws: Workspace) -> None:
    c = by_words(ws, "schools")
    code, _, err = _run(ws.path, "edit", c.id, "--unit", "CHF")
    assert code == 1 and "has 2 quantities: say which" in err
    assert ws.claim(c.id) == c
    code, _, _ = _run(ws.path, "edit", c.id, "--quantity", "2", "--unit", "wards")
    assert code == 0 and ws.claim(c.id).quantities[1].unit == "wards"
    one = by_words(ws, "river")
    assert len(one.quantities) == 1
    assert _run(ws.path, "edit", one.id, "--unit", "ft")[0] == 0  # the only one needs no number


def test_edit_sets_a_quantitys_kind(ws: Workspace) -> None:
    c = by_words(ws, "river")
    code, _, _ = _run(ws.path, "edit", c.id, "--quantity-kind", "count")
    assert code == 0 and ws.claim(c.id).quantities[0].kind == "count"
    code, _, err = _run(ws.path, "edit", c.id, "--quantity-kind", "weight")
    assert code == 2 and len(err.splitlines()) == 1


def test_the_apps_figure_line_names_no_quantity_unless_told(ws: Workspace) -> None:
    from tracker.tui.correcting import parse_figure_edit

    fix = parse_figure_edit("unit=CHF kind=money")["quantity"]
    assert (fix.number, fix.unit, fix.kind) == (None, "CHF", "money")
    c = by_words(ws, "schools")
    with pytest.raises(InvalidValueError, match="say which"):
        ws.edit_claim(c.id, **parse_figure_edit("unit=CHF"))
    with pytest.raises(InvalidValueError, match="finite"):
        ws.edit_claim(c.id, **parse_figure_edit("1 value=1e400"))


def test_an_added_claim_takes_no_speaker_or_cue_from_outside_its_span() -> None:
    from tracker.corrections import claim_from_span
    from tracker.model import Attribution, claim_id_for

    text = "Profits will fall this year, or so writes Mr. Fleming. He said costs rose."
    fleming = text.index("Mr. Fleming")
    writes = text.index("writes")
    he, said = text.index("He said"), text.index("said costs")
    machine = [
        Claim(
            id=claim_id_for("a_1", 0, 53),
            article_id="a_1",
            text=text[:53],
            start=0,
            end=53,
            kinds=("attributed",),
            quantities=(),
            attribution=Attribution(
                "Fleming",
                "Mr. Fleming",
                fleming,
                fleming + 11,
                "writes",
                writes,
                writes + 6,
                "indirect",
                0,
                27,
            ),
        ),
        Claim(
            id=claim_id_for("a_1", he, len(text)),
            article_id="a_1",
            text=text[he:],
            start=he,
            end=len(text),
            kinds=("attributed",),
            quantities=(),
            attribution=Attribution(
                "Fleming",
                "He",
                he,
                he + 2,
                "said",
                said,
                said + 4,
                "indirect",
                said + 5,
                len(text) - 1,
            ),
        ),
    ]
    tail = text.index("or so")
    for s, e in ((tail, 53), (said + 5, len(text))):  # the cue's words, then the content alone
        added = claim_from_span(text, "a_1", s, e, [], machine)
        assert added.attribution is None, text[s:e]
    whole = claim_from_span(text, "a_1", 0, 53, [], machine)
    assert whole.attribution is not None and whole.speaker == "Fleming"


def _plain(text: str) -> Claim:
    from tracker.model import claim_id_for

    return Claim(claim_id_for("a_1", 0, len(text)), "a_1", text, 0, len(text), (), (), None)


def test_split_parts_end_at_words_and_a_fragment_is_refused() -> None:
    from tracker.corrections import split_claim

    text = "Sales rose 12% - and 300 jobs went, the firm said so, up to"
    first, second = split_claim(_plain(text), text, text.index("and"))
    assert first.text == "Sales rose 12%" and second.text.startswith("and 300")
    first, second = split_claim(_plain(text), text, text.index("obs went"))  # inside a word
    assert first.text == "Sales rose 12% - and 300" and second.text.startswith("jobs went")
    with pytest.raises(InvalidValueError, match="is no statement"):
        split_claim(_plain(text), text, text.index("to"))


def test_an_added_fragment_is_refused_and_a_plain_statement_says_what_it_is(
    ws: Workspace,
) -> None:
    art = ws.articles()[0].id
    code, _, _ = _run(ws.path, "add", art, "--text", "by 12% to")
    assert code == 0  # a figure is a statement's substance
    assert any(c.text == "by 12% to" for c in ws.claims())
    start = ARTICLE.index("to $2")
    code, _, err = _run(ws.path, "add", art, "--start", str(start), "--end", str(start + 3))
    assert code == 1 and "is no statement" in err
    code, out, _ = _run(ws.path, "add", art, "--text", "The weather was mild")
    assert code == 0
    added = ws.claim(out.strip())
    assert added.kinds == () and "statement" in _run(ws.path, "show", added.id)[1]


def test_merge_refuses_claims_of_different_articles_and_of_different_verdicts(
    ws: Workspace, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Schools news\n\nThe mayor said 300 schools closed in May.", encoding="utf-8")
    ws.ingest([str(other)])
    elsewhere = next(c for c in ws.claims() if c.article_id != ws.claims()[0].article_id)
    keep, dup = by_words(ws, "spending"), by_words(ws, "schools closed and")
    ws.set_status([elsewhere.id], "false")
    code, _, err = _run(ws.path, "merge", keep.id, elsewhere.id)
    assert code == 1 and "different articles" in err and len(err.splitlines()) == 1
    assert ws.claim(elsewhere.id).merged_into is None and ws.claim(keep.id).status.value != "false"
    ws.set_status([keep.id], "verified")
    ws.set_status([dup.id], "false")
    code, _, err = _run(ws.path, "merge", keep.id, dup.id)
    assert code == 1 and "different verdicts (false, verified)" in err
    assert ws.claim(dup.id).merged_into is None
    code, _, _ = _run(ws.path, "merge", keep.id, dup.id, "--force")
    assert code == 0 and ws.claim(keep.id).status.value == "verified"
    assert ws.claim(dup.id).merged_into == keep.id


async def test_the_apps_merge_refuses_claims_of_different_articles(
    ws: Workspace, tmp_path: Path
) -> None:
    from tracker.tui.app import TrackerApp

    other = tmp_path / "other.txt"
    other.write_text("Schools news\n\nThe mayor said 300 schools closed in May.", encoding="utf-8")
    ws.ingest([str(other)])
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 32)) as pilot:
        rows = app.claim_list.rows
        other_article = next(
            j for j, r in enumerate(rows) if r.article_id != rows[0].article_id
        )  # the list is in priority order: find a claim of the other article
        await pilot.press(*["down"] * other_article, "space", "home", "M")
        await pilot.pause()
        assert all(ws.claim(r.id).merged_into is None for r in rows)


@pytest.mark.parametrize("rows", [2, 3, 7])
def test_an_archive_over_the_row_limit_is_counted_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int
) -> None:
    monkeypatch.setenv("TRACKER_MAX_IMPORT_ROWS", "1")
    archive = tmp_path / "a.csv"
    lines = ["text,verdict", *(f"Claim number {n} said 5 things,False" for n in range(rows))]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = _run(tmp_path / "db.json", "import", str(archive))
    assert code == 1 and f"too many rows ({rows}; the limit is 1" in err


def test_an_added_claim_agrees_only_with_a_claim_saying_the_same(ws: Workspace) -> None:
    from dataclasses import replace

    from benchmarks.eval_corrections import score
    from tracker.corrections_io import correction_dict
    from tracker.extract import extract_text

    officials = by_words(ws, "Officials said")
    ws.split(officials.id, at=ARTICLE.index("40 clinics"))  # the second part is 'added'
    lines = [correction_dict(r) for r in ws.correction_records()]
    added = [d for d in lines if d["origin"] == "added"]
    assert len(added) == 1

    def extract(aid: str) -> list[Claim]:
        return extract_text(ws.article(aid).text, aid)

    assert score(added, extract)["missed claim agreed"] == 1

    def wrong(aid: str) -> list[Claim]:  # the same span, a wrong speaker and figure
        out = []
        for c in extract(aid):
            if c.attribution is not None and "clinics" in c.text:
                att = replace(c.attribution, speaker="Somebody Else")
                c = replace(c, attribution=att, quantities=c.quantities[:1])
            out.append(c)
        return out

    assert score(added, wrong)["missed claim agreed"] == 0


async def test_the_apps_export_refuses_an_existing_file_unless_told(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.tui.app import TrackerApp

    monkeypatch.chdir(tmp_path)
    (tmp_path / "exists.csv").write_text("keep me\n", encoding="utf-8")
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        await pilot.press(*"csv exists.csv", "enter")
        await pilot.pause()
        assert (tmp_path / "exists.csv").read_text(encoding="utf-8") == "keep me\n"
        said = [n.message for n in app._notifications]
        assert said == ["exists.csv: already exists; type 'csv! exists.csv' to replace it"]
        await pilot.press("E")
        await pilot.pause()
        await pilot.press(*"csv! exists.csv", "enter")
        await pilot.pause()
        assert (tmp_path / "exists.csv").read_text(encoding="utf-8").startswith("id,")


async def test_the_apps_corrections_act_on_the_selection_else_the_highlighted_row(
    ws: Workspace,
) -> None:
    from textual.widgets import Input

    from tracker.tui.app import TrackerApp

    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 32)) as pilot:
        rows = [r.id for r in app.claim_list.rows]
        await pilot.press("space", "space")  # selects rows 0 and 1 (space moves on)
        assert app.claim_list.selected == {rows[0], rows[1]}
        await pilot.press("S")
        await pilot.pause()
        app.screen.query_one(Input).value = "Jane Doe"
        await pilot.press("enter")
        await pilot.pause()
        assert [ws.claim(c).speaker for c in rows[:2]] == ["Jane Doe", "Jane Doe"]
        assert ws.claim(rows[2]).speaker != "Jane Doe" and not app.claim_list.selected
        await pilot.press("D")  # the highlighted row (2) now: the selection was used
        await pilot.pause()
        assert [ws.claim(c).dismissed for c in rows[:3]] == [False, False, True]
        await pilot.press("z", "z")
        await pilot.pause()
        assert all(ws.claim(c).speaker != "Jane Doe" for c in rows[:2])  # one undo each


async def test_the_title_counts_the_same_claims_filtered_or_not(ws: Workspace) -> None:
    from tracker.tui.app import TrackerApp

    ids = [c.id for c in ws.claims()]
    ws.dismiss([ids[0]])
    ws.merge(ids[1], [ids[2]])
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("t")  # every claim, not the triage queue
        await pilot.pause()
        total = len(app.claim_list.rows)
        assert total == len(ids) - 2 and app.sub_title.startswith(f"{total} claims")
        await pilot.press("slash", *"kind:q", "enter")
        await pilot.pause()
        shown = len(app.claim_list.rows)
        assert app.sub_title.startswith(f"{shown} of {total} claims")


SEQUEL = (
    "Budget row, day two\n\n"
    "The minister, Jane Roe, said on Monday that spending rose by 12% to $2 billion last year. "
    "Officials said 350 schools closed and 40 clinics opened. "
)


async def test_a_twins_verdict_shows_at_once_beside_a_changed_figure(
    ws: Workspace, tmp_path: Path
) -> None:
    from tracker.tui.app import TrackerApp

    sequel = tmp_path / "sequel.txt"
    sequel.write_text(SEQUEL, encoding="utf-8")
    ws.ingest([str(sequel)])
    app = TrackerApp(ws, poll=False)
    async with app.run_test(size=(120, 32)) as pilot:
        rows = app.claim_list.rows
        repeat = next(r for r in rows if r.changed)  # 350 schools where the first said 300
        twin = ws.claim(repeat.id).matches[0].claim_id
        app.claim_list.cursor = [r.id for r in rows].index(twin)
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        row = next(r for r in app.claim_list.rows if r.id == repeat.id)
        assert row.changed and row.verdict_seen
        drawn = app.claim_list._draw(row, 100, False, False).text
        assert "1!✓" in drawn


def test_list_shows_a_cut_speaker_with_an_ellipsis(ws: Workspace) -> None:
    """As the app's speaker column does: a name cut at 24 characters ends with '…'."""
    c = by_words(ws, "schools")
    ws.edit_claim(c.id, speaker="Korea Institute for National Unification")
    short = by_words(ws, "spending rose")
    ws.edit_claim(short.id, speaker="Ann Bee")
    lines = {line.split()[0]: line for line in _run(ws.path, "list")[1].splitlines()}
    assert "  Korea Institute for Nat…  " in lines[c.id]
    assert "  Ann Bee                   " in lines[short.id]


def test_adding_a_figure_the_claim_already_states_is_refused(ws: Workspace) -> None:
    c = by_words(ws, "schools")
    code, _, err = _run(ws.path, "edit", c.id, "--add-quantity", "300 schools")
    assert code == 1 and "already quantity 1" in err and len(err.splitlines()) == 1
    assert ws.claim(c.id) == c
    code, _, _ = _run(ws.path, "edit", c.id, "--remove-quantity", "1", "--add-quantity", "300")
    assert code == 0 and [q.text for q in ws.claim(c.id).quantities] == ["300", "40"]
