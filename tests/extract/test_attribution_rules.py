"""Each rule of ``attribution/rules.py`` on sentences of its own shape.

A case names the rule that must make the attribution and the speaker, cue and content it
must find; the shapes that report no speech ('is believed', 'went on for hours') must
make nothing at all.
"""

from __future__ import annotations

import pytest

from tracker.extract.attribution import find_attributions
from tracker.extract.attribution.rules import (
    ARTICLE_RULES,
    CUE_RULES,
    FALLBACK_RULES,
    OPENING_RULES,
    WORD_RULES,
)
from tracker.extract.doc import read


def made(text: str) -> list[tuple[str, str, str, str]]:
    """(rule, speaker, cue, content) of every attribution found in ``text``."""
    return [
        (
            f.rule,
            text[f.speaker_start : f.speaker_end],
            text[f.cue_start : f.cue_end],
            text[f.content_start : f.content_end],
        )
        for f in find_attributions(read(text))
    ]


CASES = [
    (
        "subject-cue",
        "Mayor Ellen Park said the bridge would reopen in May.",
        ("Mayor Ellen Park", "said", "the bridge would reopen in May"),
    ),
    (
        "subject-cue",
        "The bridge will reopen in May, Mayor Ellen Park said.",
        ("Mayor Ellen Park", "said", "The bridge will reopen in May"),
    ),
    (
        "subject-cue",
        "The report shows the strike cost $2 million.",
        ("The report", "shows", "the strike cost $2 million"),
    ),
    (
        "inverted-after-quote",
        "“The bridge will reopen in May,” said Ellen Park.",
        ("Ellen Park", "said", "“The bridge will reopen in May,”"),
    ),
    (
        "inverted-to-end",
        "The bridge will reopen in May, said Ellen Park, the city's mayor.",
        ("Ellen Park, the city's mayor", "said", "The bridge will reopen in May"),
    ),
    (
        "appositive",
        "Ellen Park, the city's mayor, said the bridge would reopen in May.",
        ("Ellen Park, the city's mayor", "said", "the bridge would reopen in May"),
    ),
    (
        "appositive",
        "The union chief, Maria Lopez, said the strike would go on.",
        ("The union chief, Maria Lopez", "said", "the strike would go on"),
    ),
    (
        "appositive-then-time",
        "Ellen Park, the city's mayor, on Monday said the bridge would reopen in May.",
        ("Ellen Park, the city's mayor", "said", "the bridge would reopen in May"),
    ),
    (
        "coordinated",
        "Park toured the site on Monday and said the bridge would reopen in May.",
        ("Park", "said", "the bridge would reopen in May"),
    ),
    (
        "participle-after-clause",
        "Park spoke to residents on Monday, saying the bridge would reopen in May.",
        ("Park", "saying", "the bridge would reopen in May"),
    ),
    (
        "participle-after-noun",
        "Prices kept rising, with 60 percent saying they could not afford rent.",
        ("60 percent", "saying", "they could not afford rent"),
    ),
    (
        "progressive",
        "The council is criticizing Park for the delays at the bridge.",
        ("The council", "criticizing", "Park for the delays at the bridge"),
    ),
    (
        "passive-by",
        "The delays were criticized by Councilman Tom Reyes of the third ward.",
        ("Councilman Tom Reyes of the third ward", "criticized by", "The delays"),
    ),
    (
        "asked-by",
        "Asked by a reporter whether the bridge would reopen in May, Park nodded.",
        ("a reporter", "Asked by", "whether the bridge would reopen in May"),
    ),
    (
        "according-to",
        "The bridge will reopen in May, according to the city's transport office.",
        ("the city's transport office", "according to", "The bridge will reopen in May"),
    ),
    (
        "poll-source",
        "In a Quinnipiac University poll released Monday, 54 percent of voters backed the plan.",
        (
            "a Quinnipiac University poll released Monday",
            "In",
            "54 percent of voters backed the plan",
        ),
    ),
    (
        "headline-label",
        "Park to residents: The bridge will reopen in May.",
        ("Park", ":", "The bridge will reopen in May"),
    ),
    (
        "source-before-colon",
        "CITY HALL - Ellen Park: “The bridge will reopen in May.”",
        ("Ellen Park", ":", "“The bridge will reopen in May.”"),
    ),
    (
        "cue-then-quote",
        "Lopez says:\n\n“The strike goes on.”",
        ("Lopez", "says", "“The strike goes on.”"),
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule_makes_its_attribution(rule: str, text: str, expected: tuple[str, str, str]) -> None:
    assert (rule, *expected) in made(text)


def test_shared_speaker_takes_the_speaker_of_the_cue_before() -> None:
    text = "“We are on schedule,” Park said, adding that the bridge would reopen in May."
    assert made(text) == [
        ("subject-cue", "Park", "said", "“We are on schedule,”"),
        ("shared-speaker", "Park", "adding", "the bridge would reopen in May"),
    ]


def test_quote_continuation_keeps_the_speaker_of_the_quote_before() -> None:
    text = "“We are on schedule,” Park said. “The bridge will reopen in May.”"
    assert made(text)[-1] == (
        "quote-continuation",
        "Park",
        "said",
        "“The bridge will reopen in May.”",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is believed to be safe.",  # passive-no-source
        "He put the box on the table.",  # put-without-figure
        "Despite struggling since 1992, the firm survived.",  # gerund
        "The strike continued for weeks.",  # the 'continued' veto
        "The talks went on for hours.",  # 'went on' that is not speech
        "The estimate of the cost was high.",  # a cue word used as a noun
        "A company called Acme won the contract.",  # 'called' naming a firm
    ],
)
def test_shapes_that_report_no_speech_make_nothing(text: str) -> None:
    assert made(text) == []


def test_a_quote_belongs_to_the_later_speaker_and_the_earlier_content_ends_before_her() -> None:
    text = "A woman asked for a photo and Lopez said, “Not today.”"
    assert made(text) == [
        ("subject-cue", "A woman", "asked", "for a photo"),
        ("subject-cue", "Lopez", "said", "“Not today.”"),
    ]


def test_every_rule_has_a_unique_name_and_example_sentences() -> None:
    rules = [*OPENING_RULES, *WORD_RULES.values(), *CUE_RULES, *FALLBACK_RULES]
    names = [r.name for r in rules] + list(ARTICLE_RULES)
    assert len(names) == len(set(names))
    for rule in rules:
        doc = (rule.make.__doc__ or "") + (rule.when.__doc__ or "" if rule.when else "")
        assert "'" in doc or "“" in doc, f"{rule.name}: no example sentence in its docstring"
