"""Turn one feed item into an article to write, fetching its page for the full text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tui.feeds.extract import extract_page
from tui.feeds.http import Fetcher, FetchError
from tui.feeds.parse import FeedItem
from tui.feeds.writer import NewArticle

FULL_TEXT_WORDS = 150
"""Feed text shorter than this (or a summary without content) sends for the page."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """An article ready to write, with the keys that identify it."""

    article: NewArticle
    keys: tuple[str, ...]
    note: str | None = None


def _words(text: str) -> int:
    return len(text.split())


def needs_page(item: FeedItem, min_words: int = FULL_TEXT_WORDS) -> bool:
    """True when the item carries only a summary or too little text."""
    return bool(item.link) and (not item.content or _words(item.content) < min_words)


def build_candidate(
    item: FeedItem,
    keys: list[str],
    *,
    source: str,
    feed_url: str,
    fetcher: Fetcher | None,
    min_words: int = FULL_TEXT_WORDS,
    skip_reason: str | None = None,
) -> Candidate | None:
    """The article for ``item``; with a ``fetcher``, full text from its page when needed.

    When the page cannot be fetched or yields no article (or ``skip_reason`` says why it
    is not fetched), the feed's own text is kept, marked ``extraction: summary-only``, and
    a note says why. None when there is no text.
    """
    text = item.content if _words(item.content) >= _words(item.summary) else item.summary
    author, extraction, note = item.author, None, None
    published: date | datetime | None = item.published
    if skip_reason and item.link and needs_page(item, min_words):
        extraction, note = "summary-only", f"summary only ({skip_reason}): {item.title}"
    elif fetcher is not None and item.link and needs_page(item, min_words):
        reason = None
        try:
            response = fetcher.get(item.link, {"Accept": "text/html,*/*;q=0.8"})
            page = extract_page(response.body, response.final_url)
            if page is None:
                reason = "no article text found on the page"
            elif page.words > _words(text):
                text, extraction = page.body, "full-text"
                author = author or page.author
                published = published or page.published
        except FetchError as error:
            reason = f"page: {error}"
        if reason is not None:
            extraction = "summary-only"
            note = f"summary only ({reason}): {item.title or item.link}"
    if not text.strip():
        return None
    article = NewArticle(
        title=item.title or (item.link or "Untitled"),
        source=source,
        body=text,
        url=item.link,
        published=published,
        author=author,
        extraction=extraction,
        feed=feed_url,
    )
    return Candidate(article, tuple(keys), note)
