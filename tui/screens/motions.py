"""Motion finder (``m``): fuzzy match on id, number and submitters; Enter lists every mention.

Matching is rapidfuzz over a few hundred short strings (``present.motion_choice_text``), fast
enough to run on every keystroke; it still runs in an exclusive worker so typing never waits.
Enter on a motion shows its mentions oldest first; Enter on a mention returns (doc id, number)
to the main screen, which opens that question.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...store import library as lib
from ...store.search import rank_choices
from .. import present
from .. import text as T
from .search import PicksFromResults, ResultList


class MotionScreen(PicksFromResults, ModalScreen[tuple[str, int] | None]):
    BINDINGS = [
        Binding("escape", "back", T.ACTION["close"]),
        Binding("down", "to_results", show=False),
    ]

    def __init__(self, library: lib.Library, motion_id: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.motions: list[lib.MotionSummary] = []
        self.shown: list[lib.MotionSummary] = []
        self.mentions: list[lib.MotionMentionRow] = []
        self.start_with = motion_id
        self.mode = "find"

    def compose(self) -> ComposeResult:
        with Vertical(id="motion-box", classes="finder"):
            yield Input(placeholder=T.MOTION_PLACEHOLDER, id="motion-input")
            yield Static(Content(""), id="motion-status")
            yield ResultList(id="motion-results")

    def on_mount(self) -> None:
        try:
            self.motions = self.library.motions()
        except lib.StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
        if self.start_with:
            self.open_motion(self.start_with)
        else:
            self.filter("")

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.mode == "mentions":
            self.mode = "find"
        self.filter(event.value)

    def _choose(self, index: int) -> None:
        if self.mode == "find" and 0 <= index < len(self.shown):
            motion = self.shown[index]
            if motion.id is None:
                self.notify(T.NO_MOTION_ID, markup=False)
                return
            self.open_motion(motion.id)
        elif self.mode == "mentions" and 0 <= index < len(self.mentions):
            row = self.mentions[index]
            self.dismiss((row.doc_id, row.question))

    def open_motion(self, motion_id: str) -> None:
        try:
            self.mentions = self.library.motion(motion_id)
        except (lib.LookupFailed, lib.StoreError) as exc:
            self.notify(str(exc.args[0] if exc.args else exc), severity="warning", markup=False)
            return
        self.mode = "mentions"
        self._status(T.MOTION_TITLE.format(id=motion_id))
        results = self.query_one(ResultList)
        results.set_options(Option(present.mention_row(r)) for r in self.mentions)
        if self.mentions:
            results.highlighted = 0
        results.focus()

    @work(thread=True, exclusive=True, group="motions", exit_on_error=False)
    def filter(self, query: str) -> None:
        worker = get_current_worker()
        if not query.strip():
            ranked = sorted(self.motions, key=lambda m: (-m.mentions, m.id or ""))
        else:
            choices = [present.motion_choice_text(m) for m in self.motions]
            ranked = [self.motions[i] for i in rank_choices(query, choices, limit=50)]
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, ranked)

    def _show(self, ranked: list[lib.MotionSummary]) -> None:
        if self.mode != "find":
            return
        self.shown = ranked
        if not self.motions:
            self._status(T.MOTION_NONE_YET)
        else:
            self._status(T.result_count(len(ranked)))
        results = self.query_one(ResultList)
        results.set_options(Option(present.motion_row(m)) for m in ranked)
        if ranked:
            results.highlighted = 0

    def _status(self, text: str) -> None:
        self.query_one("#motion-status", Static).update(Content(text))

    def action_to_results(self) -> None:
        self.query_one(ResultList).focus()

    def action_back(self) -> None:
        """Escape: from the mentions back to the list, from the list out."""
        if self.mode == "mentions" and not self.start_with:
            self.mode = "find"
            self.query_one(Input).focus()
            self.filter(self.query_one(Input).value)
        else:
            self.dismiss(None)
