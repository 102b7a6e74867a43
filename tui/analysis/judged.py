"""The reader's judgements for a comparison run outside the app (CLI, exports).

Finds the library two articles share and the judgements saved there for their story,
and applies them to the engine's pairs (see :mod:`tui.analysis.judgements`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from tui.analysis.judgements import JudgedPair, Judgement, apply, load, story_file
from tui.models import Article
from tui.nlp.align.aligner import Alignment
from tui.nlp.align.rows import Row

__all__ = ["GLYPHS", "judged_pairs", "library_of", "row_claims", "row_marks", "row_pairs"]


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


GLYPHS = {"verified": "✓", "disputed": "✗", "note": "✎", "reader": "⚑", "unlinked": "⊘"}
"""Text marks of the reader's judgements (never colour alone)."""


def row_claims(row: Row, side: str) -> tuple[int, ...]:
    """The claims of ``side`` (``"a"``/``"b"``) a row shows."""
    return row.a if side == "a" else row.b


def row_pairs(row: Row, linked: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``linked`` pairs a row shows: both claims in it, or a hand link from one of its
    claims to a claim elsewhere."""
    a, b = set(row_claims(row, "a")), set(row_claims(row, "b"))
    inside = [(i, j) for i, j in linked if i in a and j in b]
    return inside or [(i, j) for i, j in linked if i in a or j in b]


def row_marks(row: Row, judgements: Sequence[Judgement], engine: set[tuple[int, int]]) -> str:
    """The glyphs of the judgements touching ``row`` (``✓✗✎⚑⊘``), at most once each."""
    a, b = set(row_claims(row, "a")), set(row_claims(row, "b"))
    marks: list[str] = []
    for j in judgements:
        if j.a not in a and j.b not in b:
            continue
        if not j.linked:
            marks.append(GLYPHS["unlinked"])
            continue
        if (j.a, j.b) not in engine:
            marks.append(GLYPHS["reader"])
        if j.verdict:
            marks.append(GLYPHS[j.verdict])
        if j.note:
            marks.append(GLYPHS["note"])
    return "".join(g for g in GLYPHS.values() if g in marks)
