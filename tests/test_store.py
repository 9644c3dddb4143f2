"""The store: idempotent imports, replacement by new versions, atomicity, corruption handling."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from kamerboek.store.db import SCHEMA_VERSION, StoreCorruptError, StoreError
from kamerboek.store.library import Library, LookupFailed
from kamerboek.store.model import PARSER_VERSION

from .conftest import LAYOUTS, SAMPLES


def test_import_is_idempotent(db_path: Path):
    lib = Library(db_path)
    first = lib.import_paths([SAMPLES])
    assert len(first.added) == 2 and first.questions == 91 and first.unanswered == 9
    before = db_path.read_bytes()
    second = Library(db_path).import_paths([SAMPLES])
    assert second.added == [] and len(second.unchanged) == 2
    assert db_path.read_bytes() == before  # nothing rewritten


def test_documents_survive_reopen_with_questions(db_path: Path):
    Library(db_path).import_paths([SAMPLES])
    lib = Library(db_path)
    docs = {d.kind: d for d in lib.documents()}
    lijst = docs["lijst-van-vragen-en-antwoorden"]
    assert lijst.question_count == 52 and lijst.counts["unanswered"] == 9
    doc = lib.document(lijst.id)
    assert doc.questions[24].deferred_to == "de Minister van Economische Zaken"
    assert lib.question(lijst.id, 42).refers_to == (41,)
    assert lib.find_document("36850-VII-3").id == lijst.id
    assert lib.find_document("36 850 XIII, nr. 3").id == lijst.id
    assert lib.find_document("2026A02691").kind == "beantwoording-brief"
    assert lib.find_document("najaarsnota").id == lijst.id
    with pytest.raises(LookupFailed, match="geen document"):
        lib.find_document("bestaat-niet")


def test_store_layout_shares_the_stem(db_path: Path):
    Library(db_path).import_paths([SAMPLES])
    names = sorted(p.name for p in db_path.parent.iterdir())
    assert "kamerboek.json" in names and "kamerboek.docs" in names and "kamerboek.lock" in names
    data = json.loads(db_path.read_text())
    assert list(data["_meta"].values()) == [{"schema": SCHEMA_VERSION}]
    assert len(data["documents"]) == 2  # one record per document
    shard = next((db_path.parent / "kamerboek.docs").glob("*.json"))
    assert len(json.loads(shard.read_text())["questions"]) in (39, 52)  # one record per question


def test_changed_version_replaces_old_one_whole(db_path: Path, tmp_path: Path):
    src = (SAMPLES / "kst-36850-VII-3-vragen-antwoorden-najaarsnota-2025-digitale-zaken.txt").read_text()
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "a.txt").write_text(src)
    lib = Library(db_path)
    lib.import_paths([folder / "a.txt"])
    old_id = lib.documents()[0].id
    (folder / "b.txt").write_text(src.replace("Zie het antwoord op vraag 10.", "Zie het antwoord op vraag 9."))
    report = lib.import_paths([folder / "b.txt"])
    assert report.replaced == [old_id]
    docs = Library(db_path).documents()
    assert len(docs) == 1 and docs[0].id != old_id
    assert Library(db_path).question(docs[0].id, 52).refers_to == (9,)
    # the old shard is gone once no catalogue (nor the backup) needs it
    lib.import_paths([LAYOUTS / "pdf-export.txt"])
    shards = {p.name.split(".")[0] for p in (db_path.parent / "kamerboek.docs").glob("*.json")}
    assert old_id not in shards and docs[0].id in shards


def test_same_source_name_without_kamerstuk_replaces(db_path: Path, tmp_path: Path):
    path = tmp_path / "brief.txt"
    path.write_text("Vraag 1\nWat?\nAntwoord\nDit.\n")
    lib = Library(db_path)
    lib.import_paths([path])
    path.write_text("Vraag 1\nWat?\nAntwoord\nDat.\n")
    lib.import_paths([path])
    docs = lib.documents()
    assert len(docs) == 1 and lib.document(docs[0].id).questions[0].answer == "Dat."


def test_failed_files_do_not_stop_the_good_ones(db_path: Path, tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "leeg.txt").write_text("")
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "in" / "brief.txt").write_text("Beste,\nGeen vragen hier.\n")
    shutil.copy(LAYOUTS / "kamervragen-aanhangsel.txt", tmp_path / "in")
    report = Library(db_path).import_paths([tmp_path / "in"])
    assert len(report.added) == 1
    reasons = {p.name: r for p, r in report.failed}
    assert reasons["leeg.txt"] == "het bestand is leeg"
    assert "binair" in reasons["bin.txt"] or "geen tekstbestand" in reasons["bin.txt"]
    assert "geen vragen gevonden" in reasons["brief.txt"]


def test_corrupt_store_is_never_overwritten(db_path: Path):
    lib = Library(db_path)
    lib.import_paths([SAMPLES])
    lib.import_paths([LAYOUTS / "pdf-export.txt"])  # a second batch, so a backup exists
    backup = db_path.with_name("kamerboek.bak.json")
    assert backup.exists()
    garbage = b'{"_meta": {"1": {"schema": 1}}, "documents": {"1": {"id": "x"'  # truncated
    db_path.write_bytes(garbage)
    with pytest.raises(StoreCorruptError) as info:
        Library(db_path)
    message = str(info.value)
    assert str(db_path) in message and "beschadigd" in message and str(backup) in message
    # a writer that opened before the damage must not overwrite it either
    with pytest.raises(StoreCorruptError):
        lib.import_paths([LAYOUTS / "windows-1252.txt"])
    assert db_path.read_bytes() == garbage


def test_store_from_a_newer_version_is_refused(db_path: Path):
    db_path.parent.mkdir(parents=True)
    db_path.write_text(json.dumps({"_meta": {"1": {"schema": SCHEMA_VERSION + 1}}, "documents": {}}))
    with pytest.raises(StoreError, match="nieuwere kamerboek"):
        Library(db_path)


def test_remove_and_refresh_between_two_handles(db_path: Path):
    a = Library(db_path)
    a.import_paths([SAMPLES])
    b = Library(db_path)
    target = b.find_document("2026A02691")
    b.remove(target.id)
    assert a.refresh() is True
    assert [d.kind for d in a.documents()] == ["lijst-van-vragen-en-antwoorden"]
    assert a.refresh() is False


def test_batches_write_the_catalogue_once_per_batch(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    from kamerboek.store import db as dbmod

    writes: list[Path] = []
    real = dbmod.atomic_write_bytes

    def counting(path: Path, data: bytes) -> None:
        writes.append(path)
        real(path, data)

    monkeypatch.setattr(dbmod, "atomic_write_bytes", counting)
    Library(db_path).import_paths(sorted(LAYOUTS.glob("*.txt")) + [SAMPLES])
    assert writes.count(db_path) == 1


def test_store_from_an_older_version_is_migrated_and_original_kept(db_path: Path):
    lib = Library(db_path)
    lib.import_paths([SAMPLES])
    data = json.loads(db_path.read_text())
    old = {"documents": data["documents"]}  # a version-0 catalogue: no _meta, fewer fields
    for rec in old["documents"].values():
        rec.pop("motion_statuses")
    db_path.write_text(json.dumps(old))
    original = db_path.read_bytes()
    migrated = Library(db_path)
    assert len(migrated.documents()) == 2
    assert migrated.document(migrated.find_document("2026A02691").id).questions[27].status == "referred"
    assert db_path.with_name("kamerboek.v0.bak.json").read_bytes() == original
    assert list(json.loads(db_path.read_text())["_meta"].values()) == [{"schema": SCHEMA_VERSION}]


def test_document_with_thousands_of_questions_and_escape_codes(db_path: Path, tmp_path: Path):
    parts = [f"Vraag {n}\nHoeveel kost \x1b[31monderdeel\x1b[0m {n}?\x07\nAntwoord\nOnderdeel {n} kost € {n},- .\n" for n in range(1, 3001)]
    path = tmp_path / "groot.txt"
    path.write_text("Lijst van vragen en antwoorden\n" + "".join(parts), encoding="utf-8")
    report = Library(db_path).import_paths([path])
    assert report.questions == 3000
    lib = Library(db_path)
    doc = lib.document(lib.documents()[0].id)
    assert doc.questions[2999].question == "Hoeveel kost onderdeel 3000?"
    assert all("\x1b" not in q.question and "\x07" not in q.question for q in doc.questions)


def _stored_by_an_older_parser(db_path: Path, path: Path) -> tuple[Library, str, int]:
    """Store ``path`` as an older parser would have left it: version 1, and only the first
    question (the HTML-table parse of version 1 got the questions wrong in just this way)."""
    from dataclasses import replace

    from kamerboek.store.library import parse_file

    doc = parse_file(path)
    assert doc.parser_version == PARSER_VERSION > 1 and len(doc.questions) > 1
    old = replace(doc, parser_version=1, questions=doc.questions[:1])
    lib = Library(db_path)
    lib.store.apply([old])
    return lib, doc.id, len(doc.questions)


def test_newer_parser_refreshes_a_stored_document(db_path: Path):
    path = LAYOUTS / "table-rows-tabbed.txt"
    lib, doc_id, n_questions = _stored_by_an_older_parser(db_path, path)
    other = Library(db_path)  # another process, which has read the old questions
    assert len(other.document(doc_id).questions) == 1
    last_question = lib.document(doc_id).questions[0].question
    before = lib.search_index()
    assert before.revisions == {}

    report = lib.import_paths([path])
    assert report.replaced == [doc_id] and [d.id for d in report.added] == [doc_id]
    assert report.unchanged == []
    fresh = Library(db_path)
    assert len(fresh.document(doc_id).questions) == n_questions
    assert fresh.store.record(doc_id)["question_count"] == n_questions
    # the old questions stay on disk while the backup catalogue still describes them
    shards = {p.name for p in (db_path.parent / "kamerboek.docs").glob("*.json")}
    assert {f"{doc_id}.json", f"{doc_id}.p{PARSER_VERSION}.json"} <= shards
    other.store.reload()
    assert len(other.document(doc_id).questions) == n_questions
    # the search index saw the re-parse: the later questions are found now
    later = fresh.document(doc_id).questions[-1]
    assert later.question != last_question
    hits = fresh.search(later.question[:60])
    assert (doc_id, later.number) in {(h.doc_id, h.number) for h in hits}
    assert fresh.search_index().revisions == {doc_id: PARSER_VERSION}
    assert fresh.search_index().sync({doc_id: PARSER_VERSION}, lambda d: []) is False  # persisted

    again = Library(db_path).import_paths([path])
    assert again.added == [] and [d.id for d in again.unchanged] == [doc_id]
    Library(db_path).import_paths([LAYOUTS / "pdf-export.txt"])  # the next write retires v1
    shards = {p.name for p in (db_path.parent / "kamerboek.docs").glob("*.json")}
    assert f"{doc_id}.json" not in shards and f"{doc_id}.p{PARSER_VERSION}.json" in shards


def test_document_from_a_newer_parser_is_not_downgraded(db_path: Path):
    from dataclasses import replace

    from kamerboek.store.library import parse_file

    path = LAYOUTS / "table-rows-tabbed.txt"
    doc = parse_file(path)
    newer = replace(doc, parser_version=doc.parser_version + 1, questions=doc.questions[:2])
    lib = Library(db_path)
    lib.store.apply([newer])
    report = lib.import_paths([path])
    assert report.added == [] and report.replaced == [] and len(report.unchanged) == 1
    assert len(Library(db_path).document(doc.id).questions) == 2


def test_find_an_aanhangsel_by_its_code(db_path: Path):
    lib = Library(db_path)
    lib.import_paths([LAYOUTS / "aanhangsel-pdf-page-footnotes.txt"])
    assert lib.find_document("ah-tk-20222023-3650").reference == "ah-tk-20222023-3650"
    assert lib.find_document("AH-TK-20222023-3650").reference == "ah-tk-20222023-3650"  # as typed


def test_catalogue_keeps_what_lists_need_and_the_shard_the_rest(db_path: Path):
    """The catalogue is read whole at every start: a document's motions, footnotes and
    leftovers live in its shard, and the document read back is the one parsed."""
    from dataclasses import replace

    from kamerboek.store.library import parse_file

    Library(db_path).import_paths([SAMPLES])
    records = json.loads(db_path.read_text(encoding="utf-8"))["documents"]
    assert len(records) == 2
    for rec in records.values():
        assert not {"questions", "motions", "footnotes", "leftovers"} & rec.keys()
        assert rec["motion_list"] and all(len(entry) == 3 for entry in rec["motion_list"])
    lib = Library(db_path)
    for path in sorted(SAMPLES.glob("*.txt")):
        parsed = parse_file(path)
        stored = lib.document(parsed.id)
        assert stored.motions and stored.leftovers and stored == replace(parsed, imported_at=stored.imported_at)
    najaarsnota = next(r for r in records.values() if r["kind"] == "lijst-van-vragen-en-antwoorden")
    assert ["26643-1408", ["Six Dijkstra"], 2] in najaarsnota["motion_list"]  # question 48: twice


def test_records_stored_before_the_slim_catalogue_still_read(db_path: Path):
    """A store written before 2026-11-23: motions, footnotes and leftovers in the catalogue
    record, no "document" table in the shard, no motion_list. Everything still reads."""
    Library(db_path).import_paths([SAMPLES])
    lib = Library(db_path)
    before_docs = {d.id: lib.document(d.id) for d in lib.documents()}
    before_motions = sorted((m.id or "", m.submitters, m.mentions, m.documents) for m in lib.motions())
    data = json.loads(db_path.read_text(encoding="utf-8"))
    for rec in data["documents"].values():
        shard = db_path.parent / f"{db_path.stem}.docs" / f"{rec['id']}.p{PARSER_VERSION}.json"
        tables = json.loads(shard.read_text(encoding="utf-8"))
        rec.update(next(iter(tables.pop("document").values())))  # back into the record
        del rec["motion_list"]
        shard.write_text(json.dumps(tables), encoding="utf-8")
    db_path.write_text(json.dumps(data), encoding="utf-8")
    old = Library(db_path)
    assert {d.id: old.document(d.id) for d in old.documents()} == before_docs
    # (such records counted the questions naming a motion: 26643-1408 had 2, not 3)
    after = {m.id: m for m in old.motions()}
    assert after["26643-1408"].mentions == 2 and after["26643-1408"].documents == 2
    assert len(old.motions()) == len(before_motions)


def test_motion_list_is_kept_until_the_catalogue_changes(db_path: Path):
    """The motion finder asks for the list at every opening: built once per catalogue state."""
    lib = Library(db_path)
    najaarsnota = sorted(SAMPLES.glob("kst-*.txt"))
    lib.import_paths(najaarsnota)
    first = lib.motions()
    assert lib.motions() == first and lib.motions() is not first  # (a copy: callers may sort it)
    assert all(a is b for a, b in zip(lib.motions(), first))  # the same records: not rebuilt
    assert {m.id: m.documents for m in first}["26643-1408"] == 1
    lib.import_paths(sorted(SAMPLES.glob("brief-*.txt")))
    assert {m.id: m.documents for m in lib.motions()}["26643-1408"] == 2
    other = Library(db_path)  # another process removes the letter; this one reloads
    other.remove(next(d.id for d in other.documents() if d.kind != "lijst-van-vragen-en-antwoorden"))
    lib.refresh()
    assert {m.id: m.documents for m in lib.motions()}["26643-1408"] == 1
