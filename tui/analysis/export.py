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
    """Lower-case words of any script joined by hyphens: ``"CO/AI"`` → ``"co-ai"``,
    ``"Élection"`` → ``"election"``, ``"Выборы"`` → ``"выборы"``; at most ``limit``
    characters and ``limit * 2`` bytes of UTF-8 (file names stay under 255 bytes)."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter: "é" -> "e"
        kept.append(char)
    plain = unicodedata.normalize("NFC", "".join(kept)).casefold()
    slug = re.sub(r"[\W_]+", "-", plain).strip("-")[:limit]
    while len(slug.encode("utf-8")) > limit * 2:
        slug = slug[:-1]
    return slug.rstrip("-") or fallback


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
    replace one, so the report goes next to the library folder instead. An existing file
    is never replaced: :func:`export_report` picks the next free ``-2``, ``-3``… name.
    """
    if library is not None and _inside(folder, library):
        folder = library.resolve().parent
    return folder / report_name(story, source_a, source_b)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _temporary(folder: Path, name: str, text: str) -> str:
    """A fully written temporary file in ``folder``, with the permissions the umask gives."""
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fchmod(handle.fileno(), 0o666 & ~_umask())  # mkstemp makes it 0600
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def write_atomic(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    Readers never see a half-written file; on any error the temporary file is removed
    and the error propagates.
    """
    path = Path(path)
    temp = _temporary(path.parent, path.name, text)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def write_new(path: Path, text: str) -> Path:
    """Write ``text`` atomically to ``path``, or to ``stem-2.md``, ``stem-3.md``… when the
    name is taken: an existing file is never replaced. Returns the path written."""
    path = Path(path)
    temp = _temporary(path.parent, path.name, text)
    try:
        for number in range(1, 10_000):
            target = path if number == 1 else path.with_name(f"{path.stem}-{number}{path.suffix}")
            try:
                os.link(temp, target)  # atomic, and fails if the name exists
            except FileExistsError:
                continue
            except OSError:  # no hard links here: claim the name, then replace it
                try:
                    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                except FileExistsError:
                    continue
                os.replace(temp, target)
            return target
        raise FileExistsError(f"{path}: too many reports with this name")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def export_report(
    text: str,
    story: str,
    source_a: str,
    source_b: str,
    *,
    folder: Path | None = None,
    library: Path | None = None,
) -> Path:
    """Write the Markdown ``text`` for the pair to a new file; return its path."""
    target = report_path(
        Path.cwd() if folder is None else folder, story, source_a, source_b, library=library
    )
    return write_new(target, text)
