"""Tests for concessions and retreats (PLOVER CONCEDE and RETREAT): promised resignations,
easings planned or voted, plans suspended, a suspension of attacks announced, a truce
called off, a share of what is released or returned, and an event told twice in one
sentence.

News sentences written for these tests (not from any evaluation set). They parse with the
real model (marked ``model``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.events import combine
from communique.events.candidates import unique_candidates
from communique.model import Actor, EventCandidate

model = pytest.mark.model


def _coded(coder, make_article, text: str) -> set[tuple[str, str, str | None]]:
    """(CAMEO code, PLOVER category, source country) of each event of the sentence."""
    article = make_article(text, date=dt.date(2025, 5, 14))
    return {(e.cameo, e.plover, e.source.code[:3] if e.source else None)
            for e in coder.code(article)}


def _categories(coder, make_article, text: str) -> set[str]:
    return {plover for _, plover, _ in _coded(coder, make_article, text)}


def test_a_promised_resignation_mirrors_to_an_intent_to_yield():
    assert combine.mirror("0831", 0) == "035"  # 'vowed to step down'
    assert combine.mirror("0831", 2) == "1041"  # 'demanded that he resign'
    assert combine.mirror("083", 0) == "034"  # other reforms stay intents to reform


@model
@pytest.mark.parametrize("text, source", [
    ("Bolivia's health minister offered to resign on Monday over the vaccine shortage.",
     "BOL"),
    ("Slovenia's prime minister vowed to step down if his coalition lost the vote.", "SVN"),
])
def test_a_promised_resignation_is_a_concession(coder, make_article, text, source):
    coded = _coded(coder, make_article, text)
    assert any(plover == "CONCEDE" and src == source for _, plover, src in coded), coded
    assert "AGREE" not in {plover for _, plover, _ in coded}, coded


@model
def test_a_call_to_resign_stays_a_request(coder, make_article):
    text = "Farmers' unions urged Poland's agriculture minister to resign."
    assert _categories(coder, make_article, text) == {"REQUEST"}


@model
@pytest.mark.parametrize("text", [
    "Vietnam's government said it planned to lift limits on foreign ownership of airlines.",
    "Beijing eased curbs on imports of Australian barley on Friday.",
    "Tunisia's government suspended a plan to raise bread prices after riots in Sfax.",
    "Malawi's government suspended implementation of the new fuel levy on Tuesday.",
])
def test_limits_eased_and_plans_given_up_are_concessions(coder, make_article, text):
    assert "CONCEDE" in _categories(coder, make_article, text)


@model
def test_a_suspension_of_attacks_announced_is_a_declared_truce(coder, make_article):
    coded = _coded(coder, make_article,
                   "The Houthis announced a pause in attacks on shipping in the Red Sea.")
    assert ("0871", "CONCEDE", "YEM") in coded, coded
    assert not any(plover == "ASSAULT" for _, plover, _ in coded), coded


@model
def test_attacks_suspended_are_a_truce_observed(coder, make_article):
    coded = _coded(coder, make_article,
                   "The Houthis suspended attacks on shipping in the Red Sea.")
    assert ("0871", "RETREAT", "YEM") in coded, coded


@model
def test_an_end_to_a_truce_is_no_concession(coder, make_article):
    text = "Hezbollah declared an end to the truce with Israel."
    assert "CONCEDE" not in _categories(coder, make_article, text)


@model
@pytest.mark.parametrize("text, code", [
    ("Hamas freed half of the hostages it held in Gaza.", "0841"),
    ("Azerbaijan handed back some of the seized villages to Armenia.", "0842"),
])
def test_a_share_of_captives_or_land_given_back_is_a_retreat(coder, make_article, text, code):
    coded = _coded(coder, make_article, text)
    assert any(c == code and plover == "RETREAT" for c, plover, _ in coded), coded


def test_an_event_told_twice_keeps_its_best_supported_telling():
    government = Actor(text="Poland's government", code="POLGOV", country="POL", sector="GOV")
    told = [EventCandidate(sentence_index=0, anchor=0, cameo="080", source=government,
                           target=None, confidence=0.35),  # 'Bowing to ...'
            EventCandidate(sentence_index=0, anchor=9, cameo="0841", source=government,
                           target=None, confidence=0.5),
            EventCandidate(sentence_index=0, anchor=5, cameo="080", source=government,
                           target=None, confidence=0.65)]  # '... dropped plans'
    kept = unique_candidates(told)
    assert [(e.cameo, e.anchor) for e in kept] == [("080", 5), ("0841", 9)]


@model
def test_a_concession_after_a_participle_of_yielding_is_kept(coder, make_article):
    text = ("Bowing to weeks of street protests, Poland's government dropped plans for a new "
            "tax on fertiliser on Monday.")
    assert ("080", "CONCEDE", "POL") in _coded(coder, make_article, text)


@model
@pytest.mark.parametrize("text, source", [
    ("The night curfew in Mandalay will be lifted from Saturday, the regional governor said.",
     "MMR"),
    ("Kazakhstan's interior minister said the state of emergency in Almaty would be lifted "
     "next week.", "KAZ"),
])
def test_an_easing_to_come_is_the_announcing_authoritys(coder, make_article, text, source):
    assert ("CONCEDE", source) in {(plover, src) for _, plover, src
                                   in _coded(coder, make_article, text)}


@model
def test_an_easing_told_by_a_rights_group_is_not_its_concession(coder, make_article):
    text = "Human Rights Watch said the curfew in Almaty would be lifted next week."
    assert not any(src == "NGO" for _, _, src in _coded(coder, make_article, text))


@model
def test_yielding_to_nobody_named_is_still_a_concession(coder, make_article):
    text = "Sri Lanka's president relented on Tuesday after days of protests."
    assert ("080", "CONCEDE", "LKA") in _coded(coder, make_article, text)


@model
def test_a_truce_promised_is_a_concession(coder, make_article):
    text = "ELN commanders vowed to observe the Christmas truce."
    assert ("0871", "CONCEDE", "COL") in _coded(coder, make_article, text)


@model
@pytest.mark.parametrize("text, source", [
    ("Kenyan peacekeepers began withdrawing from Mogadishu on Thursday.", "KEN"),
    ("The Rwandan contingent pulled out of Mozambique last month.", "RWA"),
])
def test_armed_forces_drawing_back_retreat(coder, make_article, text, source):
    coded = _coded(coder, make_article, text)
    assert ("0874", "RETREAT", source) in coded, coded
    assert not any(plover in ("CONSULT", "CONCEDE") for _, plover, _ in coded), coded


@model
def test_a_government_withdrawing_a_bill_still_concedes(coder, make_article):
    text = "Georgia's government withdrew the broadcasting bill on Friday."
    assert ("080", "CONCEDE", "GEO") in _coded(coder, make_article, text)


@model
@pytest.mark.parametrize("text", [
    "Bahrain agreed to let domestic workers switch employers without permission.",
    "Gabon's junta said it would offer an amnesty to exiled opposition figures.",
])
def test_letting_people_do_what_was_barred_and_amnesties_offered_concede(
        coder, make_article, text):
    assert "CONCEDE" in _categories(coder, make_article, text)


@model
def test_something_seized_given_back_is_a_retreat(coder, make_article):
    text = "Guinea returned the seized fishing trawler to Senegal on Thursday."
    assert ("0842", "RETREAT", "GIN") in _coded(coder, make_article, text)


@model
@pytest.mark.parametrize("text", [
    "Displaced families returned to their villages near Goma on Sunday.",
    "Thousands of refugees returned to their homes in Mosul this week.",
])
def test_people_coming_back_give_nothing_back(coder, make_article, text):
    assert "RETREAT" not in _categories(coder, make_article, text)


@model
def test_relief_workers_let_in_are_access_for_aid(coder, make_article):
    text = "Ethiopia let humanitarian workers into Tigray on Monday."
    assert ("0863", "RETREAT", "ETH") in _coded(coder, make_article, text)


@model
@pytest.mark.parametrize("text, code, plover, source", [
    ("Islamic Jihad stopped firing rockets at Israel on Friday.", "0871", "RETREAT", "PSE"),
    ("Russian forces ceased shelling Zaporizhzhia on Monday.", "0871", "RETREAT", "RUS"),
    ("The Houthis promised to stop attacking tankers in the Gulf of Aden.", "0871", "CONCEDE",
     "YEM"),
    ("Serbian riot police stopped arresting student protesters.", "0811", "CONCEDE", "SRB"),
])
def test_an_act_stopped_is_eased_not_done(coder, make_article, text, code, plover, source):
    coded = _coded(coder, make_article, text)
    assert (code, plover, source) in coded, coded
    assert not any(p in ("ASSAULT", "THREATEN", "COERCE") for _, p, _ in coded), coded


@model
@pytest.mark.parametrize("text, plover", [
    ("Israel agreed to pause its military operations in Rafah for three days.", "CONCEDE"),
    ("Israel agreed to a daily four-hour pause in fighting in Rafah.", "CONCEDE"),
    ("Moscow announced a halt to strikes on Ukraine's power grid.", "CONCEDE"),
])
def test_pauses_in_fighting_agreed_or_announced_are_declared_truces(coder, make_article,
                                                                    text, plover):
    coded = _coded(coder, make_article, text)
    assert any(c == "0871" and p == plover for c, p, _ in coded), coded


@model
@pytest.mark.parametrize("text, code", [
    ("Senegal's government heeded calls to scrap the new fuel levy.", "080"),
    ("Iran's government restored internet services in Zahedan on Friday.", "081"),
])
def test_calls_heeded_and_the_internet_restored_are_concessions(coder, make_article, text,
                                                                code):
    assert any(c == code and p == "CONCEDE" for c, p, _ in _coded(coder, make_article, text))


@model
def test_a_suspension_of_offensive_operations_announced_is_a_declared_truce(coder,
                                                                           make_article):
    text = "The FARC dissidents announced a suspension of offensive operations over Easter."
    assert ("0871", "CONCEDE", "COL") in _coded(coder, make_article, text)


@model
@pytest.mark.parametrize("text, source", [
    ("Two Nepali students held by Hamas were freed on Tuesday.", "PSE"),
    ("Four engineers kidnapped by al-Shabaab were released on Sunday.", "SOM"),
])
def test_captives_freed_are_freed_by_who_held_them(coder, make_article, text, source):
    coded = _coded(coder, make_article, text)
    assert any(c.startswith("084") and src == source for c, _, src in coded), coded


@model
def test_peacekeepers_arriving_are_received_by_the_host(coder, make_article):
    coded = _coded(coder, make_article, "Kenyan peacekeepers arrived in Haiti on Tuesday.")
    assert ("0861", "RETREAT", "HTI") in coded, coded
    assert "CONSULT" not in {plover for _, plover, _ in coded}, coded


@model
def test_the_place_pulled_out_of_is_the_retreats_target(coder, make_article):
    article = make_article("Burundian troops pulled out of Somalia on Friday.",
                           date=dt.date(2025, 5, 14))
    retreats = [e for e in coder.code(article) if e.plover == "RETREAT"]
    assert retreats and retreats[0].target is not None, retreats
    assert retreats[0].target.code == "SOM"
