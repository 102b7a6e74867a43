"""The library sidebar: outlets (or stories) expandable to their articles, with a filter.

Built for libraries of many thousands of articles: the tree is line-virtualised, filtering
uses precomputed haystacks (:class:`~tui.library.catalog.ArticleCatalog`), and a collapsed
group only creates its article nodes when it is first expanded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static, Tree
from textual.widgets.tree import TreeNode

from tui.app.commands import SIDEBAR
from tui.app.feeds.reading import Show
from tui.app.feeds.sidebar_marks import SidebarMarks
from tui.library.catalog import ArticleCatalog, Group, Grouping, StoryLabel, story_label
from tui.models import ArticleMeta
from tui.text.safety import inert_line


class ArticleTree(Tree[ArticleMeta | None]):
    """The tree of groups and articles, with vim keys."""

    BINDINGS: ClassVar[list[BindingType]] = SIDEBAR.bindings()

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(label, id=id)
        self._lazy: dict[int, tuple[Sequence[ArticleMeta], Callable[[ArticleMeta], Text]]] = {}
        self.group_names: dict[int, str] = {}
        """Group node id -> the group's name (outlet or story)."""
        self.group_keys: dict[int, str] = {}
        """Group node id -> the group's key (the story id when grouped by story)."""
        self._batching = False

    def add_group(
        self,
        name: str,
        label: Text,
        articles: Sequence[ArticleMeta],
        leaf_label: Callable[[ArticleMeta], Text],
        *,
        expand: bool,
        key: str = "",
    ) -> TreeNode[ArticleMeta | None]:
        """Add a group whose article nodes are created now if expanded, else on expand."""
        node = self.root.add(label, data=None, expand=expand)
        self.group_names[node.id] = name
        self.group_keys[node.id] = key
        if expand:
            for meta in articles:
                node.add_leaf(leaf_label(meta), data=meta)
        else:
            self._lazy[node.id] = (articles, leaf_label)
        return node

    @contextmanager
    def adding_nodes(self) -> Iterator[None]:
        """Add many nodes with one cache invalidation at the end instead of one per node."""
        self._batching = True
        try:
            yield
        finally:
            self._batching = False
            self._invalidate()

    def _invalidate(self) -> None:
        if not self._batching:
            super()._invalidate()

    def process_label(self, label: str | Text) -> Text:
        # Labels built by the sidebar are single-line Text already: skip the copy/split.
        return label if isinstance(label, Text) else super().process_label(label)

    def fill(self, node: TreeNode[ArticleMeta | None]) -> None:
        """Create a lazily added group's article nodes (no-op when already there)."""
        pending = self._lazy.pop(node.id, None)
        if pending is not None:
            articles, leaf_label = pending
            with self.adding_nodes():
                for meta in articles:
                    node.add_leaf(leaf_label(meta), data=meta)

    def clear(self) -> ArticleTree:
        self._lazy.clear()
        self.group_names.clear()
        self.group_keys.clear()
        super().clear()
        return self

    def expanded_groups(self) -> set[str]:
        """Names of the groups currently open."""
        return {
            self.group_names[node.id]
            for node in self.root.children
            if node.is_expanded and node.id in self.group_names
        }

    def _toggle_node(self, node: TreeNode[ArticleMeta | None]) -> None:
        self.fill(node)
        super()._toggle_node(node)

    def _on_tree_node_expanded(self, event: Tree.NodeExpanded[ArticleMeta | None]) -> None:
        self.fill(event.node)

    def render_label(
        self, node: TreeNode[ArticleMeta | None], base_style: Style, style: Style
    ) -> Text:
        """The node's label, cut with an ellipsis where the tree's width ends."""
        label = super().render_label(node, base_style, style)
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = self.scrollable_content_region.width - self.guide_depth * depth - 1
        if room > 1 and label.cell_len > room:
            label = label.copy()
            label.truncate(room, overflow="ellipsis")
        return label

    def action_scroll_home(self) -> None:
        self.cursor_line = 0

    def action_scroll_end(self) -> None:
        self.cursor_line = self.last_line


