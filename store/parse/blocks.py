"""Telling headings, signatures and page furniture apart from question and answer text.

Official lists put section headings ("Vragen inzake … (VII) …", "Overige vragen") directly
after the previous question or answer, often with no blank line between. We look backwards from
each question label for a trailing run of lines that reads like a heading rather than the end
of a paragraph. Signature blocks, "Ondertekenaars", closing formulas and web-page footers are cut
from the end of a block the same way. What is cut is never dropped: it becomes a section, or
goes to the document's leftovers.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..refs import occurrences

# A heading's first line, when it starts like this, is a heading whatever its length.
STRONG_HEADING = re.compile(
    r"""^(?:
        vragen\s+(?:en\s+antwoorden\s+)?(?:inzake|over|bij|aan|betreffende|m\.b\.t\.|met\s+betrekking|naar\s+aanleiding|ten\s+aanzien)
      | (?:vragen|opmerkingen)\s+(?:en\s+\w+\s+)?van\s+de\s+(?:leden|(?:[\w-]+-)?fractie)
      | overige\b | overkoepelend | algeme(?:e)?n\b | inleiding\b
      | wijziging\s+van\s+de\s+begrotingsstaten
      | (?:ministerie|begroting|begrotingshoofdstuk|hoofdstuk|beleidsartikel|niet-beleidsartikel|
           artikel\s+\d|onderdeel|paragraaf|thema|blok|deel\s+[IVX\d]|agentschap|bijlage)\b
      | \d+(?:\.\d+)+\s+\S
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that end a heading search: the previous block ends here.
_SENTENCE_END = re.compile(r"[.?!;:][\"'»”’)\]]*\s*$")
_LIST_HEADER = re.compile(r"^(?:vragen\s+en\s+antwoorden|lijst\s+van\s+vragen(?:\s+en\s+antwoorden)?)\s*$", re.I)
_NOT_HEADING_START = re.compile(r"^(?:[–·•\-*▪]|\t|zie\b|ja\b|nee\b|\d+[.)]\s)", re.I)
_STOPWORD_END = re.compile(r"\b(?:de|het|een|van|en|of|op|in|te|voor|aan|met|dat|die|om|door|bij|naar|als|is|zijn|wordt|worden)$", re.I)

# A closing line after which everything is signature or page furniture.
CLOSING_STRONG = re.compile(
    r"""^(?:
        ondertekenaars?\b | eerste\s+ondertekenaar | mede\s*ondertekenaar
      | hoogachtend | met\s+(?:vriendelijke|hoogachtende)\s+groet | \(?w\.g\.\)?
      | naar\s+boven | terug\s+naar\s+boven | deel\s+deze\s+pagina | privacy(?:verklaring)?\s*$
      | cookies?\s*$ | toegankelijkheid\s*$ | copyright\b | ©
      | nr\.?\s+\d{4}Z\d{4,6}\s*$ | indieners?\s*$          # a Kamervraag's closing record
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A signature title ("De Minister van Economische Zaken en Klimaat,"): only a signature when
# it is short and followed by at most a few short lines (a name, a function).
CLOSING_TITLE = re.compile(
    r"""^(?:
        de\s+(?:fungerend\s+)?(?:voorzitter|griffier|adjunct-griffier)\s+van\s+de\s+(?:vaste\s+)?commissie\b
      | (?:adjunct-)?griffier\s+van\s+de\s+commissie\b
      | de\s+griffier\s+voor\s+dit\s+verslag\b                # the Eerste Kamer's reports
      | (?:de\s+)?(?:minister|staatssecretaris|minister-president)\s+(?:van|voor)\s+[^.?!]+$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "Tweede Kamer, vergaderjaar 2024–2025, 36 512, nr. 6 3"; the Eerste Kamer numbers its
# documents with letters: "Eerste Kamer, vergaderjaar 2023–2024, 36 410, C 2"
RUNNING_HEADER = re.compile(
    r"^\s*(?:Tweede|Eerste)\s+Kamer,?\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s"
    r"(?:.{0,60}?nr\.\s*\d+|\d{2}\s?\d{3}(?:[ -][IVXLC]{1,6})?,\s*(?-i:[A-Z]{1,2}))\s*\d*\s*$",
    re.I,
)


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


_SECTION_NUMBER = re.compile(r"^(?:§\s*)?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?-i:[IVX]{1,4})\.?)\s+")
# "Vastgesteld 1 december 2009", "Ontvangen …", "Den Haag, …": a date line, never a heading or title
DATE_LINE = re.compile(r"^\s*(?:vastgesteld|ontvangen|datum|den\s+haag\s*,|'s-gravenhage\s*,)", re.I)


def _heading_like(line: str, numbered: bool = False) -> bool:
    s = line.strip()
    if not s or "?" in s or _SENTENCE_END.search(s):
        return False
    return not _NOT_HEADING_START.match(_SECTION_NUMBER.sub("", line) if numbered else line)


def _all_caps_heading(line: str) -> bool:
    """"ALGEMEEN", "VRAGEN OVER DE BEGROTING": two or more capitalised words, mostly letters."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    letters = sum(c.isalpha() for c in line)
    return line.isupper() and len(words) >= 1 and letters >= 0.7 * len(line.replace(" ", "")) and letters >= 4


_CODE = re.compile(r"^(?:[A-Z][a-z]{1,3}|[A-Z]{2,5}\d?)$")
_SHORT_ANSWERS = frozenset({"ja", "nee", "nvt", "ok", "oké", "geen", "idem"})


def _theme_code(candidate: list[str]) -> bool:
    """A list's theme code on a line of its own before a question ("Wn" for Wonen in a BZK
    list): a heading, though it is one short word. Short answers ("Nee") are not codes."""
    return len(candidate) == 1 and bool(_CODE.match(candidate[0])) and candidate[0].lower() not in _SHORT_ANSWERS


def split_trailing_heading(lines: list[str], numbered: bool = False) -> tuple[list[str], list[str]]:
    """Split ``lines`` (a block just before a question label) into (body, heading).

    A heading is a run of at most four heading-like lines that starts after a sentence end,
    a blank line or the list's own title ("Vragen en antwoorden"), and either begins with a
    heading phrase (strong) or is short: at most two lines and twelve words, not ending in a
    function word (weak). The body is never emptied: a lone short line is an answer ("Nee").
    ``numbered``: a section number may lead a weak heading ("2. Financiële gevolgen", "§ 3.1
    Uitvoering"), and one word is a heading too ("Zuivelmarkt"); only in a reply to a report,
    where numbers label no questions and no answer is a lone word.
    """
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and end - start < 4 and _heading_like(lines[start - 1], numbered):
        start -= 1
    if start == end:
        return lines, []
    for first in range(start, end):  # the heading may start anywhere a strong phrase starts
        candidate = [x.strip() for x in lines[first:end]]
        before = lines[first - 1].strip() if first > 0 else ""
        boundary = first == 0 or not before or _SENTENCE_END.search(before) or _LIST_HEADER.match(before)
        if not boundary and not STRONG_HEADING.match(candidate[0]):
            continue
        body = lines[:first]
        if not any(x.strip() and not _LIST_HEADER.match(x) for x in body) and first == 0:
            # nothing would be left: keep it as body unless the block is pure preamble
            return lines, []
        if DATE_LINE.match(candidate[0]):
            return lines, []
        strong = bool(STRONG_HEADING.match(candidate[0])) or _all_caps_heading(candidate[0]) or _theme_code(candidate)
        opening = _SECTION_NUMBER.sub("", candidate[0]) if numbered else candidate[0]
        weak = (
            len(candidate) <= 2
            and 1 <= _words([opening, *candidate[1:]]) <= 12
            # (one word is a heading only with a number, or between the paragraphs of a reply to
            # a report, where no answer is a lone word: "Zuivelmarkt")
            and (
                _words(candidate) >= 2
                or (numbered and (opening != candidate[0] or candidate[0].lower() not in _SHORT_ANSWERS))
            )
            and opening[:1].isupper()
            and not _STOPWORD_END.search(candidate[-1])
        )
        if strong or weak:
            return body, candidate
    return lines, []


def split_closing(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut a signature block, closing formula or page footer off the end of a block.

    Strong closings ("Ondertekenaars", "Hoogachtend,") cut whatever short lines follow; a bare
    title ("De Minister van …,") only when it is short itself and followed by at most four short
    lines, so a sentence like "De Minister van EZ beantwoordt deze vraag …" stays in the answer.
    """
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or not (CLOSING_STRONG.match(s) or CLOSING_TITLE.match(s)):
            continue
        tail = [x.strip() for x in lines[i + 1 :] if x.strip()]
        if CLOSING_STRONG.match(s):
            if all(len(x.split()) <= 16 and not x.endswith("?") for x in tail):
                return lines[:i], lines[i:]
        elif CLOSING_TITLE.match(s):
            # a heading after the signature opens the text below it ("Vragen en opmerkingen van
            # de CDA-fractie" under a committee's signature): the signature ends there
            end = next((k for k in range(i + 1, len(lines)) if _heading_after_signature(lines[k])), len(lines))
            tail = [x.strip() for x in lines[i + 1 : end] if x.strip()]
            # names and further signature titles only ("Van Dalen", "De griffier van …,")
            short = len(s.split()) <= _title_words(s) and len(tail) <= _tail_lines(s)
            if short and all(_signature_line(x) for x in tail):
                start = i
                before = [j for j in range(i) if lines[j].strip()][-1:]
                if before and _NAME.match(lines[before[0]].strip()):
                    start = before[0]  # the signer's name above the title ("Heleen Herbert")
                return lines[:start] + lines[end:], lines[start:end]
    return lines, []


def _heading_after_signature(line: str) -> bool:
    """A heading that a signature block cannot hold: a strong heading phrase, or a line in
    capitals that is no title of a signer ("DE MINISTER VAN FINANCIËN,")."""
    s = line.strip()
    if not s or s.endswith(",") or CLOSING_TITLE.match(s):
        return False
    return bool(STRONG_HEADING.match(s)) or _all_caps_heading(s)


_NAME = re.compile(r"^(?:[A-Z]\.)*\s*(?:[A-Z][\w'’-]+|van|de|der|den|ten|ter|el)(?:\s+(?:[A-Z][\w'’-]+|van|de|der|den|ten|ter|el)){0,3}$")


def _signature_line(line: str) -> bool:
    return (len(line.split()) <= 6 and not line.endswith((".", "?"))) or (
        bool(CLOSING_TITLE.match(line)) and len(line.split()) <= _title_words(line)
    )


_COMMITTEE_TITLE = re.compile(r"^de\s+(?:fungerend\s+)?(?:voorzitter|griffier|adjunct-griffier)\s+van\b", re.I)


def _tail_lines(title: str) -> int:
    """How many lines may sign under a title: a committee's chair and clerk, or the chairs of
    three committees with their clerk (a Rekenkamer report sent to several committees)."""
    return 12 if _COMMITTEE_TITLE.match(title) else 6


def _title_words(title: str) -> int:
    """How long a signature title may be: a committee's name runs long ("De voorzitter van de
    vaste commissie voor Sociale Zaken en Werkgelegenheid,"); a minister's title longer than
    nine words is a sentence ("De Minister van EZ beantwoordt deze vraag …")."""
    return 16 if _COMMITTEE_TITLE.match(title) and title.rstrip().endswith(",") else 9


# The footer of every page of an Aanhangsel van de Handelingen (Kamervragen answers) PDF:
# "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2" (the page number), on page 1 after
# "ISSN 0921 - 7398’s-Gravenhage 2023". Text extraction often glues it to the next line
# ("…Aanhangsel 1Antwoord 3"), so it is cut out wherever it stands in a line.
AANHANGSEL_FOOTER = re.compile(
    r"(?:ISSN\s?\d{4}\s?[-–]\s?\d{3}[\dX]\s*)?(?:['’]s[-‑]Gravenhage\s+\d{4}\s*)?"
    r"(?:Tweede|Eerste)\s+Kamer,?\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s*(?:Aanhangsel|Vragen)(?:\s+\d{1,3}(?!\d)|\s*$)"
)
# Lines that are nothing but page furniture: the Aanhangsel's document code ("ah-tk-20222023-3649",
# "h tk 20232024 387" after a PDF-to-text tool ate the dashes), a Kamerstuk code
# ("kst-36850-VII-3"), and a page rule ("-----") from a PDF-to-Markdown export.
PAGE_CODE = re.compile(
    r"^\s*(?:ah-[te]k-\d{8}-\d{1,5}|kv-[te]k-\d{4}Z\d{4,6}|a?h\s[te]k\s\d{8}\s\d{1,5}|kst-\d{5,6}(?:-[\w()]+){1,3}|-{3,}|_{3,})\s*$",
    re.I,
)


# officielebekendmakingen.nl's page around a document, as a copy from the browser keeps it: the
# metadata table ("Datum publicatie | Organisatie | Vergaderjaar | …", its rule and value row,
# also glued: "Datum publicatieOrganisatieVergaderjaar…"), menu lines and the category label.
WEB_FURNITURE = re.compile(
    r"""^\s*(?:
        datum\s*publicatie\s*\|?\s*organisatie.*
      | (?:-{3,}\s*\|\s*){2,}
      | tweede\s+kamer\s+der\s+staten-generaal\d{4}\s*-\s*\d{4}.*     # (the row with pipes names the Kamerstuk: kept)
      | zoals\s+vergunningen,\s+bouwplannen\s+en\s+lokale\s+regelgeving\.
      | adressen\s+en\s+contactpersonen\s+van\s+overheidsorganisaties\.
      | u\s+bent\s+hier:
      | kamervragen\s+(?:zonder|met)\s+antwoord
      | brief\s+regering                                   # tkconv's category label
      | nummer:\s*\d{4}D\d{4,6},\s*datum:.*                # tkconv's document line
      | directe\s+link\s+naar\s+document\b.*
      | preview\s+document\b.*
      | direct\s+naar\s+\(in\s+deze\s+pagina\):.*                # rijksbegroting.nl
      | [•·*]?\s*download\s+pdf
    )\s*$""",
    re.I | re.X,
)
# a word every WEB_FURNITURE line holds (plain substrings: a few fast scans of the whole text)
_FURNITURE_WORDS = (
    "ublicatie", "UBLICATIE", "---", "Generaal1", "Generaal2", "bouwplannen", "contactpersonen", "bent hier",
    "zonder Antwoord", "zonder antwoord", "met Antwoord", "met antwoord", "rief regering", "ummer:", "irecte link",
    "review", "irect naar", "ownload",
)


def drop_running_headers(lines: list[str], page_starts: set[int] | None = None) -> tuple[list[str], list[str]]:
    """Remove page furniture a PDF export repeats: running headers ("Tweede Kamer, vergaderjaar
    …, nr. 3  5"), Aanhangsel page footers (also when glued to text) and page codes; and the
    web page around a document (:data:`WEB_FURNITURE`). What is removed is returned, for the
    leftovers. ``page_starts`` receives the indexes (in the lines kept) that follow a running
    header or page footer: a page-foot note never runs on past them."""
    kept: list[str] = []
    dropped: list[str] = []
    text = "\n".join(lines)
    web = any(w in text for w in _FURNITURE_WORDS)  # (most documents hold none: no regex per line)
    for line in lines:
        if "ergaderjaar" in line:
            if RUNNING_HEADER.match(line):
                dropped.append(line)
                if page_starts is not None:
                    page_starts.add(len(kept))
                continue
            if ("anhangsel" in line or "Vragen" in line) and (m := AANHANGSEL_FOOTER.search(line)):
                dropped.append(m.group().strip())
                before, after = line[: m.start()].rstrip(), line[m.end() :].strip()
                if before:
                    kept.append(before)
                if page_starts is not None:
                    page_starts.add(len(kept))
                if after:
                    kept.append(after)
                continue
        if ("-" in line or "tk" in line or "ek" in line or "_" in line) and PAGE_CODE.match(line):
            dropped.append(line.strip())
            continue
        if web and len(line) < 200 and WEB_FURNITURE.match(line):  # (furniture lines are short)
            dropped.append(line.strip())
            continue
        kept.append(line)
    return kept, dropped


# "Mededeling" (of "Mededeling van staatssecretaris …") above the notice that answers come late:
# "… kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord."
_NOTICE_HEAD = re.compile(r"^\s*(?:\*\*|#+\s*)?(?:mededeling|uitstelbericht)\b(?:\s+van\b.*)?[*\s]*$", re.I)
_POSTPONED = re.compile(
    r"niet\s+binnen\s+de\s+(?:gebruikelijke\s+|gestelde\s+)?termijn|\buitstel\b|later\s+(?:worden\s+)?beantwoord", re.I
)


# The askers' own note under their questions: "Toelichting:" / "Deze vragen dienen ter
# aanvulling op eerdere vragen …" — it explains the questions and answers none of them.
_ASKERS_NOTE = re.compile(r"^\s*(?:\*\*)?toelichting\s*:?(?:\*\*)?\s*(?:$|(?=deze\s+vragen))", re.I)
_ABOUT_THESE = re.compile(r"\bdeze\s+vragen\s+(?:dienen|zijn|worden|vormen|sluiten)\b", re.I)


def _lines_holding(lines: list[str], words: tuple[str, ...]) -> list[int]:
    """Indexes of the lines that hold one of ``words``, found with ``str.find`` on the joined
    text (a few fast scans, instead of a Python test per line)."""
    hits = occurrences("\n".join(lines), words)
    if not hits:
        return []
    starts = list(itertools.accumulate((len(x) + 1 for x in lines[:-1]), initial=0))
    return sorted({bisect.bisect_right(starts, p) - 1 for p in hits})


_NOTICE_WORDS = ("ededeling", "EDEDELING", "itstelbericht", "oelichting", "OELICHTING")  # in every notice head


def split_postponement(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut a postponement notice (or the askers' "Toelichting" on their questions) off: (lines
    before it, the notice to the end).

    The Aanhangsel prints it after the questions when the answers come late; read as text it
    would be the last question's answer. Only a notice head whose next lines speak of delay
    counts, so a "Mededeling" heading inside an answer stays.
    """
    for i in _lines_holding(lines, _NOTICE_WORDS):
        line = lines[i]
        if _NOTICE_HEAD.match(line) and _POSTPONED.search(" ".join(lines[i + 1 : i + 8])):
            return lines[:i], lines[i:]
        if _ASKERS_NOTE.match(line) and _ABOUT_THESE.search(" ".join(lines[i : i + 3])):
            return lines[:i], lines[i:]
    return lines, []


def is_postponement_notice(lines: list[str]) -> bool:
    """Is this (question-less) text a postponement notice? Its head may be a Kamervragen
    header: "Mededeling van staatssecretaris … (ontvangen 20 november 2024)"."""
    heads = [i for i, line in enumerate(lines) if re.match(r"^\s*(?:\*\*|#+\s*)?(?:mededeling|uitstelbericht)\b", line, re.I)]
    return any(_POSTPONED.search(" ".join(lines[i : i + 8])) for i in heads)
