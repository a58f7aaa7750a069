"""Verdicts: undo, exports (CSV safety, Markdown, ClaimReview), imports and their round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.errors import NotFoundError
from tracker.export import csv_safe, md_escape
from tracker.model import Status
from tracker.verdicts import label, status_for_verdict
from tracker.workspace import Workspace

SEED = Path(__file__).resolve().parent.parent / "seeds" / "reuters-north-korea-remittances.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def ws(db_path: Path) -> Workspace:
    ws = Workspace(db_path, actor="alice")
    ws.ingest([str(SEED)])
    return ws


def test_undo_reverts_the_reviewers_last_change_and_is_logged(ws: Workspace) -> None:
    ids = [c.id for c in ws.claims()][:2]
    ws.set_status(ids, "false", note="wrong figure", evidence=["https://example.org/a"])
    ws.add_note(ids[0], "bob's view", by="bob")
    undone = ws.undo()  # alice's mark of two claims is one change
    assert len(undone) == 2 and all(e.action == "undo" for e in undone)
    for cid in ids:
        c = ws.claim(cid)
        assert c.status is Status.UNVERIFIED and c.evidence == ()
        assert [n.text for n in c.notes] == (["bob's view"] if cid == ids[0] else [])
    ws.undo(by="bob")
    assert ws.claim(ids[0]).notes == ()
    with pytest.raises(NotFoundError):
        ws.undo()  # alice has nothing left to undo
    assert ws.verify_audit().ok


def test_undo_keeps_evidence_that_was_there_before(ws: Workspace) -> None:
    cid = ws.claims()[0].id
    ws.add_evidence(cid, "https://example.org/keep")
    ws.add_evidence(cid, "https://example.org/keep")  # already there: nothing to take back
    ws.undo()
    assert ws.claim(cid).evidence == ("https://example.org/keep",)


@pytest.mark.parametrize(
    "payload",
    ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1", '=HYPERLINK("http://x")'],
)
def test_csv_injection_payloads_come_out_inert(payload: str) -> None:
    assert csv_safe(payload).startswith("'")


def test_plain_negative_numbers_stay_numbers() -> None:
    assert csv_safe("-12.5") == "-12.5" and csv_safe("-3") == "-3"


def test_csv_export_quotes_commas_quotes_and_newlines(ws: Workspace, db_path: Path) -> None:
    cid = ws.claims()[0].id
    ws.add_note(cid, 'line one,\n"quoted" =2+2')
    code, out, _ = run("--db", str(db_path), "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == ws.count()
    row = next(r for r in rows if r["id"] == cid)
    assert row["notes"].startswith('line one,\n"quoted" =2+2')
    for r in rows:
        assert not any(v.startswith(("=", "+", "@")) for v in r.values())


def test_markdown_report_groups_by_article_and_cannot_format(ws: Workspace, db_path: Path) -> None:
    cid = ws.claims()[0].id
    ws.set_status([cid], "misleading", note="see [link](javascript:x) **bold**")
    code, out, _ = run("--db", str(db_path), "export", "--format", "md")
    assert code == 0 and out.startswith("# Claims report")
    assert out.count("\n## ") == 1
    assert "\\[link\\]" in out and "\\*\\*bold\\*\\*" in out
    assert md_escape("<script>") == "\\<script\\>"


def test_claimreview_export_then_import_round_trips_every_status(
    tmp_path: Path, ws: Workspace, db_path: Path
) -> None:
    claims = ws.claims()
    statuses = [s for s in Status if s is not Status.UNVERIFIED]
    for c, status in zip(claims, statuses, strict=False):
        ws.set_status([c.id], status)
    out = tmp_path / "reviews.json"
    code, _, _ = run(
        "--db", str(db_path), "export", "--format", "claimreview", "-o", str(out), "--org", "Desk"
    )
    assert code == 0
    reviews = json.loads(out.read_text())
    assert len(reviews) == len(statuses)
    first = reviews[0]
    assert first["@type"] == "ClaimReview" and first["reviewRating"]["@type"] == "Rating"
    assert first["author"] == {"@type": "Organization", "name": "Desk"}
    assert first["itemReviewed"]["@type"] == "Claim"
    other = Workspace(tmp_path / "other.json", actor="carol")
    report = other.import_archive(out)
    assert report.imported == len(statuses) and not report.bad
    by_text = {c.text: c for c in other.claims()}
    for c, status in zip(claims, statuses, strict=False):
        assert by_text[" ".join(c.text.split())].status is status
        assert by_text[" ".join(c.text.split())].external_id == c.id


def test_import_jsonl_and_csv_with_bad_rows_reported_by_line(tmp_path: Path) -> None:
    jl = tmp_path / "archive.jsonl"
    jl.write_text(
        '{"text": "Crime fell 20% last year.", "id": "pf-1", "verdict": "Pants on Fire!", "speaker": "Mayor X"}\n'
        "not json\n"
        '{"id": "no text"}\n'
        '{"text": "Taxes doubled.", "verdict": "Mostly True"}\n'
    )
    ws = Workspace(tmp_path / "db.json")
    report = ws.import_archive(jl)
    assert report.imported == 2 and [str(b) for b in report.bad] == [
        f"{jl}:2: not valid JSON",
        f'{jl}:3: no claim text ("text" is missing or empty)',
    ]
    crime = next(c for c in ws.claims() if c.external_id == "pf-1")
    assert crime.status is Status.FALSE and crime.speaker == "Mayor X"
    assert crime.verdict == "Pants on Fire!" and crime.quantities[0].value == 20
    again = ws.import_archive(jl)
    assert again.already and ws.count() == 2

    tsv = tmp_path / "archive.tsv"
    tsv.write_text(
        "claim\tverdict\tref\nThe river is 5 km long.\tFalse\tr1\nextra\tcells\there\tand more\n"
    )
    code, out, err = run(
        "--db",
        str(tmp_path / "db2.json"),
        "import",
        str(tsv),
        "--text-column",
        "claim",
        "--id-column",
        "ref",
    )
    assert code == 1 and "1 claim(s) imported" in out and ":3: more cells than the header" in err


def test_a_fact_checks_headline_is_imported_from_every_format_and_matched(tmp_path: Path) -> None:
    claim = "The mayor's office spent public money on a private jet."
    headline = "Did City Hall Lease a Gulfstream for Weekend Trips?"
    decoys = ["Schools will close early on Friday.", "The bridge reopens next spring."]
    (tmp_path / "a.jsonl").write_text(
        "\n".join(
            json.dumps({"text": t, "id": f"j{k}", "headline": headline if k == 0 else None})
            for k, t in enumerate([claim, *decoys])
        )
    )
    (tmp_path / "a.csv").write_text(
        f'text,title,verdict\n"{claim}","{headline}",False\n{decoys[0]},,True\n'
    )
    review = {"@type": "ClaimReview", "claimReviewed": claim, "headline": headline}
    (tmp_path / "a.json").write_text(json.dumps([review]))
    for name, extra in (("a.jsonl", ()), ("a.csv", ("--headline-column", "title")), ("a.json", ())):
        db = str(tmp_path / f"{name}.db")
        code, _, err = run("--db", db, "import", str(tmp_path / name), *extra)
        assert code == 0, err
        ws = Workspace(db)
        stored = next(c for c in ws.claims() if c.text == claim)
        assert stored.headline == headline
        assert all(c.headline is None for c in ws.claims() if c.text != claim)
        # The query shares its words with the headline only, not with the claim's text.
        best = ws.match("City Hall leased a Gulfstream for weekend trips", top=1)
        assert best and best[0]["claim_id"] == stored.id, name


def test_import_refuses_a_csv_without_the_text_column(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("body,verdict\nx,True\n")
    code, _, err = run("--db", str(tmp_path / "db.json"), "import", str(f))
    assert code == 1 and "no 'text' column" in err


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("True", Status.VERIFIED),
        ("Mostly False", Status.FALSE),
        ("Pants on Fire!", Status.FALSE),
        ("Misleading", Status.MISLEADING),
        ("half-true", Status.DISPUTED),
        ("Unproven", Status.UNVERIFIABLE),
        ("pants-fire", Status.FALSE),
        ("barely-true", Status.MISLEADING),
    ],
)
def test_verdict_words_map_to_statuses(words: str, status: Status) -> None:
    assert status_for_verdict(words) is status


def test_every_status_label_maps_back_to_itself() -> None:
    for status in Status:
        assert status_for_verdict(label(status)) is status


def test_audit_filters_and_export(ws: Workspace, db_path: Path) -> None:
    cid = ws.claims()[0].id
    ws.set_status([cid], "verified", by="bob")
    code, out, _ = run("--db", str(db_path), "audit", "--actor", "bob", "--json")
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["action"] for e in events] == ["status.changed"]
    code, out, _ = run("--db", str(db_path), "audit", "--since", "2999-01-01")
    assert code == 0 and out == ""
    code, _, err = run("--db", str(db_path), "audit", "--since", "yesterday")
    assert code == 2 and "not a date" in err
    code, out, _ = run("--db", str(db_path), "audit", "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["action"] for r in rows][-1] == "status.changed" and rows[0]["hash"]


def test_export_to_a_missing_folder_is_a_clear_error(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    code, _, err = run("--db", str(db_path), "export", "-o", str(tmp_path / "nope" / "x.jsonl"))
    assert code == 1 and "folder does not exist" in err


def test_a_note_or_link_on_several_claims_is_all_or_nothing(ws: Workspace) -> None:
    ids = [c.id for c in ws.claims()[:3]]
    with pytest.raises(NotFoundError):
        ws.add_notes([*ids, "c_nosuchclaim00"], "shared")
    assert all(ws.claim(c).notes == () for c in ids)
    ws.add_evidence_to(ids, "https://example.org/one")
    assert all(ws.claim(c).evidence == ("https://example.org/one",) for c in ids)
    ws.undo()
    assert all(ws.claim(c).evidence == () for c in ids)
