"""Parallax's screens."""
