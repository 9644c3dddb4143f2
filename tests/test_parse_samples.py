"""The two real sample documents parse exactly as a careful reader would split them."""

from __future__ import annotations

import re

import pytest
from kamerboek.store.library import parse_file, sample_paths

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def najaarsnota():
    return parse_file(SAMPLES / "kst-36850-VII-3-vragen-antwoorden-najaarsnota-2025-digitale-zaken.txt")


@pytest.fixture(scope="module")
def letter():
    return parse_file(SAMPLES / "brief-feitelijke-vragen-1e-suppletoire-2026-digitale-zaken.txt")


def by_status(doc, status):
    return [q.number for q in doc.questions if q.status == status]


# --------------------------------------------------------------------------- Najaarsnota list


def test_najaarsnota_metadata(najaarsnota):
    doc = najaarsnota
    assert doc.kind == "lijst-van-vragen-en-antwoorden"
    assert doc.title == "Verslag houdende een lijst van vragen en antwoorden (digitalisering)"
    assert doc.kamerstuk == ("36 850 VII, nr. 3", "36 850 XIII, nr. 3", "36 850 VI, nr. 3")
    assert doc.kamerstuk_ids == ("36850-VII-3", "36850-XIII-3", "36850-VI-3")
    assert doc.date == "2025-12-15"
    assert doc.committee == "vaste commissie voor Digitale Zaken"
    assert doc.addressees == (
        "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
        "Minister van Economische Zaken",
        "Minister van Justitie en Veiligheid",
    )
    assert doc.reference is None
    assert doc.numbered is True


def test_najaarsnota_numbers_and_statuses(najaarsnota):
    doc = najaarsnota
    assert [q.number for q in doc.questions] == list(range(1, 53))
    assert by_status(doc, "unanswered") == [1, 2, 3, 4, 6, 7, 8, 14, 15]
    assert by_status(doc, "deferred") == [18, 19, 20, 21, 23, 27, 33, 50]
    assert by_status(doc, "referred") == [42, 52]
    q = {q.number: q for q in doc.questions}
    assert q[42].refers_to == (41,) and q[52].refers_to == (10,)
    assert q[41].referred_by == (42,) and q[10].referred_by == (52,)
    assert q[18].deferred_to == "de Minister van Justitie en Veiligheid"
    assert q[19].deferred_to == "de Minister van Economische Zaken"
    # answered, with part passed to another minister
    assert q[25].status == "answered"
    assert q[25].deferred_to == "de Minister van Economische Zaken"
    assert "beantwoordt deze vraag met betrekking tot" in q[25].answer


def test_najaarsnota_sections(najaarsnota):
    q = {q.number: q for q in najaarsnota.questions}
    jenv = "Wijziging van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2025 (wijziging samenhangende met de Najaarsnota)"
    assert all(q[n].section == jenv for n in range(1, 9))
    assert all("Binnenlandse Zaken en Koninkrijksrelaties (VII)" in q[n].section for n in range(9, 14))
    assert all("Economische Zaken (XIII)" in q[n].section for n in (14, 15))
    overig = "Overige/overkoepelende vragen die betrekking hebben op meerdere begrotingen"
    assert all(q[n].section == overig for n in range(16, 53))
    assert len(najaarsnota.sections) == 4


def test_najaarsnota_headings_never_inside_text(najaarsnota):
    for q in najaarsnota.questions:
        for text in (q.question, q.answer or ""):
            assert "Vragen inzake" not in text
            assert "Overige/overkoepelende" not in text
            assert "Ondertekenaars" not in text
            assert not re.search(r"^Vraag\s*\d*:?$", text, re.M)
    q8 = najaarsnota.questions[7]
    assert q8.question.endswith("in de toekomst volgen?")
    q13 = najaarsnota.questions[12]
    assert q13.answer.endswith("Europese Digitale Identiteit (EDI).")


