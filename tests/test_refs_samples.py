"""The reference recogniser on the two real sample documents.

The documents are split here with a simple regex on "Vraag N" lines (not with the real parser)
so these tests only depend on store/refs.py and keep passing whatever the parser becomes.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from kamerboek.store.model import Footnote, Motion, Question
from kamerboek.store.refs import analyse_question, collect_motions

SAMPLES = Path(__file__).resolve().parent.parent / "sample_docs"
NAJAARSNOTA = "kst-36850-VII-3-vragen-antwoorden-najaarsnota-2025-digitale-zaken.txt"
BRIEF = "brief-feitelijke-vragen-1e-suppletoire-2026-digitale-zaken.txt"
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FOOTNOTE_BODY = re.compile(r"\[(\d+):\s+([^\]]*)\]")


def _question(number: int, question: str, answer: str | None, footnotes: dict[str, str]) -> Question:
    r = analyse_question(question, answer, footnotes)
    return Question(
        number, str(number), None, question, answer, "answered" if answer else "unanswered",
        refers_to=r.refers_to, footnotes=tuple(Footnote(k, v) for k, v in footnotes.items()),
        kamerstukken=r.kamerstukken, motions=r.motions, amounts=r.amounts,
    )  # fmt: skip


@cache
def najaarsnota() -> tuple[Question, ...]:
    """"Vraag N:\\nVraag:\\n<question>\\nAntwoord:\\n<answer>" blocks."""
    text = (SAMPLES / NAJAARSNOTA).read_text(encoding="utf-8").split("\nOndertekenaars")[0]
    parts = re.split(r"^Vraag (\d+):\nVraag:\n", text, flags=re.M)
    out = []
    for num, body in zip(parts[1::2], parts[2::2]):
        question, _, answer = body.partition("\nAntwoord:\n")
        out.append(_question(int(num), question, answer or None, {}))
    return tuple(out)


@cache
def brief() -> tuple[Question, ...]:
    """"Vraag N\\n<question>\\nAntwoord\\n<answer>" with Word-export footnotes: markers
    ``[footnoteRef:N]`` become superscripts, bodies ``[N:  text]`` become the footnotes."""
    text = re.sub(r"\[bookmark: \w+\]", "", (SAMPLES / BRIEF).read_text(encoding="utf-8"))
    parts = re.split(r"^Vraag (\d+)\s*$", text, flags=re.M)
    out = []
    for num, body in zip(parts[1::2], parts[2::2]):
        footnotes = {m[1]: m[2].strip() for m in _FOOTNOTE_BODY.finditer(body)}
        body = _FOOTNOTE_BODY.sub("", body)
        body = re.sub(r"\[footnoteRef:(\d+)\]", lambda m: m[1].translate(_SUPER), body)
        question, _, answer = body.partition("\nAntwoord\n")
        out.append(_question(int(num), question.strip(), answer.strip() or None, footnotes))
    return tuple(out)


def by_id(motions: tuple[Motion, ...]) -> dict[str, Motion]:
    return {m.id: m for m in motions if m.id}


def question(questions: tuple[Question, ...], number: int) -> Question:
    return next(q for q in questions if q.number == number)


# --------------------------------------------------------------------------- Najaarsnota

NAJAARSNOTA_MOTIONS = {
    "26643-1317", "26643-1254", "26643-995", "36382-14", "36270-9", "26643-1187", "26643-1188",
    "36495-8", "36600-VII-71", "26643-1290", "26643-1302", "26643-1315", "26643-1316", "26643-1318",
    "36574-5", "36574-7", "36574-11", "36574-13", "36740-9", "30821-264", "32761-325", "26643-1342",
    "36740-VII-20", "36740-VII-22", "36740-VII-35", "26643-1395", "36455-R2188-11", "26643-1403",
    "26643-1404", "26643-1405", "21501-33-1158", "26643-1419", "36600-VII-77", "26643-1151",
    "26643-1293", "26643-1312", "26643-1320", "36740-VII-24", "36740-VII-25", "36740-VII-26",
    "36740-VII-27", "26643-1408", "21501-33-1155", "26643-1421", "21501-33-1154",
}  # fmt: skip
NAJAARSNOTA_LETTERS = {
    "26643-1149", "26643-1232", "26643-1392", "26643-1384", "36574-17", "26643-1423", "26643-1371",
    "26643-979", "26643-1441", "36600-VI-151", "36560-VII-1", "36740-VII-1",
}  # fmt: skip


def test_najaarsnota_has_its_52_questions() -> None:
    assert [q.number for q in najaarsnota()] == list(range(1, 53))


def test_najaarsnota_all_45_motions_and_no_letters() -> None:
    motions = by_id(collect_motions(najaarsnota()))
    assert set(motions) == NAJAARSNOTA_MOTIONS
    assert len(motions) == 45
    all_refs = {r.id for q in najaarsnota() for r in q.kamerstukken}
    assert NAJAARSNOTA_LETTERS <= all_refs  # recognised as references …
    assert not NAJAARSNOTA_LETTERS & set(motions)  # … but not as motions


def test_najaarsnota_motion_details() -> None:
    motions = by_id(collect_motions(najaarsnota()))
    assert motions["26643-1317"].questions == (4, 25)
    assert motions["36740-VII-25"].submitters == ("Six Dijkstra", "Kathmann")
    assert motions["36600-VII-71"].submitters == ("Kathmann", "Van der Werf")
    assert motions["36455-R2188-11"].submitters == ("Kathmann", "White")
    assert (motions["36455-R2188-11"].dossier, motions["36455-R2188-11"].sub) == ("36455", "R2188")
    assert motions["21501-33-1158"].submitters == ("Kathmann", "Timmermans")
    assert motions["36740-9"].submitters == ("Sneller",)
    assert motions["21501-33-1154"].submitters == ("Ceder", "Six Dijkstra")
    assert motions["26643-1302"].cs and not motions["26643-1317"].cs


def test_najaarsnota_motie_buijsse_is_kept_without_number() -> None:
    idless = [m for m in collect_motions(najaarsnota()) if m.id is None]
    assert [(m.submitters, m.questions) for m in idless] == [(("Buijsse",), (36,))]
    [buijsse] = [m for q in najaarsnota() for m in q.motions if m.id is None]
    assert buijsse.linked_by is None


def test_najaarsnota_says_which_numbers_were_inferred() -> None:
    """A numberless "De motie van het lid Six Dijkstra c.s." in answer 48 takes the number of
    the question's motion with the same submitters: the mention says so."""
    q48 = question(najaarsnota(), 48)
    assert [(m.side, m.id, m.linked_by) for m in q48.motions] == [
        ("question", "26643-1408", "reference"),
        ("answer", "26643-1408", "submitters"),
    ]
    kinds = [m.linked_by for q in najaarsnota() for m in q.motions]
    assert kinds.count("submitters") == 8 and kinds.count(None) == 1


