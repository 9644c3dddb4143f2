"""The one place that recognises documents, sections, questions, answers and their status.

``parse_text`` works on any text the readers produce; ``parse_source`` adds what the reader
knows (file name, format, encoding, content hash). Both raise only :class:`ParseError`.

How it works, in passes over the lines:
0. reflow: a text flattened to one line by a scraper gets its line breaks back;
1. markup: Word bookmarks go, footnote bodies are lifted out, markers become superscripts;
2. furniture: PDF running headers, page footers and page-foot footnotes (bodies lifted out,
   marks made superscript) and Kamervragen header lines ("Vragen van het lid …",
   "Antwoord van minister … (ontvangen …)") are taken out of the flow (the latter as metadata);
3. entries: question and answer labels split the text into entries (question lines, answer lines);
4. boundaries: each entry's trailing lines are checked for a section heading that belongs to the
   next entry, and for a signature or footer; the text before the first label is the preamble;
5. content: lines get their shape back (paragraphs, lists, tables), references are recognised,
   and each question gets its status.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from .. import messages
from ..model import PARSER_VERSION, Document, Footnote, Question
from ..readers import SourceText
from ..readers.clean import clean_text
from ..refs import analyse_question, collect_motions
from . import blocks, fractions, labels, layout, markup, metadata, pagenotes, qtable, reflow, status

__all__ = ["ParseError", "parse_source", "parse_text"]


class ParseError(Exception):
    """The text is readable but holds no questions; ``reason`` is one Dutch line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
        self.source = source
        self.reason = reason


@dataclass(slots=True)
class _Entry:
    numbers: tuple[int, ...]
    label: str
    printed_number: bool
    q_lines: list[str] = field(default_factory=list)
    a_lines: list[str] = field(default_factory=list)
    answer_mode: bool = False
    answer_label: str | None = None
    shares_answer_with: tuple[int, ...] = ()
    section: str | None = None
    offset: int = 0  # added to the printed numbers of a second series (see _split_entries)

    @property
    def tail(self) -> list[str]:
        return self.a_lines if self.answer_mode else self.q_lines


_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)]?\s*$")
# a line that ends a question: "…?" perhaps followed by a footnote mark ("»?1", "?¹" — PDF
# text loses the superscript) or a page reference "(blz. 5)"
_ASKS = re.compile(
    r"\?[\"'»”’)]*(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})?\s*(?:\((?:blz|p|pag|pagina)\.?\s*:?\s*[\d\s,–-]*\))?\s*$",
    re.I,
)
_PAGE = re.compile(r"\(blz\.?\s*:?\s*(\d+(?:\s*[-–]\s*\d+)?)\s*\)", re.I)


def parse_source(src: SourceText) -> Document:
    return parse_text(
        src.text,
        source=src.path.name,
        source_format=src.format,
        encoding=src.encoding,
        digest=src.digest,
        cleaned=True,
    )


