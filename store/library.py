"""The small API the front ends use; nothing else of ``store/`` is imported by ``tui/``.

It hides files, TinyDB and parsing behind questions a user would ask: which documents are
there, show me this one, import these files, what was said about this motion.

The parser (``parse``, ``readers``, ``refs``) is imported on first use, not with this module:
it compiles a few hundred regular expressions, a quarter of a second that opening the explorer
on a stored collection, ``list`` or ``search`` never need.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_path

from . import messages
from .db import (
    DEFAULT_WAIT,
    Store,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    preserialised,
    shard_bytes,
    unreadable_as_corrupt,
)
from .model import PARSER_VERSION, Document, Question

if TYPE_CHECKING:
    from .parse import ParseError
    from .readers import ReadError

ENV_DB = "KAMERBOEK_DB"
IMPORT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xml", ".docx", ".pdf"}
PARALLEL_FROM = 40  # files; below this, starting worker processes costs more than it saves
BATCH_SIZE = int(os.environ.get("KAMERBOEK_BATCH_SIZE", "200") or 200)  # documents per store write

__all__ = [
    "PARSER_VERSION",
    "DocumentSummary",
    "ImportReport",
    "Library",
    "LookupFailed",
    "MotionMentionRow",
    "MotionSummary",
    "ParseError",
    "ReadError",
    "StoreCorruptError",
    "StoreError",
    "StoreLockedError",
    "default_db_path",
    "parse_file",
    "sample_paths",
]


def __getattr__(name: str) -> Any:
    """``ParseError`` and ``ReadError``, from the parser, imported when first asked for."""
    if name == "ParseError":
        from .parse import ParseError

        return ParseError
    if name == "ReadError":
        from .readers import ReadError

        return ReadError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _parse_motion_id(text: str) -> str | None:
    """:func:`refs.parse_motion_id`, with refs imported on first use (see the module docstring)."""
    from .refs import parse_motion_id

    return parse_motion_id(text)


class LookupFailed(LookupError):
    """A document, question or motion the user named does not exist; ``str()`` is Dutch."""


def default_db_path() -> Path:
    """``--db`` wins, then ``KAMERBOEK_DB``, then the user's data folder."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return user_data_path("kamerboek", appauthor=False) / "kamerboek.json"


def sample_paths() -> list[Path]:
    """The bundled sample documents, also after a non-editable install."""
    spec = importlib.util.find_spec("kamerboek.sample_docs")
    folders = list(spec.submodule_search_locations or []) if spec else []
    return sorted(p for folder in folders for p in Path(folder).glob("*.txt"))


