"""Per-feed fetch state in SQLite (validators, errors, backoff, seen item keys).

One database per library in the data folder (:func:`tui.feeds.paths.feed_state_path`),
never in the library. A database that cannot be opened is replaced by an in-memory one
(the fetch still works; conditional GET and seen keys are then forgotten).
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tui.feeds.paths import feed_state_path

BACKOFF_START = 300.0
BACKOFF_CAP = 12 * 3600.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT, final_url TEXT,
    last_attempt REAL, last_success REAL, last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0, retry_at REAL
);
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, path TEXT, first_seen REAL NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class FeedState:
    """What is remembered about one feed."""

    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    last_attempt: float | None = None
    last_success: float | None = None
    last_error: str | None = None
    failures: int = 0
    retry_at: float | None = None

    def waiting(self, now: float | None = None) -> bool:
        """True while the feed is backed off."""
        return self.retry_at is not None and self.retry_at > (now or time.time())


def backoff_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures (the first retries at once)."""
    if failures <= 1:
        return 0.0
    return float(min(BACKOFF_START * 2 ** (failures - 2), BACKOFF_CAP))


class FeedStore:
    """The state database of one library. Use from one thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    @classmethod
    def open(cls, library: Path) -> FeedStore:
        """Open (creating) the library's state database, or an in-memory stand-in."""
        path = feed_state_path(library)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, timeout=2.0)
            return cls(connection, path)
        except (OSError, sqlite3.Error):
            return cls(sqlite3.connect(":memory:"), None)

    def close(self) -> None:
        """Commit and close."""
        with contextlib.suppress(sqlite3.Error):
            self._db.commit()
            self._db.close()

    def feed(self, url: str) -> FeedState:
        """The state of ``url`` (empty for a new feed)."""
        row = self._db.execute(
            "SELECT url, title, etag, last_modified, final_url, last_attempt, last_success,"
            " last_error, failures, retry_at FROM feeds WHERE url = ?",
            (url,),
        ).fetchone()
        return FeedState(*row) if row else FeedState(url)

    def feeds(self, urls: Iterable[str]) -> dict[str, FeedState]:
        """The state of each of ``urls``."""
        return {url: self.feed(url) for url in urls}

    def _put(self, state: FeedState) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                state.url,
                state.title,
                state.etag,
                state.last_modified,
                state.final_url,
                state.last_attempt,
                state.last_success,
                state.last_error,
                state.failures,
                state.retry_at,
            ),
        )
        self._db.commit()

    def success(
        self,
        url: str,
        *,
        title: str | None,
        etag: str | None,
        last_modified: str | None,
        final_url: str | None,
    ) -> FeedState:
        """Record a successful fetch (validators kept only when the server sent them)."""
        old = self.feed(url)
        now = time.time()
        state = FeedState(
            url, title or old.title, etag, last_modified, final_url or old.final_url, now, now
        )
        self._put(state)
        return state

    def not_modified(self, url: str) -> FeedState:
        """Record a 304 answer: the feed is healthy, validators unchanged."""
        old = self.feed(url)
        now = time.time()
        state = FeedState(url, old.title, old.etag, old.last_modified, old.final_url, now, now)
        self._put(state)
        return state

    def failure(self, url: str, error: str, retry_after: float | None = None) -> FeedState:
        """Record a failure; back off exponentially (capped), or as long as the server asked."""
        old = self.feed(url)
        now = time.time()
        failures = old.failures + 1
        wait = max(backoff_delay(failures), retry_after or 0.0)
        state = FeedState(
            url,
            old.title,
            old.etag,
            old.last_modified,
            old.final_url,
            now,
            old.last_success,
            error,
            failures,
            now + wait if wait else None,
        )
        self._put(state)
        return state

    def forget(self, url: str) -> None:
        """Drop a feed's state (after unsubscribing)."""
        self._db.execute("DELETE FROM feeds WHERE url = ?", (url,))
        self._db.commit()

    def seen_keys(self) -> set[str]:
        """Every item key already written (or deliberately skipped)."""
        return {row[0] for row in self._db.execute("SELECT key FROM seen")}

    def remember(self, keys: Iterable[str], path: Path | None) -> None:
        """Record ``keys`` as seen, with the file written for them."""
        now = time.time()
        self._db.executemany(
            "INSERT OR IGNORE INTO seen VALUES (?, ?, ?)",
            [(key, None if path is None else str(path), now) for key in keys],
        )  # committed with the feed's state (or on close)
