"""TinyDB persistence that survives kills, two terminals and a decade of documents.

Layout on disk, all beside the store file and sharing its name stem (``kamerboek.json``):

* ``kamerboek.json``       the catalogue: a TinyDB file with a ``_meta`` table (schema version)
                           and a ``documents`` table, one small record per document.
* ``kamerboek.docs/ID.json`` one TinyDB file per document with a ``questions`` table, one record
                           per question. Shards are immutable and named by content hash.
* ``kamerboek.bak.json``   the catalogue as it was before the last write batch.
* ``kamerboek.lock``       held only while writing.

Why shards: TinyDB reads a whole file at open and rewrites it whole on every write. With a
quarter of a million questions in one file, start-up would parse hundreds of megabytes and every
import would rewrite them. The catalogue stays small (one record per document), start-up reads
only that, and a document's questions are read when it is opened.

Why this order of writes: a shard is written (atomically) before the catalogue that points to
it, so a kill at any moment leaves either the old catalogue (plus an unreferenced shard, swept up
later) or the new one. Nothing is ever half-stored and the catalogue is never half-written.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Iterator

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from . import messages
from .model import Document, Question, from_dict, to_dict

SCHEMA_VERSION = 1
DEFAULT_WAIT = 60.0


class StoreError(Exception):
    """A store problem; ``str()`` is the one Dutch line users see."""


class StoreCorruptError(StoreError):
    pass


class StoreLockedError(StoreError):
    pass


# --------------------------------------------------------------------------- atomic storage


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the new one.

    Temp file in the same folder (so the rename cannot cross file systems), flushed and fsynced,
    renamed over the target, then the folder fsynced so the rename itself is durable.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_json_file(path: Path) -> Any:
    """Parse a JSON file, turning every way it can be damaged into one exception type."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    if not raw.strip():
        raise ValueError("leeg bestand")
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"geen geldige JSON: {exc}") from exc


