"""refresh_all against a real local server: full text, conditional GET, dedup, failures."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import article_yaml
from tests.feeds_support import FeedServer, Item, Reply, Seen, article_page, paragraphs, rss
from tui.feeds.http import Limits
from tui.feeds.opml import Subscription
from tui.feeds.refresh import FeedResult, RefreshOptions, feed_status, refresh_all
from tui.feeds.store import FeedStore
from tui.feeds.subscriptions import save_subscriptions
from tui.library.loader import load_article, scan_library

FAST = RefreshOptions(limits=Limits(connect_timeout=2, read_timeout=2, deadline=2), workers=8)
BOILERPLATE = ("menu", "cookie", "Related", "beaches", "gulls", "Copyright", "Home")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def _subscribe(library: Path, *urls: str) -> None:
    save_subscriptions(library, [Subscription(url) for url in urls])


def _refresh(library: Path, options: RefreshOptions = FAST) -> list[FeedResult]:
    return refresh_all(library, options=options).results


def _files(library: Path) -> list[Path]:
    return sorted(p for p in library.rglob("*.yaml"))


def _assert_clean(library: Path) -> None:
    scan = scan_library(library, index=False)
    assert scan.problems == []


def test_summary_only_items_get_the_page_text_without_boilerplate(
    server: FeedServer, library: Path
) -> None:
    paras = paragraphs("Pier")
    server.route("/pier", Reply(body=article_page("Council votes on the pier", paras)))
    feed = rss([Item("Council votes on the pier", server.url("/pier"), "g-1", "Short teaser.")])
    _subscribe(library, server.route("/feed", Reply(body=feed.encode())))
    (result,) = _refresh(library)
    assert (result.status, result.new, result.title) == ("ok", 1, "The Gazette")
    (path,) = result.articles
    assert path.parent.name == "the-gazette"
    assert path.name == "2025-03-04-council-votes-on-the-pier.yaml"
    article = load_article(path)
    assert article.body.strip().split("\n\n") == paras
    assert not any(word in article.body for word in BOILERPLATE)
    assert article.extra["extraction"] == "full-text"
    assert article.url == server.url("/pier") and article.author == "Ann Writer"
    assert "fetched" in article.extra
    _assert_clean(library)


def test_page_that_fails_keeps_the_summary_and_says_so(server: FeedServer, library: Path) -> None:
    feed = rss([Item("Gone page", server.url("/missing"), "g-1", "<p>The summary text.</p>")])
    _subscribe(library, server.route("/feed", Reply(body=feed.encode())))
    (result,) = _refresh(library)
    article = load_article(result.articles[0])
    assert article.body == "The summary text.\n"
    assert article.extra["extraction"] == "summary-only"
    assert any("summary only" in note and "404" in note for note in result.notes)


def test_page_time_budget_keeps_summaries(server: FeedServer, library: Path) -> None:
    server.route("/pier", Reply(body=article_page("Pier", paragraphs("Pier"))))
    feed = rss([Item("Pier", server.url("/pier"), "g-1", "<p>Teaser only.</p>")])
    _subscribe(library, server.route("/feed", Reply(body=feed.encode())))
    options = RefreshOptions(limits=FAST.limits, page_budget=-1)
    (result,) = _refresh(library, options)
    assert load_article(result.articles[0]).extra["extraction"] == "summary-only"
    assert result.notes == ("summary only (page time budget of -1 s spent): Pier",)
    assert server.hits("/pier") == []


def test_full_content_in_the_feed_needs_no_page(server: FeedServer, library: Path) -> None:
    content = "".join(f"<p>{p}</p>" for p in paragraphs("Quay", 6))
    feed = rss([Item("Quay works", server.url("/quay"), "q-1", "Teaser.", content)])
    _subscribe(library, server.route("/feed", Reply(body=feed.encode())))
    (result,) = _refresh(library)
    assert load_article(result.articles[0]).body.startswith("Quay paragraph 1:")
    assert server.hits("/quay") == []


def test_conditional_get_answers_304_and_writes_nothing_twice(
    server: FeedServer, library: Path
) -> None:
    feed = rss([Item(f"Story {n}", server.url(f"/s{n}"), f"g{n}", "Teaser.") for n in range(3)])

    def conditional(seen: Seen) -> Reply:
        if seen.headers.get("if-none-match") == '"v1"':
            assert seen.headers.get("if-modified-since") == "Tue, 04 Mar 2025 10:00:00 GMT"
            return Reply(304)
        headers = {"ETag": '"v1"', "Last-Modified": "Tue, 04 Mar 2025 10:00:00 GMT"}
        return Reply(body=feed.encode(), headers=headers)

    _subscribe(library, server.route("/feed", conditional))
    first = _refresh(library, RefreshOptions(limits=FAST.limits, full_text=False))
    assert first[0].new == 3
    second = _refresh(library)
    assert second[0].status == "not-modified" and second[0].new == 0
    assert "if-none-match" not in server.hits("/feed")[0].headers
    assert server.hits("/feed")[1].headers["if-none-match"] == '"v1"'
    assert len(_files(library)) == 3


def test_missing_and_changing_guids_do_not_duplicate(server: FeedServer, library: Path) -> None:
    options = RefreshOptions(limits=FAST.limits, full_text=False)
    items = [
        Item("No guid at all", server.url("/a?utm_source=rss")),
        Item("Guid that changes", server.url("/b"), "guid-1"),
        Item("Neither guid nor link", None, None, "Only text here."),
    ]
    server.route("/feed", Reply(body=rss(items).encode()))
    _subscribe(library, server.url("/feed"))
    assert _refresh(library, options)[0].new == 3
    items[0].link = server.url("/a?utm_source=other#comments")
    items[1].guid = "guid-2-renumbered"
    server.route("/feed", Reply(body=rss(items).encode()))
    again = _refresh(library, options)[0]
    assert (again.status, again.new) == ("ok", 0)
    assert len(_files(library)) == 3
    _assert_clean(library)


def test_same_article_in_two_feeds_and_already_in_library(
    server: FeedServer, library: Path, write: object
) -> None:
    shared = Item("Shared story", server.url("/shared"), "s-1", "<p>Same words.</p>")
    local = Item("Hand written", server.url("/local"), "l-1", "<p>Mine.</p>")
    server.route("/world", Reply(body=rss([shared, local], "World").encode()))
    server.route("/top", Reply(body=rss([shared], "Top").encode()))
    (library / "mine.yaml").write_text(
        article_yaml("Hand written", "Me", url=server.url("/local")), encoding="utf-8"
    )
    _subscribe(library, server.url("/world"), server.url("/top"))
    results = _refresh(library, RefreshOptions(limits=FAST.limits, full_text=False))
    assert sum(result.new for result in results) == 1
    assert len(_files(library)) == 2
    _assert_clean(library)


def test_failing_feed_is_backed_off_and_others_still_saved(
    server: FeedServer, library: Path
) -> None:
    good = rss([Item("Fine", server.url("/fine"), "f-1", "<p>Fine text.</p>")])
    server.route("/good", Reply(body=good.encode()))
    server.route("/bad", Reply(500, b"boom"))
    _subscribe(library, server.url("/good"), server.url("/bad"))
    options = RefreshOptions(limits=FAST.limits, full_text=False)
    calls: list[tuple[int, int, str]] = []
    report = refresh_all(library, lambda d, t, r: calls.append((d, t, r.status)), options=options)
    assert sorted(status for _d, _t, status in calls) == ["failed", "ok"]
    assert [(d, t) for d, t, _s in calls] == [(1, 2), (2, 2)]
    assert len(report.articles) == 1 and report.failed[0].error == "HTTP 500 Internal Server Error"
    _refresh(library, options)  # second failure: now backed off
    hits = len(server.hits("/bad"))
    third = {r.url: r for r in _refresh(library, options)}[server.url("/bad")]
    assert third.status == "failed" and "backing off" in (third.error or "")
    assert "HTTP 500" in (third.error or "")
    assert len(server.hits("/bad")) == hits  # no request while backed off
    store = FeedStore.open(library)
    state = store.feed(server.url("/bad"))
    store.close()
    assert state.failures == 2 and state.last_error == "HTTP 500 Internal Server Error"


def test_429_retry_after_is_respected(server: FeedServer, library: Path) -> None:
    server.route("/busy", Reply(429, headers={"Retry-After": "3600"}))
    _subscribe(library, server.url("/busy"))
    assert _refresh(library)[0].error == "HTTP 429 Too Many Requests"
    again = _refresh(library)[0]
    assert "backing off" in (again.error or "") and len(server.hits("/busy")) == 1
    forced = _refresh(library, RefreshOptions(limits=FAST.limits, force=True))[0]
    assert forced.error == "HTTP 429 Too Many Requests" and len(server.hits("/busy")) == 2


def test_redirected_feed_records_final_url(server: FeedServer, library: Path) -> None:
    feed = rss([Item("Moved", server.url("/m"), "m-1", "<p>Moved text.</p>")])
    server.route("/old", Reply(301, headers={"Location": "/new"}))
    server.route("/new", Reply(body=feed.encode()))
    _subscribe(library, server.url("/old"))
    assert _refresh(library, RefreshOptions(limits=FAST.limits, full_text=False))[0].new == 1
    store = FeedStore.open(library)
    assert store.feed(server.url("/old")).final_url == server.url("/new")
    store.close()


def test_slow_feed_does_not_hold_up_the_others(server: FeedServer, library: Path) -> None:
    quick = rss([Item("Quick", server.url("/q"), "q", "<p>Quick text.</p>")])
    server.route("/quick", Reply(body=quick.encode()))
    server.route("/drip", Reply(body=(b" " for _ in range(10_000)), chunk_delay=0.05))
    _subscribe(library, server.url("/drip"), server.url("/quick"))
    options = RefreshOptions(limits=Limits(deadline=1.0), full_text=False)
    started = time.monotonic()
    results = {r.url: r for r in _refresh(library, options)}
    assert time.monotonic() - started < 3
    assert results[server.url("/quick")].new == 1
    assert "took longer than 1 s" in (results[server.url("/drip")].error or "")


def test_huge_feed(server: FeedServer, library: Path) -> None:
    items = [
        Item(f"Item number {n}", server.url(f"/i{n}"), f"i{n}", f"<p>Text {n}.</p>")
        for n in range(1000)
    ]
    server.route("/huge", Reply(body=rss(items).encode()))
    _subscribe(library, server.url("/huge"))
    options = RefreshOptions(  # durable=False: no fsync per file (writer tests cover it)
        limits=Limits(deadline=10), full_text=False, max_items=2000, durable=False
    )
    assert _refresh(library, options)[0].new == 1000
    assert len(_files(library)) == 1000


def test_hostile_titles_and_bodies_are_stored_inert(server: FeedServer, library: Path) -> None:
    title = (
        "[bold red]Breaking[/] \x1b[31mred\x1b[0m "
        "\x1b]8;;http://evil.test\x07click\x1b]8;;\x07 \u202eabc"
    )
    body = (
        "<p>[link=http://evil.test]x[/link] \x1b[2J cleared</p>"
        "<script>alert(1)</script>\u2066iso\u2069"
    )
    item = Item(title, server.url("/h"), "h-1", body)
    feed = rss([item]).replace("\x1b", "&#27;").replace("\x07", "&#7;")
    server.route("/feed", Reply(body=feed.encode()))
    _subscribe(library, server.url("/feed"))
    (result,) = _refresh(library, RefreshOptions(limits=FAST.limits, full_text=False))
    raw = result.articles[0].read_text(encoding="utf-8")
    for bad in ("\x1b", "\x07", "\u202e", "\u2066", "alert(1)"):
        assert bad not in raw
    article = load_article(result.articles[0])
    assert article.title.startswith("[bold red]Breaking[/] red click")
    assert "[link=http://evil.test]x[/link]" in article.body
    _assert_clean(library)


def test_feed_status_lists_errors_for_the_app(server: FeedServer, library: Path) -> None:
    server.route("/bad", Reply(500))
    _subscribe(library, server.url("/bad"))
    _refresh(library)
    ((sub, state),) = feed_status(library)
    assert sub.url == server.url("/bad") and state.last_error == "HTTP 500 Internal Server Error"


def test_cancel_returns_at_once(server: FeedServer, library: Path) -> None:
    feeds = []
    for n in range(6):
        body = rss([Item(f"Item {n}", server.url(f"/i{n}"), f"i{n}", "<p>Text.</p>")])
        reply = Reply(body=body.encode(), delay=0 if n == 0 else 2)
        feeds.append(server.route(f"/f{n}", reply))
    _subscribe(library, *feeds)
    cancel = threading.Event()
    options = RefreshOptions(limits=FAST.limits, full_text=False, workers=2)
    started = time.monotonic()
    report = refresh_all(library, lambda *_: cancel.set(), options=options, cancel=cancel)
    assert time.monotonic() - started < 1.5
    assert [r.url for r in report.results] == [feeds[0]] and len(_files(library)) == 1
