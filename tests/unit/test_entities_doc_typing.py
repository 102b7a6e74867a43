"""Unit tests for document-level typing and the extra time spans (issue 15): one per rule."""

from __future__ import annotations

import pytest

from tui.nlp.entities.recogniser import recognise


def labels(text: str) -> dict[str, str]:
    return {m.text: m.label for m in recognise(text)}


def all_of(text: str, surface: str) -> set[str]:
    return {m.label for m in recognise(text) if m.text == surface}


# ------------------------------------------------------------ time spans


def test_race_time_with_seconds_is_one_number() -> None:
    got = labels("Tomas Ferreira won the race in 2:04:31, a course record.")
    assert got.get("2:04:31") == "NUMBER"
    assert "31" not in got


def test_clock_time_keeps_local_time() -> None:
    assert (
        labels("The blast came at 6:15 a.m. local time on Friday.").get("6:15 a.m. local time")
        == "DATE"
    )


def test_fiscal_quarter_and_current_quarter() -> None:
    got = labels("Margins narrowed in Q2 and should recover in the current quarter.")
    assert got.get("Q2") == "DATE"
    assert got.get("the current quarter") == "DATE"


def test_compound_durations() -> None:
    got = labels("The talks took a year and a half; the vote lasted three hours and 12 minutes.")
    assert got.get("a year and a half") == "DATE"
    assert got.get("three hours and 12 minutes") == "DATE"
    assert labels("She finished half a minute clear.").get("half a minute") == "DATE"


def test_bare_plural_durations_after_a_preposition() -> None:
    assert labels("The plant has been idle for years.").get("years") == "DATE"
    assert "years" not in labels("Some years are hotter than others.")


def test_season_and_weekend() -> None:
    got = labels("Work resumes in spring. The fair opened at the weekend.")
    assert got.get("spring") == "DATE"
    assert got.get("weekend") == "DATE"


def test_named_pandemic_is_an_event() -> None:
    assert (
        labels("Air travel fell sharply during the COVID-19 pandemic.").get("COVID-19 pandemic")
        == "EVENT"
    )


def test_group_possessive_name_is_whole() -> None:
    got = labels("Hollin Rovers reached the Men's Challenge Cup final.")
    assert got.get("Men's Challenge Cup") == "EVENT"


# ------------------------------------------------------------ document typing


def test_role_word_before_name_makes_person_everywhere() -> None:
    text = "Striker Odile Marchand scored twice. Marchand now has 14 goals this season."
    assert "Striker Odile Marchand" not in labels(text)
    assert all_of(text, "Odile Marchand") == {"PERSON"}
    assert all_of(text, "Marchand") == {"PERSON"}


def test_company_head_word_makes_org() -> None:
    assert labels("Tarrow Appliances cut 300 jobs.").get("Tarrow Appliances") == "ORG"


def test_sports_result_makes_org() -> None:
    text = "Vellmark City were beaten 3-1. Dunmore beat Vellmark City at home."
    assert all_of(text, "Vellmark City") == {"ORG"}


def test_product_noun_after_name_types_every_mention() -> None:
    text = "The Orrin probe reached orbit on Monday. Orrin will map the surface. Orrin is ageing."
    assert all_of(text, "Orrin") == {"PRODUCT"}


def test_product_class_before_name() -> None:
    text = "Users of the messaging app Quillo lost access. Quillo apologised later."
    assert all_of(text, "Quillo") == {"PRODUCT"}


def test_social_platform_post_is_product() -> None:
    assert (
        labels("The minister wrote on Chirpline that talks had failed.").get("Chirpline")
        == "PRODUCT"
    )


def test_celestial_body_is_location() -> None:
    text = "The probe passed the asteroid Menkor on Friday. Menkor spins every six hours."
    assert all_of(text, "Menkor") == {"LOC"}


