"""Transcripts: 'NAME: text' turns name the speaker; the moderator makes no claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.extract import extract, extract_text
from tracker.extract.moderators import introduced_moderators
from tracker.extract.transcript import MODERATOR_LABELS, moderator_labels, turns
from tracker.model import Article
from tracker.readers import read_paths

DEBATE = (Path(__file__).parent / "fixtures" / "transcripts" / "debate.txt").read_text()


def _said(claims) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution.speaker if c.attribution else None) for c in claims]


def test_turns_split_the_text_at_each_label() -> None:
    labels = [t.label for t in turns(DEBATE)]
    assert labels == ["MODERATOR", "ALVAREZ", "MODERATOR", "BRANDT", "Q", "BRANDT"]
    assert all(DEBATE[t.colon] == ":" for t in turns(DEBATE))


def test_one_label_line_is_no_transcript() -> None:
    assert turns("UPDATE: the council said 40 homes flooded.\nMore rain is due.") == []


def test_moderator_lines_are_no_claims() -> None:
    claims = extract_text(DEBATE, "d")
    texts = " ".join(c.text for c in claims)
    assert "$40 billion" not in texts and "12 hospitals" not in texts


def test_a_turn_speaker_says_its_figures_and_its_first_person() -> None:
    said = _said(extract_text(DEBATE, "d"))
    by_figure = {t: s for t, s in said}
    assert any("$55 billion" in t and s == "Alvarez" for t, s in said)
    assert any("4 percent" in t and s == "Brandt" for t, s in said)
    assert ("We have done it before, and I said so in 2019.", "Alvarez") in said
    assert all(s in ("Alvarez", "Brandt") for s in by_figure.values())


def test_a_label_takes_the_fullest_name_the_text_gives() -> None:
    text = (
        "Debate night\n\nSenator Maria Alvarez and Mr Brandt met.\n\n"
        "ALVAREZ: I will save $5 billion.\n\nBRANDT: Prices rose 3 percent.\n"
    )
    speakers = {s for _, s in _said(extract_text(text, "d"))}
    assert "Maria Alvarez" in speakers and "Brandt" in speakers


def test_moderator_labels_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_MODERATORS", raising=False)
    assert moderator_labels() == MODERATOR_LABELS
    monkeypatch.setenv("TRACKER_MODERATORS", "host, anchor")
    assert moderator_labels() == {"HOST", "ANCHOR"}
    text = "HOST: Inflation is 9 percent, they say.\n\nLEE: It fell to 4 percent.\n"
    said = _said(extract_text(text, "t"))
    assert said and all(s == "Lee" for _, s in said)


def test_a_speaker_field_makes_the_whole_text_theirs(tmp_path: Path) -> None:
    p = tmp_path / "speech.jsonl"
    record = {
        "id": "speech-1",
        "speaker": "Maria Alvarez",
        "text": "Thank you. I will cut the deficit by $30 billion. "
        "The Treasury said growth was 2 percent.",
    }
    p.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (art,) = list(read_paths([str(p)]))
    assert isinstance(art, Article) and art.speaker == "Maria Alvarez"
    assert Article.from_dict(art.to_dict()) == art
    said = _said(extract(art))
    assert ("I will cut the deficit by $30 billion.", "Maria Alvarez") in said
    assert any("2 percent" in t and s == "Treasury" for t, s in said)


def test_an_article_without_speaker_keeps_its_stored_form() -> None:
    art = Article.from_text("Headline\nBody with 5 people.")
    assert "speaker" not in art.to_dict()


PANEL = (
    "Panel talk\n\n"
    "The panel discussed the tax plan on Sunday.\n\n"
    "Nora Quint: The plan would cost 2 trillion dollars over ten years, and nobody says how.\n\n"
    "Devlin: Well, I think the cost is closer to 900 billion dollars in the end.\n\n"
    "Quint: No, the budget office says the cost is far higher than that.\n\n"
    "Devlin: We will see what the office says about it next year.\n"
)


def test_title_case_labels_that_take_turns_make_a_transcript() -> None:
    said = _said(extract_text(PANEL, "p"))
    assert [s for t, s in said if "900 billion" in t] == ["Devlin"]
    assert [s for t, s in said if "2 trillion" in t] == ["Nora Quint"]


def test_a_panel_quoted_in_an_article_ends_where_the_writer_resumes() -> None:
    # Title-case turns are an excerpt inside prose: the paragraph after the last turn is the
    # writer's own, not the last speaker's.
    text = PANEL + "\nFewer than 40 percent of workers had any savings at all in 2015.\n"
    said = _said(extract_text(text, "p"))
    assert [s for t, s in said if "2 trillion" in t] == ["Nora Quint"]
    assert not [s for t, s in said if "40 percent" in t and s is not None]


def test_title_case_headings_are_no_transcript() -> None:
    headings = (
        "Goals for tonight\n\n"
        "Lee: Win in a walk.\n\nBell: Finish second.\n\nPatel: Survive to March.\n\n"
        "England: Robinson, Lewsey, Tindall, Noon, Cohen.\n"
    )
    assert turns(headings) == []


def test_the_answers_of_an_interview_are_the_interviewee_s() -> None:
    text = (
        "Interview with the mayor\n\n"
        "Mayor Lena Ortiz spoke to us about the budget.\n\n"
        "Q: How much will the new tram cost?\n\n"
        "A: We expect it to cost 40m dollars, and it will carry 12,000 people a day.\n\n"
        "Q: When will it open?\n\n"
        "A: In 2027. I think fares will stay at 2 dollars.\n"
    )
    speakers = {c.attribution.speaker for c in extract_text(text, "i") if c.attribution}
    assert speakers == {"Lena Ortiz"}


def test_a_host_anchor_or_interviewer_label_is_the_moderator() -> None:
    text = (
        "Sunday interview\n\n"
        "ANCHOR: Unemployment hit 9 percent last month, the bureau says.\n\n"
        "REYES: We created 40,000 jobs in March.\n\n"
        "HOST DANA PIKE: Critics say 2,000 firms closed.\n\n"
        "REYES: Only 300 closed, and I said so in May.\n"
    )
    said = _said(extract_text(text, "i"))
    assert any("40,000" in t for t, _ in said) and any("300 closed" in t for t, _ in said)
    assert all(s == "Reyes" for _, s in said)


def test_the_person_introduced_as_moderator_asks_and_claims_nothing() -> None:
    text = (
        "Debate night\n\n"
        "The debate, moderated by WKRN's Dana Pike, was held on Monday.\n\n"
        "PIKE: Crime rose 12 percent last year. Governor, what will you do?\n\n"
        "OKAFOR: We hired 500 officers, and crime fell 3 percent since.\n\n"
        "PIKE: Your rival says 1,000 officers left.\n\n"
        "OKAFOR: That is wrong, 80 left.\n"
    )
    said = _said(extract_text(text, "d"))
    texts = " ".join(t for t, _ in said)
    assert "12 percent" not in texts and "1,000" not in texts
    assert "500 officers" in texts and all(s == "Okafor" for _, s in said)


@pytest.mark.parametrize(
    ("opening", "introduced"),
    [
        ("The debate, moderated by NBC's Lester Holt, was held at Hofstra.", {"holt"}),
        ("Fox News host Chris Wallace asked the questions.", {"wallace"}),
        ("Lester Holt, the moderator, opened the night.", {"holt"}),
        ("Chris Wallace, who moderated the debate, asked first.", {"wallace"}),
        ("Moderated by ABC's Martha Raddatz and CNN's Anderson Cooper.", {"raddatz", "cooper"}),
        ("He was interviewed by Fox News' Bill O’Reilly.", {"o'reilly"}),
        # A host elsewhere, a host city, a pronoun: no moderator here.
        ("Donald Trump, the former host of The Apprentice, spoke.", set()),
        ("Donald Trump, the host of The Apprentice, spoke.", set()),
        ("Paris, the host city, is ready.", set()),
        ("He thanked the host. The host He said nothing.", set()),
    ],
)
def test_moderators_introduced_in_the_opening(opening: str, introduced: set[str]) -> None:
    assert introduced_moderators(opening) == introduced


def test_a_host_named_only_after_the_turns_is_not_the_moderator() -> None:
    text = (
        "Debate night\n\n"
        "TRUMP: We will build 1,000 miles of wall.\n\n"
        "SANDERS: Wages fell 2 percent.\n\n"
        "Later, the former reality show host Trump left the stage.\n"
    )
    said = _said(extract_text(text, "d"))
    assert any("1,000 miles" in t and s == "Trump" for t, s in said)


def test_a_turn_label_names_a_person_unless_it_names_a_crowd() -> None:
    text = (
        "Town hall\n\n"
        "VEGA: We opened 40 clinics last year. I said so in May.\n\n"
        "AUDIENCE: You closed 12 schools!\n\n"
        "VEGA: Spending rose by 12% to $2 billion.\n"
    )
    kinds = {
        (c.attribution.speaker, c.attribution.speaker_kind)
        for c in extract_text(text, "t")
        if c.attribution
    }
    assert kinds == {("Vega", "person"), ("Audience", "group")}


def test_first_person_inside_a_turn_does_not_cut_the_turn_short() -> None:
    text = (
        "Interview\n\n"
        "REYES: Well, I think the plan will cost 2 billion dollars over ten years.\n\n"
        "OKAFOR: Honestly, I mean, we cut 300 jobs in March and we said so.\n"
    )
    body = [
        (c.attribution.speaker, text[c.attribution.content_start : c.attribution.content_end])
        for c in extract_text(text, "t")
        if c.attribution
    ]
    assert ("Reyes", "Well, I think the plan will cost 2 billion dollars over ten years") in body
    assert all(content not in ("Well", "Honestly, I mean") for _, content in body)


def test_every_sentence_of_a_turn_is_its_speakers_claim() -> None:
    text = (
        "Interview\n\n"
        "Q: How is the harbour doing?\n\n"
        "A: The harbour is busy again. Ferries run every hour now.\n\n"
        "(APPLAUSE.)\n\n"
        "Q: Will it last?\n\n"
        "A: I hope so. The council has promised the money.\n\n"
        "Follow our reporter on Twitter for more.\n"
    )
    said = _said(extract_text(text, "i"))
    texts = [t for t, _ in said]
    assert "The harbour is busy again." in " ".join(texts)
    assert "Ferries run every hour now." in texts
    assert "The council has promised the money." in texts
    assert not [t for t in texts if "?" in t or "APPLAUSE" in t or "Twitter" in t]


def test_a_question_that_lost_its_colon_is_no_answer() -> None:
    text = (
        "Interview with Ana Soto\n\n"
        "Ana Soto spoke to us on Monday.\n\n"
        "Q: Why now?\n\n"
        "A: The money is there at last.\n\n"
        "QYour critics say the plan is late. They say it costs too much.\n\n"
        "A: The plan is on time.\n"
    )
    texts = [t for t, _ in _said(extract_text(text, "i"))]
    assert not [t for t in texts if "critics" in t or "costs too much" in t]
    assert any("on time" in t for t in texts)


def test_title_case_labels_may_be_hyphenated_or_open_a_quote() -> None:
    text = (
        "Panel talk\n\n"
        '"Nora Quint-Hale: The plan would cost 2 trillion dollars. Nobody says how."\n\n'
        "Devlin: Well, I think the cost is closer to 900 billion dollars in the end.\n\n"
        "Quint-Hale: No, the budget office says the cost is far higher than that.\n\n"
        "Devlin: We will see what the office says about it next year.\n"
    )
    said = _said(extract_text(text, "p"))
    assert [s for t, s in said if "2 trillion" in t] == ["Nora Quint-Hale"]
    assert any(t.startswith("Nobody says how") and s == "Nora Quint-Hale" for t, s in said)


EXCERPT = (
    "Harbourside hustings: two rivals spar over ferries\n\n"
    "What follows is a shortened record of the hustings, chaired by the paper's editor.\n\n"
    "CHAIR: Ms Quarrie, the ferry subsidy costs 3 million pounds. Would you keep it?\n\n"
    "QUARRIE: Two in five? The port's own survey says fewer than one in ten. "
    "Islanders depend on that boat. I have sailed on it every week.\n\n"
    "PENHALIGON: No. I opposed the subsidy in 2021, and I said so in public. "
    "The crossing runs half empty after six.\n\n"
    "A survey for the Harbourside Echo last month showed Quarrie ahead by 12 points. "
    "About one in five voters had not decided.\n"
)


def _claims_by_text() -> dict[str, str | None]:
    return {
        c.text: (c.attribution.speaker if c.attribution else None)
        for c in extract_text(EXCERPT, "h")
    }


def test_every_statement_of_a_turn_is_a_claim_of_its_own() -> None:
    said = _claims_by_text()
    assert said["Islanders depend on that boat."] == "Quarrie"
    assert said["I have sailed on it every week."] == "Quarrie"
    assert said["The crossing runs half empty after six."] == "Penhaligon"
    # The label heads its turn's first statement only, not the whole paragraph.
    first = [t for t in said if t.startswith("PENHALIGON:")]
    assert first and all("half empty" not in t for t in first)
    assert said[first[0]] == "Penhaligon"


def test_an_echoed_question_in_a_turn_is_no_claim() -> None:
    said = _claims_by_text()
    asked = [t for t in said if t.startswith("QUARRIE: Two in five?")]
    assert all(said[t] is None for t in asked)
    assert all("Two in five?" not in t for t, s in said.items() if s == "Quarrie")


def test_the_writer_is_back_after_the_last_turn() -> None:
    said = _claims_by_text()
    assert said["About one in five voters had not decided."] is None
    assert not any("3 million" in t for t in said)  # the chair's question


def test_said_so_points_back_and_states_nothing() -> None:
    claims = extract_text("Budget row\n\nThe mayor opposed the plan. He said so in public.\n", "s")
    assert not any(c.attribution and c.attribution.cue == "said" for c in claims)


def test_a_pro_form_points_back_whatever_precedes_it() -> None:
    for text in (
        "Budget row\n\nThe pier will be sold. The mayor indicated as much in a letter, "
        "released on Monday.\n",
        "Budget row\n\nThe pier will be sold, the mayor said as much on Monday.\n",
    ):
        assert not any(c.attribution for c in extract_text(text, "p")), text
