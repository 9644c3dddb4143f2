"""The records kamerboek keeps: plain frozen dataclasses, no behaviour beyond (de)serialisation.

Everything the parser finds ends up in these; the store persists them and the views read them.
Keeping them frozen means a record handed to the UI can never drift from what is stored.
Serialisation lives here too (``to_dict``/``from_dict``) so the JSON written by
``kamerboek parse --json`` and the JSON kept in the store are one and the same shape.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, Literal, TypeVar

Status = Literal["answered", "unanswered", "deferred", "referred"]
Side = Literal["question", "answer", "footnote"]

STATUSES: tuple[Status, ...] = ("answered", "unanswered", "deferred", "referred")

_R = TypeVar("_R")


def _fast_init(cls: type[_R]) -> type[_R]:
    """Give a frozen, slotted dataclass an ``__init__`` that fills the slots directly.

    Why: a frozen dataclass's own ``__init__`` goes through ``object.__setattr__`` per field,
    which makes building a record ~3 µs; the parser builds hundreds per document and the store
    rebuilds every question of a document when it is opened. Calling each slot's descriptor
    does the same work in about half the time. Frozenness is untouched: assignment after
    ``__init__`` still raises ``FrozenInstanceError``. Fields with a ``default_factory`` are
    not supported (none of the records has one).
    """
    namespace: dict[str, Any] = {}
    params: list[str] = []
    body: list[str] = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: default_factory is not supported")
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["    pass"])
    exec(source, namespace)  # noqa: S102 — source built from field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = f"Fill the slots of a {cls.__name__} (see model._fast_init)."
    cls.__init__ = init  # type: ignore[misc,method-assign,unused-ignore]
    return cls


# Bumped whenever the parser's output changes in a way users would notice; stored per document
# so a later version can re-parse old imports.
PARSER_VERSION = 6  # 6: the catalogue counts motion mentions (motion_mentions)


@_fast_init
@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote as printed: its mark ("1", "*") and its text."""

    mark: str
    text: str


@_fast_init
@dataclass(frozen=True, slots=True)
class KamerstukRef:
    """One Kamerstuk reference as written in a text, with its Tweede Kamer id.

    ``id`` follows the Kamer's notation: dossier without spaces, optional sub, number
    (``26643-1317``, ``36740-VII-35``, ``36455-R2188-11``; an Eerste Kamer document ends in
    its letter: ``35788-D``). ``start``/``end`` index into the
    text of ``side`` so the app can highlight exactly what was written.
    """

    id: str
    text: str
    dossier: str
    sub: str | None
    number: int | str  # a letter for an Eerste Kamer document: "35788, letter D" → "D"
    side: Side
    start: int
    end: int
    footnote: str | None = None  # footnote mark when the reference sits in a footnote


@_fast_init
@dataclass(frozen=True, slots=True)
class MotionStatus:
    """What an answer says about a motion (``afgedaan``, ``in-uitvoering`` …) and why."""

    status: str
    sentence: str
    detail: str | None = None  # e.g. the ministry a motion was handed over to


@_fast_init
@dataclass(frozen=True, slots=True)
class MotionMention:
    """One place a motion is named: in a question, an answer or a footnote."""

    id: str | None  # None for a motion named without number ("motie Buijsse")
    text: str  # as written, e.g. "motie-Kathmann [Kamerstuk 26 643, nr. 1317]"
    submitters: tuple[str, ...]
    side: Side
    start: int
    end: int
    sentence: str
    cs: bool = False
    amended: bool = False
    party: str | None = None
    statuses: tuple[MotionStatus, ...] = ()
    footnote: str | None = None
    # How the id was found: "reference" (a Kamerstuk number written with the name),
    # "footnote" (in the footnote the name points to) or "submitters" (inferred: another
    # mention in the same question with the same submitters has it); None without id.
    linked_by: str | None = None


