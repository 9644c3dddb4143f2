"""Where the reader was: ``<stem>.state.json`` beside the store, written atomically.

A damaged or foreign file is ignored (the app just starts at the top); losing a reading
position is never worth an error message.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def state_path(store_path: Path) -> Path:
    stem = store_path.with_suffix("")
    return stem.with_name(stem.name + ".state.json")


def load_state(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    doc, number = data.get("doc"), data.get("question")
    if not isinstance(doc, str) or not isinstance(number, int):
        return {}
    return {"doc": doc, "question": number}


def save_state(path: Path, doc_id: str, number: int) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"doc": doc_id, "question": number}, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only folder: the position is simply not remembered
