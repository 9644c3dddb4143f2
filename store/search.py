"""Full-text search over every question and answer: a word index with typo-tolerant lookup.

Why this shape: rapidfuzz over 250,000 whole texts per keystroke is far too slow and holds the
GIL. Instead each text is cut into normalised words and kept in an inverted index (word → sorted
question numbers, packed in ``array('I')`` so 15 million postings cost ~60 MB, not gigabytes of
Python ints). Typos are forgiven by matching the *query words* against the vocabulary with
rapidfuzz (Levenshtein distance 1–2, only over words of similar length), which is a few
milliseconds even for a large vocabulary. Ranking is idf-weighted: rare words count more, and
questions that match every query word come first.

The index lives in segments: one built from everything, plus small segments for documents added
later; removed documents are masked out. It is persisted beside the store as
``<stem>.index.json`` (vocabulary, entry table, signature) and ``<stem>.index.<n>.bin``
(postings), keyed to the set of stored document ids, so a start-up that does not search pays
nothing and a start-up that does loads the index instead of re-reading every shard.

No Textual or Rich here: this is engine code used by ``Library.search``.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import json
import math
import os
import re
import tempfile
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

INDEX_VERSION = 1
MAX_SEGMENTS = 6  # more delta segments than this and the index is rebuilt whole
_WORD = re.compile(r"\w+")

# Dutch function words: in nearly every question, so they only slow ranking down.
STOPWORDS = frozenset(
    "de het een en van in op te dat die is voor met aan er om zijn niet als bij ook door "
    "wordt worden of naar dan over u uw hoe wat welke deze dit nog wel al kan kunnen zal "
    "zou zich hun was werd tot uit per na".split()
)


def normalise(text: str) -> str:
    """Lower case without diacritics, so "financiële" finds "financiele" and back."""
    text = text.lower()
    if not text.isascii():
        text = _strip_marks(text)
    return text


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    """One word without diacritics; cached because a vocabulary repeats endlessly."""
    return word if word.isascii() else _strip_marks(word)


def words(text: str) -> list[str]:
    """The normalised words of a text, in order, as the index sees them.

    Only words with a non-ASCII letter are folded, one by one through a cache: indexing a
    quarter of a million questions sees only some tens of thousands of distinct words, and
    this is ~2.5x faster than folding whole texts first (``str.translate`` looks up every
    character).
    """
    lowered = text.lower()
    found = _WORD.findall(lowered)
    if lowered.isascii():
        return found
    out: list[str] = []
    for word in found:
        if word.isascii():
            out.append(word)
            continue
        folded = _fold_word(word)
        if folded.isalnum() or not folded:
            out.append(folded)
        else:  # folding can split a word ("ﬁ" ligatures, "½"): keep what the regex sees
            out.extend(_WORD.findall(folded))
    return out


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One question found: where it is, how well it matched, and which words matched."""

    doc_id: str
    number: int
    score: float
    matched: int  # how many query words it matched (all first)
    terms: frozenset[str]  # normalised vocabulary words that matched, for highlighting


# --------------------------------------------------------------------------- segments


