"""Replies to a committee report: questions paraphrased per parliamentary group, in running text.

A *nota naar aanleiding van het verslag*, a *memorie van antwoord* or a reply in a *schriftelijk
overleg* numbers and labels nothing. The government restates each group's question — "De leden
van de VVD-fractie vragen …", "Ook vragen deze leden …", "Het lid Omtzigt vraagt …" — and answers
in the same paragraph or in the paragraphs after it; "gelijkluidende vragen" of several groups
in a row share the answer that follows them.

So a paragraph that opens with the members is a question, numbered by order. Within it the
question runs while the sentences speak of the members ("Zij vragen …", "Graag vernemen deze
leden …") or ask ("Kan de regering …?"); the first other sentence starts the answer. A question
paragraph with no answer before the next one shares that next answer.

When the members' paragraph only announces ("Graag willen deze leden enkele vragen stellen.") and
the next paragraph asks without naming them ("… Wat betekent dat …? In hoeverre …?"), that
paragraph's asking part joins the question.

In a committee's report (questions only), a group's paragraph that asks nothing ("… hebben
kennisgenomen van het wetsvoorstel en hebben nog enkele vragen.") joins the same group's next
question instead of counting as an unanswered question of its own.

A paragraph that names the members after its question ("Overwegende dat …; in hoeverre …,
vragen de leden van de VVD-fractie de regering.") is a question too.

Limits: a question whose paraphrase starts otherwise ("Gevraagd wordt …", "Ten aanzien van …
merken de leden op") is read as part of the answer before it; an answer sentence that starts
with "Zij"/"Deze leden" is read as question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..refs import sentence_starts
from . import labels

# A paragraph that starts with the members: "De leden van de VVD-fractie", "Deze leden",
# "De hier aan het woord zijnde leden", "Ook vragen de leden van …", "Het lid Omtzigt",
# "De fractie van D66", "De PVV-fractie".
_OPENER = re.compile(
    r"""^\s*
    (?:(?i:ook|voorts|verder|tevens|daarnaast|vervolgens|bovendien|eveneens|tot\s+slot|ten\s+slotte
        |tenslotte|tot\s+besluit|allereerst|in\s+de\s+eerste\s+plaats)
       \s*,?\s+(?:[\w-]+\s+){0,3}?)?
    # "Met belangstelling hebben de leden van …": a verb of the members before them
    (?i:met\s+\S+\s+(?:\S+\s+)?(?:hebben|hadden|lezen|nemen)\s+(?=de\s+leden))?
    (?i:(?:de|deze)\s+(?:hier\s+)?(?:aan\s+het\s+woord\s+zijnde\s+)?leden\b
      | het\s+lid\s+(?=(?-i:[A-Z]))                 # "Het lid Omtzigt", not "het lid van de commissie"
      | de\s+fractie\s+van\b
      | de\s+[\w-]+-fractie\b)
    """,
    re.X,
)
# The members as the subject of a sentence: "Zij vragen …", "Graag vernemen deze leden …" —
# strong (the members by name, any distance into the paragraph: "De leden van deze fractie
# vragen de regering dan ook …") or weak ("zij"/"ze", only right after the question so far:
# "Zij gaan er € 8 op achteruit" in an answer speaks of households).
_VERB = (
    r"(?:vra(?:gen|agt)|verzoeken|willen|wil|wensen|merken|constateren|lezen|begrijpen|menen|achten"
    r"|vinden|stellen|wijzen|pleiten|ontvangen|vernemen|horen|missen|zien|informeren|hechten|betreuren"
    r"|onderschrijven|delen|steunen|twijfelen|waarderen|hebben|zijn|kunnen|zouden|nemen|verwijzen)"
)
_MEMBERS = r"(?:de|deze|die|genoemde)\s+(?:\S+\s+)?leden(?:\s+van\s+[^,.;]{1,50}?)?|het\s+lid\s+\S+|deze\s+fractie"
_MEMBERS_STRONG = re.compile(rf"^(?:\S+\s+){{0,6}}?(?:(?:{_MEMBERS})\s+{_VERB}|{_VERB}\s+(?:{_MEMBERS}))\b", re.I)
_MEMBERS_WEAK = re.compile(r"^(?:\S+\s+){0,5}?(?:zij|ze)\b", re.I)
# A sentence that clearly answers: the government speaks, or a bare yes/no.
_ANSWERS = re.compile(
    r"^[«\"“‘(]?(?:de\s+regering|het\s+kabinet|ik|wij|de\s+minister|de\s+staatssecretaris|in\s+antwoord"
    r"|naar\s+aanleiding|ja|nee|dat\s+klopt|dit\s+klopt|het\s+klopt|graag\s+verwijs)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?:;][\"'»”’)]*\s*$")
# The reply's own heading in a schriftelijk overleg: "II Antwoord / Reactie van de
# Staatssecretaris", "Reactie van de minister", "Antwoord van het kabinet"
_REPLY_HEAD = re.compile(
    r"^\s*(?:[IVX]{1,4}\.?\s+)?(?:antwoord\s*/\s*)?(?:antwoord|reactie)\s+(?:van\s+)?(?:de|het)\s+"
    r"(?:minister|staatssecretaris|regering|kabinet|bewindsperso(?:on|nen))\b[^.?!]{0,80}$",
    re.I,
)
_PAGE_NUMBER = re.compile(r"\d{1,3}")


@dataclass(slots=True)
class FractionEntry:
    """One group's question and the government's answer, as lines of the document."""

    q_lines: list[str]
    a_lines: list[str] = field(default_factory=list)
    answer_label: str | None = None
    shares_answer_with: tuple[int, ...] = ()  # (1-based numbers of earlier entries)


def opens_with_members(line: str) -> bool:
    """Does ``line`` start like a group's question ("De leden van de VVD-fractie …")?"""
    return bool(_OPENER.match(line))


