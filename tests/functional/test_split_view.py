"""Pilot tests of the split view: opening, keys, scroll lock, export.

The tests run on a small two-outlet story written for them (tests/functional/story_pair.py);
one smoke test opens the shipped sample pair.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot

from tests.conftest import SAMPLE_LIBRARY
from tests.functional.helpers import wait_until
from tests.functional.story_pair import GAZETTE, WIRE
from tui.app.application import ParallaxApp
from tui.app.dialogs.help import HelpScreen
from tui.app.reader.article_view import ArticleView
from tui.app.reader.screen import ReaderScreen
from tui.app.split.entity_overlap import EntityOverlapScreen
from tui.app.split.layout import GUTTER
from tui.app.split.pair_detail import PairDetailScreen
from tui.app.split.rows import SplitRows
from tui.app.split.screen import SplitScreen


def split(app: ParallaxApp) -> SplitScreen:
    screen = app.screen
    assert isinstance(screen, SplitScreen)
    return screen


async def press_compare_on_first_article(pilot: Pilot[None], app: ParallaxApp) -> None:
    """Wait for the library, open the sidebar's first article and press c."""
    await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
    await pilot.pause()
    await pilot.press("enter")
    view = app.screen.query_one(ArticleView)
    await wait_until(pilot, lambda: view.article is not None)
    await pilot.press("c")


async def open_split(pilot: Pilot[None], app: ParallaxApp) -> SplitScreen:
    """Open the first article of the sidebar, press c, wait for every row."""
    await press_compare_on_first_article(pilot, app)
    await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
    screen = split(app)
    await wait_until(pilot, lambda: screen.comparison is not None and screen.rows.fully_mounted)
    await pilot.pause()
    return screen


def head(screen: SplitScreen, side: str) -> str:
    return str(screen.query_one(f"#head-{side}").render())


def in_view(rows: SplitRows, number: int) -> bool:
    """Row ``number``'s band is entirely inside the visible lines of the row view."""
    band = rows.band_of(number)
    assert band is not None
    bottom, height = band.top + band.height, rows.scrollable_content_region.height
    return rows.scroll_y <= band.top and bottom <= rows.scroll_y + height


def gutter(rows: SplitRows, number: int) -> str:
    """The gutter cell of row ``number`` as drawn (side by side layout)."""
    band, cols = rows.band_of(number), rows.cols
    assert band is not None and cols is not None and not cols.stacked
    return rows.line_text(band.top)[cols.left : cols.left + GUTTER]


def cells(rows: SplitRows, number: int, line_no: int = 0) -> tuple[str, str]:
    """The left and right cells of line ``line_no`` (first) of row ``number`` as drawn."""
    band, cols = rows.band_of(number), rows.cols
    assert band is not None and cols is not None
    line = rows.line_text(band.top + line_no)
    return line[: cols.left], line[cols.left + GUTTER :]


def background_at(rows: SplitRows, line: int, x: int) -> object:
    """The background colour drawn at cell ``x`` of content line ``line``."""
    position = 0
    for segment in rows.line_strip(line):
        position += segment.cell_length
        if position > x:
            return segment.style.bgcolor if segment.style else None
    return None


async def test_sample_pair_opens_side_by_side() -> None:
    """Smoke test on the shipped sample: the split view opens on both outlets."""
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        assert "CO/AI" in head(screen, "a")
        assert "Dagens" in head(screen, "b")
        assert len(screen.rows.visible_rows) == len(screen.comparison.rows) > 5


