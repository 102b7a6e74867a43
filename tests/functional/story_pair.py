"""A small two-outlet story written for the split-view tests (not the sample's wording).

Harbour Gazette and Valley Wire report one port expansion: most claims pair up, two figures
differ (the cost, the jobs), and each outlet has claims the other lacks.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import article_yaml

STORY = "harbour"
GAZETTE = "Harbour Gazette"
WIRE = "Valley Wire"

GAZETTE_BODY = """\
The Port of Aberstad approved a €240 million expansion of its container terminal on Tuesday, \
the largest investment in the harbour's history.

Harbour master Marta Lindholm said the construction work would begin in March and take about \
three years to finish.

The expansion will add four deep-water berths and two electric cranes to the northern quay.

The dock workers' union Havnforbund welcomed the plan but asked the board for written job \
guarantees before the first contracts are signed.

The port handled 1.2 million containers last year, a record for the terminal.

The environmental group Blue Fjord warned that dredging the channel could harm the eelgrass \
meadows north of the harbour.

The city council will vote on a matching road budget for the terminal in June.

Lindholm said shipping lines had already reserved most of the new capacity for the first \
five years.

The construction firm Nordvei Bygg won the main contract after a tender with five bidders.

The port expects to hire 300 more workers once the new berths open.

Local fishermen asked the board for a new breakwater to protect their moorings during winter \
storms.

Aberstad's mayor, Jonas Eik, called the decision a vote of confidence in the whole region.
"""

WIRE_BODY = """\
Aberstad's port board has signed off on a €260 million plan to enlarge its container \
terminal, the largest investment in the harbour's history.

Construction work starts in March, harbour master Marta Lindholm said, and should take about \
three years to finish.

Four deep-water berths and two electric cranes on the northern quay are part of the plan.

Last year the port handled 1.2 million containers, a record for the terminal.

Blue Fjord, an environmental group, said dredging the channel threatens the eelgrass meadows \
north of the harbour.

Critics say the final bill could still rise because steel prices have been volatile all year.

Nordvei Bygg won the main construction contract after a tender with five bidders.

The port expects to hire 350 more workers once the new berths open.

Mayor Jonas Eik said the decision was a vote of confidence in the whole region.

A ferry operator, Fjordline, said it would move its passenger terminal to the east quay.

Regional rail officials are studying a freight spur that would link the terminal to the \
main line.

Lindholm said shipping lines had already booked most of the new capacity for the first five \
years.
"""


def write_story_pair(library: Path) -> Path:
    """Write the two articles under ``library/harbour/``; returns the library."""
    folder = library / STORY
    folder.mkdir(parents=True, exist_ok=True)
    for name, title, source, body in (
        ("gazette", "Aberstad port approves €240 million expansion", GAZETTE, GAZETTE_BODY),
        ("wire", "Aberstad bets big on containers", WIRE, WIRE_BODY),
    ):
        text = article_yaml(title=title, source=source, body=body.rstrip("\n"), story=STORY)
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return library
