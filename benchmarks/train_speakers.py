"""An experiment: does a learned speaker chooser beat the rules on articles it never saw?

    python -m benchmarks.train_speakers [--cache PATH] [-v]

For every attribution the extractor finds on the eight tuning gold sets (never blind4 or
written4), paired with its gold attribution as ``eval_gold`` pairs them, the candidates are the
rules' speaker and the article's names near it: the full form (``canonical.full_form``) of
every name run from three sentences before the cue's sentence to the end of its content, and
the speakers of the attributions just before. A candidate is right when it is the gold
speaker by ``eval_gold.canonical``. Each candidate gets cheap features (the rules' pick or not,
distance, same sentence, subject of its sentence, inside a quote, the kind of the speaker
phrase crossed with these, kind and gender agreement, how often the article names it, last
speaker, named inside the content, the attribution's rule), and a logistic regression (numpy,
``train_cues.fit``) scores them. The model's pick overrides the rules' only when its
probability beats the rules' pick by a margin chosen inside the training folds.

Measured by leave-one-set-out cross-validation over the eight sets: per fold, right speaker of
found and claims fully right, rules alone and rules + model, and the candidate recall (how often
the gold speaker is among the candidates at all: the ceiling of any chooser). The result is
printed; the model would ship only if it won on held-out folds. Measured (session 9, the rules
as they were on the speakerml branch): candidate recall 0.954, right speaker of found 0.910
rules -> 0.910 rules + model (mean of the eight folds), claims fully right 0.838 -> 0.838: no
gain, so nothing ships; with ``--weak-only`` (the model may doubt only a pick that is a
description or a name the article does not use, where the rules are right half the time) the
same: one better, one worse. After the rules change, run it again: it re-extracts every set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.eval_gold import SETS, ArticleScore, Tally, article_path, canonical, read_text
from tracker.extract import extract_text
from tracker.extract.canonical import Names, body_start, full_form, names_in
from tracker.extract.gender import genders
from tracker.extract.quotes import find_quotes
from tracker.extract.sentences import Span, paragraphs, sentences
from tracker.extract.speaker_check import ORGANISATION_HEADS
from tracker.extract.vocab.speech import ROLE_NOUNS, TITLE_WORDS
from tracker.model import Attribution, Claim

TUNING = ("extraction", "heldback", "blind", "written", "blind2", "written2", "blind3", "written3")
REACH = 3  # sentences before the cue's sentence whose names are candidates
_PERSON = frozenset({"he", "she", "him", "her", "i"})
_BODY = frozenset({"it", "its"})
_GROUP = frozenset({"they", "we", "them"})
_CAP_WORD = re.compile(r"[A-Z][\w’'-]+")


@dataclass
class Case:
    """One found attribution: its candidates' features and which (if any) is the gold speaker."""

    set_name: str
    candidates: list[str]
    features: list[list[str]]
    labels: list[bool]
    rules: int  # index of the rules' pick among the candidates
    rest_ok: bool  # the claim is fully right once its speaker is
    notes: list[str] = field(default_factory=list)


def mention_kind(mention: str) -> str:
    """The kind of speaker phrase: pronoun of a person, body or group, description, name."""
    low = mention.lower().strip()
    if low in _PERSON:
        return "pron-person"
    if low in _BODY:
        return "pron-body"
    if low in _GROUP:
        return "pron-group"
    if not mention[:1].isupper() or low.split()[0] in ("the", "a", "an"):
        return "description"
    return "name" if len(mention.split()) > 1 else "short-name"


def cand_kind(name: str) -> str:
    """A candidate's kind read from its words: a body (its head a body noun), else a person."""
    words = name.lower().split()
    if words and (words[-1] in ORGANISATION_HEADS or name.isupper()):
        return "body"
    return "person" if len(words) >= 2 else "one-word"


