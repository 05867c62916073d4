"""Tests for communique.events on the event type: verbs and nouns the dictionary lacked,
appeals named by a noun, arrests that are no repression, fighting that is no violence.

News sentences written for these tests (not from any evaluation set); each names the
construction it pins down. They parse with the real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from communique.nlp import parse_texts

from helpers import coded, roots

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, expected", [
    ("Saudi authorities executed seven men convicted of smuggling drugs.", "1823"),
    ("The Nicaraguan government expropriated the campus of the Jesuit university.", "1711"),
    ("Guinean customs officers seized 40 Malian lorries at the Kouremale crossing.", "1711"),
    ("Ecuador's navy impounded three Chinese trawlers near the Galapagos on Monday.", "1711"),
    ("Striking dockworkers picketed the port of Antwerp on Tuesday.", "141"),
    ("India partnered with Japan to build a container terminal in Colombo.", "060"),
    ("The Chinese foreign ministry lambasted Japan over the release of the water.", "111"),
    ("Kenyan police rounded up dozens of opposition supporters in Nairobi.", "173"),
    ("Prime Minister Narendra Modi paid tribute to the Nepalese victims of the crash.", "051"),
])
def test_fix_types_verbs_the_dictionary_lacked(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0].startswith(expected) for c in found), found


@model
def test_fix_types_carrying_out_a_plan_is_no_killing(coder):
    found = coded(coder, "The Nigerian army executed a plan to retake the town from the rebels.")
    assert "18" not in roots(found), found


@model
@pytest.mark.parametrize("text", [
    "Germany renewed its call for an immediate ceasefire in Sudan.",
    "The Arab League reiterated its appeal for calm in Libya on Monday.",
])
def test_fix_types_a_call_or_appeal_named_by_a_noun_is_a_request(coder, text):
    found = coded(coder, text)
    assert roots(found) & {"02", "10"}, found
    assert "04" not in roots(found), found  # no phone call


@model
@pytest.mark.parametrize("text, expected", [
    ("The Belarusian authorities launched a wave of arrests against opposition activists.",
     "173"),
    ("Taliban fighters staged an ambush on an Afghan army convoy in Helmand.", "190"),
    ("The Ethiopian government mounted a crackdown on journalists in Addis Ababa.", "170"),
    ("A federal grand jury returned indictments against three Russian intelligence officers.",
     "115"),
])
def test_fix_types_events_named_by_a_noun(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0] == expected for c in found), found


@model
@pytest.mark.parametrize("text", [
    "Ghana and Togo teamed up to combat piracy in the Gulf of Guinea.",
    "Serbia and Hungary agreed to cooperate in the fight against illegal migration.",
])
def test_fix_types_fighting_a_social_ill_is_no_violence_nor_disapproval(coder, text):
    found = coded(coder, text)
    assert roots(found) & {"03", "06"}, found
    assert not roots(found) & {"11", "13", "18", "19"}, found


@model
def test_fix_types_arresting_protesters_is_an_arrest_not_repression(coder):
    found = coded(coder, "Police in Minsk arrested dozens of protesters on Sunday.")
    assert any(c[0] == "173" for c in found), found
    assert not any(c[0] == "175" for c in found), found


@model
def test_fix_types_an_armed_group_that_detains_people_abducts_them(coder):
    found = coded(coder, "Houthi rebels detained eleven UN staff members in Sanaa.")
    assert any(c[0] == "181" for c in found), found


@model
def test_fix_types_access_granted_is_international_involvement_allowed(coder):
    found = coded(coder, "Myanmar granted the Red Cross access to its prisons.")
    assert any(c[0] == "086" for c in found), found


@model
@pytest.mark.parametrize("text", [
    "Protesters were confronted by riot police outside parliament in Tbilisi.",
    "Georgian troops came under fire from separatist positions near Tskhinvali.",
])
def test_fix_types_coming_and_confronting_are_no_meeting(coder, text):
    assert "04" not in roots(coded(coder, text))


@model
@pytest.mark.parametrize("text, lemma", [
    ("Farmers staged a protest outside parliament.", "stage"),
    ("The rebels have waged a war on the state for decades.", "wage"),
    ("The dog wagged its tail.", "wag"),
])
def test_fix_types_lemmas_spacy_cuts_short_are_restored(coder, text, lemma):
    sentence = parse_texts(coder.parser, [text])[0][0]
    assert lemma in {t.lemma for t in sentence.tokens if t.pos == "VERB"}


@model
def test_fix_types_an_event_simulated_in_drills_is_no_event(coder):
    found = coded(coder, "Taiwan's military staged drills simulating a Chinese invasion.")
    assert any(c[0].startswith("15") for c in found), found
    assert not any(c[0] == "192" for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("Poland vetoed the EU budget on Monday.", "129"),
    ("Iran snubbed the IAEA's request for access to the site.", "12"),
    ("The Kremlin brushed aside Western criticism of the election.", "12"),
    ("Qatar facilitated talks between Hamas and Israel.", "045"),
    ("Students occupied the university building in protest.", "141"),
])
def test_fix_types_vetoes_snubs_mediation_and_sit_ins(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0].startswith(expected) for c in found), found
    assert not roots(found) & {"11", "17", "19"}, found


@model
@pytest.mark.parametrize("text, expected", [
    ("Turkey and Egypt expanded economic cooperation.", "061"),
    ("Kenya and Somalia stepped up security cooperation against al-Shabaab.", "062"),
    ("The IMF approved a $3 billion bailout for Pakistan.", "071"),
])
def test_fix_types_cooperation_and_bailouts_named_by_a_noun(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0] == expected for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("The Security Council voted to impose sanctions on North Korea.", "163"),
    ("Moldova's parliament voted to expel Russian envoys.", "161"),
])
def test_fix_types_a_vote_to_act_is_the_act_not_a_threat(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0] == expected for c in found), found
    assert "13" not in roots(found), found


@model
def test_fix_types_removing_an_official_is_no_deportation(coder):
    found = coded(coder, "Lawmakers voted to remove the interior minister from office.")
    assert not any(c[0] in ("174", "1313") for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("Israel made a new offer to Hamas on the hostage release.", "030"),
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.", "173"),
    ("China imposed an import ban on Japanese seafood.", "163"),
    ("The US placed export controls on Chinese chip makers.", "163"),
    ("Hungary's prime minister made a surprise trip to Kyiv.", "042"),
    ("The Egyptian police placed the opposition leader under house arrest.", "173"),
])
def test_fix_types_light_verbs_with_their_event_nouns(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0] == expected for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("The Malian junta freed the deposed president on Sunday.", "0841"),
    ("Ukraine and Russia exchanged the bodies of fallen soldiers.", "0842"),
    ("Garment workers walked out of factories in Dhaka demanding higher wages.", "143"),
    ("French farmers blockaded the main highway into Paris with tractors.", "144"),
])
def test_fix_types_releases_walkouts_and_road_blockades(coder, text, expected):
    found = coded(coder, text)
    assert any(c[0] == expected for c in found), found
