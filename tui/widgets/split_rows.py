"""The split view's body: one scrolling column of row bands, left claim | gutter | right claim.

Because each row holds both sides, matched claims share a band, and scrolling or moving
the cursor keeps the two sides level by construction (the semantic scroll lock).
Rows are mounted in batches, first screenful first, so long articles show quickly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from tui.split_model import DisplayRow, SplitModel, rows_after_fold, step
from tui.widgets.claim_text import claim_text, gutter_text, join_claims

FIRST_BATCH = 40
"""Rows mounted at once when a comparison is shown; the rest follow in batches."""
BATCH = 60

Look = tuple[Text, Text, Text, tuple[bool, bool], str | None]
"""A row's left text, right text, gutter, (left filler?, right filler?), cursor side."""


class SplitRow(HorizontalGroup):
    """One row band: the left claim(s), the gutter glyph, the right claim(s)."""

    DEFAULT_CSS = """
    SplitRow { height: auto; padding: 0 0 1 0; }
    SplitRow > .cell { width: 1fr; height: auto; padding: 0 1; }
    SplitRow > .gutter { width: 3; height: auto; text-align: center; color: $text-muted; }
    SplitRow.-rel-same > .gutter { color: $success; }
    SplitRow.-rel-partial > .gutter { color: $warning; }
    SplitRow.-rel-conflict > .gutter { color: $error; }
    SplitRow.-rel-only_a > .gutter, SplitRow.-rel-only_b > .gutter { color: $accent; }
    SplitRow.-cursor { background: $boost; }
    SplitRow.-cursor > .cell.-active { background: $accent 20%; }
    SplitRow > .cell.-filler { color: $text-muted; text-style: italic; }
    """

    class Clicked(Message):
        """The row was clicked on ``side``."""

        def __init__(self, number: int, side: str) -> None:
            super().__init__()
            self.number = number
            self.side = side

    def __init__(self, row: DisplayRow, look: Look) -> None:
        super().__init__(classes=f"-rel-{row.relation}")
        self.row = row
        self._look = look

    def compose(self) -> ComposeResult:
        left, right, gutter, filler, _side = self._look
        yield Static(left, classes="cell cell-a" + (" -filler" if filler[0] else ""))
        yield Static(gutter, classes="gutter")
        yield Static(right, classes="cell cell-b" + (" -filler" if filler[1] else ""))

    def on_mount(self) -> None:
        self.set_cursor(self._look[4])

    def paint(self, look: Look) -> None:
        """Set the cells' contents and the cursor state, updating only what changed.

        A cursor move only changes the one-line gutter and classes, so it needs no layout.
        """
        previous, self._look = self._look, look
        if not self.is_mounted:
            return
        left, right, gutter, filler, side = look
        cells = list(self.query(Static))
        if len(cells) != 3:
            return
        for cell, new, old, is_filler in (
            (cells[0], left, previous[0], filler[0]),
            (cells[2], right, previous[1], filler[1]),
        ):
            if new != old:
                cell.update(new)
            cell.set_class(is_filler, "-filler")
        if gutter != previous[2]:
            cells[1].update(gutter, layout=False)
        self.set_cursor(side)

    def set_cursor(self, side: str | None) -> None:
        """Mark this row as the cursor row with ``side`` active (``None``: not the cursor)."""
        self.set_class(side is not None, "-cursor")
        for cell, name in zip(self.query(".cell").results(Static), "ab", strict=False):
            cell.set_class(side == name, "-active")

    def on_click(self, event: events.Click) -> None:
        side = "a" if event.screen_x < self.region.x + self.region.width // 2 else "b"
        self.post_message(self.Clicked(self.row.number, side))


