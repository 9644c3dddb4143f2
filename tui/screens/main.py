"""The explorer's main screen: navigator on the left, question and answer side by side.

This screen owns the reading state (current question, filters, grouping, history, search
results) and is the only place that asks the library for documents; widgets get view models
from ``present.py`` and tell the screen what the user wants through messages.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from ...store import library as lib
from ...store.model import Document, Question
from .. import present
from .. import text as T
from ..widgets.navigator import Navigator
from ..widgets.reader import ReadingPane

if TYPE_CHECKING:
    from .search import SearchChoice

GROUPS = ("geen", "dossier", "vergaderjaar", "commissie")
AUTO_GROUP_AT = 25  # more documents than this and the navigator starts grouped by dossier


class MainScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    BINDINGS = [
        Binding("left_square_bracket", "prev_question", T.ACTION["prev_question"], key_display="["),
        Binding("right_square_bracket", "next_question", T.ACTION["next_question"], key_display="]"),
        Binding("r", "follow", T.ACTION["follow"]),
        Binding("backspace", "back", T.ACTION["back"], show=False),
        Binding("u", "toggle_unanswered", T.ACTION["toggle_unanswered"]),
        Binding("d", "toggle_deferred", T.ACTION["toggle_deferred"], show=False),
        Binding("f", "toggle_document", T.ACTION["toggle_document"], show=False),
        Binding("o", "cycle_group", T.ACTION["cycle_group"], show=False),
        Binding("t", "date_range", T.ACTION["date_range"], show=False),
        Binding("n", "next_result", T.ACTION["next_result"]),
        Binding("N", "prev_result", T.ACTION["prev_result"], show=False),
        Binding("escape", "focus_nav", T.ACTION["focus_nav"], show=False),
    ]

    def __init__(self, library: lib.Library) -> None:
        super().__init__()
        self.library = library
        self.summaries: list[lib.DocumentSummary] = []
        self.current: tuple[str, int] | None = None
        self.history: list[tuple[str, int]] = []
        self.unanswered_only = False
        self.deferred_only = False
        self.only_doc: str | None = None
        self.dates: tuple[str, str] | None = None
        self.group = "geen"
        self.group_chosen = False
        self.results: list[tuple[str, int]] = []
        self.result_pos = -1

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="nav-box"):
                yield Static(Content(""), id="filter-bar")
                yield Navigator(id="nav")
            with Container(id="reader"):
                yield ReadingPane(id="question")
                yield ReadingPane(id="answer")
        yield ProgressBar(id="import-progress", show_eta=False)
        yield Footer()

    @property
    def nav(self) -> Navigator:
        return self.query_one(Navigator)

    # ---- loading --------------------------------------------------------------------------

    def reload(self, position: tuple[str, int] | None = None) -> None:
        """Read the catalogue and rebuild the navigator; keep (or restore) the position."""
        try:
            self.summaries = self.library.documents()
        except lib.StoreError as exc:
            self.notify(T.STORE_PROBLEM.format(reason=exc), severity="error", markup=False)
            self.summaries = []
        if not self.group_chosen:
            self.group = "dossier" if len(self.summaries) > AUTO_GROUP_AT else "geen"
        self._rebuild(position or self.current)

    def _visible_docs(self) -> list[lib.DocumentSummary]:
        docs = [d for d in self.summaries if present.in_range(d, self.dates)]
        if self.only_doc:
            docs = [d for d in docs if d.id == self.only_doc]
        if self.unanswered_only:
            docs = [d for d in docs if d.counts.get("unanswered")]
        if self.deferred_only:
            docs = [d for d in docs if d.counts.get("deferred")]
        return docs

    def _rebuild(self, position: tuple[str, int] | None) -> None:
        docs = self._visible_docs()
        if self.group == "geen":
            groups: list[tuple[Text | None, list[tuple[str, Text]]]] = [
                (None, [(d.id, present.doc_label(d)) for d in docs])
            ]
        else:
            buckets: dict[str, list[lib.DocumentSummary]] = defaultdict(list)
            for d in docs:
                buckets[present.group_key(d, self.group)].append(d)
            groups = [
                (present.group_label(k, len(v)), [(d.id, present.doc_label(d)) for d in v])
                for k, v in sorted(buckets.items(), reverse=self.group == "vergaderjaar")
            ]
        self.nav.show_documents(groups)
        self._show_filter_bar()
        target = position if position and any(d.id == position[0] for d in docs) else None
        if target is None and docs:
            first = self._document(docs[0].id)
            shown = self._filtered(first.questions) if first else ()
            target = (docs[0].id, shown[0].number) if shown else None
            if target is None and first is not None:
                self._fill(first.id)
        if target:
            self.open_question(*target, record=False)

    def _show_filter_bar(self) -> None:
        filters = []
        if self.unanswered_only:
            filters.append(T.FILTER_LABEL["unanswered"])
        if self.deferred_only:
            filters.append(T.FILTER_LABEL["deferred"])
        if self.only_doc:
            filters.append(T.FILTER_DOC)
        if self.dates:
            filters.append(T.FILTER_DATES.format(start=self.dates[0], end=self.dates[1][:10]))
        self.query_one("#filter-bar", Static).update(present.filter_bar(filters, self.group))

    def _document(self, doc_id: str) -> Document | None:
        try:
            return self.library.document(doc_id)
        except (KeyError, lib.StoreError) as exc:
            self.notify(T.STORE_PROBLEM.format(reason=exc), severity="error", markup=False)
            return None

    def _filtered(self, questions: tuple[Question, ...]) -> tuple[Question, ...]:
        if self.unanswered_only:
            questions = tuple(q for q in questions if q.status == "unanswered")
        if self.deferred_only:
            questions = tuple(q for q in questions if q.status == "deferred")
        return questions

    def _fill(self, doc_id: str) -> None:
        """Give a document's row its sections and (filtered) questions."""
        doc = self._document(doc_id)
        if doc is None:
            return
        sections: dict[str | None, list[tuple[int, Text]]] = {}
        for q in self._filtered(doc.questions):
            sections.setdefault(q.section, []).append((q.number, present.question_label(q)))
        use_sections = len(sections) > 1 or (sections and None not in sections)
        rows = [
            (present.section_label(name) if use_sections else None, qs)
            for name, qs in sections.items()
        ]
        self.nav.show_questions(doc_id, rows or [(None, [])])

    # ---- showing a question ------------------------------------------------------------

    def open_question(self, doc_id: str, number: int, record: bool = True) -> bool:
        """Show a question in both panes and put the navigator's cursor on it."""
        try:
            q = self.library.question(doc_id, number)
        except (lib.LookupFailed, KeyError, lib.StoreError) as exc:
            self.notify(str(exc.args[0] if exc.args else exc), severity="warning", markup=False)
            return False
        if record and self.current and self.current != (doc_id, number):
            self.history.append(self.current)
        self.current = (doc_id, number)
        if not self.nav.has_questions(doc_id):
            self._fill(doc_id)
        self.nav.select_question(doc_id, number)
        title = next((d.display_title for d in self.summaries if d.id == doc_id), "")
        self.query_one("#question", ReadingPane).show(present.question_pane(title, q))
        self.query_one("#answer", ReadingPane).show(present.answer_pane(q))
        self.app.save_position(doc_id, number)  # type: ignore[attr-defined]
        return True

    def current_question(self) -> Question | None:
        if not self.current:
            return None
        try:
            return self.library.question(*self.current)
        except (lib.LookupFailed, KeyError, lib.StoreError):
            return None

    # ---- messages from the navigator ---------------------------------------------------

    def on_navigator_need_document(self, message: Navigator.NeedDocument) -> None:
        self._fill(message.doc_id)

    def on_navigator_question_pointed(self, message: Navigator.QuestionPointed) -> None:
        if (message.doc_id, message.number) != self.current:
            self.open_question(message.doc_id, message.number, record=message.chosen)
        if message.chosen:
            self.query_one("#answer", ReadingPane).focus()

    # ---- actions -----------------------------------------------------------------------

    def _step(self, delta: int) -> None:
        if not self.current:
            return
        doc_id, number = self.current
        order = self.nav.question_order(doc_id)
        if number not in order:
            doc = self._document(doc_id)
            order = [q.number for q in self._filtered(doc.questions)] if doc else []
        if number in order:
            i = order.index(number) + delta
        else:
            i = 0 if delta > 0 else len(order) - 1
        if 0 <= i < len(order):
            self.open_question(doc_id, order[i], record=False)
        else:
            self.notify(T.NO_MORE_QUESTIONS, markup=False)

    def action_prev_question(self) -> None:
        self._step(-1)

    def action_next_question(self) -> None:
        self._step(+1)

    def action_back(self) -> None:
        if not self.history:
            self.notify(T.HISTORY_EMPTY, markup=False)
            return
        self.open_question(*self.history.pop(), record=False)

    def action_follow(self) -> None:
        """Follow "zie het antwoord op vraag N", else a motion, else a stored Kamerstuk."""
        q = self.current_question()
        if q is None or self.current is None:
            return
        if q.refers_to:
            self.open_question(self.current[0], q.refers_to[0])
            return
        if q.motion_ids:
            self.app.open_motions(q.motion_ids[0])  # type: ignore[attr-defined]
            return
        for ref in q.kamerstuk_ids:
            doc = next((d for d in self.summaries if ref in d.kamerstuk_ids), None)
            if doc is not None:
                first = self._document(doc.id)
                if first and first.questions:
                    self.open_question(doc.id, first.questions[0].number)
                    return
        if q.kamerstuk_ids:
            self.notify(T.REF_NOT_STORED.format(id=q.kamerstuk_ids[0]), markup=False)
        else:
            self.notify(T.NO_REFERENCE, markup=False)

    def _refilter(self) -> None:
        self._rebuild(self.current)

    def action_toggle_unanswered(self) -> None:
        self.unanswered_only = not self.unanswered_only
        if self.unanswered_only:
            self.deferred_only = False
        self._refilter()

    def action_toggle_deferred(self) -> None:
        self.deferred_only = not self.deferred_only
        if self.deferred_only:
            self.unanswered_only = False
        self._refilter()

    def action_toggle_document(self) -> None:
        key = self.nav.current
        doc_id = key.doc_id if key and key.doc_id else (self.current[0] if self.current else None)
        self.only_doc = None if self.only_doc else doc_id
        self._refilter()

    def action_cycle_group(self) -> None:
        self.group = GROUPS[(GROUPS.index(self.group) + 1) % len(GROUPS)]
        self.group_chosen = True
        self._refilter()
        self.notify(T.GROUPED_BY.format(group=T.GROUP_LABEL[self.group]), markup=False)

    def action_date_range(self) -> None:
        from .prompt import Prompt

        current = f"{self.dates[0]} {self.dates[1][:10]}" if self.dates else ""

        def done(text: str | None) -> None:
            if text is None:
                return
            try:
                self.dates = present.parse_dates(text)
            except ValueError:
                self.notify(T.DATE_INVALID.format(text=text), severity="warning", markup=False)
                return
            self._refilter()

        self.app.push_screen(Prompt(T.DATE_PROMPT, current), done)

    def show_results(self, choice: SearchChoice) -> None:
        self.results, self.result_pos = list(choice.hits), choice.index
        self._open_result()

    def _open_result(self) -> None:
        doc_id, number = self.results[self.result_pos]
        if self.open_question(doc_id, number):
            self.notify(
                T.RESULT_POS.format(i=self.result_pos + 1, n=len(self.results)), markup=False, timeout=1.5
            )

    def _result_step(self, delta: int) -> None:
        if not self.results:
            self.notify(T.NO_SEARCH, markup=False)
            return
        self.result_pos = (self.result_pos + delta) % len(self.results)
        self._open_result()

    def action_next_result(self) -> None:
        self._result_step(+1)

    def action_prev_result(self) -> None:
        self._result_step(-1)

    def action_focus_nav(self) -> None:
        self.nav.focus()

    def action_first(self) -> None:
        """g in the navigator: the first question of the first document shown."""
        self._jump(0)

    def action_last(self) -> None:
        """G in the navigator: the last question of the last document shown."""
        self._jump(-1)

    def _jump(self, end: int) -> None:
        docs = self._visible_docs()
        if self.group != "geen":
            keyed = [(present.group_key(d, self.group), i, d) for i, d in enumerate(docs)]
            docs = [d for _, _, d in sorted(keyed, key=lambda t: t[0], reverse=self.group == "vergaderjaar")]
        for d in docs[::-1] if end else docs:
            doc = self._document(d.id)
            shown = self._filtered(doc.questions) if doc else ()
            if shown:
                self.open_question(d.id, shown[end].number)
                return
