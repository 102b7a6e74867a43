"""Facts across a story's outlets: connected claims, conflicts, blindspots, timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from tui.analysis.story_matrix import build_matrix, timeline

CLAIMS = [
    ["Quake hit at dawn.", "Twelve died.", "Mayor spoke."],
    ["A 6.1 quake struck early.", "Ten people were killed.", "Aid arrived."],
    ["Dawn earthquake.", "Schools closed."],
]
PAIRS = {
    (0, 1): [(0, 0, "partial"), (1, 1, "conflict")],
    (0, 2): [(0, 0, "same")],
    (1, 2): [(0, 0, "partial")],
}


def _matrix():  # type: ignore[no-untyped-def]
    return build_matrix(CLAIMS, lambda i, j: PAIRS.get((i, j), []))


def test_connected_claims_form_one_fact_with_a_cell_per_outlet() -> None:
    matrix = _matrix()
    cells = [fact.cells for fact in matrix.facts]
    assert ((0,), (0,), (0,)) in cells
    assert ((1,), (1,), ()) in cells
    assert len(matrix.facts) == 5  # quake, deaths, mayor, aid, schools
    quake = next(f for f in matrix.facts if f.outlets == 3)
    assert quake.text in {"Quake hit at dawn.", "A 6.1 quake struck early.", "Dawn earthquake."}
    assert not quake.conflict


def test_conflicts_blindspots_and_coverage_sort() -> None:
    matrix = _matrix()
    conflicts = matrix.conflicts()
    assert [f.cells for f in conflicts] == [((1,), (1,), ())]
    assert conflicts[0].cell_conflicts(0, matrix.conflicted)
    assert not conflicts[0].cell_conflicts(2, matrix.conflicted)
    assert sorted(f.text for f in matrix.blindspots()) == [
        "Aid arrived.",
        "Mayor spoke.",
        "Schools closed.",
    ]
    ordered = matrix.sorted_by_coverage()
    assert [f.outlets for f in ordered] == sorted((f.outlets for f in ordered), reverse=True)
    assert next(f.outlets for f in matrix.sorted_by_coverage(most_first=False)) == 1


def test_timeline_orders_outlets_and_marks_fetched_times() -> None:
    noon = datetime(2025, 1, 2, 12, 0, tzinfo=UTC)
    cet = timezone(timedelta(hours=1))
    entries = timeline(
        [noon, datetime(2025, 1, 2, 15, 0, tzinfo=cet), None, date(2025, 1, 3)],
        fetched=[None, None, datetime(2025, 1, 2, 20, 0), None],
    )
    assert [e.outlet for e in entries] == [0, 1, 2, 3]
    assert [e.after_first_hours for e in entries] == [0.0, 2.0, 8.0, 12.0]
    assert [e.estimated for e in entries] == [False, False, True, False]
    assert timeline([None, None])[0].after_first_hours is None
