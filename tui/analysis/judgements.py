"""The reader's judgements on a comparison: links, unlinks, verdicts and notes.

A person has the last word over the engine's pairs. Judgements are kept in a small YAML
file in the library, one per story (``judgements/<story>.parallax.yaml``, which the
loader never reads as an article), so colleagues sharing the library see them. Each
judgement names the two articles by their path relative to the library and the two
claims by number *and* text, so an edited article does not silently move a judgement to
another claim: when the numbered claim's text changed, the claim is found by its text,
else the judgement is reported stale and left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from tui.atomic import write_atomic

VERDICTS = ("verified", "disputed")
FOLDER = "judgements"
SUFFIX = ".parallax.yaml"


class JudgementError(Exception):
    """The judgements file cannot be read or written; ``str()`` names the file."""


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the reader said about claim ``a`` of the left and claim ``b`` of the right.

    ``linked`` False means the reader unlinked an engine pair; True means the pair stands
    (linked by hand, or an engine pair given a verdict or note).
    """

    a: int
    b: int
    linked: bool = True
    verdict: str | None = None
    note: str = ""
    a_text: str = ""
    b_text: str = ""
    at: str = ""

    def swapped(self) -> Judgement:
        """The same judgement seen from the other article."""
        return replace(self, a=self.b, b=self.a, a_text=self.b_text, b_text=self.a_text)


@dataclass(slots=True)
class PairJudgements:
    """Judgements on one pair of articles, oriented as ``left``/``right``."""

    left: str
    right: str
    items: list[Judgement] = field(default_factory=list)
    stale: list[Judgement] = field(default_factory=list)

    def get(self, a: int, b: int) -> Judgement | None:
        """The judgement on claims ``(a, b)``, if any."""
        return next((j for j in self.items if (j.a, j.b) == (a, b)), None)

    def put(self, judgement: Judgement) -> None:
        """Add or replace the judgement on ``(judgement.a, judgement.b)``."""
        stamped = replace(judgement, at=judgement.at or _now())
        self.items = [j for j in self.items if (j.a, j.b) != (stamped.a, stamped.b)]
        self.items.append(stamped)
        self.items.sort(key=lambda j: (j.a, j.b))


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


AUTOMATIC = "automatic-stories"
"""The file name for articles grouped automatically (no ``story:`` field): their pairs are
keyed by both articles' paths, so the judgements survive any regrouping."""


def story_file(library: Path, story: str | None) -> Path:
    """Where the judgements on ``story`` are kept (``None``: automatically grouped)."""
    name = story if story else AUTOMATIC
    slug = re.sub(r"[^\w.-]+", "-", name.casefold(), flags=re.UNICODE).strip("-.") or "story"
    return library / FOLDER / f"{slug[:80]}{SUFFIX}"


