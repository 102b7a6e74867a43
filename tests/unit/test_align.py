"""Claim alignment: pairs, relations, determinism, mirror and the row layout."""

from __future__ import annotations

from dataclasses import replace

from tui.analysis import align_texts, analyse_text
from tui.nlp.align.aligner import AlignInput, Alignment, ClaimPair, align
from tui.nlp.align.rows import Row, anchor_chain, rows

NEWS_A = (
    "The city council approved a new tram line on Monday.\n"
    "The line will cost $450 million and open in 2027.\n"
    "Mayor Anna Berg called the vote a turning point for public transport.\n"
    "Opposition members criticised the lack of a referendum.\n"
)
NEWS_B = (
    "Anna Berg, the mayor, described Monday's decision as a turning point for transit.\n"
    "Councillors voted on Monday to approve the construction of a tram line.\n"
    "The project is expected to cost $450 million, with the first trams running in 2029.\n"
    "A local bakery won a national award this week.\n"
)


def test_paraphrase_and_reordering_pair_up() -> None:
    result = align_texts(NEWS_A, NEWS_B)
    found = {(p.a, p.b) for p in result.pairs}
    assert {(0, 1), (1, 2), (2, 0)} <= found
    assert 3 in result.only_b
    for p in result.pairs:
        assert 0.0 <= p.score <= 1.0
        assert p.relation in {"same", "partial", "conflict"}


def test_differing_year_is_a_conflict_with_values_reported() -> None:
    pair = next(p for p in align_texts(NEWS_A, NEWS_B).pairs if (p.a, p.b) == (1, 2))
    assert pair.relation == "conflict"
    assert "2027" in pair.only_a
    assert "2029" in pair.only_b
    assert "$450 million" in pair.shared


def test_differing_amount_is_a_conflict() -> None:
    a = "Acme said quarterly revenue reached $5 billion."
    b = "Quarterly revenue at Acme reached $7 billion, the company said."
    (pair,) = align_texts(a, b).pairs
    assert pair.relation == "conflict"


def test_differing_ordinal_is_a_conflict() -> None:
    a = "Russia ranks 31st on the Global AI Index."
    b = "Russia is 32nd in the Global AI Index."
    (pair,) = align_texts(a, b).pairs
    assert pair.relation == "conflict"


def test_identical_articles_pair_every_claim_with_itself() -> None:
    result = align_texts(NEWS_A, NEWS_A)
    assert [(p.a, p.b) for p in result.pairs] == [(i, i) for i in range(4)]
    assert all(p.relation == "same" and p.score > 0.99 for p in result.pairs)
    assert result.only_a == result.only_b == ()


def test_unrelated_articles_have_few_or_no_pairs() -> None:
    other = (
        "The orchestra opened its season with a Mahler symphony.\n"
        "Critics praised the conductor's restrained tempo.\n"
        "Tickets for the spring concerts go on sale next week.\n"
    )
    result = align_texts(NEWS_A, other)
    assert len(result.pairs) <= 1
    assert len(result.only_a) >= 3


def test_empty_bodies() -> None:
    result = align_texts("", "Some text here.")
    assert result.pairs == ()
    assert result.only_b == (0,)
    assert result.claims_a == ()


def test_deterministic() -> None:
    first = align_texts(NEWS_A, NEWS_B)
    assert all(align_texts(NEWS_A, NEWS_B) == first for _ in range(3))


def test_mirror() -> None:
    assert align_texts(NEWS_B, NEWS_A) == align_texts(NEWS_A, NEWS_B).swapped()
    assert align_texts(NEWS_A, NEWS_B).swapped().swapped() == align_texts(NEWS_A, NEWS_B)


def _side(body: str, *, entities: bool = True) -> AlignInput:
    analysis = analyse_text(body)
    features = analysis.features
    if not entities:
        features = tuple(replace(f, facts=[]) for f in features)
    mentions = analysis.mentions if entities else ()
    return AlignInput(analysis.body, analysis.claims, mentions, features)


def test_the_given_features_are_used_and_left_unchanged() -> None:
    a, b = _side(NEWS_A), _side(NEWS_B)
    weights = [dict(f.weights) for f in a.features]
    assert align(a, b) == align_texts(NEWS_A, NEWS_B)  # no shared short forms to unify here
    assert [dict(f.weights) for f in a.features] == weights
    bare = align(_side(NEWS_A, entities=False), _side(NEWS_B, entities=False))
    assert bare.pairs and all(p.shared == () for p in bare.pairs)


def test_background_only_reweights() -> None:
    result = align_texts(NEWS_A, NEWS_B, background=["A tram line was built in another city."] * 3)
    assert (1, 2) in {(p.a, p.b) for p in result.pairs}


def test_pairs_for_helpers() -> None:
    result = align_texts(NEWS_A, NEWS_B)
    assert all(p.a == 1 for p in result.pairs_for_a(1))
    assert all(p.b == 2 for p in result.pairs_for_b(2))


