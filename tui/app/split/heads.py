"""The split view's column heads: outlet, date and title, wrapped to the head's width."""

from __future__ import annotations

from textual.widgets import Static

from tui.app.split.text import column_heading
from tui.models import Article, ArticleMeta


class ColumnHead(Static):
    """One column's head; the title is re-wrapped when the head's width changes, so a URL
    in it breaks at ``/`` rather than mid-word (Textual folds long words by cells)."""

    def __init__(self, article: Article | ArticleMeta | None, *, id: str) -> None:
        super().__init__(column_heading(article) if article else "", classes="head", id=id)
        self.article = article

    def show(self, article: Article | ArticleMeta) -> None:
        """Head the column with ``article``."""
        self.article = article
        self._wrap()

    def on_resize(self) -> None:
        self._wrap()

    def _wrap(self) -> None:
        if self.article is not None:
            self.update(column_heading(self.article, self.content_size.width))
