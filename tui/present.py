"""Store models → what the screen shows: ``Content``/``Text`` objects, never markup strings.

Every piece of document text passes through here. Why so strict: these documents are full of
square brackets (``[Kamerstuk 26 643, nr. 1317]``) and Textual widgets read ``str`` as markup,
which silently eats some brackets and crashes on ``[/``. So text is wrapped in ``Content`` or
``Text`` objects and styled by span, and control characters are stripped once more (the readers
already do it at import; a store written by an older version or by hand might not).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.content import Content

from ..store.library import DocumentSummary, MotionMentionRow, MotionSummary
from ..store.model import Question
from ..store.search import normalise
from . import text as T

# ESC sequences first (CSI, OSC, two-byte), then any C0/C1 control except tab and newline,
# then bidi overrides and invisible format characters that could disguise text.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

REF_STYLE = "bold underline $text-accent"
MOTION_STYLE = "bold underline $text-primary"
AMOUNT_STYLE = "bold italic $text-success"
MATCH_STYLE = "bold reverse"
TABLE_SEP = " │ "


def clean(text: str | None) -> str:
    """Text safe for a terminal: no escape sequences, no control or bidi characters."""
    if not text:
        return ""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def _clean_map(text: str) -> tuple[str, list[int] | None]:
    """Cleaned text plus, when something was removed, the kept original indices (for spans)."""
    cleaned = clean(text)
    if cleaned == text:
        return text, None
    kept, i = [], 0
    # re-run the two passes while tracking positions; rare path, so simple beats fast
    removed = [False] * len(text)
    for m in _ESCAPES.finditer(text):
        for j in range(m.start(), m.end()):
            removed[j] = True
    for j, ch in enumerate(text):
        if not removed[j] and _CONTROLS.match(ch):
            removed[j] = True
    kept = [j for j in range(len(text)) if not removed[j]]
    _ = i
    return cleaned, kept


def _map_span(kept: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if kept is None:
        return start, end
    return bisect.bisect_left(kept, start), bisect.bisect_left(kept, end)


def plain(text: str | None) -> Content:
    """Any outside text as inert Content."""
    return Content(clean(text))


def first_words(text: str, width: int = 60) -> str:
    line = " ".join(clean(text).split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


# --------------------------------------------------------------------------- navigator


def doc_label(d: DocumentSummary) -> Text:
    """One document line: title, Kamerstuk or kenmerk, date, counts."""
    label = Text(first_words(d.display_title, 70), style="bold")
    meta = [", ".join(d.kamerstuk) or (d.reference or ""), d.date or ""]
    counts = d.counts
    meta.append(
        T.DOC_COUNTS.format(
            n=d.question_count,
            unanswered=counts.get("unanswered", 0),
            deferred=counts.get("deferred", 0),
        )
    )
    label.append(Text("  " + " · ".join(clean(m) for m in meta if m), style="dim"))
    return label


def section_label(section: str | None) -> Text:
    return Text(first_words(section or T.NO_SECTION, 70), style="italic")


def question_label(q: Question) -> Text:
    """Number, status mark (readable without colour) and the question's first words."""
    mark = T.STATUS_MARK[q.status]
    style = {"unanswered": "bold", "deferred": "", "referred": "dim", "answered": ""}[q.status]
    label = Text(f"{q.number:>3} {mark} ", style="bold" if q.status == "unanswered" else "")
    label.append(Text(first_words(q.question, 56), style=style))
    return label


def group_label(key: str, count: int) -> Text:
    return Text.assemble(Text(clean(key), style="bold"), Text(f"  ({count})", style="dim"))


def vergaderjaar(date: str | None) -> str | None:
    """Parliamentary year: it starts in September (third Tuesday; the month is close enough)."""
    if not date or len(date) < 7 or not date[:4].isdigit():
        return None
    year, month = int(date[:4]), int(date[5:7] or 1)
    start = year if month >= 9 else year - 1
    return f"{start}-{start + 1}"


