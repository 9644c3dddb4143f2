"""The record classes: the fast ``__init__`` keeps every dataclass promise."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from kamerboek.store import model as M

RECORDS = [M.Footnote, M.KamerstukRef, M.MotionStatus, M.MotionMention, M.Amount, M.Question, M.Motion, M.Document]


@pytest.mark.parametrize("cls", RECORDS)
def test_fast_init_fills_every_field_and_keeps_defaults(cls: type) -> None:
    fields = dataclasses.fields(cls)
    required = [f for f in fields if f.default is dataclasses.MISSING]
    values = {f.name: f"v-{f.name}" for f in required}
    rec = cls(**values)
    for f in fields:
        expected = values[f.name] if f in required else f.default
        assert getattr(rec, f.name) == expected
    positional = cls(*values.values())
    assert positional == rec and hash(positional) == hash(rec)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(rec, fields[0].name, "changed")
    assert dataclasses.replace(rec, **{fields[0].name: "other"}) != rec
    assert pickle.loads(pickle.dumps(rec)) == rec
    with pytest.raises(TypeError):
        cls()  # every record has a required field
    with pytest.raises(TypeError):
        cls(**values, no_such_field=1)


def test_round_trip_through_dict() -> None:
    ref = M.KamerstukRef("26643-1317", "Kamerstuk 26 643, nr. 1317", "26643", None, 1317, "answer", 3, 29)
    mention = M.MotionMention(
        "26643-1317", "motie-Kathmann", ("Kathmann",), "question", 0, 14, "De motie.",
        statuses=(M.MotionStatus("afgedaan", "Is afgedaan."),),
    )
    q = M.Question(1, "Vraag 1", None, "Wat?", "Dit.", "answered", kamerstukken=(ref,), motions=(mention,))
    assert M.from_dict(M.Question, M.to_dict(q)) == q
