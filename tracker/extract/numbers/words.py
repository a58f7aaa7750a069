"""The number grammar's vocabulary, as data: number words, scales, ordinals, denominators,
glued suffixes and vulgar fractions. Word lists, no logic."""

from __future__ import annotations

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales written after a figure: "$2bn", "150k", "US$3.2m", "£1.5 trn".
SCALE_SUFFIXES = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "t": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "trillion": 1_000_000_000_000,
    "trillions": 1_000_000_000_000,
    "hundred": 100,
    "crore": 10_000_000,
    "lakh": 100_000,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
}
# Denominators of spelled-out fractions ("two-thirds", "a quarter", "three fifths").
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
}
# Plural scales that name a vague amount when 'of' follows: 'dozens of', 'millions of'.
VAGUE_MAGNITUDES = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "trillions": 1_000_000_000_000,
}
# Plural scales read as the scale right after a number: 'five hundreds' is 500.
SCALE_PLURALS = {"hundreds", "thousands", "millions", "billions"}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | {"dozen", "dozens", "score"}
VULGAR = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
# Letters glued to a figure that scale it. Lower-case m/t/b are taken only for money
# ('$2m', '£1.5b'); elsewhere '5m' is five metres and '100t' a hundred tonnes.
SUFFIX_ALWAYS = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "G": 1e9,
    "B": 1e9,
    "bn": 1e9,
    "Bn": 1e9,
    "BN": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "T": 1e12,
    "MM": 1e6,
    "mil": 1e6,
    "tln": 1e12,
    "b": 1e9,
}
SUFFIX_MONEY = {"m": 1e6, "t": 1e12}
SCALE_WORDS = {
    **SCALES,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "thousands": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "bln": 1e9,
    "tln": 1e12,
    "mln": 1e6,
}
# Ordinals that are themselves scales: 'a hundred trillionths' is 100 of them, not 1/100T.
SCALE_ORDINALS = {
    "hundredth": 100,
    "thousandth": 1e3,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
}
ORDINAL_DEN = {**{k: float(v) for k, v in DENOMINATORS.items()}}
for _word, _value in {**ORDINALS, **SCALE_ORDINALS}.items():
    ORDINAL_DEN.setdefault(_word, float(_value))
    ORDINAL_DEN.setdefault(_word + "s", float(_value))
ORDINAL_DEN.pop("second", None)  # 'one second' is a duration
ORDINAL_DEN.pop("seconds", None)
# Units that write a fraction part: 'and three quarters' adds, even after 'hundred and'.
ADDITIVE_DENS = {2.0, 4.0, 10.0, 100.0, 1000.0}

# Scale suffixes glued to a figure whatever their case ('2BN', '3Mln'), beside SUFFIX_ALWAYS.
GLUED_SCALES_ANY_CASE = ("bn", "mn", "mln", "bln", "tn", "trn", "mil", "tln")
# Letter scales written apart from the figure ('2.33 k', '1.5 M'); 'm' and 'b' only for money.
SPACED_SCALES = ("k", "K", "M", "G", "B", "bn", "mn")
SPACED_MONEY_SCALES = ("m", "b")
# Spaced scales no English word spells: a scale even before a noun ('£35 bn cuts', '$2 mln deal').
SPACED_SCALES_ALWAYS = ("bn", "mn", "mln", "bln", "tn", "trn", "tln")
# Marks between a figure and a power of ten: '1.3x10^6', '6.23×10^-4'.
TIMES_SIGNS = ("x", "×", "*")
DOZEN_WORDS = ("dozen", "dozens")
# With abbreviations, read among number words ('two doz'), not after a figure.
DOZENS = (*DOZEN_WORDS, "doz", "dozs", "dz", "dzs")
LAKH_CRORE = ("lakh", "lakhs", "crore", "crores")
CRORES = ("crore", "crores")
ZERO_WORDS = ("nought", "naught")
NEGATIVE_WORDS = ("minus", "negative")
# A fraction word that, before a scale, takes that part of it: 'half million', 'a third billion'.
PART_WORDS = ("half", "quarter", "quarters", "third", "thirds")
# Scales a fraction takes through 'a': 'half a dozen', 'a quarter a million'.
A_SCALES = ("dozen", "hundred", "million", "billion", "thousand")
