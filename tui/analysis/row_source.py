"""What the split view's rows read (:class:`RowSource`: rows, claim texts, :class:`Mark`
spans): a comparison, or the :class:`Preview` shown until the alignment is done (both
articles' claims side by side in their own order)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from tui.analysis.relations import PENDING
from tui.nlp.align.rows import Row
from tui.nlp.claims import Claim

__all__ = ["Mark", "Preview", "RowSource", "preview_rows"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A styled span of one claim, offsets relative to the claim's start.

    ``diff``: the value is on this side of the pair only; ``conflict``: it is one of the
    values the two sides disagree on.
    """

    start: int
    end: int
    label: str
    key: str
    diff: bool = False
    conflict: bool = False


class RowSource(Protocol):
    """What the row view reads: rows, claim texts and marks (a comparison or a preview)."""

    @property
    def rows(self) -> Sequence[Row]: ...

    def claim_text(self, side: str, index: int) -> str: ...

    def marks(self, side: str, index: int) -> tuple[Mark, ...]: ...

    def row_of_claim(self, side: str, index: int) -> int: ...

    def emphasis(self, side: str, index: int) -> tuple[tuple[int, int], ...]: ...


@dataclass(frozen=True, slots=True)
class Preview:
    """Both articles' claims side by side in their own order, before the alignment is done.

    Row ``n`` holds claim ``n`` of each side (when it has one), relation :data:`PENDING`.
    """

    claims_a: Sequence[Claim]
    claims_b: Sequence[Claim]
    rows: tuple[Row, ...]

    def claim_text(self, side: str, index: int) -> str:
        """The raw text of claim ``index`` on ``side``."""
        return (self.claims_a if side == "a" else self.claims_b)[index].text

    def marks(self, side: str, index: int) -> tuple[Mark, ...]:
        """No marks: entities and differences come with the alignment."""
        return ()

    def emphasis(self, side: str, index: int) -> tuple[tuple[int, int], ...]:
        """No emphasis before the alignment is done."""
        return ()

    def row_of_claim(self, side: str, index: int) -> int:
        """Claim ``index`` of either side sits on row ``index``."""
        return index if 0 <= index < len(self.rows) else 0


def preview_rows(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> Preview:
    """The preview of two articles' claims (see :class:`Preview`)."""
    count = max(len(claims_a), len(claims_b))
    rows = tuple(
        Row(
            n,
            (n,) if n < len(claims_a) else (),
            (n,) if n < len(claims_b) else (),
            PENDING,
        )
        for n in range(count)
    )
    return Preview(claims_a, claims_b, rows)
