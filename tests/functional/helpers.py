"""Helpers for Pilot tests: wait for workers and read what the screen shows."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot


async def wait_until(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 200) -> None:
    """Pause the app until ``condition()`` holds (fails the test after ``tries`` pauses)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never became true")


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
