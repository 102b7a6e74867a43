"""The reader's full-text search (index built in a worker, matches marked in the article)
and ``y`` (copy the current sentence with its attribution): a mixin of ReaderScreen."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from tui.app.reader.article_view import ArticleView
from tui.app.reader.sidebar import Sidebar
from tui.library.search import SearchIndex, match_spans
from tui.library.search_worker import index_in_child
from tui.models import Article, ArticleMeta
from tui.text.safety import inert_line

if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[None]
else:
    _Base = object


class SearchAndQuote(_Base):
    """Search the library's text; copy a sentence. Expects ``article`` and ``_cursor``."""

    article: Article | None
    library: Path
    _cursor: int
    search_index: SearchIndex | None

    # -- full-text search ---------------------------------------------------------

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def build_search(self, articles: list[ArticleMeta]) -> None:
        """Index every article's text in a child process (this thread only waits for it,
        so typing stays quick); the search field then searches the text too."""
        worker = get_current_worker()
        index = index_in_child(articles, cancelled=lambda: worker.is_cancelled)
        if index is not None and not worker.is_cancelled:
            with contextlib.suppress(RuntimeError):  # the app is shutting down
                self.app.call_from_thread(self._search_ready, index)

    def _search_ready(self, index: SearchIndex) -> None:
        self.search_index = index
        self.query_one(Sidebar).set_searcher(index.matching_paths)

    def show_matches(self, query: str) -> None:
        """Mark ``query``'s words in the open article (``n``/``N`` then move between them)."""
        view = self.query_one(ArticleView)
        if view.article is None:
            return
        spans = match_spans(view.article.body, query) if query else []
        view.body.set_search(spans)
        self._cursor = -1
        view.body.current_offset = -1

    def show_query_matches(self) -> None:
        """On opening an article while a search is on: mark its matches, go to the first."""
        query = self.query_one(Sidebar).filter_text
        if not query:
            return
        view = self.query_one(ArticleView)
        self.show_matches(query)
        found = len(view.body.search_spans)
        if found:
            view.body.current_offset = view.body.search_spans[0][0]
            self._cursor = view.body.search_spans[0][0]
            self.call_after_refresh(view.body.scroll_to_offset, self._cursor)
            plural = "es" if found != 1 else ""
            self.notify(inert_line(f"{found} match{plural} for “{query}”: n / N"), markup=False)

    def action_copy_sentence(self) -> None:
        """Copy the sentence at the top of the view (or at the ``n``/``N`` cursor) with
        its attribution."""
        from tui.analysis.quote import quote_at

        view = self.query_one(ArticleView)
        if self.article is None:
            self.notify("Open an article first, then press y", severity="warning")
            return
        body = view.body
        offset = self._cursor if self._cursor >= 0 and body.offset_in_view(self._cursor) else -1
        if offset < 0:
            offset = body.top_offset()
        quote = quote_at(self.article, max(0, offset))
        if quote is None:
            self.notify("Nothing to copy here", severity="warning")
            return
        self.app.copy_to_clipboard(quote.text)
        shown = quote.sentence if len(quote.sentence) <= 80 else quote.sentence[:79] + "…"
        self.notify(inert_line(f"“{shown}” — {quote.attribution}"), title="Copied", markup=False)
