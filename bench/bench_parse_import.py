"""Parse and import speed: the figures in the README come from this script.

    .venv/bin/python bench/bench_parse_import.py [--docs 1000] [--baseline 200]

* parse: each sample document, best of 20 runs (goal < 50 ms);
* refs: reference recognition alone per sample (goal < 10 ms; the line above the figures says
  whether ``store/refs.py`` runs compiled by mypyc, as a normal install has it, or as plain
  Python, as in an editable install), "cold" as the first document
  seen (memoised sentence statuses and name splits emptied before each run) and "warm" (a
  list whose boilerplate the process has seen before, as in a long import); when compiled, the
  plain source is also timed in turns with it, so the ratio holds whatever the machine's load;
* import: N generated documents (variants of the samples with their own Kamerstuk numbers)
  into a fresh store, and how often the catalogue was written (goal < 30 s for 1,000);
* baseline: the same documents into one plain TinyDB JSON file, one insert per document, which
  rewrites the whole file every time (what kamerboek's batched, sharded store avoids).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from bench_refs_ab import load_plain  # (this folder: run as a script)
from kamerboek.store import db as dbmod
from kamerboek.store import refs
from kamerboek.store.library import Library, parse_file, sample_paths
from kamerboek.store.model import to_dict
from kamerboek.store.refs import analyse_question, clear_caches
from tinydb import TinyDB


def best_ms(fn, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def plain_refs() -> ModuleType:
    """The plain ``refs.py`` installed beside the compiled module, imported as Python."""
    return load_plain(Path(refs.__file__).with_name("refs.py"), "kamerboek.store._refs_plain")


def cold_in_turns(first: ModuleType, second: ModuleType, inputs: list, runs: int = 20) -> tuple[float, float]:
    """Best cold time of each module, run in turns so the machine's drift hits both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for k, module in enumerate((first, second)):
            module.clear_caches()
            t0 = time.perf_counter()
            for args in inputs:
                module.analyse_question(*args)
            best[k] = min(best[k], (time.perf_counter() - t0) * 1000)
    return best[0], best[1]


def make_variants(folder: Path, n: int) -> list[Path]:
    """n documents: the samples with a distinct Kamerstuk number / file name each."""
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()]
    out = []
    for i in range(n):
        text = texts[i % len(texts)]
        text = text.replace("\nNr. 3\n", f"\nNr. {i + 10}\n").replace("2026A02691", f"2026A{i:05d}")
        text += f"\n\nVraag 999\nIs dit variant {i}?\nAntwoord\nJa, variant {i}.\n"
        path = folder / f"doc-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--baseline", type=int, default=200)
    args = ap.parse_args()
    if args.docs < 1 or args.baseline < 1:
        ap.error("--docs and --baseline need at least 1")

    print("## parse and references (best of 20)")
    compiled = not refs.__file__.endswith(".py")
    print("store/refs.py:", "compiled by mypyc" if compiled else "plain Python (editable install, or no C compiler)")
    plain = plain_refs() if compiled else None
    for path in sample_paths():
        parse_ms = best_ms(lambda: parse_file(path))
        doc = parse_file(path)
        # as the parser calls it: each question with its own footnotes
        inputs = [(q.question, q.answer, {f.mark: f.text for f in q.footnotes}) for q in doc.questions]

        def refs_cold() -> None:
            clear_caches()
            [analyse_question(*args) for args in inputs]

        cold_ms = best_ms(refs_cold)
        warm_ms = best_ms(lambda: [analyse_question(*args) for args in inputs])
        print(f"{path.name[:40]:40}  parse {parse_ms:6.1f} ms   refs cold {cold_ms:5.1f} ms  warm {warm_ms:5.1f} ms")
        if plain is not None:
            fast, slow = cold_in_turns(refs, plain, inputs)
            print(f"{'':40}  refs cold, compiled and plain Python in turns: {fast:5.1f} ms and {slow:5.1f} ms ({fast / slow:.2f})")

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        (tmpdir / "in").mkdir()
        files = make_variants(tmpdir / "in", args.docs)
        writes: list[Path] = []
        real = dbmod.atomic_write_bytes

        def counting(path: Path, data: bytes) -> None:
            writes.append(path)
            real(path, data)

        dbmod.atomic_write_bytes = counting
        store = tmpdir / "store" / "kamerboek.json"
        t0 = time.perf_counter()
        report = Library(store).import_paths(files)
        elapsed = time.perf_counter() - t0
        dbmod.atomic_write_bytes = real
        catalogue_writes = writes.count(store)
        questions = report.questions
        print(f"\n## import {len(report.added)} documents ({questions} questions)")
        print(f"kamerboek store: {elapsed:6.1f} s, catalogue written {catalogue_writes}x, {len(writes) - catalogue_writes} shard files")
        t0 = time.perf_counter()
        library = Library(store)
        library.documents()
        print(f"open store and list documents: {(time.perf_counter() - t0) * 1000:.0f} ms")
        t0 = time.perf_counter()
        motions = library.motions()
        print(f"motion list ({len(motions)} motions, as the motion finder opens): {(time.perf_counter() - t0) * 1000:.0f} ms")

        docs = [parse_file(p) for p in files[: args.baseline]]
        plain = TinyDB(tmpdir / "plain.json")
        t0 = time.perf_counter()
        for doc in docs:
            plain.table("questions").insert_multiple(to_dict(q) for q in doc.questions)
        base = time.perf_counter() - t0
        per_doc = base / len(docs)
        print(f"plain TinyDB JSON, {len(docs)} documents, one write each: {base:6.1f} s "
              f"({per_doc * 1000:.0f} ms per document and growing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
