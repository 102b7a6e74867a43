"""Extract an article (body, title, author, date, outlet) from a web page with trafilatura.

Navigation, related links, cookie banners and footers are left out by trafilatura's
main-content detection (precision-favouring settings). The body comes back as plain,
safe text: paragraphs and "- " list items.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from tui.feeds.html_text import join_blocks
from tui.feeds.textclean import clean_line, clean_text

MIN_WORDS = 25
"""Fewer words than this is not an article (a paywall stub, an error page)."""


@dataclass(frozen=True, slots=True)
class PageArticle:
    """What one page yields."""

    title: str
    body: str
    author: str | None = None
    published: date | None = None
    sitename: str | None = None
    url: str | None = None

    @property
    def words(self) -> int:
        """Number of words in the body."""
        return len(self.body.split())


def _quiet() -> None:
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _body(text: str, title: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return clean_text(join_blocks(lines))


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def domain_name(url: str | None) -> str | None:
    """``www.example.co.uk`` → ``example.co.uk`` (None without a host)."""
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.removeprefix("www.")
    return host or None


def extract_page(html: bytes | str, url: str | None = None) -> PageArticle | None:
    """The article in ``html``, or None when no article text is found."""
    import trafilatura

    _quiet()
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception:  # trafilatura and lxml raise many types on hostile input
        return None
    text = getattr(doc, "text", None)
    if not isinstance(text, str) or not text:
        return None
    title = clean_line(getattr(doc, "title", None) or "")
    body = _body(text, title)
    if len(body.split()) < MIN_WORDS:
        return None
    return PageArticle(
        title=title,
        body=body,
        author=clean_line(getattr(doc, "author", None) or "") or None,
        published=_date(getattr(doc, "date", None)),
        sitename=clean_line(getattr(doc, "sitename", None) or "") or None,
        url=getattr(doc, "url", None) or url,
    )
