"""Pilot tests of the split view's first rows: a preview while aligning, clicks, reused entities."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import tui.analysis.article_analysis
import tui.analysis.comparison
from tests.conftest import WriteFile
from tests.functional.helpers import wait_until
from tests.functional.test_split_cases import budget_story
from tests.functional.test_split_view import open_split
from tui.analysis.relations import PENDING
from tui.analysis.row_source import Preview
from tui.app.application import ParallaxApp
from tui.app.reader.screen import ReaderScreen
from tui.app.split.screen import STILL_ALIGNING, SplitScreen
from tui.library.loader import load_article


async def test_rows_show_before_the_alignment_and_keep_the_left_claim(
    library: Path, write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    budget_story(write)
    release = threading.Event()
    real_align = tui.analysis.comparison.align

    def slow_align(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real_align(*args, **kwargs)

    monkeypatch.setattr(tui.analysis.comparison, "align", slow_align)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.scan is not None
        meta = next(m for m in reader.scan.articles if m.source == "Alpha")
        other = next(m for m in reader.scan.articles if m.source == "Beta")
        screen = SplitScreen(load_article(meta.path), other)
        await app.push_screen(screen)
        await wait_until(pilot, lambda: screen.preview is not None)
        await pilot.pause()
        rows = screen.rows
        assert screen.comparison is None and isinstance(rows.source, Preview)
        assert all(r.relation == PENDING for r in rows.rows)
        assert "·" in rows.line_text(0)
        assert "Aligning" in str(screen.query_one("#split-status").render())
        assert "city council approved" in rows.line_text(0)
        await pilot.press("j", "j", "j")  # plain movement works while aligning
        left = rows.current_row.a[0]
        await pilot.press("n")
        assert any(STILL_ALIGNING in n.message for n in app._notifications)
        release.set()
        await wait_until(pilot, lambda: screen.comparison is not None and rows.fully_mounted)
        await pilot.pause()
        assert left in rows.current_row.a  # the cursor stays on the same left claim
        assert rows.in_view(rows.cursor)
        assert "·" not in rows.line_text(rows.band_of(0).top)
        assert "whole" in screen.timings and screen.timings["first_rows"] <= screen.timings["whole"]


async def test_clicking_a_row_moves_the_cursor_and_picks_the_side(
    library: Path, write: WriteFile
) -> None:
    budget_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        target = rows.band_of(3)
        assert target is not None and rows.in_view(3)
        x = rows.cols.left + 6  # inside the right cell
        await pilot.click(rows, offset=(x, target.top - round(rows.scroll_y) + 1))
        assert rows.cursor == 3 and rows.side == "b"
        await pilot.click(rows, offset=(2, rows.band_of(1).top - round(rows.scroll_y)))
        assert rows.cursor == 1 and rows.side == "a"


async def test_the_readers_entities_are_reused(
    library: Path, write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    budget_story(write)
    seen: list[str] = []
    real = tui.analysis.article_analysis.recognise

    def counting(text: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(tui.analysis.article_analysis, "recognise", counting)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: reader.article is not None and bool(reader.mentions))
        article = reader.article
        assert article is not None
        await app.workers.wait_for_complete()
        seen.clear()
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        screen = app.screen
        assert isinstance(screen, SplitScreen)
        await wait_until(pilot, lambda: screen.comparison is not None, 500)
        assert article.body not in seen  # only the other article was recognised
        assert screen.other is not None and screen.other.body in seen
        keys = {m.key for m in screen.comparison.mentions_a}
        assert keys >= {m.key for m in reader.mentions if " " in m.key.partition(":")[2]}
