"""The speaker-chooser experiment (benchmarks/train_speakers.py): its candidates, features,
ranker and override rule, on sentences of our own (no gold, no ../shared)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmarks.train_speakers import (
    Article,
    Case,
    Chooser,
    cand_kind,
    candidates,
    features,
    fit_softmax,
    head_kind,
    mention_kind,
    pick_form,
    train,
)
from tracker.extract import extract_text

TEXT = (
    "Harbour view\n\n"
    "Marta Kovacs, who runs the Brightwater Shipping Company, met investors on Monday.\n"
    "The company said its fleet would grow by 12 ships next year.\n"
    "Kovacs added that fuel costs had fallen by 8%.\n"
)


def _attributions() -> list:
    return [c.attribution for c in extract_text(TEXT, "own") if c.attribution is not None]


def test_mention_and_candidate_kinds() -> None:
    assert mention_kind("she") == "pron-person"
    assert mention_kind("it") == "pron-body"
    assert mention_kind("the shipping group") == "description"
    assert mention_kind("Kovacs") == "short-name"
    assert mention_kind("Marta Kovacs") == "name"
    assert cand_kind("Brightwater Shipping Company") == "body"
    assert cand_kind("Marta Kovacs") == "person"
    assert head_kind("the company") == "h=body"
    assert head_kind("the spokesman") == "h=person"
    assert head_kind("they") == "h=pron"


def test_candidates_put_the_rules_pick_first_and_hold_the_names_near() -> None:
    art = Article(TEXT)
    atts = _attributions()
    assert atts, "the extractor finds the statements of the fixture"
    a = atts[-1]
    cands = candidates(art, a, [x.speaker for x in atts[:-1]])
    assert cands[0] == a.speaker
    assert "Marta Kovacs" in cands
    assert len({c.casefold() for c in cands}) == len(cands)  # no candidate twice
    fs = features(art, a, cands[0], True, [], pick_form(art, a.speaker))
    assert "R" in fs and all(isinstance(f, str) for f in fs)
    assert pick_form(art, "the company") == "rp=desc"


def test_softmax_learns_the_feature_that_marks_the_gold_candidate() -> None:
    # Groups of three candidates; the gold one always has 'good', decoys have 'bad' or nothing.
    rows = [[0, 1], [0, 2], [0]] * 20  # feature 0 'bias', 1 'good', 2 'bad'
    y = np.array([1.0, 0.0, 0.0] * 20)
    w = fit_softmax(rows, np.array([3] * 20), y, 3, 1e-4, 200)
    assert w[1] > 0 > w[2]


def _case(rules_features: list[str], other: list[str], gold: int) -> Case:
    return Case("own", ["rules", "other"], [rules_features, other], [gold == 0, gold == 1], 0, True)


def test_the_model_overrides_the_rules_only_beyond_the_margin() -> None:
    cases = [_case(["R", "weak"], ["C", "strong"], 1) for _ in range(10)]
    cases += [_case(["R", "strong"], ["C", "weak"], 0) for _ in range(10)]
    weights = train(cases, l2=1e-4, epochs=200)
    doubtful = _case(["R", "weak"], ["C", "strong"], 1)
    assert Chooser(weights, 0.0).pick(doubtful) == 1
    assert Chooser(weights, 2.0).pick(doubtful) == 0  # a margin no probability can beat
    assert Chooser(weights, 0.0).pick(_case(["R", "strong"], ["C", "weak"], 0)) == 0


def test_weak_only_never_doubts_a_name_the_article_uses() -> None:
    cases = [_case(["R", "weak"], ["C", "strong"], 1) for _ in range(10)]
    weights = train(cases, l2=1e-4, epochs=200)
    named = _case(["R", "R|rp=name", "weak"], ["C", "strong"], 1)
    described = _case(["R", "R|rp=desc", "weak"], ["C", "strong"], 1)
    assert Chooser(weights, 0.0, weak_only=True).pick(named) == 0
    assert Chooser(weights, 0.0, weak_only=True).pick(described) == 1


def test_the_cache_is_read_only_when_written_from_the_same_code_and_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import benchmarks.train_speakers as ts

    case = Case("written", ["Kovacs"], [["f"]], [True], 0, True)
    collected: list[str] = []

    def collect(name: str) -> ts.SetData:
        collected.append(name)
        return ts.SetData(name, [case], 1, 1)

    monkeypatch.setattr(ts, "collect", collect)
    monkeypatch.setattr(ts, "fingerprint", lambda: "code-A")
    cache = tmp_path / "cases.json"
    first = ts.load(cache)
    assert len(collected) == len(ts.TUNING)
    assert ts.load(cache) == first  # same fingerprint: read back, nothing collected again
    assert len(collected) == len(ts.TUNING)
    monkeypatch.setattr(ts, "fingerprint", lambda: "code-B")
    ts.load(cache)  # the extractor changed: the stale cache is not trusted
    assert len(collected) == 2 * len(ts.TUNING)


def test_an_old_pickle_cache_is_collected_afresh_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    import benchmarks.train_speakers as ts

    monkeypatch.setattr(ts, "collect", lambda name: ts.SetData(name, [], 0, 0))
    cache = tmp_path / "cases.pickle"
    cache.write_bytes(pickle.dumps([("written", [], 1, 1)]))
    assert [s.name for s in ts.load(cache)] == list(ts.TUNING)
    assert ts.load(cache)[0].claims == 0  # rewritten as JSON from the fresh collection
