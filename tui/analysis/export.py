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
    replace one, so the report goes next to the library folder instead. A previous report
    of the same pair is replaced.
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
    """Write the Markdown ``text`` for the pair to its report path; return the path."""
    target = report_path(
        Path.cwd() if folder is None else folder, story, source_a, source_b, library=library
    )
    return write_atomic(target, text)