class AtomicJSONStorage(Storage):
    """TinyDB storage that never writes in place (see :func:`atomic_write_bytes`).

    Reading a damaged file raises ``ValueError`` instead of TinyDB's default of trying to treat
    it as empty, which would let the next write overwrite the user's data.
    """

    def __init__(self, path: str | Path, **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        data = read_json_file(self.path)
        if data is not None and not isinstance(data, dict):
            raise ValueError("onverwachte inhoud (geen JSON-object)")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        atomic_write_bytes(self.path, payload)

    def close(self) -> None:
        pass


class BatchedStorage(CachingMiddleware):
    """Collects every TinyDB write of one batch and writes the file once on :meth:`flush`."""

    WRITE_CACHE_SIZE = 10**9


def open_tinydb(path: Path) -> TinyDB:
    return TinyDB(path, storage=BatchedStorage(AtomicJSONStorage))


# --------------------------------------------------------------------------- the store


@dataclass(frozen=True, slots=True)
class StorePaths:
    """Every file the store uses, derived from the one path the user gives."""

    catalogue: Path

    @property
    def stem(self) -> Path:
        return self.catalogue.with_suffix("")

    @property
    def shards(self) -> Path:
        return self.stem.with_name(self.stem.name + ".docs")

    @property
    def backup(self) -> Path:
        return self.stem.with_name(self.stem.name + ".bak.json")

    @property
    def lock(self) -> Path:
        return self.stem.with_name(self.stem.name + ".lock")

    def shard(self, doc_id: str, parser_version: int = 1) -> Path:
        """Where a document's questions live. A re-parse by a newer parser gets a file of its
        own (``ID.p2.json``), so the backup catalogue keeps pointing at the questions it
        describes until the next write retires it."""
        return self.shards / _shard_name(doc_id, parser_version)

    def shard_for(self, record: dict[str, Any]) -> Path:
        """The shard a catalogue record refers to."""
        return self.shards / _shard_name_for(record)


def _shard_name(doc_id: str, parser_version: int) -> str:
    return f"{doc_id}.json" if parser_version <= 1 else f"{doc_id}.p{parser_version}.json"


def _shard_name_for(record: dict[str, Any]) -> str:
    return _shard_name(record["id"], _record_parser_version(record))


# Document fields kept in the shard beside the questions, not in the catalogue: the catalogue
# is read whole at every start, and these are needed only when a document is opened. (At 5,000
# documents they were 76% of a 39 MB catalogue; the motion list reads "motion_list" instead.)
_SHARD_FIELDS = ("motions", "footnotes", "leftovers")
_RECORD_FIELDS = tuple(f.name for f in fields(Document) if f.name != "questions" and f.name not in _SHARD_FIELDS)


def _record_parser_version(record: dict[str, Any]) -> int:
    """The parser version a catalogue record was made by (records from before the field: 1)."""
    version = record.get("parser_version", 1)
    return version if isinstance(version, int) else 1


def document_record(doc: Document) -> dict[str, Any]:
    """The catalogue record of a document: what lists show, plus counts; the questions and
    :data:`_SHARD_FIELDS` live in its shard. (Built field by field: converting the questions
    only to drop them was most of the cost.)"""
    data = {name: to_dict(getattr(doc, name)) for name in _RECORD_FIELDS}
    data["counts"] = doc.counts
    data["question_count"] = len(doc.questions)
    # What this document says about each motion and how often it names it, so the motion
    # list needs no shard reads.
    statuses: dict[str, list[str]] = {}
    mentions: dict[str, int] = {}
    for q in doc.questions:
        for m in q.motions:
            if m.id:
                bucket = statuses.setdefault(m.id, [])
                bucket.extend(s.status for s in m.statuses if s.status not in bucket)
                mentions[m.id] = mentions.get(m.id, 0) + 1
    data["motion_statuses"] = statuses
    # Per motion, what the motion list shows: [id, submitters, mentions]. (A motion without a
    # number counts the questions that name it.)
    data["motion_list"] = [
        [m.id, list(m.submitters), mentions.get(m.id, len(m.questions)) if m.id else len(m.questions)]
        for m in doc.motions
    ]
    return data


def shard_bytes(doc: Document) -> bytes:
    """A document's shard file: a TinyDB database with one ``questions`` record per question.

    Built through TinyDB's own API in memory, so the file is exactly what TinyDB would write;
    import workers call this so the serialising happens on all cores.
    """
    db = TinyDB(storage=_MemoryCapture)
    db.table("questions").insert_multiple(to_dict(q) | {"doc": doc.id} for q in doc.questions)
    db.table("document").insert({name: to_dict(getattr(doc, name)) for name in _SHARD_FIELDS})
    data = db.storage.memory  # type: ignore[attr-defined]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# Shard files serialised ahead of a write batch (by import workers), by document id.
_PRESERIALISED: dict[str, bytes] = {}


def preserialised(doc: Document, payload: bytes) -> Document:
    """Remember ``payload`` as ``doc``'s shard for the next write batch; returns ``doc``."""
    _PRESERIALISED[doc.id] = payload
    return doc


def document_from_record(record: dict[str, Any], questions: Iterable[Question]) -> Document:
    data = dict(record)
    data["questions"] = []
    doc: Document = from_dict(Document, data)
    return replace(doc, questions=tuple(questions))


@contextmanager
def unreadable_as_corrupt(message: Callable[[str], str]) -> Iterator[None]:
    """Valid JSON holding what no kamerboek wrote (a field of the wrong type, a record cut
    short) in the catalogue or a shard: the store's one-line "damaged" error, ``message(reason)``
    naming the file, never a traceback. (Checked where records become objects, not at start-up.)"""
    try:
        yield
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise StoreCorruptError(message(f"onverwachte inhoud: {type(exc).__name__}: {exc}")) from exc


def _shard_message(shard: Path) -> Callable[[str], str]:
    return lambda reason: messages.STORE_CORRUPT_NO_BACKUP.format(path=shard, reason=reason)


class Store:
    """The catalogue plus shards. Reads without locking; writes under the lock, in batches."""

    def __init__(self, path: Path, wait: float = DEFAULT_WAIT) -> None:
        self.paths = StorePaths(Path(path))
        self.wait = wait
        self._writing = False
        self._records: dict[str, dict[str, Any]] = {}
        self._signature: tuple[int, int] | None = None
        self._question_cache: dict[str, tuple[Question, ...]] = {}
        self._shard_fields: dict[str, dict[str, Any]] = {}  # doc id → its _SHARD_FIELDS, as read
        self.generation = 0  # goes up whenever the catalogue in memory changes (for caches)
        self.reload()

    # ---- reading ------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.paths.catalogue

    def _file_signature(self) -> tuple[int, int] | None:
        try:
            st = self.paths.catalogue.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _read_catalogue(self) -> dict[str, dict[str, Any]]:
        """Read and check the catalogue; raise a clear error rather than guess."""
        path = self.paths.catalogue
        try:
            data = AtomicJSONStorage(path).read()
        except ValueError as exc:
            raise StoreCorruptError(self.corrupt_message(str(exc))) from exc
        except OSError as exc:
            raise StoreError(messages.STORE_UNWRITABLE.format(path=path, reason=exc.strerror)) from exc
        if data is None:
            return {}
        version = _schema_version(data)
        if version is None:
            raise StoreCorruptError(self.corrupt_message("geen schemaversie"))
        if version > SCHEMA_VERSION:
            raise StoreError(
                messages.STORE_TOO_NEW.format(path=path, found=version, known=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            data = self._migrate(data, version, persist=not self._writing)
        docs = data.get("documents", {})
        if not isinstance(docs, dict):
            raise StoreCorruptError(self.corrupt_message("tabel documents ontbreekt"))
        return {rec["id"]: rec for rec in docs.values() if isinstance(rec, dict) and "id" in rec}

    def _migrate(self, data: dict[str, Any], version: int, persist: bool) -> dict[str, Any]:
        """Bring an older catalogue up to date; keep the original as ``<stem>.v{N}.bak.json``.

        ``persist`` is False inside a write batch (the batch's own write persists it, and the
        lock is already held).
        """
        original = self.paths.catalogue.read_bytes()
        for step in range(version, SCHEMA_VERSION):
            data = MIGRATIONS[step](data)
        if persist:
            keep = self.paths.stem.with_name(f"{self.paths.stem.name}.v{version}.bak.json")
            with self._locked():
                if not keep.exists():
                    atomic_write_bytes(keep, original)
                AtomicJSONStorage(self.paths.catalogue).write(data)
        return data

    def corrupt_message(self, reason: str) -> str:
        """The catalogue's "damaged" message, pointing at the backup when a good one exists."""
        backup = self.paths.backup
        try:
            good_backup = read_json_file(backup) is not None
        except ValueError:
            good_backup = False
        if good_backup:
            return messages.STORE_CORRUPT.format(path=self.paths.catalogue, reason=reason, backup=backup)
        return messages.STORE_CORRUPT_NO_BACKUP.format(path=self.paths.catalogue, reason=reason)

    def reload(self) -> None:
        self._set_records(self._read_catalogue())
        self._signature = self._file_signature()

    def _set_records(self, records: dict[str, dict[str, Any]]) -> None:
        """Take ``records`` as the catalogue, keeping only cached questions that still match:
        a document gone, or re-parsed by a newer parser (maybe in another process), is read
        from its shard again."""
        old = self._records
        self._records = records
        self.generation += 1
        self._question_cache = {
            k: v
            for k, v in self._question_cache.items()
            if k in records
            and k in old
            and _record_parser_version(records[k]) == _record_parser_version(old[k])
        }
        self._shard_fields = {k: v for k, v in self._shard_fields.items() if k in self._question_cache}

    def changed_on_disk(self) -> bool:
        """True when another process wrote the store since we read it."""
        return self._file_signature() != self._signature

    def records(self) -> list[dict[str, Any]]:
        return list(self._records.values())

    def record(self, doc_id: str) -> dict[str, Any] | None:
        return self._records.get(doc_id)

    def questions(self, doc_id: str) -> tuple[Question, ...]:
        if doc_id in self._question_cache:
            return self._question_cache[doc_id]
        shard = self.paths.shard_for(self._records[doc_id])
        try:
            data = AtomicJSONStorage(shard).read()
        except ValueError as exc:
            raise StoreCorruptError(
                messages.STORE_CORRUPT_NO_BACKUP.format(path=shard, reason=str(exc))
            ) from exc
        if data is None:
            raise StoreCorruptError(
                messages.STORE_CORRUPT_NO_BACKUP.format(path=shard, reason="bestand ontbreekt")
            )
        with unreadable_as_corrupt(_shard_message(shard)):
            rows = sorted(data.get("questions", {}).items(), key=lambda kv: int(kv[0]))
            questions = tuple(from_dict(Question, row) for _, row in rows)
            # (shards written before 2026-11-23 have no "document" table: their record holds these)
            shard_fields = dict(next(iter(data.get("document", {}).values()), {}))
        self._question_cache[doc_id] = questions
        self._shard_fields[doc_id] = shard_fields
        return questions

    def document(self, doc_id: str) -> Document:
        record = self._records[doc_id]
        if doc_id not in self._shard_fields:  # (questions cached at import: the rest is in the shard)
            self._question_cache.pop(doc_id, None)
        questions = self.questions(doc_id)
        with unreadable_as_corrupt(_shard_message(self.paths.shard_for(record))):
            return document_from_record(record | self._shard_fields[doc_id], questions)

    # ---- writing ------------------------------------------------------------------------

    @contextmanager
    def _locked(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        self.paths.lock.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.paths.lock))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait:
                on_wait(messages.STORE_WAITING.format(path=self.paths.catalogue))
            try:
                lock.acquire(timeout=self.wait)
            except Timeout:
                raise StoreLockedError(
                    messages.STORE_LOCKED.format(
                        path=self.paths.catalogue, waited=self.wait, holder=self._lock_holder()
                    )
                ) from None
        self._write_pid()
        try:
            yield
        finally:
            lock.release()

    @contextmanager
    def try_locked(self) -> Iterator[bool]:
        """The write lock if it is free right now (yields True), else nothing (False)."""
        self.paths.lock.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.paths.lock))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            yield False
            return
        try:
            yield True
        finally:
            lock.release()

    def _lock_holder(self) -> str:
        try:
            pid = self.paths.lock.with_suffix(".pid").read_text().strip()
        except OSError:
            return ""
        return f" (proces {pid})" if pid.isdigit() else ""

    def apply(
        self,
        add: list[Document],
        remove: Callable[[dict[str, dict[str, Any]]], set[str]] | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> tuple[list[Document], list[Document], list[str]]:
        """Store ``add`` and drop what ``remove`` picks, as one batch under the lock.

        The catalogue is re-read under the lock (another process may have written since we
        loaded it), so concurrent imports never lose each other's documents. Returns
        (added, unchanged, replaced ids). A document is *unchanged* when its content hash is
        already stored and was parsed by this parser version or a newer one; it *replaces* a
        stored one with the same Kamerstuk id, or with the same source file name when it has no
        Kamerstuk id, and the stored copy of the same file when an older parser read that
        (so a parser upgrade reaches old documents on their next import).
        """
        with self._locked(on_wait):
            self._writing = True
            try:
                current = self._read_catalogue()
            finally:
                self._writing = False
            added: list[Document] = []
            unchanged: list[Document] = []
            removed: set[str] = set(remove(current)) if remove else set()
            reparsed: set[str] = set()
            for doc in add:
                stored = current.get(doc.id)
                if stored is not None and doc.id not in removed:
                    if _record_parser_version(stored) >= doc.parser_version:
                        unchanged.append(doc)
                        continue
                    reparsed.add(doc.id)
                removed |= {old for old in _replaced_by(doc, current) if old != doc.id}
                added.append(doc)
            if not added and not removed:
                self._set_records(current)
                self._signature = self._file_signature()
                return [], unchanged, []
            for doc in added:
                self._write_shard(doc)
            new_records = {k: v for k, v in current.items() if k not in removed}
            for doc in added:
                new_records[doc.id] = document_record(doc)
            backed_up = self._backup_catalogue()  # ``current`` was read whole: no re-check
            self._write_catalogue(new_records)
            self._set_records(new_records)
            self._signature = self._file_signature()
            for doc in added:
                self._question_cache[doc.id] = doc.questions
            self._sweep_shards(current if backed_up else None)
            return added, unchanged, sorted((removed | reparsed) & set(current))

    def _write_pid(self) -> None:
        try:
            atomic_write_bytes(self.paths.lock.with_suffix(".pid"), str(os.getpid()).encode())
        except OSError:
            pass

    def _write_shard(self, doc: Document) -> None:
        shard = self.paths.shard(doc.id, doc.parser_version)
        if shard.exists():
            return
        payload = _PRESERIALISED.pop(doc.id, None) or shard_bytes(doc)
        atomic_write_bytes(shard, payload)

    def _write_catalogue(self, records: dict[str, dict[str, Any]]) -> None:
        tmp_db = TinyDB(storage=_MemoryCapture)
        tmp_db.table("_meta").insert({"schema": SCHEMA_VERSION})
        tmp_db.table("documents").insert_multiple(records.values())
        data = tmp_db.storage.memory  # type: ignore[attr-defined]
        AtomicJSONStorage(self.paths.catalogue).write(data)

    def _backup_catalogue(self) -> bool:
        """Keep the last good catalogue before each write batch (one rotating backup); True
        when written. Called only after the catalogue was read whole under the lock, so a
        damaged file never gets here to replace the last good backup."""
        src = self.paths.catalogue
        if not src.exists():
            return False
        tmp = self.paths.backup.with_name(self.paths.backup.name + ".tmp")
        shutil.copyfile(src, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.paths.backup)
        return True

    def _sweep_shards(self, backup_records: dict[str, dict[str, Any]] | None) -> None:
        """Delete shards no catalogue (current or backup) refers to: they are left-overs of
        replaced documents or of an import killed before its catalogue write.
        ``backup_records``: what the backup holds when known (it was just copied from the
        catalogue read under the lock); None reads the backup file."""
        if not self.paths.shards.exists():
            return
        keep = {_shard_name_for(r) for r in self._records.values()}
        if backup_records is None:
            try:
                backup = read_json_file(self.paths.backup) or {}
                backup_records = backup.get("documents", {})
            except (ValueError, AttributeError):
                backup_records = {}
        try:
            keep |= {
                _shard_name_for(r)
                for r in backup_records.values()
                if isinstance(r, dict) and isinstance(r.get("id"), str)
            }
        except AttributeError:
            pass
        for shard in self.paths.shards.glob("*.json"):
            if shard.name not in keep:
                try:
                    shard.unlink()
                except OSError:
                    pass


def _schema_version(data: dict[str, Any]) -> int | None:
    """The catalogue's schema version; 0 for a catalogue from before versions were recorded."""
    meta = data.get("_meta")
    if meta:
        return next(iter(meta.values()), {}).get("schema")
    return 0 if isinstance(data.get("documents"), dict) else None


def _migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 kept no schema record, no per-document motion statuses and no counts."""
    docs = data.get("documents", {})
    for rec in docs.values():
        rec.setdefault("motion_statuses", {})
        rec.setdefault("question_count", sum((rec.get("counts") or {}).values()))
        rec.setdefault("counts", {})
    return {"_meta": {"1": {"schema": 1}}, "documents": docs}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}


class _MemoryCapture(Storage):
    """Lets TinyDB build the catalogue's table layout in memory, written once atomically."""

    def __init__(self) -> None:
        self.memory: dict[str, Any] = {}

    def read(self) -> dict[str, Any] | None:
        return self.memory or None

    def write(self, data: dict[str, Any]) -> None:
        self.memory = data


def _replaced_by(doc: Document, current: dict[str, dict[str, Any]]) -> set[str]:
    """Ids of stored documents that ``doc`` is a new version of."""
    if doc.kamerstuk_ids:
        ids = set(doc.kamerstuk_ids)
        return {k for k, r in current.items() if ids & set(r.get("kamerstuk_ids") or ())}
    return {
        k
        for k, r in current.items()
        if not r.get("kamerstuk_ids") and r.get("source") == doc.source
    }