def group_key(d: DocumentSummary, mode: str) -> str:
    if mode == "dossier":
        key = d.kamerstuk_ids[0].split("-")[0] if d.kamerstuk_ids else None
    elif mode == "vergaderjaar":
        key = vergaderjaar(d.date)
    elif mode == "commissie":
        key = d.committee
    else:
        key = None
    return key or T.GROUP_NONE


def in_range(d: DocumentSummary, dates: tuple[str, str] | None) -> bool:
    if dates is None:
        return True
    return bool(d.date) and dates[0] <= (d.date or "") <= dates[1]


def parse_dates(text: str) -> tuple[str, str] | None:
    """"2025", "2025-09", "2025-01-01 2025-12-31" → inclusive ISO bounds; ValueError otherwise."""
    parts = text.replace("t/m", " ").replace("–", " ").split()
    if not parts:
        return None
    if len(parts) > 2 or not all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", p) for p in parts):
        raise ValueError(text)
    lo, hi = parts[0], parts[-1]
    return lo, hi + "-99-99"[len(hi) - 4 :]


# --------------------------------------------------------------------------- reading panes


@dataclass(frozen=True, slots=True)
class Block:
    """A run of prose (wraps at word boundaries) or a table (never wraps, keeps its columns)."""

    kind: str  # "prose" | "table"
    content: Content


@dataclass(frozen=True, slots=True)
class PaneView:
    title: Content
    header: Content
    blocks: tuple[Block, ...]
    footer: Content | None = None


def _spans(q: Question, side: str) -> list[tuple[int, int, str]]:
    out = [(r.start, r.end, REF_STYLE) for r in q.kamerstukken if r.side == side]
    out += [(m.start, m.end, MOTION_STYLE) for m in q.motions if m.side == side]
    out += [(a.start, a.end, AMOUNT_STYLE) for a in q.amounts if a.side == side]
    return out


def styled_blocks(text: str, spans: Iterable[tuple[int, int, str]]) -> tuple[Block, ...]:
    """Split text into prose and table blocks and apply highlight spans to each."""
    cleaned, kept = _clean_map(text)
    mapped = [(*_map_span(kept, s, e), style) for s, e, style in spans]
    blocks: list[Block] = []
    pos = 0
    lines = cleaned.split("\n")
    i = 0
    while i < len(lines):
        kind = "table" if TABLE_SEP in lines[i] else "prose"
        j = i
        while j < len(lines) and (TABLE_SEP in lines[j]) == (kind == "table"):
            j += 1
        chunk = "\n".join(lines[i:j])
        start, end = pos, pos + len(chunk)
        content = Content(chunk)
        for s, e, style in mapped:
            if s < end and e > start and 0 <= s < e:
                content = content.stylize(style, max(s, start) - start, min(e, end) - start)
        if chunk.strip():
            blocks.append(Block(kind, content))
        pos = end + 1
        i = j
    return tuple(blocks)


def question_header(doc_title: str, q: Question) -> Content:
    """Number and status, then document, then section: one line each (cut, never wrapped)."""
    status = T.STATUS_LABEL[q.status]
    lines = [
        Content.assemble(
            (clean(q.label).rstrip(":") or str(q.number), "bold"),
            ("  ·  ", "dim"),
            (f"{T.STATUS_MARK[q.status]} {status}", "bold $text-warning" if q.status == "unanswered" else "bold"),
        ),
        Content(first_words(doc_title, 200)).stylize("dim", 0),
    ]
    if q.section:
        lines.append(Content(first_words(q.section, 200)).stylize("italic dim", 0))
    return Content("\n").join(lines)


def question_pane(doc_title: str, q: Question) -> PaneView:
    return PaneView(
        title=Content(T.PANE_QUESTION + f" {q.number}"),
        header=question_header(doc_title, q),
        blocks=styled_blocks(q.question, _spans(q, "question")),
    )


