"""A side panel listing the article's entities by label, with mention counts."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.entity_summary import EntityEntry
from tui.app.label_styles import LABEL_DESCRIPTIONS, label_style
from tui.text.safety import inert_line


class EntityPanel(Vertical):
    """Entities grouped by label; selecting one posts :class:`EntityPanel.EntitySelected`."""

    DEFAULT_CSS = """
    EntityPanel { width: 34; border-left: vkey $primary 50%; display: none; }
    EntityPanel.-open { display: block; }
    EntityPanel > #entity-title { text-style: bold; padding: 0 1; }
    EntityPanel > OptionList { height: 1fr; border: none; }
    """

    class EntitySelected(Message):
        """An entity was chosen (``key`` None: the mark was cleared)."""

        def __init__(self, key: str | None) -> None:
            super().__init__()
            self.key = key

    def compose(self) -> ComposeResult:
        yield Static("Entities", id="entity-title")
        yield OptionList(id="entity-list")

    def show_entities(self, grouped: dict[str, list[EntityEntry]]) -> None:
        """List ``grouped`` entities; label headings are not selectable."""
        options: list[Option] = []
        for label, entries in grouped.items():
            heading = Text(f" {label} ", style=label_style(label))
            heading.append(f" {LABEL_DESCRIPTIONS[label]}", style="dim")
            options.append(Option(heading, disabled=True))
            for entry in entries:
                line = Text("  ")
                line.append(inert_line(entry.name))
                line.append(f"  ×{entry.count}", style="dim")
                options.append(Option(line, id=entry.key))
        if not options:
            options.append(Option(Text("No entities found", style="dim italic"), disabled=True))
        option_list = self.query_one(OptionList)
        option_list.clear_options()
        option_list.add_options(options)
        total = sum(len(entries) for entries in grouped.values())
        self.query_one("#entity-title", Static).update(f"Entities ({total})")

    @on(OptionList.OptionSelected, "#entity-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.EntitySelected(event.option.id))
