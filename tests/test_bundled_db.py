"""The bundled claims.json is what `tracker --db claims.json ingest seeds/` builds today."""

from __future__ import annotations

from pathlib import Path

from tracker.extract import extract
from tracker.model import Article
from tracker.readers import read_paths
from tracker.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent

REGENERATE = "regenerate it: rm claims.json && tracker --db claims.json ingest seeds/"


def test_bundled_database_matches_seeds_and_extractor() -> None:
    ws = Workspace(ROOT / "claims.json")
    articles = [a for a in read_paths([str(ROOT / "seeds")]) if isinstance(a, Article)]
    stored_articles = {a.id: a for a in ws.articles()}
    assert set(stored_articles) == {a.id for a in articles}, REGENERATE
    stored = {c.id: c.extraction_dict() for c in ws.claims()}
    expected = {c.id: c.extraction_dict() for a in articles for c in extract(a)}
    assert stored == expected, REGENERATE
    assert ws.verify_audit().ok
    # The seeds repeat and alter each other: the bundled database shows it.
    figures = [m.figures for c in ws.claims() for m in c.matches]
    assert figures and "changed" in figures, REGENERATE
