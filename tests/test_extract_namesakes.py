"""A surname two people of the article share, said alone, is the one of them speaking."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_the_surname_is_the_relative_who_spoke_last() -> None:
    text = (
        "Widow sues city\n\n"
        "Harold Mbeki, a bus driver, died in a crash on the A40 in 2019. Harold Mbeki was 58. "
        "Harold Mbeki had driven the route for 20 years.\n\n"
        '"The city knew the junction was dangerous," Grace Mbeki said on Monday.\n\n'
        "Mbeki said the council had ignored 14 complaints about the junction.\n"
    )
    assert ("Mbeki", "Grace Mbeki") in _speakers(text)


def test_a_kinship_description_does_not_make_the_relative_the_speaker() -> None:
    text = (
        "Son speaks out\n\n"
        "Luis Ortega Ruiz, a miner, was killed in 2015. Luis Ortega Ruiz was 40.\n\n"
        'Pablo Ortega Ruiz, 22, said the company had paid "nothing at all" to the family.\n\n'
        "The brother of Luis Ortega Ruiz, Marco, said the inquiry had lasted 3 years.\n\n"
        "Ruiz said the family would appeal within 30 days.\n"
    )
    assert ("Ruiz", "Pablo Ortega Ruiz") in _speakers(text)


def test_a_surname_only_one_person_bears_keeps_its_reading() -> None:
    text = (
        "Council vote\n\n"
        "Councillor Ann Okoro said the budget would rise by 4%. "
        "Tom Reyes, the mayor, said 200 jobs were at stake.\n\n"
        "Okoro said the vote would be held on 3 May.\n"
    )
    assert ("Okoro", "Ann Okoro") in _speakers(text)


def test_before_any_bearer_speaks_the_surname_keeps_its_reading() -> None:
    text = (
        "Tribute\n\n"
        "Jon Adeyemi and his father Peter Adeyemi ran the shop for 30 years. "
        "Peter Adeyemi retired in 2010.\n\n"
        "Adeyemi said sales had fallen by 20% last year.\n"
    )
    assert ("Adeyemi", "Peter Adeyemi") in _speakers(text)  # the one the article names most


def test_a_titled_pair_of_surnames_is_the_full_name() -> None:
    text = (
        "Mayor under fire\n\n"
        "The mayor, Ana María Gil Serrano, said the city would cut 300 jobs.\n\n"
        "Mrs Gil Serrano denied that 40 of them were in the fire service. "
        '"Not one firefighter will go," she said.\n'
    )
    speakers = _speakers(text)
    assert ("Mrs Gil Serrano", "Ana María Gil Serrano") in speakers
    assert ("she", "Ana María Gil Serrano") in speakers


def test_a_given_name_and_surname_after_a_rank_are_not_lengthened() -> None:
    text = (
        "Fraud case\n\n"
        "Det Supt Omar Haddad-Finch said 12 people had been charged. "
        'Supt Omar Haddad-Finch said: "There are 3 more suspects."\n'
    )
    assert all(speaker == "Omar Haddad-Finch" for _, speaker in _speakers(text))


def test_a_namesake_named_in_full_since_keeps_the_reading() -> None:
    text = (
        "Old friends\n\n"
        "Nora Vance, 70, has known the senator for 60 years. Nora Vance lives in Ohio.\n\n"
        '"We came by bus," Ken Vance said of the 300-mile trip.\n\n'
        "Nora Vance smiled. Vance said the two had met in 1964.\n"
    )
    assert ("Vance", "Nora Vance") in _speakers(text)
