"""'said the Serb': the person named before whom the article gives no other nationality."""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.nations import Nationalities


def _said(text: str, start: str) -> list[str]:
    return [
        c.attribution.speaker
        for c in extract_text(text, "a")
        if c.attribution is not None and c.attribution.speaker_text.startswith(start)
    ]


def test_a_nation_noun_is_the_subject_before_of_no_other_nationality() -> None:
    for noun, adjective, name in (
        ("Serb", "Serbian", "Ana Petrovic"),
        ("Dane", "Danish", "Mette Holm"),
        ("Pole", "Polish", "Ola Nowak"),
    ):
        text = (
            "Open\n\n"
            f"{adjective} player {name} had won the title twice. "
            f"Czech teenager Eva Novak beat {name.split()[-1]} 6-3 6-2 on Friday. "
            f'"She was too good for me today," said the {noun}, who won here in 2019.\n'
        )
        assert _said(text, "the") == [name], noun


def test_a_nation_noun_after_a_quote_is_the_subject_it_follows() -> None:
    text = (
        "Final\n\n"
        "Luka Horvat lost 4-6 6-7 in the final. "
        '"I had 3 chances and took none," the Croat said.\n'
    )
    assert _said(text, "the") == ["Luka Horvat"]


def test_nationalities_are_read_from_a_demonym_before_a_name() -> None:
    nations = Nationalities("Belgian teenager Tom Van Acker beat the Austrian Lukas Brandt.")
    assert not nations.may_be("Tom Van Acker", "the serb")
    assert nations.may_be("Tom Van Acker", "the belgian")
    assert nations.may_be("Lukas Brandt", "the austrian")
    assert nations.may_be("Ann Lee", "the serb")  # no nationality given: may be
