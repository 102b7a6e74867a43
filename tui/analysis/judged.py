"""The reader's judgements applied to an alignment, and found for two articles.

:func:`judge` turns the engine's alignment into the judged one every view is built from
(unlinked pairs gone, hand links added and described like engine pairs);
:func:`saved_judgements` finds the library two articles share and the judgements saved
there for their story (see :mod:`tui.analysis.judgements`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.analysis.judgements import JudgedPair, Judgement, PairJudgements, apply, load, story_file
from tui.models import Article
from tui.nlp.align.aligner import AlignInput, Alignment, describe_pairs
from tui.nlp.align.rows import Row

__all__ = [
    "GLYPHS",
    "JUDGEMENT_LEGEND",
    "Judged",
    "judge",
    "library_of",
    "row_claims",
    "row_marks",
    "row_pairs",
    "saved_judgements",
]


@dataclass(frozen=True, slots=True)
class Judged:
    """The reader's judgements on a comparison: the engine's alignment they were applied
    to, the resulting pairs (who made each, any verdict and note) and the judgements
    themselves (unlinks too), all oriented as the comparison is."""

    engine: Alignment
    pairs: tuple[JudgedPair, ...]
    judgements: tuple[Judgement, ...]

    def swapped(self) -> Judged:
        """The same judgements seen from the other article."""
        pairs = sorted((p.swapped() for p in self.pairs), key=lambda p: (p.a, p.b))
        return Judged(
            self.engine.swapped(), tuple(pairs), tuple(j.swapped() for j in self.judgements)
        )

    def pair(self, a: int, b: int) -> JudgedPair | None:
        """The judged pair of claims ``(a, b)``, if it stands."""
        return next((p for p in self.pairs if (p.a, p.b) == (a, b)), None)


def judge(
    engine: Alignment, judgements: Sequence[Judgement], inputs: tuple[AlignInput, AlignInput]
) -> tuple[Alignment, Judged]:
    """The alignment the reader has the last word on: ``engine``'s pairs without those
    unlinked, with the hand links (described from ``inputs`` as the engine describes its
    own pairs), and the claims left without a partner one-sided."""
    count_a, count_b = len(engine.claims_a), len(engine.claims_b)
    valid = [j for j in judgements if 0 <= j.a < count_a and 0 <= j.b < count_b]
    pairs = apply(((p.a, p.b) for p in engine.pairs), PairJudgements("", "", valid))
    found = {(p.a, p.b): p for p in engine.pairs}
    hand = [(p.a, p.b) for p in pairs if (p.a, p.b) not in found]
    found.update({(p.a, p.b): p for p in describe_pairs(*inputs, hand)})
    claim_pairs = tuple(found[p.a, p.b] for p in pairs)
    paired_a, paired_b = {p.a for p in pairs}, {p.b for p in pairs}
    alignment = Alignment(
        engine.claims_a,
        engine.claims_b,
        claim_pairs,
        tuple(i for i in range(count_a) if i not in paired_a),
        tuple(j for j in range(count_b) if j not in paired_b),
    )
    return alignment, Judged(engine, tuple(pairs), tuple(valid))


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


def saved_judgements(
    article_a: Article, article_b: Article, alignment: Alignment, library: Path | None
) -> list[Judgement] | None:
    """The judgements saved on ``article_a`` vs ``article_b`` (oriented that way round), or
    None outside a library.

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
    return list(pair.items)


GLYPHS = {"verified": "✓", "disputed": "✗", "note": "✎", "reader": "⚑", "unlinked": "⊘"}
"""Text marks of the reader's judgements (never colour alone)."""
JUDGEMENT_LEGEND = (
    "✓ verified  ✗ disputed  ✎ note  ⚑ linked by the reader  ⊘ unlinked by the reader"
)
"""What the judgement glyphs mean, on one line."""


def row_claims(row: Row, side: str) -> tuple[int, ...]:
    """The claims of ``side`` (``"a"``/``"b"``) a row shows."""
    return row.a if side == "a" else row.b


def row_pairs(row: Row, linked: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs of ``linked`` a row holds (both claims in it); for a row holding none, those
    touching one of its claims (e.g. the unlinked pairs of a now one-sided claim)."""
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
