"""The reader's view of read/starred marks: a cache over :class:`ReadingState` for the
articles listed, the sidebar's show filter (all, unread, starred) and unread counts.

Used from the UI thread only (one SQLite connection, opened lazily). Marks are keyed by
:func:`~tui.feeds.readstate.article_key` (canonical URL, else the file), so they survive
refetches; they are never written into the library.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from rich.text import Text

from tui.feeds.readstate import Marks, ReadingState, article_key
from tui.library.catalog import Group
from tui.models import ArticleMeta
from tui.text.safety import inert_line

Show = Literal["all", "unread", "starred"]
SHOW_CYCLE: tuple[Show, ...] = ("all", "unread", "starred")
SHOW_WORDS: dict[Show, str] = {
    "all": "all articles",
    "unread": "unread articles only",
    "starred": "starred articles only",
}


def next_show(show: Show) -> Show:
    """The filter after ``show`` in the cycle all → unread → starred → all."""
    return SHOW_CYCLE[(SHOW_CYCLE.index(show) + 1) % len(SHOW_CYCLE)]


class ReadingMarks:
    """Marks of the listed articles, cached by file path; writes go straight to SQLite."""

    def __init__(self, state: ReadingState | None = None) -> None:
        self._state = state
        self._keys: dict[Path, str] = {}
        self._marks: dict[str, Marks] = {}

    @property
    def state(self) -> ReadingState:
        """The database (opened on first use)."""
        if self._state is None:
            self._state = ReadingState()
        return self._state

    def close(self) -> None:
        """Close the database."""
        if self._state is not None:
            self._state.close()
            self._state = None

    def key(self, path: Path, url: str | None) -> str:
        """The state key of an article (cached per path)."""
        key = self._keys.get(path)
        if key is None:
            key = self._keys[path] = article_key(path, url)
        return key

    def missing(self, articles: Iterable[ArticleMeta]) -> list[ArticleMeta]:
        """The articles whose marks are not cached yet."""
        keys, marks = self._keys, self._marks
        return [m for m in articles if m.path not in keys or keys[m.path] not in marks]

    def load(self, articles: Iterable[ArticleMeta]) -> None:
        """Read the marks of ``articles`` that are not cached yet (here, in this thread)."""
        missing = self.missing(articles)
        if missing:
            self.absorb(*read_marks(missing, self.state))

    def absorb(self, keys: dict[Path, str], marks: dict[str, Marks]) -> None:
        """Take keys and marks read by :func:`read_marks` (marks set here since win)."""
        self._keys.update(keys)
        for key, found in marks.items():
            self._marks.setdefault(key, found)

    def cached(self, meta: ArticleMeta) -> Marks | None:
        """The marks of ``meta`` if already read, else None (never touches the database)."""
        key = self._keys.get(meta.path)
        return None if key is None else self._marks.get(key)

    def marks(self, meta: ArticleMeta) -> Marks:
        """The marks of ``meta`` (read from the database when not cached)."""
        found = self.cached(meta)
        if found is None:
            key = self.key(meta.path, meta.url)
            found = self._marks[key] = self.state.get(key)
        return found

    def mark_read(self, path: Path, url: str | None) -> Marks:
        """Mark an article read (opening it does this)."""
        key = self.key(path, url)
        current = self._marks.get(key)
        if current is not None and current.read:
            return current
        marks = self._marks[key] = self.state.mark_read(key)
        return marks

    def toggle_read(self, path: Path, url: str | None) -> Marks:
        """Flip an article's read mark."""
        key = self.key(path, url)
        marks = self._marks[key] = self.state.toggle_read(key)
        return marks

    def toggle_starred(self, path: Path, url: str | None) -> Marks:
        """Flip an article's star."""
        key = self.key(path, url)
        marks = self._marks[key] = self.state.toggle_starred(key)
        return marks

    def shows(self, meta: ArticleMeta, show: Show) -> bool:
        """True when ``meta`` passes the show filter (marks not read yet count as unread)."""
        if show == "all":
            return True
        marks = self.cached(meta) or Marks()
        return marks.starred if show == "starred" else not marks.read

    def unread(self, articles: Sequence[ArticleMeta]) -> int:
        """How many of ``articles`` are known to be unread (marks not read yet: not counted)."""
        count = 0
        for meta in articles:
            marks = self.cached(meta)
            count += marks is not None and not marks.read
        return count


def read_marks(
    articles: Iterable[ArticleMeta], state: ReadingState | None = None
) -> tuple[dict[Path, str], dict[str, Marks]]:
    """Keys and marks of ``articles``; any thread (with its own ``state``, opened and
    closed here when None). Hand the result to :meth:`ReadingMarks.absorb`."""
    keys = {meta.path: article_key(meta.path, meta.url) for meta in articles}
    if state is not None:
        return keys, state.states(keys.values())
    with ReadingState() as own:
        return keys, own.states(keys.values())


def filter_groups(groups: Sequence[Group], marks: ReadingMarks | None, show: Show) -> list[Group]:
    """``groups`` with only the articles the show filter lets through (empty ones dropped)."""
    if marks is None or show == "all":
        return list(groups)
    kept = (
        Group(g.name, tuple(m for m in g.articles if marks.shows(m, show)), g.key) for g in groups
    )
    return [group for group in kept if group.articles]


def group_label(
    name: str,
    articles: Sequence[ArticleMeta],
    marks: ReadingMarks | None,
    *,
    outlets: int | None = None,
    room: int | None = None,
) -> Text:
    """A sidebar heading: the group's name, its article count (for a story, its ``outlets``
    count) and how many are unread. Within ``room`` cells the name gives way (``…``) so the
    count stays visible; the unread count may run past the edge."""
    if outlets is None:
        count = Text(f"  {len(articles)}", style="dim")
    else:
        count = Text(f"  {outlets} outlet{'s' * (outlets != 1)}", style="dim")
    label = Text(inert_line(name), style="bold")
    if room is not None:
        fits = max(8, room - count.cell_len)
        if label.cell_len > fits:
            label = Text(label.plain[: fits - 1] + "…", style="bold")
    label.append_text(count)
    unread = marks.unread(articles) if marks is not None else 0
    if unread:
        label.append(f" · {unread} unread", style="italic")
    return label


def mark_glyph(marks: Marks | None) -> Text:
    """What goes before an article's title: ``★ `` when starred, else nothing."""
    return Text("★ ", style="bold") if marks is not None and marks.starred else Text()


def leaf_style(marks: Marks | None) -> str:
    """Read articles are dimmed; unread ones keep the normal style."""
    return "dim" if marks is not None and marks.read else ""
