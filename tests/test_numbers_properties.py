"""Property tests for the number grammar: generated figures, words and fractions read back
to the value they were made from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from tracker.extract.numbers import parse_number
from tracker.extract.tokens import tokenize

# Exact in a float, and within num2words' scales (trillions).
WHOLE = st.integers(min_value=0, max_value=10**15 - 1)

UNIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# Denominator words, singular then plural ('half' is read apart: 'one and a half').
DENOMINATORS = {
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    7: ("seventh", "sevenths"),
    8: ("eighth", "eighths"),
    9: ("ninth", "ninths"),
    10: ("tenth", "tenths"),
}


def read_all(text: str) -> float:
    """The value of ``text``, which must be read as one number from its first to last token."""
    tokens = tokenize(text)
    p = parse_number(tokens, 0)
    assert p is not None, text
    assert (p.i, p.j) == (0, len(tokens)), (text, tokens[p.i : p.j])
    return p.value


@given(WHOLE)
def test_figures_with_thousands_separators_round_trip(n: int) -> None:
    assert read_all(f"{n:,}") == n


@given(WHOLE)
def test_plain_figures_round_trip(n: int) -> None:
    assert read_all(str(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.from_regex(r"[0-9]{1,6}", fullmatch=True))
def test_decimals_round_trip(whole: int, decimals: str) -> None:
    assert read_all(f"{whole:,}.{decimals}") == float(f"{whole}.{decimals}")


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_slash_fractions_round_trip(num: int, den: int) -> None:
    assert read_all(f"{num}/{den}") == num / den


@given(WHOLE)
def test_spelled_out_integers_round_trip(n: int) -> None:
    # num2words writes British style, 'one hundred and five thousand, two hundred';
    # prose often drops the commas and the 'and', so both forms must read back.
    words = num2words(n).replace(",", "")
    assert read_all(words) == n
    assert read_all(words.replace(" and ", " ")) == n


@given(st.sampled_from(range(1, 10)), st.sampled_from(sorted(DENOMINATORS)), st.booleans())
def test_spelled_out_fractions_round_trip(num: int, den: int, hyphen: bool) -> None:
    singular, plural = DENOMINATORS[den]
    text = f"{UNIT_WORDS[num - 1]}{'-' if hyphen else ' '}{singular if num == 1 else plural}"
    tokens = tokenize(text)
    p = parse_number(tokens, 0)
    assert p is not None and p.fraction and p.j == len(tokens), text
    assert p.value == num / den


MAGNITUDES = ["dozens", "hundreds", "thousands", "millions", "billions"]


@given(
    st.sampled_from(["tens", *MAGNITUDES]),
    st.lists(st.sampled_from(MAGNITUDES[1:]), min_size=1, max_size=3),
    st.sampled_from(["people", "homes", "voters"]),
)
def test_chained_vague_magnitudes_read_as_one_vague_count(
    lead: str, chain: list[str], noun: str
) -> None:
    from tracker.extract.quantities import find_quantities

    phrase = " of ".join([lead, *chain])
    text = f"Officials said {phrase} of {noun} were affected."
    (q,) = find_quantities(text, 0, len(text))
    assert (q.text, q.unit, q.kind) == (phrase, noun, "count")


@given(st.integers(min_value=2, max_value=99))
def test_a_figure_glued_to_time_counts_times(n: int) -> None:
    from tracker.extract.quantities import find_quantities

    # Number words glue to '-time' when they are one word ('four-time', 'twenty-time').
    for figure in (str(n), *([num2words(n)] if "-" not in num2words(n) else [])):
        text = f"The {figure}-time champion withdrew."
        (q,) = find_quantities(text, 0, len(text))
        assert (q.value, q.unit, q.kind) == (float(n), "times", "count"), figure


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["thousand", "million", "billion"]),
    st.booleans(),
)
def test_two_figures_with_the_same_scale_are_two_numbers(
    a: int, b: int, scale: str, spelled: bool
) -> None:
    """'114 million and 112 million, respectively' is two amounts, never their sum; a scale
    word only joins a smaller one after it ('two million three thousand')."""
    from tracker.extract.quantities import find_quantities

    size = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]
    if spelled and " and " in num2words(b):
        b = b // 100 * 100  # 'one thousand and one hundred and one thousand' has two readings
    first, second = (num2words(a), num2words(b)) if spelled else (str(a), str(b))
    text = f"The figures were {first} {scale} and {second} {scale}, respectively."
    got = [q.value for q in find_quantities(text, 0, len(text))]
    assert got == [a * size, b * size], text
