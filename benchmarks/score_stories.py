"""Score automatic story grouping on the annotated set tests/data/stories.

Usage: python benchmarks/score_stories.py [-v] [--holdout K] [--cross] [--pairs] [--generated N]
Prints BCubed precision, recall and F1. -v lists, per gold story, the predicted stories of
its articles and the reason each was placed. --holdout K re-scores K random subsets, each
without a random third of the gold stories. --cross is a two-fold check of the threshold:
the stories are split in two halves; the threshold is chosen on one half (middle of the
best range on a grid) and scored on the other. --pairs groups every pair of gold stories
as a library of its own (small libraries make document frequencies degenerate).
--generated N scores a template library from generate_library.py (N articles, five per
story; its stories share a small pool of names, so it tests precision).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "benchmarks"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import yaml  # noqa: E402

from tui.library import load_article  # noqa: E402
from tui.stories import Grouping, Settings, StoryInput, bcubed, group  # noqa: E402
from tui.stories.library import inputs_from_articles  # noqa: E402

DATA = ROOT / "tests" / "data" / "stories"


def load_set(data: Path = DATA) -> tuple[list[StoryInput], dict[str, str]]:
    """The set's grouper inputs (keyed by relative path) and its gold labels."""
    gold_raw = yaml.safe_load((data / "gold.yaml").read_text(encoding="utf-8"))["stories"]
    gold = {str(k): str(v) for k, v in gold_raw.items()}
    articles = [load_article(data / rel) for rel in sorted(gold)]
    inputs = inputs_from_articles(articles, key=lambda a: a.path.relative_to(data).as_posix())
    return inputs, gold


def report(grouping: Grouping, gold: dict[str, str]) -> str:
    """Per gold story: its articles' predicted stories and placement reasons."""
    by_gold: dict[str, list[str]] = defaultdict(list)
    for key in sorted(gold):
        by_gold[gold[key]].append(key)
    predicted = grouping.labels()
    pred_members: dict[str, set[str]] = defaultdict(set)
    for key, sid in predicted.items():
        pred_members[sid].add(key)
    lines: list[str] = []
    for name, keys in sorted(by_gold.items()):
        sids = {predicted[k] for k in keys}
        intruders = sorted(k for sid in sids for k in pred_members[sid] if gold[k] != name)
        ok = len(sids) == 1 and not intruders
        lines.append(f"{'ok ' if ok else 'ERR'} {name}: {len(keys)} articles, {len(sids)} stories")
        if ok:
            continue
        for k in keys:
            lines.append(f"      {predicted[k]} {k}: {grouping.placements[k].reason}")
        for k in intruders:
            lines.append(f"    + {predicted[k]} {k} ({gold[k]})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the BCubed score (and details with -v)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--holdout", type=int, default=0, metavar="K")
    parser.add_argument("--cross", action="store_true")
    parser.add_argument("--pairs", action="store_true")
    parser.add_argument("--generated", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    inputs, gold = load_set()
    grouping = group(inputs, settings=Settings())
    score = bcubed(grouping.labels(), gold)
    print(
        f"BCubed on {len(gold)} articles, {len(set(gold.values()))} gold stories, "
        f"{len(grouping.stories)} predicted: "
        f"P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
    )
    if args.verbose:
        print(report(grouping, gold))
    rng = random.Random(13)
    stories = sorted(set(gold.values()))
    f1s: list[float] = []
    for _ in range(args.holdout):
        kept = set(rng.sample(stories, k=len(stories) * 2 // 3))
        part = [i for i in inputs if gold[i.key] in kept]
        sub_gold = {i.key: gold[i.key] for i in part}
        f1s.append(bcubed(group(part).labels(), sub_gold).f1)
    if f1s:
        print(
            f"{len(f1s)} random two-thirds subsets: F1 min {min(f1s):.3f} mean "
            f"{sum(f1s) / len(f1s):.3f}"
        )
    if args.cross:
        print(cross_check(inputs, gold))
    if args.pairs:
        print(pairs_check(inputs, gold))
    if args.generated:
        print(generated_check(args.generated))
    return 0


def pairs_check(inputs: list[StoryInput], gold: dict[str, str]) -> str:
    """Group every pair of gold stories alone (tiny libraries): F1 min and mean."""
    stories = sorted(set(gold.values()))
    worst: tuple[float, str] = (2.0, "")
    total = 0.0
    count = 0
    for i, a in enumerate(stories):
        for b in stories[i + 1 :]:
            part = [x for x in inputs if gold[x.key] in (a, b)]
            f1 = bcubed(group(part).labels(), {x.key: gold[x.key] for x in part}).f1
            worst = min(worst, (f1, f"{a} + {b}"))
            total += f1
            count += 1
    return (
        f"{count} two-story libraries: F1 mean {total / count:.3f}, min {worst[0]:.3f} ({worst[1]})"
    )


def generated_check(articles: int, seed: int = 7) -> str:
    """Score on a library from generate_library.py (its story: fields are the gold)."""
    from generate_library import generate  # benchmarks/ is on sys.path

    from tui.library import iter_article_files

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate(root, articles=articles, stories=articles // 5, sources=50, words=300, seed=seed)
        loaded = [load_article(p) for p in iter_article_files(root, [])]
    inputs = inputs_from_articles(loaded)
    gold = {str(a.path): a.story for a in loaded}
    score = bcubed(group(inputs).labels(), gold)
    return (
        f"generated library, {len(gold)} articles in {len(set(gold.values()))} stories: "
        f"P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
    )


GRID = tuple(round(0.02 * k, 2) for k in range(1, 21))


def _f1(inputs: list[StoryInput], gold: dict[str, str], threshold: float) -> float:
    labels = group(inputs, settings=Settings(threshold=threshold)).labels()
    return bcubed(labels, {i.key: gold[i.key] for i in inputs}).f1


def cross_check(inputs: list[StoryInput], gold: dict[str, str], seed: int = 7) -> str:
    """Two-fold threshold check: choose on one half of the stories, score the other."""
    stories = sorted(set(gold.values()))
    random.Random(seed).shuffle(stories)
    halves = (set(stories[::2]), set(stories[1::2]))
    lines: list[str] = []
    for tune, test in (halves, halves[::-1]):
        tune_in = [i for i in inputs if gold[i.key] in tune]
        test_in = [i for i in inputs if gold[i.key] in test]
        scores = [_f1(tune_in, gold, t) for t in GRID]
        best = [t for t, f in zip(GRID, scores, strict=True) if f >= max(scores) - 1e-9]
        chosen = best[len(best) // 2]
        lines.append(
            f"tuned on {len(tune)} stories: threshold {chosen:.2f} "
            f"(best range {best[0]:.2f}-{best[-1]:.2f}); held-out F1 "
            f"{_f1(test_in, gold, chosen):.3f} on {len(test)} stories"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
