"""A one-line question (import path, date range) as a modal that returns the typed text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from .. import text as T


class Prompt(ModalScreen[str | None]):
    """Enter returns the text, Escape returns None."""

    BINDINGS = [Binding("escape", "cancel", T.ACTION["close"])]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question, self.value = question, value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Static(self.question, markup=False)
            yield Input(value=self.value, id="prompt-input")
            yield Static(T.PROMPT_HINT, markup=False, classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
