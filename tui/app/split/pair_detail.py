"""The detail of one row of the split view: both claims in full and how they relate."""

from __future__ import annotations

from rich.console import Group as RichGroup
from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.analysis.comparison import Comparison
from tui.analysis.relations import GLYPHS, RELATION_WORDS
from tui.app.commands import PAIR_DIALOG
from tui.app.label_styles import monochrome
from tui.app.split.claim_text import claim_text
from tui.nlp.align.rows import Row
from tui.text.safety import inert_line


def _values(title: str, values: tuple[str, ...], style: str = "") -> Text:
    line = Text(f"  {title}: ", style="dim")
    if not values:
        line.append("—", style="dim")
        return line
    for n, value in enumerate(values):
        if n:
            line.append(", ")
        line.append(inert_line(value), style=style)
    return line


def detail_renderable(
    comparison: Comparison,
    row: Row,
    names: tuple[str, str],
    *,
    marked_key: str | None = None,
) -> RenderableType:
    """Both sides' claims of ``row`` (every claim of its pairs), then every pair's facts."""
    parts: list[RenderableType] = []
    relation = row.relation
    parts.append(
        Text.assemble(
            (f" {GLYPHS.get(relation, '?')} ", "bold reverse"),
            (f" {RELATION_WORDS.get(relation, relation)}", "bold"),
            ("  (row " + str(row.number + 1) + ")", "dim"),
        )
    )
    pairs = comparison.row_pairs(row)
    for side, name in zip("ab", names, strict=True):
        claims = set(row.claims(side))
        claims.update(p.a if side == "a" else p.b for p in pairs)
        parts.append(Text(""))
        parts.append(Text(inert_line(name), style="bold underline"))
        if not claims:
            parts.append(Text("  (nothing on this side)", style="dim italic"))
        for index in sorted(claims):
            text = claim_text(
                comparison.claim_text(side, index),
                comparison.marks(side, index),
                marked_key=marked_key,
                tags=monochrome(),
            )
            parts.append(Text.assemble((f"  [{index + 1}] ", "dim"), text))
    parts.append(Text(""))
    if not pairs:
        who = names[0] if relation == "only_a" else names[1]
        parts.append(Text(f"Found in {inert_line(who)} only: no matching claim.", style="italic"))
    for pair in pairs:
        judged = comparison.judged.pair(pair.a, pair.b) if comparison.judged else None
        by_reader = judged is not None and judged.by == "reader"
        parts.append(
            Text.assemble(
                (f"Pair [{pair.a + 1}] ↔ [{pair.b + 1}]", "bold"),
                f"  relation {GLYPHS.get(pair.relation, '?')} {pair.relation}",
                "  linked by you" if by_reader else f"  score {pair.score:.3f}",
                f"  {judged.verdict}" if judged and judged.verdict else "",
            )
        )
        if judged and judged.note:
            parts.append(Text.assemble(("  note: ", "dim"), inert_line(judged.note)))
        parts.append(_values("shared", pair.shared))
        conflict = "bold reverse red" if pair.relation == "conflict" else "bold underline"
        parts.append(_values(f"only {inert_line(names[0])}", pair.only_a, conflict))
        parts.append(_values(f"only {inert_line(names[1])}", pair.only_b, conflict))
    return RichGroup(*parts)


class PairDetailScreen(ModalScreen[None]):
    """A modal with the full detail of one row; escape, enter or q closes it."""

    DEFAULT_CSS = """
    PairDetailScreen { align: center middle; }
    PairDetailScreen > VerticalScroll {
        width: 100; max-width: 95%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    PairDetailScreen Static { height: auto; }
    """
    BINDINGS = PAIR_DIALOG.bindings()

    def __init__(self, body: RenderableType) -> None:
        super().__init__()
        self.body = body

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll()
        scroll.border_title = "Pair detail"
        scroll.border_subtitle = "esc to close"
        with scroll:
            yield Static(self.body, id="pair-detail")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_scroll_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one(VerticalScroll).scroll_up()
