"""Where per-user feed state lives (XDG data folder), never inside the library."""

from __future__ import annotations

from pathlib import Path

from tui.paths import data_dir, library_key

__all__ = ["data_dir", "feed_state_path", "library_key", "reading_state_path"]


def feed_state_path(root: Path) -> Path:
    """The feed-state database for the library at ``root``."""
    return data_dir() / f"feeds-{library_key(root)}.sqlite3"


def reading_state_path() -> Path:
    """The read/starred database (shared by every library)."""
    return data_dir() / "reading-state.sqlite3"
