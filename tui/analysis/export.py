"""Write the comparison report to disk: a safe file name, written atomically.

Pure file-system logic, no Textual: the split view and tests call :func:`export_report`.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path


def slugify(text: str, *, fallback: str = "untitled", limit: int = 40) -> str:
    """Lower-case ASCII words joined by hyphens: ``"CO/AI"`` → ``"co-ai"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or fallback


def report_name(story: str, source_a: str, source_b: str) -> str:
    """``parallax-<story>-<sourceA>-vs-<sourceB>.md``, each part slugified."""
    return (
        f"parallax-{slugify(story, fallback='story')}-{slugify(source_a, fallback='a')}"
        f"-vs-{slugify(source_b, fallback='b')}.md"
    )


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def report_path(
    folder: Path, story: str, source_a: str, source_b: str, *, library: Path | None = None
) -> Path:
    """Where the report goes: ``folder``, unless that is inside the library.

    A report written inside the library would be read as an article (``.md``) and could
    replace one, so the report goes next to the library folder instead. When the name is
    taken, :func:`export_report` numbers the new report instead of replacing the old one.
    """
    if library is not None and _inside(folder, library):
        folder = library.resolve().parent
    return folder / report_name(story, source_a, source_b)


def write_atomic(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    Readers never see a half-written file; on any error the temporary file is removed
    and the error propagates.
    """
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def export_report(
    text: str,
    story: str,
    source_a: str,
    source_b: str,
    *,
    folder: Path | None = None,
    library: Path | None = None,
) -> Path:
    """Write the Markdown ``text`` for the pair to a new file at its report path (numbered
    ``-2``, ``-3``… when taken; never replacing a file); return the path."""
    target = report_path(
        Path.cwd() if folder is None else folder, story, source_a, source_b, library=library
    )
    return write_new(target, text)


def _numbered(path: Path, n: int) -> Path:
    return path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")


def write_new(path: Path, text: str, *, tries: int = 1000) -> Path:
    """Write ``text`` to ``path``, or ``path-2``… when taken, whole or not at all: a complete
    temporary file is hard-linked to the first free name (never replacing a file)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        for n in range(1, tries + 1):
            candidate = _numbered(path, n)
            try:
                os.link(temp, candidate)
            except FileExistsError:
                continue
            return candidate
        raise FileExistsError(f"{path}: {tries} reports of this pair already exist")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
