"""`tracker worth`: JSON lines in input order, blank lines skipped, one-line errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tracker.cli import cli


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["worth", *args], input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_one_sentence_as_an_argument_prints_one_json_line() -> None:
    code, out, _ = run("Unemployment rose to 8.5 percent in 2009.")
    assert code == 0
    (line,) = out.splitlines()
    row = json.loads(line)
    assert set(row) == {"text", "worth", "opinion"}
    assert row["text"] == "Unemployment rose to 8.5 percent in 2009."
    assert isinstance(row["worth"], float) and 0 <= row["worth"] <= 100
    assert row["opinion"] is False


def test_stdin_gives_one_line_per_sentence_in_order_skipping_blank_lines() -> None:
    sentences = ["Thank you all for coming.", "", "Crime fell 12 percent in 2019.", "   "]
    code, out, _ = run(input="\n".join(sentences) + "\n")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == [
        "Thank you all for coming.",
        "Crime fell 12 percent in 2019.",
    ]
    assert rows[0]["opinion"] and not rows[1]["opinion"]
    assert rows[1]["worth"] > rows[0]["worth"]


def test_crlf_and_a_byte_order_mark_are_not_part_of_the_text() -> None:
    code, out, _ = run(input="\ufeffTaxes went up.\r\nTaxes went down.\r\n".encode())
    assert code == 0
    assert [json.loads(line)["text"] for line in out.splitlines()] == [
        "Taxes went up.",
        "Taxes went down.",
    ]


def test_control_characters_stay_escaped_in_the_json() -> None:
    code, out, _ = run("Red \x1b[31malert\x1b[0m: 5 dead.")
    assert code == 0
    assert "\x1b" not in out
    assert json.loads(out)["text"] == "Red \x1b[31malert\x1b[0m: 5 dead."


def test_input_that_is_not_utf8_is_a_one_line_error() -> None:
    code, _out, err = run(input=b"Fine line.\n\xff\xfe broken\n")
    assert code == 1
    assert err.startswith("tracker: error: line 2: not UTF-8 text")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_line_too_long_to_be_a_sentence_is_a_one_line_error() -> None:
    code, _, err = run(input="word " * 30_000)
    assert code == 1
    assert "line 1: longer than" in err
