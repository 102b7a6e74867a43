"""Refresh every feed from the reader, in a background thread.

Progress (feeds done / total) shows under the sidebar; each feed's new articles are
merged into the listing as they land (batched to a few redraws a second); a summary
notification ends it, and ``F`` lists the feeds that failed. The network work is
:func:`tui.feeds.refresh.refresh_all`; this module only carries it to the screen.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Static
from textual.worker import Worker, get_current_worker

from tui.feeds.refresh import FeedResult, RefreshOptions, RefreshReport, feed_status, refresh_all
from tui.feeds.subscriptions import SubscriptionError, load_subscriptions
from tui.feeds.summary import refresh_summary
from tui.library.loader import ArticleError, LibraryScan, load_article
from tui.models import ArticleMeta
from tui.text.safety import inert_line

if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[None]
else:
    _Base = object

MERGE_EVERY = 0.3
"""Seconds between sidebar updates while feeds bring articles in."""

NO_FEEDS = (
    "No feeds to refresh. Subscribe from a terminal with: parallax feeds add URL "
    "(a feed or a site's page), then press R."
)


class FeedProgress(Static):
    """One line under the sidebar while feeds refresh: ``Feeds 3/10 · 5 new``."""

    DEFAULT_CSS = """
    FeedProgress { display: none; height: 1; color: $text-muted; }
    FeedProgress.-running { display: block; }
    """


class FeedRefresh(_Base):
    """Mixin for the reader: ``R`` refreshes the feeds, ``F`` lists feed errors.

    The screen provides ``library``, ``scan`` and ``load_library``.
    """

    library: Path
    scan: LibraryScan | None
    feed_options: RefreshOptions | None = None
    """Limits for the refresh (None: the defaults); tests shrink them."""

    _feed_worker: Worker[None] | None = None
    _feed_cancel: threading.Event | None = None
    _landed: list[ArticleMeta]
    _merge_timer_set = False

    if TYPE_CHECKING:

        def load_library(self) -> object: ...  # provided by the screen

    @property
    def refreshing_feeds(self) -> bool:
        """True while a refresh runs."""
        return self._feed_worker is not None and self._feed_worker.is_running

    def action_refresh_feeds(self) -> None:
        """Refresh every subscription of the library in the background."""
        if self.refreshing_feeds:
            self.notify("Feeds are already refreshing", severity="warning")
            return
        try:
            subs = load_subscriptions(self.library)
        except SubscriptionError as error:
            self.notify(
                inert_line(str(error)), title="Cannot refresh", severity="error", markup=False
            )
            return
        if not subs:
            self.notify(NO_FEEDS, title="No feeds", severity="warning", markup=False)
            return
        self._landed = []
        self._feed_cancel = threading.Event()
        self._show_feed_progress(0, len(subs), 0)
        self._feed_worker = self._refresh_feeds(self._feed_cancel)

    def on_unmount(self) -> None:
        self.stop_feed_refresh()

    def stop_feed_refresh(self) -> None:
        """End a refresh under way (on leaving the app): what was written stays."""
        if self._feed_cancel is not None:
            self._feed_cancel.set()

    @work(thread=True, exclusive=True, group="feeds", exit_on_error=False)
    def _refresh_feeds(self, cancel: threading.Event) -> None:
        worker = get_current_worker()
        new = 0

        def progress(done: int, total: int, result: FeedResult) -> None:
            nonlocal new
            new += result.new
            metas = []
            for path in result.articles:
                with contextlib.suppress(ArticleError):
                    metas.append(load_article(path).meta)
            if worker.is_cancelled:
                cancel.set()
                return
            self._from_thread(self._feed_landed, done, total, new, metas)

        try:
            report = refresh_all(self.library, progress, options=self.feed_options, cancel=cancel)
        except SubscriptionError as error:
            self._from_thread(self._feeds_failed, str(error))
            return
        except Exception as error:  # a fault must end in a message, not a dead app
            self._from_thread(self._feeds_failed, f"refresh failed: {error!r}"[:200])
            return
        if not worker.is_cancelled:
            self._from_thread(self._feeds_finished, report, cancel.is_set())

    def _from_thread(self, callback: object, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the app is shutting down
            self.app.call_from_thread(callback, *args)  # type: ignore[arg-type]

    def _show_feed_progress(self, done: int, total: int, new: int) -> None:
        bar = self.query_one(FeedProgress)
        bar.add_class("-running")
        bar.update(f"⟳ Feeds {done}/{total} · {new} new")

    def _feed_landed(self, done: int, total: int, new: int, metas: list[ArticleMeta]) -> None:
        """UI thread: one more feed is done; queue its articles for the sidebar."""
        self._show_feed_progress(done, total, new)
        if metas:
            self._landed.extend(metas)
            if not self._merge_timer_set:
                self._merge_timer_set = True
                self.set_timer(MERGE_EVERY, self._merge_landed)

    def _merge_landed(self) -> None:
        """Add the articles that landed since the last merge to the listing."""
        self._merge_timer_set = False
        landed, self._landed = self._landed, []
        scan = self.scan
        if not landed or scan is None:
            return
        known = {meta.path for meta in scan.articles}
        fresh = [meta for meta in landed if meta.path not in known]
        if fresh:
            self.scan = LibraryScan(scan.root, [*scan.articles, *fresh], list(scan.problems))

    def _feeds_finished(self, report: RefreshReport, cancelled: bool) -> None:
        self._merge_landed()
        self.query_one(FeedProgress).remove_class("-running")
        failed = bool(report.failed)
        self.notify(
            refresh_summary(report, cancelled=cancelled),
            title="Feeds refreshed" if not failed else "Feeds refreshed, some failed",
            severity="warning" if failed else "information",
            markup=False,
            timeout=12 if failed else 6,
        )
        if report.articles:
            self.load_library()  # the full scan confirms the merge and checks the new files

    def _feeds_failed(self, message: str) -> None:
        self.query_one(FeedProgress).remove_class("-running")
        self.notify(inert_line(message), title="Cannot refresh", severity="error", markup=False)

    def action_feed_errors(self) -> None:
        """List the feeds whose last fetch failed."""
        from tui.app.dialogs.feed_errors import FeedErrorsScreen

        try:
            status = feed_status(self.library)
        except SubscriptionError as error:
            self.notify(
                inert_line(str(error)), title="Cannot read feeds", severity="error", markup=False
            )
            return
        if not status:
            self.notify(NO_FEEDS, title="No feeds", severity="warning", markup=False)
            return
        self.app.push_screen(FeedErrorsScreen(status))
