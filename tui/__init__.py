"""Parallax: a terminal reader that compares how outlets report the same story."""

__version__ = "0.1.0"
