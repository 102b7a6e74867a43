"""Drawing the split view's rows: each content line of a band as a cached :class:`Strip`.

:class:`RowPainter` knows what is drawn (the row source, the column split, the marked
entity) and the styles to draw with; :class:`~tui.app.split.rows.SplitRows` owns one and
asks it for lines.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from tui.analysis.row_source import RowSource
from tui.app.split.claim_text import claim_text, gutter_text
from tui.app.split.layout import GUTTER, PAD, Band, BandLayout, Columns, Piece, cut
from tui.nlp.align.rows import Row

STRIP_CACHE = 4000
"""Drawn lines kept before the cache is emptied."""
RELATIONS = ("same", "partial", "conflict", "only_a", "only_b")


class RowPainter:
    """Draws bands line by line, caching styled claim text and finished strips.

    ``style`` gives the style of a component name (``"base"``, ``"cursor"``, a relation...);
    ``console`` renders text.
    """

    def __init__(self, style: Callable[[str], Style], console: Callable[[], Console]) -> None:
        self._style_of = style
        self._console = console
        self.source: RowSource | None = None
        self.layout = BandLayout()
        self.cols: Columns | None = None
        self.marked_key: str | None = None
        self.judged: Callable[[Row], str] = lambda row: ""
        """The reader's judgement glyphs of a row, drawn under its relation glyph."""
        self._styled: dict[tuple[str, int, int], list[Text]] = {}
        self._strips: dict[tuple[int, int, str | None], Strip] = {}
        self._styles: dict[str, Style] = {}

    def show(self, source: RowSource) -> None:
        """Draw ``source`` from now on."""
        self.source = source
        self.layout.clear()
        self.forget_lines()

    def forget_lines(self) -> None:
        """Drop drawn lines and styled text (the layout or the marked entity changed)."""
        self._styled.clear()
        self._strips.clear()

    def forget_styles(self) -> None:
        """Drop resolved styles and drawn lines (the stylesheet changed)."""
        self._styles.clear()
        self._strips.clear()

    def mark(self, key: str | None) -> None:
        """Emphasise the mentions of entity ``key`` (``None``: none)."""
        self.marked_key = key
        self.forget_lines()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self._style_of(name)
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
                emphasis=self.source.emphasis(side, index),
                tags=self.layout.tags,
            )
            lines = cut(text, self.layout.offsets(self.source, side, index, width))
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
            segments.extend(Segment.apply_style(text.render(self._console()), style))
        return Strip(segments).adjust_cell_length(width, style)

    def _side_cell(self, band: Band, side: str, line: int, cursor: str | None) -> Strip:
        assert self.cols is not None
        width = self.cols.left if side == "a" else self.cols.right
        base = self._style("cursor" if cursor else "base")
        if cursor == side:
            base = self._style("active")
        pieces = band.pieces(side)
        text = None
        if line < len(pieces):
            text = self._piece_text(side, pieces[line], self.cols.text_width(side))
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
        segments = list(Segment.apply_style(text.render(self._console()), style))
        if width > GUTTER:  # stacked: the glyph at the left, after the padding
            segments.insert(0, Segment(" " * PAD, base))
        return Strip(segments).adjust_cell_length(width, base)

    def _judged_line(self, band: Band, base: Style) -> Strip:
        """The band's last (blank) line, with the reader's judgement glyphs in the gutter."""
        assert self.cols is not None
        cols = self.cols
        marks = self.judged(band.row)
        if not marks:
            return Strip.blank(cols.width, base)
        text = Text(marks, style="bold")
        cell = Strip(list(Segment.apply_style(text.render(self._console()), base)))
        if cols.stacked:
            return Strip([Segment(" " * PAD, base), *cell]).adjust_cell_length(cols.width, base)
        cell = cell.crop(0, GUTTER).adjust_cell_length(GUTTER, base)
        return Strip.join([Strip.blank(cols.left, base), cell, Strip.blank(cols.right, base)])

    def _draw(self, band: Band, line: int, cursor: str | None) -> Strip:
        assert self.cols is not None
        cols = self.cols
        base = self._style("cursor" if cursor else "base")
        if line == band.height - 1:
            return self._judged_line(band, base)
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

    def line(self, band: Band | None, line: int, cursor_row: int, side: str) -> Strip:
        """Content line ``line`` of ``band`` as drawn (cached per row, line and cursor side);
        the cursor is on row ``cursor_row``, side ``side`` active."""
        if band is None:
            return Strip.blank(self.cols.width if self.cols else 0, self._style("base"))
        cursor = side if band.row.number == cursor_row else None
        key = (band.row.number, line - band.top, cursor)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > STRIP_CACHE:
                self._strips.clear()
            strip = self._draw(band, line - band.top, cursor)
            self._strips[key] = strip
        return strip

    def blank_style(self) -> Style:
        """The style of the view's background."""
        return self._style("base")
