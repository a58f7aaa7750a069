"""Matching: scores, figures, cleaning, and what ingest and `tracker match` do with them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tracker.cli import cli
from tracker.extract.quantities import find_quantities
from tracker.figures import compare_figures, figure_changes
from tracker.matching import MatchIndex, clean
from tracker.model import Quantity
from tracker.workspace import Workspace

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def q(text: str):
    return find_quantities(text, 0, len(text))


def test_same_figure_written_differently_is_same() -> None:
    assert (
        compare_figures(
            q("sending back $900 million a year"), q("sending back $0.9 billion a year")
        )
        == "same"
    )
    assert compare_figures(q("43% of voters"), q("43 percent of voters")) == "same"


def test_different_count_is_changed_and_both_values_are_shown() -> None:
    a, b = q("as many as 150,000 workers"), q("as many as 100,000 workers")
    assert compare_figures(a, b) == "changed"
    ((mine, theirs),) = figure_changes(a, b)
    assert (mine.value, theirs.value) == (150000, 100000)


def test_no_figures_means_none() -> None:
    assert compare_figures(q("Blinken spoke."), q("He has 3 cats.")) == "none"


def _index(*texts: str) -> MatchIndex:
    index = MatchIndex()
    fillers = [
        "The weather in Paris was mild this spring.",
        "A new bridge opened in the city centre on Monday.",
        "Football fans celebrated the league title.",
        "Farmers expect a record wheat harvest.",
    ]
    for k, t in enumerate([*texts, *fillers]):
        index.add(f"k{k}", t, q(t))
    return index


def test_exact_repeat_scores_above_a_subset_and_both_above_noise() -> None:
    full = "North Korea sends remittances from overseas workers back to the regime in Pyongyang"
    subset = "North Korea sends remittances"
    index = _index(full, subset)
    hits = {index.keys[h.index]: h.score for h in index.search(full, top=6)}
    assert hits["k0"] > hits["k1"]  # the subset does not score like the whole
    assert hits["k0"] >= 95
    assert hits["k1"] < 90
    assert all(score < 40 for key, score in hits.items() if key not in ("k0", "k1"))


def test_rare_words_outweigh_common_ones() -> None:
    index = _index("the remittances of the workers", "the of the and the workers the")
    best = index.search("remittances from workers")[0]
    assert index.keys[best.index] == "k0"


def test_urls_and_bylines_are_noise_and_handles_are_names() -> None:
    tweet = (
        "Trump says the wall is done https://t.co/xyz pic.twitter.com/abc — Jo (@jo) May 1, 2019"
    )
    assert clean(tweet) == "Trump says the wall is done Jo 2019"  # the byline: author, year
    assert clean("#BuildTheWall now @someone") == "Build The Wall now someone"
    # A handle in the text names someone: the name stays, as words.
    assert clean("Ask @BillClinton and @danney_williams") == "Ask Bill Clinton and danney williams"
    index = _index("Trump says the wall is done")
    assert index.search(tweet)[0].score >= 75  # the byline adds its author and year


def test_same_words_from_another_speaker_still_match(db_path: Path, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Day one\nThe minister said 40 schools will close next year.")
    b.write_text("Day two\nThe mayor said 40 schools will close next year.")
    ws = Workspace(db_path)
    ws.ingest([str(a), str(b)])
    later = next(c for c in ws.claims() if c.speaker == "The mayor")
    (m,) = later.matches
    earlier = ws.claim(m.claim_id)
    assert earlier.speaker == "The minister" and m.figures == "same" and m.score >= 75


def test_ingest_stores_earlier_twins_with_changed_figures(db_path: Path) -> None:
    ws = Workspace(db_path)
    ws.ingest([str(SEEDS)])
    matched = [c for c in ws.claims() if c.matches]
    assert matched
    assert any(m.figures == "changed" for c in matched for m in c.matches)
    for c in matched:  # twins are earlier claims from other articles
        for m in c.matches:
            assert ws.claim(m.claim_id).article_id != c.article_id


def test_match_command_json_contract_and_stdin(db_path: Path) -> None:
    ws = Workspace(db_path)
    ws.ingest([str(SEEDS)])
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["--db", str(db_path), "match", "--json", "--top", "3"],
        input="a study put the number of North Korean workers as high as 150,000\n\nBlinken said revenue\n",
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["query"] for x in lines] == [
        "a study put the number of North Korean workers as high as 150,000",
        "Blinken said revenue",
    ]
    first = lines[0]["matches"]
    assert 1 <= len(first) <= 3
    contract = {"claim_id", "external_id", "score", "text", "status", "figures"}
    assert contract <= set(first[0])  # the contract's fields, plus 'strength'
    assert first[0]["strength"] in ("probable", "possible", "weak")
    assert first == sorted(first, key=lambda m: m["score"], reverse=True)
    ws.set_status([first[0]["claim_id"]], "disputed")  # a verdict travels with the match
    again = runner.invoke(cli, ["--db", str(db_path), "match", "--json", lines[0]["query"]])
    assert json.loads(again.stdout)["matches"][0]["status"] == "disputed"


TEXTS = [
    "As many as 150,000 North Korean workers abroad send money home.",
    "North Korea earns $900 million a year from workers abroad.",
    "The mayor said 40 schools will close next year.",
    "Forty schools will close next year, the mayor said.",
    "Unemployment fell to 4.1 percent in March.",
]


def _loader(slot: int) -> tuple[str, list]:
    return TEXTS[slot], q(TEXTS[slot])


def _saved(tmp_path: Path) -> tuple[MatchIndex, Path]:
    built = MatchIndex(_loader)
    for k, text in enumerate(TEXTS):
        built.add(f"k{k}", text, q(text))
    path = tmp_path / "ix.npz"
    built.save(path)
    return built, path


def test_a_saved_index_reads_back_and_ranks_the_same(tmp_path: Path) -> None:
    built, path = _saved(tmp_path)
    loaded = MatchIndex.load(path, _loader)
    assert loaded is not None and loaded.keys == built.keys
    for query in ("150,000 workers abroad", "schools will close", "$0.9 billion a year"):
        assert loaded.search(query, q(query)) == built.search(query, q(query))
    # It grows like any index: a word seen on disk gets a new claim, and a new word too.
    extra = "Schools in the north will close, officials said."
    loaded.add("k5", extra, q(extra))
    built.add("k5", extra, q(extra))
    assert loaded.search("schools close north") == built.search("schools close north")
    assert loaded.quantities(1)[0].value == 900_000_000


def test_an_unreadable_or_foreign_index_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "ix.npz"
    assert MatchIndex.load(path, _loader) is None  # missing
    path.write_bytes(b"not a zip at all")
    assert MatchIndex.load(path, _loader) is None
    import numpy as np

    with open(path, "wb") as fh:
        np.savez(fh, head=np.frombuffer(b"tracker-match-index 0\nk0", dtype=np.uint8))
    assert MatchIndex.load(path, _loader) is None  # another version of the matcher


def test_the_workspace_keeps_its_index_beside_the_database(db_path: Path, tmp_path: Path) -> None:
    ws = Workspace(db_path)
    ws.ingest([str(SEEDS)])
    saved = ws.match_index_path
    assert saved.exists()
    query = "as many as 150,000 North Korean workers abroad"
    fresh = Workspace(db_path).match(query)  # reads the saved index
    saved.unlink()
    rebuilt = Workspace(db_path).match(query)  # builds it again, and saves it
    assert fresh == rebuilt and fresh and saved.exists()
    # Claims imported after the index was saved are added to it on the next use.
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"text": "Seven cats live in the embassy.", "id": "x1"}) + "\n")
    Workspace(db_path).import_archive(archive)
    hits = Workspace(db_path).match("seven cats in the embassy")
    assert hits and hits[0]["external_id"] == "x1"
    # An index saved for another database is not trusted.
    other = tmp_path / "other.json"
    Workspace(other).ingest([str(SEEDS / "reuters-north-korea-remittances.txt")])
    saved.write_bytes(Workspace(other).match_index_path.read_bytes())
    with_foreign_file = Workspace(db_path).match(query)
    saved.unlink()
    assert with_foreign_file == Workspace(db_path).match(query)


def test_a_year_is_a_term_and_a_byline_keeps_its_author_and_year() -> None:
    from tracker.matching import terms

    assert clean("Wall now. — Donald J. Trump (@realDonaldTrump) June 16, 2018") == (
        "Wall now. Donald J. Trump 2018"
    )
    assert "y2013" in terms("In 2013 the mayor spoke") and "y2013" in terms("back in 2013.")
    index = _index("In 2013 Trump criticized the NFL.", "In 2016 Trump criticized the NFL.")
    best = index.search("Trump criticized the NFL — Ann (@ann) October 8, 2013")[0]
    assert index.keys[best.index] == "k0"


def test_a_damaged_index_file_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    import numpy as np

    _built, path = _saved(tmp_path)
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["postings"] = arrays["postings"] + 1000  # claims that do not exist
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)
    assert MatchIndex.load(path, _loader) is None


def test_names_outside_ascii_stay_whole() -> None:
    from tracker.matching import terms

    words = terms("President Niinistö met Enrique Peña Nieto in Zürich")
    assert {"niinistö", "peña", "zürich"} <= set(words)


def test_one_workspace_matches_what_it_imported_after_matching(
    db_path: Path, tmp_path: Path
) -> None:
    ws = Workspace(db_path)
    ws.ingest([str(SEEDS / "reuters-north-korea-remittances.txt")])
    assert all(h["external_id"] != "x1" for h in ws.match("seven cats in the embassy"))
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"text": "Seven cats live in the embassy.", "id": "x1"}) + "\n")
    ws.import_archive(archive)
    hits = ws.match("seven cats in the embassy")
    assert hits and hits[0]["external_id"] == "x1"


def test_a_claim_adding_figures_to_its_twins_changed_none_of_them() -> None:
    """The twin states 120 posts and 35 libraries; this claim states those and 900 jobs and
    1,000: compare_figures says 'same', and no '120 -> 900' change is shown."""

    def count(text: str, value: float) -> Quantity:
        return Quantity(text, 0, len(text), value, "count", None)

    mine = [count("900", 900), count("1,000", 1000), count("120", 120), count("35", 35)]
    theirs = [count("120", 120), count("35", 35)]
    assert compare_figures(mine, theirs) == "same"
    assert figure_changes(mine, theirs) == []
    changed = [count("150,000", 150_000), count("35", 35)]
    assert [(m.text, t.text) for m, t in figure_changes(changed, theirs)] == [("150,000", "120")]
