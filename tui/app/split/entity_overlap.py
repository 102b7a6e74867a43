"""A modal listing the entities both articles name, and those only one names.

Choosing an entity dismisses with its canonical key (the split view then marks it on
both sides); the first entry clears the marking.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.entity_summary import EntityInfo, EntityOverlap
from tui.app.commands import ENTITY_DIALOG
from tui.app.label_styles import label_style
from tui.text.safety import inert_line

CLEAR = "\x00clear"
"""Option id that clears the marking."""


def _entry(info: EntityInfo, counts: str) -> Text:
    return Text.assemble(
        (f" {info.label} ", label_style(info.label)),
        " ",
        (inert_line(info.name), "bold"),
        (f"  {counts}", "dim"),
    )


def overlap_options(overlap: EntityOverlap, names: tuple[str, str]) -> list[Option | None]:
    """Options grouped under three disabled headings (``None`` is a separator)."""
    left, right = (inert_line(n) for n in names)
    options: list[Option | None] = [Option(Text("(clear marking)", style="italic"), id=CLEAR)]
    groups = (
        (f"Shared ({len(overlap.shared)})", overlap.shared, "both"),
        (f"Only {left} ({len(overlap.only_a)})", overlap.only_a, "a"),
        (f"Only {right} ({len(overlap.only_b)})", overlap.only_b, "b"),
    )
    for title, items, which in groups:
        options.append(None)
        options.append(Option(Text(title, style="bold underline"), disabled=True))
        if not items:
            options.append(Option(Text("  none", style="dim italic"), disabled=True))
        for info in items:
            if which == "both":
                counts = f"{left} ×{info.count_a} · {right} ×{info.count_b}"
            else:
                counts = f"×{info.count_a if which == 'a' else info.count_b}"
            options.append(Option(_entry(info, counts), id=info.key))
    return options


class EntityOverlapScreen(ModalScreen[str | None]):
    """Shared / left-only / right-only entities; enter marks one on both sides."""

    DEFAULT_CSS = """
    EntityOverlapScreen { align: center middle; }
    EntityOverlapScreen > Vertical {
        width: 80; max-width: 95%; height: 80%; border: round $primary;
        background: $surface; padding: 0 1;
    }
    EntityOverlapScreen #overlap-help { color: $text-muted; height: auto; }
    EntityOverlapScreen OptionList { height: 1fr; border: none; }
    """
    BINDINGS = ENTITY_DIALOG.bindings()

    def __init__(self, overlap: EntityOverlap, names: tuple[str, str]) -> None:
        super().__init__()
        self._options = overlap_options(overlap, names)

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = "Entities in both articles, and in one only"
        with box:
            yield Static("enter: mark on both sides · esc: close", id="overlap-help")
            yield OptionList(*self._options, id="overlap-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id
        self.dismiss("" if option_id == CLEAR else option_id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
