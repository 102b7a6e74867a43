"""Very long article pairs: scored in chunks with bounded memory, nearly the same pairs as
the exact path, and refused with a clear message beyond the limit (issue 11)."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest
from rich.console import Console

from tui.nlp.align import features, large
from tui.nlp.align.features import claim_features, score_pairs, weigh
from tui.nlp.align.match import FLOOR, match
from tui.nlp.claims import segment
from tui.nlp.entities.recogniser import recognise, unify_keys

PEOPLE = ["Anna Berg", "Li Wei", "Omar Haddad", "Ruth Klein", "Jonas Dahl", "Mei Tan"]
PLACES = ["Oslo", "Lima", "Nairobi", "Hanoi", "Quito", "Tallinn", "Accra", "Perth"]
VERBS = ["approved", "rejected", "delayed", "funded", "criticised", "announced", "reviewed"]
THINGS = ["budget", "tram line", "school plan", "harbour", "tax cut", "bridge", "clinic"]


def _pair(claims: int, seed: int = 5) -> tuple[str, str]:
    rng = random.Random(seed)

    def sentence() -> str:
        return (
            f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} the {rng.choice(THINGS)} in "
            f"{rng.choice(PLACES)} worth {rng.randint(2, 900)} million dollars."
        )

    a = [sentence() for _ in range(claims)]
    b = [s.replace(" the ", " a ", 1) if rng.random() < 0.5 else sentence() for s in a]
    return "\n\n".join(a), "\n\n".join(b)


def _features(claims: int) -> tuple[list, list]:
    body_a, body_b = _pair(claims)
    ma, mb = unify_keys(recognise(body_a), recognise(body_b))
    fa = claim_features(body_a, segment(body_a), ma)
    fb = claim_features(body_b, segment(body_b), mb)
    weigh(fa, fb, ())
    return fa, fb


def test_chunked_scoring_finds_nearly_the_pairs_of_the_exact_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from benchmarks.bench_align import make_pair  # varied wording, not one template

    body_a, body_b = make_pair(1_300)
    ma, mb = unify_keys(recognise(body_a), recognise(body_b))
    fa = claim_features(body_a, segment(body_a), ma)
    fb = claim_features(body_b, segment(body_b), mb)
    weigh(fa, fb, ())
    assert len(fa) * len(fb) > features.LARGE_PAIRS  # the chunked path
    chunked = match(score_pairs(fa, fb, FLOOR), fa, fb)
    monkeypatch.setattr(features, "LARGE_PAIRS", 10**12)
    exact = match(score_pairs(fa, fb, FLOOR), fa, fb)
    same = len(chunked.keys() & exact.keys())
    assert same >= 0.84 * len(exact)  # measured 0.85: frequent figure contexts are skipped
    assert same >= 0.9 * len(chunked)


def test_chunked_scoring_never_holds_the_whole_score_matrix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fa, fb = _features(1_300)
    monkeypatch.setattr(large, "CHUNK", 64)
    whole = len(fa) * len(fb) * 8  # one float64 matrix of every pair
    tracemalloc.start()
    try:
        score_pairs(fa, fb, FLOOR)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < whole


def test_too_long_to_compare_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli.compare import run_compare

    body_a, body_b = _pair(1_300)
    paths = []
    for name, body in (("a", body_a), ("b", body_b)):
        path = tmp_path / f"{name}.yaml"
        lines = [f"title: {name}", f"source: {name}", "body: |-"]
        path.write_text("\n".join(lines + [f"  {x}" for x in body.split("\n")]) + "\n")
        paths.append(str(path))
    monkeypatch.setattr(large, "MAX_CLAIM_PAIRS", 1_000_000)
    assert run_compare(*paths, None, "text", Console(file=open(tmp_path / "o", "w"))) == 1  # noqa: SIM115
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "too long to compare: 1,300 x 1,300 claims" in line
