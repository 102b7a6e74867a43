"""Texts of the split view's bars: column heads, the summary bar, the empty-view message."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from tui.analysis.comparison import Summary
from tui.analysis.relations import GLYPHS
from tui.analysis.row_source import Preview
from tui.models import Article, ArticleMeta, date_label
from tui.text.safety import inert_line
from tui.text.wrap import wrap_offsets

TITLE_CHARS = 160
"""A column head shows at most this much of the title (a few lines), then an ellipsis."""


def column_heading(article: Article | ArticleMeta, width: int = 0) -> Text:
    """Outlet, title and date of one column, as inert text; at ``width`` cells the title is
    wrapped here, so a URL in it breaks at its slashes, not mid-word (0: left to Textual)."""
    date = date_label(article.published) if article.published else ""
    text = Text.assemble((inert_line(article.source), "bold"))
    if date:
        text.append(f"  {date}", style="dim")
    text.append("\n")
    title = inert_line(article.title)
    if len(title) > TITLE_CHARS:  # a huge title would push the rows off screen
        title = title[: TITLE_CHARS - 1].rstrip() + "…"
    styled = Text(title, style="italic")
    if width > 0:
        lines = styled.divide(wrap_offsets(title, width)[1:])
        for line in lines:
            line.rstrip()
        styled = Text("\n").join(lines)
    text.append_text(styled)
    return text


Phrase = tuple[str, Text]
"""One phrase of a bar (a count with its word: never split) and the separator before it."""
BAR = " │ "
DOT = " · "


def flow(phrases: Sequence[Phrase], width: int) -> Text:
    """``phrases`` on as few lines of ``width`` cells as they need, broken only between
    phrases (the separator at a break is left out); ``width`` 0: one line."""
    out = Text()
    used = 0
    for index, (separator, phrase) in enumerate(phrases):
        if index and width and used + len(separator) + phrase.cell_len > width:
            out.append("\n")
            used = 0
        elif index:
            out.append(separator)
            used += len(separator)
        out.append_text(phrase)
        used += phrase.cell_len
    return out


def _pairs(count: int) -> str:
    return f"{count} pair" if count == 1 else f"{count} pairs"


def _phrase(*parts: str | tuple[str, str]) -> Text:
    return Text.assemble(*parts)


def summary_text(
    summary: Summary, names: tuple[str, str], *, compact: bool = False, width: int = 0
) -> Text:
    """The summary bar: claim counts, pairs by relation, one-sided claims, entity overlap,
    on lines of ``width`` cells broken only between phrases (0: one line)."""
    left, right = (inert_line(n) for n in names)
    s = summary
    same, partial, conflict = GLYPHS["same"], GLYPHS["partial"], GLYPHS["conflict"]
    only_a, only_b = GLYPHS["only_a"], GLYPHS["only_b"]
    conflicts = (f"{conflict}{s.conflicts}", "bold red" if s.conflicts else "")
    if compact:
        phrases: list[Phrase] = [
            ("", _phrase(f"claims {s.claims_a}|{s.claims_b}")),
            (DOT, _phrase(f"{_pairs(s.pairs)} {same}{s.same} {partial}{s.partial} ", conflicts)),
            (DOT, _phrase(f"only {only_a}{s.only_a} {only_b}{s.only_b}")),
            (DOT, _phrase(f"entities {s.entities_shared} both")),
            (" ", _phrase(f"{only_a}{s.entities_only_a} {only_b}{s.entities_only_b} (E)")),
        ]
        return flow(phrases, width)
    phrases = [
        ("", _phrase((left, "bold"), f" {s.claims_a} claims")),
        (DOT, _phrase((right, "bold"), f" {s.claims_b} claims")),
        (BAR, _phrase(f"shared {_pairs(s.pairs)}")),
        (" ", _phrase(f"({same}{s.same} {partial}{s.partial} ", conflicts, ")")),
        (BAR, _phrase(f"{only_a} only left {s.only_a}")),
        (DOT, _phrase(f"{only_b} only right {s.only_b}")),
        (BAR, _phrase(f"entities: {s.entities_shared} shared,")),
        (" ", _phrase(f"{s.entities_only_a} left only,")),
        (" ", _phrase(f"{s.entities_only_b} right only")),
        (" ", _phrase("(E lists)")),
    ]
    return flow(phrases, width)


def preview_summary(
    preview: Preview, names: tuple[str, str], *, compact: bool = False, width: int = 0
) -> Text:
    """The summary bar while aligning: claim counts only (lines as :func:`summary_text`)."""
    a, b = len(preview.claims_a), len(preview.claims_b)
    if compact:
        return flow([("", _phrase(f"claims {a}|{b}")), (DOT, Text("aligning…", "italic"))], width)
    left, right = (inert_line(n) for n in names)
    aligning = Text("aligning… (rows in each article's own order until then)", "italic")
    phrases: list[Phrase] = [
        ("", _phrase((left, "bold"), f" {a} claims")),
        (DOT, _phrase((right, "bold"), f" {b} claims")),
        (BAR, aligning),
    ]
    return flow(phrases, width)


def nothing_to_compare(article: Article) -> str:
    """Why the split view is empty for a story with one article, and how to fix it."""
    folder = article.path.parent
    slug = article.story or article.path.stem
    named = f"the story “{article.story}”" if article.story else "its story"
    return (
        f"Nothing to compare: {named} has only this article "
        f"({article.source}).\n\n"
        "To compare, add another outlet's coverage of the same story: a YAML file in\n"
        f"    {folder}\n"
        "with the same story field (or none: similar reports are grouped automatically):\n\n"
        f"    story: {slug}\n"
        '    source: "Other outlet"\n'
        '    title: "Their headline"\n'
        "    body: |\n"
        "      Their text…\n\n"
        "then press escape and r in the reader to reload the library."
    )
