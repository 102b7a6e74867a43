"""The help screen: the keys of every command (:mod:`tui.app.commands`), this screen's first."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.commands import HELP_DIALOG, CommandGroup


class HelpScreen(ModalScreen[None]):
    """Lists each group's commands and keys; any of escape, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 95%; height: 85%; border: round $primary;
        background: $surface; padding: 0 1;
    }
    """
    BINDINGS = HELP_DIALOG.bindings()

    def __init__(self, groups: Sequence[CommandGroup]) -> None:
        super().__init__()
        self._titles = [group.title for group in groups]
        self.rows: list[tuple[str, str, str]] = [
            (group.title, command.key_text, command.name)
            for group in groups
            for command in group.listed()
        ]
        """(group title, keys, what the command does) for every command listed."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-scroll"):
            yield Static(Text("Parallax keys", style="bold"), id="help-title")
            key_width = max((cell_len(keys) for _, keys, _ in self.rows), default=1)
            for title in self._titles:
                table = Table(title=title, title_justify="left", expand=True, box=None)
                # one fixed key width for every section, so the actions line up down the
                # screen (a width alone is stretched with the rest when the table expands)
                table.add_column("Key", style="bold", width=key_width, no_wrap=True)
                table.add_column("Action", ratio=1)
                for section, keys, description in self.rows:
                    if section == title:
                        table.add_row(keys, description)
                yield Static(table)
            yield Static(Text("Press esc, q or ? to close.", style="dim"))

    def action_scroll_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one(VerticalScroll).scroll_up()
