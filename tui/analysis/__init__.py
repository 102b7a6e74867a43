"""Article analysis and comparison: computed once, rendered by the CLI and the app."""
