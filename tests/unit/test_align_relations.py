"""Relations of aligned pairs: entity conflicts (conservative), figure conflicts, ``same``."""

from __future__ import annotations

import pytest

from tui.analysis import align_texts


@pytest.mark.parametrize(
    ("a", "b", "only_a", "only_b"),
    [
        (
            "Police arrested John Smith in Leeds on Friday.",
            "Police arrested Peter Jones in Leeds on Friday.",
            "John Smith",
            "Peter Jones",
        ),
        (
            "The summit will be held in Geneva in March.",
            "The summit will be held in Vienna in March.",
            "Geneva",
            "Vienna",
        ),
    ],
)
def test_different_entity_in_the_same_role_is_a_conflict(
    a: str, b: str, only_a: str, only_b: str
) -> None:
    (pair,) = align_texts(a, b).pairs
    assert pair.relation == "conflict"
    assert only_a in pair.only_a
    assert only_b in pair.only_b


def test_extra_entity_on_one_side_is_not_a_conflict() -> None:
    a = "Prime Minister Mikko Laine conceded defeat on Sunday night."
    b = "Prime Minister Mikko Laine conceded defeat on Sunday night in Helsinki."
    (pair,) = align_texts(a, b).pairs
    assert pair.relation != "conflict"


def test_different_people_with_different_predicates_are_not_a_conflict() -> None:
    a = "Anna Berg met the workers at the Oslo plant on Monday and promised new jobs."
    b = "Erik Dahl criticised the plan for the Oslo plant after a long meeting on Monday."
    for pair in align_texts(a, b).pairs:
        assert pair.relation != "conflict"


def test_differing_figures_measuring_different_things_are_not_a_conflict() -> None:
    a = "Nordvik agreed to buy Helmstrand for $4.2 billion, creating a frozen-food giant."
    b = "The frozen-food giant created by the deal will have combined revenue near $9 billion."
    for pair in align_texts(a, b).pairs:
        assert pair.relation != "conflict"


def test_differing_count_of_the_same_thing_is_a_conflict() -> None:
    a = "The crowd of 60,112 was a season high at the stadium."
    b = "A crowd of 60,383 watched the game at the stadium."
    (pair,) = align_texts(a, b).pairs
    assert pair.relation == "conflict"


def test_paraphrased_number_words_match() -> None:
    a = "Germany's 10-year bond yield fell 5 basis points to 2.41%."
    b = "Yields on German 10-year debt dropped five basis points to 2.41 percent."
    (pair,) = align_texts(a, b).pairs
    assert pair.relation == "same"
    assert {"5 basis points", "2.41%"} <= set(pair.shared)


def test_claim_adding_a_fact_is_partial() -> None:
    a = "Arsenal are now two points clear of Liverpool, who play Chelsea on Sunday."
    b = "The win leaves Arsenal two points ahead of Liverpool."
    (pair,) = align_texts(a, b).pairs
    assert pair.relation == "partial"
