"""Render one claim of the split view as inert Rich text with entity and difference marks."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from tui.analysis.relations import GLYPHS, PENDING, PENDING_GLYPH
from tui.analysis.row_source import Mark
from tui.app.label_styles import MARKED_STYLE, label_style, label_tag
from tui.text.safety import inert_line

DIFF_STYLE = "bold underline"
"""A value present on this side of a matched pair only."""
CONFLICT_STYLE = "bold reverse red"
"""A value the two sides of a conflicting pair disagree on."""
EMPHASIS_STYLE = "underline"
"""A word this claim has and its partners lack (within-pair emphasis, no colour needed)."""
CLAIM_SEPARATOR = "\n"


def claim_text(
    text: str,
    marks: Sequence[Mark],
    *,
    marked_key: str | None = None,
    entities: bool = True,
    emphasis: Sequence[tuple[int, int]] = (),
    tags: bool = False,
) -> Text:
    """``text`` made inert, with entity colours, one-sided values and conflicts marked.

    Differences and conflicts are shown even when entity colours are off, and use text
    styles (bold, underline, reverse) so they read without colour; ``emphasis`` spans
    (words the partners lack) are underlined. ``tags`` (``NO_COLOR``): each entity's
    label tag follows it, as in the reader (:func:`with_tags`).
    """
    raw = inert_line(text)
    out = Text(raw)
    for start, end in emphasis:
        out.stylize(EMPHASIS_STYLE, start, end)
    for mark in marks:
        style = ""
        if entities:
            style = label_style(mark.label)
        if mark.conflict:
            style = CONFLICT_STYLE
        elif mark.diff:
            style = f"{style} {DIFF_STYLE}".strip()
        if marked_key is not None and mark.key == marked_key:
            style = f"{style} {MARKED_STYLE}".strip()
        if style:
            out.stylize(style, mark.start, mark.end)
    return with_tags(out, marks) if tags and entities else out


def with_tags(text: Text, marks: Sequence[Mark]) -> Text:
    """``text`` with the reader's label tag (:func:`label_tag`) after each entity mark."""
    if not marks:
        return text
    out = text.blank_copy()
    start = 0
    for end, label in sorted((mark.end, mark.label) for mark in marks):
        out.append_text(text[start:end])
        out.append_text(label_tag(label))
        start = end
    out.append_text(text[start:])
    return out


def gutter_text(relation: str, *, cursor_side: str | None = None) -> Text:
    """The gutter cell of a row: its relation glyph, with the cursor's side pointed at."""
    glyph = PENDING_GLYPH if relation == PENDING else GLYPHS.get(relation, "?")
    left = "»" if cursor_side == "a" else " "
    right = "«" if cursor_side == "b" else " "
    return Text.assemble((left, "bold"), (glyph, "bold"), (right, "bold"))


def join_claims(parts: Sequence[Text]) -> Text:
    """Several claims of one side of a row, one per line."""
    return Text(CLAIM_SEPARATOR).join(parts)