def _relative(path: Path, library: Path) -> str:
    try:
        return path.resolve().relative_to(library.resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def _load_raw(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise JudgementError(f"{path}: cannot read judgements: {error}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise JudgementError(f"{path}: not valid YAML: {str(error).splitlines()[0]}") from None
    pairs = data.get("pairs") if isinstance(data, dict) else None
    if data is not None and not isinstance(pairs, list):
        raise JudgementError(f"{path}: expected a mapping with a 'pairs' list")
    return [p for p in pairs or [] if isinstance(p, dict)]


def _judgement(raw: dict[str, Any]) -> Judgement | None:
    try:
        a, b = int(raw["a"]), int(raw["b"])
    except (KeyError, TypeError, ValueError):
        return None
    verdict = raw.get("verdict")
    return Judgement(
        a=a,
        b=b,
        linked=bool(raw.get("linked", True)),
        verdict=verdict if verdict in VERDICTS else None,
        note=str(raw.get("note") or ""),
        a_text=str(raw.get("a_text") or ""),
        b_text=str(raw.get("b_text") or ""),
        at=str(raw.get("at") or ""),
    )


def _relocate(j: Judgement, claims_a: Sequence[str], claims_b: Sequence[str]) -> Judgement | None:
    """``j`` with its claim numbers checked against the current claim texts."""

    def find(index: int, text: str, claims: Sequence[str]) -> int | None:
        if not text or (0 <= index < len(claims) and claims[index] == text):
            return index if 0 <= index < len(claims) else None
        matches = [i for i, claim in enumerate(claims) if claim == text]
        return matches[0] if len(matches) == 1 else None

    a = find(j.a, j.a_text, claims_a)
    b = find(j.b, j.b_text, claims_b)
    return None if a is None or b is None else replace(j, a=a, b=b)


def load(
    library: Path,
    story: str | None,
    left: Path,
    right: Path,
    claims_left: Sequence[str],
    claims_right: Sequence[str],
) -> PairJudgements:
    """The judgements on ``left`` vs ``right`` in ``story``, oriented that way round."""
    entries = _load_raw(story_file(library, story))
    return pair_of(entries, library, left, right, claims_left, claims_right)


def read_entries(library: Path, story: str | None) -> list[dict[str, Any]]:
    """Every pair's raw entry in the story's judgements file (none when there is no file),
    to read once and pass to :func:`pair_of` for each pair of articles.

    Raises :class:`JudgementError` for an unreadable file."""
    return _load_raw(story_file(library, story))


def pair_of(
    entries: Sequence[dict[str, Any]],
    library: Path,
    left: Path,
    right: Path,
    claims_left: Sequence[str],
    claims_right: Sequence[str],
) -> PairJudgements:
    """The judgements on ``left`` vs ``right`` among a story file's ``entries``."""
    rel_left, rel_right = _relative(left, library), _relative(right, library)
    result = PairJudgements(rel_left, rel_right)
    for raw in entries:
        names = (raw.get("left"), raw.get("right"))
        if names not in ((rel_left, rel_right), (rel_right, rel_left)):
            continue
        flip = names == (rel_right, rel_left) and rel_left != rel_right
        for item in raw.get("judgements") or []:
            judgement = _judgement(item) if isinstance(item, dict) else None
            if judgement is None:
                continue
            judgement = judgement.swapped() if flip else judgement
            placed = _relocate(judgement, claims_left, claims_right)
            if placed is None:
                result.stale.append(judgement)
            else:
                result.put(placed)
    return result


def save(library: Path, story: str | None, pair: PairJudgements) -> Path:
    """Write ``pair`` into the story's judgements file (other pairs kept); return its path."""
    path = story_file(library, story)
    kept = [
        raw
        for raw in _load_raw(path)
        if {raw.get("left"), raw.get("right")} != {pair.left, pair.right}
    ]
    items = [_plain(j) for j in [*pair.items, *pair.stale]]
    if items:
        kept.append({"left": pair.left, "right": pair.right, "judgements": items})
    document = {"story": story or AUTOMATIC, "pairs": kept}
    text = (
        "# Judgements on the engine's claim pairs, written by Parallax (split view).\n"
        "# a/b are claim numbers counted from 0; a_text/b_text are the claims' text.\n"
        + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except OSError as error:
        raise JudgementError(f"{path}: cannot save judgements: {error.strerror or error}") from None
    return path


def _plain(j: Judgement) -> dict[str, Any]:
    raw = asdict(j)
    if raw["verdict"] is None:
        del raw["verdict"]
    if not raw["note"]:
        del raw["note"]
    return raw


@dataclass(frozen=True, slots=True)
class JudgedPair:
    """A pair as shown and exported: the engine's or the reader's, with any verdict."""

    a: int
    b: int
    by: str  # "engine" | "reader"
    verdict: str | None = None
    note: str = ""

    def swapped(self) -> JudgedPair:
        """The same pair seen from the other article."""
        return replace(self, a=self.b, b=self.a)


def apply(engine_pairs: Iterable[tuple[int, int]], pair: PairJudgements) -> list[JudgedPair]:
    """The engine's pairs with the reader's judgements on top: unlinked pairs removed,
    hand links added, verdicts and notes attached. Sorted by ``(a, b)``."""
    engine = set(engine_pairs)
    out: dict[tuple[int, int], JudgedPair] = {key: JudgedPair(*key, by="engine") for key in engine}
    for j in pair.items:
        key = (j.a, j.b)
        if not j.linked:
            out.pop(key, None)
            continue
        by = "engine" if key in engine else "reader"
        out[key] = JudgedPair(j.a, j.b, by=by, verdict=j.verdict, note=j.note)
    return [out[key] for key in sorted(out)]
