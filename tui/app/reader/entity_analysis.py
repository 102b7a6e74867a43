"""The open article's analysis, done in a worker: a long article's opening part is
highlighted first, then the whole analysis (shared by every view) replaces it. A mixin of
ReaderScreen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from tui.analysis import Analysis, analyse
from tui.analysis.article_analysis import opening_mentions
from tui.analysis.entity_summary import EntityEntry, summarise
from tui.app.reader.article_body import Highlight
from tui.app.reader.article_view import ArticleView
from tui.app.reader.entity_panel import EntityPanel
from tui.models import Article
from tui.nlp.entities import Mention

if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[None]
else:
    _Base = object


class EntityAnalysis(_Base):
    """Analyse the open article off the UI thread and show its entities. Expects
    ``article``, ``analysis`` and ``_early_mentions``."""

    article: Article | None
    analysis: Analysis | None
    _early_mentions: Sequence[Mention]

    @property
    def mentions(self) -> Sequence[Mention]:
        """Entity mentions of the open article: its analysis's, else those of a long
        article's opening part while the whole is analysed (none before that)."""
        return self.analysis.mentions if self.analysis is not None else self._early_mentions

    @work(thread=True, exclusive=True, group="entities")
    def analyse_article(self, article: Article) -> None:
        """Analyse the article off the UI thread and apply its entities when done.

        A long article first gets the highlights of its opening part (recognised alone, in
        a fraction of the time); then the whole analysis, shared by every view, replaces
        them. Highlights and the entity summary are built here, not on the UI thread.
        """
        worker = get_current_worker()
        try:
            early = opening_mentions(article)
            if early is not None and not worker.is_cancelled:
                self.app.call_from_thread(self._apply_entities, article, None, *_prepared(early))
            analysis = analyse(article)
            prepared = _prepared(analysis.mentions)
        except Exception as error:  # keep reading even if the analysis fails
            message = f"Entity recognition failed: {type(error).__name__}"
            self.app.call_from_thread(self.notify, message, severity="error")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._apply_entities, article, analysis, *prepared)

    def _apply_entities(
        self,
        article: Article,
        analysis: Analysis | None,
        mentions: Sequence[Mention],
        highlights: list[Highlight],
        summary: dict[str, list[EntityEntry]],
    ) -> None:
        """Show ``article``'s highlights and entity summary; ``analysis`` None: those of its
        opening part only, until the analysis is done."""
        if article is not self.article:
            return
        self.analysis, self._early_mentions = analysis, mentions
        self.query_one(ArticleView).set_highlights(highlights)
        self.query_one(EntityPanel).show_entities(summary)


def _prepared(
    mentions: Sequence[Mention],
) -> tuple[Sequence[Mention], list[Highlight], dict[str, list[EntityEntry]]]:
    """What the UI needs from ``mentions``, built off the UI thread."""
    highlights = [Highlight(m.start, m.end, m.label, m.key) for m in mentions]
    return mentions, highlights, summarise(mentions)
