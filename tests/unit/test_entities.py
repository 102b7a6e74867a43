"""Unit tests for the rule-based entity recogniser (tui.nlp.entities.recogniser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.models import ENTITY_LABELS, EntityOverride
from tui.nlp.entities.recogniser import Mention, number_value, recognise, unify_keys

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "sample_pair" / "samples"


def ents(text: str, **kw) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in recognise(text, **kw)]


def check_offsets(text: str, mentions: list[Mention]) -> None:
    last = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        assert m.label in ENTITY_LABELS
        assert m.key.startswith(m.label + ":")
        last = m.end


# --------------------------------------------------------------- labels and tricky cases


def test_title_before_name_is_not_part_of_person() -> None:
    got = ents("Russian President Vladimir Putin spoke on Monday.")
    assert got == [("Russian", "NORP"), ("Vladimir Putin", "PERSON"), ("Monday", "DATE")]


def test_role_after_org_splits_org_and_person() -> None:
    got = ents("Sberbank CEO German Gref said the bank would grow.")
    assert ("Sberbank", "ORG") in got
    assert ("German Gref", "PERSON") in got
    assert ("German", "NORP") not in got


@pytest.mark.parametrize("apostrophe", ["'", "’", "‘"])
def test_possessive_left_out(apostrophe: str) -> None:
    text = f"Analysts doubt Russia{apostrophe}s plans and the Kremlin{apostrophe}s website."
    assert ents(text) == [("Russia", "GPE"), ("Kremlin", "ORG")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was signed.",
        "This move comes after talks.",
        "Despite the rally, shares fell.",
        "International sanctions have cut access.",
        "Looking ahead: growth will slow.",
        "Driving factors: rates rose.",
    ],
)
def test_sentence_initial_common_words_are_not_entities(sentence: str) -> None:
    assert ents(sentence) == []


def test_sentence_initial_name_is_kept() -> None:
    assert ents("Western sanctions hurt. Russia responded.") == [
        ("Western", "NORP"),
        ("Russia", "GPE"),
    ]


def test_hyphenated_compounds() -> None:
    got = ents("It challenges U.S.-led and Western-led blocs with non-Western partners.")
    assert got == [("U.S.", "GPE"), ("Western", "NORP"), ("non-Western", "NORP")]
    assert ents("It was the third-largest one-day fall.") == []


def test_acronyms_generic_and_named() -> None:
    got = ents("The NATO summit discussed AI and GPUs with the IMF.")
    assert ("IMF", "ORG") in got
    assert all(t not in ("AI", "GPUs") for t, _ in got)
    assert ("BRICS", "NORP") in ents("He met BRICS leaders.")


def test_org_and_work_cues() -> None:
    got = ents("It ranks fourth on the Lowy Institute Asia Power Index, said the Bank of England.")
    assert ("fourth", "NUMBER") in got
    assert ("Lowy Institute", "ORG") in got
    assert ("Asia Power Index", "WORK") in got
    assert ("Bank of England", "ORG") in got


def test_numbers() -> None:
    got = ents("Sales rose 3.5% to $589 billion, over 72 km of road and two plants; one of them.")
    assert got == [
        ("3.5%", "NUMBER"),
        ("$589 billion", "NUMBER"),
        ("72 km", "NUMBER"),
        ("two", "NUMBER"),
    ]


def test_ranges() -> None:
    assert ents("Between 2019–2021 costs grew 10-15%.") == [
        ("2019–2021", "DATE"),
        ("10-15%", "NUMBER"),
    ]


def test_dates() -> None:
    text = (
        "On January 1, 2025 at 10:30 a.m. the 23-year-old left; three weeks later, "
        "last month and five months ago, in 2023."
    )
    assert [t for t, lab in ents(text) if lab == "DATE"] == [
        "January 1, 2025",
        "10:30 a.m.",
        "23-year-old",
        "three weeks later",
        "last month",
        "five months ago",
        "2023",
    ]


def test_may_as_modal_is_not_a_date() -> None:
    assert ents("Prices may rise, officials said.") == []
    assert ents("The vote is due in May.") == [("May", "DATE")]


def test_places_and_celestial_bodies() -> None:
    got = ents("Flights from Moscow to Tokyo and a probe orbiting Mars over the Pacific Ocean.")
    assert got == [
        ("Moscow", "GPE"),
        ("Tokyo", "GPE"),
        ("Mars", "LOC"),
        ("Pacific Ocean", "LOC"),
    ]


# --------------------------------------------------------------- keys


def test_short_form_shares_key_within_article() -> None:
    ms = recognise("Vladimir Putin spoke. Later Putin left. Sberbank CEO German Gref agreed; Gref")
    keys = {m.text: m.key for m in ms}
    assert keys["Putin"] == keys["Vladimir Putin"] == "PERSON:vladimir putin"
    assert keys["Gref"] == keys["German Gref"]


def test_unify_keys_across_articles() -> None:
    a = recognise("Putin met officials in the United States.")
    b = recognise("Vladimir Putin criticised the U.S. on Friday.")
    ua, ub = unify_keys(a, b)
    ka = {m.text: m.key for m in ua}
    kb = {m.text: m.key for m in ub}
    assert ka["Putin"] == kb["Vladimir Putin"]
    assert ka["United States"] == kb["U.S."] == "GPE:united states"


# --------------------------------------------------------------- overrides


def test_overrides_win_and_cover_aliases() -> None:
    text = "The Tortoise index and TGI both rank Russia low. TGI is annual."
    ov = [EntityOverride("Tortoise index", "WORK", ("TGI",))]
    ms = recognise(text, ov)
    work = [m for m in ms if m.label == "WORK"]
    assert [m.text for m in work] == ["Tortoise index", "TGI", "TGI"]
    assert len({m.key for m in work}) == 1
    # an override relabels what the automatic pass would have found
    ms = recognise("Gazprom said so.", [EntityOverride("Gazprom", "PRODUCT")])
    assert [(m.text, m.label) for m in ms] == [("Gazprom", "PRODUCT")]


def test_bad_overrides_are_ignored() -> None:
    ov = [EntityOverride("", "ORG"), EntityOverride("x", "BOGUS"), EntityOverride("(", "ORG")]
    assert recognise("Paris (France)", ov)[0].text == "Paris"


# --------------------------------------------------------------- number_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("31st", 31),
        ("3.5%", 3.5),
        ("$589 billion", 5.89e11),
        ("two", 2),
        ("twenty-five", 25),
        ("5,000", 5000),
        ("£72 million", 7.2e7),
        ("first", 1),
        ("three hundred", 300),
        ("72 km", 72),
        ("10-15%", 10),
        ("banana", None),
        ("", None),
    ],
)
def test_number_value(text: str, value: float | None) -> None:
    got = number_value(text)
    if value is None:
        assert got is None
    else:
        assert got == pytest.approx(value)


# --------------------------------------------------------------- robustness


def test_determinism_and_offsets_on_samples() -> None:
    text = (SAMPLES / "coai.txt").read_text(encoding="utf-8")
    first = recognise(text)
    assert first == recognise(text)
    check_offsets(text, first)


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\u202e\ufeff", "A" * 10000, "U.S.-" * 500, "- \n: . ’s 's", "0" * 5000 + "%"],
)
def test_hostile_inputs_never_raise(text: str) -> None:
    check_offsets(text, recognise(text))


def test_non_string_input() -> None:
    assert recognise(None) == []  # type: ignore[arg-type]
    assert number_value(None) is None  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_fuzz_offsets(text: str) -> None:
    check_offsets(text, recognise(text))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Russia",
                "’s",
                "President",
                "U.S.",
                "-led",
                " ",
                ", ",
                ". ",
                "non-",
                "Western",
                "3.5%",
                "two",
                "weeks",
                "the",
                "Bank",
                "of",
                "Gref",
                "\n",
                "- ",
                "May",
                "2023",
            ]
        ),
        max_size=40,
    )
)
def test_fuzz_token_soup(parts: list[str]) -> None:
    text = "".join(parts)
    check_offsets(text, recognise(text))


def test_large_input_keeps_offsets() -> None:
    """Throughput lives in benchmarks/bench_entities.py; here: a 230 kB input stays exact."""
    text = (SAMPLES / "dagens.txt").read_text(encoding="utf-8") * 100
    ms = recognise(text)
    check_offsets(text, ms)
    assert len(ms) == 100 * len(recognise((SAMPLES / "dagens.txt").read_text(encoding="utf-8")))
