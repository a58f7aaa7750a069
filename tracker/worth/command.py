"""``tracker worth [TEXT]``: how much each sentence is worth checking, as JSON lines."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import NoReturn

import click
import orjson

from tracker.textsafe import safe_line

MAX_LINE = 100_000  # characters: a 'sentence' longer than this is not one


@click.command(name="worth")
@click.argument("text", required=False)
def worth_cmd(text: str | None) -> None:
    """Score TEXT (or each line of stdin) for check-worthiness: one JSON line each,
    {"text", "worth" (0–100), "opinion"}. Blank lines are skipped."""
    from tracker.worth.assess import assess_sentence  # here: 'tracker --help' stays fast

    out = sys.stdout.buffer
    for number, line in _lines(text):
        if not line.strip():
            continue
        if len(line) > MAX_LINE:
            _fail(f"line {number}: longer than {MAX_LINE} characters; one sentence a line")
        result = assess_sentence(line)
        row = {"text": line, "worth": result.worth, "opinion": result.opinion}
        try:
            out.write(orjson.dumps(row) + b"\n")
            out.flush()
        except BrokenPipeError:  # 'tracker worth < f | head': the reader left; stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)


def _lines(text: str | None) -> Iterator[tuple[int, str]]:
    """TEXT as line 1, or stdin line by line (UTF-8, a byte-order mark allowed)."""
    if text is not None:
        yield 1, text
        return
    for number, raw in enumerate(sys.stdin.buffer, 1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            _fail(f"line {number}: not UTF-8 text ({exc.reason} at byte {exc.start})")
        yield number, line.rstrip("\r\n")


def _fail(message: str) -> NoReturn:
    click.echo(f"tracker: error: {safe_line(message)}", err=True)
    sys.exit(1)
