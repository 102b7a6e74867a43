"""The help screen: every key binding, gathered from the classes that define them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "enter": "enter",
    "tab": "tab",
    "shift+tab": "shift+tab",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "ctrl+p": "ctrl+p",
    "asterisk": "*",
}


def key_label(keys: str) -> str:
    """Readable form of a binding's key list, e.g. ``"j,down"`` → ``"j / down"``."""
    return " / ".join(KEY_NAMES.get(key.strip(), key.strip()) for key in keys.split(","))


def binding_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) for each described binding, in order."""
    rows: list[tuple[str, str]] = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            rows.append((key_label(binding.key), binding.description))
        elif isinstance(binding, tuple) and len(binding) >= 3:
            rows.append((key_label(binding[0]), str(binding[2])))
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists each section's bindings; any of escape, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 95%; height: 85%; border: round $primary;
        background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
    ]

    def __init__(self, sections: Sequence[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__()
        self._sections = sections
        self.rows: list[tuple[str, str, str]] = [
            (title, keys, description)
            for title, bindings in sections
            for keys, description in binding_rows(bindings)
        ]
        """(section, keys, description) for every binding listed."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-scroll"):
            yield Static(Text("Parallax keys", style="bold"), id="help-title")
            for title, _bindings in self._sections:
                table = Table(title=title, title_justify="left", expand=True, box=None)
                table.add_column("Key", style="bold", width=20)
                table.add_column("Action")
                for section, keys, description in self.rows:
                    if section == title:
                        table.add_row(keys, description)
                yield Static(table)
            yield Static(Text("Press esc, q or ? to close.", style="dim"))

    def action_scroll_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one(VerticalScroll).scroll_up()
