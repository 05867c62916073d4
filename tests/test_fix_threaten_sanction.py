"""Tests for communique.events on THREATEN, SANCTION, MOBILIZE and PROTEST: armed groups
raised or armed, the forces a show of force moves are no target, talks and bodies left,
support cut, a side's own warning that it could strike, crowds that burn property or stop
traffic.

News sentences written for these tests (not from any evaluation set); each names the
construction it pins down. They parse with the real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from helpers import coded, roots

model = pytest.mark.model


@model
@pytest.mark.parametrize("text", [
    "Villagers in northern Burkina Faso took up arms against the jihadists on Sunday.",
    "Sunni tribal leaders in Iraq formed a militia to fight the insurgents.",
    "Ethiopian militias have begun arming young men in villages near the Sudanese border.",
])
def test_fix_threaten_sanction_armed_groups_raised_are_mobilised(coder, text):
    found = coded(coder, text)
    assert any(c[0] == "154" for c in found), found
    assert not roots(found) & {"06", "07"}, found  # no military cooperation or aid given


@model
def test_fix_threaten_sanction_the_forces_raised_are_not_the_target(coder):
    found = coded(coder, "Ethiopian militias have begun arming young men in villages "
                         "near the Sudanese border.")
    mobilised = [c for c in found if c[0] == "154"]
    assert mobilised and all(c[2] != "ETHPPL" for c in mobilised), found


@model
@pytest.mark.parametrize("text, target", [
    ("Colombia's ELN rebels pulled out of talks with Bogota on Sunday.", "COL"),
    ("Guinean rebels said they were pulling out of talks with the government of Alpha Conde.",
     "GIN"),
])
def test_fix_threaten_sanction_talks_left_are_halted_with_the_other_side(coder, text, target):
    found = coded(coder, text)
    assert any(c[0] == "164" and (c[2] or "").startswith(target) for c in found), found


@model
def test_fix_threaten_sanction_leaving_a_bloc_is_no_concession(coder):
    found = coded(coder, "Burkina Faso announced it was withdrawing from the regional bloc.")
    assert "08" not in roots(found), found


@model
def test_fix_threaten_sanction_support_suspended_is_reduced_aid(coder):
    found = coded(coder, "The European Union suspended budget support to Zambia on Monday.")
    assert any(c[0] == "162" and (c[2] or "").startswith("ZMB") for c in found), found


@model
@pytest.mark.parametrize("text", [
    "Turkish President Tayyip Erdogan said Ankara could launch a new operation against "
    "Kurdish fighters in Syria at any moment.",
    "Azerbaijan could retake the remaining villages by force, President Ilham Aliyev said.",
])
def test_fix_threaten_sanction_own_warning_of_force_is_a_threat(coder, text):
    found = coded(coder, text)
    assert any(c[0].startswith("13") and c[3] == "asserted" for c in found), found
    assert not roots(found) & {"18", "19"}, found


@model
def test_fix_threaten_sanction_what_others_say_a_side_could_do_is_no_threat(coder):
    found = coded(coder, "Russia could invade Ukraine within weeks, U.S. officials said.")
    assert "13" not in roots(found), found


@model
@pytest.mark.parametrize("text", [
    "A police station in Beirut was set on fire by demonstrators on Sunday.",
    "Protesters in Nairobi torched cars and looted shops on Tuesday.",
])
def test_fix_threaten_sanction_crowds_destroying_property_riot(coder, text):
    found = coded(coder, text)
    assert any(c[0] == "145" for c in found), found
    assert "17" not in roots(found), found


@model
def test_fix_threaten_sanction_settlers_burning_homes_is_no_riot(coder):
    found = coded(coder, "Israeli settlers set fire to Palestinian homes in the village.")
    assert "145" not in {c[0] for c in found}, found


@model
def test_fix_threaten_sanction_crowd_stopping_traffic_obstructs(coder):
    found = coded(coder, "Some 300 protesters stopped traffic on a highway outside Karachi.")
    assert any(c[0] == "144" for c in found), found


@model
@pytest.mark.parametrize("text", [
    "South Africa's ANC expelled former president Jacob Zuma from the party.",
    "The ruling party in Ecuador expelled two lawmakers who voted against the budget.",
])
def test_fix_threaten_sanction_member_expelled_from_a_party_is_sanctioned(coder, text):
    found = coded(coder, text)
    assert any(c[0] == "166" for c in found), found
    assert "174" not in {c[0] for c in found}, found


@model
def test_fix_threaten_sanction_un_staff_ordered_out_is_a_mission_expelled(coder):
    found = coded(coder, "Malian soldiers ordered all U.N. personnel in Kidal to leave.")
    assert any(c[0] == "166" and (c[2] or "").startswith("IGO") for c in found), found


@model
def test_fix_threaten_sanction_an_individual_deported_stays_coercion(coder):
    found = coded(coder, "Thailand deported a Russian blogger to Moscow on Friday.")
    assert "166" not in {c[0] for c in found}, found


@model
def test_fix_threaten_sanction_vowing_to_use_the_army_is_a_threat_at_the_protesters(coder):
    found = coded(coder, "Bolivian President Luis Arce said he would use the army to end "
                         "the road blockades.")
    threats = [c for c in found if c[0] == "138"]
    assert threats and all(not (c[2] or "").endswith("MIL") for c in threats), found
    assert "0312" not in {c[0] for c in found}, found  # no intent to cooperate with the army


@model
@pytest.mark.parametrize("text, target", [
    ("Georgia put its army on high alert after Russian troops were seen moving toward the "
     "border.", "RUS"),
    ("Japan scrambled fighter jets on Sunday after detecting Chinese bombers near Okinawa.",
     "CHN"),
])
def test_fix_threaten_sanction_show_of_force_aims_at_the_state_it_answers(coder, text, target):
    found = coded(coder, text)
    assert any(c[0][:2] == "15" and (c[2] or "").startswith(target) for c in found), found


@model
def test_fix_threaten_sanction_drills_around_a_foreign_place_keep_that_place(coder):
    found = coded(coder, "China held military drills around Taiwan after a visit to Taipei "
                         "by a US congressional delegation.")
    drills = [c for c in found if c[0][:2] == "15"]
    assert drills and not any((c[2] or "").startswith("USA") for c in drills), found


@model
@pytest.mark.parametrize("text, source", [
    ("Two Iranian diplomats have been declared persona non grata by Albania.", "ALB"),
    ("A US diplomat was declared persona non grata by Moscow on Friday.", "RUS"),
])
def test_fix_threaten_sanction_declared_persona_non_grata_by_an_agent(coder, text, source):
    found = coded(coder, text)
    assert any(c[0] == "161" and (c[1] or "").startswith(source) for c in found), found


@model
@pytest.mark.parametrize("text", [
    "Opposition supporters in Caracas rejected the election result in mass street protests.",
    "Armenians demanded the prime minister's resignation with rallies in Yerevan.",
])
def test_fix_threaten_sanction_a_stance_taken_in_demonstrations_is_a_protest(coder, text):
    found = coded(coder, text)
    assert any(c[0] == "141" for c in found), found
    assert not roots(found) & {"10", "12"}, found


@model
def test_fix_threaten_sanction_a_stance_in_a_statement_is_no_protest(coder):
    found = coded(coder, "Egypt rejected the Israeli plan for Rafah in a statement on Monday.")
    assert "14" not in roots(found), found


@model
def test_fix_threaten_sanction_a_threat_told_in_a_participle_is_its_own_event(coder):
    found = coded(coder, "EU leaders are pressing Hungary to lift its veto, threatening to "
                         "abandon the summit on Thursday.")
    assert "10" in roots(found) and "13" in roots(found), found


@model
def test_fix_threaten_sanction_a_riot_told_in_a_participle_stays_one_event(coder):
    found = coded(coder, "Protesters rioted in Dakar on Monday, setting fire to a police "
                         "station.")
    assert "17" not in roots(found), found


@model
def test_fix_threaten_sanction_force_not_ruled_out_is_a_threat(coder):
    found = coded(coder, "Serbia said it would not rule out military intervention in Kosovo.")
    assert any(c[0] == "138" and c[3] == "asserted" for c in found), found
    assert "12" not in roots(found), found


@model
def test_fix_threaten_sanction_sanctions_not_ruled_out_are_no_threat_of_force(coder):
    found = coded(coder, "Germany said it would not rule out new sanctions against Russia.")
    assert "138" not in {c[0] for c in found}, found


@model
def test_fix_threaten_sanction_a_boycott_organised_is_a_boycott(coder):
    found = coded(coder, "Turkey's Jewish community is organising a boycott of the conference "
                         "in Doha.")
    assert any(c[0] == "143" for c in found), found
    assert not roots(found) & {"02", "10"}, found


@model
def test_fix_threaten_sanction_a_meeting_called_is_no_protest(coder):
    found = coded(coder, "France called a meeting of the Security Council on Sudan.")
    assert "14" not in roots(found), found


@model
def test_fix_threaten_sanction_jailed_for_a_term_is_a_sentence(coder):
    found = coded(coder, "Former Peruvian president Pedro Castillo was jailed for eleven "
                         "years on Thursday.")
    assert any(c[0] == "116" for c in found), found


@model
def test_fix_threaten_sanction_jailed_overnight_stays_an_arrest(coder):
    found = coded(coder, "Police jailed dozens of protesters overnight in Minsk.")
    assert "116" not in {c[0] for c in found}, found
