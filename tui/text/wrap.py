"""Greedy word wrap by terminal cell width, reporting where each line starts."""

from __future__ import annotations

from rich.cells import cell_len


def wrap_offsets(text: str, width: int) -> list[int]:
    """Return the start offset of each wrapped line of ``text`` at ``width`` cells.

    Lines break after spaces; a word wider than the line (a URL) is broken after its last
    ``/`` or ``-`` that fits, else folded by cells.
    The first offset is always 0 (an empty text gives ``[0]``).
    """
    width = max(1, width)
    starts = [0]
    line_cells = 0
    position = 0
    length = len(text)
    while position < length:
        space = text.find(" ", position)
        word_end = length if space < 0 else space
        word = text[position:word_end]
        word_cells = cell_len(word)
        if line_cells and line_cells + word_cells > width:
            starts.append(position)
            line_cells = 0
        if word_cells > width:
            cuts = _fold(word, width)
            starts.extend(position + cut for cut in cuts)
            line_cells = cell_len(word[cuts[-1] :]) if cuts else word_cells
        else:
            line_cells += word_cells
        if space < 0:
            break
        line_cells += 1  # the space itself; a trailing space may overhang the edge
        position = space + 1
    return starts


BREAKS_AFTER = "/-"
"""Where a word too wide for a line is broken first (a URL at its slashes)."""


def _fold(word: str, width: int) -> list[int]:
    """Offsets in ``word`` (wider than ``width`` cells, on a line of its own) where its
    continuation lines start."""
    cuts: list[int] = []
    index = 0
    while True:
        cells = 0
        end = index
        while end < len(word) and cells + cell_len(word[end]) <= width:
            cells += cell_len(word[end])
            end += 1
        if end >= len(word):
            return cuts
        end = max(end, index + 1)  # a character wider than the line: alone on it
        separator = max(word.rfind(char, index + 1, end) for char in BREAKS_AFTER)
        index = separator + 1 if separator > index else end
        cuts.append(index)
