"""A small library of invented coverage for story tests: two multi-outlet events and a
lone report, no ``story:`` fields except where a test adds one."""

from __future__ import annotations

from pathlib import Path

FERRY = (
    "The Kestrel Bay ferry terminal closed on Tuesday after inspectors found cracks in its "
    "main loading ramp. Harbour director Ilse Marwick said 40 sailings would be cancelled "
    "this week. Commuters from Tarnholm Island must take the coastal bus instead. "
    "The Marwick office expects repairs on the Kestrel Bay ramp to cost 2 million crowns."
)
FERRY_B = (
    "Inspectors shut the Kestrel Bay ferry terminal on Tuesday because of cracks in the "
    "loading ramp. Ilse Marwick, the harbour director, said 55 sailings would be cancelled "
    "this week. Travellers from Tarnholm Island are told to use the coastal bus."
)
FERRY_C = (
    "Cracks in a loading ramp closed the Kestrel Bay ferry terminal on Tuesday. "
    "Commuters from Tarnholm Island must take the coastal bus while the Kestrel Bay ramp "
    "is repaired. A union spokesman for the ferry crews criticised the harbour board."
)
ORCHARD = (
    "The Velden Orchard Cooperative reported a record apple harvest of 9,000 tonnes on "
    "Friday. Chair Rosa Quennell credited the mild spring in the Velden valley. The Velden "
    "cooperative will open a cider press in Brannock next year."
)
ORCHARD_B = (
    "Rosa Quennell, chair of the Velden Orchard Cooperative, announced a record apple "
    "harvest of 9,000 tonnes on Friday. The Velden growers plan a cider press in Brannock."
)
LONE = (
    "The Orrin chess club crowned a twelve-year-old champion, Pim Osterhout, at its winter "
    "tournament on Sunday. Osterhout beat eleven adults in the Orrin library hall."
)

ARTICLES = {
    "north/ferry.yaml": (
        "Ferry terminal shut over ramp cracks",
        "North Wire",
        "2025-03-04T08:00:00",
        FERRY,
    ),
    "south/ferry.yaml": (
        "Kestrel Bay sailings cancelled",
        "South Post",
        "2025-03-04T11:30:00",
        FERRY_B,
    ),
    "east/ferry.yaml": (
        "Ramp cracks close ferry terminal",
        "East Gazette",
        "2025-03-05T07:00:00",
        FERRY_C,
    ),
    "north/orchard.yaml": ("Record apple harvest in Velden", "North Wire", "2025-06-20", ORCHARD),
    "south/orchard.yaml": (
        "Velden growers hail record crop",
        "South Post",
        "2025-06-20",
        ORCHARD_B,
    ),
    "east/chess.yaml": ("Schoolboy wins Orrin chess title", "East Gazette", "2025-11-02", LONE),
}


def article_text(title: str, source: str, published: str, body: str, story: str | None) -> str:
    """One article file's YAML."""
    lines = [f"title: {title!r}", f"source: {source!r}", f"published: {published!r}"]
    if story is not None:
        lines.append(f"story: {story}")
    lines.append("body: |")
    lines.append(f"  {body}")
    return "\n".join(lines) + "\n"


def write_story_library(root: Path, stories: dict[str, str] | None = None) -> dict[str, Path]:
    """Write :data:`ARTICLES` below ``root`` (``stories``: explicit ``story:`` per file)."""
    paths: dict[str, Path] = {}
    for relative, (title, source, published, body) in ARTICLES.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        story = (stories or {}).get(relative)
        path.write_text(article_text(title, source, published, body, story), encoding="utf-8")
        paths[relative] = path
    return paths
