"""Run every Parallax benchmark and print one table of medians, ratios and targets.

Usage: ``python benchmarks/run_all.py [--runs 7] [--library DIR]``

The 10,000-article library is generated once (seed 7) into ``DIR`` (default: a folder in
the temp directory) and reused. Start-up times come from ``bench_startup`` (pty, bare
Textual app as yardstick, same run); the rest from ``bench_app`` (in-process).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE.parent, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import bench_app  # noqa: E402
import bench_startup  # noqa: E402
from generate_library import generate  # noqa: E402

STAMP = ".generated-10k-seed7"


def big_library(folder: Path) -> Path:
    """The 10,000-article library in ``folder``, generated on first use."""
    if not (folder / STAMP).is_file():
        print(f"generating 10,000 articles into {folder} …", file=sys.stderr)
        generate(folder)
        (folder / STAMP).write_text("ok\n", encoding="utf-8")
    return folder


def _row(name: str, value: str, target: str, verdict: str) -> str:
    return f"| {name} | {value} | {target} | {verdict} |"


def report(startup: dict[str, list[float]], app: dict[str, float]) -> str:
    """The Markdown table of every figure against its target."""
    med = {name: statistics.median(values) for name, values in startup.items()}
    bare = med["bare textual app"]
    lines = ["| measurement | median | target | met? |", "|---|---:|---|---|"]

    def ratio(name: str, limit: float) -> None:
        r = med[name] / bare
        lines.append(
            _row(
                f"first paint: {name}",
                f"{med[name] * 1000:.0f} ms ({r:.2f}× bare)",
                f"≤ {limit}× bare",
                "yes" if r <= limit else "**no**",
            )
        )

    lines.append(_row("first paint: bare textual app", f"{bare * 1000:.0f} ms", "yardstick", ""))
    ratio("sample library", 1.25)
    for name in med:
        if name.startswith("10k"):
            ratio(name, 2.0)

    def limit(name: str, shown: str, target: str, ok: bool) -> None:
        lines.append(_row(name, shown, target, "yes" if ok else "**no**"))

    ms = {key: value * 1000 for key, value in app.items()}
    limit(
        "peak RSS after start-up, 10k cold",
        f"{app['peak RSS cold (MB)']:.0f} MB",
        "< 250 MB",
        app["peak RSS cold (MB)"] < 250,
    )
    limit(
        "peak RSS after start-up, 10k warm",
        f"{app['peak RSS warm (MB)']:.0f} MB",
        "< 250 MB",
        app["peak RSS warm (MB)"] < 250,
    )
    limit(
        "load_article (read + validate)",
        f"{ms['load_article']:.2f} ms",
        "< 100 ms",
        ms["load_article"] < 100,
    )
    key = "open article (load+show+paint)"
    limit("open article in the reader (headless)", f"{ms[key]:.0f} ms", "< 100 ms", ms[key] < 100)
    key = "filter keystroke: rebuild"
    limit("filter keystroke: sidebar rebuild", f"{ms[key]:.1f} ms", "< 50 ms", ms[key] < 50)
    noop = ms["no-op keystroke: press→idle"]
    key = "filter keystroke: press→idle"
    limit(
        "filter keystroke: press → idle, minus no-op key",
        f"{ms[key] - noop:.0f} ms ({ms[key]:.0f} − {noop:.0f})",
        "< 50 ms",
        ms[key] - noop < 50,
    )
    key = "split: first rows (screen timer)"
    limit("split view 2×5,000 words: first rows", f"{ms[key]:.0f} ms", "≤ 300 ms", ms[key] <= 300)
    key = "split: whole alignment shown"
    limit(
        "split view 2×5,000 words: whole alignment shown",
        f"{ms[key]:.0f} ms",
        "≤ 1 s",
        ms[key] <= 1000,
    )
    rate = app["recogniser MB/s"]
    limit("entity recognition", f"{rate:.2f} MB/s", "≥ 1 MB/s", rate >= 1)
    key = "align 500 claims (with recognition)"
    limit("align two 500-claim articles", f"{ms[key]:.0f} ms", "≤ 500 ms", ms[key] <= 500)
    return "\n".join(lines)


def machine() -> str:
    """One line naming this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs per case")
    parser.add_argument("--library", type=Path, default=Path(tempfile.gettempdir(), "parallax-10k"))
    args = parser.parse_args(argv)
    library = big_library(args.library)
    startup = bench_startup.run(bench_startup.default_cases(library), args.runs)
    app = bench_app.measure(library)
    print(f"{time.strftime('%Y-%m-%d')} · {machine()} · start-up runs: {args.runs}\n")
    print(bench_startup.table(startup))
    print()
    print(report(startup, app))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
