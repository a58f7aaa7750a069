"""Draw the articles of a blind gold set with a fixed seed.

    python -m benchmarks.pick_heldback [--set heldback|blind]

Prints the picks and every article skipped on the way (already in an earlier gold set, or
longer than ``MAX_CHARS``), so that the draw can be repeated and checked.

- ``heldback`` (session 6, seed 20261201): six BBC articles (one per category, in alphabetical
  order of category, then one more from a category drawn with the same generator) and four of
  PolNeAR's *train* split.
- ``blind`` (session 7, seed 202612012): eight BBC articles (one per category, then three more
  from categories drawn with the same generator), none in the main or held-back set, and six of
  PolNeAR's *test* split, never annotated or read before: the issue's held-out quantity gold.
- ``blind2`` / ``blind3`` (session 8): eight BBC and eight PolNeAR *test* each, none earlier.
- ``blind4`` (session 9, seed 202612021): a bigger round so that one round's noise is smaller
  than the effects measured: sixteen BBC (one per category, then eleven more) and sixteen PolNeAR
  *test*, none in any earlier set.
- ``blind5`` (session 10, seed 202612022): twelve BBC (one per category, then seven more) and
  twelve PolNeAR *test*, none in any earlier set: the first measure of session 9's second wave.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT.parent.parent / "shared" / "data"
MAIN_GOLD = ROOT / "gold" / "extraction"
SEED = 20261201  # the date of the draw
BLIND_SEED = 202612012  # the date, second draw
BLIND2_SEED = 202612013  # the date, third draw
BLIND3_SEED = 202612014  # the date, fourth draw
BLIND4_SEED = 202612021  # session 9's date, first draw: a bigger round (16 + 16)
BLIND5_SEED = 202612022  # session 10's date, first draw (12 + 12)
MAX_CHARS = 6000  # ordinary length; longer articles are skipped, and the skip is printed
BBC = DATA / "news-corpus" / "bbc"
POLNEAR = DATA / "polnear"


def annotated(*folders: Path) -> set[str]:
    """Stems of gold files ('bbc__business__061') in ``folders``, which the draw must avoid."""
    return {p.stem for folder in folders for p in folder.glob("*.json")}


def gold_stem(path: Path) -> str:
    if path.is_relative_to(BBC):
        return f"bbc__{path.parent.name}__{path.stem}"
    return f"polnear__{path.parent.parent.name}__{path.stem}"


def draw(rng: random.Random, files: list[Path], n: int, avoid: set[str]) -> list[Path]:
    """The first ``n`` files of a seeded shuffle that are neither avoided nor too long."""
    order = sorted(files)
    rng.shuffle(order)
    picked: list[Path] = []
    for path in order:
        if len(picked) == n:
            break
        size = len(path.read_bytes().decode("utf-8", errors="replace"))
        if gold_stem(path) in avoid:
            print(f"  skip {path.relative_to(DATA)} (already in a gold set or picked)")
        elif size > MAX_CHARS:
            print(f"  skip {path.relative_to(DATA)} ({size} characters > {MAX_CHARS})")
        else:
            picked.append(path)
    return picked


def pick(seed: int, avoid: set[str], extras: int, split: str, polnear: int) -> list[Path]:
    """One BBC article per category, ``extras`` more, then ``polnear`` of PolNeAR's ``split``."""
    rng = random.Random(seed)
    categories = sorted(p.name for p in BBC.iterdir() if p.is_dir())
    picks: list[Path] = []
    for category in categories:
        picks += draw(rng, list((BBC / category).glob("*.txt")), 1, avoid)
    for _ in range(extras):
        extra = rng.choice(categories)
        taken = avoid | {gold_stem(p) for p in picks}
        picks += draw(rng, list((BBC / extra).glob("*.txt")), 1, taken)
    return picks + draw(rng, list((POLNEAR / split / "text").glob("*.txt")), polnear, avoid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=("heldback", "blind", "blind2", "blind3", "blind4", "blind5"),
        default="heldback",
    )
    name = parser.parse_args().set
    if name == "heldback":
        seed, picks = SEED, pick(SEED, annotated(MAIN_GOLD), 1, "train", 4)
    elif name == "blind":
        avoid = annotated(MAIN_GOLD, ROOT / "gold" / "heldback")
        seed, picks = BLIND_SEED, pick(BLIND_SEED, avoid, 3, "test", 6)
    elif name == "blind4":
        earlier = ("extraction", "heldback", "blind", "blind2", "blind3")
        avoid = annotated(*(ROOT / "gold" / s for s in earlier))
        seed, picks = BLIND4_SEED, pick(BLIND4_SEED, avoid, 11, "test", 16)
    elif name == "blind5":
        earlier = ("extraction", "heldback", "blind", "blind2", "blind3", "blind4")
        avoid = annotated(*(ROOT / "gold" / s for s in earlier))
        seed, picks = BLIND5_SEED, pick(BLIND5_SEED, avoid, 7, "test", 12)
    else:
        earlier = ("extraction", "heldback", "blind") + (("blind2",) if name == "blind3" else ())
        avoid = annotated(*(ROOT / "gold" / s for s in earlier))
        seed = BLIND2_SEED if name == "blind2" else BLIND3_SEED
        picks = pick(seed, avoid, 3, "test", 8)
    print(f"seed {seed}; picked:")
    for path in picks:
        print(f"  {path.relative_to(DATA)}  ->  {gold_stem(path)}.json")


if __name__ == "__main__":
    main()
