"""A person's corrections: edit, dismiss, restore, merge, split, add; audited and undoable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from desk import ARTICLE, budget_workspace, by_words
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.cli import cli
from tracker.correcting import QuantityFix
from tracker.errors import InvalidValueError
from tracker.model import ADDED, EDITED, MACHINE, ORIGINS, Claim, claim_id_for
from tracker.records import decode_claim, encode_claim
from tracker.workspace import ClaimFilter, Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return budget_workspace(tmp_path)


def _snapshot(ws: Workspace) -> list[dict]:
    return sorted((c.to_dict() for c in ws.iter_claims(ClaimFilter())), key=lambda d: d["id"])


def test_edit_speaker_marks_the_claim_edited_and_undo_restores_it(ws: Workspace) -> None:
    before = _snapshot(ws)
    c = by_words(ws, "spending rose")
    edited = ws.edit_claim(c.id, speaker="Jane Doe")
    assert edited.speaker == "Jane Doe" and edited.origin == EDITED
    event = ws.history(c.id)[-1]
    assert event.action == "claim.edited" and "Jane Doe" in event.data["change"]
    assert event.before["a"][0] != "Jane Doe" and event.after["a"][0] == "Jane Doe"
    ws.undo()
    assert _snapshot(ws) == before
    assert ws.verify_audit().ok


def test_edit_quantities_value_unit_approx_add_and_remove(ws: Workspace) -> None:
    c = by_words(ws, "schools")
    assert [q.text for q in c.quantities] == ["300", "40"]
    c = ws.edit_claim(c.id, quantity=QuantityFix(2, value=41, unit="clinics", approx="about"))
    assert (c.quantities[1].value, c.quantities[1].unit, c.quantities[1].approx) == (
        41,
        "clinics",
        "about",
    )
    c = ws.edit_claim(c.id, remove=[1])
    assert [q.text for q in c.quantities] == ["40"]
    c = ws.edit_claim(c.id, add_quantity="300 schools")
    assert c.quantities[0].text.startswith("300")
    with pytest.raises(InvalidValueError, match="no quantity #9"):
        ws.edit_claim(c.id, quantity=QuantityFix(9, value=1))
    with pytest.raises(InvalidValueError, match="nothing to change"):
        ws.edit_claim(c.id)
    with pytest.raises(InvalidValueError, match="nothing to change"):
        ws.edit_claim(c.id, speaker=c.speaker or "")  # the same speaker is no correction


def test_dismissed_claims_leave_lists_exports_and_come_back(ws: Workspace) -> None:
    c = by_words(ws, "spending rose")
    ws.dismiss([c.id])
    assert c.id not in {x.id for x in ws.claims()}
    assert [x.id for x in ws.claims(ClaimFilter(dismissed=True))] == [c.id]
    assert c.id not in {x.id for x in ws.iter_claims()}
    ws.restore([c.id])
    assert c.id in {x.id for x in ws.claims()} and not ws.claim(c.id).dismissed


def test_merge_moves_notes_evidence_and_verdict_and_undo_splits_them_again(ws: Workspace) -> None:
    keep, other = by_words(ws, "spending rose"), by_words(ws, "schools")
    ws.set_status([other.id], "false", note="wrong", evidence=["https://example.org/x"])
    before = _snapshot(ws)
    merged = ws.merge(keep.id, [other.id])
    assert merged.status.value == "false"
    assert [n.text for n in merged.notes] == ["wrong"]
    assert merged.evidence == ("https://example.org/x",)
    assert ws.claim(other.id).merged_into == keep.id
    assert other.id not in {x.id for x in ws.claims()}
    with pytest.raises(InvalidValueError, match="already merged"):
        ws.merge(keep.id, [other.id])
    ws.undo()
    assert _snapshot(ws) == before
    assert ws.verify_audit().ok


def test_split_keeps_the_verdict_on_the_first_part(ws: Workspace) -> None:
    c = by_words(ws, "schools")
    ws.set_status([c.id], "verified")
    at = ARTICLE.index("40 clinics")
    first, second = ws.split(c.id, at=at)
    assert first.id == c.id and first.status.value == "verified"
    assert first.text.endswith("and") and second.text == "40 clinics opened."
    assert [q.text for q in second.quantities] == ["40"] and second.origin == ADDED
    assert ARTICLE[second.start : second.end] == second.text
    ws.undo()
    assert ws.claim(c.id).text == c.text
    with pytest.raises(Exception, match="no claim"):
        ws.claim(second.id)
    with pytest.raises(InvalidValueError, match="not inside"):
        ws.split(c.id, at=0)


def test_add_finds_the_words_extracts_figures_and_reports_ambiguity(ws: Workspace) -> None:
    aid = ws.articles()[0].id
    c = ws.add_claim(aid, text="the river rose 2 metres")
    assert c.origin == ADDED and c.id == claim_id_for(aid, c.start, c.end)
    assert [q.text for q in c.quantities] == ["2 metres"]
    with pytest.raises(InvalidValueError, match="occurs 2 times"):
        ws.add_claim(aid, text="rose")
    with pytest.raises(InvalidValueError, match="does not occur"):
        ws.add_claim(aid, text="no such words")
    with pytest.raises(InvalidValueError, match="already has that span"):
        ws.add_claim(aid, start=c.start, end=c.end)
    with pytest.raises(InvalidValueError, match="not inside the article"):
        ws.add_claim(aid, start=5, end=10**6)
    again = ws.add_claim(aid, text="Critics  disagreed.")  # any whitespace for any
    assert again.text == "Critics disagreed."
    ws.undo()
    ws.undo()
    assert ws.verify_audit().ok and all(x.origin != ADDED for x in ws.claims())


def test_records_without_correction_fields_read_as_machine_claims(ws: Workspace) -> None:
    c = by_words(ws, "schools")
    record = encode_claim(c, c.article_id)
    assert not {"o", "d", "mi"} & set(record)  # old databases look exactly like this
    assert decode_claim(record).origin == MACHINE


@given(
    origin=st.sampled_from(ORIGINS),
    dismissed=st.booleans(),
    merged=st.one_of(st.none(), st.just("c_0123456789abcdef")),
)
def test_correction_state_round_trips(origin: str, dismissed: bool, merged: str | None) -> None:
    c = Claim("c_1", "a_1", "x", 0, 1, (), origin=origin, dismissed=dismissed, merged_into=merged)
    assert decode_claim(encode_claim(c, "a_1")) == c
    assert Claim.from_dict(c.to_dict()) == c


def _run(db: Path, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def test_cli_session_edits_dismisses_merges_splits_adds_and_undoes(ws: Workspace) -> None:
    db = ws.path
    ids = [c.id for c in ws.claims()]
    code, out, _ = _run(db, "edit", ids[0], "--speaker", "Jane Doe")
    assert code == 0 and "Jane Doe" in out
    code, out, _ = _run(db, "dismiss", ids[1])
    assert code == 0 and ids[1] not in _run(db, "list")[1]
    assert ids[1] in _run(db, "list", "--status", "dismissed")[1]
    code, out, _ = _run(db, "add", ws.articles()[0].id, "--text", "the river rose 2 metres")
    assert code == 0 and out.strip().startswith("c_")
    new_id = out.strip()
    code, out, _ = _run(db, "show", new_id, "--json")
    assert json.loads(out)["origin"] == "added"
    code, _, err = _run(db, "add", ws.articles()[0].id, "--text", "rose")
    assert code != 0 and "occurs 2 times" in err and "Traceback" not in err
    code, _, err = _run(db, "edit", ids[0], "--value", "lots")
    assert code != 0 and "must be a number" in err
    for _ in range(3):
        assert _run(db, "undo")[0] == 0
    assert sorted(c.id for c in ws.claims()) == sorted(ids)
    assert _run(db, "audit", "verify")[0] == 0


def _changed_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 'new extractor': reads the weather figure as 3, no longer finds the officials'
    claim, drops Jane Roe's first figure, and finds 'Critics disagreed.' as a claim."""
    import dataclasses

    import tracker.extract as extraction

    original = extraction.extract_text

    def changed(text: str, article_id: str) -> list[Claim]:
        out = []
        for c in original(text, article_id):
            if "Officials" in c.text:
                continue
            if "weather" in c.text:
                c = dataclasses.replace(
                    c, quantities=(dataclasses.replace(c.quantities[0], value=3.0),)
                )
            if "Jane Roe" in c.text:
                c = dataclasses.replace(c, quantities=c.quantities[1:])
            out.append(c)
        start = text.index("Critics disagreed.")
        end = start + len("Critics disagreed.")
        extra = Claim(
            claim_id_for(article_id, start, end), article_id, text[start:end], start, end, ()
        )
        return [*out, extra]

    monkeypatch.setattr(extraction, "extract_text", changed)


