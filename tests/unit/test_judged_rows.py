"""The reader has the last word: rows, counts and reports come from the judged alignment."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import WriteFile, article_yaml
from tests.functional.test_split_pairs_together import RAIL_A, RAIL_B
from tui.analysis import Comparison, analyse, compare
from tui.analysis.article_analysis import analyse_text
from tui.analysis.judged import saved_judgements
from tui.analysis.judgements import Judgement, PairJudgements, save
from tui.library.loader import load_article
from tui.nlp.align.aligner import describe_pairs
from tui.nlp.align.rows import Row

RELATIONS = ("same", "partial", "conflict")


@pytest.fixture(scope="module")
def rail() -> Comparison:
    """Rail pair: A1 and A3 both pair with B2 (one-to-many), A4-B4, A5-B1 cross."""
    comparison = compare(analyse_text(RAIL_A), analyse_text(RAIL_B))
    pairs = {(p.a, p.b) for p in comparison.alignment.pairs}
    assert {(0, 1), (2, 1), (3, 3), (4, 0)} <= pairs and (5, 2) not in pairs
    return comparison


def row_with(comparison: Comparison, side: str, index: int) -> Row:
    return comparison.rows[comparison.row_of_claim(side, index)]


def one_sided_counts(comparison: Comparison) -> tuple[int, int]:
    rows = [r for r in comparison.rows if r.one_sided]
    return sum(len(r.a) for r in rows), sum(len(r.b) for r in rows)


def check_counts(comparison: Comparison) -> None:
    """Summary counts equal what the rows show."""
    s = comparison.summary
    shown = {(p.a, p.b) for r in comparison.rows for p in comparison.row_pairs(r)}
    assert len(shown) == s.pairs == len(comparison.alignment.pairs)
    assert one_sided_counts(comparison) == (s.only_a, s.only_b)
    assert (s.only_a, s.only_b) == (
        len(comparison.alignment.only_a),
        len(comparison.alignment.only_b),
    )


def test_unlinked_claims_become_one_sided_at_their_place(rail: Comparison) -> None:
    judged = rail.judged_by([Judgement(3, 3, linked=False), Judgement(2, 1, linked=False)])
    pairs = {(p.a, p.b) for p in judged.alignment.pairs}
    assert (3, 3) not in pairs and (2, 1) not in pairs and (0, 1) in pairs
    assert row_with(judged, "a", 3) == Row(row_with(judged, "a", 3).number, (3,), (), "only_a")
    assert row_with(judged, "b", 3).one_sided and row_with(judged, "b", 3).b == (3,)
    # A3 keeps its place between A2 and A4; B2 keeps its other partner A1
    assert row_with(judged, "a", 2).a == (2,) and row_with(judged, "a", 2).one_sided
    assert row_with(judged, "b", 1).a == (0,) and row_with(judged, "b", 1).matched
    firsts = [r.a[0] for r in judged.rows if r.a]
    assert firsts == sorted(firsts)
    assert judged.summary.pairs == rail.summary.pairs - 2
    assert judged.summary.only_a == rail.summary.only_a + 2
    assert judged.summary.only_b == rail.summary.only_b + 1
    assert "⊘" in judged.row_marks(row_with(judged, "a", 3))
    assert "⊘" in judged.row_marks(row_with(judged, "b", 3))
    check_counts(judged)


def test_linking_again_restores_the_engine_pair(rail: Comparison) -> None:
    unlinked = rail.judged_by([Judgement(3, 3, linked=False)])
    again = unlinked.judged_by([Judgement(3, 3, linked=True)])
    assert again.alignment.pairs == rail.alignment.pairs
    assert again.rows == rail.rows and again.summary == rail.summary
    assert again.judged is not None
    restored = again.judged.pair(3, 3)
    assert restored is not None and restored.by == "engine"


def test_a_hand_link_shares_a_row_like_an_engine_pair(rail: Comparison) -> None:
    judged = rail.judged_by([Judgement(5, 2, verdict="disputed")])
    row = row_with(judged, "a", 5)
    assert row == row_with(judged, "b", 2)
    assert row.a == (5,) and row.b == (2,) and row.relation in RELATIONS
    (pair,) = judged.row_pairs(row)
    assert (pair.a, pair.b, pair.score) == (5, 2, 0.0)
    assert judged.judged is not None
    hand = judged.judged.pair(5, 2)
    assert hand is not None and hand.by == "reader" and hand.verdict == "disputed"
    assert judged.row_marks(row) == "✗⚑"
    assert 5 not in judged.alignment.only_a and 2 not in judged.alignment.only_b
    assert judged.summary.pairs == rail.summary.pairs + 1
    assert judged.emphasis("a", 5) or judged.emphasis("b", 2)  # words the other lacks
    check_counts(judged)


def test_a_hand_link_joins_a_one_to_many_group(rail: Comparison) -> None:
    judged = rail.judged_by([Judgement(1, 1)])  # A2 beside B2 too, with A1 and A3
    row = row_with(judged, "b", 1)
    assert row.a == (0, 1, 2) and row.b == (1,)
    assert row_with(judged, "a", 1) == row
    assert "⚑" in judged.row_marks(row)
    check_counts(judged)


def test_judgements_follow_a_swap_and_the_other_order(rail: Comparison) -> None:
    judged = rail.judged_by([Judgement(5, 2), Judgement(3, 3, linked=False)])
    swapped = judged.swapped()
    assert swapped.alignment == judged.alignment.swapped()
    assert swapped.engine == rail.alignment.swapped()
    assert swapped.judged is not None and swapped.judged.pair(2, 5) is not None
    assert swapped.row_marks(row_with(swapped, "a", 2)) == "⚑"
    for view in (swapped, judged.ordered("b"), swapped.swapped()):
        check_counts(view)
    assert judged.ordered("b").alignment is judged.alignment
    back = swapped.judged_by([Judgement(2, 5)])  # re-judged in the swapped orientation
    assert {(p.a, p.b) for p in back.alignment.pairs} == {
        (p.b, p.a) for p in rail.judged_by([Judgement(5, 2)]).alignment.pairs
    }


def test_engine_pairs_never_override_judgements(rail: Comparison) -> None:
    judgements = [Judgement(0, 1, linked=False), Judgement(5, 2, note="same buses")]
    first = rail.judged_by(judgements)
    rerun = compare(analyse_text(RAIL_A), analyse_text(RAIL_B)).judged_by(judgements)
    assert rerun.alignment == first.alignment and rerun.rows == first.rows
    assert (0, 1) not in {(p.a, p.b) for p in rerun.alignment.pairs}
    # judging again replaces the judgements before, from the engine's pairs
    assert first.judged_by([]).alignment == rail.alignment
    assert first.judged_by([]).judged is not None and rail.judged is None


def test_out_of_range_judgements_are_left_out(rail: Comparison) -> None:
    judged = rail.judged_by([Judgement(99, 0), Judgement(0, 99, linked=False)])
    assert judged.alignment == rail.alignment
    assert judged.judged is not None and judged.judged.judgements == ()


def test_describe_pairs_is_the_same_either_way_round() -> None:
    a, b = analyse_text(RAIL_A), analyse_text(RAIL_B)
    comparison = compare(a, b)
    side_a, side_b = comparison.inputs
    (forward,) = describe_pairs(side_a, side_b, [(5, 2)])
    (backward,) = describe_pairs(side_b, side_a, [(2, 5)])
    assert backward.swapped() == forward and forward.relation in RELATIONS
    engine = {(p.a, p.b): p for p in comparison.alignment.pairs}
    (again,) = describe_pairs(side_a, side_b, [(3, 3)])
    assert again.relation == engine[3, 3].relation and again.shared == engine[3, 3].shared
    assert describe_pairs(side_a, side_b, []) == ()


def test_round_trip_through_the_saved_file(library: Path, write: WriteFile) -> None:
    """Judgements saved in the library, read back after re-running the engine, give the
    same judged alignment, from either article's side."""
    path_a = write("rail/a.yaml", article_yaml("Rail", "Fjord Post", RAIL_A, story="rail"))
    path_b = write("rail/b.yaml", article_yaml("Line shut", "Lunde News", RAIL_B, story="rail"))
    article_a, article_b = load_article(path_a), load_article(path_b)
    comparison = compare(analyse(article_a), analyse(article_b))
    claims_a = [c.text for c in comparison.alignment.claims_a]
    claims_b = [c.text for c in comparison.alignment.claims_b]
    pair = PairJudgements("rail/a.yaml", "rail/b.yaml")
    for j in (
        Judgement(3, 3, linked=False),
        Judgement(5, 2, verdict="verified", note="checked"),
        Judgement(4, 0, verdict="disputed"),
    ):
        pair.put(Judgement(j.a, j.b, j.linked, j.verdict, j.note, claims_a[j.a], claims_b[j.b]))
    save(library, "rail", pair)
    expected = comparison.judged_by(pair.items)

    rerun = compare(analyse(article_a), analyse(article_b))
    loaded = saved_judgements(article_a, article_b, rerun.alignment, library)
    assert loaded is not None
    judged = rerun.judged_by(loaded)
    assert judged.alignment == expected.alignment and judged.rows == expected.rows
    assert judged.judged is not None and expected.judged is not None
    assert judged.judged.pairs == expected.judged.pairs

    mirror = compare(analyse(article_b), analyse(article_a))
    loaded_b = saved_judgements(article_b, article_a, mirror.alignment, library)
    assert loaded_b is not None
    assert mirror.judged_by(loaded_b).alignment == expected.alignment.swapped()
