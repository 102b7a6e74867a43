"""Colours and short tags for entity labels (plain Rich styles; no Textual import).

Each label gets dark text on a light tint, which reads on dark and light themes
alike; the inline tag mode adds the label's name so colour is never the only cue.
"""

from __future__ import annotations

from rich.text import Text

from tui.models import ENTITY_LABELS

LABEL_BACKGROUNDS: dict[str, str] = {
    "PERSON": "#f6b6b6",
    "ORG": "#a8d8f0",
    "GPE": "#b9e4b0",
    "LOC": "#d5e8a0",
    "NORP": "#f3d19c",
    "DATE": "#d9c2f0",
    "NUMBER": "#f0c2e0",
    "EVENT": "#f5e28c",
    "WORK": "#c6d3f7",
    "PRODUCT": "#b8ece4",
}
assert set(LABEL_BACKGROUNDS) == set(ENTITY_LABELS)

LABEL_DESCRIPTIONS: dict[str, str] = {
    "PERSON": "people",
    "ORG": "organisations",
    "GPE": "countries, cities",
    "LOC": "other places",
    "NORP": "nationalities, groups",
    "DATE": "dates and durations",
    "NUMBER": "numbers, money, %",
    "EVENT": "named events",
    "WORK": "reports, laws",
    "PRODUCT": "products",
}


MONOCHROME_STYLES: dict[str, str] = {
    "PERSON": "bold underline",
    "ORG": "underline",
    "GPE": "italic underline",
    "LOC": "italic",
    "NORP": "bold italic",
    "DATE": "dim underline",
    "NUMBER": "bold",
    "EVENT": "bold italic underline",
    "WORK": "dim italic underline",
    "PRODUCT": "dim bold underline",
}
"""Under ``NO_COLOR`` the tints all turn to near-identical greys, so each label is told
apart by text attributes instead (and the inline ``[LABEL]`` tags are on)."""
assert set(MONOCHROME_STYLES) == set(ENTITY_LABELS)

_monochrome = False


def set_monochrome(on: bool) -> None:
    """Use :data:`MONOCHROME_STYLES` (``NO_COLOR`` is set) instead of the colour tints."""
    global _monochrome
    _monochrome = on


def monochrome() -> bool:
    """``NO_COLOR`` is set: labels are told apart by attributes and said by tags."""
    return _monochrome


def label_style(label: str) -> str:
    """The Rich style string used to highlight a mention of ``label``."""
    if _monochrome:
        return MONOCHROME_STYLES.get(label, "underline")
    return f"#1a1a1a on {LABEL_BACKGROUNDS.get(label, '#dddddd')}"


MARKED_STYLE = "bold underline reverse"
"""Style added to every mention of the selected entity."""

CURRENT_STYLE = "bold italic"
"""Extra style for the mention that ``n``/``N`` last jumped to."""

SEARCH_STYLE = "bold reverse"
"""Style of a word matching the sidebar's search (no colour needed to see it)."""

SEARCH_CURRENT_STYLE = "bold italic underline reverse"
"""Style of the search match that ``n``/``N`` last jumped to."""

TAG_STYLE = "dim italic"
"""Style of the inline ``[LABEL]`` tag in monochrome mode."""


def label_tag(label: str) -> Text:
    """The inline tag written after a mention of ``label`` (``[PERSON]``): the label in
    words, so colour is never the only cue (the reader's ``t``, and ``NO_COLOR``)."""
    return Text(f"[{label}]", style=TAG_STYLE)
