"""'he' and 'she' go to the subject of their sentence, or of the sentences before."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.canonical import body_start, names_in
from tracker.extract.gender import agrees
from tracker.extract.salience import (
    _QUOTED,
    _bound,
    _is_person,
    _namesakes,
    _opening_name,
    _quoting,
    named_in_clause,
)
from tracker.model import Attribution


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_name_inside_a_quote_is_no_antecedent() -> None:
    text = (
        "Tour plans\n\n"
        "Union chief Mara Quist said the match had raised 2m dollars. "
        "\u201cWe will talk to our partners in the Pacific Rugby Alliance first,\u201d she said.\n"
    )
    assert _speakers(text)[-1] == ("she", "Mara Quist")


def test_the_subject_of_the_same_sentence_comes_first() -> None:
    text = (
        "Open draw\n\n"
        "Top seed Tomas Varga met Ivo Renn in the Dubai Open last year.\n\n"
        "Varga beat Renn in the Dubai Open in 2004, so he said he knew the 30-year-old well.\n"
    )
    assert ("he", "Tomas Varga") in _speakers(text)


def test_an_object_named_last_is_no_antecedent() -> None:
    text = (
        "Tribute\n\n"
        "The singer Lena Holt paid tribute to Otis Crane on Friday. "
        "\u201cHe changed music for 40 years,\u201d she said.\n"
    )
    assert _speakers(text) == [("she", "Lena Holt")]


def test_an_abbreviated_title_does_not_end_the_subject() -> None:
    text = (
        "Bank hearing\n\n"
        "Tom Reed, the chief executive, spoke first. "
        "Massachusetts Sen. Ann Cole then questioned Reed for an hour. "
        "\u201cYou took 40m dollars,\u201d she said.\n"
    )
    assert ("she", "Ann Cole") in _speakers(text)
    start = text.index("Massachusetts")
    names = names_in(text, body_start(text))
    assert _opening_name(text, start, text.index(" then"), [], names) == "Ann Cole"


def test_a_body_named_with_a_nationality_is_no_he() -> None:
    text = (
        "Flood aid\n\n"
        "Mr Rowe said the appeal would pass 3m pounds. The first minister also praised Welsh "
        "Water for sending 40 pumps to the valley. He said 12 teams had gone.\n"
    )
    assert _speakers(text)[-1] == ("He", "Rowe")


def test_the_end_of_a_body_s_name_is_no_person_and_he_is_the_unnamed_speaker_before() -> None:
    text = (
        "Hunt ban\n\n"
        "Nina Hale of the League said 40 hunts had met. The Union of Hill Farm Workers issued "
        "a statement on Monday. A spokesman said they would obey. He said 12 meets were off.\n"
    )
    assert _speakers(text)[-1] == ("He", "A spokesman")


def test_her_campaign_is_the_campaign_of_the_woman_before() -> None:
    text = (
        "Health\n\n"
        "Video showed Senator Ada Brandt stumbling at a rally on Sunday. Her campaign later "
        "said she had a fever of 39 degrees.\n"
    )
    assert ("Her campaign", "Ada Brandt’s campaign") in _speakers(text)


def test_her_campaign_in_an_aside_is_the_campaign_of_the_woman_just_named() -> None:
    text = (
        "Health\n\n"
        "A video that surfaced on the evening news on Sunday showed an ailing Ada Brandt "
        "stumbling (her campaign later said she had a fever of 39 degrees).\n"
    )
    assert ("her campaign", "Ada Brandt’s campaign") in _speakers(text)


def test_a_role_alone_is_the_subject_before_not_the_last_speaker() -> None:
    text = (
        "Visa row\n\n"
        "Tim Dorn faced questions all week. Lib Dem spokesman Ola Kent said 40 cases were open. "
        "Mr Dorn quit as home secretary last week. In a statement, the ex-home secretary said "
        "he accepted the 12 findings.\n"
    )
    assert _speakers(text)[-1] == ("the ex-home secretary", "Tim Dorn")


def test_a_role_is_no_one_the_article_gives_another_role() -> None:
    text = (
        "Asylum plan\n\n"
        "Home Secretary Rob Vale wants a points plan. Mr Vale will speak on Monday. "
        "The prime minister on Sunday said 40 officers would be hired.\n"
    )
    assert _speakers(text)[-1][1] != "Rob Vale"


def test_he_is_not_the_person_his_own_clause_names_again() -> None:
    text = (
        "Airline hearing\n\n"
        "Senator Ruth Okafor questioned Skyway chief executive Paul Dendy for three hours. "
        "\u201cYou knew,\u201d Okafor told Dendy, after he conceded under Okafor\u2019s "
        "questioning that 300 pilots had complained.\n"
    )
    assert ("he", "Paul Dendy") in _speakers(text)


def test_a_name_reported_in_his_own_words_leaves_the_subject() -> None:
    # News names the speaker again in what is reported: no one else in the sentence, so
    # the subject stands.
    text = (
        "Microphone\n\n"
        "Carl Benning is raising questions about the sound at Monday's debate.\n\n"
        "He notes that organisers admitted there was an issue with Benning's microphone.\n"
    )
    assert ("He", "Carl Benning") in _speakers(text)


def test_a_name_that_qualifies_a_noun_or_follows_a_is_no_one_named_again() -> None:
    names = names_in("x\n\nTom Reed and Lucy Reed met Ann Cole.", 0)
    text = "he represented Cardiff seats and held a Rubio sign, praising Cole\u2019s plan."
    assert named_in_clause(text, len("he represented"), []) == frozenset()
    text = "he praised Cole\u2019s plan and Reed"
    assert named_in_clause(text, len("he"), []) == frozenset({"Cole", "Reed"})
    assert _bound(frozenset({"Cole", "Reed", "Lord"}), names) == frozenset({"Cole"})


def test_a_man_named_with_and_without_his_title_is_one_man_and_no_she() -> None:
    text = (
        "Smoking ban\n\n"
        "First Minister Tom Hale said smoking would be banned in 2006. "
        "Mr Hale said sales fell 13%. Ann Hale, his sister, and Bo Rees agreed.\n"
    )
    names = names_in(text, body_start(text))
    assert {"First Minister Tom Hale", "Tom Hale"} <= set(names.ending_in("Hale"))
    assert _namesakes("Rees", names) == 1
    assert _namesakes("Hale", names) == 2  # Tom and Ann
    one = names_in(text.replace("Ann Hale", "Ann Lee"), body_start(text))
    assert _namesakes("Hale", one) == 1
    # so 'Mr Hale' tells that Tom Hale is no 'she'
    assert not agrees("Tom Hale", "she", {"Hale": "he"}, _namesakes("Hale", one))


def test_a_place_is_no_he() -> None:
    text = (
        "Fraud pleas\n\n"
        "The inquiry by New York prosecutor Lisa Barr has won nine guilty pleas. The most "
        "senior to plead guilty on Tuesday was former bank vice president Tom Avery.\n\n"
        "He admitted one count of fraud and faces up to 4 years in prison.\n"
    )
    assert ("He", "New York") not in _speakers(text)
    assert not _is_person("New York", names_in(text, body_start(text)))


def test_a_person_named_in_the_quote_is_not_its_speaker() -> None:
    text = (
        "Emails\n\n"
        "Campaign manager Tom Reyes wrote to Ann Cole about the lawyer Marco Diaz in March. "
        "Diaz appears in 12 of the emails.\n\n"
        "\u201cWe have to drop Marco from the team. 5 donors have left,\u201d he wrote.\n"
    )
    assert all(speaker != "Marco Diaz" for mention, speaker in _speakers(text) if mention == "he")


def test_a_reported_clause_before_he_names_someone_else_when_a_report_goes_on() -> None:
    text = (
        "Row\n\n"
        "Ken Bell said the mayor, Ann Lee, had tried hard to keep 300 jobs. "
        "But Mr Lee had been hurt by the row over 40 closures, he added.\n"
    )
    assert ("he", "Ken Bell") in _speakers(text)


def test_a_reported_clause_may_name_its_own_speaker_when_no_report_goes_before() -> None:
    text = (
        "Letters\n\n"
        "Ann Lee opened the 300 letters in May. "
        "Ms Lee was shocked by the 40 threats among them, she said in an interview.\n"
    )
    assert ("she", "Ann Lee") in _speakers(text)


def test_a_name_in_a_quotation_she_repeats_may_be_hers() -> None:
    text = (
        "Tributes\n\n"
        "Tennis player Ann Lee won 3 titles with Ilse Berg. "
        "\u201cShe always told me, \u2018Ann Lee, you will win 10 more\u2019,\u201d she said.\n"
    )
    assert ("she", "Ann Lee") in _speakers(text)


def test_the_man_who_is_the_subject_before() -> None:
    text = (
        "Rally\n\n"
        "Senator Tom Reyes spoke for 40 minutes in Dayton. "
        "\u201cThis town deserves 2,000 new jobs,\u201d said the man who built his career "
        "on factory votes.\n"
    )
    assert ("the man", "Tom Reyes") in _speakers(text)


def _said(text: str, speaker: str, mention: str, cue: str, content: str, mode: str) -> Attribution:
    at, cue_at, said_at = text.index(mention), text.index(cue), text.index(content)
    return Attribution(
        speaker=speaker,
        speaker_text=mention,
        speaker_start=at,
        speaker_end=at + len(mention),
        cue=cue,
        cue_start=cue_at,
        cue_end=cue_at + len(cue),
        mode=mode,
        content_start=said_at,
        content_end=said_at + len(content),
    )


def test_we_inside_a_quotation_is_its_speaker() -> None:
    text = (
        'Coach Ann Berg said: "It was a great night."\n\n'
        '"To go far, we conceded 1 goal in 4 games." Fans cheered. "Can we win?" we asked.'
    )
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    berg = _said(text, "Ann Berg", "Coach Ann Berg", "said", '"It was a great night."', "direct")
    we = _said(text, "we", "we", "conceded", "1 goal in 4 games", "indirect")
    speakers = {a.speaker_start: a for a in (berg, we)}
    assert _quoting(we, speakers, quoted) == "Ann Berg"  # the quotation goes on with hers
    asked = _said(text, "we", "we asked", "asked", '"Can we win?"', "direct")
    assert _quoting(asked, speakers, quoted) is None  # the writer's own 'we', unquoted


def test_a_lede_s_unnamed_speaker_is_the_person_the_next_sentence_reports() -> None:
    text = (
        "Campaign row\n\n"
        "The party has wasted 3 months on the wrong message, a Green councillor has said.\n\n"
        "Ola Brandt said voters were bored. She wants 2 more debates.\n"
    )
    assert ("a Green councillor", "Ola Brandt") in _speakers(text)


def test_an_unnamed_speaker_later_on_stays_unnamed() -> None:
    text = (
        "Campaign row\n\n"
        "Ola Brandt said voters were bored.\n\n"
        "The party has wasted 3 months, a Green councillor said. Tom Reyes said 4 seats were lost.\n"
    )
    assert ("a Green councillor", "Tom Reyes") not in _speakers(text)


def test_she_after_a_quote_is_the_titled_speaker_with_two_particles() -> None:
    from tracker.extract import extract_text

    text = (
        "Fraud trial\n\n"
        "Prosecuting, Ruth Amadi told the jury the scheme took £3m. "
        'Passing sentence, Judge Maria de la Vega said the harm was grave. "You took 9 '
        'years of their savings," she told him.\n'
    )
    speakers = {
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    }
    assert ("she", "Maria de la Vega") in speakers
    assert all(s != "Ruth Amadi" for m, s in speakers if m == "she")


def test_a_place_after_a_preposition_opens_no_subject() -> None:
    from tracker.extract import extract_text

    for said_by in ("he said.", "the winger said."):
        text = (
            "Rugby\n\n"
            "Winger Tom Hale scored 2 tries on Saturday. A big crowd at Crystal Palace "
            f'cheered him. "It was my day," {said_by}\n'
        )
        said = [
            c.attribution.speaker
            for c in extract_text(text, "a")
            if c.attribution is not None and c.attribution.speaker_text != "Winger Tom Hale"
        ]
        assert said == ["Tom Hale"], said_by


def test_she_is_never_a_firm_named_by_its_own_name() -> None:
    text = (
        "Bank results\n\n"
        "Maya Oduya, an analyst at Ferrand Capital, said profits would fall 10%. "
        '"It is a bad year," she said.\n'
    )
    assert ("she", "Ferrand Capital") not in _speakers(text)
    names = names_in(text, body_start(text))
    assert not _is_person("Ferrand Capital", names)
    assert not _is_person("Sahab Airways", names)
    assert _is_person("Maya Oduya", names)


def test_an_arabic_surname_with_its_article_opens_the_sentence() -> None:
    text = (
        "Port deal\n\n"
        "Sheikh Hamad bin Khalid al-Nuaimi said the deal was worth $2bn. "
        '"We will double our trade," he told reporters.\n'
    )
    names = names_in(text, body_start(text))
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    start = text.index("Sheikh")
    opening = _opening_name(text, start, text.index(" said"), quoted, names)
    assert opening is not None and opening.endswith("Hamad bin Khalid al-Nuaimi")


def test_an_epithet_is_not_the_subject_of_its_own_sentence() -> None:
    text = (
        "Squad named\n\n"
        "Tom Hale scored twice on Saturday. Sam Burke picked the squad on Monday, and the "
        "veteran striker told reporters he was delighted to be back.\n"
    )
    assert ("the veteran striker", "Sam Burke") not in _speakers(text)
    assert ("the veteran striker", "Tom Hale") in _speakers(text)
    text = (
        "Squad named\n\n"
        "Sam Burke picked the squad on Monday. The veteran striker told reporters he was "
        "delighted to be back.\n"
    )
    assert ("The veteran striker", "Sam Burke") in _speakers(text)


@pytest.mark.parametrize(
    "name", ["Hamad bin-Jassim", "Tariq abu-Rashid", "Yusuf ibn-Saud", "Karim el-Masri"]
)
def test_a_surname_with_any_joined_particle_is_the_subject(name: str) -> None:
    # Every particle news joins by a hyphen (vocab/name_forms), not the articles alone.
    text = (
        "Gas deal\n\n"
        f"{name} met the Qatari envoy, Omar Haddad, on Monday to discuss the deal. "
        "Later he said the price would rise by 20%.\n"
    )
    assert _speakers(text) == [("he", name)]
