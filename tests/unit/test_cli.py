"""The ``parallax`` command line: version, help, check."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from tests.conftest import SAMPLE_LIBRARY, WriteFile, article_yaml
from tui import __version__
from tui.cli.entry import build_parser, main, run_check


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=200, highlight=False), out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"parallax {__version__}"


@pytest.mark.parametrize("command", [[], ["check"], ["entities"], ["compare"]])
def test_help_everywhere(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: parallax" in capsys.readouterr().out


def test_check_clean_sample_library_exits_zero() -> None:
    console, out = _console()
    assert run_check(SAMPLE_LIBRARY, console) == 0
    assert "2 articles loaded, 0 problems" in out.getvalue()


def test_check_lists_each_problem_and_exits_one(write: WriteFile, library: Path) -> None:
    write("s/good.yaml", article_yaml())
    write("s/bad.yaml", "source: x\nbody: y\n")
    write("s/worse.yaml", "title: [\n")
    console, out = _console()
    assert run_check(library, console) == 1
    lines = out.getvalue().splitlines()
    assert f"{library / 's' / 'bad.yaml'}: 'title' is missing" in lines
    assert any(line.startswith(f"{library / 's' / 'worse.yaml'}:") for line in lines)
    assert "1 article loaded, 2 problems" in lines[-1]


def test_check_missing_folder_exits_one(tmp_path: Path) -> None:
    console, out = _console()
    assert run_check(tmp_path / "nope", console) == 1
    assert "does not exist" in out.getvalue()


def test_main_check_uses_env_library(
    write: WriteFile,
    library: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write("s/a.yaml", article_yaml())
    monkeypatch.setenv("PARALLAX_LIBRARY", str(library))
    assert main(["check"]) == 0
    assert str(library) in capsys.readouterr().out


def test_reader_refuses_without_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(SAMPLE_LIBRARY)]) == 2
    assert "needs a terminal" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_reader_exits_non_zero_after_an_unhandled_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.app.application import ParallaxApp
    from tui.app.reader.screen import ReaderScreen

    def crash(_screen: ReaderScreen) -> None:
        raise RuntimeError("boom")

    run = ParallaxApp.run
    monkeypatch.setattr(ParallaxApp, "run", lambda app: run(app, headless=True))
    monkeypatch.setattr(ReaderScreen, "on_mount", crash)
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("sys.stdout", _Terminal())
    assert main(["--library", str(SAMPLE_LIBRARY)]) == 1


@pytest.mark.parametrize("position", ["before", "after"])
def test_library_option_works_before_or_after_the_command(
    position: str, write: WriteFile, library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write("s/bad.yaml", "title: [\n")
    option = ["--library", str(library)]
    argv = [*option, "check"] if position == "before" else ["check", *option]
    assert main(argv) == 1
    assert str(library / "s" / "bad.yaml") in capsys.readouterr().out


def _parallax(*args: str, **popen: object) -> subprocess.Popen[bytes]:
    code = "import sys; from tui.cli import main; sys.exit(main())"
    return subprocess.Popen([sys.executable, "-c", code, *args], stderr=subprocess.PIPE, **popen)  # type: ignore[call-overload]


SAMPLE_PAIR = [str(path) for path in sorted(SAMPLE_LIBRARY.glob("*/*.yaml"))]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_gives_one_line_not_a_traceback() -> None:
    with open("/dev/full", "wb") as full:
        process = _parallax("compare", *SAMPLE_PAIR, "--json", stdout=full)
        _out, err = process.communicate(timeout=120)
    assert process.returncode == 1
    assert err.decode().strip() == "parallax: cannot write output: No space left on device"


def test_closed_pipe_exits_quietly() -> None:
    process = _parallax("compare", *SAMPLE_PAIR, "--json", stdout=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()  # like `| head -c 5` finishing before the output is written
    _out, err = process.communicate(timeout=120)
    assert err == b""
    assert process.returncode == 141


def test_a_folder_alone_is_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``parallax DIR`` opens the reader on DIR, as ``parallax --library DIR`` does."""
    from tui.cli import entry

    folder = tmp_path / "news"
    folder.mkdir()
    assert entry._library_shorthand([str(folder)]) == ["--library", str(folder)]
    assert entry._library_shorthand(["check"]) == ["check"]  # a command stays a command
    assert entry._library_shorthand([str(tmp_path / "missing")]) == [str(tmp_path / "missing")]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "check").mkdir()  # a folder named like a command: the command wins
    assert entry._library_shorthand(["check"]) == ["check"]
