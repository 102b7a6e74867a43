"""An on-disk cache of article metadata, so a second start reads only what changed.

One SQLite file per library, in ``$PARALLAX_CACHE_DIR``, else ``$XDG_CACHE_HOME/parallax``,
else ``~/.cache/parallax``, named ``index-<hash of the library path>.sqlite3``. Each row
holds one file's :class:`~tui.models.ArticleMeta` fields or its load problem, keyed by the
path relative to the library with the file's size, mtime and ctime. A row whose file was
modified within :data:`RACY_NS` of the scan that stored it is not trusted (a same-size
rewrite inside the clock's granularity would otherwise go unnoticed).

The cache is only ever an accelerator: a corrupt file is deleted and rebuilt; a locked,
unreadable or unwritable one is bypassed (an in-memory database takes its place). Nothing
here raises to the caller for a cache fault. No Textual imports.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
import time
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tui import __version__
from tui.models import ArticleMeta, Problem
from tui.paths import cache_dir, library_key

SCHEMA_VERSION = 2
RACY_NS = 2_000_000_000
"""Rows for files modified this close to (or after) their scan are re-read next time."""
LOCK_TIMEOUT = 0.2
"""Seconds to wait for another process's lock before giving up on the cache."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL, scanned_ns INTEGER NOT NULL,
    title TEXT, source TEXT, story TEXT, published TEXT, author TEXT, url TEXT,
    words INTEGER, problem TEXT, problem_line INTEGER, checksum INTEGER NOT NULL
);
"""
_FINGERPRINT_FILES = (
    "library/loader.py",
    "library/fields.py",
    "library/safe_yaml.py",
    "library/index.py",
    "models.py",
)


_DAMAGE = (sqlite3.DatabaseError, UnicodeError, ValueError, TypeError, OverflowError)
"""What reading a damaged index file can raise (text columns decode as UTF-8, values
arrive with any type); each means the file is rebuilt."""
_COLUMNS = 15
_ROW_TYPES = (
    (str,), (int,), (int,), (int,), (int,),
    (str, type(None)), (str, type(None)), (str, type(None)), (str, type(None)),
    (str, type(None)), (str, type(None)), (int, type(None)), (str, type(None)),
    (int, type(None)),
)  # fmt: skip


def _checksum(fields: tuple[object, ...]) -> int:
    """A CRC of a row's fields, so a flipped byte in a stored value is noticed."""
    return zlib.crc32(repr(fields).encode("utf-8", "backslashreplace"))


def _valid(row: tuple[object, ...], *, checksum: bool = True) -> bool:
    """True for a row whose fields have the stored types (and match its checksum)."""
    if len(row) != _COLUMNS or not all(
        isinstance(value, kinds) for value, kinds in zip(row, _ROW_TYPES, strict=False)
    ):
        return False
    if row[12] is None and (row[5] is None or row[6] is None or row[7] is None):
        return False  # an article row always has a title, source and story
    return not checksum or row[14] == _checksum(row[:14])


def _load_rows(db: sqlite3.Connection, *, checksum: bool = True) -> dict[str, tuple[Any, ...]]:
    """Every trusted row of ``files`` by path; rows that fail :func:`_valid` are dropped.

    Without ``checksum`` (the snapshot painted before the real scan, which corrects it)
    only the types are checked: the sums cost a third of a 10,000-row load."""
    rows = db.execute("SELECT * FROM files")
    return {row[0]: row for row in rows if _valid(row, checksum=checksum)}


def index_path(root: Path) -> Path:
    """The index file for the library at ``root``."""
    return cache_dir() / f"index-{library_key(root)}.sqlite3"


def _parser_versions() -> str:
    """Python's and PyYAML's versions (and whether libyaml is used): what else shapes parsing."""
    import yaml

    libyaml = getattr(yaml, "__with_libyaml__", False)
    return f"{sys.version}:{yaml.__version__}:{libyaml}"


def _fingerprint() -> str:
    """Changes whenever the loader's code or a library it parses with does, so cached
    problems never go stale after an upgrade."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}:{__version__}:{_parser_versions()}".encode())
    here = Path(__file__).resolve().parent.parent
    for name in _FINGERPRINT_FILES:
        with contextlib.suppress(OSError):
            digest.update((here / name).read_bytes())
    return digest.hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What identifies one version of a file on disk."""

    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, stat: os.stat_result) -> FileStamp:
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


@dataclass(frozen=True, slots=True)
class Cached:
    """A trusted index row: the file's metadata, or the problem loading it gave."""

    meta: ArticleMeta | None
    problem: Problem | None


