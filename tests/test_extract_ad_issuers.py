"""An ad speaks for whoever released it: 'the ad', 'the second spot' and 'the narrator' are
the campaign or person the article says released, launched or aired the ad."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.issuers import ad_issuer, ad_mention


def _speakers(text: str) -> dict[str, str]:
    return {
        c.attribution.speaker_text: c.attribution.speaker
        for c in extract_text(text, "a")
        if c.attribution is not None
    }


@pytest.mark.parametrize(
    ("release", "issuer"),
    [
        ("Ann Marsh launched a 30-second television ad on Tuesday.", "Ann Marsh"),
        ("The Okafor campaign has released two new radio spots.", "Okafor campaign"),
        ("On Sunday, Greenway Action aired a commercial in 3 states.", "Greenway Action"),
        ("Tom Reyes’s campaign unveiled an attack ad against Ms Marsh.", "Reyes campaign"),
    ],
)
def test_the_ad_and_its_narrator_are_whoever_released_it(release: str, issuer: str) -> None:
    text = (
        "Ad war heats up\n\n"
        f"{release} The ad claims that taxes rose by 20% in 4 years. "
        '"She raised your taxes 6 times," the narrator says.\n'
    )
    found = _speakers(text)
    assert issuer in found["The ad"]
    assert issuer in found["the narrator"]


def test_an_ad_no_one_released_stays() -> None:
    text = "Ad war heats up\n\nThe ad claims that taxes rose by 20% in 4 years.\n"
    assert _speakers(text)["The ad"] == "The ad"


@pytest.mark.parametrize(
    ("words", "is_ad"),
    [
        ("The first ad", True),
        ("the new spot", True),
        ("the narrator", True),
        ("the Reyes ad", False),  # named: the reading of a name, not of a kind
        ("spot", False),
        ("the ad agency", False),
    ],
)
def test_ad_mentions(words: str, is_ad: bool) -> None:
    assert ad_mention(words.split()) is is_ad


def test_the_latest_release_before_the_mention() -> None:
    text = "Ann Marsh aired an ad. Tom Reyes ran a spot in reply. The ad said"
    assert ad_issuer(len(text), text) == "Tom Reyes"
    assert ad_issuer(text.index("Tom"), text) == "Ann Marsh"
