"""Snapshot tests of the split view on the sample pair (plain ``def`` tests)."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import REPO
from tests.functional.helpers import wait_until
from tests.snapshots.conftest import first_article_open
from tui.app.application import ParallaxApp
from tui.app.split.screen import SplitScreen

WIDE = (120, 40)
SMALL = (80, 24)


async def _split_open(pilot: Pilot[None]) -> None:
    """Open the first article, press c and wait until every row is shown."""
    await first_article_open(pilot, highlighted=False)
    await pilot.press("c")

    def shown() -> bool:
        screen = pilot.app.screen
        return (
            isinstance(screen, SplitScreen)
            and bool(screen.comparison)
            and screen.rows.fully_mounted
        )

    await wait_until(pilot, shown)
    await pilot.pause()


def _then(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await _split_open(pilot)
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def test_split_view_wide(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=_then())


def test_split_view_cursor_on_right_side(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=_then("n", "n", "n", "tab", "j"))


def test_split_view_small_terminal(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=SMALL, run_before=_then("n"))


def test_split_view_swapped_small(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=SMALL, run_before=_then("u", "s"))


def test_split_pair_detail(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=_then("n", "enter"))


def test_split_entity_list_small(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=SMALL, run_before=_then("E"))


def test_split_view_200_columns(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=(200, 50), run_before=_then())


def test_split_view_folded_to_differences(snap_compare, app: ParallaxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=_then("f"))


@pytest.fixture
def copied_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ParallaxApp:
    """The app on a copy of the sample library (judging writes into the library), addressed
    relatively like the ``app`` fixture."""
    shutil.copytree(REPO / "articles", tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    return ParallaxApp(Path("articles"))


def test_split_view_judged(snap_compare, copied_app: ParallaxApp) -> None:
    """A verified (✓), a disputed (✗), a hand-linked (⚑, one band like an engine pair) and
    an unlinked pair (⊘, its claim one-sided at its place), then back to the top."""
    keys = ("v", "j", "d", "j", "l", "tab", "j", "l", "tab", "j", "minus", "g")
    assert snap_compare(copied_app, terminal_size=WIDE, run_before=_then(*keys))
