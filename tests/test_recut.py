"""Speaker phrases read again: joint speakers, and words that open, close or describe a
speaker without naming it (``tracker.extract.recut``), end to end through extraction."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.recut import recut


def _speakers(sentence: str) -> list[str | None]:
    return [c.speaker for c in extract_text(f"A headline\n\n{sentence}\n", "t")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Joint speakers: named in full, joined by 'and', in text order.
        (
            "Both the Greens and the Liberal Party have said taxes will rise by 5%.",
            "the Greens and the Liberal Party",
        ),
        (
            "Mary Hollis of Kent and Owen Price of Devon said the bill would pass.",
            "Mary Hollis and Owen Price",
        ),
        (
            "Home Secretary Mary Hollis and Deputy Home Secretary Owen Price said crime fell 5%.",
            "Mary Hollis and Owen Price",
        ),
        # A title shared by 'and' is one person; a time phrase opens the sentence.
        (
            "In March, Culture and Media Secretary Mary Hollis said 300 posts would go.",
            "Mary Hollis",
        ),
        (
            "Last week, Transport and Works Minister Owen Price said fares would rise 4%.",
            "Owen Price",
        ),
        # Sentence adverbs are no part of the speaker.
        ("Meanwhile analysts say profits could fall by 10%.", "analysts"),
        ("However surveys suggest that 40% of drivers are unhappy.", "surveys"),
        # A kind noun before a body's name, and the place after it.
        (
            "Consultancy Orbis Metrics of Leeds estimates that 20 million homes will switch.",
            "Orbis Metrics",
        ),
        ("Research firm Tallow of Bristol said sales rose 8%.", "Tallow"),
        ("Danish shipping firm Nordlys said freight fell by 3%.", "Nordlys"),
        # The staff of a named body speak for it.
        ("Harwell University researchers said 20% of patients improved.", "Harwell University"),
    ],
)
def test_speaker_phrase_read_again(sentence: str, speaker: str) -> None:
    assert speaker in _speakers(sentence)


@pytest.mark.parametrize(
    "mention",
    [
        "Mary Hollis",
        "the Finance and Economy Ministry",
        "Bank of Scotland",
        "US officials",
        "Network Rail",
        "the company",
    ],
)
def test_phrases_that_read_as_they_are(mention: str) -> None:
    assert recut(mention) is None


def test_widened_only_from_a_clause_start() -> None:
    text = "Both Acme and the Bolt Party said so. He met Acme and the Bolt Party said no."
    first = text.index("the Bolt")
    assert recut("the Bolt Party", text, first) == ["Acme", "the Bolt Party"]
    second = text.index("the Bolt", first + 1)
    assert recut("the Bolt Party", text, second) is None


def test_modifiers_of_one_head_are_no_list() -> None:
    assert recut("Trade and Industry Secretary Mary Hollis") == ["Mary Hollis"]
    assert recut("both Acme and FBI officials") == ["Acme", "FBI"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A name with its short form in brackets, and 'of' inside it, joined to the next.
        (
            "Both the Union of Fruit Growers (UFG) and the Orchard Trust said prices fell 9%.",
            "the Union of Fruit Growers and the Orchard Trust",
        ),
    ],
)
def test_speaker_phrase_read_again_more(sentence: str, speaker: str) -> None:
    assert speaker in _speakers(sentence)


def test_nationality_opens_the_phrase() -> None:
    text = "Danish shipping firm Nordlys warned of cuts."
    assert recut("Danish", text, 0) == ["Nordlys"]
    assert recut("Danish", "Danish voters said no.", 0) is None


@pytest.mark.parametrize(
    "mention",
    [
        "The Ministry of Trade and Industry",
        "The Authority for Consumers and Markets",
        "The Rail and Transport Workers' Union",
        "The MP for Hollins and Dale",
    ],
)
def test_one_name_that_holds_and(mention: str) -> None:
    assert recut(mention) is None


def test_a_list_cut_after_its_first_name() -> None:
    text = "Sens. Mary Hollis, Owen Price and Raj Patel said the letter was troubling."
    assert recut("Mary Hollis", text, text.index("Mary")) == [
        "Mary Hollis",
        "Owen Price",
        "Raj Patel",
    ]
    text = "said Mary Hollis, a senator from Kent."
    assert recut("Mary Hollis", text, text.index("Mary")) is None
