"""In an interview, the cue-less quote that opens the next paragraph is the answer."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


_EXCHANGE = (
    "Interview\n\n"
    "Host Dana Wirth spoke to Senator Paul Okafor on Tuesday.\n\n"
    "Later, Wirth pressed Okafor {asked} the 40m dollar deal. "
    "\u201cIt looks very odd to many voters,\u201d she said.\n\n"
    "\u201cWell, I would tell you the deal saved 300 jobs in the state.\u201d\n"
)


def test_the_person_pressed_answers() -> None:
    speakers = _speakers(_EXCHANGE.format(asked="on"))
    assert speakers[-1][1] == "Paul Okafor"
    assert ("she", "Dana Wirth") in speakers


def test_a_request_is_no_question() -> None:
    text = _EXCHANGE.format(asked="to drop").replace("Well, I would tell you", "Voters know")
    assert _speakers(text)[-1][1] == "Dana Wirth"


def test_in_the_same_paragraph_the_speaker_goes_on() -> None:
    text = _EXCHANGE.format(asked="on").replace("said.\n\n\u201cWell", "said. \u201cWell")
    assert _speakers(text)[-1][1] == "Dana Wirth"
