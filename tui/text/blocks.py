"""Split an article body into display blocks (paragraphs and list items) with offsets.

Rules: blank lines separate paragraphs; a line starting with ``- `` (or ``* ``,
``• ``) is a list item; a line that does not end a sentence continues the
previous paragraph (hard-wrapped text), otherwise it starts a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["paragraph", "bullet"]
_BULLETS = ("- ", "* ", "• ")
_SENTENCE_END = ".!?:;\"'”’)…]"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or list item: ``body[start:end]`` is its text (marker excluded)."""

    kind: BlockKind
    start: int
    end: int


def _lines(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for line in body.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def split_blocks(body: str) -> list[Block]:
    """Return the body's blocks in order; empty bodies give no blocks."""
    blocks: list[Block] = []
    open_paragraph = False
    for start, end in _lines(body):
        text = body[start:end]
        stripped = text.strip()
        if not stripped:
            open_paragraph = False
            continue
        lead = len(text) - len(text.lstrip())
        first = start + lead
        last = start + len(text.rstrip())
        if text.lstrip().startswith(_BULLETS):
            marker = 2
            inner = first + marker
            while inner < last and body[inner] == " ":
                inner += 1
            if inner < last:  # an empty "- " line is no item
                blocks.append(Block("bullet", inner, last))
            open_paragraph = False
            continue
        previous = blocks[-1] if blocks else None
        if (  # previous.end is just past the paragraph's last non-blank character
            open_paragraph
            and previous is not None
            and previous.kind == "paragraph"
            and previous.end > previous.start
            and body[previous.end - 1] not in _SENTENCE_END
        ):
            blocks[-1] = Block("paragraph", previous.start, last)
            continue
        blocks.append(Block("paragraph", first, last))
        open_paragraph = True
    return blocks
