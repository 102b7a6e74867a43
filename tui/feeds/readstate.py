"""Read and starred marks, in a small SQLite database in the user's data folder.

Keys survive refetches and guid churn: an article with a URL is keyed by its canonical
URL (``url:…``), otherwise by its file (``file:<absolute path>``). Each mark carries the
time it was set. Never stored in the library. No Textual imports.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tui.feeds.dedup import url_key
from tui.feeds.paths import reading_state_path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS marks (
    key TEXT PRIMARY KEY, read_at REAL, starred_at REAL, updated REAL NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Marks:
    """One article's state; ``read_at``/``starred_at`` are Unix times, None when unset."""

    read_at: float | None = None
    starred_at: float | None = None

    @property
    def read(self) -> bool:
        """True when the article has been read."""
        return self.read_at is not None

    @property
    def starred(self) -> bool:
        """True when the article is starred."""
        return self.starred_at is not None


def article_key(path: Path, url: str | None = None) -> str:
    """The state key of an article: its canonical URL, else its absolute file path."""
    if url and url.strip():
        return url_key(url)
    try:
        return "file:" + str(path.expanduser().resolve())
    except (OSError, RuntimeError):
        return "file:" + str(path.absolute())


class ReadingState:
    """Read/starred marks. Open per thread (SQLite connections are not shared)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = reading_state_path() if path is None else path
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=2.0)
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error):
            self._db = sqlite3.connect(":memory:")  # marks last this session only
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> ReadingState:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def get(self, key: str) -> Marks:
        """The marks of ``key``."""
        row = self._db.execute(
            "SELECT read_at, starred_at FROM marks WHERE key = ?", (key,)
        ).fetchone()
        return Marks(*row) if row else Marks()

    def states(self, keys: Iterable[str]) -> dict[str, Marks]:
        """The marks of each of ``keys`` (unmarked keys included, as empty marks)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Marks] = dict.fromkeys(wanted, Marks())
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for key, read_at, starred_at in self._db.execute(
                f"SELECT key, read_at, starred_at FROM marks WHERE key IN ({marks})", chunk
            ):
                found[key] = Marks(read_at, starred_at)
        return found

    def _set(self, key: str, marks: Marks) -> Marks:
        self._db.execute(
            "INSERT OR REPLACE INTO marks VALUES (?, ?, ?, ?)",
            (key, marks.read_at, marks.starred_at, time.time()),
        )
        self._db.commit()
        return marks

    def mark_read(self, key: str, read: bool = True) -> Marks:
        """Mark ``key`` read (keeping the first read time) or unread."""
        old = self.get(key)
        if read == old.read:
            return old
        return self._set(key, Marks(time.time() if read else None, old.starred_at))

    def toggle_read(self, key: str) -> Marks:
        """Flip the read mark of ``key``."""
        return self.mark_read(key, not self.get(key).read)

    def toggle_starred(self, key: str) -> Marks:
        """Flip the starred mark of ``key``."""
        old = self.get(key)
        return self._set(key, Marks(old.read_at, None if old.starred else time.time()))
