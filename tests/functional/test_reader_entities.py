"""Pilot tests of entity highlighting in the reader: legend, panel, labels, n/N, tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLE_LIBRARY, WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.dialogs.labels import LabelFilterScreen
from tui.app.reader.article_view import ArticleView
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.screen import ReaderScreen


async def _open_first(app: ParallaxApp, pilot) -> ArticleView:  # type: ignore[no-untyped-def]
    await wait_until(
        pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.scan is not None
    )
    await pilot.pause()
    await pilot.press("enter")
    view = app.screen.query_one(ArticleView)
    await wait_until(pilot, lambda: bool(view.highlights))
    return view


def _styled_spans(view: ArticleView) -> list[tuple[str, str]]:
    """(text, style) for each styled span on the laid-out body lines (not the header)."""
    spans = []
    for index in range(view.body.line_count):
        if view.body._lines[index].body_offset < 0:
            continue
        line = view.body._lines[index].text
        for span in line.spans:
            spans.append((line.plain[span.start : span.end], str(span.style)))
    return spans


async def test_entities_are_highlighted_with_a_legend() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        texts = [text for text, _ in _styled_spans(view)]
        assert "Vladimir Putin" in texts
        assert "Sberbank" in texts
        legend = str(app.screen.query_one("#legend").render())
        assert "PERSON" in legend and "GPE" in legend


async def test_h_toggles_highlighting() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        await pilot.press("h")
        assert _styled_spans(view) == []
        assert "Highlighting off" in str(app.screen.query_one("#legend").render())
        await pilot.press("h")
        assert _styled_spans(view)


async def test_t_adds_inline_label_tags() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        await pilot.press("t")
        text = " ".join(view.body.line_text(i) for i in range(view.body.line_count))
        assert "Vladimir Putin[PERSON]" in text
        assert "China[GPE]" in text


async def test_no_color_turns_tags_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        assert view.body.tags
        text = " ".join(view.body.line_text(i) for i in range(view.body.line_count))
        assert "[PERSON]" in text


async def test_label_filter_limits_highlights() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LabelFilterScreen)
        await pilot.press("n")  # none
        app.screen.query_one("SelectionList").select("PERSON")
        await pilot.press("enter")
        await pilot.pause()
        assert view.enabled_labels == frozenset({"PERSON"})
        texts = {text for text, _ in _styled_spans(view)}
        assert "Vladimir Putin" in texts
        assert "China" not in texts


async def test_entity_panel_selects_and_n_jumps_through_mentions() -> None:
    body = "Intro line about nothing.\n\n" + "\n\n".join(
        f"Paragraph {n} of filler text that goes on for a while." for n in range(40)
    )
    body += "\n\nAngela Merkel spoke in Berlin.\n\n" + "Filler.\n\n" * 30
    body += "Later, Merkel left Berlin."
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_first(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        panel = reader.query_one(EntityPanel)
        assert panel.has_class("-open")
        options = panel.query_one("OptionList")
        assert options.option_count > 5
        # choose the first selectable entity (most-mentioned within the first label)
        await pilot.press("down", "enter")
        assert reader.marked_key is not None
        marked = [
            text
            for text, style in _styled_spans(reader.query_one(ArticleView))
            if "reverse" in style
        ]
        assert marked, "selected entity's mentions are marked"
        first = reader._cursor
        await pilot.press("escape")  # clear mark
        assert reader.marked_key is None
        assert first >= 0


async def test_n_and_N_scroll_each_mention_into_view(write: WriteFile, library: Path) -> None:
    filler = "\n\n".join(f"Filler paragraph {n} says nothing of note here." for n in range(60))
    body = f"Angela Merkel spoke.\n\n{filler}\n\nMerkel left early.\n\n{filler}\n\nMerkel returned."
    write("s/a.yaml", article_yaml(body=body, source="Wire"))
    app = ParallaxApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _open_first(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        person = next(m for m in reader.mentions if m.label == "PERSON")
        reader._mark(person.key)
        starts = sorted(m.start for m in reader.mentions if m.key == person.key)
        assert len(starts) == 3
        seen = []
        for _ in range(3):
            await pilot.press("n")
            await pilot.pause()
            line = view.body.line_of(reader._cursor)
            top = view.body.scroll_y
            assert top <= line < top + view.body.size.height
            seen.append(reader._cursor)
        assert seen == starts
        await pilot.press("N")
        assert reader._cursor == starts[1]


async def test_body_markup_is_shown_literally(write: WriteFile, library: Path) -> None:
    write(
        "s/a.yaml",
        'title: T\nsource: Wire\nbody: "Press [bold]here[/] or '
        '[link=https://evil.example]this[/link] now.\\e[31m red [@click=app.quit]x[/]"\n',
    )
    app = ParallaxApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(
            pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.scan is not None
        )
        await pilot.pause()
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.article is not None)
        text = " ".join(view.body.line_text(i) for i in range(view.body.line_count))
        assert "[bold]here[/]" in text
        assert "[link=https://evil.example]this[/link]" in text
        assert "[@click=app.quit]x[/]" in text
        assert "\x1b" not in text and "␛[31m" in text
