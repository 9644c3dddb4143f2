"""Every key, in Dutch, from the one table in ``text.KEYS`` (so help never drifts from code)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from .. import text as T


def help_content() -> Content:
    width = max(len(k) for k, _, _ in T.KEYS) + 2
    lines = [Content.assemble((T.HELP_TITLE, "bold"), "\n")]
    for keys, _, what in T.KEYS:
        lines.append(Content.assemble((keys.ljust(width), "bold $text-accent"), what))
    lines.append(Content.assemble("\n", (T.HELP_CLOSE, "italic")))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,q", "close", T.ACTION["close"]),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(), id="help-text")

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_down() if direction == "down" else box.scroll_up()

    def action_close(self) -> None:
        self.dismiss(None)
