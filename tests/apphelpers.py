"""Shared helpers for the explorer's pilot and snapshot tests: a sample store made once and
copied per test, so each test starts from the same files without re-importing."""

from __future__ import annotations

import shutil
from pathlib import Path

from kamerboek.store.library import Library

HOSTILE = (
    "Vraag 1\nWat betekent [bold]x[/bold] en [/] en [link=https://x.nl]klik[/link] in \x1b[2J "
    "dit [Kamerstuk 26 643, nr. 1317]?\n\nAntwoord\nHet antwoord [/] bevat [bold]y[/bold] en "
    "\x1b]52;c;aGk=\x07 niets meer.\n\nVraag 2\nTweede vraag over Solvinity?\n\nAntwoord\n"
    "Zie het antwoord op vraag 1.\n"
)


def make_store(folder: Path) -> Path:
    path = folder / "kb.json"
    Library(path).import_samples()
    return path


def copy_store(src: Path, dest_folder: Path) -> Path:
    dest_folder.mkdir(parents=True, exist_ok=True)
    for item in src.parent.iterdir():
        if item.name.startswith(src.stem + ".") and (".index." not in item.name):
            target = dest_folder / item.name
            if item.is_dir():
                shutil.copytree(item, target)
            elif item.suffix != ".lock":
                shutil.copy2(item, target)
    return dest_folder / src.name