def answer_pane(q: Question) -> PaneView:
    if q.answer:
        blocks = styled_blocks(q.answer, _spans(q, "answer"))
    else:
        blocks = (Block("prose", Content(T.NO_ANSWER).stylize("italic", 0, len(T.NO_ANSWER))),)
    extra = []
    if q.deferred_to:
        extra.append(T.DEFERRED_TO.format(who=clean(q.deferred_to)))
    if q.refers_to:
        extra.append(T.REFERS_TO.format(nums=", ".join(map(str, q.refers_to))) + " (r)")
    if q.referred_by:
        extra.append(T.REFERRED_BY.format(nums=", ".join(map(str, q.referred_by))))
    footer_parts: list[Content] = []
    if extra:
        footer_parts.append(Content(" · ".join(extra)).stylize("italic", 0))
    if q.footnotes:
        notes = "\n".join(f"{clean(f.mark)}. {clean(f.text)}" for f in q.footnotes)
        footer_parts.append(Content.assemble((T.HEADER_FOOTNOTES, "bold"), "\n", notes))
    footer = Content("\n\n").join(footer_parts) if footer_parts else None
    status = f"{T.STATUS_MARK[q.status]} {T.STATUS_LABEL[q.status]}"
    return PaneView(
        title=Content(f"{T.PANE_ANSWER} · {status}"),
        header=Content(""),
        blocks=blocks,
        footer=footer,
    )


# --------------------------------------------------------------------------- search results

_WORDS = re.compile(r"\w+")


def highlight_terms(text: str, terms: frozenset[str] | set[str], window: int = 0) -> Content:
    """Text with every word whose normalised form is in ``terms`` highlighted.

    With ``window`` > 0, a snippet of about that many characters around the first match."""
    text = " ".join(clean(text).split())
    matches = [m for m in _WORDS.finditer(text) if normalise(m.group()) in terms]
    offset = 0
    if window and len(text) > window:
        first = matches[0].start() if matches else 0
        offset = max(0, first - window // 3)
        text = ("…" if offset else "") + text[offset : offset + window] + "…"
        offset -= 1 if offset else 0
    content = Content(text)
    for m in matches:
        s, e = m.start() - offset, m.end() - offset
        if 0 <= s and e <= len(text):
            content = content.stylize(MATCH_STYLE, s, e)
    return content


def search_result(doc_title: str, q: Question, terms: frozenset[str]) -> Content:
    """Two lines: where (document, number, status) and a snippet with the matching words."""
    head = Content.assemble(
        (f"{T.STATUS_MARK[q.status]} {clean(q.label).rstrip(':')}", "bold"),
        ("  " + first_words(doc_title, 60), "dim"),
    )
    q_words = {normalise(w) for w in _WORDS.findall(q.question)}
    source = q.question if q_words & terms or not q.answer else q.answer
    return Content.assemble(head, "\n", highlight_terms(source, terms, window=150))


# --------------------------------------------------------------------------- motions


def motion_row(m: MotionSummary) -> Content:
    status = T.motion_statuses(m.latest_statuses) or T.MOTION_NO_STATUS
    return Content.assemble(
        (clean(m.id or "—"), "bold"),
        "  ",
        clean(m.label),
        ("  · " + T.MOTION_MENTIONS.format(n=m.mentions) + f" · {clean(status)}", "dim"),
    )


def motion_choice_text(m: MotionSummary) -> str:
    """What fuzzy matching compares against: id, dossier and number apart, submitters."""
    mid = m.id or ""
    parts = [mid, mid.replace("-", " ")] + list(m.submitters)
    return " ".join(parts)


def mention_row(r: MotionMentionRow) -> Content:
    where = f"{r.doc_date or '—'} · {first_words(r.doc_title, 50)} · vraag {r.question} ({T.SIDE_LABEL.get(r.side, r.side)})"
    status = T.motion_statuses(r.statuses) or T.MOTION_NO_STATUS
    inferred = f"  ({T.LINK_INFERRED})" if r.linked_by == "submitters" else ""
    return Content.assemble(
        (clean(where), "bold"),
        ("  " + clean(status), "italic"),
        (inferred, "dim"),
        "\n",
        first_words(r.sentence or r.text, 220),
    )


def doc_title(d: DocumentSummary | None) -> str:
    return clean(d.display_title) if d else ""


def filter_bar(filters: Sequence[str], group: str) -> Content:
    return Content(
        T.FILTER_BAR.format(filters=", ".join(filters) or T.FILTER_NONE, group=T.GROUP_LABEL[group])
    )
