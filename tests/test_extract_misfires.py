"""Sentences of ordinary news on which this session's new rules first misfired (found by a
review reading the change): each reads as a fact-checker would read it."""

from __future__ import annotations

from tracker.extract import extract_text


def _quantities(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.unit) for c in extract_text("Headline\n\n" + text, "a") for q in c.quantities
    ]


def _speakers(text: str) -> list[str]:
    return [
        c.attribution.speaker for c in extract_text("Headline\n\n" + text, "a") if c.attribution
    ]


def test_a_price_per_pound_is_per_weight_and_against_the_pound_is_sterling() -> None:
    assert _quantities("Cocoa rose to $3.10 per pound, dealers said.") == [("$3.10", "USD")]
    assert _quantities("The dollar fell to 0.79 against the pound.") == [("0.79", "USD per GBP")]


def test_a_count_after_text_or_a_demand_is_kept() -> None:
    assert _quantities("Viewers can text their pick on 9 finalists.") == [("9", "finalists")]
    assert _quantities("The charity calls for a ban on 14 chemicals.") == [("14", "chemicals")]


def test_time_away_from_something_is_a_duration_not_a_date() -> None:
    assert _quantities("He came back after three months away from the game.") == [
        ("three months", "month")
    ]


def test_a_titled_persons_aide_and_two_titled_people_are_not_one_person() -> None:
    assert _speakers("Dr Maya Roth's spokesman said the trial would go on.") == [
        "Dr Maya Roth's spokesman"
    ]
    assert _speakers("Dr Maya Roth and Dr Ian Pell said the trial had worked.") == [
        "Maya Roth and Ian Pell"
    ]


def test_a_kin_after_an_object_is_not_that_object() -> None:
    said = _speakers("Talking to Reuters, Maya Roth's brother said she had done nothing wrong.")
    assert said == ["Maya Roth's brother"]


def test_a_day_is_never_the_person_asked() -> None:
    text = 'Roth was pressed Monday on the delays by the panel.\n\n"We will be ready."'
    assert "Monday" not in _speakers(text)


def test_a_nationality_picks_its_own_country_only() -> None:
    from tracker.extract.descriptions import _place

    assert _place("Austrian") == _place("Austria") != _place("Australian") == _place("Australia")
    assert _place("Slovak") != _place("Slovenian")
    assert _place("Chinese") == _place("China")


def test_police_are_no_company() -> None:
    text = "Police said two men had been arrested.\n\nThe company said it would help the inquiry."
    assert _speakers(text) == ["Police", "The company"]  # no body named: it stays as written
