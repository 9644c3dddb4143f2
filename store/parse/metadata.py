"""Document metadata from the text before the first question (and a few lines elsewhere).

Everything here is "where the text says so": a field the text does not state stays empty
rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import DATE_LINE

MONTHS = {
    m: i
    for i, m in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november december".split(),
        1,
    )
}
_DATE = re.compile(
    r"\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s*(\d{4})\b",
    re.I,
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_DATE_CUES = (
    re.compile(r"vastgesteld\s*(?:op\s+)?", re.I),  # (also glued: "Vastgesteld16 april 2010")
    re.compile(r"^\s*datum\s*:?\s*", re.I | re.M),
    re.compile(r"\bontvangen\s+", re.I),
    re.compile(r"^\s*(?:den\s+haag|'s-gravenhage)\s*,\s*", re.I | re.M),
    # a letterhead run together: "… www.rekenkamer.nl datum 4 juni 2024 betreft …", "dd 4 juni 2024"
    re.compile(r"\b(?:datum|dd)\s+(?=\d)", re.I),
)
# questions not yet answered have only the date they were sent in (the last resort: an answered
# Kamervraag is dated by its answer, "ontvangen …")
_SENT_IN = re.compile(r"\(ingezonden\s+", re.I)
_REFERENCE = re.compile(
    r"(?:^\s*(?:ons\s+kenmerk|kenmerk|onze\s+referentie|referentie)\s*:?\s*(?P<a>[\w/.-]*\d[\w/.-]*)"
    r"|^\s*(?:nr\.?\s+)?(?P<b>\d{4}[A-Z] ?\d{4,6})\s*$)",  # ("2024Z 17972" in a Word export)
    re.I | re.M,
)
# An Aanhangsel van de Handelingen (answered Kamervragen) names itself by its code, "ah-tk-20242025-594"
# (a page code in the PDF; "h tk 20232024 601" when a PDF tool ate the dashes) ...
_AH_CODE = re.compile(r"^[ \t]*a?h[- ]([te]k)[- ](\d{8})[- ](\d{1,5})[ \t]*$", re.I | re.M)
# ... or by its head: "Vergaderjaar 2024–2025 Aanhangsel van de Handelingen / Vragen gesteld door
# … / regering gegeven antwoorden / 594" ("### 601" in Markdown) ...
_AH_HEAD = re.compile(
    r"Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})\s+Aanhangsel\s+van\s+de\s+Handelingen\b[^\n]*\n"
    r"(?:[^\n]*\n){0,7}?[ \t#]*(\d{1,5})[ \t]*$",
    re.I | re.M,
)
# ... or a web page's metadata row: "Tweede Kamer der Staten-Generaal2014-20151365".
_AH_ROW = re.compile(r"(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal(\d{4})\s*-\s*(\d{4})(\d{1,5})\s*$", re.M)


def _head_of(text: str) -> str:
    """The text before the first "Vraag N" label (at most 1,500 characters; 600 without a
    label): where a document names itself, not an answer quoting another number."""
    label = _FIRST_LABEL.search(text, 0, 1500)
    return text[: label.start()] if label else text[:600]


_FIRST_LABEL = re.compile(r"^\s*vraag\s+\d", re.I | re.M)
_CLOSING_NR = re.compile(r"^\s*(?:nr\.?\s+)?(?P<a>)(?P<b>\d{4}[A-Z]\d{4,6})\s*$", re.I | re.M)
_ZAAK_NUMBER = re.compile(r"(?<![A-Za-z])((?:19|20)\d{2}Z\d{5})(?!\d)")
_NAME_FUNCTION_WORDS = frozenset("voor van de en het der".split())
_COMMITTEE = re.compile(
    r"\b((?i:vaste\s+|algemene\s+|tijdelijke\s+|bijzondere\s+)?(?i:commissie)\s+(?i:voor|van)\s+(?i:de\s+)?"
    r"[A-Z][\w'’-]*?(?:,?[ \t]*\n?[ \t]*(?<=\s)(?:en|EN|(?!Vastgesteld|Ontvangen|VASTGESTELD)[A-Z][\w'’-]*?))*)(?=\d*\b)",
)
_TO_REKENKAMER = re.compile(
    r"vragen\s+(?:\S+\s+){0,3}?aan\s+de\s+Algemene\s+Rekenkamer\s+(?:voorgelegd|gesteld)"
    r"|(?:voorgelegd|gesteld)\s+aan\s+de\s+Algemene\s+Rekenkamer|de\s+Algemene\s+Rekenkamer\s+heeft\s+deze\s+vragen\s+beantwoord",
    re.I,
)
_ADDRESSEES = re.compile(
    r"(?:voorgelegd|gesteld|gericht)\s+aan\s+(?:de\s+)?(?P<who>(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?|[Mm]inister-[Pp]resident)\b[^.]*?)(?:\.|\s+Bij\s+brief|$)",
    re.S,
)
_ANSWERED_BY = re.compile(
    r"^\s*antwoord\s+van\s+(?:de\s+)?(?P<role>minister|staatssecretaris)\s+[^()]*?\((?P<dept>[A-Z][^()]{3,80})\)"
    # "…, mede namens de minister van Financiën (ontvangen …)": they were asked too
    r"(?:,?\s+mede\s+namens\s+(?P<also>[^()]{5,200}?))?\s*(?:\(|$)",
    re.I,
)
_KAMERVRAGEN_TO = re.compile(r"\baan\s+de\s+(?P<who>(?:minister|staatssecretaris)[^()]*?)\s+(?:over|inzake)\b", re.I)
# "36 850 VII Wijziging …" / "36 850\nXIII\nWijziging …" / "36 850 VII, nr. 3"
_DOSSIER_HEAD = re.compile(
    r"^(?P<dossier>\d{2}\s?\d{3})(?:(?:[ \t]*\n?[ \t]*|[ \t]?[-–][ \t]?)(?P<sub>[IVXLC]{1,6}|[A-Z]|\(R\d{3,4}\)|R\d{3,4}|\d{1,3})(?=\s))?"
    r"(?:\s*,?\s*nr\.\s*(?P<nr>\d+))?",
    re.M,
)
# "Nr. 3" alone, or with the document type after it: "Nr. 4 LIJST VAN VRAGEN EN ANTWOORDEN"
_NR_LINE = re.compile(r"^\s*nr\.\s*(\d+)(?:\s*$|[ \t]+[A-Z])", re.I | re.M)
_INLINE_KST = re.compile(
    r"vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s*(?P<dossier>\d{2}\s?\d{3})(?:[ -](?P<sub>[IVXLC]+|\d{1,3}|[A-Z]))?,?\s*nr\.\s*(?P<nr>\d+)",
    re.I,
)


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    kind: str = "vragen-en-antwoorden"
    kamerstuk: list[str] = field(default_factory=list)
    kamerstuk_ids: list[str] = field(default_factory=list)
    reference: str | None = None
    date: str | None = None
    committee: str | None = None
    addressees: list[str] = field(default_factory=list)


def iso_date(text: str) -> str | None:
    m = _DATE.search(text)
    if m:
        day, month, year = int(m[1]), MONTHS[m[2].lower()], int(m[3])
    else:
        n = _NUMERIC_DATE.search(text)
        if not n:
            return None
        day, month, year = int(n[1]), int(n[2]), int(n[3])
    if not (1 <= day <= 31 and 1 <= month <= 12 and 1900 < year < 2200):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_date(text: str, cues: tuple[re.Pattern[str], ...] = _DATE_CUES) -> str | None:
    """The date the text gives for itself: vastgesteld, Datum, ontvangen, "Den Haag, …"."""
    for cue in cues:
        for m in cue.finditer(text):
            date = iso_date(text[m.end() : m.end() + 40].split("\n")[0])
            if date:
                return date
    return None


def _closing_date(tail: str) -> str | None:
    """A "Datum …" line at the end of the text (only that cue: answers are full of dates)."""
    return find_date(tail, (_DATE_CUES[1],))


def _kamerstukken(preamble: str) -> tuple[list[str], list[str]]:
    printed: list[str] = []
    ids: list[str] = []
    head = "\n".join([x for x in preamble.split("\n") if x.strip()][:40])  # (Word exports: many blank lines)
    nr_line = _NR_LINE.search(head)
    for m in _INLINE_KST.finditer(head):
        _add_kst(printed, ids, m["dossier"], m["sub"], m["nr"])
    if printed:
        return printed, ids
    for m in _DOSSIER_HEAD.finditer(head):
        nr = m["nr"] or (nr_line.group(1) if nr_line else None)
        if not nr:
            continue
        _add_kst(printed, ids, m["dossier"], m["sub"], nr)
    if not printed:  # a web copy says where it came from: "…/kst-36350-VII-9.html", "ID: 36350-VII-9",
        # "| 2007-2008 | 31444-XVI nr. 6 |"
        if m := _SOURCE_ID.search(head) or _TABLE_ID.search(head):
            _add_kst(printed, ids, m["dossier"], m["sub"], m["nr"])
    if not printed and (letter := _EK_LETTER_HEAD.search(head)):
        dossiers = [m for m in _DOSSIER_HEAD.finditer(head[: letter.start()]) if m["dossier"]]
        if dossiers:  # the Eerste Kamer numbers a dossier's documents with letters: "35 010, C"
            d = dossiers[-1]["dossier"].replace(" ", "")
            printed.append(f"{d[:-3]} {d[-3:]}, {letter['letter']}")
            ids.append(f"{d}-{letter['letter']}")
    return printed, ids


# "C MEMORIE VAN ANTWOORD", "B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE …", "AB NADER VERSLAG"
_EK_LETTER_HEAD = re.compile(
    r"^\s*(?P<letter>[A-Z]{1,2})\s+(?=(?:NADERE?\s+)?(?:MEMORIE|VOORLOPIG|VERSLAG|EINDVERSLAG|NOTA|BRIEF)\b)", re.M
)


_SOURCE_ID = re.compile(
    r"(?:\bkst-|^\s*ID:\s*)(?P<dossier>\d{5,6})(?:-(?P<sub>[IVXLC]{1,6}|[A-Z]|\d{1,3}|R\d{3,4}))?-(?P<nr>\d{1,4})(?![\w-])",
    re.M,
)


_TABLE_ID = re.compile(
    r"\|\s*(?P<dossier>\d{5,6})(?:-(?P<sub>[IVXLC]{1,6}|[A-Z]|\d{1,3}|R\d{3,4}))?,?\s+nr\.\s*(?P<nr>\d{1,4})\s*\|"
)


def _add_kst(printed: list[str], ids: list[str], dossier: str, sub: str | None, nr: str) -> None:
    d = dossier.replace(" ", "")
    spaced = f"{d[:-3]} {d[-3:]}"
    sub_clean = sub.strip("()") if sub else None
    joint = ("-" if sub.isdigit() else " ") + sub if sub else ""  # "21 501-32", "36 850 VII"
    text = f"{spaced}{joint}, nr. {int(nr)}"
    kid = "-".join(x for x in (d, sub_clean, str(int(nr))) if x)
    if kid not in ids:
        printed.append(text)
        ids.append(kid)


_TITLE_START = re.compile(
    r"^(?:verslag|lijst\s+van\s+vragen|beantwoording|antwoord(?:en)?\b|"
    r"(?:feitelijke\s+|schriftelijke\s+)?vragen\b(?!\s+gesteld\s+door\s+de\s+leden\s+der\s+kamer)|"
    r"nota\s+naar\s+aanleiding|(?:nadere\s+)?memorie\s+van\s+antwoord|brief\b|kamervra(?:ag|gen)\b"
    r"|(?:nader\s+)?voorlopig\s+verslag\b)",
    re.I,
)


# "Nr. 4 LIJST VAN …"; the Eerste Kamer's letter: "C MEMORIE VAN ANTWOORD"
# and a Tweede Kamer document number: "2022D42137 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN"
_NR_PREFIX = re.compile(
    r"^(?:nr\.\s*\d+[ \t]+(?=[A-Z])|(?-i:[A-Z]{1,2}[ \t]+(?=[A-Z]{4}))|\d{4}[DZ]\d{4,6}[ \t]+(?=[A-Z])"
    r"|\d{2}\s?\d{3}(?:[ \t]+(?-i:[IVXLC]{1,6})|-\d{1,3})?[ \t]+(?=(?-i:[A-Z][a-z])))",  # "32123 XII Antwoorden op …"
    re.I
)
# "BETREFT …" / "Betreft: …" on a line of its own, or inside a letterhead a scraper ran
# together ("… datum 4 juni 2024 betreft Beantwoording vragen …")
_BETREFT = re.compile(r"^\s*(?:BETREFT|Betreft)\s*:?\s+(\S.{8,})$|\s(?:betreft|BETREFT)\s+([A-Z]\S*.{8,})$")
_INTRO_SUBJECT = re.compile(
    r"vragen\s+(?:ter\s+beantwoording\s+)?(?:aan\s+.{3,120}?\s+)?(?:voorgelegd|gesteld)\s+(?:aan\s+.{3,120}?\s+)?"
    r"(?P<prep>over|inzake|naar\s+aanleiding\s+van)\s+(?P<subject>[^.]{5,200}?)(?:\s*\(|\.(?:\s|$))"
    # older lists: "De commissie … heeft over het rapport … (Kamerstuk …) de navolgende vragen … voorgelegd"
    r"|\bheeft\s+(?P<prep2>over|inzake)\s+(?P<subject2>[^.(]{5,200}?)\s*(?:\([^)]{0,80}\)\s*)?"
    r"(?:de\s+)?(?:navolgende|volgende)\s+vragen\b"
    # "Binnen de vaste commissie … hebben enkele fracties behoefte over de Initiatiefnota … (Kamerstuk …)"
    r"|\bbehoefte\s+(?:gevoeld\s+)?(?:om\s+)?(?P<prep3>over|inzake|naar\s+aanleiding\s+van)\s+(?P<subject3>[^(]{5,200}?)\s*\(",
    re.I,
)


def _title(preamble_lines: list[str], kind: str, header_lines: list[str]) -> str | None:
    """The document's own title: a line that starts like one, else the first real line.

    Web pages put menus ("Home", "Zoeken") above the title, hence the look-ahead.
    """
    lines = [x.strip() for x in preamble_lines if x.strip()]
    if not lines:
        return _header_title(header_lines, lines)
    if re.match(r"^geachte\b", lines[0], re.I):
        body = " ".join(lines[1:4])
        m = re.search(r"\b(?:de\s+)?(beantwoording\s+(?:op|van)\s+.+?)(?:\s+gesteld\s+door|[.;]|$)", body, re.I)
        if m:
            title = m.group(1)
            return title[0].upper() + title[1:300]
        return None
    subject = next((m[1] or m[2] for x in lines[:40] if (m := _BETREFT.search(x))), None)
    if subject:
        return _tidy_title(subject)[:300]  # a letterhead's "BETREFT …" / "Betreft: …" says it
    # "Nr. 4 LIJST VAN VRAGEN EN ANTWOORDEN": the document type after its number
    typed = [_NR_PREFIX.sub("", x) for x in lines[:15]]
    first = next((x for x in typed if _TITLE_START.match(x)), None)
    if first is None and header_lines:
        return _header_title(header_lines, lines)  # "Vragen van het lid … over … (ingezonden …)"
    if first is None:
        intro = _INTRO_SUBJECT.search(" ".join(lines[:20]))
        if intro:  # "… vragen voorgelegd aan … inzake het rapport Huisvesting." → a title
            prep = intro["prep"] or intro["prep2"] or intro["prep3"]
            subject = intro["subject"] or intro["subject2"] or intro["subject3"]
            return f"Vragen {prep} {subject}"[:300]
        first = next((x for x in lines if len(x.split()) >= 3 and "|" not in x and not DATE_LINE.match(x)), lines[0])
    m = re.match(r"^(.+?)\s+:\s+(.+)$", first)
    if m and (m.group(2).lower().startswith(m.group(1).lower()) or len(m.group(1).split()) <= 4):
        # web pages title a document "Type : Title": "Verslag … : Verslag … (digitalisering)",
        # "Antwoord schriftelijke vragen : Antwoord op vragen van de leden …"
        first = m.group(2)
    return _with_dossier_subject(_tidy_title(first), lines)[:300]


_AH_NUMBER = re.compile(r"^\s*AH\s+(\d{1,5})\s*$")
_SEE_ALSO = re.compile(r"\s+Zie\s+ook\s+Aanhangsel\b.*$", re.I)
_GENERIC_LIST_TITLE = re.compile(
    r"^(?:(?:verslag\s+houdende\s+een\s+)?lijst\s+van\s+vragen(?:\s+en\s+antwoorden)?"
    r"|nota\s+naar\s+aanleiding\s+van\s+het\s+(?:nader\s+)?verslag|(?:nadere\s+)?memorie\s+van\s+antwoord"
    r"|(?:nader\s+)?(?:voorlopig\s+)?verslag(?:\s+van\s+de\s+(?:vaste\s+)?commissie\b.*)?"
    r"|verslag\s+van\s+een\s+(?:nader\s+)?schriftelijk\s+overleg)$",
    re.I,
)
# "31 235" then "Leren van parlementair onderzoek" / "36 850 VII Wijziging van …": the dossier's name
_DOSSIER_LINE = re.compile(
    r"^\d{2}\s?\d{3}(?:\s+(?:[IVXLC]{1,6}|[A-Z])|[-–]\d{1,3})?(?:\s+(?P<subject>[A-Z][a-z]\S*(?:\s+\S+)*))?$"
)


def _header_title(header_lines: list[str], preamble: list[str]) -> str | None:
    """A Kamervragen title from its header: "Vragen van het lid … (ingezonden …)", or, when
    only the answer's header is there, "AH 604: Antwoord van minister … (…)"."""
    if not header_lines:
        return None
    title = _SEE_ALSO.sub("", header_lines[0])
    if title.lower().startswith("antwoord"):
        title = re.sub(r"\s*\((?:ontvangen|ingezonden)\s[^)]*\)\s*\.?$", "", title)
        ah = next((m[1] for x in preamble[:5] if (m := _AH_NUMBER.match(x))), None)
        if ah:
            title = f"AH {ah}: {title}"
    return title[:300]


