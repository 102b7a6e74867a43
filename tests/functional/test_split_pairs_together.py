"""Pilot tests: every pair is drawn in one row band, whatever order the outlets told it in
(issue 14) — on a written pair with a crossing and a one-to-many pair, and on the sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import SAMPLE_LIBRARY, WriteFile, article_yaml
from tests.functional.test_split_cases import budget_story
from tests.functional.test_split_view import open_split
from tui.analysis.navigation import RowTest
from tui.app.application import ParallaxApp
from tui.app.split.rows import SplitRows
from tui.nlp.align.rows import Row

RAIL_A = """\
The regional rail company Nordbane will close the Kvitfjell line on 1 October.
Ticket sales on the line fell by 40 percent over the past five years.
Nordbane said the trains were old and repairs would cost 80 million kroner.
Replacement buses will run every hour between Kvitfjell and Lunde.
The mayor of Lunde, Sara Holm, called the closure a betrayal of rural towns.
Students who commute to the college in Lunde will get free bus passes."""

RAIL_B = """\
Lunde's mayor Sara Holm said the closure betrays rural towns.
Nordbane, the regional rail company, is shutting the Kvitfjell line on 1 October because \
its trains are old and repairs would cost 80 million kroner.
A petition against the closure has gathered 12,000 signatures.
Hourly replacement buses will link Kvitfjell and Lunde."""


def rail_story(write: WriteFile) -> None:
    write("rail/a.yaml", article_yaml("Rail line to close", "Fjord Post", RAIL_A, story="rail"))
    write("rail/b.yaml", article_yaml("Kvitfjell line shut", "Lunde News", RAIL_B, story="rail"))


def band_text(rows: SplitRows, number: int) -> str:
    band = rows.band_of(number)
    assert band is not None
    return "\n".join(rows.line_text(band.top + n) for n in range(band.height))


def screen_text(rows: SplitRows) -> str:
    return "\n".join(rows.line_text(n) for n in range(rows.virtual_size.height))


def check_pairs_together(rows: SplitRows) -> None:
    """No placeholder anywhere; each pair's two claims (and the partner's number) are drawn
    in the band of one row."""
    comparison = rows.comparison
    assert comparison is not None
    text = screen_text(rows)
    assert "matched below" not in text and "matched above" not in text
    for row in comparison.rows:
        assert not row.matched or (row.a and row.b)
    partner = "b" if comparison.order == "a" else "a"
    for pair in comparison.alignment.pairs:
        number = comparison.row_of_claim("a", pair.a)
        assert number == comparison.row_of_claim("b", pair.b)
        drawn = " ".join(band_text(rows, number).split())
        for side, index in (("a", pair.a), ("b", pair.b)):
            assert " ".join(comparison.claim_text(side, index).split()[:3]) in drawn
        index = pair.b if partner == "b" else pair.a
        assert f"{partner.upper()}{index + 1}" in drawn


async def test_crossing_and_one_to_many_pairs_share_a_band(library: Path, write: WriteFile) -> None:
    rail_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 60)) as pilot:
        screen = await open_split(pilot, app)
        rows, comparison = screen.rows, screen.comparison
        assert comparison is not None
        pairs = comparison.alignment.pairs
        # the written pair really has a crossing pair and a claim with several partners
        assert any(p.a < q.a and p.b > q.b for p in pairs for q in pairs)
        assert any(len([q for q in pairs if q.b == p.b]) > 1 for p in pairs)
        groups = [r for r in comparison.rows if len(r.a) > 1 or len(r.b) > 1]
        assert groups and all(r.matched for r in groups)
        check_pairs_together(rows)
        firsts = [r.a[0] for r in comparison.rows if r.a]
        assert firsts == sorted(firsts)


async def test_tab_reorders_by_the_active_side_around_the_same_pair(
    library: Path, write: WriteFile
) -> None:
    rail_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 60)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        await pilot.press("n")
        await pilot.pause()
        before = rows.current_row
        assert before is not None and before.matched
        await pilot.press("tab")
        await pilot.pause()
        comparison = screen.comparison
        assert comparison is not None and comparison.order == "b" and rows.side == "b"
        assert rows.current_row is not None and rows.current_row.a == before.a
        assert rows.current_row.b == before.b
        firsts = [r.b[0] for r in comparison.rows if r.b]
        assert firsts == sorted(firsts)
        check_pairs_together(rows)
        await pilot.press("tab")
        await pilot.pause()
        assert screen.comparison is not None and screen.comparison.order == "a"
        assert rows.current_row is not None and rows.current_row.a == before.a


async def test_sample_pair_has_no_placeholder_rows() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await open_split(pilot, app)
        check_pairs_together(screen.rows)
        await pilot.press("tab")
        await pilot.pause()
        check_pairs_together(screen.rows)


async def walk(pilot: Pilot[None], rows: SplitRows, key: str, wanted: RowTest) -> list[Row]:
    """The rows ``key`` reaches from the top (the first row too, when it is ``wanted``)."""
    rows.nav.first()
    await pilot.pause()
    seen = [rows.current_row] if rows.current_row and wanted(rows.current_row) else []
    while True:
        before = rows.cursor
        await pilot.press(key)
        await pilot.pause()
        if rows.cursor == before:
            return [r for r in seen if r is not None]
        assert rows.current_row is not None and wanted(rows.current_row)
        seen.append(rows.current_row)


async def check_counts_reachable(pilot: Pilot[None], rows: SplitRows) -> None:
    """Every pair, conflict and one-sided claim the summary counts is reached by n, x, u."""
    comparison = rows.comparison
    assert comparison is not None
    summary = comparison.summary
    reached = await walk(pilot, rows, "n", lambda r: r.matched)
    pairs = {(p.a, p.b) for r in reached for p in comparison.row_pairs(r)}
    assert len(pairs) == summary.pairs == len(comparison.alignment.pairs)
    reached = await walk(pilot, rows, "x", lambda r: r.relation == "conflict")
    conflicts = {
        (p.a, p.b) for r in reached for p in comparison.row_pairs(r) if p.relation == "conflict"
    }
    assert len(conflicts) == summary.conflicts
    reached = await walk(pilot, rows, "u", lambda r: r.one_sided)
    assert sum(len(r.a) for r in reached) == summary.only_a
    assert sum(len(r.b) for r in reached) == summary.only_b


RAIL_JUDGED = """\
pairs:
- left: rail/a.yaml
  right: rail/b.yaml
  judgements:
  - {a: 2, b: 1, linked: false}
  - {a: 3, b: 3, linked: false}
  - {a: 5, b: 2, verdict: disputed}
