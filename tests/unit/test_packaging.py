"""A built wheel ships the stylesheet and the sample library, and finds them when installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("parallax_reader-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_stylesheet_and_sample_library(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tui/styles.tcss" in names
    assert "tui/articles/putin-ai-china/coai.yaml" in names
    assert "tui/articles/putin-ai-china/dagens.yaml" in names
    assert "tui/nlp/entities/lexicon/places.tsv.gz" in names
    assert "tui/nlp/entities/lexicon/DATA_LICENSES.md" in names
    assert any(name.endswith("entry_points.txt") for name in names)


@pytest.mark.slow
def test_installed_copy_finds_stylesheet_and_library(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import tui, tui.app.application, tui.library.loader as L; "
        f"assert tui.__file__.startswith({str(target)!r}), tui.__file__; "
        "css = tui.app.application.stylesheet_path(); "
        "assert css.is_file() and css.parent.name == 'tui', css; "
        "scan = L.scan_library(L.default_library()); "
        "from tui.nlp.entities.lexicon.gazetteer import places; "
        "assert places()['Paris'] == ('GPE', 'paris'); "
        "print(len(scan.articles), len(scan.problems))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=elsewhere,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2", "0"]
