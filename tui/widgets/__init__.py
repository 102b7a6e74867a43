"""Parallax's widgets."""