def _with_dossier_subject(title: str, lines: list[str]) -> str:
    """"LIJST VAN VRAGEN EN ANTWOORDEN" says nothing in a list of them: add the dossier's name
    ("Lijst van vragen en antwoorden: Leren van parlementair onderzoek")."""
    if not _GENERIC_LIST_TITLE.match(title.strip()):
        return title
    if title.isupper():
        title = title[0] + title[1:].lower()
    for k, line in enumerate(lines[:12]):
        m = _DOSSIER_LINE.match(line)
        if not m:
            continue
        nxt = k + 1 if m["subject"] else k + 2
        subject = m["subject"] or (lines[k + 1] if k + 1 < len(lines) else "")
        while subject and nxt < min(len(lines), k + 4) and lines[nxt][:1].islower() and not lines[nxt].lower().startswith("nr."):
            subject += " " + lines[nxt]  # the name wraps: "… in verband met" / "het verbeteren …"
            nxt += 1
        if subject and not _GENERIC_LIST_TITLE.match(subject) and not re.match(r"^nr\.", subject, re.I):
            # "Voorlopig verslag van de vaste commissie voor …": the subject says more than the committee
            title = re.sub(r"\s+van\s+de\s+(?:vaste\s+|bijzondere\s+|tijdelijke\s+)?commissie\b.*$", "", title, flags=re.I)
            return f"{title}: {subject}"
    return title