class Article:
    """Per-article tables the features read: sentences, quotes, names, genders."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: Names = names_in(text, body_start(text))
        self.sents: list[Span] = sentences(text)
        self.starts = [s.start for s in self.sents]
        self.quotes = [(q.start, q.end) for q in find_quotes(text, paragraphs(text))]
        self.full: dict[str, str] = {}
        self.count: dict[str, int] = {}
        self.mentions: dict[str, list[int]] = {}
        for pos, form in self.names.at:
            full = self.full_form(form)
            self.mentions.setdefault(full, []).append(pos)
        for full, where in self.mentions.items():
            self.count[full] = len(set(where))
        self.gender = genders(text, self.sents, self._subject)

    def full_form(self, form: str) -> str:
        if form not in self.full:
            self.full[form] = full_form(form, self.names)
        return self.full[form]

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    def _subject(self, s: Span) -> str | None:
        m = _CAP_WORD.match(self.text, s.start)
        return m.group() if m else None

    def quoted(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quotes)

    def opens_sentence(self, pos: int) -> bool:
        s = self.sents[self.sentence_of(pos)]
        return len(self.text[s.start : pos].split()) <= 2


def candidates(art: Article, a: Attribution, before: Sequence[str]) -> list[str]:
    """The rules' pick first, then the names near the attribution, then recent speakers."""
    first = art.starts[max(0, art.sentence_of(a.cue_start) - REACH)]
    last = max(a.content_end, a.speaker_end, a.cue_end)
    out = {canonical(a.speaker): a.speaker}
    for pos, form in art.names.at:
        if first <= pos < last:
            full = art.full_form(form)
            out.setdefault(canonical(full), full)
    for name in before[-2:]:
        out.setdefault(canonical(name), name)
    out.pop("", None)
    return list(out.values()) if a.speaker else ["", *out.values()]


def _bucket(n: int, top: int) -> str:
    return str(min(n, top))


def _gender(art: Article, name: str, pronoun: str) -> str:
    known = art.gender.get(name) or art.gender.get(name.split()[-1] if name.split() else "")
    if pronoun not in ("he", "she") or known is None:
        return "g?"
    return "g=" if known == pronoun else "g!"


def head_kind(mention: str) -> str:
    """What the speaker phrase's head noun names: a body, a person, a pronoun, or unknown."""
    words = mention.lower().replace("’s", "").split()
    if not words:
        return "h?"
    if len(words) == 1 and words[0] in _PERSON | _BODY | _GROUP:
        return "h=pron"
    head = words[-1]
    if head in ORGANISATION_HEADS:
        return "h=body"
    if head in ROLE_NOUNS or head in TITLE_WORDS or head.endswith("-old"):
        return "h=person"
    return "h=name" if mention[:1].isupper() else "h?"


def pick_form(art: Article, name: str) -> str:
    """The form of the rules' pick: a description, a name the article does not use, a name."""
    if not name[:1].isupper():
        return "rp=desc"
    return "rp=name" if art.count.get(name, 0) else "rp=unseen"


def recency(art: Article, a: Attribution, cands: Sequence[str]) -> list[list[str]]:
    """Each candidate's rank by its last mention before the speaker phrase (0: the nearest),
    among all candidates and among those of its kind, crossed with the phrase's head kind."""
    at = [
        max((p for p in art.mentions.get(n, ()) if p < a.speaker_start), default=-1) for n in cands
    ]
    kinds = [cand_kind(n) for n in cands]
    hk = head_kind(a.speaker_text)
    out = []
    for k, pos in enumerate(at):
        if pos < 0:
            out.append(["rank=none", f"{hk}|rank=none"])
            continue
        rank = _bucket(sum(p > pos for p in at), 3)
        same = _bucket(sum(p > pos for j, p in enumerate(at) if kinds[j] == kinds[k]), 3)
        out.append([f"rank={rank}", f"{hk}|rank={rank}", f"{hk}|ck={kinds[k]}|krank={same}"])
    return out


