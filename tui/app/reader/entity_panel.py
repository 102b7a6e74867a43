"""A side panel listing the article's entities by label, with mention counts."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.entity_summary import EntityEntry
from tui.app.label_styles import LABEL_DESCRIPTIONS, label_style
from tui.app.no_color import mark_cursor_without_colour
from tui.text.safety import inert_line


class VimOptionList(OptionList):
    """An option list that also moves with ``j``/``k`` and always has a row highlighted,
    so the first ``enter`` picks something (the split view's entity list can reuse it)."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def highlight_first(self) -> None:
        """Highlight the first selectable option (no-op when there is none)."""
        if not self.option_count:
            return
        if self.highlighted is None or self.get_option_at_index(self.highlighted).disabled:
            self.action_first()

    def on_focus(self) -> None:
        self.highlight_first()

    def render_line(self, y: int) -> Strip:
        return mark_cursor_without_colour(self, super().render_line(y))


class EntityPanel(Vertical):
    """Entities grouped by label; selecting one posts :class:`EntityPanel.EntitySelected`."""

    DEFAULT_CSS = """
    EntityPanel { width: 34; border-left: vkey $primary 50%; display: none; }
    EntityPanel.-open { display: block; }
    EntityPanel > #entity-title { text-style: bold; padding: 0 1; }
    EntityPanel > OptionList {
        height: 1fr; border: none; text-wrap: nowrap; text-overflow: ellipsis;
    }
    """

    class EntitySelected(Message):
        """An entity was chosen (``key`` None: the mark was cleared)."""

        def __init__(self, key: str | None) -> None:
            super().__init__()
            self.key = key

    def compose(self) -> ComposeResult:
        yield Static("Entities", id="entity-title")
        yield VimOptionList(id="entity-list")

    def show_entities(self, grouped: dict[str, list[EntityEntry]]) -> None:
        """List ``grouped`` entities; label headings are not selectable."""
        options: list[Option] = []
        for label, entries in grouped.items():
            heading = Text(f" {label} ", style=label_style(label))
            heading.append(f" {LABEL_DESCRIPTIONS[label]}", style="dim")
            options.append(Option(heading, disabled=True))
            for entry in entries:
                line = Text(f"  ×{entry.count:<3}", style="dim")  # first: a long name is cut,
                line.append(inert_line(entry.name), style="")  # never the count
                options.append(Option(line, id=entry.key))
        if not options:
            options.append(Option(Text("No entities found", style="dim italic"), disabled=True))
        option_list = self.query_one(VimOptionList)
        option_list.clear_options()
        option_list.add_options(options)
        option_list.highlight_first()
        total = sum(len(entries) for entries in grouped.values())
        self.query_one("#entity-title", Static).update(f"Entities ({total})")

    @on(OptionList.OptionSelected, "#entity-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.EntitySelected(event.option.id))
