"""Which article URLs may leave the app (browser, clipboard): http(s) only. No Textual."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

MAX_URL = 4096


def web_url(url: str | None) -> str | None:
    """``url`` stripped, when it is a plain http(s) address with a host; else None.

    Refuses other schemes (``javascript:``, ``file:``, ``data:``…), whitespace or control
    characters (bidi included) inside the address, and absurd lengths: the URL came from
    untrusted text.
    """
    if not url:
        return None
    url = url.strip()
    if not url or len(url) > MAX_URL:
        return None
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return None  # control, bidi and other invisible format characters
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url
