"""Reports of a comparison: a JSON-ready dict and a Markdown document a person can paste."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from tui.analysis.comparison import Comparison
from tui.analysis.judged import Judged
from tui.analysis.judgements import JudgedPair
from tui.models import Article, date_label
from tui.nlp.align.aligner import Alignment, ClaimPair
from tui.nlp.claims import Claim
from tui.text.safety import _INVISIBLE

__all__ = ["clean_text", "compare_json", "compare_markdown", "escape_markdown"]

_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")
# Parentheses, "!" and "+" are inert once "[" and "]" are escaped and line starts are
# guarded, so they stay as written: "(GPUs)", not "\\(GPUs\\)".
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|#{1,6}|\d+[.)])(?=\s|$)", re.MULTILINE)


def clean_text(text: str) -> str:
    """``text`` with C0/C1 controls (except newline and tab), bidi overrides and invisible
    characters replaced by U+FFFD."""
    return _CONTROLS.sub("\ufffd", text)


def escape_markdown(text: str) -> str:
    """``text`` made inert in Markdown: controls replaced, special characters escaped."""
    text = _MD_SPECIAL.sub(r"\\\1", clean_text(text))
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text)


def _inline(text: str) -> str:
    """Escaped text on one line (newlines and tabs become spaces)."""
    return escape_markdown(" ".join(text.split()))


def _meta(article: Article) -> dict[str, str]:
    return {"path": str(article.path), "title": article.title, "source": article.source}


def _pair_json(p: ClaimPair) -> dict[str, Any]:
    return {
        "a": p.a,
        "b": p.b,
        "score": round(p.score, 3),
        "relation": p.relation,
        "shared": list(p.shared),
        "only_a": list(p.only_a),
        "only_b": list(p.only_b),
    }


def _judged_json(p: ClaimPair, j: JudgedPair | None) -> dict[str, Any]:
    """A pair of the judged alignment: a hand link has ``score`` null (the engine never
    scored it) and the relation the engine reads in it."""
    out = _pair_json(p)
    if j is None:
        return out
    if j.by == "reader":
        out["score"] = None
    out["by"] = j.by
    if j.verdict:
        out["verdict"] = j.verdict
    if j.note:
        out["note"] = j.note
    return out


def compare_json(article_a: Article, article_b: Article, comparison: Comparison) -> dict[str, Any]:
    """The comparison's alignment as a plain dict, ready for ``json.dumps``.

    With the reader's judgements applied (``comparison.judged``), the pairs are the judged
    ones, each with ``by`` and any ``verdict``/``note``."""
    alignment, judged = comparison.alignment, comparison.judged

    def claims(items: tuple[Claim, ...]) -> list[dict[str, Any]]:
        return [{"index": c.index, "text": c.text, "start": c.start, "end": c.end} for c in items]

    if judged is None:
        pairs = [_pair_json(p) for p in alignment.pairs]
    else:
        pairs = [_judged_json(p, judged.pair(p.a, p.b)) for p in alignment.pairs]
    return {
        "a": _meta(article_a),
        "b": _meta(article_b),
        "claims_a": claims(alignment.claims_a),
        "claims_b": claims(alignment.claims_b),
        "pairs": pairs,
        "only_a": list(alignment.only_a),
        "only_b": list(alignment.only_b),
    }


def _date(value: date | datetime | None) -> str:
    return date_label(value) if value is not None else ""


def _undated_note(article_a: Article, article_b: Article) -> list[str]:
    """One quiet line when a publication date is missing (instead of one per heading)."""
    missing = [label for label, a in (("A", article_a), ("B", article_b)) if a.published is None]
    if not missing:
        return []
    which = "either article" if len(missing) == 2 else missing[0]
    return [f"*No publication date given for {which}.*", ""]


def _outlet_line(label: str, article: Article) -> str:
    parts = [f"**{label}: {_inline(article.source)}**", f"*{_inline(article.title)}*"]
    if article.published is not None:
        parts.append(_date(article.published))
    if article.url:
        url = clean_text(article.url)
        if re.match(r"https?://", url, re.IGNORECASE):  # only web links become links
            parts.append(f"<{url.replace('>', '%3E').replace(' ', '%20')}>")
        else:
            parts.append(f"`{url.replace('`', '')}`")
    return "- " + " — ".join(parts)


def _emphasised(text: str, values: tuple[str, ...]) -> str:
    """``text`` escaped, with each of ``values`` in bold."""
    flat = " ".join(text.split())
    spans: list[tuple[int, int]] = []
    for v in sorted(set(values), key=len, reverse=True):
        for m in re.finditer(re.escape(v), flat):
            if all(m.end() <= s or m.start() >= e for s, e in spans):
                spans.append((m.start(), m.end()))
    out, pos = [], 0
    for s, e in sorted(spans):
        out.append(escape_markdown(flat[pos:s]))
        out.append(f"**{escape_markdown(flat[s:e])}**")
        pos = e
    out.append(escape_markdown(flat[pos:]))
    return "".join(out)


def _judged_line(j: JudgedPair | None) -> list[str]:
    """How the reader judged a pair, as one line (nothing for an unjudged engine pair)."""
    if j is None or (j.by == "engine" and not j.verdict and not j.note):
        return []
    parts = ["linked by the reader" if j.by == "reader" else "engine pair"]
    if j.verdict:
        parts.append(j.verdict)
    if j.note:
        parts.append(f"note: {_inline(j.note)}")
    return [f"  Reader: {'; '.join(parts)}.", ""]


def _pair_block(
    p: ClaimPair,
    alignment: Alignment,
    names: tuple[str, str],
    emphasise: bool,
    judged: JudgedPair | None = None,
) -> list[str]:
    name_a, name_b = names
    text_a = alignment.claims_a[p.a].text
    text_b = alignment.claims_b[p.b].text
    qa = _emphasised(text_a, p.only_a) if emphasise else _inline(text_a)
    qb = _emphasised(text_b, p.only_b) if emphasise else _inline(text_b)
    by_reader = judged is not None and judged.by == "reader"
    how = f"{p.relation}, score {p.score:.2f}"
    if by_reader:
        how = f"linked by the reader, {p.relation}"
    lines = [
        f"- A{p.a + 1} ↔ B{p.b + 1} ({how})",
        "",
        f"  > **{name_a}:** {qa}",
        "",
        f"  > **{name_b}:** {qb}",
        "",
        *_judged_line(judged),
    ]
    if emphasise and (p.only_a or p.only_b):
        differ_a = ", ".join(_inline(v) for v in p.only_a) or "—"
        differ_b = ", ".join(_inline(v) for v in p.only_b) or "—"
        lines += [f"  Differs: {name_a} says {differ_a}; {name_b} says {differ_b}.", ""]
    return lines


def _reader_summary(judged: Judged | None) -> list[str]:
    if judged is None:
        return []
    pairs = judged.pairs
    hand = sum(j.by == "reader" for j in pairs)
    unlinked = sum(not j.linked for j in judged.judgements)
    counts = {v: sum(j.verdict == v for j in pairs) for v in ("verified", "disputed")}
    notes = sum(bool(j.note) for j in pairs)
    return [
        f"- Reader: {hand} linked by hand, {unlinked} unlinked, {counts['verified']} verified, "
        f"{counts['disputed']} disputed, {notes} with a note"
    ]


def _unlinked(judged: Judged | None, prefix: str, index: int) -> str:
    """`` *(unlinked by the reader from B3)*`` for a claim the reader unlinked, else ``""``."""
    if judged is None:
        return ""
    other = "B" if prefix == "A" else "A"
    partners = [
        j.b if prefix == "A" else j.a
        for j in judged.judgements
        if not j.linked and (j.a if prefix == "A" else j.b) == index
    ]
    if not partners:
        return ""
    names = ", ".join(f"{other}{n + 1}" for n in sorted(partners))
    return f" *(unlinked by the reader from {names})*"


def compare_markdown(article_a: Article, article_b: Article, comparison: Comparison) -> str:
    """A Markdown report: outlets, a summary, then conflicts, shared claims and one-sided ones.

    With the reader's judgements applied (``comparison.judged``), each judged pair says so."""
    alignment, judged = comparison.alignment, comparison.judged
    name_a, name_b = _inline(article_a.source), _inline(article_b.source)
    names = (name_a, name_b)
    shown = list(alignment.pairs)
    only_a, only_b = alignment.only_a, alignment.only_b
    conflicts = [p for p in shown if p.relation == "conflict"]
    agreeing = [p for p in shown if p.relation != "conflict"]
    counts = comparison.summary

    def verdict(p: ClaimPair) -> JudgedPair | None:
        return judged.pair(p.a, p.b) if judged is not None else None

    lines = [
        f"# Comparison: {_inline(article_a.title)} / {_inline(article_b.title)}",
        "",
        _outlet_line("A", article_a),
        _outlet_line("B", article_b),
        "",
        *_undated_note(article_a, article_b),
        "## Summary",
        "",
        f"- Claims: {counts.claims_a} in A ({name_a}), {counts.claims_b} in B ({name_b})",
        f"- Shared: {counts.pairs} pairs ({counts.shared_a} claims of A, {counts.shared_b} of B)",
        f"- Only in A: {counts.only_a}",
        f"- Only in B: {counts.only_b}",
        f"- Conflicts: {counts.conflicts}",
        *_reader_summary(judged),
        "",
    ]
    if conflicts:
        lines += ["## Conflicts", ""]
        for p in conflicts:
            lines += _pair_block(p, alignment, names, True, verdict(p))
    if agreeing:
        lines += ["## Shared claims", ""]
        for q in agreeing:
            lines += _pair_block(q, alignment, names, False, verdict(q))
    for title, indices, claims, prefix in (
        (f"## Only in A ({name_a})", only_a, alignment.claims_a, "A"),
        (f"## Only in B ({name_b})", only_b, alignment.claims_b, "B"),
    ):
        if indices:
            lines += [title, ""]
            lines += [
                f"- {prefix}{i + 1}: {_inline(claims[i].text)}{_unlinked(judged, prefix, i)}"
                for i in indices
            ]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
