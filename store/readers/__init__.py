"""Readers turn a file of any supported format into clean, normalised text.

One reader per format; all of them return :class:`SourceText`. Everything downstream (the
parser) sees only text with ``\\n`` line ends, no control characters and no terminal escapes.
Reading never raises anything but :class:`ReadError`, whose message is one Dutch line.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .. import messages
from ._layout import FormatDamaged, FormatMessage
from .clean import clean_text, decode_bytes

MAX_BYTES = 50 * 1024 * 1024

SUPPORTED_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    "": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".docx": "docx",
    ".pdf": "pdf",
}
_FORMAT_NAMES = {"txt": "tekst", "html": "HTML", "xml": "XML", "docx": "Word", "pdf": "pdf"}


@dataclass(frozen=True, slots=True)
class SourceText:
    path: Path
    text: str
    format: str  # "txt", "html", "xml", "docx" or "pdf"
    encoding: str  # the detected text encoding; "binary" for docx and pdf
    digest: str  # sha256 hex of the raw bytes: the document's identity


class ReadError(Exception):
    """A file that cannot be read as a document; ``str()`` is the one line users see."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def _unreadable(path: Path, exc: OSError) -> ReadError:
    if isinstance(exc, PermissionError):
        return ReadError(path, messages.FILE_NO_PERMISSION)
    if isinstance(exc, FileNotFoundError):
        return ReadError(path, messages.FILE_NOT_FOUND)
    if isinstance(exc, IsADirectoryError):
        return ReadError(path, messages.NOT_A_FILE)
    reason = exc.strerror or type(exc).__name__
    return ReadError(path, messages.FILE_UNREADABLE.format(reason=reason))


def _too_large(path: Path, size: int, max_bytes: int) -> ReadError:
    return ReadError(
        path,
        messages.FILE_TOO_LARGE.format(
            size_mb=max(size / 2**20, 1), limit_mb=max(max_bytes / 2**20, 1)
        ),
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The raw bytes, never more than ``max_bytes`` read (the size is checked first)."""
    try:
        if not path.exists():
            raise ReadError(path, messages.FILE_NOT_FOUND)
        if not path.is_file():
            raise ReadError(path, messages.NOT_A_FILE)
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(path, size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if len(data) > max_bytes:  # grew while we looked
        raise _too_large(path, len(data), max_bytes)
    return data


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    decoded = decode_bytes(data)
    if decoded is None:
        raise ReadError(path, messages.FILE_BINARY)
    return decoded


def _convert(path: Path, fmt: str, data: bytes) -> tuple[str, str]:
    """Format-specific conversion to text; returns (text, encoding)."""
    if fmt == "txt":
        return _decode(path, data)
    if fmt == "html":
        from .html_reader import html_to_text

        markup, encoding = _decode(path, data)
        return html_to_text(markup), encoding
    if fmt == "xml":
        from .xml_reader import xml_to_text

        if decode_bytes(data) is None:
            raise ReadError(path, messages.FILE_BINARY)
        return xml_to_text(data), "xml"
    if fmt == "docx":
        from .docx_reader import docx_to_text

        return docx_to_text(data), "binary"
    from .pdf_reader import pdf_to_text

    return pdf_to_text(data), "binary"


def _damaged(fmt: str, reason: str) -> str:
    return messages.FORMAT_DAMAGED.format(fmt=_FORMAT_NAMES[fmt], reason=reason)


def read_source(path: Path | str, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read one document file as clean text, or raise :class:`ReadError` (never anything else).

    The format follows the suffix (see ``SUPPORTED_SUFFIXES``); text files may be UTF-8 (with
    or without BOM), UTF-16/32 with BOM, or Windows-1252.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    suffix = path.suffix.lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        raise ReadError(path, messages.FORMAT_UNSUPPORTED.format(suffix=suffix))
    if not data.strip():
        raise ReadError(path, messages.FILE_EMPTY)
    try:
        text, encoding = _convert(path, fmt, data)
    except ReadError:
        raise
    except FormatMessage as exc:
        raise ReadError(path, exc.message) from exc
    except FormatDamaged as exc:
        raise ReadError(path, _damaged(fmt, exc.reason)) from exc
    except Exception as exc:  # a reader bug or an input nobody foresaw: still one line
        raise ReadError(path, _damaged(fmt, messages.DAMAGED_OTHER)) from exc
    text = clean_text(text)
    if not text.strip():
        raise ReadError(path, messages.FILE_EMPTY)
    return SourceText(path, text, fmt, encoding, hashlib.sha256(data).hexdigest())
