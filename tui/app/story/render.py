"""What the story view draws: outlet lines, the timeline strip and fact cells (Rich Text).

Article text is untrusted: everything goes through :func:`inert_line` into ``Text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from rich.text import Text

from tui.analysis.judged import GLYPHS
from tui.analysis.story_facts import (
    CELL_GLYPHS,
    CELL_WORDS,
    cell_state,
    lag_text,
    verdict_glyph,
)
from tui.analysis.story_matrix import Fact, TimelineEntry
from tui.models import ArticleMeta
from tui.text.safety import inert_line

CELL_STYLES = {"states": "bold green", "conflict": "bold red", "absent": "dim"}
VERDICT_STYLES = {"verified": "bold green", "disputed": "bold magenta"}
PENDING_CELL = "…"
"""A cell of an outlet whose comparisons are not done yet."""


def when_text(value: date | datetime | None) -> str:
    """``2025-03-04 08:00`` (a date alone: ``2025-03-04``), or ``no date``."""
    if value is None:
        return "no date"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def outlet_lines(metas: Sequence[ArticleMeta], order: Sequence[TimelineEntry]) -> Text:
    """One line per outlet: number, source, published time, lag after the first, headline."""
    lag = {entry.outlet: lag_text(entry) for entry in order}
    text = Text(no_wrap=True, overflow="ellipsis")
    names = [inert_line(meta.source)[:24] for meta in metas]
    width = max(map(len, names), default=0)
    for n, meta in enumerate(metas):
        if n:
            text.append("\n")
        text.append(f"{n + 1:>2} ", style="bold")
        text.append(names[n].ljust(width), style="bold")
        text.append(f"  {when_text(meta.published):<16}", style="dim")
        text.append(f"  {lag.get(n, ''):<8}", style="cyan")
        text.append(inert_line(meta.title))
    return text


COMPACT_TIMELINE_OVER = 5
"""Above this many outlets the strip names the first and the last; each outlet's lag is
on its own line below it."""


def timeline_strip(metas: Sequence[ArticleMeta], order: Sequence[TimelineEntry]) -> Text:
    """``Timeline  North Wire first → South Post +4h → East Gazette +23h`` (``~``: an
    estimate); with many outlets only the first and the last."""
    text = Text("Timeline  ", style="bold")
    if len(order) > COMPACT_TIMELINE_OVER:
        dated = [e for e in order if e.after_first_hours is not None]
        shown = [dated[0], dated[-1]] if len(dated) > 1 else dated
        undated = len(order) - len(dated)
        order = shown
        if undated:
            text.append(f"({undated} undated)  ", style="dim")
    for n, entry in enumerate(order):
        if n:
            text.append(" → ", style="dim" if len(metas) <= COMPACT_TIMELINE_OVER else "")
            if len(metas) > COMPACT_TIMELINE_OVER:
                text.append("… → last ", style="dim")
        text.append(inert_line(metas[entry.outlet].source)[:20])
        text.append(f" {lag_text(entry)}", style="cyan")
    if any(entry.estimated for entry in order):
        text.append("   (~ when first fetched: an estimate)", style="dim")
    return text


def cell_text(fact: Fact, outlet: int, conflicted: frozenset[tuple[int, int]]) -> Text:
    """One cell: ``●`` states it, ``≠`` conflicting value, ``·`` absent, ``…`` pending."""
    if outlet >= len(fact.cells):
        return Text(PENDING_CELL, style="dim", justify="center")
    state = cell_state(fact, outlet, conflicted)
    return Text(CELL_GLYPHS[state], style=CELL_STYLES[state], justify="center")


def fact_text(fact: Fact, width: int) -> Text:
    """The fact's text on one line, cut to ``width``, after the reader's verdict glyph
    (``✓`` verified, ``✗`` disputed) when it has one."""
    mark = f"{verdict_glyph(fact)} " if fact.verdict else ""
    line = inert_line(" ".join(fact.text.split()))
    if len(mark) + len(line) > width:
        line = line[: max(1, width - len(mark) - 1)] + "…"
    text = Text(mark, style=VERDICT_STYLES.get(fact.verdict or "", ""))
    text.append(line, style="bold red" if fact.conflict else "")
    return text


def column_label(number: int, source: str, wide: bool, marked: bool) -> Text:
    """An outlet column's heading: its number (and short name when there is room)."""
    label = Text(f"{'*' if marked else ''}{number}", style="bold")
    if wide:
        label.append(" " + inert_line(source)[:10])
    return label


def legend(comparing: bool, verdicts: bool = False) -> Text:
    """The cell glyphs in words (and the pending one while ``comparing``, the verdict
    glyphs when some fact has a ``verdict``)."""
    text = Text()
    for n, state in enumerate(CELL_GLYPHS):
        if n:
            text.append("  ")
        text.append(CELL_GLYPHS[state], style=CELL_STYLES[state])
        text.append(f" {CELL_WORDS[state]}")
    if comparing:
        text.append(f"  {PENDING_CELL} comparing", style="dim")
    if verdicts:
        for verdict, style in VERDICT_STYLES.items():
            text.append(f"  {GLYPHS[verdict]}", style=style)
            text.append(f" {verdict}")
    return text
