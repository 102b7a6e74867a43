"""Pilot tests of the reader's feed side: refresh in the background, feed errors, no feeds.

Every feed is served by a real HTTP server on 127.0.0.1 that the test starts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import WriteFile, article_yaml
from tests.feeds_support import FeedServer, Item, Reply, Seen, paragraphs, rss
from tests.functional.helpers import tree_labels, wait_until
from tui.app.application import ParallaxApp
from tui.app.dialogs.feed_errors import FeedErrorsScreen
from tui.app.feeds.refresh_worker import FeedProgress
from tui.app.reader.article_view import ArticleView
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar
from tui.feeds.opml import Subscription
from tui.feeds.subscriptions import save_subscriptions


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def _reader(app: ParallaxApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def _messages(app: ParallaxApp) -> list[str]:
    return [notification.message for notification in app._notifications]


def _feed(title: str, outlet: str, guid: str, base: str) -> bytes:
    content = "".join(f"<p>{p}</p>" for p in paragraphs(title.split()[0], 5))
    item = Item(title, f"{base}/{guid}", guid, "Teaser.", content)
    return rss([item], title=outlet).encode()


def _two_local_articles(write: WriteFile) -> None:
    write("local/one.yaml", article_yaml("Harbour meeting tonight", "Local Herald"))
    write("local/two.yaml", article_yaml("Ferry timetable changes", "Local Herald"))


async def test_refresh_keeps_the_ui_answering_while_a_server_stalls(
    server: FeedServer, library: Path, write: WriteFile
) -> None:
    _two_local_articles(write)
    fast = server.route(
        "/fast", Reply(body=_feed("Quick pier vote", "Fast Times", "f1", "http://a.test"))
    )
    slow_body = _feed("Slow lighthouse repairs", "Slow Post", "s1", "http://b.test")
    release = threading.Event()

    def stalled(_seen: Seen) -> Reply:  # the slow server answers only when released
        release.wait(15)
        return Reply(body=slow_body)

    slow = server.route("/slow", stalled)
    save_subscriptions(library, [Subscription(fast), Subscription(slow)])
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = _reader(app)
        await wait_until(pilot, lambda: reader.scan is not None)
        tree = reader.query_one(Sidebar).article_tree
        await pilot.press("R")
        assert reader.refreshing_feeds
        # The fast feed's article shows up while the slow server still stalls.
        await wait_until(pilot, lambda: any("Quick pier vote" in t for t in tree_labels(app)))
        assert reader.refreshing_feeds, "the slow feed should still be under way"
        assert "Feeds 1/2" in str(reader.query_one(FeedProgress).render())
        before = tree.cursor_line
        await pilot.press("j")
        assert tree.cursor_line == before + 1  # keys still answered mid-refresh
        assert reader.refreshing_feeds
        release.set()
        await wait_until(pilot, lambda: not reader.refreshing_feeds, timeout=20)
        await wait_until(pilot, lambda: any("Slow lighthouse" in t for t in tree_labels(app)))
        labels = tree_labels(app)
        assert any(label.startswith("Fast Times") for label in labels)
        assert any(label.startswith("Slow Post") for label in labels)
        assert not reader.query_one(FeedProgress).has_class("-running")
        assert any("2 new articles from 2 feeds" in m for m in _messages(app))
        assert reader.scan is not None and len(reader.scan.articles) == 4


async def test_feed_errors_screen_lists_the_failing_feed(
    server: FeedServer, library: Path, write: WriteFile
) -> None:
    _two_local_articles(write)
    good = server.route(
        "/good", Reply(body=_feed("Quay repaved", "Good News", "g1", "http://g.test"))
    )
    broken = server.route("/broken", Reply(500, b"boom"))
    save_subscriptions(library, [Subscription(good), Subscription(broken, name="Broken Bugle")])
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = _reader(app)
        await wait_until(pilot, lambda: reader.scan is not None)
        await pilot.press("R")
        await wait_until(pilot, lambda: any("failed" in m for m in _messages(app)), timeout=20)
        summary = next(m for m in _messages(app) if "failed" in m)
        assert "1 new article from 1 feed" in summary
        assert "1 feed failed: Broken Bugle" in summary and "500" in summary
        assert "Press F" in summary
        await pilot.press("F")
        await wait_until(pilot, lambda: isinstance(app.screen, FeedErrorsScreen))
        dialog = app.screen
        assert isinstance(dialog, FeedErrorsScreen)
        ((name, state),) = dialog.rows
        assert name == "Broken Bugle" and state.url == broken
        assert state.failures == 1 and "500" in (state.last_error or "")
        shown = " ".join(str(w.render()) for w in dialog.query("Static"))
        assert "1 of 2 feeds failing" in shown
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_refresh_without_feeds_says_how_to_subscribe(library: Path, write: WriteFile) -> None:
    _two_local_articles(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = _reader(app)
        await wait_until(pilot, lambda: reader.scan is not None)
        await pilot.press("R")
        await pilot.pause()
        assert not reader.refreshing_feeds
        assert any("parallax feeds add URL" in m for m in _messages(app))
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)  # nothing to list: a message instead


async def test_empty_library_page_says_how_to_bring_articles_in(library: Path) -> None:
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        await pilot.pause()
        text = str(app.screen.query_one(ArticleView).query_one("#placeholder").render())
        for command in ("parallax feeds add URL", "parallax fetch", "parallax add URL"):
            assert command in text
        assert str(library) in text


async def test_palette_offers_the_feed_commands_and_runs_refresh(
    server: FeedServer, library: Path, write: WriteFile
) -> None:
    _two_local_articles(write)
    feed = _feed("Tide tables printed", "Palette Post", "p1", "http://p.test")
    save_subscriptions(library, [Subscription(server.route("/p", Reply(body=feed)))])
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = _reader(app)
        await wait_until(pilot, lambda: reader.scan is not None)
        helps = {c.title: c.help for c in app.get_system_commands(reader)}
        for title in (
            "Refresh the feeds",
            "Feed errors",
            "Mark read or unread",
            "Open in the browser",
        ):
            assert title in helps, title
        assert helps["Refresh the feeds"].startswith("Fetch every subscribed feed")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"refresh the feeds")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_until(pilot, lambda: any("Tide tables printed" in t for t in tree_labels(app)))
        assert server.hits("/p")
