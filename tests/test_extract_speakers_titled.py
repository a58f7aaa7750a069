"""A titled person in a speaker phrase is the speaker, not the body they are of or at."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.titled import apposed_name, titled_person
from tracker.model import Attribution


def _speakers(text: str) -> list[tuple[str, str]]:
    return [
        (c.attribution.speaker_text, c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_a_professor_of_a_university_is_the_professor() -> None:
    text = (
        "Vaccine\n\n"
        "The vaccine cut infections by 40% in a trial of 2,000 adults. "
        "Prof Marta Lindqvist of the University of Uppsala, who was not involved, said the "
        "trial was too small to be sure.\n"
    )
    speakers = [s for _, s in _speakers(text)]
    assert "Marta Lindqvist" in speakers
    assert not any("University" in s for s in speakers)


def test_a_doctor_at_a_hospital_in_apposition_is_the_doctor() -> None:
    text = (
        "Clinic\n\n"
        '"We saw twice as many cases this winter," said the clinic\'s head of research, '
        "Dr Tomas Okonjo, a surgeon at Harrow General Hospital.\n"
    )
    speakers = [s for _, s in _speakers(text)]
    assert "Tomas Okonjo" in speakers


def test_titled_person_reads_the_mention() -> None:
    assert titled_person("Prof Kwame Asante-Boateng of the University of Ghana") == (
        "Kwame Asante-Boateng"
    )
    assert titled_person("the lead author, Dr Ann Lee, a chemist at Leeds") == "Ann Lee"
    assert titled_person("a spokesman for Dr Ann Lee of Leeds") is None  # the spokesman
    assert titled_person("Dr Ann Lee") is None  # nothing more to read
    assert titled_person("Bank of England") is None


def _att(text: str, mention: str, cue: str) -> Attribution:
    start = text.index(mention)
    at = text.index(cue, start + len(mention))
    return Attribution(
        speaker=mention,
        speaker_text=mention,
        speaker_start=start,
        speaker_end=start + len(mention),
        cue=cue,
        cue_start=at,
        cue_end=at + len(cue),
        mode="indirect",
        content_start=0,
        content_end=10,
    )


def test_a_phrase_in_apposition_to_a_name_is_that_name() -> None:
    text = (
        '"It is a clear lead," pollster Ines Moreau, part of the team that ran the survey, '
        "told reporters."
    )
    att = _att(text, "part of the team that ran the survey", "told")
    assert apposed_name(text, att) == "Ines Moreau"


def test_an_office_of_a_body_after_a_name_is_that_name() -> None:
    text = "Karl Brandt, leader of the Green group on the council says that: cuts will come."
    att = _att(text, "leader of the Green group on the council", "says")
    assert apposed_name(text, att) == "Karl Brandt"


def test_no_apposition_without_its_closing_comma_or_for_a_group() -> None:
    text = "He met Ann Lee, an aide said."
    assert apposed_name(text, _att(text, "an aide", "said")) is None
    text = "Indeed, proponents of more controls say the law works."
    assert apposed_name(text, _att(text, "proponents of more controls", "say")) is None
