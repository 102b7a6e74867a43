"""The library sidebar: outlets (or stories) expandable to their articles, with a filter."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Tree

from tui.library_view import Grouping, filter_articles, group_articles, haystack
from tui.models import ArticleMeta
from tui.text_safety import inert_line


class ArticleTree(Tree[ArticleMeta | None]):
    """The tree of groups and articles, with vim keys."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("h", "cursor_parent", "Parent", show=False),
        Binding("l", "select_cursor", "Open", show=False),
    ]

    def action_scroll_home(self) -> None:
        self.cursor_line = 0

    def action_scroll_end(self) -> None:
        self.cursor_line = self.last_line


class Sidebar(Vertical):
    """Lists the library; posts :class:`Sidebar.ArticleChosen` when one is opened."""

    DEFAULT_CSS = """
    Sidebar { width: 38; min-width: 24; }
    Sidebar > Input { display: none; margin: 0 0 1 0; }
    Sidebar.-filtering > Input { display: block; }
    Sidebar > ArticleTree { height: 1fr; overflow-x: hidden; }
    """

    class ArticleChosen(Message):
        """The reader asked to open an article."""

        def __init__(self, meta: ArticleMeta) -> None:
            super().__init__()
            self.meta = meta

    grouping: reactive[Grouping] = reactive("source")
    query: reactive[str] = reactive("")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._articles: Sequence[ArticleMeta] = ()
        self._haystacks: list[str] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter: title, outlet, story…", id="filter")
        tree: ArticleTree = ArticleTree("Library", id="tree")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree

    @property
    def tree(self) -> ArticleTree:
        """The article tree."""
        return self.query_one(ArticleTree)

    def set_articles(self, articles: Sequence[ArticleMeta]) -> None:
        """Replace the listed articles (keeps grouping and filter)."""
        self._articles = articles
        self._haystacks = [haystack(meta) for meta in articles]
        self._rebuild()

    @property
    def visible_articles(self) -> list[ArticleMeta]:
        """Articles that pass the current filter."""
        return filter_articles(self._articles, self.query, self._haystacks)

    def watch_grouping(self) -> None:
        self._rebuild()

    def watch_query(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        if not self.is_mounted:
            return
        tree = self.tree
        tree.clear()
        expand = bool(self.query) or len(self._articles) <= 40
        for group in group_articles(self.visible_articles, self.grouping):
            label = Text(inert_line(group.name), style="bold")
            label.append(f"  {len(group.articles)}", style="dim")
            node = tree.root.add(label, data=None, expand=expand)
            for meta in group.articles:
                node.add_leaf(self._leaf_label(meta), data=meta)
        if not self._articles:
            tree.root.add_leaf(Text("No articles", style="dim italic"))
        elif not self.visible_articles:
            tree.root.add_leaf(Text("No match for the filter", style="dim italic"))
        self.call_after_refresh(self._cursor_to_first_article)

    def _cursor_to_first_article(self) -> None:
        tree = self.tree
        first = next((line for line in range(tree.last_line + 1) if self._leaf_at(line)), None)
        if first is not None:
            tree.cursor_line = first

    def _leaf_label(self, meta: ArticleMeta) -> Text:
        other = meta.source if self.grouping == "story" else ""
        label = Text()
        if other:
            label.append(inert_line(other), style="italic")
            label.append(" — ")
        label.append(inert_line(meta.title))
        if meta.published_label:
            label.append(f"  {meta.published_label}", style="dim")
        return label

    def open_filter(self) -> None:
        """Show the filter input and focus it."""
        self.add_class("-filtering")
        self.query_one(Input).focus()

    def close_filter(self, *, clear: bool) -> None:
        """Hide the filter input; optionally clear it. Focus returns to the tree."""
        field = self.query_one(Input)
        if clear:
            field.value = ""
        if not field.value:
            self.remove_class("-filtering")
        self.tree.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query = event.value

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.close_filter(clear=False)
        self._cursor_to_first_article()

    def _leaf_at(self, line: int) -> bool:
        node = self.tree.get_node_at_line(line)
        return node is not None and node.data is not None

    @on(Tree.NodeSelected, "#tree")
    def _node_selected(self, event: Tree.NodeSelected[ArticleMeta | None]) -> None:
        if event.node.data is not None:
            event.stop()
            self.post_message(self.ArticleChosen(event.node.data))