def parse_file(path: Path | str) -> Document:
    """Read and parse one file without touching any store. Raises ReadError/ParseError."""
    from .parse import parse_source
    from .readers import read_source

    return parse_source(read_source(Path(path)))


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What a list of documents needs, read from the catalogue without loading questions."""

    id: str
    source: str
    title: str | None
    kind: str
    kamerstuk: tuple[str, ...]
    kamerstuk_ids: tuple[str, ...]
    reference: str | None
    date: str | None
    committee: str | None
    question_count: int
    counts: dict[str, int]
    sections: tuple[str, ...]
    imported_at: str | None
    parser_version: int = 1

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> DocumentSummary:
        return cls(
            id=rec["id"],
            source=rec.get("source", ""),
            title=rec.get("title"),
            kind=rec.get("kind", ""),
            kamerstuk=tuple(rec.get("kamerstuk") or ()),
            kamerstuk_ids=tuple(rec.get("kamerstuk_ids") or ()),
            reference=rec.get("reference"),
            date=rec.get("date"),
            committee=rec.get("committee"),
            question_count=int(rec.get("question_count", 0)),
            counts=dict(rec.get("counts") or {}),
            sections=tuple(rec.get("sections") or ()),
            imported_at=rec.get("imported_at"),
            parser_version=int(rec.get("parser_version") or 1),
        )

    @property
    def display_title(self) -> str:
        return self.title or self.source


@dataclass(slots=True)
class ImportReport:
    """What an import did, file by file."""

    added: list[Document] = field(default_factory=list)
    unchanged: list[Document] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def questions(self) -> int:
        return sum(len(d.questions) for d in self.added)

    @property
    def unanswered(self) -> int:
        return sum(d.counts["unanswered"] for d in self.added)


ProgressFn = Callable[[int, int, Path], None]


def iter_import_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files to import: files as given, folders searched recursively for known types."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in IMPORT_SUFFIXES:
                    if not any(part.startswith(".") for part in child.relative_to(path).parts):
                        yield child
        else:
            yield path


# --------------------------------------------------------------------------- motions across documents


@dataclass(frozen=True, slots=True)
class MotionSummary:
    """One motion across the whole store, for the motion list and finder."""

    id: str | None
    submitters: tuple[str, ...]
    mentions: int  # times it is named (question, answer, footnote), over all documents
    documents: int
    latest_statuses: tuple[str, ...]  # what the newest document says (may be empty)
    latest_date: str | None
    doc_ids: tuple[str, ...]  # oldest first

    @property
    def label(self) -> str:
        """How the Kamer itself would name it: "motie-Kathmann/Six Dijkstra"."""
        names = "/".join(self.submitters) if self.submitters else "?"
        return f"motie-{names}"


@dataclass(frozen=True, slots=True)
class MotionMentionRow:
    """One mention of a motion, with where it stands and what the answer says."""

    motion_id: str | None
    doc_id: str
    doc_title: str
    doc_date: str | None
    question: int
    side: str
    text: str
    sentence: str
    statuses: tuple[str, ...]
    submitters: tuple[str, ...]
    start: int
    end: int
    linked_by: str | None = None  # see model.MotionMention.linked_by


class Library:
    """One store, opened. Cheap to create: only the catalogue is read."""

    def __init__(self, path: Path | str | None = None, wait: float = DEFAULT_WAIT) -> None:
        self.store = Store(Path(path) if path else default_db_path(), wait=wait)
        # (store generation, what it gave): rebuilt only when the catalogue changed
        self._documents: tuple[int, tuple[DocumentSummary, ...]] | None = None
        self._motions: tuple[int, tuple[MotionSummary, ...]] | None = None

    @property
    def path(self) -> Path:
        return self.store.path

    # ---- documents ----------------------------------------------------------------------

    def documents(self) -> list[DocumentSummary]:
        """All stored documents, newest date first (undated last). Kept until the catalogue
        changes (the explorer asks three times while it starts)."""
        if self._documents is None or self._documents[0] != self.store.generation:
            with unreadable_as_corrupt(self.store.corrupt_message):
                docs = [DocumentSummary.from_record(r) for r in self.store.records()]
                docs.sort(key=lambda d: (d.date or "", d.display_title), reverse=True)
            self._documents = (self.store.generation, tuple(docs))
        return list(self._documents[1])

    def is_empty(self) -> bool:
        return not self.store.records()

    def outdated(self) -> list[DocumentSummary]:
        """Documents read by an older parser: importing their files again refreshes them
        (the store keeps no source text, so it cannot re-parse on its own)."""
        return [d for d in self.documents() if d.parser_version < PARSER_VERSION]

    def outdated_samples(self) -> bool:
        """True when a bundled sample document is stored as an older parser read it."""
        names = {p.name for p in sample_paths()}
        return any(d.source in names for d in self.outdated())

    def document(self, doc_id: str) -> Document:
        return self.store.document(doc_id)

    def find_document(self, query: str) -> DocumentSummary:
        """A document by stored id (or its prefix), Kamerstuk id, or a unique part of its title."""
        docs = self.documents()
        q = query.strip()
        q_id = (_parse_motion_id(q) or q).lower()  # "36 850 XIII, nr. 3" → "36850-xiii-3"
        exact = [
            d
            for d in docs
            if d.id == q
            or q_id in (k.lower() for k in d.kamerstuk_ids)
            or (d.reference and d.reference.lower() == q.lower())
        ]
        if len(exact) == 1:
            return exact[0]
        prefix = [d for d in docs if len(q) >= 4 and d.id.startswith(q)]
        if len(prefix) == 1:
            return prefix[0]
        ql = q.lower()
        partial = [
            d for d in docs if ql and (ql in (d.title or "").lower() or ql in d.source.lower())
        ]
        if len(partial) == 1:
            return partial[0]
        candidates = exact or prefix or partial
        if candidates:
            names = ", ".join(f"{d.id[:12]} ({d.display_title[:40]})" for d in candidates[:5])
            raise LookupFailed(messages.DOC_AMBIGUOUS.format(query=query, candidates=names))
        raise LookupFailed(messages.DOC_NOT_FOUND.format(query=query))

    def question(self, doc_id: str, number: int) -> Question:
        for q in self.document(doc_id).questions:
            if q.number == number:
                return q
        raise LookupFailed(messages.QUESTION_NOT_FOUND.format(doc=doc_id[:12], number=number))

    def refresh(self) -> bool:
        """Re-read the catalogue if another process wrote it; True when something changed."""
        if not self.store.changed_on_disk():
            return False
        self.store.reload()
        return True

    # ---- writing ------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Sequence[Path | str],
        progress: ProgressFn | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> ImportReport:
        """Read, parse and store files; one bad file never stops the others.

        Documents are written in batches of :data:`BATCH_SIZE`, each batch one atomic catalogue
        write, so a thousand files do not rewrite the store a thousand times.
        """
        files = list(iter_import_files(paths))
        report = ImportReport()
        batch: list[Document] = []
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        for i, (path, outcome) in enumerate(_parse_all(files), 1):
            if progress:
                progress(i, len(files), path)
            if isinstance(outcome, str):
                report.failed.append((path, outcome))
                continue
            batch.append(_with_import_time(outcome, now))
            if len(batch) >= BATCH_SIZE:
                self._commit(batch, report, on_wait)
                batch = []
        if batch:
            self._commit(batch, report, on_wait)
        if report.added or report.replaced:
            self.search_index()  # keep the search index in step now, not at the first search
        return report

    def _commit(
        self, batch: list[Document], report: ImportReport, on_wait: Callable[[str], None] | None
    ) -> None:
        unique = list({d.id: d for d in batch}.values())
        added, unchanged, removed = self.store.apply(unique, on_wait=on_wait)
        report.added += added
        report.unchanged += unchanged
        report.replaced += removed

    def import_samples(self, progress: ProgressFn | None = None) -> ImportReport:
        return self.import_paths(sample_paths(), progress=progress)

    def remove(self, doc_id: str) -> None:
        self.store.apply([], remove=lambda current: {doc_id} & set(current))

    # ---- search (issue 5; owned by the explorer, see store/search.py) ---------------------

    def search_index(self) -> Any:
        """The full-text index, loaded or built on first use and kept in step with the store.

        Slow the first time on a large store (it reads every shard), so front ends call it in a
        worker; afterwards it is persisted beside the store as ``<stem>.index.*``."""
        from .search import SearchIndex, source_from

        index = getattr(self, "_search", None)
        if index is None:
            index = SearchIndex(self.store.paths.stem)
            index.load()
            self._search = index
        revisions = {r["id"]: r.get("parser_version", 1) for r in self.store.records()}
        if index.sync(revisions, source_from(self.store.questions)):
            # Saved only under the store's lock, so two processes never mix their index files;
            # when another process is writing, this one keeps its index in memory for now.
            with self.store.try_locked() as locked:
                if locked:
                    try:
                        index.save()
                    except OSError:
                        pass  # a read-only folder only costs a rebuild next time
        return index

    def search(self, query: str, limit: int = 50) -> list[Any]:
        """Questions matching ``query`` (typos forgiven), best first, as ``search.SearchHit``."""
        return self.search_index().search(query, limit=limit)

    # ---- motions ------------------------------------------------------------------------

    def normalise_motion_id(self, text: str) -> str:
        mid = _parse_motion_id(text)
        if not mid:
            raise LookupFailed(messages.MOTION_ID_INVALID.format(query=text))
        return mid

    def motions(self) -> list[MotionSummary]:
        """Every motion named in any stored document, read from the catalogue only.

        Motions without a number are listed per document and submitter set (id None). Kept
        until the catalogue changes: the motion finder asks on every opening, and at 5,000
        documents building the list takes a third of a second.
        """
        if self._motions is None or self._motions[0] != self.store.generation:
            with unreadable_as_corrupt(self.store.corrupt_message):
                self._motions = (self.store.generation, tuple(self._build_motions()))
        return list(self._motions[1])

    def _build_motions(self) -> list[MotionSummary]:
        by_key: dict[Any, dict[str, Any]] = {}
        # oldest first; an undated document (letters often print no date) counts as newest
        docs = sorted(self.store.records(), key=lambda r: (r.get("date") is None, r.get("date") or "", r["id"]))
        for rec in docs:
            statuses = rec.get("motion_statuses") or {}
            for mid, submitters, mentions in _motion_list(rec):
                key = mid or (rec["id"], tuple(submitters))
                entry = by_key.setdefault(
                    key,
                    # ("docs" is a dict used as an ordered set: a motion named in thousands of
                    # documents made a list's "in" test quadratic, 14 s at 5,000 documents)
                    {"id": mid, "submitters": [], "mentions": 0, "docs": {}, "latest": (), "date": None},
                )
                for name in submitters:
                    if name not in entry["submitters"]:
                        entry["submitters"].append(name)
                entry["mentions"] += mentions
                entry["docs"][rec["id"]] = None
                entry["latest"] = tuple(statuses.get(mid or "", ()))
                entry["date"] = rec.get("date")
        return [
            MotionSummary(
                id=e["id"],
                submitters=tuple(e["submitters"]),
                mentions=e["mentions"],
                documents=len(e["docs"]),
                latest_statuses=e["latest"],
                latest_date=e["date"],
                doc_ids=tuple(e["docs"]),
            )
            for e in by_key.values()
        ]

    def motion(self, text: str) -> list[MotionMentionRow]:
        """Every mention of one motion across all documents, oldest document first."""
        mid = self.normalise_motion_id(text)
        summary = next((m for m in self.motions() if m.id == mid), None)
        if summary is None:
            raise LookupFailed(messages.MOTION_NOT_FOUND.format(query=text))
        rows: list[MotionMentionRow] = []
        for doc_id in summary.doc_ids:
            rec = self.store.record(doc_id) or {}
            for q in self.store.questions(doc_id):
                for m in q.motions:
                    if m.id != mid:
                        continue
                    rows.append(
                        MotionMentionRow(
                            motion_id=mid,
                            doc_id=doc_id,
                            doc_title=rec.get("title") or rec.get("source", ""),
                            doc_date=rec.get("date"),
                            question=q.number,
                            side=m.side,
                            text=m.text,
                            sentence=m.sentence,
                            statuses=tuple(s.status for s in m.statuses),
                            submitters=m.submitters,
                            start=m.start,
                            end=m.end,
                            linked_by=m.linked_by,
                        )
                    )
        return rows


def _motion_list(rec: dict[str, Any]) -> list[tuple[str | None, list[str], int]]:
    """(id, submitters, mentions) per motion of a catalogue record. Records stored before
    2026-11-23 (parser version 5 and older) hold the full motions and count questions."""
    if "motion_list" in rec:
        return [(mid, list(names), int(n)) for mid, names, n in rec["motion_list"]]
    counts = rec.get("motion_mentions") or {}
    return [
        (m.get("id"), list(m.get("submitters") or ()), counts.get(m.get("id") or "") or len(m.get("questions") or ()))
        for m in rec.get("motions") or ()
    ]


def _read_and_parse(path: Path) -> Document | str:
    """One file to a Document, or the Dutch reason it could not be read (picklable both ways)."""
    from .parse import ParseError, parse_source
    from .readers import ReadError, read_source

    try:
        return parse_source(read_source(path))
    except (ReadError, ParseError) as exc:
        return exc.reason


def _read_parse_serialise(path: Path) -> tuple[Document, bytes] | str:
    """In a worker: parse, and serialise the shard too, so the main process only writes."""
    outcome = _read_and_parse(path)
    return outcome if isinstance(outcome, str) else (outcome, shard_bytes(outcome))


def _spawn_can_start() -> bool:
    """Spawned workers re-import the main module; a script read from stdin has none to import."""
    main = sys.modules.get("__main__")
    main_file = getattr(main, "__file__", None)
    return getattr(main, "__spec__", None) is not None or bool(main_file and os.path.exists(main_file))


def _parse_all(files: list[Path]) -> Iterator[tuple[Path, Document | str]]:
    """Parse files in order, on all cores when there are enough of them to pay for the start.

    Worker processes are spawned, not forked: the app imports from a thread, and forking a
    threaded process can deadlock.
    """
    workers = min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_FROM or workers < 2 or not _spawn_can_start():
        for path in files:
            yield path, _read_and_parse(path)
        return
    done = 0
    try:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            for path, outcome in zip(files, pool.map(_read_parse_serialise, files, chunksize=8)):
                yield path, outcome if isinstance(outcome, str) else preserialised(*outcome)
                done += 1
    except (BrokenProcessPool, OSError, pickle.PicklingError):
        # Worker processes cannot start everywhere (a script fed on stdin, a frozen app, a
        # sandbox without semaphores): carry on in this process from where the pool stopped.
        for path in files[done:]:
            yield path, _read_and_parse(path)


def _with_import_time(doc: Document, when: str) -> Document:
    return replace(doc, imported_at=when)
