"""Tests for material cooperation told in wire phrasings: relief workers and aid convoys
arriving (PLOVER AID), fuel and power traded and data shared (COOPERATE), and sanctions
eased (CONCEDE, as the PLOVER manual counts "easing of administrative or legal
restrictions").

News sentences written for these tests (not from any evaluation set). They parse with the
real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from helpers import plover_events

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, expected", [
    ("Kenyan medical teams arrived in Nyala on Friday to run a cholera clinic.",
     ("AID", "KEN", "SDN")),
    ("A team of Cuban doctors arrived in Luanda on Monday.", ("AID", "CUB", "AGO")),
    ("A Chinese rescue team reached Kathmandu on Sunday.", ("AID", "CHN", "NPL")),
])
def test_fix_aid_relief_workers_arriving_bring_aid(coder, text, expected):
    found = plover_events(coder, text)
    assert expected in found and not any(f[0] == "CONSULT" for f in found), found


@model
def test_fix_aid_armed_units_arriving_stay_forces_moved(coder):
    found = plover_events(coder, "Rwandan troops arrived in Cabo Delgado on Friday.")
    assert ("MOBILIZE", "RWA", "MOZ") in found and not any(f[0] == "AID" for f in found)


@model
def test_fix_aid_convoy_takes_its_sender_from_the_cargo(coder):
    found = plover_events(coder, "A convoy of 40 trucks carrying rice and tents from the "
                                 "World Food Programme reached Gaza City on Thursday.")
    assert ("AID", "IGO", "PSE") in found, found


@model
@pytest.mark.parametrize("text, expected", [
    ("Qatar began shipping liquefied natural gas to Italy under a long-term supply deal.",
     ("COOPERATE", "QAT", "ITA")),
    ("Azerbaijan exported electricity to Georgia for the first time on Monday.",
     ("COOPERATE", "AZE", "GEO")),
])
def test_fix_cooperate_fuel_and_power_traded(coder, text, expected):
    found = plover_events(coder, text)
    assert expected in found and not any(f[0] == "AID" for f in found), found


@model
def test_fix_cooperate_relief_fuel_stays_aid(coder):
    found = plover_events(coder, "Egypt sent fuel and medicine to Gaza on Monday.")
    assert ("AID", "EGY", "PSE") in found, found


@model
def test_fix_cooperate_data_shared_by_a_pair(coder):
    found = plover_events(coder, "Moroccan and Spanish police have started sharing data "
                                 "on migrant smuggling networks.")
    assert ("COOPERATE", "MAR", "ESP") in found and ("COOPERATE", "ESP", "MAR") in found, found


@model
@pytest.mark.parametrize("text, expected", [
    ("The European Union eased sanctions on Belarusian potash exports on Monday.",
     ("CONCEDE", "IGO", "BLR")),
    ("Washington lifted its sanctions on Venezuela's state oil company.",
     ("CONCEDE", "USA", "VEN")),
])
def test_fix_concede_sanctions_eased_are_a_concession(coder, text, expected):
    found = plover_events(coder, text)
    assert expected in found and not any(f[0] == "RETREAT" for f in found), found


@model
def test_fix_aid_recipient_before_a_reduced_relative_clause(coder):
    """'granted asylum to [officials] holed up in ...': the parser leaves 'to' with no object
    and makes the officials the subject of a clause of their own; the repair gives them back."""
    found = plover_events(coder, "Chile has granted political asylum to two Venezuelan "
                                 "opposition officials holed up in a diplomatic compound.")
    assert ("AID", "CHL", "VEN") in found, found


@model
def test_fix_aid_convoy_crossing_is_the_clause_verb(coder):
    """The parser reads 'crossed' after 'carrying vaccines' as a reduced relative clause,
    leaving the sentence with no verb."""
    found = plover_events(coder, "A UNICEF convoy carrying vaccines crossed into South Sudan "
                                 "on Monday.")
    assert ("AID", "IGO", "SSD") in found, found


def test_fix_aid_motion_repair_leaves_headline_passives():
    from communique.repairs import motion_as_root
    from helpers import parse

    tokens = parse("Villagers driven into camps by the fighting").tokens
    assert motion_as_root(tokens) == tokens


@model
@pytest.mark.parametrize("text, expected", [
    ("Venezuela freed six jailed Colombian activists on Monday. Bogota welcomed the release "
     "on Tuesday.", ("SUPPORT", "COL", "VEN")),
    ("Uganda withdrew its troops from the Congolese town of Bunia. Kinshasa hailed the "
     "withdrawal.", ("SUPPORT", "COD", "UGA")),
])
def test_fix_concede_reaction_to_a_yielding_deed_is_aimed_at_its_doer(coder, text, expected):
    found = plover_events(coder, text)
    assert expected in found, found


@model
def test_fix_aid_relief_teams_sent_are_aid(coder):
    found = plover_events(coder, "Greece dispatched two search and rescue teams to Turkey "
                                 "after the earthquake.")
    assert ("AID", "GRC", "TUR") in found, found


@model
def test_fix_aid_other_teams_sent_are_no_aid(coder):
    found = plover_events(coder, "Russia sent a team of negotiators to Istanbul on Monday.")
    assert not any(f[0] == "AID" for f in found), found


@model
@pytest.mark.parametrize("text", [
    "Tanzania and Mozambique worked together to fight insurgents in Cabo Delgado.",
    "Senegal is working with Gambia to fight illegal logging along the border.",
])
def test_fix_cooperate_aim_of_cooperation_is_no_threat_between_partners(coder, text):
    found = plover_events(coder, text)
    assert any(f[0] == "COOPERATE" for f in found), found
    assert not any(f[0] in ("THREATEN", "ASSAULT") and f[1] in ("TZA", "MOZ", "SEN", "GMB")
                   and f[2] in ("TZA", "MOZ", "SEN", "GMB", None) for f in found), found


@model
def test_fix_cooperate_hostile_aim_of_a_meeting_stays(coder):
    found = plover_events(coder, "Hungary summoned the Ukrainian ambassador to protest "
                                 "remarks by Zelensky.")
    assert any(f[0] == "ACCUSE" and f[2] == "UKR" for f in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("Weapons deliveries from Belarus to Russian forces continued in March, Ukrainian "
     "intelligence said.", ("AID", "BLR", "RUS")),
    ("The World Bank approved $200 million in financial assistance for Sri Lanka.",
     ("AID", "IGO", "LKA")),
])
def test_fix_aid_named_by_a_noun(coder, text, expected):
    assert expected in plover_events(coder, text)


@model
def test_fix_aid_convoy_attacked_is_no_aid(coder):
    found = plover_events(coder, "Gunmen attacked an aid convoy near Nyala on Sunday.")
    assert not any(f[0] == "AID" for f in found), found
