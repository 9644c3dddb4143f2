"""Search (``/``): results as you type, best first, matching words highlighted.

The query runs in a thread worker (``exclusive``: only the newest keystroke's results arrive).
The index itself is loaded or built on first use in that same worker, so start-up never pays
for it. The screen returns the whole result list and the chosen position, so the main screen
can step through results with ``n``/``N``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...store import library as lib
from .. import present
from .. import text as T


@dataclass(frozen=True, slots=True)
class SearchChoice:
    hits: tuple[tuple[str, int], ...]  # (doc id, number), best first
    index: int
    query: str


INDEX_LOCK = threading.Lock()  # one index build at a time, whichever worker asks first


class ResultList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", show=False),
        Binding("k", "cursor_up", show=False),
        Binding("g", "first", show=False),
        Binding("G", "last", show=False),
    ]


class PicksFromResults:
    """Enter in the input or a click in the list picks a result; screens define ``_choose``."""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        results = self.query_one(ResultList)  # type: ignore[attr-defined]
        if results.option_count:
            self._choose(results.highlighted or 0)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int) -> None:
        raise NotImplementedError


class SearchScreen(PicksFromResults, ModalScreen[SearchChoice | None]):
    BINDINGS = [
        Binding("escape", "close", T.ACTION["close"]),
        Binding("down", "to_results", show=False),
    ]

    def __init__(self, library: lib.Library, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.query_text = query
        self.hits: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="finder"):
            yield Input(self.query_text, placeholder=T.SEARCH_PLACEHOLDER, id="search-input")
            yield Static(Content(T.SEARCH_INDEXING), id="search-status")
            yield ResultList(id="search-results")

    def on_mount(self) -> None:
        self.run_search(self.query_text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.hits):
            self.dismiss(SearchChoice(tuple(self.hits), index, self.query_text))

    def action_to_results(self) -> None:
        self.query_one(ResultList).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        worker = get_current_worker()
        with INDEX_LOCK:
            if worker.is_cancelled:
                return
            self.library.search_index()
        if worker.is_cancelled:
            return
        hits = self.library.search(query, limit=60) if query.strip() else []
        rows = []
        titles = {d.id: d.display_title for d in self.library.documents()}
        for hit in hits:
            if worker.is_cancelled:
                return
            try:
                q = self.library.question(hit.doc_id, hit.number)
            except (lib.LookupFailed, lib.StoreError, KeyError):
                continue
            rows.append((hit.doc_id, hit.number, present.search_result(titles.get(hit.doc_id, ""), q, hit.terms)))
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, query, rows)

    def _show(self, query: str, rows: list[tuple[str, int, Content]]) -> None:
        self.query_text = query
        self.hits = [(d, n) for d, n, _ in rows]
        results = self.query_one(ResultList)
        results.set_options(Option(c, id=f"{i}") for i, (_, _, c) in enumerate(rows))
        if rows:
            results.highlighted = 0
        status = T.result_count(len(rows)) if query.strip() else ""
        if query.strip() and not rows:
            status = T.NO_RESULTS
        self.query_one("#search-status", Static).update(Content(status))
