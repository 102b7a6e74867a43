"""The split view: two outlets' coverage of one story side by side, claim against claim.

Both articles are shown in their own order as soon as they are segmented; the alignment
follows from a worker and replaces those rows, the cursor staying on the same left claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from threading import Event
from time import perf_counter
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import get_current_worker

from tui.analysis.comparison import Preview, SplitModel, compare, cursor_row, preview_model
from tui.app.dialogs.story_picker import StoryPickerScreen, siblings
from tui.app.split.entity_overlap import EntityOverlapScreen
from tui.app.split.layout import STACK_BELOW
from tui.app.split.navigation import ALIGNING, PREFIX_TIMEOUT, SplitNavigation
from tui.app.split.pair_detail import PairDetailScreen, detail_renderable
from tui.app.split.rows import SplitRows
from tui.app.split.text import (
    header_text,
    nothing_to_compare,
    preview_summary,
    summary_text,
)
from tui.library.loader import ArticleError, load_article, scan_library
from tui.models import Article, ArticleMeta
from tui.text.safety import inert_line

if TYPE_CHECKING:
    from tui.analysis.comparison import DisplayRow

__all__ = [
    "PREFIX_TIMEOUT",
    "STACK_BELOW",
    "SplitScreen",
    "header_text",
    "open_split",
    "summary_text",
]

COMPACT_BELOW = 100
"""Below this width the summary bar uses its one-line short form."""
STILL_ALIGNING = "Still aligning… this key needs the alignment"
NOTHING_SHOWN = "There is no comparison here: esc goes back to the reader"
PAINT_WAIT = 0.5
"""Most seconds the alignment waits for the preview rows to be painted (it hogs the GIL)."""


def open_split(
    app: App[None],
    article: Article,
    articles: Iterable[ArticleMeta] | None,
    mentions: Sequence[Any] | None = None,
) -> None:
    """Open the split view for ``article``: directly, via a picker, or to explain why not.

    ``mentions``: ``article``'s entity mentions when already recognised (not recognised again).
    """
    if articles is None:
        library = getattr(app, "library", None)
        articles = scan_library(Path(library) if library else article.path.parent).articles
    others = siblings(article, articles)
    if len(others) <= 1:
        app.push_screen(SplitScreen(article, others[0] if others else None, mentions))
        return

    def chosen(meta: ArticleMeta | None) -> None:
        if meta is not None:
            app.push_screen(SplitScreen(article, meta, mentions))

    app.push_screen(StoryPickerScreen(article, others), chosen)


class SplitScreen(SplitNavigation, Screen[None]):
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
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("n", "next_pair", "Next pair"),
        Binding("p", "previous_pair", "Prev pair", show=False),
        Binding("right_square_bracket", "prefix(']')", "] c: next pair", show=False),
        Binding("left_square_bracket", "prefix('[')", "[ c: previous pair", show=False),
        Binding("c", "prefixed_c", show=False),
        Binding("u", "next_unique", "One-sided"),
        Binding("U", "previous_unique", "Previous one-sided claim", show=False),
        Binding("x", "next_conflict", "Conflict"),
        Binding("tab", "switch_side", "Side", show=False),
        Binding("f", "fold", "Fold"),
        Binding("s", "swap", "Swap", show=False),
        Binding("enter", "detail", "Detail"),
        Binding("E", "entities", "Entities", show=False),
        Binding("e", "export", "Export"),
    ]
    HELP_SECTIONS: ClassVar[list[tuple[str, list[BindingType]]]] = [
        ("Split view", BINDINGS),
        ("Split view rows", SplitRows.BINDINGS),
    ]

    def __init__(
        self, article: Article, other: ArticleMeta | None, mentions: Sequence[Any] | None = None
    ) -> None:
        super().__init__()
        self.article = article
        self.other_meta = other
        self.other: Article | None = None
        self.model: SplitModel | None = None
        self.preview: Preview | None = None
        self.timings: dict[str, float] = {}
        self.exported: Path | None = None
        self._mentions = mentions
        self._aligning = other is not None
        self._prefix: str | None = None
        self._opened = perf_counter()

    # -- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="split-summary")
        with HorizontalGroup(id="split-heads"):
            yield Static(header_text(self.article), classes="head", id="head-a")
            yield Static("", classes="gutter")
            right = self.other_meta
            yield Static(header_text(right) if right else "", classes="head", id="head-b")
        yield Static("Aligning…", id="split-status")
        yield SplitRows(id="split-rows")
        yield Footer(compact=True)

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
        self.sub_title = f"Compare · {inert_line(self.article.story)}"
        self._stack(self.size.width)
        if self.other_meta is None:
            self.add_class("-empty")
            self._status(nothing_to_compare(self.article), message=True)
            return
        self.rows.focus()
        self.compute(self.article, self.other_meta, self._mentions)

    def on_resize(self) -> None:
        self._stack(self.size.width)
        self._update_summary()

    def _stack(self, width: int) -> None:
        self.set_class(0 < width < STACK_BELOW, "-stacked")

    def _update_summary(self) -> None:
        compact = self.size.width < COMPACT_BELOW
        if self.model is not None:
            text = summary_text(self.model.summary, self.names, compact=compact)
        elif self.preview is not None:
            text = preview_summary(self.preview, self.names, compact=compact)
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
    def compute(self, article: Article, meta: ArticleMeta, mentions: Sequence[Any] | None) -> None:
        """Load and segment the other article (preview rows), find entities, align."""
        worker = get_current_worker()
        started = perf_counter()
        try:
            other = load_article(Path(meta.path))
        except ArticleError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        try:
            from tui.nlp.claims import segment

            preview = preview_model(segment(article.body), segment(other.body))
            if worker.is_cancelled:
                return
            painted = Event()
            self.app.call_from_thread(self._show_preview, other, preview, painted)
            painted.wait(PAINT_WAIT)
            model = compare(article, other, mentions)
        except Exception as error:  # keep the app alive if the engine fails
            if not worker.is_cancelled:
                message = f"Alignment failed: {type(error).__name__}"
                self.app.call_from_thread(self._failed, message)
            return
        if not worker.is_cancelled:
            self.timings["align"] = perf_counter() - started
            self.app.call_from_thread(self._show, other, model)

    def _failed(self, message: str) -> None:
        if not self.is_attached:
            return
        self._aligning = False
        self.add_class("-empty")
        self._status(message, message=True)
        self.notify(inert_line(message), severity="error", markup=False)

    def _show_preview(self, other: Article, preview: Preview, painted: Event) -> None:
        """Both articles' claims in their own order, until the alignment is done."""
        if not self.is_attached or self.model is not None:
            painted.set()
            return
        self.call_after_refresh(self._preview_painted, painted)
        self.other, self.preview = other, preview
        self.query_one("#head-b", Static).update(header_text(other))
        self._update_summary()
        self.rows.show(preview, cursor=0)
        self._status(ALIGNING)
        self.timings["first_rows"] = perf_counter() - self._opened

    def _preview_painted(self, painted: Event) -> None:
        self.timings["first_paint"] = perf_counter() - self._opened
        painted.set()

    def _show(self, other: Article, model: SplitModel) -> None:
        if not self.is_attached:
            return
        self.other = other
        self.query_one("#head-b", Static).update(header_text(other))
        cursor = cursor_row(model, self.rows.current_row)
        self._aligning = False
        self._status("")
        self._apply(model, cursor=cursor)
        self.timings.setdefault("first_rows", perf_counter() - self._opened)
        self.timings["whole"] = perf_counter() - self._opened

    def _apply(self, model: SplitModel, cursor: int) -> None:
        self.model = model
        self._update_summary()
        if not model.rows:
            self._status("Neither article has any claims to compare.", message=True)
        self.rows.show(model, cursor=cursor)

    def _ready(self) -> bool:
        """The alignment is shown; otherwise say why this key waits, and clear any prefix."""
        self._prefix = None
        if self.model is None:
            message = STILL_ALIGNING if self._aligning else NOTHING_SHOWN
            self.notify(message, severity="warning", timeout=2)
            return False
        return True

    # -- other actions ------------------------------------------------------------

    def action_fold(self) -> None:
        if not self._ready() or self.model is None:
            return
        rows = self.rows
        hidden = sum(1 for r in self.model.rows if r.relation == "same")
        if not hidden and not rows.folded:
            self.notify("Nothing to fold: no pair agrees exactly (=)", timeout=3)
            return
        rows.folded = not rows.folded
        if rows.folded:
            self.notify(f"Folded {hidden} agreeing row{'s' * (hidden != 1)} (f to unfold)")
        else:
            self.notify("Showing every row")

    def action_swap(self) -> None:
        if not self._ready() or self.model is None or self.other is None:
            return
        rows = self.rows
        model = self.model.swapped().precompute()
        cursor = cursor_row(model, rows.current_row, swapped=True)
        self.article, self.other = self.other, self.article
        self.query_one("#head-a", Static).update(header_text(self.article))
        self.query_one("#head-b", Static).update(header_text(self.other))
        rows.set_reactive(SplitRows.side, "b" if rows.side == "a" else "a")
        self._apply(model, cursor=cursor)

    def _current(self) -> DisplayRow | None:
        if not self._ready():
            return None
        return self.rows.current_row

    def action_detail(self) -> None:
        row = self._current()
        if row is None or self.model is None:
            return
        body = detail_renderable(self.model, row, self.names, marked_key=self.rows.marked_key)
        self.app.push_screen(PairDetailScreen(body))

    def action_entities(self) -> None:
        if self._current() is None or self.model is None:
            return
        self.app.push_screen(EntityOverlapScreen(self.model.overlap, self.names), self._mark)

    def _mark(self, key: str | None) -> None:
        if key is None or self.model is None:
            return
        rows = self.rows
        rows.marked_key = key or None
        if not key:
            self.notify("Entity marking cleared", timeout=2)
            return
        found = self.model.rows_with_key(key)
        shown = [n for n in found if rows.is_shown(n)]
        later = [n for n in shown if n > rows.cursor] or shown
        if later:
            rows.move_to(later[0])
        self.notify(f"Marked on both sides: {len(found)} rows mention it", timeout=3)

    def action_export(self) -> None:
        if not self._ready() or self.model is None or self.other is None:
            return
        from tui.analysis.export import export_report
        from tui.analysis.report import compare_markdown

        text = compare_markdown(self.article, self.other, self.model.alignment)
        library = getattr(self.app, "library", None)
        try:
            path = export_report(
                text,
                self.article.story,
                self.article.source,
                self.other.source,
                library=Path(library) if library else None,
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
