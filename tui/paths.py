"""Where Parallax keeps its own files: the user's cache and data folders (XDG)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "").strip()
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / fallback


def cache_dir() -> Path:
    """Cache files (``PARALLAX_CACHE_DIR`` > ``XDG_CACHE_HOME`` > ``~/.cache``), ``parallax/``."""
    override = os.environ.get("PARALLAX_CACHE_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    return _xdg("XDG_CACHE_HOME", ".cache") / "parallax"


def data_dir() -> Path:
    """The user's state (``PARALLAX_DATA_DIR`` > ``XDG_DATA_HOME`` > ``~/.local/share``)."""
    override = os.environ.get("PARALLAX_DATA_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    return _xdg("XDG_DATA_HOME", ".local/share") / "parallax"


def library_key(root: Path) -> str:
    """A short stable hash of the library folder's absolute path (names per-library files)."""
    try:
        key = str(root.expanduser().resolve())
    except (OSError, RuntimeError):
        key = str(root.absolute())
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
