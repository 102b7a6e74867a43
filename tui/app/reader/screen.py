"""The reader: library sidebar, article pane and entity panel."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from tui.analysis import Analysis
from tui.analysis.entity_summary import mention_starts, next_offset
from tui.app.commands import FEEDS, READER
from tui.app.dialogs.move_story import MoveChoice, story_to_open, write_story
from tui.app.dialogs.story_picker import siblings
from tui.app.feeds.article_actions import ArticleActions
from tui.app.feeds.refresh_worker import FeedProgress, FeedRefresh
from tui.app.key_footer import KeyFooter
from tui.app.reader.article_view import EMPTY_LIBRARY, WELCOME, ArticleView
from tui.app.reader.entity_analysis import EntityAnalysis
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.search_and_quote import SearchAndQuote
from tui.app.reader.sidebar import Sidebar
from tui.library.catalog import has_compared_stories, library_label
from tui.library.loader import (
    BUNDLED_LIBRARY,
    ArticleError,
    LibraryScan,
    cached_scan,
    has_few_files,
    load_article,
    scan_library,
)
from tui.models import Article, ArticleMeta
from tui.nlp.entities import Mention
from tui.stories.assign import BACKGROUND_PAUSE, Assignment, StoryAssigner
from tui.text.safety import inert_line

SCAN_NOW_LIMIT = 40
"""Libraries with at most this many files are scanned before the first paint."""
SIDEBAR_SHARE = 0.3
"""The sidebar takes this share of the terminal's width (``[``/``]`` adjust it)..."""
SIDEBAR_MIN, SIDEBAR_MAX = 20, 72
"""...within these bounds, so the article keeps a readable column at 80 and titles get
room at 200 columns."""
SIDEBAR_STEP = 4
"""Columns one ``[`` or ``]`` press moves the sidebar's edge."""
PANEL_HIDES_SIDEBAR_BELOW = 110
"""Below this width the open entity panel takes the sidebar's place (else the article
is squeezed to a few characters per line)."""


_REPO_SAMPLE = Path(__file__).resolve().parents[3] / "articles"
"""The sample library of a source checkout (the wheel ships it as ``BUNDLED_LIBRARY``)."""


