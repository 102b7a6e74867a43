"""Text from article files and paths is shown as written, never parsed as markup (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import WriteFile, article_yaml
from tests.functional.test_split_view import press_compare_on_first_article
from tui.app.application import ParallaxApp
from tui.app.split.screen import SplitScreen

BODY = "The council approved the budget on Monday.\n\nThe vote passed by seven to two."


def _break_by_deleting(path: Path) -> None:
    path.unlink()


def _break_by_bad_date(path: Path) -> None:
    path.write_text(
        article_yaml("Beta title", "Beta", BODY, story="s", published="[/] draft"),
        encoding="utf-8",
    )


@pytest.mark.parametrize("damage", [_break_by_deleting, _break_by_bad_date])
async def test_sibling_failing_to_load_is_reported_verbatim(
    library: Path, write: WriteFile, damage: object
) -> None:
    write("s/alpha.yaml", article_yaml("Alpha title", "Alpha", BODY, story="s"))
    sibling = write("s/a[/b].yaml", article_yaml("Beta title", "Beta", BODY, story="s"))
    app = ParallaxApp(library)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        damage(sibling)  # type: ignore[operator]
        await press_compare_on_first_article(pilot, app)
        for _ in range(200):
            if app._notifications:
                break
            await pilot.pause(0.01)
        await pilot.pause(0.1)  # the toast is drawn
        assert isinstance(app.screen, SplitScreen)
        (note,) = list(app._notifications)
        assert "[/" in note.message  # the path or value, exactly as written
        assert "a[/b].yaml" in note.message