@_fast_init
@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money as written and its value in euros."""

    text: str
    euros: float
    side: Side
    start: int
    end: int


@_fast_init
@dataclass(frozen=True, slots=True)
class Question:
    """One question with its answer, as it stands in its document.

    ``number`` is an int even when the source prints none (then ``Document.numbered`` is
    False); ``label`` is what was printed ("Vraag 3 en 4", "12.") so a citation can quote it.
    Joint questions ("Vraag 3 en 4") become one Question per number sharing the answer.
    """

    number: int
    label: str
    section: str | None
    question: str
    answer: str | None
    status: Status
    refers_to: tuple[int, ...] = ()
    referred_by: tuple[int, ...] = ()
    deferred_to: str | None = None
    footnotes: tuple[Footnote, ...] = ()
    kamerstukken: tuple[KamerstukRef, ...] = ()
    motions: tuple[MotionMention, ...] = ()
    amounts: tuple[Amount, ...] = ()
    page: str | None = None
    answer_label: str | None = None  # as printed ("Antwoord op vragen 3 en 4:"), None if none

    @property
    def motion_ids(self) -> tuple[str, ...]:
        """Distinct motion ids named here, in order of first mention."""
        return tuple(dict.fromkeys(m.id for m in self.motions if m.id))

    @property
    def kamerstuk_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.id for r in self.kamerstukken))


@_fast_init
@dataclass(frozen=True, slots=True)
class Motion:
    """A motion as the whole document names it: mentions merged by id."""

    id: str | None
    dossier: str | None
    sub: str | None
    number: int | str | None  # (a letter for an Eerste Kamer motion)
    submitters: tuple[str, ...]
    questions: tuple[int, ...]
    cs: bool = False
    amended: bool = False
    party: str | None = None


@_fast_init
@dataclass(frozen=True, slots=True)
class Document:
    """A parsed document: metadata, questions in order, and whatever could not be placed."""

    id: str  # content hash of the source bytes (hex prefix)
    source: str  # file name as imported
    source_format: str  # txt, html, xml, docx, pdf
    encoding: str
    title: str | None
    kind: str
    kamerstuk: tuple[str, ...]  # as printed: "36 850 VII, nr. 3"
    kamerstuk_ids: tuple[str, ...]  # "36850-VII-3"
    reference: str | None  # the letter's kenmerk, e.g. 2026A02691
    date: str | None  # ISO
    committee: str | None
    addressees: tuple[str, ...]
    numbered: bool
    sections: tuple[str, ...]
    questions: tuple[Question, ...]
    footnotes: tuple[Footnote, ...] = ()
    motions: tuple[Motion, ...] = ()
    leftovers: tuple[str, ...] = ()
    parser_version: int = PARSER_VERSION
    imported_at: str | None = None

    @property
    def counts(self) -> dict[str, int]:
        """Questions per status, for lists and summaries."""
        out: dict[str, int] = {s: 0 for s in STATUSES}
        for q in self.questions:
            out[q.status] += 1
        return out


# --------------------------------------------------------------------------- serialisation
# Explicit, not dataclasses.asdict: asdict deep-copies and is slow on 250k records, and we want
# tuples back as tuples when reading.

_NESTED: dict[type, dict[str, type]] = {
    MotionMention: {"statuses": MotionStatus},
    Question: {
        "footnotes": Footnote,
        "kamerstukken": KamerstukRef,
        "motions": MotionMention,
        "amounts": Amount,
    },
    Document: {"questions": Question, "footnotes": Footnote, "motions": Motion},
}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def to_dict(obj: Any) -> Any:
    """A record (or tuple of records) as plain JSON-ready data."""
    if isinstance(obj, tuple):
        return [to_dict(x) for x in obj]
    if hasattr(obj, "__dataclass_fields__"):
        out = {}
        for name in _field_names(type(obj)):
            value = getattr(obj, name)
            out[name] = value if type(value) in _PLAIN else to_dict(value)
        return out
    return obj


_PLAIN = frozenset({str, int, float, bool, type(None)})


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a record written by :func:`to_dict`; unknown keys are ignored for forward
    compatibility within one schema version."""
    nested = _NESTED.get(cls, {})
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in nested:
            value = tuple(from_dict(nested[f.name], v) for v in value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


__all__ = [
    "Amount",
    "Document",
    "Footnote",
    "KamerstukRef",
    "Motion",
    "MotionMention",
    "MotionStatus",
    "PARSER_VERSION",
    "Question",
    "STATUSES",
    "Side",
    "Status",
    "from_dict",
    "to_dict",
]
