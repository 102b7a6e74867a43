"""Find, read and validate the article files of a library folder.

Loading never raises for a bad file: each problem is collected as a
:class:`~tui.models.Problem` naming the file (and line where known), and the
remaining files still load.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tui.library.fields import FieldProblem, build_article
from tui.library.index import FileStamp, LibraryIndex
from tui.library.safe_yaml import YamlProblem, parse_yaml
from tui.models import Article, ArticleMeta, Problem

ARTICLE_SUFFIXES = (".yaml", ".yml", ".md")
OWN_SUFFIX = ".parallax.yaml"
"""Parallax's own files in a library (judgements, subscriptions) end so: never articles."""
MAX_FILE_BYTES = 5 * 1024 * 1024
"""Files larger than this are skipped with a problem rather than read."""

BUNDLED_LIBRARY = Path(__file__).resolve().parent.parent / "articles"
"""The sample library shipped inside the installed package (see pyproject)."""


class ArticleError(Exception):
    """One article file that cannot be loaded; ``str()`` is a one-line message."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(slots=True)
class LibraryScan:
    """The result of scanning a library folder."""

    root: Path
    articles: list[ArticleMeta] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Distinct outlet names, sorted case-insensitively."""
        return sorted({meta.source for meta in self.articles}, key=str.casefold)

    @property
    def stories(self) -> list[str]:
        """Distinct story slugs, sorted."""
        return sorted({meta.story for meta in self.articles}, key=str.casefold)


def default_library() -> Path:
    """The library to open: ``$PARALLAX_LIBRARY`` if set, else the bundled samples."""
    env = os.environ.get("PARALLAX_LIBRARY", "").strip()
    if env:
        return Path(env).expanduser()
    repo_copy = Path(__file__).resolve().parents[2] / "articles"
    return BUNDLED_LIBRARY if BUNDLED_LIBRARY.is_dir() else repo_copy


def iter_article_files(root: Path, problems: list[Problem]) -> Iterator[Path]:
    """Yield article files below ``root`` in sorted order, skipping hidden entries and
    Parallax's own ``*.parallax.yaml`` files.

    Symbolic links to folders are not followed (no loops); unreadable folders
    are reported as problems.
    """

    def on_error(error: OSError) -> None:
        problems.append(
            Problem(Path(error.filename or root), f"cannot read folder: {error.strerror}")
        )

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            lower = name.lower()
            if name.startswith(".") or not lower.endswith(ARTICLE_SUFFIXES):
                continue
            if lower.endswith(OWN_SUFFIX):
                continue
            yield Path(folder, name)


def has_few_files(root: Path, limit: int) -> bool:
    """True when ``root`` holds at most ``limit`` article files (stops counting past it)."""
    return all(count <= limit for count, _path in enumerate(iter_article_files(root, []), 1))


