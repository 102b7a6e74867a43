"""Pilot tests of issue 14's rendering items: whole key hints in the footer at 80 columns,
a summary bar and a legend that wrap or cut only between phrases, clamped URLs and titles,
aligned help columns, and the split view's label tags under ``NO_COLOR``."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.widget import Widget
from textual.widgets._footer import FooterKey

from tests.functional.helpers import wait_until
from tests.functional.test_split_view import open_split
from tui.app.application import ParallaxApp
from tui.app.key_footer import KeyFooter
from tui.app.reader.screen import ReaderScreen


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
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
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
