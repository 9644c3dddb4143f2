"""The navigator: documents → sections → questions, as a Tree.

It holds no store access: the screen hands it view models (``Text`` labels and plain keys) and
it reports what the user points at with messages. Document children are filled on demand
(``NeedDocument``) so a thousand documents cost a thousand rows, not a hundred thousand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from .. import text as T


@dataclass(frozen=True, slots=True)
class NavKey:
    """What a row stands for: a group, a document, a section or one question."""

    kind: str  # "group" | "doc" | "section" | "question"
    doc_id: str = ""
    number: int = 0
    name: str = ""


class Navigator(Tree[NavKey]):
    """Keyboard-first tree; j/k, g/G, Enter; reports highlights and choices upward."""

    BINDINGS = [
        Binding("j", "cursor_down", T.ACTION["next_question"], show=False),
        Binding("k", "cursor_up", T.ACTION["prev_question"], show=False),
        Binding("g,home", "screen.first", T.ACTION["first"], show=False),
        Binding("G,end", "screen.last", T.ACTION["last"], show=False),
    ]

    class NeedDocument(Message):
        """A document row was expanded and has no children yet."""

        def __init__(self, doc_id: str) -> None:
            super().__init__()
            self.doc_id = doc_id

    class QuestionPointed(Message):
        """The cursor rests on a question (preview) or Enter chose it (``chosen``)."""

        def __init__(self, doc_id: str, number: int, chosen: bool) -> None:
            super().__init__()
            self.doc_id, self.number, self.chosen = doc_id, number, chosen

    def __init__(self, **kwargs: object) -> None:
        super().__init__(Text(T.NAV_TITLE), **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self._docs: dict[str, TreeNode[NavKey]] = {}
        self._questions: dict[tuple[str, int], TreeNode[NavKey]] = {}

    # ---- filling (called by the screen)

    def show_documents(self, groups: Sequence[tuple[Text | None, Iterable[tuple[str, Text]]]]) -> None:
        """Replace everything: groups (label or None for no grouping) of (doc id, label)."""
        self.clear()
        self._docs.clear()
        self._questions.clear()
        for label, docs in groups:
            parent = self.root
            if label is not None:
                parent = self.root.add(label, NavKey("group", name=label.plain), expand=True)
            for doc_id, doc_label in docs:
                self._docs[doc_id] = parent.add(doc_label, NavKey("doc", doc_id), allow_expand=True)

    def show_questions(
        self, doc_id: str, sections: Sequence[tuple[Text | None, Sequence[tuple[int, Text]]]]
    ) -> None:
        """Fill one document: sections (label or None) with their (number, label) questions."""
        node = self._docs.get(doc_id)
        if node is None:
            return
        node.remove_children()
        for key in [k for k in self._questions if k[0] == doc_id]:
            del self._questions[key]
        if not any(qs for _, qs in sections):
            node.add_leaf(Text(T.NAV_EMPTY, style="dim italic"), NavKey("empty", doc_id))
        for label, questions in sections:
            parent = node
            if label is not None:
                parent = node.add(label, NavKey("section", doc_id, name=label.plain), expand=True)
            for number, q_label in questions:
                leaf = parent.add_leaf(q_label, NavKey("question", doc_id, number))
                self._questions[(doc_id, number)] = leaf
        node.expand()

    def has_questions(self, doc_id: str) -> bool:
        return any(k[0] == doc_id for k in self._questions)

    def expand_document(self, doc_id: str) -> None:
        node = self._docs.get(doc_id)
        if node is not None:
            node.expand()
            if not self.has_questions(doc_id):
                self.post_message(self.NeedDocument(doc_id))

    def select_question(self, doc_id: str, number: int) -> bool:
        """Put the cursor on a question (already filled); False when it is filtered out."""
        node = self._questions.get((doc_id, number))
        if node is None:
            return False
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        # lines are laid out on the next refresh; a freshly added node has no line yet
        self.call_after_refresh(self._move_to, node)
        return True

    def _move_to(self, node: TreeNode[NavKey]) -> None:
        self.move_cursor(node, animate=False)
        if node.line >= 0:
            self.scroll_to_line(node.line, animate=False)

    def question_order(self, doc_id: str) -> list[int]:
        """Question numbers of a document as shown (after filters), top to bottom."""
        return [n for (d, n) in self._questions if d == doc_id]

    @property
    def current(self) -> NavKey | None:
        node = self.cursor_node
        return node.data if node is not None else None

    # ---- events → messages

    def _on_tree_node_expanded(self, event: Tree.NodeExpanded[NavKey]) -> None:
        data = event.node.data
        if data and data.kind == "doc" and not event.node.children:
            self.post_message(self.NeedDocument(data.doc_id))

    def _on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NavKey]) -> None:
        data = event.node.data
        if data and data.kind == "question":
            self.post_message(self.QuestionPointed(data.doc_id, data.number, chosen=False))

    def _on_tree_node_selected(self, event: Tree.NodeSelected[NavKey]) -> None:
        data = event.node.data
        if data and data.kind == "question":
            self.post_message(self.QuestionPointed(data.doc_id, data.number, chosen=True))
