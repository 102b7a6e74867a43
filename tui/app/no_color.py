"""Cues that stand in for colour under ``NO_COLOR``."""

from __future__ import annotations

import os

from rich.style import Style
from textual.app import App
from textual.strip import Strip
from textual.widgets import OptionList

_CURSOR_WITHOUT_COLOUR = Style(bold=True, reverse=True)


def without_colour(app: App[object]) -> bool:
    """``NO_COLOR`` is set (Textual reads it, and takes it out of the environment)."""
    return app.no_color or bool(os.environ.get("NO_COLOR"))


def mark_cursor_without_colour(option_list: OptionList, strip: Strip) -> Strip:
    """Under ``NO_COLOR``, reverse the highlighted option's line: a lighter grey alone does
    not show where the cursor is (OptionList drops a ``reverse`` text-style from CSS)."""
    if not option_list.app.no_color or option_list.highlighted is None:
        return strip
    for segment in strip:
        if segment.style is not None and segment.style.meta.get("option") is not None:
            if segment.style.meta["option"] == option_list.highlighted:
                return strip.apply_style(_CURSOR_WITHOUT_COLOUR)
            break
    return strip
