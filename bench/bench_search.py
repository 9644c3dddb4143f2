"""Search latency and memory at 250,000 questions (DESIGN.md: p50 < 20 ms, p99 < 50 ms, < 1 GB).

Generates Dutch-ish questions and answers by recombining sentences from the sample documents,
with invented dossier numbers, names and compound words so the vocabulary grows like a real
archive's. The index is built straight from those texts (building the store itself is
measured by the import bench); then it is saved and loaded as the app would, and a mix of
queries (exact words, typos, prefixes, two-word queries) is timed one by one.

    .venv/bin/python bench/bench_search.py [--questions 250000] [--queries 400]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import tempfile
import time
from pathlib import Path

from kamerboek.store.search import SearchIndex, Segment, words

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = "ver be ont ge aan uit over onder door cyber data net werk wet stel plan raad zorg geld".split()


def sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_docs").glob("*.txt")))
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", text) if 40 < len(s.strip()) < 400]


def corpus(n: int, seed: int = 5) -> list[tuple[str, int, str]]:
    rng = random.Random(seed)
    pool = sentences()
    invented = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(60_000)]
    out = []
    for i in range(n):
        parts = rng.sample(pool, 3)
        extra = " ".join(rng.choice(invented) for _ in range(3))
        text = f"{' '.join(parts)} {extra} motie {rng.randint(20000, 36999)}-{rng.randint(1, 2000)}"
        out.append((f"doc{i // 60:05d}", i % 60 + 1, text))
    return out


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def queries(items: list[tuple[str, int, str]], n: int, seed: int = 9) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        ws = [w for w in words(rng.choice(items)[2]) if len(w) > 4]
        kind = rng.random()
        if kind < 0.35:
            out.append(rng.choice(ws))
        elif kind < 0.6:
            out.append(typo(rng.choice(ws), rng))
        elif kind < 0.8:
            out.append(rng.choice(ws)[:5])
        else:
            out.append(" ".join(rng.sample(ws, 2)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=int, default=250_000)
    ap.add_argument("--queries", type=int, default=400)
    args = ap.parse_args()
    t0 = time.perf_counter()
    items = corpus(args.questions)
    t1 = time.perf_counter()
    seg = Segment.build(items)
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        index = SearchIndex(Path(tmp) / "bench")
        index.segments, index.signature = [seg], "bench"
        index.save()
        t3 = time.perf_counter()
        loaded = SearchIndex(Path(tmp) / "bench")
        assert loaded.load()
        t4 = time.perf_counter()
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
    qs = queries(items, args.queries)
    del items, seg, index
    loaded.search("warm")
    times = []
    for q in qs:
        s = time.perf_counter()
        loaded.search(q)
        times.append((time.perf_counter() - s) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[int(len(times) * 0.99) - 1]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"questions: {args.questions:,}  vocabulary: {len(loaded.segments[0].vocab):,}  "
          f"postings: {len(loaded.segments[0].postings):,}")
    print(f"generate {t1 - t0:.1f} s · build {t2 - t1:.1f} s · save {t3 - t2:.1f} s · "
          f"load {t4 - t3:.2f} s · index on disk {size / 1e6:.0f} MB")
    print(f"query latency over {len(qs)} queries: p50 {p50:.1f} ms · p99 {p99:.1f} ms · max {times[-1]:.1f} ms")
    print(f"peak memory (max RSS, includes the generated corpus): {rss:.0f} MB")


if __name__ == "__main__":
    main()
