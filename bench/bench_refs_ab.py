"""Reference analysis of this checkout against an earlier revision, side by side.

    .venv/bin/python bench/bench_refs_ab.py [REV] [--runs 40]

The shared development machine's speed drifts by 20% over a day, so figures measured at
different hours cannot be compared. This loads ``store/refs.py`` of REV (default HEAD) next to
the working tree's and times both on the sample documents in turns, best of ``--runs``
("cold": memoised results emptied before each run), and prints the ratio new/old. Both run as
plain Python, loaded from source, even where the installed module is compiled by mypyc: this
compares code, not builds.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

from kamerboek.store.library import parse_file, sample_paths

ROOT = Path(__file__).resolve().parent.parent


def load_old(rev: str, folder: Path):
    """``store/refs.py`` at ``rev`` as a module of the installed package (its imports resolve)."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:store/refs.py"], capture_output=True, text=True, check=True
    ).stdout
    path = folder / "refs_at_rev.py"
    path.write_text(source, encoding="utf-8")
    return load_plain(path, "kamerboek.store._refs_at_rev")


def load_plain(path: Path, name: str):
    """The module at ``path`` as plain Python, named ``name`` inside the installed package."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> int:
    import tempfile

    ap = argparse.ArgumentParser()
    ap.add_argument("rev", nargs="?", default="HEAD")
    ap.add_argument("--runs", type=int, default=40)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = load_old(args.rev, Path(tmp))
        new = load_plain(ROOT / "store" / "refs.py", "kamerboek.store._refs_working_tree")
        for path in sample_paths():
            doc = parse_file(path)
            inputs = [(q.question, q.answer, {f.mark: f.text for f in q.footnotes}) for q in doc.questions]

            def run(module) -> float:
                module.clear_caches()
                t0 = time.perf_counter()
                for item in inputs:
                    module.analyse_question(*item)
                return time.perf_counter() - t0

            best_old = best_new = float("inf")
            for _ in range(args.runs):
                best_old = min(best_old, run(old))
                best_new = min(best_new, run(new))
            print(
                f"{path.name[:40]:40}  {args.rev[:10]} {best_old * 1000:6.2f} ms   "
                f"working tree {best_new * 1000:6.2f} ms   ratio {best_new / best_old:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
