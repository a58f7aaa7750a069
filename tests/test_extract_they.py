"""'they' goes to the group or body that spoke, or stays unresolved; never to one person."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_they_is_the_group_that_opened_the_sentence_before() -> None:
    text = (
        "Speed limits\n\n"
        "Officials do not back a 20mph limit. They say 300 roads would need new signs.\n"
    )
    assert ("They", "Officials") in _speakers(text)


def test_they_is_the_body_that_opens_its_own_sentence() -> None:
    text = (
        "Port plan\n\n"
        "Harbour chief Ola Berg spoke on Monday. "
        "The council delayed the vote because they said 40 berths were still leased.\n"
    )
    assert ("they", "the council") in _speakers(text)


def test_they_never_becomes_a_person() -> None:
    text = (
        "Port plan\n\n"
        "Harbour chief Ola Berg spoke on Monday. "
        "They said 40 berths were still leased.\n"
    )
    assert ("They", "They") in _speakers(text)


def test_they_is_the_body_that_spoke_in_the_sentence_before() -> None:
    text = (
        "Rail fares\n\n"
        "Commuters were less pleased. The Northern Rail Users Alliance said fares rose 6%. "
        "They also argued that 40 trains a day ran late.\n"
    )
    assert ("They", "Northern Rail Users Alliance") in _speakers(text)


def test_they_is_the_plural_noun_phrase_that_opens_the_sentence_before() -> None:
    text = (
        "Court case\n\n"
        "The two shipping firms were fined 3m euros over the 2003 sale. "
        "They also say they paid 12m euros in fees.\n"
    )
    assert ("They", "the two shipping firms") in _speakers(text)


def test_they_is_no_person_whose_name_ends_in_s_nor_a_phrase_or_headline() -> None:
    text = (
        "Singer Ann Jones attacks tabloids\n\n"
        "Singer Ann Jones has attacked 3 magazines after they reported her 2004 divorce.\n\n"
        "Within months of the split, they said, sales rose 20%.\n"
    )
    speakers = _speakers(text)
    assert all("Jones" not in s and "attacks" not in s for m, s in speakers if m == "they")


def test_they_is_the_members_a_plural_subject_names() -> None:
    text = (
        "Retail gloom\n\n"
        "Big retailers such as Marlow, Penfold and Quayside Stores cut 2,000 jobs in 2024. "
        "They say 30 more shops will close.\n"
    )
    assert ("They", "Marlow, Penfold and Quayside Stores") in _speakers(text)


def test_a_clause_naming_members_is_no_subject() -> None:
    text = (
        "Rights groups\n\n"
        "While unions like Unite and the Transport Union of Wales backed the plan, "
        "they said 40 routes would go.\n"
    )
    assert all(s != "Unite and the Transport Union" for _, s in _speakers(text))
    assert ("they", "Unite and the Transport Union of Wales") not in _speakers(text)
