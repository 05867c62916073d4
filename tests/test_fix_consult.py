"""Tests for meetings, visits, calls and mediation (PLOVER CONSULT, CAMEO 04).

News sentences written for these tests (not from any evaluation set), each naming the
construction it pins down. The PLOVER manual: a visitor is the actor and the host the
recipient; where nobody hosts, every participant is an actor. They parse with the real
model (marked ``model``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.model import Article
from tests.helpers import plover_events

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, visitor, host", [
    ("Kenyan President William Ruto hosted his Ugandan counterpart Yoweri Museveni at "
     "State House in Nairobi on Friday.", "UGA", "KEN"),
    ("Qatar's emir welcomed the Iranian president to Doha on Monday.", "IRN", "QAT"),
    ("The Egyptian president was received by Saudi Crown Prince Mohammed bin Salman in "
     "Riyadh on Sunday.", "EGY", "SAU"),
])
def test_consult_a_hosted_visitor_is_the_actor_and_the_host_too(coder, text, visitor, host):
    events = plover_events(coder, text)
    assert ("CONSULT", visitor, host) in events  # the PLOVER manual's visitor → host
    assert ("CONSULT", host, visitor) in events  # CAMEO's 043, the host's side


@model
def test_consult_a_planned_hosting_is_the_hosts_intent_alone(coder):
    events = plover_events(coder, "Greece's prime minister will host the German chancellor "
                                  "in Athens next month, his office said.")
    assert ("AGREE", "GRC", "DEU") in events
    assert ("AGREE", "DEU", "GRC") not in events


@model
def test_consult_a_call_received_is_made_by_the_caller(coder):
    events = plover_events(coder, "Jordan's King Abdullah received a phone call from U.S. "
                                  "President Joe Biden on Wednesday, the royal court said.")
    assert ("CONSULT", "USA", "JOR") in events
    assert ("CONSULT", "JOR", "USA") not in events


@model
@pytest.mark.parametrize("text, pair", [
    ("After meeting Rwandan President Paul Kagame in Kigali on Sunday, the Angolan foreign "
     "minister said the talks had been useful.", ("AGO", "RWA")),
    ("While visiting Hanoi on Tuesday, the Japanese prime minister announced new loans "
     "for Vietnamese railways.", ("JPN", "VNM")),
])
def test_consult_a_gerund_after_a_time_preposition_is_the_clauses_subjects(coder, text, pair):
    assert ("CONSULT", *pair) in plover_events(coder, text)


@model
@pytest.mark.parametrize("text, pair", [
    ("During a visit to Ankara on Tuesday, the Hungarian prime minister praised Turkey's "
     "role in the grain deal.", ("HUN", "TUR")),
    ("The Japanese prime minister, on a visit to Manila, signed a coast guard pact with the "
     "Philippines.", ("JPN", "PHL")),
])
def test_consult_a_meeting_that_frames_the_act_is_an_event_of_its_own(coder, text, pair):
    assert ("CONSULT", *pair) in plover_events(coder, text)


@model
def test_consult_a_visit_by_someone_else_in_an_occasion_phrase_is_not_the_subjects(coder):
    events = plover_events(coder, "China fired missiles into the sea near Taiwan on Thursday, "
                                  "days after a visit to Taipei by a U.S. congressional "
                                  "delegation.")
    assert ("CONSULT", "CHN", "TWN") not in events


@model
def test_consult_calling_on_someone_with_nothing_asked_is_a_visit(coder):
    events = plover_events(coder, "Chinese Foreign Minister Wang Yi called on Prime Minister "
                                  "Narendra Modi at his residence on Tuesday.")
    assert ("CONSULT", "CHN", "IND") in events
    assert not any(kind == "REQUEST" for kind, _, _ in events)


@model
def test_consult_calling_on_someone_to_act_stays_an_appeal(coder):
    events = plover_events(coder, "The German chancellor called on Prime Minister Viktor "
                                  "Orban to lift his veto on aid to Ukraine.")
    assert not any(kind == "CONSULT" for kind, _, _ in events)


@model
@pytest.mark.parametrize("text, mediator, sides", [
    ("Russian and Ukrainian delegations held talks in Istanbul on Friday, mediated by "
     "Turkey.", "TUR", ("RUS", "UKR")),
    ("Rwanda's president and Congo's president met in Doha on Tuesday, in talks mediated by "
     "Qatar.", "QAT", ("RWA", "COD")),
])
def test_consult_a_mediation_participle_is_between_the_meetings_sides(coder, text, mediator,
                                                                       sides):
    events = plover_events(coder, text)
    assert {("CONSULT", mediator, side) for side in sides} <= events


@model
def test_consult_talks_ending_without_a_deal_sign_no_deal(coder):
    events = plover_events(coder, "Talks between Serbia and Kosovo in Brussels ended on "
                                  "Thursday without an agreement, EU officials said.")
    assert ("CONSULT", "SRB", "KSV") in events
    assert not any(kind == "SUPPORT" for kind, _, _ in events)


@model
def test_consult_a_mediator_named_before_the_talks_is_no_side_of_them(coder):
    events = plover_events(coder, "Ethiopia and Egypt resumed Qatari-brokered talks on the "
                                  "Nile dam in Doha on Monday.")
    assert {("CONSULT", "ETH", "EGY"), ("CONSULT", "EGY", "ETH")} <= events
    assert {("CONSULT", "QAT", "ETH"), ("CONSULT", "QAT", "EGY")} <= events
    assert ("CONSULT", "ETH", "QAT") not in events


@model
def test_consult_a_coalition_of_a_group_is_that_group(coder):
    events = coder.code(Article(id="t", text="Talks between the Sudanese government and a "
                                "coalition of rebel groups resumed in Juba on Sunday, "
                                "mediators said.", date=dt.date(2024, 3, 4)))
    pairs = {(e.source.code, e.target.code) for e in events
             if e.plover == "CONSULT" and e.source and e.target}
    assert ("SDNGOV", "SDNREB") in pairs and ("SDNREB", "SDNGOV") in pairs


@model
def test_consult_a_summit_between_the_leaders_of_several_countries_has_them_all(coder):
    events = plover_events(coder, "A summit between the leaders of Chile, Peru and Bolivia "
                                  "took place in Lima on Monday.")
    assert {("CONSULT", "CHL", "PER"), ("CONSULT", "PER", "CHL")} <= events


@model
def test_consult_a_verbless_headline_names_who_comes_for_talks(coder):
    events = plover_events(coder, "Erdogan in Moscow for talks with Putin\n\nThe Turkish "
                                  "president is expected to discuss grain exports.")
    assert ("CONSULT", "TUR", "RUS") in events


@model
@pytest.mark.parametrize("text, guest, host", [
    ("Vietnam's president held talks with the visiting Indonesian president in Hanoi on "
     "Monday.", "IDN", "VNM"),
    ("Saudi Arabia's crown prince met visiting Chinese Foreign Minister Wang Yi in Riyadh "
     "on Sunday.", "CHN", "SAU"),
])
def test_consult_a_guest_called_visiting_is_the_visitor(coder, text, guest, host):
    events = plover_events(coder, text)
    assert ("CONSULT", guest, host) in events and ("CONSULT", host, guest) in events


@model
def test_consult_talks_with_a_guest_not_called_visiting_stay_one_way(coder):
    events = plover_events(coder, "Vietnam's president held talks with the Indonesian "
                                  "president on Monday.")  # no venue that tells the host
    assert ("CONSULT", "VNM", "IDN") in events and ("CONSULT", "IDN", "VNM") not in events


@model
@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister's visit to Mogadishu was postponed, officials said.",
    "A summit between the presidents of Serbia and Croatia was called off on Tuesday.",
])
def test_consult_a_meeting_called_off_is_rejected_not_held(coder, text):
    events = plover_events(coder, text)
    assert any(kind == "REJECT" for kind, _, _ in events)
    assert not any(kind == "CONSULT" for kind, _, _ in events)


@model
@pytest.mark.parametrize("text", [
    "The Iranian foreign minister landed in Riyadh on Thursday and was welcomed by Saudi "
    "Foreign Minister Prince Faisal bin Farhan.",
    "The Iranian foreign minister arrived in Riyadh on Thursday and was received by Saudi "
    "Foreign Minister Prince Faisal bin Farhan.",
])
def test_consult_a_passive_conjunct_hosts_the_subject_of_its_first_verb(coder, text):
    events = plover_events(coder, text)
    assert {("CONSULT", "IRN", "SAU"), ("CONSULT", "SAU", "IRN")} <= events
    assert not any(kind == "SUPPORT" for kind, _, _ in events)


@model
def test_consult_a_meeting_at_the_subjects_home_has_the_other_side_visiting(coder):
    events = plover_events(coder, "Indonesia's foreign minister met her Malaysian counterpart "
                                  "in Jakarta on Tuesday to discuss border disputes.")
    assert {("CONSULT", "IDN", "MYS"), ("CONSULT", "MYS", "IDN")} <= events


@model
def test_consult_a_meeting_abroad_or_a_summons_adds_no_visitor(coder):
    abroad = plover_events(coder, "Indonesia's foreign minister met her Malaysian counterpart "
                                  "in Kuala Lumpur on Tuesday.")
    summons = plover_events(coder, "Indonesia's foreign ministry summoned the Malaysian "
                                   "ambassador in Jakarta on Tuesday.")
    assert ("CONSULT", "MYS", "IDN") not in abroad
    assert ("CONSULT", "MYS", "IDN") not in summons


@model
def test_consult_talks_begun_are_held_and_talks_to_begin_are_intended(coder):
    begun = plover_events(coder, "Ecuador and Peru began negotiations on a fisheries accord "
                                 "in Lima on Monday.")
    planned = plover_events(coder, "Ecuador and Peru will begin negotiations on a fisheries "
                                   "accord next month.")
    assert ("CONSULT", "ECU", "PER") in begun and ("AGREE", "ECU", "PER") not in begun
    assert ("AGREE", "ECU", "PER") in planned and ("CONSULT", "ECU", "PER") not in planned


@model
def test_consult_a_country_named_as_the_nation_of_x_is_x(coder):
    events = plover_events(coder, "The leaders of Senegal and the Pacific island nation of "
                                  "Fiji met in Dakar on Wednesday.")
    assert ("CONSULT", "SEN", "FJI") in events


@model
def test_consult_a_meeting_framing_a_compound_subjects_act_is_between_them(coder):
    events = plover_events(coder, "After a meeting in Ankara on Monday, the Turkish and Iraqi "
                                  "foreign ministers said they would open a new border gate.")
    assert {("CONSULT", "TUR", "IRQ"), ("CONSULT", "IRQ", "TUR")} <= events


@model
def test_consult_talks_hosted_between_others_are_mediated_and_held_by_the_parties(coder):
    events = plover_events(coder, "Egypt hosted a new round of talks between Israel and Hamas "
                                  "in Cairo on Sunday.")
    assert {("CONSULT", "EGY", "ISR"), ("CONSULT", "ISR", "PSE"),
            ("CONSULT", "PSE", "ISR")} <= events
    assert ("CONSULT", "ISR", "EGY") not in events  # the parties are no guests of a visit


@model
@pytest.mark.parametrize("text", [
    "Visiting Kyiv on Monday, the Polish president pledged more air defence systems to "
    "Ukraine.",
    "The Polish president pledged more air defence systems to Ukraine, visiting Kyiv on "
    "Monday.",
])
def test_consult_a_visit_in_a_participle_is_no_elaboration_of_the_act(coder, text):
    events = plover_events(coder, text)
    assert ("CONSULT", "POL", "UKR") in events and ("AID", "POL", "UKR") in events


@model
@pytest.mark.parametrize("text, mediators", [
    ("The talks, brokered by Saudi Arabia and the United States, resumed in Jeddah on "
     "Saturday.", ("SAU", "USA")),
    ("Egypt, Qatar and the United States are mediating the ceasefire negotiations, a "
     "diplomat said.", ("EGY", "QAT", "USA")),
])
def test_consult_co_mediators_never_mediate_each_other(coder, text, mediators):
    events = plover_events(coder, text)
    assert not {(c, s, t) for c, s, t in events if s in mediators and t in mediators}


@model
@pytest.mark.parametrize("text, mediator, sides", [
    ("Oman acted as a mediator between Tehran and Washington at Sunday's talks in Muscat.",
     "OMN", {"IRN", "USA"}),
    ("Kenya's president offered to mediate between Ethiopia and Eritrea on Tuesday.",
     "KEN", {"ETH", "ERI"}),
])
def test_consult_a_mediator_between_two_sides_is_aimed_at_each(coder, text, mediator, sides):
    events = plover_events(coder, text)
    assert {t for c, s, t in events if s == mediator and c in ("CONSULT", "AGREE")} == sides
