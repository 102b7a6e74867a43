"""Greedy word wrap by terminal cell width, reporting where each line starts."""

from __future__ import annotations

from rich.cells import cell_len


def wrap_offsets(text: str, width: int) -> list[int]:
    """Return the start offset of each wrapped line of ``text`` at ``width`` cells.

    Lines break after spaces; a word wider than the line is folded by cells.
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
            for index, char in enumerate(word):
                char_cells = cell_len(char)
                if line_cells and line_cells + char_cells > width:
                    starts.append(position + index)
                    line_cells = 0
                line_cells += char_cells
        else:
            line_cells += word_cells
        if space < 0:
            break
        line_cells += 1  # the space itself; a trailing space may overhang the edge
        position = space + 1
    return starts