def _nearest_mention(art: Article, a: Attribution, cand: str) -> tuple[str, str, str]:
    """Where the candidate is last named before the content ends: how many sentences before
    the cue, whether it opens its sentence, whether inside a quotation."""
    where = [p for p in art.mentions.get(cand, ()) if p < max(a.content_end, a.cue_end)]
    near = max(where, default=None)
    if near is None:
        return "none", "s?", "q?"
    d = art.sentence_of(a.cue_start) - art.sentence_of(near)
    sd = "after" if d < 0 else _bucket(d, 4)
    subj = "subj" if art.opens_sentence(near) else "nonsubj"
    return sd, subj, "inq" if art.quoted(near) else "outq"


def features(
    art: Article, a: Attribution, cand: str, rules: bool, before: Sequence[str], rp: str
) -> list[str]:
    """A candidate's features, crossed with the kind of speaker phrase and of the rules'
    pick (``rp``: ``pick_form``), so that the rules' pick is doubted where it is weak."""
    mk = mention_kind(a.speaker_text)
    ck = cand_kind(cand)
    sd, subj, inq = _nearest_mention(art, a, cand)
    content = any(a.content_start <= p < a.content_end for p in art.mentions.get(cand, ()))
    share = bool(set(a.speaker_text.lower().split()) & set(cand.lower().split()))
    last = bool(before) and canonical(before[-1]) == canonical(cand)
    count = _bucket(art.count.get(cand, 0), 5)
    g = _gender(art, cand, a.speaker_text.lower())
    hk = head_kind(a.speaker_text)
    r = "R" if rules else "C"
    base = [
        f"sd={sd}",
        f"subj={subj}",
        f"inq={inq}",
        f"content={content}",
        f"share={share}",
        f"last={last}",
        f"count={count}",
        f"ck={ck}",
        f"{hk}|ck={ck}",
        g,
        f"sd={sd}|subj={subj}",
        f"sd={sd}|inq={inq}",
        f"ck={ck}|count={count}",
    ]
    out = [r, f"{r}|rule={a.rule}", f"{r}|mk={mk}", f"{r}|mode={a.mode}", f"{r}|{rp}"]
    out += [f"{r}|{rp}|mk={mk}", f"{r}|{rp}|{hk}", f"{r}|{rp}|rule={a.rule}"]
    out += [f"{r}|{x}" for x in base]
    out += [f"mk={mk}|{x}" for x in base]
    out += [f"{r}|{rp}|{x}" for x in base]
    return out


@dataclass
class SetData:
    """One gold set: its cases and its claims' totals as eval_gold counts them."""

    name: str
    cases: list[Case]
    claims: int  # every claim the tool gives
    right: int  # claims fully right with the rules' speakers