def _tidy_title(title: str) -> str:
    """Without Markdown or table decoration: "# Titel", "**Titel**", "Titel |"."""
    return title.strip().lstrip("#").strip().strip("|*_").strip() or title.strip()


_REPLY = re.compile(
    r"nota\s+naar\s+aanleiding\s+van\s+het\s+(?:nader\s+)?verslag|memorie\s+van\s+antwoord|schriftelijk\s+overleg", re.I
)


def reply_kind(text: str) -> str | None:
    """The kind of a reply to a committee report named in ``text`` (a document's head), if any."""
    m = _REPLY.search(text)
    if not m:
        return None
    return {"n": "nota-naar-aanleiding-van-het-verslag", "m": "memorie-van-antwoord"}.get(
        m[0][0].lower(), "schriftelijk-overleg"
    )


# "VERSLAG", "Nr. 5 VOORLOPIG VERSLAG", the Eerste Kamer's "B VOORLOPIG VERSLAG VAN DE VASTE
# COMMISSIE VOOR …" / "E NADER VOORLOPIG VERSLAG"
_REPORT_HEAD = re.compile(
    r"^\s*(?:nr\.\s*\d+\s+|(?-i:[A-Z]{1,2})\s+)?(?:nader\s+)?(?:voorlopig\s+)?verslag"
    r"(?:\s+van\s+de\s+(?:vaste\s+|bijzondere\s+|tijdelijke\s+)?commissie\b.*)?\s*$",
    re.I | re.M,
)


