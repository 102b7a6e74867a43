"""A virtualised, wrapped view of an article body with entity highlights.

Only the lines in view are rendered; every wrapped line remembers the body
offset it starts at, so a mention can be scrolled into view exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.commands import ARTICLE_TEXT
from tui.app.label_styles import (
    CURRENT_STYLE,
    MARKED_STYLE,
    SEARCH_CURRENT_STYLE,
    SEARCH_STYLE,
    TAG_STYLE,
    label_style,
)
from tui.text.blocks import Block
from tui.text.safety import inert_line
from tui.text.wrap import wrap_offsets

BULLET = "  • "
INDENT = "    "


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the body to highlight, with its entity label and canonical key."""

    start: int
    end: int
    label: str
    key: str


@dataclass(frozen=True, slots=True)
class HeaderLine:
    """A line shown above the body that scrolls away with it: wrapped, or clamped to one
    line with an ellipsis (a long URL must not take three rows)."""

    text: Text
    wrap: bool = False


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
        self._highlights: Sequence[Highlight] = ()
        self._header: Sequence[HeaderLine] = ()
        self._search: Sequence[tuple[int, int]] = ()
        self._labels: frozenset[str] | None = None
        self._lines: list[_Line] = []
        self._line_offsets: list[int] = []
        self._line_positions: list[int] = []
        self._strips: dict[tuple[int, int, int, Style], Strip] = {}
        self._built_width = -1
        self._pending_offset = -1

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
        self._body, self._blocks, self._highlights = body, blocks, highlights
        self._header = header
        self._search = ()
        self._pending_offset = -1
        self._rebuild()
        self.scroll_to(0, 0, animate=False)

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Replace the highlights, keeping the scroll position."""
        self._highlights = highlights
        self._rebuild()

    def set_search(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark these body spans as search matches (empty: none)."""
        if tuple(spans) != tuple(self._search):
            self._search = tuple(spans)
            self._rebuild()

    @property
    def search_spans(self) -> Sequence[tuple[int, int]]:
        """The body spans currently marked as search matches."""
        return self._search

    def top_offset(self) -> int:
        """Body offset of the first text line at or below the top of the view (-1: none)."""
        start = int(self.scroll_offset.y)
        for line in self._lines[start:]:
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
        self._rebuild()

    def line_of(self, offset: int) -> int:
        """Index of the wrapped line that shows body ``offset``."""
        index = bisect_right(self._line_offsets, offset) - 1
        return self._line_positions[max(0, index)] if self._line_positions else 0

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
        """Number of wrapped lines currently laid out."""
        return len(self._lines)

    def line_text(self, index: int) -> str:
        """Plain text of wrapped line ``index`` (for tests and search)."""
        return self._lines[index].text.plain

    # -- layout -------------------------------------------------------------------

    def watch_highlighting(self) -> None:
        self._rebuild()

    def watch_tags(self) -> None:
        self._rebuild()

    def watch_marked_key(self) -> None:
        self._rebuild()

    def watch_current_offset(self) -> None:
        self._rebuild()

    def on_resize(self) -> None:
        if self._content_width() != self._built_width:
            self._rebuild()
        if self._pending_offset >= 0 and self.size.height:
            self.call_after_refresh(self.scroll_to_offset, self._pending_offset)

    def _content_width(self) -> int:
        return max(10, self.scrollable_content_region.width - 1)

    def _block_text(self, block: Block) -> tuple[Text, list[tuple[int, int]]]:
        """The block's display text and (text offset, inserted length) for each tag."""
        raw = inert_line(self._body[block.start : block.end])
        text = Text()
        inserted: list[tuple[int, int]] = []
        tagged_at: list[tuple[int, int]] = []
        cursor = block.start
        visible = [
            h
            for h in self._highlights
            if h.end > block.start
            and h.start < block.end
            and (self._labels is None or h.label in self._labels)
        ]
        for mention in visible if self.highlighting else ():
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
                tag = f"[{mention.label}]"
                inserted.append((len(text.plain), len(tag)))
                tagged_at.append((end, len(tag)))
                text.append(tag, style=TAG_STYLE)
            cursor = end
        text.append(raw[cursor - block.start :])
        self._mark_search(text, block, tagged_at)
        return text, inserted

    def _mark_search(self, text: Text, block: Block, tagged_at: list[tuple[int, int]]) -> None:
        """Style the search matches inside ``block`` (``tagged_at``: body offset and length
        of each inline tag, which shifts the text after it)."""
        for start, end in self._search:
            if end <= block.start or start >= block.end:
                continue
            start, end = max(start, block.start), min(end, block.end)
            at = start - block.start + sum(n for body_at, n in tagged_at if body_at <= start)
            to = end - block.start + sum(n for body_at, n in tagged_at if body_at < end)
            current = start == self.current_offset
            text.stylize(SEARCH_CURRENT_STYLE if current else SEARCH_STYLE, at, to)

    def _rebuild(self) -> None:
        width = self._content_width()
        self._built_width = width
        lines: list[_Line] = []
        offsets_seen: list[int] = []
        positions: list[int] = []
        self._add_header(lines, width)
        for number, block in enumerate(self._blocks):
            if number and not (
                block.kind == "bullet" and self._blocks[number - 1].kind == "bullet"
            ):
                lines.append(_Line(Text(), -1))
            text, inserted = self._block_text(block)
            prefix = BULLET if block.kind == "bullet" else ""
            offsets = wrap_offsets(text.plain, width - len(prefix))
            pieces = text.divide(offsets[1:])
            for index, (piece, text_offset) in enumerate(zip(pieces, offsets, strict=False)):
                skipped = sum(length for at, length in inserted if at < text_offset)
                body_offset = block.start + text_offset - skipped
                lead = prefix if index == 0 else (INDENT if prefix else "")
                piece.rstrip()
                lines.append(_Line(Text(lead) + piece, body_offset))
                offsets_seen.append(body_offset)
                positions.append(len(lines) - 1)
        self._lines = lines
        self._strips.clear()
        self._line_offsets = offsets_seen
        self._line_positions = positions
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def _add_header(self, lines: list[_Line], width: int) -> None:
        """The header's lines (offset -1: not body text), then a rule and a blank line."""
        if not self._header:
            return
        for item in self._header:
            if item.wrap:
                offsets = wrap_offsets(item.text.plain, width)
                for piece in item.text.divide(offsets[1:]):
                    piece.rstrip()
                    lines.append(_Line(piece, -1))
            else:
                clamped = item.text.copy()
                clamped.truncate(width, overflow="ellipsis")
                lines.append(_Line(clamped, -1))
        lines.append(_Line(Text("─" * width, style="dim"), -1))

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        key = (index, scroll_x, width, base)
        strip = self._strips.get(key)
        if strip is None:
            text = self._lines[index].text
            strip = Strip(list(text.render(self.app.console)), text.cell_len)
            strip = strip.crop(scroll_x, scroll_x + width).extend_cell_length(width)
            strip = strip.apply_style(base)
            if len(self._strips) > 4096:
                self._strips.clear()
            self._strips[key] = strip
        return strip
