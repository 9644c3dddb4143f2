"""Pilot tests for the explorer: every key and every pane, asserting on what is shown."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from kamerboek.store.library import Library
from kamerboek.tui import text as T
from kamerboek.tui.app import KamerboekApp
from kamerboek.tui.screens.help import HelpScreen
from kamerboek.tui.screens.motions import MotionScreen
from kamerboek.tui.screens.prompt import Prompt
from kamerboek.tui.screens.search import SearchScreen
from kamerboek.tui.widgets.navigator import Navigator
from kamerboek.tui.widgets.reader import ReadingPane
from textual.pilot import Pilot

from .apphelpers import copy_store, make_store

Check = Callable[[KamerboekApp, Pilot], Awaitable[None]]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("samples"))


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Path:
    return copy_store(sample_db, tmp_path / "s")


def run(db: Path, check: Check, size: tuple[int, int] = (120, 40)) -> KamerboekApp:
    app = KamerboekApp(Library(db))
    said: list[str] = []
    original = app.notify

    def notify(message: str, *args: object, **kwargs: object) -> None:
        said.append(message)  # toasts expire and vanish; keep every message for asserts
        original(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    app.said = said  # type: ignore[attr-defined]

    async def go() -> None:
        async with app.run_test(size=size, notifications=True) as pilot:
            await settle(app, pilot)
            await check(app, pilot)

    asyncio.run(go())
    return app


async def settle(app: KamerboekApp, pilot: Pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def pane(app: KamerboekApp, name: str) -> str:
    return app.main.query_one(f"#{name}", ReadingPane).shown_text


def notes(app: KamerboekApp) -> str:
    return "\n".join(app.said)  # type: ignore[attr-defined]


def brief_id(app: KamerboekApp) -> str:
    return next(d.id for d in app.main.summaries if d.source.startswith("brief-"))


async def press(app: KamerboekApp, pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


# --------------------------------------------------------------------------- start-up


def test_empty_store_imports_samples_and_says_so(tmp_path: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        assert T.IMPORTING_SAMPLES in notes(app)
        assert len(app.main.summaries) == 2
        assert app.main.current is not None
        assert "Vraag 1" in pane(app, "question")
        assert isinstance(app.focused, Navigator)

    run(tmp_path / "new.json", check)


def test_documents_read_by_an_older_parser_are_refreshed_or_reported(tmp_path: Path) -> None:
    from dataclasses import replace

    from kamerboek.store.library import parse_file, sample_paths

    from .conftest import LAYOUTS

    path = tmp_path / "old.json"
    old = [replace(parse_file(p), parser_version=1) for p in sample_paths()]
    table = parse_file(LAYOUTS / "table-rows-tabbed.txt")
    old.append(replace(table, parser_version=1, questions=table.questions[:1]))
    Library(path).store.apply(old)

    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        assert T.REFRESHING_SAMPLES in notes(app)
        assert T.OUTDATED.format(n=1) in notes(app)  # the table list: its file is not bundled
        outdated = app.library.outdated()
        assert [d.id for d in outdated] == [table.id]
        assert len(app.main.summaries) == 3

    run(path, check)


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
def test_first_screen_shows_questions_at_both_sizes(db: Path, size: tuple[int, int]) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        wide = size[0] >= 120
        assert app.main.has_class("-wide") is wide
        q = app.main.query_one("#question").region
        a = app.main.query_one("#answer").region
        assert (q.y == a.y) is wide  # side by side when wide, stacked at 80 columns
        assert "Welke concrete stappen" in pane(app, "question")

    run(db, check, size)


def test_position_is_remembered_between_runs(db: Path) -> None:
    async def first(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "j", "j", "j")
        assert app.main.current and app.main.current[1] > 1

    seen = run(db, first).main.current

    async def second(app: KamerboekApp, pilot: Pilot) -> None:
        assert app.main.current == seen

    run(db, second)


def test_damaged_state_file_is_ignored(db: Path) -> None:
    (db.parent / "kb.state.json").write_text("[kapot", encoding="utf-8")

    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        assert app.main.current is not None

    run(db, check)


# --------------------------------------------------------------------------- navigation keys


def test_j_k_arrows_g_G_move_in_the_navigator(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        start = app.main.current
        await press(app, pilot, "j")
        await press(app, pilot, "down")
        after = app.main.current
        assert after and start and after[1] == start[1] + 2
        await press(app, pilot, "k")
        await press(app, pilot, "up")
        assert app.main.current == start
        await press(app, pilot, "G")
        assert app.main.current and app.main.current[0] == brief_id(app)
        assert app.main.current[1] == 39
        await press(app, pilot, "g")
        assert app.main.current == (app.main.summaries[0].id, 1)

    run(db, check)


def test_brackets_step_through_questions_and_enter_focuses_answer(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "right_square_bracket")
        assert app.main.current and app.main.current[1] == 2
        await press(app, pilot, "right_square_bracket", "right_square_bracket")
        assert app.main.current[1] == 4
        await press(app, pilot, "left_square_bracket")
        assert app.main.current[1] == 3
        await press(app, pilot, "enter")
        assert app.focused and app.focused.id == "answer"
        await press(app, pilot, "escape")
        assert isinstance(app.focused, Navigator)

    run(db, check)


def test_tab_cycles_through_the_panes(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        ids = []
        for _ in range(3):
            await press(app, pilot, "tab")
            ids.append(app.focused.id if app.focused else None)
        assert ids == ["question", "answer", "nav"]
        await press(app, pilot, "shift+tab")
        assert app.focused and app.focused.id == "answer"
        await press(app, pilot, "j", "k", "G", "g")  # scroll keys in a pane do not fail

    run(db, check)


def test_follow_reference_and_back(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        brief = brief_id(app)
        app.main.open_question(brief, 3)
        await settle(app, pilot)
        assert "verwijst naar vraag 1" in pane(app, "answer")
        await press(app, pilot, "r")
        assert app.main.current == (brief, 1)
        await press(app, pilot, "backspace")
        assert app.main.current == (brief, 3)
        app.main.open_question(brief, 1)
        await settle(app, pilot)
        await press(app, pilot, "r")
        assert T.NO_REFERENCE in notes(app) or isinstance(app.screen, MotionScreen)

    run(db, check)


def test_backspace_with_empty_history(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "backspace")
        assert T.HISTORY_EMPTY in notes(app)

    run(db, check)


def test_unanswered_and_deferred_filters(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        nav = app.main.query_one(Navigator)
        await press(app, pilot, "u")
        assert T.FILTER_LABEL["unanswered"] in str(app.main.query_one("#filter-bar").content)
        doc = app.main.current[0] if app.main.current else ""
        order = nav.question_order(doc)
        statuses = {app.main.library.question(doc, n).status for n in order}
        assert statuses == {"unanswered"} and len(order) == 9
        await press(app, pilot, "d")
        order = nav.question_order(doc)
        assert {app.main.library.question(doc, n).status for n in order} == {"deferred"}
        await press(app, pilot, "d")
        assert len(nav.question_order(doc)) == 52

    run(db, check)


def test_document_filter_group_cycle_and_date_range(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        nav = app.main.query_one(Navigator)
        await press(app, pilot, "f")
        assert len(nav.root.children) == 1
        await press(app, pilot, "f")
        await press(app, pilot, "o")
        assert app.main.group == "dossier"
        assert all(n.data and n.data.kind == "group" for n in nav.root.children)
        await press(app, pilot, "o", "o", "o")
        assert app.main.group == "geen"
        await press(app, pilot, "t")
        assert isinstance(app.screen, Prompt)
        await pilot.press(*"2025")
        await press(app, pilot, "enter")
        assert app.main.dates == ("2025", "2025-99-99")
        assert len(nav.root.children) == 1  # the undated brief drops out

    run(db, check)


# --------------------------------------------------------------------------- search, motions, help


def test_search_solvinity_opens_question_with_answer(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"Solvinity")
        await settle(app, pilot)
        assert app.screen.hits and app.screen.hits[0][1] == 37
        await press(app, pilot, "enter")
        assert app.screen is app.main
        assert "Kyndryl" in pane(app, "question")
        assert "normaliter geen uitspraken" in pane(app, "answer")
        await press(app, pilot, "n")
        assert "Resultaat 1 van 1" in notes(app)
        await press(app, pilot, "N")
        await press(app, pilot, "slash")
        await press(app, pilot, "escape")
        assert app.screen is app.main

    run(db, check)


def test_search_results_step_with_n(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "n")
        assert T.NO_SEARCH in notes(app)
        await press(app, pilot, "slash")
        await pilot.press(*"NCSC middelen")
        await settle(app, pilot)
        await press(app, pilot, "down", "down", "enter")
        first = app.main.current
        await press(app, pilot, "n")
        assert app.main.current != first
        await press(app, pilot, "N")
        assert app.main.current == first

    run(db, check)


def test_motion_finder(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "m")
        screen = app.screen
        assert isinstance(screen, MotionScreen)
        await pilot.press(*"kathman 1317")
        await settle(app, pilot)
        assert screen.motions  # the sample store names 45+ motions
        assert screen.shown and screen.shown[0].id == "26643-1317"
        await press(app, pilot, "enter")
        assert screen.mode == "mentions" and screen.mentions
        await press(app, pilot, "enter")
        assert app.screen is app.main
        assert app.main.current == (screen.mentions[0].doc_id, screen.mentions[0].question)

    run(db, check)


def test_help_lists_every_key(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one("#help-text").content)
        for keys, _, what in T.KEYS:
            assert keys in shown and what in shown
        await press(app, pilot, "escape")
        assert app.screen is app.main

    run(db, check)


def test_command_palette_lists_actions_and_runs_them(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "ctrl+p")
        assert app.screen.__class__.__name__ == "CommandPalette"
        await pilot.press(*"Onbeantwoord")
        await pilot.pause(0.3)
        await settle(app, pilot)
        await press(app, pilot, "enter")
        await settle(app, pilot)
        assert app.main.unanswered_only

    run(db, check)


def test_import_prompt_bad_path_and_good_file(db: Path, tmp_path: Path) -> None:
    good = tmp_path / "extra.txt"
    good.write_text("Vraag 1\nBestaat Zwolsman?\n\nAntwoord\nJa.\n", encoding="utf-8")
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"dit is geen pdf")

    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        for path in (tmp_path / "bestaat-niet", bad, good):
            await press(app, pilot, "i")
            assert isinstance(app.screen, Prompt)
            await pilot.press(*str(path))
            await press(app, pilot, "enter")
        text = notes(app)
        assert "Geen bestanden gevonden" in text
        assert "kapot.pdf" in text
        assert len(app.main.summaries) == 3

    run(db, check)


def test_refresh_sees_other_process(db: Path, tmp_path: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await press(app, pilot, "R")
        assert T.NOT_CHANGED in notes(app)
        extra = tmp_path / "x.txt"
        extra.write_text("Vraag 1\nBestaat Zwolsman?\n\nAntwoord\nJa.\n", encoding="utf-8")
        Library(db).import_paths([extra])
        await press(app, pilot, "ctrl+r")
        assert T.REFRESHED in notes(app)
        assert len(app.main.summaries) == 3

    run(db, check)


def test_q_quits_with_status_zero(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await pilot.press("q")

    app = run(db, check)
    assert app.return_value == 0


def test_mouse_click_on_a_pane_focuses_it(db: Path) -> None:
    async def check(app: KamerboekApp, pilot: Pilot) -> None:
        await pilot.click("#answer")
        await settle(app, pilot)
        assert app.focused and app.focused.id == "answer"

    run(db, check)
