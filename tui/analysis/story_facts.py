"""One story's fact matrix from its articles' analyses and pairwise comparisons.

The comparisons of every two outlets, judged by the reader, come from
:func:`tui.analysis.story_judged.judged_comparisons`, so a view can rebuild the matrix as
each one finishes; :func:`pairs_of` and :func:`verdicts_of` read one comparison and
:func:`matrix_of` turns the pairs known so far into a
:class:`~tui.analysis.story_matrix.StoryMatrix`. :func:`story_json` and
:func:`story_markdown` are the ``parallax story`` outputs. No Textual here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from tui.analysis.article_analysis import Analysis
from tui.analysis.comparison import Comparison
from tui.analysis.judged import GLYPHS
from tui.analysis.report import clean_text, escape_markdown
from tui.analysis.story_matrix import (
    Fact,
    Node,
    StoryMatrix,
    TimelineEntry,
    Verdicts,
    build_matrix,
    timeline,
)
from tui.models import Article, ArticleMeta

__all__ = [
    "CELL_GLYPHS",
    "CELL_WORDS",
    "MAX_OUTLETS",
    "VERDICT_LEGEND",
    "PairKey",
    "Pairs",
    "cell_state",
    "fetched_time",
    "lag_text",
    "matrix_of",
    "pairs_of",
    "story_json",
    "story_markdown",
    "verdict_glyph",
    "verdicts_of",
]

MAX_OUTLETS = 20
"""A story view shows at most this many outlets (the earliest ones)."""
PairKey = tuple[int, int]
Pairs = Mapping[PairKey, Sequence[tuple[int, int, str]]]
"""``(i, j)`` with ``i < j`` -> aligned ``(claim of i, claim of j, relation)``."""
CELL_GLYPHS = {"states": "●", "conflict": "≠", "absent": "·"}
"""How a cell reads without colour: states the fact, gives a conflicting value, silent."""
CELL_WORDS = {"states": "states it", "conflict": "conflicting value", "absent": "absent"}


VERDICT_LEGEND = f"{GLYPHS['verified']} verified, {GLYPHS['disputed']} disputed by the reader"
"""What a fact's verdict glyph means, on one line."""


def pairs_of(comparison: Comparison) -> list[tuple[int, int, str]]:
    """The claim pairs of one (judged) comparison, as the matrix reads them."""
    return [(p.a, p.b, p.relation) for p in comparison.alignment.pairs]


def verdicts_of(key: PairKey, comparison: Comparison) -> dict[tuple[Node, Node], str]:
    """The reader's verdicts on the pairs of the comparison of outlets ``key``."""
    i, j = key
    judged = comparison.judged
    if judged is None:
        return {}
    return {((i, p.a), (j, p.b)): p.verdict for p in judged.pairs if p.verdict}


def matrix_of(
    analyses: Sequence[Analysis], pairs: Pairs, verdicts: Verdicts | None = None
) -> StoryMatrix:
    """The fact matrix from the pairs (and verdicts) known so far (missing pairs: nothing
    aligned yet)."""
    claims = [[claim.text for claim in analysis.claims] for analysis in analyses]
    return build_matrix(claims, lambda i, j: pairs.get((i, j), ()), verdicts)


def verdict_glyph(fact: Fact) -> str:
    """``✓`` for a verified fact, ``✗`` for a disputed one, else ``""``."""
    return GLYPHS[fact.verdict] if fact.verdict else ""


def cell_state(fact: Fact, outlet: int, conflicted: frozenset[tuple[int, int]]) -> str:
    """``"states"``, ``"conflict"`` or ``"absent"`` for one cell."""
    if not fact.cells[outlet]:
        return "absent"
    return "conflict" if fact.cell_conflicts(outlet, conflicted) else "states"


def fetched_time(article: Article) -> datetime | None:
    """When the article was first fetched (a feed's ``fetched:`` field), if it says."""
    value = article.extra.get("fetched")
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _when(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def lag_text(entry: TimelineEntry) -> str:
    """``first``, ``+3h``, ``+2d 4h`` or ``no date``; ``~`` marks a fetched-time estimate."""
    hours = entry.after_first_hours
    if hours is None:
        return "no date"
    mark = "~" if entry.estimated else ""
    if hours < 0.5:
        return f"{mark}first"
    whole = round(hours)
    days, rest = divmod(whole, 24)
    if not days:
        return f"{mark}+{whole}h"
    return f"{mark}+{days}d {rest}h" if rest else f"{mark}+{days}d"


def story_json(
    story: str, title: str, metas: Sequence[ArticleMeta], matrix: StoryMatrix
) -> dict[str, Any]:
    """The ``parallax story --json`` object."""
    return {
        "story": story,
        "title": title,
        "outlets": [
            {"path": str(m.path), "source": m.source, "published": _when(m.published)}
            for m in metas
        ],
        "rows": [
            {
                "text": " ".join(fact.text.split()),
                "cells": [list(cell) for cell in fact.cells],
                "conflict": fact.conflict,
                "verdict": fact.verdict,
            }
            for fact in matrix.facts
        ],
    }


def _inline(text: str) -> str:
    return escape_markdown(" ".join(clean_text(text).split()))


def story_markdown(
    story: str,
    title: str,
    metas: Sequence[ArticleMeta],
    matrix: StoryMatrix,
    fetched: Sequence[datetime | None] | None = None,
) -> str:
    """A Markdown report of the story: outlets, timeline, and every fact by outlet."""
    lines = [f"# {_inline(title)}", "", f"Story `{_inline(story)}` · {len(metas)} outlets", ""]
    lines += ["| # | Outlet | Published | Headline |", "|---|---|---|---|"]
    for n, meta in enumerate(metas, 1):
        when = _when(meta.published) or "no date"
        lines.append(f"| {n} | {_inline(meta.source)} | {when} | {_inline(meta.title)} |")
    order = timeline([m.published for m in metas], fetched)
    first = order[0].outlet if order and order[0].after_first_hours is not None else None
    if first is not None:
        lag = ", ".join(f"{_inline(metas[e.outlet].source)} {lag_text(e)}" for e in order)
        lines += ["", f"Timeline: {lag}."]
        if any(e.estimated for e in order):
            lines.append("(~: no publication time; when it was first fetched instead.)")
    conflicts, blind = len(matrix.conflicts()), len(matrix.blindspots())
    lines += [
        "",
        f"## Facts ({len(matrix.facts)}; {conflicts} with a conflict; {blind} from one outlet)",
        "",
        "| Fact | " + " | ".join(str(n) for n in range(1, len(metas) + 1)) + " |",
        "|---|" + "---|" * len(metas),
    ]
    for fact in matrix.sorted_by_coverage():
        cells = [
            CELL_GLYPHS[cell_state(fact, outlet, matrix.conflicted)] for outlet in range(len(metas))
        ]
        mark = f"{verdict_glyph(fact)} " if fact.verdict else ""
        lines.append(f"| {mark}{_inline(fact.text)} | " + " | ".join(cells) + " |")
    legend = "; ".join(f"{CELL_GLYPHS[k]} {CELL_WORDS[k]}" for k in CELL_GLYPHS)
    lines += ["", f"Columns are the outlets above. {legend}."]
    if any(fact.verdict for fact in matrix.facts):
        lines.append(f"Facts marked {VERDICT_LEGEND}.")
    lines.append("")
    return "\n".join(lines)
