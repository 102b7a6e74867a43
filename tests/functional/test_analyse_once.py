"""Opening and comparing an article: one analysis per article per run, no UI-thread scan."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import tui.nlp.claims
import tui.nlp.entities.chunks
from tests.conftest import WriteFile
from tests.functional.helpers import wait_until
from tests.functional.test_split_cases import budget_story
from tui.analysis.article_analysis import CACHE
from tui.app.application import ParallaxApp
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.screen import ReaderScreen
from tui.app.split.screen import SplitScreen


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> dict[str, Counter[str]]:
    """Count, per text, the recogniser's and the segmenter's runs, whoever calls them."""
    CACHE.clear()
    seen: dict[str, Counter[str]] = {"recognise": Counter(), "segment": Counter()}
    doc_init = tui.nlp.entities.chunks.Document.__init__
    units = tui.nlp.claims._units

    def counting_doc(self: Any, text: str) -> None:
        seen["recognise"][text] += 1
        doc_init(self, text)

    def counting_units(body: str) -> Any:
        seen["segment"][body] += 1
        return units(body)

    monkeypatch.setattr(tui.nlp.entities.chunks.Document, "__init__", counting_doc)
    monkeypatch.setattr(tui.nlp.claims, "_units", counting_units)
    return seen


async def test_reader_panel_split_and_back_analyse_each_article_once(
    library: Path, write: WriteFile, counts: dict[str, Counter[str]]
) -> None:
    budget_story(write)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(reader.mentions))
        for _ in range(2):  # look at the entities, compare, go back; then again
            await pilot.press("e")
            await wait_until(pilot, lambda: reader.query_one(EntityPanel).has_class("-open"))
            await pilot.press("e")
            await pilot.press("c")
            await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
            split = app.screen
            assert isinstance(split, SplitScreen)
            await wait_until(pilot, lambda s=split: s.comparison is not None, 500)
            assert split.other is not None and reader.article is not None
            bodies = {reader.article.body, split.other.body}
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is reader)
        await app.workers.wait_for_complete()
    assert len(bodies) == 2
    for what in ("recognise", "segment"):
        assert all(counts[what][body] == 1 for body in bodies), what
        assert set(counts[what].values()) == {1}, what  # nor any other text twice


async def test_a_changed_body_is_analysed_again(
    library: Path, write: WriteFile, counts: dict[str, Counter[str]]
) -> None:
    from tui.analysis import analyse
    from tui.library.loader import load_article

    budget_story(write)
    path = library / "budget" / "alpha.yaml"
    first = analyse(load_article(path))
    assert analyse(load_article(path)) is first
    path.write_text(path.read_text(encoding="utf-8").replace("budget", "plan"), "utf-8")
    changed = analyse(load_article(path))
    assert changed is not first and changed.key != first.key
    assert sum(counts["recognise"].values()) == 2


async def test_compare_before_the_scan_finds_the_siblings_off_the_ui_thread(
    library: Path, write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import tui.app.split.opening
    from tui.library.loader import load_article

    budget_story(write)
    threads: list[threading.Thread] = []
    real_scan = tui.app.split.opening.scan_library

    def recording_scan(root: Path) -> Any:
        threads.append(threading.current_thread())
        return real_scan(root)

    monkeypatch.setattr(tui.app.split.opening, "scan_library", recording_scan)
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: getattr(app.screen, "scan", None) is not None)
        await pilot.pause()
        threads.clear()
        article = load_article(library / "budget" / "alpha.yaml")
        app.screen.post_message(ReaderScreen.CompareRequested(article, None, None))
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen), 500)
        screen = app.screen
        assert isinstance(screen, SplitScreen) and screen.other_meta is not None
        assert screen.other_meta.source == "Beta"
        await wait_until(pilot, lambda: screen.comparison is not None, 500)
        await pilot.pause()
    assert threads and threading.main_thread() not in threads
