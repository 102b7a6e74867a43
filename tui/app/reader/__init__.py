"""The reader screen: sidebar, article pane and entity panel."""
