"""More kinds of body a description may stand for: the firm behind an audit ('the
auditors', 'an audit released on …'), a sports club ('the club'), a publication online
('the technology site'), a league; and a name that glosses a body of another kind."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.descriptions import description_words, read_description
from tracker.extract.vocab.kinds import CLUB, NEWSPAPER, STUDY


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_the_auditors_and_the_audit_are_the_firm_that_did_it() -> None:
    text = (
        "Charity losses\n\n"
        "The Harrow Trust lost £2m on bad investments, according to an audit published on "
        "Monday that has shaken its donors. The report, by the accounting firm Baxter Lowe, "
        "found that trustees had ignored three warnings. The auditors said the losses could "
        "have been avoided.\n"
    )
    said = dict(_speakers(text))
    assert said["The auditors"] == "Baxter Lowe"
    assert said["an audit published on Monday that has shaken its donors"] == "Baxter Lowe"


def test_the_club_is_the_club_named_last_by_part_of_its_name() -> None:
    text = (
        "Derby\n\n"
        "Kingsmoor Rovers beat Bramley Athletic 2-0 on Saturday. Bramley's manager, Joe "
        "Pike, said his side had been poor. Rovers' chairman, Tom Hale, said the win was "
        "deserved. Season tickets will go on sale in May, the club said.\n"
    )
    assert ("the club", "Kingsmoor Rovers") in _speakers(text)


def test_the_company_is_no_publication_that_spoke_before() -> None:
    text = (
        "Orvane phone\n\n"
        "Finnish phone maker Orvane unveiled its new handset on Monday. The technology "
        "site Pixelgrid said the camera was a generation behind. The company said it would "
        "sell the phone in 40 countries.\n"
    )
    assert ("The company", "Orvane") in _speakers(text)


def test_a_description_ends_at_its_head_before_what_tells_of_it() -> None:
    assert description_words("an audit released on Friday that hurt the club") == ["an", "audit"]
    assert description_words("the daily, which backed him") == ["the", "daily"]
    read = read_description("an audit released on Friday")
    assert read is not None and STUDY in read.kinds
    club = read_description("the club")
    assert club is not None and club.kinds == {CLUB}
    site = read_description("the technology site")
    assert site is not None and NEWSPAPER in site.kinds


def test_a_firm_introduced_by_its_country_s_possessive() -> None:
    text = (
        "Profit falls\n\n"
        "Veltrano Systems, Italy's second-largest chipmaker, said profit fell by a fifth. "
        "Its finance chief, Marco Riva, said demand was weak. "
        "The company said it would cut 900 jobs.\n"
    )
    assert ("The company", "Veltrano Systems") in _speakers(text)


def test_it_after_a_description_read_as_its_introduction_is_the_same_body() -> None:
    text = (
        "Floods\n\n"
        "Ana Costa, head of the regional flood relief agency, said 40 homes were lost. "
        "The agency said 900 people had been moved. It added that roads were closed.\n"
    )
    said = dict(_speakers(text))
    assert said["It"] == said["The agency"] != "The agency"


def test_the_club_is_no_body_of_unknown_kind_that_spoke_before() -> None:
    text = (
        "Ban upheld\n\n"
        "Fifa rejected the appeal on Friday. Fifa said the ban would stand for two years. "
        "The club said it would take the case to the Court of Arbitration.\n"
    )
    assert ("The club", "Fifa") not in _speakers(text)
    assert ("The club", "The club") in _speakers(text)
