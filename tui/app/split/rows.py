"""The split view's body: one virtualised column of row bands, left claim | gutter | right claim.

Because each row holds both sides, matched claims share a band, and scrolling or moving
the cursor keeps the two sides level by construction (the semantic scroll lock). Rows are
laid out as text lines (:mod:`tui.app.split.layout`); only the lines in view are drawn
(:mod:`tui.app.split.draw`). This module holds the data, layout, cursor and mouse.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.analysis.comparison import DisplayRow, RowSource, SplitModel, rows_after_fold, step
from tui.app.split.draw import RELATIONS, STRIP_CACHE, RowDrawing
from tui.app.split.layout import GUTTER, STACK_BELOW, Band, BandLayout, Columns, columns

__all__ = ["RELATIONS", "STRIP_CACHE", "SplitRows"]


class SplitRows(RowDrawing, ScrollView, can_focus=True):
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
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next claim on this side", show=False),
        Binding("k,up", "cursor_up", "Previous claim on this side", show=False),
        Binding("g,home", "first", "First row", show=False),
        Binding("G,end", "last", "Last row", show=False),
    ]

    cursor: reactive[int] = reactive(0, init=False)
    side: reactive[str] = reactive("a", init=False)
    folded: reactive[bool] = reactive(False, init=False)
    marked_key: reactive[str | None] = reactive(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: RowSource | None = None
        self._layout = BandLayout()
        self._cols: Columns | None = None
        self._bands: list[Band] = []
        self._tops: list[int] = []
        self._band_of: dict[int, int] = {}
        self._laid_out: RowSource | None = None
        self._styled: dict[tuple[str, int, int], list[Text]] = {}
        self._strips: dict[tuple[int, int, str | None], Strip] = {}
        self._styles: dict[str, Style] = {}

    # -- data ---------------------------------------------------------------------

    def show(self, source: RowSource, cursor: int = 0) -> None:
        """Show ``source``'s rows with the cursor on row ``cursor``.

        When rows were shown before, the cursor row keeps its place on the screen.
        """
        place = self._cursor_place()
        at_top = self.scroll_y == 0
        self.source = source
        self._layout.clear()
        self.set_reactive(SplitRows.cursor, min(max(0, cursor), max(0, len(source.rows) - 1)))
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
    def model(self) -> SplitModel | None:
        """The aligned model shown, if any (``None`` while a preview is shown)."""
        return self.source if isinstance(self.source, SplitModel) else None

    @property
    def fully_mounted(self) -> bool:
        """Every row of an aligned model is laid out (ready to navigate)."""
        return self.model is not None and self._laid_out is self.source

    @property
    def cols(self) -> Columns | None:
        """The current column split (``None`` before the first layout)."""
        return self._cols

    @property
    def rows(self) -> list[DisplayRow]:
        """Every row of the source."""
        return self.source.rows if self.source is not None else []

    # -- layout -------------------------------------------------------------------

    def _layout_width(self) -> int:
        return max(10, self.size.width - self.styles.scrollbar_size_vertical)

    def _relayout(self) -> None:
        """Lay the shown rows out for the current width (cheap: wrap offsets are cached)."""
        self._strips.clear()
        self._styled.clear()
        if self.source is None or not self.size.width:
            return
        stacked = self.size.width < STACK_BELOW  # as the screen's heads
        self._cols = cols = columns(self._layout_width(), stacked=stacked)
        self._bands = self._layout.layout(self.source, self.visible_rows, cols)
        self._tops = [band.top for band in self._bands]
        self._band_of = {band.row.number: n for n, band in enumerate(self._bands)}
        self._laid_out = self.source
        total = self._bands[-1].top + self._bands[-1].height if self._bands else 0
        self.virtual_size = Size(cols.width, total)
        self.refresh()

    def on_resize(self) -> None:
        if self.source is None:
            return
        if self._cols is None or self._cols.width != self._layout_width():
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

    def line_text(self, line: int) -> str:
        """Plain text of content line ``line`` as drawn (for tests)."""
        return self.line_strip(line).text

    # -- cursor -------------------------------------------------------------------

    @property
    def visible_rows(self) -> list[DisplayRow]:
        """Rows shown (not folded away)."""
        return rows_after_fold(self.rows, self.folded)

    @property
    def current_row(self) -> DisplayRow | None:
        """The row under the cursor."""
        rows = self.rows
        return rows[self.cursor] if 0 <= self.cursor < len(rows) else None

    def is_shown(self, number: int) -> bool:
        """Row ``number`` exists and is not folded away."""
        rows = self.rows
        return 0 <= number < len(rows) and not (self.folded and rows[number].relation == "same")

    def move_to(self, number: int | None) -> bool:
        """Put the cursor on row ``number``; ``False`` when there is no such row shown."""
        if number is None or not self.is_shown(number):
            return False
        self.cursor = number
        return True

    def find(self, wanted: Callable[[DisplayRow], bool], *, forward: bool = True) -> int | None:
        """The next visible row after the cursor satisfying ``wanted``."""
        return step(self.visible_rows, self.cursor, wanted, forward=forward)

    def _move(self, *, forward: bool) -> None:
        side = self.side
        target = self.find(lambda r: bool(r.claims(side)), forward=forward)
        if target is None:
            target = self.find(lambda r: True, forward=forward)
        self.move_to(target)

    def action_cursor_down(self) -> None:
        self._move(forward=True)

    def action_cursor_up(self) -> None:
        self._move(forward=False)

    def action_first(self) -> None:
        rows = self.visible_rows
        if rows:
            self.move_to(rows[0].number)

    def action_last(self) -> None:
        rows = self.visible_rows
        if rows:
            self.move_to(rows[-1].number)

    def watch_cursor(self) -> None:
        self.refresh()
        self.scroll_to_cursor()

    def watch_side(self) -> None:
        self.refresh()

    def watch_marked_key(self) -> None:
        self._styled.clear()
        self._strips.clear()
        self.refresh()

    def watch_folded(self, folded: bool) -> None:
        row = self.current_row
        if folded and row is not None and row.relation == "same":
            target = self.find(lambda r: True) or self.find(lambda r: True, forward=False)
            if target is not None:
                self.set_reactive(SplitRows.cursor, target)
        self._relayout()
        self.scroll_to_cursor()

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
        if offset is None or self._cols is None:
            return
        line = offset.y + round(self.scroll_y)
        band = self.band_at(line)
        if band is None:
            return
        if self._cols.stacked:
            side = "a" if line - band.top < len(band.left) else "b"
        else:
            side = "a" if offset.x < self._cols.left + GUTTER // 2 else "b"
        self.side = side
        self.move_to(band.row.number)
        self.focus()
