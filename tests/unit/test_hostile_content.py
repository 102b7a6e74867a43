"""Hostile article content stays inert: never interpreted, styled, executed or written raw.

Covers Rich/Textual markup, ANSI and OSC 8/52 escapes, carriage returns and other
controls, bidi overrides, zero-width characters, very long lines and words, emoji and
CJK: in the text-safety helpers, the CLI's three compare formats and entities output, and
everything the reader draws (sidebar, header, body, entity panel, problems, toasts).
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from tests.conftest import REPO, WriteFile, article_yaml
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.dialogs.problems import ProblemsScreen
from tui.app.reader.article_view import ArticleView, header_lines
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar
from tui.cli.entry import main
from tui.library.loader import load_article, scan_library
from tui.text.safety import PLACEHOLDER, inert, inert_line, json_text

CORPUS = REPO / "tests" / "data" / "hostile"
GOOD = CORPUS / "good"

UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029"
    "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
"""What must never be drawn raw (newline and tab only as layout, checked separately)."""


def _unsafe(text: str) -> list[str]:
    return UNSAFE.findall(text.replace("\n", "").replace("\t", ""))


# -- the helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred", "\u241b[31mred"),  # ESC → ␛: the sequence is visible, not applied
        ("\x1b]8;;https://x\x1b\\", "\u241b]8;;https://x\u241b\\"),  # OSC 8 hyperlink
        ("\x1b]52;c;cm0=\x07", "\u241b]52;c;cm0=\u2407"),  # OSC 52 clipboard write
        ("over\rwrite", "over\u240dwrite"),  # CR → ␍
        ("nul\x00 bs\x08 ff\x0c", "nul\u2400 bs\u2408 ff\u240c"),
        ("del\x7f", "del\u2421"),
        ("csi\x9b31m nel\x85", f"csi{PLACEHOLDER}31m nel{PLACEHOLDER}"),  # C1 controls
        ("\u202eevil\u202c", f"{PLACEHOLDER}evil{PLACEHOLDER}"),  # bidi override
        ("\u2066iso\u2069 \u200f", f"{PLACEHOLDER}iso{PLACEHOLDER} {PLACEHOLDER}"),  # isolates
        ("zero\u200bwidth\u200d\ufeff", f"zero{PLACEHOLDER}width{PLACEHOLDER}{PLACEHOLDER}"),
        ("[bold]x[/bold] [@click=app.quit]q[/]", "[bold]x[/bold] [@click=app.quit]q[/]"),
        ("東京 😀 e\u0301", "東京 😀 e\u0301"),  # wide and combining characters are kept
        ("a\nb\tc", "a\nb\tc"),
    ],
)
def test_inert_shows_every_unsafe_character_as_a_visible_placeholder(raw: str, shown: str) -> None:
    assert inert(raw) == shown
    assert len(inert(raw)) == len(raw)
    assert inert_line(raw) == shown.replace("\n", " ").replace("\t", " ")


def test_json_text_escapes_c1_and_bidi_but_keeps_the_data() -> None:
    value = {"t": "C1 \x9b31m \x85 bidi \u202e zw \u200b ls \u2028 esc \x1b del \x7f 東京"}
    dumped = json_text(json.dumps(value, ensure_ascii=False))
    assert _unsafe(dumped) == []
    assert "\\u009b" in dumped and "\\u202e" in dumped and "東京" in dumped
    assert json.loads(dumped) == value


def test_rich_text_of_inert_markup_is_literal() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor")
    console.print(Text(inert_line("[bold]B[/bold] [link=https://evil.example]L[/link]")))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "[bold]B[/bold] [link=https://evil.example]L[/link]" in out
    assert "\x1b]8;" not in out  # no hyperlink was emitted
    assert "\x1b[1m" not in out  # nothing was made bold


def test_article_header_is_inert_text() -> None:
    article = load_article(GOOD / "escapes.yaml")
    console = Console(file=io.StringIO(), width=80, color_system=None)
    for line in header_lines(article):
        console.print(line.text)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert _unsafe(out) == []
    assert "\u241b[31mred" in out and "\u241b]52;c;" in out


# -- the command line -----------------------------------------------------------------


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


HOSTILE_FILES = ["escapes.yaml", "controls.md", "markup.yaml", "wide.yaml"]


@pytest.mark.parametrize("name", HOSTILE_FILES)
@pytest.mark.parametrize("form", [[], ["--json"]])
def test_entities_output_is_inert(
    name: str, form: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["entities", *form, str(GOOD / name)], capsys)
    assert code == 0 and err == ""
    assert _unsafe(out) == [], _unsafe(out)
    if form:
        payload = json.loads(out)
        article = load_article(GOOD / name)
        assert payload["title"] == article.title  # JSON keeps the data exactly
        for entity in payload["entities"]:
            assert article.body[entity["start"] : entity["end"]] == entity["text"]


@pytest.mark.parametrize("form", [[], ["--json"], ["--markdown"]])
@pytest.mark.parametrize(
    ("a", "b"), [("escapes.yaml", "controls.md"), ("markup.yaml", "wide.yaml")]
)
def test_compare_output_is_inert(
    a: str, b: str, form: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["compare", *form, str(GOOD / a), str(GOOD / b)], capsys)
    assert code == 0 and err == ""
    assert "Traceback" not in out
    assert _unsafe(out) == [], _unsafe(out)
    if form == ["--json"]:
        payload = json.loads(out)
        assert payload["a"]["title"] == load_article(GOOD / a).title
    if form == ["--markdown"] and a == "markup.yaml":
        assert "\\[bold\\]" in out  # Markdown-escaped, not a link or emphasis


def test_cli_errors_naming_hostile_content_are_inert(
    write: WriteFile, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write("s/bad.yaml", '"\\e]52;c;cm0=\\a": 1\n"\\e]52;c;cm0=\\a": 2\n')
    for argv in (["entities", str(bad)], ["compare", str(bad), str(GOOD / "plain.yaml")]):
        code, _, err = _run(argv, capsys)
        assert code == 1
        assert _unsafe(err) == [] and "\u241b]52" in err
        assert str(bad) in err


def test_check_prints_hostile_problems_inert(
    library: Path, write: WriteFile, capsys: pytest.CaptureFixture[str]
) -> None:
    write("s/good.yaml", article_yaml())
    write("s/bad.yaml", '"\\u202e[bold]\\e[2J": 1\n"\\u202e[bold]\\e[2J": 2\n')
    code, out, err = _run(["check", "--library", str(library)], capsys)
    assert code == 1 and err == ""
    assert _unsafe(out) == []
    assert f"{PLACEHOLDER}[bold]\u241b[2J" in out


# -- the reader -----------------------------------------------------------------------


def _screen_lines(app: ParallaxApp) -> list[str]:
    """Every line the current screen draws, asserting each fills the width exactly."""
    width = app.size.width
    lines = []
    for strip in app.screen._compositor.render_strips():
        assert strip.cell_length == width
        lines.append(strip.text)
    return lines


def _assert_inert_screen(app: ParallaxApp) -> str:
    lines = _screen_lines(app)
    assert len(lines) == app.size.height
    text = "\n".join(lines)
    assert _unsafe(text) == [], _unsafe(text)
    return text


async def _loaded(app: ParallaxApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await wait_until(
        pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.scan is not None
    )
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def test_reader_draws_every_hostile_article_inert_with_layout_intact() -> None:
    app = ParallaxApp(GOOD)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(app, pilot)
        sidebar = screen.query_one(Sidebar)
        sidebar_width = sidebar.size.width
        text = _assert_inert_screen(app)
        assert "[red]Markup Outlet[/red]" in text  # shown literally in the sidebar
        await pilot.press("v")  # group by story: leaf labels show outlet and title
        await pilot.pause()
        _assert_inert_screen(app)
        await pilot.press("e")  # open the entity panel
        view = screen.query_one(ArticleView)
        for meta in sorted(screen.scan.articles, key=lambda m: m.path.name):  # type: ignore[union-attr]
            screen.open_article(meta)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert view.article is not None and view.article.path == meta.path
            text = _assert_inert_screen(app)
            assert sidebar.size.width == sidebar_width  # long lines did not widen a pane
            assert screen.query_one(EntityPanel).has_class("-open")
            for index in range(view.body.line_count):
                assert view.body.line_text(index).find("\n") == -1
            if meta.path.name == "controls.md":
                body = " ".join(view.body.line_text(i) for i in range(view.body.line_count))
                assert "\u241b[31mred\u241b[0m" in body
                assert "carriage\u240dreturn" in body
            if meta.path.name == "markup.yaml":
                assert "[@click=app.quit]" in text
            for _ in range(3):
                await pilot.press("pagedown")
            _assert_inert_screen(app)
        assert app.is_running


async def test_problems_screen_shows_hostile_messages_inert() -> None:
    app = ParallaxApp(CORPUS)
    async with app.run_test(size=(160, 50)) as pilot:
        await _loaded(app, pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemsScreen))
        await pilot.pause()
        text = _assert_inert_screen(app)
        assert "\u241b]52;c;cm0gLXJm\u2407[bold]k" in text


async def test_cannot_open_notification_is_inert_and_not_markup(
    library: Path, write: WriteFile
) -> None:
    path = write("[@click=app.quit]story/[b]x[/b].yaml", article_yaml(source="Src"))
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _loaded(app, pilot)
        meta = screen.scan.articles[0]  # type: ignore[union-attr]
        path.write_text('"\\e]52;c;cm0=\\a[link=x]": 1\n"\\e]52;c;cm0=\\a[link=x]": 2\n')
        screen.open_article(meta)
        await pilot.pause()
        (notification,) = app._notifications
        assert notification.markup is False
        assert notification.message.startswith(str(path))
        assert "[@click=app.quit]story/[b]x[/b].yaml" in notification.message
        assert _unsafe(notification.message) == []
        await pilot.pause()
        _assert_inert_screen(app)
        assert app.is_running


async def test_split_view_of_hostile_articles_is_inert(tmp_path: Path) -> None:
    split = pytest.importorskip("tui.app.split.screen")
    library = tmp_path / "library"
    shutil.copytree(GOOD, library / "story")
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await _loaded(app, pilot)
        metas = {meta.path.name: meta for meta in screen.scan.articles}  # type: ignore[union-attr]
        screen.open_article(metas["escapes.yaml"])
        await app.workers.wait_for_complete()
        await pilot.press("c")  # several other outlets: the story picker
        await wait_until(pilot, lambda: not isinstance(app.screen, ReaderScreen))
        await pilot.pause()
        _assert_inert_screen(app)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert screen.article is not None
        app.push_screen(split.SplitScreen(screen.article, metas["controls.md"]))
        await wait_until(pilot, lambda: isinstance(app.screen, split.SplitScreen))
        await wait_until(pilot, lambda: app.screen.comparison is not None)  # type: ignore[attr-defined]
        await pilot.pause()
        text = _assert_inert_screen(app)
        assert "\u241b[31m" in text
        assert app.is_running


def test_scan_of_the_hostile_library_keeps_raw_data() -> None:
    """The loader stores content as is; only display makes it inert."""
    scan = scan_library(GOOD, index=False)
    titles = {meta.path.name: meta.title for meta in scan.articles}
    assert "\x1b[31m" in titles["escapes.yaml"]
    assert titles["markup.yaml"].startswith("[bold]Bold[/bold]")
