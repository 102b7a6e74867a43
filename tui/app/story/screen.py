"""The story view: every outlet of one story as a column, its facts as rows.

The outlets and the timeline show at once; the pairwise comparisons run in a worker and
the rows appear as they finish (outlet ``j``'s column fills once it was compared with
every earlier outlet). The pairs are the reader's judged ones (see
:mod:`tui.analysis.story_judged`): back from a split view, the facts are judged anew.
Enter opens the split view on two outlets at the cursor's fact.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from time import monotonic
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.worker import get_current_worker

from tui.analysis import Analysis, Comparison, analyse
from tui.analysis.story_facts import (
    MAX_OUTLETS,
    PairKey,
    fetched_time,
    matrix_of,
    pairs_of,
    verdicts_of,
)
from tui.analysis.story_judged import judged_comparisons
from tui.analysis.story_matrix import Fact, Node, StoryMatrix, timeline
from tui.app.commands import STORY, STORY_TABLE
from tui.app.key_footer import KeyFooter
from tui.app.story.render import (
    cell_text,
    column_label,
    fact_text,
    legend,
    outlet_lines,
    timeline_strip,
)
from tui.library.loader import ArticleError, load_article
from tui.stories.assign import LibraryStory
from tui.text.safety import inert_line

__all__ = ["FILTERS", "SORTS", "FactTable", "StoryScreen"]

SORTS = ("document", "most", "fewest")
SORT_WORDS = {"document": "document order", "most": "most outlets first", "fewest": "fewest first"}
FILTERS = ("all", "conflicts", "blindspots")
FILTER_WORDS = {"all": "all facts", "conflicts": "conflicts only", "blindspots": "one outlet only"}
REFRESH_EVERY = 0.2
"""Most seconds between two table rebuilds while comparisons finish."""
SHORT_BELOW = 32
"""Below this height the outlet list keeps to four lines (it scrolls)."""
CELL_WIDTH = 3
WIDE_CELL = 13


class FactTable(DataTable[Text]):
    """The fact matrix, with vim keys."""

    BINDINGS: ClassVar[list[BindingType]] = STORY_TABLE.bindings()


class StoryScreen(Screen[None]):
    """One story across its outlets: facts by outlet, timeline, conflicts, blindspots."""

    DEFAULT_CSS = """
    StoryScreen #story-timeline { height: auto; padding: 0 1; background: $boost; }
    StoryScreen #story-outlets {
        height: auto; max-height: 8; padding: 0 1; overflow-y: auto;
        text-wrap: nowrap; text-overflow: ellipsis;
        border-bottom: hkey $primary 40%;
    }
    StoryScreen #story-status {
        height: 1; padding: 0 1; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis;
    }
    StoryScreen.-short #story-outlets { max-height: 4; }
    StoryScreen FactTable { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = STORY.bindings()

    def __init__(self, story: LibraryStory, library: Path | None = None) -> None:
        """``library``: where the reader's judgements on the story are kept."""
        super().__init__()
        self.story = story
        self.library = library
        self.problem = ""
        """Why the judgements could not be read ("" when they could)."""
        self._engine: dict[PairKey, Comparison] = {}
        self._rejudge = False
        self.metas = story.articles[:MAX_OUTLETS]
        self.analyses: list[Analysis] = []
        self.matrix: StoryMatrix | None = None
        self.complete = 0
        """Outlets whose comparisons with every earlier outlet are done."""
        self.sort_mode = "document"
        self.filter_mode = "all"
        self.marked: int | None = None
        self.shown: list[Fact] = []
        self._last_draw = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        order = timeline([m.published for m in self.metas])
        yield Static(timeline_strip(self.metas, order), id="story-timeline")
        yield Static(outlet_lines(self.metas, order), id="story-outlets")
        yield Static("", id="story-status")
        table = FactTable(id="story-facts", cursor_type="cell", zebra_stripes=True)
        table.fixed_columns = 1  # the fact stays in view while the outlets scroll
        yield table
        yield KeyFooter()

    @property
    def table(self) -> FactTable:
        """The fact table."""
        return self.query_one(FactTable)

    def on_mount(self) -> None:
        self.set_class(0 < self.size.height < SHORT_BELOW, "-short")
        more = len(self.story.articles) - len(self.metas)
        self.sub_title = inert_line(self.story.title) + (f" · first {MAX_OUTLETS}" if more else "")
        self._columns()
        self.table.focus()
        self._status()
        self.compute()

    def on_resize(self) -> None:
        self.set_class(0 < self.size.height < SHORT_BELOW, "-short")
        if self.is_mounted:
            self._columns()
            self._draw()

    # -- computing ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="story")
    def compute(self) -> None:
        """Analyse every outlet, then compare each pair; post the matrix as it grows."""
        worker = get_current_worker()
        try:
            articles = [load_article(meta.path) for meta in self.metas]
        except ArticleError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        fetched = [fetched_time(article) for article in articles]
        if any(fetched):
            self.app.call_from_thread(self._fetched, fetched)
        try:
            analyses = [analyse(article) for article in articles]
            self.app.call_from_thread(self._analysed, analyses)
            judged = judged_comparisons(articles, analyses, self.library, self._engine)
            self.app.call_from_thread(self._judgements_read, judged.problem)
            pairs: dict[PairKey, list[tuple[int, int, str]]] = {}
            verdicts: dict[tuple[Node, Node], str] = {}
            for (i, j), comparison in judged:
                if worker.is_cancelled:
                    return
                pairs[i, j] = pairs_of(comparison)
                verdicts.update(verdicts_of((i, j), comparison))
                if i == j - 1:  # outlet j now compared with every earlier one
                    matrix = matrix_of(analyses[: j + 1], pairs, verdicts)
                    self.app.call_from_thread(self._grown, matrix, j + 1)
            if len(analyses) == 1:
                self.app.call_from_thread(self._grown, matrix_of(analyses, {}), 1)
        except Exception as error:  # keep the app alive if the engine fails
            if not worker.is_cancelled:
                message = f"Comparing the outlets failed: {type(error).__name__}"
                self.app.call_from_thread(self._failed, message)

    def _failed(self, message: str) -> None:
        if not self.is_attached:
            return
        self.notify(inert_line(message), severity="error", markup=False)
        self.query_one("#story-status", Static).update(Text(inert_line(message)))

    def _judgements_read(self, problem: str) -> None:
        """Say (once per new problem) why the reader's judgements are left out."""
        if problem and problem != self.problem and self.is_attached:
            message = inert_line(f"{problem} (showing the engine's pairs)")
            self.notify(message, severity="error", markup=False, timeout=10)
        self.problem = problem
        self._status()

    def on_screen_resume(self) -> None:
        """Back from a split view: judge the facts anew (the reader may have judged)."""
        if self._rejudge:
            self._rejudge = False
            self.compute()

    def _fetched(self, fetched: list[datetime | None]) -> None:
        """Redraw the timeline with fetch times standing in for missing dates (``~``)."""
        order = timeline([m.published for m in self.metas], fetched)
        self.query_one("#story-timeline", Static).update(timeline_strip(self.metas, order))
        self.query_one("#story-outlets", Static).update(outlet_lines(self.metas, order))

    def _analysed(self, analyses: list[Analysis]) -> None:
        self.analyses = analyses

    def _grown(self, matrix: StoryMatrix, complete: int) -> None:
        if not self.is_attached:
            return
        self.matrix, self.complete = matrix, complete
        done = complete == len(self.metas)
        if done or monotonic() - self._last_draw >= REFRESH_EVERY:
            self._draw()
        self._status()

    # -- drawing ------------------------------------------------------------------

    def _columns(self) -> None:
        table = self.table
        table.clear(columns=True)
        n = len(self.metas)
        wide = n <= 6 and self.size.width >= 70 + n * WIDE_CELL
        cell = WIDE_CELL if wide else CELL_WIDTH + (n >= 10)
        self._fact_width = max(24, min(100, self.size.width - 6 - n * (cell + 2)))
        table.add_column(Text("Fact", style="bold"), width=self._fact_width, key="fact")
        for outlet, meta in enumerate(self.metas):
            label = column_label(outlet + 1, meta.source, wide, self.marked == outlet)
            table.add_column(label, width=cell, key=f"o{outlet}")

    def visible_facts(self) -> list[Fact]:
        """The facts the sort and filter keep, in display order."""
        matrix = self.matrix
        if matrix is None:
            return []
        if self.sort_mode == "document":
            facts = list(matrix.facts)
        else:
            facts = matrix.sorted_by_coverage(most_first=self.sort_mode == "most")
        if self.filter_mode == "conflicts":
            facts = [f for f in facts if f.conflict]
        elif self.filter_mode == "blindspots":
            facts = [f for f in facts if f.outlets == 1 and len(self.metas) > 1]
        return facts

    def _draw(self) -> None:
        self._last_draw = monotonic()
        table = self.table
        row, column = table.cursor_coordinate
        keep = self.shown[row].anchor if 0 <= row < len(self.shown) else None
        self.shown = self.visible_facts()
        table.clear()
        matrix = self.matrix
        if matrix is None:
            return
        for fact in self.shown:
            cells = [cell_text(fact, o, matrix.conflicted) for o in range(len(self.metas))]
            table.add_row(fact_text(fact, self._fact_width), *cells, key=str(fact.anchor))
        anchors = [fact.anchor for fact in self.shown]
        target = anchors.index(keep) if keep in anchors else 0
        if self.shown:
            table.move_cursor(row=target, column=column, animate=False)

    def _status(self) -> None:
        total = len(self.metas)
        facts = len(self.matrix.facts) if self.matrix else 0
        text = Text()
        if self.problem:
            text.append("judgements unreadable: engine pairs · ", style="bold")
        if self.complete < total:
            text.append(f"Comparing… {self.complete}/{total} outlets  ", style="italic")
        text.append(f"{len(self.shown)} of {facts} facts · ")
        text.append(f"{SORT_WORDS[self.sort_mode]} · {FILTER_WORDS[self.filter_mode]}  ")
        judged = self.matrix is not None and any(f.verdict for f in self.matrix.facts)
        text.append_text(legend(self.complete < total, judged))
        self.query_one("#story-status", Static).update(text)

    # -- actions ------------------------------------------------------------------

    def _refresh_rows(self, message: str) -> None:
        self._draw()
        self._status()
        if not self.shown and self.matrix is not None:
            self.notify(f"No facts: {message}", severity="warning", timeout=3)

    def action_sort(self) -> None:
        self.sort_mode = SORTS[(SORTS.index(self.sort_mode) + 1) % len(SORTS)]
        self._refresh_rows(SORT_WORDS[self.sort_mode])

    def action_filter(self) -> None:
        self.filter_mode = FILTERS[(FILTERS.index(self.filter_mode) + 1) % len(FILTERS)]
        self._refresh_rows(FILTER_WORDS[self.filter_mode])

    def action_conflicts(self) -> None:
        self.filter_mode = "all" if self.filter_mode == "conflicts" else "conflicts"
        self._refresh_rows("no outlets disagree here")

    def action_blindspots(self) -> None:
        self.filter_mode = "all" if self.filter_mode == "blindspots" else "blindspots"
        self._refresh_rows("every fact is reported by several outlets")

    def _cursor_outlet(self) -> int | None:
        column = self.table.cursor_coordinate.column
        return column - 1 if column >= 1 else None

    def action_mark_column(self) -> None:
        outlet = self._cursor_outlet()
        if outlet is None:
            self.notify("Move to an outlet's column first (→ / l)", severity="warning")
            return
        self.marked = None if self.marked == outlet else outlet
        row, column = self.table.cursor_coordinate
        self._columns()
        self._draw()
        self.table.move_cursor(row=row, column=column, animate=False)
        if self.marked is not None:
            source = inert_line(self.metas[outlet].source)
            self.notify(f"Marked {source}: enter compares it with the cursor's outlet", timeout=3)

    @on(DataTable.CellSelected)
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_open_pair()

    def action_open_pair(self) -> None:
        row = self.table.cursor_coordinate.row
        if not 0 <= row < len(self.shown) or len(self.metas) < 2:
            self.notify("Nothing to compare here", severity="warning", timeout=2)
            return
        fact = self.shown[row]
        pair = choose_pair(fact, self._cursor_outlet(), self.marked, len(self.metas))
        if pair is None or max(pair) >= self.complete or not self.analyses:
            self.notify("Still comparing these outlets…", severity="warning", timeout=2)
            return
        self._open_split(fact, *pair)

    def _open_split(self, fact: Fact, left: int, right: int) -> None:
        from tui.app.split.screen import SplitScreen

        try:
            article = load_article(Path(self.metas[left].path))
        except ArticleError as error:
            self.notify(inert_line(str(error)), severity="error", markup=False)
            return
        claim = fact.cells[left][0] if left < len(fact.cells) and fact.cells[left] else None
        split = SplitScreen(
            article, self.metas[right], self.analyses[left], claim=claim, library=self.library
        )
        self._rejudge = True
        self.app.push_screen(split)

    def action_back(self) -> None:
        self.dismiss()


def choose_pair(
    fact: Fact, cursor: int | None, marked: int | None, n: int
) -> tuple[int, int] | None:
    """The two outlets to compare on ``fact``: the cursor's and the marked one, else the
    cursor's (or the first stating it) and another outlet stating it, else any other. The
    left one states the fact whenever either does."""

    def states(outlet: int) -> bool:
        return outlet < len(fact.cells) and bool(fact.cells[outlet])

    stating = [o for o in range(n) if states(o)]
    if cursor is not None and marked is not None and cursor != marked:
        left, right = cursor, marked
    else:
        left = cursor if cursor is not None and cursor in stating else stating[0]
        others = [o for o in stating if o != left]
        fallback = [o for o in range(n) if o != left]
        if cursor is not None and cursor != left:
            right = cursor
        elif others:
            right = others[0]
        elif fallback:
            right = fallback[0]
        else:
            return None
    if not states(left) and states(right):
        left, right = right, left
    return left, right
