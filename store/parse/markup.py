"""Word-export markup: bookmarks, footnote markers and inline footnote bodies.

Word's "save as text" (and our DOCX/XML readers, which imitate it) leaves
``[bookmark: _Hlk226978294]`` anchors, ``[footnoteRef:4]`` at the reference point and the
footnote body inline as ``[4:  Kamerstuknummer II, …]``. Users must never see the markers; the
footnote must stay attached to the question it belongs to. We turn markers into superscript
marks ("¹⁷") that read naturally and that the reference recogniser can follow.
"""

from __future__ import annotations

import re

from ..model import Footnote

_BOOKMARK = re.compile(r"\[bookmark:\s*[^\]\n]*\]")
_FOOTNOTE_REF = re.compile(r"\[(?:footnoteRef|endnoteRef):\s*(\d+)\]")
_BODY_START = re.compile(r"\[(\d+):\s")

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SUPERSCRIPT_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def superscript(mark: str) -> str:
    return mark.translate(_SUPERSCRIPT)


def mark_of(superscripted: str) -> str:
    return superscripted.translate(_FROM_SUPERSCRIPT)


def _balanced_end(text: str, start: int) -> int | None:
    """Index just past the ``]`` closing the ``[`` at ``start`` (bodies may hold brackets)."""
    depth = 0
    for i in range(start, min(len(text), start + 5000)):
        ch = text[i]
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch == "\n" and text.startswith("\n\n", i):
            return None  # a footnote body never spans paragraphs
    return None


def extract_footnotes(text: str) -> tuple[str, dict[str, str]]:
    """Remove inline footnote bodies and markup; return clean text and {mark: body}.

    Only bodies whose mark was referenced (``[footnoteRef:N]``) are taken, so an ordinary
    bracketed "[1: …]" in prose that nobody points to stays in the text.
    """
    text = _BOOKMARK.sub("", text)
    referenced = set(_FOOTNOTE_REF.findall(text))
    bodies: dict[str, str] = {}
    out: list[str] = []
    pos = 0
    for m in _BODY_START.finditer(text):
        if m.start() < pos or m.group(1) not in referenced:
            continue
        end = _balanced_end(text, m.start())
        if end is None:
            continue
        body = text[m.end() : end - 1].strip()
        bodies.setdefault(m.group(1), body)
        out.append(text[pos : m.start()].rstrip(" "))
        pos = end
    out.append(text[pos:])
    text = "".join(out)
    text = _FOOTNOTE_REF.sub(lambda m: superscript(m.group(1)), text)
    return text, bodies


def footnotes_in(text: str, bodies: dict[str, str]) -> tuple[Footnote, ...]:
    """The footnotes whose marks appear in ``text``, in order of appearance."""
    marks = dict.fromkeys(mark_of(m) for m in SUPERSCRIPT_MARK.findall(text))
    return tuple(Footnote(mark, bodies[mark]) for mark in marks if mark in bodies)
