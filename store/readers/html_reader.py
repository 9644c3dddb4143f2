"""HTML pages (officielebekendmakingen.nl, tweedekamer.nl, saved web pages) to plain text.

Stdlib only: :mod:`html.parser` feeds a small tolerant tree (implicit ``</p>``, ``</li>``,
``</td>``…), then we pick the document part (``#broodtekst``, ``<main>``, ``<article>``,
``<body>``), drop site chrome (menus, breadcrumbs, cookie banners, footers, skip links), and
write one block per line in the shapes of :mod:`._layout`. A numeric footnote mark (a
``<sup>`` link, or a link named like a note) that points at an in-page body becomes
``[footnoteRef:N]`` with ``[N:  body]`` after its paragraph; other marks stay plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ._layout import Lines, collapse, footnote_ref, with_footnotes

_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_SKIP_TAGS = frozenset(
    "head title script style noscript template nav header footer aside form button input "
    "select option textarea label svg canvas iframe object embed audio video map dialog "
    "menu".split()
)
_BLOCK = frozenset(
    "html body main article section div p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote "
    "pre figure figcaption address hr table caption tr fieldset details summary center "
    "legend".split()
)
_P_CLOSERS = _BLOCK - {"html", "body", "main", "article", "section", "div", "li", "dd", "dt"}
_CHROME_WORDS = frozenset(
    "nav navbar navigation menu menubar megamenu breadcrumb breadcrumbs kruimelpad cookie "
    "cookies cookiebar cookiebanner consent footer sidebar skiplink skiplinks toolbar "
    "pagination share social socials".split()
)
_CHROME_TOKENS = frozenset(
    "header site-header page-header masthead banner skip skip-link skip-to-content sr-only "
    "visually-hidden visuallyhidden".split()
)
_CHROME_ROLES = frozenset("navigation banner contentinfo search menu menubar dialog".split())
_SKIP_LINK = re.compile(
    r"^\s*(skip|ga|spring|direct|naar)\b.*\b(inhoud|content|navigatie|menu|main|zoeken)",
    re.IGNORECASE,
)
_TOKEN_SPLIT = re.compile(r"[-_]")
_NOTE_MARK = re.compile(r"^\[?(\d{1,3})\]?$")
_NOTE_BODY_START = re.compile(r"^\s*\[?\d{1,3}[\].)]?\s*")
_NOTE_HINT = re.compile(r"noot|note|fn|voet", re.IGNORECASE)
_BACKLINK = re.compile(r"\s*(?:↩\ufe0e?|\^|terug)\s*$", re.IGNORECASE)


@dataclass(eq=False)
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, _Node):
                yield from child.iter()


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack: list[_Node] = [self.root]

    def _close_back_to(self, tags: set[str], stop: set[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in stop:
                return
            if tag in tags:
                del self.stack[i:]
                return

    def _implicit_close(self, tag: str) -> None:
        if tag in _P_CLOSERS and self.stack[-1].tag == "p":
            self.stack.pop()
        if tag == "li":
            self._close_back_to({"li"}, {"ul", "ol", "menu", "table"})
        elif tag in ("dt", "dd"):
            self._close_back_to({"dt", "dd"}, {"dl", "table"})
        elif tag in ("td", "th"):
            self._close_back_to({"td", "th"}, {"tr", "table"})
        elif tag == "tr":
            self._close_back_to({"tr"}, {"table"})
        elif tag in ("thead", "tbody", "tfoot"):
            self._close_back_to({"thead", "tbody", "tfoot"}, {"table"})

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._implicit_close(tag)
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._implicit_close(tag)
        self.stack[-1].children.append(_Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # "</br>" is a line break in every browser
            self.stack[-1].children.append(_Node("br", {}))
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _holds_document(node: _Node) -> bool:
    return any(
        n.tag in ("main", "article", "h1") or n.attrs.get("id") == "broodtekst"
        for n in node.iter()
    )


def _is_chrome(node: _Node, in_document: bool = False) -> bool:
    if node.tag == "header" and in_document:
        return False  # an article's own header holds its title
    if node.tag in _SKIP_TAGS:
        return True
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    if attrs.get("role", "").lower() in _CHROME_ROLES:
        return True
    for token in (attrs.get("class", "") + " " + attrs.get("id", "")).lower().split():
        if token in _CHROME_TOKENS or _CHROME_WORDS.intersection(_TOKEN_SPLIT.split(token)):
            # a wrapper such as <div class="page has-sidebar"> around the document is not chrome
            return not _holds_document(node)
    if node.tag == "a" and attrs.get("href", "").startswith("#"):
        return bool(_SKIP_LINK.match(node.text()))
    return False


def _document_root(root: _Node) -> _Node:
    nodes = list(root.iter())
    for wanted in (
        lambda n: n.attrs.get("id") == "broodtekst",
        lambda n: n.tag == "main",
        lambda n: n.attrs.get("role", "").lower() == "main",
        lambda n: n.tag == "article",
        lambda n: n.tag == "body",
    ):
        for node in nodes:
            if wanted(node):
                return node
    return root


def _names(node: _Node) -> str:
    return " ".join((node.attrs.get("class", ""), node.attrs.get("id", ""), node.attrs.get("href", "")))


class _Footnotes:
    """In-page footnotes: a numeric <sup>/<a href="#id"> mark whose target holds the body.

    The mark becomes ``[footnoteRef:N]``, the body ``[N:  …]`` after the paragraph (as in
    Word's text export), and the body's own element is not written again at the end.
    """

    def __init__(self, root: _Node) -> None:
        self.ids: dict[str, _Node] = {}
        self.parents: dict[int, _Node] = {}
        for node in root.iter():
            for child in node.children:
                if isinstance(child, _Node):
                    self.parents[id(child)] = node
            for key in ("id", "name"):
                if node.attrs.get(key):
                    self.ids.setdefault(node.attrs[key], node)
        self.used: set[int] = set()

    def mark(self, node: _Node) -> tuple[str, str] | None:
        if node.tag not in ("sup", "a"):
            return None
        match = _NOTE_MARK.match(node.text().strip())
        if not match:
            return None
        links = [n for n in node.iter() if n.tag == "a" and n.attrs.get("href", "").startswith("#")]
        if not links:
            return None
        target = self.ids.get(links[0].attrs["href"][1:])
        if target is None or target.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return None
        if node.tag != "sup" and not any(_NOTE_HINT.search(_names(n)) for n in (links[0], target)):
            return None  # a bare numeric link is a footnote only when its names say so
        if not target.text().strip() and id(target) in self.parents:
            target = self.parents[id(target)]  # an empty <a id="noot1"/> before the body
        body = _BACKLINK.sub("", _NOTE_BODY_START.sub("", collapse(target.text()).strip()))
        if not body:
            return None
        self.used.add(id(target))
        return match.group(1), body


class _Writer:
    def __init__(self, notes: _Footnotes, in_document: bool = False) -> None:
        self.notes = notes
        self.in_document = in_document
        self.out = Lines()
        self.buffer: list[str] = []
        self.pending: list[tuple[str, str]] = []
        self.prefix = ""
        self.pre = 0

    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        if self.pre:
            lines = [line.rstrip() for line in raw.strip("\n").split("\n")]
            if any(lines):
                self.out.add(self.prefix + "\n".join(lines))
                self.prefix = ""
            return
        text = collapse(raw).strip()
        if text:
            self.out.add(with_footnotes(self.prefix + text, self.pending))
            self.prefix = ""
            self.pending = []

    def walk(self, node: _Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.buffer.append(child)
                continue
            if id(child) in self.notes.used or _is_chrome(child, self.in_document):
                continue
            note = self.notes.mark(child)
            if note is not None:
                self.buffer.append(footnote_ref(note[0]))
                self.pending.append(note)
                continue
            tag = child.tag
            entered = tag in ("main", "article") and not self.in_document
            if entered:
                self.in_document = True
            if tag == "br":
                self.flush()
            elif tag == "table":
                self.flush()
                self.out.table(_table_rows(child, self.notes))
            elif tag in _BLOCK:
                self.flush()
                if tag == "li":
                    self.prefix = "– "
                elif tag == "pre":
                    self.pre += 1
                self.walk(child)
                self.flush()
                if entered:
                    self.in_document = False
                if tag == "pre":
                    self.pre -= 1
                if tag == "li":
                    self.prefix = ""
            else:  # inline: a, span, sup, sub, em, strong, abbr, …; footnote marks stay text
                self.walk(child)
                if entered:
                    self.in_document = False


def _rows_of(table: _Node) -> list[_Node]:
    rows: list[_Node] = []

    def visit(node: _Node) -> None:
        for child in node.children:
            if isinstance(child, _Node) and not _is_chrome(child):
                if child.tag == "tr":
                    rows.append(child)
                elif child.tag != "table":
                    visit(child)

    visit(table)
    return rows


def _table_rows(table: _Node, notes: _Footnotes) -> list[list[list[str]]]:
    rows = []
    for tr in _rows_of(table):
        cells = []
        for cell in tr.children:
            if isinstance(cell, _Node) and cell.tag in ("td", "th") and not _is_chrome(cell):
                writer = _Writer(notes)
                writer.walk(cell)
                writer.flush()
                cells.append(writer.out.text().split("\n") if writer.out.lines else [])
        if cells:
            rows.append(cells)
    return rows


def html_to_text(markup: str) -> str:
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    root = _document_root(builder.root)
    writer = _Writer(_Footnotes(root), in_document=root.tag in ("main", "article") or "id" in root.attrs)
    writer.walk(root)
    writer.flush()
    return writer.out.text()
