"""Pilot tests of narrow screens (80 and 60 columns), the command palette on the split view,
and keys that say why they cannot act (no article, every label off, nothing to fold)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.conftest import WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tests.functional.test_split_view import open_split
from tui.app.application import ParallaxApp
from tui.app.reader.article_view import ArticleView
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar
from tui.app.split.screen import SplitScreen


def messages(app: ParallaxApp) -> list[str]:
    return [n.message for n in app._notifications]


async def open_first_article(pilot: Pilot[None], app: ParallaxApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    await wait_until(pilot, lambda: screen.scan is not None)
    await pilot.pause()
    await pilot.press("enter")
    await wait_until(pilot, lambda: bool(screen.mentions))
    await pilot.pause()
    return screen


async def test_entity_panel_at_80_columns_leaves_the_article_readable(story: Path) -> None:
    """At 80×24 the sidebar plus the panel left the article ~6 columns wide."""
    app = ParallaxApp(story)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_article(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        assert screen.query_one(EntityPanel).has_class("-open")
        assert screen.query_one(ArticleView).region.width >= 30
        await pilot.press("e")  # closing gives the sidebar back, focus back to the text
        await pilot.pause()
        assert screen.query_one(Sidebar).region.width > 0
        assert app.focused is screen.query_one(ArticleView).body


async def test_filter_while_panel_replaces_sidebar_shows_the_sidebar(story: Path) -> None:
    """``/`` with the panel open on a narrow screen must not type into a hidden input."""
    app = ParallaxApp(story)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_article(pilot, app)
        await pilot.press("e", "slash")
        await pilot.pause()
        field = screen.query_one("#filter")
        assert app.focused is field
        assert field.region.width > 0


async def test_sidebar_narrows_on_a_60_column_screen(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_first_article(pilot, app)
        assert screen.query_one(ArticleView).region.width >= 30


async def test_palette_offers_and_runs_split_view_actions(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        commands = {c.title: c for c in app.get_system_commands(screen)}
        for title in (
            "Next pair",
            "Next one-sided claim",
            "Fold agreeing pairs",
            "Swap sides",
            "Write a Markdown report",
            "Back to the reader",
        ):
            assert title in commands, title
        assert commands["Fold agreeing pairs"].help.startswith("Hide the rows where both")
        texts = " ".join(f"{c.title} {c.help}" for c in commands.values())
        assert "action" not in texts and "prefix" not in texts and "key:" not in texts
        expected = screen.rows.nav.find(lambda r: r.matched)
        assert expected is not None and expected != screen.rows.cursor
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"next pair")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is screen)
        assert screen.rows.cursor == expected


async def test_palette_entries_say_what_the_reader_commands_do(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        helps = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert helps["Search"].startswith("Show only the articles")
        assert "Compare with another outlet" in helps
        assert "Next pair" not in helps  # the split view's commands stay in the split view
        assert "Scroll down" not in helps  # moving around a pane is not a palette entry


async def test_next_mention_without_article_says_open_one_first(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        await pilot.press("n")
        await pilot.pause()
        assert any("Open an article first" in m for m in messages(app))


async def test_next_mention_with_every_label_off_says_why(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot, app)
        await pilot.press("L", "n", "enter")  # choose labels: none
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert any("press L" in m for m in messages(app))


async def test_fold_with_no_agreeing_pair_says_nothing_to_fold(
    library: Path, write: WriteFile
) -> None:
    """A pair with no exact (=) pair: f used to say "Folded 0 agreeing rows", then
    "Nothing to fold"; now it folds to the differences."""
    write(
        "budget/a.yaml",
        article_yaml(
            "Budget passes",
            "Gazette",
            "The Oslo council approved a budget of "
            "€50 million on Monday.\n\nThe mayor praised the vote.",
            story="budget",
        ),
    )
    write(
        "budget/b.yaml",
        article_yaml(
            "Council backs budget",
            "Wire",
            "The Oslo council approved a budget of "
            "€70 million on Monday.\n\nTwo members abstained.",
            story="budget",
        ),
    )
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        assert screen.comparison is not None and screen.comparison.alignment.pairs
        assert all(p.relation != "same" for p in screen.comparison.alignment.pairs)
        await pilot.press("f")
        await pilot.pause()
        assert screen.rows.nav.level == "differences"  # not "nothing to fold"
        # the figures differ (€50 vs €70 million): that pair is a difference, kept
        assert any(r.matched for r in screen.rows.visible_rows)
        assert not any("Nothing to fold" in m for m in messages(app))


async def test_split_keys_on_a_one_article_story_say_there_is_nothing_to_compare(
    library: Path, write: WriteFile
) -> None:
    """n, j, f, s, enter, E… did nothing at all on the "nothing to compare" page."""
    body = "Anna Berg met the Oslo council on Monday.\n\nThe council agreed in March."
    write("lonely/only.yaml", article_yaml("A lone report", "Solo", body, story="lonely"))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen.query_one(ArticleView).article is not None)
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        await pilot.pause()
        for key in ("n", "f", "s", "enter", "E", "w", "v", "minus", "l", "y"):
            before = len(app._notifications)
            await pilot.press(key)
            await pilot.pause()
            new = [n.message for n in app._notifications][before:]
            assert any("no comparison here" in m for m in new), key
