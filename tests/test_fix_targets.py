"""Targets and sources named before: descriptions that take up a country ("the country",
"the kingdom"), "X-backed" groups, and the doers of what an object stands for.

News sentences written for these tests (not from any evaluation set). They parse with
the real model (marked ``model``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.actors import ActorCoder
from helpers import parse_sentences, plover_events

model = pytest.mark.model


@model
def test_the_country_as_subject_takes_up_the_country_named_before(coder):
    found = plover_events(coder, "North Korea fired a missile into the sea on Monday.\n\n"
                                 "The country also threatened Seoul with a nuclear response.")
    assert ("THREATEN", "PRK", "KOR") in found


@model
def test_the_country_as_object_is_not_its_own_clause_subject(coder):
    found = plover_events(coder, "Japan protested to China on Monday over the ship seizures.\n\n"
                                 "Beijing later warned the country against meddling in Taiwan.")
    assert ("THREATEN", "CHN", "JPN") in found
    assert not any(e[0] == "THREATEN" and e[2] == "TWN" for e in found)


@model
def test_the_countrys_ministry_is_the_named_country_not_the_reporting_one(coder):
    found = plover_events(coder, "North Korea fired two missiles into the sea on Tuesday, "
                                 "South Korea's military said.\n\nThe country's foreign ministry "
                                 "later threatened Washington with a powerful response.")
    assert ("THREATEN", "PRK", "USA") in found
    assert not any(e[1] == "KOR" and e[0] == "THREATEN" for e in found)


@model
def test_the_country_one_is_ordered_to_leave_is_the_orderers(coder):
    found = plover_events(coder, "Chad's government on Friday ordered the German ambassador to "
                                 "leave the country within 48 hours.\n\nThe country's foreign "
                                 "ministry accused the envoy of disrespect.")
    assert ("SANCTION", "TCD", "DEU") in found
    assert any(e[0] == "ACCUSE" and e[1] == "TCD" for e in found)


@model
def test_the_x_backed_group_is_the_group_named_before_not_its_backer(coder):
    found = plover_events(coder, "Houthi fighters seized a cargo ship in the Red Sea on Monday."
                                 "\n\nThe Iran-backed group said on Tuesday it would free the "
                                 "crew.")
    assert not any(e[1] == "IRN" for e in found)
    assert any(e[0] == "CONCEDE" and e[1] == "YEM" for e in found)


@model
def test_a_backer_named_before_a_group_is_no_party_to_its_attack(coder):
    found = plover_events(coder, "M23 fighters captured the town of Masisi on Sunday.\n\n"
                                 "The Rwanda-backed group then attacked army positions near "
                                 "Sake.")
    assert ("ASSAULT", "COD", "COD") in found
    assert not any(e[1] == "RWA" for e in found)


@model
def test_condemning_the_launches_is_aimed_at_who_launched_not_the_latest_speaker(coder):
    found = plover_events(coder, "Iran test-fired a ballistic missile on Monday.\n\n"
                                 "Israel lodged a protest with the United Nations on Tuesday."
                                 "\n\nFrance condemned the launch on Wednesday.")
    assert ("ACCUSE", "FRA", "IRN") in found
    assert ("ACCUSE", "FRA", "ISR") not in found



@model
def test_denouncing_the_raid_is_aimed_at_who_raided(coder):
    found = plover_events(coder, "Israeli police raided the offices of a Palestinian charity in "
                                 "East Jerusalem on Monday.\n\nJordan recalled its ambassador "
                                 "from Tel Aviv for consultations.\n\nTurkey denounced the "
                                 "raid on Tuesday.")
    assert any(e[0] == "ACCUSE" and e[1] == "TUR" and e[2] == "ISR" for e in found)
    assert ("ACCUSE", "TUR", "JOR") not in found


@model
def test_a_nominalised_acts_by_phrase_is_its_doer_even_when_hung_on_the_object(coder):
    found = plover_events(coder, "The detention of a Japanese businessman by Chinese "
                                 "authorities strained ties between the two countries.")
    assert ("COERCE", "CHN", "JPN") in found
    assert not any(e[0] == "COERCE" and e[1] == "JPN" for e in found)


@model
def test_the_group_its_spokesman_speaks_of_is_his_not_the_group_named_before(coder):
    found = plover_events(coder, "Hamas fired rockets at Israel on Monday.\n\nHouthi spokesman "
                                 "Yahya Saree said the group had attacked an Israeli ship in the "
                                 "Red Sea.")
    assert ("ASSAULT", "YEM", "ISR") in found
    assert not any(e[1] == "YEM" and e[2] == "PSE" for e in found)


@model
def test_the_at_phrase_of_what_is_fired_names_the_target(coder):
    found = plover_events(coder, "Islamic Jihad militants fired a volley of rockets at "
                                 "southern Israel late on Tuesday, the army said.")
    assert ("ASSAULT", "PSE", "ISR") in found
    assert ("ASSAULT", "PSE", "PSE") not in found


@model
def test_a_state_reporting_a_foreign_attack_on_it_codes_the_attack(coder):
    found = plover_events(coder, "Israel's army said Hezbollah had fired 30 rockets into "
                                 "northern Israel on Sunday.")
    assert ("ASSAULT", "LBN", "ISR") in found
    assert ("ACCUSE", "ISR", "LBN") not in found


@model
def test_a_government_charging_its_own_protesters_stays_an_accusation(coder):
    found = plover_events(coder, "Peru's interior minister said the protesters had attacked a "
                                 "police station in Puno.")
    assert any(e[0] == "ACCUSE" and e[1] == "PER" for e in found)


@model
def test_the_country_a_spokesman_speaks_of_is_his_own(coder):
    found = plover_events(coder, "Kenya's government spokesman said on Monday the country "
                                 "would send 1,000 police officers to Haiti.")
    assert any(e[1] == "KEN" and e[2] == "HTI" for e in found)


@model
def test_recalling_its_own_ambassador_is_aimed_at_the_country_it_quarrels_with(coder):
    found = plover_events(coder, "Rwanda accused Burundi of backing rebels on Monday.\n\n"
                                 "Burundi recalled its ambassador for consultations on Tuesday.")
    assert ("SANCTION", "BDI", "RWA") in found
    assert ("SANCTION", "BDI", "BDI") not in found


@model
def test_a_body_named_with_its_countrys_name_is_that_countrys_body(coder):
    found = plover_events(coder, "The Pakistan Army said on Sunday it had killed 12 Taliban "
                                 "fighters in a raid near the Afghan border.")
    assert any(e[0] == "ASSAULT" and e[1] == "PAK" for e in found)
    sentences = parse_sentences("The Nigeria Police Force arrested 40 protesters in Lagos.")
    codes = {m.actor.code for m in ActorCoder().code_article(sentences, dt.date(2024, 3, 4))[0]}
    assert "NGACOP" in codes
