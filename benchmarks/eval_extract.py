"""Extraction quality against public data in ../shared/data (skipped where absent).

- Our own gold (``benchmarks/eval_gold.py``): quantity and attribution precision and recall,
  values, canonical speakers and claims fully right, as a fact-checker reads the claims.
- PolNeAR (attribution): a gold attribution is found when a claim's speaker span overlaps its
  Source and the claim's content overlaps its Content. Source P/R/F1 and cue P/R/F1, as the
  issue defines them (a claim is right when it overlaps some gold attribution); and a strict
  reading beside them (claims sharing speaker and cue are one predicted relation, each gold
  relation can be found once). Then the same source reading per attribution rule
  (``tracker/extract/attribution/rules.py``): how many attributions each rule made, its
  precision, and its recall (the share of all gold relations that its attributions found;
  the rules' recalls add up to about the overall one).
  `--split dev` (default) for development; `test` is held out for one final measurement.
- Recognizers-Text (numbers): share of cases whose expected values our quantities reproduce
  (span overlapping, value equal), per spec; and the share of negative cases with no quantity.
- quantulum3: share of expected quantities found (surface overlapping, value equal).

The number suites are general number recognition, not claim extraction, so they are measured
on the recogniser (``find_quantities(..., everything=True)``): it keeps years and labels that
the claim layer then sets aside.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import eval_gold
from tracker.extract import extract_text
from tracker.extract.attribution import find_attributions
from tracker.extract.doc import read
from tracker.extract.quantities import find_quantities
from tracker.extract.ranks import find_ranks

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


# -- PolNeAR --------------------------------------------------------------------------------


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(";"):
        bounds = part.split()
        if len(bounds) == 2:  # a few annotations carry no offsets: skip them
            out.append((int(bounds[0]), int(bounds[1])))
    return out


def read_ann(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _text = ([*line.split("\t"), "", ""])[:3]
            kind, _, where = info.partition(" ")
            spans[tid] = (kind, _spans(where))
        elif line.startswith("E"):
            _eid, roles = line.split("\t")[:2]
            rel: dict[str, list[tuple[int, int]]] = {}
            for role in roles.split():
                name, _, tid = role.partition(":")
                if name in ("Source", "Cue", "Content") and tid in spans and spans[tid][1]:
                    rel[name] = spans[tid][1]
            relations.append(rel)
    return relations


def _overlap(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


@dataclass
class PolnearTally:
    """Counts over PolNeAR articles; ``report`` prints the ratios the issue names."""

    tp_src: int = 0
    fp_src: int = 0
    fn_src: int = 0
    strict: list[int] = field(default_factory=lambda: [0, 0, 0])  # one-to-one: tp, fp, fn
    cue_tp: int = 0
    cue_fp: int = 0
    cue_fn: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    per_rule: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0, 0])
    )  # tp, fp, gold found
    gold_total: int = 0

    def add_article(self, text: str, gold: list[dict], verbose: int) -> None:
        ours = [c.attribution for c in extract_text(text, "a", everything=True) if c.attribution]
        uniq = _unique(ours)
        sourced = [g for g in gold if "Source" in g and "Content" in g]
        self.gold_total += len(sourced)
        _strict_counts(ours, sourced, self.strict)
        self._sources(text, uniq, sourced, verbose)
        self._cues(uniq, [g["Cue"] for g in gold])

    def _sources(self, text: str, uniq: list, sourced: list[dict], verbose: int) -> None:
        """A claim is right when its speaker and content overlap some gold relation's."""
        rules = _rules_of(text)
        matched_gold: set[int] = set()
        found_by: dict[str, set[int]] = defaultdict(set)
        for a in uniq:
            hit = None
            for gi, g in enumerate(sourced):
                if _overlap((a.speaker_start, a.speaker_end), g["Source"]) and _overlap(
                    (a.content_start, a.content_end), g["Content"]
                ):
                    hit = gi
                    if gi not in matched_gold:
                        break
            rule = rules.get(_key(a), "?")
            if hit is None:
                self.fp_src += 1
                self.per_rule[rule][1] += 1
                if verbose > 1:
                    print("  FP", rule, repr(text[a.speaker_start : a.speaker_end]), a.cue)
            else:
                self.tp_src += 1
                self.per_rule[rule][0] += 1
                matched_gold.add(hit)
                found_by[rule].add(hit)
        for rule, hits in found_by.items():
            self.per_rule[rule][2] += len(hits)
        for gi, g in enumerate(sourced):
            if gi not in matched_gold:
                self.fn_src += 1
                s, e = g["Cue"][0]
                self.missed[text[s:e].lower()] += 1

    def _cues(self, uniq: list, gold_cues: list[list[tuple[int, int]]]) -> None:
        """Cues, independently of sources."""
        our_cues = {(a.cue_start, a.cue_end) for a in uniq}
        hit_gold = set()
        for c in our_cues:
            hits = [i for i, g in enumerate(gold_cues) if _overlap(c, g)]
            if hits:
                self.cue_tp += 1
                hit_gold.update(hits)
            else:
                self.cue_fp += 1
        self.cue_fn += len(gold_cues) - len(hit_gold)

    def report(self, split: str, articles: int, verbose: int) -> dict[str, float]:
        p, r, f = _prf(self.tp_src, self.fp_src, self.fn_src)
        cp, cr, cf = _prf(self.cue_tp, self.cue_fp, self.cue_fn)
        sp, sr, sf = _prf(*self.strict)
        print(
            f"polnear {split}: {articles} articles; source P {p:.3f} R {r:.3f} F1 {f:.3f}; "
            f"cue P {cp:.3f} R {cr:.3f} F1 {cf:.3f}; strict (one relation = one prediction, "
            f"matched once) P {sp:.3f} R {sr:.3f} F1 {sf:.3f}"
        )
        _print_rules(self.per_rule, self.gold_total)
        if verbose:
            print(
                "  most-missed cues:", ", ".join(f"{k} {v}" for k, v in self.missed.most_common(25))
            )
        return {"source_p": p, "source_r": r, "source_f1": f, "cue_f1": cf, "strict_f1": sf}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def _unique(ours: list) -> list:
    """One attribution per speaker-content pair (a claim and its continuation share them)."""
    seen = set()
    uniq = []
    for a in ours:
        key = (a.speaker_start, a.content_start, a.content_end)
        if key not in seen:
            seen.add(key)
            uniq.append(a)
    return uniq


