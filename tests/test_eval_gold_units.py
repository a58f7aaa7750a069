"""The gold comparison reads one unit in its spellings and plurals, word by word."""

from __future__ import annotations

from benchmarks.eval_gold import _unit_key


def test_the_gold_comparison_reads_one_unit_in_its_spellings() -> None:
    assert _unit_key("inches") == _unit_key("inch")
    assert _unit_key("W") == _unit_key("watt")
    assert _unit_key("megabits per second") == _unit_key("megabit per second")
    assert _unit_key("tonnes per year") == _unit_key("tonne per year")
    assert _unit_key("GBP") != _unit_key("GBP per year")
    assert _unit_key("ft") == _unit_key("foot") == _unit_key("feet")
    assert _unit_key("square metres") == _unit_key("square m")
    assert _unit_key("degrees Celsius") == _unit_key("°C")


def test_words_that_end_in_ss_or_us_are_singular_already() -> None:
    from benchmarks.eval_gold import _singular

    assert [_singular(w) for w in ("pass", "passes", "bus", "buses", "businesses")] == [
        "pass",
        "pass",
        "bus",
        "bus",
        "business",
    ]
