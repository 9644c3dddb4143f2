"""The command line as a user runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import LAYOUTS, SAMPLES

NAJAARSNOTA = SAMPLES / "kst-36850-VII-3-vragen-antwoorden-najaarsnota-2025-digitale-zaken.txt"


def run(*args: str, db: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "KAMERBOEK_DB"}
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "kamerboek.tui.cli", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=60)


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    for needle in needles:
        assert any(needle in line for line in lines), proc.stderr


def test_parse_json_schema():
    proc = run("parse", str(NAJAARSNOTA), "--json")
    assert proc.returncode == 0, proc.stderr
    [doc] = json.loads(proc.stdout)
    assert doc["kamerstuk"] == ["36 850 VII, nr. 3", "36 850 XIII, nr. 3", "36 850 VI, nr. 3"]
    assert doc["date"] == "2025-12-15" and doc["numbered"] is True and doc["reference"] is None
    q25 = doc["questions"][24]
    assert set(q25) >= {
        "number", "label", "section", "question", "answer", "status", "refers_to",
        "deferred_to", "footnotes", "motions", "kamerstukken",
    }
    assert q25["number"] == 25 and q25["status"] == "answered"
    assert q25["deferred_to"] == "de Minister van Economische Zaken"
    assert doc["questions"][0]["answer"] is None
    assert doc["questions"][51]["refers_to"] == [10]
    assert all(isinstance(m, dict) and "submitters" in m for m in doc["motions"])


def test_parse_bad_files_one_line_each(tmp_path: Path):
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    binary = tmp_path / "data.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    noq = tmp_path / "brief.txt"
    noq.write_text("Geachte voorzitter,\nHierbij niets.\n")
    proc = run("parse", str(empty), str(binary), str(noq), str(tmp_path / "weg.txt"), "--json")
    assert_one_line_error(proc, f"{empty}: het bestand is leeg", f"{noq}: geen vragen gevonden", f"{tmp_path / 'weg.txt'}: bestand niet gevonden", f"{binary}:")
    assert len(proc.stderr.strip().splitlines()) == 4
    assert json.loads(proc.stdout) == []


def test_import_list_show_remove(tmp_path: Path):
    db = tmp_path / "kb.json"
    proc = run("import", str(SAMPLES), db=db)
    assert proc.returncode == 0, proc.stderr
    assert "2 document(en) opgeslagen met 91 vragen (9 onbeantwoord)" in proc.stdout
    listing = json.loads(run("list", "--json", db=db).stdout)
    assert sorted(d["questions"] for d in listing) == [39, 52]
    shown = run("show", "36850-VII-3", "42", db=db)
    assert shown.returncode == 0 and "Zie het antwoord op vraag 41." in shown.stdout
    q = json.loads(run("show", "2026A02691", "28", "--json", db=db).stdout)
    assert q["status"] == "referred" and q["refers_to"] == [8]
    missing = run("show", "36850-VII-3", "99", db=db)
    assert_one_line_error(missing, "heeft geen vraag 99")
    removed = run("remove", "2026A02691", db=db)
    assert removed.returncode == 0
    assert len(json.loads(run("list", "--json", db=db).stdout)) == 1


def test_import_partial_failure_exits_1_and_keeps_good_ones(tmp_path: Path):
    db = tmp_path / "kb.json"
    (tmp_path / "leeg.txt").write_text("")
    proc = run("import", str(tmp_path / "leeg.txt"), str(LAYOUTS / "pdf-export.txt"), db=db)
    assert proc.returncode == 1
    assert f"{tmp_path / 'leeg.txt'}: het bestand is leeg" in proc.stderr
    assert len(json.loads(run("list", "--json", db=db).stdout)) == 1


@pytest.mark.parametrize("table", ["questions", "document"])
def test_shard_with_unexpected_content_is_a_one_line_error(tmp_path: Path, table: str):
    """Valid JSON that no kamerboek wrote (a list where records belong) in a shard's questions
    or its document table: "beschadigd", the shard's path, exit 2, and the file untouched."""
    db = tmp_path / "kb.json"
    assert run("import", str(NAJAARSNOTA), db=db).returncode == 0
    shard = next((tmp_path / "kb.docs").glob("*.json"))
    data = json.loads(shard.read_text(encoding="utf-8"))
    record = next(iter(data[table].values()))
    record["motions"] = "onzin"
    shard.write_text(json.dumps(data), encoding="utf-8")
    before = shard.read_bytes()
    proc = run("show", "36850-VII-3", *(["1"] if table == "questions" else []), db=db)
    assert proc.returncode == 2
    assert_one_line_error(proc, str(shard), "beschadigd")
    assert shard.read_bytes() == before


