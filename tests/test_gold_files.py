"""The hand-made extraction gold stays consistent with the articles it points into."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "benchmarks" / "gold" / "extraction"
HELDBACK = GOLD.parent / "heldback"  # annotated blind in session 6
BLIND = GOLD.parent / "blind"  # annotated blind in session 7; measured once, never tuned on
WRITTEN = GOLD.parent / "written"  # news we wrote to test the families; texts in-project
BLIND2 = GOLD.parent / "blind2"  # annotated blind in session 8
WRITTEN2 = GOLD.parent / "written2"  # written and annotated blind in session 8
BLIND3 = GOLD.parent / "blind3"  # annotated blind in session 8, second round
WRITTEN3 = GOLD.parent / "written3"  # written and annotated blind in session 8, second round
BLIND4 = GOLD.parent / "blind4"  # annotated blind in session 9 (16 BBC + 16 PolNeAR test)
WRITTEN4 = GOLD.parent / "written4"  # written and annotated blind in session 9
BLIND5 = GOLD.parent / "blind5"  # annotated blind in session 10 (12 BBC + 12 PolNeAR test)
WRITTEN5 = GOLD.parent / "written5"  # written and annotated blind in session 10
PROJECT = GOLD.parent.parent.parent
DATA = PROJECT.parent / "shared" / "data"
KINDS = {"count", "money", "percent", "measure", "duration", "ratio", "rank", "age", "other"}
WHY = {"date", "time", "year", "name", "ordinal", "score", "list", "idiom", "pronoun", "other"}
FILES = sorted(GOLD.glob("*.json"))
HELD = sorted(HELDBACK.glob("*.json"))
LATER = [
    p
    for folder in (
        BLIND,
        WRITTEN,
        BLIND2,
        WRITTEN2,
        BLIND3,
        WRITTEN3,
        BLIND4,
        WRITTEN4,
        BLIND5,
        WRITTEN5,
    )
    for p in sorted(folder.glob("*.json"))
]


def test_there_is_gold_for_at_least_25_articles() -> None:
    assert len(FILES) >= 25


def test_the_heldback_set_has_at_least_6_articles_none_in_the_main_set() -> None:
    assert len(HELD) >= 6
    main = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in FILES}
    held = [json.loads(p.read_text(encoding="utf-8"))["file"] for p in HELD]
    assert len(set(held)) == len(held)
    assert not main & set(held)


@pytest.mark.parametrize("path", HELD, ids=lambda p: p.stem)
def test_heldback_polnear_articles_come_from_train_only(path: Path) -> None:
    rel = json.loads(path.read_text(encoding="utf-8"))["file"]
    assert not rel.startswith("polnear/") or rel.startswith("polnear/train/")


def test_no_article_is_in_two_gold_sets() -> None:
    files = [json.loads(p.read_text(encoding="utf-8"))["file"] for p in FILES + HELD + LATER]
    assert len(set(files)) == len(files)


@pytest.mark.parametrize(
    "path",
    [
        p
        for folder in (BLIND, BLIND2, BLIND3, BLIND4, BLIND5)
        for p in sorted(folder.glob("*.json"))
    ],
    ids=lambda p: p.stem,
)
def test_blind_polnear_articles_come_from_test_only(path: Path) -> None:
    rel = json.loads(path.read_text(encoding="utf-8"))["file"]
    assert not rel.startswith("polnear/") or rel.startswith("polnear/test/")


@pytest.mark.parametrize("path", FILES + HELD + LATER, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_offsets_point_at_their_snippets(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    rel = gold["file"]
    article = PROJECT / rel if rel.startswith("benchmarks/") else DATA / rel
    if not article.is_file():
        pytest.skip(f"{article} not found")
    text = article.read_bytes().decode("utf-8", errors="replace")
    body = text.find("\n")  # the headline is never annotated
    for q in gold["quantities"]:
        assert body <= q["start"] < q["end"] <= len(text)
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["kind"] in KINDS
    for x in gold["excluded"]:
        assert text[x["start"] : x["end"]] == x["text"]
        assert x["why"] in WHY
    for a in gold["attributions"]:
        assert body <= a["content_start"] < a["content_end"] <= len(text)
        for role in ("speaker", "cue"):
            start, end = a.get(f"{role}_start"), a.get(f"{role}_end")
            assert (start is None) == (end is None)
            assert start is None or body <= start < end <= len(text)
