"""Guards for Textual bugs Parallax can hit, installed when the app module is imported.

``OptionList._move_page`` (Textual 8.2.8, the latest release) looks up the highlighted
option's line before the list has been laid out, or when it has no height (the command
palette on a short terminal, or in the frame between showing its list and laying it out),
and raises ``KeyError``. Others report the same crash upstream; no release fixes it yet.
Until then, paging a list whose lines are not known moves the highlight by one option.

``Screen.dismiss`` pops whatever screen is on top. A second ``escape`` (or ``enter``)
queued before a screen has left is handled by that screen after it is gone, and its
``dismiss`` then pops the screen below it, or the last one (``ScreenStackError``); key
mashing finds this within a few hundred keys. A screen that is no longer on top of the
stack now ignores ``dismiss``.

``CommandPalette``'s watchers of its list-visible and busy flags look up its
``CommandList``; when a flag flips while the palette is being torn down (a key closes it in
the same frame its search finishes), the lookup raises ``NoMatches`` (seen about once in
ten runs of the key-mashing test). A palette without its list now skips those watchers.
"""

from __future__ import annotations

from typing import Any

from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widgets import OptionList

_original_move_page = OptionList._move_page


def _move_page(self: OptionList, direction: Any) -> None:
    """Page as Textual does, or step one option when the list has no lines laid out."""
    highlighted = self.highlighted
    if highlighted is None or highlighted in self._index_to_line:
        _original_move_page(self, direction)
    elif direction < 0:
        self.action_cursor_up()
    else:
        self.action_cursor_down()


_original_dismiss = Screen.dismiss


def _dismiss(self: Screen[Any], result: Any = None) -> AwaitComplete:
    """Dismiss as Textual does, but only the screen on top of the stack."""
    try:
        on_top = self.app.screen is self
    except Exception:  # no app or no screens: nothing to pop
        on_top = False
    if not on_top:
        return AwaitComplete()
    return _original_dismiss(self, result)


_original_list_visible = CommandPalette._watch__list_visible
_original_show_busy = CommandPalette._watch__show_busy


def _watch_list_visible(self: CommandPalette) -> None:
    """Show or hide the list as Textual does, unless the palette has lost its list."""
    if self.query(CommandList):
        _original_list_visible(self)


async def _watch_show_busy(self: CommandPalette) -> None:
    """Show or hide the busy mark as Textual does, unless the palette has lost its list."""
    if self.query(CommandList):
        await _original_show_busy(self)


def install() -> None:
    """Install the guards (idempotent)."""
    CommandPalette._watch__list_visible = _watch_list_visible  # type: ignore[method-assign]
    CommandPalette._watch__show_busy = _watch_show_busy  # type: ignore[method-assign]
    OptionList._move_page = _move_page  # type: ignore[method-assign]
    Screen.dismiss = _dismiss  # type: ignore[method-assign]
