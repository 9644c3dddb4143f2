"""Time to the first painted screen: sample store and 1,000 documents (goal 0.5 s / 1.5 s).

The 1,000 documents are variants of the samples (a numbered line added, so each has its own
content hash) imported into a temporary store. Measured headless with ``App.run_test`` from
creating the app to the first question shown in the reading panes; Python start-up and
imports are timed separately.

    .venv/bin/python bench/bench_app.py [--docs 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
from kamerboek.store.library import Library, sample_paths  # noqa: E402
from kamerboek.tui.app import KamerboekApp  # noqa: E402

IMPORTS = time.perf_counter() - T0


def make_variants(folder: Path, n: int) -> list[Path]:
    samples = [p.read_text(encoding="utf-8") for p in sample_paths()]
    out = []
    for i in range(n):
        p = folder / f"variant-{i:04d}.txt"
        p.write_text(samples[i % len(samples)] + f"\n\nVariant {i}\n", encoding="utf-8")
        out.append(p)
    return out


async def first_paint(db: Path) -> float:
    start = time.perf_counter()
    app = KamerboekApp(Library(db))
    async with app.run_test(size=(160, 50)) as pilot:
        while app.main.current is None:
            await pilot.pause(0.005)
        await pilot.pause()
        return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "samples.json"
        Library(small).import_samples()
        big = Path(tmp) / "big.json"
        files = make_variants(Path(tmp), args.docs)
        t = time.perf_counter()
        Library(big).import_paths(files)
        imp = time.perf_counter() - t
        s1 = min(asyncio.run(first_paint(small)) for _ in range(3))
        s2 = min(asyncio.run(first_paint(big)) for _ in range(3))
    print(f"imports of kamerboek.tui.app: {IMPORTS:.2f} s")
    print(f"first screen, sample store: {s1:.2f} s (best of 3)")
    print(f"first screen, {args.docs:,} documents: {s2:.2f} s (best of 3; import took {imp:.1f} s)")


if __name__ == "__main__":
    main()
