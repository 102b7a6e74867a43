"""Two articles compared: the one object the CLI, the split view and the export render.

:func:`compare` takes two :class:`~tui.analysis.article_analysis.Analysis` values, unifies their
entity keys, aligns their claims and lays the alignment out as rows, with each claim's
marks (entities, values that differ, values in conflict), the entity overlap and the counts
for a summary. Nothing here imports Textual or Rich.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tui.analysis.article_analysis import Analysis, analyse_text
from tui.analysis.emphasis import lacking_words
from tui.analysis.entity_summary import FIGURE_LABELS, EntityOverlap, entity_overlap
from tui.analysis.judged import Judged, judge, row_marks
from tui.analysis.judgements import Judgement
from tui.analysis.row_source import Mark
from tui.nlp.align.aligner import AlignInput, Alignment, ClaimPair, align
from tui.nlp.align.rows import Row, rows
from tui.nlp.align.similarity import ClaimFeatures
from tui.nlp.claims import Claim
from tui.nlp.entities import Mention, unify_keys

__all__ = ["Comparison", "Summary", "align_texts", "compare", "cursor_row"]


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts for a summary: claims, pairs by relation, one-sided claims, entities."""

    claims_a: int
    claims_b: int
    pairs: int
    shared_a: int
    shared_b: int
    same: int
    partial: int
    conflicts: int
    only_a: int
    only_b: int
    entities_shared: int
    entities_only_a: int
    entities_only_b: int


@dataclass(frozen=True, slots=True, eq=False)
class Comparison:
    """Everything shown about two aligned articles, computed once by :func:`compare`.

    ``mentions_a``/``mentions_b`` carry keys unified across the two articles; ``order`` is
    the side whose claim order the rows follow (see :meth:`ordered`). ``alignment`` is the
    judged one when the reader's judgements are applied (``judged``, see
    :meth:`judged_by`): rows, marks, counts and reports are all built from it.
    """

    alignment: Alignment
    mentions_a: tuple[Mention, ...]
    mentions_b: tuple[Mention, ...]
    rows: tuple[Row, ...]
    overlap: EntityOverlap
    summary: Summary
    _marks: Mapping[tuple[str, int], tuple[Mark, ...]]
    _row_of: Mapping[tuple[str, int], int]
    _emphasis: Mapping[tuple[str, int], tuple[tuple[int, int], ...]]
    inputs: tuple[AlignInput, AlignInput]
    order: str = "a"
    judged: Judged | None = None

    @property
    def engine(self) -> Alignment:
        """The engine's alignment, before the reader's judgements."""
        return self.judged.engine if self.judged is not None else self.alignment

    def judged_by(self, judgements: Sequence[Judgement]) -> Comparison:
        """The same comparison with the reader's ``judgements`` (oriented as this one) over
        the engine's pairs: unlinked pairs removed, hand links added, verdicts and notes
        kept. Replaces any judgements applied before."""
        alignment, judged = judge(self.engine, judgements, self.inputs)
        return _build(alignment, self.mentions_a, self.mentions_b, self.inputs, self.order, judged)

    def hand_linked(self, side: str, index: int) -> bool:
        """Claim ``index`` of ``side`` is in a pair the reader linked by hand."""
        if self.judged is None:
            return False
        return any(
            p.by == "reader" and (p.a if side == "a" else p.b) == index for p in self.judged.pairs
        )

    def row_marks(self, row: Row) -> str:
        """The reader's judgement glyphs of ``row`` (``✓✗✎⚑⊘``; empty when not judged)."""
        if self.judged is None:
            return ""
        engine = {(p.a, p.b) for p in self.judged.engine.pairs}
        return row_marks(row, self.judged.judgements, engine)

    def claim_text(self, side: str, index: int) -> str:
        """The raw text of claim ``index`` on ``side``."""
        claims = self.alignment.claims_a if side == "a" else self.alignment.claims_b
        return claims[index].text

    def marks(self, side: str, index: int) -> tuple[Mark, ...]:
        """Styled spans of claim ``index`` on ``side``."""
        return self._marks.get((side, index), ())

    def emphasis(self, side: str, index: int) -> tuple[tuple[int, int], ...]:
        """Spans of claim ``index`` on ``side`` with words its partners lack."""
        return self._emphasis.get((side, index), ())

    def row_pairs(self, row: Row) -> list[ClaimPair]:
        """The pairs a row shows (every pair of its claims)."""
        return _row_pairs(self.alignment, row)

    def row_of_claim(self, side: str, index: int) -> int:
        """The row number holding claim ``index`` of ``side`` (0 when not found)."""
        return self._row_of.get((side, index), 0)

    def notable(self, row: Row) -> bool:
        """``row`` shows a difference worth a look: a conflict, a one-sided claim, or a
        pair where one side has a figure or a name the other lacks."""
        if row.relation != "partial":
            return row.relation != "same"
        return any(m.diff for side in "ab" for i in row.claims(side) for m in self.marks(side, i))

    def rows_with_key(self, key: str) -> list[int]:
        """Rows showing a mention of entity ``key`` on either side."""
        return [
            row.number
            for row in self.rows
            if any(
                m.key == key for side in "ab" for i in row.claims(side) for m in self.marks(side, i)
            )
        ]

    def swapped(self) -> Comparison:
        """The same comparison with left and right exchanged (rows follow the same outlet)."""
        order = "b" if self.order == "a" else "a"
        judged = self.judged.swapped() if self.judged is not None else None
        inputs = (self.inputs[1], self.inputs[0])
        return _build(
            self.alignment.swapped(), self.mentions_b, self.mentions_a, inputs, order, judged
        )

    def ordered(self, side: str) -> Comparison:
        """The same comparison with rows in ``side``'s claim order (itself when already)."""
        if side == self.order:
            return self
        return _build(
            self.alignment, self.mentions_a, self.mentions_b, self.inputs, side, self.judged
        )


