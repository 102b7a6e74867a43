"""Pilot tests of issue 14's rendering items: whole key hints in the footer at 80 columns,
a summary bar and a legend that wrap or cut only between phrases, clamped URLs and titles,
aligned help columns, and the split view's label tags under ``NO_COLOR``."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets._footer import FooterKey

from tests.conftest import SAMPLE_LIBRARY, WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tests.functional.test_reader_issue14 import _open_first
from tests.functional.test_split_view import open_split
from tui.analysis.relations import GLYPHS
from tui.app.application import ParallaxApp
from tui.app.dialogs.help import HelpScreen
from tui.app.key_footer import KeyFooter
from tui.app.reader.screen import ReaderScreen
from tui.app.split.screen import SplitScreen
from tui.models import ENTITY_LABELS


def footer_hints(app: ParallaxApp) -> list[tuple[str, str]]:
    """(key, description) of every hint the footer shows whole, left to right; fails when a
    hint runs past the footer or under the palette key."""
    footer = app.screen.query_one(KeyFooter)
    keys = list(footer.query(FooterKey))
    palette = [key for key in keys if key.has_class("-command-palette")]
    hints = [key for key in keys if not key.has_class("-command-palette")]
    right = palette[0].region.x if palette else footer.region.right
    for key in hints:
        assert key.region.width > 0, key.description
        assert key.region.right <= right, f"{key.description!r} runs under the palette key"
    return [(key.key_display, key.description) for key in sorted(hints, key=lambda k: k.region.x)]


async def test_split_footer_at_80_columns_shows_whole_hints_with_help_and_quit(
    story: Path,
) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_split(pilot, app)
        await pilot.pause()
        hints = footer_hints(app)
        assert ("?", "Help") in hints and ("q", "Quit") in hints
        assert ("esc", "Back") in hints and ("n", "Next pair") in hints
        assert len(hints) < 9  # fewer than at 200 columns: the rest are in help and palette
        await pilot.resize_terminal(200, 40)
        await pilot.pause(0.3)
        wide = footer_hints(app)
        assert ("w", "Write") in wide and ("?", "Help") in wide and len(wide) > len(hints)


async def test_reader_footer_at_80_columns_shows_whole_hints_with_help_and_quit(
    story: Path,
) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        await pilot.pause(0.3)
        hints = footer_hints(app)
        assert ("?", "Help") in hints and ("q", "Quit") in hints
        assert ("c", "Compare") in hints


def drawn_lines(widget: Widget) -> list[str]:
    """The widget's lines as Textual draws them (its own wrapping included)."""
    size = widget.outer_size
    strips = widget.render_lines(Region(0, 0, size.width, size.height))
    return [strip.text.strip() for strip in strips]


async def test_summary_bar_breaks_only_between_phrases(story: Path) -> None:
    """At 120 columns the bar wrapped "entities: 16 | shared": a count left its word."""
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        s = screen.comparison.summary  # type: ignore[union-attr]
        left, right = screen.names
        phrases = [
            f"{left} {s.claims_a} claims",
            f"{right} {s.claims_b} claims",
            f"shared {s.pairs} pairs",
            f"only left {s.only_a}",
            f"only right {s.only_b}",
            f"entities: {s.entities_shared} shared,",
            f"{s.entities_only_a} left only,",
            f"{s.entities_only_b} right only",
        ]
        for width in (120, 100, 90, 70, 60):
            await pilot.resize_terminal(width, 40)
            await pilot.pause(0.2)
            lines = drawn_lines(screen.query_one("#split-summary"))
            assert lines and all(lines), (width, lines)
            for phrase in phrases if width >= 100 else ():
                assert any(phrase in line for line in lines), (width, phrase, lines)
            assert not any(line.endswith(("│", "·", ",")) and line != lines[-1] for line in lines)
            if width < 100:  # the short form
                text = " ".join(lines)
                assert f"claims {s.claims_a}|{s.claims_b}" in text
                assert any(f"entities {s.entities_shared} both" in line for line in lines)


async def test_legend_keeps_each_label_with_its_count_when_the_panel_is_open() -> None:
    """With the entity panel open the legend was cut mid-pair ("NU…")."""
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _open_first(pilot, app)
        counts = Counter(highlight.label for highlight in view.highlights)
        assert len(counts) >= 6
        for size, panel in (((120, 40), False), ((120, 40), True), ((80, 24), True)):
            await pilot.resize_terminal(*size)
            if panel != view.screen.query_one("#entities").has_class("-open"):
                await pilot.press("e")
            await pilot.pause(0.3)
            [line] = drawn_lines(view.query_one("#legend"))
            shown = [label for label in ENTITY_LABELS if re.search(rf"\b{label}\b", line)]
            assert shown, line
            for label in shown:  # each label whole, with its own count after it
                assert re.search(rf"\b{label} {counts[label]}\b", line), (label, line)
            hidden = len(counts) - len(shown)
            assert "…" not in line
            assert (f"+{hidden} more" in line) == bool(hidden), line
            if not panel:
                assert not hidden and "L labels" in line
            else:
                assert hidden > 0  # the narrow case actually cuts


