"""Recognising the lines that structure a Q&A document: question and answer labels.

Every pattern here is anchored at the start of a line and lenient about what real files do:
colons or not, "Vraag: 12", numbers with suffixes ("12a"), joint numbers ("3 en 4", "3, 4 en
5", "3 t/m 5"), text on the same line as its label ("Antwoord: De …"), odd spacing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "3", "12a", "3 en 4", "3, 4 en 5", "3 t/m 5", "3-5", "3 & 4"
_NUMS = r"\d{1,4}[a-z]?(?:\s*(?:,|en|&|t/m|tot en met|[-–])\s*\d{1,4}[a-z]?)*"

QUESTION_LABEL = re.compile(
    rf"""^\s*(?:\*\*)?
    (?P<word>vraag|vragen)\s*(?:nr\.?|nummer)?\s*:?\s*
    (?P<nums>{_NUMS})
    (?![\d/])                          # not "Vraag 2024/25"
    \s*(?:\*\*)?\s*[:.)]?\s*(?:\*\*)?
    (?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Vraag van de g.a. de heer Zijlstra (VVD): Wat is …?" (answers to questions from a debate)
MEMBER_QUESTION_LABEL = re.compile(
    r"^\s*(?:\*\*)?(?P<label>vraag\s+van\s+(?:de|het|mevrouw|de\s+heer)\s+[^:?\n]{3,120}?:)(?:\*\*)?\s*(?P<rest>.*)$", re.I
)
BARE_QUESTION_LABEL = re.compile(r"^\s*(?:\*\*)?vraag\s*(?:\*\*)?\s*[:.]?\s*(?:\*\*)?(?P<rest>.*)$", re.I)

ANSWER_LABEL = re.compile(
    rf"""^\s*(?:\*\*)?
    (?P<word>antwoord(?:en)?|beantwoording)
    (?:\s+(?:(?:op|bij|van)\s+)?(?:de\s+)?(?:vra(?:ag|gen))\s*(?P<nums1>{_NUMS})   # "Antwoord (op) vraag 4-7:"
      |\s*(?:nr\.?\s*)?(?P<nums2>{_NUMS})(?![\d/]))?
    \s*(?:\*\*)?\s*[:.)]?\s*(?:\*\*)?
    (?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Antwoord van minister X (ontvangen …)" is Kamervragen metadata, not an answer label.
ANSWER_HEADER = re.compile(
    r"^\s*(?:antwoord|mededeling)\s+van\s+(?:de\s+)?(?:minister|staatssecretaris|minister-president)",
    re.I,
)
QUESTIONS_HEADER_START = re.compile(r"^\s*vragen\s+van\s+(?:het\s+lid|de\s+leden)\b", re.I)
# the closing date of a Kamervragen header: "(ingezonden 3 mei 2023)", "(ontvangen 20 juni 2023)"
HEADER_DATE = re.compile(r"\((?:ingezonden|ontvangen)\s+[^)]*\d{4}\s*\)", re.I)

# "12." / "12)" / "12" alone before a question (numeric layouts only)
# "  • 1. Klopt …?", "1)", "1.)"
NUMERIC_LABEL = re.compile(r"^\s*(?:[•▪·]\s*)?(?P<nums>\d{1,4}[a-z]?)(?:\s*(?:\.\)|[.)])\s*|\s*$)(?P<rest>.*)$")


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # "question" | "answer"
    numbers: tuple[int, ...]  # empty when the label carries no number
    label: str  # as printed, without trailing text
    rest: str  # text on the same line after the label


def parse_numbers(nums: str) -> tuple[int, ...]:
    """'3 en 4' → (3, 4); '3 t/m 5' → (3, 4, 5); '12a' → (12,)."""
    parts = re.split(r"\s*(t/m|tot en met|[-–])\s*|\s*(?:,|en|&)\s*", nums)
    out: list[int] = []
    range_next = False
    for part in parts:
        if part is None or not part.strip():
            continue
        if part in ("t/m", "tot en met", "-", "–"):
            range_next = True
            continue
        digits = re.match(r"\d+", part)
        if not digits:
            continue
        n = int(digits.group())
        if range_next and out and 0 < n - out[-1] <= 50:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
        range_next = False
    return tuple(dict.fromkeys(out))


def _label_text(line: str, rest: str) -> str:
    stripped = line.strip()
    label = stripped[: len(stripped) - len(rest)] if rest else stripped
    return label.strip().strip("*").strip()


def match_question(line: str) -> Label | None:
    m = QUESTION_LABEL.match(line)
    if m:
        rest = m["rest"].strip()
        if m["word"].lower() == "vragen" and not re.search(r"\d\s*(?:,|en|&|t/m|[-–])\s*\d", m["nums"]):
            return None  # "Vragen 2024" is prose, "Vragen 3 en 4" is a label
        if rest and rest[0].isdigit():
            return None
        return Label("question", parse_numbers(m["nums"]), _label_text(line, m["rest"]), rest)
    m = MEMBER_QUESTION_LABEL.match(line)
    if m:
        return Label("question", (), m["label"].strip(), m["rest"].strip())
    m = BARE_QUESTION_LABEL.match(line)
    if m and (not m["rest"].strip() or line.strip().lower().startswith(("vraag:", "vraag :"))):
        rest = m["rest"].strip()
        return Label("question", (), _label_text(line, m["rest"]), rest)
    return None


# "Antwoord van het kabinet:", "Antwoord van de minister van Financiën:" — with the colon a
# label (without it, "Antwoord van minister X (ontvangen …)" is a Kamervragen header)
_ANSWER_BY = re.compile(
    r"^\s*(?:\*\*)?(?P<label>antwoord\s+van\s+(?:het\s+kabinet|de\s+regering|(?:de\s+)?(?:minister|staatssecretaris)"
    r"(?:\s+(?:van|voor)\s+[^:()]{3,80})?)\s*:)(?:\*\*)?\s*(?P<rest>.*)$",
    re.I,
)


def match_answer(line: str) -> Label | None:
    by = _ANSWER_BY.match(line) if ":" in line else None
    if by:
        return Label("answer", (), by["label"].strip(), by["rest"].strip())
    if ANSWER_HEADER.match(line):
        return None
    m = ANSWER_LABEL.match(line)
    if not m:
        return None
    nums = m["nums1"] or m["nums2"] or ""
    rest = m["rest"].strip()
    label = _label_text(line, m["rest"])
    has_colon = label.endswith(":") or line.strip().lower().startswith(label.lower() + ":")
    if rest and not nums and not has_colon:
        return None  # "Antwoorden zijn …" is prose; "Antwoord: De …" is a label
    if m["word"].lower() == "beantwoording" and not nums:
        return None
    return Label("answer", parse_numbers(nums) if nums else (), label, rest)


# "1 en 2" alone on a line: one block of questions with one answer (bare-number lists)
JOINT_NUMBERS_LINE = re.compile(r"^\s*(?P<nums>\d{1,4}(?:\s*(?:,|en|&|t/m)\s*\d{1,4})+)\s*[.:]?\s*$")


def match_joint_numbers(line: str) -> tuple[int, ...] | None:
    m = JOINT_NUMBERS_LINE.match(line)
    return parse_numbers(m["nums"]) if m else None


def match_numeric(line: str) -> tuple[int, str] | None:
    m = NUMERIC_LABEL.match(line)
    if not m:
        return None
    rest = m["rest"].strip()
    if rest and not (rest[0].isupper() or rest[0] in "«\"'‘“("):
        return None
    return int(re.match(r"\d+", m["nums"]).group()), rest  # type: ignore[union-attr]


# "Antwoorden Feitelijke Kamervragen Najaarsnota 2023 Vraag 1": a PDF's heading and the first
# label on one line (the web copy lost the line break between them)
_GLUED_LABEL = re.compile(
    r"^(?P<head>\S.{2,}?(?<!\bzie)(?<!\bop)(?<!\bbij)(?<!\bvan)(?<!\ben)(?<!\bin)(?<!\bnaar))"
    r"\s+(?P<label>Vraag\s+\d{1,4}[a-z]?)\s*:?\s*$"
)


# "…in de Europese Raad.Vraag 1 Hoe heeft u gereageerd …?": a label glued to the sentence before
_GLUED_AFTER_SENTENCE = re.compile(r"(?<=[a-z][.?!])(?=Vraag\s+\d{1,4}[a-z]?\s+[A-Z][^?]*\?)")


def unglue_labels(lines: list[str]) -> list[str]:
    """Put a question label that ends a heading line, or that is glued to the sentence before
    it, on a line of its own, when a question (a "?") follows: a label must start its line to
    be read as one."""
    # (a label already at a line's start, the usual case, needs nothing: only other lines that
    # hold "Vraag" are looked at)
    candidates = [i for i, line in enumerate(lines) if "Vraag" in line and not line.lstrip().startswith("Vraag")]
    if not candidates:
        return lines
    out = list(lines)
    for i in reversed(candidates):  # (from the end: splitting a line shifts the ones after it)
        parts = _GLUED_AFTER_SENTENCE.split(out[i])
        if len(parts) > 1:
            out[i : i + 1] = parts
            continue
        m = _GLUED_LABEL.match(out[i])
        if m and any("?" in x for x in out[i + 1 : i + 4]) and not match_question(out[i]):
            out[i : i + 1] = [m["head"], m["label"]]
    return out
