"""The reader on a generated library of 2,000 articles: starts, groups lazily, filters.

No timing assertions here: timings live in ``benchmarks/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import generate_library
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar


@pytest.fixture(scope="module")
def big_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big") / "library"
    generate_library.generate(root, articles=2000, sources=50, stories=400, words=30, seed=3)
    return root


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(tmp_path / "cache"))


def _sidebar(app: ParallaxApp) -> Sidebar:
    return app.screen.query_one(Sidebar)


def _loaded(app: ParallaxApp) -> bool:
    screen = app.screen
    return isinstance(screen, ReaderScreen) and screen.scan is not None


async def test_big_library_starts_with_collapsed_groups(big_library: Path) -> None:
    app = ParallaxApp(big_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: _loaded(app), timeout=60)
        # Stories grouped: their arrival rebuilds the story headings.
        await wait_until(pilot, lambda: app.screen.assignment is not None, timeout=180)  # type: ignore[attr-defined]
        await pilot.pause()
        sidebar = _sidebar(app)
        assert len(sidebar.visible_articles) == 2000
        assert sidebar.grouping == "story"  # stories covered by several outlets
        groups = sidebar.article_tree.root.children
        assert len(groups) == 400
        assert not any(group.is_expanded for group in groups)
        assert sum(len(group.children) for group in groups) < 2000  # leaves come on expand
        await wait_until(pilot, lambda: sidebar.article_tree.cursor_line == 0)
        sidebar.article_tree.focus()
        await pilot.press("enter")  # the cursor is on the first group: open it
        await pilot.pause()
        first = groups[0]
        assert first.is_expanded
        assert first.children
        assert all(child.data is not None for child in first.children)


async def test_filter_narrows_big_library(big_library: Path) -> None:
    app = ParallaxApp(big_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: _loaded(app), timeout=60)
        sidebar = _sidebar(app)
        some = sidebar.visible_articles[123]
        word = some.story
        await pilot.press("slash", *word)
        await wait_until(pilot, lambda: sidebar.filter_text == word)
        await pilot.pause()
        visible = sidebar.visible_articles
        assert 0 < len(visible) < 2000
        assert some in visible
        assert all(word in meta.story for meta in visible)
        leaves = [
            leaf.data for group in sidebar.article_tree.root.children for leaf in group.children
        ]
        assert set(leaves) == set(visible)  # few enough matches: every group is open
        await pilot.press("enter")
        await pilot.pause()
        node = sidebar.article_tree.cursor_node
        assert node is not None and node.data in visible
        await pilot.press("escape")
        await wait_until(pilot, lambda: len(sidebar.visible_articles) == 2000)


async def test_reload_key_picks_up_a_new_file(big_library: Path, tmp_path: Path) -> None:
    root = tmp_path / "small"
    generate_library.generate(root, articles=60, sources=10, stories=12, words=20, seed=5)
    app = ParallaxApp(root)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: _loaded(app), timeout=60)
        sidebar = _sidebar(app)
        assert len(sidebar.visible_articles) == 60
        extra = root / "extra-story" / "new.yaml"
        extra.parent.mkdir()
        extra.write_text("title: Brand new\nsource: Late Wire\nbody: Text.\n", encoding="utf-8")
        await pilot.press("r")
        await wait_until(pilot, lambda: len(sidebar.visible_articles) == 61, timeout=60)
        assert "Late Wire" in {meta.source for meta in sidebar.visible_articles}


async def test_groups_opened_for_a_small_first_snapshot_close_for_the_full_library() -> None:
    from tui.models import ArticleMeta

    def meta(n: int) -> ArticleMeta:
        return ArticleMeta(Path(f"/lib/s{n % 50}/{n}.yaml"), f"Title {n}", f"Outlet {n % 50}", "s")

    app = ParallaxApp(Path("/nonexistent-library"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: _loaded(app))
        sidebar = _sidebar(app)
        sidebar.set_articles([meta(n) for n in range(30)])  # a cold start's first snapshot
        await pilot.pause()
        assert all(group.is_expanded for group in sidebar.article_tree.root.children)
        sidebar.set_articles([meta(n) for n in range(2000)])  # the finished scan
        await pilot.pause()
        assert not any(group.is_expanded for group in sidebar.article_tree.root.children)
