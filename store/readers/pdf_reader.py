"""PDF to plain text with pypdf: pages in order, running headers and footers removed.

pypdf is pure Python and well kept; it is imported only when a PDF is read. Per page we take
pypdf's text, drop bare page numbers and lines that recur at the top or bottom of most
pages (running headers/footers; a page number at their start or end is ignored),
and rejoin words hyphenated across a line break when the next line starts in lowercase.
Lines are otherwise kept as the PDF has them (no reflow).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from contextlib import contextmanager

from .. import messages
from ._layout import FormatDamaged, FormatMessage

_EDGE = 3  # lines at the top and at the bottom of a page that may be header/footer
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?[\s\-–—]*$",
    re.IGNORECASE,
)
# A page number glued to the start or end of a running header ("… nr. 3    12").
_EDGE_DIGITS = re.compile(r"^\d+\s+|\s+\d+$")
# Lines the parser needs, which must never be mistaken for a running header.
_PROTECTED = re.compile(r"^\s*(vraag|antwoord)\b", re.IGNORECASE)
# "verant-\nwoording" -> "verantwoording"; "ICT-\nbudget" -> "ICT-budget" (a real hyphen).
_HYPHEN_LOWER = re.compile(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])")
_HYPHEN_KEEP = re.compile(r"(?<=[A-ZÀ-Þ0-9])-\n(?=[a-zà-ÿ])")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st",
                            "ﬆ": "st"})


@contextmanager
def _quiet_pypdf():
    """pypdf logs and warns about sloppy PDFs; in a terminal app that output would land on
    the screen. Silence it for the duration of one read."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _edge_key(line: str) -> str:
    if _PROTECTED.match(line):
        return ""
    return _EDGE_DIGITS.sub("#", " ".join(line.split())).lower()


def remove_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop bare page numbers and header/footer lines repeated on most pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line.strip()]
        edges = set(content[:_EDGE]) | set(content[-_EDGE:])
        counts.update({_edge_key(line) for line in edges})
    needed = max(2, (len(pages) + 1) // 2) if len(pages) >= 2 else None
    running = {key for key, n in counts.items() if needed is not None and n >= needed and key}
    cleaned = []
    for lines in pages:
        content_idx = [i for i, line in enumerate(lines) if line.strip()]
        edge_idx = set(content_idx[:_EDGE]) | set(content_idx[-_EDGE:])
        kept = []
        for i, line in enumerate(lines):
            if i in edge_idx and _edge_key(line) in running:
                continue
            if content_idx and i in (content_idx[0], content_idx[-1]) and _PAGE_NUMBER.match(line):
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned


def rejoin_hyphens(text: str) -> str:
    text = _HYPHEN_LOWER.sub("", text)
    return _HYPHEN_KEEP.sub("-", text)


def pdf_to_text(data: bytes) -> str:
    try:
        import pypdf
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a declared dependency
        raise FormatDamaged(messages.DAMAGED_PDF) from exc
    with _quiet_pypdf():
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                # Many PDFs carry only an owner password (print/copy limits): the empty user
                # password opens them.
                try:
                    opened = reader.decrypt("")
                except Exception as exc:  # missing AES support raises DependencyError
                    raise FormatMessage(messages.FORMAT_ENCRYPTED.format(fmt="pdf")) from exc
                if not opened:
                    raise FormatMessage(messages.FORMAT_ENCRYPTED.format(fmt="pdf"))
            page_list = list(reader.pages)
        except (FormatMessage, FormatDamaged):
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError,
                IndexError, RecursionError, AssertionError) as exc:
            raise FormatDamaged(messages.DAMAGED_PDF) from exc
        pages: list[list[str]] = []
        for number, page in enumerate(page_list, start=1):
            try:
                text = page.extract_text() or ""
            except Exception as exc:
                raise FormatDamaged(messages.DAMAGED_PDF_PAGE.format(page=number)) from exc
            text = text.translate(_LIGATURES).replace("\r\n", "\n").replace("\r", "\n")
            pages.append(text.split("\n"))
    if not any(line.strip() for lines in pages for line in lines):
        raise FormatMessage(messages.PDF_NO_TEXT)
    pages = remove_running_lines(pages)
    text = "\n".join("\n".join(lines).strip("\n") for lines in pages)
    return rejoin_hyphens(text)
