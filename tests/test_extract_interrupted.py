"""A speech tag inside the sentence it reports: 'The plan, she said, will cost more.'

The statement is the clause the tag interrupts, tag and all, when the clause goes on across
it; the clause after the tag when the words before only set the scene. Sentences our own.
"""

from __future__ import annotations

import pytest
from test_extract_content import said

from tracker.extract import extract_text


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        # A verb goes on after the tag: the words before it are its subject.
        (
            "Jane Alder runs the depot. The new depot, she said, will open in May.",
            "Jane Alder",
            "The new depot, she said, will open in May",
        ),
        (
            "The main risk, the report said, was a fall in house prices.",
            "the report",
            "The main risk, the report said, was a fall in house prices",
        ),
        # A subordinate clause before the tag, the main clause after it.
        (
            "Tom Brook is a farmer. If the rain holds off, he said, the harvest will be early.",
            "Tom Brook",
            "If the rain holds off, he said, the harvest will be early",
        ),
        # A condition after the tag needs the clause before it.
        (
            "Rents may rise by 5%, Ms Vale warned, unless the council builds more homes.",
            "Vale",
            "Rents may rise by 5%, Ms Vale warned, unless the council builds more homes",
        ),
    ],
)
def test_the_clause_around_the_tag_is_what_was_said(
    sentence: str, speaker: str, content: str
) -> None:
    got = said(sentence)
    assert (speaker, content) in [(s, c) for s, _, c in got]


def test_a_scene_setting_opening_is_not_said() -> None:
    got = said("Tom Brook is a farmer. But now, he said, the wells are dry.")
    assert ("Tom Brook", "said", "the wells are dry") in got


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Although the mill still runs at night, said Mr Dunn, sales will fall by 12%.",
            "Dunn",
            "Although the mill still runs at night, said Mr Dunn, sales will fall by 12%",
        ),
        (
            "The hard part, said Ravi Okoro, was finding 40 drivers in a week.",
            "Ravi Okoro",
            "The hard part, said Ravi Okoro, was finding 40 drivers in a week",
        ),
        # The description after the name ends at its comma; the verb after it goes on.
        (
            "The problem, said Ravi Okoro, head of the bus firm, is the cost of fuel.",
            "Ravi Okoro",
            "The problem, said Ravi Okoro, head of the bus firm, is the cost of fuel",
        ),
        # An opening that sets the scene: the clause after the tag.
        (
            "By contrast, said Mr Dunn, the old mill sold 300 tonnes of flour.",
            "Dunn",
            "the old mill sold 300 tonnes of flour",
        ),
    ],
)
def test_a_speaker_named_after_the_cue_inside_the_sentence(
    sentence: str, speaker: str, content: str
) -> None:
    got = said(sentence)
    assert (speaker, content) in [(s, c) for s, _, c in got]


def test_what_follows_the_name_is_no_description_when_it_goes_on_as_a_clause() -> None:
    # Not 'Mr Dunn, 2023 saw a fall …' as the speaker.
    got = said("Although the mill runs at night, said Mr Dunn, 2023 saw a fall in sales.")
    assert [s for s, _, _ in got] == ["Dunn"]


def test_a_description_running_to_the_end_stays_the_speakers() -> None:
    got = said("Sales will fall, said Ravi Okoro, a professor at the city college.")
    assert got == [("Ravi Okoro", "said", "Sales will fall")]


def test_no_speaker_after_the_cue_when_the_subject_is_before_it() -> None:
    # The subject is before the cue, with an aside: the name after the cue is its object.
    got = said("Ana Soto, a nurse from Leeds, accused Mr Dunn, the manager, of lying.")
    assert [s for s, _, _ in got] == ["Ana Soto"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Telling a story is narrating: the film states nothing a checker can check.
        "The film tells the story of a miner who lost 40 friends in the strike.",
        "Her new novel recounts the tale of two sisters in 1920s Leeds.",
        # A plural noun, not a verb in -s: 'other similar projects that …'.
        "The idea follows the success of other similar projects that raised £2m.",
        "Several reports this week put the cost at 300 million dollars.",
    ],
)
def test_no_statement_from_a_story_told_or_a_plural_noun(sentence: str) -> None:
    assert said(sentence) == []


def test_a_plural_noun_cue_does_not_stop_a_singular_subject_speaking() -> None:
    got = said("The bank projects that growth will reach 2% next year.")
    assert got == [("The bank", "projects", "growth will reach 2% next year")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A negation read into the subject: nothing was stated.
        "Ana Soto didn't concede defeat, either.",
        "The report doesn't say how 300 jobs would be saved.",
        # A list of things done, of which writing is one.
        "Tom Brook won the prize for Harbour, which he wrote, directed and starred in.",
        # An adjective after a degree word, not a verb of saying.
        "It was one of the most elaborate plans the council had seen in 20 years.",
        # A thing in mind, not a statement.
        "If you think of trains first, you may be surprised by the 40 bus routes.",
    ],
)
def test_nothing_stated(sentence: str) -> None:
    assert said(sentence) == []


def test_where_it_was_said_is_not_what_was_said() -> None:
    got = said('"We will hire 300 nurses," Ana Soto, the chief executive, said in a statement.')
    assert got == [("Ana Soto", "said", '"We will hire 300 nurses,"')]


def test_a_phrase_after_the_tag_completes_the_clause() -> None:
    got = said("Tom Brook is a farmer. The plan would be helped, he said, by a dry spring.")
    assert ("Tom Brook", "said", "The plan would be helped, he said, by a dry spring") in got


def test_explaining_a_thing_states_nothing() -> None:
    assert said("This habit of losing phones explains the rise of firms such as Fonefix.") == []


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("In a joint statement the two firms said they would cut 300 jobs.", "the two firms"),
        ("Even without changes the commission says 40 seats would move.", "the commission"),
        ("Despite praising the hosts he claimed the visitors had earned 3 points.", "he"),
    ],
)
def test_an_opening_phrase_without_a_comma_is_not_the_speaker(sentence: str, mention: str) -> None:
    body = "Headline\n\n" + sentence
    mentions = [c.attribution.speaker_text for c in extract_text(body, "a") if c.attribution]
    assert mentions == [mention]


def test_an_opening_ending_in_a_name_is_read_whole_and_named() -> None:
    got = said("In a meeting with the board of the bank Ana Soto said 20 branches would close.")
    assert [s for s, _, _ in got] == ["Ana Soto"]


@pytest.mark.parametrize(
    "sentence",
    [
        # 'you' is anyone: a reader addressed, not a speaker.
        "If you believe the hype, the new screens will sell 2 million units.",
        "Depending on which poll you believe, 17 percent of voters are undecided.",
        # A title in quotation marks is a name given, not a statement.
        'The campaign paid for a short film called "Our Families" on Channel 4.',
    ],
)
def test_no_speaker_in_you_or_a_title_called(sentence: str) -> None:
    assert said(sentence) == []