def eval_polnear(split: str = "dev", verbose: int = 0) -> dict[str, float] | None:
    root = DATA / "polnear" / split
    if not root.is_dir():
        print(f"polnear: skipped ({root} not found)")
        return None
    tally = PolnearTally()
    texts = sorted((root / "text").glob("*.txt"))
    for text_path in texts:
        anns = sorted((root / "attributions").glob(text_path.stem + "*.ann"))
        if anns:
            gold = [g for g in read_ann(anns[0]) if "Cue" in g]
            tally.add_article(text_path.read_text(encoding="utf-8"), gold, verbose)
    return tally.report(split, len(texts), verbose)


def _key(a) -> tuple[int, int, int, int, int]:
    return (a.speaker_start, a.speaker_end, a.cue_start, a.content_start, a.content_end)


def _rules_of(text: str) -> dict[tuple[int, int, int, int, int], str]:
    """The rule that made each attribution of ``text``, by its spans."""
    return {_key(f): f.rule for f in find_attributions(read(text))}


def _print_rules(per_rule: dict[str, list[int]], gold_total: int) -> None:
    """Source precision and recall per attribution rule, the most productive first."""
    print(f"  {'rule':<26} {'made':>6} {'P':>6} {'R':>6}")
    for rule, (tp, fp, found) in sorted(per_rule.items(), key=lambda kv: -sum(kv[1][:2])):
        p = tp / max(1, tp + fp)
        r = found / max(1, gold_total)
        print(f"  {rule:<26} {tp + fp:>6} {p:>6.3f} {r:>6.3f}")


def _strict_counts(ours, sourced, counts: list[int]) -> None:
    """The stricter reading: our claims with the same speaker and cue are one predicted
    relation (a quote and its continuations; PolNeAR gives them one relation with a
    discontinuous content), and each gold relation can be found only once."""
    groups: dict[tuple[int, int, int], list[tuple[int, int]]] = defaultdict(list)
    for a in ours:
        groups[(a.speaker_start, a.speaker_end, a.cue_start)].append(
            (a.content_start, a.content_end)
        )
    matched: set[int] = set()
    for (s0, s1, _cue), contents in groups.items():
        hit = next(
            (
                gi
                for gi, g in enumerate(sourced)
                if gi not in matched
                and _overlap((s0, s1), g["Source"])
                and any(_overlap(c, g["Content"]) for c in contents)
            ),
            None,
        )
        if hit is None:
            counts[1] += 1
        else:
            counts[0] += 1
            matched.add(hit)
    counts[2] += len(sourced) - len(matched)


# -- Recognizers-Text ---------------------------------------------------------------------

SPECS = {
    "Number": "Number/NumberModel.json",
    "Percent": "Number/PercentModel.json",
    "Currency": "NumberWithUnit/CurrencyModel.json",
    "Dimension": "NumberWithUnit/DimensionModel.json",
    "NumberRange": "Number/NumberRangeModel.json",
}


# Each spec tests one kind of recogniser: a negative case of the Currency spec ('All 70 of us')
# may well hold a number, just no money. Negatives are judged on that spec's kind.
KIND_OF_SPEC = {
    "Number": lambda q: q.kind in ("count", "ratio", "other"),
    "Percent": lambda q: q.kind == "percent",
    "Currency": lambda q: q.kind == "money",
    "Dimension": lambda q: q.kind == "measure",
    "NumberRange": lambda q: q.low is not None or q.high is not None,
}


def recognise(text: str):
    return find_quantities(text, 0, len(text), everything=True) + find_ranks(text, 0, len(text))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


