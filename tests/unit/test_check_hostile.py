"""``parallax check`` over the committed hostile corpus: one clear line per problem.

The corpus (``tests/data/hostile``) holds good articles with hostile content, one bad
file per input fault and two files claiming the same story and outlet.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tui.library.loader import load_article, scan_library

CORPUS = REPO / "tests" / "data" / "hostile"

GOOD = sorted(p.relative_to(CORPUS).as_posix() for p in (CORPUS / "good").iterdir())
"""Every file of ``good/`` loads (hostile content is data, not a fault)."""

TAG = "invalid YAML: unsupported tag tag:yaml.org,2002:"

EXPECTED = {
    "bad/a-list.yaml": "expected a mapping of fields (title, source, body), found a list",
    "bad/a-scalar.yaml": "expected a mapping of fields (title, source, body), found text",
    "bad/bad-date.yaml:3": "'published' is not a date: 'the day after tomorrow'",
    "bad/billion-laughs.yaml:1": "YAML anchors and aliases (&name / *name) are not allowed",
    "bad/duplicate-key.yaml:3": "duplicate key 'title'",
    "bad/empty-body.yaml:3": "'body' is empty",
    "bad/frontmatter-missing.md:1": "Markdown article must start with a '---' front-matter",
    "bad/hostile-duplicate-key.yaml:2": "duplicate key '\u241b]52;c;cm0gLXJm\u2407[bold]k'",
    "bad/invalid-yaml.yaml:2": "invalid YAML: did not find expected ',' or ']'",
    "bad/latin1.yaml:1": "not valid UTF-8 (byte 0xe9 at offset 10); save the file as UTF-8",
    "bad/list-body.yaml:3": "'body' must be text, not a list",
    "bad/missing-title.yaml": "'title' is missing",
    "bad/number-title.yaml:1": "'title' must be text, not a number",
    "bad/python-object.yaml:2": f"{TAG}python/object:os.PathLike (only plain data",
    "bad/python-tag.yaml:1": f"{TAG}python/object/apply:os.system (only plain data",
    "bad/raw-escape.yaml": "invalid YAML: unacceptable character #x001b",
    "bad/zero-bytes.yaml": "file is empty",
    "twins/second.yaml": "story 'hostile' already has an article from 'twin outlet'",
}
"""``relative path[:line]`` → the start of the message ``parallax check`` prints for it."""

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Characters that must never reach the terminal raw (newline and tab are layout)."""


@pytest.fixture(scope="module")
def check_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str, Path]:
    """Run ``parallax check`` once in a scratch folder; (exit code, stdout, stderr, cwd)."""
    cwd = tmp_path_factory.mktemp("check-cwd")
    env = {
        **os.environ,
        "PARALLAX_CACHE_DIR": str(tmp_path_factory.mktemp("check-cache")),
        "COLUMNS": "80",
        "TERM": "xterm-256color",
    }
    env.pop("NO_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tui", "check", "--library", str(CORPUS)],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=60,
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"), cwd


def test_exits_1_without_a_traceback(check_output: tuple[int, str, str, Path]) -> None:
    code, out, err, _ = check_output
    assert code == 1
    assert "Traceback" not in out + err
    assert err == ""


def test_one_line_per_problem_each_naming_its_file(
    check_output: tuple[int, str, str, Path],
) -> None:
    _, out, _, _ = check_output
    lines = out.splitlines()
    problems, summary = lines[:-1], lines[-1]
    assert len(problems) == len(EXPECTED)
    for line in problems:
        assert line.startswith(f"{CORPUS}/"), line
    by_file = {line[len(f"{CORPUS}/") :].split(": ", 1)[0]: line for line in problems}
    assert sorted(by_file) == sorted(EXPECTED)
    for where, message in EXPECTED.items():
        assert by_file[where].split(": ", 1)[1].startswith(message), by_file[where]
    assert summary == f"{len(GOOD) + 2} articles loaded, {len(EXPECTED)} problems in {CORPUS}"


def test_no_raw_control_or_bidi_characters_in_the_output(
    check_output: tuple[int, str, str, Path],
) -> None:
    _, out, err, _ = check_output
    assert "\x1b" not in out + err  # no colour either: stdout is not a terminal
    assert not UNSAFE.findall(out.replace("\n", "")), UNSAFE.findall(out)
    assert "\u241b]52" in out  # the hostile key is shown, as inert text


def test_python_tag_is_never_executed(check_output: tuple[int, str, str, Path]) -> None:
    _, _, _, cwd = check_output
    assert not (cwd / "PARALLAX_PWNED").exists()
    assert list(cwd.iterdir()) == []


@pytest.mark.parametrize("relative", GOOD)
def test_every_good_file_in_the_corpus_loads(relative: str) -> None:
    article = load_article(CORPUS / relative)
    assert article.title and article.source and article.body


def test_scan_lists_good_files_and_both_twins() -> None:
    scan = scan_library(CORPUS, index=False)
    loaded = sorted(meta.path.relative_to(CORPUS).as_posix() for meta in scan.articles)
    assert loaded == sorted([*GOOD, "twins/first.yaml", "twins/second.yaml"])
    twin = [p for p in scan.problems if p.path.name == "second.yaml"]
    assert len(twin) == 1 and str(CORPUS / "twins" / "first.yaml") in twin[0].message


def test_corpus_files_keep_their_exact_bytes() -> None:
    """Git must not normalise the corpus (CRLF, BOM, raw bytes are the point)."""
    assert b"\r\n" in (CORPUS / "good" / "crlf.yaml").read_bytes()
    assert (CORPUS / "good" / "bom.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\x1b[31m" in (CORPUS / "good" / "controls.md").read_bytes()
    assert (CORPUS / "bad" / "zero-bytes.yaml").stat().st_size == 0