async def test_c_opens_split_with_both_outlets_and_rows(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        assert GAZETTE in head(screen, "a")
        assert WIRE in head(screen, "b")
        assert "Aberstad port approves" in head(screen, "a")
        rows = screen.rows
        assert len(rows.visible_rows) == len(screen.comparison.rows) > 5
        assert all(rows.band_of(r.number) is not None for r in screen.comparison.rows)
        summary = str(screen.query_one("#split-summary").render())
        counts = screen.comparison.summary
        assert (counts.claims_a, counts.claims_b) == (12, 12)  # one claim per paragraph
        assert f"{GAZETTE} 12 claims" in summary and f"{WIRE} 12 claims" in summary
        assert f"shared {counts.pairs} pairs" in summary
        assert f"only left {counts.only_a}" in summary and f"only right {counts.only_b}" in summary
        assert counts.only_a > 0 and counts.only_b > 0 and counts.conflicts > 0
        gutters = {gutter(rows, r.number).strip(" »«") for r in screen.comparison.rows}
        assert gutters <= {"=", "≈", "≠", "◀", "▶"}
        assert {"◀", "▶", "≠"} <= gutters


async def test_n_and_p_move_between_matched_pairs(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        start = rows.cursor
        await pilot.press("n")
        first = rows.cursor
        assert first > start and rows.current_row.matched
        await pilot.press("n")
        assert rows.cursor > first and rows.current_row.matched
        await pilot.press("p")
        assert rows.cursor == first


async def test_bracket_c_sequences_jump_like_n_and_p(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        await pilot.press("n", "n")
        start = rows.cursor
        expected_next = rows.nav.find(lambda r: r.matched)
        expected_prev = rows.nav.find(lambda r: r.matched, forward=False)
        assert expected_prev is not None and expected_next is not None
        assert expected_prev < start < expected_next
        await pilot.press("right_square_bracket", "c")
        assert rows.cursor == expected_next
        await pilot.press("left_square_bracket", "c")
        assert rows.cursor == start
        await pilot.press("left_square_bracket", "c")
        assert rows.cursor == expected_prev
        before = rows.cursor
        await pilot.press("c")  # no prefix: a hint, no move
        assert rows.cursor == before


async def test_u_and_shift_u_visit_one_sided_claims(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        await pilot.press("u")
        first = rows.cursor
        assert rows.current_row.one_sided
        await pilot.press("u")
        second = rows.cursor
        assert second > first and rows.current_row.one_sided
        await pilot.press("U")
        assert rows.cursor == first


async def test_tab_switches_the_active_side(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        await pilot.press("n")
        assert rows.side == "a"
        top, right = rows.band_of(rows.cursor).top, rows.cols.left + GUTTER
        active = rows.get_component_rich_style("split-rows--active").bgcolor
        assert background_at(rows, top, 0) == active != background_at(rows, top, right)
        assert gutter(rows, rows.cursor).startswith("»")
        await pilot.press("tab")
        assert rows.side == "b"
        assert background_at(rows, top, right) == active != background_at(rows, top, 0)
        assert gutter(rows, rows.cursor).endswith("«")


async def test_j_moves_through_claims_of_the_active_side(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        claims_a = [r.number for r in screen.comparison.rows if r.a]
        for expected in claims_a[1:6]:
            await pilot.press("j")
            assert rows.cursor == expected, "side a: j stops on the next row with a left claim"


async def test_scroll_lock_keeps_the_partner_in_view(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        assert rows.max_scroll_y > 0, "the story must not fit on one screen"
        checked = 0
        for _ in range(12):
            await pilot.press("n")
            await pilot.pause()
            row = rows.current_row
            assert in_view(rows, rows.cursor)
            left, label = cells(rows, rows.cursor)  # the left claim starts on the first line,
            right = cells(rows, rows.cursor, 1)[1]  # its partner below the partner's number
            if row.a and row.b:
                assert screen.comparison.claim_text("a", row.a[0])[:8] in left
                assert label.strip() == f"B{row.b[0] + 1}"
                assert screen.comparison.claim_text("b", row.b[0])[:8] in right
                checked += 1
        assert checked >= 5
        rows.scroll_home(animate=False)
        await pilot.pause()
        top = screen.comparison.rows[0]
        left, right = cells(rows, 0)[0], cells(rows, 0, 1 if top.matched else 0)[1]
        for side, text in (("a", left), ("b", right)):
            if top.claims(side):
                assert screen.comparison.claim_text(side, top.claims(side)[0])[:8] in text


async def test_swap_exchanges_left_and_right(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        await pilot.press("n", "n")
        left_text = screen.comparison.claim_text("a", rows.current_row.a[0])
        await pilot.press("s")
        await wait_until(pilot, lambda: rows.fully_mounted)
        await pilot.pause()
        assert WIRE in head(screen, "a")
        assert GAZETTE in head(screen, "b")
        assert screen.comparison.claim_text("b", rows.current_row.b[0]) == left_text
        assert in_view(rows, rows.cursor)


async def test_enter_opens_the_pair_detail(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("n", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PairDetailScreen))
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(app.screen.body)
        text = console.export_text()
        assert "score" in text and "relation" in text
        assert "shared:" in text and GAZETTE in text and WIRE in text
        await pilot.press("escape")
        assert app.screen is screen


async def test_escape_returns_to_the_reader(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_split(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_w_writes_markdown_to_the_working_folder(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        target = tmp_path / "parallax-harbour-harbour-gazette-vs-valley-wire.md"
        assert screen.exported is not None
        assert screen.exported.resolve() == target.resolve()
        text = target.read_text(encoding="utf-8")
        assert text.startswith("# Comparison")
        assert GAZETTE in text and WIRE in text
        assert "€240 million" in text and "€260 million" in text
        messages = [n.message for n in app._notifications]
        assert any(str(target) in m for m in messages)
        assert not list(tmp_path.glob(".*.tmp"))


async def test_entity_list_marks_an_entity_on_both_sides(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("E")
        await wait_until(pilot, lambda: isinstance(app.screen, EntityOverlapScreen))
        listing = app.screen.query_one("#overlap-list")
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert any(p.startswith("Shared") for p in prompts)
        assert any(p.startswith(f"Only {GAZETTE}") for p in prompts)
        assert any(p.startswith(f"Only {WIRE}") for p in prompts)
        shared = screen.comparison.overlap.shared[0]
        index = next(
            i
            for i in range(listing.option_count)
            if listing.get_option_at_index(i).id == shared.key
        )
        listing.highlighted = index
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is screen)
        assert screen.rows.marked_key == shared.key
        row = screen.rows.current_row
        marks = [
            m for side in "ab" for i in row.claims(side) for m in screen.comparison.marks(side, i)
        ]
        assert any(m.key == shared.key for m in marks)
        sides = {
            side
            for r in screen.comparison.rows
            for side in "ab"
            for i in r.claims(side)
            for m in screen.comparison.marks(side, i)
            if m.key == shared.key
        }
        assert sides == {"a", "b"}


async def test_help_lists_the_split_keys(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_split(pilot, app)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        rows = app.screen.rows
        text = " ".join(" ".join(row) for row in rows)
        assert rows[0][0] == "Split view"  # this screen's keys first
        for words in (
            "Next pair",
            "Fold",
            "Swap",
            "Write a Markdown report",
            "] c",
            "Entities",
            "Pair detail",
            "Unlink pair",
            "Copy claim",
        ):
            assert words in text
        keys = {name: keys for section, keys, name in rows if section == "Split view"}
        assert keys["Next pair"] == "n / ] c" and keys["Previous pair"] == "p / [ c"
        assert not any("prefix" in name or "→" in name for _s, _k, name in rows)


async def test_resize_keeps_the_current_pair_in_view(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        for _ in range(8):
            await pilot.press("n")
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.1)
        await pilot.pause()
        assert in_view(rows, rows.cursor)
        await pilot.resize_terminal(60, 30)
        await pilot.pause(0.1)
        await pilot.pause()
        assert screen.has_class("-stacked")
        assert in_view(rows, rows.cursor)
