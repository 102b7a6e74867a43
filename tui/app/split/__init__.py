"""The split view: two outlets side by side."""
