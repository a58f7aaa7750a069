"""Speaker rules that hold for any news article, pinned with sentences of our own."""

from __future__ import annotations

from tracker.extract import extract_text


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_name_inside_the_quote_is_not_who_he_is() -> None:
    text = (
        "Talks\n\nThe senator spoke on Monday.\n\n"
        "\u201cIt is interesting what happens with the Paris Accord,\u201d he said at one point.\n"
    )
    assert ("he", "Paris Accord") not in _speakers(text)


def test_a_name_inside_doubled_apostrophe_quotes_is_not_who_he_is() -> None:
    text = (
        "Quiz shows\n\nSo what would the writer like to see again?\n\n"
        "'''Quiz Night Live,''' he replied. ''It would be a fine show.''\n"
    )
    assert all(speaker != "Quiz Night Live" for _, speaker in _speakers(text))


def test_she_is_not_the_man_named_last() -> None:
    text = (
        "Campaign\n\n"
        "Mr Tom Bexley ran a strong race in the north. He said he would stay in it.\n\n"
        "But his wife, Jo, gave an interview on Sunday.\n\n"
        "\u201cHe will not sit idly by,\u201d she said.\n"
    )
    assert ("she", "Tom Bexley") not in _speakers(text)


def test_a_day_before_the_subject_is_no_part_of_its_name() -> None:
    text = (
        "Chips\n\n"
        "At a press conference on Thursday Norvex announced that two groups had merged. "
        "Norvex says the benefit is speed.\n"
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Norvex", "Norvex"]


def test_a_peer_is_named_by_the_peerage_title_not_the_office() -> None:
    text = (
        "Law\n\nPaying tribute, the Lord Chancellor Lord Benfield said the judge was "
        'one of the "great advocates".\n'
    )
    assert _speakers(text)[0][1] == "Lord Benfield"


def test_counsel_is_a_title_not_part_of_the_name() -> None:
    text = "Law\n\nWhite House Counsel W. Neil Harrow said it could hurt the plan.\n"
    assert _speakers(text)[0][1] == "W. Neil Harrow"


def test_a_phrase_is_no_full_name_for_a_later_word() -> None:
    text = (
        "Debate\n\n"
        "Where the Republicans sought to outdo each other, the Democrats argued for calm. "
        "By comparison, Republicans have often argued that more guns make people safer.\n"
    )
    assert all(not speaker.startswith("Where") for _, speaker in _speakers(text))


def test_the_company_is_the_firm_named_before_not_a_group_between() -> None:
    text = (
        "Deal at risk\n\n"
        'Telnova said the decision "increases the risks" to the project. Although the '
        "company's statement said it would watch, observers said they thought Telnova would "
        'pull out. "It is next to zero," said Ann Berg, analyst at Finans in Oslo. The '
        "company has said it is prepared to accept a minority stake.\n"
    )
    found = _speakers(text)
    assert found[1] == ("the company's statement", "Telnova")
    assert found[-1] == ("The company", "Telnova")


def test_the_ministry_is_a_ministry_of_something_named_before() -> None:
    text = (
        "Phones\n\n"
        "Bids have been invited from local firms, Iraq's Ministry of Communications said. "
        "The ministry said that it wanted to increase coverage.\n"
    )
    assert _speakers(text)[-1] == ("The ministry", "Ministry of Communications")


def test_a_titled_surname_of_a_body_is_the_full_name() -> None:
    text = (
        "TV\n\n''It is irresistible,'' said Mr. Havers of Starlight. "
        "''Still, it will rise and fall on quality.''\n\nTom Havers said he pursued it.\n"
    )
    assert _speakers(text)[0] == ("Mr. Havers of Starlight", "Tom Havers")


def test_who_after_a_speaker_is_that_speaker_not_the_noun_before_it() -> None:
    text = (
        "Talks\n\n"
        '"It was not a convincing argument," said one aide familiar with the talks, who '
        'added that the office seemed "rattled" by the revolt.\n'
    )
    assert [s for _, s in _speakers(text)] == ["one aide familiar with the talks"] * 2


def test_a_titled_surname_of_a_body_named_in_full_before() -> None:
    text = (
        "TV\n\n''Shows never die,'' said Dan Revell, the chief of Starlight.\n\nMore.\n\n"
        "''It is irresistible,'' said Mr. Revell of Starlight.\n"
    )
    assert _speakers(text)[-1] == ("Mr. Revell of Starlight", "Dan Revell")


def test_an_affiliation_whose_comma_is_never_closed_keeps_the_name() -> None:
    # 'Name, from the X union said': the second comma is missing; the speaker is the person,
    # not 'from the X union'. An introductory phrase before the comma stays no speaker.
    text = "Rhona Tait, from the Ostland Nurses union said 300 wards were short of staff."
    assert [c.attribution.speaker for c in extract_text(text, "a") if c.attribution] == [
        "Rhona Tait"
    ]
    text = "On Monday, from the start of trading Bellco said shares fell 5%."
    assert all(
        not c.attribution.speaker.startswith("On Monday")
        for c in extract_text(text, "a")
        if c.attribution
    )


def test_an_owner_before_a_group_is_no_part_of_a_shared_subject() -> None:
    text = (
        "Video shown\n\n"
        "Okoro's parents, including his mother, watched the footage on Monday and said "
        "they had 20 more questions than before.\n"
    )
    found = [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]
    assert ("Okoro's parents", "Okoro's parents") in found
