"""The article library: loading and validating files, the metadata index, the catalogue."""

from tui.library.loader import (
    ArticleError,
    LibraryScan,
    cached_scan,
    default_library,
    load_article,
    scan_library,
)

__all__ = [
    "ArticleError",
    "LibraryScan",
    "cached_scan",
    "default_library",
    "load_article",
    "scan_library",
]
