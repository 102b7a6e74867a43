"""Claim segmentation: sentences, bullets, headline lines and the awkward periods."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.nlp.claims import segment

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "sample_pair" / "samples"


def texts(body: str) -> list[str]:
    claims = segment(body)
    for c in claims:
        assert body[c.start : c.end] == c.text
    assert [c.index for c in claims] == list(range(len(claims)))
    return [c.text for c in claims]


def test_sentences_split_on_terminal_punctuation() -> None:
    assert texts("It rained. Then it stopped! Did it? Yes.") == [
        "It rained.",
        "Then it stopped!",
        "Did it?",
        "Yes.",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Dr. Smith met Mr. Jones at noon.",
        "Shares of Acme Inc. rose on Jan. 5 by 3.5 percent.",
        "George W. Bush spoke in the U.S. Senate.",
        "J. K. Rowling wrote it.",
        "Prices rose 3.5% in the U.K. last year.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_split(body: str) -> None:
    assert texts(body) == [body]


def test_acronym_before_a_function_word_ends_the_sentence() -> None:
    assert texts("He moved to the U.S. The move was quick.") == [
        "He moved to the U.S.",
        "The move was quick.",
    ]


def test_sentence_end_inside_closing_quotes() -> None:
    body = '"We will win." The coach smiled. She said "maybe," and left.'
    assert texts(body) == ['"We will win."', "The coach smiled.", 'She said "maybe," and left.']


def test_ellipsis() -> None:
    assert texts("He paused... Then he spoke. It was… odd.") == [
        "He paused...",
        "Then he spoke.",
        "It was… odd.",
    ]


def test_bullets_headings_and_spans() -> None:
    body = (
        "Big news today\n\n- First point here\n- Second point. It has two sentences.\n"
        "A closing line."
    )
    claims = segment(body)
    assert [(c.kind, c.text) for c in claims] == [
        ("heading", "Big news today"),
        ("bullet", "First point here"),
        ("bullet", "Second point."),
        ("bullet", "It has two sentences."),
        ("sentence", "A closing line."),
    ]
    assert body[claims[1].start - 2 : claims[1].start] == "- "


def test_markdown_heading_and_numbered_list() -> None:
    claims = segment("# The title\n1. One thing\n2) Another thing")
    assert [(c.kind, c.text) for c in claims] == [
        ("heading", "The title"),
        ("bullet", "One thing"),
        ("bullet", "Another thing"),
    ]


def test_wrapped_prose_continues_across_lines() -> None:
    body = (
        "The minister said that the\nbudget would rise, and that\ntaxes would fall.\nNext sentence."
    )
    assert texts(body) == [
        "The minister said that the\nbudget would rise, and that\ntaxes would fall.",
        "Next sentence.",
    ]


def test_final_line_without_period_is_a_heading() -> None:
    claims = segment("One sentence.\nPutin orders cooperation with China")
    assert claims[-1].kind == "heading"
    assert claims[-1].text == "Putin orders cooperation with China"


def test_whitespace_and_empty_input() -> None:
    assert segment("") == []
    assert segment("  \n\n \t") == []
    claims = segment("   Padded sentence.   \r\n")
    assert claims[0].text == "Padded sentence."


def test_one_line_per_sentence_samples_match_gold_count() -> None:
    assert len(segment((SAMPLES / "coai.txt").read_text(encoding="utf-8"))) == 15
    assert len(segment((SAMPLES / "dagens.txt").read_text(encoding="utf-8"))) == 17
