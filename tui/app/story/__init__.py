"""The story view: one story's facts across all its outlets."""