def test_najaarsnota_text_shape(najaarsnota):
    q = {q.number: q for q in najaarsnota.questions}
    # lines broken mid-sentence are joined back into one paragraph
    assert "Welke concrete stappen zet u om de structurele capaciteitsproblemen bij ketenpartners op te lossen" in q[1].question
    # bullet lists keep one item per line
    assert "tenzij:\n\n– onafhankelijk onderbouwd kan worden dat de continuïteit van dienstverlening aan burgers hierdoor in gevaar komt;\n– de coördinerend" in q[25].answer
    # answers that end without a full stop keep their last words, no heading is cut off
    assert q[31].answer.endswith("overheidsbrede dienstverlening")
    assert q[47].answer.endswith("te kunnen leveren")
    assert q[13].page == "13" and q[52].page == "14"


def test_najaarsnota_signature_is_leftover(najaarsnota):
    left = " ".join(najaarsnota.leftovers)
    assert "Ondertekenaars" in left and "S.R. Muller, adjunct-griffier" in left
    assert "Zie het antwoord op vraag 10." == najaarsnota.questions[-1].answer


# --------------------------------------------------------------------------- letter


def test_letter_metadata(letter):
    assert letter.kind == "beantwoording-brief"
    assert letter.reference == "2026A02691"
    assert letter.kamerstuk == ()
    assert letter.title.startswith("Beantwoording op de Feitelijke Kamervragen bij de eerste suppletoire begrotingen")
    assert letter.committee == "vaste commissie van Digitale Zaken"
    assert letter.date is None  # the letter states no date of its own
    assert letter.sections == ()  # the signer's name above her title is no heading
    assert "Heleen Herbert" in letter.leftovers


def test_letter_questions(letter):
    assert [q.number for q in letter.questions] == list(range(1, 40))
    assert by_status(letter, "referred") == [28]
    assert by_status(letter, "unanswered") == []
    assert [n for n in range(1, 40) if letter.questions[n - 1].status == "answered"] == [
        n for n in range(1, 40) if n != 28
    ]
    q = {q.number: q for q in letter.questions}
    assert q[28].refers_to == (8,)
    assert q[3].refers_to == (1,) and q[3].status == "answered"
    assert q[25].refers_to == (23,) and q[25].status == "answered"
    assert set(q[8].referred_by) == {28}
    assert q[22].label == "Vraag 22"


def test_letter_markup_gone_and_footnotes_attached(letter):
    for q in letter.questions:
        for text in (q.question, q.answer or ""):
            assert "[bookmark" not in text
            assert "[footnoteRef" not in text
            assert not re.search(r"\[\d+:\s", text)
    notes = {f.mark: f.text for f in letter.footnotes}
    assert len(notes) == 17
    marks = {q.number: [f.mark for f in q.footnotes] for q in letter.questions}
    assert marks[8] == ["1"]
    assert marks[12] == ["4"]
    assert marks[21] == ["7", "8"]
    assert marks[35] == ["12", "13", "14"]
    assert marks[38] == ["17"]
    attached = [f.mark for q in letter.questions for f in q.footnotes]
    assert sorted(attached, key=int) == [str(i) for i in range(1, 18)]
    assert notes["4"] == "Kamerstuknummer II, 2025/26  36740 VII nr. 35"
    assert "motie-Kathmann (GL-PvdA)⁴." in letter.questions[11].answer


def test_letter_table_is_redrawn(letter):
    answer = letter.questions[8].answer
    rows = [line for line in answer.split("\n") if " │ " in line]
    assert len(rows) > 20
    row = next(line for line in rows if "Gebruik van Europese componenten" in line)
    assert row.rstrip().endswith("3.796")
    header = next(line for line in rows if "Dossier" in line)
    # aligned: the amount column starts at the same place in the header and in the row
    assert header.index("bedrag") == row.rindex(" │ ") + 3
    q11 = letter.questions[10].answer
    assert re.search(r"RvIHH\s+│\s+102\.085", q11)
    # every cell of the redrawn "Bedragen x € 1.000" tables counts, also the ones right after "│ "
    amounts = {a.text: a.euros for a in letter.questions[10].amounts if a.side == "answer"}
    assert amounts["102.085"] == 102_085_000 and amounts["155.409"] == 155_409_000
    assert amounts["20.959"] == 20_959_000 and amounts["955"] == 955_000


def test_sample_paths_are_bundled():
    names = sorted(p.name for p in sample_paths())
    assert names == sorted(p.name for p in SAMPLES.glob("*.txt"))
