"""Choose which entity labels are highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from tui.app.commands import LABELS_DIALOG
from tui.app.label_styles import LABEL_DESCRIPTIONS, label_style
from tui.models import ENTITY_LABELS


class LabelFilterScreen(ModalScreen[frozenset[str]]):
    """A checklist of labels; dismisses with the chosen set."""

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
            yield SelectionList[str](*selections, id="labels")
            yield Static(Text("space toggles · a all · n none · enter/esc apply", style="dim"))

    @property
    def _list(self) -> SelectionList[str]:
        return self.query_one("#labels", SelectionList)

    def action_all(self) -> None:
        self._list.select_all()

    def action_none(self) -> None:
        self._list.deselect_all()

    def action_done(self) -> None:
        self.dismiss(frozenset(self._list.selected))
