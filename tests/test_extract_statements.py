"""A quote of several sentences is one claim per sentence, each by the same speaker."""

from __future__ import annotations

from tracker.extract import extract_text


def _attributed(text: str) -> list[tuple[str, str]]:
    return [
        (text[c.attribution.content_start : c.attribution.content_end], c.attribution.speaker)
        for c in extract_text(text, "a")
        if c.attribution is not None
    ]


def test_each_sentence_of_a_quote_is_a_claim_by_its_speaker() -> None:
    text = (
        "Debate verdict\n\n"
        "TV host Carl Mendes said: \u201cHis answers on tax were excellent. "
        "He was very good on the 3% growth figure. I think he won the night.\u201d\n"
    )
    said = _attributed(text)
    assert [s for _, s in said] == ["Carl Mendes"] * 3
    assert said[0][0].endswith("excellent.")
    assert said[1][0] == "He was very good on the 3% growth figure."
    assert said[2][0].startswith("I think he won")


def test_questions_and_scraps_are_no_statements_of_their_own() -> None:
    text = (
        "Stand-off\n\n"
        "\u201cWhy did the plant close? It lost 40m dollars in a year. Yes. "
        "Nobody told the 300 workers,\u201d union leader Ida Marr said.\n"
    )
    contents = [c for c, _ in _attributed(text)]
    assert not any(c.rstrip('\u201d"').endswith("?") for c in contents)
    assert any(c.startswith("It lost 40m dollars in a year. Yes.") for c in contents)
    assert len(contents) == 2


def test_a_claim_for_each_sentence_keeps_its_own_span() -> None:
    text = (
        "Verdict\n\n"
        "\u201cThe plan costs 5bn euros. It saves 2bn euros a year,\u201d minister Jo Beck said.\n"
    )
    claims = [c for c in extract_text(text, "a") if c.attribution is not None]
    assert len(claims) == 2 and len({c.id for c in claims}) == 2
    assert claims[0].text.startswith("\u201cThe plan costs 5bn euros.")
    assert claims[1].text.startswith("It saves 2bn euros") and claims[1].text.endswith("said.")
    assert [len(c.quantities) for c in claims] == [1, 1]  # each figure in one claim


def test_thanks_praise_and_orders_in_a_quote_are_no_claims() -> None:
    text = (
        "Rally\n\n"
        "\u201cThank you. Great, great people. The plant will hire 300 workers next year. "
        "Thank you very much,\u201d mayor Ada Pell said.\n\n"
        "\u201cSo vote, bring your sister, bring your neighbour,\u201d organiser Tom Reyes said.\n\n"
        "\u201cAsk the council. It spent 2m dollars on the bridge,\u201d Reyes added.\n"
    )
    contents = [c.strip("\u201c\u201d,. ") for c, _ in _attributed(text)]
    assert contents == [
        "The plant will hire 300 workers next year",
        "It spent 2m dollars on the bridge",
    ]


def test_a_verb_that_is_a_noun_subject_or_a_frame_keeps_the_claim() -> None:
    from tracker.extract.statements import says_nothing

    assert not says_nothing("Leave won the vote.")
    assert not says_nothing("Look, the economy grew.")
    assert not says_nothing("Sorry, but the figures are wrong.")
    assert not says_nothing("Thank you for nothing, the deficit doubled.")
    assert says_nothing("Suggest Maria talk to Josh or Eric.")
    assert says_nothing("No offense, no offense to Canada.")
    assert not says_nothing("move the company into its next era")  # a quoted fragment
    assert not says_nothing("Help me to get through the year and I will then stand down.")
    assert not says_nothing("Let the vote decide, because the Tories will restore hunting.")
    assert not says_nothing("Show me a firm that believes it can survive on calls.")


def test_orders_and_appeals_to_the_public_are_no_claims() -> None:
    for sentence in (
        '"Check whether you are owed the rebate," the adviser said.',
        '"Focus on the new routes, not the fares," the minister said.',
        "Anyone with information should call the hotline on 0800 555 0111, police said.",
        "Police said anyone who saw the 2am crash should contact them.",
    ):
        assert _attributed(f"Appeal\n\n{sentence}\n") == [], sentence


def test_who_may_do_something_and_a_verdict_on_anyone_are_claims() -> None:
    for sentence, content in (
        (
            "Anyone can apply for the £60,000 grant, the foundation said.",
            "Anyone can apply for the £60,000 grant",
        ),
        (
            '"Anyone who thinks 5% is enough is wrong," she said.',
            '"Anyone who thinks 5% is enough is wrong,"',
        ),
    ):
        assert [c for c, _ in _attributed(f"Appeal\n\n{sentence}\n")] == [content], sentence
