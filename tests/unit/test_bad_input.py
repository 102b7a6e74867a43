"""Bad input the loader must survive: one specific message naming the file, the rest loads.

Complements ``test_library.py`` (which covers the basic message of each fault) with the
large and file-system cases, generated here in temporary folders: a 20 MB body, an alias
bomb, Python tags, symlink loops, unreadable files and folders, FIFOs, thousands of files.
"""

from __future__ import annotations

import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from tests.conftest import WriteFile, article_yaml
from tui.library.loader import ArticleError, LibraryScan, load_article, scan_library


def _scan(library: Path) -> LibraryScan:
    return scan_library(library, index=False)


def _problems(scan: LibraryScan) -> dict[str, str]:
    """File name → the problem's one-line text (which starts with the file's path)."""
    for problem in scan.problems:
        assert str(problem).startswith(str(problem.path))
        assert "\n" not in str(problem)
    return {problem.path.name: str(problem) for problem in scan.problems}


def _good(write: WriteFile) -> Path:
    return write("story/good.yaml", article_yaml(title="Good one", source="Good"))


def _assert_good_loaded(scan: LibraryScan) -> None:
    assert "Good one" in [meta.title for meta in scan.articles]


# -- documents whose content is wrong -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("null\n", "expected a mapping of fields (title, source, body), found empty"),
        ("# only a comment\n", "found empty"),
        ("{}\n", "'title' is missing"),
        ("42\n", "found a number"),
        ("title: t\nsource: s\n", "'body' is missing"),
        ("title: '   '\nsource: s\nbody: b\n", ":1: 'title' is empty"),
        ("title: t\nsource:\nbody: b\n", ":2: 'source' must be text, not empty"),
        ("title: [a]\nsource: s\nbody: b\n", ":1: 'title' must be text, not a list"),
        ("title: yes\nsource: s\nbody: b\n", ":1: 'title' must be text, not true/false"),
        ("title: t\nsource: {n: x}\nbody: b\n", ":2: 'source' must be text, not a mapping"),
        ("title: t\nsource: s\nbody: 3.5\n", ":3: 'body' must be text, not a number"),
        ("title: !!binary aGk=\nsource: s\nbody: b\n", ":1: 'title' must be text, not bytes"),
        ("1: x\ntitle: t\nsource: s\nbody: b\n", "field names must be text, found a number"),
        ("title: t\nsource: s\nbody: b\npublished: 12\n", ":4: 'published' must be a date"),
        ("title: t\nsource: s\nbody: b\npublished: '2025-02-30'\n", ":4: 'published' is not"),
        (
            "title: t\nsource: s\nbody: b\npublished: 2025-13-45\n",
            ":4: invalid YAML: '2025-13-45' is not a valid date (month must be in 1..12)",
        ),
        ("title: t\nsource: s\nbody: b\n---\ntitle: u\n", ":4: invalid YAML: but found another"),
        ("title: t\n\tsource: s\nbody: b\n", ":2: invalid YAML: found a tab character"),
        ("title: !foo bar\nsource: s\nbody: b\n", ":1: invalid YAML: unsupported tag !foo"),
        (
            "title: t\nsource: s\nbody: b\nentities: [{text: a, text: b, label: ORG}]\n",
            ":4: duplicate key 'text'",
        ),
        ("title: t\nsource: s\nbody: b\nsource: s2\n", ":4: duplicate key 'source'"),
    ],
)
def test_bad_document_message_and_the_rest_loads(
    write: WriteFile, library: Path, content: str, expected: str
) -> None:
    _good(write)
    bad = write("story/bad.yaml", content)
    scan = _scan(library)
    _assert_good_loaded(scan)
    assert list(_problems(scan)) == ["bad.yaml"]
    message = _problems(scan)["bad.yaml"]
    assert message.startswith(str(bad))
    assert expected in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xef\xbb\xbf", "found empty"),
        (b"  \n\n\t\n", "file is empty"),
        (b"title: t\nsource: s\nbody: caf\xe9\n", ":3: not valid UTF-8 (byte 0xe9 at offset 28)"),
        (b"title: \xff\xfe\nsource: s\nbody: b\n", ":1: not valid UTF-8 (byte 0xff at offset 7)"),
        (b"title: t\x00\nsource: s\nbody: b\n", "unacceptable character #x0000"),
    ],
)
def test_bad_bytes(write: WriteFile, library: Path, content: bytes, expected: str) -> None:
    _good(write)
    write("story/bad.yaml", content)
    scan = _scan(library)
    _assert_good_loaded(scan)
    assert expected in _problems(scan)["bad.yaml"]


