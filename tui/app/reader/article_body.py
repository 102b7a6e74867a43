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
from tui.app.label_styles import CURRENT_STYLE, MARKED_STYLE, TAG_STYLE, label_style
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
        self._labels: frozenset[str] | None = None
        self._lines: list[_Line] = []
        self._line_offsets: list[int] = []
        self._line_positions: list[int] = []
        self._strips: dict[tuple[int, int, int, Style], Strip] = {}
        self._built_width = -1

    # -- public API ---------------------------------------------------------------

    def show(self, body: str, blocks: Sequence[Block], highlights: Sequence[Highlight]) -> None:
        """Display ``body`` laid out as ``blocks`` with ``highlights``; scroll to top."""
        self._body, self._blocks, self._highlights = body, blocks, highlights
        self._rebuild()
        self.scroll_to(0, 0, animate=False)

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Replace the highlights, keeping the scroll position."""
        self._highlights = highlights
        self._rebuild()

    def set_labels(self, labels: frozenset[str] | None) -> None:
        """Highlight only these labels (``None``: all)."""
        self._labels = labels
        self._rebuild()

    def line_of(self, offset: int) -> int:
        """Index of the wrapped line that shows body ``offset``."""
        index = bisect_right(self._line_offsets, offset) - 1
        return self._line_positions[max(0, index)] if self._line_positions else 0

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that body ``offset`` is in view, a third of the way down."""
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

    def _content_width(self) -> int:
        return max(10, self.scrollable_content_region.width - 1)

    def _block_text(self, block: Block) -> tuple[Text, list[tuple[int, int]]]:
        """The block's display text and (text offset, inserted length) for each tag."""
        raw = inert_line(self._body[block.start : block.end])
        text = Text()
        inserted: list[tuple[int, int]] = []
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
                text.append(tag, style=TAG_STYLE)
            cursor = end
        text.append(raw[cursor - block.start :])
        return text, inserted

    def _rebuild(self) -> None:
        width = self._content_width()
        self._built_width = width
        lines: list[_Line] = []
        offsets_seen: list[int] = []
        positions: list[int] = []
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
