"""The reader's judgements in the split view: verify, dispute, unlink, note, link, copy.

The story's judgements are read with the alignment (in its worker) and the rows are built
from the judged comparison; each new judgement is saved at once in the library's
judgements file for the story (see :mod:`tui.analysis.judgements`) and the rows rebuilt.
Rows show them as glyphs under the relation glyph.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.analysis import Comparison
from tui.analysis.comparison import cursor_row
from tui.analysis.judged import row_claims, row_pairs
from tui.analysis.judgements import Judgement, JudgementError, PairJudgements, load, save
from tui.app.dialogs.note import NoteScreen
from tui.models import Article
from tui.nlp.align.rows import Row
from tui.text.safety import inert_line

if TYPE_CHECKING:
    from tui.app.split.rows import SplitRows


class JudgingMixin:
    """Actions of :class:`SplitScreen` that record the reader's judgements."""

    article: Article
    other: Article | None
    comparison: Comparison | None
    library: Path | None
    _judgements: PairJudgements | None = None
    _judged_left: Path | None = None
    _link_from: tuple[Path, int] | None = None
    _unreadable = ""

    if TYPE_CHECKING:
        app: Any

        @property
        def rows(self) -> SplitRows: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def _current(self) -> Row | None: ...
        def _apply(self, comparison: Comparison, cursor: int) -> None: ...

    # -- state --------------------------------------------------------------------

    def _read_judgements(
        self, other: Article, comparison: Comparison
    ) -> tuple[Comparison, PairJudgements | None, str]:
        """(In the alignment worker) the story's saved judgements on ``self.article`` vs
        ``other``, the comparison judged by them, and an error message if unreadable."""
        if self.library is None:
            return comparison, None, ""
        al = comparison.engine
        try:
            pair = load(
                self.library,
                self.article.story,
                self.article.path,
                other.path,
                [c.text for c in al.claims_a],
                [c.text for c in al.claims_b],
            )
        except JudgementError as error:
            return comparison, None, str(error)
        return comparison.judged_by(pair.items), pair, ""

    def _take_judgements(self, pair: PairJudgements | None, error: str) -> None:
        """Keep the judgements read with the alignment (oriented as the view is now)."""
        self.rows.painter.judged = self._row_marks
        self._unreadable = error
        if error:
            self.notify(inert_line(error), severity="error", markup=False)
        if pair is not None:
            self._judgements, self._judged_left = pair, self.article.path

    def _rejudge(self) -> None:
        """Show the comparison judged by the current judgements, the cursor on the same
        claim of the active side."""
        if self.comparison is None:
            return
        judged = self.comparison.judged_by(self._view())
        side = self.rows.side
        self._apply(judged, cursor=cursor_row(judged, self.rows.current_row, side=side))

    @property
    def _flipped(self) -> bool:
        return self._judged_left is not None and self.article.path != self._judged_left

    def _view(self) -> list[Judgement]:
        """The judgements oriented as the view is (left article first)."""
        items = self._judgements.items if self._judgements else []
        return [j.swapped() for j in items] if self._flipped else list(items)

    def _linked(self) -> list[tuple[int, int]]:
        """The pairs of the judged alignment shown."""
        pairs = self.comparison.alignment.pairs if self.comparison else ()
        return sorted((p.a, p.b) for p in pairs)

    def _row_marks(self, row: Row) -> str:
        return self.comparison.row_marks(row) if self.comparison is not None else ""

    def _ready_to_judge(self) -> Row | None:
        row = self._current()
        if row is None:
            return None
        if self._unreadable:  # never write over a file the reader can still repair
            message = f"{self._unreadable} (fix or remove it to judge)"
            self.notify(inert_line(message), severity="error", markup=False)
            return None
        if self.library is None or self._judgements is None:
            self.notify("No library to save judgements in", severity="warning", timeout=3)
            return None
        return row

    def _judgement(self, a: int, b: int) -> Judgement:
        found = next((j for j in self._view() if (j.a, j.b) == (a, b)), None)
        if found is not None:
            return found
        assert self.comparison is not None
        al = self.comparison.alignment
        return Judgement(a, b, a_text=al.claims_a[a].text, b_text=al.claims_b[b].text)

    def _save(self, judgements: list[Judgement], what: str) -> None:
        assert self._judgements is not None and self.library is not None
        for j in judgements:
            self._judgements.put(replace(j.swapped() if self._flipped else j, at=""))
        try:
            path = save(self.library, self.article.story, self._judgements)
        except JudgementError as error:
            self.notify(inert_line(str(error)), severity="error", markup=False)
            return
        self._rejudge()
        self.notify(inert_line(f"{what} · saved to {path}"), timeout=4, markup=False)

    def _pairs_here(self) -> list[tuple[int, int]] | None:
        row = self._ready_to_judge()
        if row is None:
            return None
        pairs = row_pairs(row, self._linked())
        if not pairs:
            self.notify("No pair on this row", severity="warning", timeout=2)
            return None
        # A row may group several pairs (one claim beside its partners, chained): judge
        # the pairs of the active side's first claim that has one.
        side = self.rows.side
        for claim in row.claims(side):
            own = [p for p in pairs if (p[0] if side == "a" else p[1]) == claim]
            if own:
                return own
        return pairs

    @staticmethod
    def _names(pairs: list[tuple[int, int]]) -> str:
        return ", ".join(f"A{a + 1}↔B{b + 1}" for a, b in pairs)

    # -- actions --------------------------------------------------------------------

    def _verdict(self, verdict: str) -> None:
        pairs = self._pairs_here()
        if pairs is None:
            return
        current = [self._judgement(a, b) for a, b in pairs]
        clear = all(j.verdict == verdict for j in current)
        new = None if clear else verdict
        changed = [replace(j, linked=True, verdict=new) for j in current]
        self._save(changed, f"{self._names(pairs)}: {'cleared' if clear else verdict}")

    def action_verify(self) -> None:
        self._verdict("verified")

    def action_dispute(self) -> None:
        self._verdict("disputed")

    def action_unlink(self) -> None:
        row = self._ready_to_judge()
        if row is None:
            return
        unlinked = [(j.a, j.b) for j in self._view() if not j.linked]
        back = row_pairs(row, unlinked) if not row_pairs(row, self._linked()) else []
        if back:
            relinked = [replace(self._judgement(a, b), linked=True) for a, b in back]
            self._save(relinked, f"{self._names(back)}: linked again")
            return
        pairs = self._pairs_here()
        if pairs is None:
            return
        changed = [replace(self._judgement(a, b), linked=False) for a, b in pairs]
        self._save(changed, f"{self._names(pairs)}: unlinked")

    def action_note(self) -> None:
        pairs = self._pairs_here()
        if pairs is None:
            return
        current = [self._judgement(a, b) for a, b in pairs]

        def done(note: str | None) -> None:
            if note is None:
                return
            changed = [replace(j, linked=True, note=note) for j in current]
            self._save(changed, f"{self._names(pairs)}: {'note' if note else 'note removed'}")

        self.app.push_screen(NoteScreen(self._names(pairs), current[0].note), done)

    def action_link(self) -> None:
        row = self._ready_to_judge()
        if row is None or self.other is None:
            return
        side = self.rows.side
        claims = row_claims(row, side)
        if not claims:
            self.notify("No claim on this side of the row", severity="warning", timeout=2)
            return
        here = (self.article if side == "a" else self.other).path, claims[0]
        mark = self._link_from
        if mark is None or mark[0] == here[0]:
            self._link_from = here
            self.notify(
                f"{side.upper()}{claims[0] + 1} marked: tab to the other side, then l to link",
                timeout=4,
            )
            return
        self._link_from = None
        a, b = (mark[1], here[1]) if side == "b" else (here[1], mark[1])
        linked = replace(self._judgement(a, b), linked=True)
        self._save([linked], f"A{a + 1}↔B{b + 1}: linked by you")

    def action_copy_claim(self) -> None:
        row = self._current()
        if row is None or self.comparison is None or self.other is None:
            return
        side = self.rows.side
        claims = row_claims(row, side)
        if not claims:
            self.notify("No claim on this side of the row", severity="warning", timeout=2)
            return
        al = self.comparison.alignment
        claim = (al.claims_a if side == "a" else al.claims_b)[claims[0]]
        article = self.article if side == "a" else self.other
        self.app.copy_to_clipboard(quote(claim.text, article))
        self.notify(f"Copied {side.upper()}{claims[0] + 1} with its attribution", timeout=3)


def quote(text: str, article: Article) -> str:
    """``text`` quoted with its attribution: outlet, date and URL when known."""
    parts = [article.source]
    if article.published is not None:
        parts.append(article.published.strftime("%Y-%m-%d"))
    if article.url:
        parts.append(article.url)
    return f"“{' '.join(text.split())}” — {', '.join(parts)}"