_INTERVAL = re.compile(r"^([\[(])\s*([-\d.eE+]*)\s*,\s*([-\d.eE+]*)\s*([\])])$")


def reproduces(expected: dict, quantities) -> bool:
    start, end = expected["Start"], expected["End"] + 1
    value = expected["Resolution"].get("value")
    near = [q for q in quantities if q.start < end and start < q.end]
    if value is None:
        return bool(near)
    if expected["TypeName"] == "numberrange":
        m = _INTERVAL.match(value.strip())
        if not m:
            return bool(near)
        lo = float(m.group(2)) if m.group(2) else None
        hi = float(m.group(3)) if m.group(3) else None
        return any(
            (lo is None or _close(q.low, lo) or (q.low is None and _close(q.value, lo)))
            and (hi is None or _close(q.high, hi) or (q.high is None and _close(q.value, hi)))
            for q in near
        )
    try:
        target = float(str(value).rstrip("%"))
    except ValueError:  # e.g. "null": the spec expects a mention without a value
        return bool(near)
    # The spec counts '50 cents' as 50 Cent; we normalise money to the main unit (0.50 USD).
    scale = 100.0 if expected["Resolution"].get("unit") in ("Cent", "Pence", "Penny") else 1.0
    # A range that ends at the figure ('eight to 10 feet') reproduces '10 feet' too.
    return any(
        _close(v, target) or _close((v or 0) * scale, target)
        for q in near
        for v in (q.value, q.low, q.high)
    )


def eval_recognizers(verbose: int = 0) -> dict[str, float] | None:
    root = DATA / "recognizers-text-en"
    if not root.is_dir():
        print(f"recognizers-text: skipped ({root} not found)")
        return None
    out = {}
    for name, rel in SPECS.items():
        cases = json.loads((root / rel).read_text(encoding="utf-8"))
        pos_ok = pos = neg_ok = neg = 0
        for case in cases:
            quantities = recognise(case["Input"])
            typed = [q for q in quantities if KIND_OF_SPEC[name](q)]
            if case["Results"]:
                pos += 1
                ok = all(reproduces(r, quantities) for r in case["Results"])
                pos_ok += ok
                if not ok and verbose > 1:
                    print(
                        f"  {name} MISS {case['Input'][:90]!r}",
                        [(r["Text"], r["Resolution"].get("value")) for r in case["Results"]],
                        [(q.text, q.value, q.low, q.high) for q in quantities],
                    )
            else:
                neg += 1
                neg_ok += not typed
                if typed and verbose > 1:
                    print(f"  {name} FP {case['Input'][:90]!r}", [q.text for q in typed])
        share = pos_ok / max(1, pos)
        out[name] = share
        print(
            f"recognizers-text {name}: {pos_ok}/{pos} positive cases = {share:.1%}; "
            f"negatives with no quantity {neg_ok}/{neg}"
        )
    return out


# -- quantulum3 -----------------------------------------------------------------------------


def score_quantulum_case(case: dict) -> tuple[list[dict], list[dict]]:
    """(found, missed) expected quantities: surface overlapping and value equal.

    quantulum3 counts '100 cents' as 100 cent; we normalise money to the main unit."""
    text = case["req"]
    quantities = recognise(text)
    hits, misses = [], []
    for exp in case["res"]:
        surface = exp["surface"]
        pos = text.find(surface)
        start, end = (pos, pos + len(surface)) if pos >= 0 else (0, len(text))
        value = float(exp["value"])
        scale = 100.0 if exp.get("unit") in ("cent", "penny", "pence") else 1.0
        ok = any(
            q.start < end
            and start < q.end
            and (
                _close(q.value, value)
                or _close(q.low, value)
                or _close((q.value or 0) * scale, value)
            )
            for q in quantities
        )
        (hits if ok else misses).append(exp)
    return hits, misses


def eval_quantulum(verbose: int = 0) -> float | None:
    path = DATA / "quantulum3-en" / "quantities.json"
    if not path.is_file():
        print(f"quantulum3: skipped ({path} not found)")
        return None
    found = total = 0
    for case in json.loads(path.read_text(encoding="utf-8")):
        hits, misses = score_quantulum_case(case)
        found += len(hits)
        total += len(hits) + len(misses)
        if verbose > 1:
            for exp in misses:
                print(
                    f"  quantulum MISS {exp['surface']!r} = {exp['value']} in {case['req'][:80]!r}"
                )
    share = found / max(1, total)
    print(
        f"quantulum3: {found}/{total} expected quantities found with the right value = {share:.1%}"
    )
    return share


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--only", choices=["gold", "polnear", "recognizers", "quantulum"])
    a = p.parse_args()
    if a.only in (None, "gold"):
        eval_gold.evaluate(verbose=a.verbose > 0)  # the claims, as a fact-checker reads them
    if a.only in (None, "polnear"):
        eval_polnear(a.split, a.verbose)
    if a.only in (None, "recognizers"):
        eval_recognizers(a.verbose)
    if a.only in (None, "quantulum"):
        eval_quantulum(a.verbose)


if __name__ == "__main__":
    main()
