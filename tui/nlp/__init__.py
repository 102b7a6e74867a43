"""Text analysis for Parallax: claims, entities and alignment (no Textual imports)."""
