"""Draw the articles of the held-back gold (``benchmarks/gold/heldback``) with a fixed seed.

    python -m benchmarks.pick_heldback

Prints the picks and every article skipped on the way (already in the main gold, or longer
than ``MAX_CHARS``), so that the draw can be repeated and checked. Six BBC articles (one per
category, in alphabetical order of category, then one more from a category drawn with the same
generator) and four of PolNeAR's *train* split; PolNeAR dev and test are never drawn.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT.parent.parent / "shared" / "data"
MAIN_GOLD = ROOT / "gold" / "extraction"
SEED = 20261201  # the date of the draw
MAX_CHARS = 6000  # ordinary length; longer articles are skipped, and the skip is printed
BBC = DATA / "news-corpus" / "bbc"
POLNEAR_TRAIN = DATA / "polnear" / "train" / "text"


def annotated() -> set[str]:
    """Stems of the main gold's files ('bbc__business__061'), which the draw must avoid."""
    return {p.stem for p in MAIN_GOLD.glob("*.json")}


def gold_stem(path: Path) -> str:
    if path.is_relative_to(BBC):
        return f"bbc__{path.parent.name}__{path.stem}"
    return f"polnear__train__{path.stem}"


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
            print(f"  skip {path.relative_to(DATA)} (already in the main gold)")
        elif size > MAX_CHARS:
            print(f"  skip {path.relative_to(DATA)} ({size} characters > {MAX_CHARS})")
        else:
            picked.append(path)
    return picked


def main() -> None:
    rng = random.Random(SEED)
    avoid = annotated()
    categories = sorted(p.name for p in BBC.iterdir() if p.is_dir())
    picks: list[Path] = []
    for category in categories:
        picks += draw(rng, list((BBC / category).glob("*.txt")), 1, avoid)
    extra = rng.choice(categories)
    picks += draw(rng, list((BBC / extra).glob("*.txt")), 1, avoid | {gold_stem(p) for p in picks})
    picks += draw(rng, list(POLNEAR_TRAIN.glob("*.txt")), 4, avoid)
    print(f"seed {SEED}; picked:")
    for path in picks:
        print(f"  {path.relative_to(DATA)}  ->  {gold_stem(path)}.json")


if __name__ == "__main__":
    main()
