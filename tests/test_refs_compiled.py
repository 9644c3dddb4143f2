"""The compiled reference recogniser gives what the plain ``refs.py`` gives.

A normal install compiles ``store/refs.py`` with mypyc (see setup.py), so in CI
``kamerboek.store.refs`` is the compiled module, while development (an editable install) runs
the plain file. Compiled code follows the same source but checks its type annotations at run
time, so a wrong annotation would show up only there. This test loads the plain source next to
the compiled module and compares both on every question of the samples and layout fixtures,
and on mixes of their sentences. Where the module is not compiled there is nothing to compare
and the test is skipped.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from kamerboek.store import refs
from kamerboek.store.library import parse_file
from kamerboek.store.model import Document

from .conftest import LAYOUTS, SAMPLES

COMPILED = not refs.__file__.endswith(".py")


def _plain_refs() -> ModuleType:
    """``refs.py`` from beside the compiled module, imported as plain Python."""
    source = Path(refs.__file__).with_name("refs.py")
    spec = importlib.util.spec_from_file_location("kamerboek.store._refs_plain", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _documents() -> list[Document]:
    paths = sorted(SAMPLES.glob("*.txt")) + sorted(p for p in LAYOUTS.rglob("*") if p.suffix in (".txt", ".md"))
    out = []
    for path in paths:
        try:
            out.append(parse_file(path))
        except Exception:  # noqa: BLE001 — fixtures of refused documents have no questions
            continue
    return out


def _inputs(docs: list[Document]) -> list[tuple[str, str | None, dict[str, str]]]:
    out = [(q.question, q.answer, {f.mark: f.text for f in q.footnotes}) for doc in docs for q in doc.questions]
    sentences = [s for q, a, _ in out for s in refs.split_sentences(f"{q} {a or ''}")]
    rng = random.Random(4)
    for _ in range(500):  # other neighbours for the same phrases
        out.append((" ".join(rng.sample(sentences, 3)), " ".join(rng.sample(sentences, 5)), {}))
    return out


@pytest.mark.skipif(not COMPILED, reason="kamerboek.store.refs is the plain module here (editable install)")
def test_compiled_refs_match_the_plain_source() -> None:
    plain = _plain_refs()
    docs = _documents()
    inputs = _inputs(docs)
    assert len(inputs) > 600  # (about 190 questions of the samples and fixtures, 500 mixes)
    differing = [i for i, args in enumerate(inputs) if refs.analyse_question(*args) != plain.analyse_question(*args)]
    assert differing == [], f"first differing input: {inputs[differing[0]]!r}"
    ids = ["26 643, nr. 1317", "36740 VII nr. 29", "35 788, letter D", "Kamerstuk 21 501-33, nr. 1155", "geen"]
    assert [refs.parse_motion_id(i) for i in ids] == [plain.parse_motion_id(i) for i in ids]
    assert [refs.collect_motions(d.questions) for d in docs] == [plain.collect_motions(d.questions) for d in docs]
