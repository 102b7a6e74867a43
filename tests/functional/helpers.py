"""Helpers for Pilot tests: wait for workers and read what the screen shows."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.pilot import Pilot


async def wait_until(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 30.0
) -> None:
    """Pause the app until ``condition()`` holds; fail the test after ``timeout`` seconds.

    A wall-clock limit rather than a count of pauses, so a loaded machine (CI on two
    shared cores) does not turn a slow-but-correct worker into a failure.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition never became true within {timeout} s")
        await pilot.pause(0.01)


def tree_labels(app: object) -> list[str]:
    """Plain text of every visible line in the sidebar tree."""
    from tui.app.reader.sidebar import ArticleTree

    tree = app.screen.query_one(ArticleTree)  # type: ignore[attr-defined]
    labels = []
    for line in range(tree.last_line + 1):
        node = tree.get_node_at_line(line)
        if node is not None:
            labels.append(str(node.label))
    return labels
