"""Pilot tests of the reader's judgements in the split view: verdicts, notes, unlink, link,
saved at once in the library and shown again when the split view is reopened; `y` copies."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml
from rich.console import Console

from tests.functional.helpers import wait_until
from tests.functional.test_split_view import open_split
from tui.analysis.judgements import story_file
from tui.app.application import ParallaxApp
from tui.app.dialogs.note import NoteScreen
from tui.app.split.rows import SplitRows
from tui.app.split.screen import SplitScreen
from tui.cli.compare import run_compare


def marks(rows: SplitRows, number: int) -> str:
    """The judgement glyphs drawn on the last line of row ``number``'s band."""
    band = rows.band_of(number)
    assert band is not None
    return rows.line_text(band.top + band.height - 1).strip()


def saved(story: Path) -> list[dict[str, object]]:
    data = yaml.safe_load(story_file(story, "harbour").read_text(encoding="utf-8"))
    (pair,) = data["pairs"]
    return list(pair["judgements"])


async def test_judge_close_reopen_and_compare_json(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        rows = screen.rows
        await pilot.press("n")
        verified = rows.cursor
        row = rows.current_row
        pair = (row.a[0], row.b[0])
        await pilot.press("v")
        await pilot.pause()
        assert marks(rows, verified) == "✓"
        assert any("saved to" in n.message and "harbour" in n.message for n in app._notifications)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteScreen))
        await pilot.press(*"[b]sure[/b]", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        assert marks(rows, verified) == "✓✎"
        await pilot.press("n")
        unlinked_row = rows.current_row
        unlinked = (unlinked_row.a[0], unlinked_row.b[0])
        await pilot.press("minus")
        await pilot.pause()
        assert marks(rows, rows.cursor) == "⊘"
        await pilot.press("d")  # no pair left on this row
        for _ in range(12):  # the next claim only the left outlet reports
            await pilot.press("u")
            one_sided = rows.current_row
            if one_sided.a and not one_sided.b:
                break
        assert one_sided.a and not one_sided.b
        await pilot.press("l", "tab", "g", "l")
        await pilot.pause()
        linked = (one_sided.a[0], rows.current_row.b[0])
        assert "⚑" in marks(rows, rows.cursor)

        items = {(j["a"], j["b"]): j for j in saved(story)}
        assert items[pair]["verdict"] == "verified" and items[pair]["note"] == "[b]sure[/b]"
        assert items[unlinked]["linked"] is False
        assert items[linked]["linked"] is True and "verdict" not in items[linked]
        # v judges every pair of the active claim (A1 beside all its partners), no other
        judged_claim = {k for k, v in items.items() if v.get("verdict") == "verified"}
        assert pair in judged_claim and {a for a, _b in judged_claim} == {pair[0]}
        assert len(items) == len(judged_claim) + 2

        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        again = app.screen
        assert isinstance(again, SplitScreen) and again is not screen
        await wait_until(pilot, lambda: again.comparison is not None and again._judgements)
        await pilot.pause()
        assert again._judgements is not None
        assert {(j.a, j.b) for j in again._judgements.items} == set(items)
        assert marks(again.rows, verified) == "✓✎"

    a, b = story / "harbour" / "gazette.yaml", story / "harbour" / "wire.yaml"
    assert run_compare(str(a), str(b), story, "json", Console(file=io.StringIO())) == 0
    data = json.loads(capsys.readouterr().out)
    pairs = {(p["a"], p["b"]): p for p in data["pairs"]}
    assert unlinked not in pairs
    assert pairs[linked]["by"] == "reader"
    assert pairs[pair]["verdict"] == "verified" and pairs[pair]["note"] == "[b]sure[/b]"


async def test_verdict_again_clears_it(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("n", "d")
        await pilot.pause()
        assert marks(screen.rows, screen.rows.cursor) == "✗"
        await pilot.press("d")
        await pilot.pause()
        assert marks(screen.rows, screen.rows.cursor) == ""
        assert all("verdict" not in j for j in saved(story))


async def test_w_report_shows_judgements(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_split(pilot, app)
        await pilot.press("n", "v", "w")
        await pilot.pause()
        first = screen.exported
        assert first is not None and "Reader: engine pair; verified." in first.read_text("utf-8")
        await pilot.press("w")
        await pilot.pause()
        assert screen.exported is not None and screen.exported != first
        assert first.exists() and screen.exported.name.endswith("-2.md")


async def test_y_copies_the_claim_with_its_attribution(story: Path) -> None:
    app = ParallaxApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_split(pilot, app)
        await pilot.press("n", "y")
        await pilot.pause()
        assert app.clipboard.startswith("“") and "” — Harbour Gazette" in app.clipboard
