"""Import one article page (a URL or a saved HTML file) into the library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.feeds.dedup import canonical_url
from tui.feeds.extract import PageArticle, domain_name, extract_page
from tui.feeds.http import Fetcher, FetchError
from tui.feeds.textclean import clean_line
from tui.feeds.writer import NewArticle, write_article

MAX_HTML_BYTES = 10 * 1024 * 1024


class PageError(Exception):
    """A page that cannot be imported; ``str()`` is one line naming it."""


@dataclass(frozen=True, slots=True)
class Imported:
    """The outcome of importing a page: the file, and whether it was already there."""

    path: Path
    existing: bool = False


def read_page(target: str, fetcher: Fetcher | None) -> tuple[bytes, str | None]:
    """The HTML of ``target`` (an http(s) URL or a file) and its URL when known."""
    if target.startswith(("http://", "https://")):
        if fetcher is None:
            raise PageError(f"{target}: fetching is not available")
        try:
            response = fetcher.get(target, {"Accept": "text/html,*/*;q=0.8"})
        except FetchError as error:
            raise PageError(f"{target}: {error}") from None
        return response.body, response.final_url
    path = Path(target).expanduser()
    try:
        if path.stat().st_size > MAX_HTML_BYTES:
            raise PageError(f"{target}: file is larger than {MAX_HTML_BYTES // 1_048_576} MB")
        return path.read_bytes(), None
    except OSError as error:
        raise PageError(f"{target}: cannot read ({error.strerror or error})") from None


def page_article(
    page: PageArticle, url: str | None, source: str | None, story: str | None, target: str
) -> NewArticle:
    """The article to write for an extracted page."""
    outlet = clean_line(source or "") or page.sitename or domain_name(url or page.url)
    if not outlet:
        raise PageError(f"{target}: no outlet name in the page; give --source NAME")
    return NewArticle(
        title=page.title or "Untitled",
        source=outlet,
        body=page.body,
        url=url or page.url,
        published=page.published,
        author=page.author,
        story=story,
        extraction="full-text",
    )


def import_page(
    library: Path,
    target: str,
    *,
    source: str | None = None,
    story: str | None = None,
    fetcher: Fetcher | None = None,
) -> Imported:
    """Extract the article at ``target`` and write it; an article already in the library
    (same canonical URL) is not written again."""
    html, url = read_page(target, fetcher)
    page = extract_page(html, url)
    if page is None:
        raise PageError(f"{target}: no article text found")
    article = page_article(page, url, source, story, target)
    if article.url:
        existing = _existing(library, article.url)
        if existing is not None:
            return Imported(existing, existing=True)
    return Imported(write_article(library, article))


def _existing(library: Path, url: str) -> Path | None:
    from tui.library.loader import scan_library

    wanted = canonical_url(url).split("://", 1)[-1]
    for meta in scan_library(library).articles:
        if meta.url and canonical_url(meta.url).split("://", 1)[-1] == wanted:
            return meta.path
    return None
