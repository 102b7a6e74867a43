"""Paging keys in the command palette before its list is laid out (Textual 8.2.8 raised
``KeyError: 0`` in ``OptionList._move_page``)."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette

from tests.conftest import SAMPLE_LIBRARY
from tui.app.application import ParallaxApp


@pytest.mark.parametrize("key", ["pageup", "pagedown"])
@pytest.mark.parametrize("size", [(100, 30), (80, 4)])  # 4 lines: the list has no height
async def test_paging_right_after_opening_the_palette(key: str, size: tuple[int, int]) -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", key, key)
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
    assert app.return_code in (0, None)


async def test_palette_flags_flipping_while_it_loses_its_list() -> None:
    """The palette's watchers look up its list; torn down mid-search, that raised NoMatches."""
    from textual.command import CommandList

    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await palette.query_one(CommandList).remove()
        palette._list_visible = not palette._list_visible  # the watchers run now
        palette._show_busy = not palette._show_busy
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code in (0, None)
