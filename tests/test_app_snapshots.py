"""Snapshots of the main layouts at 80x24 and 160x50 (review the HTML report before updating)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kamerboek.store.library import Library
from kamerboek.tui.app import KamerboekApp

from .apphelpers import copy_store, make_store


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("snap"))


async def _settle(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
def test_main_screen(snap_compare, sample_db: Path, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = KamerboekApp(Library(copy_store(sample_db, tmp_path)))
    assert snap_compare(app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
def test_search_result_opened(snap_compare, sample_db: Path, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = KamerboekApp(Library(copy_store(sample_db, tmp_path)))

    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("slash", *"Solvinity")
        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=before)


def test_help_screen(snap_compare, sample_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = KamerboekApp(Library(copy_store(sample_db, tmp_path)))

    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=before)
