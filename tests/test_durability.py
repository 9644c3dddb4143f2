"""Kills and concurrent writers: the store opens, holds only whole documents, loses nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kamerboek.store.library import Library

from .conftest import LAYOUTS


def make_docs(folder: Path, n: int, tag: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    base = (LAYOUTS / "kamervragen-aanhangsel.txt").read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        text = base.replace("2024Z01234", f"2024Z{i:05d}") + f"\nVraag 6\nIs dit {tag} nummer {i}?\nAntwoord 6\nJa, {tag} {i}.\n"
        path = folder / f"{tag}-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def import_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "kamerboek.tui.cli", "import", str(folder), "--db", str(db)]


def env(batch: int) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k != "KAMERBOEK_DB"}
    e["KAMERBOEK_BATCH_SIZE"] = str(batch)
    return e


def assert_only_whole_documents(db: Path) -> int:
    lib = Library(db)
    for summary in lib.documents():
        doc = lib.document(summary.id)
        assert len(doc.questions) == summary.question_count == 6
        assert doc.questions[-1].answer.startswith("Ja, ")
    return len(lib.documents())


def test_kill_minus_nine_during_import_then_resume(tmp_path: Path):
    folder = tmp_path / "in"
    make_docs(folder, 150, "doc")
    db = tmp_path / "store" / "kb.json"
    rng = random.Random(1234)
    for _ in range(4):
        proc = subprocess.Popen(import_cmd(folder, db), env=env(batch=10), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.6, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if db.exists():
            assert 0 <= assert_only_whole_documents(db) <= 150
    finished = subprocess.run(import_cmd(folder, db), env=env(batch=10), capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert assert_only_whole_documents(db) == 150
    # every shard on disk belongs to a stored document (orphans of killed runs are swept)
    shards = {p.name for p in (db.parent / "kb.docs").glob("*.json")}
    store = Library(db).store
    assert shards == {store.paths.shard_for(r).name for r in store.records()}
    assert len(shards) == 150


def test_two_processes_import_different_folders_at_once(tmp_path: Path):
    db = tmp_path / "store" / "kb.json"
    make_docs(tmp_path / "a", 40, "alfa")
    make_docs(tmp_path / "b", 40, "beta")
    procs = [
        subprocess.Popen(import_cmd(tmp_path / name, db), env=env(batch=5), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    lib = Library(db)
    sources = [d.source for d in lib.documents()]
    assert len(sources) == 80 and len(set(sources)) == 80
    data = json.loads(db.read_text())
    assert len(data["documents"]) == 80


def test_second_writer_waits_then_names_the_holder(tmp_path: Path):
    db = tmp_path / "store" / "kb.json"
    lib = Library(db)
    with lib.store._locked():
        proc = subprocess.run(
            import_cmd(LAYOUTS, db) + ["--wait", "1"], env=env(batch=10), capture_output=True, text=True, timeout=60
        )
    assert proc.returncode == 2
    assert "wacht op een ander kamerboek-proces" in proc.stderr
    assert f"(proces {os.getpid()})" in proc.stderr and "Traceback" not in proc.stderr
    assert not db.exists()  # nothing written while the other process held the store
    # once the lock is free, the same import simply works
    assert subprocess.run(import_cmd(LAYOUTS, db), env=env(batch=10), capture_output=True).returncode == 0
