"""What the split view shows, as plain data: rows, per-claim marks, counts, entity overlap.

Built from an :class:`~tui.nlp.align.aligner.Alignment` and the two articles' (key-unified)
entity mentions. Nothing here imports Textual or Rich; the widgets only render it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from tui.models import Article
from tui.nlp.align.aligner import Alignment, ClaimPair, rows
from tui.nlp.claims import Claim

MATCHED = frozenset({"same", "partial", "conflict"})
ONE_SIDED = frozenset({"only_a", "only_b"})
GLYPHS: dict[str, str] = {
    "same": "=",
    "partial": "≈",
    "conflict": "≠",
    "only_a": "◀",
    "only_b": "▶",
}
"""Gutter glyph of each row relation, so the view reads without colour."""
PENDING = "pending"
"""Relation of a preview row, shown while the alignment is still being computed."""
PENDING_GLYPH = "·"
RELATION_WORDS: dict[str, str] = {
    "same": "agree",
    "partial": "partial",
    "conflict": "conflict",
    "only_a": "only left",
    "only_b": "only right",
}
FIGURE_LABELS = frozenset({"NUMBER", "DATE"})
"""Labels counted as figures (numbers, dates), left out of the entity overlap."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A styled span of one claim, offsets relative to the claim's start.

    ``diff``: the value is on this side of the pair only; ``conflict``: it is one of the
    values the two sides disagree on.
    """

    start: int
    end: int
    label: str
    key: str
    diff: bool = False
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class DisplayRow:
    """One row band: claims of the left (``a``) and right (``b``) article."""

    number: int
    a: tuple[int, ...]
    b: tuple[int, ...]
    relation: str
    partners: tuple[int, ...] = ()

    @property
    def matched(self) -> bool:
        """The row holds (or points to) a matched pair."""
        return self.relation in MATCHED

    @property
    def one_sided(self) -> bool:
        """The row's claim is found in one outlet only."""
        return self.relation in ONE_SIDED

    @property
    def crossing(self) -> bool:
        """A matched claim whose partners sit on other rows (told in another place)."""
        return bool(self.partners)

    def claims(self, side: str) -> tuple[int, ...]:
        """Claim indices on ``side`` (``"a"`` or ``"b"``)."""
        return self.a if side == "a" else self.b


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """One canonical entity of either article, with its mention counts on each side."""

    key: str
    label: str
    name: str
    count_a: int
    count_b: int