def test_reextract_refreshes_machine_claims_and_undo_puts_them_back(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(ws)
    assert not ws.reextract()[0].changed  # the same extractor changes nothing
    _changed_extractor(monkeypatch)
    (plan,) = ws.reextract()
    assert len(plan.refreshed) == 2 and len(plan.removed) == 1 and len(plan.added) == 1
    assert by_words(ws, "weather").quantities[0].value == 3.0
    assert not [c for c in ws.claims() if "Officials" in c.text]
    assert ws.history()[-1].action == "article.reextracted"
    ws.undo()
    assert _snapshot(ws) == before and ws.verify_audit().ok


def test_reextract_keeps_every_correction_and_verdict(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = ws.articles()[0].id
    jane, officials, weather = (by_words(ws, w) for w in ("Jane Roe", "Officials", "weather"))
    ws.edit_claim(jane.id, speaker="Jane Roe, minister")
    ws.set_status([officials.id], "false", note="checked")
    ws.dismiss([weather.id])
    critics = ws.add_claim(aid, text="Critics disagreed.")
    ws.edit_claim(critics.id, speaker="critics")
    before = _snapshot(ws) + [x.to_dict() for x in ws.claims(ClaimFilter(dismissed=True))]
    _changed_extractor(monkeypatch)
    (plan,) = ws.reextract()
    assert not plan.changed and sorted(plan.kept) == sorted(
        [jane.id, officials.id, weather.id, critics.id]
    )
    after = _snapshot(ws) + [x.to_dict() for x in ws.claims(ClaimFilter(dismissed=True))]
    assert after == before
    assert ws.claim(officials.id).status.value == "false"
    assert ws.verify_audit().ok


def test_reextract_new_claim_overlapping_a_persons_yields(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = ws.articles()[0].id
    mine = ws.add_claim(aid, text="Critics disagreed")  # no full stop: another span
    _changed_extractor(monkeypatch)
    (plan,) = ws.reextract()
    assert [c.text for c in plan.yielded] == ["Critics disagreed."]
    assert [c.id for c in ws.claims() if "Critics" in c.text] == [mine.id]


def test_cli_reextract_reports_and_rejects_unknown_articles(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _changed_extractor(monkeypatch)
    code, out, _ = _run(ws.path, "reextract")
    assert code == 0 and "2 refreshed, 1 added, 1 removed" in out
    code, _, err = _run(ws.path, "reextract", "a_nope")
    assert code != 0 and "no ingested article" in err


def _correct_everything(ws: Workspace) -> None:
    aid = ws.articles()[0].id
    jane, officials, weather = (by_words(ws, w) for w in ("Jane Roe", "Officials", "weather"))
    ws.edit_claim(jane.id, speaker="Jane Roe, minister", quantity=QuantityFix(2, unit="GBP"))
    ws.dismiss([weather.id])
    ws.add_claim(aid, text="Critics disagreed.")
    ws.split(officials.id, at=ARTICLE.index("40 clinics"))
    ws.merge(jane.id, [officials.id])


def test_corrections_export_pairs_machine_and_person(ws: Workspace) -> None:
    from tracker.corrections_io import correction_dict

    _correct_everything(ws)
    lines = {d["claim_id"]: d for d in map(correction_dict, ws.correction_records())}
    jane = next(d for d in lines.values() if "Jane Roe" in d["person"]["text"])
    assert jane["origin"] == "edited" and jane["merged_from"]
    assert jane["machine"]["speaker"] == "Jane Roe"
    assert jane["person"]["speaker"] == "Jane Roe, minister"
    assert jane["machine"]["quantities"][1]["unit"] == "USD"
    assert jane["person"]["quantities"][1]["unit"] == "GBP"
    critics = next(d for d in lines.values() if d["person"]["text"] == "Critics disagreed.")
    assert critics["origin"] == "added" and critics["machine"] is None
    assert sum(d["dismissed"] for d in lines.values()) == 1
    assert sum(bool(d["merged_into"]) for d in lines.values()) == 1


def test_corrections_round_trip_is_lossless(ws: Workspace, tmp_path: Path) -> None:
    _correct_everything(ws)
    out = tmp_path / "corrections.jsonl"
    assert _run(ws.path, "export", "--format", "corrections", "-o", str(out))[0] == 0
    other = Workspace(tmp_path / "other.json", actor="bob")
    other.ingest([str(tmp_path / "budget.txt")])
    code, msg, _ = _run(other.path, "import", str(out), "--format", "corrections")
    assert code == 0 and "5 correction(s) applied" in msg
    code, again, _ = _run(other.path, "export", "--format", "corrections")
    assert again == out.read_text(encoding="utf-8")
    visible = sorted((c.id, c.speaker, c.quantities) for c in ws.claims())
    assert sorted((c.id, c.speaker, c.quantities) for c in other.claims()) == visible
    code, msg, _ = _run(other.path, "import", str(out), "--format", "corrections")
    assert "0 correction(s) applied, 5 already present" in msg
    assert other.verify_audit().ok


def test_corrections_import_is_bounded_as_an_archive_import_is(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = _run(ws.path, "import", "/dev/zero", "--format", "corrections")
    assert code == 1 and "not a regular file" in err and len(err.splitlines()) == 1
    big = tmp_path / "big.jsonl"
    big.write_text("\n" * 200, encoding="utf-8")
    monkeypatch.setenv("TRACKER_MAX_IMPORT_BYTES", "100")
    code, _, err = _run(ws.path, "import", str(big), "--format", "corrections")
    assert code == 1 and "too large" in err and "TRACKER_MAX_IMPORT_BYTES" in err


def test_corrections_import_names_bad_lines_and_keeps_the_rest(
    ws: Workspace, tmp_path: Path
) -> None:
    _correct_everything(ws)
    good = [json.dumps(d) for d in map(_as_line, ws.correction_records())]
    moved = json.loads(good[0])
    moved["start"] += 1
    moved["person"]["start"] += 1
    lines = ["{not json", '{"format": "other"}', json.dumps(moved), good[1]]
    other = Workspace(tmp_path / "other.json", actor="bob")
    other.ingest([str(tmp_path / "budget.txt")])
    report = other.import_corrections(lines)
    assert report.applied == 1 and [n for n, _ in report.bad] == [1, 2, 3]
    assert "not the article's" in report.bad[2][1]


def _as_line(record: dict) -> dict:
    from tracker.corrections_io import correction_dict

    return correction_dict(record)


def test_corrections_score_the_extractor_as_gold(ws: Workspace) -> None:
    from benchmarks.eval_corrections import score
    from tracker.corrections_io import correction_dict
    from tracker.extract import extract_text

    _correct_everything(ws)
    lines = [correction_dict(r) for r in ws.correction_records()]
    counts = score(lines, lambda aid: extract_text(ws.article(aid).text, aid))
    # The extractor that was corrected still says what the desk corrected.
    assert counts["speaker total"] == 1 and counts["speaker agreed"] == 0
    assert counts["figures total"] == 1 and counts["figures agreed"] == 0
    assert counts["missed claim total"] == 2 and counts["missed claim agreed"] == 1
    assert counts["not a claim total"] == 2 and counts["not a claim agreed"] == 0


SEQUEL = (
    "Budget row, day two\n\n"
    "The minister, Jane Roe, said on Monday that spending rose by 12% to $2 billion last year. "
    "Officials said 350 schools closed and 40 clinics opened. "
    "The weather was mild and the river rose 2 metres!"
)


def _with_sequel(ws: Workspace, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    jane, officials, weather = (by_words(ws, w) for w in ("Jane Roe", "Officials", "weather"))
    ws.set_status([jane.id, officials.id, weather.id], "false")
    sequel = tmp_path / "sequel.txt"
    sequel.write_text(SEQUEL, encoding="utf-8")
    return _run(ws.path, *args, str(sequel))


def _sequel_claim(ws: Workspace, words: str) -> Claim:
    return next(c for c in ws.claims() if words in c.text and c.article_id != ws.articles()[0].id)


def test_twin_verdicts_follow_same_words_and_figures_only(ws: Workspace, tmp_path: Path) -> None:
    assert _with_sequel(ws, tmp_path, "ingest")[0] == 0
    jane, weather = _sequel_claim(ws, "Jane Roe"), _sequel_claim(ws, "weather")
    changed = _sequel_claim(ws, "350 schools")
    assert ws.twin_verdict(jane.id).kind == "exact"
    assert ws.twin_verdict(weather.id).kind == "exact"  # punctuation is not a word
    assert ws.twin_verdict(changed.id) is None  # 300 -> 350: never inherits
    code, out, _ = _run(ws.path, "mark", jane.id, weather.id, "--from-twin")
    assert code == 0 and out.count("false") == 2 and "carried from exact twin" in out
    event = ws.history(jane.id)[-1]
    assert event.data["from_twin"] != jane.id and event.after == "false"
    code, _, err = _run(ws.path, "mark", changed.id, "--from-twin")
    assert code != 0 and "no exact twin" in err
    assert _run(ws.path, "undo")[0] == 0
    assert ws.claim(jane.id).status.value == "unverified" and ws.verify_audit().ok


def test_ingest_can_carry_twin_verdicts(ws: Workspace, tmp_path: Path) -> None:
    code, _, err = _with_sequel(ws, tmp_path, "ingest", "--carry-verdicts")
    assert code == 0 and "2 claim(s) took an exact twin's verdict" in err
    assert _sequel_claim(ws, "Jane Roe").status.value == "false"
    assert _sequel_claim(ws, "350 schools").status.value == "unverified"


def test_ingest_carries_no_verdicts_by_default(ws: Workspace, tmp_path: Path) -> None:
    assert _with_sequel(ws, tmp_path, "ingest")[0] == 0
    assert _sequel_claim(ws, "Jane Roe").status.value == "unverified"


def test_corrections_are_read_back_by_another_process(ws: Workspace) -> None:
    _correct_everything(ws)
    mine = sorted(map(_as_line, ws.correction_records()), key=lambda d: d["claim_id"])
    shown = _snapshot(ws)
    again = Workspace(ws.path, actor="bob")
    assert sorted(map(_as_line, again.correction_records()), key=lambda d: d["claim_id"]) == mine
    assert _snapshot(again) == shown
    again.undo(by="ann")  # the merge, undone from the other process
    assert len(_snapshot(again)) == len(shown) + 1 and again.verify_audit().ok


@settings(max_examples=15)
@given(
    speaker=st.text(min_size=1, max_size=30).filter(lambda s: s.split()),
    value=st.floats(allow_nan=False, allow_infinity=False, width=32),
    unit=st.text(max_size=8),
)
def test_any_correction_survives_export_and_import(speaker: str, value: float, unit: str) -> None:
    import io
    import tempfile

    from tracker.corrections_io import write_corrections

    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "budget.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        a, b = Workspace(Path(folder) / "a.json"), Workspace(Path(folder) / "b.json")
        a.ingest([str(article)])
        b.ingest([str(article)])
        cid = by_words(a, "Officials").id
        a.edit_claim(cid, speaker=speaker, quantity=QuantityFix(1, value=value, unit=unit))
        out = io.StringIO()
        write_corrections(a.correction_records(), out)
        report = b.import_corrections(out.getvalue().splitlines())
        assert report.applied == 1 and not report.bad
        assert b.claim(cid) == a.claim(cid)
        again = io.StringIO()
        write_corrections(b.correction_records(), again)
        assert again.getvalue() == out.getvalue()


def test_a_restored_claim_is_the_machines_again(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    weather = by_words(ws, "weather")
    ws.dismiss([weather.id])
    ws.restore([weather.id])
    assert not ws.correction_records()  # nothing of a person's is left on it
    _changed_extractor(monkeypatch)
    ws.reextract()
    assert by_words(ws, "weather").quantities[0].value == 3.0
    assert Workspace(ws.path).claim(weather.id).quantities[0].value == 3.0


def test_a_twin_dismissed_or_merged_away_since_is_no_twin_or_is_its_survivor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk import seeded_workspace

    ws = seeded_workspace(tmp_path, monkeypatch)
    claim = next(c for c in ws.claims() if len(c.matches) >= 2)
    gone, merged = (m.claim_id for m in claim.matches[:2])
    ws.dismiss([gone])
    assert gone not in [m.claim_id for m in ws.claim(claim.id).matches]
    other = ws.claim(merged)
    keep = next(
        c.id
        for c in ws.claims()
        if c.article_id == other.article_id and c.id not in (merged, claim.id)
    )
    ws.merge(keep, [merged], force=True)
    twins = [m.claim_id for m in ws.claim(claim.id).matches]
    assert merged not in twins and keep in twins and len(twins) == len(set(twins))
    exported = json.loads(
        next(line for line in _export_lines(ws) if json.loads(line)["id"] == claim.id)
    )
    assert {m["claim_id"] for m in exported["matches"]} == set(twins)
    ws.undo()
    ws.undo()
    assert ws.claim(claim.id).matches == claim.matches


def _export_lines(ws: Workspace) -> list[str]:
    return CliRunner().invoke(cli, ["--db", str(ws.path), "export"]).stdout.splitlines()


def test_a_twin_dismissed_since_leaves_the_rows_count_and_the_priority(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk import seeded_workspace

    ws = seeded_workspace(tmp_path, monkeypatch)
    claim = next(c for c in ws.claims() if c.matches)
    row = ws.rows_for([claim.id])[0]
    fresh_order = ws.priority_order()
    for m in claim.matches:
        ws.dismiss([m.claim_id])
    after = ws.rows_for([claim.id])[0]
    assert row.matches == len(claim.matches) and after.matches == 0 and not after.changed
    # No twin left: the repeat's priority is what a claim with no twin would get.
    assert after.priority < row.priority or not claim.matches
    assert claim.id in ws.reranked([m.claim_id for m in claim.matches])
    assert Workspace(ws.path).rows_for([claim.id])[0] == after  # a new process agrees
    for m in claim.matches:
        ws.restore([m.claim_id])
    assert ws.rows_for([claim.id])[0] == row and ws.priority_order() == fresh_order
