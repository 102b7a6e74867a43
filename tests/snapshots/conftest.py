"""Fixtures and waits shared by the snapshot tests (a wait that times out fails the test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import REPO
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.reader.article_view import ArticleView
from tui.app.reader.screen import ReaderScreen


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> ParallaxApp:
    """The app on the sample library, addressed relatively so paths match on any machine."""
    monkeypatch.chdir(REPO)
    return ParallaxApp(Path("articles"))


async def library_loaded(pilot: Pilot[None]) -> None:
    """Wait until the reader has listed the library and grouped its stories (the story
    headings change once grouped)."""

    def loaded() -> bool:
        screen = pilot.app.screen
        return (
            isinstance(screen, ReaderScreen)
            and screen.scan is not None
            and screen.assignment is not None
        )

    await wait_until(pilot, loaded)
    await pilot.pause()


async def first_article_open(pilot: Pilot[None], *, highlighted: bool) -> None:
    """Open the first article; with ``highlighted``, wait for its entities too."""
    await library_loaded(pilot)
    await pilot.press("enter")
    view = pilot.app.screen.query_one(ArticleView)
    await wait_until(
        pilot,
        lambda: view.article is not None and bool(view.highlights or not highlighted),
    )
    await pilot.pause()
