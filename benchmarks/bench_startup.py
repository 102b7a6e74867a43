"""Time to first paint, measured from outside the process in a pseudo-terminal.

Usage: ``python benchmarks/bench_startup.py [--runs 7] [--big DIR]``

Each case starts a fresh process on a pty (``TERM=xterm-256color``, 120x40 via
``TIOCSWINSZ``), reads its output until a marker text appears on screen, then kills it.
The yardstick is a bare Textual app that shows one line (``hello_app.py``), timed in the
same run; cases alternate so machine noise hits all of them alike. Prints medians.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLE = REPO / "articles"
ROWS, COLS = 40, 120
TIMEOUT = 60.0
_ESCAPE = re.compile(
    rb"\x1b(\[[0-9;?<>=$ ]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)"
)


@dataclass(frozen=True, slots=True)
class Case:
    """One thing to start and the marker that means it has painted."""

    name: str
    argv: tuple[str, ...]
    markers: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()
    fresh_cache: bool = False
    """Point ``PARALLAX_CACHE_DIR`` at a new empty folder for every run (cold start)."""


def time_to_marker(case: Case, cache_root: Path) -> float:
    """Seconds from spawning ``case`` to the first marker on its screen."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLS), "LINES": str(ROWS)}
    env.pop("NO_COLOR", None)
    env.update(dict(case.env))
    if case.fresh_cache:
        env["PARALLAX_CACHE_DIR"] = tempfile.mkdtemp(dir=cache_root)
    wanted = [marker.encode() for marker in case.markers]
    output = b""
    started = time.perf_counter()
    proc = subprocess.Popen(
        case.argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    try:
        while True:
            elapsed = time.perf_counter() - started
            if elapsed > TIMEOUT:
                raise TimeoutError(f"{case.name}: no marker after {TIMEOUT:.0f} s")
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                if proc.poll() is not None:
                    raise RuntimeError(f"{case.name}: exited early: {_plain(output)[-400:]!r}")
                continue
            try:
                output += os.read(master, 65536)
            except OSError:  # the child closed the terminal
                raise RuntimeError(f"{case.name}: exited early") from None
            screen = _plain(output)
            if any(marker in screen for marker in wanted):
                return time.perf_counter() - started
    finally:
        with _quiet():
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        os.close(master)


def _plain(output: bytes) -> bytes:
    return _ESCAPE.sub(b"", output)


class _quiet:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is not None and issubclass(exc[0], OSError)  # type: ignore[arg-type]


def parallax(library: Path) -> tuple[str, ...]:
    """The command that opens the reader on ``library``."""
    return (sys.executable, "-m", "tui", "--library", str(library))


def default_cases(big: Path | None) -> list[Case]:
    """Bare app, sample library, and (with ``big``) the big library cold and warm."""
    cases = [
        Case("bare textual app", (sys.executable, str(HERE / "hello_app.py")), ("HELLO-MARKER",)),
        Case("sample library", parallax(SAMPLE), ("CO/AI",)),
    ]
    if big is not None:
        sources = tuple(sorted(_sources(big)))
        cases += [
            Case("10k warm (index)", parallax(big), ("10000 articles",)),
            Case("10k cold: first sources", parallax(big), sources, fresh_cache=True),
            Case("10k cold: all loaded", parallax(big), ("10000 articles",), fresh_cache=True),
        ]
    return cases


def _sources(library: Path) -> set[str]:
    sys.path.insert(0, str(REPO))
    from tui.library.loader import scan_library

    return set(scan_library(library).sources)


def run(cases: Sequence[Case], runs: int) -> dict[str, list[float]]:
    """Alternate the cases ``runs`` times; return every time per case."""
    times: dict[str, list[float]] = {case.name: [] for case in cases}
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        warm = Path(tmp, "warm")
        warm.mkdir()
        os.environ["PARALLAX_CACHE_DIR"] = str(warm)  # warm cases share one index
        for case in cases:  # one untimed start each: fills the index and the OS cache
            time_to_marker(case, Path(tmp))
        for _ in range(runs):
            for case in cases:
                times[case.name].append(time_to_marker(case, Path(tmp)))
    return times


def table(times: dict[str, list[float]], yardstick: str = "bare textual app") -> str:
    """Medians and ratios to the yardstick, as Markdown rows."""
    base = statistics.median(times[yardstick])
    lines = ["| case | median ms | min ms | × bare |", "|---|---:|---:|---:|"]
    for name, values in times.items():
        med = statistics.median(values)
        lines.append(f"| {name} | {med * 1000:.0f} | {min(values) * 1000:.0f} | {med / base:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--big", type=Path, help="a generated 10,000-article library")
    args = parser.parse_args(argv)
    times = run(default_cases(args.big), args.runs)
    print(table(times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
