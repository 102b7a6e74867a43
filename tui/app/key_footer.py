"""The footer of the main screens: whole key hints only, help and quit always among them.

Textual's footer lays every hint out in a row and clips what does not fit, so at 80
columns the last hints (``q Quit``, ``? Help``) vanished and one was cut mid-word under the
palette key. :class:`KeyFooter` keeps the hints that fit whole, in the order
:mod:`tui.app.commands` declares them (most important first), and always keeps the
:data:`~tui.app.commands.EVERYWHERE` ones; the rest stay in help and the palette.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not re-exported by textual.widgets

from tui.app.commands import EVERYWHERE

ALWAYS = frozenset(command.action for command in EVERYWHERE.commands if command.footer)
"""Actions whose hint is always shown (help and quit)."""


def hint_width(key: FooterKey) -> int:
    """Cells a compact hint takes, its right margin included (the palette key: its border)."""
    text = cell_len(key.key_display)
    if key.description:
        text += 1 + cell_len(key.description)
    return text + 1


def fitting(keys: list[FooterKey], width: int) -> list[FooterKey]:
    """``keys`` without the screen hints that do not fit in ``width`` cells: the longest
    run of them, in order, that fits beside the hints always shown and the palette key."""
    always = [key for key in keys if key.action in ALWAYS or key.has_class("-command-palette")]
    room = width - sum(hint_width(key) for key in always)
    kept: list[FooterKey] = []
    for key in keys:
        if key in always:
            continue
        room -= hint_width(key)
        if room < 0:
            break
        kept.append(key)
    rest = [key for key in always if not key.has_class("-command-palette")]
    palette = [key for key in always if key.has_class("-command-palette")]
    return [*kept, *rest, *palette]


class KeyFooter(Footer):
    """A compact footer that shows only whole hints, help and quit always among them."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0

    def compose(self) -> ComposeResult:
        widgets: list[Widget] = list(super().compose())
        keys = [widget for widget in widgets if isinstance(widget, FooterKey)]
        if len(keys) != len(widgets):  # grouped bindings: not used here, show them as is
            yield from widgets
            return
        self._width = self.size.width or self.app.size.width
        yield from fitting(keys, self._width)

    def on_resize(self) -> None:
        if self._width and self.size.width != self._width:
            self._width = self.size.width
            self.call_after_refresh(self.recompose)