def breaks_only_at_spaces_or_slashes(text: str, lines: list[str]) -> bool:
    """``lines`` are ``text`` wrapped, each break at a space or after a ``/`` or ``-``."""
    position = 0
    for line in lines:
        found = text.find(line, position)
        assert found >= 0, (line, text)
        position = found + len(line)
        if position < len(text) and text[position] != " " and text[position - 1] not in "/-":
            return False
    return True


async def test_split_heads_break_a_url_title_at_slashes(library: Path, write: WriteFile) -> None:
    url = "https://example.com/news/2025/01/02/council-approves-the-budget-of-the-city-of-oslo"
    write(
        "s/a.yaml", article_yaml(f"Budget passes {url}", "Gazette", "The budget passed.", story="s")
    )
    write("s/b.yaml", article_yaml("Council backs budget", "Wire", "The budget passed.", story="s"))
    app = ParallaxApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_split(pilot, app)
        side = "a" if screen.article.source == "Gazette" else "b"
        for size in ((80, 24), (60, 30), (120, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.3)
            head = screen.query_one(f"#head-{side}")
            lines = [line for line in drawn_lines(head)[1:] if line]
            assert len(lines) >= 2, lines  # the title does wrap
            assert all(len(line) <= head.content_size.width for line in lines)
            assert breaks_only_at_spaces_or_slashes(f"Budget passes {url}", lines), lines


async def test_help_key_columns_line_up_across_sections(story: Path) -> None:
    """Each section's table sized its key column on its own: actions zig-zagged."""
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_split(pilot, app)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        columns: dict[str, set[int]] = {}
        for static in help_screen.query(Static):
            size = static.outer_size
            for strip in static.render_lines(Region(0, 0, size.width, size.height)):
                line = strip.text
                for section, keys, action in help_screen.rows:
                    if line.strip().startswith(f"{keys} ") and line.rstrip().endswith(action):
                        columns.setdefault(section, set()).add(line.rindex(action))
        assert len(columns) >= 6  # the split view's, the reader's, the dialogs'...
        assert len(set().union(*columns.values())) == 1, columns


async def split_lines(pilot: Pilot[None], app: ParallaxApp) -> tuple[SplitScreen, list[Strip]]:
    screen = await open_split(pilot, app)
    rows = screen.rows
    return screen, [rows.line_strip(n) for n in range(rows.line_count)]


async def test_no_color_split_view_tags_entities_as_the_reader_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under NO_COLOR the reader wrote [LABEL] after each entity; the split view did not."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, strips = await split_lines(pilot, app)
        cols = screen.rows.cols
        assert cols is not None and not cols.stacked
        text = "\n".join(strip.text for strip in strips)
        tags = re.findall(r"\[(PERSON|ORG|GPE|NORP|DATE|NUMBER|LOC|EVENT|WORK|PRODUCT)\]", text)
        assert len(set(tags)) >= 4, text[:500]
        assert "Putin[PERSON]" in text.replace("\n", " ")
        for strip in strips:  # wrapped with the tags: nothing runs past its column
            assert strip.cell_length == cols.width
        tag_styles = [
            segment.style
            for strip in strips
            for segment in strip
            if segment.text.startswith("[") and segment.text.rstrip("]").strip("[") in tags
        ]
        assert tag_styles and all(s is not None and s.italic and s.dim for s in tag_styles)
        # relations read without colour: one glyph each, the cursor's side pointed at
        assert len(set(GLYPHS.values())) == len(GLYPHS)
        rows = screen.rows
        for row in rows.visible_rows:
            band = rows.band_of(row.number)
            assert band is not None
            assert GLYPHS[row.relation] in rows.line_text(band.top)[cols.left : cols.left + 3]
        cursor = rows.band_of(rows.cursor)
        assert cursor is not None and "»" in rows.line_text(cursor.top)


async def test_split_view_has_no_tags_in_colour() -> None:
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(120, 40)) as pilot:
        _, strips = await split_lines(pilot, app)
        text = " ".join(strip.text for strip in strips)
        assert "Putin" in text and "[PERSON]" not in text


async def test_entity_panel_rows_never_wrap_a_count_or_description_away() -> None:
    """At 80 columns "NORP  nationalities," wrapped "groups" onto a line of its own, and a
    long name could push its ×count onto the next line."""
    app = ParallaxApp(SAMPLE_LIBRARY)
    async with app.run_test(size=(80, 30)) as pilot:  # the list scrolls: a scrollbar
        view = await _open_first(pilot, app)
        await pilot.press("e")
        await pilot.pause(0.3)
        entity_list = view.screen.query_one("#entity-list", OptionList)
        lines = [entity_list.render_line(y).text.strip() for y in range(entity_list.size.height)]
        lines = [line.strip("▊▎▔▁ ") for line in lines]
        lines = [line for line in lines if line]
        assert len(lines) >= 10
        for line in lines:  # each line is a whole option: a label heading or ×count + name
            assert line.split()[0] in ENTITY_LABELS or re.search(r"×\d+", line), line
        assert any(line.startswith("NORP") for line in lines)
