"""The main pane: an article's header, the entity legend and its highlighted body."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Static

from tui.analysis.article_analysis import text_blocks
from tui.app.label_styles import label_style, set_monochrome
from tui.app.no_color import without_colour
from tui.app.reader.article_body import ArticleBody, HeaderLine, Highlight
from tui.models import ENTITY_LABELS, Article, date_label
from tui.text.safety import inert_line

EMPTY_LIBRARY = """\
This library has no articles yet. Bring some in from a terminal.

Subscribe to a feed (or a site: its feed is found):
  parallax feeds add URL
Fetch the new articles of every feed:
  parallax fetch          (or press R here)
Add one article from its web page:
  parallax add URL

Each takes --library DIR (or PARALLAX_LIBRARY) like the app.

Or write one YAML file per article in the library folder, for example
my-story/outlet.yaml:

    title: "Headline as published"
    source: "Outlet name"
    published: 2025-01-02
    url: "https://example.com/story"
    body: |
      First paragraph of the article.

Then press r to reload; `parallax check --library DIR` validates the files.
"""

WELCOME = """\
Parallax lines up how different outlets report the same story.

  enter   read the highlighted article
  c       compare it with another outlet's report, claim by claim

↑/↓ or j/k move · / searches titles and text · ? lists every key"""

NO_SELECTION = WELCOME


def header_lines(article: Article) -> list[HeaderLine]:
    """The article's title (wrapped) and one-line metadata, URL and length, all inert.

    An unknown date is said once, quietly, on the metadata line ("undated"). The title is
    cut to :data:`TITLE_LINES` lines by the body, the other lines to one line each.
    """
    meta = Text()
    meta.append(inert_line(article.source), style="bold italic")
    date = date_label(article.published) if article.published else None
    for part, style in ((date or "undated", "" if date else "dim italic"), (article.author, "")):
        if part:
            meta.append("  ·  ")
            meta.append(inert_line(str(part)), style=style)
    meta.append(f"  ·  {article.word_count:,} words, {article.reading_minutes} min", style="dim")
    lines = [HeaderLine(Text(inert_line(article.title), style="bold"), wrap=True)]
    lines.append(HeaderLine(meta))
    if article.url:
        lines.append(HeaderLine(Text(inert_line(article.url), style="dim underline")))
    return lines


def legend_text(
    enabled: frozenset[str], counts: dict[str, int], tags: bool, width: int = 0
) -> Text:
    """One compact line: each label found, in its style, with its count; labels switched
    off are struck through; labels with no mention are left out. In ``width`` cells (0:
    no limit) a label is never cut from its count: the keys hint goes first, then the
    last labels, said as "+N more"."""
    pairs: list[Text] = []
    for label in ENTITY_LABELS:
        count = counts.get(label, 0)
        if count:
            style = label_style(label) if label in enabled else "dim strike"
            pairs.append(Text.assemble((f" {label} ", style), (f"{count} ", "dim")))
    hint = Text(" L labels · t tags" + (" on" if tags else ""), style="dim italic")
    legend = Text(no_wrap=True, overflow="ellipsis")
    if not pairs:
        return legend.join([Text("No entities found yet", style="dim italic"), hint])
    shown = sum(pair.cell_len for pair in pairs)
    if not width or shown + hint.cell_len <= width:
        return legend.join([*pairs, hint])
    kept = len(pairs)
    while kept and sum(p.cell_len for p in pairs[:kept]) + len(_more(pairs, kept)) > width:
        kept -= 1
    return legend.join([*pairs[:kept], Text(_more(pairs, kept), style="dim italic")])


def _more(pairs: list[Text], kept: int) -> str:
    return f" +{len(pairs) - kept} more" if kept < len(pairs) else ""


class ArticleView(Vertical):
    """Shows one article; ``show_article`` then ``set_highlights`` when entities arrive."""

    DEFAULT_CSS = """
    ArticleView { width: 1fr; padding: 0 1; }
    ArticleView > #legend { height: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    ArticleView > #placeholder { color: $text-muted; padding: 1 2; }
    ArticleView.-empty > #legend,
    ArticleView.-empty > ArticleBody { display: none; }
    ArticleView.-loaded > #placeholder { display: none; }
    """

    enabled_labels: reactive[frozenset[str]] = reactive(frozenset(ENTITY_LABELS))

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="-empty")
        self.article: Article | None = None
        self.highlights: Sequence[Highlight] = ()
        self._counts: Counter[str] = Counter()

    def compose(self) -> ComposeResult:
        yield Static(NO_SELECTION, id="placeholder")
        yield Static(id="legend")
        yield ArticleBody(id="body")

    def on_mount(self) -> None:
        # Monochrome terminals: say the label in words, not only in colour, and tell the
        # labels apart by text attributes (the colour tints all turn to one grey).
        monochrome = without_colour(self.app)
        set_monochrome(monochrome)
        self.body.tags = monochrome

    @property
    def body(self) -> ArticleBody:
        """The scrolling body widget."""
        return self.query_one(ArticleBody)

    def show_placeholder(self, message: str) -> None:
        """Show a message instead of an article (empty library, nothing chosen)."""
        self.article = None
        self.query_one("#placeholder", Static).update(Text(message))
        self.set_class(True, "-empty")
        self.set_class(False, "-loaded")

    def show_article(self, article: Article) -> None:
        """Render ``article`` without highlights; entities follow via ``set_highlights``."""
        self.article = article
        self.highlights = ()
        self.set_class(False, "-empty")
        self.set_class(True, "-loaded")
        self.body.show(article.body, text_blocks(article.body), (), header_lines(article))
        self._update_legend()

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Apply entity highlights to the current article."""
        self.highlights = highlights
        self._counts = Counter(highlight.label for highlight in highlights)
        self.body.set_highlights(highlights)
        self._update_legend()

    def watch_enabled_labels(self, labels: frozenset[str]) -> None:
        if self.is_mounted:
            self.body.set_labels(labels)
            self._update_legend()

    def _update_legend(self) -> None:
        counts = self._counts if self.highlights else {}
        width = self.query_one("#legend").content_region.width
        legend = legend_text(self.enabled_labels, counts, self.body.tags, width)
        if not self.body.highlighting:
            legend = Text("Highlighting off (h to turn on)", style="dim italic")
        self.query_one("#legend", Static).update(legend)

    def on_resize(self) -> None:
        if self.article is not None:
            self._update_legend()

    def refresh_legend(self) -> None:
        """Redraw the legend after a display toggle."""
        self._update_legend()
