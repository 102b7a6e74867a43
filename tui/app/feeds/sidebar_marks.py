"""The sidebar's share of read/starred marks: filtered groups, decorated titles, redraws.

A mixin for :class:`tui.app.reader.sidebar.Sidebar`, kept here so the sidebar file holds
the listing itself; the sidebar declares the ``show`` reactive whose watcher this provides.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text

from tui.app.feeds.reading import (
    ReadingMarks,
    Show,
    filter_groups,
    group_label,
    leaf_style,
    mark_glyph,
)
from tui.feeds.readstate import Marks
from tui.library.catalog import Group, Grouping
from tui.models import ArticleMeta

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


class SidebarMarks(_Base):
    """Marks in the sidebar: ``★`` before starred titles, read ones dimmed, unread counts
    in group headings, and the ``show`` filter (all, unread, starred)."""

    marks: ReadingMarks | None = None
    """Read/starred marks, when the reader keeps them (set before mounting)."""
    _group_articles: dict[str, Sequence[ArticleMeta]] = {}

    if TYPE_CHECKING:
        show: Show
        grouping: Grouping
        article_tree: Any

        def _rebuild(self, keep_open: set[str], *, keep_cursor: bool = False) -> None: ...
        def _leaf_label(self, meta: ArticleMeta) -> Text: ...

    def watch_show(self) -> None:
        self.refresh_marks()

    def refresh_marks(self) -> None:
        """Rebuild after marks changed or arrived (open groups and the cursor kept)."""
        self._rebuild(keep_open=self.article_tree.expanded_groups(), keep_cursor=True)

    def marks_of(self, meta: ArticleMeta) -> Marks | None:
        """The cached marks of ``meta`` (None when not known yet or not kept)."""
        return self.marks.cached(meta) if self.marks is not None else None

    def shown_groups(self, groups: Sequence[Group]) -> list[Group]:
        """``groups`` cut to what the show filter lets through; remembered for redraws."""
        shown = filter_groups(groups, self.marks, self.show)
        self._group_articles = {group.name: group.articles for group in shown}
        return shown

    def heading(self, group: Group) -> Text:
        """A group's heading: name, article count (a story: outlet count), unread count."""
        if self.grouping != "story":
            return group_label(group.name, group.articles, self.marks)
        room = max(20, (self.size.width or 38) - 6)  # the outlet count must stay visible
        return group_label(group.name, group.articles, self.marks, outlets=group.outlets, room=room)

    def decorate(self, meta: ArticleMeta, title: Text) -> Text:
        """``title`` (the rest of the leaf label) with the article's marks shown."""
        marks = self.marks_of(meta)
        label = mark_glyph(marks)
        label.append_text(title)
        style = leaf_style(marks)
        if style:
            label.stylize(style)
        return label

    def update_marks(self, path: object) -> None:
        """Redraw the article at ``path`` and its group's unread count after a mark changed
        (in place: the article stays listed until the next rebuild, even when filtered)."""
        tree = self.article_tree
        for line in range(tree.last_line + 1):
            node = tree.get_node_at_line(line)
            if node is None or node.data is None or node.data.path != path:
                continue
            node.set_label(self._leaf_label(node.data))
            group = node.parent
            if group is not None and group.id in tree.group_names:
                name = tree.group_names[group.id]
                articles = self._group_articles.get(name, ())
                group.set_label(self.heading(Group(name, tuple(articles))))
