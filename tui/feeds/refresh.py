"""Refresh every subscription of a library concurrently and write the new articles.

Network work (feed, pages, extraction) runs in a thread pool; results are committed
(dedup, write, state) one at a time in the calling thread, which also calls
``on_progress(done, total, result)`` after each feed. The app calls :func:`refresh_all`
from a background worker. No Textual imports.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from tui.feeds.dedup import item_keys, library_keys
from tui.feeds.extract import domain_name
from tui.feeds.http import FEED_ACCEPT, Fetcher, FetchError, Limits
from tui.feeds.items import FULL_TEXT_WORDS, Candidate, build_candidate
from tui.feeds.opml import Subscription
from tui.feeds.parse import FeedItem, FeedParseError, parse_feed
from tui.feeds.store import FeedState, FeedStore
from tui.feeds.subscriptions import load_subscriptions
from tui.feeds.writer import WriteError, write_article

Status = Literal["ok", "not-modified", "failed"]


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What one feed gave in one refresh."""

    url: str
    title: str
    status: Status
    new: int = 0
    error: str | None = None
    articles: tuple[Path, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class RefreshReport:
    """Every feed's result, in completion order."""

    results: list[FeedResult] = field(default_factory=list)

    @property
    def articles(self) -> list[Path]:
        """Every file written."""
        return [path for result in self.results for path in result.articles]

    @property
    def failed(self) -> list[FeedResult]:
        """The feeds that failed."""
        return [result for result in self.results if result.status == "failed"]


@dataclass(frozen=True, slots=True)
class RefreshOptions:
    """Knobs for a refresh (tests and benchmarks shrink the limits)."""

    limits: Limits = field(default_factory=Limits)
    workers: int = 16
    full_text: bool = True
    full_text_words: int = FULL_TEXT_WORDS
    max_items: int = 500
    page_budget: float = 120.0
    """Seconds one feed may spend fetching its items' pages; later items keep summaries."""
    force: bool = False
    durable: bool = True


ProgressCallback = Callable[[int, int, FeedResult], None]


@dataclass(slots=True)
class _Fetched:
    sub: Subscription
    status: Status
    title: str = ""
    error: str | None = None
    retry_after: float | None = None
    backed_off: bool = False
    response_headers: dict[str, str] = field(default_factory=dict)
    final_url: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _Seen:
    """Item keys already known, shared by the workers (read) and the committer (write)."""

    def __init__(self, keys: set[str]) -> None:
        self._keys = keys
        self._lock = threading.Lock()

    def known(self, keys: list[str] | tuple[str, ...]) -> bool:
        with self._lock:
            return any(key in self._keys for key in keys)

    def add(self, keys: tuple[str, ...]) -> None:
        with self._lock:
            self._keys.update(keys)


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "later"
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _fetch(
    sub: Subscription, state: FeedState, fetcher: Fetcher, seen: _Seen, opts: RefreshOptions
) -> _Fetched:
    """Worker: fetch and parse one feed, and prepare its new items."""
    if state.waiting() and not opts.force:
        error = f"backing off until {_when(state.retry_at)} after {state.failures} failures"
        if state.last_error:
            error += f" (last: {state.last_error})"
        return _Fetched(sub, "failed", state.title or "", error, backed_off=True)
    headers = {"Accept": FEED_ACCEPT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        response = fetcher.get(sub.url, headers)
    except FetchError as error:
        return _Fetched(sub, "failed", state.title or "", str(error), error.retry_after)
    if response.status == 304:
        return _Fetched(sub, "not-modified", state.title or "", final_url=response.final_url)
    try:
        feed = parse_feed(response.body, response.final_url, response.headers.get("content-type"))
    except FeedParseError as error:
        return _Fetched(sub, "failed", state.title or "", str(error))
    done = _Fetched(sub, "ok", feed.title, response_headers=dict(response.headers))
    done.final_url = response.final_url
    if feed.problem:
        done.notes.append(feed.problem)
    source = sub.name or feed.title or domain_name(feed.link or response.final_url) or "Unknown"
    _prepare(done, feed.items[: opts.max_items], source, fetcher, seen, opts)
    return done


def _prepare(
    done: _Fetched,
    items: list[FeedItem],
    source: str,
    fetcher: Fetcher,
    seen: _Seen,
    opts: RefreshOptions,
) -> None:
    """Worker: turn the feed's unseen items into candidates (fetching pages in budget)."""
    feed_url = done.sub.url
    pages_until = time.monotonic() + opts.page_budget
    for item in items:
        keys = item_keys(
            feed_url=feed_url,
            guid=item.guid,
            link=item.link,
            title=item.title,
            published=item.published,
        )
        if not keys:
            done.notes.append(f"skipped (no guid, link or date): {item.title}")
            continue
        if seen.known(keys):
            continue
        over = opts.full_text and time.monotonic() > pages_until
        candidate = build_candidate(
            item,
            keys,
            source=source,
            feed_url=feed_url,
            fetcher=fetcher if opts.full_text else None,
            min_words=opts.full_text_words,
            skip_reason=f"page time budget of {opts.page_budget:g} s spent" if over else None,
        )
        if candidate is None:
            done.notes.append(f"skipped (no text): {item.title or item.link}")
            continue
        done.candidates.append(candidate)
        if candidate.note:
            done.notes.append(candidate.note)


def _safe_fetch(
    sub: Subscription, state: FeedState, fetcher: Fetcher, seen: _Seen, opts: RefreshOptions
) -> _Fetched:
    """:func:`_fetch`, with any unexpected fault reported as the feed's failure."""
    try:
        return _fetch(sub, state, fetcher, seen, opts)
    except Exception as error:  # a bug or a library fault must not end the refresh
        return _Fetched(sub, "failed", state.title or "", f"internal error: {error!r}"[:200])


def _commit(
    fetched: _Fetched, library: Path, store: FeedStore, seen: _Seen, durable: bool = True
) -> FeedResult:
    """Caller's thread: write the new articles and record the feed's state."""
    sub = fetched.sub
    title = sub.name or fetched.title or sub.url
    if fetched.status == "failed":
        if not fetched.backed_off:
            store.failure(sub.url, fetched.error or "failed", fetched.retry_after)
        return FeedResult(sub.url, title, "failed", error=fetched.error)
    if fetched.status == "not-modified":
        store.not_modified(sub.url)
        return FeedResult(sub.url, title, "not-modified")
    written: list[Path] = []
    notes = list(fetched.notes)
    for candidate in fetched.candidates:
        if seen.known(candidate.keys):
            continue  # the same article came in another feed during this refresh
        try:
            path = write_article(library, candidate.article, durable=durable)
        except WriteError as error:
            store.failure(sub.url, str(error))
            return FeedResult(sub.url, title, "failed", len(written), str(error), tuple(written))
        seen.add(candidate.keys)
        store.remember(candidate.keys, path)
        written.append(path)
    headers = fetched.response_headers
    store.success(
        sub.url,
        title=fetched.title or None,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        final_url=fetched.final_url,
    )
    return FeedResult(sub.url, title, "ok", len(written), None, tuple(written), tuple(notes))


def feed_status(library: Path) -> list[tuple[Subscription, FeedState]]:
    """Every subscription with its remembered state (last success, last error, backoff),
    for a list of feed errors. Raises ``SubscriptionError`` like :func:`refresh_all`."""
    subs = load_subscriptions(library)
    store = FeedStore.open(library)
    try:
        return [(sub, store.feed(sub.url)) for sub in subs]
    finally:
        store.close()


def known_keys(library: Path, store: FeedStore) -> set[str]:
    """Keys of everything already fetched or already in the library."""
    from tui.library import scan_library

    return store.seen_keys() | library_keys(scan_library(library).articles)


def refresh_all(
    library: Path,
    on_progress: ProgressCallback | None = None,
    *,
    options: RefreshOptions | None = None,
    subscriptions: list[Subscription] | None = None,
    cancel: threading.Event | None = None,
) -> RefreshReport:
    """Refresh every subscription of ``library`` (or the given ones); never raises for a
    feed's fault. Raises :class:`~tui.feeds.subscriptions.SubscriptionError` when the
    subscription list itself cannot be read."""
    opts = options or RefreshOptions()
    subs = load_subscriptions(library) if subscriptions is None else subscriptions
    report = RefreshReport()
    store = FeedStore.open(library)
    fetcher = Fetcher(opts.limits, max_connections=opts.workers)
    pool = ThreadPoolExecutor(max(1, opts.workers), "parallax-fetch")
    finished = False
    try:
        seen = _Seen(known_keys(library, store))
        states = store.feeds(sub.url for sub in subs)
        pending: set[Future[_Fetched]] = {
            pool.submit(_safe_fetch, sub, states[sub.url], fetcher, seen, opts) for sub in subs
        }
        while pending and not (cancel is not None and cancel.is_set()):
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                result = _commit(future.result(), library, store, seen, opts.durable)
                report.results.append(result)
                if on_progress is not None:
                    on_progress(len(report.results), len(subs), result)
                if cancel is not None and cancel.is_set():
                    break
        finished = not pending
    finally:
        # On cancel or interrupt, return at once: queued feeds are dropped and requests
        # under way end on their own deadline (their results are discarded).
        pool.shutdown(wait=finished, cancel_futures=True)
        fetcher.close()
        store.close()
    return report
