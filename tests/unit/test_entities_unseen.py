"""Generalisation checks: hand-annotated news paragraphs on subjects unlike the samples."""

from __future__ import annotations

from tui.nlp.entities.recogniser import recognise


def ents(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in recognise(text)]


def test_earthquake_report() -> None:
    text = (
        "A magnitude 7.8 earthquake struck southern Turkey and northern Syria early on Monday, "
        "killing more than 5,000 people. The quake hit near Gaziantep at 4:17 a.m. local time, "
        "according to the U.S. Geological Survey. Turkish President Recep Tayyip Erdogan "
        "declared seven days of national mourning. Erdogan said it was the worst since 1939."
    )
    assert ents(text) == [
        ("7.8", "NUMBER"),
        ("Turkey", "GPE"),
        ("Syria", "GPE"),
        ("Monday", "DATE"),
        ("5,000", "NUMBER"),
        ("Gaziantep", "GPE"),
        ("4:17 a.m. local time", "DATE"),  # issue 15: the modifier belongs to the time
        ("U.S. Geological Survey", "ORG"),
        ("Turkish", "NORP"),
        ("Recep Tayyip Erdogan", "PERSON"),
        ("seven days", "DATE"),
        ("Erdogan", "PERSON"),
        ("1939", "DATE"),
    ]
    keys = {m.text: m.key for m in recognise(text)}
    assert keys["Erdogan"] == keys["Recep Tayyip Erdogan"]


def test_football_transfer() -> None:
    text = (
        "Manchester United have completed the signing of Danish striker Rasmus Hojlund from "
        "Atalanta for £72 million, the club announced on Saturday. The 20-year-old joined on "
        "a five-year contract. United manager Erik ten Hag said he was delighted. The Premier "
        "League season starts on August 11."
    )
    assert ents(text) == [
        ("Manchester United", "ORG"),
        ("Danish", "NORP"),
        ("Rasmus Hojlund", "PERSON"),
        ("Atalanta", "ORG"),
        ("£72 million", "NUMBER"),
        ("Saturday", "DATE"),
        ("20-year-old", "DATE"),
        ("United", "ORG"),
        ("Erik ten Hag", "PERSON"),
        ("Premier League", "ORG"),
        ("August 11", "DATE"),
    ]


def test_earnings_report() -> None:
    text = (
        "Apple reported quarterly revenue of $89.5 billion on Thursday, down 1% from a year "
        "earlier, as iPhone sales slowed in China. Chief executive Tim Cook told analysts in "
        "Cupertino, California, that growth would return in the fourth quarter. Shares fell "
        "3.2% on the Nasdaq. Cook said services revenue hit a record $22.3 billion."
    )
    assert ents(text) == [
        ("Apple", "ORG"),
        ("$89.5 billion", "NUMBER"),
        ("Thursday", "DATE"),
        ("1%", "NUMBER"),
        ("a year earlier", "DATE"),  # a relative date, like "five months ago"
        ("iPhone", "PRODUCT"),
        ("China", "GPE"),
        ("Tim Cook", "PERSON"),
        ("Cupertino", "GPE"),
        ("California", "GPE"),
        ("fourth quarter", "DATE"),
        ("3.2%", "NUMBER"),
        ("Nasdaq", "ORG"),
        ("Cook", "PERSON"),
        ("$22.3 billion", "NUMBER"),
    ]


def test_space_mission() -> None:
    text = (
        "NASA's Perseverance rover has collected its 20th rock sample from Jezero Crater on "
        "Mars, the agency said on Wednesday. The mission, launched in July 2020, is part of a "
        'joint effort with the European Space Agency. "This is a big moment," said Dr. Katie '
        "Stack Morgan of the Jet Propulsion Laboratory in Pasadena. The rover has driven about "
        "28 km since landing three years ago."
    )
    assert ents(text) == [
        ("NASA", "ORG"),
        ("Perseverance", "PRODUCT"),
        ("20th", "NUMBER"),
        ("Jezero Crater", "LOC"),
        ("Mars", "LOC"),
        ("Wednesday", "DATE"),
        ("July 2020", "DATE"),
        ("European Space Agency", "ORG"),
        ("Katie Stack Morgan", "PERSON"),
        ("Jet Propulsion Laboratory", "ORG"),
        ("Pasadena", "GPE"),
        ("28 km", "NUMBER"),
        ("three years ago", "DATE"),
    ]


def test_politics_report() -> None:
    text = (
        "Despite the rally, German Chancellor Olaf Scholz warned on Friday that Europe faces "
        "two difficult winters. Speaking in Berlin, Scholz said the Bundestag would vote next "
        "week. The Social Democratic Party has lost ground. Critics in Brussels and Paris said "
        "the plan, worth €200 billion, came too late. Mr. Scholz rejected that view."
    )
    assert ents(text) == [
        ("German", "NORP"),
        ("Olaf Scholz", "PERSON"),
        ("Friday", "DATE"),
        ("Europe", "LOC"),
        ("two", "NUMBER"),
        ("Berlin", "GPE"),
        ("Scholz", "PERSON"),
        ("Bundestag", "ORG"),
        ("next week", "DATE"),
        ("Social Democratic Party", "ORG"),
        ("Brussels", "GPE"),
        ("Paris", "GPE"),
        ("€200 billion", "NUMBER"),
        ("Scholz", "PERSON"),
    ]


def test_wildfire_report_appositions_and_city_short_names() -> None:
    text = (
        "Shares in TUI fell 4% in Frankfurt. Jones, 34, was among those evacuated from "
        "Greece. Brown, who lives nearby, agreed."
    )
    assert ents(text) == [
        ("TUI", "ORG"),
        ("4%", "NUMBER"),
        ("Frankfurt", "GPE"),
        ("Jones", "PERSON"),
        ("34", "DATE"),  # an age (shared conventions: ages are DATE)
        ("Greece", "GPE"),
        ("Brown", "PERSON"),
    ]
