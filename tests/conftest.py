"""Shared fixtures: paths to the samples and fixtures, and a fresh store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LAYOUTS = FIXTURES / "layouts"


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store path in a fresh folder; KAMERBOEK_DB cleared so nothing leaks to ~/.local."""
    monkeypatch.delenv("KAMERBOEK_DB", raising=False)
    return tmp_path / "store" / "kamerboek.json"