def _read_text(path: Path) -> str:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device named like an article would block or never end.
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe or device"
            raise ArticleError(Problem(path, f"cannot read file: it is {kind}, not a regular file"))
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(
                Problem(
                    path,
                    f"file is {size / 1_048_576:.1f} MB; articles over "
                    f"{MAX_FILE_BYTES // 1_048_576} MB are skipped",
                )
            )
        raw = path.read_bytes()
    except ArticleError:
        raise
    except OSError as error:
        reason = error.strerror or type(error).__name__
        if isinstance(error, RecursionError | OSError) and error.errno == 40:
            reason = "symbolic link loop"
        raise ArticleError(Problem(path, f"cannot read file: {reason}")) from None
    if not raw.strip():
        raise ArticleError(Problem(path, "file is empty"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ArticleError(
            Problem(
                path,
                f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
                "save the file as UTF-8",
                line,
            )
        ) from None
    return text.replace("\r\n", "\n")


def _split_front_matter(text: str, path: Path) -> tuple[str, str, int]:
    """Split a Markdown file into (front matter, body, body's first line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ArticleError(
            Problem(path, "Markdown article must start with a '---' front-matter block", 1)
        )
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            front = "\n".join(lines[1:number])
            body = "\n".join(lines[number + 1 :]).strip("\n")
            return front, body, number + 1
    raise ArticleError(Problem(path, "front-matter block is not closed with '---'", 1))


def load_article(path: Path) -> Article:
    """Read and validate one article file; raise :class:`ArticleError` on any fault."""
    text = _read_text(path)
    body: str | None = None
    line_offset = 0
    if path.suffix.lower() == ".md":
        text, body, _ = _split_front_matter(text, path)
        line_offset = 1
    try:
        parsed = parse_yaml(text, line_offset=line_offset)
        return build_article(parsed.data, path, body=body)
    except YamlProblem as problem:
        raise ArticleError(Problem(path, problem.message, problem.line)) from None
    except FieldProblem as problem:
        line = parsed.key_lines.get(problem.field or "") if "parsed" in locals() else None
        raise ArticleError(Problem(path, str(problem), line)) from None


ProgressCallback = Callable[[LibraryScan], None]
"""Called from the scanning thread with a snapshot of the scan so far."""


def scan_library(
    root: Path,
    *,
    index: bool = True,
    on_progress: ProgressCallback | None = None,
    progress_interval: float = 0.25,
) -> LibraryScan:
    """Load every article below ``root``; collect problems instead of raising.

    With ``index`` (the default) unchanged files are read from the on-disk metadata
    cache (:mod:`tui.library.index`) and only new or changed files are parsed. ``on_progress``,
    if given, receives a snapshot of the scan so far while files are being parsed: first
    after 50 ms, then every ``progress_interval`` seconds (never for a scan served
    wholly from the cache, nor after the last file).
    """
    scan = LibraryScan(root=root)
    if not root.exists():
        return scan
    if not root.is_dir():
        scan.problems.append(Problem(root, "library is not a folder"))
        return scan
    cache = LibraryIndex.open(root) if index else None
    try:
        _scan_into(scan, cache, on_progress, progress_interval)
        if cache is not None and cache.persistent:
            cache.save()
    finally:
        if cache is not None:
            cache.close()
    return scan


def _load_one(
    path: Path, cache: LibraryIndex | None
) -> tuple[ArticleMeta | None, Problem | None, bool]:
    """One file's metadata or problem, from the cache when its stamp still matches;
    the flag is True when the file had to be parsed."""
    stamp = None
    if cache is not None:
        try:
            stamp = FileStamp.of(path.stat())
        except OSError:
            stamp = None  # load_article reports why
        else:
            hit = cache.lookup(path, stamp)
            if hit is not None:
                return hit.meta, hit.problem, False
    try:
        meta: ArticleMeta | None = load_article(path).meta
        problem: Problem | None = None
    except ArticleError as error:
        meta, problem = None, error.problem
    if cache is not None and stamp is not None:
        cache.record(path, stamp, meta, problem)
    return meta, problem, True


def _add(
    scan: LibraryScan,
    claimed: dict[tuple[str, str], Path],
    meta: ArticleMeta | None,
    problem: Problem | None,
) -> None:
    """Add one file's result to ``scan``, reporting a second article for a story's outlet."""
    if meta is None:
        assert problem is not None
        scan.problems.append(problem)
        return
    slot = (meta.story.casefold(), meta.source.casefold())
    if slot in claimed:
        scan.problems.append(
            Problem(
                meta.path,
                f"story '{meta.story}' already has an article from "
                f"'{meta.source}' ({claimed[slot]}); both are listed",
            )
        )
    else:
        claimed[slot] = meta.path
    scan.articles.append(meta)


def cached_scan(root: Path) -> LibraryScan | None:
    """The library as the on-disk index last saw it, without touching the files.

    Cheap enough to run before the first paint; the real :func:`scan_library`
    follows and corrects it. None when there is no usable index.
    """
    cache = LibraryIndex.open_existing(root)
    if cache is None:
        return None
    try:
        scan = LibraryScan(root=root)
        claimed: dict[tuple[str, str], Path] = {}
        for hit in cache.snapshot():
            _add(scan, claimed, hit.meta, hit.problem)
        return scan
    finally:
        cache.close()


def _outside_checker(root: Path) -> Callable[[Path], Path | None]:
    """A check giving the target of a symbolic link that leads outside ``root``, else None.

    Links between files of the library are followed; links out of it are refused, so a
    library never shows (or caches) a file its owner did not put in it.
    """
    try:
        real_root = root.resolve()
    except (OSError, RuntimeError):
        real_root = root.absolute()

    def outside(path: Path) -> Path | None:
        if not os.path.islink(path):
            return None
        try:
            target = path.resolve()
        except (OSError, RuntimeError):
            return None  # a loop: load_article reports it
        return None if target.is_relative_to(real_root) else target

    return outside


def _scan_into(
    scan: LibraryScan,
    cache: LibraryIndex | None,
    on_progress: ProgressCallback | None,
    interval: float,
) -> None:
    claimed: dict[tuple[str, str], Path] = {}
    next_report = time.monotonic() + min(interval, 0.05)
    parsed = 0  # snapshots only help while files are being parsed, not read from the cache
    inside = _outside_checker(scan.root)
    for path in iter_article_files(scan.root, scan.problems):
        target = inside(path)
        if target is not None:
            message = f"symbolic link to a file outside the library ({target}); not followed"
            _add(scan, claimed, None, Problem(path, message))
            continue
        meta, problem, fresh = _load_one(path, cache)
        parsed += fresh
        _add(scan, claimed, meta, problem)
        if on_progress is not None and parsed and time.monotonic() >= next_report:
            on_progress(LibraryScan(scan.root, list(scan.articles), list(scan.problems)))
            next_report = time.monotonic() + interval
