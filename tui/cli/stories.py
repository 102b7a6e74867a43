"""``parallax stories`` and ``parallax story ID``: the library's stories and one story's
fact matrix (who states which fact, conflicts, blindspots).

Errors are one line on stderr with exit status 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tui.analysis import analyse
from tui.analysis.story_facts import (
    CELL_GLYPHS,
    CELL_WORDS,
    MAX_OUTLETS,
    VERDICT_LEGEND,
    cell_state,
    fetched_time,
    matrix_of,
    pairs_of,
    story_json,
    story_markdown,
    verdict_glyph,
    verdicts_of,
)
from tui.analysis.story_judged import judged_comparisons
from tui.library.loader import ArticleError, LibraryScan, load_article, scan_library
from tui.stories.assign import Assignment, LibraryStory, assign_library
from tui.text.safety import inert_line, json_text

__all__ = ["run_stories", "run_story"]


def _fail(command: str, message: str) -> int:
    print(inert_line(f"parallax {command}: {message}"), file=sys.stderr)
    return 1


def _assigned(library: Path) -> tuple[LibraryScan, Assignment] | str:
    if not library.is_dir():
        return f"{library}: library folder does not exist"
    scan = scan_library(library)
    return scan, assign_library(scan)


def stories_json(assignment: Assignment) -> dict[str, Any]:
    """The ``parallax stories --json`` object."""
    return {
        "stories": [
            {
                "id": story.id,
                "title": story.title,
                "articles": [
                    {
                        "path": str(meta.path),
                        "source": meta.source,
                        "published": meta.published.isoformat() if meta.published else None,
                        "why": why,
                    }
                    for meta, why in zip(story.articles, story.reasons, strict=True)
                ],
            }
            for story in assignment.stories
        ]
    }


def run_stories(library: Path, as_json: bool, console: Console) -> int:
    """List every story of ``library`` with its outlets."""
    found = _assigned(library)
    if isinstance(found, str):
        return _fail("stories", found)
    _scan, assignment = found
    if as_json:
        print(json_text(json.dumps(stories_json(assignment), ensure_ascii=False)))
        return 0
    table = Table(expand=True, show_lines=False)
    table.add_column("story", no_wrap=True)
    table.add_column("title", ratio=1)
    table.add_column("outlets", ratio=1)
    for story in assignment.stories:
        outlets = ", ".join(dict.fromkeys(m.source for m in story.articles))
        table.add_row(
            Text(inert_line(story.id)), Text(inert_line(story.title)), Text(inert_line(outlets))
        )
    console.print(table)
    count = len(assignment.stories)
    console.print(Text(f"{count} stor{'y' if count == 1 else 'ies'} in {library}"))
    return 0


def _known(assignment: Assignment) -> str:
    names = [s.id for s in assignment.stories]
    shown = ", ".join(names[:8]) + (f" … ({len(names)} in all)" if len(names) > 8 else "")
    return shown or "none"


class _Unreadable(Exception):
    """The story's judgements file cannot be read (the message names it)."""


def _matrix_payload(story: LibraryStory, library: Path, fmt: str) -> str:
    metas = story.articles[:MAX_OUTLETS]
    articles = [load_article(meta.path) for meta in metas]
    analyses = [analyse(article) for article in articles]
    judged = judged_comparisons(articles, analyses, library)
    if judged.problem:
        raise _Unreadable(judged.problem)
    pairs, verdicts = {}, {}
    for key, comparison in judged:
        pairs[key] = pairs_of(comparison)
        verdicts.update(verdicts_of(key, comparison))
    matrix = matrix_of(analyses, pairs, verdicts)
    if fmt == "markdown":
        fetched = [fetched_time(article) for article in articles]
        return story_markdown(story.id, story.title, metas, matrix, fetched)
    if fmt == "json":
        return json_text(json.dumps(story_json(story.id, story.title, metas, matrix)))
    lines = [f"{story.title} ({story.id}) · {len(metas)} outlets"]
    lines += [f"  {n}. {m.source}: {m.title}" for n, m in enumerate(metas, 1)]
    for fact in matrix.facts:
        states = (cell_state(fact, o, matrix.conflicted) for o in range(len(metas)))
        mark = f"{verdict_glyph(fact)} " if fact.verdict else ""
        glyphs = "".join(CELL_GLYPHS[s] for s in states)
        lines.append(f"{glyphs}  {mark}{' '.join(fact.text.split())}")
    legend = "  ".join(f"{CELL_GLYPHS[state]} {CELL_WORDS[state]}" for state in CELL_GLYPHS)
    lines.append(f"columns: outlets 1-{len(metas)} in order.  {legend}")
    if any(fact.verdict for fact in matrix.facts):
        lines.append(f"facts marked {VERDICT_LEGEND}")
    return "\n".join(inert_line(line) for line in lines)


def run_story(name: str, library: Path, fmt: str, console: Console) -> int:
    """Print the fact matrix of story ``name`` (a story id or explicit slug)."""
    found = _assigned(library)
    if isinstance(found, str):
        return _fail("story", found)
    _scan, assignment = found
    story = assignment.find(name)
    if story is None:
        return _fail("story", f"no story '{name}' in {library} (stories: {_known(assignment)})")
    try:
        text = _matrix_payload(story, library, fmt)
    except (ArticleError, _Unreadable) as error:
        return _fail("story", str(error))
    if fmt == "text":
        console.print(Text(text), soft_wrap=True)
    else:
        print(text)
    return 0
