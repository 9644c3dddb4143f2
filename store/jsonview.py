"""The JSON shape of parsed documents, as printed by ``kamerboek parse --json`` and ``show --json``.

One function per record so the README's schema section can be checked against this file. Ids
are lists of strings; full reference records (spans, text as written) sit beside them for
programs that want to highlight or quote.
"""

from __future__ import annotations

from typing import Any

from .model import Document, Motion, Question, to_dict


def question_json(q: Question) -> dict[str, Any]:
    return {
        "number": q.number,
        "label": q.label,
        "section": q.section,
        "question": q.question,
        "answer": q.answer,
        "answer_label": q.answer_label,
        "status": q.status,
        "refers_to": list(q.refers_to),
        "referred_by": list(q.referred_by),
        "deferred_to": q.deferred_to,
        "page": q.page,
        "footnotes": [{"mark": f.mark, "text": f.text} for f in q.footnotes],
        "motions": list(q.motion_ids),
        "kamerstukken": list(q.kamerstuk_ids),
        "motion_mentions": [to_dict(m) for m in q.motions],
        "kamerstuk_refs": [to_dict(r) for r in q.kamerstukken],
        "amounts": [to_dict(a) for a in q.amounts],
    }


def motion_json(m: Motion) -> dict[str, Any]:
    return {
        "id": m.id,
        "dossier": m.dossier,
        "sub": m.sub,
        "number": m.number,
        "submitters": list(m.submitters),
        "cs": m.cs,
        "amended": m.amended,
        "party": m.party,
        "questions": list(m.questions),
    }


def document_json(doc: Document, file: str | None = None) -> dict[str, Any]:
    return {
        "file": file if file is not None else doc.source,
        "id": doc.id,
        "title": doc.title,
        "kind": doc.kind,
        "kamerstuk": list(doc.kamerstuk),
        "kamerstuk_ids": list(doc.kamerstuk_ids),
        "reference": doc.reference,
        "date": doc.date,
        "committee": doc.committee,
        "addressees": list(doc.addressees),
        "numbered": doc.numbered,
        "source_format": doc.source_format,
        "encoding": doc.encoding,
        "sections": list(doc.sections),
        "counts": doc.counts,
        "questions": [question_json(q) for q in doc.questions],
        "motions": [motion_json(m) for m in doc.motions],
        "footnotes": [{"mark": f.mark, "text": f.text} for f in doc.footnotes],
        "leftovers": list(doc.leftovers),
        "parser_version": doc.parser_version,
    }
