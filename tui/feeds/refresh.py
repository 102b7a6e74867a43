"""Refresh every subscription of a library concurrently and write the new articles.

Each feed is fetched, parsed, deduplicated (keys claimed atomically across feeds) and its
new articles written in a thread pool; the calling thread records each feed's state in
SQLite and calls ``on_progress(done, total, result)`` after each feed. The app calls
:func:`refresh_all` from a background worker. No Textual imports.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
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
from tui.feeds.pool import DaemonPool
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
    written: list[tuple[Candidate, Path]] = field(default_factory=list)
    write_error: str | None = None
    notes: list[str] = field(default_factory=list)


class _Seen:
    """Item keys already known or claimed, shared by every worker."""

    def __init__(self, keys: set[str]) -> None:
        self._keys = keys
        self._lock = threading.Lock()
        self.stopped = threading.Event()
        """Set when the refresh is cancelled: workers write nothing more."""

    def claim(self, keys: list[str]) -> bool:
        """Atomically: False when any key is known, else mark them all known (True)."""
        with self._lock:
            if any(key in self._keys for key in keys):
                return False
            self._keys.update(keys)
            return True

    def release(self, keys: list[str] | tuple[str, ...]) -> None:
        """Forget keys claimed for an item that was not written after all."""
        with self._lock:
            self._keys.difference_update(keys)


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "later"
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _fetch(
    library: Path,
    sub: Subscription,
    state: FeedState,
    fetcher: Fetcher,
    seen: _Seen,
    opts: RefreshOptions,
) -> _Fetched:
    """Worker: fetch and parse one feed, and write its new items."""
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
    _prepare(library, done, feed.items[: opts.max_items], source, fetcher, seen, opts)
    return done


def _prepare(
    library: Path,
    done: _Fetched,
    items: list[FeedItem],
    source: str,
    fetcher: Fetcher,
    seen: _Seen,
    opts: RefreshOptions,
) -> None:
    """Worker: write the feed's unseen items (fetching pages within the time budget).

    An item's keys are claimed before its page is fetched, so the same article in two
    feeds is fetched and written once; writes happen here, in parallel, so a slow disk
    flush (fsync) of one feed does not hold up the others.
    """
    feed_url = done.sub.url
    pages_until = time.monotonic() + opts.page_budget
    for item in items:
        if seen.stopped.is_set():
            return
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
        if not seen.claim(keys):
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
            seen.release(keys)
            done.notes.append(f"skipped (no text): {item.title or item.link}")
            continue
        if seen.stopped.is_set():
            return
        try:
            path = write_article(library, candidate.article, durable=opts.durable)
        except WriteError as error:
            seen.release(keys)
            done.write_error = str(error)
            return
        done.written.append((candidate, path))
        if candidate.note:
            done.notes.append(candidate.note)


def _safe_fetch(
    library: Path,
    sub: Subscription,
    state: FeedState,
    fetcher: Fetcher,
    seen: _Seen,
    opts: RefreshOptions,
) -> _Fetched:
    """:func:`_fetch`, with any unexpected fault reported as the feed's failure."""
    try:
        return _fetch(library, sub, state, fetcher, seen, opts)
    except Exception as error:  # a bug or a library fault must not end the refresh
        return _Fetched(sub, "failed", state.title or "", f"internal error: {error!r}"[:200])


def _commit(fetched: _Fetched, store: FeedStore) -> FeedResult:
    """Caller's thread: record the feed's state and the keys of what it wrote."""
    sub = fetched.sub
    title = sub.name or fetched.title or sub.url
    if fetched.status == "failed":
        if not fetched.backed_off:
            store.failure(sub.url, fetched.error or "failed", fetched.retry_after)
        return FeedResult(sub.url, title, "failed", error=fetched.error)
    if fetched.status == "not-modified":
        store.not_modified(sub.url)
        return FeedResult(sub.url, title, "not-modified")
    for candidate, path in fetched.written:
        store.remember(candidate.keys, path)
    written = tuple(path for _candidate, path in fetched.written)
    notes = tuple(fetched.notes)
    if fetched.write_error is not None:
        store.failure(sub.url, fetched.write_error)
        return FeedResult(sub.url, title, "failed", len(written), fetched.write_error, written)
    headers = fetched.response_headers
    store.success(
        sub.url,
        title=fetched.title or None,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        final_url=fetched.final_url,
    )
    return FeedResult(sub.url, title, "ok", len(written), None, written, notes)


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
    from tui.library.loader import scan_library

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
    subscription list itself cannot be read.

    ``on_progress(done, total, result)`` is called in the calling thread after each
    feed; setting ``cancel`` ends the refresh within about 0.1 s (what was written stays).
    """
    opts = options or RefreshOptions()
    subs = load_subscriptions(library) if subscriptions is None else subscriptions
    store = FeedStore.open(library)
    fetcher = Fetcher(opts.limits, max_connections=opts.workers)
    try:
        seen = _Seen(known_keys(library, store))
        return _run(library, subs, store, fetcher, seen, opts, on_progress, cancel)
    finally:
        fetcher.close()
        store.close()


def _run(
    library: Path,
    subs: list[Subscription],
    store: FeedStore,
    fetcher: Fetcher,
    seen: _Seen,
    opts: RefreshOptions,
    on_progress: ProgressCallback | None,
    cancel: threading.Event | None,
) -> RefreshReport:
    report = RefreshReport()
    states = store.feeds(sub.url for sub in subs)
    pool = DaemonPool(min(max(1, opts.workers), max(1, len(subs))), "parallax-fetch")
    pending: set[Future[_Fetched]] = set()
    try:
        pending = {
            pool.submit(_safe_fetch, library, sub, states[sub.url], fetcher, seen, opts)
            for sub in subs
        }
        while pending and not (cancel is not None and cancel.is_set()):
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                result = _commit(future.result(), store)
                report.results.append(result)
                if on_progress is not None:
                    on_progress(len(report.results), len(subs), result)
    finally:
        # On cancel or interrupt, return at once: queued feeds are dropped, workers write
        # nothing more, and requests under way end on their own deadline (discarded).
        if pending:
            seen.stopped.set()
        pool.shutdown(wait=not pending, cancel_futures=True)
    return report
