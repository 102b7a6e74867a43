"""The split view's row layout: band heights, stacking, crossing notes, and its cost."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.functional.test_split_cases import ALPHA, BETA
from tui.analysis import analyse_text, compare
from tui.analysis.row_source import preview_rows
from tui.app.split.layout import GUTTER, STACK_BELOW, BandLayout, columns
from tui.text.wrap import wrap_offsets


def test_columns_split_the_width_around_the_gutter() -> None:
    cols = columns(119)
    assert not cols.stacked and cols.left + GUTTER + cols.right == 119
    assert abs(cols.left - cols.right) <= 1
    assert columns(STACK_BELOW - 1).stacked


def test_band_height_is_the_taller_side_plus_a_blank_line() -> None:
    model = compare(analyse_text(ALPHA), analyse_text(BETA))
    layout = BandLayout()
    bands = layout.layout(model, model.rows, columns(60 + STACK_BELOW))
    assert tuple(b.row for b in bands) == model.rows
    for band, following in pairwise(bands):
        assert following.top == band.top + band.height
    for band in bands:
        assert band.height == max(len(band.left), len(band.right), 1) + 1
    stacked = layout.layout(model, model.rows, columns(40))
    for band in stacked:
        assert band.height == len(band.left) + len(band.right) + 2


def test_layout_of_400_rows_wraps_each_claim_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed lives in benchmarks; here: a relayout at the same width re-wraps nothing."""
    body = " ".join(
        f"Claim number {n} says the council of Oslo approved {n} million for schools."
        for n in range(400)
    )
    claims = analyse_text(body).claims
    preview = preview_rows(claims, claims)
    assert len(preview.rows) == 400
    calls: list[str] = []

    def counting_wrap(text: str, width: int) -> list[int]:
        calls.append(text)
        return wrap_offsets(text, width)

    monkeypatch.setattr("tui.app.split.layout.wrap_offsets", counting_wrap)
    layout = BandLayout()
    layout.layout(preview, preview.rows, columns(159))
    assert len(calls) == 800  # each claim on each side, once
    layout.layout(preview, preview.rows, columns(159))
    assert len(calls) == 800  # cached
    layout.layout(preview, preview.rows, columns(100))
    assert len(calls) == 1600  # a new width wraps again


def test_summary_flow_breaks_only_between_phrases() -> None:
    from rich.text import Text

    from tui.app.split.text import flow

    phrases = [("", Text("Left 15 claims")), (" · ", Text("Right 17 claims"))]
    phrases += [(" │ ", Text("shared 17 pairs")), (" ", Text("(=0 ≈17 ≠0)"))]
    assert (
        flow(phrases, 0).plain == "Left 15 claims · Right 17 claims │ shared 17 pairs (=0 ≈17 ≠0)"
    )
    assert flow(phrases, 40).plain.split("\n") == [
        "Left 15 claims · Right 17 claims",
        "shared 17 pairs (=0 ≈17 ≠0)",
    ]
    assert flow(phrases, 10).plain.split("\n") == [  # a phrase wider than the line stays whole
        "Left 15 claims",
        "Right 17 claims",
        "shared 17 pairs",
        "(=0 ≈17 ≠0)",
    ]