def test_markdown_with_bom_and_crlf_loads(write: WriteFile) -> None:
    path = write(
        "story/win.md", b"\xef\xbb\xbf---\r\ntitle: T\r\nsource: S\r\n---\r\nOne.\r\nTwo.\r\n"
    )
    article = load_article(path)
    assert (article.title, article.body) == ("T", "One.\nTwo.")
    assert "\r" not in article.body


def test_utf16_file_is_reported_as_not_utf8(write: WriteFile) -> None:
    path = write("story/utf16.yaml", article_yaml().encode("utf-16"))
    with pytest.raises(ArticleError, match=r"utf16\.yaml:1: not valid UTF-8 \(byte 0xff"):
        load_article(path)


# -- size and resource exhaustion -----------------------------------------------------


def test_20_mb_body_is_skipped_with_a_clear_message(write: WriteFile, library: Path) -> None:
    _good(write)
    body = ("word " * 200 + "\n") * 21_000  # a little over 20 MB
    big = write("story/big.yaml", "title: Big\nsource: Huge\nbody: |\n  " + body)
    assert big.stat().st_size > 20 * 1024 * 1024
    scan = _scan(library)
    _assert_good_loaded(scan)
    assert _problems(scan)["big.yaml"] == (
        f"{big}: file is 20.0 MB; articles over 5 MB are skipped"
    )


def test_billion_laughs_is_refused_quickly_and_small(write: WriteFile, library: Path) -> None:
    _good(write)
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 20):  # 9**20 "lol"s if expanded
        refs = ", ".join([f"*lol{level - 1}"] * 9)
        lines.append(f"lol{level}: &lol{level} [{refs}]")
    write("story/bomb.yaml", "\n".join(lines) + "\n")
    tracemalloc.start()
    try:
        scan = _scan(library)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # never expanded
    _assert_good_loaded(scan)
    assert "bomb.yaml:1: YAML anchors and aliases" in _problems(scan)["bomb.yaml"]


def test_deeply_nested_yaml_does_not_crash(write: WriteFile) -> None:
    path = write("story/deep.yaml", "title: " + "[" * 5000 + "]" * 5000 + "\nsource: s\nbody: b\n")
    # The wording depends on the YAML library's version (a nesting limit, or a type
    # error); what matters is one line naming the file, never a traceback.
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:1: ")
    assert "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
)
def test_python_tags_are_refused_never_executed(
    write: WriteFile, library: Path, tmp_path: Path, tag: str
) -> None:
    marker = tmp_path / "PWNED"
    _good(write)
    write("story/evil.yaml", f"title: {tag.format(marker=marker)}\nsource: s\nbody: b\n")
    scan = _scan(library)
    _assert_good_loaded(scan)
    message = _problems(scan)["evil.yaml"]
    assert "evil.yaml:1: invalid YAML: unsupported tag tag:yaml.org,2002:python/" in message
    assert "(only plain data is allowed)" in message
    assert not marker.exists()


def test_thousands_of_files_in_one_folder(write: WriteFile, library: Path) -> None:
    for number in range(3000):
        write(f"big-story/a{number:04}.yaml", article_yaml(source=f"Outlet {number}"))
    write("big-story/broken.yaml", "title: [\n")
    scan = scan_library(library)  # through the index, as the app does
    assert len(scan.articles) == 3000
    assert list(_problems(scan)) == ["broken.yaml"]
    again = scan_library(library)  # served from the index (timings: benchmarks/)
    assert len(again.articles) == 3000
    assert len(again.problems) == 1


