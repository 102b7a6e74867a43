"""The reader's judgements for a comparison run outside the app (CLI, exports).

Finds the library two articles share and the judgements saved there for their story,
and applies them to the engine's pairs (see :mod:`tui.analysis.judgements`).
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.judgements import JudgedPair, apply, load, story_file
from tui.models import Article
from tui.nlp.align.aligner import Alignment

__all__ = ["judged_pairs", "library_of"]


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


def library_of(article_a: Article, article_b: Article, library: Path | None) -> Path | None:
    """The library holding both articles' story judgements: ``library`` when both articles
    are inside it, else the nearest common folder above them with a judgements file for
    their story; None when the articles belong to different stories or no library fits."""
    if article_a.story != article_b.story:
        return None
    if library is not None and all(_inside(a.path, library) for a in (article_a, article_b)):
        return library
    try:
        a, b = article_a.path.resolve(), article_b.path.resolve()
    except OSError:
        return None
    common = [p for p in a.parents if p in set(b.parents)]
    for folder in common:
        if story_file(folder, article_a.story).is_file():
            return folder
    return None


def judged_pairs(
    article_a: Article, article_b: Article, alignment: Alignment, library: Path | None
) -> list[JudgedPair] | None:
    """The engine's pairs with the reader's judgements applied, or None outside a library.

    Raises :class:`tui.analysis.judgements.JudgementError` for an unreadable file."""
    root = library_of(article_a, article_b, library)
    if root is None:
        return None
    pair = load(
        root,
        article_a.story,
        article_a.path,
        article_b.path,
        [c.text for c in alignment.claims_a],
        [c.text for c in alignment.claims_b],
    )
    return apply(((p.a, p.b) for p in alignment.pairs), pair)
