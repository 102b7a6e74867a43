"""Body layout logic: blocks (paragraphs, bullets), word wrap by cells, entity summaries."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.analysis.entity_summary import mention_starts, next_offset, summarise
from tui.text.blocks import split_blocks
from tui.text.wrap import wrap_offsets


def _texts(body: str) -> list[tuple[str, str]]:
    return [(block.kind, body[block.start : block.end]) for block in split_blocks(body)]


def test_blank_lines_separate_paragraphs_and_dashes_make_bullets() -> None:
    body = "First para.\n\nSecond para.\n- item one\n*  item two\n• item three\nAfter."
    assert _texts(body) == [
        ("paragraph", "First para."),
        ("paragraph", "Second para."),
        ("bullet", "item one"),
        ("bullet", "item two"),
        ("bullet", "item three"),
        ("paragraph", "After."),
    ]


def test_hard_wrapped_lines_join_but_complete_lines_stay_apart() -> None:
    body = "This sentence was wrapped\nby an editor at 30 columns.\nThis one is its own line."
    assert _texts(body) == [
        ("paragraph", "This sentence was wrapped\nby an editor at 30 columns."),
        ("paragraph", "This one is its own line."),
    ]


def test_empty_and_blank_bodies_have_no_blocks() -> None:
    assert split_blocks("") == []
    assert split_blocks("\n \n\t\n") == []


@given(st.text(alphabet=st.sampled_from("ab -\n.•*"), max_size=80))
def test_blocks_are_ordered_spans_of_the_body(body: str) -> None:
    previous_end = 0
    for block in split_blocks(body):
        assert previous_end <= block.start <= block.end <= len(body)
        assert body[block.start : block.end].strip()
        previous_end = block.end


def test_wrap_breaks_after_spaces_and_folds_long_words() -> None:
    text = "The quick brown fox jumps"
    starts = wrap_offsets(text, 10)
    lines = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert lines == ["The quick ", "brown fox ", "jumps"]
    assert wrap_offsets("x" * 25, 10) == [0, 10, 20]
    assert wrap_offsets("", 8) == [0]


def test_wrap_counts_wide_characters_as_two_cells() -> None:
    assert wrap_offsets("漢字漢字漢字", 5) == [0, 2, 4]


@given(st.text(max_size=120), st.integers(min_value=1, max_value=30))
def test_wrapped_lines_fit_their_width_except_trailing_spaces(text: str, width: int) -> None:
    starts = wrap_offsets(text, width)
    assert starts[0] == 0
    assert starts == sorted(set(starts))
    ends = [*starts[1:], len(text)]
    for start, end in zip(starts, ends, strict=True):
        line = text[start:end].rstrip(" ")
        visible = [char for char in line if cell_len(char)]
        assert cell_len(line) <= width or len(visible) == 1  # a lone too-wide character


@dataclass(frozen=True)
class M:
    text: str
    label: str
    key: str
    start: int


MENTIONS = [
    M("Vladimir Putin", "PERSON", "PERSON:putin", 0),
    M("Russia", "GPE", "GPE:russia", 20),
    M("Putin", "PERSON", "PERSON:putin", 40),
    M("Russia", "GPE", "GPE:russia", 60),
    M("Russia", "GPE", "GPE:russia", 80),
]


def test_summary_groups_by_label_with_counts_and_longest_name() -> None:
    grouped = summarise(MENTIONS)
    assert list(grouped) == ["PERSON", "GPE"]
    person = grouped["PERSON"][0]
    assert (person.name, person.count, person.first) == ("Vladimir Putin", 2, 0)
    assert grouped["GPE"][0].count == 3


def test_next_offset_wraps_around_both_ways() -> None:
    starts = mention_starts(MENTIONS, "GPE:russia")
    assert starts == [20, 60, 80]
    assert next_offset(starts, -1, forward=True) == 20
    assert next_offset(starts, 80, forward=True) == 20
    assert next_offset(starts, 20, forward=False) == 80
    assert next_offset([], 0, forward=True) is None
    assert mention_starts(MENTIONS, None) == [0, 20, 40, 60, 80]


def test_wrap_breaks_a_url_at_its_slashes_not_mid_word() -> None:
    url = "https://example.com/news/2025/council-approves-the-budget-of-the-city"
    text = f"Read {url} today"
    starts = wrap_offsets(text, 24)
    lines = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert lines == [
        "Read ",
        "https://example.com/",
        "news/2025/council-",
        "approves-the-budget-of-",
        "the-city today",
    ]
    assert all(len(line.rstrip()) <= 24 for line in lines)
    assert wrap_offsets("x" * 25, 10) == [0, 10, 20]  # no slash: folded by cells, as before