def _encode_date(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return ("t:" if isinstance(value, datetime) else "d:") + value.isoformat()


def _decode_date(text: str | None) -> date | datetime | None:
    if not text:
        return None
    kind, _, iso = text.partition(":")
    return datetime.fromisoformat(iso) if kind == "t" else date.fromisoformat(iso)


class LibraryIndex:
    """The cache for one library. Use :meth:`open`; every method swallows cache faults."""

    def __init__(self, root: Path, connection: sqlite3.Connection, *, persistent: bool) -> None:
        self.root = root
        self.persistent = persistent
        """False when the on-disk cache could not be used and this one lives in memory."""
        self.rebuilt = False
        """True when a corrupt or outdated cache file was thrown away."""
        self._db = connection
        self._rows: dict[str, tuple[Any, ...]] = {}
        self._pending: list[tuple[Any, ...]] = []
        self._seen: set[str] = set()
        self._scan_ns = time.time_ns()

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, path: Path | None = None) -> LibraryIndex:
        """The index for ``root`` (at ``path`` if given), loaded and ready for lookups."""
        path = path or index_path(root)
        for attempt in range(2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None)
            except (OSError, sqlite3.Error):
                break
            index = cls(root, db, persistent=True)
            try:
                index._prepare()
                index.rebuilt = attempt > 0 or index.rebuilt
                return index
            except _DAMAGE as error:
                db.close()
                if _is_busy(error) or attempt:
                    break
                _remove(path)  # corrupt: delete and rebuild once
        return cls.in_memory(root)

    @classmethod
    def in_memory(cls, root: Path) -> LibraryIndex:
        """An empty index that is never saved (the fallback for any cache fault)."""
        db = sqlite3.connect(":memory:", isolation_level=None)
        index = cls(root, db, persistent=False)
        index._prepare()
        return index

    def _prepare(self) -> None:
        db = self._db
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(_SCHEMA)
        found = db.execute("SELECT value FROM info WHERE key='fingerprint'").fetchone()
        fingerprint = _fingerprint()
        if found is None or found[0] != fingerprint:
            self.rebuilt = found is not None
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM files")
            db.execute("INSERT OR REPLACE INTO info VALUES ('fingerprint', ?)", (fingerprint,))
            db.execute("INSERT OR REPLACE INTO info VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            db.execute("COMMIT")
        self._rows = _load_rows(db)

    # -- lookups and updates ----------------------------------------------------------

    def snapshot(self) -> list[Cached]:
        """Every cached row as it was last saved, without checking files on disk.

        For painting the sidebar before the real scan has validated anything.
        """
        results: list[Cached] = []
        for key in sorted(self._rows):
            row = self._rows[key]
            path = self.root / key
            if row[12] is not None:
                results.append(Cached(None, Problem(path, row[12], row[13])))
                continue
            try:
                published = _decode_date(row[8])
            except ValueError:
                continue
            meta = ArticleMeta(path, row[5], row[6], row[7], published, row[9], row[10], row[11])
            results.append(Cached(meta, None))
        return results

    @classmethod
    def open_existing(cls, root: Path) -> LibraryIndex | None:
        """The on-disk index for ``root`` if one exists and is current, else None."""
        path = index_path(root)
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(
                f"{path.as_uri()}?mode=ro", uri=True, timeout=LOCK_TIMEOUT, isolation_level=None
            )
        except (OSError, sqlite3.Error, ValueError):
            return None
        index = cls(root, db, persistent=False)
        try:
            found = db.execute("SELECT value FROM info WHERE key='fingerprint'").fetchone()
            if found is None or found[0] != _fingerprint():
                index.close()
                return None
            index._rows = _load_rows(db, checksum=False)
        except _DAMAGE:
            index.close()
            return None
        return index

    def _key(self, path: Path) -> str:
        text = str(path)
        prefix = str(self.root)
        return text[len(prefix) :].lstrip(os.sep) if text.startswith(prefix) else text

    def lookup(self, path: Path, stamp: FileStamp) -> Cached | None:
        """The cached result for ``path`` if its stamp matches and the row is not racy."""
        key = self._key(path)
        self._seen.add(key)
        row = self._rows.get(key)
        if (
            row is None
            or row[1:4] != (stamp.size, stamp.mtime_ns, stamp.ctime_ns)
            or max(stamp.mtime_ns, stamp.ctime_ns) >= row[4] - RACY_NS
        ):
            return None
        if row[12] is not None:
            return Cached(None, Problem(path, row[12], row[13]))
        try:
            published = _decode_date(row[8])
        except ValueError:
            return None
        meta = ArticleMeta(path, row[5], row[6], row[7], published, row[9], row[10], row[11])
        return Cached(meta, None)

    def record(
        self, path: Path, stamp: FileStamp, meta: ArticleMeta | None, problem: Problem | None
    ) -> None:
        """Remember what loading ``path`` gave (saved by :meth:`save`)."""
        key = self._key(path)
        self._seen.add(key)
        head = (key, stamp.size, stamp.mtime_ns, stamp.ctime_ns, self._scan_ns)
        row: tuple[object, ...]
        if meta is not None:
            fields = (meta.title, meta.source, meta.story, _encode_date(meta.published))
            row = (*head, *fields, meta.author, meta.url, meta.words, None, None)
        else:
            assert problem is not None
            row = (*head, None, None, None, None, None, None, None, problem.message, problem.line)
        self._pending.append((*row, _checksum(row)))

    def save(self) -> bool:
        """Write recorded rows and forget files not seen since opening; False on a fault."""
        gone = [(key,) for key in self._rows if key not in self._seen]
        if not self._pending and not gone:
            return True
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("DELETE FROM files WHERE path = ?", gone)
            self._db.executemany(
                f"INSERT OR REPLACE INTO files VALUES ({','.join('?' * _COLUMNS)})", self._pending
            )
            self._db.execute("COMMIT")
        except _DAMAGE:
            with contextlib.suppress(*_DAMAGE):
                self._db.execute("ROLLBACK")
            return False
        for key in gone:
            self._rows.pop(key[0], None)
        self._rows.update((row[0], row) for row in self._pending)
        self._pending.clear()
        return True

    def close(self) -> None:
        """Close the database connection."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __len__(self) -> int:
        return len(self._rows)


def _is_busy(error: Exception) -> bool:
    if not isinstance(error, sqlite3.Error):
        return False
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
