"""Giving text back its shape: paragraphs, bullet lists and flattened Word tables.

Sources wrap lines at random widths (PDF and web exports break mid-sentence) or put a whole
paragraph on one line (Word). We rejoin wrapped lines into paragraphs so the app can wrap at
the reader's width, keep list items on their own lines, and redraw Word tables (one cell per
line, each starting with a tab, rows separated by blank lines) and two-column tables copied
from a web page cell by cell ("Defensie" / "– 1.282" / …) as aligned columns.
"""

from __future__ import annotations

import re
import textwrap

BULLET = re.compile(r"^\s*(?:[–·•\-*▪◦●]|\d{1,2}[.)]|[a-z][.)])\s+")
# sentence punctuation, possibly followed by closing quotes or brackets: «… gewijzigd.»  (… 5).
_SENTENCE_END = re.compile(r"[.?!:;][\"'»”’)\]]*$")
TABLE_SEPARATOR = " │ "
MAX_CELL = 48


_HYPHENATED = re.compile(r"[a-zà-ÿ]{2}-$")


def _continues_word(next_line: str) -> bool:
    """A line-end hyphen splits a word when the next line goes on in lower case ("ver-" /
    "houdt"), not when it starts a coordination ("zorg-" / "en welzijnsbeleid")."""
    return next_line[:1].islower() and not re.match(r"(?:en|of|tot|als)\b", next_line)


# a line end that looks like a sentence end but is an abbreviation: "Defensie d.d." / "11 november"
_ABBREVIATION_END = re.compile(r"(?:\b(?:d\.d|nr|nrs|o\.a|bijv|ca|m\.b\.t|t\.a\.v|i\.v\.m|n\.a\.v|art|blz|jl|resp|incl|e\.a)\.)$", re.I)


def _goes_on(previous: str, line: str) -> bool:
    """Does ``line`` continue the sentence although ``previous`` ends in a full stop? It does
    when ``previous`` ends in an abbreviation ("Defensie d.d." / "11 november 2024") or the line
    starts in lower case (no sentence does) — hard-wrapped web text. After ":" or ";" a
    lower-case line stays apart: list items and a motion's clauses ("…;" / "verzoekt …")."""
    if _ABBREVIATION_END.search(previous, max(0, len(previous) - 10)):
        return True
    return line[:1].islower() and previous.rstrip("\"'»”’)]").endswith(".")


def _is_table_line(line: str) -> bool:
    return line.startswith("\t")


def _render_table(rows: list[list[str]]) -> list[str]:
    """Aligned columns; numbers right-aligned; long cells wrapped within their column."""
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    widths = [min(MAX_CELL, max(len(r[c]) for r in rows)) for c in range(ncols)]
    # drop columns that are empty everywhere
    keep = [c for c in range(ncols) if any(r[c] for r in rows)]
    out: list[str] = []
    for row in rows:
        wrapped = [textwrap.wrap(row[c], widths[c]) or [""] for c in keep]
        height = max(len(w) for w in wrapped)
        for i in range(height):
            cells = []
            for w, c in zip(wrapped, keep):
                cell = w[i] if i < len(w) else ""
                numeric = bool(re.fullmatch(r"[-−–€\d.,\s%]+", cell)) and any(ch.isdigit() for ch in cell)
                cells.append(cell.rjust(widths[c]) if numeric else cell.ljust(widths[c]))
            out.append(TABLE_SEPARATOR.join(cells).rstrip())
    return out


def _table_rows(lines: list[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if _is_table_line(line):
            current.append(line[1:].strip())
        elif current:
            rows.append(current)
            current = []
    if current:
        rows.append(current)
    return [r for r in rows if any(r)]


# A web page copied cell by cell: "Defensie" / "– 1.282" / "Infrastructuur en Waterstaat" / "– 942".
_NUMBER_CELL = re.compile(r"^(?:[-−–]\s?)?(?:€\s?)?\d[\d.,]*%?$")
_MIN_PAIRS = 3


def _cell_pairs(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """Rows of a two-column table written one cell per line (label, number, label, number …)
    starting at ``i``, and where it ends; None when fewer than three such rows start here."""
    rows: list[list[str]] = []
    j = i
    while j + 1 < len(lines):
        label, value = lines[j].strip(), lines[j + 1].strip()
        if not label or len(label) > 80 or _NUMBER_CELL.match(label) or _SENTENCE_END.search(label):
            break
        if not _NUMBER_CELL.match(value):
            break
        rows.append([label, value])
        j += 2
    return (rows, j) if len(rows) >= _MIN_PAIRS else None


def _header_cells(para: list[str]) -> list[str]:
    """The two short lines just before a cell-per-line table are its column titles
    ("Begroting" / "Onderuitputting in 2018"); taken off the paragraph they were joined to."""
    if len(para) < 2 or any(len(x) > 40 or _SENTENCE_END.search(x) for x in para[-2:]):
        return []
    header = para[-2:]
    del para[-2:]
    return header


def shape(lines: list[str]) -> str:
    """Turn raw block lines into display text: paragraphs joined by a blank line."""
    blocks: list[str] = []
    para: list[str] = []
    i = 0

    def flush() -> None:
        if para:
            blocks.append(" ".join(para))
            para.clear()

    while i < len(lines):
        line = lines[i]
        if _is_table_line(line):
            j = i
            while j < len(lines) and (_is_table_line(lines[j]) or not lines[j].strip()):
                j += 1
            # a run that is only a few blank tab cells is spacing, not a table
            run = lines[i:j]
            if sum(1 for x in run if x.strip()) >= 2:
                flush()
                rendered = _render_table(_table_rows(run))
                if rendered:
                    blocks.append("\n".join(rendered))
                i = j
                continue
            line = line.strip()
        stripped = line.strip()
        pairs = _cell_pairs(lines, i) if stripped and i + 1 < len(lines) and _NUMBER_CELL.match(lines[i + 1].strip()) else None
        if pairs:
            rows, i = pairs
            header = _header_cells(para)
            flush()
            blocks.append("\n".join(_render_table([header, *rows] if header else rows)))
            continue
        if not stripped:
            flush()
        elif BULLET.match(stripped):
            flush()
            para.append(re.sub(r"\s+", " ", stripped))  # a list item starts its own paragraph
        elif para and _HYPHENATED.search(para[-1]) and _continues_word(stripped):
            para[-1] = para[-1][:-1] + stripped  # "bijstands-" + "uitkering"
        elif para and (not _SENTENCE_END.search(para[-1]) or _goes_on(para[-1], stripped)):
            para.append(stripped)  # a line broken mid-sentence (or a wrapped list item) continues
        else:
            flush()
            para.append(stripped)
        i += 1
    flush()
    return _join_blocks(blocks)


def _join_blocks(blocks: list[str]) -> str:
    """Paragraphs separated by a blank line; consecutive list items by a single newline."""
    out: list[str] = []
    for block in blocks:
        if out and BULLET.match(block) and BULLET.match(out[-1].rsplit("\n", 1)[-1]):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return "\n\n".join("\n".join(line.rstrip() for line in b.split("\n")) for b in out).strip()
