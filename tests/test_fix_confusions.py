"""Tests for communique.events on second readings of one act: violence, talks or aid that
a sentence mentions only as the occasion of the act it reports, and pledges of payback.

News sentences written for these tests (not from any evaluation set); each names the
construction it pins down. They parse with the real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from helpers import coded, roots

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, kept", [
    ("Egypt's foreign minister received his Libyan counterpart in Cairo on Sunday following "
     "a Russian air strike on an oil terminal near Benghazi.", "04"),
    ("Sudan's government suspended mobile internet across Darfur on Friday following attacks "
     "by RSF fighters.", "17"),
    ("Canada imposed sanctions on two Iranian generals over the shipment of missiles used in "
     "attacks on Israel.", "16"),
])
def test_fix_confusions_violence_named_as_the_occasion_is_no_assault(coder, text, kept):
    found = coded(coder, text)
    assert kept in roots(found), found
    assert not roots(found) & {"18", "19", "20"}, found


@model
def test_fix_confusions_an_attack_that_is_the_news_is_still_coded(coder):
    found = coded(coder, "Russian air strikes on Aleppo killed 12 Syrian civilians on Sunday.")
    assert "19" in roots(found), found


@model
@pytest.mark.parametrize("text", [
    "Hezbollah vowed on Sunday to avenge the death of its commander in an Israeli drone strike.",
    "Pakistan's army chief pledged to retaliate against India for the shelling of border "
    "villages.",
    "The Taliban vowed to take revenge on Pakistan for the air raids in Khost province.",
    "Al Shabaab promised to keep attacking Kenyan troops until they leave Somalia.",
])
def test_fix_confusions_a_pledge_of_payback_is_a_threat(coder, text):
    found = coded(coder, text)
    assert "13" in roots(found), found
    assert "03" not in roots(found), found


@model
def test_fix_confusions_a_pledge_to_keep_helping_stays_an_intent(coder):
    found = coded(coder, "Japan promised to keep supplying Ukraine with generators this winter.")
    assert "03" in roots(found) and "13" not in roots(found), found


@model
@pytest.mark.parametrize("text", [
    "Pakistan's interior minister vowed to hunt down the bombers.",
    "Somalia's president pledged to drive al Shabaab fighters out of the Shabelle valley.",
    "Mali's junta promised to eliminate the jihadists in the north by the end of the year.",
])
def test_fix_confusions_a_pledge_to_rout_an_enemy_is_a_threat(coder, text):
    found = coded(coder, text)
    assert "13" in roots(found) and "03" not in roots(found), found


@model
def test_fix_confusions_eliminating_no_enemy_is_no_event(coder):
    found = coded(coder, "Kenya's government pledged to eliminate malaria by 2030.")
    assert not roots(found) & {"13", "19"}, found


@model
@pytest.mark.parametrize("text, kept", [
    ("Thousands of Bangladeshis marched in Dhaka on Friday against a police crackdown that "
     "killed four students.", "14"),
    ("Hundreds of Afghans rallied in Kabul against a NATO air strike which killed nine "
     "children.", "14"),
    ("Prisoners rioted at a jail in Kenya's coastal city of Mombasa on Monday, smashing "
     "furniture and setting fire to mattresses.", "14"),
    ("China vetoed a draft resolution calling for sanctions on North Korea.", "12"),
    ("The United States blocked a Security Council statement condemning the Israeli strike.",
     "12"),
])
def test_fix_confusions_what_a_clause_tells_of_another_act_is_no_second_event(coder, text,
                                                                                kept):
    found = coded(coder, text)
    assert kept in roots(found), found
    assert not roots(found) & {"10", "11", "18", "19", "20"}, found


@model
def test_fix_confusions_a_text_that_is_adopted_still_speaks(coder):
    found = coded(coder, "The UN General Assembly adopted a resolution condemning Russia's "
                         "annexation of Crimea.")
    assert roots(found) & {"11", "05"}, found


@model
@pytest.mark.parametrize("text", [
    "Mexico's attorney general opened an inquiry into allegations that marines killed six "
    "fishermen in Tamaulipas.",
    "Amnesty International is investigating reports that Burkinabe soldiers executed "
    "villagers near Djibo.",
])
def test_fix_confusions_a_deed_a_claim_holds_is_not_coded_as_done(coder, text):
    found = coded(coder, text)
    assert "09" in roots(found), found
    assert not roots(found) & {"18", "19", "20"}, found


@model
def test_fix_confusions_an_offer_to_send_forces_is_an_offer_of_help(coder):
    found = coded(coder, "Kenya offered to send police officers to Haiti.")
    assert "03" in roots(found) and "13" not in roots(found), found


@model
def test_fix_confusions_an_attacks_toll_is_no_second_attack(coder):
    found = coded(coder, "Turkish jets struck Kurdish militant positions in northern Iraq on "
                         "Sunday, killing 14 fighters.")
    assert [c[0][:2] for c in found] == ["19"], found


@model
def test_fix_confusions_what_fighting_forced_is_part_of_its_toll(coder):
    found = coded(coder, "Armenia and Azerbaijan agreed to a ceasefire after fighting killed "
                         "50 soldiers and forced thousands of villagers to flee.")
    assert "08" in roots(found) and "17" not in roots(found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("A battalion of Rwandan troops arrived in Mozambique's Cabo Delgado province on Friday.",
     "15"),
    ("Russian warships arrived in Havana on Wednesday.", "15"),
    ("Pakistan's army chief visited Kabul on Tuesday for talks with Taliban officials.", "04"),
])
def test_fix_confusions_armed_units_that_arrive_are_moved_not_visiting(coder, text, expected):
    found = coded(coder, text)
    assert expected in roots(found), found
    assert expected == "04" or "04" not in roots(found), found


@model
@pytest.mark.parametrize("text, kept, not_kept", [
    ("Hundreds of Serbs protested in Mitrovica against Kosovo's decision to ban the dinar.",
     "14", "11"),
    ("Japan protested to China over the detention of its national.", "11", "05"),
])
def test_fix_confusions_a_protest_is_a_protest_by_whoever_makes_it(coder, text, kept,
                                                                   not_kept):
    found = coded(coder, text)
    assert kept in roots(found) and not_kept not in roots(found), found


@model
def test_fix_confusions_a_stance_in_the_present_is_no_act(coder):
    found = coded(coder, "Kenyan protesters, who reject the finance bill, stormed parliament "
                         "on Tuesday.")
    assert "14" in roots(found) and "12" not in roots(found), found


@model
def test_fix_confusions_a_deed_in_a_past_relative_clause_is_still_coded(coder):
    found = coded(coder, "Police arrested two men who attacked a synagogue in Berlin.")
    assert {"17", "19"} <= roots(found), found


@model
@pytest.mark.parametrize("text, threat", [
    ("Serbia's president vowed to restore control over the north by force.", True),
    ("Iran vowed to bolster its missile arsenal in response to the Israeli strikes.", True),
    ("Britain promised to send more air defence systems to Ukraine in response to Russian "
     "strikes.", False),
])
def test_fix_confusions_a_pledge_of_force_or_in_answer_to_a_blow_is_a_threat(coder, text,
                                                                             threat):
    found = coded(coder, text)
    assert ("13" in roots(found)) == threat and ("03" in roots(found)) != threat, found
