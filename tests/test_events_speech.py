"""Tests for communique.events on verbal events: demands, refusals, threats, agreements.

News sentences written for these tests (not from any evaluation set); each names the
construction it pins down. They parse with the real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from helpers import coded, roots

model = pytest.mark.model


@model
@pytest.mark.parametrize("text", [
    "Hundreds of farmers marched on the parliament in Warsaw on Monday, demanding that the "
    "Polish government scrap the new grain import rules.",
    "Thousands of Kenyan doctors rallied outside the health ministry in Nairobi to demand "
    "that the government pay their salary arrears.",
    "Angry Peruvian miners blocked the Pan-American Highway to press their demand for "
    "lower fuel prices from the Peruvian government.",
])
def test_events_speech_what_a_protest_demands_is_no_request_of_its_own(coder, text):
    found = coded(coder, text)
    assert "14" in roots(found), found
    assert not roots(found) & {"02", "10"}, found


@model
@pytest.mark.parametrize("text, expected", [
    ("Jordan said on Sunday it will not accept any more Syrian refugees.", "1223"),
    ("The Hungarian government says it won't accept the Afghan refugees.", "1223"),
    ("Poland's president ruled out sending Polish troops to Ukraine.", "12"),
    ("The Georgian prime minister ruled out joining Western sanctions against Russia.", "12"),
])
def test_events_speech_a_refusal_to_accept_or_to_act_is_a_rejection(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0].startswith(expected) and c[3] == "asserted" for c in found), found
    assert not roots(found) & {"03", "06", "16"}, found


@model
def test_events_speech_ruling_out_a_cause_is_no_event(coder):
    assert coded(coder, "Turkish investigators have ruled out sabotage as the cause of "
                        "the blast.") == []


@model
def test_events_speech_negotiating_with_a_party_is_negotiation(coder):
    found = coded(coder, "Colombia's government will not negotiate with the ELN rebels "
                         "while kidnappings continue.")
    assert [c[0] for c in found] == ["046"], found
    assert found[0][3] == "negated", found


@model
@pytest.mark.parametrize("text, source", [
    ("Chilean dockworkers said they would blockade the country's ports from Monday unless the "
     "government withdrew the pension bill.", "CHL"),
    ("Tunisian teachers' unions said they would boycott the exams unless the government "
     "raised salaries.", "TUN"),
])
def test_events_speech_they_who_threaten_are_the_speakers_a_modifier_names(coder, text,
                                                                         source):
    found = coded(coder, text)
    assert any(c[0].startswith("13") and (c[1] or "").startswith(source) for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("Norway suspended its mediation between the Sri Lankan government and the Tamil Tigers "
     "on Friday.", "165"),
    ("The African Union could halt its mediation efforts in Sudan if the warring generals "
     "keep ignoring the truce.", "135"),
])
def test_events_speech_mediation_halted_or_threatened(coder, text, expected):
    assert expected in {c[0] for c in coded(coder, text)}, coded(coder, text)


@model
@pytest.mark.parametrize("text", [
    "Greece on Monday accepted a compromise formula to settle its name dispute with "
    "North Macedonia.",
    "Ethiopia's government endorsed the African Union roadmap for ending the war in Tigray.",
    "The Colombian government accepted the ELN's offer of a bilateral ceasefire.",
])
def test_events_speech_a_settlement_accepted_is_an_agreement(coder, text):
    assert "03" in roots(coded(coder, text)), coded(coder, text)


@model
@pytest.mark.parametrize("text", [
    "Washington has been pressuring Israel to allow more fuel deliveries into Gaza.",
    "Brussels pushed Belgrade to recognise the Kosovo vehicle plates.",
])
def test_events_speech_pressing_someone_to_act_is_a_demand(coder, text):
    found = coded(coder, text)
    assert "10" in roots(found), found
    assert not roots(found) & {"17", "08"}, found


@model
@pytest.mark.parametrize("text", [
    "Russian armoured columns pushed deeper into the Kharkiv region on Thursday.",
    "Ukrainian troops pushed through the first line of Russian defences.",
])
def test_events_speech_pushing_forward_is_no_demand(coder, text):
    assert "10" not in roots(coded(coder, text)), coded(coder, text)


@model
@pytest.mark.parametrize("text, expected", [
    ("Opposition supporters in Minsk defied a ban on street gatherings on Sunday.", "128"),
    ("A Hong Kong radio station violated the government's order on election coverage.",
     "128"),
    ("Serbian authorities denied permission for the Pride march in Belgrade.", "120"),
    ("The Israeli military denied Red Cross officials access to the detainees.", "120"),
])
def test_events_speech_a_ban_defied_or_a_permission_withheld_is_a_rejection(coder, text,
                                                                         expected):
    assert expected in {c[0] for c in coded(coder, text)}, coded(coder, text)


@model
def test_events_speech_denying_a_deed_stays_its_negation(coder):
    found = coded(coder, "The Sudanese army denied shelling the market in El Fasher.")
    assert [(c[0][:2], c[3]) for c in found] == [("19", "negated")], found


@model
@pytest.mark.parametrize("text, expected", [
    ("Hamas will take part in the talks with Israel in Cairo next week.",
     ("036", "PSE", "ISR", "planned")),
    ("Armenia would take part in peace talks if Azerbaijan pulled its troops back from the "
     "border.", ("036", "ARM", "AZE", "conditional")),
])
def test_events_speech_talks_taken_part_in_are_by_the_subject_with_the_other_side(
        coder, text, expected):
    cameo, source, target, modality = expected
    found = coded(coder, text)
    assert any(c[0] == cameo and (c[1] or "").startswith(source)
               and (c[2] or "").startswith(target) and c[3] == modality for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("China and Russia blocked a Security Council resolution on Myanmar on Thursday.", "129"),
    ("Turkey vetoed Finland's NATO membership bid for months.", "129"),
    ("Ecuador's National Assembly ratified the free trade agreement with China.", "057"),
])
def test_events_speech_texts_blocked_are_vetoes_and_treaties_ratified_are_agreements(
        coder, text, expected):
    assert expected in {c[0] for c in coded(coder, text)}, coded(coder, text)


@model
def test_events_speech_traffic_blocked_in_protest_at_a_deal_stays_a_protest(coder):
    found = coded(coder, "French farmers blocked traffic on the Paris ring road in protest "
                         "at the EU's trade deal with Mercosur.")
    assert "14" in roots(found) and "129" not in {c[0] for c in found}, found


@model
@pytest.mark.parametrize("text, target", [
    ("Caracas dismissed the US criticism of the vote count as interference.", "USA"),
    ("Beijing rebuffed Manila's protest over the shoal on Tuesday.", "PHL"),
    ("The Kremlin dismissed Ukraine's calls for a Christmas truce.", "UKR"),
])
def test_events_speech_a_call_or_criticism_dismissed_is_rejected_not_criticised(coder, text,
                                                                              target):
    found = coded(coder, text)
    assert any(c[0].startswith("12") and (c[2] or "").startswith(target) for c in found), found
    assert "11" not in roots(found), found


@model
@pytest.mark.parametrize("text", [
    "Peru's president dismissed the interior minister on Sunday.",
    "Ecuador's president said he would appoint a new defence minister next week.",
])
def test_events_speech_an_official_dismissed_or_appointed_is_no_event(coder, text):
    assert coded(coder, text) == []


@model
@pytest.mark.parametrize("text, source", [
    ("Mali and Niger said they would consider any foreign strike on their territory a "
     "declaration of war.", "MLI"),
    ("Iran said it would regard an attack on its nuclear sites as an act of war.", "IRN"),
])
def test_events_speech_what_would_count_as_war_is_a_threat_of_force(coder, text, source):
    found = coded(coder, text)
    assert any(c[0] == "138" and (c[1] or "").startswith(source) for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("The International Court of Justice ordered Israel to take all measures to secure the "
     "release of the hostages.", ("105", "ISR")),
    ("Pakistan's Supreme Court ordered the government to release the former prime minister.",
     ("105", "PAKGOV")),
])
def test_events_speech_an_order_to_a_state_is_a_demand(coder, text, expected):
    code, target = expected
    found = coded(coder, text)
    assert any(c[0].startswith(code) and (c[2] or "").startswith(target) for c in found), found
    assert "08" not in roots(found), found


@model
@pytest.mark.parametrize("text, target", [
    ("Azerbaijan is ready for peace talks with Armenia, its foreign minister said.", "ARM"),
    ("Venezuela's government said it was open to negotiations with the opposition.", "VEN"),
])
def test_events_speech_readiness_for_talks_is_an_intent_to_meet(coder, text, target):
    found = coded(coder, text)
    assert any(c[0] == "036" and (c[2] or "").startswith(target) and c[3] == "planned"
               for c in found), found


@model
@pytest.mark.parametrize("text", [
    "Israel did not accept the Qatari ceasefire proposal, officials said.",
    "Moscow has not agreed to meet the Ukrainian delegation in Istanbul.",
    "Jordan said it would not accept the forced displacement of Palestinians from Gaza.",
])
def test_events_speech_not_accepting_is_rejecting(coder, text):
    found = coded(coder, text)
    assert "12" in roots(found) and "03" not in roots(found), found


@model
def test_events_speech_a_hearing_opened_into_abuses_is_an_investigation(coder):
    found = coded(coder, "Kenya's Supreme Court opened a hearing on Monday into allegations "
                         "that police tortured detainees in Nairobi.")
    assert any(c[0] == "090" and (c[1] or "").startswith("KEN") for c in found), found


@model
def test_events_speech_a_hearing_as_a_place_is_no_investigation(coder):
    assert coded(coder, "At a court hearing in Minsk, the Belarusian activist said he was "
                        "innocent.") == []


@model
@pytest.mark.parametrize("text, source", [
    ("The British government said on Monday that returning the Elgin Marbles to Greece was "
     "out of the question.", "GBR"),
    ("Ankara said that negotiations with the Kurdish militants were off the table.", "TUR"),
])
def test_events_speech_an_option_said_to_be_out_of_the_question_is_rejected(coder, text,
                                                                           source):
    found = coded(coder, text)
    assert any(c[0] == "120" and (c[1] or "").startswith(source) for c in found), found


@model
def test_events_speech_a_refusal_restated_without_target_is_one_event(coder):
    found = coded(coder, "Hungary rejected the EU call for a vote on Ukraine's accession on "
                         "Friday, saying Budapest \"will not bow to pressure\".")
    refusals = [c for c in found if c[0].startswith("12")]
    assert refusals and all(c[2] for c in refusals), found


@model
def test_events_speech_a_proposal_to_talk_rejected_answers_who_proposed_it(coder,
                                                                         make_article):
    events = coder.code(make_article(
        "Houthi rebels demanded peace talks with the Saudi government on Monday. Saudi "
        "Arabia's defence minister rejected any negotiations on Tuesday."))
    refusals = [e for e in events if e.cameo.startswith("12")]
    assert refusals and all(e.target is not None and e.target.code == "YEMREB"
                            for e in refusals), [(e.cameo, e.target) for e in events]


@model
@pytest.mark.parametrize("text, expected", [
    ("Ankara said it would reconsider its cooperation with the European Union if the bloc "
     "imposed sanctions.", ("13", "TUR")),
    ("Beijing said it would not hesitate to strike Taiwan if Taipei declared independence.",
     ("13", "CHN")),
])
def test_events_speech_veiled_warnings_are_threats(coder, text, expected):
    root, source = expected
    found = coded(coder, text)
    assert any(c[0].startswith(root) and (c[1] or "").startswith(source) for c in found), found
    assert not roots(found) & {"03", "04", "19"}, found


@model
def test_events_speech_measures_taken_if_another_acts_are_a_threat(coder):
    found = coded(coder, "The Kremlin said Russia would take countermeasures if Sweden "
                         "joined NATO.")
    assert any(c[0].startswith("13") and (c[1] or "").startswith("RUS")
               and (c[2] or "").startswith("SWE") for c in found), found
    assert "17" not in roots(found), found
