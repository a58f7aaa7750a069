"""How a speaker's phrase is read: where the name is in it, and which name it is."""

from __future__ import annotations

from tracker.extract import extract_text
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
