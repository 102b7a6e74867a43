"""Unit tests for the gazetteer additions and context rules of the entity recogniser.

Names here are invented or generic on purpose: each test checks a general rule.
"""

from __future__ import annotations

from scripts.build_places import city_alternates
from tui.nlp.entities.lexicon import gazetteer
from tui.nlp.entities.recogniser import recognise


def _labels(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in recognise(text)]


def test_first_level_subdivisions_are_places() -> None:
    places = gazetteer.places()
    for name in ("Manitoba", "Queensland", "New South Wales", "Maharashtra", "Bavaria", "Sichuan"):
        assert places.get(name, ("", ""))[0] == "GPE", name


def test_subdivisions_skip_generic_and_common_words() -> None:
    places = gazetteer.places()
    for word in ("Central", "Western", "Northern", "Eastern", "Capital", "Victoria"):
        assert word not in places


def test_large_city_alternate_names() -> None:
    places = gazetteer.places()
    assert places["Cologne"][0] == "GPE"
    assert places["Kiev"][1] == places["Kyiv"][1]


def test_city_alternates_drop_names_shared_with_other_cities() -> None:
    cities = {
        "1": {"name": "Bigtown", "population": 900_000, "alternatenames": ["Grossburg", "Otto"]},
        "2": {"name": "Grossburg", "population": 20_000, "alternatenames": []},
        "3": {"name": "Smalltown", "population": 600_000, "alternatenames": ["Bigtown"]},
    }
    alts = city_alternates(cities, frozenset({"Otto"}))
    assert "Grossburg" not in alts  # also a city's own name
    assert "Otto" not in alts  # a stop word (given name)
    assert "Bigtown" not in alts


def test_place_preposition_makes_unknown_name_a_place() -> None:
    assert ("Zorvale", "GPE") in _labels("Crews fought a fire near Zorvale on Monday.")
    assert ("Quarn Vell", "GPE") in _labels("Residents fled in Quarn Vell on Monday.")


def test_town_of_cue_overrides_a_place_suffix() -> None:
    assert ("Otter Lake", "GPE") in _labels("People in the town of Otter Lake left.")


def test_sentence_starters_are_not_names() -> None:
    text = "Turnout was low. Officials said the count was slow. Consumer groups welcomed it."
    assert _labels(text) == []


def test_starter_kept_when_capitalised_mid_sentence() -> None:
    labels = _labels("Turnout rose. The group Turnout said it would campaign again.")
    assert any(t == "Turnout" for t, _ in labels)


def test_title_domain_starter_before_title() -> None:
    labels = _labels("Defense Secretary Kal Varnett said no.")
    assert labels == [("Kal Varnett", "PERSON")]


def test_person_cue_spreads_to_other_mentions() -> None:
    text = "Ms. Tavrin spoke first. Later Tavrin left. Tavrin said she would return."
    assert [lab for t, lab in _labels(text) if t == "Tavrin"] == ["PERSON"] * 3


def test_org_cue_spreads_to_other_mentions() -> None:
    text = "Analysts praised Quorvex. Quorvex's chief executive resigned on Friday."
    assert [lab for t, lab in _labels(text) if t == "Quorvex"] == ["ORG", "ORG"]


def test_party_names_from_member_plurals() -> None:
    labels = _labels("The Christian Democrats and the Progressive Conservatives lost seats.")
    assert ("Christian Democrats", "ORG") in labels
    assert ("Progressive Conservatives", "ORG") in labels


def test_team_and_agency_names_built_on_places() -> None:
    assert ("New York Rangers", "ORG") in _labels("He joined the New York Rangers in May.")
    assert ("Environment Canada", "ORG") in _labels("Officials at Environment Canada warned.")
