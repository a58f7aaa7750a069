"""'the company said' where no firm spoke before is the firm the headline names."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_the_firm_is_the_one_the_headline_names_and_the_body_names_most() -> None:
    text = (
        "Tarrow sells rail stake\n\n"
        "Engineering group Tarrow is to sell its 40% stake in Linkway to Bolsena for 90m "
        "pounds, a lifeline to Tarrow, which has debts of 200m pounds. Tarrow has cut 900 "
        "jobs this year.\n\n"
        "The company said it would use the money to repay its banks.\n"
    )
    assert ("The company", "Tarrow") in _speakers(text)


def test_the_bank_is_the_bank_the_headline_names() -> None:
    text = (
        "Senators grill Marlow Bancorp chief\n\n"
        "Senator Ann Price questioned Marlow Bancorp chief executive Tom Reed on Tuesday "
        "over fake accounts. Marlow Bancorp customers were charged fees they never agreed.\n\n"
        "The bank said that it had fired 3,000 workers over five years.\n"
    )
    assert ("The bank", "Marlow Bancorp") in _speakers(text)


def test_no_firm_in_the_headline_leaves_the_mention() -> None:
    text = (
        "Rail sale agreed\n\n"
        "Tarrow is to sell its 40% stake in Linkway to Bolsena for 90m "
        "pounds. Tarrow has cut 900 jobs this year.\n\n"
        "The company said it would use the money to repay its banks.\n"
    )
    assert ("The company", "The company") in _speakers(text)


def test_a_firm_introduced_with_its_kind_is_the_company_though_no_headline_names_it() -> None:
    # ``descriptions``: 'Engineering group Tarrow' says Tarrow is a company.
    text = (
        "Rail sale agreed\n\n"
        "Engineering group Tarrow is to sell its 40% stake in Linkway to Bolsena for 90m "
        "pounds. Tarrow has cut 900 jobs this year.\n\n"
        "The company said it would use the money to repay its banks.\n"
    )
    assert ("The company", "Tarrow") in _speakers(text)


def test_a_person_a_place_or_an_adjective_in_the_headline_is_no_firm() -> None:
    for headline, body in (
        ("Dr Vance's profits slide", "Dr Vance reported falling sales. Dr Vance said so."),
        ("Irish publishing deal", "Irish publishing is booming. Irish papers grew 5%."),
        ("Boost for Ohio", "Ohio had 300 new firms. Ohio grew 4%."),
    ):
        text = f"{headline}\n\n{body}\n\nThe group said profits rose 8% in 2004.\n"
        assert ("The group", "The group") in _speakers(text), headline
