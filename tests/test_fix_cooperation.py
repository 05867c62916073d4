"""Tests for the cooperative categories (PLOVER SUPPORT, COOPERATE, AGREE, AID): support
stated rather than promised, training and care given to others, money and help sent,
refugees sheltered, wanted people handed over, and cooperation and aid named by nouns.

News sentences written for these tests (not from any evaluation set). They parse with the
real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from helpers import coded

model = pytest.mark.model


def _has(found, cameo: str, source: str, target: str | None) -> bool:
    return any(c[0] == cameo and (c[1] or "")[:3] == source
               and (target is None or (c[2] or "")[:3] == target) for c in found)


@model
@pytest.mark.parametrize("text, cameo, source, target", [
    ("Jordan expressed its full support for Iraq's new government on Sunday.", "051", "JOR", "IRQ"),
    ("The Arab League reaffirmed its backing for the Palestinian Authority.", "051", "IGO", "PSE"),
    ("Canada voiced solidarity with Armenia after the border clashes.", "051", "CAN", "ARM"),
])
def test_fix_cooperation_support_stated_now_is_support(coder, text, cameo, source, target):
    found = coded(coder, text)
    assert _has(found, cameo, source, target), found


@model
def test_fix_cooperation_support_pledged_stays_an_intent(coder):
    found = coded(coder, "Jordan pledged its full support for Iraq's new government.")
    assert any(c[0].startswith("03") for c in found) and not any(c[0] == "051" for c in found)


@model
@pytest.mark.parametrize("text, cameo, source, target", [
    ("British instructors trained Kenyan soldiers in bomb disposal last year.", "072", "GBR", "KEN"),
    ("Ghanaian soldiers have been training with French troops in the north.", "062", "GHA", "FRA"),
    ("Qatar sent $15 million to Somalia to pay civil servants' salaries.", "071", "QAT", "SOM"),
    ("Norway rushed assistance to Malawi after the cyclone.", "070", "NOR", "MWI"),
    ("Moroccan army doctors provided medical care to refugees in Zaatari camp in Jordan.",
     "073", "MAR", None),
    ("Uganda has sheltered more than a million South Sudanese refugees.", "075", "UGA", "SSD"),
    ("Honduras handed over a drug kingpin to Guatemalan authorities.", "063", "HND", "GTM"),
])
def test_fix_cooperation_aid_and_cooperation_verbs(coder, text, cameo, source, target):
    found = coded(coder, text)
    assert _has(found, cameo, source, target), found


@model
@pytest.mark.parametrize("text, cameo, source", [
    ("Seoul and Tokyo restarted intelligence sharing on North Korean missiles.", "064", "KOR"),
    ("Kuwait announced a $20 million donation for flood victims in Pakistan.", "070", "KWT"),
])
def test_fix_cooperation_events_named_by_a_noun(coder, text, cameo, source):
    found = coded(coder, text)
    assert any(c[0] == cameo and (c[1] or "")[:3] == source for c in found), found


@model
def test_fix_cooperation_refusing_refugees_stays_a_refusal(coder):
    found = coded(coder, "Lebanon said it will not accept any more Syrian refugees.")
    assert not any(c[0] == "075" for c in found), found


@model
@pytest.mark.parametrize("text, cameo, source, target", [
    ("The IMF agreed to forgive Somalia's arrears on Wednesday.", "071", "IGO", "SOM"),
    ("France agreed to cancel Haiti's debts after the earthquake.", "071", "FRA", "HTI"),
    ("China wrote off 2 billion yuan of debt owed by Zambia's government.", "071", "CHN", None),
])
def test_fix_cooperation_debt_relief_agreed_or_given_is_aid(coder, text, cameo, source, target):
    found = coded(coder, text)
    assert any(c[0] == cameo and (c[1] or "")[:3] == source
               and (target is None or (c[2] or "")[:3] == target) for c in found), found


@model
def test_fix_cooperation_debt_relief_promised_stays_an_intent(coder):
    found = coded(coder, "France promised to cancel Haiti's debts after the earthquake.")
    assert any(c[0].startswith("033") for c in found) and not any(c[0] == "071" for c in found)


@model
@pytest.mark.parametrize("text", [
    "Georgia and Azerbaijan agreed on Monday to ratify a treaty on their common border.",
    "The rebels agreed to sign a peace deal with the government of Niger next month.",
])
def test_fix_cooperation_agreeing_to_sign_or_ratify_is_agree(coder, text):
    found = coded(coder, text)  # PLOVER: "promises to sign or ratify agreements" are AGREE
    assert any(c[0] == "032" for c in found) and not any(c[0] == "057" for c in found), found


@model
def test_fix_cooperation_a_treaty_ratified_is_support(coder):
    found = coded(coder, "Georgia's parliament ratified a border treaty with Azerbaijan.")
    assert any(c[0] == "057" for c in found), found


@model
@pytest.mark.parametrize("text, cameo, source, target", [
    ("Austria sent 30 tonnes of tents to flood victims in Slovenia.", "073", "AUT", "SVN"),
    ("The Kenyan police are working with Interpol to trace the suspects.", "060", "KEN", "IGO"),
    ("Uzbekistan is ready to work with Afghanistan on rail links.", "031", "UZB", "AFG"),
])
def test_fix_cooperation_recipients_and_partners(coder, text, cameo, source, target):
    found = coded(coder, text)  # aid goes to the victims' country, not the giver's
    assert _has(found, cameo, source, target), found


@model
def test_fix_cooperation_forces_of_two_countries_patrolling_together_cooperate(coder):
    found = coded(coder, "Kenyan and Somali troops jointly patrolled the border town of Mandera.")
    assert any(c[0] == "062" and {(c[1] or "")[:3], (c[2] or "")[:3]} == {"KEN", "SOM"}
               for c in found), found


@model
def test_fix_cooperation_one_country_patrolling_stays_a_show_of_force(coder):
    found = coded(coder, "Kenyan troops patrolled the border town of Mandera on Friday.")
    assert not any(c[0] == "062" for c in found), found


@model
@pytest.mark.parametrize("text", [
    "Vietnam invited the Laotian president to visit Hanoi next month.",
    "The Kremlin invited Armenia's prime minister to Moscow for talks.",
])
def test_fix_cooperation_an_invitation_to_meet_is_agree(coder, text):
    found = coded(coder, text)  # PLOVER CONSULT: "invitations for state visits ... AGREE"
    assert any(c[0] == "036" for c in found) and not any(c[0][:2] in ("02", "10")
                                                         for c in found), found


@model
def test_fix_cooperation_an_invitation_to_help_stays_a_request(coder):
    found = coded(coder, "Mali's junta invited Russia to help fight the jihadists.")
    assert any(c[0][:2] in ("02", "10") for c in found), found


@model
def test_fix_cooperation_joint_patrols_of_two_countries_are_with_each_other(coder):
    found = coded(coder, "Morocco and Spain resumed joint police patrols in Ceuta.")
    pairs = {((c[1] or "")[:3], (c[2] or "")[:3]) for c in found if c[0] == "062"}
    assert ("MAR", "ESP") in pairs and ("ESP", "MAR") in pairs, found  # not their own police


@model
@pytest.mark.parametrize("text, cameo, source, target", [
    ("The delivery of 300 tonnes of flour by Egypt to Gaza began on Sunday.", "073", "EGY", "PSE"),
    ("Italy shared evidence with Egyptian investigators about the killing.", "064", "ITA", "EGY"),
])
def test_fix_cooperation_delivered_goods_and_shared_evidence(coder, text, cameo, source, target):
    found = coded(coder, text)
    assert _has(found, cameo, source, target), found


@model
def test_fix_cooperation_an_accord_signed_between_two_sides_is_theirs(coder):
    found = coded(coder, "A border agreement was signed between Kyrgyzstan and Tajikistan "
                         "on Thursday.")
    pairs = {((c[1] or "")[:3], (c[2] or "")[:3]) for c in found if c[0] == "057"}
    assert ("KGZ", "TJK") in pairs, found


@model
def test_fix_cooperation_relief_approved_is_aid(coder):
    found = coded(coder, "The World Bank on Friday approved debt relief for Somalia.")
    assert _has(found, "070", "IGO", "SOM"), found


@model
@pytest.mark.parametrize("text, cameo, source, target", [
    ("Norway contributed 12 million dollars to the World Food Programme.", "071", "NOR", "IGO"),
    ("Rwanda contributed 1,000 troops to the UN mission in South Sudan.", "074", "RWA", "IGO"),
    ("Qatar paid the salaries of Gaza's civil servants for three months.", "071", "QAT", "PSE"),
])
def test_fix_cooperation_money_and_troops_contributed(coder, text, cameo, source, target):
    found = coded(coder, text)
    assert _has(found, cameo, source, target), found


@model
@pytest.mark.parametrize("text, source, target", [
    ("Greek police are cooperating with their Albanian counterparts on the investigation.",
     "GRC", "ALB"),
    ("Chile collaborated with Argentina on the search for the missing submarine.", "CHL", "ARG"),
])
def test_fix_cooperation_cooperating_with_another_is_cooperation_not_support(coder, text,
                                                                             source, target):
    found = coded(coder, text)
    assert _has(found, "060", source, target) and not any(c[0][:2] == "05" for c in found), \
        found


@model
@pytest.mark.parametrize("text, cameo, source, target", [
    ("Portugal dispatched 60 firefighters to help Spain fight the wildfires.", "073", "PRT", "ESP"),
    ("Japan sent rescue teams to help Morocco search for survivors.", "073", "JPN", "MAR"),
    ("Austria offered to send doctors to help Albania treat the injured.", "0333", "AUT", "ALB"),
])
def test_fix_cooperation_aid_goes_to_whom_it_helps(coder, text, cameo, source, target):
    found = coded(coder, text)
    assert _has(found, cameo, source, target), found


@model
def test_fix_cooperation_open_to_working_with_is_an_intent_to_cooperate(coder):
    found = coded(coder, "Uzbekistan said it is open to cooperating with Kazakhstan on water.")
    assert any(c[0].startswith("03") and (c[1] or "")[:3] == "UZB"
               and (c[2] or "")[:3] == "KAZ" and c[3] == "planned" for c in found), found
