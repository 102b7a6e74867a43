"""Choose which entity labels are highlighted."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import SelectionList, Static
from textual.widgets._toggle_button import ToggleButton  # its box characters
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from tui.app.commands import LABELS_DIALOG
from tui.app.label_styles import LABEL_DESCRIPTIONS, label_style
from tui.app.no_color import mark_cursor_without_colour
from tui.models import ENTITY_LABELS

CHECKED, UNCHECKED = "✓", " "
"""What a row's box shows: a tick, or nothing (not only a change of colour)."""


class CheckList(SelectionList[str]):
    """A selection list whose boxes show a tick when checked, so the state reads without
    colour (the stock box shows the same ``X`` in both states)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        if len(segments) > 1 and segments[1].text == ToggleButton.BUTTON_INNER:
            mark = CHECKED if selection.value in self.selected else UNCHECKED
            segments[1] = Segment(mark, segments[1].style)
        return mark_cursor_without_colour(self, Strip(segments, strip.cell_length))


class LabelFilterScreen(ModalScreen[frozenset[str] | None]):
    """A checklist of labels; ``enter`` dismisses with the chosen set, ``esc`` with None."""

    DEFAULT_CSS = """
    LabelFilterScreen { align: center middle; }
    LabelFilterScreen > Vertical {
        width: 50; height: auto; max-height: 90%; border: round $primary;
        background: $surface; padding: 0 1;
    }
    LabelFilterScreen SelectionList { height: auto; border: none; }
    """
    BINDINGS = LABELS_DIALOG.bindings()

    def __init__(self, enabled: frozenset[str]) -> None:
        super().__init__()
        self._enabled = enabled

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Highlight which labels?", style="bold"))
            selections = []
            for label in ENTITY_LABELS:
                prompt = Text(f" {label} ", style=label_style(label))
                prompt.append(f" {LABEL_DESCRIPTIONS[label]}")
                selections.append(Selection(prompt, label, label in self._enabled))
            yield CheckList(*selections, id="labels")
            yield Static(
                Text("space toggles · a all · n none · enter applies · esc cancels", style="dim")
            )

    @property
    def _list(self) -> SelectionList[str]:
        return self.query_one("#labels", SelectionList)

    def action_all(self) -> None:
        self._list.select_all()

    def action_none(self) -> None:
        self._list.deselect_all()

    def action_done(self) -> None:
        self.dismiss(frozenset(self._list.selected))

    def action_cancel(self) -> None:
        self.dismiss(None)
