"""Word lists and place tables the recogniser looks names up in."""
