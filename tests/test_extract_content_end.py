"""What was said ends where the writer takes the sentence on; a quote after a name and a
colon starts what was said."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


def _contents(text: str) -> list[str]:
    return [
        text[c.attribution.content_start : c.attribution.content_end]
        for c in extract_text(text, "e")
        if c.attribution
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Mara Voss, who said she would never sing again after the 2019 tour, will host "
            "the festival next year.",
            "she would never sing again after the 2019 tour",
        ),
        (
            "Mara Voss said the venue would reopen in June, although the council has not "
            "yet approved the repairs.",
            "the venue would reopen in June",
        ),
        (
            "Mara Voss insisted the tour was sold out even though hundreds of seats were "
            "still on sale.",
            "the tour was sold out",
        ),
        (
            'Its critic, Mara Voss, said the band had "played it safe", though she praised '
            "the drummer as the best in years.",
            'the band had "played it safe"',
        ),
        (
            "A survey for the Harbour Echo showed Voss ahead by 12 points, within the "
            "survey's margin of error.",
            "Voss ahead by 12 points",
        ),
    ],
)
def test_the_writers_clause_is_no_part_of_what_was_said(sentence: str, said: str) -> None:
    assert said in _contents(f"Singer news\n\n{sentence}\n")


def test_a_reported_concession_stays_with_what_was_said() -> None:
    text = (
        "Singer news\n\nMara Voss said the show would go on, although the band would "
        "not play the old songs.\n"
    )
    assert any("although the band would not play" in c for c in _contents(text))


def test_a_concession_inside_a_quote_stays_in_it() -> None:
    text = 'Singer news\n\nMara Voss said: "We will play, although it may rain."\n'
    assert any("although it may rain" in c for c in _contents(text))
    text = (
        'Singer news\n\nMara Voss said the label was "trying to silence me, although I have '
        'broken no contract."\n'
    )
    assert any("although I have broken no contract" in c for c in _contents(text))


def test_a_quote_after_a_name_and_a_colon_is_what_was_said() -> None:
    text = 'Singer news\n\nShe told BBC Radio Ulster: "The tour goes on."\n'
    assert '"The tour goes on."' in _contents(text)


def test_a_tag_at_the_end_closes_what_was_said() -> None:
    text = (
        "Singer news\n\nThe singer had told police she did not want an escort, but the "
        "promoters refused, a source added.\n"
    )
    assert all("a source added" not in c for c in _contents(text))


def test_a_phrase_of_circumstance_before_the_clause_is_not_what_was_said() -> None:
    text = "Singer news\n\nMara Voss admitted under questioning she had missed the rehearsal.\n"
    assert "she had missed the rehearsal" in _contents(text)


def test_a_quote_that_goes_on_with_the_writers_clause_is_said_with_it() -> None:
    text = (
        "Singer news\n\nThe new tour could be a case of “chasing the glories of the nineties all over again,” Mara Voss "
        "said. “We will play the new songs,” she added.\n"
    )
    contents = _contents(text)
    assert (
        "The new tour could be a case of “chasing the glories of the nineties all over again,”"
        in contents
    )
    assert "“We will play the new songs,”" in contents


def test_a_subject_then_an_aside_then_when_then_the_cue() -> None:
    text = (
        "Results\n\nHarbour Motors, the region's largest maker of ferries, on Thursday "
        "reported a 34% jump in quarterly profit, helped by strong demand for its new boat.\n\n"
        "The film, directed by Ines Barlow, will open in May, the studio said.\n"
    )
    contents = _contents(text)
    assert "a 34% jump in quarterly profit" in contents
    assert any(c.startswith("The film, directed by Ines Barlow, will open") for c in contents)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The harbour board said traffic had doubled to 40,000 boats last year, according "
            "to figures seen by the Ledger.",
            "traffic had doubled to 40,000 boats last year",
        ),
        (
            'The mayor said the ferry was "a lifeline for 3,000 islanders," according to the '
            "minutes of the meeting.",
            'the ferry was "a lifeline for 3,000 islanders,"',
        ),
        (
            "The union announced it had signed up 2,000 new members in May, cementing its "
            "place as the largest in the port.",
            "it had signed up 2,000 new members in May",
        ),
        (
            "Ms Okafor said cutting the levy was a higher priority than raising pay, playing "
            "down a pledge she made in 2019.",
            "cutting the levy was a higher priority than raising pay",
        ),
    ],
)
def test_the_writers_source_or_gloss_after_a_comma_is_no_part_of_it(
    sentence: str, said: str
) -> None:
    assert said in _contents(f"Port news\n\n{sentence}\n")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (  # a forecast's consequence is foreseen with it
            "The council said the new lane will cut journeys by 10 minutes, bringing 300 "
            "more cyclists a day into the centre.",
            "the new lane will cut journeys by 10 minutes, bringing 300 more cyclists a day "
            "into the centre",
        ),
        (  # what a person in the statement did is part of it
            "Prosecutors said the treasurer moved 2m euros into his own account, ordering "
            "staff to hide the transfers.",
            "the treasurer moved 2m euros into his own account, ordering staff to hide the "
            "transfers",
        ),
        (  # 'said that, according to X, …': the source opens what was said
            "The fund said that, according to data provided by the ministry, output rose by "
            "2% in 2004.",
            "according to data provided by the ministry, output rose by 2% in 2004",
        ),
    ],
)
def test_a_participle_or_source_that_belongs_to_what_was_said_stays(
    sentence: str, said: str
) -> None:
    assert any(said in c for c in _contents(f"Port news\n\n{sentence}\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        'The skipper said after the 3-1 defeat: "We were second best all night."',
        'She added in a letter to members: "We were second best all night."',
        'The coach told Radio 5\'s Sport Hour: "We were second best all night."',
        'He told reporters on Friday: "We were second best all night."',
    ],
)
def test_a_quote_after_the_occasion_medium_or_addressee_and_a_colon_is_what_was_said(
    sentence: str,
) -> None:
    assert '"We were second best all night."' in _contents(f"Match report\n\n{sentence}\n")
