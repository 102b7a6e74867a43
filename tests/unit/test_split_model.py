"""A comparison as the views show it: rows, marks, counts, entity overlap, navigation."""

from __future__ import annotations

from tests.functional.test_split_cases import ALPHA, BETA
from tui.analysis import Comparison, analyse_text, compare
from tui.analysis.emphasis import lacking_words
from tui.analysis.entity_summary import entity_overlap
from tui.analysis.navigation import RowCursor
from tui.analysis.relations import GLYPHS
from tui.nlp.align.rows import Row
from tui.nlp.entities import Mention


def _model(a: str = ALPHA, b: str = BETA) -> Comparison:
    return compare(analyse_text(a), analyse_text(b))


def test_rows_cover_every_claim_once_in_each_article_order() -> None:
    model = _model()
    for side, claims in (("a", model.alignment.claims_a), ("b", model.alignment.claims_b)):
        shown = [i for row in model.rows for i in row.claims(side)]
        assert shown == sorted(shown) == list(range(len(claims)))
    assert [r.number for r in model.rows] == list(range(len(model.rows)))


def test_relations_and_glyphs() -> None:
    model = _model()
    relations = [r.relation for r in model.rows]
    assert relations.count("same") == 3
    assert "conflict" in relations and "only_a" in relations and "only_b" in relations
    assert set(GLYPHS) == {"same", "partial", "conflict", "only_a", "only_b"}
    assert len(set(GLYPHS.values())) == 5


def test_summary_counts() -> None:
    s = _model().summary
    assert (s.claims_a, s.claims_b) == (5, 5)
    assert s.pairs == 4 and s.same == 3 and s.conflicts == 1
    assert (s.only_a, s.only_b) == (1, 1)
    assert s.shared_a == s.shared_b == 4


def test_conflict_marks_only_the_disagreeing_values() -> None:
    model = _model()
    row = next(r for r in model.rows if r.relation == "conflict")
    text = model.claim_text("a", row.a[0])
    marks = model.marks("a", row.a[0])
    assert {text[m.start : m.end] for m in marks if m.conflict} == {"7", "2"}
    assert all(text[m.start : m.end] for m in marks)


def test_one_sided_values_of_a_partial_pair_are_marked_as_differences() -> None:
    a = "Putin met Xi in Beijing on Tuesday to discuss trade."
    b = "Putin met Xi to discuss trade and energy, officials in Moscow said."
    model = _model(a, b)
    pairs = model.alignment.pairs
    assert pairs, "the two sentences should pair"
    diffs_a = {a[m.start : m.end] for m in model.marks("a", 0) if m.diff}
    diffs_b = {b[m.start : m.end] for m in model.marks("b", 0) if m.diff}
    assert "Beijing" in diffs_a and "Moscow" in diffs_b
    assert "Putin" not in diffs_a | diffs_b


def test_entity_overlap_uses_unified_keys_and_skips_figures() -> None:
    ma = [
        Mention("Vladimir Putin", "PERSON", 0, 14, "PERSON:vladimir putin"),
        Mention("Moscow", "GPE", 24, 30, "GPE:moscow"),
        Mention("3 May 2024", "DATE", 34, 44, "DATE:2024-05-03"),
        Mention("Putin", "PERSON", 50, 55, "PERSON:vladimir putin"),
    ]
    mb = [
        Mention("Putin", "PERSON", 0, 5, "PERSON:vladimir putin"),
        Mention("Sberbank", "ORG", 13, 21, "ORG:sberbank"),
        Mention("40", "NUMBER", 30, 32, "NUMBER:40"),
    ]
    overlap = entity_overlap(ma, mb)
    assert [(e.name, e.count_a, e.count_b) for e in overlap.shared] == [("Vladimir Putin", 2, 1)]
    assert [e.name for e in overlap.only_a] == ["Moscow"]
    assert [e.name for e in overlap.only_b] == ["Sberbank"]
    labels = {e.label for group in (overlap.shared, overlap.only_a, overlap.only_b) for e in group}
    assert not labels & {"NUMBER", "DATE"}


def test_swapped_model_mirrors_sides() -> None:
    model = _model()
    swapped = model.swapped()
    assert swapped.summary.claims_a == model.summary.claims_b
    assert swapped.summary.only_a == model.summary.only_b
    for row in model.rows:
        for i in row.a:
            back = swapped.rows[swapped.row_of_claim("b", i)]
            assert i in back.b


ROWS = [
    Row(0, (0,), (0,), "same"),
    Row(1, (1,), (), "only_a"),
    Row(2, (2,), (1,), "conflict"),
    Row(3, (3,), (2,), "same"),
    Row(4, (), (3,), "only_b"),
]


