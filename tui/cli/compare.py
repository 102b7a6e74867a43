"""``parallax compare A B``: align the claims of two articles and print the result.

A and B are each either a path to an article file, or a ``story/source`` name resolved in
the library: the story (an explicit ``story:`` slug or an id from ``parallax stories``),
a slash, then the outlet, matched case-insensitively against the article's ``source`` as
written (``putin-ai-china/CO/AI``), its slug (lower case, runs of non-alphanumerics turned
into ``-``, trimmed: ``putin-ai-china/co-ai``) or the file's stem
(``putin-ai-china/coai``). A story whose name holds a slash is matched first, so
``a/b/x`` is story ``a/b``, outlet ``x`` when that story exists, else story ``a``.

Formats: ``text`` (a Rich side-by-side table), ``json`` (one JSON object on stdout) and
``markdown`` (a report to paste). Errors go to stderr with exit status 1.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tui.analysis import Comparison, analyse, compare
from tui.analysis.judged import JUDGEMENT_LEGEND, saved_judgements
from tui.analysis.relations import GLYPHS, LEGEND
from tui.models import Article
from tui.nlp.claims import Claim
from tui.text.safety import inert_line, json_text

if TYPE_CHECKING:
    from tui.stories.assign import Assignment, LibraryStory

__all__ = ["CompareError", "resolve_article", "run_compare", "slugify"]

FORMATS = ("text", "json", "markdown")
_STYLES = {
    "same": "green",
    "partial": "cyan",
    "conflict": "bold red",
    "only_a": "yellow",
    "only_b": "magenta",
}


class CompareError(Exception):
    """A problem to report to the user as one line."""


def slugify(name: str) -> str:
    """Lower case, runs of non-alphanumerics turned into ``-``, trimmed."""
    return re.sub(r"[^0-9a-z]+", "-", name.casefold()).strip("-")


def resolve_article(name: str, library: Path | None) -> Article:
    """Load the article a path or ``story/source`` name refers to."""
    from tui.library.loader import ArticleError, default_library, load_article, scan_library
    from tui.stories.assign import assign_library

    path = Path(name).expanduser()
    try:
        if path.is_file():
            return load_article(path)
        if path.exists() or path.is_symlink():
            kind = "a folder" if path.is_dir() else "not a regular file"
            if not path.exists():
                kind = "a broken symbolic link"
            raise CompareError(f"{name}: is {kind}, not an article file")
        if "/" not in name.strip("/"):
            raise CompareError(f"{name}: no such file, and not a story/source name")
        root = library if library is not None else default_library()
        assignment = assign_library(scan_library(root))
        story, outlet, found = _story_of(name.strip("/"), assignment)
        if found is None:
            stories = ", ".join(s.id for s in assignment.stories[:8]) or "none"
            lead = "no such file, and " if _looks_like_path(name) else ""
            raise CompareError(f"{name}: {lead}no story '{story}' in {root} (stories: {stories})")
        wanted = {outlet.casefold(), slugify(outlet)}
        for meta in sorted(found.articles, key=lambda m: str(m.path)):
            if wanted & {meta.source.casefold(), slugify(meta.source), meta.path.stem.casefold()}:
                return load_article(meta.path)
        names = ", ".join(sorted(f"{found.id}/{slugify(m.source)}" for m in found.articles))
        raise CompareError(f"{name}: no article from '{outlet}' in story '{story}' ({names})")
    except ArticleError as error:
        raise CompareError(str(error)) from None
    except OSError as error:
        raise CompareError(f"{name}: {error.strerror or error}") from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a == b


def _story_of(name: str, assignment: Assignment) -> tuple[str, str, LibraryStory | None]:
    """The (story, outlet, story) ``name`` reads as; stories may hold '/', so the longest
    story that exists wins. Nothing found: the first segment and None."""
    cuts = [i for i, char in enumerate(name) if char == "/"]
    for cut in reversed(cuts):
        found = assignment.find(name[:cut])
        if found is not None:
            return name[:cut], name[cut + 1 :], found
    return name[: cuts[0]], name[cuts[0] + 1 :], None


def _looks_like_path(name: str) -> bool:
    """True when ``name`` was probably meant as a file path, not a story/source name."""
    from tui.library.loader import ARTICLE_SUFFIXES

    path = Path(name).expanduser()
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES
        or name.startswith((".", "~", "/"))
        or (path.parent != Path(".") and path.parent.is_dir())
    )


def _claims_text(claims: Sequence[Claim], indices: tuple[int, ...], prefix: str) -> Text:
    from tui.analysis.report import clean_text

    text = Text()
    for n, i in enumerate(indices):
        if n:
            text.append("\n")
        text.append(f"{prefix}{i + 1} ", style="dim")
        text.append(clean_text(claims[i].text))
    return text


def _judged_any(comparison: Comparison) -> bool:
    return comparison.judged is not None and bool(comparison.judged.judgements)


def _text_report(
    article_a: Article, article_b: Article, comparison: Comparison, console: Console
) -> None:
    from tui.analysis.report import clean_text

    alignment = comparison.alignment
    header = Text()
    header.append("A ", style="bold")
    header.append(clean_text(f"{article_a.source}: {article_a.title}"))
    header.append("\nB ", style="bold")
    header.append(clean_text(f"{article_b.source}: {article_b.title}"))
    console.print(header)
    table = Table(show_lines=True, expand=True)
    table.add_column("", width=2, no_wrap=True)
    table.add_column(Text(clean_text(article_a.source)), ratio=1)
    table.add_column(Text(clean_text(article_b.source)), ratio=1)
    table.add_column("score", justify="right", width=5, no_wrap=True)
    engine = {(p.a, p.b) for p in comparison.engine.pairs}
    score_of = {(p.a, p.b): p.score for p in alignment.pairs if (p.a, p.b) in engine}
    for row in comparison.rows:
        scores = [score_of[i, j] for i in row.a for j in row.b if (i, j) in score_of]
        left = _claims_text(alignment.claims_a, row.a, "A")
        right = _claims_text(alignment.claims_b, row.b, "B")
        glyph = Text(GLYPHS[row.relation], style=_STYLES[row.relation])
        marks = comparison.row_marks(row)
        if marks:
            glyph.append("".join(f"\n{mark}" for mark in marks), style="bold")
        table.add_row(
            glyph,
            left,
            right,
            Text(f"{max(scores):.2f}" if scores else ""),
        )
    console.print(table)
    s = comparison.summary
    console.print(
        Text(
            f"{s.claims_a} claims in A, {s.claims_b} in B; "
            f"{s.pairs} pairs ({s.conflicts} conflicts); "
            f"only in A: {s.only_a}, only in B: {s.only_b}.  {LEGEND}"
            + (f"\nYour judgements: {JUDGEMENT_LEGEND}" if _judged_any(comparison) else "")
        )
    )


def run_compare(a: str, b: str, library: Path | None, fmt: str, console: Console) -> int:
    """Compare articles ``a`` and ``b`` and print the result in ``fmt``; return the exit code."""
    if fmt not in FORMATS:
        print(
            f"parallax compare: unknown format {fmt!r} (use {', '.join(FORMATS)})", file=sys.stderr
        )
        return 1
    try:
        article_a = resolve_article(a, library)
        article_b = resolve_article(b, library)
        if _same_file(article_a.path, article_b.path):
            raise CompareError(f"{a} and {b} are the same article; nothing to compare")
    except CompareError as error:
        print(inert_line(f"parallax compare: {error}"), file=sys.stderr)
        return 1
    from tui.nlp.align.large import TooLongToCompare

    try:
        comparison = compare(analyse(article_a), analyse(article_b))
    except TooLongToCompare as error:
        print(inert_line(f"parallax compare: {a} and {b}: {error}"), file=sys.stderr)
        return 1
    from tui.analysis.judgements import JudgementError
    from tui.library.loader import default_library

    root = library if library is not None else default_library()
    try:
        judgements = saved_judgements(article_a, article_b, comparison.alignment, root)
    except JudgementError as error:
        print(inert_line(f"parallax compare: {error}"), file=sys.stderr)
        return 1
    if judgements is not None:
        comparison = comparison.judged_by(judgements)
    if fmt == "json":
        from tui.analysis.report import compare_json

        payload = compare_json(article_a, article_b, comparison)
        print(json_text(json.dumps(payload, ensure_ascii=False)))
    elif fmt == "markdown":
        from tui.analysis.report import compare_markdown

        print(compare_markdown(article_a, article_b, comparison), end="")
    else:
        _text_report(article_a, article_b, comparison, console)
    return 0
