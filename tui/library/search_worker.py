"""Build the full-text index in a child process, so the app's UI thread never competes
with it for the interpreter lock (in a thread, 10,000 articles made each keystroke wait
for seconds).

The parent runs ``python -m tui.library.search_worker``, writes the article paths to its
standard input (one per line) and reads the index back as one ``marshal`` blob of plain
values (:meth:`~tui.library.search.SearchIndex.payload`). Any failure falls back to
building in the calling thread. No Textual imports.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tui.library.loader import load_article
from tui.library.search import SearchIndex, build_index
from tui.models import ArticleMeta

POLL_SECONDS = 0.2
"""How often the parent checks whether the build was cancelled."""


def _encode(paths: Sequence[Path]) -> bytes:
    return b"\n".join(os.fsencode(path) for path in paths) + b"\n"


def index_in_child(
    articles: Sequence[ArticleMeta], *, cancelled: Callable[[], bool] = lambda: False
) -> SearchIndex | None:
    """Index ``articles`` in a child process; ``None`` if cancelled. Falls back to
    :func:`~tui.library.search.build_index` in this thread when the child fails."""
    command = [sys.executable, "-m", "tui.library.search_worker"]
    try:
        child = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
    except OSError:
        return build_index(articles, load_article, cancelled=cancelled)
    data: bytes | None = _encode([meta.path for meta in articles])
    output = b""
    try:
        while True:
            try:
                output, _ = child.communicate(data, timeout=POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                data = None  # sent with the first call
                if cancelled():
                    child.kill()
                    child.communicate()
                    return None
    finally:
        if child.poll() is None:
            child.kill()
    try:
        if child.returncode != 0:
            raise ValueError(f"exit status {child.returncode}")
        return SearchIndex.from_payload(articles, marshal.loads(output))
    except (ValueError, EOFError, TypeError):
        return build_index(articles, load_article, cancelled=cancelled)


def main() -> int:
    """Child side: paths on standard input, the index payload on standard output."""
    paths = [Path(os.fsdecode(line)) for line in sys.stdin.buffer.read().splitlines() if line]
    metas = [ArticleMeta(path, "", "", "") for path in paths]
    index = build_index(metas, load_article)
    assert index is not None
    sys.stdout.buffer.write(marshal.dumps(index.payload()))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
