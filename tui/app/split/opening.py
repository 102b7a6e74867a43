"""Opening the split view: straight on the one other outlet, through a picker when there
are several, or on an empty view that explains why there is nothing to compare."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import App

from tui.analysis import Analysis
from tui.app.dialogs.story_picker import StoryPickerScreen, siblings
from tui.app.split.screen import SplitScreen
from tui.library.loader import scan_library
from tui.models import Article, ArticleMeta
from tui.stories.assign import assign_library

__all__ = ["open_split"]


def open_split(
    app: App[None],
    article: Article,
    others: Sequence[ArticleMeta] | None,
    analysis: Analysis | None,
    library: Path,
) -> None:
    """Open the split view for ``article``: directly, via a picker, or to explain why not.

    ``others``: the other articles of its story (``None``: not known yet, so ``library`` is
    scanned and grouped in a worker first); ``analysis``: ``article``'s analysis if done.
    """
    if others is None:

        def find_others() -> None:
            story = assign_library(scan_library(library)).story(article.path)
            found = siblings(article, story.articles if story is not None else ())
            app.call_from_thread(open_split, app, article, found, analysis, library)

        app.run_worker(find_others, thread=True, group="siblings", exclusive=True)
        return
    if len(others) <= 1:
        other = others[0] if others else None
        app.push_screen(SplitScreen(article, other, analysis, library=library))
        return

    def chosen(meta: ArticleMeta | None) -> None:
        if meta is not None:
            app.push_screen(SplitScreen(article, meta, analysis, library=library))

    app.push_screen(StoryPickerScreen(article, list(others)), chosen)
