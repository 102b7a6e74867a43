"""Score claim alignment on the hand-annotated dev set (``tests/data/align_dev``).

Usage: ``python benchmarks/score_alignment_dev.py [-v] [--heldout | --set eval | --set eval2 |
--set eval3] [FILE.yaml ...]``

By default the ``dev_*.yaml`` pairs are scored; ``--heldout`` scores the ``heldout_*.yaml``
pairs instead (keep those for a final check); ``--set eval`` scores the evaluation pairs of
``tests/data/align_eval`` (four more subjects, annotated before the aligner was run on them)
and ``--set eval2`` those of ``tests/data/align_eval2`` (four more, never trained on);
``--set eval3`` those of ``tests/data/align_eval3`` (ten harder pairs for issue 15).
Prints per-pair and micro-averaged
precision/recall/F1 over gold sentence pairs (claims are mapped to the gold sentence they
overlap most, as in :mod:`score_alignment`), how many gold conflicts come out with relation
``conflict``, and the relation counts; ``-v`` also lists false positives/negatives.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from score_alignment import claim_to_sentence, score_alignment, sentence_spans  # noqa: E402

from tui.analysis import align_texts  # noqa: E402
from tui.nlp.align.aligner import Alignment  # noqa: E402

DEV_DIR = REPO / "tests" / "data" / "align_dev"
EVAL_DIR = REPO / "tests" / "data" / "align_eval"
EVAL2_DIR = REPO / "tests" / "data" / "align_eval2"
EVAL3_DIR = REPO / "tests" / "data" / "align_eval3"


@dataclass(frozen=True, slots=True)
class PairResult:
    """Counts for one annotated pair."""

    name: str
    tp: int
    fp: int
    fn: int
    conflicts_gold: int
    conflicts_found: int  # gold conflicts predicted as pairs with relation "conflict"
    false_conflicts: int  # predicted conflict pairs that are not gold conflicts
    relations: Counter
    false_positives: tuple[tuple[int, int], ...]
    false_negatives: tuple[tuple[int, int], ...]
    predicted: dict
    gold: dict
    seconds: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def dev_files(heldout: bool = False) -> list[Path]:
    """The dev (or held-out) annotation files, sorted."""
    return sorted(DEV_DIR.glob("heldout_*.yaml" if heldout else "dev_*.yaml"))


def eval_files() -> list[Path]:
    """The evaluation annotation files (``tests/data/align_eval/*.yaml``), sorted."""
    return sorted(EVAL_DIR.glob("*.yaml"))


def eval2_files() -> list[Path]:
    """The second evaluation set (``tests/data/align_eval2/*.yaml``), sorted; never trained on."""
    return sorted(EVAL2_DIR.glob("*.yaml"))


def eval3_files() -> list[Path]:
    """The third evaluation set (``tests/data/align_eval3/*.yaml``), sorted; never tuned on."""
    return sorted(EVAL3_DIR.glob("*.yaml"))


def _sentence_relations(alignment: Alignment, body_a: str, body_b: str, gold: dict) -> dict:
    map_a = claim_to_sentence(alignment.claims_a, sentence_spans(body_a, gold["sentences_a"]))
    map_b = claim_to_sentence(alignment.claims_b, sentence_spans(body_b, gold["sentences_b"]))
    out: dict[tuple[int, int], tuple[float, str]] = {}
    rank = {"same": 0, "partial": 1, "conflict": 2}
    for p in alignment.pairs:
        key = (map_a[p.a], map_b[p.b])
        if -1 in key:
            continue
        old = out.get(key)
        if old is None or rank[p.relation] > rank[old[1]]:
            out[key] = (p.score, p.relation)
    return out


def score_file(path: Path) -> PairResult:
    """Align one annotated pair and count hits."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    body_a, body_b = gold["a"]["body"], gold["b"]["body"]
    t0 = time.perf_counter()
    alignment = align_texts(body_a, body_b)
    seconds = time.perf_counter() - t0
    score = score_alignment(alignment, body_a, body_b, gold)
    predicted = _sentence_relations(alignment, body_a, body_b, gold)
    gold_conf = {(int(i), int(j)) for i, j in gold.get("conflicts", ())}
    found = sum(1 for k in gold_conf if predicted.get(k, (0, ""))[1] == "conflict")
    false_conf = sum(1 for k, v in predicted.items() if v[1] == "conflict" and k not in gold_conf)
    return PairResult(
        path.stem,
        len(score.true_positives),
        len(score.false_positives),
        len(score.false_negatives),
        len(gold_conf),
        found,
        false_conf,
        Counter(v[1] for v in predicted.values()),
        score.false_positives,
        score.false_negatives,
        predicted,
        gold,
        seconds,
    )


def micro(results: list[PairResult]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1."""
    tp = sum(r.tp for r in results)
    fp = sum(r.fp for r in results)
    fn = sum(r.fn for r in results)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    """Print the dev (or held-out) scores."""
    verbose = "-v" in argv
    heldout = "--heldout" in argv
    chosen = {a.split("=", 1)[1] for a in argv if a.startswith("--set=")}
    chosen |= {argv[n + 1] for n, a in enumerate(argv) if a == "--set" and n + 1 < len(argv)}
    named = [Path(a) for a in argv if not a.startswith("-") and a not in chosen]
    if named:
        files = named
    elif "eval3" in chosen:
        files = eval3_files()
    elif "eval2" in chosen:
        files = eval2_files()
    elif "eval" in chosen:
        files = eval_files()
    else:
        files = dev_files(heldout)
    results = [score_file(f) for f in files]
    print(f"{'pair':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>4}{'fp':>4}{'fn':>4}  conflicts  relations")
    for r in results:
        rel = " ".join(f"{k}:{v}" for k, v in sorted(r.relations.items()))
        print(
            f"{r.name:<26}{r.precision:7.3f}{r.recall:7.3f}{r.f1:7.3f}{r.tp:4d}{r.fp:4d}{r.fn:4d}"
            f"  {r.conflicts_found}/{r.conflicts_gold} (+{r.false_conflicts} false)  {rel}"
        )
    p, rc, f = micro(results)
    cg = sum(r.conflicts_gold for r in results)
    cf = sum(r.conflicts_found for r in results)
    fc = sum(r.false_conflicts for r in results)
    ms = max(r.seconds for r in results) * 1000
    print(
        f"{'MICRO':<26}{p:7.3f}{rc:7.3f}{f:7.3f}  conflicts {cf}/{cg} (+{fc} false); "
        f"slowest {ms:.0f} ms"
    )
    if verbose:
        for r in results:
            sa, sb = r.gold["sentences_a"], r.gold["sentences_b"]
            print(f"\n== {r.name}")
            for title, items in (("FP", r.false_positives), ("FN", r.false_negatives)):
                for i, j in items:
                    extra = ""
                    if (i, j) in r.predicted:
                        extra = f"  {r.predicted[i, j][0]:.3f} {r.predicted[i, j][1]}"
                    print(f" {title} A{i}~B{j}{extra}\n    A: {sa[i][:100]}\n    B: {sb[j][:100]}")
            gold_conf = {(int(i), int(j)) for i, j in r.gold.get("conflicts", ())}
            for k in sorted(gold_conf):
                print(f" conflict A{k[0]}~B{k[1]}: {r.predicted.get(k, ('-', 'missed'))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
