"""The split view: two outlets' coverage of one story side by side, claim against claim.

Both articles are shown in their own order as soon as they are segmented; the alignment
follows from a worker and replaces those rows, the cursor staying on the same left claim.
"""

from __future__ import annotations

from pathlib import Path
from threading import Event
from time import perf_counter
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from tui.analysis import Analysis, Comparison, analyse, compare
from tui.analysis.comparison import cursor_row
from tui.analysis.judgements import PairJudgements
from tui.analysis.navigation import FOLD_NAMES, JUMPS
from tui.analysis.row_source import Preview, preview_rows
from tui.app.commands import SPLIT
from tui.app.key_footer import KeyFooter
from tui.app.split.entity_overlap import EntityOverlapScreen
from tui.app.split.heads import ColumnHead
from tui.app.split.judging import JudgingMixin
from tui.app.split.layout import STACK_BELOW
from tui.app.split.pair_detail import PairDetailScreen, detail_renderable
from tui.app.split.rows import SplitRows
from tui.app.split.text import (
    nothing_to_compare,
    preview_summary,
    summary_text,
)
from tui.library.loader import ArticleError, load_article
from tui.models import Article, ArticleMeta
from tui.nlp.align.rows import Row
from tui.text.safety import inert_line

__all__ = ["PREFIX_TIMEOUT", "STACK_BELOW", "SplitScreen", "summary_text"]

PREFIX_TIMEOUT = 1.5
"""Seconds a ``]``/``[`` prefix waits for its ``c``."""
ALIGNING = "Aligning… each article in its own order until then"

COMPACT_BELOW = 100
"""Below this width the summary bar uses its one-line short form."""
STILL_ALIGNING = "Still aligning… this key needs the alignment"
NOTHING_SHOWN = "There is no comparison here: esc goes back to the reader"
PAINT_WAIT = 0.5
"""Most seconds the alignment waits for the preview rows to be painted (it hogs the GIL)."""


