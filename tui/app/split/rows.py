"""The split view's body: one virtualised column of row bands, left claim | gutter | right claim.

Because each row holds both sides, matched claims share a band, and scrolling or moving
the cursor keeps the two sides level by construction (the semantic scroll lock). Rows are
laid out as text lines (:mod:`tui.app.split.layout`); only the lines in view are drawn
(:mod:`tui.app.split.draw`). The cursor, the active side and folding are a
:class:`~tui.analysis.navigation.RowCursor`; this widget lays rows out, scrolls, draws
through its :class:`~tui.app.split.draw.RowPainter` and handles keys and the mouse.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.analysis.comparison import Comparison
from tui.analysis.navigation import RowCursor
from tui.analysis.row_source import RowSource
from tui.app.commands import SPLIT_ROWS
from tui.app.no_color import without_colour
from tui.app.split.draw import RELATIONS, STRIP_CACHE, RowPainter
from tui.app.split.layout import GUTTER, STACK_BELOW, Band, Columns, columns
from tui.nlp.align.rows import Row

__all__ = ["RELATIONS", "STRIP_CACHE", "SplitRows"]


class SplitRows(ScrollView, can_focus=True):
    """All row bands of a comparison, with a cursor row, an active side and folding."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "split-rows--cursor",
        "split-rows--active",
        "split-rows--filler",
        "split-rows--gutter",
        *(f"split-rows--{relation}" for relation in RELATIONS),
    }
    DEFAULT_CSS = """
    SplitRows { height: 1fr; scrollbar-size-vertical: 1; }
    SplitRows:focus { background-tint: $foreground 0%; }
    SplitRows > .split-rows--cursor { background: $boost; }
    SplitRows > .split-rows--active { background: $accent 20%; }
    SplitRows > .split-rows--filler { color: $text-muted; text-style: italic; }
    SplitRows > .split-rows--gutter { color: $text-muted; }
    SplitRows > .split-rows--same { color: $success; }
    SplitRows > .split-rows--partial { color: $warning; }
    SplitRows > .split-rows--conflict { color: $error; }
    SplitRows > .split-rows--only_a, SplitRows > .split-rows--only_b { color: $accent; }
    """
    BINDINGS: ClassVar[list[BindingType]] = SPLIT_ROWS.bindings()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.nav = RowCursor()
        self.painter = RowPainter(self._component_style, lambda: self.app.console)
        self._bands: list[Band] = []
        self._tops: list[int] = []
        self._band_of: dict[int, int] = {}
        self._laid_out: RowSource | None = None

    def on_mount(self) -> None:
        # NO_COLOR: entity highlights carry their label tags, as in the reader
        self.painter.layout.tags = without_colour(self.app)

    def _component_style(self, name: str) -> Style:
        if name == "base":
            return self.rich_style
        return self.get_component_rich_style(f"split-rows--{name}")

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.painter.forget_styles()

    # -- state --------------------------------------------------------------------

    @property
    def cursor(self) -> int:
        """Number of the row under the cursor."""
        return self.nav.number

    @cursor.setter
    def cursor(self, number: int) -> None:
        self.nav.number = number
        self.refresh()
        self.scroll_to_cursor()

    @property
    def side(self) -> str:
        """The active side, ``"a"`` (left) or ``"b"`` (right)."""
        return self.nav.side

    @side.setter
    def side(self, side: str) -> None:
        self.nav.side = side
        self.refresh()

    @property
    def folded(self) -> bool:
        """Rows whose pair agrees exactly are folded away."""
        return self.nav.folded

    @folded.setter
    def folded(self, folded: bool) -> None:
        self.nav.fold(folded)
        self._relayout()
        self.scroll_to_cursor()

    def cycle_fold(self) -> str:
        """Fold to the next level (all → differences → one-sided); return the new level."""
        level = self.nav.cycle()
        self._relayout()
        self.scroll_to_cursor()
        return level

    @property
    def marked_key(self) -> str | None:
        """The entity whose mentions are emphasised on both sides, if any."""
        return self.painter.marked_key

    @marked_key.setter
    def marked_key(self, key: str | None) -> None:
        self.painter.mark(key)
        self.refresh()

    @property
    def source(self) -> RowSource | None:
        """What the rows show: a comparison, or a preview while aligning."""
        return self.painter.source

    # -- data ---------------------------------------------------------------------

    def show(self, source: RowSource, cursor: int = 0) -> None:
        """Show ``source``'s rows with the cursor on row ``cursor``.

        When rows were shown before, the cursor row keeps its place on the screen.
        """
        place = self._cursor_place()
        at_top = self.scroll_y == 0
        self.painter.show(source)
        notable = source.notable if isinstance(source, Comparison) else None
        self.nav.show(source.rows, cursor, notable)
        self._relayout()
        self._restore(place, at_top)

    def _restore(self, place: int | None, at_top: bool) -> None:
        """Scroll so the cursor row is ``place`` lines from the top (or stay at the top)."""
        band = self.band_of(self.cursor)
        height = self.scrollable_content_region.height
        if place is None or band is None or (at_top and band.top + band.height <= height):
            self.scroll_to(y=0, animate=False, immediate=True)
        else:
            self.scroll_to(y=max(0, band.top - place), animate=False, immediate=True)
        self.scroll_to_cursor()

    @property
    def comparison(self) -> Comparison | None:
        """The comparison shown, if any (``None`` while a preview is shown)."""
        return self.source if isinstance(self.source, Comparison) else None

    @property
    def fully_mounted(self) -> bool:
        """Every row of a comparison is laid out (ready to navigate)."""
        return self.comparison is not None and self._laid_out is self.source

    @property
    def cols(self) -> Columns | None:
        """The current column split (``None`` before the first layout)."""
        return self.painter.cols

    @property
    def rows(self) -> list[Row]:
        """Every row of the source."""
        return list(self.source.rows) if self.source is not None else []

    # -- layout -------------------------------------------------------------------

    def _layout_width(self) -> int:
        return max(10, self.size.width - self.styles.scrollbar_size_vertical)

    def _relayout(self) -> None:
        """Lay the shown rows out for the current width (cheap: wrap offsets are cached)."""
        self.painter.forget_lines()
        if self.source is None or not self.size.width:
            return
        stacked = self.size.width < STACK_BELOW  # as the screen's heads
        self.painter.cols = cols = columns(self._layout_width(), stacked=stacked)
        self._bands = self.painter.layout.layout(self.source, self.visible_rows, cols)
        self._tops = [band.top for band in self._bands]
        self._band_of = {band.row.number: n for n, band in enumerate(self._bands)}
        self._laid_out = self.source
        total = self._bands[-1].top + self._bands[-1].height if self._bands else 0
        self.virtual_size = Size(cols.width, total)
        self.refresh()

    def on_resize(self) -> None:
        if self.source is None:
            return
        cols = self.painter.cols
        if cols is None or cols.width != self._layout_width():
            place, at_top = self._cursor_place(), self.scroll_y == 0
            self._relayout()
            self._restore(place, at_top)
        else:
            self.scroll_to_cursor()

    def band_of(self, number: int) -> Band | None:
        """The laid-out band of row ``number`` (``None`` if folded away or not laid out)."""
        index = self._band_of.get(number)
        return self._bands[index] if index is not None else None

    def band_at(self, line: int) -> Band | None:
        """The band holding content line ``line``."""
        if not self._bands or line < 0 or line >= self.virtual_size.height:
            return None
        return self._bands[bisect_right(self._tops, line) - 1]

    def _cursor_place(self) -> int | None:
        band = self.band_of(self.cursor) if self._bands else None
        return None if band is None else band.top - round(self.scroll_y)

    @property
    def line_count(self) -> int:
        """Number of laid-out lines."""
        return self.virtual_size.height if self._bands else 0

    def line_strip(self, line: int) -> Strip:
        """Content line ``line`` as drawn."""
        return self.painter.line(self.band_at(line), line, self.cursor, self.side)

    def line_text(self, line: int) -> str:
        """Plain text of content line ``line`` as drawn (for tests)."""
        return self.line_strip(line).text

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        strip = self.line_strip(scroll_y + y)
        return strip.crop_extend(scroll_x, scroll_x + width, self.painter.blank_style())

    # -- cursor -------------------------------------------------------------------

    @property
    def visible_rows(self) -> list[Row]:
        """Rows shown (not folded away)."""
        return self.nav.visible

    @property
    def current_row(self) -> Row | None:
        """The row under the cursor."""
        return self.nav.current

    def is_shown(self, number: int) -> bool:
        """Row ``number`` exists and is not folded away."""
        return self.nav.is_shown(number)

    def move_to(self, number: int | None) -> bool:
        """Put the cursor on row ``number``; ``False`` when there is no such row shown."""
        if number is None or not self.nav.is_shown(number):
            return False
        self.cursor = number
        return True

    def jump(self, kind: str, *, forward: bool = True) -> bool:
        """Move to the next (previous) row of a :data:`~tui.analysis.navigation.JUMPS` kind."""
        return self._moved(lambda: self.nav.jump(kind, forward=forward))

    def _moved(self, move: Callable[[], bool]) -> bool:
        before = self.nav.number
        moved = move()
        if moved and self.nav.number != before:
            self.refresh()
            self.scroll_to_cursor()
        return moved

    def action_cursor_down(self) -> None:
        self._moved(lambda: self.nav.step(forward=True))

    def action_cursor_up(self) -> None:
        self._moved(lambda: self.nav.step(forward=False))

    def action_first(self) -> None:
        self._moved(self.nav.first)

    def action_last(self) -> None:
        self._moved(self.nav.last)

    def scroll_to_cursor(self) -> None:
        """Scroll so the cursor row (both sides of it) is in view."""
        band = self.band_of(self.cursor)
        if band is None:
            return
        height = self.scrollable_content_region.height
        top, bottom = band.top, band.top + band.height
        if band.height >= height or top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > self.scroll_y + height:
            self.scroll_to(y=bottom - height, animate=False, immediate=True)

    def in_view(self, number: int) -> bool:
        """Row ``number``'s band is entirely inside the visible lines."""
        band = self.band_of(number)
        if band is None:
            return False
        height = self.scrollable_content_region.height
        return self.scroll_y <= band.top and band.top + band.height <= self.scroll_y + height

    # -- mouse --------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        cols = self.painter.cols
        if offset is None or cols is None:
            return
        line = offset.y + round(self.scroll_y)
        band = self.band_at(line)
        if band is None:
            return
        if cols.stacked:
            side = "a" if line - band.top < len(band.left) else "b"
        else:
            side = "a" if offset.x < cols.left + GUTTER // 2 else "b"
        self.side = side
        self.move_to(band.row.number)
        self.focus()
