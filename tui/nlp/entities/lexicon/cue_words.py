"""Cue words for typing a name from its context (:mod:`tui.nlp.entities.doc_cues`).

* :data:`CO_HEADS`: a last word that makes a name a company ("Kestrel Appliances");
* :data:`ORG_NOUNS`: a noun right before a name that says it is an organisation
  ("the Dutch firm X", "Portuguese club X", "the journal X").
"""

from __future__ import annotations

__all__ = ["CO_HEADS", "ORG_NOUNS"]

CO_HEADS = frozenset(
    [
        "appliances",
        "optics",
        "cloud",
        "wire",
        "athletic",
        "depot",
        "airlines",
        "motors",
        "bank",
        "bancorp",
        "energy",
        "foods",
        "pharma",
        "biotech",
        "robotics",
        "aerospace",
        "mobility",
        "dynamics",
        "devices",
        "instruments",
        "shipping",
        "freight",
        "retail",
        "stores",
        "mart",
        "markets",
        "brewing",
        "beverages",
        "apparel",
        "textiles",
        "steel",
        "metals",
        "chemicals",
        "materials",
        "minerals",
        "payments",
        "finance",
        "capital",
        "ventures",
        "wireless",
        "telecom",
        "broadband",
        "semiconductor",
        "microsystems",
        "computing",
        "software",
        "labs",
        "studios",
        "maritime",
        "salvage",
        "logistics",
        "construction",
        "engineering",
    ]
)
# "the Dutch firm X", "Portuguese club X", "the journal X": the noun names what X is
ORG_NOUNS = frozenset(
    [
        "firm",
        "company",
        "club",
        "party",
        "journal",
        "newspaper",
        "magazine",
        "broadcaster",
        "publisher",
        "lender",
        "insurer",
        "retailer",
        "wholesaler",
        "importer",
        "distributor",
        "carmaker",
        "chipmaker",
        "automaker",
        "airline",
        "conglomerate",
        "start-up",
        "startup",
        "subsidiary",
        "charity",
        "union",
        "outfit",
        "consultancy",
        "contractor",
    ]
)