def test_town_apposition_is_gpe() -> None:
    text = "Flooding cut off Brackwell, a mining town of 4,000 people. Brackwell has no power."
    assert all_of(text, "Brackwell") == {"GPE"}


def test_wire_dateline_is_gpe() -> None:
    assert labels("QUITO, Jan 4 (Andes Wire) - Heavy rain closed roads.").get("QUITO") == "GPE"


def test_meeting_apposition_is_event() -> None:
    assert labels("She spoke at ORBEX, the industry's largest conference.").get("ORBEX") == "EVENT"


def test_the_before_name_blocks_person_cues() -> None:
    text = "The Harriers, who lead the table, signed a winger. The Harriers won again."
    assert "PERSON" not in all_of(text, "Harriers")


@pytest.mark.parametrize("text", ["", "no names here at all", "A. B. C."])
def test_no_crash_on_trivial_input(text: str) -> None:
    recognise(text)


def test_figure_inside_a_hyphenated_scale_reading() -> None:
    got = [(m.text, m.label) for m in recognise("A magnitude-6.4 tremor hit before dawn.")]
    assert ("6.4", "NUMBER") in got


def test_list_members_share_a_type() -> None:
    text = "Evacuation orders covered Toronto, Dunmarra and Kelvey Creek on Friday."
    got = labels(text)
    assert got.get("Dunmarra") == "GPE"
    assert got.get("Kelvey Creek") == "GPE"


def test_apposition_is_not_a_list() -> None:
    text = "The order names Varnbank, Russia's largest lender, as the lead partner."
    assert labels(text).get("Varnbank") != "GPE"


def test_eponymous_disease_is_not_an_entity() -> None:
    got = labels("The drug slowed Parkinson's in a small trial, Dr. Ana Ruiz said.")
    assert "Parkinson" not in got


def test_region_noun_after_name_makes_a_place() -> None:
    text = "A fire ban covers the Wimmera region. Crews in the Wimmera worked overnight."
    assert all_of(text, "Wimmera") == {"GPE"}


def test_scoring_verb_makes_person() -> None:
    text = "Sofia Marquez equalised in the 70th minute. Marquez later hit the post."
    assert all_of(text, "Sofia Marquez") == {"PERSON"}


def test_short_form_takes_the_full_names_label() -> None:
    text = "Brannock Cloud said the fault was fixed. Brannock said customers would be refunded."
    assert all_of(text, "Brannock") == {"ORG"}
    keys = {m.key for m in recognise(text) if m.text.startswith("Brannock")}
    assert len(keys) == 1


def test_nationality_before_an_organisation_head_is_one_org() -> None:
    got = labels("Talks resume at the European Parliament on Monday.")
    assert got.get("European Parliament") == "ORG"
    assert labels("European ministers met on Monday.").get("European") == "NORP"


def test_product_class_apposition_and_sold_as() -> None:
    assert (
        labels("Regulators cleared the only approved flu tablet, Virexa, on Monday.").get("Virexa")
        == "PRODUCT"
    )
    assert (
        labels("The pill is sold by Halden Pharma as Dormivan in Europe.").get("Dormivan")
        == "PRODUCT"
    )


def test_launch_verbs_make_a_craft() -> None:
    text = (
        "Later, Osprey Nine, which lifted off from Kourou, will study comets. Osprey Nine is small."
    )
    assert all_of(text, "Osprey Nine") == {"PRODUCT"}


def test_known_company_used_as_a_platform() -> None:
    got = labels("The coach said he found out on Instagram that he had been sacked.")
    assert got.get("Instagram") == "PRODUCT"
    assert labels("Instagram reported higher revenue.").get("Instagram") == "ORG"


def test_every_before_the_name_cue_has_a_cheap_gate() -> None:
    from tui.nlp.entities.doc_cues import BEFORE_GATES, CUES

    assert {n for n, cue in enumerate(CUES) if cue[3]} == set(BEFORE_GATES)
