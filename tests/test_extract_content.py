"""What a claim says: the content span of each attribution, pinned with sentences of our own."""

from __future__ import annotations

from tracker.extract import extract_text


def said(text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of every attributed claim of ``text`` (a body under a headline)."""
    body = "Headline\n\n" + text
    return [
        (
            c.attribution.speaker,
            c.attribution.cue,
            body[c.attribution.content_start : c.attribution.content_end],
        )
        for c in extract_text(body, "a_t")
        if c.attribution is not None
    ]


def test_a_noun_phrase_after_the_cue_is_the_subject_of_what_was_said() -> None:
    got = said("Jane Alder said the mayor's claim that rents were falling was wrong.")
    assert got == [("Jane Alder", "said", "the mayor's claim that rents were falling was wrong")]


def test_a_second_that_clause_joined_by_and_keeps_the_first() -> None:
    got = said("Tom Brook said neighbours heard a shot and that a car drove off.")
    assert got == [("Tom Brook", "said", "neighbours heard a shot and that a car drove off")]


def test_whom_and_when_before_that_are_skipped() -> None:
    got = said("Jane Alder told reporters on Friday that rents were falling.")
    assert got == [("Jane Alder", "told", "rents were falling")]
    got = said("Tom Brook said in a statement that rents were falling.")
    assert got == [("Tom Brook", "said", "rents were falling")]


def test_a_stance_inside_what_was_said_does_not_end_it() -> None:
    got = said("Officials say the driver ignored a red light and refused to stop.")
    assert got == [("Officials", "say", "the driver ignored a red light and refused to stop")]
    got = said("The panel says the public and most doctors support a ban on the drug.")
    assert got == [("The panel", "says", "the public and most doctors support a ban on the drug")]


def test_a_second_statement_still_ends_the_first() -> None:
    got = said("The mayor said rents were falling, and Tom Brook said they were not.")
    assert [c for _, _, c in got] == ["rents were falling", "they were not"]


def test_what_was_said_ends_before_another_source() -> None:
    got = said("Officials have said the bridge will reopen in May, according to the council.")
    assert ("Officials", "said", "the bridge will reopen in May") in got


def test_what_was_said_ends_before_a_relative_clause_someone_says() -> None:
    text = "Jane Alder said thefts rose 12% last year, which she said the police must address."
    assert said(text)[0] == ("Jane Alder", "said", "thefts rose 12% last year")


def test_a_question_in_a_quote_is_left_out_of_the_one_statement_beside_it() -> None:
    text = '"Why did the vote fail? Nobody on the board wanted it," said Jane Alder.'
    assert said(text) == [("Jane Alder", "said", 'Nobody on the board wanted it,"')]


def test_after_described_as_comes_what_was_said_of_someone() -> None:
    got = said("Jane Alder described the new mayor as a reckless spender.")
    assert got == [("Jane Alder", "described", "a reckless spender")]
    got = said('Tom Brook characterized Gov. Ann Lee, R-Ohio, as, "tired of the job."')
    assert got == [("Tom Brook", "characterized", '"tired of the job."')]


def test_after_told_and_whom_comes_how_or_what() -> None:
    got = said("Jane Alder told the radio host on Monday how worried she was about rents.")
    assert got == [("Jane Alder", "told", "how worried she was about rents")]


def test_an_order_is_no_claim_but_a_statement_beside_it_is() -> None:
    text = '"Please stay inside," the officer says. "Let\'s go. The road is closed."'
    assert said(text) == [("the officer", "says", 'The road is closed."')]


def test_an_order_to_someone_is_no_claim() -> None:
    assert said("The guards yelled at them to leave the square.") == []


def test_a_phrase_that_states_nothing_is_no_claim_even_split_by_a_day() -> None:
    assert said("Tom Brook called Friday for a new inquiry into the crash.") == []


def test_a_participle_after_said_is_what_the_speaker_did() -> None:
    text = "“You ignored the warnings” for months, Jane Alder said, pointing to the report."
    got = said(text)
    assert got == [("Jane Alder", "said", "“You ignored the warnings” for months")]


def test_a_negated_cue_states_nothing() -> None:
    assert said("The report does not mention the two closed wards.") == []


def test_a_heading_in_capitals_is_no_claim() -> None:
    assert said("THE MAYOR THINKS RENTS ARE TOO HIGH — and the council agrees.") == []


def test_a_cue_inside_its_own_speakers_statement_is_no_second_claim() -> None:
    got = said("Jane Alder said on Monday that she believes the tax should go.")
    assert got == [("Jane Alder", "said", "she believes the tax should go")]


def test_what_was_said_ends_before_a_second_verb_of_saying() -> None:
    text = (
        'Jane Alder said on Monday that she thinks the plan is sound but said "it costs too much."'
    )
    assert ("Jane Alder", "said", "she thinks the plan is sound") in said(text)


def test_what_a_naming_cue_says_is_the_name_given() -> None:
    got = said("The union called the offer insulting and has asked for talks.")
    assert got == [("The union", "called", "the offer insulting")]


def test_a_name_given_after_a_comma_is_no_claim() -> None:
    assert said("Ann Steel and Tom Brook, dubbed the Bridge Two, were fined £50.") == []


def test_a_quote_broken_off_by_its_speaker_goes_on_after_the_cue() -> None:
    text = (
        '"Every time you cut a bus route," Tom Brook said, pointing at the map, "you lose a town."'
    )
    ((speaker, cue, content),) = said(text)
    assert (speaker, cue) == ("Tom Brook", "said")
    assert content.startswith('"Every time') and content.endswith('you lose a town."')


def test_a_plain_object_of_a_verb_of_saying_is_no_statement() -> None:
    assert said("The club has added a second match on Sunday, played at noon.") == []
    assert said("Rivals cite the 1998 final, when the referee erred.") == []
    got = said("Tom Brook added the stadium was already full.")
    assert got == [("Tom Brook", "added", "the stadium was already full")]


def test_what_figures_show_ends_before_the_writers_detail() -> None:
    got = said("Surveys show a tight race in the county, where 12 seats are open.")
    assert got == [("Surveys", "show", "a tight race in the county")]


def test_where_it_was_said_set_off_by_a_comma_is_no_part_of_it() -> None:
    got = said("Jane Alder said in a radio interview, the budget was already spent.")
    assert got == [("Jane Alder", "said", "the budget was already spent")]
    got = said("Jane Alder said at the meeting, which ran late, the budget was spent.")
    assert got[0][2].startswith("the meeting")


def test_after_went_on_to_and_a_verb_of_saying_comes_what_was_said() -> None:
    got = said("Jane Alder went on to warn that rents would rise again.")
    assert got == [("Jane Alder", "went on", "rents would rise again")]


def test_two_cues_of_one_speaker_for_the_same_words_are_one_claim() -> None:
    assert len(said('Jane Alder went on: "Rents will rise again."')) == 1


def test_a_source_named_after_the_statement_reports_it() -> None:
    got = said("Bonuses were cut to $300 a month, The Daily Courier reports.")
    assert [(c, t) for _, c, t in got] == [("reports", "Bonuses were cut to $300 a month")]


def test_what_a_study_claims_is_a_statement() -> None:
    got = said("Leeds research claims banning the drug would save 40 lives a year.")
    assert [(c, t) for _, c, t in got] == [
        ("claims", "banning the drug would save 40 lives a year")
    ]
