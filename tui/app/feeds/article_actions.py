"""Reader keys about one article: read/unread, star, show filter, open and copy its URL.

The article is the one highlighted in the sidebar while the sidebar has focus, else the
open one. Marks live in :class:`~tui.app.feeds.reading.ReadingMarks` (SQLite in the data
folder), never in the library. URLs leave the app only when they are plain http(s).
"""

from __future__ import annotations

import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from textual import work
from textual.worker import Worker

from tui.app.feeds.reading import SHOW_WORDS, ReadingMarks, next_show, read_marks
from tui.feeds.readstate import Marks
from tui.feeds.weblinks import web_url
from tui.models import Article, ArticleMeta
from tui.text.safety import inert_line

if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[None]
else:
    _Base = object

MARKS_NOW = 300
"""Up to this many articles' marks are read at once; more are read in a worker."""


T = TypeVar("T")


class MarkedSidebar(Protocol):
    """What these keys need of the reader's sidebar (``#sidebar``); typed here so this
    package does not import the reader's (the reader imports this one)."""

    show: Any
    article_tree: Any

    def update_marks(self, path: object) -> None: ...

    def refresh_marks(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Target:
    """The article a key acts on."""

    path: Path
    url: str | None
    title: str


class ArticleActions(_Base):
    """Mixin for the reader; the screen provides ``article``, ``reading`` and the ``#sidebar``."""

    article: Article | None
    _reading: ReadingMarks | None = None
    _marks_worker: Worker[None] | None = None
    _marks_wanted: list[ArticleMeta] | None = None

    @property
    def reading(self) -> ReadingMarks:
        """The screen's read/starred marks (the database opens on first use)."""
        if self._reading is None:
            self._reading = ReadingMarks()
        return self._reading

    def with_marks(self, sidebar: T) -> T:
        """``sidebar`` (being composed) showing this screen's marks."""
        sidebar.marks = self.reading  # type: ignore[attr-defined]
        return sidebar

    def on_unmount(self) -> None:
        if self._reading is not None:
            self._reading.close()

    def _sidebar(self) -> MarkedSidebar:
        return cast(MarkedSidebar, self.query_one("#sidebar"))

    def target(self) -> Target | None:
        """The highlighted article when the sidebar has focus, else the open article."""
        tree = self._sidebar().article_tree
        node = tree.cursor_node
        if tree.has_focus and node is not None and node.data is not None:
            return Target(node.data.path, node.data.url, node.data.title)
        if self.article is not None:
            return Target(self.article.path, self.article.url, self.article.title)
        return None

    def _target_or_say(self, what: str) -> Target | None:
        found = self.target()
        if found is None:
            self.notify(f"Highlight or open an article first, then {what}", severity="warning")
        return found

    def load_marks(self, articles: list[ArticleMeta]) -> None:
        """Have the marks of ``articles`` cached before the sidebar lists them: at once for
        a few, else in a worker (the sidebar shows them when they arrive)."""
        missing = self.reading.missing(articles)
        if len(missing) <= MARKS_NOW:
            if missing:
                self.reading.load(missing)
            return
        self._marks_wanted = articles
        if self._marks_worker is None or self._marks_worker.is_finished:
            self._marks_wanted = None
            self._marks_worker = self._read_marks(missing)

    @work(thread=True, group="marks", exit_on_error=False)
    def _read_marks(self, articles: list[ArticleMeta]) -> None:
        keys, marks = read_marks(articles)  # its own database connection
        self.app.call_from_thread(self._marks_arrived, keys, marks)

    def _marks_arrived(self, keys: dict[Path, str], marks: dict[str, Marks]) -> None:
        self.reading.absorb(keys, marks)
        self._sidebar().refresh_marks()
        wanted, self._marks_wanted = self._marks_wanted, None
        if wanted is not None:  # the listing changed meanwhile
            self._marks_worker = None
            self.load_marks(wanted)

    def article_opened(self, article: Article) -> None:
        """Opening an article marks it read."""
        self.reading.mark_read(article.path, article.url)
        self._sidebar().update_marks(article.path)

    def action_toggle_read(self) -> None:
        """Mark the article unread, or read again."""
        target = self._target_or_say("press u")
        if target is not None:
            marks = self.reading.toggle_read(target.path, target.url)
            self._sidebar().update_marks(target.path)
            self.notify("Marked read" if marks.read else "Marked unread", timeout=2)

    def action_toggle_starred(self) -> None:
        """Star the article, or take its star away."""
        target = self._target_or_say("press s")
        if target is not None:
            marks = self.reading.toggle_starred(target.path, target.url)
            self._sidebar().update_marks(target.path)
            self.notify("Starred" if marks.starred else "Star removed", timeout=2)

    def action_cycle_show(self) -> None:
        """List all articles, then only unread ones, then only starred ones."""
        sidebar = self._sidebar()
        sidebar.show = next_show(sidebar.show)
        self.notify(f"Showing {SHOW_WORDS[sidebar.show]}", timeout=3)

    def _web_url_or_say(self) -> str | None:
        target = self._target_or_say("press o or Y")
        if target is None:
            return None
        url = web_url(target.url)
        if not target.url:
            self.notify("This article has no URL", severity="warning")
        elif url is None:
            self.notify(
                "This article's URL is not a plain http(s) address, so it is not opened "
                "or copied: " + inert_line(target.url)[:120],
                severity="warning",
                markup=False,
            )
        return url

    def action_copy_url(self) -> None:
        """Copy the article's URL to the clipboard (through the terminal)."""
        url = self._web_url_or_say()
        if url is not None:
            self.app.copy_to_clipboard(url)
            self.notify("Copied the URL: " + inert_line(url)[:120], markup=False, timeout=3)

    def action_open_url(self) -> None:
        """Open the article's URL in the web browser."""
        url = self._web_url_or_say()
        if url is not None:
            self.notify("Opening in the browser: " + inert_line(url)[:120], markup=False, timeout=3)
            self._open_in_browser(url)

    @work(thread=True, group="browser", exit_on_error=False)
    def _open_in_browser(self, url: str) -> None:
        """``webbrowser.open`` off the UI thread (starting a browser can take seconds)."""
        if _console_browser():
            self.app.call_from_thread(self._open_in_terminal, url)
            return
        try:
            opened = webbrowser.open(url)
        except webbrowser.Error:
            opened = False
        if not opened:
            self.app.call_from_thread(self._no_browser, url)

    def _open_in_terminal(self, url: str) -> None:
        """A text-mode browser (lynx, w3m…) gets the terminal while it runs."""
        from textual.app import SuspendNotSupported

        try:
            with self.app.suspend():
                opened = webbrowser.open(url)
        except SuspendNotSupported:
            opened = False
        if not opened:
            self._no_browser(url)

    def _no_browser(self, url: str) -> None:
        self.notify(
            "No web browser found. The URL (Y copies it): " + inert_line(url)[:200],
            severity="warning",
            markup=False,
            timeout=10,
        )


def _console_browser() -> bool:
    """True when the default browser runs in this terminal (it would fight the app)."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    return isinstance(browser, webbrowser.GenericBrowser) and not isinstance(
        browser, webbrowser.BackgroundBrowser
    )
