"""Score automatic story grouping on the annotated set tests/data/stories.

Usage: python benchmarks/score_stories.py [-v] [--holdout K]
Prints BCubed precision, recall and F1. -v lists, per gold story, the predicted stories of
its articles and the reason each was placed. --holdout K re-scores K random thirds-style
splits: each run drops a random third of the gold stories, to see how the score holds
on subsets the settings were not tuned on as a whole.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
