"""The ``parallax entities`` command module, called directly."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console

from tui.cli.entities import run_entities


def _article(tmp_path: Path, body: str, title: str = "T [bold]x[/bold]") -> Path:
    p = tmp_path / "a.yaml"
    p.write_text(
        "title: "
        + json.dumps(title)
        + '\nsource: "Wire"\nstory: s\nbody: '
        + json.dumps(body)
        + "\n",
        encoding="utf-8",
    )
    return p


def _console() -> Console:
    return Console(file=io.StringIO(), width=120, color_system=None)


def test_json_contract(tmp_path: Path) -> None:
    body = "Russian President Vladimir Putin met [red]Ünal[/red] in Moscow on Friday; Putin left."
    path = _article(tmp_path, body)
    con = _console()
    assert run_entities(path, True, con) == 0
    data = json.loads(con.file.getvalue())
    assert set(data) == {"path", "title", "source", "entities"}
    assert data["title"] == "T [bold]x[/bold]"
    assert data["source"] == "Wire"
    assert data["path"] == str(path)
    starts = []
    for ent in data["entities"]:
        assert set(ent) == {"text", "label", "start", "end", "key"}
        assert isinstance(ent["start"], int)
        assert isinstance(ent["end"], int)
        assert body[ent["start"] : ent["end"]] == ent["text"]
        starts.append(ent["start"])
    assert starts == sorted(starts)
    assert {"Vladimir Putin", "Moscow", "Friday"} <= {e["text"] for e in data["entities"]}


def test_json_keeps_unicode(tmp_path: Path) -> None:
    path = _article(tmp_path, "Zürich and São Paulo grew.")
    con = _console()
    run_entities(path, True, con)
    assert "São Paulo" in con.file.getvalue()


def test_table_output_escapes_markup(tmp_path: Path) -> None:
    path = _article(tmp_path, "The [bold]Kremlin[/bold] said so.")
    con = _console()
    assert run_entities(path, False, con) == 0
    out = con.file.getvalue()
    assert "Kremlin" in out
    assert "[bold]x[/bold]" in out


def test_load_error_goes_to_stderr(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [unclosed\n", encoding="utf-8")
    con = _console()
    assert run_entities(bad, True, con) == 1
    err = capsys.readouterr().err
    assert "bad.yaml" in err
    assert con.file.getvalue() == ""
    assert run_entities(tmp_path / "missing.yaml", False, con) == 1
