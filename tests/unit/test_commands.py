"""Commands declared once: bindings, help and palette all come from the same declarations."""

from __future__ import annotations

from textual.binding import Binding

from tui.app.application import MAIN_GROUPS, ParallaxApp
from tui.app.commands import (
    DIALOGS,
    EVERYWHERE,
    FEEDS,
    READER,
    SIDEBAR,
    SPLIT,
    Command,
    key_label,
)
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import ArticleTree
from tui.app.split.screen import SplitScreen

GROUPS = (EVERYWHERE, *MAIN_GROUPS, *DIALOGS)


def test_bindings_are_derived_from_the_declarations() -> None:
    assert READER.bindings() + FEEDS.bindings() == ReaderScreen.BINDINGS
    assert SPLIT.bindings() == SplitScreen.BINDINGS
    assert SIDEBAR.bindings() == ArticleTree.BINDINGS
    assert EVERYWHERE.bindings() == ParallaxApp.BINDINGS
    binding = Command("f", "fold", "Fold agreeing pairs", footer="Fold").binding()
    assert isinstance(binding, Binding)
    assert (binding.key, binding.action, binding.description, binding.show) == (
        "f",
        "fold",
        "Fold",
        True,
    )
    hidden = Command("s", "swap", "Swap sides").binding()
    assert hidden.description == "Swap sides" and not hidden.show


def test_no_key_is_declared_twice_in_one_place() -> None:
    for group in GROUPS:
        keys = [k.strip() for c in group.commands for k in c.keys.split(",")]
        assert len(keys) == len(set(keys)), group.title


def test_every_bound_key_is_in_help() -> None:
    """A key not listed itself is listed as another command's sequence ("] c")."""
    for group in GROUPS:
        shown = " ".join(c.key_text for c in group.listed())
        for command in group.commands:
            if not command.listed:
                assert key_label(command.keys) in shown, (group.title, command.keys)


def test_names_read_as_plain_words() -> None:
    for group in GROUPS:
        for command in group.commands:
            assert command.name[:1].isupper(), command.name
            assert "(" not in command.name.replace("(first key)", "").replace("(second key)", "")
            assert "→" not in command.name and "_" not in command.name
            if command.palette:
                assert command.description, command.name


def test_key_labels_are_readable() -> None:
    assert key_label("j,down") == "j / down"
    assert key_label("question_mark") == "?"
    assert Command("n", "next_pair", "Next pair", sequence="] c").key_text == "n / ] c"