def _opens_paragraph(lines: list[str], i: int) -> bool:
    if not _OPENER.match(lines[i]):
        return False
    before = lines[i - 1] if i else ""
    # a paragraph start: after a blank line, a sentence end or a short heading line
    return not before.strip() or bool(_SENTENCE_END.search(before)) or len(before.split()) <= 6


def reply_heads(lines: list[str]) -> list[int]:
    """Indexes of the reply headings ("Reactie van de minister"), leaving out the contents
    table's entries (a page number follows them)."""
    out = []
    for i, line in enumerate(lines):
        if "eactie" in line or "ntwoord" in line or "EACTIE" in line or "NTWOORD" in line:
            if _REPLY_HEAD.match(line):
                nxt = next((x.strip() for x in lines[i + 1 : i + 4] if x.strip()), "")
                if not _PAGE_NUMBER.fullmatch(nxt):
                    out.append(i)
    return out


# The members named after their question: "Overwegende dat …; in hoeverre regelt het voorstel …,
# vragen de leden van de VVD-fractie de regering." (inverted, so never at the paragraph's start)
_MEMBERS_AFTER = re.compile(r",\s+vra(?:gen|agt)\s+(?:(?:de|deze)\s+(?:\S+\s+)?leden|het\s+lid)\b", re.I)


