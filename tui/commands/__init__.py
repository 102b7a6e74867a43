"""Subcommands of the ``parallax`` CLI."""
