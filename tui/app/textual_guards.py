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
"""

from __future__ import annotations

from typing import Any

from textual.await_complete import AwaitComplete
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


def install() -> None:
    """Install the guards (idempotent)."""
    OptionList._move_page = _move_page  # type: ignore[method-assign]
    Screen.dismiss = _dismiss  # type: ignore[method-assign]
