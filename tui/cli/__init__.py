"""The ``parallax`` command and its subcommands."""

from tui.cli.entry import main

__all__ = ["main"]