def parse_text(
    text: str,
    *,
    source: str = "",
    source_format: str = "txt",
    encoding: str = "utf-8",
    digest: str | None = None,
    cleaned: bool = False,
) -> Document:
    """Parse one document's text. Raises :class:`ParseError` when it holds no questions.

    ``cleaned`` says the text already went through the readers' cleaning (control characters,
    line ends); text from anywhere else is cleaned here.
    """
    if not cleaned:
        text = clean_text(text)
    text, page_headers = reflow.reflow_flattened(text)
    text, footnote_bodies = markup.extract_footnotes(text)
    lines = [line.rstrip() for line in text.split("\n")]
    page_starts: set[int] = set()
    lines, running_headers = blocks.drop_running_headers(lines, page_starts)
    running_headers = page_headers + running_headers
    lines, notice = blocks.split_postponement(lines)  # (before its lines join a page-foot note)
    labelled = any(q.numbers for line in lines if "raag" in line and (q := labels.match_question(line)))
    lines, page_notes = pagenotes.lift_page_footnotes(lines, page_starts, labelled)
    clashing_notes: list[str] = []  # a page-foot note whose mark a Word footnote holds already
    for mark, body in page_notes.items():
        if footnote_bodies.setdefault(mark, body) != body:
            clashing_notes.append(f"{mark} {body}")
    lines, header_lines = _take_header_lines(lines)
    lines = labels.unglue_labels(lines)
    lines, table_pages, table_titles = qtable.untable(lines)
    if not table_pages and not labelled:
        lines = qtable.unspaced_rows(lines)
    lines, cell_titles = qtable.drop_cell_header(lines)
    table_titles += cell_titles

    preamble, entries = _split_entries(lines)
    by_fraction = _split_by_fraction_paragraphs(lines, entries)
    reply_trailer: list[str] = []
    if by_fraction:
        (preamble, entries), reply_trailer = by_fraction
    if not entries:
        preamble, entries = _split_by_question_marks(lines)
    if not entries:
        postponed = notice or blocks.is_postponement_notice(header_lines + lines)
        raise ParseError(source, messages.POSTPONEMENT_ONLY if postponed else messages.NO_QUESTIONS)

    leftovers: list[str] = [x for x in reply_trailer if x.strip()]
    full_preamble = list(preamble)  # metadata may sit in what is cut off as a signature
    _assign_sections(preamble, entries, leftovers, numbered_headings=bool(by_fraction))
    empty = [e for e in entries if not any(x.strip() for x in e.q_lines + e.a_lines)]
    entries = [e for e in entries if e not in empty]
    # a bare label with nothing under it is no question; keep what it said, and the heading
    # it opened when no remaining question carries that heading
    kept_sections = {e.section for e in entries}
    for e in empty:
        if e.section and e.section not in kept_sections:
            leftovers.append(e.section)
            kept_sections.add(e.section)
        leftovers += [x for x in (e.label, e.answer_label) if x]
    if not entries:
        raise ParseError(source, messages.NO_QUESTIONS)
    if not by_fraction and not any(e.answer_label for e in entries):
        for entry in entries:
            _split_unlabelled_answer(entry)
        leftovers += _trailer_after_unanswered_list(entries)

    questions = _build_questions(entries, footnote_bodies, table_pages)
    meta = metadata.extract(full_preamble, header_lines, text)
    leftovers = [x for x in preamble if x.strip()] + table_titles + leftovers + header_lines + running_headers
    leftovers += [x for x in notice if x.strip()] + clashing_notes
    cited = {f.mark for q in questions for f in q.footnotes}
    orphan_notes = tuple(
        Footnote(mark, body) for mark, body in footnote_bodies.items() if mark not in cited
    )
    doc_id = (digest or hashlib.sha256(text.encode("utf-8")).hexdigest())[:16]
    return Document(
        id=doc_id,
        source=source,
        source_format=source_format,
        encoding=encoding,
        title=meta.title,
        kind=meta.kind,
        kamerstuk=tuple(meta.kamerstuk),
        kamerstuk_ids=tuple(meta.kamerstuk_ids),
        reference=meta.reference,
        date=meta.date,
        committee=meta.committee,
        addressees=tuple(meta.addressees),
        numbered=any(e.printed_number for e in entries),
        sections=tuple(dict.fromkeys(q.section for q in questions if q.section)),
        questions=questions,
        footnotes=tuple(dict.fromkeys(f for q in questions for f in q.footnotes)) + orphan_notes,
        motions=collect_motions(questions),
        leftovers=tuple(leftovers),
        parser_version=PARSER_VERSION,
    )


# --------------------------------------------------------------------------- passes


