"""Officiële-bekendmakingen XML (Kamerstukken "kst", Aanhangsel "ah", STOP) to plain text.

Written from the SDU/KOOP schema: ``<vraag><nr>1</nr><al>…</al></vraag>`` and
``<antwoord><al>…</al></antwoord>`` become "Vraag 1" / "Antwoord" blocks as in the Word
export; ``<kop><nr/><titel/></kop>``, ``<tussenkop>`` and ``<titel>`` are heading lines;
``<noot><noot.nr>1</noot.nr><noot.al>…</noot.al></noot>`` stands in the text as
``[footnoteRef:1]`` with the body ``[1:  …]`` after its paragraph; CALS tables
(``<row><entry>``) become tab-prefixed cell lines; ``<li><li.nr>`` list items keep their
mark. Any other XML: all text, every element boundary a line break, except known inline
elements. STOP (namespaced, capitalised) tags are matched case-insensitively.

Parsing uses the stdlib ElementTree on expat, which does not fetch external entities and
(expat ≥ 2.4.1) limits entity amplification; on top of that any document that declares its
own entities is refused, which is what defusedxml would do, without the extra dependency.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .. import messages
from ._layout import FormatDamaged, Lines, collapse, footnote_ref, with_footnotes

_INLINE = frozenset(
    "nadruk extref intref sup inf unl afkorting naam voornaam achternaam functie "
    "kamervraagonderwerp ondernummer dossiernr nootref vet cur onderstreept a b i u em "
    "strong span sub abbr term citaat-inline inlinetekstafbeelding".split()
)
_HEADING_CONTAINERS = frozenset("kop tussenkop stuknr dossiernummer".split())
_SKIP = frozenset("metadata meta nootref-lijst".split())
_ALIASES = {
    "nootnummer": "noot.nr",
    "opschrift": "titel",
    "nummer": "nr",
    "linummer": "li.nr",
    "tbl": "table",
    "tabel": "table",
}
_QUESTION_NR = re.compile(r"^(?:vraag\s*)?(\d+[a-z]?)\s*[.:]?$", re.IGNORECASE)
_ANSWER_NR = re.compile(r"^(?:antwoord(?:\s+op\s+vraag)?\s*)?(\d+[a-z]?)?\s*[.:]?$", re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<\x00?!\x00?E\x00?N\x00?T\x00?I\x00?T\x00?Y")


def _name(element: ET.Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    local = tag.rsplit("}", 1)[-1].lower()
    return _ALIASES.get(local, local)


def _plain(element: ET.Element) -> str:
    return collapse("".join(element.itertext())).strip()


class _Writer:
    def __init__(self, notes: dict[str, str], counter: list[int]) -> None:
        self.out = Lines()
        self.buffer: list[str] = []
        self.pending: list[tuple[str, str]] = []
        self.prefix = ""
        self.notes = notes  # noot id -> number, for <nootref>
        self.counter = counter  # shared footnote and question counters
        self.questions = 0

    def flush(self) -> None:
        text = collapse("".join(self.buffer)).strip()
        self.buffer = []
        if text:
            self.out.add(with_footnotes(self.prefix + text, self.pending))
            self.prefix = ""
            self.pending = []

    def inline_text(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)

    def walk(self, element: ET.Element, heading: bool = False) -> None:
        self.inline_text(element.text)
        for child in element:
            self.child(child, heading)
            self.inline_text(child.tail)

    def note(self, element: ET.Element) -> None:
        number = ""
        body: list[str] = []
        for part in element:
            name = _name(part)
            if name == "noot.nr":
                number = _plain(part)
            elif name:
                body.append(_plain(part))
        if not body and element.text:
            body.append(element.text)
        if not number:
            number = element.get("nr") or ""
        if not number:
            self.counter[0] += 1
            number = str(self.counter[0])
        if element.get("id"):
            self.notes[element.get("id", "")] = number
        self.buffer.append(footnote_ref(number))
        self.pending.append((number, " ".join(b for b in body if b)))

    def child(self, element: ET.Element, heading: bool) -> None:
        name = _name(element)
        if not name or name in _SKIP:
            return
        if name == "noot":
            self.note(element)
        elif name == "nootref":
            number = self.notes.get(element.get("refid", ""), "")
            if number:
                self.buffer.append(footnote_ref(number))
        elif name == "br":
            self.flush()
        elif heading or name in _INLINE:
            if heading:
                self.buffer.append(" ")
            self.walk(element, heading)
        elif name in ("vraag", "antwoord"):
            self.question_or_answer(element, name)
        elif name == "table":
            self.flush()
            self.table(element)
        elif name in _HEADING_CONTAINERS:
            self.flush()
            self.walk(element, heading=True)
            self.flush()
        elif name == "li":
            self.flush()
            mark = next((_plain(c) for c in element if _name(c) == "li.nr"), "")
            self.prefix = "– " if mark in ("", "-", "–", "—", "•", "·", "o") else mark + " "
            self.walk_except(element, "li.nr")
            self.flush()
            self.prefix = ""
        else:
            self.flush()
            self.walk(element)
            self.flush()

    def walk_except(self, element: ET.Element, skip: str) -> None:
        self.inline_text(element.text)
        for child in element:
            if _name(child) != skip:
                self.child(child, False)
            self.inline_text(child.tail)

    def question_or_answer(self, element: ET.Element, name: str) -> None:
        self.flush()
        self.out.blank()
        nr = next((_plain(c) for c in element if _name(c) == "nr"), "")
        if name == "vraag":
            self.questions += 1
            if not nr:
                label = f"Vraag {self.questions}"
            elif match := _QUESTION_NR.match(nr):
                label = f"Vraag {match.group(1)}"
            else:
                label = nr
        else:
            label = "Antwoord" if _ANSWER_NR.match(nr) else nr
        self.out.add(label)
        self.walk_except(element, "nr")
        self.flush()
        self.out.blank()

    def table(self, element: ET.Element) -> None:
        for child in element:
            if _name(child) == "title":
                self.out.add(_plain(child))
        rows = []
        for row in _rows_of(element):
            cells = []
            for entry in row:
                if _name(entry) in ("entry", "td", "th", "cel"):
                    writer = _Writer(self.notes, self.counter)
                    writer.walk(entry)
                    writer.flush()
                    cells.append(writer.out.text().split("\n") if writer.out.lines else [])
            if cells:
                rows.append(cells)
        self.out.table(rows)


def _rows_of(table: ET.Element) -> list[ET.Element]:
    rows: list[ET.Element] = []

    def visit(element: ET.Element) -> None:
        for child in element:
            name = _name(child)
            if name in ("row", "tr", "rij"):
                rows.append(child)
            elif name != "table":
                visit(child)

    visit(table)
    return rows


def xml_to_text(data: bytes) -> str:
    if _ENTITY_DECL.search(data):
        raise FormatDamaged(messages.DAMAGED_XML_ENTITIES)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise FormatDamaged(messages.DAMAGED_XML.format(line=line, column=column)) from exc
    writer = _Writer({}, [0])
    writer.child(root, False)
    writer.flush()
    return writer.out.text()
