"""Violence named by a noun whose roles its clause tells, not its own phrase: an attack
that is the subject of what it did ('air strikes killed 9 people in Kherson', 'a car bomb
left 7 dead'), fighting whose sides its verb names ('clashes broke out between X and Y'),
and attacks undergone ('came under fire from ...'), but not criticism ('came under fire
from lawmakers'), a war's running toll or fear an attack left. Sentences written for these
tests."""

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
