"""Command-line subcommands of Parallax."""
