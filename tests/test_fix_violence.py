"""Violence named by a noun whose roles its clause tells, not its own phrase: an attack
that is the subject of what it did ('air strikes killed 9 people in Kherson', 'a car bomb
left 7 dead'), fighting whose sides its verb names ('clashes broke out between X and Y'),
and attacks undergone ('came under fire from ...'), but not criticism ('came under fire
from lawmakers'), a war's running toll or fear an attack left; and what is no violent
deed done: weapons or land counted since a start ('has been hit by hundreds of shells
since the war began'), and 'struggle' with an infinitive ('has struggled to contain the
insurgency'); and the toll a relative clause tells of an attack that is another act's
occasion ('sent aid following strikes that destroyed homes', 'arrested men over the
bombing of a church that killed 20'), or imputed by a participle ('leaders accused of
killing civilians'); and tear gas fired is violent repression (175), not artillery (194).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import plover_events

pytestmark = pytest.mark.model


def _events(coder, text: str):
    return plover_events(coder, "Story\n\n" + text)


def test_attack_noun_that_killed_people_is_aimed_at_them(coder):
    found = _events(coder, "Russian drone strikes killed nine civilians in Kherson on "
                           "Sunday, regional officials said.")
    assert ("ASSAULT", "RUS", "UKR") in found


def test_bombing_that_left_dead_is_an_attack_where_it_happened(coder):
    found = _events(coder, "The car bombing near a checkpoint in Kirkuk left seven dead, "
                           "police said.")
    assert any(e[0] == "ASSAULT" and e[2] == "IRQ" for e in found)


def test_clashes_between_sides_named_on_the_verb(coder):
    found = _events(coder, "Fierce clashes broke out between Ethiopian troops and Eritrean "
                           "soldiers near Badme on Friday.")
    assert ("ASSAULT", "ETH", "ERI") in found


def test_came_under_fire_from_an_armed_side(coder):
    found = _events(coder, "An Indian army post came under fire from Pakistani troops "
                           "along the Line of Control on Tuesday.")
    assert ("ASSAULT", "PAK", "IND") in found
    assert not any(e[1] == "IND" and e[0] == "ASSAULT" for e in found)


def test_under_fire_from_critics_is_no_attack(coder):
    found = _events(coder, "Kenya's finance minister came under fire from opposition "
                           "lawmakers over the new tax bill.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_long_war_toll_is_no_attack(coder):
    found = _events(coder, "The fighting killed some two million people before the "
                           "armistice of 1953.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_fear_an_attack_left_is_no_attack(coder):
    found = _events(coder, "Villagers in Borno said the latest attack had left many "
                           "families afraid to return to their farms.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_hit_by_a_count_of_weapons_since_a_war_began_is_a_tally(coder):
    found = _events(coder, "Since the war began in 2023, Omdurman has been hit by hundreds "
                           "of shells and drones, residents say.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_land_seized_over_years_is_a_tally(coder):
    found = _events(coder, "Al-Shabaab has seized swathes of southern Somalia since it "
                           "broke away from the Islamic Courts Union.")
    assert not any(e[0] == "COERCE" for e in found)


def test_struggling_to_contain_is_no_deed_and_no_fight(coder):
    found = _events(coder, "Mozambique's government has struggled to contain an insurgency "
                           "in Cabo Delgado that began in 2017.")
    assert not found


def test_struggling_to_with_an_infinitive_is_no_fight(coder):
    found = _events(coder, "Nigerian troops are struggling to stop attacks by bandits in "
                           "Zamfara state.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_attacks_counted_since_a_day_are_still_coded(coder):
    found = _events(coder, "Russian missiles have hit Kharkiv three times since Sunday, "
                           "the regional governor said.")
    assert ("ASSAULT", "RUS", "UKR") in found


def test_toll_of_an_attack_in_an_occasion_phrase_is_background(coder):
    found = _events(coder, "Norway will send $5 million in emergency aid to Lebanon "
                           "following Israeli strikes that destroyed hundreds of homes.")
    assert ("AGREE", "NOR", "LBN") in found or ("AID", "NOR", "LBN") in found
    assert not any(e[0] == "ASSAULT" for e in found)


def test_toll_told_after_the_attacks_of_phrase_is_the_attacks(coder):
    found = _events(coder, "Police arrested four men over the bombing of a church in "
                           "Quetta that killed 20 worshippers in March.")
    assert any(e[0] == "COERCE" for e in found)
    assert not any(e[0] == "ASSAULT" for e in found)


def test_attack_told_in_a_relative_clause_of_the_subject_stays(coder):
    found = _events(coder, "Israeli strikes that destroyed dozens of homes in Khan Younis "
                           "continued on Sunday.")
    assert any(e[0] == "ASSAULT" and e[1] == "ISR" for e in found)


def test_deed_imputed_by_a_participle_is_not_coded(coder):
    found = _events(coder, "Britain imposed sanctions on three militia leaders accused of "
                           "killing civilians in Darfur.")
    assert any(e[0] == "SANCTION" for e in found)
    assert not any(e[0] == "ASSAULT" for e in found)


def test_tear_gas_fired_is_violent_repression(coder, make_article):
    events = coder.code(make_article("Story\n\nSoldiers fired tear gas at students "
                                     "marching in Dhaka on Monday."))
    assert [e.cameo for e in events if e.plover == "ASSAULT"] == ["175"]


def test_under_attack_by_an_armed_group(coder):
    found = _events(coder, "A Nigerian army base came under attack by Boko Haram fighters "
                           "in Borno state.")
    assert ("ASSAULT", "NGA", "NGA") in found


def test_forces_massed_near_a_border_are_aimed_at_the_neighbour(coder):
    found = _events(coder, "Eritrea has massed tanks and troops near the Ethiopian border, "
                           "diplomats said.")
    assert ("MOBILIZE", "ERI", "ETH") in found


def test_forces_stationed_along_a_border_with_a_neighbour(coder):
    found = _events(coder, "Pakistan stationed additional troops along its border with "
                           "Afghanistan on Monday.")
    assert ("MOBILIZE", "PAK", "AFG") in found


def test_attack_condemned_in_the_passive_is_the_condemnation_only(coder):
    found = _events(coder, "The killing of two Red Cross workers in Goma was condemned by "
                           "the United Nations on Friday.")
    assert any(e[0] == "ACCUSE" and e[1] == "IGO" for e in found)
    assert not any(e[0] == "ASSAULT" for e in found)
