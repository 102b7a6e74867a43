"""Claim alignment: features, similarity, matching, relations and the row layout."""

from tui.nlp.align.aligner import Alignment, ClaimPair, align
from tui.nlp.align.rows import Row, rows

__all__ = ["Alignment", "ClaimPair", "Row", "align", "rows"]
