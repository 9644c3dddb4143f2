"""Footnotes printed at the foot of PDF pages, as text extraction leaves them.

A PDF's footnote bodies sit at the bottom of each page, so in extracted text they interrupt the
question or answer that runs over the page break, and their marks lose their superscript:

* plain PDF text: the mark is a line of its own ("…stoppende boer in de weg zitten»?" then
  "1"), glued to the "?" ("…vallen»?1") or pushed to the start of the next line ("3 ingegaan
  op …"); the body is glued to its number at a page foot ("1Brabants Dagblad, 2 juli 2023,
  …", "2Kamerstuk 29 383, nr. 406.");
* PDF-to-Markdown: the mark is bracketed ("weinig waard[2]?", "(12-10-2023).[3 ]") and the
  body starts with the number and a space ("2 De Volkskrant, 20 september 2023, …");
* Kamervragen as submitted (Word): "… veroordeelde oprichter'? 1)" with the body "1) Pointer,
  17 november 2024, …" below the questions.

This pass takes the bodies out of the flow (so motions cited there stop landing in whatever
answer precedes the page break) and turns the marks into superscripts, the form the rest of
the parser and the reference recogniser already follow. It only acts on evidence: the bodies
must be numbered 1, 2, 3 … in document order; a body with a space after its number must start
a page-foot block (after a blank line or another body), in a text with bracketed marks, and be
pointed at by one (or follow marked bodies in exact sequence). A bare-number question list ("1" / "Wat is …?") therefore
never looks like footnotes.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .markup import superscript

# "1Brabants Dagblad, …": number glued to a capital, quote or bracket (never "12,5 miljoen").
_GLUED_BODY = re.compile(
    r"^\s*(\d{1,2})((?:[A-Z«\"“„(\[]|https?://|www\.|[a-z][\w-]*\.(?:nl|com|org|eu|int|be|de)\b)[^\n]{7,})$"
)  # (also "2wetten.nl – Regeling …")
# "2 De Volkskrant, …", "2 https://…", "11 3628105-CZ.": number, one space, a capital, link or
# digit (Markdown exports; counts only when a [2] mark points at it).
_SPACED_BODY = re.compile(r"^\s*(\d{1,2})[ \t]((?:[A-Z«\"“„(\d]|https?://|www\.)[^\n]{7,})$")
_BRACKET_MARK = re.compile(r"\[(\d{1,2}(?: \d{1,2}){0,3}) ?\]")  # "[2]", "[3 ]", "[4 5 ]" (two notes)
# "…oprichter'? 1)": a parenthesised mark ending a line after the sentence's punctuation, and
# its body "1) Pointer, 17 november 2024, …" (counts only when such a mark points at it)
_PAREN_MARK = re.compile(r"(?<=[?!.»”\"'’])[ \t]?(\d{1,2})\)[ \t]*$")
_PAREN_BODY = re.compile(r"^\s*(\d{1,2})\)[ \t]+((?:[A-Z«\"“„(\[\d]|https?://|www\.)[^\n]{7,})$")
_LONE_MARK = re.compile(r"^\s*(\d{1,2})\s*$")
_LINK_GOES_ON = re.compile(r"\(?(?:https?://|www\.)")  # a body's link wrapped to the next line: "(https://…"
# "…natuurbranden" / "3. Hiermee …": a mark with the full stop after it, pushed to the next line
_MARK_STOP = re.compile(r"^(\d{1,2})\.[ \t]+(?=[A-Z])")
# a body whose text starts with a year, glued to its number: "22023 Annual report: …"
_YEAR_BODY = re.compile(r"^\s*(\d)((?:19|20)\d\d\s+[A-Z][^\n]{5,})$")
_LONE_MARKS = re.compile(r"^\s*(\d{1,2}(?:(?:\s*,\s*|\s+)\d{1,2}){1,3})\s*$")  # "2 3": two marks on a line
# "3 ingegaan op het proces …": the mark of the line above, pushed to the start of this one
# (a sentence never starts lowercase after a number in these documents).
_LEADING_MARK = re.compile(r"^(\d{1,2}) (?=[a-z])")
_LEADING_MARK_ANY = re.compile(r"^(\d{1,2})(?: (?=[A-Za-z])|(?=[,;:]\s))")  # (labelled text: lift_page_footnotes)
# "… geïnformeerd3.", "duurzaam verblijf5 tellen": a mark glued to a word of four or more
# lower-case letters (in a labelled text, and only a number with a body; "CO2" never matches)
_GLUED_MARK = re.compile(r"(?<=[A-Za-zß-ÿ][a-zß-ÿ]{3})(\d{1,2})(?=[.,;:!?)]?(?:\s|$))")  # ("Irak5", not "CO2")
_END_MARK = re.compile(r"(?:(?<=[?!»”\")])|(?<=[a-z]\.))(\d{1,2})\s*$")  # "…vallen»?1", "… komen.1"
_MARK_ONLY = re.compile(r"^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+[?!.,;:)»”]*\s*$")
_ENDS_SENTENCE = re.compile(r"[.)»”\"]\s*$")
_MAX_CONTINUATION = 4


def lift_page_footnotes(
    lines: list[str], page_starts: AbstractSet[int] = frozenset(), labelled: bool = False
) -> tuple[list[str], dict[str, str]]:
    """Take page-foot footnote bodies out of ``lines`` and superscript their marks.

    Returns the new lines and {mark: body}; unchanged lines and {} when the text shows no
    numbered page-foot footnotes. ``page_starts``: lines that open a page (after a running
    header or page footer, see ``blocks.drop_running_headers``): a body never runs on into
    them. ``labelled``: the questions carry "Vraag N" labels, so a number at the start of a
    line is never a question number: "…uitgevaardigd." / "2 Deze richtlijnen …" and a lone
    "7" above "Kunt u …" are marks when a body of that number exists.
    """
    bracketed = {n for line in lines if "[" in line for m in _BRACKET_MARK.findall(line) for n in m.split()}
    parens = {m[1] for line in lines if line.endswith(")") and (m := _PAREN_MARK.search(line, max(0, len(line) - 12)))}
    bodies, body_lines = _find_bodies(lines, bracketed, parens, page_starts)
    if not bodies:
        return lines, {}
    out: list[str] = []
    after_foot = False  # a page foot was just lifted out: the page break may split a sentence
    for i, line in enumerate(lines):
        if i in body_lines:
            after_foot = True
            continue
        if i in page_starts:
            after_foot = True
        if after_foot and line.strip():
            after_foot = False
            _join_across_page_break(out, line)
        lone = _LONE_MARK.match(line)
        if lone and lone.group(1) in bodies and (labelled or _mark_not_label(lines, i)) and _attach_mark(out, lone.group(1)):
            continue
        several = _LONE_MARKS.match(line)
        if several and (sups := _superscripts(several.group(1).replace(",", " "), bodies)) and _attach_mark(out, sups):
            continue
        stop = _MARK_STOP.match(line) if labelled else None
        glue = False  # the rest of this line continues the line above (its sentence went on)
        if stop and stop.group(1) in bodies and _ends_mid_sentence(out) and _attach_mark(out, stop.group(1) + "."):
            line, glue = line[stop.end() :], True
        lead = (_LEADING_MARK_ANY if labelled else _LEADING_MARK).match(line)
        if lead and lead.group(1) in bodies:
            rest = line[lead.end() :]
            punct = rest[:1] if rest[:1] in ",;:" else ""  # "4, zal ik …": the comma goes with the mark
            if _attach_mark(out, lead.group(1) + punct):
                line = rest[len(punct) :].lstrip() if punct else rest
        if bracketed:
            line = _BRACKET_MARK.sub(lambda m: _superscripts(m[1], bodies) or m[0], line)
        paren = _PAREN_MARK.search(line, max(0, len(line) - 12)) if line.endswith(")") else None
        if paren and paren.group(1) in bodies:
            line = line[: paren.start()] + superscript(paren.group(1))
        end = _END_MARK.search(line)
        if end and end.group(1) in bodies:
            line = line[: end.start()] + superscript(end.group(1))
        if labelled and any(c.isdigit() for c in line):
            line = _GLUED_MARK.sub(lambda m: superscript(m[1]) if m[1] in bodies else m[0], line)
        if _MARK_ONLY.match(line) and _attach_mark(out, line.strip(), drop_blanks=True):
            continue  # "[2 ]?" left alone on the next page: it ends the sentence before the break
        if glue:
            k = max(k for k, x in enumerate(out) if x.strip())
            out[k] = f"{out[k]} {line.strip()}"
            continue
        out.append(line)
    return out, bodies


def _find_bodies(
    lines: list[str], bracketed: set[str], parens: set[str], page_starts: AbstractSet[int] = frozenset()
) -> tuple[dict[str, str], set[int]]:
    """Page-foot bodies in number order, and their line indexes.

    A glued body ("2Kamerstuk …") must be the next number. A spaced one ("2 De Volkskrant …")
    must open a block (after a blank line or another body) and either be pointed at by a
    bracketed mark, when it may skip a few numbers whose bodies were lost, or be exactly the
    next number after marked ones (its own mark may have been lost in extraction).
    """
    bodies: dict[str, str] = {}
    used: set[int] = set()
    expected = 1
    i = 0
    while i < len(lines):
        number, first, glued = _body_start(lines[i], bracketed, parens, expected)
        if number is None or not _accepted(number, expected, glued, bracketed | parens, lines, i, used):
            i += 1
            continue
        text = [first.strip()]
        taken = [i]
        j = i + 1
        while j < len(lines) and len(taken) <= _MAX_CONTINUATION and j not in page_starts:
            nxt = lines[j].strip()
            if not nxt or _body_start(lines[j], bracketed, parens, number + 1)[0] is not None:
                break
            if _ENDS_SENTENCE.search(text[-1]) and not nxt[:1].islower() and not _LINK_GOES_ON.match(nxt):
                break
            text.append(nxt)
            taken.append(j)
            j += 1
        bodies[str(number)] = " ".join(text)
        used.update(taken)
        expected = number + 1
        i = j
    return bodies, used


def _accepted(
    number: int, expected: int, glued: bool, bracketed: set[str], lines: list[str], i: int, used: set[int]
) -> bool:
    if glued:
        return number == expected
    if not (i == 0 or not lines[i - 1].strip() or (i - 1) in used):
        return False
    if str(number) in bracketed:
        return expected <= number <= expected + 3
    return number == expected > 1


def _body_start(
    line: str, bracketed: set[str], parens: AbstractSet[str] = frozenset(), expected: int | None = None
) -> tuple[int | None, str, bool]:
    """(number, text, glued) when ``line`` may open a footnote body, else (None, "", False).
    Spaced bodies are considered only in a text that has bracketed marks at all, "1) …" bodies
    only when a "? 1)" mark points at them, a body starting with a year ("22023 Annual
    report") only as the ``expected`` number."""
    if not line.lstrip()[:1].isdigit():  # (most lines: no regex needed)
        return None, "", False
    if expected is not None and expected < 10 and (m := _YEAR_BODY.match(line)) and m.group(1) == str(expected):
        return expected, m.group(2), True
    if parens and (m := _PAREN_BODY.match(line)) and m.group(1) in parens:
        return int(m.group(1)), m.group(2), False
    m = _GLUED_BODY.match(line)
    if m is not None:
        return int(m.group(1)), m.group(2), True
    if bracketed and (m := _SPACED_BODY.match(line)):
        return int(m.group(1)), m.group(2), False
    return None, "", False


def _join_across_page_break(out: list[str], line: str) -> None:
    """Drop the blank lines a lifted page foot left when ``line`` carries on the sentence
    before it ("De NZa heeft" … "het signaal ontvangen.")."""
    k = len(out)
    while k and not out[k - 1].strip():
        k -= 1
    before = out[k - 1].rstrip() if k else ""
    if k == len(out) or not before or _ENDS_SENTENCE.search(before) or before.endswith(("?", ":")):
        return
    # the next page goes on in lower case, or the page ended inside a sentence ("… van het
    # relatieve aantal" / "EER-studenten met …") and what follows is no label
    mid_sentence = before[-1].islower() or before.endswith(",")
    if line.lstrip()[:1].islower() or (mid_sentence and not _LABEL_START.match(line)):
        del out[k:]


_LABEL_START = re.compile(r"^\s*(?:vraag|vragen|antwoord)\b", re.I)


def _mark_not_label(lines: list[str], i: int) -> bool:
    """A lone number is a footnote mark, not a bare question number, when what follows it
    carries on a sentence (lowercase), is a label ("Antwoord 1") or is the end of the text;
    a bare-number question list has a capitalised question under its numbers."""
    for j in range(i + 1, len(lines)):  # (no slice: a text may hold many lone numbers)
        s = lines[j].strip()
        if s:
            return s[:1].islower() or bool(_LABEL_START.match(s)) or s[:1].isdigit()
    return True


def _superscripts(marks: str, bodies: dict[str, str]) -> str:
    """"4 5" → "⁴,⁵" when every mark has a body, else "" (leave the brackets alone)."""
    numbers = marks.split()
    return ",".join(superscript(n) for n in numbers) if all(n in bodies for n in numbers) else ""


def _ends_mid_sentence(out: list[str]) -> bool:
    """Does the last line kept stop inside a sentence (a word, no punctuation)? Then a "3." at
    the next line's start is its mark and full stop, not a list item (a list follows ":")."""
    last = next((x.rstrip() for x in reversed(out) if x.strip()), "")
    return bool(last) and last[-1].isalpha() and last[-1].islower()


def _attach_mark(out: list[str], mark: str, drop_blanks: bool = False) -> bool:
    """Append ``mark`` (digits are superscripted) to the last non-blank line kept, where it
    stood before the page break; ``drop_blanks`` also removes the blank lines the lifted page
    foot left behind, so the sentence reads on."""
    for k in range(len(out) - 1, -1, -1):
        if out[k].strip():
            out[k] = out[k].rstrip() + superscript(mark)
            if drop_blanks:
                del out[k + 1 :]
            return True
    return False
