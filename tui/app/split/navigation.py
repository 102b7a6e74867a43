"""The split view's navigation keys: jump to the next pair, one-sided claim or conflict,
the ``]c``/``[c`` two-key sequences, and switching the active side.

A mixin of :class:`~tui.app.split.screen.SplitScreen`, which owns the rows and the alignment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from tui.analysis.comparison import DisplayRow
    from tui.app.split.rows import SplitRows

    _Base = Screen[None]
else:
    _Base = object

PREFIX_TIMEOUT = 1.5
"""Seconds a ``]``/``[`` prefix waits for its ``c``."""
ALIGNING = "Aligning… each article in its own order until then"


class SplitNavigation(_Base):
    """Row-jumping actions over :attr:`rows`, waiting for the alignment when needed."""

    _prefix: str | None
    _aligning: bool

    if TYPE_CHECKING:

        @property
        def rows(self) -> SplitRows:
            """Provided by :class:`~tui.app.split.screen.SplitScreen`."""

        def _ready(self) -> bool:
            """Provided by :class:`~tui.app.split.screen.SplitScreen`."""

        def _status(self, text: str, *, message: bool = False) -> None:
            """Provided by :class:`~tui.app.split.screen.SplitScreen`."""

    def _go(self, wanted: Callable[[DisplayRow], bool], what: str, *, forward: bool = True) -> None:
        if not self._ready():
            return
        target = self.rows.find(wanted, forward=forward)
        if not self.rows.move_to(target):
            direction = "after" if forward else "before"
            self.notify(f"No {what} {direction} this row", severity="warning", timeout=2)

    def action_next_pair(self) -> None:
        self._go(lambda r: r.matched, "matched pair")

    def action_previous_pair(self) -> None:
        self._go(lambda r: r.matched, "matched pair", forward=False)

    def action_next_unique(self) -> None:
        self._go(lambda r: r.one_sided, "one-outlet claim")

    def action_previous_unique(self) -> None:
        self._go(lambda r: r.one_sided, "one-outlet claim", forward=False)

    def action_next_conflict(self) -> None:
        self._go(lambda r: r.relation == "conflict", "conflict")

    def action_prefix(self, char: str) -> None:
        """Start a two-key sequence (``]c``/``[c``)."""
        self._prefix = char
        self._status(f"{char}…  (c: {'next' if char == ']' else 'previous'} pair)")
        self.set_timer(PREFIX_TIMEOUT, lambda: self._expire_prefix(char))

    def _expire_prefix(self, char: str) -> None:
        if self._prefix == char:
            self._prefix = None
            self._status(self._idle_status())

    def _idle_status(self) -> str:
        return ALIGNING if self._aligning else ""

    def action_prefixed_c(self) -> None:
        prefix, self._prefix = self._prefix, None
        self._status(self._idle_status())
        if prefix == "]":
            self.action_next_pair()
        elif prefix == "[":
            self.action_previous_pair()
        else:
            self.notify("] c: next pair · [ c: previous pair", timeout=2)

    def action_switch_side(self) -> None:
        self._prefix = None
        self.rows.side = "b" if self.rows.side == "a" else "a"
