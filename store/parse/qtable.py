"""Lists printed as a table: one row per question, a number column first.

The committees' *lijsten van vragen* are often tables with the columns "Nr | Vraag | Bijlage |
Blz. (van) | t/m", sometimes with an "Antwoord" column. They reach the parser in two shapes:

* text copied from Word or a PDF: one line per row, cells separated by tabs
  (``1<TAB>Kunt u …?<TAB><TAB>12<TAB>13``);
* our own readers' flattening of HTML/XML/Word tables: one cell paragraph per line, each
  starting with a tab, rows separated by blank lines (see ``readers._layout``).

:func:`untable` rewrites such rows as the labelled layout the parser already knows
("Vraag 1:" + question, "Antwoord:" + answer) and returns the page columns apart, so the
question text stays exactly the text of its cell. Tables that do not look like question lists
(fewer than two numbered rows that ask something) are left alone, as is everything else.
"""

from __future__ import annotations

import re

_NUMBER_CELL = re.compile(r"^\s*(?P<n>\d{1,4})[a-z]?\s*[.)]?\s*$")
# A page-like cell: "12", "xiv", "12-13", "–", or the bijlage column's short codes ("B", "bijl. 2").
_PAGE_CELL = re.compile(
    r"^\s*(?:\d{1,4}(?:\s*[-–]\s*\d{1,4})?|[ivxlc]{1,6}|[-–]|[A-Z]|bijl(?:age)?\.?\s*\d{1,3})?\s*$", re.I
)
_HEADER_FIRST = re.compile(r"^\s*(?:nr|nummer|vraagnummer|vraag\s*nr)\.?\s*$", re.I)
_ANSWER_HEAD = re.compile(r"^\s*antwoord(?:en)?\s*$", re.I)
_MIN_ROWS = 2  # one row with a number and a "?" can be anything; two make a list


def _rows(lines: list[str]) -> list[tuple[int, int, list[str]]]:
    """(first line, end line, cells) per table row, in order, in both shapes."""
    rows: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("\t"):
            j = i
            while j < len(lines) and lines[j].startswith("\t"):
                j += 1
            rows.append((i, j, [x[1:].strip() for x in lines[i:j]]))
            i = j
            continue
        if "\t" in line.strip():
            rows.append((i, i + 1, [c.strip() for c in line.strip().split("\t")]))
        i += 1
    return rows


def _numbered_row(cells: list[str]) -> int | None:
    """The number of a row that starts with a number cell and has text after it."""
    m = _NUMBER_CELL.match(cells[0]) if len(cells) >= 2 else None
    if m and any(sum(ch.isalpha() for ch in c) >= 3 for c in cells[1:]):
        return int(m["n"])
    return None


