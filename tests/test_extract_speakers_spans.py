"""How a speaker's phrase is read: where the name is in it, and which name it is."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.speaker_check import DOCUMENT, PERSON, speaker_kind
from tracker.extract.speakers import split_title


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_particle_between_capitalised_words_belongs_to_the_name() -> None:
    assert split_title("Dr ter Horst".split()) == (["Dr"], ["ter", "Horst"])
    assert split_title("Governor Yusri bin Hamid".split()) == (
        ["Governor"],
        ["Yusri", "bin", "Hamid"],
    )
    # Not a particle opening the phrase, nor one after a common word.
    assert split_title("the mayor of Oslo".split())[1] == ["Oslo"]


def test_a_name_with_a_particle_is_cut_at_its_apposition() -> None:
    text = (
        "Storm hits coast\n\n"
        "Nurul binti Hassan, 64, who runs a shop by the harbour, said 30 boats had sunk.\n\n"
        "Dr van Leeuwen, a 51-year-old hydrologist, said the tide rose 2 metres.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Nurul binti Hassan", "van Leeuwen"]


def test_a_role_then_a_name_in_apposition_is_that_name() -> None:
    text = (
        "Bridge reopens\n\n"
        "The transport minister, Idris bin Karim, opened the bridge on Friday and said it "
        "had cost 40m ringgit.\n"
    )
    assert _speakers(text)[0][1] == "Idris bin Karim"


def test_a_patronymic_name_is_called_by_the_given_name() -> None:
    text = (
        "Port deal signed\n\n"
        "The port's chairman, Faisal bin Omar, said 2,000 jobs would be created.\n\n"
        "Mr Faisal said the first ships would dock in May.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Faisal bin Omar", "Faisal bin Omar"]


def test_a_name_cut_before_its_particle_is_the_full_name() -> None:
    text = (
        "Bank results\n\n"
        "Analyst Pieter Van der Berg of Delta Bank said profits rose 12%.\n\n"
        '"It is a strong year," he said.\n'
    )
    assert {name for _m, name in _speakers(text)} == {"Pieter Van der Berg"}


def test_a_body_called_by_its_kind_is_the_body_whose_head_noun_that_is() -> None:
    text = (
        "Flood study\n\n"
        "The Nordic Institute for Rivers and Coasts published its figures on Monday.\n\n"
        "The institute said 1,200 homes were at risk.\n\n"
        "The Baltic Weather Observatory has 40 stations.\n\n"
        "The observatory said rainfall rose 8% last year.\n"
    )
    found = dict(_speakers(text))
    assert found["The institute"] == "Nordic Institute for Rivers and Coasts"
    assert found["The observatory"] == "Baltic Weather Observatory"


def test_the_organisation_is_the_body_named_last() -> None:
    text = (
        "Toy recall\n\n"
        "Makers of the toy were warned by Kids Safe, the Federation of Toy Retailers, on "
        "Friday.\n\n"
        '"Every shop must act," the organisation said in a statement.\n'
    )
    assert _speakers(text)[-1][1] == "Federation of Toy Retailers"


def test_where_a_body_is_based_is_no_part_of_its_name() -> None:
    text = (
        "Airline cuts\n\n"
        "Denver-based Mountain Air said it would cut 300 jobs.\n\n"
        "Mountain Air said fuel costs rose 20%.\n"
    )
    assert {name for _m, name in _speakers(text)} == {"Mountain Air"}


def test_an_aside_after_a_described_subject_is_no_part_of_it() -> None:
    text = (
        "School closures\n\n"
        "The inquiry, ordered in March, said 14 schools were unsafe.\n\n"
        "The lawsuit, filed in Leeds on Friday, says 3 pupils were hurt.\n"
    )
    assert [m for m, _name in _speakers(text)] == ["The inquiry", "The lawsuit"]


def test_an_aside_naming_whose_document_it_is_stays() -> None:
    text = (
        "Commuters\n\n"
        "The survey, carried out by the Rail Users Forum, showed 60% of trains were late.\n"
    )
    assert _speakers(text)[0][1] == "Rail Users Forum"


def test_the_researchers_and_the_study_are_the_body_behind_the_study() -> None:
    text = (
        "Sleep and screens\n\n"
        "Teenagers sleep 40 minutes less on school nights, according to a study released on "
        "Monday by the Hallam Sleep Institute.\n\n"
        "The researchers said 2,300 pupils took part.\n\n"
        'Its author, Dr Lotte van Dijk, said: "Screens are only part of it."\n\n'
        "The study, funded partly through a charity, said girls slept less than boys.\n"
    )
    found = dict(_speakers(text))
    assert found["The researchers"] == "Hallam Sleep Institute"
    assert found["The study"] == "Hallam Sleep Institute"


def test_kinds_of_speaker_read_past_a_participle_and_a_particle() -> None:
    assert speaker_kind("a report published on Friday by the Hallam Sleep Institute", "x") == (
        DOCUMENT
    )
    assert speaker_kind("Dr van Dijk", "Lotte van Dijk") == PERSON


def test_a_nickname_in_quotes_is_part_of_the_fullest_name() -> None:
    text = (
        "Label deal\n\n"
        'Marcus "Biggie" Tully, head of Rainline Records, said sales rose 30%.\n\n'
        '"We are growing," Tully said.\n'
    )
    assert {name for _m, name in _speakers(text)} == {'Marcus "Biggie" Tully'}


def test_a_city_s_police_are_the_police_body_it_names() -> None:
    text = (
        "Arrest denied\n\n"
        "Oakridge police said they had no record of the arrest.\n\n"
        "A spokesman for the Oakridge Police Department said 2 officers attended.\n"
    )
    assert _speakers(text)[0][1] == "Oakridge Police Department"


def test_a_party_is_its_full_name_and_its_spokesman_speaks_for_it() -> None:
    text = (
        "Poll row\n\n"
        "Green MP Ada Lund said the vote was 40 seats short.\n\n"
        "Green said 12 seats were safe.\n\n"
        "The Green Party has 30 members in the chamber.\n\n"
        "A Green party spokesman played down the row and said 3 seats were at risk.\n"
    )
    found = dict(_speakers(text))
    assert found["Green"] == "Green Party"
    assert found["A Green party spokesman"] == "Green Party"  # the session-8 ruling


def test_people_described_by_their_body_are_not_the_body() -> None:
    text = (
        "Oil output\n\n"
        "Several Opec members said output would rise by 2%.\n\n"
        "Residents of Port Lanier, a fishing town, said 300 boats were idle.\n\n"
        "Residents said the harbour had been closed for 9 days.\n"
    )
    assert [name for _m, name in _speakers(text)] == [
        "Several Opec members",
        "Residents of Port Lanier",
        "Residents of Port Lanier",
    ]


def test_according_to_a_description_then_its_name_is_that_name() -> None:
    text = (
        "Box office\n\n"
        "The film has sold 200,000 tickets, according to its distributor, Lumen Filmes, "
        "making it the year's biggest hit.\n\n"
        "Sales rose 12%, according to their friends and advisers, Ann Lee and Tom Bell said.\n"
    )
    found = _speakers(text)
    assert found[0] == ("its distributor, Lumen Filmes", "Lumen Filmes")


def test_a_subject_before_a_participle_aside_is_read_past_it() -> None:
    text = (
        "Survey\n\n"
        "The minister, asked about the figures before the vote, said 30% was too low.\n\n"
        "A report by the Dunmore Institute in Galway said 1,200 farms had closed.\n"
    )
    found = _speakers(text)
    assert found[0][0] == "The minister"
    assert found[1][1] == "Dunmore Institute"


def test_a_participle_or_including_opening_a_phrase_is_no_speaker() -> None:
    text = (
        "Pandas\n\n"
        "Using the cameras, keepers have found that cubs feed 14 times a day.\n\n"
        "Several polls, including ones showing a 5-point lead, suggest the race is close.\n"
    )
    mentions = [m for m, _name in _speakers(text)]
    assert "Using" not in mentions
    assert not any(m.startswith("including") for m in mentions)


def test_a_document_given_first_is_credited_to_the_body_named_after() -> None:
    text = (
        "Rail delays\n\n"
        "Trains in the north ran late one day in three last year, a report says.\n\n"
        "Research by the Northern Transport Institute found 12% of trains were cancelled.\n"
    )
    assert _speakers(text)[0] == ("a report", "Northern Transport Institute")


def test_a_document_named_by_its_year_is_the_one_cited_before() -> None:
    text = (
        "Tax plan\n\n"
        "A 2011 report by the Halden Policy Centre found the levy would raise $40bn.\n\n"
        "Even at half the volume it would raise $20bn, according to the 2011 paper.\n"
    )
    assert [name for _m, name in _speakers(text)] == ["Halden Policy Centre"] * 2


def test_the_poll_is_the_body_behind_the_poll_cited_before() -> None:
    filler = "Turnout was expected to be high in the north of the state this year. " * 25
    text = (
        "Voters sour\n\n"
        "Most Latino voters distrust the governor, according to a poll of 500 voters "
        "released on Monday by Campo Research.\n\n"
        f"{filler}\n\n"
        "Only 22 percent back his plan, according to the poll.\n"
    )
    assert _speakers(text)[-1] == ("the poll", "Campo Research")


def test_a_described_poll_by_a_body_is_that_body_s() -> None:
    text = (
        "Film critics\n\n"
        "A poll of 80 critics by the trade magazine Kino, published before the festival, "
        "showed the film in third place.\n"
    )
    assert _speakers(text)[0][1] == "Kino"
