"""Extraction measured as a fact-checker reads it, against our own hand-made gold.

The gold (``benchmarks/gold/extraction/*.json``, conventions of ``../shared/ANNOTATION.md``)
holds, per article of ``../shared/data``, offsets only: every real quantity with its value and
unit, every number-looking expression that is not one (with why), every attribution with its
canonical speaker, cue and content. Figures printed:

- quantities: precision and recall (spans overlap, one to one), value and unit accuracy of the
  found ones, and the false quantities that are dates, names, scores or list lines;
- attributions: precision and recall (contents overlap, one to one; a second claim on the same
  statement is a duplicate), and how many are found with the right canonical speaker;
- claims fully right: every claim the tool gives, read as a checker would (ANNOTATION.md):
  right, unresolved (a bare pronoun as speaker) or wrong, with the reason.

`python -m benchmarks.eval_gold [-v] [--set NAME]` (-v lists every wrong claim and miss).
``--set heldback`` reads ``benchmarks/gold/heldback`` instead: ten articles annotated blind in
session 6 (since read for tuning). ``blind`` (BBC and PolNeAR *test*) and ``written`` (news we
wrote ourselves to test the issue's families; the texts live in the project) were annotated blind
in session 7, measured once, and are tuning sets since. ``blind2`` and ``written2`` (session 8)
are measured once at the end of that session: never tune on a set before it is measured.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.extract import extract_text
from tracker.extract.labels import set_aside_in
from tracker.model import Claim, Quantity

ROOT = Path(__file__).resolve().parent
GOLD = ROOT / "gold" / "extraction"
# --set NAME -> its folder. Blind sets are measured once, at the end of the session that made them.
SETS = {
    name: ROOT / "gold" / name
    for name in (
        "heldback",
        "blind",
        "written",
        "blind2",
        "written2",
        "blind3",
        "written3",
        "blind4",
        "written4",
        "blind5",
        "written5",
    )
}
SETS["extraction"] = GOLD
DATA = ROOT.parent.parent / "shared" / "data"
PROJECT = ROOT.parent  # the written set's articles are ours and live in the project

PRONOUNS = frozenset("i you he she it we they him her them us me this that who which".split())
_WORD = re.compile(r"\w+")
NAME_FILLER = frozenset("the of and a an mr mrs ms dr s".split())
SLACK_WORDS = 2  # "the content holds the statement, a word or two of slack allowed"


@dataclass
class Tally:
    """Counts over all articles; every figure the report prints is a ratio of two of these."""

    q_pred: int = 0
    q_gold: int = 0
    q_match: int = 0
    q_value_ok: int = 0
    q_unit_ok: int = 0
    q_false: Counter[str] = field(default_factory=Counter)
    q_aside: Counter[str] = field(default_factory=Counter)
    q_aside_real: Counter[str] = field(default_factory=Counter)
    a_pred: int = 0
    a_gold: int = 0
    a_match: int = 0
    a_speaker_ok: int = 0
    a_named: int = 0  # claims whose speaker is a name (not empty, not a bare pronoun)
    a_bogus: int = 0  # ... sharing no word with any speaker the gold names in the article
    claims: Counter[str] = field(default_factory=Counter)
    rules: dict[str, Counter[str]] = field(default_factory=dict)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one pairing of predicted and gold spans, largest overlaps first."""
    cands = sorted(
        ((overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for size, i, j in cands:
        if size and i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def value_right(q: Quantity, g: dict[str, Any]) -> bool:
    if g.get("vague"):  # 'several thousand' is no precise 1,000
        return q.value is None or q.approx is not None
    if g.get("low") is not None or g.get("high") is not None:
        return close(q.low, g.get("low")) and close(q.high, g.get("high"))
    return close(q.value, g.get("value"))


# One unit, several spellings in the gold ("25C" and "25 degrees Celsius"): compared as one.
UNIT_SPELLINGS = {
    spelling: key
    for key, spellings in {
        "°c": ("c", "celsius", "degree celsius", "degrees celsius", "degrees c"),
        "°f": ("f", "fahrenheit", "degree fahrenheit", "degrees fahrenheit", "degrees f"),
        "w": ("watt", "watts"),
        "foot": ("ft", "feet"),
        "pound": ("lb", "lbs", "pounds"),  # a weight: blind4 writes 'pounds', the main set 'lb'
        "square m": ("square metre", "square meter", "sq m", "m2", "m²"),
    }.items()
    for spelling in spellings
}


def _unit_key(unit: str | None) -> str:
    """A unit as notation aside: case, its spellings ('°C' = 'C' = 'degrees Celsius', 'W' =
    'watt', 'ft' = 'foot', 'square metres' = 'square m') and plurals, word by word ('tries' = 'try', 'inches' = 'inch', 'megabits per
    second' = 'megabit per second')."""
    u = (unit or "").casefold().strip()
    if (bare := u.replace("°", "").strip()) in UNIT_SPELLINGS:
        return UNIT_SPELLINGS[bare]
    u = " ".join(_singular(w) for w in u.split())
    if u in UNIT_SPELLINGS:  # 'square metres' as 'square metre'
        return UNIT_SPELLINGS[u]
    return "percentage point" if u == "point" else u  # 'a 7-point lead' is in points of percent


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "uses")):
        return word[:-2]  # 'passes' -> 'pass', 'buses' -> 'bus'
    if word.endswith(("ss", "us")):
        return word  # 'pass', 'bus', 'census': singular already
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


def unit_right(q: Quantity, g: dict[str, Any]) -> bool:
    """The unit as ANNOTATION.md gives it; a count may leave its counted noun unnamed, but
    never name a word that is not what is counted ('sold', 'net')."""
    if g.get("kind") == "count" and q.unit is None:
        return True
    return _unit_key(q.unit) == _unit_key(g.get("unit"))


def canonical(name: str | None) -> str:
    n = " ".join((name or "").replace("’", "'").split()).casefold()
    n = re.sub(r"'s$", "", n)
    return re.sub(r"^(?:the|a|an) ", "", n)


def _name_words(name: str) -> set[str]:
    """A name's words, folded, without titles and particles ('Mr', 'the', 'of')."""
    return {w for w in _WORD.findall(name.lower()) if w not in NAME_FILLER}


def words(text: str, span: tuple[int, int]) -> set[tuple[int, int]]:
    return {(m.start(), m.end()) for m in _WORD.finditer(text, *span)}


def content_right(text: str, pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    p, g = words(text, pred), words(text, gold)
    return len(g - p) <= SLACK_WORDS and len(p - g) <= SLACK_WORDS


@dataclass
class ArticleScore:
    """One article's claims read against its gold: the tally it adds and the reasons it gives."""

    text: str
    gold: dict[str, Any]
    claims: list[Claim]
    tally: Tally
    notes: list[str] = field(default_factory=list)

    def run(self) -> None:
        q_ok = self._quantities()
        a_pair = self._attributions()
        self._claims(q_ok, a_pair)

    def _quantities(self) -> dict[tuple[int, int], str]:
        """Each predicted quantity's verdict by span: '' when right, else the reason."""
        t, g = self.tally, self.gold
        seen: dict[tuple[int, int], Quantity] = {}
        for c in self.claims:
            for q in c.quantities:
                seen.setdefault((q.start, q.end), q)
        pred = list(seen.values())
        gold = g["quantities"]
        pairs = pair([(q.start, q.end) for q in pred], [(x["start"], x["end"]) for x in gold])
        t.q_pred += len(pred)
        t.q_gold += len(gold)
        t.q_match += len(pairs)
        verdict: dict[tuple[int, int], str] = {}
        for i, q in enumerate(pred):
            if i not in pairs:
                why = next(
                    (
                        x["why"]
                        for x in g.get("excluded", [])
                        if overlap((q.start, q.end), (x["start"], x["end"]))
                    ),
                    "other",
                )
                t.q_false[why] += 1
                verdict[q.start, q.end] = f"false quantity ({why}) {q.text!r}"
                continue
            gq = gold[pairs[i]]
            v, u = value_right(q, gq), unit_right(q, gq)
            t.q_value_ok += v
            t.q_unit_ok += u
            verdict[q.start, q.end] = (
                ""
                if v and u
                else f"quantity {q.text!r} value={q.value} unit={q.unit} "
                f"(gold {gq.get('value', gq.get('low'))} {gq.get('unit')})"
            )
        missed = set(range(len(gold))) - set(pairs.values())
        self.notes += [f"missed quantity {gold[j]['text']!r}" for j in sorted(missed)]
        return verdict

    def _attributions(self) -> dict[int, int]:
        """Claim index -> gold attribution index, one to one."""
        t, gold = self.tally, self.gold["attributions"]
        idx = [i for i, c in enumerate(self.claims) if c.attribution is not None]
        spans = [
            (self.claims[i].attribution.content_start, self.claims[i].attribution.content_end)
            for i in idx
        ]
        pairs = pair(spans, [(a["content_start"], a["content_end"]) for a in gold])
        t.a_pred += len(idx)
        t.a_gold += len(gold)
        t.a_match += len(pairs)
        out = {idx[k]: j for k, j in pairs.items()}
        for ci, j in out.items():
            att = self.claims[ci].attribution
            t.a_speaker_ok += canonical(att.speaker) == canonical(gold[j]["speaker"])
        missed = set(range(len(gold))) - set(pairs.values())
        for j in sorted(missed):
            a = gold[j]
            snippet = self.text[a["content_start"] : a["content_start"] + 50]
            self.notes.append(f"missed attribution [{a['speaker']}] {snippet!r}")
        return out

    def _bogus_speakers(self) -> None:
        """Speakers sharing no word with any speaker the gold names in the article, whatever the
        claim's verdict: the bogus ones ('far', 'Country', 'Beverly Hills') are among them, with
        descriptions left unresolved ('the bank') and people who said nothing here. An upper
        bound on bogus speakers, listed with -v to be read by hand. A short form of a real
        speaker's name ('Vivendi') shares a word and is a wrong speaker, not this."""
        known = set()
        for a in self.gold["attributions"]:
            known |= _name_words(a["speaker"] or "")
        for c in self.claims:
            att = c.attribution
            if att is None or not att.speaker or canonical(att.speaker) in PRONOUNS:
                continue
            self.tally.a_named += 1
            if not _name_words(att.speaker) & known:
                self.tally.a_bogus += 1
                self.notes.append(f"speaker of none {att.speaker!r} — {c.text[:60]!r}")

    def _claims(self, q_verdict: dict[tuple[int, int], str], a_pair: dict[int, int]) -> None:
        self._bogus_speakers()
        for i, c in enumerate(self.claims):
            verdict = self._claim_verdict(i, c, q_verdict, a_pair)
            label = "right" if not verdict else verdict.split(":")[0]
            self.tally.claims[label] += 1
            rule = getattr(c.attribution, "rule", None) if c.attribution else "quantities"
            self.tally.rules.setdefault(rule or "(unnamed)", Counter())[label] += 1
            if verdict:
                self.notes.append(f"{verdict} — {c.text[:70]!r}")

    def _claim_verdict(
        self, i: int, c: Claim, q_verdict: dict[tuple[int, int], str], a_pair: dict[int, int]
    ) -> str:
        bad_q = [q_verdict[q.start, q.end] for q in c.quantities if q_verdict[q.start, q.end]]
        if c.attribution is None:
            if bad_q:
                return f"wrong quantity: {bad_q[0]}"
            if self._speaker_missed(c):
                return "speaker missing: a gold attribution covers this figure"
            return ""
        att = c.attribution
        if i not in a_pair:
            if any(q_verdict[q.start, q.end] == "" for q in c.quantities) and not bad_q:
                return "not speech: real figures under a cue that is no statement"
            return f"not a claim: cue {att.cue!r} speaker {att.speaker!r}"
        g = self.gold["attributions"][a_pair[i]]
        if bad_q:
            return f"wrong quantity: {bad_q[0]}"
        if canonical(att.speaker) != canonical(g["speaker"]):
            if canonical(att.speaker_text) in PRONOUNS and canonical(att.speaker) in PRONOUNS:
                return f"unresolved: {att.speaker!r} (gold {g['speaker']!r})"
            return f"wrong speaker: {att.speaker!r} (gold {g['speaker']!r})"
        if not content_right(
            self.text, (att.content_start, att.content_end), (g["content_start"], g["content_end"])
        ):
            return "wrong content: more than two words off"
        return ""

    def set_aside(self) -> None:
        """Figures the label stage left out of claims, by why; a real one costs recall."""
        gold = [(x["start"], x["end"]) for x in self.gold["quantities"]]
        for q, why in set_aside_in(self.text):
            self.tally.q_aside[why] += 1
            if any(overlap((q.start, q.end), g) for g in gold):
                self.tally.q_aside_real[why] += 1
                self.notes.append(f"set aside ({why}) but a gold quantity: {q.text!r}")

    def _speaker_missed(self, c: Claim) -> bool:
        return any(
            a["content_start"] <= q.start and q.end <= a["content_end"]
            for a in self.gold["attributions"]
            for q in c.quantities
        )


def article_path(rel: str) -> Path:
    """Where a gold file's article lies: the project for our own texts, else ../shared/data."""
    return PROJECT / rel if rel.startswith("benchmarks/") else DATA / rel


def read_text(rel: str) -> str:
    return article_path(rel).read_bytes().decode("utf-8", errors="replace")


def evaluate(verbose: bool = False, gold_dir: Path = GOLD) -> Tally | None:
    files = sorted(gold_dir.glob("*.json"))
    rels = [json.loads(p.read_text(encoding="utf-8"))["file"] for p in files]
    if not files or not all(article_path(rel).is_file() for rel in rels):
        print(f"gold: skipped ({gold_dir} or its articles not found)")
        return None
    tally = Tally()
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = read_text(gold["file"])
        score = ArticleScore(text, gold, extract_text(text, gold["file"]), tally)
        score.run()
        score.set_aside()
        if verbose and score.notes:
            print(f"\n== {gold['file']}")
            for note in score.notes:
                print("  ", note)
    report(tally, len(files), gold_dir.relative_to(ROOT.parent).as_posix())
    return tally


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def report(t: Tally, articles: int, folder: str = "benchmarks/gold/extraction") -> None:
    print(f"gold: {articles} articles, hand-annotated ({folder})")
    print(
        f"  quantities  P {_ratio(t.q_match, t.q_pred)}  R {_ratio(t.q_match, t.q_gold)}  "
        f"({t.q_match} of {t.q_pred} found, {t.q_gold} in gold); value right "
        f"{_ratio(t.q_value_ok, t.q_match)}, unit right {_ratio(t.q_unit_ok, t.q_match)}"
    )
    false = ", ".join(f"{why} {n}" for why, n in t.q_false.most_common())
    print(f"  false quantities by kind: {false or 'none'}")
    aside = ", ".join(
        f"{why} {n}" + (f" ({t.q_aside_real[why]} real)" if t.q_aside_real[why] else "")
        for why, n in t.q_aside.most_common()
    )
    print(f"  set aside (not claimed) by why: {aside or 'none'}")
    print(
        f"  attributions  P {_ratio(t.a_match, t.a_pred)}  R {_ratio(t.a_match, t.a_gold)}  "
        f"({t.a_match} of {t.a_pred}, {t.a_gold} in gold); found with the right speaker "
        f"{_ratio(t.a_speaker_ok, t.a_gold)} of gold, {_ratio(t.a_speaker_ok, t.a_match)} of found"
    )
    print(
        f"  speakers naming none of the article's gold speakers (bogus, unresolved or another "
        f"person; -v lists them): {t.a_bogus} of {t.a_named} claims with a speaker"
    )
    total = sum(t.claims.values())
    parts = ", ".join(f"{k} {n}" for k, n in t.claims.most_common())
    print(f"  claims fully right {_ratio(t.claims['right'], total)} of {total}: {parts}")
    print("  per rule (claims: right / all):")
    for rule, c in sorted(t.rules.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        print(f"    {rule:<24} {c['right']:>4} / {n:<4} {_ratio(c['right'], n)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--set", choices=sorted(SETS), default="extraction", dest="gold_set")
    args = parser.parse_args()
    evaluate(args.verbose, SETS[args.gold_set])


if __name__ == "__main__":
    main()
