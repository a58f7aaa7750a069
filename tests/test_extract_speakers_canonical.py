"""One entity, one name: each speaker as the article names it most fully."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.canonical import body_start, names_in


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_surname_takes_the_full_name_the_article_uses() -> None:
    text = (
        "Ferry fares to rise\n\n"
        "Transport minister Olga Brennan said fares would rise by 4% in March.\n\n"
        "Later, Ms Brennan said 300 crossings would be cut.\n\n"
        "\u201cWe have no choice,\u201d Brennan said.\n"
    )
    assert {name for _mention, name in _speakers(text)} == {"Olga Brennan"}
    assert ("Ms Brennan", "Olga Brennan") in _speakers(text)


def test_names_keep_their_particles() -> None:
    text = (
        "Summit ends\n\n"
        "Council head Joost van Halderen opened the summit on Monday.\n\n"
        "Van Halderen said 27 states had signed.\n\n"
        "Mr van Halderen said the deal would cost 2bn euros.\n"
    )
    names = names_in(text, body_start(text))
    assert "Joost van Halderen" in names.count
    assert {name for _mention, name in _speakers(text)} == {"Joost van Halderen"}


def test_a_possessive_owner_is_no_part_of_the_name() -> None:
    text = (
        "Vote looms\n\n"
        "Labour's Dennis Okoro spoke first on Tuesday.\n\n"
        "Mr Okoro said 40 seats were at risk.\n"
    )
    assert _speakers(text) == [("Mr Okoro", "Dennis Okoro")]


def test_an_acronym_takes_the_name_it_abbreviates() -> None:
    text = (
        "Rugby row\n\n"
        "The Pacific Rugby Union has fined two clubs.\n\n"
        "The PRU said 12 players were involved.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Pacific Rugby Union"]


def test_the_headline_is_no_introduction() -> None:
    text = (
        "Jane Doyle Slams Bank Chief: 'Resign'\n\n"
        "Senator Jane Doyle questioned the bank's chief on Tuesday.\n\n"
        "\u201cYou took $20 million,\u201d Doyle said.\n"
    )
    assert text[body_start(text) :].lstrip().startswith("Senator")
    assert ("Doyle", "Jane Doyle") in _speakers(text)


def test_two_people_with_one_surname_go_to_the_one_named_most() -> None:
    text = (
        "Poll\n\n"
        "Ann Marsh and her brother Tom Marsh run the farm. Ann Marsh has run it since 1990.\n\n"
        "Marsh said prices fell 8% this year.\n"
    )
    assert _speakers(text) == [("Marsh", "Ann Marsh")]


def test_a_description_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Phishing up\n\n"
        "Web portal Norra Online reported that phishing rose 300% last year.\n\n"
        "In May Kestrel Labs said 40 firms had been hit.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Norra Online", "Kestrel Labs"]


def test_a_body_named_by_its_kind_is_the_body_named_before() -> None:
    text = (
        "Growth\n\n"
        "Growth will reach 4%, the Trade and Industry Ministry said on Monday.\n\n"
        "Exports will rise 6% next year, the ministry said.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Trade and Industry Ministry"] * 2


def test_a_lone_name_stays_itself_when_the_article_has_no_fuller_one() -> None:
    text = (
        "Oil sale\n\n"
        "Norvik has asked the court to halt the sale of its unit.\n\n"
        "Norvik said the sale was worth $9bn.\n"
    )
    assert _speakers(text) == [("Norvik", "Norvik")]


def test_a_name_that_opens_with_a_digit_loses_its_description() -> None:
    text = "Rates\n\nRates will rise to 5%, consultancy 9Points said.\n"
    assert [name for _m, name in _speakers(text)] == ["9Points"]


def test_a_description_ending_in_a_weekday_is_no_name() -> None:
    text = "Survey\n\nAn annual economic survey released on Friday said growth was 6%.\n"
    assert [name for _m, name in _speakers(text)] != ["Friday"]


def test_a_body_called_by_its_kind_takes_the_name_the_article_gives_it() -> None:
    text = (
        "Shooting\n\n"
        "The Lakeside County police released 2 videos on Friday.\n\n"
        "Police said 14 officers were at the scene.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Lakeside County police"]


def test_a_role_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Hospital row\n\n"
        "Broadcaster Amira Coles said 3,000 patients had waited a year. "
        "Labour MP Derek Fane said 40 wards had closed.\n\n"
        "Nationalists Iona Reid and Tom Blair met on Monday. Ms Reid said 12 clinics shut.\n"
    )
    names = {name for _mention, name in _speakers(text)}
    assert {"Amira Coles", "Derek Fane", "Iona Reid"} <= names


def test_a_description_gives_the_name_it_ends_in() -> None:
    text = (
        "Budget criticised\n\n"
        "The plan was attacked by teachers, including union organiser Pat Mole, who said "
        "900 schools would lose money. Later, attorneys for the family said they would sue.\n"
    )
    speakers = _speakers(text)
    assert ("who", "Pat Mole") in speakers
    assert all(not name.startswith("the family") for _mention, name in speakers)


def test_the_kind_takes_the_description_that_introduced_it() -> None:
    text = (
        "Lords reform\n\n"
        "A cross-bench group of peers has drafted a bill for 300 elected members. "
        "The group says 70 hereditary peers would go.\n\n"
        "Later the all-bench group met again. The group believes 12 bishops should stay.\n"
    )
    names = [name for mention, name in _speakers(text) if mention == "The group"]
    assert names == ["cross-bench group", "cross-bench group"]


def test_a_described_poll_loses_its_article_and_its_when_and_a_made_one_is_its_maker() -> None:
    text = (
        "Race tightens\n\n"
        "Ana Diaz leads by 4 points, according to a new Tribune-KTV state poll.\n\n"
        "The poll indicates 12% are undecided. "
        "A monthly consumer survey published on Monday said prices rose 3%.\n"
    )
    names = {name for _mention, name in _speakers(text)}
    assert {"Tribune-KTV", "monthly consumer survey"} <= names  # a poll: its maker (pollsters)


def test_the_kind_without_an_introduction_stays_as_it_is() -> None:
    text = (
        "Bank fined\n\nThe bank said it would pay 5m dollars. A new survey by a research group "
        "came out. The survey said losses were 40m dollars.\n"
    )
    assert ("The bank", "The bank") in _speakers(text)
    assert ("The survey", "The survey") in _speakers(text)


def test_a_lower_case_title_inside_the_subject_keeps_the_name_after_it() -> None:
    text = (
        "Shooting\n\n"
        "Green party nominee Maria Voss chimed in on Twitter, saying that 12 officers "
        "should be suspended.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Maria Voss"]


def test_a_description_that_spells_a_name_takes_the_name() -> None:
    text = (
        "Diet claims\n\n"
        "Half of his advice is wrong, according to the leading Nordic nutrition review. "
        "A 2019 paper in the Nordic Nutrition Review found 40 claims false.\n"
    )
    assert ("the leading Nordic nutrition review", "Nordic Nutrition Review") in _speakers(text)


def test_a_document_speaks_for_the_body_that_made_it() -> None:
    text = (
        "Ferries late\n\n"
        "Half of all crossings ran late, according to a recent Harbour Gazette survey of "
        'timetables. Tribuna\'s headline says: "Ferries in chaos." Fares rose 9%, according '
        "to the research by the Coastal Ferry Union and Navix, a travel app. "
        "A 2019 study by Norwood College lecturer Ines Marsh found 30 routes were unsafe. "
        "The Office for National Statistics said 12 boats were idle.\n"
    )
    speakers = _speakers(text)
    assert ("a recent Harbour Gazette survey of timetables", "Harbour Gazette") in speakers
    assert ("Tribuna's headline", "Tribuna") in speakers
    assert (
        "the research by the Coastal Ferry Union and Navix",
        "Coastal Ferry Union and Navix",
    ) in speakers
    assert ("A 2019 study by Norwood College lecturer Ines Marsh", "Ines Marsh") in speakers
    assert ("The Office for National Statistics", "Office for National Statistics") in speakers


def test_the_paper_is_the_body_that_spoke_just_before() -> None:
    text = (
        "Press reaction\n\n"
        'Spanish daily Tribuna accuses the coach of cowardice. "He hid all night," the paper '
        "says. Fares rose 9%, according to a recent Harbour Gazette survey. The study found "
        "that 40 routes were late.\n"
    )
    speakers = _speakers(text)
    assert ("the paper", "Tribuna") in speakers
    assert ("The study", "Harbour Gazette") in speakers


def test_the_survey_is_not_a_body_that_only_vowed_after_a_survey_was_described() -> None:
    text = (
        "Wages\n\n"
        "A new survey by a city research group cut the estimate, a week after Ostland vowed "
        "to act. The survey put the number at 4,000 workers.\n"
    )
    assert ("The survey", "The survey") in _speakers(text)


def test_people_described_in_a_place_are_not_the_place() -> None:
    text = (
        "Web fans\n\n"
        "Some web users in Ostland report that 40% of pages fail. "
        "Recent polls in Ohio and Iowa have shown Lee ahead by 3 points.\n"
    )
    names = {name for _mention, name in _speakers(text)}
    assert "Ostland" not in names and "Iowa" not in names


def test_a_surname_before_an_appositive_is_the_speaker() -> None:
    text = (
        "Rugby\n\n"
        "Ned Garvey scored twice on Saturday. Garvey, a fly-half for Ostland in the "
        "1990s, insisted that 12 of the squad were fit.\n"
    )
    assert _speakers(text)[-1][1] == "Ned Garvey"


def test_a_time_before_a_body_named_by_its_kind_is_no_part_of_it() -> None:
    text = (
        "Seaside\n\nThe Green Party met in Rhyl. In 2001 the party said 300 hotels would close.\n"
    )
    assert _speakers(text)[-1][1] == "Green Party"


def test_the_nationality_of_the_subject_before_is_that_person() -> None:
    text = (
        "Prize money\n\n"
        "World number one Dana Kovar has criticised the Open over prize money.\n\n"
        "Reacting to a comment by club chairman Tim Rolle, the American said: "
        '"It is insulting that women get 5% less."\n'
    )
    assert _speakers(text)[-1] == ("the American", "Dana Kovar")


def test_the_state_is_the_state_named_just_before() -> None:
    text = (
        "Voter rolls\n\n"
        "Critics cite the 2004 race in Nevada, when the state wrongly said 9,000 voters had "
        "moved.\n"
    )
    assert _speakers(text)[-1] == ("the state", "Nevada")


def test_coordinated_speakers_are_all_named() -> None:
    text = (
        "Banks\n\n"
        "Sens. Ann Lee (D-Ore.), Tom Bell (D-Ohio) and Raj Patel (D-N.J.) all suggested that "
        "the fines of $2bn were too low.\n\n"
        "Lee and Bell said the bank owed 5,000 workers an apology.\n"
    )
    names = [name for _mention, name in _speakers(text)]
    assert names == ["Ann Lee, Tom Bell and Raj Patel", "Ann Lee and Tom Bell"]


def test_one_of_two_coordinated_bodies_alone_is_itself() -> None:
    text = (
        "Consoles\n\n"
        "Acmesoft and Zentro are expected to show new machines in May. "
        "Acmesoft said it had sold 5 million units.\n"
    )
    assert _speakers(text)[-1] == ("Acmesoft", "Acmesoft")


def test_a_transcript_turn_is_no_body_behind_the_study() -> None:
    # A turn's label names a person speaking, not a body a document speaks for: the audit
    # quoted in the turn keeps its own (unnamed) voice, and stays a claim of its own.
    speakers = _speakers(
        "Hearing on the budget\n\nHOST: Welcome back.\n\n"
        "BRANDT: The board cut 90 posts. The audit found 12 empty offices and 3 closed halls.\n"
    )
    assert ("The audit", "Brandt") not in speakers
    assert any(mention == "The audit" for mention, _ in speakers)


def test_the_role_is_no_group_or_phrase_spoken_before() -> None:
    text = (
        "Asylum plan\n\n"
        "Ministers deny they acted because the prime minister is worried. "
        "The prime minister on Sunday said 40 new officers would be hired.\n"
    )
    assert _speakers(text)[-1][1] != "Ministers"


def test_a_weekday_before_the_subject_is_no_part_of_it() -> None:
    text = (
        "Apprentice\n\nSir Alan Sugar met the finalists. On Tuesday Sir Alan said 12 had applied.\n"
    )
    assert _speakers(text)[-1][1] == "Alan Sugar"


def test_shops_all_over_a_country_are_not_the_country() -> None:
    text = "Sales\n\nShops all over the UK reported that sales fell 4% in December.\n"
    assert _speakers(text)[-1][1] != "UK"


def test_a_name_after_an_opening_phrase_without_a_comma_is_the_speaker() -> None:
    text = (
        "Kernel\n\n"
        "Lars Vinter wrote the code. In a panel discussion at a summit in Oslo "
        "Mr Vinter said 40% of patches came from firms.\n\n"
        "In a meeting with the editorial board of the Daily Globe Vinter said 12 firms paid.\n"
    )
    assert [name for _m, name in _speakers(text)][-2:] == ["Lars Vinter", "Lars Vinter"]


def test_an_age_is_no_part_of_the_name_who_stands_for() -> None:
    text = "Oscars\n\nThe nominee, Imke Staal, 49, who told reporters she had lost 5kg, smiled.\n"
    assert ("who", "Imke Staal") in _speakers(text)


def test_i_in_the_writer_s_own_words_is_no_one_named_before() -> None:
    text = (
        "Fares row\n\n"
        'Transport chief Ola Brandt said: "Fares will rise 4%." The Harbour Board agreed.\n\n'
        "I think the fares should fall by 5%, not rise.\n"
    )
    assert _speakers(text)[-1] == ("I", "I")


def test_a_long_description_after_a_name_keeps_the_name() -> None:
    text = (
        "Games\n\n"
        "Ada Vos, studio general manager for games maker Zentro Arts (ZA) in Europe, recently "
        "told the BBC that 12 titles were planned.\n"
    )
    assert _speakers(text)[-1][1] == "Ada Vos"


def test_the_company_is_the_business_that_spoke_just_before() -> None:
    text = (
        "Job cuts\n\n"
        '"We are saddened," Zentro said in a statement. The company added that 300 jobs '
        "would go. Unions said 40 plants were at risk, and the company says it will talk.\n"
    )
    speakers = _speakers(text)
    assert ("The company", "Zentro") in speakers
    assert ("the company", "Unions") not in speakers


def test_which_after_a_body_s_verb_is_the_body() -> None:
    text = (
        "Sales\n\nIn March Zentro released statistics which showed that the number of online "
        "orders rose from 2,000 to 9,000 per day.\n"
    )
    assert ("which", "Zentro") in _speakers(text)


def test_polling_speaks_for_the_body_that_averages_it() -> None:
    text = (
        "Race tightens\n\n"
        "Ana Diaz is up 6.1 points at 48.2 percent, according to the PollTrack polling "
        "average.\n"
    )
    assert ("the PollTrack polling average", "PollTrack") in _speakers(text)


def test_the_newspaper_is_the_paper_named_just_before() -> None:
    text = (
        "Editorial\n\n"
        "In a sharp editorial, The Lakeside Tribune urged the mayor to resign.\n\n"
        "\u201cHe has lost the trust of 40,000 voters,\u201d the liberal-leaning newspaper "
        "wrote.\n"
    )
    assert ("the liberal-leaning newspaper", "Lakeside Tribune") in _speakers(text)
