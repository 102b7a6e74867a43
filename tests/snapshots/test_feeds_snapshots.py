"""Snapshots of the reader's feed side: the feed errors dialog, marks in the sidebar."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.snapshots.conftest import first_article_open, library_loaded
from tui.app.application import ParallaxApp
from tui.app.dialogs.feed_errors import FeedErrorsScreen
from tui.feeds.opml import Subscription
from tui.feeds.store import FeedState

SIZE = (100, 30)

STATUS = [
    (Subscription("http://ok.test/feed"), FeedState("http://ok.test/feed", "Fine Feed")),
    (
        Subscription("http://broken.test/rss", name="Broken Bugle"),
        FeedState(
            "http://broken.test/rss", last_error="HTTP 500 Internal Server Error", failures=3
        ),
    ),
    (
        Subscription("http://slow.test/atom"),
        FeedState(
            "http://slow.test/atom",
            "Slow [b]Post[/b]",
            last_error="timed out after 20 s reading http://slow.test/atom",
            failures=1,
        ),
    ),
]


def test_feed_errors_dialog(snap_compare, app: ParallaxApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await library_loaded(pilot)
        await pilot.app.push_screen(FeedErrorsScreen(STATUS))
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_sidebar_marks_read_and_starred(snap_compare, app: ParallaxApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await first_article_open(pilot, highlighted=False)  # read now: dimmed, count drops
        await pilot.press("s")  # and starred
        await pilot.pause(0.1)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
