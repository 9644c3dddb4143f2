"""References inside question and answer text: Kamerstukken, motions, other questions, money.

Interface used by the parser (kept stable; internals may grow):

* :func:`analyse_question` — everything found in one question/answer pair and its footnotes.
* :func:`find_kamerstuk_refs` — every Kamerstuk reference in a text, normalised to the
  Tweede Kamer id ``dossier[-sub]-number`` ("Kamerstuk 36 740-VII, nr. 25" → ``36740-VII-25``).
* :func:`find_motion_mentions` — the motions a text names, linked to their numbers.
* :func:`find_question_refs` — "Zie het antwoord op vraag 10" → [10].
* :func:`find_amounts` — "€ 13,3 miljoen" → 13 300 000.0, including "x € 1.000" tables.
* :func:`collect_motions` — merge a document's motion mentions into :class:`Motion` records.
* :func:`parse_motion_id` — a user's "26 643, nr. 1317" → "26643-1317".

Footnote marks appear in the text as superscript digits ("brieven¹⁷") or, straight from a
Word export, as ``[footnoteRef:17]``; ``footnotes`` maps the mark ("17") to the footnote text.

Why regexes and not a grammar: the documents are 25 years of hand-typed Dutch with every
spacing variant imaginable, and the recogniser runs over 250k questions, so it must be fast and
predictable. Every pattern below is bounded (no nested unbounded repetition) so a pathological
line costs linear time.

Known limits (deliberate, documented so nobody mistakes them for bugs):

* A hyphen between capitalised surnames in ``motie-A-B`` splits submitters; a real
  hyphenated surname stays whole only when its second part starts lowercase
  ("Faber-van de Klashorst") or it is listed in :data:`KNOWN_HYPHENATED`.
* A given name or initials stay with the surname ("het lid Inge van Dijk", "J.J. van Dijk"), as
  the Kamer writes members who share a surname; a given name is recognised only before a
  lowercase tussenvoegsel, so "Kathmann van Defensie" would read as one name (party names
  "Volt", "Forum" and words like "Kamer" are excluded).
* A motion named without number inherits the number of a numbered motion *in the same
  question* whose submitters overlap (the answer's "De motie van het lid X c.s." describing the
  question's "motie-X c.s. [Kamerstuk …]"); otherwise its id stays None.
* A bare "de motie"/"deze motie" is anaphora and is only a mention when a Kamerstuk reference
  or footnote mark follows it directly.
* Statuses are keyword based; "deze motie wordt meegenomen" applies to every motion the answer
  is about unless blocks ("Kamerstuk …, nr. N De motie van …") or explicit numbers say otherwise.
  A numberless mention gets the statuses of sentences about no motion in particular (and of its
  own block). "in-uitvoering" is the broadest kind and may fire on mere intentions.
* ``footnotes`` passed to :func:`analyse_question` are all analysed: pass the question's own.
* Speed: a normal install compiles this module with mypyc (``setup.py``): 8.0-8.3 ms for the
  41 kB Najaarsnota sample on the shared development box, against 10.9 ms for the same source as
  plain Python run in turns with it (``bench/bench_parse_import.py``; the box's speed varies ~20%
  over a day). The goal is 10 ms. Keep the module compilable: it must type-check under mypy
  (CI fails when it was not compiled), and compiled code checks annotations at run time, so an
  annotation must be true, not just plausible (``tests/test_refs_compiled.py`` compares both).
  Plain Python (editable installs) is what ``bench/bench_refs_ab.py`` compares across revisions.
  Every step is linear in text length; the time is Python steps per reference, motion name,
  sentence and answer (a one-motion question and answer cost ~130 µs here), not the scans.
  Measured wins: dossier numbers found with ``bytes.find`` in a digit-mapped copy instead of a
  regex that tests every character (3x faster scan); a sentence about no motion in particular
  tried only for status kinds not found earlier; statuses shared by every mention built once;
  ``squash`` by ``str.split``; the answer lowercased once. Tried and dropped as no faster on
  this sample: finding sentences lazily around looked-up positions (slower on short questions:
  two scans cost more than one); scanning for digits only near "nr"/dash anchors; running each
  status pattern over the whole answer instead of guard-word sentences; finding sentence-end
  candidates with one regex per punctuation mark; an ASCII copy of each text for the literal
  scans (str.find is no faster on it); grouping the surname stop words by first letter (5%);
  scanning for the status guard words with one alternation regex (2x slower than 18 finds) or
  an Aho-Corasick automaton (pyahocorasick: 25% faster on that step, 1% overall: not worth a
  dependency); looking for "Kamerstuk" lead-ins only before each number. Sentence statuses
  are memoised (answers repeat "Deze motie is reeds afgedaan."): a document whose
  boilerplate was seen before ("warm") takes about 8% less.
* A table scale ("bedrag x€1.000") applies to bare numbers in cells (whole line, or
  tab/2-space separated cells) of the following lines, until 3+ blank lines or a new header;
  bare years (2026) are never amounts.
* Eerste Kamer documents are numbered by letters ("35788, letter D", "(EK 35.526, I)", "36 600 B,
  A"): read only after a comma (or "letter"), as the Eerste Kamer cites them; the id ends in the
  letter ("35788-D") and ``number`` is that letter. A dossier written with a dot ("35.526") is
  read only there, and never right after "€"; the letter "U" after a comma is "you", never a
  document.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .model import Amount, KamerstukRef, Motion, MotionMention, MotionStatus, Question, Side


class QuestionRefs(NamedTuple):
    """Everything :func:`analyse_question` found for one question, ready for ``Question``.
    (A named tuple: built once per question, it costs a third of a frozen dataclass.)"""

    kamerstukken: tuple[KamerstukRef, ...] = ()
    motions: tuple[MotionMention, ...] = ()
    amounts: tuple[Amount, ...] = ()
    refers_to: tuple[int, ...] = ()


# =========================================================================== text helpers


def squash(text: str) -> str:
    """Collapse runs of whitespace (hard line wraps) so a sentence reads as one line.
    (``str.split`` splits on exactly what a regex's whitespace class matches, in C: twice as
    fast as a regex substitution.)"""
    return " ".join(text.split())


# Speed: a regex that must start at one of several characters ("[Mm]otie", "€|EUR|euro") makes
# Python's regex engine test every character of the text, ~10x slower than ``str.find``. So the
# scans below find the literal words that every match contains with ``str.find`` and try the
# regex only there. A regex can only match where its literal words occur, so this changes
# nothing — unless case-insensitive matching is involved: re.I also matches "ı"/"İ" for "i" and
# "ſ" for "s", which ``str.lower`` does not produce ("İ" even changes length). Texts holding
# those take the plain regex scan (see :func:`_lower_is_exact`).
_FOLD_ODD = ("\u0130", "\u0131", "\u017f")  # İ ı ſ


def _lower_is_exact(text: str) -> bool:
    """Do ``text.lower()`` positions and words stand for re.I matches in ``text``?"""
    return "\u0130" not in text and "\u0131" not in text and "\u017f" not in text  # _FOLD_ODD


def occurrences(text: str, words: Sequence[str], shift: int = 0) -> list[int]:
    """Sorted distinct start positions of every occurrence of ``words``, moved by ``shift``."""
    if len(words) == 1:  # (positions of one word come in order and distinct: no set, no sort)
        return _find_all(text, words[0], shift)
    found = set()
    for w in words:
        i = text.find(w)
        while i >= 0:
            found.add(i + shift)
            i = text.find(w, i + 1)
    return sorted(p for p in found if p >= 0)


def _find_all(text: str, word: str, shift: int) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        if i + shift >= 0:
            out.append(i + shift)
        i = text.find(word, i + 1)
    return out


# A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace, or at a blank
# line. Whether a "." really ends a sentence is decided in _sentence_starts.
# (Starts with a plain character class so the regex engine can skip ahead quickly.)
_SENT_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[»\"”’')\]]*\s+|(?<=\n)[ \t]*\n\s*)")
# Abbreviations after which a "." never ends a sentence ("nr. 1317", "ca. € 80.000", "o.a. DigiD").
_ABBR_NEVER = frozenset(
    "nr nrs no p pp blz art artt ca o.a bijv c.q d.w.z i.p.v m.b.t t.a.v n.a.v t.b.v i.c.m "
    "m.u.v w.o dd stb stcrt mr dr drs ir ing prof dhr mevr zgn resp incl excl vs e.a a.s jo "
    "cf vgl sub".split()
)
# Abbreviations that may end a sentence: split only before a capital ("€ 1,6 mln. De …").
_ABBR_SOFT = frozenset("mln mld mrd mio jl c.s enz etc e.d".split())
_LONG_WORD = 1 + max(len(a) for a in _ABBR_NEVER | _ABBR_SOFT)
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "B.C. Kathmann" → token "b.c"
_SENT_STARTERS = "«\"“‘'([–-"


def _dot_ends_sentence(text: str, i: int, upper: bool) -> bool:
    """Does the "." at ``i``, followed by a capital (``upper``), a digit or an opening quote,
    end a sentence? Not after an abbreviation ("nr. 1317") or initials ("B.C. Kathmann")."""
    lo = i - 15 if i > 15 else 0
    # (the word starts after a space, a line break or a hyphen: "motie-M.B. Vos" ends in initials)
    j = max(text.rfind(" ", lo, i), text.rfind("\n", lo, i), text.rfind("-", lo, i))
    tok = text[j + 1 : i].lstrip("([«\"'“‘").lower().rstrip(".")
    if tok in _ABBR_NEVER:
        return False
    if tok in _ABBR_SOFT:
        return upper
    # Initials are one letter or start "x." — test that before the (costlier) regex.
    return not (tok and (len(tok) == 1 or tok[1] == ".") and _INITIALS.fullmatch(tok))


def _sentence_starts(text: str) -> list[int]:
    """Where each sentence starts (the first at 0). One loop with the common cases inline: it
    runs for every punctuation mark of every text that names a motion."""
    starts = [0]
    n = len(text)
    for m in _SENT_END.finditer(text):
        e = m.end()
        if e == n:
            continue
        i = m.start()
        if text[i] != ".":  # "!", "?" and a blank line always end one
            starts.append(e)
            continue
        nxt = text[e]
        upper = nxt.isupper()
        if not (upper or nxt.isdigit() or nxt in _SENT_STARTERS):
            continue  # "ca. tien": no sentence starts lowercase, abbreviation or not
        # More letters than any abbreviation has (and initials have dots): an end.
        if (i >= _LONG_WORD and text[i - _LONG_WORD : i].isalpha()) or _dot_ends_sentence(text, i, upper):
            starts.append(e)
    return starts


class _Sentences:
    """Sentence boundaries of one text, computed once, looked up by position (bisect)."""

    __slots__ = ("text", "starts", "_squashed")

    def __init__(self, text: str) -> None:
        self.text = text
        self._squashed: dict[int, str] = {}  # sentence start → its squashed text
        self.starts = _sentence_starts(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def spans(self) -> Iterable[tuple[int, int]]:
        ends = self.starts[1:] + [len(self.text)]
        return zip(self.starts, ends)

    def sentence(self, pos: int) -> str:
        """The squashed sentence around ``pos`` (kept: a list of motions shares one)."""
        start, end = self.bounds(pos)
        out = self._squashed.get(start)
        if out is None:
            out = self._squashed[start] = squash(self.text[start:end])
        return out


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` starts (the first is 0), by the recogniser's rules."""
    return _sentence_starts(text)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (whitespace collapsed), as the recogniser sees them."""
    sents = _Sentences(text)
    return [s for s in (squash(text[a:b]) for a, b in sents.spans()) if s]


# =========================================================================== Kamerstukken

_SP = r"[ \u00a0\u202f]"  # a space inside a dossier number: "26 643" (also no-break/thin space)
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# One Kamerstuk number: "1317" — but not "12" of "12 december", not "36" of a next "36 574",
# not part of "102.085" or "1,5".
_NUM = rf"[0-9]{{1,4}}(?![0-9]|[.,][0-9]|{_SP}[0-9]{{3}}(?![0-9])|\s(?:{_MONTHS})\b)"
# A list after "nrs.": "1315, 1316, 1317, 1318", "5, 7, 11 en 13", "5 t/m 8".
_NUMLIST = (
    rf"{_NUM}(?:\s{{0,2}}(?:,\s{{0,3}}(?:en\s{{1,3}})?|en\s{{1,3}}|&\s{{0,2}}|t/m\s{{0,2}}"
    rf"|tot\s+en\s+met\s{{1,3}}|[-–]\s{{0,2}}){_NUM})*"
)
# A sub-number: Roman begroting chapter (VII, XIII, IXB), fund letter (A, B, C), or a
# rijkswet number "(R2188)"/"R2188". Numeric subs ("21 501-33") are handled apart.
_SUB = r"(?:[IVXL]{1,6}[AB]?|[A-Z]|\(?R[0-9]{3,4}\)?)(?![A-Za-z0-9_])"

_KST = re.compile(
    rf"""
    (?P<prefix>                                   # optional "Kamerstuk…" lead-in
        (?<!\w)(?:[Kk]amerstuk(?:ken|nummers?)?|[Kk]st\.)
        (?:\s{{1,3}}(?:II|I|TK|EK)\b)?            # "Kamerstukken II"
        (?:\s{{0,3}},?\s{{0,3}}(?:19|20)[0-9][0-9]\s?[/–-]\s?[0-9]{{2,4}})?   # "2024/25", "1999-2000"
        \s{{0,3}}[,:]?\s{{0,3}}                   # "Kamerstuk, 36 560", "Kamerstuk: 26 643"
    )?
    (?<![\w.,/-])(?P<dossier>[0-9]{{1,2}}(?:{_SP}|\.)?[0-9]{{3}})(?![0-9])   # "26 643", "36740", "2345", "35.526"
    (?:
        # nr-form: "26 643, nr. 1317", "36 740-VII, nr. 25", "36740 VII nr. 29",
        #          "21 501-33, nr. 1155", "36 455-(R2188), nr. 11", "(36 740 nr.9)"
        (?:
            (?:{_SP}?[-–‑]{_SP}?|\s{{1,3}})(?P<sub>{_SUB})
          | [-–‑](?P<subn>[0-9]{{1,3}})(?![0-9])
        )?
        \s{{0,3}},?\s{{0,3}}
        (?P<nrw>(?i:nrs?|nummers?))(?![a-z])\.?\s{{0,3}}
        (?P<nums>{_NUMLIST})
      |
        # compact: "26643-1408", "36800-VII-76", "36 600-VI-151", "21501-33-1158"
        [-–‑](?:(?P<csub>{_SUB}|[0-9]{{1,3}})[-–‑])?(?P<cnr>[0-9]{{1,4}})(?![A-Za-z0-9_]|[.,/][0-9]|[-–‑][0-9])
      |
        # an Eerste Kamer document, numbered by letters after a comma: "35788, letter D",
        # "35300-VI, letter Y herdruk", "(EK 35.526, I)", "36 600 B, A", "Kamerstukken I … 35 302, Q"
        (?:(?:{_SP}?[-–‑]{_SP}?|\s{{1,3}})(?P<lsub>{_SUB}))?
        \s{{0,3}},\s{{0,3}}(?:letter\s{{1,3}})?(?!U\b)(?P<letter>[A-Z]{{1,2}})(?![\w'’-])(?:\s{{1,3}}herdruk\b)?
    )
  |
    # continuation of a preceding reference: "… nr. 1317 en nr. 1318"
    (?<!\w)(?P<cont>(?i:nrs?))(?![a-z])\.?\s{{0,3}}(?P<cnums>{_NUMLIST})
    """,
    re.X,
)
# Where a reference may start: a dossier-like digit group or a "Kamerstuk"/"Kst." lead-in;
# _KST is tried only there. A regex scan for digits tests every character (~20 ns each), so
# the digit groups are found in a bytes copy of the text with every ASCII digit mapped to "0"
# and every other non-ASCII character to "?" (one byte per character: positions stay the
# same), where ``bytes.find`` looks for "000" at C speed. Kamerstuk numbers are ASCII digits:
# _KST says [0-9], not \d (which takes in Arabic-Indic and other digits no Kamerstuk is written in).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_PREFIX_WORDS = (b"amerstuk", b"st.")  # after "K"/"k": "Kamerstuk…", "Kst."
_EK_LETTER_AFTER = re.compile(rb" {0,3}, {0,3}(?:letter +)?[A-Z]")  # "35.526, I" (not "12.500 euro")


def _hints(text: str) -> list[int]:
    """Sorted positions worth a _KST match: every dossier-shaped number ("26643", "2345", "26 643":
    a run of 4 or 5 digits, or of 1 or 2 digits, a space and exactly 3; "35.526" before an Eerste
    Kamer letter) not glued to a word,
    ".", ",", "/" or "-" before it (_KST's lookbehind), and each "Kamerstuk"/"Kst." lead-in
    before the last of those (a reference always has its dossier number)."""
    orig = text
    if "\u00a0" in text or "\u202f" in text:  # (_SP: the spaces inside "26 643")
        text = text.replace("\u00a0", " ").replace("\u202f", " ")
    mapped = text.encode("ascii", "replace").translate(_DIGITS_AS_ZERO)
    found: list[int] = []
    i = mapped.find(b"000")
    while i >= 0:  # i: the start of a run of 3+ digits (the search resumes past each run)
        e = i + 3
        while mapped.startswith(b"0", e):
            e += 1
        if e - i <= 5:
            start = -1
            if e - i >= 4:
                start = i
            elif i >= 2 and mapped[i - 2] == 48 and (
                mapped[i - 1] == 32 or (mapped[i - 1] == 46 and _EK_LETTER_AFTER.match(mapped, e))
            ):  # "26 643" (b" ", b"0"), or "35.526, I": a dot only in an Eerste Kamer letter citation
                start = i - 3 if i >= 3 and mapped[i - 3] == 48 else i - 2
                if start > 0 and mapped[start - 1] == 48:
                    start = -1  # three digits before the space: no dossier
            if mapped[i - 1] == 46 and orig[max(0, start - 2) : start].strip().endswith("€"):
                start = -1  # "€ 12.500, A …" is money
            if start == 0 or start > 0 and not ((c := orig[start - 1]).isalnum() or c in "_.,/-"):
                found.append(start)
        i = mapped.find(b"000", e)
    if not found:
        return found
    end = found[-1]  # (a lead-in after the last number leads to none)
    lead = False
    for word in _PREFIX_WORDS:  # (bytes.find: the copy keeps ASCII letters and ".")
        i = mapped.find(word, 1, end)
        while i > 0:
            if mapped[i - 1] in b"Kk":
                found.append(i - 1)
                lead = True
            i = mapped.find(word, i + 1, end)
    if lead:
        found.sort()
    return found


# What may sit between a reference and a continuing "nr. N": "en", "of", commas.
_CONT_GAP = re.compile(r"[\s,;]{0,4}(?:(?:en|of|alsmede|respectievelijk|resp\.)\s{1,3})?(?=[Nn][Rr])")
_LIST_TOKEN = re.compile(r"\d+|t/m|tot\s+en\s+met|[-–]|,")


def _norm_sub(sub: str | None) -> str | None:
    """"(R2188)" → "R2188", "vii" → "VII"; None stays None."""
    if not sub:
        return None
    return sub.strip("()").upper()


def _make_id(dossier: str, sub: str | None, number: int | str) -> str:
    return f"{dossier}-{sub}-{number}" if sub else f"{dossier}-{number}"


def _list_items(nums: str, base: int, plural: bool) -> list[tuple[int, int, int]]:
    """(number, start, end) per item of the number list ``nums`` found at ``base``. Ranges
    ("5 t/m 8") expand when plural; after a singular "nr." only "en"-joined numbers count
    (", 2025" after "nr. 12" is not a list)."""
    items: list[tuple[int, int, int]] = []
    in_range = False
    for t in _LIST_TOKEN.finditer(nums):
        tok = t.group()
        if tok[0].isdigit():
            n, s, e = int(tok), base + t.start(), base + t.end()
            if in_range and items:
                lo, lo_start = items[-1][0], items[-1][1]
                if 0 < n - lo <= 100:
                    items.extend((k, lo_start, e) for k in range(lo + 1, n))
                in_range = False
            items.append((n, s, e))
        elif not plural:
            break
        elif tok != ",":
            in_range = True
    return items


_GROUPS = ("cont", "dossier", "prefix", "cnr", "csub", "sub", "subn", "nrw", "nums", "cnums", "letter", "lsub")


def _refs_from_match(
    text: str, m: re.Match[str], side: Side, footnote: str | None, prev: list[KamerstukRef]
) -> list[KamerstukRef]:
    """KamerstukRefs for one regex match (a list gives one ref per number). (Runs once per
    reference: the groups are read in one call, the usual single number without the list scan.)"""
    cont, dossier, prefix, cnr, csub, sub, subn, nrw, nums, cnums, letter, lsub = m.group(*_GROUPS)
    start = m.start()
    if cont is not None:  # the caller checked it follows prev[-1] closely
        dossier, sub = prev[-1].dossier, prev[-1].sub
        nums, group, plural = cnums, "cnums", cont.lower() == "nrs"
    else:
        if not dossier.isdecimal():
            dossier = dossier.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(".", "")  # _SP
        if len(dossier) < 5 and prefix is None:  # bare 4-digit "2025, nr. 3" is a year
            return []
        if letter is not None:  # an Eerste Kamer document: its "number" is a letter
            sub = _norm_sub(lsub)
            kid = _make_id(dossier, sub, letter)
            return [KamerstukRef(kid, m.group(), dossier, sub, letter, side, start, m.end(), footnote)]
        if cnr is not None:
            sub, number = _norm_sub(csub), int(cnr)
            kid = _make_id(dossier, sub, number)
            return [KamerstukRef(kid, m.group(), dossier, sub, number, side, start, m.end(), footnote)]
        sub = _norm_sub(sub or subn)
        group, plural = "nums", nrw.lower() in ("nrs", "nummers")
    if nums.isdecimal():  # the usual single number ("nr. 1317")
        number, end = int(nums), m.end(group)
        kid = _make_id(dossier, sub, number)
        return [KamerstukRef(kid, text[start:end], dossier, sub, number, side, start, end, footnote)]
    out = []
    for i, (number, s, end) in enumerate(_list_items(nums, m.start(group), plural)):
        s = start if i == 0 else s
        kid = _make_id(dossier, sub, number)
        out.append(KamerstukRef(kid, text[s:end], dossier, sub, number, side, s, end, footnote))
    return out


# An Eerste Kamer letter right after a comma: "35 302, Q", "35788, letter D".
_EK_AFTER_COMMA = re.compile(r",\s{0,3}(?:letter\s{1,3})?(?!U\b)[A-Z]{1,2}(?![\w'’-])")  # ("…, U kunt": you)


def _may_hold_kamerstuk(text: str) -> bool:
    """Every reference has "nr(s)"/"nummer(s)" (any case) or a dash after its dossier, or is an
    Eerste Kamer letter after a comma ("35 302, Q"): texts with none of these skip the digit
    scan. (No other character matches these letters under re.I, and ``str.lower`` cannot
    make "nr" out of anything else.)"""
    if "-" in text or "–" in text or "‑" in text:
        return True
    low = text.lower()
    if "nr" in low or "nummer" in low:
        return True
    i = text.find(",")
    while i > 0:  # (commas are far fewer than characters: checked one by one)
        # ("36 600 B, A": after a sub letter too)
        before = text[i - 1]
        if (before.isdigit() or (before.isupper() and text[i - 2 : i - 1] == " ")) and _EK_AFTER_COMMA.match(text, i):
            return True
        i = text.find(",", i + 1)
    return False


def find_kamerstuk_refs(text: str, side: Side, footnote: str | None = None) -> list[KamerstukRef]:
    """Every Kamerstuk reference in ``text``, in order; a list ("nrs. 5, 7 en 11") yields one
    ref per number: the first spans from the lead-in, the others just their number."""
    out: list[KamerstukRef] = []
    if not _may_hold_kamerstuk(text):
        return out
    pos = 0
    for h in _hints(text):
        if h < pos:
            continue
        m = _KST.match(text, h)
        if m is None or m["cont"] is not None:
            continue
        refs = _refs_from_match(text, m, side, footnote, out)
        pos = m.end()
        while refs:  # "… nr. 1317 en nr. 1318"
            out.extend(refs)
            gap = _CONT_GAP.match(text, pos)
            m = _KST.match(text, gap.end()) if gap else None
            if m is None or m["cont"] is None:
                break
            refs = _refs_from_match(text, m, side, footnote, out)
            pos = m.end()
    return out


# =========================================================================== motion phrases

# Capitalised words that follow a motion name but are no surname ("motie Buijsse Een besluit").
_STOP = (
    r"(?:De|Het|Een|Deze|Dit|Die|Dat|Er|Ik|Wij|We|Zij|Hij|Zie|Voor|Met|Bij|Uw|U|In|Op|Om|Als|"
    r"Ook|Hoe|Wat|Welke|Waarom|Wanneer|Waar|Verzoekt|Verzoeken|Constaterende|Overwegende|"
    r"Kamer|Tweede|Eerste|Minister|Ministers|Ministerie|Staatssecretaris|Regering|Kabinet|"
    r"Zoals|Daarnaast|Tevens|En|Of|Maar|Graag|Hierbij|Hiermee|Daarmee|Vraag|Antwoord|Kunt|"
    r"Kan|Is|Zijn|Wordt|Worden|Heeft|Hebben|Motie|Moties|Over|Na|Tot|Door|Aan|Uit|Naar|Ter|"
    r"Nr|Nrs|Kamerstuk|Kamerstukken|Kamerbrief|Voorzitter|Commissie|Conform|Aangenomen|"
    r"Verworpen|Ingediend|Dat|Daarom|Hierover|Hiervoor|Volt|Forum)(?![\w'’])"
)
_UC = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LC = "a-zß-öø-ÿĀ-ž'’"
_CAP = rf"(?!{_STOP})[{_UC}][{_LC}]+"  # "Kathmann", "Dijkstra", "Yeşilgöz"
_TUS = r"(?:[Vv]an|[Dd]e[nr]?|[Tt]e[nr]?|[Hh]et|['’]t|[Ii]n|[Oo]p|[Uu]it|[Ll][ae]|[Dd]u|[Dd][ai]|[Dd]os|[Dd]el|[Vv]on|[Zz]u|[Aa]an)"
_TUS_CAP = r"(?:Van|De[nr]?|Te[nr]?|Het|In|Op|Uit|L[ae]|Du|D[ai]|Dos|Del|Von|Zu|Aan)"
# A given name or initials before a surname, as the Kamer writes members who share one:
# "Inge van Dijk", "J.J. van Dijk" ("Jimmy Dijk" is a plain two-word name). A given name only
# before a lowercase tussenvoegsel, and the surname must end there ("Kathmann van GroenLinks").
_INITIALS_ = rf"(?:[{_UC}]\.){{1,4}}\s?"
_GIVEN_TAIL = rf"\s(?=(?:van|de[nr]?|ten|ter|in\s['’]t|['’]t)\s)(?:{_TUS}\s){{1,3}}{_CAP}(?![{_UC}{_LC}])"
# One surname, tussenvoegsels and a double name included: "Van der Werf", "Six Dijkstra".
_PART_LOOSE = rf"(?:{_INITIALS_})?(?:{_TUS}\s){{0,3}}{_CAP}(?:{_GIVEN_TAIL}|\s{_CAP}(?:\s{_CAP})?)?"  # "Mei Li Vos"
# After "motie " (space) the name must start with a capital: "motie Buijsse" but not
# "motie van de Kamer".
_PART_STRICT = (
    rf"(?:{_INITIALS_}(?:{_TUS}\s){{0,3}}|(?:{_TUS_CAP}\s(?:{_TUS}\s){{0,2}})?)"
    rf"{_CAP}(?:{_GIVEN_TAIL}|\s{_CAP}(?:\s{_CAP})?)?"
)
_NAME_H = rf"{_PART_LOOSE}(?:[-‑]{_PART_LOOSE})*"  # "Dik-Faber" stays whole after "het lid"
# A party in parentheses right after the name: "(GL-PvdA)", "(VVD)", "(50PLUS)".
_PARTY = r"(?!Kamerst|R\d)(?:50PLUS|[A-Z][A-Za-z0-9]{0,11}(?:[-/][A-Za-z0-9]{1,11}){0,2})"

# The three name patterns below are compiled on first use (see _name_patterns).
_MOTION_PATTERN = (
    rf"""
    [Mm](?<![\w][Mm])otie(?P<plural>s)?(?![A-Za-zÀ-ÿ0-9_])   # not \b: "motie¹¹" (superscripts are \w)
    (?:
        # "motie van het lid Kathmann c.s.", "motie van de leden Thijssen en Bruyning",
        # "motie van leden Kathmann en Six Dijkstra", "motie van het Kamerlid X"
        \s+van\s+(?:(?:het\s+|de\s+)?(?:[Kk]amer)?(?:[Ll]id|[Ll]eden)|de\s+heer|mevrouw)\s+
            (?P<lid>{_NAME_H}(?:\s?,\s{_NAME_H})*(?:\s?,?\s+en\s+{_NAME_H})?)
      | # "motie van Van Baarle", "motie van Kathmann en Six Dijkstra" (capital: not "van de Kamer")
        \s+van\s+(?P<van>{_PART_STRICT}(?:[-‑]{_PART_LOOSE})*(?:\s?,\s{_NAME_H})*(?:\s?,?\s+en\s+{_NAME_H})?)
      | # "motie-Kathmann", "motie-Six Dijkstra-Kathmann", "motie-Bruyning/Thijssen"
        [-‑](?P<dash>{_PART_LOOSE}(?:\s?[-‑/]\s?{_PART_LOOSE})*)
      | # "motie Six Dijkstra c.s.", "motie Buijsse", "motie Sneller (36 740 nr.9)",
        # "Motie Bikker en Omtzigt, Kamerstuk …"
        \s(?P<space>{_PART_STRICT}(?:\s?[-‑/]\s?{_PART_LOOSE})*(?:\s+en\s+{_PART_STRICT}(?![-‑/]))?)
    )?
    (?P<cs>\s?c\.s\.)?
    (?:\s?\((?P<party>{_PARTY})\))?                 # "(GL-PvdA)"
    (?P<cs2>\s?c\.s\.)?
    """
)
_AMENDED = re.compile(r"\b[Gg]ewijzigde\s+$")
# Names before the word: "de door het lid Mutluer (GL-PvdA) ingediende motie", "door de leden
# Kathmann en Six Dijkstra ingediende en aangenomen motie" (searched only right before "motie").
_BY_MEMBERS_PATTERN = (
    rf"\bdoor\s+(?:het\s+|de\s+)?(?:[Kk]amer)?(?:[Ll]id|[Ll]eden)\s+"
    rf"(?P<names>{_NAME_H}(?:\s?,\s{_NAME_H})*(?:\s?,?\s+en\s+{_NAME_H})?)"
    rf"(?:\s?\({_PARTY}\))?(?:\s+c\.s\.)?\s+(?:\w+\s+){{0,2}}?ingediende(?:\s+en\s+\w+)?\s+$"
)
_BY_MEMBERS_REACH = 160
# Names after the number: "de motie (Kamerstuk 36 410-XV, nr. 12) van het lid Van Kent c.s."
_NAMES_AFTER_PATTERN = (
    rf"\s{{1,3}}van\s+(?:(?:het\s+|de\s+)?(?:[Kk]amer)?(?:[Ll]id|[Ll]eden)|de\s+heer|mevrouw)\s+"
    rf"(?P<names>{_NAME_H}(?:\s?,\s{_NAME_H})*(?:\s?,?\s+en\s+{_NAME_H})?)(?P<cs>\s?c\.s\.)?"
)



class _NamePatterns(NamedTuple):
    motion: re.Pattern[str]  # "motie-Kathmann", "motie van het lid X c.s. (GL-PvdA)"
    by_members: re.Pattern[str]  # "door het lid Mutluer ingediende " (before "motie")
    names_after: re.Pattern[str]  # " van het lid Van Kent c.s." (after the number)


@functools.cache
def _name_patterns() -> _NamePatterns:
    """The name patterns, compiled once on first use. The stop words are repeated at every
    capital a name may hold, so the three are 84 kB of pattern text that take 0.3 s to
    compile: an app start or a command that never reads a motion does not pay for them."""
    return _NamePatterns(
        re.compile(_MOTION_PATTERN, re.X), re.compile(_BY_MEMBERS_PATTERN), re.compile(_NAMES_AFTER_PATTERN)
    )


#: Hyphenated surnames of (former) Kamerleden that must not be split in "motie-A-B".
#: Extend freely; compared case-insensitively.
KNOWN_HYPHENATED: frozenset[str] = frozenset(
    n.casefold()
    for n in (
        "Dik-Faber",
        "Van Kooten-Arissen",
        "Yeşilgöz-Zegerius",
        "Geluk-Poortvliet",
        "Schreijer-Pierik",
        "Schut-Welkzijn",
        "Michon-Derkzen",
        "Van Beukering-Huijbregts",
        "Rikkers-Oosterkamp",
        "Ortega-Martijn",
        "Van Vroonhoven-Kok",
        "Slagt-Tichelman",
        "Wijen-Nass",
        "Huizinga-Heringa",
        "Versnel-Schmitz",
        "Van Nieuwenhuizen-Wijbenga",
        "Van Bijsterveldt-Vliegenthart",
    )
)


_HYPHEN_SPLIT = re.compile(rf"\s?[-‑]\s?(?=[{_UC}])")  # "-" before a capital: "Kathmann-Van der Werf"
_SLASH_SPLIT = re.compile(r"\s*/\s*")  # "Bruyning/Thijssen"
_AND_SPLIT = re.compile(r"\s+en\s+")
_LISTED_SPLIT = re.compile(r"\s*,\s*(?:en\s+)?|\s+en\s+")  # "Kathmann, Six Dijkstra en Van der Werf"


def _tidy_name(name: str) -> str:
    """One submitter as stored: whitespace collapsed, first letter capital ("van der Plas" at
    the start of a reference is written "Van der Plas")."""
    name = squash(name)
    return name[:1].upper() + name[1:]


def _split_hyphens(chunk: str) -> list[str]:
    """"Kathmann-Van der Werf" → two names; "Faber-van de Klashorst" and known compounds stay."""
    out: list[str] = []
    for tok in _HYPHEN_SPLIT.split(chunk):
        if out and f"{out[-1]}-{tok}".casefold() in KNOWN_HYPHENATED:
            out[-1] = f"{out[-1]}-{tok}"
        else:
            out.append(tok)
    return out


@functools.lru_cache(maxsize=4096)
def split_submitters(raw: str, listed: bool = False) -> tuple[str, ...]:
    """Submitter names from the name part of a motion reference.

    ``listed`` is for "van de leden A, B en C": only commas and "en" separate there, so a
    hyphenated surname is never split. Otherwise ("motie-A-B/C") slashes always split and
    hyphens split before a capital (see :data:`KNOWN_HYPHENATED`).
    """
    if not raw:
        return ()  # "de motie": no names
    if not ("," in raw or "/" in raw or "-" in raw or "‑" in raw or ("en" in raw and _AND_SPLIT.search(raw))):
        return (_tidy_name(raw),) if raw.strip() else ()  # one name (the usual case): nothing to split
    if listed:
        parts = _LISTED_SPLIT.split(raw)
    else:  # ("motie Bikker en Omtzigt": "en" separates here too)
        parts = [
            p for joined in _AND_SPLIT.split(raw) for chunk in _SLASH_SPLIT.split(joined) for p in _split_hyphens(chunk)
        ]
    return tuple(_tidy_name(p) for p in parts if p.strip())


@dataclass(slots=True)
class _Phrase:
    """A motion named in the text, before it is linked to a number. (Not frozen: a frozen
    dataclass sets each field through object.__setattr__, which costs in this hot loop.)"""

    start: int
    end: int
    names: tuple[str, ...]
    plural: bool
    cs: bool
    amended: bool
    party: str | None


def _motion_matches(text: str) -> Iterable[re.Match[str]]:
    """``finditer`` of the motion pattern, tried only where "otie" occurs (see :func:`occurrences`)."""
    last_end = 0
    motion = _name_patterns().motion
    for pos in occurrences(text, ("otie",), -1):
        if pos >= last_end and (m := motion.match(text, pos)):
            last_end = m.end()
            yield m


def _phrases(text: str) -> list[_Phrase]:
    out = []
    for m in _motion_matches(text):
        start = m.start()
        lo = max(0, start - 15)
        amended = _AMENDED.search(text, lo, start) if "ewijzigde" in text[lo:start] else None
        if amended:
            start = amended.start()
        if m["lid"] or m["van"]:
            names = split_submitters(m["lid"] or m["van"], listed=True)
        else:
            names = split_submitters(m["dash"] or m["space"] or "")
        if not names and "ingediend" in text[max(0, start - 30) : start]:
            by = _name_patterns().by_members.search(text, max(0, start - _BY_MEMBERS_REACH), start)
            if by:  # "de door het lid Mutluer ingediende motie"
                names, start = split_submitters(by["names"], listed=True), by.start()
        out.append(
            _Phrase(start, m.end(), names, bool(m["plural"]), bool(m["cs"] or m["cs2"]), bool(amended), m["party"])
        )
    return out


# =========================================================================== motion linking

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPT, "0123456789")
# A footnote mark right after a name: "motie-Kathmann (GL-PvdA)⁴", "motie[footnoteRef:11]".
_MARK = re.compile(rf"[ \t]?(?:(?P<sup>[{_SUPERSCRIPT}]+)|\[footnoteRef:\s?(?P<ref>\d+)\])")
_IMMEDIATE_GAP = re.compile(r"\s{0,3}[\[(]?\s{0,3}")  # "motie-X [Kamerstuk", "motie X (36 740"
_BACK_GAP = re.compile(r"[ \t\n\u00a0]{1,3}(?:[Dd]e[ \t\n\u00a0]{1,3})?")  # "…, Nr. 1315 De motie van …"
# Words that make a later reference a letter, not the motion: "… per brief (Kamerstuk …)".
# (Compounds are found by their tail: "Kamerbrief", "verzamelbrief" contain "brief".)
_BLOCKER = re.compile(
    r"[Bb]rie(?:f|ven)\b|[Vv]erslag\b|\b(?:[Nn]ota|[Nn]otitie|[Rr]apport\w{0,8}|[Bb]eantwoording|"
    r"[Bb]ijlage|[Kk]abinetsreactie|[Tt]oezegging\w{0,3}|geïnformeerd|informeert|informeren)\b"
)
# A bare "moties" inside a letter's title: "Kamerbrief … aangenomen en ontraden moties (…)".
_TITLE_GUARD = re.compile(r"[Bb]rie(?:f|ven)\b|\b(?:[Nn]ota|[Nn]otitie|[Rr]apport\w{0,8}|[Oo]verzicht|[Ll]ijst)\b|[«“„]")
_WINDOW = 250  # how far after a name its number may follow in the same sentence
# What a motion's topic never holds: a clause of its own ("…, zoals gemeld in de brief (…)").
_CLAUSE = re.compile(
    r"[,;:]|\b(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|had|zal|zullen|kan|kunnen|moet|moeten"
    r"|gaat|zie|volgens|zoals|per|middels|conform|waarover|waarin|die|dat)\b"
)


def _topic_then_number(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a motion's topic right before its number in brackets, as voting
    lists and overviews write it: "de motie-Cohen c.s. over een jaarlijkse rapportage
    tussendoelen (32710, nr. 3)"? Then a letter word in it ("rapportage", "brief",
    "informeren") is part of the topic, not a letter cited instead of the motion."""
    gap = text[start:end]
    return (
        gap[:1].isspace()
        and gap.lstrip().startswith("over ")
        and gap.rstrip().endswith(("(", "["))
        and not _CLAUSE.search(gap)
    )


@dataclass(slots=True)
class _Draft:
    """A motion mention being assembled; becomes a MotionMention at the end."""

    id: str | None
    start: int
    end: int
    side: Side
    phrase: _Phrase
    text: str
    sentence: str
    footnote: str | None = None
    linked_by: str | None = None  # see MotionMention.linked_by
    statuses: tuple[MotionStatus, ...] = field(default=())

    def build(self) -> MotionMention:
        p = self.phrase
        return MotionMention(
            self.id, self.text, p.names, self.side, self.start, self.end, self.sentence,
            p.cs, p.amended, p.party, self.statuses, self.footnote, self.linked_by if self.id else None,
        )


def _mark_after(text: str, pos: int) -> str | None:
    m = _MARK.match(text, pos)
    if not m:
        return None
    return m["ref"] or m["sup"].translate(_SUPER_TO_DIGIT)


def _close(text: str, end: int) -> int:
    """Extend a span over the closing bracket of "[Kamerstuk …]"."""
    return end + 1 if end < len(text) and text[end] in ")]" else end


class _Linker:
    """Links the motion phrases of one text to Kamerstuk refs (its own or its footnotes')."""

    def __init__(
        self,
        text: str,
        side: Side,
        refs: list[KamerstukRef],
        footnote_refs: Mapping[str, list[KamerstukRef]],
        footnote: str | None,
    ) -> None:
        self.text, self.side, self.refs = text, side, refs
        self.footnote_refs, self.footnote = footnote_refs, footnote
        self._sents: _Sentences | None = None
        self.claimed: set[int] = set()
        self.starts = [r.start for r in refs]

    @property
    def sents(self) -> _Sentences:
        """Computed on first use: most texts name no motion and never need it."""
        if self._sents is None:
            self._sents = _Sentences(self.text)
        return self._sents

    def drafts(self) -> list[_Draft]:
        phrases = _phrases(self.text)
        out: list[_Draft] = []
        for i, p in enumerate(phrases):
            limit = phrases[i + 1].start if i + 1 < len(phrases) else len(self.text)
            out.extend(self._link(p, limit))
        return out

    def _draft(self, p: _Phrase, mid: str | None, start: int, end: int, footnote: str | None = None) -> _Draft:
        """A mention; ``footnote`` is the mark of the footnote that gave its number, if any."""
        return _Draft(
            mid, start, end, self.side, p, self.text[start:end], self.sents.sentence(p.start),
            footnote if footnote is not None else self.footnote,
            "footnote" if footnote is not None else "reference",
        )

    def _link(self, p: _Phrase, limit: int) -> list[_Draft]:
        if p.plural:
            return self._link_plural(p, limit)
        nxt = self._next_ref(p.end)
        if nxt is not None and _IMMEDIATE_GAP.fullmatch(self.text, p.end, self.refs[nxt].start):
            end = _close(self.text, self.refs[nxt].end)
            if not p.names and (after := _name_patterns().names_after.match(self.text, end)):
                # "de motie (Kamerstuk 36 410-XV, nr. 12) van het lid Van Kent"
                names = split_submitters(after["names"], listed=True)
                p = _Phrase(p.start, after.end(), names, p.plural, p.cs or bool(after["cs"]), p.amended, p.party)
                end = after.end()
            return [self._claim(p, nxt, p.start, end)]
        mark = _mark_after(self.text, p.end)
        if mark is not None and self.footnote_refs.get(mark):
            return [self._draft(p, self.footnote_refs[mark][0].id, p.start, p.end, mark)]
        prev = self._prev_ref(p.start)
        if prev is not None and _BACK_GAP.fullmatch(self.text, self.refs[prev].end, p.start):
            return [self._claim(p, prev, self.refs[prev].start, p.end)]
        if not p.names:
            return []  # anaphora: "de motie", "deze motie"
        for j in self._window(p, limit):
            return [self._claim(p, j, p.start, _close(self.text, self.refs[j].end))]
        return [self._draft(p, None, p.start, p.end)]

    def _link_plural(self, p: _Phrase, limit: int) -> list[_Draft]:
        """"aangenomen moties … [Kamerstuk 26 643, nrs. 1315, 1316 …]": every listed number."""
        if not p.names:
            sent_start = self.sents.bounds(p.start)[0]
            if _TITLE_GUARD.search(self.text, max(sent_start, p.start - 80), p.start):
                return []
        mark = _mark_after(self.text, p.end)
        if mark is not None and self.footnote_refs.get(mark):
            return [self._draft(p, r.id, p.start, p.end, mark) for r in self.footnote_refs[mark]]
        out = []
        for j in self._window(p, limit):
            r = self.refs[j]
            self.claimed.add(j)
            draft = self._draft(p, r.id, r.start, r.end)
            out.append(draft)
        if not out and p.names:  # "twee aangenomen moties-Koffeman c.s." without numbers: kept
            out.append(self._draft(p, None, p.start, p.end))
        return out

    def _claim(self, p: _Phrase, j: int, start: int, end: int) -> _Draft:
        self.claimed.add(j)
        return self._draft(p, self.refs[j].id, start, end)

    def _next_ref(self, pos: int) -> int | None:
        j = bisect.bisect_left(self.starts, pos)
        return j if j < len(self.refs) and j not in self.claimed else None

    def _prev_ref(self, pos: int) -> int | None:
        j = bisect.bisect_left(self.starts, pos) - 1
        return j if j >= 0 and j not in self.claimed and self.refs[j].end <= pos else None

    def _window(self, p: _Phrase, limit: int) -> Iterable[int]:
        """Unclaimed refs after the phrase in its sentence, before any letter word."""
        sent_end = self.sents.bounds(p.start)[1]
        stop = min(limit, sent_end, p.end + _WINDOW)
        j = bisect.bisect_left(self.starts, p.end)
        while j < len(self.refs) and self.refs[j].start < stop:
            gap_end = self.refs[j].start
            if _BLOCKER.search(self.text, p.end, gap_end) and not _topic_then_number(self.text, p.end, gap_end):
                return
            if j not in self.claimed:
                yield j
            j += 1


def find_motion_mentions(
    text: str,
    side: Side,
    footnotes: Mapping[str, str] | None = None,
    footnote: str | None = None,
) -> list[MotionMention]:
    """Motions named in one text, without statuses and without cross-side id resolution
    (use :func:`analyse_question` for the full picture)."""
    fn_refs = {mark: find_kamerstuk_refs(t, "footnote", mark) for mark, t in (footnotes or {}).items()}
    refs = find_kamerstuk_refs(text, side, footnote)
    return [d.build() for d in _Linker(text, side, refs, fn_refs, footnote).drafts()]


def _resolve_idless(drafts: list[_Draft]) -> None:
    """Give a numberless mention the number of the question's motion it describes.

    "De motie van het lid Six Dijkstra c.s.; Verzoekt …" in an answer describes the question's
    "motie-Six Dijkstra c.s. [Kamerstuk 26 643, nr. 1408]": overlapping submitters in the same
    question. When several numbers qualify, the nearest preceding one on the same side wins;
    otherwise the id stays None ("motie Buijsse"). Indexed by name: linear in the mentions.
    """
    if all(d.id or not d.phrase.names for d in drafts):
        return  # (the usual case: nothing to resolve)
    ids_by_name: dict[str, set[str]] = {}
    by_name_side: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for n in drafts:
        if n.id:
            for name in {x.casefold() for x in n.phrase.names}:
                seen = ids_by_name.setdefault(name, set())
                if len(seen) < 2:  # only "one id or several" matters
                    seen.add(n.id)
                by_name_side.setdefault((name, n.side), []).append((n.start, n.id))
    for found in by_name_side.values():
        found.sort()
    for d in drafts:
        if d.id or not d.phrase.names:
            continue
        names = {n.casefold() for n in d.phrase.names} & ids_by_name.keys()
        ids = set().union(*(ids_by_name[n] for n in names))
        if len(ids) == 1:
            d.id = ids.pop()
        elif ids:
            before = [_last_before(by_name_side.get((n, d.side), []), d.start) for n in names]
            best = max((b for b in before if b), default=None)
            d.id = best[1] if best else None
        d.linked_by = "submitters"  # (dropped by build() when no id was found)


def _last_before(found: list[tuple[int, str]], pos: int) -> tuple[int, str] | None:
    i = bisect.bisect_left(found, (pos, "")) - 1
    return found[i] if i >= 0 else None


# =========================================================================== motion statuses

# Who a motion or question was handed to: "de Minister van Justitie en Veiligheid".
_WHO = (
    r"(?:minister(?:ie)?|staatssecretaris|bewindspersoon|minister-president)"
    r"(?:\s(?:van|voor)\s[^.;:,()]{2,80}?)?"
    r"(?=\s?[.;:,()]|\s(?:het|dat|die|wordt|zal|zullen|om|met|beantwoordt|en\s(?:het|de|die|dat|zal|wordt))\b|$)"
)


@dataclass(frozen=True, slots=True)
class _Part:
    """One pattern of a status rule.

    ``guards``: words (lowercase, no whitespace) one of which must occur in the sentence for
    the pattern to match at all; a substring test costs far less than the regex search it spares.
    ``rx`` runs on the case-folded sentence (see :func:`_fold`) and is written in lowercase
    without leading ``\\b``: a pattern that starts with a plain letter lets Python's regex engine
    jump from candidate to candidate (~5x faster than ``\\b…`` or re.I). ``word_start``
    stands for that ``\\b`` and is checked by hand (:func:`_search_part`). ``before``, if
    given, must match in the 80 characters before a match, up to it: the tense of "… is
    uitvoering gegeven" without a pattern that starts with a choice of words (slow to scan).
    ``needs``: words that must all occur before the regex runs (cheap substring tests).
    """

    guards: tuple[str, ...]
    rx: re.Pattern[str]
    word_start: bool = True
    before: re.Pattern[str] | None = None
    needs: tuple[str, ...] = ()  # words that must all be in the sentence ("aangegeven" holds "geven")


def _part(guards: str, pattern: str, word_start: bool = True, before: str | None = None, needs: str = "") -> _Part:
    return _Part(
        tuple(guards.split()), re.compile(pattern), word_start, re.compile(before) if before else None, tuple(needs.split())
    )


_BEFORE_REACH = 80


# Patterns run on the whitespace-collapsed, case-folded sentence. Examples in comments.
_STATUS_RULES: tuple[tuple[str, tuple[_Part, ...]], ...] = (
    # "Deze motie is reeds afgedaan.", "De motie wordt afgedaan in de verzamelbrief Q4", and
    # done in the perfect tense: "Hiermee is uitvoering gegeven aan de motie", "Hiermee heeft
    # het kabinet invulling gegeven aan …" (not "is nog geen uitvoering gegeven", not "is
    # aangenomen en wordt uitvoering aan gegeven")
    (
        "afgedaan",
        (
            _part("afgedaan", r"afgedaan(?<!niet afgedaan)\b"),
            # ("gegeven" contains "geven"): "… uitvoering is gegeven", "… is uitvoering gegeven"
            *(
                part
                for noun in ("uitvoering", "invulling")  # (one literal-led pattern each: faster)
                for part in (
                    _part("gegeven", rf"{noun}\s+(?:\S+\s+){{0,2}}?(?:is|zijn)\s+gegeven\b", needs=noun),
                    _part(
                        "gegeven",
                        rf"{noun}\s+(?:(?!(?:geen|niet|wordt|worden|zal|zullen)\b)\S+\s+){{0,3}}?gegeven\b",
                        before=r"\b(?:is|zijn|heeft|hebben|werd|werden)\s+"
                        r"(?:(?!(?:geen|niet|wordt|worden|zal|zullen|en)\b)\S+\s+){0,4}$",
                        needs=noun,
                    ),
                )
            ),
        ),
    ),
    # "Deze motie kreeg het oordeel «overbodig»"
    (
        "overbodig",
        (_part("overbodig", r"oordeel\s?\W{0,2}\s?overbodig|als\s+overbodig\b|overbodig\s+verklaard"),),
    ),
    # "Deze motie is overgedragen aan het Ministerie van Sociale Zaken en Werkgelegenheid."
    ("overgedragen", (_part("overgedragen", rf"overgedragen\s+aan\s+(?:het\s+|de\s+)?(?P<who>{_WHO})"),)),
    # "Deze vraag zal worden beantwoord door de Minister van Justitie en Veiligheid."
    ("deferred", (_part("beantwoord", rf"beantwoord\s+(?:worden\s+)?door\s+(?:de\s+|het\s+)?(?P<who>{_WHO})"),)),
    # "De Minister van Economische Zaken beantwoordt deze vraag met betrekking tot …"
    (
        "deferred",
        (_part("beantwoord", rf"(?P<who>{_WHO})\s+beantwoord(?:t|en)\s+deze\s+vra(?:ag|gen)\b", word_start=False),),
    ),
    # "Voor de uitvoering van deze motie zijn geen aanvullende middelen uitgetrokken."
    (
        "geen-middelen",
        (
            _part(
                "geen",
                r"geen\s+(?:aanvullende\s+|extra\s+|additionele\s+|nieuwe\s+)?(?:middelen|budget|financiering)"
                r"(?:\s+\S+){0,5}?\s+(?:uitgetrokken|gereserveerd|vrijgemaakt|beschikbaar\s+gesteld)\b",
            ),
        ),
    ),
    # work under way: "wordt uitgevoerd", "geeft uitvoering", "uitvoering wordt gegeven",
    # "is gestart", "gestart met", "wordt meegenomen", "neemt … mee", "werkt aan", "voert … uit"
    (
        "in-uitvoering",
        (
            _part("uitgevoerd", r"(?:wordt|worden)\s+(?:\S+\s+){0,2}?uitgevoerd\b"),
            _part("geeft geven", r"(?:geeft|geven)(?:\s+\S+){0,3}?\s+uitvoering\b|uitvoering(?:\s+\S+){0,3}?\s+(?:geeft|geven)\b"),
            # "gegeven" in the present or future only: "er wordt uitvoering aan gegeven", "uitvoering
            # zal worden gegeven" (not "is uitvoering gegeven": done)
            _part(
                "gegeven",
                r"uitvoering\s+(?:\S+\s+){0,2}?(?:(?:wordt|worden|zal|zullen)\s+(?:\S+\s+){0,2}?gegeven|gegeven\s+(?:wordt|worden))\b",
                needs="uitvoering",
            ),
            _part(
                "gegeven",
                r"uitvoering(?:\s+\S+){0,3}?\s+gegeven\b",
                before=r"\b(?:wordt|worden|zal|zullen)\s+(?:\S+\s+){0,4}$",
                needs="uitvoering",
            ),
            # "in uitvoering", "de voortgang van de uitvoering", "gedurende de uitvoering",
            # "Uitvoering van deze motie vindt plaats met …"
            # (one literal-led pattern each: a choice of first words is slow to scan)
            _part("uitvoering", r"in\s+uitvoering\b"),
            _part("voortgang", r"voortgang\s+van\s+de\s+uitvoering\b"),
            _part("gedurende", r"gedurende\s+de\s+uitvoering\b"),
            _part("vindt", r"uitvoering\s+(?:van\s+(?:\S+\s+){1,4}?)?vindt\s+(?:\S+\s+){0,2}?plaats\b"),
            _part("gestart", r"(?:is|zijn|wordt|worden)\s+(?:\S+\s+){0,3}?gestart\b|gestart\s+met\b"),
            _part("meegenomen", r"meegenomen\b"),
            _part("neemt nemen", r"(?:neemt|nemen)(?:\s+\S+){0,12}?\s+mee\b"),
            _part("werkt werken", r"(?:werkt|werken|gewerkt)(?:\s+\S+){0,3}?\s+aan\b"),
            _part("voert", r"voert(?:\s+\S+){0,8}?\s+uit\b"),
            _part("slag", r"aan\s+de\s+slag\b"),
            _part("gang", r"in\s+gang\s+gezet\b"),
        ),
    ),
)

# The rules flattened: (rule index, status, part) in rule order, and which parts each guard
# word unlocks. Finding the guard words in a whole answer with ``str.find`` picks the
# (sentence, part) pairs worth a regex search in one pass: most sentences hold none.
_FLAT_PARTS: tuple[tuple[int, str, _Part], ...] = tuple(
    (r, status, part) for r, (status, parts) in enumerate(_STATUS_RULES) for part in parts
)
_GUARD_PARTS: dict[str, tuple[int, ...]] = {}
for _k, (_rule, _status, _p) in enumerate(_FLAT_PARTS):
    for _w in _p.guards:
        _GUARD_PARTS[_w] = (*_GUARD_PARTS.get(_w, ()), _k)
del _k, _rule, _status, _p, _w
# Per rule: its status and the indexes of its parts in _FLAT_PARTS.
_RULE_PARTS: tuple[tuple[str, tuple[int, ...]], ...] = tuple(
    (status, tuple(k for k, (r, _, _) in enumerate(_FLAT_PARTS) if r == rule))
    for rule, (status, _) in enumerate(_STATUS_RULES)
)
# re.I lets "ı"/"İ" match "i" and "ſ" match "s"; str.lower does not (and makes "İ" two
# characters). Mapped first, the folded text keeps every position of the original.
_FOLD_ODD_TABLE = str.maketrans(dict(zip(_FOLD_ODD, "Iis", strict=True)))


def _fold(text: str) -> str:
    """``text`` lowercased position for position, as the status patterns expect."""
    return (text if _lower_is_exact(text) else text.translate(_FOLD_ODD_TABLE)).lower()


def _search_part(part: _Part, folded: str, pos: int = 0) -> re.Match[str] | None:
    """``part.rx.search`` with its leading word boundary and ``before`` checked by hand (see _Part)."""
    for word in part.needs:
        if word not in folded:
            return None
    while m := part.rx.search(folded, pos):
        i = m.start()
        if (not part.word_start or i == 0 or not (folded[i - 1].isalnum() or folded[i - 1] == "_")) and (
            part.before is None or part.before.search(folded, max(0, i - _BEFORE_REACH), i)
        ):
            return m
        pos = i + 1
    return None


def find_statuses(sentence: str) -> list[MotionStatus]:
    """The motion statuses one sentence expresses (at most one per kind)."""
    folded = _fold(sentence)
    allowed = {k for w, ks in _GUARD_PARTS.items() if w in folded for k in ks}
    return _apply_rules(sentence, folded, allowed) if allowed else []


# Statuses per (raw sentence, parts tried): answers repeat their boilerplate ("Deze motie is
# reeds afgedaan.", "Het antwoord zal door hen aan uw Kamer worden toegezonden.") within a list
# and across a ministry's lists. Emptied when full; benchmarks empty it per run (clear_caches).
_STATUS_MEMO: dict[tuple[str, frozenset[int]], list[MotionStatus]] = {}
_STATUS_MEMO_SIZE = 4096


def _sentence_statuses(raw: str, folded: str, allowed: set[int]) -> list[MotionStatus]:
    """:func:`_apply_rules`, memoised (the statuses are frozen records: sharing is safe)."""
    key = (raw, frozenset(allowed))
    found = _STATUS_MEMO.get(key)
    if found is None:
        if len(_STATUS_MEMO) >= _STATUS_MEMO_SIZE:
            _STATUS_MEMO.clear()
        found = _STATUS_MEMO[key] = _apply_rules(raw, folded, allowed)
    return found


def _apply_rules(raw: str, folded: str, allowed: set[int]) -> list[MotionStatus]:
    """The ``allowed`` parts (indexes into _FLAT_PARTS) on one sentence, in rule order, the
    first matching part of a rule deciding. They run on the raw text first (squashing every
    sentence is the costly part) and a hit is confirmed on the squashed sentence it stores."""
    out: list[MotionStatus] = []
    done_rule = -1
    sentence: str | None = None
    squashed = ""
    found: set[str] = set()
    for k in sorted(allowed):  # _FLAT_PARTS is in rule order
        rule, status, part = _FLAT_PARTS[k]
        if rule == done_rule or status in found or not _search_part(part, folded):
            continue
        done_rule = rule
        if sentence is None:
            sentence = squash(raw)
            squashed = _fold(sentence)
        for j in _RULE_PARTS[rule][1]:  # confirm with the rule's first part that matches
            if j in allowed and (m := _search_part(hit := _FLAT_PARTS[j][2], squashed)):
                who = m.span("who") if "who" in hit.rx.groupindex else (-1, -1)
                detail = sentence[who[0] : who[1]] if who[1] > who[0] else None
                out.append(MotionStatus(status, sentence, detail))
                found.add(status)
                break
    return out


def clear_caches() -> None:
    """Forget memoised results (submitter splits, sentence statuses): for benchmarks that
    measure a document as the first one seen, and for tests."""
    _STATUS_MEMO.clear()
    split_submitters.cache_clear()


_GUARD_LIST = tuple(_GUARD_PARTS.items())


def _status_sentences(folded: str, starts: list[int]) -> list[tuple[int, set[int]]]:
    """(sentence index, the rule parts worth trying there) in text order (see _GUARD_PARTS).
    Guard words hold no whitespace, so an occurrence never straddles a sentence start."""
    out: dict[int, set[int]] = {}
    find = folded.find
    for word, ks in _GUARD_LIST:
        i = find(word)
        while i >= 0:
            si = bisect.bisect_right(starts, i) - 1
            if si in out:
                out[si].update(ks)
            else:
                out[si] = set(ks)
            i = find(word, i + 1)
    return sorted(out.items())


class _AnswerStatuses:
    """What the answer says, per sentence, and which motion each sentence is about.

    A sentence naming motion numbers applies only to those; in an answer made of blocks
    ("Kamerstuk 26 643, Nr. 1315 De motie van …" per motion) a sentence applies to its block's
    motion; otherwise the whole answer applies to every motion of the question.
    """

    def __init__(
        self, answer: str, folded: str, sents: _Sentences, refs: list[KamerstukRef], drafts: list[_Draft]
    ) -> None:
        motion_ids = {d.id for d in drafts if d.id}
        named: dict[int, set[str]] = {}
        for r in refs:
            if r.id in motion_ids:
                named.setdefault(sents.bounds(r.start)[0], set()).add(r.id)
        answer_drafts = [d for d in drafts if d.side == "answer"]
        for d in answer_drafts:
            if d.id:
                named.setdefault(sents.bounds(d.start)[0], set()).add(d.id)
        self.blocks = _blocks(answer, answer_drafts)
        self._block_starts = [b[0] for b in self.blocks]
        # First hit per status kind, by what it applies to (see the class docstring).
        self.general: dict[str, tuple[int, MotionStatus]] = {}
        self.named: dict[str, dict[str, tuple[int, MotionStatus]]] = {}
        self.block_of_id: dict[str, dict[str, tuple[int, MotionStatus]]] = {}
        self.block_at: dict[int, dict[str, tuple[int, MotionStatus]]] = {}
        starts = sents.starts
        n = len(answer)
        general = self.general
        for si, parts in _status_sentences(folded, starts):
            s = starts[si]
            ids = named.get(s)
            block = None if ids or not self.blocks else self._block_at(s)
            if not ids and block is None and general:
                # About no motion in particular: only the first sentence per kind counts, so
                # kinds found earlier need no regex here.
                parts = {k for k in parts if _FLAT_PARTS[k][1] not in general}
                if not parts:
                    continue
            e = starts[si + 1] if si + 1 < len(starts) else n
            for st in _sentence_statuses(answer[s:e], folded[s:e], parts):
                hit = (s, st)
                if ids:
                    for mid in ids:
                        self.named.setdefault(mid, {}).setdefault(st.status, hit)
                elif block is None:
                    general.setdefault(st.status, hit)
                else:
                    self.block_of_id.setdefault(block[2], {}).setdefault(st.status, hit)
                    self.block_at.setdefault(block[0], {}).setdefault(st.status, hit)
        self._general_only: tuple[MotionStatus, ...] | None = None

    def _block_at(self, pos: int) -> tuple[int, int, str] | None:
        i = bisect.bisect_right(self._block_starts, pos) - 1
        return self.blocks[i] if i >= 0 and pos < self.blocks[i][1] else None

    def for_mention(self, d: _Draft) -> tuple[MotionStatus, ...]:
        """Statuses for one mention: sentences naming its number, its block's sentences and
        the sentences about no motion in particular; the first per kind, in text order."""
        sources = [self.general]
        if d.id is not None:
            if d.id in self.named:
                sources.append(self.named[d.id])
            if d.id in self.block_of_id:
                sources.append(self.block_of_id[d.id])
        elif d.side == "answer" and (own := self._block_at(d.start)) is not None:
            sources.append(self.block_at.get(own[0], {}))
        if len(sources) == 1:  # (the usual case: the same for every mention of the question)
            if self._general_only is None:
                self._general_only = tuple(st for _, st in sorted(self.general.values(), key=lambda h: h[0]))
            return self._general_only
        first: dict[str, tuple[int, MotionStatus]] = {}
        for src in sources:
            for kind, hit in src.items():
                if kind not in first or hit[0] < first[kind][0]:
                    first[kind] = hit
        return tuple(st for _, st in sorted(first.values(), key=lambda h: h[0]))


def _blocks(answer: str, drafts: list[_Draft]) -> list[tuple[int, int, str]]:
    """(start, end, motion id) per block, when an answer discusses 2+ motions line by line."""
    heads = sorted((d.start, d.id) for d in drafts if d.id and _at_line_start(answer, d.start))
    if len({h[1] for h in heads}) < 2:
        return []
    ends = [h[0] for h in heads[1:]] + [len(answer)]
    return [(s, e, mid) for (s, mid), e in zip(heads, ends) if mid]


def _at_line_start(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


# =========================================================================== question refs

# A question number counts only where the answer points at another answer:
#
# * after a pointing verb: "Zie het antwoord op vraag 10", "zie de antwoorden op de vragen 12 en
#   13", "Zie vraag 1", "Verwezen wordt naar het antwoord op vraag 7", "Ik verwijs u naar mijn
#   antwoord op vraag 9", "… verwijs ik naar het antwoord op vraag 4";
# * after "zoals", when the place is an answer — "in" + antwoord/beantwoording ("Zoals
#   toegelicht in de beantwoording van vraag 2", "Zoals in het antwoord op vraag 2 is
#   aangegeven") — or "bij"/"onder" vraag N, which in an answer document is where that
#   question's answer stands ("Zoals bij vraag 7 aangegeven", "Zoals eerder aangegeven bij
#   vraag 6"); the verb is a participle ("aangegeven", "toegelicht", …) or, after "ik"/"wij",
#   "heb aangegeven"/"aangaf".
#
# Never counted: a bare "vraag 3", "in vraag 2 stelt u", "Zoals u in vraag 4 opmerkt" (the
# asker speaks: no subject but ik/wij/we is allowed after "zoals"), and "Zoals (aangegeven) in
# vraag 4 (aangegeven)" without antwoord/beantwoording — "in vraag 4" is the question's text.
_QVERB = r"(?:aangegeven|vermeld|beschreven|toegelicht|uiteengezet|geschetst|gemeld|gesteld|opgemerkt|geantwoord)"
_QIN_ANSWER = r"in(?=\s+(?:\w+\s+){0,2}(?:be)?antwoord)"  # "in (het|mijn|de) (be)antwoord…"
_QREF = re.compile(
    rf"""
    \b(?:zie|verwezen\s+wordt\s+naar|wordt\s+verwezen\s+naar|verwijs|verwijzen|verwijzing\s+naar
      | zoals(?:\s+(?:ik|wij|we))?(?:\s+(?:ook|eerder|reeds|al|hiervoor|hierboven|tevens)){{0,2}}
        (?:(?:\s+(?:is|werd|wordt|heb|hebben))?\s+{_QVERB}\s+(?:bij|onder|{_QIN_ANSWER})  # verb first
          | \s+(?P<trail>bij|onder|{_QIN_ANSWER})                 # verb after the number: see below
        ))\b
    (?:\s+(?:ook|overigens|verder|tevens|eveneens|hiervoor|daarvoor|hierbij|naar|het|de|mijn|ons|onze|antwoord(?:en)?
        |beantwoording|op|van|bij|in|onder|aan|u|ik|wij|we|graag)\b){{0,7}}
    \s+vra(?:ag|gen)\s+
    (?P<nums>\d{{1,3}}(?!\d)(?:\s{{0,2}}(?:,|en|&|t/m|tot\s+en\s+met|[-–])\s{{0,2}}\d{{1,3}}(?!\d))*)
    (?(trail)(?:\s+(?:is|werd|wordt|heb|hebben|ook|eerder|al|reeds|nader|uitgebreid)){{0,3}}
        \s+(?:{_QVERB}|aangaf|aangaven|schreef|schreven)\b)
    """,
    re.X | re.I,
)
_QNUM = re.compile(r"\d+|t/m|tot\s+en\s+met|[-–]", re.I)


_QREF_LEADS = ("zie", "verw", "wordt", "zoals")  # every _QREF match starts with one of these


def _qref_matches(text: str, low: str) -> Iterable[re.Match[str]]:
    """``_QREF.finditer(text)``, tried only where a lead word starts (see :func:`occurrences`)."""
    if not _lower_is_exact(text):
        yield from _QREF.finditer(text)
        return
    last_end = 0
    for pos in occurrences(low, _QREF_LEADS):
        if pos >= last_end and (m := _QREF.match(text, pos)):
            last_end = m.end()
            yield m


def find_question_refs(text: str) -> list[int]:
    """Question numbers an answer points to, in order, without repeats. Only pointer phrasing
    counts ("zie … vraag N", "zoals bij vraag N aangegeven", see :data:`_QREF`), never a bare
    "vraag 3" — callers pass answer text only. "vragen 3 tot en met 5" gives 3, 4, 5."""
    return _question_refs(text, _fold(text))


def _question_refs(text: str, low: str) -> list[int]:
    """:func:`find_question_refs` with ``low`` = ``_fold(text)`` (shared with the statuses)."""
    nums: list[int] = []
    if "vra" not in low:  # cheap pre-check: "vraag"/"vragen" must occur
        return nums
    for m in _qref_matches(text, low):
        in_range = False
        for t in _QNUM.finditer(m["nums"]):
            tok = t.group()
            if not tok[0].isdigit():
                in_range = True
                continue
            n = int(tok)
            if in_range and nums and 0 < n - nums[-1] <= 50:
                nums.extend(range(nums[-1] + 1, n))
            in_range = False
            nums.append(n)
    return list(dict.fromkeys(nums))


# =========================================================================== amounts

# Dutch numbers: "." thousands, "," decimals ("102.085", "13,3", "1.234,56"); an English
# decimal only before a scale word ("2.5 miljoen").
_NUMBER = r"\d+\.\d{1,2}(?=\s{0,2}(?:miljoen|miljard|mln|mld|mrd|mio))|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"(?:miljoen|miljard|mln\.?|mio\.?|mld\.?|mrd\.?|duizend)(?![a-z])"
# The currency word or sign every amount carries; amounts are only looked for around it.
_CURRENCY = re.compile(r"[€Ee](?:(?<=€)|(?<![A-Za-z]E)(?<=E)UR\b|(?<![A-Za-z][Ee])(?<=[Ee])uro\b)")
# Sign first ("Euro 2024" is football): "€ 13,3 miljoen", "€0", "EUR 2 mld", "€ 64,3 mln.", "€ 0,7\nmln."
# Also a minus ("€ -3,2 miljoen"), thousands grouped by spaces as the Rekenkamer prints them
# ("€ 9 660,8 miljoen") and a range, valued at its lower end ("€ 5 à 6 miljoen": 5 million).
_AMOUNT_FWD = re.compile(
    rf"(?:€|EUR)[ \u00a0]?(?P<minus>[-−–]\s?)?(?P<n>\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?:,\d+)?(?![\d.,\w-])|{_NUMBER})"
    rf"(?:\s{{0,2}}(?:à|a|[-–]|tot|en)\s{{0,2}}(?:€\s?)?(?:{_NUMBER})(?=\s{{0,2}}{_SCALE}))?"
    rf"(?:\s{{0,2}}(?P<s>{_SCALE}))?"
)
_NEGATIVE_BEFORE = re.compile(r"-/-\s?$")  # "-/- € 3,2 miljoen": a minus in Dutch accounts
# Word last, matched backwards from the word: "5,7 mln. euro", "4 mln. euro", "142 mln. euro"
_AMOUNT_BACK = re.compile(rf"(?<![\d.,])(?P<n>{_NUMBER})\s{{0,2}}(?:(?P<s>{_SCALE})\s{{0,2}})?$")
_SCALES = {
    "duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "mio": 1e6, "miljard": 1e9, "mld": 1e9, "mrd": 1e9,
    "duizenden": 1e3, "miljoenen": 1e6, "miljarden": 1e9,  # "bedragen in miljoenen euro's"
}
# Table scale headers: "bedrag  x€1.000", "Bedragen x € 1.000", "(x € 1 mln)", "x 1.000 euro",
# "bedragen in € mln".
_SCALE_HEAD = re.compile(
    r"""
    [x×Bb](?:                                  # charset first: fast scanning
        (?<![A-Za-z][x×])(?<=[x×])\s?(?:€|EUR|euro)\s?(?P<a>1(?:\.000){0,3})(?![\d.,])
            (?:\s?(?P<sa>mln\.?|miljoen|mld\.?|miljard))?          # "x€1.000", "x € 1 mln"
      | (?<![A-Za-z][x×])(?<=[x×])\s?(?P<b>1(?:\.000){1,3})\s?(?:€|EUR|euro)   # "x 1.000 euro"
      | (?<![A-Za-z][Bb])(?<=[Bb])edragen\s+(?:in|x)\s+
        (?:(?:€|EUR|euro)\s?(?:1\s?)?
            (?P<sc>mln\.?|miljoen|mld\.?|miljard|duizend)           # "bedragen in € mln", "… in € 1 mln."
          | (?P<sp>miljoenen|miljarden|duizenden)\s+(?:euro(?:['’]?s)?|€))  # "Bedragen in miljoenen euro’s"
    )
    """,
    re.X,
)
_CELL_NUMBER = re.compile(r"(?:[-−–] ?)?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")  # "– 1.282": a minus
_YEAR = re.compile(r"(?:19|20)\d\d")
_TABLE_GAP = 3  # blank lines that end a table


_THOUSANDS = re.compile(r"(?:[-−–] ?)?\d{1,3}(?:\.\d{3})+")  # "102.085": dots group thousands


def _number_value(num: str) -> float:
    """Dutch number text as float: "1.234,5" → 1234.5; "2.5" (before a scale word) → 2.5."""
    num = num.replace("−", "-").replace("–", "-").replace("- ", "-")
    if "," in num or _THOUSANDS.fullmatch(num):
        return float(num.replace(".", "").replace(",", "."))
    return float(num)


def _scale_value(word: str | None) -> float:
    return _SCALES[word.rstrip(".").lower()] if word else 1.0


def _header_scale(m: re.Match[str]) -> float:
    if m["a"] is not None:
        return float(m["a"].replace(".", "")) * _scale_value(m["sa"])
    if m["b"] is not None:
        return float(m["b"].replace(".", ""))
    return _scale_value(m["sc"] or m["sp"])


def _table_amounts(text: str, side: Side, heads: list[re.Match[str]]) -> list[Amount]:
    """Bare numbers in cells of the lines after a scale header, until 3+ blank lines."""
    out: list[Amount] = []
    scale: float | None = None
    blanks = pos = 0
    head_iter = iter(heads)
    nxt_head = next(head_iter, None)
    for line in text.splitlines(keepends=True):
        line_end = pos + len(line)
        if nxt_head is not None and nxt_head.start() < line_end:
            scale, blanks = _header_scale(nxt_head), 0
            while nxt_head is not None and nxt_head.start() < line_end:
                nxt_head = next(head_iter, None)
        elif scale is not None:
            if not line.strip():
                blanks += 1
                if blanks >= _TABLE_GAP:
                    scale = None
            else:
                blanks = 0
                out.extend(_cell_amounts(line, pos, scale, side))
        pos = line_end
    return out


# A table cell: text between tabs, runs of 2+ spaces or the " │ " of a redrawn table.
_CELL = re.compile(r"[^\t\r\n │|]+(?: [^\t\r\n │|]+)*")  # (and "|" of a web page's table)


def _cell_amounts(line: str, pos: int, scale: float, side: Side) -> list[Amount]:
    """Cells of one table line that are a bare number ("3.796"), scaled to euros."""
    out = []
    for c in _CELL.finditer(line):
        cell = c.group()
        if _YEAR.fullmatch(cell) or not _CELL_NUMBER.fullmatch(cell):
            continue
        out.append(Amount(cell, _number_value(cell) * scale, side, pos + c.start(), pos + c.end()))
    return out


def _currency_matches(text: str) -> Iterable[re.Match[str]]:
    """``_CURRENCY.finditer(text)``, tried only at "€", "EUR" and the letter before "uro"
    (see :func:`occurrences`)."""
    last_end = 0
    for pos in sorted(set(occurrences(text, ("€", "EUR")) + occurrences(text, ("uro",), -1))):
        if pos >= last_end and (c := _CURRENCY.match(text, pos)):
            last_end = c.end()
            yield c


def find_amounts(text: str, side: Side) -> list[Amount]:
    """Sums of money in ``text`` with their value in euros, in order of position."""
    if "€" not in text and "EUR" not in text and "uro" not in text:  # every form names the currency
        return []
    has_head = "x" in text or "×" in text or "edragen" in text  # what every header contains
    heads = list(_SCALE_HEAD.finditer(text)) if has_head else []
    head_ends = [h.end() for h in heads]
    out: list[Amount] = []
    last_end = 0
    for c in _currency_matches(text):
        m = _AMOUNT_FWD.match(text, c.start())
        if m is None and c.group() != "€":
            m = _AMOUNT_BACK.search(text, max(0, c.start() - 40), c.start())
            end = c.end()
        else:
            end = m.end() if m else 0
        if m is None or m.start() < last_end:
            continue
        i = bisect.bisect_right(head_ends, m.start())  # first header ending after the amount starts
        if i < len(heads) and heads[i].start() < end:  # "x€1.000" is a scale, not an amount
            continue
        start, euros = m.start(), _number_value(m["n"].replace(" ", "").replace("\u00a0", "")) * _scale_value(m["s"])
        if m.re is _AMOUNT_FWD and (m["minus"] or (neg := _NEGATIVE_BEFORE.search(text, max(0, start - 4), start))):
            euros = -euros
            if not m["minus"]:
                start = neg.start()  # type: ignore[union-attr]
        out.append(Amount(text[start:end], euros, side, start, end))
        last_end = end
    if heads:
        out.extend(_table_amounts(text, side, heads))
        out.sort(key=lambda a: a.start)
    return out


# =========================================================================== question analysis


def _footnote_texts(footnotes: Mapping[str, str] | None) -> dict[str, str]:
    """Marks normalised to ASCII digits ("⁴" → "4") so text marks and keys always meet."""
    return {str(k).translate(_SUPER_TO_DIGIT).strip(): v for k, v in (footnotes or {}).items()}


def analyse_question(
    question: str, answer: str | None, footnotes: Mapping[str, str] | None = None
) -> QuestionRefs:
    """Kamerstukken, motions (with statuses from the answer), amounts and cross-question
    references of one question/answer pair.

    ``footnotes`` should be the footnotes of this question (all are analysed): references in
    them get side "footnote"; a name followed by a footnote mark takes its number from there.
    """
    fns = _footnote_texts(footnotes)
    fn_refs = {mark: find_kamerstuk_refs(t, "footnote", mark) for mark, t in fns.items()}
    sides: list[tuple[Side, str, str | None]] = [("question", question or "", None)]
    if answer:
        sides.append(("answer", answer, None))
    sides.extend(("footnote", t, mark) for mark, t in fns.items())

    all_refs: list[KamerstukRef] = []
    answer_refs: list[KamerstukRef] = []
    answer_sents: _Sentences | None = None
    drafts: list[_Draft] = []
    amounts: list[Amount] = []
    for side, text, mark in sides:
        refs = fn_refs[mark] if mark is not None else find_kamerstuk_refs(text, side)
        all_refs.extend(refs)
        if side == "answer":
            answer_refs = refs
        if "otie" in text:  # cheap pre-check: most questions name no motion
            linker = _Linker(text, side, refs, fn_refs, mark)
            drafts.extend(linker.drafts())
            if side == "answer":
                answer_sents = linker._sents
        amounts.extend(find_amounts(text, side))

    _resolve_idless(drafts)
    folded = _fold(answer) if answer else ""  # (lowercase, position for position)
    if answer and drafts:
        statuses = _AnswerStatuses(answer, folded, answer_sents or _Sentences(answer), answer_refs, drafts)
        for d in drafts:
            d.statuses = statuses.for_mention(d)
    return QuestionRefs(
        kamerstukken=tuple(all_refs),
        motions=tuple(d.build() for d in drafts),
        amounts=tuple(amounts),
        refers_to=tuple(_question_refs(answer, folded)) if answer else (),
    )


# =========================================================================== document level


def _id_parts(mid: str) -> tuple[str, str | None, int | str]:
    """"36740-VII-35" → ("36740", "VII", 35); an Eerste Kamer letter stays text: "35788-D"."""
    parts = mid.split("-")
    last = parts[-1]
    return parts[0], ("-".join(parts[1:-1]) or None), int(last) if last.isdecimal() else last


@dataclass(slots=True)
class _MotionAcc:
    id: str | None
    submitters: dict[str, str] = field(default_factory=dict)  # casefold → as first written
    questions: set[int] = field(default_factory=set)
    cs: bool = False
    amended: bool = False
    party: str | None = None

    def add(self, m: MotionMention, number: int) -> None:
        for s in m.submitters:
            self.submitters.setdefault(s.casefold(), s)
        self.questions.add(number)
        self.cs |= m.cs
        self.amended |= m.amended
        self.party = self.party or m.party

    def build(self) -> Motion:
        dossier, sub, number = _id_parts(self.id) if self.id else (None, None, None)
        return Motion(
            self.id, dossier, sub, number, tuple(self.submitters.values()),
            tuple(sorted(self.questions)), self.cs, self.amended, self.party,
        )


def collect_motions(questions: Sequence[Question]) -> tuple[Motion, ...]:
    """One document's motions: mentions merged by id, in order of first mention.

    Numberless mentions merge per distinct submitter set. Once an id is a motion (some mention
    calls it one), a plain Kamerstuk reference to it in another question counts as well.
    """
    acc: dict[object, _MotionAcc] = {}
    for q in questions:
        for m in q.motions:
            key: object = m.id if m.id else frozenset(s.casefold() for s in m.submitters)
            if key not in acc:
                acc[key] = _MotionAcc(m.id)
            acc[key].add(m, q.number)
    for q in questions:
        for r in q.kamerstukken:
            if r.id in acc:
                acc[r.id].questions.add(q.number)
    return tuple(a.build() for a in acc.values())


# A motion id as a user types it: "26643-1317", "26643 1317", "26 643, nr. 1317",
# "36740 VII 35", "Kamerstuk 36 740-VII, nr. 35", "36455-R2188-11", "21501-33-1158".
_LOOSE_ID = re.compile(
    r"""
    \s*(?:(?i:kamerstuk\w*|kst\.?)\s*[,:]?\s*)?
    (?P<d>\d{1,2}\s?\d{3})\s*[-–,]?\s*
    (?:(?P<sub>(?i:[ivxl]{1,6}[ab]?|[a-z]|\(?r\d{3,4}\)?)(?![A-Za-z\d])|\d{1,3}(?=\s*[-–\s]\s*\d))\s*[-–,]?\s*)?
    (?:(?i:nrs?|nummer)\.?\s*)?
    (?P<n>\d{1,4})\s*\.?\s*
    """,
    re.X,
)


# An Eerste Kamer letter document as a user types it: "35788-D", "35788 D", "35 788, letter D",
# "EK 35.526, I", "35300-VI-Y", "36600 B A".
_LOOSE_EK_ID = re.compile(
    r"""
    \s*(?:(?i:ek|kamerstuk\w*(?:\s+I)?)\s*[,:]?\s*)?
    (?P<d>\d{1,2}[\s.]?\d{3})\s*
    (?:[-–\s]\s*(?P<sub>(?i:[ivxl]{1,6}[ab]?|[a-z])))??\s*[-–,]?\s*
    (?:(?i:letter)\s+)?(?P<l>(?i:[a-z]{1,2}))\s*
    """,
    re.X,
)


def parse_motion_id(text: str) -> str | None:
    """Normalise a user's motion number to the Kamer id ("26643-1317", an Eerste Kamer letter
    document "35788-D"), or None when it is not one."""
    m = _LOOSE_ID.fullmatch(text)
    if m:
        return _make_id(m["d"].replace(" ", ""), _norm_sub(m["sub"]), int(m["n"]))
    m = _LOOSE_EK_ID.fullmatch(text)
    if m:
        return _make_id(re.sub(r"[\s.]", "", m["d"]), _norm_sub(m["sub"]), m["l"].upper())
    refs = find_kamerstuk_refs(text, "question")
    return refs[0].id if len(refs) == 1 else None


__all__ = [
    "KNOWN_HYPHENATED",
    "QuestionRefs",
    "analyse_question",
    "collect_motions",
    "find_amounts",
    "find_kamerstuk_refs",
    "find_motion_mentions",
    "find_question_refs",
    "find_statuses",
    "occurrences",
    "parse_motion_id",
    "sentence_starts",
    "split_sentences",
    "split_submitters",
    "squash",
]
