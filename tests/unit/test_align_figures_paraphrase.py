"""Unit tests for approximate figures and paraphrases in alignment (issue 15)."""

from __future__ import annotations

from tui.analysis import align_texts as align
from tui.nlp.align.figures import agree, significant


def pairs_of(a: str, b: str) -> set[tuple[int, int]]:
    return {(p.a, p.b) for p in align(a, b).pairs}


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


def test_mirror_property_holds_with_approximate_figures() -> None:
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
    assert stems_of("cautioned") == stems_of("warned")


def test_paraphrase_pairs_reworded_claims() -> None:
    a = "The central bank kept its main rate at 3.25% on Thursday. Exports grew 4% in May."
    b = "Rates were left unchanged at 3.25%. The lender also cut 200 jobs."
    assert (0, 0) in pairs_of(a, b)


def test_one_figure_at_two_precisions_is_not_a_conflict() -> None:
    a = "The retailer said web sales reached $4.27 billion in the year to March."
    b = "Web sales at the retailer reached $4.3 billion in the year to March."
    (pair,) = align(a, b).pairs
    assert pair.relation != "conflict"
    c = "Web sales at the retailer reached $5.1 billion in the year to March."
    (pair,) = align(a, c).pairs
    assert pair.relation == "conflict"


# ------------------------------------------------------------ people


def test_different_people_rule() -> None:
    from tui.nlp.align.people import different_people
    from tui.nlp.align.similarity import ClaimFeatures, Fact

    def claim(*people: str) -> ClaimFeatures:
        return ClaimFeatures([], [Fact(f"PERSON:{p}", p, "PERSON") for p in people])

    assert different_people(claim("ana"), claim("ben"))
    assert not different_people(claim("ana", "ben"), claim("ben"))
    assert not different_people(claim(), claim("ben"))


def test_drop_different_people_keeps_near_identical_sentences() -> None:
    from tui.nlp.align.people import SAME_SENTENCE_SCORE, drop_different_people
    from tui.nlp.align.similarity import ClaimFeatures, Fact

    ana = ClaimFeatures([], [Fact("PERSON:ana", "Ana", "PERSON")])
    ben = ClaimFeatures([], [Fact("PERSON:ben", "Ben", "PERSON")])
    low, high = SAME_SENTENCE_SCORE - 0.1, SAME_SENTENCE_SCORE + 0.1
    scores = {(0, 0): low, (0, 1): low, (1, 0): high}
    kept = drop_different_people([ana, ben], [ana, ben], scores)
    assert kept == {(0, 0): low, (1, 0): high}


def test_same_person_with_the_template_is_paired() -> None:
    a = "Rhodri Vance finished third in 1:02:44. Organisers praised the weather."
    b = "Vance finished third in 1:02:44 on Sunday. The course is flat."
    assert (0, 0) in pairs_of(a, b)


def test_near_identical_sentence_with_another_name_is_kept_as_a_conflict() -> None:
    a = "The court fined Lena Moreau 5,000 euros on Monday for contempt of court."
    b = "The court fined Lena Morel 5,000 euros on Monday for contempt of court."
    (pair,) = align(a, b).pairs
    assert pair.relation == "conflict"
