"""``parallax entities FILE [--json]``: list the named entities found in one article."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tui.analysis import analyse
from tui.nlp.entities import Mention
from tui.text.safety import inert_line, json_text


def run_entities(path: Path, as_json: bool, console: Console) -> int:
    """Print the entities of the article at ``path``; return the process exit code."""
    from tui.library.loader import ArticleError, load_article

    try:
        article = load_article(Path(path))
    except ArticleError as exc:
        print(inert_line(str(exc)), file=sys.stderr)
        return 1
    except OSError as exc:  # defensive: the loader should already wrap these
        print(inert_line(f"{path}: {exc.strerror or exc}"), file=sys.stderr)
        return 1
    mentions = analyse(article).mentions
    if as_json:
        payload = {
            "path": str(path),
            "title": article.title,
            "source": article.source,
            "entities": [
                {"text": m.text, "label": m.label, "start": m.start, "end": m.end, "key": m.key}
                for m in mentions
            ],
        }
        out = console.file if console.file is not None else sys.stdout
        out.write(json_text(json.dumps(payload, ensure_ascii=False)) + "\n")
        out.flush()
        return 0
    # Title and outlet on lines of their own: a table title wraps at the table's width,
    # which left a dangling "—" on narrow terminals.
    console.print(Text(inert_line(article.title), style="bold"))
    console.print(Text(inert_line(article.source), style="italic"))
    console.print(_table(mentions))
    return 0


def _table(mentions: Sequence[Mention]) -> Table:
    counts = Counter(m.key for m in mentions)
    offsets: dict[str, list[str]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        offsets.setdefault(m.key, []).append(str(m.start))
        first.setdefault(m.key, m)
    table = Table()
    table.add_column("Entity")
    table.add_column("Label")
    table.add_column("Count", justify="right")
    table.add_column("Offsets")
    for key, m in first.items():
        offs = offsets[key]
        shown = ", ".join(offs[:8]) + (f", … (+{len(offs) - 8})" if len(offs) > 8 else "")
        table.add_row(Text(inert_line(m.text)), Text(m.label), Text(str(counts[key])), Text(shown))
    if not first:
        table.caption = "no entities found"
    return table