def _take_header_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Kamervragen header lines are metadata wherever they stand, never question text.

    A header may wrap over a few lines; it runs until its "(ingezonden …)" / "(ontvangen …)"
    date has been closed, and never into a question or answer label.
    """
    kept: list[str] = []
    headers: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if labels.QUESTIONS_HEADER_START.match(line) or labels.ANSWER_HEADER.match(line):
            block = [line.strip()]
            j = i + 1
            while (
                not labels.HEADER_DATE.search(" ".join(block))
                and j < len(lines)
                and j - i < 6
                and lines[j].strip()
                and not labels.match_question(lines[j])
                and not labels.match_answer(lines[j])
            ):
                block.append(lines[j].strip())
                j += 1
            if labels.HEADER_DATE.search(" ".join(block)):
                # the sentence after the date ("Zie ook Aanhangsel …") belongs to the header too
                while j < len(lines) and lines[j].strip() and not block[-1].rstrip().endswith(".") and j - i < 8:
                    if labels.match_question(lines[j]) or labels.match_answer(lines[j]):
                        break
                    block.append(lines[j].strip())
                    j += 1
                headers.append(" ".join(block))
                i = j
                continue
        kept.append(line)
        i += 1
    return kept, headers


def _style(lines: list[str]) -> str:
    """'vraag' when the document labels questions with the word, else 'numeric'."""
    for line in lines:
        if labels.match_question(line):
            return "vraag"
    return "numeric"


def _next_nonblank(lines: list[str], i: int) -> str:
    for line in lines[i + 1 : i + 4]:
        if line.strip():
            return line
    return ""


_TABLE_ROW_LABEL = re.compile(r"^(?P<cells>[^\t]+(?:\t[^\t]*)*?)\t\s*vraag\s*:?\s*$", re.I)


def _paragraph_has_question_mark(lines: list[str], i: int, rest: str) -> bool:
    """Does the paragraph that starts at line ``i`` (or after its blank lines) ask something?"""
    if "?" in rest:
        return True
    started = bool(rest)
    for line in lines[i + 1 : i + 15]:
        if not line.strip():
            if started:
                break
            continue
        if labels.match_answer(line):
            break
        started = True
        if "?" in line:
            return True
    return False


def _numeric_label_ok(
    lines: list[str], i: int, n: int, rest: str, started: bool, last_number: int
) -> bool:
    """Is "12." / "12)" / "12" at line ``i`` a question number rather than a list item?

    It must be the next number (gaps of up to four are allowed, the first may be 0 or 1) and,
    after the first question, open a paragraph that asks something: numbered list items inside
    answers rarely end in a question mark. A numbered question without "?" after the first is
    a known limit of number-only layouts.
    """
    if not _expected_number(n, started, last_number) or rest.rstrip().endswith((",", ";", "|")):  # ("1. Algemeen |": a contents table)
        return False
    if not rest and not _next_nonblank(lines, i).strip():
        return False
    return not started or _paragraph_has_question_mark(lines, i, rest)


def _waiting_numbers(before: list[_Entry], answered: _Entry) -> tuple[int, ...]:
    """Numbers of the questions right before an unnumbered answer label that have no answer:
    a group the answer answers together — when their numbers jump ("Vraag 1 … Vraag 40 …
    Vraag 52 … Antwoord", similar questions gathered). Consecutive questions without answers
    (1, 2, 3, 4, then 5 with its answer) are questions another minister answers elsewhere."""
    waiting: list[int] = []
    for entry in reversed(before):
        if entry.answer_mode or entry.answer_label is not None:
            break
        waiting[:0] = entry.numbers
    run = [*waiting, *answered.numbers]
    if len(run) < 2 or any(b - a == 1 for a, b in zip(run, run[1:])):
        return ()
    return tuple(waiting)


def _series_done(entries: list[_Entry], offset: int) -> bool:
    """May a "Vraag 1" now start a new series? Only when the current one ran 1, 2, 3 … in order
    (two questions at least, or one with its answer: a party's single question), so a list
    with shuffled or doubled numbers keeps them as printed."""
    series = [e for e in entries if e.offset == offset and e.printed_number]
    numbers = [n - offset for e in series for n in e.numbers]
    if numbers != list(range(1, len(numbers) + 1)):
        return False
    return len(numbers) >= 2 or (len(numbers) == 1 and series[-1].answer_mode)


def _expected_number(n: int, started: bool, last_number: int) -> bool:
    """The next question number: the first may be 0 or 1, then gaps of up to four."""
    return (not started and n in (0, 1)) or (started and last_number < n <= last_number + 5)


def _take_trailing_question(lines: list[str]) -> list[str]:
    """Cut the last paragraph off ``lines`` when it asks something ("…?"), and return it."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    if not end or not _ASKS.search(lines[end - 1]):
        return []
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    taken = lines[start:end]
    del lines[start:]
    return taken


_OPEN_LINE_END = re.compile(r"[\w,]\s*$")


def _wrapped_sentence(lines: list[str], i: int) -> bool:
    """Is line ``i`` the rest of a sentence broken by a hard wrap? ("… zoals aangegeven in
    antwoord op" / "vraag 4. De zorgaanbieder …"): it starts lowercase right under a line that
    ends in a word or comma. Labels are capitalised or stand after a sentence end."""
    line = lines[i].lstrip(" *")
    if not line[:1].islower() or i == 0:
        return False
    return bool(_OPEN_LINE_END.search(lines[i - 1]))


def _split_entries(lines: list[str]) -> tuple[list[str], list[_Entry]]:
    style = _style(lines)
    preamble: list[str] = []
    entries: list[_Entry] = []
    pending_number: int | None = None
    pending_label = ""
    last_number = -1

    def current() -> _Entry | None:
        return entries[-1] if entries else None

    def open_entry(numbers: tuple[int, ...], label: str, printed: bool, rest: str) -> None:
        nonlocal last_number
        entry = _Entry(numbers, label, printed, offset=offset)
        if rest:
            entry.q_lines.append(rest)
        entries.append(entry)
        last_number = max(numbers)

    offset = 0  # a second series ("Vraag 1" again after "Vraag 17") continues the numbering

    for i, line in enumerate(lines):
        cur = current()
        if style == "vraag":
            bare = _BARE_NUMBER.match(line)
            if bare and (q := labels.match_question(_next_nonblank(lines, i))) and not q.numbers:
                pending_number = int(bare.group(1))
                pending_label = line.strip()
                continue
            q = labels.match_question(line)
            if q and _wrapped_sentence(lines, i):
                q = None
            if q and q.numbers and min(q.numbers) == 1 and cur and _series_done(entries, offset):
                offset = last_number  # a new series: a letter's second set, a party's own list
            if q and q.numbers and offset:
                q = replace(q, numbers=tuple(n + offset for n in q.numbers))
            if q:
                if not q.numbers and cur and not cur.q_lines and not cur.answer_mode and pending_number is None:
                    if q.rest:  # "Vraag 1:" then "Vraag: text": the second label is decoration
                        cur.q_lines.append(q.rest)
                    continue
                if q.numbers:
                    open_entry(q.numbers, q.label, True, q.rest)
                elif pending_number is not None:
                    open_entry((pending_number,), f"{pending_label} {q.label}", True, q.rest)
                else:
                    open_entry((last_number + 1 if last_number >= 0 else 1,), q.label, False, q.rest)
                pending_number = None
                continue
        else:
            joint = labels.match_joint_numbers(line)
            if joint and len(joint) > 1 and _numeric_label_ok(lines, i, joint[0], "", bool(entries), last_number):
                open_entry(joint, line.strip(), True, "")  # "1 en 2": one block, one answer
                continue
            num = labels.match_numeric(line)
            if num and (row := _TABLE_ROW_LABEL.match(num[1])):
                # "1.<TAB>CDA<TAB>Rouwe, de<TAB>Vraag:" (a table of debate questions by member):
                # the row's cells open the question, the text follows under it
                num = (num[0], " · ".join(c.strip() for c in row["cells"].split("\t") if c.strip()))
                if _expected_number(num[0], bool(entries), last_number):
                    open_entry((num[0],), line.strip().split("\t", 1)[0], True, num[1])
                    continue
            if num and not line.startswith("\t") and _numeric_label_ok(lines, i, *num, bool(entries), last_number):
                n, rest = num
                stripped = line.strip()
                label = (stripped[: len(stripped) - len(rest)].strip() if rest else stripped).lstrip("•▪· ")
                open_entry((n,), label, True, rest)
                continue
        a = labels.match_answer(line) if (cur or entries) else None
        if a and _wrapped_sentence(lines, i):
            a = None
        if a and a.numbers and offset:
            a = replace(a, numbers=tuple(n + offset for n in a.numbers))
        if a:
            target = cur
            if a.numbers and cur and not set(a.numbers) & set(cur.numbers):
                matches = [e for e in entries if set(a.numbers) & set(e.numbers)]
                if matches:
                    target = matches[-1]
                elif (
                    cur.answer_label is None
                    and a.numbers == (cur.numbers[-1] + 1,)
                    and any(e is not cur and e.numbers == cur.numbers for e in entries)
                ):
                    # "Vraag 7 … Vraag 7 … Antwoord 8": the second label is a misprint (or a
                    # page break ate "Vraag 8"); the answer says which question this is
                    cur.numbers = a.numbers
                    last_number = max(last_number, a.numbers[0])
                elif cur.answer_label is not None and min(a.numbers) > max(cur.numbers):
                    # "Antwoord 2" with no "Vraag 2" (a page break ate the label): a question of
                    # its own, asked by the "?" paragraph that ends the answer before it
                    open_entry(a.numbers, f"Vraag {' en '.join(map(str, a.numbers))}", True, "")
                    target = entries[-1]
                    target.q_lines = _take_trailing_question(cur.a_lines)
            assert target is not None
            if target.answer_label is not None:  # a second label for one answer: keep it as text
                target.a_lines.append(line)
                continue
            target.answer_mode = True
            target.answer_label = a.label
            if a.numbers and len(a.numbers) > 1:
                target.shares_answer_with = tuple(n for n in a.numbers if n not in target.numbers)
            elif not a.numbers and target is cur:
                # "Vraag 1 … Vraag 40 … Vraag 52 … Antwoord": grouped questions, one answer
                target.shares_answer_with = _waiting_numbers(entries[:-1], target)
            if a.rest:
                target.a_lines.append(a.rest)
            if target is not cur:
                entries.remove(target)
                entries.append(target)  # later text belongs to this answer
            continue
        if cur is None:
            preamble.append(line)
        else:
            cur.tail.append(line)
    entries.sort(key=lambda e: (min(e.numbers), e.label))
    return preamble, entries


_PRINTED_BELOW = re.compile(
    r"(?:hierna|hieronder|hierbij)\s+(?:afgedrukt|opgenomen|weergegeven)|^\s*vragen\s+en\s+antwoorden\s*$", re.I
)
_ENDS_SENTENCE = re.compile(r"[.!:;][\"'»”’)]*\s*$")
# a line that ends a block in web text: a table row ("… |") or a bare image ("![]()")
_ENDS_ROW = re.compile(r"(?:\||!\[[^\]]*\]\([^)]*\))\s*$")


def _split_by_question_marks(lines: list[str]) -> tuple[list[str], list[_Entry]]:
    """Last resort for lists that print neither numbers nor labels (older Rekenkamer lists).

    After the introduction ("… zijn hierna afgedrukt."), a run of lines ending in "?" is a
    question and what follows, up to the next such run, its answer. Numbered by order. Needs
    two questions, or three without that introduction, so prose with a stray "?" stays prose.
    """
    head = [i for i, line in enumerate(lines[:80]) if _PRINTED_BELOW.search(line)]
    start = head[-1] + 1 if head else 0
    entries: list[_Entry] = []
    block_start = start
    i = start
    while i < len(lines):
        if _ASKS.search(lines[i]):
            q_from = i
            while q_from > block_start and _continues_question(lines[q_from - 1]):
                q_from -= 1
            if entries:
                entries[-1].a_lines = lines[block_start:q_from]
            elif any(x.strip() for x in lines[start:q_from]):
                start = q_from  # unlabelled text before the first question stays preamble
            entry = _Entry((len(entries) + 1,), "", False, q_lines=lines[q_from : i + 1])
            entry.answer_mode = True
            entries.append(entry)
            block_start = i + 1
        i += 1
    if entries:
        entries[-1].a_lines = lines[block_start:]
    if len(entries) < (2 if head else 3):
        return lines, []
    return lines[:start], entries


def _split_by_fraction_paragraphs(
    lines: list[str], labelled: list[_Entry]
) -> tuple[tuple[list[str], list[_Entry]], list[str]] | None:
    """A reply to a committee report ("De leden van de VVD-fractie vragen …", see
    :mod:`.fractions`), unless labels structure the text: numbered lines that are only section
    headings ("1. Algemeen", "2. Financiële gevolgen") do not count as labels there. Returns
    ((preamble, entries), lines after the questions that answer none of them)."""
    if labelled and not _headings_only(labelled):
        return None
    head = "\n".join(lines[:60])
    report = metadata.is_report(head)  # (a nader voorlopig verslag cites the memorie van antwoord)
    reply = None if report else metadata.reply_kind(head)
    split = fractions.split_reply(lines, reply, report)
    if split is None:
        return None
    preamble, found, answered, trailing = split
    return _fraction_entries(preamble, found, answered), trailing


def _fraction_entries(
    preamble: list[str], found: list[fractions.FractionEntry], answered: bool
) -> tuple[list[str], list[_Entry]]:
    entries = [
        _Entry(
            (n,),
            "",
            False,
            q_lines=f.q_lines,
            a_lines=f.a_lines,
            answer_mode=answered,
            answer_label=f.answer_label,
            shares_answer_with=f.shares_answer_with,
        )
        for n, f in enumerate(found, start=1)
    ]
    return preamble, entries


def _headings_only(entries: list[_Entry]) -> bool:
    """Are these "questions" section headings: no answer labels, and most open with a short
    line that asks nothing?"""
    if any(e.answer_label for e in entries):
        return False
    short = sum(1 for e in entries if _heading_like_opening(e.q_lines))
    return short * 2 > len(entries)


def _heading_like_opening(q_lines: list[str]) -> bool:
    """A short first line that asks nothing and stands alone: a blank line or a members'
    paragraph follows ("1. Algemeen"), where a wrapped question would run on ("1. Kan de
    minister" / "aangeven …?")."""
    i = next((k for k, x in enumerate(q_lines) if x.strip()), None)
    if i is None:
        return False
    first = q_lines[i].strip()
    after = q_lines[i + 1] if i + 1 < len(q_lines) else ""
    return len(first.split()) <= 8 and "?" not in first and (not after.strip() or fractions.opens_with_members(after))


def _continues_question(line: str) -> bool:
    """May ``line`` be the start of the question whose "?" follows (no sentence or row end)?"""
    return bool(line.strip()) and not (_ENDS_SENTENCE.search(line) or _ASKS.search(line) or _ENDS_ROW.search(line))


def _assign_sections(
    preamble: list[str], entries: list[_Entry], leftovers: list[str], numbered_headings: bool = False
) -> None:
    """Move trailing headings to the next entry's section, and closing blocks to leftovers.
    ``numbered_headings``: see :func:`blocks.split_trailing_heading`."""
    kept, closing = blocks.split_closing(preamble)
    if closing:
        leftovers.extend(x for x in closing if x.strip())
        preamble[:] = kept
    body, heading = blocks.split_trailing_heading(preamble + [""], numbered_headings)
    section = " ".join(heading) if heading else None
    if heading:
        del preamble[len(body) :]
    for i, entry in enumerate(entries):
        entry.section = section
        tail = entry.tail
        kept, closing = blocks.split_closing(tail)
        if closing:
            leftovers.extend(x for x in closing if x.strip())
            tail[:] = kept
        if i + 1 < len(entries):
            kept, heading = blocks.split_trailing_heading(tail, numbered_headings)
            if heading:
                tail[:] = kept
                section = " ".join(heading)


def _trailer_after_unanswered_list(entries: list[_Entry]) -> list[str]:
    """In a list without answer labels where no question but the last has text after it, that
    text is the page's trailer ("* Artikel Telegraaf.nl", share buttons), not an answer: it
    comes back (for the leftovers) and the last question stays unanswered. Not when it holds a
    sentence: then it answers."""
    if len(entries) < 3 or not entries[-1].answer_mode:
        return []
    if any(any(x.strip() for x in e.a_lines) for e in entries[:-1]):
        return []
    last = entries[-1]
    if any(len(x.split()) >= 4 and x.rstrip().endswith((".", "!", "?")) for x in last.a_lines):
        return []  # a sentence: an answer ("De vragen zijn zo spoedig als mogelijk beantwoord.")
    trailer, last.a_lines, last.answer_mode = last.a_lines, [], False
    return [x for x in trailer if x.strip()]


def _split_unlabelled_answer(entry: _Entry) -> None:
    """No answer labels anywhere: an answer may simply follow its question.

    The question runs up to the last line that asks something ("?") — by paragraph when the
    text has blank lines, else by line; what follows, if it asks nothing, is the answer.
    A question list without answers has nothing after its last "?", so stays unanswered.
    """
    lines = entry.q_lines
    asking = [i for i, line in enumerate(lines) if _ASKS.search(line)]
    if not asking:
        return
    cut = asking[-1] + 1
    rest = lines[cut:]
    if not any(x.strip() for x in rest) or any("?" in x for x in rest):
        return
    entry.q_lines = lines[:cut]
    entry.a_lines = rest
    entry.answer_mode = True


def _build_questions(
    entries: list[_Entry], bodies: dict[str, str], table_pages: dict[int, str]
) -> tuple[Question, ...]:
    """``table_pages``: the page column of a question table, by question number (qtable)."""
    shared_answers: dict[int, _Entry] = {}
    for entry in entries:
        for n in entry.shares_answer_with:
            shared_answers.setdefault(n, entry)
    out: list[Question] = []
    for entry in entries:
        q_text = layout.shape(entry.q_lines)
        own = _own_questions(q_text, len(entry.numbers)) if len(entry.numbers) > 1 else None
        a_lines = entry.a_lines
        answer_label = entry.answer_label
        if not any(x.strip() for x in a_lines) and set(entry.numbers) & set(shared_answers):
            # "Antwoord op vragen 1 en 60" under question 60 answers question 1 too
            sharer = shared_answers[next(n for n in entry.numbers if n in shared_answers)]
            a_lines, answer_label = sharer.a_lines, answer_label or sharer.answer_label
        a_text = layout.shape(a_lines) or None
        notes = markup.footnotes_in(q_text + "\n" + (a_text or ""), bodies)
        refs = analyse_question(q_text, a_text, {f.mark: f.text for f in notes})
        refers_to = tuple(n + entry.offset for n in refs.refers_to)  # (within its own series)
        state, who = status.classify(a_text, refers_to)
        page = _PAGE.search(q_text)
        for k, n in enumerate(entry.numbers):
            out.append(
                Question(
                    number=n,
                    label=entry.label,
                    section=entry.section,
                    question=own[k] if own else q_text,
                    answer=a_text,
                    status=state,
                    refers_to=refers_to,
                    deferred_to=who,
                    footnotes=notes,
                    kamerstukken=refs.kamerstukken,
                    motions=refs.motions,
                    amounts=refs.amounts,
                    page=page.group(1) if page else table_pages.get(n),
                    answer_label=answer_label,
                )
            )
    return _with_referred_by(out)


def _own_questions(q_text: str, count: int) -> list[str] | None:
    """Under a joint label ("Vraag 1, 2", "Vraag 4, 5, 7 en 8") each number's own question, when
    the block holds exactly that many paragraphs, each asking something; else None (every
    number keeps the whole block)."""
    paragraphs = [p for p in q_text.split("\n\n") if p.strip()]
    if len(paragraphs) != count or not all(_ASKS_SOMETHING.search(p) for p in paragraphs):
        return None
    return paragraphs


_ASKS_SOMETHING = re.compile(r"\?[\"'»”’)]*[⁰¹²³⁴⁵⁶⁷⁸⁹,]*\s*$")


def _with_referred_by(questions: list[Question]) -> tuple[Question, ...]:
    back: dict[int, list[int]] = {}
    for q in questions:
        for n in q.refers_to:
            back.setdefault(n, []).append(q.number)
    return tuple(
        replace(q, referred_by=tuple(dict.fromkeys(back[q.number]))) if q.number in back else q
        for q in questions
    )
