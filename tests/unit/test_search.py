"""Full-text search over a library (tui.library.search)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.library.search import (
    SearchIndex,
    build_index,
    fold,
    match_spans,
    query_terms,
    searchable_text,
)
from tui.models import Article, ArticleMeta, EntityOverride


def _meta(name: str) -> ArticleMeta:
    return ArticleMeta(Path(f"{name}.yaml"), f"Title {name}", "Outlet", "story")


def _index(*texts: str) -> SearchIndex:
    return SearchIndex([_meta(str(n)) for n in range(len(texts))], texts)


def _names(found: list[ArticleMeta]) -> list[str]:
    return [meta.path.stem for meta in found]


def test_fold_ignores_case_and_diacritics() -> None:
    assert fold("Zürich") == "zurich"
    assert fold("GREF") == "gref"
    assert fold("Ærø") == fold("ærø")
    assert query_terms("  Gref, gref  Zürich a ") == ("gref", "zurich")


def test_word_prefix_matching_case_and_diacritic_insensitive() -> None:
    index = _index(
        "Sberbank chief German Gref spoke.",
        "Nothing about him; Pogrefa is a word that merely contains it.",
        "GREFS visited Zürich.",
    )
    assert _names(index.search("gref")) == ["0", "2"]
    assert _names(index.search("zurich")) == ["2"]
    assert _names(index.search("ZÜRI")) == ["2"]


def test_every_query_word_must_match() -> None:
    index = _index("German Gref in Moscow", "Gref in Beijing", "Moscow alone")
    assert _names(index.search("gref moscow")) == ["0"]
    assert _names(index.search("gref nowhere")) == []
    assert index.search("a") == []  # too short to search


def test_dense_and_sparse_words_give_the_same_answers() -> None:
    texts = [f"common word{n % 7} rare{n}" for n in range(500)]
    index = _index(*texts)
    assert len(index.search("common")) == 500
    assert _names(index.search("word3")) == [str(n) for n in range(500) if n % 7 == 3]
    assert _names(index.search("rare499")) == ["499"]
    brute = [
        str(n) for n, text in enumerate(texts) if any(w.startswith("rare4") for w in text.split())
    ]
    assert _names(index.search("rare4")) == brute
    assert _names(index.search("word3 rare4")) == [n for n in brute if int(n) % 7 == 3]


def test_match_spans_cover_the_matching_prefix() -> None:
    text = "German Gref met GREFS; Pogref was absent. Zürich too."
    spans = match_spans(text, "gref zur")
    assert [text[s:e] for s, e in spans] == ["Gref", "GREF", "Zür"]
    assert match_spans(text, "") == []
    assert match_spans(text, "x") == []


def test_searchable_text_includes_declared_entities() -> None:
    article = Article(
        Path("a.yaml"),
        "Bank news",
        "Wire",
        "The chief of Sber spoke.",
        "s",
        entities=(EntityOverride("Sber", "ORG", ("Sberbank",)),),
    )
    index = SearchIndex([article.meta], [searchable_text(article)])
    assert index.search("sberbank") == [article.meta]
    assert index.search("bank news") == [article.meta]


def test_build_index_reads_each_article_reports_progress_and_cancels() -> None:
    metas = [_meta(str(n)) for n in range(5)]
    bodies = {m.path: f"body {m.path.stem} gref" if m.path.stem == "3" else "body" for m in metas}

    def load(path: Path) -> Article:
        if path.stem == "4":
            raise OSError("unreadable")
        return Article(path, f"Title {path.stem}", "Outlet", bodies[path], "story")

    progress: list[tuple[int, int]] = []
    index = build_index(metas, load, on_progress=lambda d, t: progress.append((d, t)), every=2)
    assert index is not None
    assert _names(index.search("gref")) == ["3"]
    assert _names(index.search("title")) == ["0", "1", "2", "3", "4"]  # 4: title only
    assert progress == [(2, 5), (4, 5), (5, 5)]
    assert build_index(metas, load, cancelled=lambda: True) is None


@pytest.mark.parametrize("query", ["gref", "GREF", "Gréf"])
def test_queries_are_normalised_the_same_way(query: str) -> None:
    assert _names(_index("German Gref", "none").search(query)) == ["0"]


def test_payload_round_trip_answers_the_same() -> None:
    import marshal

    texts = [f"common word{n % 7} rare{n} Zürich" if n % 3 else f"other {n}" for n in range(300)]
    index = _index(*texts)
    copy = SearchIndex.from_payload(index.articles, marshal.loads(marshal.dumps(index.payload())))
    for query in ("common", "word3", "rare29", "zurich", "other 1", "nothing"):
        assert copy.search(query) == index.search(query)
    with pytest.raises(ValueError, match="does not match"):
        SearchIndex.from_payload(index.articles[:5], index.payload())


def test_index_in_child_process_matches_the_thread_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.library import search_worker
    from tui.library.loader import load_article

    metas = []
    for n, body in enumerate(["German Gref spoke.", "Nothing here.", "GREF again, in Zürich."]):
        path = tmp_path / f"{n}.yaml"
        path.write_text(f'title: "T{n}"\nsource: "S"\nbody: "{body}"\n', encoding="utf-8")
        metas.append(load_article(path).meta)
    metas.append(ArticleMeta(tmp_path / "gone.yaml", "Gone", "S", "s"))  # unreadable: skipped
    here = build_index(metas, load_article)

    def no_fallback(*args: object, **kwargs: object) -> None:
        raise AssertionError("the child process failed; the thread build was used")

    monkeypatch.setattr(search_worker, "build_index", no_fallback)
    child = search_worker.index_in_child(metas)
    assert child is not None and here is not None
    for query in ("gref", "zurich", "nothing", "t1"):
        assert child.search(query) == here.search(query)
    assert [m.path.stem for m in child.search("gref")] == ["0", "2"]
