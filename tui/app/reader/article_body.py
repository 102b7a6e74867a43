"""A virtualised, wrapped view of an article body with entity highlights.

Layout is per block (paragraph or list item) and lazy: each block's line count starts as
an estimate from its length, and only blocks that are drawn (or asked for by offset) are
wrapped for real. A resize, a highlight update or a style change therefore costs in
proportion to what is on screen, not to the article. Highlights are looked up per block
by bisection over their sorted starts, and so are search matches. The header (title,
metadata, URL) comes first and scrolls away with the text; a huge title is cut to
:data:`TITLE_LINES` lines (:mod:`.body_header`). Every wrapped line remembers the body
offset it starts at, so a mention can be scrolled into view exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.commands import ARTICLE_TEXT
from tui.app.label_styles import (
    CURRENT_STYLE,
    MARKED_STYLE,
    SEARCH_CURRENT_STYLE,
    SEARCH_STYLE,
    label_style,
    label_tag,
)
from tui.app.reader.body_header import TITLE_LINES, HeaderLine, header_layout
from tui.app.reader.body_spans import Highlight, SpanIndex, highlight_span, mark_search, plain_span
from tui.text.blocks import Block
from tui.text.safety import inert_line
from tui.text.wrap import wrap_offsets

EAGER_BELOW = 100_000
"""Bodies shorter than this (characters) are wrapped in full at once: exact from the start."""

__all__ = ["TITLE_LINES", "ArticleBody", "HeaderLine", "Highlight"]

BULLET = "  • "
INDENT = "    "


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


@dataclass(frozen=True, slots=True)
class _Line:
    text: Text
    body_offset: int  # offset in the body of the line's first character (-1: spacer)


class ArticleBody(ScrollView, can_focus=True):
    """Scrollable article text; call :meth:`show` to load a body."""

    DEFAULT_CSS = """
    ArticleBody { height: 1fr; }
    """
    BINDINGS = ARTICLE_TEXT.bindings()

    highlighting: reactive[bool] = reactive(True)
    tags: reactive[bool] = reactive(False)
    marked_key: reactive[str | None] = reactive(None)
    current_offset: reactive[int] = reactive(-1)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._body = ""
        self._blocks: Sequence[Block] = ()
        self._block_starts: list[int] = []
        self._cells: list[int] = []
        self._spacers: list[int] = []
        self._indents: list[int] = []
        self._highlights = SpanIndex[Highlight]((), highlight_span)
        self._labels: frozenset[str] | None = None
        self._header: Sequence[HeaderLine] = ()
        self._header_lines: list[_Line] = []
        self._search = SpanIndex[tuple[int, int]]((), plain_span)
        self._pending_offset = -1
        self._wrapped: dict[int, list[_Line]] = {}
        self._heights: list[int] = []
        self._tops: list[int] = [0]
        self._strips: dict[tuple[int, int, int, Style], Strip] = {}
        self._built_width = -1

    # -- public API ---------------------------------------------------------------

    def show(
        self,
        body: str,
        blocks: Sequence[Block],
        highlights: Sequence[Highlight],
        header: Sequence[HeaderLine] = (),
    ) -> None:
        """Display ``header`` then ``body`` laid out as ``blocks`` with ``highlights``;
        scroll to top."""
        self._body, self._blocks, self._header = body, blocks, header
        self._search = SpanIndex((), plain_span)
        self._pending_offset = -1
        self._block_starts = [block.start for block in blocks]
        self._cells = [_cells(body[block.start : block.end]) for block in blocks]
        self._spacers = [self._spacer(number) for number in range(len(blocks))]
        self._indents = [len(BULLET) if block.kind == "bullet" else 0 for block in blocks]
        self._highlights = SpanIndex(highlights, highlight_span)
        self._rebuild()
        self.scroll_to(0, 0, animate=False)

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Replace the highlights, keeping the scroll position."""
        self._highlights = SpanIndex(highlights, highlight_span)
        self._relayout_if(self.tags)

    def set_search(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark these body spans as search matches (empty: none)."""
        if sorted(spans) != self._search.items:
            self._search = SpanIndex(spans, plain_span)
            self._relayout_if(False)

    @property
    def search_spans(self) -> Sequence[tuple[int, int]]:
        """The body spans currently marked as search matches."""
        return self._search.items

    def top_offset(self) -> int:
        """Body offset of the first text line at or below the top of the view (-1: none)."""
        for index in range(int(self.scroll_offset.y), self.line_count):
            line = self._line_at(index)
            if line.body_offset >= 0:
                return line.body_offset
        return -1

    def offset_in_view(self, offset: int) -> bool:
        """True when body ``offset``'s line is on screen."""
        top = int(self.scroll_offset.y)
        return top <= self.line_of(offset) < top + self.size.height

    def set_labels(self, labels: frozenset[str] | None) -> None:
        """Highlight only these labels (``None``: all)."""
        self._labels = labels
        self._relayout_if(self.tags)

    def line_of(self, offset: int) -> int:
        """Index of the wrapped line that shows body ``offset``."""
        if not self._blocks:
            return len(self._header_lines)
        number = max(0, bisect_right(self._block_starts, offset) - 1)
        lines = self._lines_of(number)
        self._settle()
        within = bisect_right([line.body_offset for line in lines], offset) - 1
        return self._tops[number] + self._spacer(number) + max(0, within)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that body ``offset`` is in view, a third of the way down (once the
        view has a size, if it has none yet)."""
        if not self.size.height:
            self._pending_offset = offset
            return
        self._pending_offset = -1
        target = self.line_of(offset)
        self.scroll_to(y=max(0, target - self.size.height // 3), animate=False)

    @property
    def line_count(self) -> int:
        """Number of wrapped lines currently laid out (estimates count for blocks not yet
        drawn in a long article)."""
        return self._tops[-1]

    def line_text(self, index: int) -> str:
        """Plain text of wrapped line ``index`` (for tests and search)."""
        return self._line_at(index).text.plain

    @property
    def _lines(self) -> list[_Line]:
        """Every wrapped line, spacers included (wraps every block: for tests)."""
        return [self._line_at(index) for index in range(self.line_count)]

    # Jumps are instant: animating across a long article would keep the UI busy.
    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self.scrollable_content_region.height, animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self.scrollable_content_region.height, animate=False)

    # -- layout -------------------------------------------------------------------

    def watch_highlighting(self) -> None:
        self._relayout_if(self.tags)

    def watch_tags(self) -> None:
        self._relayout_if(True)

    def watch_marked_key(self) -> None:
        self._relayout_if(False)

    def watch_current_offset(self) -> None:
        self._relayout_if(False)

    def on_resize(self) -> None:
        if self._content_width() != self._built_width:
            self._rebuild()
        if self._pending_offset >= 0 and self.size.height:
            self.call_after_refresh(self.scroll_to_offset, self._pending_offset)

    def _content_width(self) -> int:
        return max(10, self.scrollable_content_region.width - 1)

    def _block_highlights(self, block: Block) -> Sequence[Highlight]:
        """The highlights overlapping ``block`` (and shown under the label filter)."""
        found = self._highlights.overlapping(block.start, block.end)
        labels = self._labels
        return found if labels is None else [h for h in found if h.label in labels]

    def _block_text(self, block: Block) -> tuple[Text, list[tuple[int, int]]]:
        """The block's display text and (text offset, inserted length) for each tag."""
        raw = inert_line(self._body[block.start : block.end])
        text = Text()
        inserted: list[tuple[int, int]] = []
        tagged_at: list[tuple[int, int]] = []
        cursor = block.start
        for mention in self._block_highlights(block) if self.highlighting else ():
            start, end = max(mention.start, block.start), min(mention.end, block.end)
            if start < cursor:
                continue
            text.append(raw[cursor - block.start : start - block.start])
            style = label_style(mention.label)
            if mention.key == self.marked_key or mention.start == self.current_offset:
                style = f"{style} {MARKED_STYLE}"
            if mention.start == self.current_offset:
                style = f"{style} {CURRENT_STYLE}"
            text.append(raw[start - block.start : end - block.start], style=style)
            if self.tags:
                tag = label_tag(mention.label)
                inserted.append((len(text.plain), len(tag)))
                tagged_at.append((end, len(tag)))
                text.append_text(tag)
            cursor = end
        text.append(raw[cursor - block.start :])
        matches = [
            (max(start, block.start), min(end, block.end))
            for start, end in self._search.overlapping(block.start, block.end)
        ]
        styles = (SEARCH_STYLE, SEARCH_CURRENT_STYLE)
        mark_search(text, block.start, matches, tagged_at, styles, self.current_offset)
        return text, inserted

    def _spacer(self, number: int) -> int:
        """1 when a blank line precedes block ``number`` (not between list items)."""
        if not number:
            return 0
        both_bullets = self._blocks[number].kind == "bullet" == self._blocks[number - 1].kind
        return 0 if both_bullets else 1

    def _wrap_block(self, number: int) -> list[_Line]:
        """Block ``number`` wrapped at the current width."""
        block = self._blocks[number]
        width = self._built_width
        text, inserted = self._block_text(block)
        prefix = BULLET if block.kind == "bullet" else ""
        offsets = wrap_offsets(text.plain, width - len(prefix))
        pieces = text.divide(offsets[1:])
        lines: list[_Line] = []
        for index, (piece, text_offset) in enumerate(zip(pieces, offsets, strict=False)):
            skipped = sum(length for at, length in inserted if at < text_offset)
            lead = prefix if index == 0 else (INDENT if prefix else "")
            piece.rstrip()
            lines.append(_Line(Text(lead) + piece, block.start + text_offset - skipped))
        return lines

    def _lines_of(self, number: int) -> list[_Line]:
        """Block ``number``'s wrapped lines (cached); corrects its height if estimated."""
        lines = self._wrapped.get(number)
        if lines is None:
            lines = self._wrapped[number] = self._wrap_block(number)
            height = self._spacer(number) + len(lines)
            if self._heights[number] != height:
                self._heights[number] = height
                self._dirty = True
        return lines

    def _estimates(self, width: int) -> list[int]:
        """Lines each block will probably take: its cells over the usable width (a few
        cells less, for the ragged right edge of word wrap)."""
        cells = self._cells
        if self.tags and self.highlighting:
            cells = [
                count + sum(len(h.label) + 2 for h in self._block_highlights(block))
                for count, block in zip(cells, self._blocks, strict=True)
            ]
        return [
            spacer + max(1, -(-count // max(1, width - indent - 3)))
            for spacer, count, indent in zip(self._spacers, cells, self._indents, strict=True)
        ]

    def _rebuild(self) -> None:
        """Lay out anew at the current width: estimates, exact for a short body."""
        self._built_width = self._content_width()
        self._header_lines = [
            _Line(text, -1) for text in header_layout(self._header, self._built_width)
        ]
        self._wrapped.clear()
        self._strips.clear()
        count = len(self._blocks)
        if len(self._body) < EAGER_BELOW:
            self._heights = [0] * count
            for number in range(count):
                self._heights[number] = self._spacer(number) + len(self._lines_of(number))
        else:
            self._heights = self._estimates(self._built_width)
        self._dirty = True
        self._settle()
        self.refresh()

    def _relayout_if(self, lengths_changed: bool) -> None:
        """Redraw after a style change; re-estimate heights only when text lengths changed."""
        if lengths_changed or len(self._heights) != len(self._blocks):
            self._rebuild()
            return
        self._wrapped.clear()
        self._strips.clear()
        self.refresh()

    def _settle(self) -> None:
        """Recompute line positions after heights changed, keeping the top line's block."""
        if not getattr(self, "_dirty", False):
            return
        self._dirty = False
        old_tops = self._tops
        scroll_y = int(self.scroll_y)
        anchor = max(0, bisect_right(old_tops, scroll_y) - 1)
        head = len(self._header_lines)
        self._tops = list(accumulate(self._heights, initial=head))
        self._strips.clear()  # cached by line index, which just moved
        self.virtual_size = Size(self._built_width, self._tops[-1])
        if 0 < anchor < len(self._tops) - 1 and old_tops[anchor] != self._tops[anchor]:
            shift = scroll_y - old_tops[anchor]
            self.set_scroll(None, self._tops[anchor] + shift)

    def _line_at(self, index: int) -> _Line:
        """Wrapped line ``index`` (a spacer or a block's line); wraps its block if needed."""
        if not 0 <= index < self._tops[-1]:
            return _Line(Text(), -1)
        if index < len(self._header_lines):
            return self._header_lines[index]
        number = bisect_right(self._tops, index) - 1
        within = index - self._tops[number] - self._spacer(number)
        if within < 0:
            return _Line(Text(), -1)
        lines = self._lines_of(number)
        return lines[within] if within < len(lines) else _Line(Text(), -1)

    def render_lines(self, crop: Region) -> list[Strip]:
        # Wrap the blocks about to be drawn first, so their exact heights are in place.
        self._settle()
        self._base = self.rich_style
        top = int(self.scroll_y)
        for _ in range(3):
            self._dirty = False
            for index in range(top, top + self.size.height + 1):
                self._line_at(index)
            if not self._dirty:
                break
            self._settle()
            top = int(self.scroll_y)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = getattr(self, "_base", None) or self.rich_style
        if index >= self._tops[-1]:
            return Strip.blank(width, base)
        key = (index, scroll_x, width, base)
        strip = self._strips.get(key)
        if strip is None:
            text = self._line_at(index).text
            strip = Strip(list(text.render(self.app.console)), text.cell_len)
            strip = strip.crop(scroll_x, scroll_x + width).extend_cell_length(width)
            strip = strip.apply_style(base)
            if len(self._strips) > 4096:
                self._strips.clear()
            self._strips[key] = strip
        return strip
