"""Modal screens: help, problems, label chooser, story picker."""