def is_report(text: str) -> bool:
    """Does ``text`` (a document's head) title it a committee's report ("VERSLAG", "Nr. 5
    VOORLOPIG VERSLAG"): the members' questions, without the government's answers?"""
    return bool(_REPORT_HEAD.search(text))


def _kind(text: str) -> str:
    low = text.lower()
    if "lijst van vragen en antwoorden" in low or re.search(r"lijst\s+van\s+vragen\s+met\s+de\s+daarop\s+\w+\s+antwoorden", low):
        return "lijst-van-vragen-en-antwoorden"
    if is_report(text):  # (before replies: a nader voorlopig verslag cites the memorie van antwoord)
        return "verslag"
    reply = reply_kind(low)  # (before Kamervragen: replies speak of "vragen van de leden")
    if reply:
        return reply
    if re.search(r"vragen\s+van\s+(?:het\s+lid|de\s+leden)|aanhangsel\s+van\s+de\s+handelingen|\(ingezonden\s|^\s*kamervraag\b|^\s*ah\s+\d{1,5}\s*$", low, re.M):
        return "kamervragen"
    if re.search(r"^\s*geachte\b", low, re.M) or "feitelijke vragen" in low or "feitelijke kamervragen" in low:
        return "beantwoording-brief"
    if "lijst van vragen" in low:
        return "lijst-van-vragen"
    return "vragen-en-antwoorden"