class Segment:
    """An immutable inverted index over some documents' questions."""

    def __init__(
        self,
        docs: list[str],
        entry_doc: array,
        entry_num: array,
        vocab: list[str],
        offsets: array,
        postings: array,
    ) -> None:
        self.docs = docs  # document ids
        self.entry_doc = entry_doc  # entry → index into docs
        self.entry_num = entry_num  # entry → question number
        self.vocab = vocab
        self.term_id = {w: i for i, w in enumerate(vocab)}
        self.offsets = offsets  # term i → postings[offsets[i]:offsets[i+1]]
        self.postings = postings
        self._view = memoryview(postings)

    @property
    def size(self) -> int:
        return len(self.entry_num)

    def posting(self, term: str) -> memoryview | None:
        tid = self.term_id.get(term)
        if tid is None:
            return None
        return self._view[self.offsets[tid] : self.offsets[tid + 1]]

    def df(self, term: str) -> int:
        tid = self.term_id.get(term)
        return 0 if tid is None else self.offsets[tid + 1] - self.offsets[tid]

    @classmethod
    def build(cls, items: Iterable[tuple[str, int, str]]) -> Segment:
        """Index (doc id, question number, text) triples; entries keep the given order."""
        docs: list[str] = []
        doc_index: dict[str, int] = {}
        entry_doc, entry_num = array("I"), array("I")
        lists: dict[str, array] = {}
        for entry, (doc_id, number, text) in enumerate(items):
            if doc_id not in doc_index:
                doc_index[doc_id] = len(docs)
                docs.append(doc_id)
            entry_doc.append(doc_index[doc_id])
            entry_num.append(number)
            for w in set(words(text)):
                bucket = lists.get(w)
                if bucket is None:
                    bucket = lists[w] = array("I")
                bucket.append(entry)
        vocab = sorted(lists)
        offsets, postings = array("Q", [0]), array("I")
        for w in vocab:
            postings.extend(lists[w])
            offsets.append(len(postings))
        return cls(docs, entry_doc, entry_num, vocab, offsets, postings)

    # ---- persistence: a JSON header and one binary blob of arrays

    def save(self, path: Path) -> dict:
        blob = b"".join(
            a.tobytes() for a in (self.entry_doc, self.entry_num, self.offsets, self.postings)
        )
        _atomic_write(path, blob)
        return {
            "file": path.name,
            "docs": self.docs,
            "vocab": "\n".join(self.vocab),
            "lengths": [len(self.entry_doc), len(self.entry_num), len(self.offsets), len(self.postings)],
        }

    @classmethod
    def load(cls, folder: Path, header: dict) -> Segment:
        data = (folder / header["file"]).read_bytes()
        arrays, pos = [], 0
        for code, n in zip("IIQI", header["lengths"]):
            a = array(code)
            size = a.itemsize * n
            a.frombytes(data[pos : pos + size])
            pos += size
            arrays.append(a)
        vocab = header["vocab"].split("\n") if header["vocab"] else []
        return cls(header["docs"], arrays[0], arrays[1], vocab, arrays[2], arrays[3])


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- the index


QuestionSource = Callable[[str], Iterable[tuple[int, str]]]  # doc id → (number, text) pairs


def signature(revisions: Mapping[str, int]) -> str:
    """What the index was built from: document ids (content hashes) with the version of the
    parser that read each (a re-parse changes the questions but not the id)."""
    keys = sorted(d if r <= 1 else f"{d}@{r}" for d, r in revisions.items())
    return hashlib.sha1("\n".join(keys).encode()).hexdigest()


def _as_revisions(docs: Mapping[str, int] | Iterable[str]) -> dict[str, int]:
    if isinstance(docs, Mapping):
        return dict(docs)
    return dict.fromkeys(docs, 1)


