"""Pilot tests for issue 14's reader side: full-text search, copying a sentence, and the
newcomer friction items (1-7, 10, 12). Each fails without its fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import SAMPLE_LIBRARY, WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.dialogs.labels import CHECKED, CheckList, LabelFilterScreen
from tui.app.reader.article_view import ArticleView
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar
from tui.app.split.screen import SplitScreen
from tui.library.loader import load_article


def _reader(app: ParallaxApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def _loaded(pilot: Pilot[None], app: ParallaxApp) -> ReaderScreen:
    await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.scan)
    await pilot.pause()
    return _reader(app)


async def _open_first(pilot: Pilot[None], app: ParallaxApp) -> ArticleView:
    screen = await _loaded(pilot, app)
    await pilot.press("enter")
    await wait_until(pilot, lambda: bool(screen.mentions))
    await pilot.pause()
    return screen.query_one(ArticleView)


def _messages(app: ParallaxApp) -> list[str]:
    return [n.message for n in app._notifications]


def _tree_row(app: ParallaxApp, line: int) -> str:
    tree = _reader(app).query_one(Sidebar).article_tree
    return tree.render_line(line).text


# -- full-text search ------------------------------------------------------------------


async def test_slash_finds_articles_by_their_text_and_n_moves_between_matches() -> None:
    articles = [load_article(path) for path in sorted(SAMPLE_LIBRARY.rglob("*.yaml"))]
    expected = {a.path for a in articles if re.search(r"\bGref", a.body, re.I)}
    assert expected and not any("gref" in a.title.casefold() for a in articles)
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot, app)
        await wait_until(pilot, lambda: screen.search_index is not None)
        sidebar = screen.query_one(Sidebar)
        await pilot.press("slash", *"GREF")  # not in any title: found in the text
        await pilot.pause()
        assert {meta.path for meta in sidebar.visible_articles} == expected
        await pilot.press("enter", "enter")  # keep the query, open the first hit
        view = screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.article is not None)
        spans = list(view.body.search_spans)
        assert spans and all(view.article.body[s:e].casefold() == "gref" for s, e in spans)
        assert view.body.current_offset == spans[0][0]
        assert any("gref" in message.casefold() for message in _messages(app))
        await pilot.press("n")
        assert view.body.current_offset == spans[1 % len(spans)][0]
        await pilot.press("N")
        assert view.body.current_offset == spans[0][0]
        await pilot.press("escape")  # clears the query and its marks
        await pilot.pause()
        assert not view.body.search_spans
        assert len(sidebar.visible_articles) == len(articles)


async def test_search_ignores_case_and_diacritics(library: Path, write: WriteFile) -> None:
    write("s/a.yaml", article_yaml("Banks", "Wire", "Talks resumed in Zürich on Monday."))
    write("s/b.yaml", article_yaml("Banks", "Post", "Talks resumed in Geneva on Monday."))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot, app)
        await wait_until(pilot, lambda: screen.search_index is not None)
        await pilot.press("slash", *"zuri")
        await pilot.pause()
        found = screen.query_one(Sidebar).visible_articles
        assert [meta.source for meta in found] == ["Wire"]


# -- y copies a sentence with its attribution -----------------------------------------


async def test_y_copies_the_sentence_at_the_top_with_its_attribution() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _open_first(pilot, app)
        article = view.article
        assert article is not None and article.url
        await pilot.press("y")
        first = app.clipboard
        assert first.startswith("“The big picture:")
        assert first.rstrip().endswith(f"— {article.source}, {article.url}")
        assert any(message.startswith("“The big picture") for message in _messages(app))
        await pilot.press("space", "space")  # two pages on: a later sentence
        await pilot.pause()
        await pilot.press("y")
        later = app.clipboard
        assert later != first and article.url in later
        sentence = later.split("\n")[0].strip("“”")
        assert article.body.index(sentence) > article.body.index("The big picture")


# -- friction items ---------------------------------------------------------------------


async def test_1_header_scrolls_away_url_on_one_line_compact_legend() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _open_first(pilot, app)
        body = view.body
        assert view.query_one("#legend").size.height == 1
        assert body.size.height >= 19  # was 9 rows of text at 80×24
        header = [body.line_text(i) for i in range(6)]
        url_lines = [line for line in header if line.startswith("https://")]
        assert len(url_lines) == 1 and url_lines[0].endswith("…")
        assert not any(line.startswith(("getcoai", "-cooperation")) for line in header)
        assert header[0].startswith("Putin orders")  # the title is the body's first line
        await pilot.press("j", "j", "j", "j", "j", "j")
        await pilot.pause()
        assert body.scroll_offset.y == 6  # the header scrolled away with the text


async def test_2_sidebar_width_follows_the_terminal_and_titles_get_an_ellipsis() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await _loaded(pilot, app)
        left = screen.query_one("#left")
        assert left.size.width >= 55  # was 35 at every width
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert left.size.width <= 26
        rows = [_tree_row(app, line) for line in range(3)]
        assert any(row.rstrip().endswith("…") for row in rows)  # a cut title says so
        before = left.size.width
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert left.size.width == before + 4
        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert left.size.width == before - 4


async def test_3_entity_panel_moves_with_j_k_and_first_enter_marks() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(pilot, app)
        screen = _reader(app)
        await pilot.press("e")
        await pilot.pause()
        panel_list = screen.query_one(EntityPanel).query_one("#entity-list")
        first = panel_list.highlighted
        assert first is not None  # a row is highlighted on open
        await pilot.press("j")
        assert panel_list.highlighted is not None and panel_list.highlighted > first
        await pilot.press("k")
        assert panel_list.highlighted == first
        await pilot.press("enter")  # the first enter marks that entity
        await pilot.pause()
        expected = panel_list.get_option_at_index(first).id
        assert screen.marked_key == expected and view.body.marked_key == expected


async def test_4_label_chooser_esc_cancels_enter_applies_and_ticks_show_state() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(pilot, app)
        everything = view.enabled_labels
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LabelFilterScreen)
        checklist = app.screen.query_one(CheckList)
        assert CHECKED in checklist.render_line(0).text
        await pilot.press("n")  # none
        await pilot.pause()
        assert CHECKED not in checklist.render_line(0).text  # unchecked reads without colour
        await pilot.press("escape")  # cancels
        await pilot.pause()
        assert view.enabled_labels == everything
        await pilot.press("L", "n", "enter")  # applies
        await pilot.pause()
        assert view.enabled_labels == frozenset()


async def test_5_screenshot_without_downloads_goes_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no ~/Downloads
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(work)
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(80, 24)) as pilot:
        await _loaded(pilot, app)
        saved = app.deliver_screenshot()
        await pilot.pause()
        assert saved is not None
        assert Path(saved).parent == work and Path(saved).read_text().startswith("<svg")
        assert f"Screenshot saved to {saved}" in _messages(app)
        again = app.deliver_screenshot(filename=Path(saved).name)  # never overwrites
        assert again is not None and again != saved
        failed = app.deliver_screenshot(path=str(tmp_path / "missing"))
        await pilot.pause()
        assert failed is None
        assert any(m.startswith("Could not save the screenshot in") for m in _messages(app))


async def test_6_first_screen_explains_names_library_and_opens_on_stories() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot, app)
        welcome = str(screen.query_one("#placeholder").render())
        assert "outlets" in welcome and "enter" in welcome and "\n  c " in welcome
        assert screen.sub_title.startswith("sample library")
        assert "/" not in screen.sub_title
        assert screen.query_one(Sidebar).grouping == "story"


async def test_6_library_without_shared_stories_opens_on_outlets(
    library: Path, write: WriteFile
) -> None:
    # Unrelated events (computed stories: the same text would be one wire story).
    quay = "The harbour board approved a new quay in Aberstad.\n\nWork starts in March."
    vote = "Farmers in Lindvik voted against the grain tariff.\n\nThe count ended on Sunday."
    write("one/a.yaml", article_yaml("Quay approved", "Wire", quay))
    write("two/b.yaml", article_yaml("Tariff vote", "Post", vote))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot, app)
        await wait_until(pilot, lambda: screen.assignment is not None)
        await pilot.pause()
        assert screen.assignment is not None and len(screen.assignment.stories) == 2
        assert screen.query_one(Sidebar).grouping == "source"


async def test_7_c_on_the_first_screen_compares_the_highlighted_article() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot, app)
        highlighted = screen.query_one(Sidebar).highlighted_article()
        assert highlighted is not None and screen.article is None
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen), 500)
        assert app.screen.article.path == highlighted.path  # type: ignore[attr-defined]
        assert not any("Open an article first" in m for m in _messages(app))


async def test_7_c_on_a_story_compares_its_first_article() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot, app)
        sidebar = screen.query_one(Sidebar)
        sidebar.article_tree.cursor_line = 0  # the story's heading
        await pilot.pause()
        first = sidebar.visible_articles[0]
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen), 500)
        assert app.screen.article.path == first.path  # type: ignore[attr-defined]


async def test_10_no_color_labels_differ_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(pilot, app)
        assert view.body.tags
        styles: dict[str, set[str]] = {}
        for highlight in view.highlights:
            line = view.body._lines[view.body.line_of(highlight.start)].text
            for span in line.spans:
                if line.plain[span.end : span.end + len(highlight.label) + 2] == (
                    f"[{highlight.label}]"
                ):
                    styles.setdefault(highlight.label, set()).add(str(span.style))
        assert len(styles) >= 3
        flat = {label: next(iter(found)) for label, found in styles.items()}
        assert len(set(flat.values())) == len(flat)  # each label its own attributes
        assert not any(" on " in style or "#" in style for style in flat.values())
        await pilot.press("e")  # the entity list's cursor row is reversed, not just greyer
        await pilot.pause()
        entity_list = _reader(app).query_one(EntityPanel).query_one("#entity-list")
        rows = [entity_list.render_line(y) for y in range(entity_list.size.height)]
        reversed_rows = [r for r in rows if any(s.style and s.style.reverse for s in r)]
        assert len(reversed_rows) == 1 and "×" in reversed_rows[0].text


async def test_12_unknown_date_is_said_once_quietly(library: Path, write: WriteFile) -> None:
    write("s/a.yaml", article_yaml("Undated", "Wire", "Text one."))
    write("s/b.yaml", article_yaml("Dated", "Post", "Text two.", published="2025-01-02"))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot, app)
        view = screen.query_one(ArticleView)
        for meta in screen.scan.articles:  # type: ignore[union-attr]
            screen.open_article(meta)
            await pilot.pause()
            header = " ".join(view.body.line_text(i) for i in range(4))
            if meta.published is None:
                assert header.count("undated") == 1 and "unknown" not in header
            else:
                assert "2025-01-02" in header and "undated" not in header