_ROLE = r"(?:minister-president|ministers|minister|staatssecretarissen|staatssecretaris)"
_GLUED_ROLE = re.compile(r"\b(de)((?:Minister|Staatssecretaris)\w*)")
_ROLE_SPLIT = re.compile(rf"\s*,\s*(?=(?:de\s+)?{_ROLE}\b)|\s+en\s+(?=(?:de\s+)?{_ROLE}\b)", re.I)


def _split_addressees(who: str) -> list[str]:
    """One entry per minister or state secretary addressed.

    "de Staatssecretaris van IenW en de Ministers van IenW, voor VRO en voor LNV" → four;
    "de minister en de staatssecretaris van Defensie" → both "… van Defensie" (a bare role
    shares the ministry of the next role that names one). A ministry's name holds commas and
    "en" ("Onderwijs, Cultuur en Wetenschap"), so the text splits only before a role, and a
    plural role only before "van"/"voor".
    """
    who = re.sub(r"\s+", " ", who).strip()
    who = _GLUED_ROLE.sub(r"\1 \2", who)  # "en deStaatssecretaris van …": a PDF lost the space
    who = re.split(r"\s+(?:over|inzake|betreffende|naar\s+aanleiding)\b", who)[0]
    out: list[str] = []
    for part in _ROLE_SPLIT.split(who):
        part = re.sub(r"^de\s+", "", part.strip(), flags=re.I)
        m = re.match(r"(?i)(ministers|staatssecretarissen)\s+(.*)$", part)
        if m:
            role = "Minister" if m[1].lower() == "ministers" else "Staatssecretaris"
            # "Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof"
            pieces = re.split(r",\s*(?=(?:en\s+)?(?:van|voor)\s)|\s+en\s+(?=(?:van|voor)\s)", m[2])
            pieces = [re.sub(r"^en\s+", "", p.strip()) for p in pieces]
            out += [f"{role} {p}" for p in pieces if p.lower().startswith(("van ", "voor "))]
        elif part:
            out.append(part)
    for i, role in enumerate(out):
        if re.fullmatch(r"(?i)minister|staatssecretaris", role):
            named = next((x for x in out[i + 1 :] if re.match(r"(?i)\S+\s+(?:van|voor)\s", x)), None)
            if named:
                out[i] = f"{role} {named.split(' ', 1)[1]}"
    return out


