"""Pilot tests of entity highlighting in the reader: legend, panel, labels, n/N, tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import WriteFile, article_yaml
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


MEETING = (
    "Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.\n\n"
    "The two leaders agreed to build a new rail link to France next year."
)


@pytest.fixture
def meeting(write: WriteFile, library: Path) -> Path:
    """A library of one article naming people, places, a group and dates."""
    write("talks/a.yaml", article_yaml("Leaders meet", "Wire", MEETING))
    return library


def _legend(app: ParallaxApp) -> str:
    return str(app.screen.query_one("#legend").render())


async def test_entities_are_highlighted_with_a_legend(meeting: Path) -> None:
    app = ParallaxApp(meeting)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        texts = [text for text, _ in _styled_spans(view)]
        assert {"Angela Merkel", "Emmanuel Macron", "Berlin", "France", "Monday"} <= set(texts)
        assert "Chancellor" not in texts
        legend = _legend(app)
        assert "PERSON 2" in legend and "GPE 2" in legend  # mentions per label
        assert "WORK" not in legend  # one compact line: labels not found are left out


async def test_h_toggles_highlighting(meeting: Path) -> None:
    app = ParallaxApp(meeting)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        await pilot.press("h")
        assert _styled_spans(view) == []
        assert "Highlighting off" in _legend(app)
        await pilot.press("h")
        assert "Angela Merkel" in {text for text, _ in _styled_spans(view)}
        assert "Highlighting off" not in _legend(app)


async def test_t_adds_inline_label_tags(meeting: Path) -> None:
    app = ParallaxApp(meeting)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        await pilot.press("t")
        text = " ".join(view.body.line_text(i) for i in range(view.body.line_count))
        assert "Angela Merkel[PERSON]" in text
        assert "France[GPE]" in text


async def test_no_color_turns_tags_on(meeting: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ParallaxApp(meeting)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(app, pilot)
        assert view.body.tags
        text = " ".join(view.body.line_text(i) for i in range(view.body.line_count))
        assert "Angela Merkel[PERSON]" in text


async def test_label_filter_limits_highlights(meeting: Path) -> None:
    app = ParallaxApp(meeting)
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
        assert texts == {"Angela Merkel", "Emmanuel Macron"}


async def test_entity_panel_selects_and_n_jumps_through_mentions(
    write: WriteFile, library: Path
) -> None:
    body = "Intro line about nothing.\n\n" + "\n\n".join(
        f"Paragraph {n} of filler text that goes on for a while." for n in range(40)
    )
    body += "\n\nAngela Merkel spoke in Berlin.\n\n" + "Filler.\n\n" * 30
    body += "Later, Merkel left Berlin."
    write("s/a.yaml", article_yaml(body=body, source="Wire"))
    app = ParallaxApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_first(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        panel = reader.query_one(EntityPanel)
        assert panel.has_class("-open")
        options = panel.query_one("OptionList")
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Angela Merkel" in p for p in prompts) and any("Berlin" in p for p in prompts)
        # choose the first selectable entity: the selection jumps to its first mention
        await pilot.press("down", "enter")
        key = reader.marked_key
        assert key in ("PERSON:angela merkel", "GPE:berlin")
        starts = sorted(m.start for m in reader.mentions if m.key == key)
        assert len(starts) == 2
        assert reader._cursor == starts[0]
        marked = [
            text
            for text, style in _styled_spans(reader.query_one(ArticleView))
            if "reverse" in style
        ]
        assert marked, "selected entity's mentions are marked"
        await pilot.press("n")
        assert reader._cursor == starts[1]
        await pilot.press("escape")  # clear mark
        assert reader.marked_key is None
        assert reader._cursor == -1


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
