"""Pilot tests of read/starred marks, the show filter, and opening or copying URLs."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import pytest

from tests.conftest import WriteFile, article_yaml
from tests.functional.helpers import tree_labels, wait_until
from tui.app.application import ParallaxApp
from tui.app.reader.article_view import ArticleView
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar
from tui.feeds.readstate import ReadingState, article_key

URL_A = "https://gazette.test/news/pier-vote"
URL_B = "https://gazette.test/news/ferry"


def _reader(app: ParallaxApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def _messages(app: ParallaxApp) -> list[str]:
    return [notification.message for notification in app._notifications]


def _group_label(app: ParallaxApp) -> str:
    return next(label for label in tree_labels(app) if label.startswith("Gazette"))


def _gazette(write: WriteFile) -> tuple[Path, Path]:
    a = write("gazette/a.yaml", article_yaml("Pier vote passes", "Gazette", url=URL_A))
    b = write("gazette/b.yaml", article_yaml("Ferry times change", "Gazette", url=URL_B))
    return a, b


async def _open_first(app: ParallaxApp, pilot: object) -> None:
    reader = _reader(app)
    await wait_until(pilot, lambda: reader.scan is not None)  # type: ignore[arg-type]
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await wait_until(pilot, lambda: reader.article is not None)  # type: ignore[arg-type]


async def test_opening_marks_read_and_keys_toggle_read_and_star(
    library: Path, write: WriteFile
) -> None:
    files = _gazette(write)
    before = [path.read_bytes() for path in files]
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = _reader(app)
        await wait_until(pilot, lambda: reader.scan is not None)
        assert "2 unread" in _group_label(app)
        await _open_first(app, pilot)
        article = reader.article
        assert article is not None and article.url is not None
        assert "1 unread" in _group_label(app)
        with ReadingState() as state:  # stored in the data folder, keyed by the URL
            assert state.get(article_key(article.path, article.url)).read
        await pilot.press("u")
        assert "2 unread" in _group_label(app)
        await pilot.press("u")
        assert "1 unread" in _group_label(app)
        await pilot.press("s")
        starred = [label for label in tree_labels(app) if label.startswith("★ ")]
        assert starred == [f"★ {article.title}"]
        await pilot.press("s")
        assert not any(label.startswith("★ ") for label in tree_labels(app))
        await pilot.press("asterisk")  # * stars too
        assert f"★ {article.title}" in tree_labels(app)
        with ReadingState() as state:
            assert state.get(article_key(article.path, article.url)).starred
    assert [path.read_bytes() for path in files] == before  # marks never touch the library
    assert sorted(p.name for p in library.rglob("*") if p.is_file()) == ["a.yaml", "b.yaml"]


async def test_show_filter_cycles_all_unread_starred(library: Path, write: WriteFile) -> None:
    _gazette(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_first(app, pilot)
        reader = _reader(app)
        read_title = reader.article.title if reader.article else ""
        other = "Ferry times change" if read_title == "Pier vote passes" else "Pier vote passes"
        await pilot.press("s")  # star the one we read
        await pilot.press("f")
        assert reader.query_one(Sidebar).show == "unread"
        labels = tree_labels(app)
        assert any(other in label for label in labels)
        assert not any(read_title in label for label in labels)
        await pilot.press("f")
        labels = tree_labels(app)
        assert reader.query_one(Sidebar).show == "starred"
        assert any(read_title in label for label in labels)
        assert not any(other in label for label in labels)
        await pilot.press("s")  # unstar: the starred list still shows it until rebuilt
        await pilot.press("f")
        await pilot.press("f")
        await pilot.press("f")
        assert reader.query_one(Sidebar).show == "starred"
        assert tree_labels(app)[-1] == "No starred articles"
        await pilot.press("f")
        assert reader.query_one(Sidebar).show == "all"
        assert sum(1 for label in tree_labels(app) if "Gazette" not in label) == 2


async def test_marks_survive_a_restart_and_a_refetch_to_another_file(
    library: Path, write: WriteFile
) -> None:
    _gazette(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_first(app, pilot)
        opened = _reader(app).article
        assert opened is not None
        await pilot.press("s")
    # The same article fetched again under another file name keeps its marks (URL key).
    moved = opened.path.with_name("renamed.yaml")
    opened.path.rename(moved)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        await pilot.pause()
        assert f"★ {opened.title}" in tree_labels(app)
        assert "1 unread" in _group_label(app)


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``webbrowser.open`` replaced: records the URLs; no console browser is found."""
    opened: list[str] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return True

    def no_default(*_args: object) -> webbrowser.BaseBrowser:
        raise webbrowser.Error("none")

    monkeypatch.setattr(webbrowser, "open", fake_open)
    monkeypatch.setattr(webbrowser, "get", no_default)
    return opened


