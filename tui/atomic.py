"""Atomic file writes: a temporary file in the same folder, then a rename.

A reader of the folder sees either the old file or the whole new one, never a partial
write; an interrupted write leaves no temporary file behind. New files get the usual
permissions (``0666`` less the umask), and a replaced file keeps its own mode.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class FileExists(FileExistsError):
    """The target exists and the caller asked never to overwrite it."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: str | bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically; return ``path``.

    With ``overwrite=False`` an existing ``path`` is never replaced, even if it appears
    while the data is written (the final step is a hard link, which fails on an existing
    name), and :class:`FileExists` is raised.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = path.stat().st_mode & 0o7777 if overwrite else None
    except FileNotFoundError:
        mode = None
    if not overwrite and path.exists():
        raise FileExists(f"{path}: already exists")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode if mode is not None else 0o666 & ~_umask())
        if overwrite:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)
            except FileExistsError:
                raise FileExists(f"{path}: already exists") from None
            temp.unlink()
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return path


def unique_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``… : the first name not taken yet."""
    if not path.exists():
        return path
    for number in range(2, 10_000):
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExists(f"{path}: too many files with this name")