@pytest.mark.parametrize(("field", "value", "command"), [("motion_list", "onzin", "motions"), ("question_count", "veel", "list")])
def test_catalogue_record_with_unexpected_content_is_a_one_line_error(
    tmp_path: Path, field: str, value: str, command: str
):
    db = tmp_path / "kb.json"
    assert run("import", str(NAJAARSNOTA), db=db).returncode == 0
    data = json.loads(db.read_text(encoding="utf-8"))
    next(iter(data["documents"].values()))[field] = value
    db.write_text(json.dumps(data), encoding="utf-8")
    before = db.read_bytes()
    proc = run(command, db=db)
    assert proc.returncode == 2
    assert_one_line_error(proc, str(db), "beschadigd")
    assert db.read_bytes() == before


def test_corrupt_store_message_and_untouched(tmp_path: Path):
    db = tmp_path / "kb.json"
    db.write_bytes(b"\x00\xffnot json")
    proc = run("list", db=db)
    assert_one_line_error(proc, str(db), "beschadigd")
    assert db.read_bytes() == b"\x00\xffnot json"
    proc = run("import", str(SAMPLES), db=db)
    assert_one_line_error(proc, "beschadigd")
    assert db.read_bytes() == b"\x00\xffnot json"


def test_db_option_before_or_after_the_command(tmp_path: Path):
    before, after = tmp_path / "voor.json", tmp_path / "na.json"
    env = {k: v for k, v in os.environ.items() if k != "KAMERBOEK_DB"}
    env["KAMERBOEK_DB"] = str(tmp_path / "niet-deze.json")
    base = [sys.executable, "-m", "kamerboek.tui.cli"]
    subprocess.run(base + ["--db", str(before), "import", str(LAYOUTS / "pdf-export.txt")], env=env, check=True, capture_output=True)
    subprocess.run(base + ["import", str(LAYOUTS / "pdf-export.txt"), "--db", str(after)], env=env, check=True, capture_output=True)
    assert before.exists() and after.exists() and not (tmp_path / "niet-deze.json").exists()


def test_env_var_selects_the_store(tmp_path: Path):
    db = tmp_path / "env.json"
    run("import", str(LAYOUTS / "pdf-export.txt"), env={"KAMERBOEK_DB": str(db)})
    assert db.exists()


def test_every_command_has_help():
    for command in ("import", "parse", "list", "show", "remove", "open"):
        proc = run(command, "--help")
        assert proc.returncode == 0 and "gebruik: kamerboek" in proc.stdout and "opties" in proc.stdout


def test_usage_errors_are_dutch():
    proc = run("show")
    assert proc.returncode == 2
    assert "kamerboek show: fout: deze argumenten ontbreken: doc" in proc.stderr


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("kamerboek ")


