"""Every claim the extractor makes on the reference corpora, as one JSON line per article.

`python -m benchmarks.dump_extract OUT.jsonl` writes the claims of the seed articles, the BBC
corpus and PolNeAR train and dev (not test, which is held out). A behaviour-preserving change
must leave this file byte-identical: `cmp before.jsonl after.jsonl` is the guard a refactor of
extraction runs before it is committed. `--only seeds,bbc` limits the corpora.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from tracker.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CORPORA = {
    "seeds": (ROOT / "seeds", "*.txt"),
    "bbc": (DATA / "news-corpus" / "bbc", "*/*.txt"),
    "polnear-train": (DATA / "polnear" / "train" / "text", "*.txt"),
    "polnear-dev": (DATA / "polnear" / "dev" / "text", "*.txt"),
}


def articles(names: list[str]) -> Iterator[tuple[str, str]]:
    """(name, text) of every article of the named corpora, in a fixed order."""
    for name in names:
        folder, pattern = CORPORA[name]
        if not folder.is_dir():
            print(f"dump_extract: {name} skipped ({folder} not found)", file=sys.stderr)
            continue
        for path in sorted(folder.glob(pattern)):
            yield (
                f"{name}/{path.relative_to(folder)}",
                path.read_bytes().decode("utf-8", errors="replace"),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", default=",".join(CORPORA), help="comma-separated corpora")
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for name, text in articles(args.only.split(",")):
            claims = [c.to_dict() for c in extract_text(text, name)]
            out.write(json.dumps({"article": name, "claims": claims}, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