def statuses(q: Question, mid: str) -> set[str]:
    return {s.status for m in q.motions if m.id == mid for s in m.statuses}


@pytest.mark.parametrize(
    ("number", "mid", "expected"),
    [
        (5, "26643-1254", {"afgedaan"}),
        (16, "26643-995", {"afgedaan"}),
        (18, "36270-9", {"deferred"}),
        (32, "26643-1395", {"overgedragen"}),
        (37, "21501-33-1158", {"overbodig"}),
        (41, "26643-1293", {"geen-middelen"}),
        (28, "26643-1342", {"in-uitvoering"}),
        (25, "26643-1315", {"geen-middelen"}),
        (25, "26643-1316", {"geen-middelen", "in-uitvoering"}),
        (25, "26643-1317", {"deferred"}),
        (25, "36574-11", {"deferred"}),
        (45, "36740-VII-25", set()),
    ],
)
def test_najaarsnota_statuses(number: int, mid: str, expected: set[str]) -> None:
    got = statuses(question(najaarsnota(), number), mid)
    assert expected <= got
    if not expected:
        assert got == set()
    if number == 25 and mid in ("26643-1317", "36574-11"):
        assert got == {"deferred"}  # not the statuses of the other motions' blocks


def test_najaarsnota_status_details() -> None:
    (m,) = question(najaarsnota(), 32).motions
    (st,) = m.statuses
    assert st.detail == "Ministerie van Sociale Zaken en Werkgelegenheid"
    (m,) = question(najaarsnota(), 19).motions
    assert [s.detail for s in m.statuses] == ["Minister van Economische Zaken"]


