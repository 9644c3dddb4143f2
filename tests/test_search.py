"""The search index: typo tolerance, ranking, persistence, sync with the store, motion ranking."""

from __future__ import annotations

from pathlib import Path

import pytest
from kamerboek.store.library import Library
from kamerboek.store.search import SearchIndex, Segment, normalise, rank_choices, words

from .apphelpers import copy_store, make_store


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("samples"))


@pytest.fixture
def library(sample_db: Path, tmp_path: Path) -> Library:
    return Library(copy_store(sample_db, tmp_path))


def _brief(library: Library) -> str:
    return next(d.id for d in library.documents() if d.source.startswith("brief-"))


@pytest.mark.parametrize("query", ["Solvinity", "solvinty", "SOLVINITY", "solvi", "kyndryl solvinity"])
def test_solvinity_question_found_with_typos_and_prefix(library: Library, query: str) -> None:
    hits = library.search(query)
    assert hits, query
    assert (hits[0].doc_id, hits[0].number) == (_brief(library), 37)
    assert "solvinity" in hits[0].terms


def test_all_words_matched_rank_first(library: Library) -> None:
    hits = library.search("normaliter uitspraken")
    assert hits[0].matched == 2 and hits[0].number == 37
    assert all(h.matched <= hits[0].matched for h in hits)


def test_exact_word_outranks_typo_match(library: Library) -> None:
    hits = library.search("financiele")
    assert "financiele" in hits[0].terms


def test_stopwords_only_and_empty_queries(library: Library) -> None:
    assert library.search("") == []
    assert library.search("de het")  # only function words: still answers


def test_normalise_strips_diacritics() -> None:
    assert normalise("Financiële Überzicht") == "financiele uberzicht"
    assert words("NIS2-richtlijn, 2027!") == ["nis2", "richtlijn", "2027"]
    # only non-ASCII words are folded; the ASCII ones beside them pass through unchanged
    assert words("De Financiële Überzicht’s van IJssel en Ĳssel, ﬁscaal ½") == [
        "de", "financiele", "uberzicht", "s", "van", "ijssel", "en", "ijssel", "fiscaal", "1", "2",
    ]


def test_index_is_persisted_and_reloaded(library: Library) -> None:
    library.search("Solvinity")
    stem = library.store.paths.stem
    assert (stem.parent / (stem.name + ".index.json")).exists()
    fresh = SearchIndex(stem)
    assert fresh.load()
    hit = fresh.search("Solvinity")[0]
    assert hit.number == 37


def test_damaged_index_is_rebuilt(library: Library) -> None:
    library.search("x")
    stem = library.store.paths.stem
    (stem.parent / (stem.name + ".index.json")).write_text("{kapot", encoding="utf-8")
    again = Library(library.path)
    assert again.search("Solvinity")[0].number == 37


def test_sync_follows_removed_and_added_documents(library: Library, tmp_path: Path) -> None:
    brief = _brief(library)
    assert library.search("Solvinity")
    library.remove(brief)
    assert library.search("Solvinity") == []
    extra = tmp_path / "extra.txt"
    extra.write_text("Vraag 1\nWat weet u van Zwolsmanbanken?\n\nAntwoord\nNiets.\n", encoding="utf-8")
    library.import_paths([extra])
    hits = library.search("zwolsmanbanken")
    assert hits and hits[0].number == 1
    assert len(library.search_index().segments) >= 1


def test_segment_build_and_query_directly() -> None:
    seg = Segment.build([("a", 1, "De motie over cloudgebruik"), ("b", 2, "Iets anders over cloud")])
    index = SearchIndex(Path("/nonexistent/x"))
    index.segments = [seg]
    hits = index.search("cloud")
    assert {(h.doc_id, h.number) for h in hits} == {("b", 2), ("a", 1)}
    assert index.search("clout")  # one typo


MOTIONS = [
    "26643-1317 26643 1317 Kathmann Six Dijkstra",
    "26643-1318 26643 1318 Six Dijkstra Kathmann",
    "36740-VII-35 36740 VII 35 Buijsse",
]


@pytest.mark.parametrize(
    ("query", "first"),
    [("kathman 1317", 0), ("1317", 0), ("six dijkstra cloud", 0), ("buisse", 2), ("26643-1318", 1)],
)
def test_rank_choices_for_motions(query: str, first: int) -> None:
    assert rank_choices(query, MOTIONS)[0] == first


def test_rank_choices_number_must_be_present() -> None:
    assert rank_choices("9999", MOTIONS) == []
