"""Synthetic databases at scale, built from the bundled seeds (no network, no shared data)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tracker.extract import extract
from tracker.model import Article, article_id_for, claim_id_for
from tracker.readers import read_paths
from tracker.records import encode_claim
from tracker.triage import assessed

ROOT = Path(__file__).resolve().parent.parent


def seed_claim_docs() -> list[tuple[Article, list[dict[str, Any]]]]:
    out = []
    for a in read_paths([str(ROOT / "seeds")]):
        if isinstance(a, Article):
            docs = []
            docs.extend(encode_claim(assessed(c), a.id) for c in extract(a))
            out.append((a, docs))
    return out


def synthetic_tables(n_claims: int, seed: int = 1) -> dict[str, dict[str, dict[str, Any]]]:
    """Raw TinyDB tables holding about ``n_claims`` claims, in the store's own shapes."""
    rng = random.Random(seed)
    base = seed_claim_docs()
    articles: dict[str, dict[str, Any]] = {}
    claims: dict[str, dict[str, Any]] = {}
    k = 0
    while len(claims) < n_claims:
        art, docs = base[k % len(base)]
        text = f"{art.text}\n(copy {k})"
        aid = article_id_for(text)
        articles[str(len(articles) + 1)] = {
            **art.to_dict(),
            "id": aid,
            "text": text,
            "path": f"synthetic/{k}.txt",
        }
        for d in docs:
            if len(claims) >= n_claims:
                break
            doc = {**d, "id": claim_id_for(aid, d["start"], d["end"]), "article_id": aid}
            if rng.random() < 0.3:
                doc["m"] = [[doc["id"], 91.5, "same"]]
            claims[str(len(claims) + 1)] = doc
        k += 1
    meta = {"1": {"schema_version": 1, "app": "tracker"}}
    return {"meta": meta, "articles": articles, "claims": claims}
