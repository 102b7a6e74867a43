"""Where Parallax keeps its own files: the user's cache and data folders (XDG).

Without a usable home folder (``HOME`` unset or pointing at a folder that does not exist)
the files go to a private per-user folder in the system's temporary directory instead of
creating a fake home.
"""

from __future__ import annotations

import functools
import hashlib
import os
import stat
import tempfile
from pathlib import Path


def _home() -> Path | None:
    """The user's home folder if it exists, else None."""
    try:
        home = Path.home()
    except (RuntimeError, KeyError):
        return None
    return home if home.is_absolute() and home.is_dir() else None


@functools.cache
def _private_temp() -> Path:
    """A folder only this user can use, in the temporary directory (made once a process)."""
    uid = getattr(os, "getuid", lambda: 0)()
    folder = Path(tempfile.gettempdir()) / f"parallax-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
        if stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077:
            return folder
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="parallax-"))  # someone else holds the usual name


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "").strip()
    if value and Path(value).is_absolute():
        return Path(value)
    home = _home()
    return (home if home is not None else _private_temp()) / fallback


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