def test_jumps_and_fold() -> None:
    cursor = RowCursor(ROWS)
    assert cursor.jump("pair") and cursor.number == 2
    assert cursor.jump("pair") and cursor.number == 3
    assert not cursor.jump("pair") and cursor.number == 3
    cursor.move_to(4)
    assert cursor.jump("one_sided", forward=False) and cursor.number == 1
    assert cursor.first() and cursor.number == 0
    cursor.fold(True)  # the cursor leaves the folded row for the next shown one
    assert [r.number for r in cursor.visible] == [1, 2, 4] and cursor.number == 1
    assert cursor.jump("conflict") and cursor.number == 2
    assert not cursor.jump("pair") and not cursor.move_to(3)
    cursor.fold(False)
    assert cursor.visible == ROWS and cursor.move_to(3)


def test_folding_the_last_row_moves_the_cursor_back() -> None:
    cursor = RowCursor(ROWS[:4], cursor=3)
    cursor.fold(True)
    assert cursor.number == 2


def test_step_prefers_rows_with_a_claim_on_the_active_side() -> None:
    cursor = RowCursor(ROWS)
    cursor.switch_side()
    assert cursor.side == "b"
    assert cursor.step() and cursor.number == 2  # row 1 has nothing on the right
    assert cursor.step(forward=False) and cursor.number == 0
    assert cursor.last() and cursor.number == 4
    assert not cursor.step()


def test_show_clamps_the_cursor() -> None:
    cursor = RowCursor(ROWS, cursor=99)
    assert cursor.number == 4 and cursor.current == ROWS[4]
    cursor.show((), cursor=3)
    assert cursor.number == 0 and cursor.current is None and not cursor.first()


def test_matched_rows_are_not_one_sided() -> None:
    row = Row(3, (4,), (9,), "partial")
    assert row.matched and not row.one_sided


def test_fold_levels_cycle_and_keep_notable_pairs() -> None:
    rows = [
        Row(0, (0,), (0,), "partial"),  # notable: a figure differs
        Row(1, (1,), (), "only_a"),
        Row(2, (2,), (1,), "partial"),  # wording only
        Row(3, (3,), (2,), "same"),
        Row(4, (4,), (3,), "conflict"),
    ]
    cursor = RowCursor()
    cursor.show(rows, cursor=2, notable=lambda r: r.number in (0, 4))
    assert cursor.level == "all" and not cursor.folded
    assert cursor.cycle() == "differences" and cursor.folded
    assert [r.number for r in cursor.visible] == [0, 1, 4] and cursor.number == 4
    assert cursor.cycle() == "one_sided"
    assert [r.number for r in cursor.visible] == [1] and cursor.number == 1
    assert cursor.cycle() == "all" and cursor.visible == rows


def test_notable_rows_differ_by_a_figure_or_a_name() -> None:
    a = (
        "The council approved a budget of 40 million dollars on Monday.\n"
        "The mayor said the new schools would open next autumn after a long wait for families.\n"
        "Mayor Anna Berg thanked the teachers in Oslo.\n"
    )
    b = (
        "On Monday the council approved a 40 million dollar budget.\n"
        "The new schools will open next autumn, the mayor said, though some parents remain "
        "doubtful.\n"
        "Anna Berg thanked the teachers.\n"
    )
    comparison = compare(analyse_text(a), analyse_text(b))
    found = {(r.a, r.b): (r.relation, comparison.notable(r)) for r in comparison.rows}
    assert found[(0,), (0,)] == ("same", False)
    assert found[(1,), (1,)] == ("partial", False)  # wording only: folded as agreeing
    assert found[(2,), (2,)] == ("partial", True)  # Oslo is on one side only


def test_emphasis_marks_words_and_figures_the_partner_lacks() -> None:
    text = "Nordbane will close the Kvitfjell line on 1 October, citing 80 million kroner."
    other = "Nordbane is closing the Kvitfjell line on 1 October because of costs of 60 million."
    marked = [text[s:e] for s, e in lacking_words(text, [other])]
    assert marked == ["citing", "80", "kroner"]  # not function words, not close ~ closing
    assert lacking_words(other, [text]) == tuple(
        (other.index(w), other.index(w) + len(w)) for w in ("costs", "60")
    )
    comparison = compare(analyse_text(text), analyse_text(other))
    assert comparison.alignment.pairs
    assert [text[s:e] for s, e in comparison.emphasis("a", 0)] == marked