def compare(a: Analysis, b: Analysis, *, background: Sequence[str] = ()) -> Comparison:
    """Compare article analyses ``a`` (left) and ``b`` (right).

    Entity keys are unified across the two (short and full forms of a name share one key),
    then the claims are aligned and laid out. ``background`` texts only sharpen the
    aligner's word weights.
    """
    unified_a, unified_b = unify_keys(a.mentions, b.mentions)
    side_a = _align_input(a, tuple(unified_a))
    side_b = _align_input(b, tuple(unified_b))
    alignment = align(side_a, side_b, background=background)
    return _build(alignment, side_a.mentions, side_b.mentions, (side_a, side_b))


def align_texts(body_a: str, body_b: str, *, background: Sequence[str] = ()) -> Alignment:
    """The alignment of two bare texts (no entity overrides): for scorers and tests."""
    return compare(analyse_text(body_a), analyse_text(body_b), background=background).alignment


def _align_input(analysis: Analysis, mentions: tuple[Mention, ...]) -> AlignInput:
    """``analysis`` as the aligner reads it, its features re-keyed like ``mentions``."""
    keys = {
        own.key: new.key
        for own, new in zip(analysis.mentions, mentions, strict=True)
        if own.key != new.key
    }
    features = analysis.features
    if keys:
        features = tuple(_rekeyed(f, keys) for f in features)
    return AlignInput(analysis.body, analysis.claims, mentions, features)


def _rekeyed(features: ClaimFeatures, keys: Mapping[str, str]) -> ClaimFeatures:
    """``features`` with entity facts moved to their unified keys (and those keys' labels)."""
    if not any(fact.key in keys for fact in features.facts):
        return features
    facts = [
        replace(fact, key=keys[fact.key], label=keys[fact.key].partition(":")[0])
        if fact.key in keys
        else fact
        for fact in features.facts
    ]
    return replace(features, facts=facts)


def _build(
    alignment: Alignment,
    mentions_a: tuple[Mention, ...],
    mentions_b: tuple[Mention, ...],
    inputs: tuple[AlignInput, AlignInput],
    order: str = "a",
    judged: Judged | None = None,
) -> Comparison:
    """Lay ``alignment`` out as rows in side ``order``'s claim order; compute every claim's
    marks, the overlap, the counts."""
    laid_out = tuple(rows(alignment, order))
    row_of = {(side, i): row.number for row in laid_out for side in "ab" for i in row.claims(side)}
    overlap = entity_overlap(mentions_a, mentions_b)
    marks = _all_marks(alignment, mentions_a, mentions_b)
    return Comparison(
        alignment,
        mentions_a,
        mentions_b,
        laid_out,
        overlap,
        _summary(alignment, overlap),
        marks,
        row_of,
        _emphasis(alignment),
        inputs,
        order,
        judged,
    )