class ReaderScreen(FeedRefresh, ArticleActions, SearchAndQuote, EntityAnalysis, Screen[None]):
    """Pick an article on the left, read it on the right."""

    BINDINGS = [*READER.bindings(), *FEEDS.bindings()]

    class CompareRequested(Message):
        """The reader asked to compare ``article`` with another outlet's coverage.

        ``others``: the other articles of its story, or ``None`` while the library is not
        scanned yet; ``analysis``: the article's analysis when already done.
        """

        def __init__(
            self,
            article: Article,
            others: Sequence[ArticleMeta] | None,
            analysis: Analysis | None,
        ) -> None:
            super().__init__()
            self.article = article
            self.others = others
            self.analysis = analysis

    scan: reactive[LibraryScan | None] = reactive(None, init=False, always_update=True)

    def __init__(self, library: Path) -> None:
        super().__init__()
        self.library = library
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._early_mentions: Sequence[Mention] = ()
        self.marked_key: str | None = None
        self._cursor = -1
        self._listed: list[ArticleMeta] | None = None
        self.assignment: Assignment | None = None
        """The library's stories, once grouped (after each scan)."""
        self._assigner = StoryAssigner(library, pause=BACKGROUND_PAUSE)
        self._sidebar_steps = 0
        self._grouping_chosen = False
        self._grouped_once = False
        self.search_index = None
        self.label = library_label(library, (BUNDLED_LIBRARY, _REPO_SAMPLE))

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield self.with_marks(Sidebar(id="sidebar"))
                yield FeedProgress(id="feed-progress")
                yield Static("", id="status")
            yield ArticleView(id="article")
            yield EntityPanel(id="entities")
        yield KeyFooter()

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
        left = self.query_one("#left")
        if width > 0:
            wanted = round(width * SIDEBAR_SHARE) + SIDEBAR_STEP * self._sidebar_steps
            left.styles.width = max(SIDEBAR_MIN, min(SIDEBAR_MAX, wanted, width // 2))
        panel_open = self.query_one(EntityPanel).has_class("-open")
        left.display = not (panel_open and 0 < width < PANEL_HIDES_SIDEBAR_BELOW)

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
        self.sub_title = f"{self.label} · checking… {len(partial.articles):,} articles"

    def _set_sidebar(self, articles: list[ArticleMeta]) -> None:
        """List ``articles`` in the sidebar unless it already shows exactly these."""
        listed = self._listed
        if listed is None or len(listed) != len(articles) or set(listed) != set(articles):
            self._listed = articles
            self.load_marks(articles)
            self.query_one(Sidebar).set_articles(articles)

    def watch_scan(self, scan: LibraryScan | None) -> None:
        if scan is None:
            return
        sidebar = self.query_one(Sidebar)
        if not self._grouping_chosen:  # a comparison tool opens on its stories
            self._grouping_chosen = True
            if has_compared_stories(scan.articles):
                sidebar.grouping = "story"
        self._set_sidebar(scan.articles)
        self.sub_title = f"{self.label} · {len(scan.articles):,} articles"
        view = self.query_one(ArticleView)
        if not scan.articles:
            where = f"Library: {scan.root}" + ("" if scan.root.exists() else " (missing)")
            view.show_placeholder(f"{where}\n\n{EMPTY_LIBRARY}")
        elif self.article is None:
            view.show_placeholder(WELCOME)
        status = self.query_one("#status", Static)
        count = len(scan.problems)
        status.update(f"⚠ {count} problem{'s' if count != 1 else ''} — press p" if count else "")
        status.set_class(bool(count), "-warning")
        if self.article is None and not sidebar.has_class("-filtering"):
            sidebar.article_tree.focus()
        self.search_index = None
        sidebar.set_searcher(None)
        if scan.articles:
            self.build_search(scan.articles)

        self.assign_stories(scan)

    @on(Sidebar.QueryChanged)
    def _query_changed(self, event: Sidebar.QueryChanged) -> None:
        self.show_matches(event.query)

    @work(thread=True, exclusive=True, group="stories")
    def assign_stories(self, scan: LibraryScan) -> None:
        """Group the scanned library into stories (cached inputs; new files only added)."""
        progress = partial(self.app.call_from_thread, self._grouping_progress)
        try:
            assignment = self._assigner.update(scan, progress)
        except Exception as error:  # the reader still works without stories
            message = f"Story grouping failed: {type(error).__name__}"
            self.app.call_from_thread(self.notify, message, severity="error")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._apply_assignment, assignment)

    def _grouping_progress(self, done: int, total: int) -> None:
        self.sub_title = f"{self.label} · grouping stories… {done:,}/{total:,}"

    def _apply_assignment(self, assignment: Assignment) -> None:
        self.assignment = assignment
        sidebar = self.query_one(Sidebar)
        labels = assignment.labels()
        if self.scan is not None:
            self.sub_title = f"{self.label} · {len(self.scan.articles):,} articles"
            if not self._grouped_once and has_compared_stories(self.scan.articles, labels):
                sidebar.grouping = "story"  # computed stories with several outlets
        self._grouped_once = True
        sidebar.set_stories(labels)

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
        self.analysis, self._early_mentions = None, ()
        self.marked_key = None
        self._cursor = -1
        view = self.query_one(ArticleView)
        view.show_article(article)
        view.body.marked_key = None
        view.body.focus()
        self.article_opened(article)
        self.show_query_matches()
        self.analyse_article(article)

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
        self._grouping_chosen = True
        sidebar = self.query_one(Sidebar)
        sidebar.grouping = "story" if sidebar.grouping == "source" else "source"
        self.notify(f"Grouped by {'story' if sidebar.grouping == 'story' else 'outlet'}")

    def action_sidebar_width(self, direction: int) -> None:
        """Move the sidebar's edge by :data:`SIDEBAR_STEP` columns."""
        self._sidebar_steps += direction
        self._fit()

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
        if view.body.search_spans and self.marked_key is None:  # a search is on: its matches
            starts = [start for start, _end in view.body.search_spans]
            target = next_offset(starts, self._cursor, forward=forward)
            if target is not None:
                self._cursor = target
                view.body.current_offset = target
                view.body.scroll_to_offset(target)
            return
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
        if self.article is not None:
            others = self._story_siblings(self.article)
            self.post_message(self.CompareRequested(self.article, others, self.analysis))
            return
        meta = self.query_one(Sidebar).highlighted_article()
        if meta is None:
            self.notify("Highlight an article or a story first, then press c", severity="warning")
            return
        self.compare_unopened(meta)

    @work(thread=True, exclusive=True, group="compare")
    def compare_unopened(self, meta: ArticleMeta) -> None:
        """Load the highlighted article off the UI thread and ask for its comparison."""
        try:
            article = load_article(meta.path)
        except ArticleError as error:
            message = inert_line(str(error))
            self.app.call_from_thread(
                self.notify, message, title="Cannot compare", severity="error", markup=False
            )
            return
        if not get_current_worker().is_cancelled:
            others = self._story_siblings(article)
            self.app.call_from_thread(
                self.post_message, self.CompareRequested(article, others, None)
            )

    def _story_siblings(self, article: Article) -> list[ArticleMeta] | None:
        """The other articles of ``article``'s story (None while stories are grouped)."""
        if self.assignment is None:
            return None
        story = self.assignment.story(article.path)
        return siblings(article, story.articles if story is not None else ())

    def action_story_view(self) -> None:
        from tui.app.story.screen import StoryScreen

        sidebar = self.query_one(Sidebar)
        focused = sidebar.article_tree.has_focus
        found = story_to_open(
            self.assignment, self.article, sidebar.cursor_story(), sidebar_focused=focused
        )
        if isinstance(found, str):
            self.notify(found, severity="warning")
        else:
            self.app.push_screen(StoryScreen(found, library=self.library))

    def action_move_story(self) -> None:
        from tui.app.dialogs.move_story import MoveStoryScreen, move_choices

        article = self.article
        if article is None or self.assignment is None:
            why = "Open an article first, then press m" if article is None else "Still grouping…"
            self.notify(why, severity="warning")
            return
        current = self.assignment.story(article.path)
        choices = move_choices(article, current, self.assignment.stories)
        name = current.title if current is not None else "no story yet"
        self.app.push_screen(
            MoveStoryScreen(article, name, choices), lambda c: self._move(article, c)
        )

    def _move(self, article: Article, choice: MoveChoice | None) -> None:
        """Write the chosen ``story:`` field, then reload so the grouping follows."""
        if choice is None:
            return
        error = write_story(article, choice)
        if error is not None:
            self.notify(error, severity="error", markup=False)
            return
        self.notify(inert_line(f"Moved: {choice.words}"), markup=False, timeout=4)
        if self.article is article:
            with contextlib.suppress(ArticleError):
                self.article = load_article(article.path)
        self.load_library()

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