class SearchIndex:
    """Segments plus removed documents; load, sync with the store, query."""

    def __init__(self, stem: Path) -> None:
        self.stem = stem
        self.segments: list[Segment] = []
        self.removed: set[str] = set()
        self.signature: str | None = None
        # parser version per indexed document, where it is not 1 (kept small on purpose)
        self.revisions: dict[str, int] = {}

    @property
    def manifest(self) -> Path:
        return self.stem.with_name(self.stem.name + ".index.json")

    def _segment_path(self, n: int) -> Path:
        return self.stem.with_name(f"{self.stem.name}.index.{n}.bin")

    def doc_ids(self) -> set[str]:
        return {d for s in self.segments for d in s.docs} - self.removed

    def load(self) -> bool:
        """Read the persisted index; False (and empty) if missing, old or damaged."""
        try:
            head = json.loads(self.manifest.read_text(encoding="utf-8"))
            if head.get("version") != INDEX_VERSION:
                return False
            segments = [Segment.load(self.stem.parent, h) for h in head["segments"]]
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return False
        revisions = head.get("revisions", {})
        if not isinstance(revisions, dict):
            return False
        self.segments, self.removed = segments, set(head.get("removed", ()))
        self.signature = head.get("signature")
        self.revisions = {str(d): int(r) for d, r in revisions.items()}
        return True

    def save(self) -> None:
        self.stem.parent.mkdir(parents=True, exist_ok=True)
        headers = [s.save(self._segment_path(i)) for i, s in enumerate(self.segments)]
        head = {
            "version": INDEX_VERSION,
            "signature": self.signature,
            "removed": sorted(self.removed),
            "revisions": self.revisions,
            "segments": headers,
        }
        _atomic_write(self.manifest, json.dumps(head, ensure_ascii=False).encode("utf-8"))
        for stale in self.stem.parent.glob(f"{self.stem.name}.index.*.bin"):
            try:
                n = int(stale.name.rsplit(".", 2)[-2])
            except ValueError:
                continue
            if n >= len(self.segments):
                stale.unlink(missing_ok=True)

    def sync(self, docs: Mapping[str, int] | Iterable[str], source: QuestionSource) -> bool:
        """Bring the index in line with the store's documents; True when it changed.

        ``docs`` maps each stored document id to the parser version that read it (a plain
        iterable of ids means version 1). New documents get a small segment of their own,
        removed ones are masked, re-parsed ones are indexed afresh; when that leaves too many
        segments or too much dead weight the whole index is rebuilt.
        """
        revisions = _as_revisions(docs)
        wanted = set(revisions)
        sig = signature(revisions)
        if sig == self.signature and self.segments:
            return False
        have = self.doc_ids()
        reparsed = {d for d in wanted & have if self.revisions.get(d, 1) != revisions[d]}
        added = sorted((wanted - have) | reparsed)
        gone = have - wanted
        dead = sum(1 for s in self.segments for d in s.docs if d in self.removed | gone)
        total = sum(len(s.docs) for s in self.segments)
        if not self.segments or len(self.segments) >= MAX_SEGMENTS or dead > total // 4:
            self.segments, self.removed = [_build(sorted(wanted), source)], set()
        else:
            self.removed |= gone
            self.removed -= set(added)  # a document re-imported after removal
            if added:
                fresh = set(added)
                if any(fresh & set(s.docs) for s in self.segments):
                    # a re-added document still sits in an old segment: start afresh
                    self.segments, self.removed = [_build(sorted(wanted), source)], set()
                else:
                    self.segments.append(_build(added, source))
        self.signature = sig
        self.revisions = {d: r for d, r in revisions.items() if r != 1}
        _expansions.cache_clear()
        return True

    # ---- querying

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        terms = [w for w in words(query) if w]
        if not terms:
            return []
        if len(terms) > 1:
            content = [w for w in terms if w not in STOPWORDS]
            terms = content or terms
        hits: list[SearchHit] = []
        for seg in self.segments:
            hits.extend(_search_segment(seg, terms, limit, self.removed))
        hits.sort(key=lambda h: (-h.matched, -h.score, h.doc_id, h.number))
        return hits[:limit]


def _build(doc_ids: list[str], source: QuestionSource) -> Segment:
    return Segment.build((d, n, text) for d in doc_ids for n, text in source(d))


# --------------------------------------------------------------------------- ranking

WALK_CAP = 8_000  # a query of only very common words ranks within the first of these
LARGE = 20_000  # postings longer than this are probed by binary search, not walked


@lru_cache(maxsize=4096)
def _expansions(seg: Segment, term: str, last: bool) -> list[tuple[str, float]]:
    """Vocabulary words a query word stands for, with a weight: exact 1, prefix .85, typo .7.

    Cached: while typing, every earlier word of the query is looked up again."""
    out: dict[str, float] = {}
    if term in seg.term_id:
        out[term] = 1.0
    if last and len(term) >= 3:  # typing: "solvi" already finds "solvinity"
        i = bisect.bisect_left(seg.vocab, term)
        prefixed = []
        while i < len(seg.vocab) and seg.vocab[i].startswith(term) and len(prefixed) < 200:
            if seg.vocab[i] != term:
                prefixed.append(seg.vocab[i])
            i += 1
        for w in heapq.nlargest(12, prefixed, key=seg.df):
            out.setdefault(w, 0.85)
    if len(term) >= 4 and not term.isdigit():
        for w in _fuzzy(seg, term):
            out.setdefault(w, 0.7)
    return list(out.items())


def _fuzzy(seg: Segment, term: str) -> list[str]:
    """Words within Levenshtein distance 1 (2 for long words) of a similar length."""
    by_len = _by_length(seg)
    limit = 1 if len(term) < 8 else 2
    candidates: list[str] = []
    for n in range(len(term) - limit, len(term) + limit + 1):
        candidates.extend(by_len.get(n, ()))
    found = process.extract(
        term, candidates, scorer=Levenshtein.distance, score_cutoff=limit, limit=8
    )
    return [w for w, _, _ in found if w != term]


_BY_LEN: dict[int, tuple[Segment, dict[int, list[str]]]] = {}


def _by_length(seg: Segment) -> dict[int, list[str]]:
    cached = _BY_LEN.get(id(seg))
    if cached and cached[0] is seg:
        return cached[1]
    table: dict[int, list[str]] = {}
    for w in seg.vocab:
        if not w.isdigit():
            table.setdefault(len(w), []).append(w)
    _BY_LEN[id(seg)] = (seg, table)
    return table