def _aanhangsel_code(text: str) -> str | None:
    """"ah-tk-20242025-594" for an Aanhangsel van de Handelingen, from its code or its head:
    the number policy staff cite it by ("Aanhangsel Handelingen II 2024/25, nr. 594")."""
    if m := _AH_CODE.search(text):
        return f"ah-{m[1].lower()}-{m[2]}-{m[3]}"
    head = text[:1500]
    if "anhangsel" not in head:
        return None
    if m := _AH_HEAD.search(head):
        house = "ek" if "Eerste Kamer" in head[: m.start()] else "tk"
        return f"ah-{house}-{m[1]}{m[2]}-{m[3]}"
    if (m := _AH_ROW.search(head)) and int(m[3]) == int(m[2]) + 1:
        return f"ah-{'ek' if m[1] == 'Eerste' else 'tk'}-{m[2]}{m[3]}-{m[4]}"
    return None


def extract(preamble_lines: list[str], header_lines: list[str], full_text: str) -> Metadata:
    """Metadata from the preamble, Kamervragen header lines and (for dates) the whole text."""
    preamble = "\n".join(preamble_lines)
    meta = Metadata()
    meta.kind = _kind(preamble + "\n" + "\n".join(header_lines))
    meta.title = _title(preamble_lines, meta.kind, header_lines)
    meta.kamerstuk, meta.kamerstuk_ids = _kamerstukken(preamble)
    # (at the end only a Kamervraag page's closing record "NR 2026Z04886": an answer may quote a
    # "kenmerk" of its own)
    ref = _REFERENCE.search(preamble) or _CLOSING_NR.search(full_text[-3000:])
    if ref:
        meta.reference = ref["a"] or ref["b"].replace(" ", "")
    elif zaak := _ZAAK_NUMBER.search(_head_of(full_text)):
        meta.reference = zaak[1]  # in a web page's metadata row: "…Staten-Generaal2010-20112011Z04442"
    else:
        meta.reference = _aanhangsel_code(full_text)
    # a Kamervraag web page gives "NR 2026Z04886" / "Datum 11 maart 2026" after the questions
    meta.date = (
        find_date(preamble)
        or find_date("\n".join(header_lines))
        or _closing_date(full_text[-1500:])
        or find_date(preamble + "\n" + "\n".join(header_lines), (_SENT_IN,))
    )
    committee = _COMMITTEE.search(preamble)
    if committee:
        # ("… voor de Rijksuitgaven en de vaste commissie …": the name ends before "en")
        name = re.sub(r"(?:,?\s+(?:en|EN))+$", "", re.sub(r"\s+", " ", committee.group(1)))
        if name.isupper():  # "VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN" in an Eerste Kamer head
            name = " ".join(w if w in _NAME_FUNCTION_WORDS else w.capitalize() for w in name.lower().split())
            name = re.sub(r"^(?:vaste |algemene |tijdelijke |bijzondere )?commissie", lambda m: m[0].lower(), name, flags=re.I)
        meta.committee = name[0].lower() + name[1:]
    who = _ADDRESSEES.search(preamble)
    if who:
        meta.addressees = _split_addressees(who["who"])
    else:
        for line in header_lines + preamble_lines[:30]:  # (a Word export: the head in the preamble)
            m = _KAMERVRAGEN_TO.search(line)
            if m:
                meta.addressees = _split_addressees(m["who"])
                break
        else:
            if _TO_REKENKAMER.search(preamble):  # "… heeft een aantal vragen aan de Algemene Rekenkamer voorgelegd"
                meta.addressees = ["Algemene Rekenkamer"]
            # only the answer's header: "Antwoord van minister Van Weel (Justitie en Veiligheid)"
            for line in header_lines:
                if m := _ANSWERED_BY.match(line):
                    meta.addressees = [f"{m['role'].lower()} van {m['dept']}"]  # (a "voor" minister reads as "van")
                    if m["also"]:
                        meta.addressees += _split_addressees(re.split(r"\.\s", m["also"])[0])
                    break
    return meta
