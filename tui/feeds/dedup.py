"""Deduplication keys that survive real feeds.

An item is known when any of its keys is: its guid (scoped to the feed's site), its
canonical link (tracking parameters and fragments stripped, scheme and ``www.``
ignored), and its normalised title with its date (scoped to the site). Missing guids,
guids that change between fetches and the same article in two feeds all meet on one of
them. Articles already in the library contribute their ``url`` (and title/date) keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tui.models import ArticleMeta

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|"
    r"_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|smid|smtyp|at_medium|at_campaign|"
    r"share|taid|xtor|ito|s_cid|__twitter_impression)$",
    re.IGNORECASE,
)


def canonical_url(url: str) -> str:
    """``url`` with a lower-case host, no default port, no fragment, no tracking params."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    ]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def url_key(url: str) -> str:
    """The dedup key of a link: canonical, without scheme and ``www.``."""
    canonical = canonical_url(url)
    rest = canonical.split("://", 1)[-1]
    return "url:" + rest.removeprefix("www.")


def site_of(url: str | None) -> str:
    """The host of ``url`` without ``www.`` (empty when none)."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        host = ""
    return host.lower().removeprefix("www.")


def _normal_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def item_keys(
    *,
    feed_url: str,
    guid: str | None,
    link: str | None,
    title: str,
    published: date | datetime | None,
) -> list[str]:
    """Every dedup key of one item (at least one when it has a guid, link or dated title)."""
    site = site_of(link) or site_of(feed_url)
    keys = []
    if guid:
        keys.append(f"guid:{site_of(feed_url)}|{guid.strip()}")
        if guid.startswith(("http://", "https://")):
            keys.append(url_key(guid))
    if link:
        keys.append(url_key(link))
    normal = _normal_title(title)
    if normal and published is not None:
        keys.append(f"title:{site}|{normal}|{published.strftime('%Y-%m-%d')}")
    return keys


def library_keys(articles: Iterable[ArticleMeta]) -> set[str]:
    """Keys of the articles already in a library (their url, and title with date)."""
    keys: set[str] = set()
    for meta in articles:
        if meta.url:
            keys.update(
                item_keys(
                    feed_url=meta.url,
                    guid=None,
                    link=meta.url,
                    title=meta.title,
                    published=meta.published,
                )
            )
    return keys
