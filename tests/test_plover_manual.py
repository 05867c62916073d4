"""PLOVER categories as the manual defines them, and the event types found on the corpus.

The PLOVER manual (CONCEDE): "Future concessions ... do not reduce to AGREE",
"Announcements of future retreats should be coded as CONCEDE", and "Expressions of
regret or remorse ... should be coded as CONCEDE"; carried-out retreats stay RETREAT and
promises of cooperation stay AGREE; declared ceasefires, pardons, cancelled meetings and
rescues as its potential ambiguities file them. Then classes the corpus showed: easings,
boycotts, strikes, plans given up, joint work, dictionary patterns that served the wrong
verb. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.events import lookup
from communique.events.cameo import plover_of
from communique.model import Article

model = pytest.mark.model


def _events(coder, text: str) -> list:
    return coder.code(Article(id="t", text=text, date=dt.date(2024, 5, 1)))


def _categories(coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.plover, e.source.code if e.source else "-", e.modality)
            for e in _events(coder, text)}


@model
@pytest.mark.parametrize("text, source", [
    ("The junta promised on Monday to lift the ban on opposition parties.", "GOV"),
    ("Serbia said it would withdraw its police units from northern Kosovo next week.", "SRB"),
    ("Japan apologised to South Korea on Friday for wartime forced labour.", "JPN"),
])
def test_promised_concessions_announced_retreats_and_apologies_are_concede(
        coder, text, source):
    found = _categories(coder, text)
    assert any(plover == "CONCEDE" and code.startswith(source)
               for plover, code, _ in found), found
    assert not any(plover in ("AGREE", "RETREAT", "SUPPORT") for plover, _, _ in found), found


@model
@pytest.mark.parametrize("text, plover", [
    ("Serbia withdrew its police units from northern Kosovo on Tuesday.", "RETREAT"),
    ("Ukraine and Poland agreed on Tuesday to build a new border crossing.", "AGREE"),
])
def test_carried_out_retreats_and_promised_cooperation_keep_their_category(
        coder, text, plover):
    assert plover in {category for category, _, _ in _categories(coder, text)}


def test_only_a_planned_retreat_turns_into_a_concession():
    withdrawal = lookup("0874")
    assert plover_of(withdrawal, "planned") == "CONCEDE"
    assert plover_of(withdrawal, "asserted") == "RETREAT"
    assert plover_of(withdrawal, "negated") == "RETREAT"
    assert plover_of(lookup("0356"), "asserted") == "CONCEDE"  # intent to de-escalate
    assert plover_of(lookup("036"), "planned") == "AGREE"  # intent to meet


@model
@pytest.mark.parametrize("text, code", [
    ("The interior ministry ended its crackdown on independent newspapers.", "0811"),
    ("Parliament repealed the ban on opposition parties on Wednesday.", "081"),
    ("The king promised to cease the repression of the southern provinces.", "0351"),
])
def test_ending_a_crackdown_or_repealing_a_ban_is_an_easing(coder, text, code):
    assert code in {e.cameo for e in _events(coder, text)}


@model
def test_a_particle_pattern_serves_only_the_verb_it_was_written_for(coder):
    """PETRARCH2's DESTROY block holds 'beat' and 'break'; its '* (WITH) [130]' was
    written for 'break with', not for beating someone with batons."""
    text = "Police in Yangon beat protesters with batons on Sunday."
    codes = {e.cameo for e in _events(coder, text)}
    assert codes and all(code.startswith(("17", "18")) for code in codes), codes


@model
@pytest.mark.parametrize("text", [
    "Police were searching on Monday for the gunmen behind the attack on the church.",
    "Detectives are hunting for two suspects seen near the embassy.",
])
def test_searching_for_suspects_is_no_request_nor_threat(coder, text):
    assert not {e.plover for e in _events(coder, text)} & {"THREATEN", "REQUEST", "COOPERATE"}


@model
@pytest.mark.parametrize("text, plover", [
    ("Residents of the town started to boycott shops owned by police officers.", "PROTEST"),
    ("The European Union imposed sanctions on Belarus on Monday.", "SANCTION"),
])
def test_a_boycott_by_civilians_is_a_protest_a_states_sanctions_are_not(coder, text, plover):
    assert plover in {e.plover for e in _events(coder, text)}


@model
@pytest.mark.parametrize("text, code", [
    ("Two jailed journalists have been on hunger strike for 40 days in Evin prison.", "142"),
    ("Nurses in Kenya are on strike over unpaid wages.", "143"),
])
def test_being_on_strike_is_striking(coder, text, code):
    assert code in {e.cameo for e in _events(coder, text)}


@model
@pytest.mark.parametrize("text, plover", [
    ("The rebels declared a nationwide ceasefire on Monday.", "CONCEDE"),
    ("Government forces and the rebels signed a ceasefire in Juba on Friday.", "CONCEDE"),
    ("The rebels observed the ceasefire for a third day on Sunday.", "RETREAT"),
])
def test_a_declared_ceasefire_is_a_concession_an_observed_one_a_retreat(coder, text, plover):
    assert {e.plover for e in _events(coder, text) if e.cameo == "0871"} == {plover}


@model
@pytest.mark.parametrize("text", [
    "Fiji has temporarily suspended plans to impose curfews in the capital.",
    "The army abandoned plans to attack the city after talks with tribal elders.",
])
def test_a_plan_given_up_is_no_threat(coder, text):
    events = _events(coder, text)
    assert not any(e.plover == "THREATEN" or e.modality == "planned" for e in events), events


@model
@pytest.mark.parametrize("text, plover", [
    ("The president pardoned 40 political prisoners on Monday.", "CONCEDE"),
    ("Israel released 40 Palestinian prisoners on Monday.", "RETREAT"),
    ("Police in Barcelona freed ten human trafficking victims during a raid on Friday.", "AID"),
    ("Russia cancelled a planned meeting with Japanese officials over the drills.", "REJECT"),
    ("The Brazilian president called off his visit to Washington on Tuesday.", "REJECT"),
])
def test_pardons_rescues_and_cancelled_meetings_as_the_manual_files_them(coder, text, plover):
    assert plover in {e.plover for e in _events(coder, text)}


@model
def test_an_idiom_of_one_verb_does_not_serve_its_block(coder):
    """'disarm the militants' is PETRARCH2's 082 in the DESTROY block; wiping them out is
    force, not an easing of dissent."""
    text = "Troops wiped out the militants in a dawn raid on Monday."
    codes = {e.cameo for e in _events(coder, text)}
    assert codes and all(code.startswith(("18", "19")) for code in codes), codes


@model
def test_breaking_ground_together_is_cooperation_not_an_attack(coder):
    found = {e.plover for e in _events(
        coder, "The leaders of Peru and Greece broke ground on Thursday on a new railway.")}
    assert "COOPERATE" in found and "ASSAULT" not in found, found


@model
def test_outsiders_let_in_with_nobody_named_are_let_in_by_the_authorities_there(coder):
    text = ("U.N. weapons inspectors were allowed back into Iraq on Friday after a two-year "
            "absence.")
    assert ("IRQGOV", "RETREAT") in {(e.source.code if e.source else None, e.plover)
                                     for e in _events(coder, text)}


@model
@pytest.mark.parametrize("text, code", [
    ("Brazil and Argentina began joint production of military transport aircraft.", "061"),
    ("Germany and Poland launched a joint investigation into the smuggling ring.", "063"),
])
def test_work_done_jointly_is_cooperation(coder, text, code):
    assert code in {e.cameo for e in _events(coder, text)}


@model
def test_a_team_of_rescuers_sent_abroad_is_aid(coder):
    text = "India sent a team of rescuers to Nepal after the earthquake on Sunday."
    assert ("073", "IND", "NPL") in {(e.cameo, e.source and e.source.code,
                                      e.target and e.target.code) for e in _events(coder, text)}


@model
def test_unnamed_attackers_are_an_unidentified_armed_force_not_the_authorities(coder):
    text = "Unknown attackers set fire to a church in Burkina Faso on Sunday."
    sources = {e.source.code for e in _events(coder, text) if e.source}
    assert sources == {"BFAUAF"}, sources


@model
@pytest.mark.parametrize("text, source, target", [
    ("Lithuania's foreign ministry summoned the Belarusian charge d'affaires on Thursday "
     "over the balloons.", "LTU", "BLR"),
    ("Ankara summoned the Swedish ambassador after the Koran burning in Stockholm.",
     "TUR", "SWE"),
])
def test_an_envoy_summoned_to_hear_a_grievance_is_accuse_not_consult(
        coder, text, source, target):
    found = {(e.plover, e.source.code[:3] if e.source else "-",
              e.target.code[:3] if e.target else "-") for e in _events(coder, text)}
    assert ("ACCUSE", source, target) in found, found
    assert not any(plover == "CONSULT" for plover, _, _ in found), found
