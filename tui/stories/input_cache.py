"""An on-disk cache of story grouping inputs, so a second run does not analyse again.

One SQLite file per library in the user's cache folder (:func:`tui.paths.cache_dir`), named
``stories-<hash of the library path>.sqlite3``. Each row holds one file's stemmed term
weights and entity mentions (from its cached analysis), keyed by the path relative to the
library with the file's size and mtime. Rows of an older engine are ignored. Entities are
kept as distinct ``(label, key, count)`` (all that key unification and grouping read).

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

CACHE_VERSION = f"{ENGINE_VERSION}/stories-2"
"""Rows written by another version are recomputed."""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    version TEXT NOT NULL, terms TEXT NOT NULL, entities TEXT NOT NULL
);
"""


EntityCount = tuple[str, str, int]
"""``(label, key, mentions)``: one entity of an article and how often it is mentioned."""


@dataclass(frozen=True, slots=True)
class CachedInput:
    """What grouping needs from one file: term weights and entity counts."""

    terms: Mapping[str, float]
    entities: tuple[EntityCount, ...]


def entity_counts(mentions: Sequence[Mention]) -> tuple[EntityCount, ...]:
    """``mentions`` as distinct ``(label, key, count)`` in first-mention order."""
    counts: dict[tuple[str, str], int] = {}
    for m in mentions:
        counts[m.label, m.key] = counts.get((m.label, m.key), 0) + 1
    return tuple((label, key, n) for (label, key), n in counts.items())


def cache_path(root: Path) -> Path:
    """The cache file for the library at ``root``."""
    try:
        key = str(root.expanduser().resolve())
    except (OSError, RuntimeError):
        key = str(root.absolute())
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return cache_dir() / f"stories-{digest}.sqlite3"


def _decode(terms: str, entities: str) -> CachedInput | None:
    try:
        weights = json.loads(terms)
        found = tuple((str(label), str(key), int(n)) for label, key, n in json.loads(entities))
        if not isinstance(weights, dict) or not all(
            isinstance(v, float | int) for v in weights.values()
        ):
            return None
    except (ValueError, TypeError):
        return None
    return CachedInput(weights, found)


class InputCache:
    """Grouping inputs by file; use :meth:`open` and :meth:`close` (or ``with``)."""

    def __init__(self, db: sqlite3.Connection, *, persistent: bool) -> None:
        self.persistent = persistent
        """False when the disk cache could not be used (this one lives in memory)."""
        self._db = db
        self._pending: list[tuple[object, ...]] = []
        self._rows: dict[str, tuple[int, int, str, str, str]] | None = None

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
        if self._rows is None:  # one read of every row: much faster than a query per file
            try:
                found = self._db.execute("SELECT * FROM inputs WHERE version=?", (CACHE_VERSION,))
                self._rows = {row[0]: row[1:] for row in found}
            except sqlite3.Error:
                self._rows = {}
        row = self._rows.get(key)
        if row is None or row[0] != size or row[1] != mtime_ns:
            return None
        return _decode(row[3], row[4])

    def put(self, key: str, size: int, mtime_ns: int, value: CachedInput) -> None:
        """Remember ``value`` for ``key`` (written by :meth:`save`)."""
        terms = json.dumps(dict(value.terms), ensure_ascii=False)
        entities = json.dumps([list(e) for e in value.entities], ensure_ascii=False)
        self._pending.append((key, size, mtime_ns, CACHE_VERSION, terms, entities))

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
