"""Texts of the split view's bars: column heads, the summary bar, the empty-view message."""

from __future__ import annotations

from rich.text import Text

from tui.analysis.comparison import Summary
from tui.analysis.relations import GLYPHS
from tui.analysis.row_source import Preview
from tui.models import Article, ArticleMeta, date_label
from tui.text.safety import inert_line

TITLE_CHARS = 160
"""A column head shows at most this much of the title (a few lines), then an ellipsis."""


def column_heading(article: Article | ArticleMeta) -> Text:
    """Outlet, title and date of one column, as inert text."""
    date = date_label(article.published) if article.published else ""
    text = Text.assemble((inert_line(article.source), "bold"))
    if date:
        text.append(f"  {date}", style="dim")
    text.append("\n")
    title = inert_line(article.title)
    if len(title) > TITLE_CHARS:  # a huge title would push the rows off screen
        title = title[: TITLE_CHARS - 1].rstrip() + "…"
    text.append(title, style="italic")
    return text


def summary_text(summary: Summary, names: tuple[str, str], *, compact: bool = False) -> Text:
    """The summary bar: claim counts, pairs by relation, one-sided claims, entity overlap."""
    left, right = (inert_line(n) for n in names)
    s = summary
    same, partial, conflict = GLYPHS["same"], GLYPHS["partial"], GLYPHS["conflict"]
    conflicts = (f"{conflict}{s.conflicts}", "bold red" if s.conflicts else "")
    if compact:
        return Text.assemble(
            f"claims {s.claims_a}|{s.claims_b} · {s.pairs} pairs {same}{s.same} "
            f"{partial}{s.partial} ",
            conflicts,
            f" · only {GLYPHS['only_a']}{s.only_a} {GLYPHS['only_b']}{s.only_b}"
            f" · entities {s.entities_shared} both {GLYPHS['only_a']}{s.entities_only_a} "
            f"{GLYPHS['only_b']}{s.entities_only_b} (E)",
        )
    return Text.assemble(
        (left, "bold"),
        f" {s.claims_a} claims · ",
        (right, "bold"),
        f" {s.claims_b} claims │ shared {s.pairs} pairs ({same}{s.same} {partial}{s.partial} ",
        conflicts,
        f") │ {GLYPHS['only_a']} only left {s.only_a} · {GLYPHS['only_b']} only right {s.only_b}"
        f" │ entities: {s.entities_shared} shared, {s.entities_only_a} left only, "
        f"{s.entities_only_b} right only (E lists)",
    )


def preview_summary(preview: Preview, names: tuple[str, str], *, compact: bool = False) -> Text:
    """The summary bar while aligning: claim counts only."""
    a, b = len(preview.claims_a), len(preview.claims_b)
    if compact:
        return Text.assemble(f"claims {a}|{b} · ", ("aligning…", "italic"))
    left, right = (inert_line(n) for n in names)
    return Text.assemble(
        (left, "bold"),
        f" {a} claims · ",
        (right, "bold"),
        f" {b} claims │ ",
        ("aligning… (rows in each article's own order until then)", "italic"),
    )


def nothing_to_compare(article: Article) -> str:
    """Why the split view is empty for a story with one article, and how to fix it."""
    folder = article.path.parent
    return (
        f"Nothing to compare: the story “{article.story}” has only this article "
        f"({article.source}).\n\n"
        "To compare, add another outlet's coverage of the same story: a YAML file in\n"
        f"    {folder}\n"
        f"with the same story field:\n\n"
        f"    story: {article.story}\n"
        '    source: "Other outlet"\n'
        '    title: "Their headline"\n'
        "    body: |\n"
        "      Their text…\n\n"
        "then press escape and r in the reader to reload the library."
    )
