"""Snapshot tests of the reader's key screens (plain ``def``: snap_compare runs its own loop)."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.snapshots.conftest import first_article_open, library_loaded
from tui.app.application import ParallaxApp

SIZE = (120, 40)


async def _article_highlighted(pilot: Pilot[None]) -> None:
    await first_article_open(pilot, highlighted=True)


def test_reader_start(snap_compare, app: ParallaxApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SIZE, run_before=library_loaded)


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
        await library_loaded(pilot)
        await pilot.press("?")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
