"""The import layers in pyproject.toml ([tool.importlinter]) hold, and name real modules.

``lint-imports`` checks the contracts: Textual only in ``tui.app``; no Rich in the domain
packages; layers cli > app > analysis > library | nlp > text | models | paths; no cycles between
sibling modules. The other tests keep the contracts honest: a renamed or new package must be
named in them, or they would silently check nothing.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from typing import Any

import pytest

from tests.conftest import REPO

CONTRACTS: list[dict[str, Any]] = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))[
    "tool"
]["importlinter"]["contracts"]


def _contract(contract_type: str, forbidden: str | None = None) -> dict[str, Any]:
    for contract in CONTRACTS:
        if contract["type"] == contract_type and (
            forbidden is None or contract.get("forbidden_modules") == [forbidden]
        ):
            return contract
    raise AssertionError(f"no {contract_type} contract {forbidden or ''} in pyproject.toml")


def _layer_modules(layers: list[str]) -> list[tuple[str, bool]]:
    """(module, optional) for every module named in a layers list."""
    named = []
    for layer in layers:
        for part in layer.replace(":", "|").split("|"):
            name = part.strip()
            optional = name.startswith("(")
            named.append((name.strip("()"), optional))
    return named


def _top_level_packages() -> set[str]:
    return {
        f"tui.{path.stem}"
        for path in (REPO / "tui").iterdir()
        if (path.is_dir() and (path / "__init__.py").exists())
        or (path.suffix == ".py" and not path.stem.startswith("_"))
    }


def test_lint_imports_passes() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout, result.stdout


def test_every_module_named_in_a_contract_exists() -> None:
    named: list[tuple[str, bool]] = []
    for contract in CONTRACTS:
        named += [(module, False) for module in contract.get("source_modules", [])]
        named += [(module, False) for module in contract.get("ancestors", [])]
        named += _layer_modules(contract.get("layers", []))
    missing = [m for m, optional in named if not optional and importlib.util.find_spec(m) is None]
    assert not missing, f"contracts name modules that do not exist: {missing}"


def test_every_package_outside_the_app_is_kept_from_textual() -> None:
    sources = set(_contract("forbidden", "textual")["source_modules"])
    assert _top_level_packages() - {"tui.app"} <= sources


def test_every_package_has_a_layer() -> None:
    layered = {module for module, _ in _layer_modules(_contract("layers")["layers"])}
    assert _top_level_packages() <= layered


@pytest.mark.parametrize("package", ["tui.library", "tui.nlp", "tui.models", "tui.paths"])
def test_domain_packages_are_kept_from_rich(package: str) -> None:
    assert package in _contract("forbidden", "rich")["source_modules"]
