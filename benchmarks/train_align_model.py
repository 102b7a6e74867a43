"""Fit the pair scorer of :mod:`tui.nlp.align_model` (logistic regression, plain numpy).

Usage: ``python benchmarks/train_align_model.py [--write]``

Training data: every candidate pair (cosine score at least ``align_model.FLOOR``) of the
sample pair, the dev pairs and the eval pairs; label = the two claims map to a gold sentence
pair. Features standardised; gradient descent with L2, zero init, fixed iterations: fully
deterministic. L2 and the decision threshold are chosen by leave-one-pair-out
cross-validation on end-to-end sentence-pair F1 (the real matcher runs on each held-out
pair). Then the model is refit on all training pairs and the constants block is printed
(``--write`` puts it into ``tui/nlp/align_model.py``). Finally held-out + eval2 (never
trained on) are scored with the fitted model and with the rules, for comparison.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for p in (REPO, BENCH):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from score_alignment import claim_to_sentence, load_gold, sentence_spans  # noqa: E402
from score_alignment_dev import dev_files, eval2_files, eval_files  # noqa: E402

from tui.nlp import align_model  # noqa: E402
from tui.nlp.align import _mention_key  # noqa: E402
from tui.nlp.align_features import claim_features, score_pairs, weigh  # noqa: E402
from tui.nlp.align_match import match_model, match_rules  # noqa: E402
from tui.nlp.claims import segment  # noqa: E402
from tui.nlp.entities import recognise, unify_keys  # noqa: E402

SAMPLE = REPO / "tests" / "data" / "sample_pair" / "gold" / "putin-ai-china.yaml"
L2_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(11))  # 0.20 .. 0.70
ITERATIONS = 400
RATE = 0.5


@dataclass
class Pair:
    """One annotated article pair in the aligner's canonical orientation."""

    name: str
    scores: dict
    feats_a: list
    feats_b: list
    map_a: list[int]
    map_b: list[int]
    gold: set
    x: dict


def _load(path: Path) -> tuple[dict, str, str]:
    if path == SAMPLE:
        return load_gold(path)
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    return gold, gold["a"]["body"], gold["b"]["body"]


def prepare(path: Path) -> Pair:
    """Candidates, features and gold of one pair, oriented as :func:`align` orients them."""
    gold, body_a, body_b = _load(path)
    sa, sb = gold["sentences_a"], gold["sentences_b"]
    pairs = {(int(i), int(j)) for i, j in gold["alignments"]}
    if body_b < body_a:
        body_a, body_b, sa, sb = body_b, body_a, sb, sa
        pairs = {(j, i) for i, j in pairs}
    ma, mb = unify_keys(recognise(body_a), recognise(body_b))[:2]
    if (body_b, _mention_key(mb)) < (body_a, _mention_key(ma)):
        body_a, body_b, sa, sb, ma, mb = body_b, body_a, sb, sa, mb, ma
        pairs = {(j, i) for i, j in pairs}
    ca, cb = segment(body_a), segment(body_b)
    fa, fb = claim_features(body_a, ca, ma), claim_features(body_b, cb, mb)
    weigh(fa, fb, ())
    scores = score_pairs(fa, fb, align_model.FLOOR)
    map_a = claim_to_sentence(tuple(ca), sentence_spans(body_a, sa))
    map_b = claim_to_sentence(tuple(cb), sentence_spans(body_b, sb))
    x = align_model.pair_features(scores, fa, fb)
    return Pair(path.stem, scores, fa, fb, map_a, map_b, pairs, x)


