"""Unit tests for clause-level evidence and approximate figures in alignment (issue 15)."""

from __future__ import annotations

from tui.nlp.align.aligner import align
from tui.nlp.align.clauses import clause_scores, clauses
from tui.nlp.align.figures import agree, significant
from tui.nlp.claims import segment


def pairs_of(a: str, b: str) -> set[tuple[int, int]]:
    return {(p.a, p.b) for p in align(a, b).pairs}


# ------------------------------------------------------------ clauses


def test_long_sentence_is_cut_at_clause_boundaries() -> None:
    body = (
        "The grocer, which also trimmed its forecast for the year, said online orders rose "
        "9% to $1.1 billion in the three months to June."
    )
    (claim,) = segment(body)
    parts = clauses(claim)
    assert len(parts) >= 2
    for p in parts:
        assert body[p.start : p.end] == p.text
    assert any(p.text.startswith("said online orders rose") for p in parts)


def test_short_sentence_is_not_cut() -> None:
    (claim,) = segment("Orders rose 9%, the grocer said.")
    assert clauses(claim) == [claim]


def test_clause_match_pairs_a_fact_buried_in_a_long_sentence() -> None:
    a = (
        "Pellam Foods, which also trimmed its forecast and named a new finance chief on "
        "Tuesday, said online orders rose 9% to $1.1 billion in the quarter. "
        "Its shares closed higher in Frankfurt."
    )
    b = "Web orders at Pellam Foods rose 9%. The new finance chief starts in May."
    assert (0, 0) in pairs_of(a, b)


def _clause_gain(a: str, b: str) -> dict[tuple[int, int], float]:
    from tui.nlp.align.features import claim_features, score_pairs, weigh
    from tui.nlp.entities.recogniser import recognise, unify_keys

    ma, mb = unify_keys(recognise(a), recognise(b))
    ca, cb = segment(a), segment(b)
    fa, fb = claim_features(a, ca, ma), claim_features(b, cb, mb)
    weigh(fa, fb, ())
    before = score_pairs(fa, fb, 0.01)
    after = clause_scores((a, b), (ca, cb), (ma, mb), (fa, fb), before, 0.01)
    return {k: v for k, v in after.items() if v != before.get(k)}


def test_clause_evidence_needs_more_than_a_name() -> None:
    a = (
        "Rovers pressed hard after the break, and goalkeeper Ian Tolley had little to do "
        "at the other end until the final whistle blew."
    )
    assert _clause_gain(a, "Ian Tolley was booked for time-wasting.") == {}


def test_clause_evidence_raises_a_shared_fact() -> None:
    a = (
        "Pellam Foods, which also trimmed its forecast for the year, closed 14 stores in "
        "Scotland and named Ruth Ode as finance chief on Tuesday, said online orders rose 9% "
        "in the quarter."
    )
    assert set(_clause_gain(a, "Online orders rose 9%, the grocer said.")) == {(0, 0)}


# ------------------------------------------------------------ figures


def test_significant_digits() -> None:
    assert significant(13_500) == 3
    assert significant(4.27e9) == 3
    assert significant(1_000) == 1
    assert significant(47.6) == 3


def test_figures_that_agree_after_rounding() -> None:
    assert agree(4.27e9, 4.3e9)
    assert agree(47.6, 48)
    assert agree(13_512, 13_500)
    assert agree(1_012, 1_000)
    assert agree(2.2, 2)


def test_figures_that_differ() -> None:
    assert not agree(38, 41)  # same precision: a conflict, not an approximation
    assert not agree(12, 10)  # one digit, 20% apart
    assert not agree(20_000, 25_000)
    assert not agree(5, 5)


def test_approximate_figure_pairs_claims() -> None:
    a = "Organisers said 22,418 riders completed the course, a record."
    b = "A record field: more than 22,400 riders made it to the end."
    assert (0, 0) in pairs_of(a, b)


def test_mirror_property_holds_with_clauses_and_figures() -> None:
    a = (
        "The lender, which also raised its dividend, said profit rose 12.4% to 3.1 billion "
        "euros; costs fell 2%, it added. About 1,000 jobs will go."
    )
    b = "Profit grew about 12% to 3.1 billion euros. Some 1,020 jobs are to be cut."
    assert align(b, a) == align(a, b).swapped()


# ------------------------------------------------------------ paraphrases


def test_paraphrase_groups_fold_newswire_verbs() -> None:
    from tui.nlp.align.similarity import stems_of

    assert stems_of("grew") == stems_of("rose")
    assert stems_of("lowered") == stems_of("cut")
    assert stems_of("unchanged") == stems_of("kept")
    assert stems_of("told") == stems_of("stated")
    assert stems_of("unaccounted") == stems_of("missing")
    assert stems_of("grew") != stems_of("lowered")


def test_paraphrase_pairs_reworded_claims() -> None:
    a = "The central bank kept its main rate at 3.25% on Thursday. Exports grew 4% in May."
    b = "Rates were left unchanged at 3.25%. The lender also cut 200 jobs."
    assert (0, 0) in pairs_of(a, b)