def collect(set_name: str) -> SetData:
    """Run the extractor over one gold set and read every found attribution into a Case."""
    cases: list[Case] = []
    tally = Tally()
    for path in sorted(SETS[set_name].glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not article_path(gold["file"]).is_file():
            continue
        text = read_text(gold["file"])
        claims = extract_text(text, gold["file"])
        cases += _article_cases(set_name, text, gold, claims, tally)
    return SetData(set_name, cases, sum(tally.claims.values()), tally.claims["right"])


def _article_cases(
    set_name: str, text: str, gold: dict[str, Any], claims: list[Claim], tally: Tally
) -> list[Case]:
    """The article's found attributions as cases; ``tally`` gets eval_gold's counts."""
    score = ArticleScore(text, gold, claims, tally)
    q_ok = score._quantities()
    a_pair = score._attributions()
    score._claims(q_ok, a_pair)
    art = Article(text)
    out: list[Case] = []
    before: list[str] = []
    for i, c in enumerate(claims):
        a = c.attribution
        if a is None:
            continue
        if i in a_pair:
            g = gold["attributions"][a_pair[i]]
            fixed = replace(c, attribution=replace(a, speaker=g["speaker"] or ""))
            rest_ok = score._claim_verdict(i, fixed, q_ok, a_pair) == ""
            cands = candidates(art, a, before)
            rules = next(k for k, n in enumerate(cands) if canonical(n) == canonical(a.speaker))
            ranks = recency(art, a, cands)
            out.append(
                Case(
                    set_name,
                    cands,
                    [
                        features(art, a, n, k == rules, before, pick_form(art, a.speaker))
                        + ranks[k]
                        for k, n in enumerate(cands)
                    ],
                    [canonical(n) == canonical(g["speaker"]) for n in cands],
                    rules,
                    rest_ok,
                )
            )
        if a.speaker:
            before.append(a.speaker)
    return out


def fingerprint() -> str:
    """A digest of everything the cached cases are made from: the extractor's source, this
    script and the tuning sets' gold, so that a cache outlives none of them."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    package = root.parent / "tracker"
    extractor = [p for p in (package / "extract").rglob("*") if p.is_file() and p.suffix != ".pyc"]
    sources = sorted([*extractor, package / "model.py"])
    gold = sorted(p for name in TUNING for p in (root / "gold" / name).glob("*.json"))
    for path in [Path(__file__).resolve(), *sources, *gold]:
        digest.update(str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def load(cache: Path | None) -> list[SetData]:
    """The eight sets' cases, collected (minutes) or read from ``cache`` (JSON) when the cache
    was written from the same extractor and gold (its fingerprint matches)."""
    key = fingerprint()
    if cache and cache.is_file():
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            stored = {}  # an older pickle cache, or a damaged one: collected afresh below
        if isinstance(stored, dict) and stored.get("fingerprint") == key:
            rows = stored["sets"]
            return [SetData(n, [Case(**c) for c in cs], k, r) for n, cs, k, r in rows]
        print(f"{cache}: not written from this code and gold; collecting afresh")
    data = [collect(name) for name in TUNING]
    if cache:
        rows = [(s.name, [asdict(c) for c in s.cases], s.claims, s.right) for s in data]
        cache.write_text(json.dumps({"fingerprint": key, "sets": rows}), encoding="utf-8")
    return data


L2S = (1e-2, 3e-3, 1e-3)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0)  # 2.0: never override


class Chooser:
    """A logistic regression over candidates' features; picks per case with a margin."""

    def __init__(self, weights: dict[str, float], margin: float, weak_only: bool = False) -> None:
        self.weights = weights
        self.margin = margin
        self.weak_only = weak_only  # doubt only a pick that is no name the article uses
        self.l2 = 0.0

    def probs(self, case: Case) -> list[float]:
        z = [sum(self.weights.get(f, 0.0) for f in fs) for fs in case.features]
        top = max(z)
        e = [math.exp(x - top) for x in z]
        return [x / sum(e) for x in e]

    def pick(self, case: Case, margin: float | None = None) -> int:
        m = self.margin if margin is None else margin
        if self.weak_only and "R|rp=name" in case.features[case.rules]:
            return case.rules
        p = self.probs(case)
        best = max(range(len(p)), key=p.__getitem__)
        return best if best != case.rules and p[best] - p[case.rules] > m else case.rules


def train(cases: Sequence[Case], l2: float = 1e-3, epochs: int = 300) -> dict[str, float]:
    """A conditional logit (softmax over each case's candidates) fitted to the gold picks;
    cases whose gold speaker is no candidate teach nothing and are left out."""
    cases = [c for c in cases if any(c.labels)]
    index: dict[str, int] = {}
    rows = [[index.setdefault(f, len(index)) for f in fs] for c in cases for fs in c.features]
    sizes = np.array([len(c.candidates) for c in cases])
    y = np.array([lab / sum(c.labels) for c in cases for lab in c.labels], dtype=np.float64)
    return dict(zip(index, fit_softmax(rows, sizes, y, len(index), l2, epochs), strict=True))


def fit_softmax(
    rows: list[list[int]], sizes: np.ndarray, y: np.ndarray, dim: int, l2: float, epochs: int
) -> list[float]:
    """Full-batch Adam on the softmax loss; ``sizes`` are the groups' lengths, in row order."""
    lengths = np.array([len(r) for r in rows])
    flat = np.fromiter((f for r in rows for f in r), dtype=np.int64, count=int(lengths.sum()))
    row_of = np.repeat(np.arange(len(rows)), lengths)
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    group_of = np.repeat(np.arange(len(sizes)), sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    w, m, v = np.zeros(dim), np.zeros(dim), np.zeros(dim)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for step in range(1, epochs + 1):
        z = np.add.reduceat(w[flat], offsets)
        e = np.exp(z - np.maximum.reduceat(z, starts)[group_of])
        p = e / np.add.reduceat(e, starts)[group_of]
        g = np.bincount(flat, weights=(p - y)[row_of], minlength=dim) / len(sizes) + l2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + 1e-8)
    return [float(x) for x in w]


def tuned(sets: Sequence[SetData], weak_only: bool = False) -> Chooser:
    """Weights from all of ``sets``; the L2 strength and the margin by leave-one-set-out
    inside them (the most held-out speakers gained; on a tie the more cautious setting)."""
    gain = {(l2, m): 0 for l2 in L2S for m in MARGINS}
    for held in sets:
        rest = [c for s in sets if s is not held for c in s.cases]
        for l2 in L2S:
            inner = Chooser(train(rest, l2), 2.0, weak_only)
            for m in MARGINS:
                gain[l2, m] += sum(_gain(c, inner.pick(c, m)) for c in held.cases)
    l2, margin = max(gain, key=lambda k: (gain[k], k[1], k[0]))
    chooser = Chooser(train([c for s in sets for c in s.cases], l2), margin, weak_only)
    chooser.l2 = l2
    return chooser


def _gain(case: Case, pick: int) -> int:
    return int(case.labels[pick]) - int(case.labels[case.rules])


def evaluate(data: Sequence[SetData], verbose: bool = False, weak_only: bool = False) -> None:
    """Leave one set out: train (and choose the margin) on seven, measure on the eighth."""
    print(f"{'fold':<11}{'found':>6}{'cands':>7}  speaker rules -> model", end="")
    print("   fully right rules -> model  margin")
    tot = np.zeros(6)
    for held in data:
        chooser = tuned([s for s in data if s is not held], weak_only)
        n = len(held.cases)
        ceiling = sum(any(c.labels) for c in held.cases)
        rules = sum(c.labels[c.rules] for c in held.cases)
        picks = [chooser.pick(c) for c in held.cases]
        model = sum(c.labels[k] for c, k in zip(held.cases, picks, strict=True))
        delta = sum(_gain(c, k) for c, k in zip(held.cases, picks, strict=True) if c.rest_ok)
        print(
            f"{held.name:<11}{n:>6}{ceiling / n:>7.3f}  {rules / n:>13.3f} -> {model / n:.3f}"
            f"   {held.right / held.claims:>15.3f} -> {(held.right + delta) / held.claims:.3f}"
            f"  {chooser.margin} (L2 {chooser.l2:g})"
        )
        if verbose:
            for c, k in zip(held.cases, picks, strict=True):
                if k != c.rules:
                    ok = "better" if c.labels[k] else "worse" if c.labels[c.rules] else "neutral"
                    print(f"    {ok}: {c.candidates[c.rules]!r} -> {c.candidates[k]!r}")
        tot += [
            rules / n,
            model / n,
            held.right / held.claims,
            (held.right + delta) / held.claims,
            ceiling / n,
            1,
        ]
    k = tot[5]
    print(
        f"{'mean':<11}{'':>6}{tot[4] / k:>7.3f}  {tot[0] / k:>13.3f} -> {tot[1] / k:.3f}"
        f"   {tot[2] / k:>15.3f} -> {tot[3] / k:.3f}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", type=Path, help="read (or write) the collected cases here")
    p.add_argument("-v", "--verbose", action="store_true", help="list every override")
    p.add_argument(
        "--weak-only",
        action="store_true",
        help="let the model doubt only a rules' pick that is a description or an unseen name",
    )
    a = p.parse_args()
    evaluate(load(a.cache), a.verbose, a.weak_only)


if __name__ == "__main__":
    main()
