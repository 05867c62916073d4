"""Non-violent hostility as CAMEO and the PLOVER manual file it: borders and airspace
closed to another state reduce relations (SANCTION), force kept open or aimed at whoever
sets off a condition is a threat (THREATEN), a deadline with a penalty is an ultimatum,
and a cut in relations 'until' something happens is done, not threatened. Each class is
checked on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import plover_events

pytestmark = pytest.mark.model

DAY = dt.date(2024, 3, 4)


def _events(coder, text: str) -> set[tuple[str | None, str | None, str | None]]:
    return plover_events(coder, text, DAY)


def _kinds(coder, text: str) -> set[str | None]:
    return {kind for kind, _, _ in _events(coder, text)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Uzbekistan closed its airspace to Afghan commercial flights on Wednesday.",
     "UZB", "AFG"),
    ("Chad shut its border with Sudan on Friday, the interior ministry said.", "TCD", "SDN"),
    ("Tanzania closed the border crossing at Namanga to Kenyan lorries on Thursday.",
     "TZA", "KEN"),
])
def test_border_closed_to_another_state_reduces_relations(coder, text, source, target):
    found = _events(coder, text)
    assert ("SANCTION", source, target) in found, found
    assert "COERCE" not in {kind for kind, _, _ in found}, found


@pytest.mark.parametrize("text", [
    "Togolese soldiers closed the border with Ghana.",
    "The government closed the airspace over the capital during the parade.",
])
def test_border_closed_by_troops_or_at_home_stays_a_restriction(coder, text):
    kinds = _kinds(coder, text)
    assert "COERCE" in kinds and "SANCTION" not in kinds, kinds


@pytest.mark.parametrize(("text", "target"), [
    ("Athens warned Ankara that nothing was off the table if Turkish ships entered Greek "
     "waters.", "TUR"),
    ("Pyongyang's defence minister said all options were on the table in response to the "
     "South Korean drills.", None),
])
def test_options_kept_on_the_table_are_a_threat(coder, text, target):
    found = _events(coder, text)
    assert any(kind == "THREATEN" and target in (None, t) for kind, _, t in found), found


def test_talks_off_the_table_stay_a_rejection(coder):
    kinds = _kinds(coder, "Turkey said talks with the PKK were off the table.")
    assert kinds == {"REJECT"}, kinds


def test_forces_sent_against_whoever_sets_off_the_condition_are_a_threat(coder):
    found = _events(coder, "If Armenia moves troops into the corridor, Azerbaijan will send "
                           "its army to the border, Baku said.")
    assert ("THREATEN", "AZE", "ARM") in found, found
    assert "AGREE" not in {kind for kind, _, _ in found}, found


def test_forces_offered_at_a_partners_request_stay_an_offer(coder):
    found = _events(coder, "Chad would send troops to Niger if the government in Niamey "
                           "asked for them.")
    assert ("AGREE", "TCD", "NER") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The bloc gave the junta one month to set a timetable for elections or face further "
     "measures.", True),
    ("The bloc gave the junta one month to set a timetable for elections.", False),
])
def test_deadline_with_a_penalty_is_an_ultimatum(text, expected):
    from helpers import parse

    from communique.events.relations import ultimatum

    sentence = parse(text)
    gave = next(t for t in sentence.tokens if t.lemma == "give")
    assert ultimatum(sentence, gave) is expected


def test_cut_in_relations_until_a_change_is_done_not_threatened(coder):
    found = _events(coder, "The European Union suspended all budget support to Burundi "
                           "until the government opened talks with the opposition.")
    assert ("SANCTION", "IGO", "BDI") in found, found
    assert "THREATEN" not in {kind for kind, _, _ in found}, found


def test_cut_announced_until_a_change_is_still_a_threat(coder):
    kinds = _kinds(coder, "Ukraine will suspend electricity exports to Hungary until "
                          "Budapest drops its veto.")
    assert "THREATEN" in kinds, kinds


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Arab League announced the suspension of Syria from its meetings on Saturday.",
     "IGO", "SYR"),
    ("Vilnius was suspending all bilateral consultations with Minsk, the minister said.",
     "LTU", "BLR"),
])
def test_suspended_membership_or_consultations_reduce_relations(coder, text, source, target):
    found = _events(coder, text)
    assert ("SANCTION", source, target) in found, found
    assert "CONSULT" not in {kind for kind, _, _ in found}, found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Vilnius announced the expulsion of three Russian diplomats.", "LTU", "RUS"),
    ("France announced the recall of its ambassador to Algeria.", "FRA", "DZA"),
    ("Kenya announced the suspension of trade with Somalia.", "KEN", "SOM"),
])
def test_nouns_of_reduced_relations_are_sanctions(coder, text, source, target):
    found = _events(coder, text)
    assert ("SANCTION", source, target) in found, found
    assert "COERCE" not in {kind for kind, _, _ in found}, found


def test_expulsion_of_migrants_is_no_sanction(coder):
    kinds = _kinds(coder, "Tunisia announced the expulsion of 300 migrants to Libya.")
    assert "SANCTION" not in kinds, kinds


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Iran vowed to respond decisively to any Israeli aggression.", "IRN", "ISR"),
    ("Azerbaijan pledged to respond with force to Armenian provocations.", "AZE", "ARM"),
])
def test_pledged_answer_to_a_blow_is_a_threat(coder, text, source, target):
    assert ("THREATEN", source, target) in _events(coder, text)


def test_pledged_response_to_a_crisis_is_no_threat(coder):
    kinds = _kinds(coder, "The government vowed to respond to the flooding crisis.")
    assert "THREATEN" not in kinds, kinds


def test_forces_regarded_as_legitimate_targets_are_threatened(coder):
    kinds = _kinds(coder, "If NATO sends troops to Ukraine, Russia will consider them "
                          "legitimate targets, Putin said.")
    assert "THREATEN" in kinds and "AGREE" not in kinds, kinds


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russia's foreign ministry said Warsaw would face consequences.", "RUS", "POL"),
    ("Beijing said Manila would pay a heavy price for its provocations.", "CHN", "PHL"),
])
def test_penalty_foretold_to_a_side_is_a_threat(coder, text, source, target):
    found = _events(coder, text)
    assert ("THREATEN", source, target) in found, found
    assert "AGREE" not in {kind for kind, _, _ in found}, found


@pytest.mark.parametrize("text", [
    "Analysts said exporters would face higher prices.",
    "The minister said farmers would pay a lower price for fertiliser.",
])
def test_prices_paid_are_no_threat(coder, text):
    assert "THREATEN" not in _kinds(coder, text)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mali's junta refused entry to the ECOWAS delegation.", "MLI", "IGO"),
    ("Israel denied entry to a U.N. rapporteur.", "ISR", "IGO"),
    ("Niger's junta rebuffed a delegation from the African Union.", "NER", "IGO"),
])
def test_bodies_barred_or_rebuffed_are_rejected(coder, text, source, target):
    found = _events(coder, text)
    assert ("REJECT", source, target) in found, found
    assert not {"COERCE", "ACCUSE"} & {kind for kind, _, _ in found}, found


def test_what_a_text_refused_signature_says_is_not_done(coder):
    kinds = _kinds(coder, "Budapest refused to sign the joint declaration condemning Beijing.")
    assert "REJECT" in kinds and "ACCUSE" not in kinds, kinds


def test_us_treasury_is_the_us_government(coder):
    found = _events(coder, "The U.S. Treasury on Tuesday blacklisted 12 Russian banks.")
    assert ("SANCTION", "USA", "RUS") in found, found


@pytest.mark.parametrize("text", [
    "Mali's junta quit the Algiers peace accord with the rebels.",
    "Nicaragua left the Organization of American States.",
])
def test_accord_or_body_quit_reduces_relations(coder, text):
    kinds = _kinds(coder, text)
    assert "SANCTION" in kinds and "RETREAT" not in kinds, kinds


def test_official_who_quits_resigns(coder):
    assert "RETREAT" in _kinds(coder, "Peru's prime minister quit on Monday.")


def test_security_coordination_suspended_reduces_relations(coder):
    found = _events(coder, "The Palestinian Authority suspended security coordination with "
                           "Israel.")
    assert ("SANCTION", "PSE", "ISR") in found, found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The junta said it was ready to defend Niger against any ECOWAS intervention.",
     "NER", "IGO"),
    ("Pakistan's army chief pledged to defend every inch of the country against India.",
     "PAK", "IND"),
])
def test_defence_pledged_against_a_side_threatens_it(coder, text, source, target):
    found = _events(coder, text)
    assert ("THREATEN", source, target) in found, found
    assert "AGREE" not in {kind for kind, _, _ in found}, found


def test_protection_pledged_to_an_ally_stays_an_offer_of_aid(coder):
    found = _events(coder, "France promised to protect Chad against rebel attacks.")
    assert ("AGREE", "FRA", "TCD") in found, found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Beijing hit Lithuania with trade restrictions.", "CHN", "LTU"),
    ("Japan tightened export controls on South Korea.", "JPN", "KOR"),
])
def test_measures_dealt_out_are_sanctions_not_blows(coder, text, source, target):
    found = _events(coder, text)
    assert ("SANCTION", source, target) in found, found
    assert not {"ASSAULT", "THREATEN"} & {kind for kind, _, _ in found}, found


def test_missiles_that_hit_stay_an_attack(coder):
    assert "ASSAULT" in _kinds(coder, "Israeli jets hit Hamas targets with missiles.")
