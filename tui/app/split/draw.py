"""Drawing the split view's rows: each content line of a band as a cached :class:`Strip`.

A mixin of :class:`~tui.app.split.rows.SplitRows`, which owns the data, the layout
and the cursor; this part only turns laid-out bands into styled lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from tui.app.split.claim_text import claim_text, gutter_text
from tui.app.split.layout import GUTTER, PAD, Band, BandLayout, Columns, Piece, cut

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView

    from tui.analysis.comparison import RowSource

    _Base = ScrollView
else:
    _Base = object

STRIP_CACHE = 4000
"""Drawn lines kept before the cache is emptied."""
RELATIONS = ("same", "partial", "conflict", "only_a", "only_b")


class RowDrawing(_Base):
    """Draws bands line by line, caching styled claim text and finished strips."""

    source: RowSource | None
    cursor: int
    side: str
    marked_key: str | None
    _layout: BandLayout
    _cols: Columns | None
    _styled: dict[tuple[str, int, int], list[Text]]
    _strips: dict[tuple[int, int, str | None], Strip]
    _styles: dict[str, Style]

    if TYPE_CHECKING:

        def band_at(self, line: int) -> Band | None:
            """Provided by :class:`~tui.app.split.rows.SplitRows`."""

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            if name == "base":
                style = self.rich_style
            else:
                style = self.get_component_rich_style(f"split-rows--{name}")
            self._styles[name] = style
        return style

    def _claim_lines(self, side: str, index: int, width: int) -> list[Text]:
        key = (side, index, width)
        lines = self._styled.get(key)
        if lines is None:
            assert self.source is not None
            text = claim_text(
                self.source.claim_text(side, index),
                self.source.marks(side, index),
                marked_key=self.marked_key,
            )
            lines = cut(text, self._layout.offsets(self.source, side, index, width))
            self._styled[key] = lines
        return lines

    def _piece_text(self, side: str, piece: Piece, width: int) -> Text:
        if isinstance(piece, Text):
            return piece
        index, line = piece
        return self._claim_lines(side, index, width)[line]

    def _cell(self, text: Text | None, width: int, style: Style) -> Strip:
        segments = [Segment(" " * PAD, style)]
        if text is not None and text.plain:
            segments.extend(Segment.apply_style(text.render(self.app.console), style))
        return Strip(segments).adjust_cell_length(width, style)

    def _side_cell(self, band: Band, side: str, line: int, cursor: str | None) -> Strip:
        assert self._cols is not None
        width = self._cols.left if side == "a" else self._cols.right
        base = self._style("cursor" if cursor else "base")
        if cursor == side:
            base = self._style("active")
        pieces = band.pieces(side)
        text = None
        if line < len(pieces):
            text = self._piece_text(side, pieces[line], self._cols.text_width(side))
            if band.filler[0 if side == "a" else 1]:
                muted = self._style("filler")
                base = base + Style(color=muted.color, italic=True)
        return self._cell(text, width, base)

    def _gutter(self, band: Band, cursor: str | None, width: int) -> Strip:
        base = self._style("cursor" if cursor else "base")
        relation = band.row.relation
        colour = self._style(relation if relation in RELATIONS else "gutter").color
        text = gutter_text(relation, cursor_side=cursor)
        style = base + Style(color=colour)
        segments = list(Segment.apply_style(text.render(self.app.console), style))
        if width > GUTTER:  # stacked: the glyph at the left, after the padding
            segments.insert(0, Segment(" " * PAD, base))
        return Strip(segments).adjust_cell_length(width, base)

    def _draw(self, band: Band, line: int, cursor: str | None) -> Strip:
        assert self._cols is not None
        cols = self._cols
        base = self._style("cursor" if cursor else "base")
        if line == band.height - 1:
            return Strip.blank(cols.width, base)
        if not cols.stacked:
            gutter = self._gutter(band, cursor, GUTTER) if line == 0 else None
            return Strip.join(
                [
                    self._side_cell(band, "a", line, cursor),
                    gutter or Strip.blank(GUTTER, base),
                    self._side_cell(band, "b", line, cursor),
                ]
            )
        if line < len(band.left):
            return self._side_cell(band, "a", line, cursor)
        if line == len(band.left):
            return self._gutter(band, cursor, cols.width)
        return self._side_cell(band, "b", line - len(band.left) - 1, cursor)

    def line_strip(self, line: int) -> Strip:
        """Content line ``line`` as drawn (cached per row, line and cursor side)."""
        band = self.band_at(line)
        if band is None:
            return Strip.blank(self._cols.width if self._cols else 0, self._style("base"))
        cursor = self.side if band.row.number == self.cursor else None
        key = (band.row.number, line - band.top, cursor)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > STRIP_CACHE:
                self._strips.clear()
            strip = self._draw(band, line - band.top, cursor)
            self._strips[key] = strip
        return strip

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        strip = self.line_strip(scroll_y + y)
        return strip.crop_extend(scroll_x, scroll_x + width, self._style("base"))