def _contains(view: memoryview, entry: int) -> bool:
    i = bisect.bisect_left(view, entry)
    return i < len(view) and view[i] == entry


def _search_segment(
    seg: Segment, terms: list[str], limit: int, removed: set[str]
) -> list[SearchHit]:
    n = max(seg.size, 1)
    groups = []  # per query word: [(view, weight*idf, word)]
    for i, term in enumerate(terms):
        exp = _expansions(seg, term, last=i == len(terms) - 1)
        views = [(seg.posting(w), weight, w) for w, weight in exp]
        views = [(v, weight, w) for v, weight, w in views if v is not None and len(v)]
        # one idf per query word, so an exact match always outranks a typo-match
        idf = math.log(1 + n / max(1, sum(len(v) for v, _, _ in views)))
        groups.append([(v, weight * idf, w) for v, weight, w in views])
    live = [g for g in groups if g]
    if not live:
        return []
    live.sort(key=lambda g: sum(len(v) for v, _, _ in g))
    scores: dict[int, float] = {}
    counts: dict[int, int] = {}
    small = [g for g in live if sum(len(v) for v, _, _ in g) <= LARGE] or live[:1]
    large = [g for g in live if g not in small]
    for group in small:
        seen: dict[int, float] = {}
        budget = WALK_CAP  # per query word, so a prefix of common words stays cheap
        walk = []
        for view, w_idf, _ in sorted(group, key=lambda t: -t[1]):
            walk.append((view[:budget], w_idf))
            budget -= len(walk[-1][0])
            if budget <= 0:
                break
        for view, w_idf in reversed(walk):
            seen.update(dict.fromkeys(view, w_idf))  # C speed; best weight written last
        for e, s in seen.items():
            scores[e] = scores.get(e, 0.0) + s
            counts[e] = counts.get(e, 0) + 1
    for group in large:
        best_first = sorted(group, key=lambda t: -t[1])
        for e in scores:
            for view, w_idf, _ in best_first:
                if _contains(view, e):
                    scores[e] += w_idf
                    counts[e] += 1
                    break
    top = heapq.nlargest(limit, scores, key=lambda e: (counts[e], scores[e]))
    out = []
    for e in top:
        doc = seg.docs[seg.entry_doc[e]]
        if doc in removed:
            continue
        # which words matched, worked out for the few shown rather than for every candidate
        terms = frozenset(w for g in live for view, _, w in g if _contains(view, e))
        out.append(SearchHit(doc, seg.entry_num[e], scores[e], counts[e], terms))
    return out


def rank_choices(query: str, choices: list[str], limit: int = 50) -> list[int]:
    """Indices of short choices (motion ids, submitters) that fit a typed query, best first.

    Numbers must be there, exactly or as a prefix ("131" while typing "1317"); names match
    within a typo ("kathman" → "Kathmann"); most other words must find a counterpart. Meant for hundreds or a few
    thousand choices, not for full text."""
    from rapidfuzz import fuzz

    q_words = words(query)
    if not q_words:
        return list(range(min(limit, len(choices))))
    scored = []
    for i, choice in enumerate(choices):
        c_words = words(choice)
        total, misses = 0.0, 0
        for qw in q_words:
            if qw.isdigit():
                best = 100.0 if qw in c_words else 90.0 if any(
                    w.startswith(qw) for w in c_words if w.isdigit()
                ) else 0.0
                if not best:  # a number the user typed must be there
                    break
            else:
                best = max((fuzz.ratio(qw, w) for w in c_words), default=0.0)
                best = max(best, 95.0 if any(w.startswith(qw) for w in c_words) else 0.0)
            if best < 70:
                misses += 1  # a topic word ("cloud") that is not in the id or names
            else:
                total += best
        else:
            if misses < len(q_words) - misses:
                scored.append((total / len(q_words), i))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [i for _, i in scored[:limit]]


def source_from(questions: Callable[[str], Iterable[object]]) -> QuestionSource:
    """Adapt a ``doc id → Question records`` function to the (number, text) pairs indexed."""

    def source(doc_id: str) -> Iterable[tuple[int, str]]:
        for q in questions(doc_id):
            yield q.number, f"{q.question}\n{q.answer or ''}"  # type: ignore[attr-defined]

    return source


__all__ = [
    "SearchHit",
    "SearchIndex",
    "Segment",
    "normalise",
    "rank_choices",
    "signature",
    "source_from",
    "words",
]

