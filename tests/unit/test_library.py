"""Loader tests: every field, both formats, and bad input reported (never raised)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_LIBRARY, WriteFile, article_yaml
from tui.library.loader import ArticleError, load_article, scan_library
from tui.models import EntityOverride


def test_sample_library_loads_both_articles_verbatim() -> None:
    scan = scan_library(SAMPLE_LIBRARY)
    assert scan.problems == []
    assert sorted(meta.source for meta in scan.articles) == ["CO/AI", "Dagens"]
    assert {meta.story for meta in scan.articles} == {"putin-ai-china"}
    samples = SAMPLE_LIBRARY.parent / "tests" / "data" / "sample_pair" / "samples"
    for stem in ("coai", "dagens"):
        article = load_article(SAMPLE_LIBRARY / "putin-ai-china" / f"{stem}.yaml")
        assert article.body == (samples / f"{stem}.txt").read_text(encoding="utf-8")
    assert article.body.startswith("The war in Ukraine")


def test_every_field_is_read(write: WriteFile) -> None:
    path = write(
        "story-x/outlet.yaml",
        """\
title: "Quake hits coast"
source: Daily Planet
url: https://example.com/quake
published: 2025-01-02
author: Lois Lane
story: big-quake
language: en
tags: [quake, disaster]
entities:
  - {text: "Smallville", label: GPE, aliases: [Smallvile]}
rating: 5
body: |
  Para one.

  - item
""",
    )
    article = load_article(path)
    assert article.title == "Quake hits coast"
    assert article.source == "Daily Planet"
    assert article.url == "https://example.com/quake"
    assert article.published == date(2025, 1, 2)
    assert article.author == "Lois Lane"
    assert article.story == "big-quake"
    assert article.language == "en"
    assert article.tags == ("quake", "disaster")
    assert article.entities == (EntityOverride("Smallville", "GPE", ("Smallvile",)),)
    assert article.extra == {"rating": 5}
    assert article.body == "Para one.\n\n- item\n"
    assert article.word_count == 4


def test_no_story_field_means_automatic_grouping_and_english(write: WriteFile) -> None:
    article = load_article(write("my-story/a.yml", article_yaml()))
    assert article.story is None  # folders never imply a story
    assert article.language == "en"
    assert article.published is None
    assert article.tags == ()


def test_published_accepts_iso_datetime_string(write: WriteFile) -> None:
    path = write("s/a.yaml", article_yaml(published="2025-01-02T10:30:00+00:00"))
    published = load_article(path).published
    assert isinstance(published, datetime)
    assert published.hour == 10


def test_markdown_front_matter(write: WriteFile) -> None:
    path = write(
        "s/a.md",
        "---\ntitle: Hello\nsource: Blog\npublished: 2024-05-06\n---\n\nBody line one.\n\n- b\n",
    )
    article = load_article(path)
    assert (article.title, article.source) == ("Hello", "Blog")
    assert article.body == "Body line one.\n\n- b"


def test_markdown_without_front_matter_is_a_problem(write: WriteFile) -> None:
    path = write("s/a.md", "# Just markdown\n")
    with pytest.raises(ArticleError, match=r"a\.md:1: Markdown article must start"):
        load_article(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("title: [unclosed\nsource: x\nbody: y\n", r"bad\.yaml:\d+: invalid YAML"),
        ("source: x\nbody: y\n", r"bad\.yaml: 'title' is missing"),
        ("title: ''\nsource: x\nbody: y\n", r"bad\.yaml:1: 'title' is empty"),
        ("title: 42\nsource: x\nbody: y\n", r"bad\.yaml:1: 'title' must be text, not a number"),
        ("title: t\nsource: x\nbody: [a, b]\n", r"bad\.yaml:3: 'body' must be text, not a list"),
        ("- a\n- b\n", r"bad\.yaml: expected a mapping of fields .* found a list"),
        ("just a string\n", r"bad\.yaml: expected a mapping .* found text"),
        ("title: t\nsource: x\nbody: y\npublished: yesterday\n", r":4: 'published' is not a date"),
        ("title: t\ntitle: u\nsource: x\nbody: y\n", r"bad\.yaml:2: duplicate key 'title'"),
        ("title: t\nsource: x\nbody: y\ntags: 3\n", r"'tags' must be a list"),
        ("title: t\nsource: x\nbody: y\nentities: [{text: A, label: WHO}]\n", r"'label' must be"),
        ("title: !!python/object/apply:os.system ['echo hi']\nsource: x\nbody: y\n", "unsupported"),
        ("a: &x [1, 2]\nb: *x\n", "anchors and aliases"),
    ],
)
def test_bad_documents_get_a_specific_message(
    write: WriteFile, content: str, expected: str
) -> None:
    path = write("s/bad.yaml", content)
    with pytest.raises(ArticleError, match=expected):
        load_article(path)


def test_empty_file(write: WriteFile) -> None:
    with pytest.raises(ArticleError, match=r"empty\.yaml: file is empty"):
        load_article(write("s/empty.yaml", b""))


def test_non_utf8_bytes(write: WriteFile) -> None:
    path = write("s/latin.yaml", "title: café\nsource: x\nbody: y\n".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"latin\.yaml:1: not valid UTF-8 \(byte 0xe9"):
        load_article(path)


def test_bom_and_windows_line_endings_are_accepted(write: WriteFile) -> None:
    text = "\ufefftitle: T\r\nsource: S\r\nbody: |\r\n  One.\r\n  Two.\r\n"
    article = load_article(write("s/win.yaml", text.encode("utf-8")))
    assert article.title == "T"
    assert article.body == "One.\nTwo.\n"


def test_scan_collects_problems_and_keeps_good_files(write: WriteFile, library: Path) -> None:
    write("s/good.yaml", article_yaml(source="Good"))
    write("s/bad.yaml", "title: [\n")
    write("s/empty.yaml", b"")
    write("s/notes.txt", "ignored: not an article suffix")
    scan = scan_library(library)
    assert [meta.source for meta in scan.articles] == ["Good"]
    assert sorted(problem.path.name for problem in scan.problems) == ["bad.yaml", "empty.yaml"]
    assert all(str(problem).startswith(str(library)) for problem in scan.problems)


def test_directory_with_no_articles(library: Path) -> None:
    scan = scan_library(library)
    assert scan.articles == []
    assert scan.problems == []


def test_missing_library_is_empty_not_an_error(tmp_path: Path) -> None:
    scan = scan_library(tmp_path / "nowhere")
    assert scan.articles == []
    assert scan.problems == []


def test_same_story_and_source_twice_is_reported(write: WriteFile, library: Path) -> None:
    write("s/one.yaml", article_yaml(source="Twin", story="quake"))
    write("t/two.yaml", article_yaml(source="twin", story="Quake"))
    scan = scan_library(library)
    assert len(scan.articles) == 2
    assert len(scan.problems) == 1
    assert "already has an article from" in scan.problems[0].message


def test_one_folder_without_story_fields_is_no_story(write: WriteFile, library: Path) -> None:
    write("s/one.yaml", article_yaml(source="Twin"))
    write("s/two.yaml", article_yaml(source="twin"))
    scan = scan_library(library)
    assert len(scan.articles) == 2
    assert scan.problems == []  # only explicit stories claim one article per outlet
    assert scan.stories == []
