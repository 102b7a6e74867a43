"""A sentence of an article with its attribution, ready to paste as a quotation."""

from __future__ import annotations

from dataclasses import dataclass

from tui.models import Article
from tui.nlp.claims import segment


@dataclass(frozen=True, slots=True)
class Quote:
    """One sentence and where it comes from."""

    sentence: str
    attribution: str  # "Outlet, 2025-01-02, https://…" (missing parts left out)
    start: int  # the sentence's span in the body
    end: int

    @property
    def text(self) -> str:
        """The quotation as pasted: the sentence in quotation marks, then its source."""
        return f"“{self.sentence}”\n— {self.attribution}"


def attribution(article: Article) -> str:
    """Outlet, publication date and URL, whichever are known, joined by commas."""
    parts = [article.source]
    if article.published is not None:
        parts.append(article.published.strftime("%Y-%m-%d"))
    if article.url:
        parts.append(article.url)
    return ", ".join(" ".join(part.split()) for part in parts)


def quote_at(article: Article, offset: int) -> Quote | None:
    """The sentence of ``article`` holding body ``offset`` (else the next one after it,
    else the last one), or None for an article without text."""
    claims = segment(article.body)
    if not claims:
        return None
    chosen = next((c for c in claims if c.end > offset), claims[-1])
    sentence = " ".join(chosen.text.split())
    return Quote(sentence, attribution(article), chosen.start, chosen.end)