# --- rows -------------------------------------------------------------------------------


def _alignment(n_a: int, n_b: int, pairs: list[tuple[int, int, float]]) -> Alignment:
    claims_a = analyse_text(" ".join(f"A{i}." for i in range(n_a))).claims
    claims_b = analyse_text(" ".join(f"B{j}." for j in range(n_b))).claims
    ps = tuple(ClaimPair(a, b, s, "partial", (), (), ()) for a, b, s in sorted(pairs))
    paired_a, paired_b = {a for a, _, _ in pairs}, {b for _, b, _ in pairs}
    return Alignment(
        claims_a,
        claims_b,
        ps,
        tuple(i for i in range(n_a) if i not in paired_a),
        tuple(j for j in range(n_b) if j not in paired_b),
    )


def _check_layout(layout: list[Row], al: Alignment, order: str) -> None:
    """Every claim once; every pair inside one row; no placeholder; the active side in order
    except claims pulled beside their group; rows numbered 0..n-1."""
    assert [r.number for r in layout] == list(range(len(layout)))
    for side, count in (("a", len(al.claims_a)), ("b", len(al.claims_b))):
        assert sorted(i for r in layout for i in r.claims(side)) == list(range(count))
    row_of = {(s, i): r.number for r in layout for s in "ab" for i in r.claims(s)}
    for p in al.pairs:
        assert row_of["a", p.a] == row_of["b", p.b]
    for r in layout:
        assert (r.a and r.b) if r.matched else bool(r.a) != bool(r.b)
    firsts = [r.claims(order)[0] for r in layout if r.claims(order)]
    assert firsts == sorted(firsts)


def test_rows_diff_like_layout_with_fillers() -> None:
    al = _alignment(4, 4, [(0, 0, 0.9), (2, 3, 0.5)])
    layout = rows(al)
    _check_layout(layout, al, "a")
    assert layout == [
        Row(0, (0,), (0,), "partial"),
        Row(1, (1,), (), "only_a"),
        Row(2, (), (1,), "only_b"),
        Row(3, (), (2,), "only_b"),
        Row(4, (2,), (3,), "partial"),
        Row(5, (3,), (), "only_a"),
    ]


def test_rows_crossing_pairs_share_a_row_in_either_order() -> None:
    al = _alignment(3, 3, [(0, 2, 0.3), (1, 0, 0.8), (2, 1, 0.7)])
    by_a, by_b = rows(al, "a"), rows(al, "b")
    for layout, order in ((by_a, "a"), (by_b, "b")):
        _check_layout(layout, al, order)
    assert [(r.a, r.b) for r in by_a] == [((0,), (2,)), ((1,), (0,)), ((2,), (1,))]
    assert [(r.a, r.b) for r in by_b] == [((1,), (0,)), ((2,), (1,)), ((0,), (2,))]


def test_rows_one_to_many_is_one_group_in_both_orders() -> None:
    al = _alignment(3, 4, [(0, 0, 0.6), (0, 3, 0.4), (1, 1, 0.7)])
    by_a, by_b = rows(al, "a"), rows(al, "b")
    for layout, order in ((by_a, "a"), (by_b, "b")):
        _check_layout(layout, al, order)
        groups = [r for r in layout if r.a == (0,)]
        assert len(groups) == 1 and groups[0].b == (0, 3)
    assert by_a[0] == Row(0, (0,), (0, 3), "partial")
    assert [(r.a, r.b) for r in by_b] == [((0,), (0, 3)), ((1,), (1,)), ((), (2,)), ((2,), ())]


def test_rows_merge_split_claims_on_one_row() -> None:
    al = _alignment(2, 3, [(0, 0, 0.6), (0, 1, 0.4), (1, 2, 0.7)])
    layout = rows(al)
    assert layout == [Row(0, (0,), (0, 1), "partial"), Row(1, (1,), (2,), "partial")]


def test_anchor_chain_prefers_heavier_monotone_chain() -> None:
    al = _alignment(3, 3, [(0, 2, 0.9), (1, 0, 0.5), (2, 1, 0.5)])
    assert [(p.a, p.b) for p in anchor_chain(al.pairs)] == [(1, 0), (2, 1)]


def test_rows_on_real_alignment_hold_every_pair_in_one_row() -> None:
    result = align_texts(NEWS_A, NEWS_B)
    for order in "ab":
        _check_layout(rows(result, order), result, order)


def test_claims_stating_one_rank_pair_up_and_share_the_ordinal() -> None:
    a = (
        "Portugal sits 12th out of 40 countries in the Legatum Institute Prosperity Index, "
        "well behind Spain. The government promised reforms."
    )
    b = (
        "The finance minister resigned on Friday. In the Prosperity Index, Portugal ranks 12th "
        "of the 40 nations surveyed."
    )
    pairs = {(p.a, p.b): p for p in align_texts(a, b).pairs}
    assert set(pairs) == {(0, 1)}
    assert "12th" in pairs[0, 1].shared
