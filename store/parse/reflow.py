"""Line breaks back into text that lost them.

Scrapers and some PDF-to-text tools deliver a whole document as one line ("… Veiligheid
Vraag 1  Op welke termijn … lossen?    Wij kunnen op grond van ons onderzoek geen termijn
noemen. …"). Everything else in the parser works on lines, so such a text is first given its
lines back: runs of three or more spaces (where a PDF tool put a paragraph break) become blank
lines, a question label starts a paragraph, and a question sentence ends its line, so the
answer after it becomes a paragraph of its own. Page numbers of the form "2/5" that the flattening
dropped into sentences go. Text that has ordinary line breaks is never touched.
"""

from __future__ import annotations

import re

_MIN_LENGTH = 1500
_MAX_AVERAGE_LINE = 400  # characters per line above which a text counts as flattened
_PARAGRAPH_GAP = re.compile(r"[ \t\u00a0]{3,}")
_LABEL = re.compile(
    r"(?<![\w-])(?=(?:Vraag|VRAAG)(?:\s+\d{1,4}[a-z]?\s*[.:)]?|\s+van\s+(?:de|het|mevrouw)\s+[^:?]{3,120}?:)\s+[A-Z«\"“‘(])"
)
_ANSWER_WORD = re.compile(r"^(Antwoord)\s+(?=[A-Z«\"“‘(])")  # "… lerarenregister? Antwoord De staatssecretaris …"
_QUESTION_END = re.compile(r"\?(?=[\"'»”’)]*\s+[A-Z«\"“‘(])")
_PAGE_NUMBER = re.compile(r"(?<=\s)(\d{1,2})/(\d{1,2})(?=\s)")
# A letterhead's fields ("DATUM 13 februari 2012 BETREFT … Geachte mevrouw …") each start a line.
_LETTERHEAD = re.compile(r"(?<=\s)(?=(?:DATUM|BETREFT|UW KENMERK|ONS KENMERK|BIJLAGEN?|Geachte)\b)")
_OPEN_END = re.compile(r"[.?!:;]['\"»”’)]*$")
_MIN_HEADER = 30


def is_flattened(text: str) -> bool:
    """A long text with hardly any line breaks that still shows question labels."""
    if len(text) < _MIN_LENGTH or (text.count("\n") + 1) * _MAX_AVERAGE_LINE > len(text):
        return False
    return len(_LABEL.findall(text)) >= 2


def reflow_flattened(text: str) -> tuple[str, list[str]]:
    """``text`` with paragraph and line breaks restored when it is flattened, else as is;
    and the repeated page headers taken out (for the leftovers)."""
    if not is_flattened(text):
        return text, []
    pages: list[str] = []

    def page_number(m: re.Match[str]) -> str:
        if int(m[1]) <= int(m[2]) <= 40:
            pages.append(m[0])
            return ""
        return m[0]

    text = _PAGE_NUMBER.sub(page_number, text)
    text = _PARAGRAPH_GAP.sub("\n\n", text)
    text = re.sub(r"[ \t]{2}", " ", text)  # two spaces: where the PDF wrapped a line
    text = _LETTERHEAD.sub("\n", text)
    text = "\n\n".join(_end_question(part) if k else part for k, part in enumerate(_LABEL.split(text)))
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    text, headers = _drop_repeated_headers(text)
    return text, headers + ([f"pagina {' '.join(pages)}"] if pages else [])


def _end_question(part: str) -> str:
    """In "Vraag 3 Waarom …? Zo ja, sinds wanneer? De planning is …", end the line after the
    last question mark that a capital follows: the question is all before it, the answer after."""
    last = None
    for last in _QUESTION_END.finditer(part):
        pass
    if last is None:
        return part
    return part[: last.end()] + "\n" + _ANSWER_WORD.sub("\\1\n", part[last.end() :].lstrip())


def _drop_repeated_headers(text: str) -> tuple[str, list[str]]:
    """A line that comes back word for word and ends in no sentence mark is a page header
    ("Beantwoording vragen Tweede Kamer over … Veiligheid en Justitie"): the first one stays
    (it is often the title), the repeats go. Repeated sentences (equal answers) stay."""
    lines = text.split("\n")
    seen: set[str] = set()
    kept: list[str] = []
    dropped: list[str] = []
    counts: dict[str, int] = {}
    for line in lines:
        key = " ".join(line.split())
        counts[key] = counts.get(key, 0) + 1
    after_header = False  # a header may run over two lines: "… Ministerie van" / "Veiligheid en Justitie"
    for line in lines:
        key = " ".join(line.split())
        if not key:
            kept.append(line)
            continue
        repeated = counts[key] > 1 and not _OPEN_END.search(key)
        header = repeated and (len(key) >= _MIN_HEADER or after_header)
        if header and key in seen:
            dropped.append(key)
            after_header = True
            continue
        after_header = False
        seen.add(key)
        kept.append(line)
    return "\n".join(kept), dropped
