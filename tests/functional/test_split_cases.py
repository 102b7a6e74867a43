"""Pilot tests of the split view on written libraries: fold, conflicts, one and three articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from tests.conftest import WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tests.functional.test_split_view import (
    gutter,
    open_split,
    press_compare_on_first_article,
    split,
)
from tui.app.application import ParallaxApp
from tui.app.dialogs.story_picker import StoryPickerScreen
from tui.app.split.screen import SplitScreen

ALPHA = """\
The city council approved a new budget of 40 million dollars on Monday.
Mayor Anna Berg said the plan would fund three new schools in Oslo.
The vote passed by 7 to 2 after a long debate.
Critics warned that property taxes could rise next year.
The harbour project will be finished by 2027, officials said."""

BETA = """\
The city council approved a new budget of 40 million dollars on Monday.
Mayor Anna Berg said the plan would fund three new schools in Oslo.
The vote passed by 8 to 1 after a long debate.
Local shops expect more customers once the schools open.
The harbour project will be finished by 2027, officials said."""

GAMMA = """\
Oslo's council passed a budget on Monday after a long debate.
Mayor Anna Berg promised three new schools."""


def budget_story(write: WriteFile, *, third: bool = False) -> None:
    write(
        "budget/alpha.yaml", article_yaml("Council passes budget", "Alpha", ALPHA, story="budget")
    )
    write("budget/beta.yaml", article_yaml("Budget approved", "Beta", BETA, story="budget"))
    if third:
        write("budget/gamma.yaml", article_yaml("Oslo budget", "Gamma", GAMMA, story="budget"))


async def test_fold_leaves_only_differences(library: Path, write: WriteFile) -> None:
    budget_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        before = len(rows.visible_rows)
        assert any(r.relation == "same" for r in rows.visible_rows)
        await pilot.press("f")
        await pilot.pause()
        after = rows.visible_rows
        assert len(after) < before
        assert after and all(r.relation != "same" for r in after)
        laid_out = [r for r in screen.comparison.rows if rows.band_of(r.number) is not None]
        assert laid_out == after
        assert all(gutter(rows, r.number).strip(" »«") != "=" for r in after)
        assert rows.current_row.relation != "same"
        await pilot.press("n")
        assert rows.current_row.relation != "same"
        status = str(screen.query_one("#split-status").render())
        assert "Fold: differences only" in status
        await pilot.press("f")
        await pilot.pause()
        assert rows.visible_rows and all(r.one_sided for r in rows.visible_rows)
        assert rows.current_row is not None and rows.current_row.one_sided
        assert "Fold: one-sided claims only" in str(screen.query_one("#split-status").render())
        await pilot.press("f")
        await pilot.pause()
        assert len(rows.visible_rows) == before
        assert not screen.query_one("#split-status").display


async def test_x_jumps_to_the_conflict_and_marks_the_values(
    library: Path, write: WriteFile
) -> None:
    budget_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("x")
        row = screen.rows.current_row
        assert row.relation == "conflict"
        assert "≠" in gutter(screen.rows, row.number)
        for side, mine in (("a", {"7", "2"}), ("b", {"8", "1"})):
            index = row.claims(side)[0]
            text = screen.comparison.claim_text(side, index)
            marks = screen.comparison.marks(side, index)
            assert {text[m.start : m.end] for m in marks if m.conflict} == mine
        summary = str(screen.query_one("#split-summary").render())
        assert "≠1" in summary


async def test_u_finds_claims_told_by_one_outlet_only(library: Path, write: WriteFile) -> None:
    budget_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("u")
        row = screen.rows.current_row
        assert row.relation == "only_a"
        assert "property taxes" in screen.comparison.claim_text("a", row.a[0])
        await pilot.press("u")
        row = screen.rows.current_row
        assert row.relation == "only_b"
        assert "Local shops" in screen.comparison.claim_text("b", row.b[0])


async def test_one_article_story_explains_how_to_add_another(
    library: Path, write: WriteFile
) -> None:
    write("lonely/only.yaml", article_yaml("A lone report", "Solo", ALPHA, story="lonely"))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await press_compare_on_first_article(pilot, app)
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        screen = split(app)
        await pilot.pause()
        message = str(screen.query_one("#split-status").render())
        assert "Nothing to compare" in message
        assert "story: lonely" in message
        assert "YAML" in message
        assert screen.comparison is None
        await pilot.press("escape")
        assert not isinstance(app.screen, SplitScreen)


async def test_three_article_story_asks_which_to_compare(library: Path, write: WriteFile) -> None:
    budget_story(write, third=True)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await press_compare_on_first_article(pilot, app)
        await wait_until(pilot, lambda: isinstance(app.screen, StoryPickerScreen))
        picker = app.screen
        assert [m.source for m in picker.choices] == ["Beta", "Gamma"]
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        screen = split(app)
        await wait_until(pilot, lambda: screen.comparison is not None and screen.rows.fully_mounted)
        assert "Gamma" in str(screen.query_one("#head-b").render())
        assert "Alpha" in str(screen.query_one("#head-a").render())


async def test_export_inside_the_library_goes_beside_it(
    library: Path, write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    budget_story(write)
    monkeypatch.chdir(library / "budget")
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        assert screen.exported is not None
        assert screen.exported.parent == library.resolve().parent
        assert screen.exported.name == "parallax-budget-alpha-vs-beta.md"
        assert sorted(p.name for p in (library / "budget").iterdir()) == [
            "alpha.yaml",
            "beta.yaml",
        ]


async def test_picker_answers_once_when_enter_arrives_twice(
    library: Path, write: WriteFile
) -> None:
    budget_story(write, third=True)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await press_compare_on_first_article(pilot, app)
        await wait_until(pilot, lambda: isinstance(app.screen, StoryPickerScreen))
        picker = app.screen
        app.post_message(events.Key("enter", "\r"))  # both queued before the first is handled
        app.post_message(events.Key("enter", "\r"))
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        screen = split(app)
        await wait_until(pilot, lambda: screen.comparison is not None and screen.rows.fully_mounted)
        assert picker not in app.screen_stack
    assert app.return_code in (0, None)


async def test_a_screen_not_on_top_cannot_dismiss_the_one_above(
    library: Path, write: WriteFile
) -> None:
    """E.g. the palette's "Back" command for the split view run while its pair detail is
    open: Textual's dismiss would pop the detail instead (and, repeated, the last screen)."""
    from tui.app.split.pair_detail import PairDetailScreen

    budget_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("n", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PairDetailScreen))
        screen.action_back()
        await pilot.pause()
        assert isinstance(app.screen, PairDetailScreen)
        assert screen in app.screen_stack
    assert app.return_code in (0, None)
