"""A story's facts across all its outlets: which outlet states each fact, and conflicts.

A *fact* is a connected group of claims joined by the pairwise alignments of every two
outlets in the story (union-find over ``(outlet, claim)`` nodes); a claim no other outlet
shares is a fact of its own, reported by one outlet only (a blindspot at claim level).
The fact's text is its most connected claim, ties going to the earliest outlet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

Node = tuple[int, int]
"""``(outlet index, claim index)``."""
PairLister = Callable[[int, int], Sequence[tuple[int, int, str]]]
"""``pairs(i, j)`` → ``(claim of outlet i, claim of outlet j, relation)`` for ``i < j``."""
Verdicts = Mapping[tuple[Node, Node], str]
"""The reader's verdict (``verified``/``disputed``) on a pair of claims of two outlets."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One row of the matrix: the claims of each outlet that state this fact."""

    text: str
    cells: tuple[tuple[int, ...], ...]
    conflict: bool
    anchor: Node
    verdict: str | None = None
    """``disputed`` when the reader disputed a pair of its claims, else ``verified`` when
    they verified one, else None."""

    @property
    def outlets(self) -> int:
        """How many outlets state this fact."""
        return sum(1 for cell in self.cells if cell)

    def cell_conflicts(self, outlet: int, conflicted: frozenset[Node]) -> bool:
        """Whether ``outlet``'s claims here take part in a conflicting pair."""
        return any((outlet, claim) in conflicted for claim in self.cells[outlet])


@dataclass(frozen=True, slots=True)
class StoryMatrix:
    """Facts of one story (in the first outlet's claim order), and which nodes conflict."""

    facts: tuple[Fact, ...]
    conflicted: frozenset[Node]

    def sorted_by_coverage(self, most_first: bool = True) -> list[Fact]:
        """Facts reported by the most outlets first (or last); stable otherwise."""
        sign = -1 if most_first else 1
        return sorted(self.facts, key=lambda fact: sign * fact.outlets)

    def conflicts(self) -> list[Fact]:
        """Facts where two outlets give a different figure, date or name."""
        return [fact for fact in self.facts if fact.conflict]

    def blindspots(self) -> list[Fact]:
        """Facts only one outlet reports (when the story has several outlets)."""
        return [fact for fact in self.facts if fact.outlets == 1 and len(fact.cells) > 1]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, node: Node) -> Node:
        root = node
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while node != root:
            self.parent[node], node = root, self.parent.get(node, node)
        return root

    def join(self, first: Node, second: Node) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def build_matrix(
    claims: Sequence[Sequence[str]], pairs: PairLister, verdicts: Verdicts | None = None
) -> StoryMatrix:
    """Facts of a story whose outlet ``i`` has claim texts ``claims[i]``, with the reader's
    ``verdicts`` on pairs of their claims."""
    union = _Union()
    degree: dict[Node, int] = {}
    conflict_nodes: set[Node] = set()
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            for a, b, relation in pairs(i, j):
                union.join((i, a), (j, b))
                for node in ((i, a), (j, b)):
                    degree[node] = degree.get(node, 0) + 1
                if relation == "conflict":
                    conflict_nodes.update({(i, a), (j, b)})
    groups: dict[Node, list[Node]] = {}
    for outlet, texts in enumerate(claims):
        for index in range(len(texts)):
            groups.setdefault(union.find((outlet, index)), []).append((outlet, index))
    judged: dict[Node, set[str]] = {}
    for (first, second), verdict in (verdicts or {}).items():
        if union.find(first) == union.find(second):  # the pair stands
            judged.setdefault(union.find(first), set()).add(verdict)
    facts = []
    for root, members in groups.items():
        cells = tuple(
            tuple(sorted(c for o, c in members if o == outlet)) for outlet in range(len(claims))
        )
        anchor = min(members, key=lambda node: (-degree.get(node, 0), node))
        facts.append(
            Fact(
                text=claims[anchor[0]][anchor[1]],
                cells=cells,
                conflict=any(node in conflict_nodes for node in members),
                anchor=anchor,
                verdict=_verdict(judged.get(root, set())),
            )
        )
    facts.sort(key=lambda fact: min(fact_nodes(fact)))
    return StoryMatrix(tuple(facts), frozenset(conflict_nodes))


def _verdict(verdicts: set[str]) -> str | None:
    return next((v for v in ("disputed", "verified") if v in verdicts), None)


def fact_nodes(fact: Fact) -> list[Node]:
    """Every ``(outlet, claim)`` of ``fact``."""
    return [(outlet, claim) for outlet, cell in enumerate(fact.cells) for claim in cell]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """When one outlet published, and how long after the first."""

    outlet: int
    when: datetime | None
    after_first_hours: float | None
    estimated: bool  # True when the time is when it was first fetched, not published


def _as_datetime(value: date | datetime | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value
    return datetime(value.year, value.month, value.day)


def timeline(
    published: Sequence[date | datetime | None],
    fetched: Sequence[date | datetime | None] | None = None,
) -> list[TimelineEntry]:
    """Outlets in publication order (unknown times last), with the lag after the first."""
    entries = []
    for outlet, when in enumerate(published):
        estimated = False
        moment = _as_datetime(when)
        if moment is None and fetched is not None:
            moment, estimated = _as_datetime(fetched[outlet]), fetched[outlet] is not None
        entries.append((outlet, moment, estimated))
    known = [m for _, m, _ in entries if m is not None]
    comparable = [_naive(m) for m in known]
    first = min(comparable) if comparable else None
    result = [
        TimelineEntry(
            outlet,
            moment,
            None
            if moment is None or first is None
            else (_naive(moment) - first).total_seconds() / 3600,
            estimated,
        )
        for outlet, moment, estimated in entries
    ]
    return sorted(
        result, key=lambda e: (e.after_first_hours is None, e.after_first_hours or 0.0, e.outlet)
    )


def _naive(moment: datetime) -> datetime:
    """``moment`` in UTC without a time zone (naive times are taken as UTC)."""
    if moment.tzinfo is None:
        return moment
    offset = moment.utcoffset()
    return moment.replace(tzinfo=None) - (offset if offset is not None else moment - moment)
