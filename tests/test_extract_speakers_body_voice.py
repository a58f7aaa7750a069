"""An unnamed spokesperson, officials or analysts of a body the mention names speak for it;
mentions that name no body (a person's aides, a nation's officials) stay as written."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.body_voice import voiced_body


def _speakers(text: str) -> dict[str, tuple[str, str]]:
    return {
        c.attribution.speaker_text: (c.attribution.speaker, c.attribution.speaker_kind)
        for c in extract_text(text, "a")
        if c.attribution is not None
    }


@pytest.mark.parametrize(
    ("mention", "body"),
    [
        ("A Kremlin spokeswoman", "Kremlin"),
        ("An Interior Ministry official", "Interior Ministry"),
        ("Treasury officials", "Treasury"),
        ("A Bank of Ireland spokesperson", "Bank of Ireland"),
        ("Red Cross representatives", "Red Cross"),
    ],
)
def test_a_named_body_speaks_through_its_spokespeople(mention: str, body: str) -> None:
    text = (
        "Aid convoy halted\n\n"
        "A convoy of 40 lorries was stopped at the border on Monday. "
        f"{mention} said the lorries carried 300 tonnes of food.\n"
    )
    assert _speakers(text)[mention] == (body, "organisation")


def test_a_party_named_before_its_kind_is_the_party() -> None:
    text = (
        "Budget row\n\n"
        "The chancellor's plan would cut 2% from school budgets. "
        "A Green party spokeswoman said the cut would cost 4,000 teaching jobs.\n"
    )
    assert _speakers(text)["A Green party spokeswoman"] == ("Green Party", "organisation")


def test_a_body_by_its_kind_alone_is_the_body_of_that_kind_named_before() -> None:
    text = (
        "Bins collected again\n\n"
        "Dunmore District Council has hired 25 new drivers after weeks of missed "
        "collections. Council officials said 9,000 homes had been missed in March. "
        "Later, a council spokeswoman said 12 lorries were back on the road.\n"
    )
    found = _speakers(text)
    assert found["Council officials"][0] == "Dunmore District Council"
    assert found["a council spokeswoman"][0] == "Dunmore District Council"


def test_a_shortened_name_is_the_body_it_shortens() -> None:
    text = (
        "Charity appeal\n\n"
        "Harbourside Food Trust fed 6,000 families last winter. Harbourside officials "
        "said demand had doubled since 2022.\n"
    )
    assert _speakers(text)["Harbourside officials"][0] == "Harbourside Food Trust"


@pytest.mark.parametrize(
    "mention",
    ["Iraqi officials", "US officials", "Republican officials", "Senate sources"],
)
def test_a_nation_a_party_adjective_or_sources_name_no_body(mention: str) -> None:
    text = f"Ceasefire talks\n\nTalks went on for 11 hours. {mention} said 14 people had died.\n"
    assert _speakers(text)[mention][0] == mention


def test_a_persons_aides_stay_a_group() -> None:
    text = (
        "Senator rests\n\n"
        "Senator Maria Okafor cancelled three events on Friday. "
        "Okafor aides said she had a cold. Okafor campaign officials said she would be back "
        "on Monday.\n"
    )
    found = _speakers(text)
    assert found["Okafor aides"][0] == "Okafor aides"
    assert found["Okafor campaign officials"][0] == "Okafor campaign officials"


def test_a_persons_own_spokesman_speaks_for_the_person() -> None:
    text = (
        "Mayor denies report\n\n"
        "Mayor Tom Ruskin was in Spain last week. "
        "A spokesman for Ruskin said the trip cost 2,000 pounds.\n"
    )
    assert _speakers(text)["A spokesman for Ruskin"][0] == "Tom Ruskin"


@pytest.mark.parametrize(
    "words",
    [
        "the company's spokesman",
        "senior bank officials",
        "spokesman",
        "Labour transport",
        "the spokesman",
    ],
)
def test_what_is_no_role_of_a_named_body(words: str) -> None:
    assert voiced_body(words.split()) is None


def test_a_field_s_analysts_and_a_common_noun_name_no_body() -> None:
    text = (
        "Merger talks\n\n"
        "Shipping analysts said the deal was worth 5bn. Immigration officials said 40 "
        "people were held. Net immigration has risen. His spokesman said 3 deals were done.\n"
    )
    found = _speakers(text)
    assert found["Shipping analysts"][0] == "Shipping analysts"
    assert found["Immigration officials"][0] == "Immigration officials"
    assert found["His spokesman"][0] != "His"


def test_they_after_analysts_of_a_body_is_the_body() -> None:
    text = (
        "Port sale\n\n"
        "Analysts at the research house Orwell Partners estimated the port was worth 2bn "
        "pounds. They said a buyer would need to invest 300m pounds more.\n"
    )
    found = _speakers(text)
    assert found["Analysts at the research house Orwell Partners"][0] == "Orwell Partners"
    assert found["They"][0] == "Orwell Partners"