"""
"""The reader's judgements on the rail pair: two engine pairs unlinked, one hand link."""


@pytest.mark.parametrize("story", ["sample", "rail", "budget", "rail-judged"])
async def test_summary_counts_are_reachable_with_n_x_u(
    library: Path, write: WriteFile, story: str
) -> None:
    if story != "sample":
        (budget_story if story == "budget" else rail_story)(write)
    if story == "rail-judged":
        write("judgements/rail.parallax.yaml", RAIL_JUDGED)
    for root in [SAMPLE_LIBRARY if story == "sample" else library]:
        app = ParallaxApp(root)
        async with app.run_test(size=(160, 50)) as pilot:
            screen = await open_split(pilot, app)
            assert screen.comparison is not None
            summary = screen.comparison.summary
            assert summary.pairs and (summary.conflicts or story != "budget")
            if story == "rail-judged":  # counts are the judged alignment's
                judged = screen.comparison.judged
                assert judged is not None and len(judged.judgements) == 3
                assert summary.pairs == len(judged.engine.pairs) - 2 + 1
            await check_counts_reachable(pilot, screen.rows)
            await pilot.press("tab")
            await pilot.pause()
            await check_counts_reachable(pilot, screen.rows)


async def test_x_without_any_conflict_says_so(library: Path, write: WriteFile) -> None:
    rail_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await open_split(pilot, app)
        assert screen.comparison is not None and screen.comparison.summary.conflicts == 0
        await pilot.press("x")
        await pilot.pause()
        assert "No conflicts in this comparison" in [n.message for n in app._notifications]
