"""Pilot tests: the reader has the last word over the rows (issue 14). An unlinked claim
is one-sided at its place and reached by `u`; `-` on it links it again; a hand link is
drawn in one band like an engine pair; the summary counts what the keys reach."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.conftest import WriteFile
from tests.functional.helpers import wait_until
from tests.functional.test_split_judging import marks
from tests.functional.test_split_pairs_together import (
    band_text,
    check_counts_reachable,
    check_pairs_together,
    rail_story,
)
from tests.functional.test_split_view import open_split
from tui.app.application import ParallaxApp
from tui.app.split.rows import SplitRows
from tui.app.split.screen import SplitScreen


def summary_bar(screen: SplitScreen) -> str:
    return str(screen.query_one("#split-summary").render())


async def go_to(pilot: Pilot[None], rows: SplitRows, key: str, side: str, index: int) -> None:
    """Press ``key`` from the top until the cursor row shows claim ``index`` of ``side``."""
    rows.nav.first()
    for _ in range(len(rows.rows)):
        row = rows.current_row
        if row is not None and index in row.claims(side):
            return
        await pilot.press(key)
        await pilot.pause()
    raise AssertionError(f"{key} never reached claim {side}{index}")


async def test_unlink_makes_claims_one_sided_and_minus_links_again(
    library: Path, write: WriteFile
) -> None:
    rail_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(140, 50)) as pilot:
        screen = await open_split(pilot, app)
        rows, before = screen.rows, screen.comparison
        assert before is not None and before.rows[0].a == (0, 2) and before.rows[0].b == (1,)
        engine_pairs = before.alignment.pairs
        await go_to(pilot, rows, "n", "a", 0)
        await pilot.press("minus")  # A1 ↔ B2 unlinked; B2 keeps its other partner A3
        await pilot.pause()
        after = screen.comparison
        assert after is not None and after.summary.pairs == before.summary.pairs - 1
        assert after.summary.only_a == before.summary.only_a + 1
        lone = after.rows[after.row_of_claim("a", 0)]
        assert lone.one_sided and lone.a == (0,) and not lone.b
        assert rows.current_row == lone and marks(rows, lone.number) == "⊘"
        group = after.rows[after.row_of_claim("b", 1)]
        assert group.matched and group.a == (2,)
        assert f"{after.summary.only_a}" in summary_bar(screen)
        check_pairs_together(rows)
        await go_to(pilot, rows, "u", "a", 0)  # u reaches the unlinked claim
        await check_counts_reachable(pilot, rows)

        await go_to(pilot, rows, "u", "a", 0)
        await pilot.press("minus")  # on the lone claim: link it again
        await pilot.pause()
        again = screen.comparison
        assert again is not None and again.alignment.pairs == engine_pairs
        assert again.rows == before.rows and again.summary == before.summary
        assert rows.current_row is not None and rows.current_row.a == (0, 2)


async def test_a_hand_link_is_drawn_side_by_side_and_counted(
    library: Path, write: WriteFile
) -> None:
    rail_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(140, 50)) as pilot:
        screen = await open_split(pilot, app)
        rows, before = screen.rows, screen.comparison
        assert before is not None and 5 in before.alignment.only_a
        assert 2 in before.alignment.only_b
        await go_to(pilot, rows, "u", "a", 5)
        await pilot.press("l", "tab")
        await pilot.pause()
        await go_to(pilot, rows, "u", "b", 2)
        await pilot.press("l")
        await pilot.pause()
        after = screen.comparison
        assert after is not None and after.order == "b"
        row = after.rows[after.row_of_claim("b", 2)]
        assert row.matched and row.a == (5,) and row.b == (2,)
        assert rows.current_row == row
        drawn = " ".join(band_text(rows, row.number).split())
        for side, index in (("a", 5), ("b", 2)):
            assert " ".join(after.claim_text(side, index).split()[:4]) in drawn
        assert "A6 ⚑ linked by the reader" in drawn  # the partner's number, and who linked it
        assert "⚑" in marks(rows, row.number)
        assert after.summary.pairs == before.summary.pairs + 1
        assert (after.summary.only_a, after.summary.only_b) == (
            before.summary.only_a - 1,
            before.summary.only_b - 1,
        )
        check_pairs_together(rows)
        await check_counts_reachable(pilot, rows)
        await pilot.press("tab")
        await pilot.pause()
        check_pairs_together(rows)
        await check_counts_reachable(pilot, rows)
        await pilot.press("s")  # sides swapped: the hand link stays one row
        await pilot.pause()
        swapped = screen.comparison
        assert swapped is not None and swapped.alignment == after.alignment.swapped()
        await check_counts_reachable(pilot, rows)

        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        reopened = app.screen
        assert isinstance(reopened, SplitScreen) and reopened is not screen
        await wait_until(pilot, lambda: reopened._judgements is not None)
        await pilot.pause()
        judged = reopened.comparison
        assert judged is not None and judged.summary == after.summary
        row = judged.rows[judged.row_of_claim("a", 5)]
        assert row.b == (2,) and "⚑" in marks(reopened.rows, row.number)


async def test_an_unreadable_judgements_file_is_named_and_never_overwritten(
    library: Path, write: WriteFile
) -> None:
    rail_story(write)
    broken = write("judgements/rail.parallax.yaml", "pairs: [\n")
    app = ParallaxApp(library)
    async with app.run_test(size=(140, 50)) as pilot:
        screen = await open_split(pilot, app)
        comparison = screen.comparison
        assert comparison is not None and comparison.judged is None  # the engine's rows
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert any("rail.parallax.yaml" in m and "YAML" in m for m in errors)
        app.clear_notifications()
        await pilot.press("n", "v")
        await pilot.pause()
        (message,) = [n.message for n in app._notifications]
        assert "rail.parallax.yaml" in message and "fix or remove it" in message
        assert screen.comparison is comparison
    assert broken.read_text(encoding="utf-8") == "pairs: [\n"
