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
from .clean import clean_text, decode_bytes

MAX_BYTES = 50 * 1024 * 1024

SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", "": "txt"}


@dataclass(frozen=True, slots=True)
class SourceText:
    path: Path
    text: str
    format: str
    encoding: str
    digest: str  # sha256 hex of the raw bytes: the document's identity


class ReadError(Exception):
    """A file that cannot be read as a document; ``str()`` is the one line users see."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def read_source(path: Path | str, max_bytes: int = MAX_BYTES) -> SourceText:
    path = Path(path)
    if not path.exists():
        raise ReadError(path, messages.FILE_NOT_FOUND)
    if not path.is_file():
        raise ReadError(path, messages.NOT_A_FILE)
    size = path.stat().st_size
    if size > max_bytes:
        raise ReadError(
            path, messages.FILE_TOO_LARGE.format(size_mb=size / 2**20, limit_mb=max_bytes / 2**20)
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, messages.FILE_UNREADABLE.format(reason=exc.strerror or exc)) from exc
    if not data.strip():
        raise ReadError(path, messages.FILE_EMPTY)
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(path, messages.FORMAT_UNSUPPORTED.format(suffix=path.suffix))
    decoded = decode_bytes(data)
    if decoded is None:
        raise ReadError(path, messages.FILE_BINARY)
    text, encoding = decoded
    return SourceText(path, clean_text(text), fmt, encoding, hashlib.sha256(data).hexdigest())
