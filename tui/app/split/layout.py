"""Lay the split view's rows out as bands of text lines (pure: no Textual).

A band is one row: its left claim lines, the gutter and its right claim lines, side by
side (height = the taller side, plus a blank line), or stacked below :data:`STACK_BELOW`
columns (left block, gutter line, right block, blank line). Only wrap offsets are computed
here (cached per claim and width); styled text is cut from them when a line is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text

from tui.analysis.comparison import Comparison
from tui.analysis.judged import GLYPHS
from tui.analysis.row_source import RowSource
from tui.app.split.claim_text import with_tags
from tui.nlp.align.rows import Row
from tui.text.safety import inert_line
from tui.text.wrap import wrap_offsets

STACK_BELOW = 70
"""Below this width the two sides of a row are stacked instead of side by side."""
GUTTER = 3
"""Cells of the gutter column (side by side)."""
PAD = 1
"""Blank cells either side of a cell's text."""

ClaimLine = tuple[int, int]
"""Line ``n`` (second) of the wrapped claim with index ``i`` (first) of one side."""
Piece = ClaimLine | Text
"""One text line of a cell: a wrapped claim line, or a filler text."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Cell widths (text plus padding) for one layout width."""

    width: int
    stacked: bool
    left: int
    right: int

    def text_width(self, side: str) -> int:
        """Cells available for text on ``side``."""
        cell = self.left if side == "a" else self.right
        return max(1, cell - 2 * PAD)


def columns(width: int, *, stacked: bool | None = None) -> Columns:
    """The column split for ``width`` cells (stacked below :data:`STACK_BELOW` by default)."""
    width = max(10, width)
    if width < STACK_BELOW if stacked is None else stacked:
        return Columns(width, True, width, width)
    left = (width - GUTTER) // 2
    return Columns(width, False, left, width - GUTTER - left)


@dataclass(frozen=True, slots=True)
class Band:
    """One row laid out: its first line, height and the text lines of each side."""

    row: Row
    top: int
    height: int
    left: tuple[Piece, ...]
    right: tuple[Piece, ...]
    filler: tuple[bool, bool]

    def pieces(self, side: str) -> tuple[Piece, ...]:
        """Text lines of ``side``."""
        return self.left if side == "a" else self.right


class BandLayout:
    """Computes bands for a row source, caching each claim's wrap offsets by width."""

    def __init__(self) -> None:
        self._offsets: dict[tuple[str, int, int], list[int]] = {}
        self.tags = False
        """Claims carry their entities' label tags (``NO_COLOR``): wrap them with the tags."""

    def clear(self) -> None:
        """Forget cached wrap offsets (the source changed)."""
        self._offsets.clear()

    def offsets(self, source: RowSource, side: str, index: int, width: int) -> list[int]:
        """Start offsets of the wrapped lines of claim ``index`` at ``width`` cells."""
        key = (side, index, width)
        found = self._offsets.get(key)
        if found is None:
            plain = inert_line(source.claim_text(side, index))
            if self.tags:
                plain = with_tags(Text(plain), source.marks(side, index)).plain
            found = wrap_offsets(plain, width)
            self._offsets[key] = found
        return found

    def _side(
        self, source: RowSource, row: Row, side: str, width: int
    ) -> tuple[tuple[Piece, ...], bool]:
        claims = row.claims(side)
        if claims:
            lines: list[Piece] = []
            numbered = row.matched and side != getattr(source, "order", "a")
            for index in claims:
                if numbered:  # a partner, maybe told elsewhere: say which claim it is
                    lines.append(_partner_label(source, side, index))
                count = len(self.offsets(source, side, index, width))
                lines.extend((index, n) for n in range(count))
            return tuple(lines), False
        return (), True

    def layout(self, source: RowSource, rows: Sequence[Row], cols: Columns) -> list[Band]:
        """Bands of ``rows`` (in order, top to bottom) for ``cols``."""
        bands: list[Band] = []
        top = 0
        for row in rows:
            left, filler_a = self._side(source, row, "a", cols.text_width("a"))
            right, filler_b = self._side(source, row, "b", cols.text_width("b"))
            if cols.stacked:
                height = len(left) + 1 + len(right) + 1
            else:
                height = max(len(left), len(right), 1) + 1
            bands.append(Band(row, top, height, left, right, (filler_a, filler_b)))
            top += height
        return bands


def _partner_label(source: RowSource, side: str, index: int) -> Text:
    """A partner's number (``B7``), and ``⚑ linked by the reader`` for a hand link."""
    label = Text(f"{side.upper()}{index + 1}", style="bold")
    if isinstance(source, Comparison) and source.hand_linked(side, index):
        label.append(f" {GLYPHS['reader']} linked by the reader", style="italic")
    return label


def cut(text: Text, offsets: list[int]) -> list[Text]:
    """``text`` divided at ``offsets`` (from :func:`wrap_offsets`), trailing spaces removed."""
    pieces = text.divide(offsets[1:])
    for piece in pieces:
        piece.rstrip()
    return list(pieces)
