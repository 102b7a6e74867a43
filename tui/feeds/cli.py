"""Command-line glue for feeds and pages: ``feeds …``, ``fetch``, ``add``, ``list``.

:func:`register` adds the subcommands to ``parallax``'s parser; :func:`run` executes one
and returns the exit code. Every failure is one line on stderr naming the feed, URL or
file, never a traceback. Heavy modules are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

COMMANDS = frozenset({"feeds", "fetch", "add", "list"})
LibraryArg = Callable[[argparse.ArgumentParser], None]


def _with_library(parser: argparse.ArgumentParser, library_arg: LibraryArg) -> None:
    """Add ``--library`` without letting its absence hide ``parallax --library DIR``."""
    library_arg(parser)
    for action in parser._actions:
        if action.dest == "library":
            action.default = argparse.SUPPRESS


class CommandError(Exception):
    """A command that cannot go on; ``str()`` is the one line to show."""


# --- argparse registration -----------------------------------------------------------


def register(commands: Any, library_arg: LibraryArg) -> None:
    """Add ``feeds``, ``fetch``, ``add`` and ``list`` to ``commands`` (a subparsers action)."""
    feeds = commands.add_parser(
        "feeds",
        help="manage feed subscriptions",
        description="Subscribe to RSS/Atom feeds; the list is <library>/feeds.opml.",
    )
    _with_library(feeds, library_arg)
    actions = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="subscribe to a feed (or a site's feed)")
    add.add_argument("url", help="a feed URL, or a page whose feed is discovered")
    add.add_argument("--name", help="the outlet name to use (default: the feed's title)")
    listing = actions.add_parser("list", help="list subscriptions and their state")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    remove = actions.add_parser("remove", help="unsubscribe (by URL or name)")
    remove.add_argument("feed", metavar="URL|NAME")
    imp = actions.add_parser("import", help="subscribe to every feed of an OPML file")
    imp.add_argument("file", type=Path, metavar="FILE.opml")
    actions.add_parser("export", help="print the subscriptions as OPML 2.0")
    for sub in (add, listing, remove, imp, actions.choices["export"]):
        _with_library(sub, library_arg)

    fetch = commands.add_parser(
        "fetch",
        help="refresh every feed and write the new articles",
        description="Refresh every subscribed feed; exit 1 when any feed failed.",
    )
    fetch.add_argument("--json", action="store_true", help="print one JSON object")
    _with_library(fetch, library_arg)

    page = commands.add_parser(
        "add",
        help="import one article page (a URL or a saved .html file)",
        description="Extract the article of a web page and write it to the library.",
    )
    page.add_argument("target", metavar="URL|FILE.html")
    page.add_argument("--source", metavar="NAME", help="the outlet (default: from the page)")
    page.add_argument("--story", metavar="SLUG", help="the story this article belongs to")
    _with_library(page, library_arg)

    articles = commands.add_parser("list", help="list every article of the library")
    articles.add_argument("--json", action="store_true", help="print one JSON object")
    _with_library(articles, library_arg)


# --- running ---------------------------------------------------------------------------


def _say(text: str) -> None:
    from tui.text.safety import inert_line

    print(inert_line(text), flush=True)


def _error(text: str) -> None:
    from tui.text.safety import inert_line

    print(inert_line(f"parallax: {text}"), file=sys.stderr, flush=True)


def _json(payload: object) -> None:
    from tui.text.safety import json_text

    sys.stdout.write(json_text(json.dumps(payload, ensure_ascii=False)) + "\n")
    sys.stdout.flush()


def _writable(library: Path) -> Path:
    """Refuse to write into the bundled sample library."""
    from tui.library.loader import BUNDLED_LIBRARY, default_library

    resolved = library.expanduser().resolve()
    samples = {BUNDLED_LIBRARY.resolve(), Path(__file__).resolve().parents[2] / "articles"}
    if resolved in samples and library == default_library():
        raise CommandError(
            "no library chosen: pass --library DIR or set PARALLAX_LIBRARY "
            "(the bundled sample library is not written to)"
        )
    return library


def run(args: argparse.Namespace, library: Path) -> int:
    """Run the feeds/pages command in ``args``; return the exit code."""
    handlers: dict[str, Callable[[argparse.Namespace, Path], int]] = {
        "fetch": run_fetch,
        "add": run_add,
        "list": run_list,
        "feeds add": run_feeds_add,
        "feeds list": run_feeds_list,
        "feeds remove": run_feeds_remove,
        "feeds import": run_feeds_import,
        "feeds export": run_feeds_export,
    }
    import sqlite3

    name = args.command
    if name == "feeds":
        name = f"feeds {args.feeds_command}"
    try:
        if name in ("fetch", "add", "feeds add", "feeds remove", "feeds import"):
            library = _writable(library)
        return handlers[name](args, library)
    except CommandError as error:
        _error(str(error))
    except KeyboardInterrupt:
        _error("interrupted (nothing partial was written)")
        return 130
    except BrokenPipeError:  # `parallax list | head`: the reader left; say nothing
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, sqlite3.Error) as error:
        _error(f"{library}: {getattr(error, 'strerror', None) or error}")
    return 1


def _subscriptions(library: Path) -> list[Any]:
    from tui.feeds.subscriptions import SubscriptionError, load_subscriptions

    try:
        return load_subscriptions(library)
    except SubscriptionError as error:
        raise CommandError(str(error)) from None


def _save(library: Path, subs: list[Any]) -> None:
    from tui.feeds.subscriptions import SubscriptionError, save_subscriptions

    try:
        save_subscriptions(library, subs)
    except SubscriptionError as error:
        raise CommandError(str(error)) from None


def run_feeds_add(args: argparse.Namespace, library: Path) -> int:
    """``feeds add URL [--name NAME]``: discover, verify and subscribe."""
    from tui.feeds.discover import DiscoveryError, discover
    from tui.feeds.extract import domain_name
    from tui.feeds.http import Fetcher
    from tui.feeds.opml import Subscription
    from tui.feeds.subscriptions import find, merge
    from tui.feeds.textclean import clean_line

    subs = _subscriptions(library)
    fetcher = Fetcher()
    try:
        found = discover(args.url, fetcher)
    except DiscoveryError as error:
        raise CommandError(str(error)) from None
    finally:
        fetcher.close()
    name = clean_line(args.name or "") or found.feed.title or domain_name(found.url) or found.url
    if find(subs, found.url):
        _say(f"already subscribed: {name} <{found.url}>")
        return 0
    subs, _added = merge(subs, [Subscription(found.url, name, None, found.feed.link)])
    _save(library, subs)
    _say(f"subscribed: {name} <{found.url}>")
    return 0


def _feed_row(sub: Any, state: Any) -> dict[str, Any]:
    from datetime import UTC, datetime

    def when(value: float | None) -> str | None:
        return None if value is None else datetime.fromtimestamp(value, UTC).isoformat()

    return {
        "url": sub.url,
        "name": sub.name,
        "category": sub.category,
        "last_success": when(state.last_success),
        "last_error": state.last_error,
        "failures": state.failures,
        "retry_at": when(state.retry_at),
    }


def run_feeds_list(args: argparse.Namespace, library: Path) -> int:
    """``feeds list [--json]``: each subscription with its last success or error."""
    from tui.feeds.store import FeedStore

    subs = _subscriptions(library)
    store = FeedStore.open(library)
    try:
        rows = [_feed_row(sub, store.feed(sub.url)) for sub in subs]
    finally:
        store.close()
    if args.json:
        _json({"feeds": rows})
        return 0
    for row in rows:
        if row["last_error"]:
            status = f"failing ({row['failures']}x): {row['last_error']}"
        elif row["last_success"]:
            status = f"ok {row['last_success'][:16].replace('T', ' ')} UTC"
        else:
            status = "not fetched yet"
        _say(f"{row['name'] or row['url']}  <{row['url']}>  {status}")
    _say(f"{len(rows)} feed{'s' if len(rows) != 1 else ''} in {library}")
    return 0


def run_feeds_remove(args: argparse.Namespace, library: Path) -> int:
    """``feeds remove URL|NAME``."""
    from tui.feeds.store import FeedStore
    from tui.feeds.subscriptions import find

    subs = _subscriptions(library)
    matches = find(subs, args.feed)
    if not matches:
        raise CommandError(f"{args.feed}: no such subscription (see `parallax feeds list`)")
    if len(matches) > 1:
        raise CommandError(f"{args.feed}: {len(matches)} feeds have this name; give the URL")
    (gone,) = matches
    _save(library, [sub for sub in subs if sub is not gone])
    store = FeedStore.open(library)
    store.forget(gone.url)
    store.close()
    _say(f"unsubscribed: {gone.label} <{gone.url}>")
    return 0


def run_feeds_import(args: argparse.Namespace, library: Path) -> int:
    """``feeds import FILE.opml``: subscribe to every feed in it (no network)."""
    from tui.feeds.opml import MAX_OPML_BYTES, OpmlError, parse_opml
    from tui.feeds.subscriptions import merge

    path: Path = args.file
    try:
        if path.stat().st_size > MAX_OPML_BYTES:
            raise CommandError(f"{path}: file is larger than {MAX_OPML_BYTES // 1_048_576} MB")
        data = path.read_bytes()
        imported = parse_opml(data, str(path))
    except OSError as error:
        raise CommandError(f"{path}: cannot read ({error.strerror or error})") from None
    except OpmlError as error:
        raise CommandError(str(error)) from None
    subs, added = merge(_subscriptions(library), imported)
    _save(library, subs)
    _say(f"imported {added} new feed{'s' if added != 1 else ''} of {len(imported)} from {path}")
    return 0


def run_feeds_export(args: argparse.Namespace, library: Path) -> int:
    """``feeds export``: OPML 2.0 on stdout."""
    from tui.feeds.opml import render_opml

    sys.stdout.write(render_opml(_subscriptions(library)))
    sys.stdout.flush()
    return 0


def _feed_line(result: Any) -> str:
    if result.status == "failed":
        return f"{result.title}: failed: {result.error}"
    if result.status == "not-modified":
        return f"{result.title}: unchanged"
    return f"{result.title}: {result.new} new"


def run_fetch(args: argparse.Namespace, library: Path) -> int:
    """``fetch [--json]``: refresh every feed; exit 1 when any failed."""
    from tui.feeds.refresh import FeedResult, refresh_all
    from tui.feeds.subscriptions import SubscriptionError

    def progress(_done: int, _total: int, result: FeedResult) -> None:
        if not args.json:
            _say(_feed_line(result))
            for note in result.notes:
                _say(f"  {note}")

    try:
        report = refresh_all(library, progress)
    except SubscriptionError as error:
        raise CommandError(str(error)) from None
    results = report.results
    if args.json:
        feeds = [
            {"url": r.url, "title": r.title, "status": r.status, "new": r.new, "error": r.error}
            for r in results
        ]
        _json({"feeds": feeds, "articles": [str(path) for path in report.articles]})
    elif not results:
        _say(f"no feeds in {library}: subscribe with `parallax feeds add URL`")
    else:
        unchanged = sum(r.status == "not-modified" for r in results)
        _say(
            f"{len(report.articles)} new article{'s' if len(report.articles) != 1 else ''} "
            f"from {len(results)} feed{'s' if len(results) != 1 else ''} "
            f"({unchanged} unchanged, {len(report.failed)} failed)"
        )
    return 1 if report.failed else 0


def run_add(args: argparse.Namespace, library: Path) -> int:
    """``add URL|FILE.html [--source NAME] [--story SLUG]``: print the path written."""
    from tui.feeds.http import Fetcher
    from tui.feeds.pages import PageError, import_page
    from tui.feeds.writer import WriteError

    fetcher = Fetcher()
    try:
        done = import_page(
            library, args.target, source=args.source, story=args.story, fetcher=fetcher
        )
    except (PageError, WriteError) as error:
        raise CommandError(str(error)) from None
    finally:
        fetcher.close()
    if done.existing:
        _error(f"{args.target}: already in the library")
    _say(str(done.path))
    return 0


def run_list(args: argparse.Namespace, library: Path) -> int:
    """``list [--json]``: every article of the library."""
    from tui.library.loader import scan_library

    if not library.is_dir():
        raise CommandError(f"{library}: library folder does not exist")
    scan = scan_library(library)
    rows = [
        {
            "path": str(meta.path),
            "title": meta.title,
            "source": meta.source,
            "story": meta.story,
            "published": None if meta.published is None else meta.published.isoformat(),
            "url": meta.url,
        }
        for meta in scan.articles
    ]
    if args.json:
        _json({"articles": rows})
        return 0
    for row in rows:
        date = (row["published"] or "")[:10].ljust(10)
        _say(f"{date}  {row['source']}: {row['title']}  ({row['path']})")
    _say(f"{len(rows)} article{'s' if len(rows) != 1 else ''} in {library}")
    return 0
