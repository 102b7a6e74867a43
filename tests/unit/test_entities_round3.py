"""Tuning round 3 (after eval4): one test per general rule, on paragraphs written for them."""

from __future__ import annotations

from tui.nlp.entities.recogniser import recognise


def ents(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in recognise(text)]


def test_currency_codes_and_units_stay_in_the_amount() -> None:
    text = (
        "The Oslo start-up raised NOK 120 million last spring and sells its charger for "
        "DKK 4,300. Each tablet holds 250 milligrams of the compound, or 30mg per 100ml dose, "
        "and the plant makes 3.2 megawatt-hours a day; the fee was 900 CHF."
    )
    got = ents(text)
    for amount in ("NOK 120 million", "DKK 4,300", "250 milligrams", "30mg", "100ml"):
        assert (amount, "NUMBER") in got
    assert ("3.2 megawatt-hours", "NUMBER") in got
    assert ("900 CHF", "NUMBER") in got
    assert not any(label in ("ORG", "PRODUCT") for _t, label in got)


def test_an_ampersand_joins_one_firm_name() -> None:
    text = (
        "The law firm Brandt & Oyelaran advised the buyer. Brandt & Oyelaran declined to "
        "comment, while Spain & Portugal backed the bid."
    )
    got = ents(text)
    assert got.count(("Brandt & Oyelaran", "ORG")) == 2
    assert ("Spain", "GPE") in got and ("Portugal", "GPE") in got
