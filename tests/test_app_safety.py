"""Hostile text: brackets show literally, escape sequences never reach the terminal."""

from __future__ import annotations

import asyncio
from pathlib import Path

from kamerboek.store.library import Library
from kamerboek.store.model import Question
from kamerboek.tui import present
from kamerboek.tui.app import KamerboekApp
from kamerboek.tui.widgets.reader import ReadingPane

from .apphelpers import HOSTILE

LITERAL = ["[bold]x[/bold]", "[/]", "[link=https://x.nl]klik[/link]", "[Kamerstuk 26 643, nr. 1317]"]


def test_clean_strips_escapes_controls_and_bidi() -> None:
    dirty = "a\x1b[2Jb\x1b]52;c;aGk=\x07c\x07d\u202ee\x00f\tg\nh"
    assert present.clean(dirty) == "abcdef\tg\nh"


def test_present_keeps_spans_when_cleaning() -> None:
    q = Question(1, "Vraag 1", None, "\x1b[2Jzie motie [x]", None, "unanswered")
    blocks = present.styled_blocks(q.question, [(8, 12, "bold")])
    assert blocks[0].content.plain == "zie motie [x]"
    span = blocks[0].content.spans[0]
    assert blocks[0].content.plain[span.start : span.end] == "moti"


def test_tables_become_unwrapped_blocks() -> None:
    text = "Zie de tabel.\nPost │ 2025 │ 2026\nICT │ 1,0 │ 2,0\nEinde."
    kinds = [b.kind for b in present.styled_blocks(text, [])]
    assert kinds == ["prose", "table", "prose"]


def test_search_snippet_highlights_literally() -> None:
    c = present.highlight_terms("Over [/] en [bold]Solvinity[/bold]", frozenset({"solvinity"}))
    assert c.plain == "Over [/] en [bold]Solvinity[/bold]"
    assert any(c.plain[s.start : s.end] == "Solvinity" for s in c.spans)


def test_hostile_document_renders_literally(tmp_path: Path) -> None:
    src = tmp_path / "vijandig.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    lib = Library(tmp_path / "kb.json")
    lib.import_paths([src])
    app = KamerboekApp(lib)

    async def go() -> None:
        async with app.run_test(size=(160, 50)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            question = app.main.query_one("#question", ReadingPane).shown_text
            answer = app.main.query_one("#answer", ReadingPane).shown_text
            for s in LITERAL:
                assert s in question
            assert "[/]" in answer and "[bold]y[/bold]" in answer
            screen_text = "".join(
                seg.text for strip in app.screen._compositor.render_strips() for seg in strip
            )
            assert "[link=https://x.nl]klik[/link]" in screen_text
            assert "\x1b" not in screen_text
            await pilot.press("slash", *"solvinity")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("r")  # "Zie het antwoord op vraag 1"
            await pilot.pause()
            assert app.main.current and app.main.current[1] == 1

    asyncio.run(go())


def test_damaged_catalogue_record_is_a_notification_not_a_crash(tmp_path: Path) -> None:
    """Valid JSON that no kamerboek wrote in a catalogue record: the explorer starts, says the
    store is damaged (naming it), and leaves the file as it was."""
    import json

    from .conftest import SAMPLES

    db = tmp_path / "kb.json"
    Library(db).import_paths([SAMPLES])
    data = json.loads(db.read_text(encoding="utf-8"))
    next(iter(data["documents"].values()))["question_count"] = "veel"
    db.write_text(json.dumps(data), encoding="utf-8")
    before = db.read_bytes()
    app = KamerboekApp(Library(db))
    said: list[str] = []
    original = app.notify

    def notify(message: str, *args: object, **kwargs: object) -> None:
        said.append(message)
        original(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]

    async def go() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.main.summaries == []

    asyncio.run(go())
    assert any("beschadigd" in m and str(db) in m for m in said), said
    assert db.read_bytes() == before
