"""``parallax stories`` and ``parallax story ID``: contracts, formats and errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from tests.story_library import write_story_library
from tui.cli.entry import main


@pytest.fixture
def stories_library(library: Path) -> Path:
    write_story_library(library, {"east/chess.yaml": "chess-final"})
    return library


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _ferry_id(capsys: pytest.CaptureFixture[str], library: Path) -> str:
    listing = _json(capsys, "stories", "--library", str(library), "--json")
    return next(s["id"] for s in listing["stories"] if len(s["articles"]) == 3)


def test_stories_json_lists_every_story_with_why(
    stories_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(capsys, "stories", "--library", str(stories_library), "--json")
    stories = data["stories"]
    assert len(stories) == 3
    assert all(set(s) == {"id", "title", "articles"} for s in stories)
    ferry = next(s for s in stories if len(s["articles"]) == 3)
    assert {a["source"] for a in ferry["articles"]} == {"North Wire", "South Post", "East Gazette"}
    assert all(set(a) == {"path", "source", "published", "why"} for a in ferry["articles"])
    assert ferry["articles"][0]["published"] == "2025-03-04T08:00:00"  # oldest first
    assert "Kestrel Bay" in ferry["articles"][1]["why"]
    chess = next(s for s in stories if s["id"] == "chess-final")
    assert chess["articles"][0]["why"].startswith("explicit")


def test_stories_table_lists_outlets(stories_library: Path) -> None:
    from tui.cli.stories import run_stories

    out = io.StringIO()
    assert run_stories(stories_library, False, Console(file=out, width=150)) == 0
    text = out.getvalue()
    assert "North Wire, South Post, East Gazette" in text
    assert "chess-final" in text and "3 stories" in text


def test_story_json_is_the_fact_matrix(
    stories_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = _ferry_id(capsys, stories_library)
    data = _json(capsys, "story", story, "--library", str(stories_library), "--json")
    assert data["story"] == story
    assert [o["source"] for o in data["outlets"]] == ["North Wire", "South Post", "East Gazette"]
    rows = data["rows"]
    assert all(len(row["cells"]) == 3 for row in rows)
    everyone = [r for r in rows if all(r["cells"])]
    assert any("coastal bus" in r["text"] for r in everyone)
    sailings = next(r for r in rows if "sailings" in r["text"])
    assert sailings["conflict"] is True  # 40 sailings against 55
    assert sailings["cells"][2] == []  # East Gazette does not give a figure
    union = next(r for r in rows if "union" in r["text"])
    assert [bool(c) for c in union["cells"]] == [False, False, True]


def test_story_markdown_report(stories_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _ferry_id(capsys, stories_library)
    assert main(["story", story, "--library", str(stories_library), "--markdown"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# ")
    assert "| 2 | South Post | 2025-03-04T11:30:00 |" in text
    assert "Timeline: North Wire first, South Post +4h, East Gazette +23h." in text
    assert "| ≠ | ≠ | · |" in text


def test_story_accepts_an_explicit_slug_in_any_case(
    stories_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(capsys, "story", "CHESS-FINAL", "--library", str(stories_library), "--json")
    assert data["story"] == "chess-final"
    assert [o["source"] for o in data["outlets"]] == ["East Gazette"]


def test_unknown_story_is_one_line_naming_the_known_ones(
    stories_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["story", "no-such-story", "--library", str(stories_library)]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "no story 'no-such-story'" in err and "chess-final" in err


def test_missing_library_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--library", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "does not exist" in err


def test_fetched_time_stands_in_for_a_missing_date(
    stories_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = stories_library / "west" / "chess.yaml"
    extra.parent.mkdir()
    extra.write_text(
        "title: 'Orrin club has a new young champion'\nsource: 'West Daily'\n"
        "story: chess-final\nfetched: '2025-11-02T18:00:00'\nbody: |\n"
        "  Pim Osterhout, twelve, won the Orrin chess club's winter tournament.\n",
        encoding="utf-8",
    )
    assert main(["story", "chess-final", "--library", str(stories_library), "--markdown"]) == 0
    text = capsys.readouterr().out
    assert "Timeline: East Gazette first, West Daily ~+18h." in text
    assert "when it was first fetched" in text
