"""Word .docx to the same text Word's own "save as plain text" writes (see sample_docs/).

Stdlib zipfile + ElementTree (python-docx does not expose footnotes). One paragraph per
line (empty paragraphs stay empty lines); a numbered or bulleted paragraph (``w:numPr``)
starts with "– "; tables become one tab-prefixed line per cell with a blank line between
rows; a footnote or endnote reference is ``[footnoteRef:N]`` (N counts notes in reading
order, as Word numbers them) and its body ``[N:  text]`` follows the paragraph. Deleted
revisions, field codes and text boxes are left out.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib

from .. import messages
from ._layout import FormatDamaged, Lines, footnote_ref, with_footnotes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PART_LIMIT = 256 * 1024 * 1024  # uncompressed bytes per part: a zip bomb stops here
_ENTITY_DECL = re.compile(rb"<!ENTITY")
# Containers whose children are read as if they stood in the parent.
_TRANSPARENT = frozenset(
    _W + t for t in ("hyperlink", "ins", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml",
                     "moveTo", "dir", "bdo")
)
_SKIPPED = frozenset(_W + t for t in ("del", "moveFrom", "instrText", "delText", "rPr", "pPr",
                                      "drawing", "pict", "object", "sdtPr", "sdtEndPr"))


def _read_part(archive: zipfile.ZipFile, name: str, required: bool) -> ET.Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise FormatDamaged(messages.DAMAGED_MISSING_PART.format(part=name)) from None
        return None
    if info.file_size > _PART_LIMIT:
        raise FormatDamaged(messages.DAMAGED_PART_TOO_LARGE.format(part=name))
    with archive.open(info) as handle:
        data = handle.read(_PART_LIMIT + 1)
    if len(data) > _PART_LIMIT:
        raise FormatDamaged(messages.DAMAGED_PART_TOO_LARGE.format(part=name))
    if _ENTITY_DECL.search(data):
        raise FormatDamaged(messages.DAMAGED_XML_ENTITIES)
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        reason = messages.DAMAGED_XML.format(line=line, column=column)
        raise FormatDamaged(f"{name}: {reason}") from exc


class _Notes:
    """Footnote and endnote bodies by id, numbered in the order the text refers to them."""

    def __init__(self, footnotes: ET.Element | None, endnotes: ET.Element | None) -> None:
        self.bodies: dict[tuple[str, str], ET.Element] = {}
        for kind, root in (("footnote", footnotes), ("endnote", endnotes)):
            if root is not None:
                for note in root.iter(_W + kind):
                    self.bodies[(kind, note.get(_W + "id", ""))] = note
        self.count = 0

    def take(self, kind: str, note_id: str) -> tuple[str, str]:
        self.count += 1
        body = self.bodies.get((kind, note_id))
        text = ""
        if body is not None:
            paragraphs = [_Document(self, in_note=True).paragraph_text(p)[0]
                          for p in body.iter(_W + "p")]
            text = " ".join(p.strip() for p in paragraphs if p.strip())
        return str(self.count), text


class _Document:
    def __init__(self, notes: _Notes, in_note: bool = False) -> None:
        self.notes = notes
        self.in_note = in_note

    def paragraph_text(self, paragraph: ET.Element) -> tuple[str, list[tuple[str, str]]]:
        parts: list[str] = []
        found: list[tuple[str, str]] = []
        self._runs(paragraph, parts, found)
        return "".join(parts), found

    def _runs(self, element: ET.Element, parts: list[str], found: list[tuple[str, str]]) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab" or tag == _W + "ptab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag in (_W + "footnoteReference", _W + "endnoteReference") and not self.in_note:
                kind = "footnote" if tag == _W + "footnoteReference" else "endnote"
                number, body = self.notes.take(kind, child.get(_W + "id", ""))
                parts.append(footnote_ref(number))
                found.append((number, body))
            elif tag == _W + "r" or tag in _TRANSPARENT:
                self._runs(child, parts, found)

    def paragraph(self, paragraph: ET.Element) -> str:
        text, found = self.paragraph_text(paragraph)
        properties = paragraph.find(_W + "pPr")
        if properties is not None and properties.find(_W + "numPr") is not None and text.strip():
            text = "– " + text.lstrip()
        return with_footnotes(text, found)

    def blocks(self, container: ET.Element, out: Lines) -> None:
        for child in container:
            tag = child.tag
            if tag == _W + "p":
                out.add(self.paragraph(child))
            elif tag == _W + "tbl":
                out.table(self.table(child))
            elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins"):
                self.blocks(child, out)

    def table(self, table: ET.Element) -> list[list[list[str]]]:
        rows = []
        for row in _children(table, "tr"):
            cells = []
            for cell in _children(row, "tc"):
                lines = Lines()
                self.blocks(cell, lines)  # a nested table flattens into its cell
                cells.append(lines.lines)
            rows.append(cells)
        return rows


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    """Direct children called ``name``, looking through content-control wrappers."""
    found = []
    for child in element:
        if child.tag == _W + name:
            found.append(child)
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            found.extend(_children(child, name))
    return found


def docx_to_text(data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise FormatDamaged(messages.DAMAGED_NOT_ZIP) from exc
    with archive:
        try:
            document = _read_part(archive, "word/document.xml", required=True)
            footnotes = _read_part(archive, "word/footnotes.xml", required=False)
            endnotes = _read_part(archive, "word/endnotes.xml", required=False)
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error) as exc:
            raise FormatDamaged(messages.DAMAGED_NOT_ZIP) from exc
    assert document is not None
    body = document.find(_W + "body")
    out = Lines()
    _Document(_Notes(footnotes, endnotes)).blocks(body if body is not None else document, out)
    return out.text()