def test_two_files_claiming_the_same_story_and_source(write: WriteFile, library: Path) -> None:
    first = write("s/first.yaml", article_yaml(title="One", source="Same Outlet", story="x"))
    second = write("t/second.md", "---\ntitle: Two\nsource: same outlet\nstory: X\n---\nBody.\n")
    scan = _scan(library)
    assert len(scan.articles) == 2
    assert _problems(scan) == {
        "second.md": f"{second}: story 'X' already has an article from 'same outlet' "
        f"({first}); both are listed"
    }


# -- the file system: links, permissions, special files -------------------------------


def test_symlinked_folder_loop_is_not_followed(write: WriteFile, library: Path) -> None:
    _good(write)
    os.symlink("..", library / "story" / "up")
    os.symlink(library, library / "story" / "root")
    scan = _scan(library)
    assert [meta.title for meta in scan.articles] == ["Good one"]
    assert scan.problems == []


def test_symlink_to_itself_and_symlink_cycle(write: WriteFile, library: Path) -> None:
    _good(write)
    story = library / "story"
    os.symlink("self.yaml", story / "self.yaml")
    os.symlink("b.yaml", story / "a.yaml")
    os.symlink("a.yaml", story / "b.yaml")
    os.symlink("missing-target.yaml", story / "dangling.yaml")
    scan = _scan(library)
    _assert_good_loaded(scan)
    problems = _problems(scan)
    for name in ("self.yaml", "a.yaml", "b.yaml"):
        assert problems[name] == f"{story / name}: cannot read file: symbolic link loop"
    assert problems["dangling.yaml"] == (
        f"{story / 'dangling.yaml'}: cannot read file: No such file or directory"
    )


def test_unreadable_file(write: WriteFile, library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, so ``chmod 000`` cannot be used: make the read itself fail."""
    _good(write)
    locked = write("story/locked.yaml", article_yaml(source="Locked"))
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    scan = _scan(library)
    _assert_good_loaded(scan)
    assert _problems(scan) == {"locked.yaml": f"{locked}: cannot read file: Permission denied"}


def test_unreadable_folder(
    write: WriteFile, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _good(write)
    write("locked/inside.yaml", article_yaml(source="Hidden"))
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    scan = _scan(library)
    assert [meta.title for meta in scan.articles] == ["Good one"]
    assert [str(p) for p in scan.problems] == [
        f"{library / 'locked'}: cannot read folder: Permission denied"
    ]


def test_fifo_named_like_an_article_does_not_block(write: WriteFile, library: Path) -> None:
    _good(write)
    os.mkfifo(library / "story" / "pipe.yaml")
    result: list[LibraryScan] = []
    worker = threading.Thread(target=lambda: result.append(_scan(library)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert result, "scanning a library with a FIFO blocked"
    _assert_good_loaded(result[0])
    assert _problems(result[0]) == {
        "pipe.yaml": f"{library / 'story' / 'pipe.yaml'}: cannot read file: "
        "it is a pipe or device, not a regular file"
    }


def test_folder_named_like_an_article(write: WriteFile, library: Path) -> None:
    _good(write)
    write("story/folder.yaml/inner.yaml", article_yaml(title="Inner", source="Inner"))
    scan = _scan(library)
    assert sorted(meta.title for meta in scan.articles) == ["Good one", "Inner"]
    assert scan.problems == []
    with pytest.raises(ArticleError, match=r"folder\.yaml: cannot read file: it is a folder"):
        load_article(library / "story" / "folder.yaml")


def test_library_path_is_a_file(tmp_path: Path) -> None:
    file = tmp_path / "not-a-folder.yaml"
    file.write_text(article_yaml())
    scan = _scan(file)
    assert [str(p) for p in scan.problems] == [f"{file}: library is not a folder"]


def test_file_symlink_out_of_the_library_is_refused(
    write: WriteFile, library: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "private.yaml"
    outside.write_text(article_yaml(title="Private"), encoding="utf-8")
    write("story/real.yaml", article_yaml(title="Real"))
    os.symlink(outside, library / "story" / "leak.yaml")
    os.symlink("real.yaml", library / "story" / "alias.yaml")  # inside: followed
    scan = scan_library(library)
    assert sorted(meta.title for meta in scan.articles) == ["Real", "Real"]
    (problem,) = [p for p in scan.problems if "outside the library" in p.message]
    assert problem.path == library / "story" / "leak.yaml"
    assert str(outside.resolve()) in problem.message
