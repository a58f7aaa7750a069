"""The generic engine of the rules table: first match wins, a final rule ends the search."""

from __future__ import annotations

from tracker.extract.attribution.rules import Rule, first_match
from tracker.extract.found import Found


def _found(_: object) -> Found:
    return Found(0, 1, 2, 3, 4, 5, "indirect", "said")


def _nothing(_: object) -> None:
    return None


def test_the_first_rule_that_makes_something_wins_and_names_it() -> None:
    rules = (Rule("a", _nothing), Rule("b", _found), Rule("c", _found))
    f = first_match(rules, object())
    assert f is not None and f.rule == "b"


def test_a_final_rule_that_applies_ends_the_search_even_with_nothing() -> None:
    rules = (Rule("veto", _nothing, when=lambda _: True, final=True), Rule("b", _found))
    assert first_match(rules, object()) is None


def test_a_final_rule_that_does_not_apply_is_passed_over() -> None:
    rules = (Rule("veto", _nothing, when=lambda _: False, final=True), Rule("b", _found))
    f = first_match(rules, object())
    assert f is not None and f.rule == "b"
