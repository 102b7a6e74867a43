"""A one-line note on a pair: typed text is kept as written, never read as markup."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.app.commands import NOTE_DIALOG

MAX_NOTE = 300
"""Longest note kept, in characters."""


class NoteScreen(ModalScreen[str | None]):
    """Asks for a note; enter returns it (empty: remove the note), escape cancels."""

    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    NoteScreen > Vertical {
        width: 80; max-width: 95%; height: auto;
        border: round $primary; background: $surface; padding: 0 1;
    }
    NoteScreen #note-help { color: $text-muted; height: auto; }
    """
    BINDINGS = NOTE_DIALOG.bindings()

    def __init__(self, title: str, current: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.current = current

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = "Note"
        with box:
            yield Static(
                Text(f"{self.title_text} · enter: save (empty removes) · esc: cancel"),
                id="note-help",
            )
            yield Input(self.current, placeholder="one line", max_length=MAX_NOTE, id="note")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(" ".join(event.value.split()))

    def action_cancel(self) -> None:
        self.dismiss(None)