async def test_o_opens_the_url_and_Y_copies_it(
    library: Path, write: WriteFile, browser: list[str]
) -> None:
    _gazette(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_first(app, pilot)
        url = _reader(app).article.url  # type: ignore[union-attr]
        assert url in (URL_A, URL_B)
        await pilot.press("o")
        await wait_until(pilot, lambda: browser == [url])
        await pilot.press("Y")
        assert app.clipboard == url
        # With the sidebar focused, the highlighted article is the one acted on.
        tree = _reader(app).query_one(Sidebar).article_tree
        tree.focus()
        await pilot.pause()
        highlighted = tree.cursor_node.data if tree.cursor_node else None
        assert highlighted is not None
        await pilot.press("o")
        await wait_until(pilot, lambda: len(browser) == 2)
        assert browser[1] == highlighted.url


async def test_o_refuses_non_web_urls_and_says_when_there_is_none(
    library: Path, write: WriteFile, browser: list[str]
) -> None:
    write("x/evil.yaml", article_yaml("Evil link", "Xpress", url="javascript:alert(1)"))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("o")
        await pilot.press("Y")
        await pilot.pause()
        assert browser == [] and app.clipboard == ""
        assert any("not a plain http(s) address" in m for m in _messages(app))


async def test_o_without_url_or_browser_says_so(
    library: Path, write: WriteFile, monkeypatch: pytest.MonkeyPatch, browser: list[str]
) -> None:
    write("x/plain.yaml", article_yaml("No link here", "Xpress"))
    write("x/linked.yaml", article_yaml("A link here", "Ypress", url=URL_A))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_first(app, pilot)
        reader = _reader(app)
        assert reader.article is not None and reader.article.url is None
        await pilot.press("o")
        await pilot.pause()
        assert any("has no URL" in m for m in _messages(app))
        monkeypatch.setattr(webbrowser, "open", lambda *_a, **_k: False)
        tree = reader.query_one(Sidebar).article_tree
        tree.focus()
        await pilot.press("j", "j")
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.url == URL_A
        await pilot.press("o")
        await wait_until(pilot, lambda: any("No web browser" in m for m in _messages(app)))
        assert browser == []
        view = reader.query_one(ArticleView)
        assert view.article is not None and view.article.title == "No link here"


async def test_many_articles_get_their_marks_from_a_worker(
    library: Path, write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.app.feeds.article_actions as actions

    monkeypatch.setattr(actions, "MARKS_NOW", 5)  # 12 articles: more than read at once
    paths = [
        write(f"g/{n}.yaml", article_yaml(f"Story {n}", "Gazette", url=f"https://g.test/{n}"))
        for n in range(12)
    ]
    with ReadingState() as state:
        for path in paths[:4]:
            state.mark_read(article_key(path, f"https://g.test/{path.stem}"))
        state.toggle_starred(article_key(paths[0], "https://g.test/0"))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _reader(app).scan is not None)
        await wait_until(pilot, lambda: "8 unread" in _group_label(app))
        assert "★ Story 0" in tree_labels(app)
