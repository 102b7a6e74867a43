"""Where per-user feed state lives (XDG data folder), never inside the library."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def data_dir() -> Path:
    """``PARALLAX_DATA_DIR`` > ``$XDG_DATA_HOME/parallax`` > ``~/.local/share/parallax``."""
    override = os.environ.get("PARALLAX_DATA_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "parallax"
    return Path.home() / ".local" / "share" / "parallax"


def library_key(root: Path) -> str:
    """A short stable hash of the library's absolute path."""
    try:
        key = str(root.expanduser().resolve())
    except (OSError, RuntimeError):
        key = str(root.absolute())
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def feed_state_path(root: Path) -> Path:
    """The feed-state database for the library at ``root``."""
    return data_dir() / f"feeds-{library_key(root)}.sqlite3"


def reading_state_path() -> Path:
    """The read/starred database (shared by every library)."""
    return data_dir() / "reading-state.sqlite3"
