"""Pilot tests of the reader: library, sidebar, article pane, filter, help, problems."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_LIBRARY, WriteFile, article_yaml
from tests.functional.helpers import tree_labels, wait_until
from tests.functional.story_pair import GAZETTE, WIRE
from tui.app.application import ParallaxApp
from tui.app.dialogs.help import HelpScreen
from tui.app.dialogs.problems import ProblemsScreen
from tui.app.reader.article_view import ArticleView
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar


def _reader(app: ParallaxApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_starts_on_sample_library_with_both_outlets() -> None:
    """Smoke test on the shipped sample library."""
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        labels = tree_labels(app)
        assert any(label.startswith("CO/AI") for label in labels)
        assert any(label.startswith("Dagens") for label in labels)


async def test_opening_an_article_shows_title_and_text(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        await pilot.pause()
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.article is not None)
        assert view.article is not None
        assert view.article.source == GAZETTE
        body = view.body
        first_lines = " ".join(body.line_text(i) for i in range(10))
        assert "The Port of Aberstad approved a €240 million expansion" in first_lines
        # The header is the body's first lines, so it scrolls away with the text.
        header = " ".join(body.line_text(i) for i in range(4))
        assert body.line_text(0).startswith("Aberstad port approves €240 million expansion")
        assert GAZETTE in header


async def test_vim_keys_move_and_tab_changes_pane(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        await pilot.pause()
        tree = app.screen.query_one(Sidebar).article_tree
        start = tree.cursor_line
        await pilot.press("j")
        assert tree.cursor_line == start + 1
        await pilot.press("k")
        assert tree.cursor_line == start
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.article is not None)
        assert app.focused is view.body
        await pilot.press("G")
        assert view.body.scroll_y == view.body.max_scroll_y
        await pilot.press("g")
        assert view.body.scroll_y == 0
        await pilot.press("shift+tab")
        assert app.focused is not view.body


async def test_slash_filters_the_sidebar(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        await pilot.press("slash")
        await pilot.press(*"valley")
        sidebar = app.screen.query_one(Sidebar)
        await wait_until(pilot, lambda: len(sidebar.visible_articles) == 1)
        assert [meta.source for meta in sidebar.visible_articles] == [WIRE]
        labels = tree_labels(app)
        assert not any(label.startswith(GAZETTE) for label in labels)
        await pilot.press("enter")  # closes the filter and lands on the match
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.article is not None)
        assert view.article is not None and view.article.source == WIRE
        await pilot.press("escape", "escape")
        await wait_until(pilot, lambda: len(sidebar.visible_articles) == 2)


async def test_grouping_toggles_between_stories_and_outlets(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).assignment is not None)
        await pilot.pause()
        labels = tree_labels(app)  # a story with two outlets: opens on the stories
        assert "  2 outlets" in labels[0]  # the story's heading (its central headline)
        assert any(label.startswith(f"{GAZETTE} — ") for label in labels)
        await pilot.press("v")
        await pilot.pause()
        labels = tree_labels(app)
        assert labels[0].startswith(GAZETTE)
        assert not any("outlets" in label for label in labels)


async def test_question_mark_opens_help_listing_bindings(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("?")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows
        described = {(section, name): keys for section, keys, name in rows}
        assert described["Reader", "Search"] == "/"
        assert described["Everywhere", "Quit"] == "q"
        assert described["Reader", "Next match or mention"] == "n"
        assert described["Reader", "Highlight entities"] == "h"
        assert described["Sidebar", "Open"] == "enter / l"
        sections = list(dict.fromkeys(section for section, _keys, _name in rows))
        assert sections[:5] == [
            "Reader",
            "Feeds and reading marks",
            "Sidebar",
            "Article text",
            "Everywhere",
        ]
        assert described["Feeds and reading marks", "Refresh the feeds"] == "R"
        assert described["Feeds and reading marks", "Star or unstar"] == "s / *"
        assert "Split view" in sections  # the other screen's keys come after
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_broken_files_are_reported_not_fatal(write: WriteFile, library: Path) -> None:
    write("s/good.yaml", article_yaml(source="Good Outlet"))
    write("s/broken.yaml", "title: [\n")
    write("s/list.yaml", "- 1\n- 2\n")
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        status = str(app.screen.query_one("#status").render())
        assert "2 problems" in status
        assert any(label.startswith("Good Outlet") for label in tree_labels(app))
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        shown = " ".join(
            str(option.prompt) for option in app.screen.query_one("OptionList")._options
        )
        assert "broken.yaml" in shown and "list.yaml" in shown


async def test_empty_library_shows_how_to_add_articles(library: Path) -> None:
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        placeholder = str(app.screen.query_one("#placeholder").render())
        assert "no articles yet" in placeholder
        assert "title:" in placeholder


async def test_missing_library_opens_to_empty_state(tmp_path: Path) -> None:
    app = ParallaxApp(tmp_path / "does-not-exist")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        assert "(missing)" in str(app.screen.query_one("#placeholder").render())


async def test_markup_in_titles_is_shown_literally(write: WriteFile, library: Path) -> None:
    write(
        "s/a.yaml", article_yaml(title="[bold]Loud[/] [link=http://x]y[/link]", source="[red]Src")
    )
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        labels = tree_labels(app)
        assert any("[red]Src" in label for label in labels)
        assert any("[bold]Loud[/]" in label for label in labels)