def test_najaarsnota_question_pointers() -> None:
    refers = {q.number: q.refers_to for q in najaarsnota() if q.refers_to}
    assert refers == {42: (41,), 52: (10,)}


def test_najaarsnota_amounts() -> None:
    amounts = {a.text: a.euros for q in najaarsnota() for a in q.amounts}
    assert amounts["€ 13,3 miljoen"] == 13_300_000
    assert amounts["€ 7,801 miljoen"] == 7_801_000
    assert amounts["€ 0"] == 0
    assert amounts["€ 80.000"] == 80_000
    assert amounts["€ 1,6 mln."] == 1_600_000
    assert amounts["€ 0,7\nmln."] == pytest.approx(700_000)


# --------------------------------------------------------------------------- letter


def test_brief_has_its_39_questions() -> None:
    assert [q.number for q in brief()] == list(range(1, 40))


def test_brief_five_motions() -> None:
    motions = by_id(collect_motions(brief()))
    assert set(motions) == {"36740-VII-35", "36740-VII-29", "26643-1316", "26643-1408", "36800-VII-76"}
    assert motions["36740-VII-29"].questions == (8, 32)  # named as motion in 32; footnote 1 of 8 is the same stuk
    assert motions["36740-VII-35"].amended and motions["36740-VII-35"].party == "GL-PvdA"
    assert motions["36800-VII-76"].submitters == ("El Boujdaini",)
    assert motions["26643-1408"].submitters == ("Six Dijkstra",)
    assert not [m for m in collect_motions(brief()) if m.id is None]


def test_brief_motion_named_twice_in_question_12() -> None:
    q12 = question(brief(), 12)
    assert [(m.id, m.side, m.footnote, m.linked_by) for m in q12.motions] == [
        ("36740-VII-35", "question", None, "reference"),
        ("36740-VII-35", "answer", "4", "footnote"),
    ]
    answer_mention = q12.motions[1]
    assert q12.answer[answer_mention.start : answer_mention.end] == "gewijzigde motie-Kathmann (GL-PvdA)"


def test_brief_motion_only_through_footnote_11() -> None:
    q32 = question(brief(), 32)
    fn = [m for m in q32.motions if m.footnote == "11"]
    assert [(m.id, m.side, m.text) for m in fn] == [("36740-VII-29", "answer", "motie")]
    assert "36740-VII-29" not in question(brief(), 8).motion_ids  # there it cites letters


def test_brief_letters_are_references_only() -> None:
    refs = {r.id for q in brief() for r in q.kamerstukken}
    assert {"26643-1450", "26643-1441", "26643-1372", "29362-393", "36915-VII-2"} <= refs
    assert not {"26643-1450", "26643-1441", "26643-1372"} & set(by_id(collect_motions(brief())))


def test_brief_question_pointers_and_tables() -> None:
    refers = {q.number: q.refers_to for q in brief() if q.refers_to}
    assert refers == {3: (1,), 25: (23,), 28: (8,)}
    q9 = {a.text: a.euros for a in question(brief(), 9).amounts}
    assert q9["3.796"] == 3_796_000 and q9["11.920"] == 11_920_000
    assert q9["€ 64,3 mln."] == pytest.approx(64_300_000)
    q11 = [(a.text, a.euros) for a in question(brief(), 11).amounts]
    assert ("102.085", 102_085_000) in q11 and ("28.845", 28_845_000) in q11
    q7 = [(a.text, a.euros) for a in question(brief(), 7).amounts]
    assert q7 == [("€0", 0), ("€ 130.000", 130_000)]