class SplitScreen(JudgingMixin, Screen[None]):
    """Compare ``article`` (left) with the sibling article ``other`` (right)."""

    DEFAULT_CSS = """
    SplitScreen #split-summary { height: auto; padding: 0 1; background: $boost; }
    SplitScreen #split-heads { height: auto; padding: 0 1 0 0; border-bottom: hkey $primary 40%; }
    SplitScreen #split-heads > .head { width: 1fr; padding: 0 1; height: auto; }
    SplitScreen #split-heads > .gutter { width: 3; }
    SplitScreen #split-status { height: auto; padding: 0 1; color: $text-muted; }
    SplitScreen #split-status.-message { padding: 1 2; color: $text; }
    SplitScreen.-stacked #split-heads { layout: vertical; }
    SplitScreen.-stacked #split-heads > .gutter { display: none; }
    SplitScreen.-empty #split-summary, SplitScreen.-empty #split-heads,
    SplitScreen.-empty SplitRows { display: none; }
    """
    BINDINGS: ClassVar[list[BindingType]] = SPLIT.bindings()

    def __init__(
        self,
        article: Article,
        other: ArticleMeta | None,
        analysis: Analysis | None = None,
        *,
        library: Path | None = None,
        claim: int | None = None,
    ) -> None:
        """``analysis``: ``article``'s, when already done; ``library``: the library folder,
        which exported reports stay out of; ``claim``: a claim of ``article`` to put the
        cursor on once aligned."""
        super().__init__()
        self.library = library
        self.article = article
        self.focus_claim = claim
        self.other_meta = other
        self.other: Article | None = None
        self.comparison: Comparison | None = None
        self.preview: Preview | None = None
        self.timings: dict[str, float] = {}
        self.exported: Path | None = None
        self._analysis = analysis
        self._aligning = other is not None
        self._prefix: str | None = None
        self._opened = perf_counter()

    # -- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="split-summary")
        with HorizontalGroup(id="split-heads"):
            yield ColumnHead(self.article, id="head-a")
            yield Static("", classes="gutter")
            yield ColumnHead(self.other_meta, id="head-b")
        yield Static("Aligning…", id="split-status")
        yield SplitRows(id="split-rows")
        yield KeyFooter()

    @property
    def rows(self) -> SplitRows:
        """The row view."""
        return self.query_one(SplitRows)

    @property
    def names(self) -> tuple[str, str]:
        """Outlet names of the left and right articles."""
        right = self.other or self.other_meta
        return self.article.source, right.source if right else ""

    def on_mount(self) -> None:
        self.sub_title = f"Compare · {inert_line(self.article.story or self.article.title)}"
        self._stack(self.size.width)
        if self.other_meta is None:
            self.add_class("-empty")
            self._status(nothing_to_compare(self.article), message=True)
            return
        self.rows.focus()
        self.compute(self.article, self.other_meta, self._analysis)

    def on_resize(self) -> None:
        self._stack(self.size.width)
        self._update_summary()

    def _stack(self, width: int) -> None:
        self.set_class(0 < width < STACK_BELOW, "-stacked")

    def _update_summary(self) -> None:
        compact = self.size.width < COMPACT_BELOW
        width = max(0, self.size.width - 2)  # the bar's padding
        if self.comparison is not None:
            summary = self.comparison.summary
            text = summary_text(summary, self.names, compact=compact, width=width)
        elif self.preview is not None:
            text = preview_summary(self.preview, self.names, compact=compact, width=width)
        else:
            return
        self.query_one("#split-summary", Static).update(text)

    def _status(self, text: str, *, message: bool = False) -> None:
        status = self.query_one("#split-status", Static)
        status.update(Text(text))
        status.set_class(message, "-message")
        status.display = bool(text)

    # -- alignment ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="align")
    def compute(self, article: Article, meta: ArticleMeta, analysis: Analysis | None) -> None:
        """Load and analyse the other article (preview rows), then compare the two."""
        worker = get_current_worker()
        started = perf_counter()
        try:
            other = load_article(Path(meta.path))
        except ArticleError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        try:
            own = analysis if analysis is not None else analyse(article)
            theirs = analyse(other)
            preview = preview_rows(own.claims, theirs.claims)
            if worker.is_cancelled:
                return
            painted = Event()
            self.app.call_from_thread(self._show_preview, other, preview, painted)
            painted.wait(PAINT_WAIT)
            comparison = compare(own, theirs)
            comparison, judgements, unreadable = self._read_judgements(other, comparison)
        except Exception as error:  # keep the app alive if the engine fails
            if not worker.is_cancelled:
                message = f"Alignment failed: {type(error).__name__}"
                self.app.call_from_thread(self._failed, message)
            return
        if not worker.is_cancelled:
            self.timings["align"] = perf_counter() - started
            self.app.call_from_thread(self._show, other, comparison, judgements, unreadable)

    def _failed(self, message: str) -> None:
        if not self.is_attached:
            return
        self._aligning = False
        self.add_class("-empty")
        self._status(message, message=True)
        self.notify(inert_line(message), severity="error", markup=False)

    def _show_preview(self, other: Article, preview: Preview, painted: Event) -> None:
        """Both articles' claims in their own order, until the alignment is done."""
        if not self.is_attached or self.comparison is not None:
            painted.set()
            return
        self.call_after_refresh(self._preview_painted, painted)
        self.other, self.preview = other, preview
        self.query_one("#head-b", ColumnHead).show(other)
        self._update_summary()
        self.rows.show(preview, cursor=0)
        self._status(ALIGNING)
        self.timings["first_rows"] = perf_counter() - self._opened

    def _preview_painted(self, painted: Event) -> None:
        self.timings["first_paint"] = perf_counter() - self._opened
        painted.set()

    def _show(
        self,
        other: Article,
        comparison: Comparison,
        judgements: PairJudgements | None = None,
        error: str = "",
    ) -> None:
        if not self.is_attached:
            return
        self.other = other
        self._take_judgements(judgements, error)
        self.query_one("#head-b", ColumnHead).show(other)
        cursor = cursor_row(comparison, self.rows.current_row)
        if self.focus_claim is not None:
            cursor = comparison.row_of_claim("a", self.focus_claim)
            self.focus_claim = None
        self._aligning = False
        self._status("")
        self._apply(comparison, cursor=cursor)
        self.timings.setdefault("first_rows", perf_counter() - self._opened)
        self.timings["whole"] = perf_counter() - self._opened

    def _apply(self, comparison: Comparison, cursor: int) -> None:
        self.comparison = comparison
        self._update_summary()
        if not comparison.rows:
            self._status("Neither article has any claims to compare.", message=True)
        self.rows.show(comparison, cursor=cursor)

    def _ready(self) -> bool:
        """The alignment is shown; otherwise say why this key waits, and clear any prefix."""
        self._prefix = None
        if self.comparison is None:
            message = STILL_ALIGNING if self._aligning else NOTHING_SHOWN
            self.notify(message, severity="warning", timeout=2)
            return False
        return True

    # -- moving between rows ------------------------------------------------------

    def _jump(self, kind: str, *, forward: bool = True) -> None:
        if not self._ready():
            return
        if not self.rows.jump(kind, forward=forward):
            direction = "after" if forward else "before"
            what = JUMPS[kind].name
            if not any(JUMPS[kind].wanted(row) for row in self.rows.rows):
                self.notify(f"No {what}s in this comparison", severity="warning", timeout=2)
                return
            self.notify(f"No {what} {direction} this row", severity="warning", timeout=2)

    def action_next_pair(self) -> None:
        self._jump("pair")

    def action_previous_pair(self) -> None:
        self._jump("pair", forward=False)

    def action_next_unique(self) -> None:
        self._jump("one_sided")

    def action_previous_unique(self) -> None:
        self._jump("one_sided", forward=False)

    def action_next_conflict(self) -> None:
        self._jump("conflict")

    def action_prefix(self, char: str) -> None:
        """Start a two-key sequence (``]c``/``[c``)."""
        self._prefix = char
        self._status(f"{char}…  (c: {'next' if char == ']' else 'previous'} pair)")
        self.set_timer(PREFIX_TIMEOUT, lambda: self._expire_prefix(char))

    def _expire_prefix(self, char: str) -> None:
        if self._prefix == char:
            self._prefix = None
            self._status(self._idle_status())

    def _idle_status(self) -> str:
        if self._aligning:
            return ALIGNING
        if not self.rows.folded:
            return ""
        shown = len(self.rows.visible_rows)
        return f"Fold: {FOLD_NAMES[self.rows.nav.level]} ({shown} rows shown; f: next level)"

    def action_prefixed_c(self) -> None:
        prefix, self._prefix = self._prefix, None
        self._status(self._idle_status())
        if prefix == "]":
            self.action_next_pair()
        elif prefix == "[":
            self.action_previous_pair()
        else:
            self.notify("] c: next pair · [ c: previous pair", timeout=2)

    def action_switch_side(self) -> None:
        self._prefix = None
        self.rows.side = side = "b" if self.rows.side == "a" else "a"
        if self.comparison is not None and self.rows.fully_mounted:
            ordered = self.comparison.ordered(side)
            self._apply(ordered, cursor=cursor_row(ordered, self.rows.current_row, side=side))

    # -- other actions ------------------------------------------------------------

    def action_fold(self) -> None:
        if not self._ready() or self.comparison is None:
            return
        self.rows.cycle_fold()
        self._status(self._idle_status())

    def action_swap(self) -> None:
        if not self._ready() or self.comparison is None or self.other is None:
            return
        rows = self.rows
        swapped = self.comparison.swapped()
        cursor = cursor_row(swapped, rows.current_row, swapped=True)
        self.article, self.other = self.other, self.article
        self.query_one("#head-a", ColumnHead).show(self.article)
        self.query_one("#head-b", ColumnHead).show(self.other)
        rows.nav.switch_side()
        self._apply(swapped, cursor=cursor)

    def _current(self) -> Row | None:
        if not self._ready():
            return None
        return self.rows.current_row

    def action_detail(self) -> None:
        row = self._current()
        if row is None or self.comparison is None:
            return
        body = detail_renderable(self.comparison, row, self.names, marked_key=self.rows.marked_key)
        self.app.push_screen(PairDetailScreen(body))

    def action_entities(self) -> None:
        if self._current() is None or self.comparison is None:
            return
        overlap = self.comparison.overlap
        self.app.push_screen(EntityOverlapScreen(overlap, self.names), self._mark)

    def _mark(self, key: str | None) -> None:
        if key is None or self.comparison is None:
            return
        rows = self.rows
        rows.marked_key = key or None
        if not key:
            self.notify("Entity marking cleared", timeout=2)
            return
        found = self.comparison.rows_with_key(key)
        shown = [n for n in found if rows.is_shown(n)]
        later = [n for n in shown if n > rows.cursor] or shown
        if later:
            rows.move_to(later[0])
        self.notify(f"Marked on both sides: {len(found)} rows mention it", timeout=3)

    def action_export(self) -> None:
        if not self._ready() or self.comparison is None or self.other is None:
            return
        from tui.analysis.export import export_report
        from tui.analysis.report import compare_markdown

        text = compare_markdown(self.article, self.other, self.comparison)
        try:
            path = export_report(
                text,
                self.article.story or self.article.title,
                self.article.source,
                self.other.source,
                library=self.library,
            )
        except OSError as error:
            self.notify(inert_line(f"Export failed: {error}"), severity="error", markup=False)
            return
        self.exported = path
        self.notify(
            inert_line(f"Exported to {path}"), title="Comparison saved", timeout=8, markup=False
        )

    def action_back(self) -> None:
        self.dismiss()
