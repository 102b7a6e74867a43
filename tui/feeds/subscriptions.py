"""The library's subscription list: ``<library>/feeds.opml``, a file people may edit.

OPML was chosen because every feed reader reads and writes it, and because the
library scanner only looks at ``.yaml``/``.yml``/``.md`` files, so it never mistakes the
list for an article. Per-feed fetch state lives elsewhere (:mod:`tui.feeds.store`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from tui.feeds.dedup import url_key
from tui.feeds.opml import OpmlError, Subscription, parse_opml, render_opml

FILE_NAME = "feeds.opml"


class SubscriptionError(Exception):
    """The subscription list cannot be read or changed; ``str()`` is one line."""


def subscriptions_path(library: Path) -> Path:
    """Where the library's subscription list lives."""
    return library / FILE_NAME


def load_subscriptions(library: Path) -> list[Subscription]:
    """The library's subscriptions (none when the file does not exist)."""
    path = subscriptions_path(library)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as error:
        raise SubscriptionError(f"{path}: cannot read ({error.strerror or error})") from None
    if not data.strip():
        return []
    try:
        return parse_opml(data, str(path))
    except OpmlError as error:
        raise SubscriptionError(str(error)) from None


def save_subscriptions(library: Path, subscriptions: list[Subscription]) -> Path:
    """Replace the subscription list atomically; return its path."""
    path = subscriptions_path(library)
    text = render_opml(subscriptions)
    try:
        library.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=library, prefix=".feeds-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except OSError as error:
        raise SubscriptionError(f"{path}: cannot write ({error.strerror or error})") from None
    return path


def find(subscriptions: list[Subscription], url_or_name: str) -> list[Subscription]:
    """Subscriptions matching a URL (canonically) or, failing that, a name (any case)."""
    wanted = url_or_name.strip()
    if "://" in wanted:
        key = url_key(wanted)
        return [sub for sub in subscriptions if url_key(sub.url) == key]
    folded = wanted.casefold()
    return [sub for sub in subscriptions if (sub.name or "").casefold() == folded]


def merge(existing: list[Subscription], new: list[Subscription]) -> tuple[list[Subscription], int]:
    """``existing`` plus those of ``new`` not already subscribed; and how many were added."""
    keys = {url_key(sub.url) for sub in existing}
    merged = list(existing)
    for sub in new:
        if url_key(sub.url) not in keys:
            keys.add(url_key(sub.url))
            merged.append(sub)
    return merged, len(merged) - len(existing)
