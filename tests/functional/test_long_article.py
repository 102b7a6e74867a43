"""A long article stays responsive: layout work follows the screen, not the article, and
keys work while its entities are still being recognised (issue 11)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.conftest import WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.reader.article_body import EAGER_BELOW, ArticleBody
from tui.app.reader.article_view import ArticleView

PARAGRAPH = "Anna Berg told Reuters in Oslo on Monday that {n} percent of the plan was ready."


def _long_body(paragraphs: int) -> str:
    return "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs))


@pytest.fixture
def long_library(library: Path, write: WriteFile) -> Path:
    body = _long_body(2_000)
    assert len(body) > EAGER_BELOW  # laid out lazily
    write("long/a.yaml", article_yaml("Long report", "Outlet", body, story="long"))
    return library


async def _open(pilot: object, app: ParallaxApp) -> ArticleView:
    await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)  # type: ignore[arg-type]
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    view = app.screen.query_one(ArticleView)
    await wait_until(pilot, lambda: view.article is not None)  # type: ignore[arg-type]
    return view


async def test_keys_work_while_entities_are_recognised(
    long_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.analysis import article_analysis as recogniser  # the analysis's recogniser

    release = threading.Event()
    real = recogniser.recognise

    def held(*args: object, **kwargs: object) -> object:
        release.wait(10)  # recognition is still running while the keys below arrive
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(recogniser, "recognise", held)
    app = ParallaxApp(long_library)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _open(pilot, app)
        body = view.body
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 1000
        assert "1999 percent" in " ".join(
            body.line_text(i) for i in range(int(body.scroll_y), body.line_count)
        )
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        assert not view.highlights
        release.set()
        await wait_until(pilot, lambda: len(view.highlights) > 4_000, 3000)


async def test_highlights_and_restyles_wrap_only_what_is_on_screen(
    long_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ParallaxApp(long_library)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _open(pilot, app)
        await wait_until(pilot, lambda: len(view.highlights) > 4_000, 3000)
        wrapped: list[int] = []
        real = ArticleBody._block_text

        def counting(body: ArticleBody, block: object) -> object:
            wrapped.append(1)
            return real(body, block)  # type: ignore[arg-type]

        monkeypatch.setattr(ArticleBody, "_block_text", counting)
        for key in ("h", "h", "G", "t", "g"):
            await pilot.press(key)
            await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert 0 < len(wrapped) < 400  # 2,000 paragraphs, five keys and a resize


async def test_mentions_are_found_on_the_line_line_of_gives(long_library: Path) -> None:
    app = ParallaxApp(long_library)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _open(pilot, app)
        await wait_until(pilot, lambda: len(view.highlights) > 4_000, 3000)
        body = view.body
        text = view.article.body  # type: ignore[union-attr]
        for highlight in view.highlights[::997]:
            line = body.line_text(body.line_of(highlight.start))
            assert text[highlight.start : highlight.end].split()[0] in line  # may wrap on
