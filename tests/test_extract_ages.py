"""'the 61-year-old said': the person named before whom the article gives no other age."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.ages import Ages, age_epithet


def _said(text: str, start: str) -> list[str]:
    return [
        c.attribution.speaker
        for c in extract_text(text, "a")
        if c.attribution is not None and c.attribution.speaker_text.startswith(start)
    ]


def test_an_age_epithet_is_the_speaker_before_it() -> None:
    text = (
        "Mill closes\n\n"
        "The mill's owner, Gerald Ashworth, said the site would close in March. "
        '"We held on for as long as we could," the 61-year-old told reporters.\n'
    )
    assert _said(text, "the") == ["Gerald Ashworth"]


def test_an_age_epithet_with_an_apposition_is_the_person_before() -> None:
    text = (
        "New boss\n\n"
        "Harbour Bank named Priya Raman as its chief executive on Monday. "
        "The 47-year-old, a former Lloyds banker, said she would cut costs by a fifth.\n"
    )
    assert _said(text, "The") == ["Priya Raman"]


def test_an_age_epithet_passes_over_a_person_given_another_age() -> None:
    text = (
        "Court\n\n"
        "Alan Birch, 58, and his nephew Tom Reid, 33, were both fined. "
        "Mr Birch told the court he was sorry. Mr Reid said he had been led astray. "
        '"It was never my idea," the 58-year-old said outside.\n'
    )
    assert _said(text, "the") == ["Alan Birch"]


def test_an_age_epithet_is_read_only_as_such() -> None:
    assert age_epithet("the 54-year-old") == "the 54-year-old"
    assert age_epithet("The 54-year-old, a former KLM executive") == "The 54-year-old"
    assert age_epithet("the 54-year-old's lawyer") == ""
    assert age_epithet("a 54-year-old") == ""  # someone new, not someone named before


def test_ages_are_read_where_news_gives_them() -> None:
    ages = Ages("Ann Lee, 54, met 33-year-old striker Tom Bell and Raj Patel (61).")
    assert ages.may_be("Ann Lee", "the 54-year-old")
    assert not ages.may_be("Ann Lee", "the 33-year-old")
    assert ages.may_be("Tom Bell", "the 33-year-old")
    assert not ages.may_be("Raj Patel", "the 54-year-old")
    assert ages.may_be("Joe Bloggs", "the 54-year-old")  # no age given: may be


def test_an_age_is_the_full_name_s_not_a_namesake_s() -> None:
    text = (
        "Shop shuts\n\n"
        "Jo Park, 41, and her brother Ben Park, 45, ran the shop for years. Ben Park said "
        "sales were down. Jo Park said rents were up. "
        '"We are tired," the 45-year-old said.\n'
    )
    assert _said(text, "the") == ["Ben Park"]
    ages = Ages("Jo Park, 41, and her brother Ben Park, 45, ran the shop.")
    assert not ages.may_be("Jo Park", "the 45-year-old")
    assert ages.may_be("Park", "the 45-year-old")  # either of them


def test_a_name_after_the_age_epithet_s_verb_is_not_given_its_age() -> None:
    ages = Ages(
        "The 29-year-old thanked neighbour Maria Gomez. The 61-year-old told police Al Roy."
    )
    assert ages.may_be("Maria Gomez", "the 50-year-old")
    assert ages.may_be("Al Roy", "the 50-year-old")
    kept = Ages("A 61-year-old retired nurse, Ann Lee, and 33-year-old Tom Bell (no kin).")
    assert not kept.may_be("Ann Lee", "the 33-year-old")
    assert not kept.may_be("Tom Bell", "the 61-year-old")
