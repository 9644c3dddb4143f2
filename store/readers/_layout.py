"""What all structured readers share: the text shapes the parser knows, and their errors.

The shapes copy a Word "save as plain text" export (see sample_docs/): one paragraph per
line; footnote markers ``[footnoteRef:N]`` where the reference stands and the body
``[N:  text]`` after the paragraph; tables one cell per line, each starting with a tab, rows
separated by a blank line.
"""

from __future__ import annotations

import re

_SPACE_RUN = re.compile(r"[ \t\n\r\f\v]+")


class FormatDamaged(Exception):
    """Raised by a format reader; ``reason`` is a Dutch message from messages.py."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FormatMessage(Exception):
    """Raised by a format reader for a complete Dutch message (not 'damaged')."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def collapse(text: str) -> str:
    """HTML/XML whitespace: every run of whitespace is one space (no-break space stays)."""
    return _SPACE_RUN.sub(" ", text)


def footnote_ref(number: int | str) -> str:
    return f"[footnoteRef:{number}]"


def with_footnotes(paragraph: str, bodies: list[tuple[int | str, str]]) -> str:
    """The paragraph followed by its footnote bodies, as Word's text export writes them."""
    if not bodies:
        return paragraph
    notes = " ".join(f"[{number}:  {collapse(body).strip()}]" for number, body in bodies)
    return f"{paragraph.rstrip()} {notes}"


class Lines:
    """Collects output lines; keeps at most one blank line in a row."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        for part in line.split("\n"):
            self.lines.append(part)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def table(self, rows: list[list[list[str]]]) -> None:
        """Rows of cells of paragraphs, flattened like Word's text export."""
        if not rows:
            return
        self.blank()
        for row in rows:
            for cell in row:
                paragraphs = [p for p in cell if p.strip()] or [""]
                for paragraph in paragraphs:
                    for part in paragraph.split("\n"):
                        self.lines.append("\t" + part.strip())
            self.blank()

    def text(self) -> str:
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()
        while self.lines and not self.lines[0].strip():
            self.lines.pop(0)
        return "\n".join(self.lines) + "\n" if self.lines else ""
