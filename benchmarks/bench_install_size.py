"""Installed size of a fresh ``pip install .`` (the default install, no extras).

Usage: ``python benchmarks/bench_install_size.py [--source DIR] [--keep]``

Creates a virtual environment in a temporary folder (``python -m venv``, so it holds the
pip (and, before Python 3.12, setuptools) that any fresh venv has), installs the project
from ``--source`` (default: this checkout) with ``pip install``, and prints the size of the
venv's ``site-packages``: the total, what the empty venv already had, and the ten biggest
installed distributions. Sizes are the sum of the files' lengths in MB (10^6 bytes),
byte-compiled ``.pyc`` files included (pip writes them at install time). Budget: 200 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUDGET_MB = 200.0


def _files_size(root: Path) -> int:
    """Sum of the lengths of the regular files under ``root`` (symlinks not followed)."""
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def _site_packages(venv: Path) -> Path:
    found = sorted(venv.glob("lib/python3*/site-packages")) or sorted(
        venv.glob("Lib/site-packages")
    )
    if not found:
        raise SystemExit(f"bench_install_size: no site-packages under {venv}")
    return found[0]


def _by_distribution(site: Path) -> dict[str, int]:
    """Bytes per installed distribution, from each ``*.dist-info/RECORD`` file list."""
    sizes: dict[str, int] = {}
    for record in site.glob("*.dist-info/RECORD"):
        name = record.parent.name.removesuffix(".dist-info").rsplit("-", 1)[0]
        total = 0
        for line in record.read_text(encoding="utf-8").splitlines():
            rel = line.split(",", 1)[0]
            path = (site / rel).resolve()
            if path.is_file() and path.is_relative_to(site.resolve()):
                total += path.stat().st_size
        sizes[name] = total
    return sizes


def _mb(n: int) -> str:
    return f"{n / 1e6:7.1f} MB"


def measure(source: Path, keep: bool) -> int:
    """Install ``source`` into a fresh venv, print its sizes; 1 if over budget."""
    tmp = Path(tempfile.mkdtemp(prefix="parallax-size-"))
    venv = tmp / "venv"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        site = _site_packages(venv)
        empty = _files_size(site)
        python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--no-cache-dir", str(source)],
            check=True,
        )
        total = _files_size(site)
        print(f"site-packages after `pip install {source}` into a fresh venv:")
        print(f"  total     {_mb(total)}   (budget {BUDGET_MB:.0f} MB)")
        print(f"  empty venv{_mb(empty)}   (pip/setuptools a fresh venv already has)")
        print(f"  added     {_mb(total - empty)}")
        print("  biggest distributions:")
        ranked = sorted(_by_distribution(site).items(), key=lambda kv: -kv[1])
        for name, size in ranked[:10]:
            print(f"    {name:<32}{_mb(size)}")
        if keep:
            print(f"  kept: {venv}")
        return 0 if total / 1e6 <= BUDGET_MB else 1
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO, help="project folder to install")
    parser.add_argument("--keep", action="store_true", help="keep the venv and print its path")
    args = parser.parse_args()
    return measure(args.source.resolve(), args.keep)


if __name__ == "__main__":
    raise SystemExit(main())
