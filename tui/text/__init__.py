"""Text helpers shared by every layer: making text inert, wrapping, paragraph blocks."""
