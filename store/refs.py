"""References inside question and answer text: Kamerstukken, motions, other questions, money.

Interface used by the parser (kept stable; internals may grow):

* :func:`analyse_question` — everything found in one question/answer pair and its footnotes.
* :func:`find_question_refs` — "Zie het antwoord op vraag 10" → [10].
* :func:`collect_motions` — merge a document's motion mentions into :class:`Motion` records.
* :func:`parse_motion_id` — a user's "26 643, nr. 1317" → "26643-1317".

Footnote marks appear in the text as superscript digits ("brieven¹⁷"); ``footnotes`` maps the
mark ("17") to the footnote text.

(First cut: a minimal version so the parser can stand on it; the references issue fills it in.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .model import Amount, KamerstukRef, Motion, MotionMention, Question, Side


@dataclass(frozen=True, slots=True)
class QuestionRefs:
    kamerstukken: tuple[KamerstukRef, ...] = ()
    motions: tuple[MotionMention, ...] = ()
    amounts: tuple[Amount, ...] = ()
    refers_to: tuple[int, ...] = ()


_KST = re.compile(r"(?P<dossier>\d{2}\s?\d{3})[- ]?(?P<sub>[IVXLC]+|\d{1,3})?,?\s*nr\.?\s*(?P<nr>\d+)")
_QREF = re.compile(
    r"\bzie\b[^.\n]{0,40}?\bvra(?:ag|gen)\s+(?P<nums>\d+(?:\s*(?:,|en|t/m)\s*\d+)*)", re.I
)


def find_kamerstuk_refs(text: str, side: Side, footnote: str | None = None) -> list[KamerstukRef]:
    out = []
    for m in _KST.finditer(text):
        dossier = m["dossier"].replace(" ", "")
        sub = m["sub"]
        nr = int(m["nr"])
        kid = "-".join(x for x in (dossier, sub, str(nr)) if x)
        out.append(KamerstukRef(kid, m.group(), dossier, sub, nr, side, m.start(), m.end(), footnote))
    return out


def find_question_refs(text: str) -> list[int]:
    nums: list[int] = []
    for m in _QREF.finditer(text):
        nums.extend(int(n) for n in re.findall(r"\d+", m["nums"]))
    return list(dict.fromkeys(nums))


def analyse_question(
    question: str, answer: str | None, footnotes: Mapping[str, str] | None = None
) -> QuestionRefs:
    refs = find_kamerstuk_refs(question, "question")
    if answer:
        refs += find_kamerstuk_refs(answer, "answer")
    return QuestionRefs(
        kamerstukken=tuple(refs),
        refers_to=tuple(find_question_refs(answer or "")),
    )


def collect_motions(questions: Sequence[Question]) -> tuple[Motion, ...]:
    return ()


def parse_motion_id(text: str) -> str | None:
    refs = find_kamerstuk_refs(text, "question")
    if refs:
        return refs[0].id
    m = re.fullmatch(r"\s*(\d{2}\s?\d{3})[\s-]+(?:([A-Z0-9()]+)[\s-]+)?(\d+)\s*", text)
    if not m:
        return None
    return "-".join(x for x in (m[1].replace(" ", ""), m[2], m[3]) if x)


__all__ = [
    "QuestionRefs",
    "analyse_question",
    "collect_motions",
    "find_kamerstuk_refs",
    "find_question_refs",
    "parse_motion_id",
]

_ = MotionMention  # re-exported type used by the full implementation