class SplitRows(VerticalScroll, can_focus=True):
    """All row bands of a comparison, with a cursor row, an active side and folding."""

    DEFAULT_CSS = """
    SplitRows { height: 1fr; scrollbar-size-vertical: 1; }
    SplitRows.-folded > SplitRow.-rel-same { display: none; }
    SplitRows:focus { background-tint: $foreground 0%; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next claim on this side", show=False),
        Binding("k,up", "cursor_up", "Previous claim on this side", show=False),
        Binding("g,home", "first", "First row", show=False),
        Binding("G,end", "last", "Last row", show=False),
    ]

    class Filled(Message):
        """Every row of the current comparison is mounted."""

    cursor: reactive[int] = reactive(0, init=False)
    side: reactive[str] = reactive("a", init=False)
    folded: reactive[bool] = reactive(False, init=False)
    marked_key: reactive[str | None] = reactive(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.model: SplitModel | None = None
        self._widgets: list[SplitRow] = []
        self._generation = 0

    # -- filling ------------------------------------------------------------------

    def show_model(self, model: SplitModel, cursor: int = 0) -> None:
        """Replace the rows with ``model``'s; mount the first batch now, the rest later."""
        self._generation += 1
        self.model = model
        self.remove_children()
        self._widgets = []
        self.set_reactive(SplitRows.cursor, min(cursor, max(0, len(model.rows) - 1)))
        first = max(FIRST_BATCH, self.cursor + FIRST_BATCH)
        self._mount_batch(self._generation, 0, first)

    def _mount_batch(self, generation: int, start: int, end: int) -> None:
        if generation != self._generation or self.model is None:
            return
        new = [SplitRow(row, self._look(row)) for row in self.model.rows[start:end]]
        if not new:
            return
        self._widgets.extend(new)
        self.mount_all(new)
        if start <= self.cursor < end:
            self.call_after_refresh(self.scroll_to_cursor)
        if end < len(self.model.rows):
            self.set_timer(0.02, lambda: self._mount_batch(generation, end, end + BATCH))
        else:
            self.post_message(self.Filled())

    @property
    def fully_mounted(self) -> bool:
        """Every row of the model has its widget."""
        return self.model is not None and len(self._widgets) == len(self.model.rows)

    # -- painting -----------------------------------------------------------------

    def _side_text(self, row: DisplayRow, side: str) -> tuple[Text, bool]:
        assert self.model is not None
        claims = row.claims(side)
        if claims:
            texts = [
                claim_text(
                    self.model.claim_text(side, i),
                    self.model.marks(side, i),
                    marked_key=self.marked_key,
                )
                for i in claims
            ]
            return join_claims(texts), False
        if row.crossing:
            partner_rows = [self.model.row_of_claim(side, p) for p in row.partners]
            where = "above" if all(n < row.number for n in partner_rows) else "below"
            if any(n < row.number for n in partner_rows) and any(
                n > row.number for n in partner_rows
            ):
                where = "above and below"
            mark = "↑" if where == "above" else "↓" if where == "below" else "↕"
            return Text(f"{mark} matched {where}"), True
        return Text(""), True

    def _look(self, row: DisplayRow) -> Look:
        left, left_filler = self._side_text(row, "a")
        right, right_filler = self._side_text(row, "b")
        side = self.side if row.number == self.cursor else None
        return (
            left,
            right,
            gutter_text(row.relation, cursor_side=side),
            (
                left_filler,
                right_filler,
            ),
            side,
        )

    def _paint(self, widget: SplitRow) -> None:
        widget.paint(self._look(widget.row))

    def repaint(self) -> None:
        """Redraw every mounted row (after marking an entity)."""
        for widget in self._widgets:
            self._paint(widget)

    # -- cursor -------------------------------------------------------------------

    def row_widget(self, number: int) -> SplitRow | None:
        """The widget of row ``number``, if mounted."""
        if 0 <= number < len(self._widgets):
            return self._widgets[number]
        return None

    @property
    def visible_rows(self) -> list[DisplayRow]:
        """Rows shown (not folded away), among those mounted so far."""
        rows = [w.row for w in self._widgets]
        return rows_after_fold(rows, self.folded)

    @property
    def current_row(self) -> DisplayRow | None:
        """The row under the cursor."""
        widget = self.row_widget(self.cursor)
        return widget.row if widget else None

    def move_to(self, number: int | None) -> bool:
        """Put the cursor on row ``number``; ``False`` when there is no such row."""
        if number is None or self.row_widget(number) is None:
            return False
        self.cursor = number
        return True

    def find(self, wanted: Callable[[DisplayRow], bool], *, forward: bool = True) -> int | None:
        """The next visible row after the cursor satisfying ``wanted``."""
        return step(self.visible_rows, self.cursor, wanted, forward=forward)

    def _move(self, *, forward: bool) -> None:
        side = self.side
        target = self.find(lambda r: bool(r.claims(side)), forward=forward)
        if target is None:
            target = self.find(lambda r: True, forward=forward)
        self.move_to(target)

    def action_cursor_down(self) -> None:
        self._move(forward=True)

    def action_cursor_up(self) -> None:
        self._move(forward=False)

    def action_first(self) -> None:
        rows = self.visible_rows
        if rows:
            self.move_to(rows[0].number)

    def action_last(self) -> None:
        rows = self.visible_rows
        if rows:
            self.move_to(rows[-1].number)

    def watch_cursor(self, old: int, new: int) -> None:
        for number in (old, new):
            widget = self.row_widget(number)
            if widget is not None:
                self._paint(widget)
        self.scroll_to_cursor()

    def watch_side(self) -> None:
        widget = self.row_widget(self.cursor)
        if widget is not None and widget.is_mounted:
            self._paint(widget)

    def watch_marked_key(self) -> None:
        self.repaint()

    def watch_folded(self, folded: bool) -> None:
        self.set_class(folded, "-folded")
        row = self.current_row
        if folded and row is not None and row.relation == "same":
            target = self.find(lambda r: True) or self.find(lambda r: True, forward=False)
            if target is not None:
                self.cursor = target
        self.call_after_refresh(self.scroll_to_cursor)

    def scroll_to_cursor(self) -> None:
        """Scroll so the cursor row (both sides of it) is in view."""
        widget = self.row_widget(self.cursor)
        if widget is None or not widget.is_mounted or widget.display is False:
            return
        tall = widget.outer_size.height >= self.scrollable_content_region.height
        self.scroll_to_widget(widget, animate=False, top=tall)

    def on_resize(self) -> None:
        self.call_after_refresh(self.scroll_to_cursor)