class Sidebar(SidebarMarks, Vertical):
    """Lists the library; posts :class:`Sidebar.ArticleChosen` when one is opened."""

    DEFAULT_CSS = """
    Sidebar { width: 38; min-width: 20; }
    Sidebar > Input { display: none; margin: 0; }
    Sidebar > #search-state { display: none; color: $text-muted; padding: 0 1; height: 1;
        text-wrap: nowrap; text-overflow: ellipsis; }
    Sidebar.-filtering > Input, Sidebar.-filtering > #search-state { display: block; }
    Sidebar > ArticleTree { height: 1fr; overflow-x: hidden; }
    """

    class ArticleChosen(Message):
        """The reader asked to open an article."""

        def __init__(self, meta: ArticleMeta) -> None:
            super().__init__()
            self.meta = meta

    class QueryChanged(Message):
        """The filter's query changed (the reader marks its words in the open article)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    grouping: reactive[Grouping] = reactive("source")
    filter_text: reactive[str] = reactive("")
    show: reactive[Show] = reactive("all")
    """Which articles are listed: all, only unread, or only starred."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._articles: Sequence[ArticleMeta] = ()
        self._stories: Mapping[Path, StoryLabel] = {}
        self._catalog = ArticleCatalog(())
        self._labels: dict[tuple[int, Grouping], tuple[ArticleMeta, object, Text]] = {}
        self.searcher: Callable[[str], frozenset[Path]] | None = None
        """Full-text search (query → matching paths), once the library's text is indexed."""
        self._search_state = "indexing text…"
        self._hits_memo: tuple[object, str, frozenset[Path]] | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search: title, outlet, text…", id="filter")
        yield Static("", id="search-state", markup=False)
        tree: ArticleTree = ArticleTree("Library", id="tree")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree

    def on_mount(self) -> None:
        # The hidden filter input must not take the first focus: keys go to the tree.
        self.query_one(Input).can_focus = False

    @property
    def article_tree(self) -> ArticleTree:
        """The article tree."""
        return self.query_one(ArticleTree)

    def set_articles(self, articles: Sequence[ArticleMeta]) -> None:
        """Replace the listed articles (keeps grouping and filter)."""
        # Carry over groups the reader opened; a small listing opened every group itself,
        # so its state says nothing (a cold start's first snapshot is small).
        carried = self.is_mounted and len(self._articles) > self.SMALL_LIBRARY
        keep = self.article_tree.expanded_groups() if carried else set()
        self._articles = articles
        self._catalog = ArticleCatalog(articles, self._stories)
        self._rebuild(keep_open=keep, keep_cursor=True)

    def set_stories(self, stories: Mapping[Path, StoryLabel]) -> None:
        """Group by these stories (path -> story id and title) from now on."""
        self._stories = stories
        self._catalog = ArticleCatalog(self._articles, stories)
        if not self.query(ArticleTree):
            return  # not composed yet, or already torn down (a late worker at exit)
        keep = self.article_tree.expanded_groups() if self.is_mounted else set()
        if self.grouping == "story":
            self._rebuild(keep_open=keep, keep_cursor=True)

    def cursor_story(self) -> str | None:
        """The story id under the tree cursor: a story group's, or an article's story."""
        tree = self.article_tree
        node = tree.cursor_node
        if node is None:
            return None
        if node.data is not None:
            label = story_label(node.data, self._stories)
            return label.id or None
        if self.grouping == "story":
            return tree.group_keys.get(node.id) or None
        return None

    @property
    def visible_articles(self) -> list[ArticleMeta]:
        """Articles that pass the current filter, in sidebar order."""
        return self._catalog.visible(self.filter_text, self.grouping, self._text_hits())

    def set_searcher(self, searcher: Callable[[str], frozenset[Path]] | None) -> None:
        """Search the articles' text too (``None``: titles and outlets only, for now)."""
        self.searcher = searcher
        self._search_state = "" if searcher is not None else "indexing text…"
        if self.filter_text:
            self._rebuild(keep_open=self.article_tree.expanded_groups())
        else:
            self._show_search_state(0)

    def set_search_state(self, state: str) -> None:
        """Say how far the text index is (shown under the search field)."""
        self._search_state = state
        self._show_search_state(None)

    def _text_hits(self) -> frozenset[Path]:
        if self.searcher is None or not self.filter_text.strip():
            return frozenset()
        memo = self._hits_memo
        if memo is None or memo[0] is not self.searcher or memo[1] != self.filter_text:
            memo = self._hits_memo = (
                self.searcher,
                self.filter_text,
                self.searcher(self.filter_text),
            )
        return memo[2]

    def _show_search_state(self, found: int | None) -> None:
        if not self.is_mounted:
            return
        line = self._search_state
        if not line and found is not None and self.filter_text.strip():
            line = f"{found:,} article{'s' if found != 1 else ''} · enter keeps · esc clears"
        self.query_one("#search-state", Static).update(line)

    def highlighted_article(self) -> ArticleMeta | None:
        """The article under the tree's cursor, or the first article of the group there."""
        node = self.article_tree.cursor_node
        if node is None:
            return None
        if node.data is not None:
            return node.data
        name = self.article_tree.group_names.get(node.id)
        groups = self._catalog.groups(self.filter_text, self.grouping, self._text_hits())
        group = next((g for g in groups if g.name == name), None)
        return group.articles[0] if group is not None and group.articles else None

    def watch_grouping(self) -> None:
        self._rebuild()

    def watch_filter_text(self) -> None:
        self._rebuild()

    SMALL_LIBRARY = 40
    """Every group starts open when the library has at most this many articles."""

    EXPAND_LIMIT = 400
    """Groups are opened up front while the articles shown so far stay under this."""

    def _rebuild(
        self, keep_open: set[str] | frozenset[str] = frozenset(), *, keep_cursor: bool = False
    ) -> None:
        if not self.is_mounted:
            return
        tree = self.article_tree
        cursor = tree.cursor_node
        cursor_path = cursor.data.path if cursor is not None and cursor.data else None
        cursor_group = tree.group_names.get(cursor.id) if cursor is not None else None
        tree.clear()
        groups = self._catalog.groups(self.filter_text, self.grouping, self._text_hits())
        groups = self.shown_groups(groups)
        self._show_search_state(sum(len(group.articles) for group in groups))
        with tree.adding_nodes():
            self._add_groups(groups, keep_open)
            if not self._articles:
                tree.root.add_leaf(Text("No articles", style="dim italic"))
            elif not groups and self.show != "all" and not self.filter_text:
                tree.root.add_leaf(Text(f"No {self.show} articles", style="dim italic"))
            elif not groups:
                tree.root.add_leaf(Text("No match for the filter", style="dim italic"))
        if cursor_path is not None and (keep_open or keep_cursor):
            self.call_after_refresh(self._cursor_to_path, cursor_path)
        elif cursor_group is not None and (keep_open or keep_cursor):
            self.call_after_refresh(self._cursor_to_group, cursor_group)
        else:
            self.call_after_refresh(self._cursor_to_first_article)

    def _add_groups(self, groups: Sequence[Group], keep_open: set[str] | frozenset[str]) -> None:
        """Add group nodes; open the small ones a filter found, the rest open on demand."""
        small = len(self._articles) <= self.SMALL_LIBRARY
        shown = 0
        tree = self.article_tree  # one query, not one per group
        for group in groups:
            label = self.heading(group)
            fits = shown + len(group.articles) <= self.EXPAND_LIMIT
            expand = small or (bool(self.filter_text) and fits) or group.name in keep_open
            shown += len(group.articles) if expand else 0
            tree.add_group(
                group.name, label, group.articles, self._leaf_label, expand=expand, key=group.key
            )

    def _cursor_to_path(self, path: object) -> None:
        tree = self.article_tree
        for line in range(tree.last_line + 1):
            node = tree.get_node_at_line(line)
            if node is not None and node.data is not None and node.data.path == path:
                tree.cursor_line = line
                return
        self._cursor_to_first_article()

    def _cursor_to_group(self, name: str) -> None:
        """Put the cursor back on the group of this name, or on the first article."""
        tree = self.article_tree
        for node in tree.root.children:
            if tree.group_names.get(node.id) == name and node.line >= 0:
                tree.cursor_line = node.line
                return
        self._cursor_to_first_article()

    def _cursor_to_first_article(self) -> None:
        tree = self.article_tree
        first = next((line for line in range(tree.last_line + 1) if self._leaf_at(line)), None)
        if first is not None:
            tree.cursor_line = first
        elif tree.last_line >= 0:
            tree.cursor_line = 0  # all groups closed: start on the first one

    def _leaf_label(self, meta: ArticleMeta) -> Text:
        key = (id(meta), self.grouping)
        marks = self.marks_of(meta)
        label = self._labels.get(key)
        if label is None or label[0] is not meta or label[1] != marks:
            label = self._labels[key] = (meta, marks, self._make_leaf_label(meta))
        return label[2]

    def _make_leaf_label(self, meta: ArticleMeta) -> Text:
        other = meta.source if self.grouping == "story" else ""
        label = Text()
        if other:
            label.append(inert_line(other), style="italic")
            label.append(" — ")
        label.append(inert_line(meta.title))
        if meta.published_label:
            label.append(f"  {meta.published_label}", style="dim")
        return self.decorate(meta, label)

    def open_filter(self) -> None:
        """Show the filter input and focus it."""
        self.add_class("-filtering")
        field = self.query_one(Input)
        field.can_focus = True
        field.focus()

    def close_filter(self, *, clear: bool) -> None:
        """Hide the filter input; optionally clear it. Focus returns to the tree."""
        field = self.query_one(Input)
        if clear:
            field.value = ""
        if not field.value:
            self.remove_class("-filtering")
            field.can_focus = False
        self.article_tree.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter_text = event.value
        self.post_message(self.QueryChanged(event.value))

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.close_filter(clear=False)
        self._cursor_to_first_article()

    def _leaf_at(self, line: int) -> bool:
        node = self.article_tree.get_node_at_line(line)
        return node is not None and node.data is not None

    @on(Tree.NodeSelected, "#tree")
    def _node_selected(self, event: Tree.NodeSelected[ArticleMeta | None]) -> None:
        if event.node.data is not None:
            event.stop()
            self.post_message(self.ArticleChosen(event.node.data))
