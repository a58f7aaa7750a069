"""`tracker extract --json` names the rule that made each attribution."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tracker.cli import cli
from tracker.extract.attribution.rules import ARTICLE_RULES, CUE_RULES, OPENING_RULES


def test_each_attribution_in_extract_json_names_its_rule(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(
        "Bridge to reopen\n\n"
        "Mayor Ellen Park said the bridge would reopen in May. “We are on schedule,” "
        "said Ellen Park. The cost rose to $40 million, according to the transport office.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["extract", str(article), "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    claims = json.loads(result.output)["claims"]
    rules = [c["attribution"]["rule"] for c in claims if c["attribution"]]
    assert rules == ["subject-cue", "inverted-after-quote", "according-to"]
    known = {r.name for r in (*OPENING_RULES, *CUE_RULES)} | set(ARTICLE_RULES)
    assert set(rules) <= known | {"according-to", "poll-source", "cue-then-quote"}


def test_the_rule_is_not_stored_with_the_claim() -> None:
    from tracker.model import Attribution

    a = Attribution("X", "X", 0, 1, "said", 2, 6, "indirect", 7, 9, rule="subject-cue")
    assert "rule" not in a.to_dict()
    assert Attribution.from_dict(a.to_dict()) == a  # the rule takes no part in equality
