"""The Textual app: theme, global keys, the command palette, start-up and import workers.

Kept small on purpose: reading state lives in ``screens/main.py``, display shaping in
``present.py``. What lives here is what spans screens: opening the finder and search, importing
in a worker with a progress bar, refreshing from disk, and remembering the position.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.theme import Theme
from textual.widgets import ProgressBar

from ..store import library as lib
from . import text as T
from .screens.main import MainScreen
from .state import load_state, save_state, state_path

# A calm theme: low-saturation blue/green accents readable on light and dark backgrounds; on
# 16-colour terminals Textual maps it onto the nearest ANSI colours.
CALM = Theme(
    name="kamerboek",
    primary="#5E81AC",
    secondary="#81A1C1",
    accent="#88C0D0",
    warning="#D08770",
    error="#BF616A",
    success="#A3BE8C",
    foreground="#D8DEE9",
    background="#1F232A",
    surface="#272C35",
    panel="#2E3440",
    dark=True,
)

# Palette entries: (action as run on the app, label key in text.ACTION).
PALETTE = [
    ("screen.prev_question", "prev_question"),
    ("screen.next_question", "next_question"),
    ("screen.follow", "follow"),
    ("screen.back", "back"),
    ("screen.toggle_unanswered", "toggle_unanswered"),
    ("screen.toggle_deferred", "toggle_deferred"),
    ("screen.toggle_document", "toggle_document"),
    ("screen.cycle_group", "cycle_group"),
    ("screen.date_range", "date_range"),
    ("screen.next_result", "next_result"),
    ("screen.prev_result", "prev_result"),
    ("motions", "motions"),
    ("search", "search"),
    ("import", "import"),
    ("refresh", "refresh"),
    ("help", "help"),
    ("change_theme", "theme"),
    ("quit", "quit"),
]


class ActionsProvider(Provider):
    """Every explorer action in the command palette, matched on its Dutch name."""

    def _entries(self) -> Iterable[tuple[str, str, str]]:
        help_by_action = {action: what for _, action, what in T.KEYS if action}
        for action, label_key in PALETTE:
            label = T.ACTION[label_key]
            yield action, label, help_by_action.get(action.removeprefix("screen."), "")

    async def discover(self) -> Hits:
        for action, label, help_text in self._entries():
            yield DiscoveryHit(Content(label), partial(self.app.run_action, action), label, help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for action, label, help_text in self._entries():
            score = matcher.match(label)
            if score > 0:
                # build the highlight ourselves: Matcher.highlight would parse markup
                yield Hit(score, Content(label), partial(self.app.run_action, action), label, help_text)


class KamerboekApp(App[int]):
    TITLE = T.APP_TITLE
    CSS_PATH = "styles/app.tcss"
    COMMANDS = App.COMMANDS | {ActionsProvider}

    BINDINGS = [
        Binding("q", "quit", T.ACTION["quit"]),
        Binding("question_mark,f1", "help", T.ACTION["help"], key_display="?"),
        Binding("m", "motions", T.ACTION["motions"]),
        Binding("slash", "search", T.ACTION["search"], key_display="/"),
        Binding("i", "import", T.ACTION["import"], show=False),
        Binding("R,ctrl+r", "refresh", T.ACTION["refresh"], show=False),
    ]

    def __init__(self, library: lib.Library, theme: str = "kamerboek") -> None:
        super().__init__()
        self.library = library
        self.state_file = state_path(library.path)
        self.register_theme(CALM)
        self.theme = theme
        self.main = MainScreen(library)

    async def on_mount(self) -> None:
        await self.push_screen(self.main)
        saved = load_state(self.state_file)
        position = (saved["doc"], saved["question"]) if saved else None
        if self.library.is_empty():
            self.notify(T.IMPORTING_SAMPLES, markup=False)
            self.run_import(None)
            return
        self.main.reload(position)
        try:
            refresh_samples = self.library.outdated_samples()
            others = [d for d in self.library.outdated() if d.source not in self._sample_names()]
        except lib.StoreError:
            return  # (main.reload has said what is wrong with the store)
        if refresh_samples:
            self.notify(T.REFRESHING_SAMPLES, markup=False)
            self.run_import(None)
        if others:
            self.notify(T.OUTDATED.format(n=len(others)), severity="warning", markup=False)

    @staticmethod
    def _sample_names() -> set[str]:
        return {p.name for p in lib.sample_paths()}

    def save_position(self, doc_id: str, number: int) -> None:
        save_state(self.state_file, doc_id, number)

    # ---- screens ---------------------------------------------------------------------------

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search(self) -> None:
        from .screens.search import SearchScreen

        def done(choice: object) -> None:
            if choice is not None:
                self.main.show_results(choice)  # type: ignore[arg-type]

        if self.screen is self.main:
            self.push_screen(SearchScreen(self.library), done)

    def action_motions(self) -> None:
        if self.screen is self.main:
            self.open_motions(None)

    def open_motions(self, motion_id: str | None) -> None:
        from .screens.motions import MotionScreen

        def done(target: tuple[str, int] | None) -> None:
            if target is not None:
                self.main.open_question(*target)

        self.push_screen(MotionScreen(self.library, motion_id), done)

    # ---- import and refresh ------------------------------------------------------------

    def action_import(self) -> None:
        from .screens.prompt import Prompt

        def done(text: str | None) -> None:
            if text and text.strip():
                path = Path(text.strip()).expanduser()
                self.notify(T.IMPORT_STARTED.format(path=path), markup=False)
                self.run_import(path)

        if self.screen is self.main:
            self.push_screen(Prompt(T.IMPORT_PROMPT), done)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def run_import(self, path: Path | None) -> None:
        """Import in a thread; progress and the outcome come back through call_from_thread."""
        bar = self.main.query_one("#import-progress", ProgressBar)

        def progress(i: int, n: int, _path: Path) -> None:
            self.call_from_thread(self._progress, bar, i, n)

        try:
            if path is None:
                report = self.library.import_samples(progress=progress)
            elif not path.exists():
                self.call_from_thread(
                    self.notify, T.IMPORT_NOTHING.format(path=path), severity="warning", markup=False
                )
                return
            else:
                report = self.library.import_paths([path], progress=progress)
        except (lib.StoreError, OSError) as exc:
            self.call_from_thread(
                self.notify, T.IMPORT_ERROR.format(reason=exc), severity="error", markup=False
            )
            return
        finally:
            self.call_from_thread(self._progress, bar, 0, 0)
        self.call_from_thread(self._imported, report, path)

    def _progress(self, bar: ProgressBar, i: int, n: int) -> None:
        bar.display = n > 0
        if n:
            bar.update(total=n, progress=i)

    def _imported(self, report: lib.ImportReport, path: Path | None) -> None:
        for failed, reason in report.failed:
            self.notify(
                T.IMPORT_FAILED_FILE.format(path=failed, reason=reason), severity="warning", markup=False
            )
        if path is not None:
            if not (report.added or report.unchanged or report.failed):
                self.notify(T.IMPORT_NOTHING.format(path=path), severity="warning", markup=False)
            else:
                self.notify(
                    T.import_summary(report),
                    markup=False,
                )
        position = None
        if path is None:
            saved = load_state(self.state_file)
            position = (saved["doc"], saved["question"]) if saved else None
        self.main.reload(position)

    def action_refresh(self) -> None:
        try:
            changed = self.library.refresh()
        except lib.StoreError as exc:
            self.notify(T.STORE_PROBLEM.format(reason=exc), severity="error", markup=False)
            return
        if changed:
            self.main.reload()
        self.notify(T.REFRESHED if changed else T.NOT_CHANGED, markup=False)

    def action_quit(self) -> None:  # type: ignore[override]
        self.exit(0)


def run_app(library: lib.Library) -> int:
    """Run the explorer on an opened library; the exit status for the command line."""
    result = KamerboekApp(library).run()
    return int(result or 0)
