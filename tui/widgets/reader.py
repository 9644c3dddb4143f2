"""A reading pane: header, prose that wraps at word boundaries, tables that never wrap.

Shows a ``PaneView`` from ``present.py``; it never sees a store record. Each pane scrolls on its
own, so reading a long answer never moves the question or the navigator.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import HorizontalScroll, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from .. import text as T
from ..present import PaneView


class TableScroll(HorizontalScroll, can_focus=False):
    """A table scrolls sideways (mouse, shift+wheel) instead of wrapping; not a Tab stop."""


class ReadingPane(VerticalScroll, can_focus=True):
    """Scrollable text; j/k and arrows scroll, g/G jump to the top or the end."""

    BINDINGS = [
        Binding("j", "scroll_down", show=False),
        Binding("k", "scroll_up", show=False),
        Binding("g", "scroll_home", T.ACTION["first"], show=False),
        Binding("G", "scroll_end", T.ACTION["last"], show=False),
    ]

    DEFAULT_CSS = """
    ReadingPane { padding: 0 1; }
    ReadingPane > .pane-header { margin-bottom: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    ReadingPane > .prose { margin-bottom: 1; }
    ReadingPane > TableScroll { height: auto; margin-bottom: 1; }
    ReadingPane .table { width: auto; text-wrap: nowrap; text-overflow: clip; }
    ReadingPane > .pane-footer { color: $text-muted; border-top: solid $foreground 20%; }
    """

    def on_mount(self) -> None:
        self.border_title = Content(T.PANE_EMPTY)

    def show(self, view: PaneView) -> None:
        """Replace the pane's content and scroll back to the top."""
        self.border_title = view.title
        self.remove_children()
        widgets = []
        if view.header.plain:
            widgets.append(Static(view.header, classes="pane-header"))
        for block in view.blocks:
            if block.kind == "table":
                widgets.append(
                    TableScroll(Static(block.content, classes="table"))
                )
            else:
                widgets.append(Static(block.content, classes="prose"))
        if view.footer is not None:
            widgets.append(Static(view.footer, classes="pane-footer"))
        self.mount_all(widgets)
        self.scroll_home(animate=False)

    @property
    def shown_text(self) -> str:
        """All text in the pane, as plain characters (what the user reads)."""
        parts = []
        for w in self.query(Static):
            c = w.content
            parts.append(c.plain if isinstance(c, Content) else str(c))
        return "\n".join(parts)
