"""The story's fact matrix from judged comparisons (domain), and ``parallax story`` with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.story_library import write_story_library
from tui.analysis import Analysis, analyse
from tui.analysis.judgements import Judgement, PairJudgements, save, story_file
from tui.analysis.story_facts import matrix_of, pairs_of, verdicts_of
from tui.analysis.story_judged import judged_comparisons
from tui.analysis.story_matrix import StoryMatrix
from tui.cli.entry import main
from tui.library.loader import load_article
from tui.models import Article

FERRY = ("north/ferry.yaml", "south/ferry.yaml", "east/ferry.yaml")


@pytest.fixture
def ferry(library: Path) -> tuple[list[Article], list[Analysis]]:
    write_story_library(library)
    articles = [load_article(library / name) for name in FERRY]
    return articles, [analyse(article) for article in articles]


def _matrix(
    articles: list[Article], analyses: list[Analysis], library: Path
) -> tuple[StoryMatrix, str]:
    judged = judged_comparisons(articles, analyses, library)
    pairs, verdicts = {}, {}
    for key, comparison in judged:
        pairs[key] = pairs_of(comparison)
        verdicts.update(verdicts_of(key, comparison))
    return matrix_of(analyses, pairs, verdicts), judged.problem


def _judge(library: Path, analyses: list[Analysis], i: int, j: int, *items: Judgement) -> None:
    """Save ``items`` (claims numbered, texts filled in) on outlets ``i`` vs ``j``."""
    pair = PairJudgements(FERRY[i], FERRY[j])
    for item in items:
        a_text, b_text = analyses[i].claims[item.a].text, analyses[j].claims[item.b].text
        pair.put(Judgement(**{**_fields(item), "a_text": a_text, "b_text": b_text}))
    save(library, None, pair)


def _fields(item: Judgement) -> dict[str, object]:
    return {name: getattr(item, name) for name in Judgement.__slots__}


def _together(matrix: StoryMatrix, first: tuple[int, int], second: tuple[int, int]) -> bool:
    return any(
        first[1] in fact.cells[first[0]] and second[1] in fact.cells[second[0]]
        for fact in matrix.facts
    )


def test_unlink_splits_a_fact_and_a_dispute_keeps_it(
    library: Path, ferry: tuple[list[Article], list[Analysis]]
) -> None:
    articles, analyses = ferry
    engine, problem = _matrix(articles, analyses, library)
    assert problem == "" and all(fact.verdict is None for fact in engine.facts)
    sailings = next(f for f in engine.facts if "sailings" in f.text)
    (a,), (b,) = sailings.cells[0], sailings.cells[1]
    assert _together(engine, (0, a), (1, b))

    _judge(library, analyses, 0, 1, Judgement(a, b, linked=False))
    judged, _ = _matrix(articles, analyses, library)
    assert not _together(judged, (0, a), (1, b))
    assert len(judged.facts) == len(engine.facts) + 1

    _judge(library, analyses, 0, 1, Judgement(a, b, verdict="disputed"))
    disputed, _ = _matrix(articles, analyses, library)
    assert _together(disputed, (0, a), (1, b))
    fact = next(f for f in disputed.facts if a in f.cells[0])
    assert fact.verdict == "disputed"
    assert [f.verdict for f in disputed.facts].count("disputed") == 1


def test_hand_link_joins_two_facts_seen_from_either_side(
    library: Path, ferry: tuple[list[Article], list[Analysis]]
) -> None:
    articles, analyses = ferry
    engine, _ = _matrix(articles, analyses, library)
    only_first = next(f for f in engine.facts if f.cells[0] and not f.cells[2])
    only_last = next(f for f in engine.facts if [bool(c) for c in f.cells] == [0, 0, 1])
    a, c = only_first.cells[0][0], only_last.cells[2][0]
    # saved as the split view opened on East Gazette first would save it: flipped
    pair = PairJudgements(FERRY[2], FERRY[0])
    texts = analyses[2].claims[c].text, analyses[0].claims[a].text
    pair.put(Judgement(c, a, verdict="verified", a_text=texts[0], b_text=texts[1]))
    save(library, None, pair)
    judged, _ = _matrix(articles, analyses, library)
    assert len(judged.facts) == len(engine.facts) - 1
    joined = next(f for f in judged.facts if a in f.cells[0] and c in f.cells[2])
    assert joined.verdict == "verified" and joined.outlets == only_first.outlets + 1


def test_unreadable_judgements_leave_the_engine_pairs(
    library: Path, ferry: tuple[list[Article], list[Analysis]]
) -> None:
    articles, analyses = ferry
    engine, _ = _matrix(articles, analyses, library)
    path = story_file(library, None)
    path.parent.mkdir()
    path.write_text("pairs: [unclosed\n", encoding="utf-8")
    matrix, problem = _matrix(articles, analyses, library)
    assert str(path) in problem and "\n" not in problem
    assert [f.cells for f in matrix.facts] == [f.cells for f in engine.facts]


def _story_json(library: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    assert main(["stories", "--library", str(library), "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    story = next(s["id"] for s in listing["stories"] if len(s["articles"]) == 3)
    assert main(["story", story, "--library", str(library), "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_cli_story_json_reflects_judgements(
    library: Path,
    ferry: tuple[list[Article], list[Analysis]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _articles, analyses = ferry
    before = _story_json(library, capsys)
    sailings = next(r for r in before["rows"] if "sailings" in r["text"])
    assert sailings["verdict"] is None and sailings["cells"][1]
    (a,), (b,) = sailings["cells"][0], sailings["cells"][1]
    bus = next(r for r in before["rows"] if "coastal bus" in r["text"] and all(r["cells"]))
    _judge(
        library,
        analyses,
        0,
        1,
        Judgement(a, b, linked=False),
        Judgement(bus["cells"][0][0], bus["cells"][1][0], verdict="verified"),
    )
    after = _story_json(library, capsys)
    assert len(after["rows"]) == len(before["rows"]) + 1
    assert not any(a in r["cells"][0] and b in r["cells"][1] for r in after["rows"])
    verified = [r for r in after["rows"] if r["verdict"] == "verified"]
    assert len(verified) == 1 and "coastal bus" in " ".join(
        analyses[0].claims[n].text for n in verified[0]["cells"][0]
    )


def test_cli_story_says_which_judgements_file_is_unreadable(
    library: Path,
    ferry: tuple[list[Article], list[Analysis]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = story_file(library, None)
    path.parent.mkdir()
    path.write_bytes(b"\xff\xfe not text")
    assert main(["stories", "--library", str(library), "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    story = next(s["id"] for s in listing["stories"] if len(s["articles"]) == 3)
    assert main(["story", story, "--library", str(library), "--markdown"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err and "cannot read" in err
    assert path.read_bytes() == b"\xff\xfe not text"
