"""Moving through a comparison's rows: the cursor row, the active side and folding.

Pure Python over :class:`~tui.nlp.align.rows.Row` values; the split view owns one
:class:`RowCursor` and only draws what it says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tui.nlp.align.rows import Row

__all__ = ["FOLD_LEVELS", "FOLD_NAMES", "JUMPS", "Jump", "RowCursor"]

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

FOLD_LEVELS = ("all", "differences", "one_sided")
"""Fold levels, in the order ``f`` cycles through them."""
FOLD_NAMES = {
    "all": "all rows",
    "differences": "differences only",
    "one_sided": "one-sided claims only",
}
"""How the status line names each fold level."""


def _differs(row: Row) -> bool:
    return row.relation != "same"


class RowCursor:
    """A cursor over rows: which row, which side (``"a"``/``"b"``), which fold level.

    Fold levels (:data:`FOLD_LEVELS`): ``all``; ``differences`` hides matched rows that are
    not ``notable`` (by default: the ``same`` ones); ``one_sided`` shows one-sided rows only.
    """

    def __init__(self, rows: Sequence[Row] = (), cursor: int = 0) -> None:
        self.rows: Sequence[Row] = rows
        self.number = 0
        self.side = "a"
        self.level = "all"
        self.notable: RowTest = _differs
        self.show(rows, cursor)

    def show(self, rows: Sequence[Row], cursor: int = 0, notable: RowTest | None = None) -> None:
        """Move over ``rows``, the cursor on row ``cursor`` (clamped to the rows);
        ``notable`` says which matched rows the ``differences`` level keeps."""
        self.rows = rows
        self.notable = notable or _differs
        self.number = min(max(0, cursor), max(0, len(rows) - 1))

    @property
    def folded(self) -> bool:
        """Some rows are folded away (any level but ``all``)."""
        return self.level != "all"

    def hides(self, row: Row) -> bool:
        """``row`` is folded away at the current level."""
        if self.level == "differences":
            return row.matched and not self.notable(row)
        if self.level == "one_sided":
            return not row.one_sided
        return False

    @property
    def visible(self) -> list[Row]:
        """Rows shown at the current fold level."""
        return [r for r in self.rows if not self.hides(r)]

    @property
    def current(self) -> Row | None:
        """The row under the cursor."""
        return self.rows[self.number] if 0 <= self.number < len(self.rows) else None

    def is_shown(self, number: int) -> bool:
        """Row ``number`` exists and is not folded away."""
        return 0 <= number < len(self.rows) and not self.hides(self.rows[number])

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
        """Fold to ``differences`` (or show every row)."""
        self.set_level("differences" if folded else "all")

    def cycle(self) -> str:
        """Go to the next fold level (all → differences → one-sided → all); return it."""
        self.set_level(FOLD_LEVELS[(FOLD_LEVELS.index(self.level) + 1) % len(FOLD_LEVELS)])
        return self.level

    def set_level(self, level: str) -> None:
        """Fold to ``level``; a cursor on a hidden row moves to a shown one."""
        self.level = level
        current = self.current
        if current is not None and self.hides(current):
            target = self.find(lambda r: True)
            if target is None:
                target = self.find(lambda r: True, forward=False)
            if target is not None:
                self.number = target
