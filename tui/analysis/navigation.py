"""Moving through a comparison's rows: the cursor row, the active side and folding.

Pure Python over :class:`~tui.nlp.align.rows.Row` values; the split view owns one
:class:`RowCursor` and only draws what it says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tui.nlp.align.rows import Row

__all__ = ["JUMPS", "Jump", "RowCursor"]

RowTest = Callable[[Row], bool]


@dataclass(frozen=True, slots=True)
class Jump:
    """A kind of row to jump to, and how to name it when there is none."""

    wanted: RowTest
    name: str


JUMPS: dict[str, Jump] = {
    "pair": Jump(lambda r: r.matched, "matched pair"),
    "one_sided": Jump(lambda r: r.one_sided, "one-outlet claim"),
    "conflict": Jump(lambda r: r.relation == "conflict", "conflict"),
}
"""The rows the split view's jump keys go to."""


class RowCursor:
    """A cursor over rows: which row, which side (``"a"``/``"b"``), agreeing rows folded."""

    def __init__(self, rows: Sequence[Row] = (), cursor: int = 0) -> None:
        self.rows: Sequence[Row] = rows
        self.number = 0
        self.side = "a"
        self.folded = False
        self.show(rows, cursor)

    def show(self, rows: Sequence[Row], cursor: int = 0) -> None:
        """Move over ``rows``, the cursor on row ``cursor`` (clamped to the rows)."""
        self.rows = rows
        self.number = min(max(0, cursor), max(0, len(rows) - 1))

    @property
    def visible(self) -> list[Row]:
        """Rows shown: all, or all but the agreeing ones when folded."""
        return [r for r in self.rows if not (self.folded and r.relation == "same")]

    @property
    def current(self) -> Row | None:
        """The row under the cursor."""
        return self.rows[self.number] if 0 <= self.number < len(self.rows) else None

    def is_shown(self, number: int) -> bool:
        """Row ``number`` exists and is not folded away."""
        return 0 <= number < len(self.rows) and not (
            self.folded and self.rows[number].relation == "same"
        )

    def move_to(self, number: int | None) -> bool:
        """Put the cursor on row ``number``; ``False`` when there is no such row shown."""
        if number is None or not self.is_shown(number):
            return False
        self.number = number
        return True

    def find(self, wanted: RowTest, *, forward: bool = True) -> int | None:
        """Number of the next (previous) shown row after (before) the cursor that is
        ``wanted``, or ``None``."""
        order: Iterable[Row]
        if forward:
            order = (r for r in self.visible if r.number > self.number)
        else:
            order = (r for r in reversed(self.visible) if r.number < self.number)
        return next((row.number for row in order if wanted(row)), None)

    def jump(self, kind: str, *, forward: bool = True) -> bool:
        """Move to the next (previous) row of :data:`JUMPS` ``kind``; ``False`` if none."""
        return self.move_to(self.find(JUMPS[kind].wanted, forward=forward))

    def step(self, *, forward: bool = True) -> bool:
        """Move to the next (previous) row with a claim on the active side, else to the
        next (previous) row at all."""
        side = self.side
        target = self.find(lambda r: bool(r.claims(side)), forward=forward)
        if target is None:
            target = self.find(lambda r: True, forward=forward)
        return self.move_to(target)

    def first(self) -> bool:
        """Move to the first shown row."""
        visible = self.visible
        return self.move_to(visible[0].number) if visible else False

    def last(self) -> bool:
        """Move to the last shown row."""
        visible = self.visible
        return self.move_to(visible[-1].number) if visible else False

    def switch_side(self) -> None:
        """Make the other side active."""
        self.side = "b" if self.side == "a" else "a"

    def fold(self, folded: bool) -> None:
        """Fold (or unfold) agreeing rows; a cursor on a folded row moves to a shown one."""
        self.folded = folded
        current = self.current
        if folded and current is not None and current.relation == "same":
            target = self.find(lambda r: True)
            if target is None:
                target = self.find(lambda r: True, forward=False)
            if target is not None:
                self.number = target
