"""The reader: library sidebar, article pane and entity panel."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import get_current_worker

from tui.analysis.entity_summary import EntityEntry, mention_starts, next_offset, summarise
from tui.app.reader.article_body import Highlight
from tui.app.reader.article_view import EMPTY_LIBRARY, ArticleView
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.sidebar import Sidebar
from tui.library.loader import (
    ArticleError,
    LibraryScan,
    cached_scan,
    has_few_files,
    load_article,
    scan_library,
)
from tui.models import Article, ArticleMeta
from tui.text.safety import inert_line

SCAN_NOW_LIMIT = 40
"""Libraries with at most this many files are scanned before the first paint."""
NARROW_BELOW = 80
"""Below this width the sidebar gets narrower, so the article keeps a readable column."""
PANEL_HIDES_SIDEBAR_BELOW = 110
"""Below this width the open entity panel takes the sidebar's place (else the article
is squeezed to a few characters per line)."""


class ReaderScreen(Screen[None]):
    """Pick an article on the left, read it on the right."""

    BINDINGS = [
        Binding("slash", "filter", "Filter"),
        Binding("escape", "escape", "Clear", show=False),
        Binding("v", "toggle_grouping", "Outlets/stories"),
        Binding("c", "compare", "Compare"),
        Binding("e", "toggle_entities", "Entities"),
        Binding("h", "toggle_highlight", "Highlight", show=False),
        Binding("t", "toggle_tags", "Label tags", show=False),
        Binding("L", "choose_labels", "Choose labels", show=False),
        Binding("n", "next_mention", "Next mention", show=False),
        Binding("N", "previous_mention", "Previous mention", show=False),
        Binding("p", "problems", "Problems", show=False),
        Binding("r", "reload", "Reload library", show=False),
    ]

    class CompareRequested(Message):
        """The reader asked to compare ``article`` with another outlet's coverage."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    scan: reactive[LibraryScan | None] = reactive(None, init=False, always_update=True)

    def __init__(self, library: Path) -> None:
        super().__init__()
        self.library = library
        self.article: Article | None = None
        self.mentions: list[Any] = []
        self.marked_key: str | None = None
        self._cursor = -1
        self._listed: list[ArticleMeta] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield Sidebar(id="sidebar")
                yield Static("", id="status")
            yield ArticleView(id="article")
            yield EntityPanel(id="entities")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._fit()
        self.query_one(ArticleView).show_placeholder("Loading the library…")
        # A small library is scanned at once, so its first frame already lists it.
        if has_few_files(self.library, SCAN_NOW_LIMIT):
            self.scan = scan_library(self.library)
            return
        # Otherwise paint what the index remembers; the scan below checks and corrects it.
        cached = cached_scan(self.library)
        if cached is not None and cached.articles:
            self._show_partial(cached)
            self.call_after_refresh(self.load_library)  # let the first frame out first
        else:
            self.load_library()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Share the width: a narrower sidebar on small screens, and no sidebar while the
        entity panel is open on a screen too narrow for all three panes."""
        width = self.size.width
        self.set_class(0 < width < NARROW_BELOW, "-narrow")
        panel_open = self.query_one(EntityPanel).has_class("-open")
        self.query_one("#left").display = not (panel_open and 0 < width < PANEL_HIDES_SIDEBAR_BELOW)

    # -- library ------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="library")
    def load_library(self) -> None:
        """Scan the library off the UI thread through the metadata index.

        Unchanged files come from the cache; on a cold start the sidebar fills in as
        articles arrive (snapshots every quarter second).
        """
        worker = get_current_worker()

        def progress(partial: LibraryScan) -> None:
            if not worker.is_cancelled:
                with contextlib.suppress(RuntimeError):  # the app is shutting down
                    self.app.call_from_thread(self._show_partial, partial)

        scan = scan_library(self.library, on_progress=progress)
        if not worker.is_cancelled:
            self.app.call_from_thread(setattr, self, "scan", scan)

    def _show_partial(self, partial: LibraryScan) -> None:
        """Show the articles found so far while the scan goes on."""
        self._set_sidebar(partial.articles)
        self.sub_title = f"checking… {len(partial.articles)} articles · {partial.root}"

    def _set_sidebar(self, articles: list[ArticleMeta]) -> None:
        """List ``articles`` in the sidebar unless it already shows exactly these."""
        listed = self._listed
        if listed is None or len(listed) != len(articles) or set(listed) != set(articles):
            self._listed = articles
            self.query_one(Sidebar).set_articles(articles)

    def watch_scan(self, scan: LibraryScan | None) -> None:
        if scan is None:
            return
        sidebar = self.query_one(Sidebar)
        self._set_sidebar(scan.articles)
        self.sub_title = f"{len(scan.articles)} articles · {scan.root}"
        view = self.query_one(ArticleView)
        if not scan.articles:
            where = f"Library: {scan.root}" + ("" if scan.root.exists() else " (missing)")
            view.show_placeholder(f"{where}\n\n{EMPTY_LIBRARY}")
        elif self.article is None:
            view.show_placeholder("Pick an article in the sidebar (↑/↓ or j/k, then enter).")
        status = self.query_one("#status", Static)
        count = len(scan.problems)
        status.update(f"⚠ {count} problem{'s' if count != 1 else ''} — press p" if count else "")
        status.set_class(bool(count), "-warning")
        if self.article is None and not sidebar.has_class("-filtering"):
            sidebar.article_tree.focus()

    # -- opening an article -------------------------------------------------------

    @on(Sidebar.ArticleChosen)
    def _article_chosen(self, event: Sidebar.ArticleChosen) -> None:
        self.open_article(event.meta)

    def open_article(self, meta: ArticleMeta) -> None:
        """Load and show ``meta``'s article; entities follow from a worker."""
        try:
            article = load_article(meta.path)
        except ArticleError as error:
            message = inert_line(str(error))  # names a file: never markup, never raw
            self.notify(message, title="Cannot open article", severity="error", markup=False)
            return
        self.article = article
        self.mentions = []
        self.marked_key = None
        self._cursor = -1
        view = self.query_one(ArticleView)
        view.show_article(article)
        view.body.marked_key = None
        view.body.focus()
        self.find_entities(article)

    @work(thread=True, exclusive=True, group="entities")
    def find_entities(self, article: Article) -> None:
        """Recognise entities off the UI thread and apply them when done.

        A long article first gets the highlights of its opening part (recognised in a
        fraction of the time), then those of the whole text replace them.
        """
        worker = get_current_worker()
        try:
            from tui.nlp.entities.recogniser import recognise

            head = _opening_part(article.body)
            if head is not None:
                early = recognise(head, article.entities)
                if worker.is_cancelled:
                    return
                self.app.call_from_thread(self._apply_entities, article, *_prepared(early))
            mentions = recognise(article.body, article.entities)
        except Exception as error:  # keep reading even if the recogniser fails
            message = f"Entity recognition failed: {type(error).__name__}"
            self.app.call_from_thread(self.notify, message, severity="error")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._apply_entities, article, *_prepared(mentions))

    def _apply_entities(
        self,
        article: Article,
        mentions: list[Any],
        highlights: list[Highlight],
        summary: dict[str, list[EntityEntry]],
    ) -> None:
        if article is not self.article:
            return
        self.mentions = mentions
        self.query_one(ArticleView).set_highlights(highlights)
        self.query_one(EntityPanel).show_entities(summary)

    # -- actions ------------------------------------------------------------------

    def action_filter(self) -> None:
        if not self.query_one("#left").display:  # the entity panel stands in for it
            self.query_one(EntityPanel).remove_class("-open")
            self._fit()
        self.query_one(Sidebar).open_filter()

    def action_escape(self) -> None:
        sidebar = self.query_one(Sidebar)
        if sidebar.has_class("-filtering"):
            sidebar.close_filter(clear=True)
        elif self.marked_key is not None:
            self._mark(None)

    def action_toggle_grouping(self) -> None:
        sidebar = self.query_one(Sidebar)
        sidebar.grouping = "story" if sidebar.grouping == "source" else "source"
        self.notify(f"Grouped by {'story' if sidebar.grouping == 'story' else 'outlet'}")

    def action_toggle_entities(self) -> None:
        panel = self.query_one(EntityPanel)
        panel.toggle_class("-open")
        self._fit()
        if panel.has_class("-open"):
            panel.query_one("#entity-list").focus()
        elif self.focused is None or panel in self.focused.ancestors:
            view = self.query_one(ArticleView)  # focus leaves the closed panel for the text
            (
                view.body if view.article is not None else self.query_one(Sidebar).article_tree
            ).focus()

    def action_toggle_highlight(self) -> None:
        view = self.query_one(ArticleView)
        view.body.highlighting = not view.body.highlighting
        view.refresh_legend()

    def action_toggle_tags(self) -> None:
        view = self.query_one(ArticleView)
        view.body.tags = not view.body.tags
        view.refresh_legend()

    def action_choose_labels(self) -> None:
        from tui.app.dialogs.labels import LabelFilterScreen

        view = self.query_one(ArticleView)

        def chosen(labels: frozenset[str] | None) -> None:
            if labels is not None:
                view.enabled_labels = labels

        self.app.push_screen(LabelFilterScreen(view.enabled_labels), chosen)

    def action_next_mention(self) -> None:
        self._jump(forward=True)

    def action_previous_mention(self) -> None:
        self._jump(forward=False)

    def _jump(self, *, forward: bool) -> None:
        view = self.query_one(ArticleView)
        enabled = view.enabled_labels
        visible = [m for m in self.mentions if m.label in enabled]
        target = next_offset(
            mention_starts(visible, self.marked_key), self._cursor, forward=forward
        )
        if target is None:
            if self.article is None:
                why = "Open an article first, then press n / N"
            elif not self.mentions:
                why = "No entities found in this article (yet)"
            elif not visible:
                why = "Every label is switched off: press L to choose labels"
            else:
                why = "No mentions to jump to"
            self.notify(why, severity="warning")
            return
        self._cursor = target
        view.body.current_offset = target
        view.body.scroll_to_offset(target)

    def action_problems(self) -> None:
        from tui.app.dialogs.problems import ProblemsScreen

        problems = self.scan.problems if self.scan else []
        self.app.push_screen(ProblemsScreen(problems))

    def action_reload(self) -> None:
        self.notify("Reloading the library…")
        self.load_library()

    def action_compare(self) -> None:
        if self.article is None:
            self.notify("Open an article first, then press c", severity="warning")
            return
        self.post_message(self.CompareRequested(self.article))

    @on(EntityPanel.EntitySelected)
    def _entity_selected(self, event: EntityPanel.EntitySelected) -> None:
        self._mark(event.key)
        self._jump(forward=True)

    def _mark(self, key: str | None) -> None:
        self.marked_key = key
        self._cursor = -1
        body = self.query_one(ArticleView).body
        body.marked_key = key
        body.current_offset = -1


EARLY_PART = 40_000
"""Characters of a long article recognised first, so its opening is highlighted quickly."""


def _opening_part(body: str) -> str | None:
    """The first :data:`EARLY_PART` characters of a long body, cut at a paragraph break;
    None when the body is short enough to recognise whole at once."""
    if len(body) <= 2 * EARLY_PART:
        return None
    cut = body.find("\n\n", EARLY_PART)
    return body[:cut] if cut > 0 else None


def _prepared(
    mentions: list[Any],
) -> tuple[list[Any], list[Highlight], dict[str, list[EntityEntry]]]:
    """What the UI needs from ``mentions``, built off the UI thread."""
    highlights = [Highlight(m.start, m.end, m.label, m.key) for m in mentions]
    return mentions, highlights, summarise(mentions)
