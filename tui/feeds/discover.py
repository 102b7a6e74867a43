"""Find a site's feed: the URL itself, its ``<link rel="alternate">``, then common paths."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from tui.feeds.http import FEED_ACCEPT, Fetcher, FetchError, Response
from tui.feeds.parse import FeedParseError, ParsedFeed, parse_feed

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+xml",
    "application/xml",
    "text/xml",
)
COMMON_PATHS = ("/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feed/")
MAX_CANDIDATES = 5


class DiscoveryError(Exception):
    """No feed found; ``str()`` is one line naming the URL."""


@dataclass(frozen=True, slots=True)
class Discovered:
    """A feed found for a URL."""

    url: str
    feed: ParsedFeed


def _as_feed(response: Response) -> ParsedFeed | None:
    try:
        feed = parse_feed(response.body, response.final_url, response.headers.get("content-type"))
    except FeedParseError:
        return None
    return feed if feed.items or feed.title else None


def alternate_links(html: bytes, base: str) -> list[str]:
    """Feed URLs declared by ``<link rel="alternate" type="…rss/atom…">`` in a page."""
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.LxmlError, ValueError):
        return []
    found: list[str] = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            url = urljoin(base, href)
            if url not in found:
                found.append(url)
    return found[:MAX_CANDIDATES]


def _try(fetcher: Fetcher, url: str) -> Discovered | None:
    try:
        response = fetcher.get(url, {"Accept": FEED_ACCEPT})
    except FetchError:
        return None
    feed = _as_feed(response)
    return None if feed is None else Discovered(response.final_url, feed)


def discover(url: str, fetcher: Fetcher) -> Discovered:
    """The feed at ``url``, or the one its page points to; raise :class:`DiscoveryError`."""
    try:
        response = fetcher.get(url, {"Accept": FEED_ACCEPT + ", text/html;q=0.8"})
    except FetchError as error:
        raise DiscoveryError(f"{url}: {error}") from None
    feed = _as_feed(response)
    if feed is not None:
        return Discovered(url if not response.redirects else response.final_url, feed)
    candidates = alternate_links(response.body, response.final_url)
    parts = urlsplit(response.final_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    candidates += [urljoin(origin, path) for path in COMMON_PATHS]
    for candidate in dict.fromkeys(candidates):
        found = _try(fetcher, candidate)
        if found is not None:
            return found
    raise DiscoveryError(
        f'{url}: no RSS or Atom feed found (no <link rel="alternate"> feed, '
        "nor at the common paths)"
    )