def _question_rows(rows: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """Numbered rows with rising numbers, when at least two of them ask something ("?").
    (Rising: a numbered table inside an answer, 1, 2, 3 again, is no run of questions.)"""
    taken: list[tuple[int, int, list[str]]] = []
    last = 0
    for row in rows:
        n = _numbered_row(row[2])
        if n is not None and n > last:
            taken.append(row)
            last = n
    asking = sum(any("?" in c for c in cells[1:]) for _, _, cells in taken)
    return taken if asking >= _MIN_ROWS else []


def _split_row(cells: list[str], answer_column: bool) -> tuple[list[str], list[str], str | None]:
    """(question paragraphs, answer paragraphs, page) of one row's cells after the number."""
    body = cells[1:]
    trailing: list[str] = []
    while body and _PAGE_CELL.match(body[-1]):  # bijlage / blz. (van) / t/m columns
        trailing.insert(0, body.pop())
    numbers = [c for c in trailing if re.fullmatch(r"\d{1,4}", c)]
    page = "–".join(dict.fromkeys(numbers[-2:])) if numbers else None
    body = [c for c in body if c]
    if not answer_column:
        return body, [], page
    # The question runs to its last paragraph that asks something; the rest is the answer.
    asking = [k for k, c in enumerate(body) if c.rstrip().endswith("?")]
    cut = asking[-1] + 1 if asking else len(body)
    return body[:cut], body[cut:], page


def _is_header_row(cells: list[str]) -> bool:
    """"Nr | Vraag | Bijlage | Blz. (van) | t/m": the column titles."""
    return bool(cells) and bool(_HEADER_FIRST.match(cells[0])) and any(c.lower().startswith("vra") for c in cells[1:])


def untable(lines: list[str]) -> tuple[list[str], dict[int, str], list[str]]:
    """Question-table rows rewritten as labelled questions (and answers); the page column per
    question number; the column-title rows, taken out (a lone "Vraag" cell would read as a
    label) to be kept with the leftovers. Other lines come back unchanged."""
    rows = _rows(lines)
    question_rows = _question_rows(rows)
    if not question_rows:
        return lines, {}, []
    headers = [r for r in rows if _is_header_row(r[2])]
    answer_column = any(any(_ANSWER_HEAD.match(c) for c in cells[1:]) for _, _, cells in headers)
    out: list[str] = []
    pages: dict[int, str] = {}
    titles: list[str] = []
    done = 0
    for start, end, cells in sorted(question_rows + headers):
        out.extend(lines[done:start])
        done = end
        if _is_header_row(cells):
            titles.append(" │ ".join(cells))
            continue
        n = int(_NUMBER_CELL.match(cells[0])["n"])  # type: ignore[index]
        question, answer, page = _split_row(cells, answer_column)
        if page:
            pages[n] = page
        out.append(f"Vraag {n}:")
        for paragraph in question:
            out += [paragraph, ""]
        if answer:
            out.append("Antwoord:")
            for paragraph in answer:
                out += [paragraph, ""]
    out.extend(lines[done:])
    return out, pages, titles


_COLUMN_TITLE = re.compile(
    r"^\s*(?:vraag|vragen|antwoord(?:en)?|bijlage|blz\.?(?:\s*\(van\))?|t/m|pagina|onderwerp)\s*$", re.I
)


def drop_cell_header(lines: list[str]) -> tuple[list[str], list[str]]:
    """A table header copied one cell per line ("Nr" / "Vraag" / "Bijlage" …, blank lines
    between), as web pages of a *lijst van vragen* deliver it: taken out, since a lone "Vraag"
    would read as a question label and join every numbered question into one. Needs a number
    column title first and a lone number line soon after, so a "Vraag" label stays a label."""
    for i, line in enumerate(lines[:400]):
        if len(line) > 24 or not _HEADER_FIRST.match(line):  # ("Nr", "Vraagnummer": short lines)
            continue
        j, titles = i + 1, [line.strip()]
        while j < len(lines) and j - i <= 12:
            if _COLUMN_TITLE.match(lines[j]):
                titles.append(lines[j].strip())
            elif lines[j].strip():
                break
            j += 1
        if len(titles) >= 2 and j < len(lines) and _NUMBER_CELL.match(lines[j]):
            return lines[:i] + lines[j:], [" │ ".join(titles)]
    return lines, []


# A table row whose cells lost their separators (a PDF's "Nr | Vraag | Antwoord" table as
# plain text): "1 Waarom is …? Om een adequate koppeling …" — the number, the question up to
# its last "?" that a capital follows ("Waarom …? Zo ja, hoeveel? Het …" asks two), the answer.
_UNSPACED_ROW = re.compile(r"^\s*(?P<n>\d{1,3})\s+(?P<text>[A-Z«\"“‘(].*\?[\"'»”’)]*)\s+(?P<answer>[A-Z«\"“‘(].*)$")
_MIN_UNSPACED_ROWS = 3  # rising rows 1, 2, 3 …: fewer could be a numbered list in prose


def unspaced_rows(lines: list[str]) -> list[str]:
    """Rows "N question? answer" rewritten as "N. question?" and the answer as a paragraph of
    its own, when at least three of them count up from 1 or 2 (gaps of up to four): the shape
    the numbered layout reads. Anything else comes back unchanged."""
    rows: list[tuple[int, re.Match[str]]] = []
    last = 0
    for i, line in enumerate(lines):
        m = _UNSPACED_ROW.match(line)
        if m is None:
            continue
        n = int(m["n"])
        if (not rows and n in (1, 2)) or (rows and 0 < n - last <= 4):
            rows.append((i, m))
            last = n
    if len(rows) < _MIN_UNSPACED_ROWS:
        return lines
    out = list(lines)
    for i, m in reversed(rows):
        out[i : i + 1] = [f"{m['n']}. {m['text']}", "", m["answer"], ""]
    return out