def _emphasis(
    alignment: Alignment,
) -> dict[tuple[str, int], tuple[tuple[int, int], ...]]:
    """Each paired claim's words that its partners lack (see :func:`lacking_words`)."""
    partners: dict[tuple[str, int], list[str]] = {}
    for pair in alignment.pairs:
        partners.setdefault(("a", pair.a), []).append(alignment.claims_b[pair.b].text)
        partners.setdefault(("b", pair.b), []).append(alignment.claims_a[pair.a].text)
    claims = {"a": alignment.claims_a, "b": alignment.claims_b}
    return {
        (side, index): lacking_words(claims[side][index].text, others)
        for (side, index), others in partners.items()
    }


def _summary(alignment: Alignment, overlap: EntityOverlap) -> Summary:
    relations = Counter(p.relation for p in alignment.pairs)
    return Summary(
        claims_a=len(alignment.claims_a),
        claims_b=len(alignment.claims_b),
        pairs=len(alignment.pairs),
        shared_a=len({p.a for p in alignment.pairs}),
        shared_b=len({p.b for p in alignment.pairs}),
        same=relations["same"],
        partial=relations["partial"],
        conflicts=relations["conflict"],
        only_a=len(alignment.only_a),
        only_b=len(alignment.only_b),
        entities_shared=len(overlap.shared),
        entities_only_a=len(overlap.only_a),
        entities_only_b=len(overlap.only_b),
    )


def _row_pairs(alignment: Alignment, row: Row) -> list[ClaimPair]:
    pairs = alignment.pairs
    return [p for p in pairs if p.a in row.a and p.b in row.b]


def _family(label: str) -> str:
    return "FIGURE" if label in FIGURE_LABELS else label


def _all_marks(
    alignment: Alignment, mentions_a: Sequence[Mention], mentions_b: Sequence[Mention]
) -> dict[tuple[str, int], tuple[Mark, ...]]:
    """Marks of every claim, judged against its pairs (all in the claim's row, as a row
    holds a whole group). Pairs and mentions are indexed once, not scanned per claim."""
    partners: dict[tuple[str, int], list[ClaimPair]] = {}
    for p in alignment.pairs:
        partners.setdefault(("a", p.a), []).append(p)
        partners.setdefault(("b", p.b), []).append(p)
    out: dict[tuple[str, int], tuple[Mark, ...]] = {}
    sides = (
        ("a", alignment.claims_a, mentions_a, mentions_b),
        ("b", alignment.claims_b, mentions_b, mentions_a),
    )
    for side, claims, own, other in sides:
        order = sorted(range(len(own)), key=lambda n: own[n].start)
        starts = [own[n].start for n in order]
        for index, claim in enumerate(claims):
            picked = order[bisect_left(starts, claim.start) : bisect_right(starts, claim.end)]
            inside = [own[n] for n in sorted(picked) if own[n].end <= claim.end]
            pairs = partners.get((side, index), [])
            out[side, index] = _claim_marks(claim, inside, other, side, pairs)
    return out


def _claim_marks(
    claim: Claim,
    inside: Sequence[Mention],
    other_mentions: Sequence[Mention],
    side: str,
    pairs: Sequence[ClaimPair],
) -> tuple[Mark, ...]:
    """Marks of ``claim`` (its mentions ``inside``) on ``side``, judged against its pairs."""
    shared = {text for p in pairs for text in p.shared}
    mine = {t for p in pairs for t in (p.only_a if side == "a" else p.only_b)} - shared
    conflict_values: set[str] = set()
    for p in pairs:
        if p.relation != "conflict":
            continue
        own, other = (p.only_a, p.only_b) if side == "a" else (p.only_b, p.only_a)
        other_families = {_family(m.label) for m in other_mentions if m.text in other}
        conflict_values.update(
            m.text for m in inside if m.text in own and _family(m.label) in other_families
        )
    return tuple(
        Mark(
            m.start - claim.start,
            m.end - claim.start,
            m.label,
            m.key,
            diff=m.text in mine,
            conflict=m.text in conflict_values,
        )
        for m in inside
    )


def cursor_row(
    comparison: Comparison, row: Row | None, *, swapped: bool = False, side: str = "a"
) -> int:
    """The row of ``comparison`` holding the first claim of ``row`` (``side`` first, then
    the other; 0 if none).

    ``swapped``: ``comparison`` has the sides of ``row``'s comparison exchanged.
    """
    if row is None or not (row.a or row.b):
        return 0
    first = side if row.claims(side) else ("b" if side == "a" else "a")
    side, index = first, row.claims(first)[0]
    if swapped:
        side = "b" if side == "a" else "a"
    return comparison.row_of_claim(side, index)
