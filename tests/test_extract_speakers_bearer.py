"""A surname speaker is the person named before, for the pronouns after it; a name right
after 'in' is a place, never a person a pronoun stands for."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_she_after_a_surname_speaker_is_that_person_not_a_place() -> None:
    text = (
        "Festival prize\n\n"
        "The director Mira Tolland won the jury prize for her film Salt Marsh. "
        "Last week the finalists met the judges at a hotel in Palm Springs. "
        '"It was a long night for all of us," says Tolland.\n\n'
        "The film follows a family of fishermen over one winter. "
        "The idea came to her on a train. "
        '"I had no plan at all. I wrote it in six weeks," she explains.\n'
    )
    assert ("she", "Mira Tolland") in _speakers(text)


def test_a_name_after_in_is_no_person_for_he() -> None:
    text = (
        "Council vote\n\n"
        "The vote took place at the town hall in Saint Albans on Monday. "
        '"We had no choice," he said.\n'
    )
    assert all(speaker != "Saint Albans" for _, speaker in _speakers(text))


def test_a_surname_speaker_links_to_the_nearest_bearer() -> None:
    text = (
        "Two Carvers\n\n"
        "Ann Carver and her cousin Paul Wren run the farm in the valley. "
        '"The harvest was poor," said Wren. '
        "The farm lost money for the third year. "
        "The bank has asked for a new plan. "
        '"We will find a way," he added.\n'
    )
    assert ("he", "Paul Wren") in _speakers(text)


def test_he_is_never_the_person_the_cue_addresses() -> None:
    text = (
        "Debate night\n\n"
        "Moderator Ruth Kessler asked Tom Garrow about the budget. "
        '"We will cut the deficit in two years," he told Kessler.\n'
    )
    assert ("he", "Tom Garrow") in _speakers(text)


def test_a_name_modifying_a_noun_after_the_cue_is_not_addressed() -> None:
    from tracker.extract.speakers import cue_object

    assert cue_object("he told Hannity, to cheers", 7) == "Hannity"
    assert cue_object("he said Clinton would lose", 7) == "Clinton"
    assert cue_object("he represented Cardiff seats", 14) is None
