"""The main pane: an article's header, the entity legend and its highlighted body."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence

from rich.console import Group as RichGroup
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Static

from tui.app.clamp import Clamped
from tui.app.label_styles import label_style
from tui.app.reader.article_body import ArticleBody, Highlight
from tui.models import ENTITY_LABELS, Article, date_label
from tui.text.blocks import split_blocks
from tui.text.safety import inert_line

EMPTY_LIBRARY = """\
This library has no articles yet.

Add one YAML file per article to the library folder, for example
articles/my-story/outlet.yaml:

    title: "Headline as published"
    source: "Outlet name"
    published: 2025-01-02
    url: "https://example.com/story"
    body: |
      First paragraph of the article.

      - a bullet line

Then press r to reload, or start with: parallax --library DIR
Run `parallax check --library DIR` to validate the files.
"""

NO_SELECTION = "Pick an article in the sidebar (↑/↓ or j/k, then enter)."


TITLE_LINES = 3
"""A longer title is cut with an ellipsis, so the article text stays on screen."""


def header_text(article: Article) -> RichGroup:
    """The article's title and metadata lines, all as inert text, each clamped."""
    title = Text(inert_line(article.title), style="bold")
    meta = Text()
    meta.append(inert_line(article.source), style="bold italic")
    for part in (article.published and date_label(article.published), article.author):
        if part:
            meta.append("  ·  ")
            meta.append(inert_line(str(part)))
    stats = Text(
        f"{article.word_count:,} words  ·  {article.reading_minutes} min read", style="dim"
    )
    lines: list[Clamped | Text] = [Clamped(title, TITLE_LINES), Clamped(meta, 3)]
    if article.url:
        lines.append(Clamped(Text(inert_line(article.url), style="dim underline"), 4))
    lines.append(stats)
    return RichGroup(*lines)


def legend_text(enabled: frozenset[str], counts: dict[str, int], tags: bool) -> Text:
    """One line naming every label in its colour; disabled labels struck through."""
    legend = Text()
    for label in ENTITY_LABELS:
        count = counts.get(label, 0)
        on = label in enabled
        style = label_style(label) if on else "dim strike"
        legend.append(f" {label} ", style=style)
        legend.append(f"{count} " if count else "- ", style="dim")
    if tags:
        legend.append(" [tags on]", style="italic")
    return legend


class ArticleView(Vertical):
    """Shows one article; ``show_article`` then ``set_highlights`` when entities arrive."""

    DEFAULT_CSS = """
    ArticleView { width: 1fr; padding: 0 1; }
    ArticleView > #article-header { margin: 0 0 1 0; }
    ArticleView > #legend { height: auto; margin: 0 0 1 0; }
    ArticleView > #placeholder { color: $text-muted; padding: 1 2; }
    ArticleView.-empty > #article-header, ArticleView.-empty > #legend,
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
        yield Static(id="article-header")
        yield Static(id="legend")
        yield ArticleBody(id="body")

    def on_mount(self) -> None:
        # Monochrome terminals: say the label in words, not only in colour.
        self.body.tags = bool(os.environ.get("NO_COLOR"))

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
        self.query_one("#article-header", Static).update(header_text(article))
        self.body.show(article.body, split_blocks(article.body), ())
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
        legend = legend_text(self.enabled_labels, counts, self.body.tags)
        if not self.body.highlighting:
            legend = Text("Highlighting off (h to turn on)", style="dim italic")
        self.query_one("#legend", Static).update(legend)

    def refresh_legend(self) -> None:
        """Redraw the legend after a display toggle."""
        self._update_legend()