def counts(pair: Pair, chosen: dict) -> tuple[int, int, int]:
    """Sentence-pair tp, fp, fn of chosen claim pairs."""
    pred = {(pair.map_a[i], pair.map_b[j]) for i, j in chosen}
    pred = {k for k in pred if -1 not in k}
    tp = len(pred & pair.gold)
    return tp, len(pred) - tp, len(pair.gold) - tp


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def data(pairs: list[Pair]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for pr in pairs:
        for (i, j), x in sorted(pr.x.items()):
            xs.append(x)
            ys.append(1.0 if (pr.map_a[i], pr.map_b[j]) in pr.gold else 0.0)
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def fit(pairs: list[Pair], l2: float) -> tuple:
    """Logistic regression by full-batch gradient descent; returns (bias, w, mean, scale)."""
    x, y = data(pairs)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    n = len(y)
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        g = p - y
        w -= RATE * (z.T @ g / n + l2 * w)
        b -= RATE * float(g.mean())
    return (
        round(b, 6),
        tuple(round(float(v), 6) for v in w),
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
    )


def evaluate(pairs: list[Pair], model: tuple | None, threshold: float) -> tuple[int, int, int]:
    tot = [0, 0, 0]
    for pr in pairs:
        if model is None:
            chosen = match_rules(pr.scores, pr.feats_a, pr.feats_b)
        else:
            chosen = match_model(pr.scores, pr.feats_a, pr.feats_b, model, threshold)
        for k, v in enumerate(counts(pr, chosen)):
            tot[k] += v
    return tot[0], tot[1], tot[2]


def cross_validate(pairs: list[Pair]) -> tuple[float, float, float]:
    """(l2, threshold, F1) with the best leave-one-pair-out micro F1."""
    best = (-1.0, 0.0, 0.0)
    for l2 in L2_GRID:
        sums = {t: [0, 0, 0] for t in THRESHOLDS}
        for k, held in enumerate(pairs):
            model = fit(pairs[:k] + pairs[k + 1 :], l2)
            for t in THRESHOLDS:
                for n, v in enumerate(evaluate([held], model, t)):
                    sums[t][n] += v
        for t in THRESHOLDS:
            score = f1(*sums[t])[2]
            print(f"  l2={l2:<6} t={t:.2f}  P/R/F1 " + " ".join(f"{v:.3f}" for v in f1(*sums[t])))
            # ties: prefer stronger L2, then a threshold nearer 0.5
            key = (round(score, 6), l2, -abs(t - 0.5))
            if key > (round(best[0], 6), best[1], -abs(best[2] - 0.5)):
                best = (score, l2, t)
    return best[1], best[2], best[0]


def block(model: tuple, threshold: float) -> str:
    b, w, mean, scale = model
    return (
        "# --- fitted by benchmarks/train_align_model.py (do not edit by hand) ---\n"
        f"BIAS = {b!r}\nWEIGHTS = {w!r}\nMEAN = {mean!r}\nSCALE = {scale!r}\n"
        f"THRESHOLD = {threshold!r}\n# --- end fitted ---"
    )


def main(argv: list[str]) -> int:
    train_files = [SAMPLE, *dev_files(), *eval_files()]
    test_files = [*dev_files(heldout=True), *eval2_files()]
    train = [prepare(f) for f in train_files]
    test = [prepare(f) for f in test_files]
    l2, threshold, cv = cross_validate(train)
    print(f"chosen l2={l2} threshold={threshold} LOPO F1={cv:.3f}")
    model = fit(train, l2)
    text = block(model, threshold)
    print(text)
    for name, w in zip(align_model.FEATURES, model[1], strict=True):
        print(f"  {name:<12}{w:+.3f}")
    for label, group in (("train", train), ("held-out+eval2", test)):
        for who, m in (("rules", None), ("model", model)):
            print(
                f"{label:<16}{who}: P/R/F1 "
                + " ".join(f"{v:.3f}" for v in f1(*evaluate(group, m, threshold)))
            )
    if "--write" in argv:
        path = REPO / "tui" / "nlp" / "align_model.py"
        src = path.read_text(encoding="utf-8")
        src = re.sub(r"# --- fitted by.*?# --- end fitted ---", text, src, flags=re.S)
        path.write_text(src, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
