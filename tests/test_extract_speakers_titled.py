"""A titled person in a speaker phrase is the speaker, not the body they are of or at."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.titled import titled_person


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
