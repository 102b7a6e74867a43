"""Snapshot tests of the reader's key screens (plain ``def``: snap_compare runs its own loop)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import REPO
from tui.app import ParallaxApp
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView

SIZE = (120, 40)


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> ParallaxApp:
    """The app on the sample library, addressed relatively so paths match on any machine."""
    monkeypatch.chdir(REPO)
    return ParallaxApp(Path("articles"))


async def _library_loaded(pilot: Pilot[None]) -> None:
    for _ in range(300):
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and screen.scan is not None:
            break
        await pilot.pause(0.01)
    await pilot.pause()


async def _article_highlighted(pilot: Pilot[None]) -> None:
    await _library_loaded(pilot)
    await pilot.press("enter")
    view = pilot.app.screen.query_one(ArticleView)
    for _ in range(300):
        if view.highlights:
            break
        await pilot.pause(0.01)
    await pilot.pause()


def test_reader_start(snap_compare, app: ParallaxApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SIZE, run_before=_library_loaded)


def test_reader_article_with_highlights(snap_compare, app: ParallaxApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SIZE, run_before=_article_highlighted)


def test_reader_entity_panel_and_tags(snap_compare, app: ParallaxApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await _article_highlighted(pilot)
        await pilot.press("t", "e")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, app: ParallaxApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await _library_loaded(pilot)
        await pilot.press("?")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