def opener_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines that open a group's question: a paragraph that starts with the
    members, or names them after its question (``_MEMBERS_AFTER``)."""
    out = []
    for i in range(len(lines)):
        if _opens_paragraph(lines, i):
            out.append(i)
        elif lines[i].strip() and (i == 0 or not lines[i - 1].strip()) and not labels.match_question(lines[i]):
            end = next((j for j in range(i, len(lines)) if not lines[j].strip()), len(lines))
            if _MEMBERS_AFTER.search(" ".join(lines[i:end])):
                out.append(i)
    return out


def split_reply(
    lines: list[str], kind: str | None, report: bool
) -> tuple[list[str], list[FractionEntry], bool, list[str]] | None:
    """(preamble, entries, answered, trailing lines that answer no question) for a document of
    ``kind`` (see ``metadata.reply_kind``; ``report``: the committee's report itself), or None
    when no paragraph opens with the members.

    One group's paragraph is enough when the head names the kind (a short memorie van
    antwoord). In a *schriftelijk overleg* the minister's reply stands either under each
    group's text ("Reactie van de minister") or in one section after all of them; that section
    either repeats each question before its answer (then the questions come from there) or
    does not (then the questions stay unanswered and the reply is trailing text). Without any
    reply, and in a report, the text holds questions only.
    """
    answered, trailing, body = not report, [], lines
    if kind == "schriftelijk-overleg":
        heads = reply_heads(lines)
        if len(heads) == 1:
            preamble, restated = split(lines[heads[0] + 1 :], 1)
            if restated:
                return lines[: heads[0] + 1] + preamble, restated, True, []
            body, trailing, answered = lines[: heads[0]], lines[heads[0] :], False
        elif not heads:
            answered = False
    preamble, found = split(body, 1 if kind or report else 2, answered=answered)
    return (preamble, found, answered, trailing) if found else None


def split(
    lines: list[str], min_openers: int = 2, answered: bool = True
) -> tuple[list[str], list[FractionEntry]]:
    """(preamble, entries); no entries when fewer than ``min_openers`` paragraphs open with the
    members (one such paragraph in other prose is no reply to a report). ``answered`` False is
    for the committee's report itself (a *verslag*): every paragraph is the members' own."""
    starts = opener_lines(lines)
    if len(starts) < max(1, min_openers):
        return lines, []
    entries = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        entries.append(_entry(lines[start:end]) if answered else FractionEntry(lines[start:end]))
    if answered:
        _share_joint_answers(entries)
    else:
        entries = _fold_intros(entries)
    return lines[: starts[0]], entries


# What makes a members' paragraph ask: a question mark, or a verb of asking with its object
# ("vragen of …", "vragen de regering …", "willen graag weten"); "hebben nog enkele vragen" and
# "danken de minister" ask nothing.
_ASKING = re.compile(
    r"\?|\b(?:vra(?:gen|agt)\s+(?:zich\s+af|of|hoe|wat|waarom|wanneer|welke|wie|waar|in\s+hoeverre|naar|om"
    r"|de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)|verzoeken|verzoekt|vernemen"
    r"|(?:willen|wil)\s+(?:graag\s+)?(?:weten|horen)|horen\s+graag|ontvangen\s+graag|informeren\s+naar)\b",
    re.I,
)
# The group a paragraph opens with: "De leden van de VVD-fractie" → VVD, "de fractie van D66" → D66.
_GROUP = re.compile(r"(?i)\b(?:(?P<a>[\w]+)-fractie|fractie\s+van\s+(?:de\s+)?(?P<b>[\w]+)|het\s+lid\s+(?P<c>[\w]+))")


def _group(entry: FractionEntry) -> str | None:
    first = next((x for x in entry.q_lines if x.strip()), "")
    m = _GROUP.search(first, 0, 120)
    return (m["a"] or m["b"] or m["c"]).casefold() if m else None


def _fold_intros(entries: list[FractionEntry]) -> list[FractionEntry]:
    """In a committee's report, a group's paragraph that asks nothing ("De leden van de
    CDA-fractie hebben kennisgenomen van … en hebben nog enkele vragen.") is no question of its
    own: it opens the same group's next one, which it joins."""
    out: list[FractionEntry] = []
    for k, entry in enumerate(entries):
        nxt = entries[k + 1] if k + 1 < len(entries) else None
        last = next((x for x in reversed(entry.q_lines) if x.strip()), "")
        if (
            nxt is not None
            and _SENTENCE_END.search(last)  # (not when a heading follows: "Zuivelmarkt")
            and not _ASKING.search(" ".join(entry.q_lines))
            and (group := _group(entry)) is not None
            and _group(nxt) in (group, None)  # (None: "Deze leden vragen …", the same members)
        ):
            nxt.q_lines[:0] = [*entry.q_lines, ""] if entry.q_lines[-1:] != [""] else entry.q_lines
            continue
        out.append(entry)
    return out


def _entry(block: list[str]) -> FractionEntry:
    """Cut one block (from its opening line to the next) into question and answer."""
    head = next((i for i in reply_heads(block) if i > 0), None)
    if head is not None:  # "Reactie van de minister" under the group's text: the answer
        return FractionEntry(block[:head], block[head + 1 :], block[head].strip())
    blank = next((i for i, x in enumerate(block) if not x.strip()), len(block))
    paragraph = "\n".join(block[:blank])
    cut = _question_end(paragraph)
    q_text, a_head = paragraph[:cut].rstrip(), paragraph[cut:].strip()
    rest = block[blank:]
    while not a_head:  # the members announce their questions and ask them in the next paragraph
        start = next((i for i, x in enumerate(rest) if x.strip()), None)
        if start is None:
            break
        end = next((i for i in range(start, len(rest)) if not rest[i].strip()), len(rest))
        following = "\n".join(rest[start:end])
        asked = _asking_part_end(following)
        if not asked:
            break
        q_text += "\n\n" + following[:asked].rstrip()
        a_head, rest = following[asked:].strip(), rest[end:]
    a_lines = ([*a_head.split("\n"), ""] if a_head else []) + rest
    entry = FractionEntry(q_text.split("\n"))
    first = next((i for i, x in enumerate(a_lines) if x.strip()), None)
    if first is not None and (label := labels.match_answer(a_lines[first])):
        entry.answer_label = label.label  # "Antwoord" above the reply, as some notas print
        a_lines[first : first + 1] = [label.rest] if label.rest else []
    entry.a_lines = a_lines
    return entry


def _question_end(paragraph: str) -> int:
    """Where the answer starts in a question paragraph (its length when it holds no answer)."""
    starts = sentence_starts(paragraph)
    ends = [*starts[1:], len(paragraph)]
    end = ends[0]
    for s, e in zip(starts[1:], ends[1:]):
        sentence = " ".join(paragraph[s:e].split())
        if _ANSWERS.match(sentence):
            break
        if _MEMBERS_STRONG.match(sentence) or (s == end and ("?" in sentence or _MEMBERS_WEAK.match(sentence))):
            end = e
    return end


def _asking_part_end(paragraph: str) -> int:
    """How much of a paragraph after a question paragraph still asks: its leading sentences
    that end in "?" or speak of the members ("In tegenstelling tot … Wat betekent dat …? In
    hoeverre …?" under "Graag willen deze leden enkele vragen stellen."); 0 when it answers."""
    starts = sentence_starts(paragraph)
    ends = [*starts[1:], len(paragraph)]
    end = 0
    asks = False
    for s, e in zip(starts, ends):
        sentence = " ".join(paragraph[s:e].split())
        if _ANSWERS.match(sentence):
            break
        if "?" in sentence or _MEMBERS_STRONG.match(sentence):
            end, asks = e, True
        elif asks:
            break  # a statement after the questions: the answer begins
    return end if asks else 0


def _share_joint_answers(entries: list[FractionEntry]) -> None:
    """Questions in a row without an answer between them share the next answer."""
    waiting: list[int] = []
    for n, entry in enumerate(entries, start=1):
        if any(x.strip() for x in entry.a_lines):
            if waiting:
                entry.shares_answer_with = tuple(waiting)
                waiting = []
        else:
            waiting.append(n)
