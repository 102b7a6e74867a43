"""How each row relation is shown: its glyph and its words, one table for the CLI and the app."""

from __future__ import annotations

__all__ = ["GLYPHS", "LEGEND", "PENDING", "PENDING_GLYPH", "RELATION_WORDS"]

GLYPHS: dict[str, str] = {
    "same": "=",
    "partial": "≈",
    "conflict": "≠",
    "only_a": "◀",
    "only_b": "▶",
}
"""Gutter glyph of each row relation, so a comparison reads without colour."""
PENDING = "pending"
"""Relation of a preview row, shown while the alignment is still being computed."""
PENDING_GLYPH = "·"
RELATION_WORDS: dict[str, str] = {
    "same": "agree",
    "partial": "partial",
    "conflict": "conflict",
    "only_a": "only left",
    "only_b": "only right",
}
LEGEND = "  ".join(
    f"{GLYPHS[r]} {w}"
    for r, w in (
        ("same", "same"),
        ("partial", "partial"),
        ("conflict", "conflict"),
        ("only_a", "only A"),
        ("only_b", "only B"),
    )
)
"""The glyph legend the CLI prints under its table."""