@dataclass(frozen=True, slots=True)
class EntityOverlap:
    """Entities (figures excluded) found in both articles, or in one only."""

    shared: tuple[EntityInfo, ...]
    only_a: tuple[EntityInfo, ...]
    only_b: tuple[EntityInfo, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts for the summary bar."""

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


@dataclass(slots=True)
class SplitModel:
    """Everything the split view needs about two aligned articles."""

    alignment: Alignment
    mentions_a: Sequence[Any]
    mentions_b: Sequence[Any]
    rows: list[DisplayRow] = field(default_factory=list)
    overlap: EntityOverlap = field(default_factory=lambda: EntityOverlap((), (), ()))
    _marks: dict[tuple[str, int], tuple[Mark, ...]] = field(default_factory=dict)
    _row_of: dict[tuple[str, int], int] = field(default_factory=dict)

    def claim_text(self, side: str, index: int) -> str:
        """The raw text of claim ``index`` on ``side``."""
        claims = self.alignment.claims_a if side == "a" else self.alignment.claims_b
        return claims[index].text

    def marks(self, side: str, index: int) -> tuple[Mark, ...]:
        """Styled spans of claim ``index`` on ``side`` (computed once, then cached)."""
        cached = self._marks.get((side, index))
        if cached is None:
            cached = _claim_marks(self, side, index)
            self._marks[side, index] = cached
        return cached

    def row_pairs(self, row: DisplayRow) -> list[ClaimPair]:
        """The pairs a row shows: within the row, or to its claim's partners elsewhere."""
        pairs = self.alignment.pairs
        if row.crossing:
            if row.a:
                return [p for p in pairs if p.a in row.a]
            return [p for p in pairs if p.b in row.b]
        return [p for p in pairs if p.a in row.a and p.b in row.b]

    def claim_pairs(self, side: str, index: int) -> list[ClaimPair]:
        """Pairs of claim ``index`` limited to those shown on its row."""
        row = self.rows[self.row_of_claim(side, index)]
        attr = "a" if side == "a" else "b"
        return [p for p in self.row_pairs(row) if getattr(p, attr) == index]

    def row_of_claim(self, side: str, index: int) -> int:
        """The row number holding claim ``index`` of ``side`` (0 when not found)."""
        if not self._row_of:
            for row in self.rows:
                for name in "ab":
                    for i in row.claims(name):
                        self._row_of[name, i] = row.number
        return self._row_of.get((side, index), 0)

    def rows_with_key(self, key: str) -> list[int]:
        """Rows showing a mention of entity ``key`` on either side."""
        found: list[int] = []
        for row in self.rows:
            if any(
                m.key == key for side in "ab" for i in row.claims(side) for m in self.marks(side, i)
            ):
                found.append(row.number)
        return found

    @property
    def summary(self) -> Summary:
        """Counts for the summary bar."""
        al = self.alignment
        relations = Counter(p.relation for p in al.pairs)
        return Summary(
            claims_a=len(al.claims_a),
            claims_b=len(al.claims_b),
            pairs=len(al.pairs),
            shared_a=len({p.a for p in al.pairs}),
            shared_b=len({p.b for p in al.pairs}),
            same=relations["same"],
            partial=relations["partial"],
            conflicts=relations["conflict"],
            only_a=len(al.only_a),
            only_b=len(al.only_b),
            entities_shared=len(self.overlap.shared),
            entities_only_a=len(self.overlap.only_a),
            entities_only_b=len(self.overlap.only_b),
        )

    def precompute(self) -> SplitModel:
        """Compute every claim's marks now (call from the worker thread); return self."""
        for row in self.rows:
            for side in "ab":
                for index in row.claims(side):
                    self.marks(side, index)
        return self

    def swapped(self) -> SplitModel:
        """The same comparison with left and right exchanged."""
        return build_model(self.alignment.swapped(), self.mentions_b, self.mentions_a)


def build_model(
    alignment: Alignment, mentions_a: Sequence[Any], mentions_b: Sequence[Any]
) -> SplitModel:
    """Lay ``alignment`` out as display rows and gather the entity overlap."""
    display = [
        DisplayRow(n, row.a, row.b, row.relation, tuple(getattr(row, "partners", ())))
        for n, row in enumerate(rows(alignment))
    ]
    return SplitModel(
        alignment, mentions_a, mentions_b, display, entity_overlap(mentions_a, mentions_b)
    )


def compare(article: Article, other: Article, mentions: Sequence[Any] | None = None) -> SplitModel:
    """Recognise entities (``article``'s unless given as ``mentions``), align, build the model."""
    from tui.nlp.align.aligner import align
    from tui.nlp.entities.recogniser import recognise, unify_keys

    own = mentions if mentions is not None else recognise(article.body, article.entities)
    mentions_a, mentions_b = unify_keys(own, recognise(other.body, other.entities))
    alignment = align(article.body, other.body, mentions_a=mentions_a, mentions_b=mentions_b)
    return build_model(alignment, mentions_a, mentions_b).precompute()


def cursor_row(model: SplitModel, row: DisplayRow | None, *, swapped: bool = False) -> int:
    """The row of ``model`` holding the first claim of ``row`` (left first; 0 if none).

    ``swapped``: ``model`` has the sides of ``row``'s model exchanged.
    """
    if row is None or not (row.a or row.b):
        return 0
    side, index = ("a", row.a[0]) if row.a else ("b", row.b[0])
    if swapped:
        side = "b" if side == "a" else "a"
    return model.row_of_claim(side, index)


def entity_overlap(mentions_a: Iterable[Any], mentions_b: Iterable[Any]) -> EntityOverlap:
    """Group mentions by canonical key; split into shared and one-sided entities."""
    counts: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    names: dict[str, Counter[str]] = {}
    for side, mentions in enumerate((mentions_a, mentions_b)):
        for m in mentions:
            if m.label in FIGURE_LABELS:
                continue
            counts.setdefault(m.key, [0, 0])[side] += 1
            labels.setdefault(m.key, m.label)
            names.setdefault(m.key, Counter())[m.text] += 1

    def info(key: str) -> EntityInfo:
        name = max(names[key].items(), key=lambda kv: (len(kv[0].split()), kv[1], kv[0]))[0]
        return EntityInfo(key, labels[key], name, counts[key][0], counts[key][1])

    ordered = sorted(counts, key=lambda k: (-sum(counts[k]), k))
    shared = tuple(info(k) for k in ordered if all(counts[k]))
    only_a = tuple(info(k) for k in ordered if counts[k][0] and not counts[k][1])
    only_b = tuple(info(k) for k in ordered if counts[k][1] and not counts[k][0])
    return EntityOverlap(shared, only_a, only_b)


def _family(label: str) -> str:
    return "FIGURE" if label in FIGURE_LABELS else label


def _claim_marks(model: SplitModel, side: str, index: int) -> tuple[Mark, ...]:
    claims = model.alignment.claims_a if side == "a" else model.alignment.claims_b
    claim = claims[index]
    mentions = model.mentions_a if side == "a" else model.mentions_b
    inside = [m for m in mentions if m.start >= claim.start and m.end <= claim.end]
    pairs = model.claim_pairs(side, index)
    shared = {text for p in pairs for text in p.shared}
    mine = {t for p in pairs for t in (p.only_a if side == "a" else p.only_b)} - shared
    conflict_values: set[str] = set()
    for p in pairs:
        if p.relation != "conflict":
            continue
        own, other = (p.only_a, p.only_b) if side == "a" else (p.only_b, p.only_a)
        other_mentions = model.mentions_b if side == "a" else model.mentions_a
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


class RowSource(Protocol):
    """What the row view reads: rows, claim texts and marks (a model or a preview)."""

    rows: list[DisplayRow]

    def claim_text(self, side: str, index: int) -> str: ...

    def marks(self, side: str, index: int) -> tuple[Mark, ...]: ...

    def row_of_claim(self, side: str, index: int) -> int: ...


@dataclass(slots=True)
class Preview:
    """Both articles' claims side by side in their own order, before the alignment is done."""

    claims_a: Sequence[Claim]
    claims_b: Sequence[Claim]
    rows: list[DisplayRow] = field(default_factory=list)

    def claim_text(self, side: str, index: int) -> str:
        """The raw text of claim ``index`` on ``side``."""
        return (self.claims_a if side == "a" else self.claims_b)[index].text

    def marks(self, side: str, index: int) -> tuple[Mark, ...]:
        """No marks: entities and differences come with the alignment."""
        return ()

    def row_of_claim(self, side: str, index: int) -> int:
        """Claim ``index`` of either side sits on row ``index``."""
        return index if 0 <= index < len(self.rows) else 0


def preview_model(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> Preview:
    """Row ``n`` holds claim ``n`` of each side (when it has one), relation :data:`PENDING`."""
    count = max(len(claims_a), len(claims_b))
    display = [
        DisplayRow(
            n,
            (n,) if n < len(claims_a) else (),
            (n,) if n < len(claims_b) else (),
            PENDING,
        )
        for n in range(count)
    ]
    return Preview(claims_a, claims_b, display)


# --- navigation (pure, over row relations) ------------------------------------------------


def step(
    rows_: Sequence[DisplayRow],
    cursor: int,
    wanted: Callable[[DisplayRow], bool],
    *,
    forward: bool = True,
) -> int | None:
    """Number of the next (or previous) row after ``cursor`` satisfying ``wanted``.

    ``rows_`` may be a filtered (folded) list; rows are compared by their numbers.
    """
    if forward:
        order: Iterable[DisplayRow] = (r for r in rows_ if r.number > cursor)
    else:
        order = (r for r in reversed(rows_) if r.number < cursor)
    for row in order:
        if wanted(row):
            return row.number
    return None


def rows_after_fold(rows_: Sequence[DisplayRow], folded: bool) -> list[DisplayRow]:
    """The rows still shown when agreeing pairs are folded away."""
    return [r for r in rows_ if not (folded and r.relation == "same")]