def test_store_never_imports_the_front_end():
    code = (
        "import sys, kamerboek.store.library, kamerboek.store.parse, kamerboek.store.db;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('textual','rich') or m.startswith('kamerboek.tui')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_motions_and_motion_across_documents(tmp_path: Path):
    db = tmp_path / "kb.json"
    assert run("import", str(SAMPLES), db=db).returncode == 0
    motions = {m["id"]: m for m in json.loads(run("motions", "--json", db=db).stdout)}
    assert motions["26643-1408"]["documents"] == 2
    assert motions["26643-1317"]["mentions"] >= 2
    assert None in motions  # "motie Buijsse": kept without a number
    for spelling in ("26643-1408", "26643 1408", "26 643, nr. 1408"):
        rows = json.loads(run("motion", spelling, "--json", db=db).stdout)
        titles = [r["title"] for r in rows]
        assert len(set(titles)) == 2, spelling
        # oldest document first: the Najaarsnota list (2025-12-15) before the undated 2026 letter
        assert titles[0].startswith("Verslag houdende")
        assert {r["question"] for r in rows if r["title"].startswith("Beantwoording")} == {38}
        assert [r["linked_by"] for r in rows if r["question"] == 48] == ["reference", "submitters"]
        # the list counts what `motion` shows: question 48 names it twice, question 38 once
        assert motions["26643-1408"]["mentions"] == len(rows) == 3
    text = run("motion", "26643-1408", db=db)
    assert text.returncode == 0 and "vraag 48" in text.stdout and "vraag 38" in text.stdout
    inferred = [line for line in text.stdout.splitlines() if "afgeleid uit de indieners" in line]
    assert len(inferred) == 1 and "vraag 48 (antwoord)" in inferred[0]
    missing = run("motion", "12345-1", db=db)
    assert_one_line_error(missing, "geen motie gevonden")
    invalid = run("motion", "kathmann", db=db)
    assert_one_line_error(invalid, "geen motienummer")


def test_an_eerste_kamer_motion_numbered_by_a_letter(tmp_path: Path):
    doc = tmp_path / "ek.txt"
    doc.write_text(
        "Lijst van vragen en antwoorden over moties\n\nVraag 1\nHoe staat het met de motie-Faber-van de "
        "Klashorst c.s. over de AOW-uitkering (35788, letter D)?\n\nAntwoord 1\nHiermee is uitvoering "
        "gegeven aan de motie.\n\nVraag 2\nEn de motie-Kathmann [Kamerstuk 26 643, nr. 1317]?\n\n"
        "Antwoord 2\nDeze motie wordt uitgevoerd.\n",
        encoding="utf-8",
    )
    db = tmp_path / "kb.json"
    assert run("import", str(doc), db=db).returncode == 0
    [parsed] = json.loads(run("parse", str(doc), "--json").stdout)
    numbers = {m["id"]: (m["dossier"], m["number"]) for m in parsed["motions"]}
    assert numbers == {"35788-D": ("35788", "D"), "26643-1317": ("26643", 1317)}
    assert {m["id"] for m in json.loads(run("motions", "--json", db=db).stdout)} == {"35788-D", "26643-1317"}
    for spelling in ("35788-D", "35 788, letter D", "35788 d"):
        [row] = json.loads(run("motion", spelling, "--json", db=db).stdout)
        assert (row["motion"], row["statuses"]) == ("35788-D", ["afgedaan"]), spelling


def test_search_command_finds_solvinity(tmp_path: Path):
    db = tmp_path / "kb.json"
    run("import", str(SAMPLES), db=db)
    hits = json.loads(run("search", "Solvinity", "--json", db=db).stdout)
    assert hits and hits[0]["question"] == 37 and hits[0]["title"].startswith("Beantwoording")
    typo = json.loads(run("search", "solvinitie kyndril", "--json", db=db).stdout)
    assert typo and typo[0]["question"] == 37


def test_list_says_when_an_older_parser_read_documents(tmp_path: Path):
    from dataclasses import replace

    from kamerboek.store.library import Library, parse_file

    db = tmp_path / "kb.json"
    Library(db).store.apply([replace(parse_file(NAJAARSNOTA), parser_version=1)])
    proc = run("list", db=db)
    assert proc.returncode == 0 and "52 vragen" in proc.stdout
    assert "1 document(en) gelezen door een oudere versie" in proc.stderr
    assert run("import", str(NAJAARSNOTA), db=db).returncode == 0
    again = run("list", db=db)
    assert "oudere versie" not in again.stderr and "52 vragen" in again.stdout
