"""Snapshot of the story view on an invented three-outlet story (plain ``def`` test)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.functional.helpers import tree_labels, wait_until
from tests.story_library import write_story_library
from tui.app.application import ParallaxApp
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar
from tui.app.story.screen import StoryScreen


async def _story_open(pilot: Pilot[None]) -> None:
    app = pilot.app
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    await wait_until(pilot, lambda: screen.assignment is not None)
    await pilot.press("v")
    await pilot.pause()
    tree = screen.query_one(Sidebar).article_tree
    tree.focus()
    tree.cursor_line = next(n for n, t in enumerate(tree_labels(app)) if t.startswith("Ferry"))
    await pilot.press("S")
    await wait_until(pilot, lambda: isinstance(app.screen, StoryScreen))
    story = app.screen
    assert isinstance(story, StoryScreen)
    await wait_until(pilot, lambda: story.complete == len(story.metas), 30)
    await pilot.press("right", "down")
    app.clear_notifications()
    await pilot.pause()


def test_story_view(snap_compare, tmp_path: Path) -> None:
    library = tmp_path / "library"
    write_story_library(library)
    assert snap_compare(ParallaxApp(library), terminal_size=(120, 30), run_before=_story_open)
