"""A question's status from its answer: answered, unanswered, deferred or referred.

``deferred``: the answer only hands the question to another minister ("Deze vraag zal worden
beantwoord door de Minister van …"). ``referred``: the answer only points at another answer
("Zie het antwoord op vraag 10."). Anything more than the hand-over or the pointer is an answer,
with ``deferred_to``/``refers_to`` still recorded.
"""

from __future__ import annotations

import re

from ..model import Status

# ("voor een antwoord" is no ministry: "Wij verwijzen u naar de minister voor een antwoord op …")
_NOT_MINISTRY = r"(?!(?:een|het)\s+antwoord|(?:de\s+)?beantwoording|een\s+reactie)"
_WHO = (
    r"(?P<who>(?:de\s+)?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Bb]ewindspersoon)"
    rf"(?:\s+(?:van|voor)\s+{_NOT_MINISTRY}[^.,;()]+?)?(?:\s*\([A-Za-z]+\))?)"
)
# where a name ends when nothing else in the pattern follows it
_END = r"(?=\s*(?:[.;,:]|$|\s+(?:in|bij|als|met|zodra|op|over|verder|nader|te|en\s+de|die|dat)\b))"
_END_OR_AAN = (
    r"(?=\s*(?:[.;,:]|$|\s+(?:in|bij|als|met|zodra|op|over|verder|nader|te|en\s+de|die|dat|aan\s+wie"
    r"|voor\s+(?:een|het)\s+antwoord|voor\s+(?:de\s+)?beantwoording)\b))"
)
_HANDOVER = [
    re.compile(rf"\b(?:deze|de|die)\s+vra(?:ag|gen)\s+(?:zal|zullen|wordt|worden)\s+(?:worden\s+)?beantwoord\s+door\s+{_WHO}(?=\s*(?:[.;,]|$|\s+(?:in|bij|als|met|zodra|op)\b))", re.I),
    re.compile(rf"\b{_WHO}\s+(?:beantwoordt|beantwoorden|zal|zullen)\s+(?:deze|de|die)\s+vra(?:ag|gen)\b", re.I),
    re.compile(rf"\bde\s+beantwoording\s+(?:van\s+)?(?:deze|de|die)\s+vra(?:ag|gen)\s+(?:vindt\s+plaats|geschiedt|volgt|komt)\s+(?:door|van)\s+{_WHO}{_END}", re.I),
    re.compile(rf"\bhet\s+antwoord\s+op\s+(?:deze|de|die)\s+vra(?:ag|gen)\s+(?:zal|wordt)\s+(?:worden\s+)?gegeven\s+door\s+{_WHO}{_END}", re.I),
    re.compile(rf"\b(?:deze|de|die)\s+vra(?:ag|gen)\s+(?:is|zijn|wordt|worden)\s+(?:doorgeleid|doorgezet|doorgestuurd|overgedragen)\s+(?:naar|aan)\s+{_WHO}{_END}", re.I),
    re.compile(rf"\bdeze\s+vraag\s+valt\s+onder\s+(?:de\s+verantwoordelijkheid\s+van\s+)?{_WHO}{_END}", re.I),
    re.compile(rf"\bvoor\s+(?:het\s+antwoord|de\s+beantwoording)\s+(?:op|van)\s+deze\s+vraag\s+(?:wordt\s+)?verw(?:ezen|ijs\s+ik)\s+naar\s+(?:de\s+beantwoording\s+door\s+)?{_WHO}{_END}", re.I),
    # the Algemene Rekenkamer: "Voor het antwoord op deze vraag verwijzen wij u naar de minister
    # van …", "Voor het antwoord verwijzen wij dan ook naar de minister aan wie dezelfde vraag is
    # gesteld", "Het is volgens ons aan de minister van … om deze vraag te beantwoorden"
    re.compile(
        rf"\b(?:voor\s+(?:het\s+antwoord|de\s+beantwoording)(?:\s+(?:op|van)\s+deze\s+vraag)?\s+)?"
        rf"(?:verwijzen\s+wij|verwijs\s+ik|wij\s+verwijzen|ik\s+verwijs)\s+(?:u\s+)?(?:graag\s+)?(?:dan\s+ook\s+)?"
        rf"naar\s+{_WHO}{_END_OR_AAN}",
        re.I,
    ),
    re.compile(rf"\b(?:het|dit)\s+is\s+(?:volgens\s+ons\s+)?aan\s+{_WHO}\s+om\s+deze\s+vraag\s+te\s+beantwoorden", re.I),
    re.compile(rf"\b(?:deze|dezelfde)\s+vraag\s+is\s+ook\s+aan\s+{_WHO}\s+gesteld\b", re.I),
]
# Sentences that only accompany a hand-over: they add nothing a reader could use.
_HANDOVER_FILLER = re.compile(
    r"^(?:het\s+antwoord\s+(?:zal|wordt)\s+(?:door\s+\w+\s+)?(?:aan\s+uw\s+kamer\s+)?(?:worden\s+)?(?:toegezonden|verzonden|gestuurd)"
    r"|(?:deze|de)\s+beantwoording\s+(?:zal|wordt)\s+(?:separaat|apart|later)\b"
    r"|(?:wij\s+verwijzen|ik\s+verwijs)\s+(?:u\s+)?naar\s+(?:zijn|haar|diens)\s+(?:antwoord|beantwoording)\b"
    r")[^.]*\.?$",
    re.I,
)
_POINTER = re.compile(
    r"^(?:zie(?:\s+ook)?(?:\s+(?:hiervoor|daarvoor|hierover))?|verwezen\s+wordt\s+naar|ik\s+verwijs\s+(?:u\s+)?(?:hiervoor\s+)?naar|voor\s+het\s+antwoord\s+(?:op\s+deze\s+vraag\s+)?(?:wordt\s+)?verwezen\s+naar|hiervoor\s+verwijs\s+ik\s+(?:u\s+)?naar)\s+"
    r"(?:(?:het|de|mijn|ons)\s+)?(?:antwoord(?:en)?|beantwoording)?\s*(?:op|bij|van)?\s*(?:de\s+)?vra(?:ag|gen)\s+\d+[a-z]?(?:\s*(?:,|en|&|t/m|[-–])\s*\d+[a-z]?)*"
    r"(?:\s+(?:hierboven|hiervoor|van\s+(?:deze|dit)\s+\w+))?\s*[.;]?$",
    re.I,
)
# Cheap pre-check: every hand-over phrasing above contains one of these words.
_MAY_HAND_OVER = re.compile(
    r"beantwoord|vraag\s+valt|verw[ie]|gegeven\s+door|doorgeleid|doorgezet|doorgestuurd|overgedragen|ook\s+aan", re.I
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z«\"‘(])|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]


# A word each _HANDOVER pattern needs (lowercase), so most answers skip most regex searches.
_HANDOVER_GUARDS = (
    "beantwoord", "vra", "beantwoording", "gegeven", "vra", "valt", "verw", "verw", "beantwoorden", "ook aan",
)
assert len(_HANDOVER_GUARDS) == len(_HANDOVER)
_WHO_WORDS = ("minister", "staatssecretaris", "bewindspersoon")  # _WHO needs one of them


def _handover_patterns(text: str) -> list[re.Pattern[str]]:
    low = text.lower()
    if not any(w in low for w in _WHO_WORDS):
        return []
    return [p for p, guard in zip(_HANDOVER, _HANDOVER_GUARDS) if guard in low]


def deferred_to(answer: str) -> str | None:
    """Who the answer hands (part of) the question to, as written, article lower-cased.
    When several phrasings name someone, the fullest name wins ("de minister van Justitie en
    Veiligheid" over a later "de minister aan wie dezelfde vraag is gesteld")."""
    found = [re.sub(r"\s+", " ", m["who"]).strip() for p in _handover_patterns(answer) if (m := p.search(answer))]
    if not found:
        return None
    who = max(found, key=len)
    if not who.lower().startswith("de "):
        who = "de " + who
    return "de " + who[3:]


def _is_handover(sentence: str) -> bool:
    return any(p.search(sentence) for p in _handover_patterns(sentence)) or bool(_HANDOVER_FILLER.match(sentence))


def classify(answer: str | None, refers_to: tuple[int, ...]) -> tuple[Status, str | None]:
    """(status, deferred_to) for one answer."""
    if answer is None or not answer.strip():
        return "unanswered", None
    who = deferred_to(answer) if _MAY_HAND_OVER.search(answer) else None
    if not who and not refers_to:
        return "answered", None
    parts = sentences(answer)
    if who and parts and all(_is_handover(s) for s in parts):
        return "deferred", who
    if refers_to and parts and all(_POINTER.match(s) for s in parts):
        return "referred", who
    return "answered", who
