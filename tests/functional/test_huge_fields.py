"""A 100,000-character title is cut to a few lines with an ellipsis (issue 11)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.reader.article_body import TITLE_LINES
from tui.app.reader.article_view import ArticleView
from tui.app.split.text import column_heading

HUGE = "Headline " * 11_112  # 100,008 characters


async def test_huge_title_leaves_the_article_on_screen(library: Path, write: WriteFile) -> None:
    write("s/a.yaml", article_yaml(HUGE, "Outlet", "First paragraph.\n\nSecond one.", story="s"))
    app = ParallaxApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        await pilot.pause()
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.article is not None)
        await pilot.pause()
        body = view.body
        lines = [body.line_text(index) for index in range(body.size.height)]
        title_lines = [line for line in lines if "Headline" in line]
        assert len(title_lines) == TITLE_LINES
        assert title_lines[-1].rstrip().endswith("…")
        assert lines[:TITLE_LINES] == title_lines  # the header opens the body
        assert any("First paragraph." in line for line in lines)  # the text is on screen


def test_split_column_head_cuts_a_huge_title(library: Path, write: WriteFile) -> None:
    from tui.library.loader import load_article

    path = write("s/a.yaml", article_yaml(HUGE, "Outlet", "Text.", story="s"))
    head = column_heading(load_article(path)).plain
    assert len(head) < 300 and head.endswith("…")
