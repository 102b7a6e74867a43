"""Pure-logic modules must never import Textual (the UI only renders what they compute)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

PURE_MODULES = [
    "tui.models",
    "tui.library.loader",
    "tui.library.safe_yaml",
    "tui.library.fields",
    "tui.text.blocks",
    "tui.text.safety",
    "tui.text.wrap",
    "tui.app.label_styles",
    "tui.library.catalog",
    "tui.analysis.entity_summary",
    "tui.cli.entry",
]
OPTIONAL_PURE_MODULES = [
    "tui.library.index",
    "tui.nlp.entities.recogniser",
    "tui.nlp.claims",
    "tui.nlp.align.aligner",
    "tui.analysis.report",
    "tui.analysis.comparison",
    "tui.analysis.export",
    "tui.cli.entities",
    "tui.cli.compare",
]


@pytest.mark.parametrize("module", PURE_MODULES + OPTIONAL_PURE_MODULES)
def test_module_does_not_import_textual(module: str) -> None:
    if module in OPTIONAL_PURE_MODULES and not (REPO / (module.replace(".", "/") + ".py")).exists():
        pytest.skip(f"{module} does not exist")
    code = (
        f"import sys, {module}; "
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')); "
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{module} pulls in Textual: {result.stdout}{result.stderr}"
