"""Tests for communique.events on the categories coded least often: aid given as money,
credit, debt relief or airdrops; trade resumed and joint patrols; diplomats thrown out
and lending halted; visitors received; forces leaving, places handed back, outsiders let
in; pardons, amnesty laws and apologies; warships and armour moved or massed.

News sentences written for these tests (not from any evaluation set); each names the
construction it pins down. They parse with the real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from helpers import coded, roots

model = pytest.mark.model


def _codes(found) -> set[str]:
    return {c[0] for c in found}


@model
@pytest.mark.parametrize("text, expected", [
    # money lent, granted or paid to a recipient is economic aid (071), not cooperation
    ("The Asian Development Bank lent Pakistan $500 million on Friday.", "071"),
    ("Qatar funded the rebuilding of two schools in Gaza, the ministry said.", "071"),
    ("Saudi Arabia extended a $2 billion line of credit to Egypt.", "071"),
    ("Japan gave Sri Lanka $300 million in balance-of-payments support.", "071"),
    ("Germany paid reparations to Greece for wartime damage.", "071"),
    ("Russia wrote off $20 billion of debt owed by African states to Moscow.", "071"),
    # relief dropped from the air is an airdrop, not a bombing
    ("French military planes dropped food parcels over northern Gaza on Thursday.", "073"),
    # refugees given refuge
    ("Uganda granted refugee status to 5,000 Congolese on Monday.", "075"),
])
def test_fix_weak_types_aid_given(coder, text, expected):
    found = coded(coder, text)
    assert expected in _codes(found), found
    assert not roots(found) & {"05", "06", "19"}, found


@model
@pytest.mark.parametrize("text", [
    "Georgia and Armenia resumed trade across their land border on Monday.",
    "India and France carried out joint naval air patrols over the Indian Ocean.",
])
def test_fix_weak_types_material_cooperation(coder, text):
    found = coded(coder, text)
    assert "06" in roots(found), found
    assert "15" not in roots(found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("Burkina Faso kicked out two French diplomats on Wednesday.", "161"),
    ("The IMF halted lending to Sri Lanka after the default.", "162"),
    ("Canada stopped arms exports to Turkey in October.", "1622"),
    ("Beijing halted dialogue with Washington on military matters.", "164"),
    ("Kuwait downgraded its diplomatic representation in Beirut.", "161"),
])
def test_fix_weak_types_relations_reduced(coder, text, expected):
    found = coded(coder, text)
    assert expected in _codes(found), found


@model
def test_fix_weak_types_a_visitor_received_by_a_host(coder):
    found = coded(coder, "The Libyan prime minister was received by Turkish President "
                         "Recep Tayyip Erdogan in Ankara on Friday.")
    assert any(c[0] == "043" and c[1].startswith("TUR") and c[2].startswith("LBY")
               for c in found), found


@model
def test_fix_weak_types_leaders_talking_by_phone(coder):
    found = coded(coder, "Scholz and Macron spoke by phone on Sunday about Ukraine.")
    assert "041" in _codes(found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("The last French soldiers left Mali on Monday.", "0874"),
    ("Rebel fighters abandoned their positions near Goma.", "0874"),
    ("Serbia handed two villages back to Croatia under the border deal.", "0842"),
    ("Russia returned 11 Ukrainian children on Friday, Kyiv said.", "0841"),
    ("Myanmar allowed a UN team into Rakhine state on Thursday.", "086"),
    ("Sudan let the first aid convoy into Darfur in months.", "0863"),
])
def test_fix_weak_types_retreats(coder, text, expected):
    found = coded(coder, text)
    assert expected in _codes(found), found
    assert "04" not in roots(found), found  # leaving is no visit


@model
def test_fix_weak_types_an_official_who_quits_resigns(coder):
    found = coded(coder, "Slovakia's interior minister quit on Thursday.")
    assert "0831" in _codes(found), found


@model
def test_fix_weak_types_calling_it_quits_is_no_resignation(coder):
    found = coded(coder, "After ten years the festival organisers called it quits.")
    assert "0831" not in _codes(found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("The emir pardoned 150 prisoners to mark the national day.", "080"),
    ("Armenia's parliament passed an amnesty law on Tuesday.", "080"),
    ("Authorities eased the lockdown in Wuhan on Wednesday.", "081"),
])
def test_fix_weak_types_concessions(coder, text, expected):
    found = coded(coder, text)
    assert expected in _codes(found), found
    assert "084" not in {c[0][:3] for c in found}, found  # a pardon is no release


@model
def test_fix_weak_types_remorse_expressed_is_an_apology(coder):
    found = coded(coder, "The Dutch king expressed remorse to Indonesia for colonial violence.")
    assert "055" in _codes(found), found
    assert "11" not in roots(found), found


@model
@pytest.mark.parametrize("text", [
    "Russia moved troops and tanks to its border with Finland.",
    "Sudan massed troops near the Ethiopian border on Friday.",
    "Washington dispatched two destroyers to the Red Sea on Sunday.",
    "Chinese warships sailed near the Philippine coast on Tuesday.",
    "Greece scrambled fighter jets over the Aegean on Monday.",
    "The Greek army put troops on standby on the island of Evros.",
    "The Egyptian army staged a military exercise near the Libyan border.",
])
def test_fix_weak_types_forces_mobilised(coder, text):
    found = coded(coder, text)
    assert "15" in roots(found), found
    assert not roots(found) & {"04", "06", "07"}, found


@model
def test_fix_weak_types_weapons_sent_to_a_partner_stay_aid(coder):
    found = coded(coder, "Germany sent 20 more howitzers to Ukraine on Monday.")
    assert "072" in _codes(found), found


@model
def test_fix_weak_types_a_simple_past_verb_misread_as_a_modifier(coder):
    found = coded(coder, "More than 2,000 ELN rebels handed over their weapons to UN monitors.")
    assert "0873" in _codes(found), found


def _token(i: int, text: str, lemma: str, pos: str, tag: str, dep: str, head: int):
    from communique.model import Token
    return Token(i=i, text=text, lemma=lemma, pos=pos, tag=tag, dep=dep, head=head, start=i)


def test_fix_weak_types_finite_verb_under_a_noun_becomes_the_root():
    from communique.repairs import finite_verb_as_root
    tokens = (_token(0, "rebels", "rebel", "NOUN", "NNS", "ROOT", 0),
              _token(1, "surrendered", "surrender", "VERB", "VBD", "acl", 0),
              _token(2, "arms", "arm", "NOUN", "NNS", "dobj", 1),
              _token(3, ".", ".", "PUNCT", ".", "punct", 0))
    fixed = finite_verb_as_root(tokens)
    assert [(t.dep, t.head) for t in fixed] == [("nsubj", 1), ("ROOT", 1), ("dobj", 1),
                                                ("punct", 1)]
    participle = tokens[:1] + (_token(1, "killed", "kill", "VERB", "VBN", "acl", 0),) \
        + tokens[2:]
    assert finite_verb_as_root(participle) == participle  # 'rebels killed in the raid'


def test_fix_weak_types_verb_read_as_an_adjective_becomes_the_root():
    from communique.repairs import verb_before_object
    tokens = (_token(0, "Russia", "Russia", "PROPN", "NNP", "npadvmod", 1),
              _token(1, "massed", "mass", "VERB", "VBD", "amod", 2),
              _token(2, "troops", "troop", "NOUN", "NNS", "ROOT", 2),
              _token(3, ".", ".", "PUNCT", ".", "punct", 2))
    fixed = verb_before_object(tokens)
    assert [(t.dep, t.head) for t in fixed] == [("nsubj", 1), ("ROOT", 1), ("dobj", 1),
                                                ("punct", 1)]
    adjective = tokens[:1] + (_token(1, "armed", "armed", "ADJ", "JJ", "amod", 2),) \
        + tokens[2:]
    assert verb_before_object(adjective) == adjective  # 'Russian armed troops'
    backed = (_token(0, "Iran", "Iran", "PROPN", "NNP", "compound", 2),
              _token(1, "backed", "back", "VERB", "VBN", "amod", 2)) + tokens[2:]
    assert verb_before_object(backed) == backed  # 'Iran backed troops': a modifier


@model
def test_fix_weak_types_a_civilian_plane_passing_shows_no_force(coder):
    found = coded(coder, "A Chinese passenger plane flew near Taiwan on its way to Manila.")
    assert "15" not in roots(found), found


@model
@pytest.mark.parametrize("text, giver, recipient", [
    ("Moldova received 20 million euros from the European Union on Thursday.", "IGO", "MDA"),
    ("Taiwan got 40 Abrams tanks from the United States last week.", "USA", "TWN"),
])
def test_fix_weak_types_aid_received_is_given_by_the_from_phrase(coder, text, giver,
                                                                 recipient):
    found = coded(coder, text)
    assert any(c[0].startswith("07") and c[1].startswith(giver) and c[2].startswith(recipient)
               for c in found), found


@model
def test_fix_weak_types_aid_that_reaches_a_place_is_delivered(coder):
    found = coded(coder, "Qatari aid reached Khan Younis on Wednesday.")
    assert any(c[0].startswith("07") and c[1] == "QAT" for c in found), found


@model
@pytest.mark.parametrize("text", [
    "The Italian president is on a two-day visit to Algeria.",
    "Egypt's foreign minister is in Ankara for talks with Turkish officials.",
])
def test_fix_weak_types_a_visit_or_talks_said_of_the_subject_of_be(coder, text):
    found = coded(coder, text)
    assert "04" in roots(found), found


@model
@pytest.mark.parametrize("text, target", [
    ("Estonia pulled its ambassador out of Minsk for consultations.", "BLR"),
    ("Peru withdrew its envoy from Mexico City on Friday.", "MEX"),
])
def test_fix_weak_types_an_envoy_recalled_is_a_sanction(coder, text, target):
    found = coded(coder, text)
    assert any(c[0] == "161" and c[2].startswith(target) for c in found), found
    assert "04" not in roots(found), found


@model
def test_fix_weak_types_walking_out_of_talks_halts_them(coder):
    found = coded(coder, "Serbia walked out of the talks with Kosovo in Brussels on Monday.")
    assert "04" not in roots(found), found
    assert found and all(c[0] == "164" for c in found), found


@model
@pytest.mark.parametrize("text, expected", [
    ("Belarus massed troops near the Lithuanian border, the ministry in Vilnius said.", "154"),
    ("Some 3,000 ELN fighters handed over their rifles to church mediators, Bogota said.",
     "0873"),
])
def test_fix_weak_types_a_misread_clause_before_said(coder, text, expected):
    found = coded(coder, text)
    assert expected in _codes(found), found


def test_fix_weak_types_a_clause_read_as_the_first_of_two_subjects():
    from communique.repairs import verb_before_object
    tokens = (_token(0, "Serbia", "Serbia", "PROPN", "NNP", "npadvmod", 1),
              _token(1, "massed", "mass", "VERB", "VBD", "amod", 2),
              _token(2, "troops", "troop", "NOUN", "NNS", "nsubj", 5),
              _token(3, ",", ",", "PUNCT", ",", "punct", 5),
              _token(4, "Pristina", "Pristina", "PROPN", "NNP", "nsubj", 5),
              _token(5, "said", "say", "VERB", "VBD", "ROOT", 5))
    fixed = verb_before_object(tokens)
    assert [(t.dep, t.head) for t in fixed] == [("nsubj", 1), ("ccomp", 5), ("dobj", 1),
                                                ("punct", 5), ("nsubj", 5), ("ROOT", 5)]


@model
@pytest.mark.parametrize("text, expected, giver, receiver", [
    ("A former minister was extradited from Spain to Argentina on Monday.", "063", "ESP", "ARG"),
    ("Medical supplies were flown from Egypt to Sudan on Friday.", "073", "EGY", "SDN"),
])
def test_fix_weak_types_a_passive_transfer_is_done_by_its_from_phrase(coder, text, expected,
                                                                      giver, receiver):
    found = coded(coder, text)
    assert (expected, giver, receiver) in {(c[0], c[1], c[2] and c[2][:3]) for c in found}, found


@model
def test_fix_weak_types_a_deployment_ahead_of_protests_is_no_protest(coder):
    found = coded(coder, "Peru's interior ministry announced the deployment of 5,000 police "
                         "officers in Lima ahead of Saturday's protests.")
    assert "15" in roots(found), found
    assert not roots(found) & {"11", "14"}, found


@model
def test_fix_weak_types_a_delivery_named_by_a_noun_goes_to_its_to_phrase(coder):
    found = coded(coder, "The delivery of 12 Gripen jets from Sweden to Hungary was finished "
                         "on Friday.")
    assert any(c[0] == "072" and c[1][:3] == "SWE" and c[2] == "HUN" for c in found), found
