"""An on-disk cache of story grouping inputs, so a second run does not analyse again.

One SQLite file per library in the user's cache folder (:func:`tui.paths.cache_dir`), named
``stories-<hash of the library path>.sqlite3``. Each row holds one file's stemmed term
weights and entity mentions (from its cached analysis), keyed by the path relative to the
library with the file's size and mtime. Rows of an older engine are ignored.

Only an accelerator: a corrupt file is deleted and rebuilt; a locked or unwritable one is
replaced by an in-memory database. Nothing here raises to the caller for a cache fault.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.analysis.article_analysis import ENGINE_VERSION
from tui.nlp.entities import Mention
from tui.paths import cache_dir

CACHE_VERSION = f"{ENGINE_VERSION}/stories-1"
"""Rows written by another version are recomputed."""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    version TEXT NOT NULL, terms TEXT NOT NULL, mentions TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class CachedInput:
    """What grouping needs from one file: term weights and entity mentions."""

    terms: Mapping[str, float]
    mentions: tuple[Mention, ...]


def cache_path(root: Path) -> Path:
    """The cache file for the library at ``root``."""
    try:
        key = str(root.expanduser().resolve())
    except (OSError, RuntimeError):
        key = str(root.absolute())
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return cache_dir() / f"stories-{digest}.sqlite3"


def _decode(terms: str, mentions: str) -> CachedInput | None:
    try:
        weights = {str(k): float(v) for k, v in json.loads(terms).items()}
        found = tuple(
            Mention(str(t), str(label), int(start), int(end), str(key))
            for t, label, start, end, key in json.loads(mentions)
        )
    except (ValueError, TypeError, AttributeError):
        return None
    return CachedInput(weights, found)


class InputCache:
    """Grouping inputs by file; use :meth:`open` and :meth:`close` (or ``with``)."""

    def __init__(self, db: sqlite3.Connection, *, persistent: bool) -> None:
        self.persistent = persistent
        """False when the disk cache could not be used (this one lives in memory)."""
        self._db = db
        self._pending: list[tuple[object, ...]] = []

    @classmethod
    def open(cls, path: Path) -> InputCache:
        """The cache at ``path``; a corrupt file is rebuilt, any other fault gives memory."""
        for attempt in range(2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, timeout=0.2, isolation_level=None)
                db.executescript(_SCHEMA)
                db.execute("SELECT count(*) FROM inputs").fetchone()
                return cls(db, persistent=True)
            except sqlite3.DatabaseError as error:
                with contextlib.suppress(UnboundLocalError, sqlite3.Error):
                    db.close()
                if attempt or "locked" in str(error).lower():
                    break
                for suffix in ("", "-journal", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        Path(f"{path}{suffix}").unlink()
            except OSError:
                break
        return cls.in_memory()

    @classmethod
    def in_memory(cls) -> InputCache:
        """An empty cache that is never saved."""
        db = sqlite3.connect(":memory:", isolation_level=None)
        db.executescript(_SCHEMA)
        return cls(db, persistent=False)

    def get(self, key: str, size: int, mtime_ns: int) -> CachedInput | None:
        """The inputs stored for ``key`` if its size and mtime still match."""
        try:
            row = self._db.execute(
                "SELECT terms, mentions FROM inputs WHERE path=? AND size=? AND mtime_ns=? "
                "AND version=?",
                (key, size, mtime_ns, CACHE_VERSION),
            ).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else _decode(row[0], row[1])

    def put(self, key: str, size: int, mtime_ns: int, value: CachedInput) -> None:
        """Remember ``value`` for ``key`` (written by :meth:`save`)."""
        mentions = [[m.text, m.label, m.start, m.end, m.key] for m in value.mentions]
        terms = json.dumps(dict(value.terms), ensure_ascii=False)
        self._pending.append(
            (key, size, mtime_ns, CACHE_VERSION, terms, json.dumps(mentions, ensure_ascii=False))
        )

    def save(self, keep: Sequence[str] | None = None) -> bool:
        """Write pending rows; with ``keep``, forget every other path. False on a fault."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            if keep is not None:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (path TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM keep")
                self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", [(k,) for k in keep])
                self._db.execute("DELETE FROM inputs WHERE path NOT IN (SELECT path FROM keep)")
            insert = "INSERT OR REPLACE INTO inputs VALUES (?,?,?,?,?,?)"
            self._db.executemany(insert, self._pending)
            self._db.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            return False
        self._pending.clear()
        return True

    def close(self) -> None:
        """Close the database."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> InputCache:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
