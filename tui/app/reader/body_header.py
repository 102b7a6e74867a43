"""The header shown above an article's text in the reader: title, metadata, URL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text

from tui.text.wrap import wrap_offsets

TITLE_LINES = 3
"""A wrapped header line (the title) shows at most this many lines, then an ellipsis."""


@dataclass(frozen=True, slots=True)
class HeaderLine:
    """A line shown above the body that scrolls away with it: wrapped (at most
    :data:`TITLE_LINES` lines), or clamped to one line with an ellipsis (a long URL must
    not take three rows)."""

    text: Text
    wrap: bool = False


def header_layout(header: Sequence[HeaderLine], width: int) -> list[Text]:
    """The header's rows at ``width``, then a rule (none for no header). A wrapped line is
    cut to :data:`TITLE_LINES` rows with an ellipsis; only its first few rows are wrapped,
    so a 100,000-character title costs no more than a short one."""
    if not header:
        return []
    rows: list[Text] = []
    for item in header:
        if not item.wrap:
            clamped = item.text.copy()
            clamped.truncate(width, overflow="ellipsis")
            rows.append(clamped)
            continue
        room = TITLE_LINES * width + 1
        cut = item.text[:room] if len(item.text) > room else item.text.copy()
        offsets = wrap_offsets(cut.plain, width)
        pieces = list(cut.divide(offsets[1:]))
        if len(pieces) > TITLE_LINES or len(cut) < len(item.text):
            pieces = pieces[:TITLE_LINES]
            pieces[-1].rstrip()
            pieces[-1].truncate(width - 1)
            pieces[-1].append("…", style=item.text.style)
        for piece in pieces:
            piece.rstrip()
            rows.append(piece)
    rows.append(Text("─" * width, style="dim"))
    return rows
