"""ACCUSE and COERCE as the PLOVER manual defines them, against ASSAULT: cyber operations
and disinformation are COERCE ('cyber', 'misinformation'), not violence; each class is
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


@pytest.mark.parametrize(("text", "expected"), [
    ("Iranian hackers attacked the servers of Albania's tax authority on Monday.",
     ("COERCE", "IRN", "ALB")),
    ("A Chinese cyberattack hit Taiwan's largest telecoms operator last week.",
     ("COERCE", "CHN", "TWN")),
    ("North Korea launched a cyber-attack on South Korea's central bank in March.",
     ("COERCE", "PRK", "KOR")),
    ("Russia carried out a ransomware attack on Ukraine's postal service, officials in "
     "Kyiv said.", ("COERCE", None, None)),
])
def test_fix_accuse_coerce_cyber_attack_is_coercion(coder, text, expected):
    kind, source, target = expected
    found = _events(coder, text)
    assert any(k == kind and source in (None, s) and target in (None, t)
               for k, s, t in found), found
    assert "ASSAULT" not in _kinds(coder, text)


@pytest.mark.parametrize("text", [
    "Russian missiles hit Ukraine's largest power plant on Monday.",
    "Israeli jets attacked Hamas positions in Gaza overnight.",
    "A drone attack by Houthi rebels hit a tanker in the Red Sea.",
])
def test_fix_accuse_coerce_physical_attack_stays_assault(coder, text):
    assert "ASSAULT" in _kinds(coder, text)
    assert "COERCE" not in _kinds(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarus waged a disinformation campaign against Lithuania ahead of the vote.",
     ("COERCE", "BLR", "LTU")),
    ("Chinese state media spread disinformation about the protests in Hong Kong.",
     ("COERCE", "CHN", None)),
    ("Hackers breached the computer networks of Poland's foreign ministry.",
     ("COERCE", None, "POL")),
])
def test_fix_accuse_coerce_misinformation_and_breaches(coder, text, expected):
    kind, source, target = expected
    found = _events(coder, text)
    assert any(k == kind and source in (None, s) and target in (None, t)
               for k, s, t in found), found


@pytest.mark.parametrize("text", [
    "Estonia's prime minister praised Finland's efforts to counter disinformation.",
    "Latvia and Lithuania agreed to cooperate against disinformation and cyber threats.",
])
def test_fix_accuse_coerce_fighting_disinformation_is_no_coercion(coder, text):
    assert "COERCE" not in _kinds(coder, text)


@pytest.mark.parametrize("text", [
    "Riot police dispersed a crowd of opposition supporters outside the electoral commission "
    "in Lusaka on Friday.",
    "Police broke up a rally by teachers demanding higher pay in Harare.",
    "Police raided the offices of an independent television channel in Tbilisi overnight.",
])
def test_fix_accuse_coerce_crowds_cleared_without_weapons_are_coercion(coder, text):
    kinds = _kinds(coder, text)
    assert "COERCE" in kinds and "ASSAULT" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "Police fired tear gas to disperse students marching on the parliament in Nairobi.",
    "Soldiers dispersed the protesters with live ammunition, killing four, witnesses said.",
    "Gunmen raided a village in Zamfara state, killing 20 people.",
])
def test_fix_accuse_coerce_named_force_stays_assault(coder, text):
    assert "ASSAULT" in _kinds(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia took legal action against Russia at the European Court of Human Rights.",
     ("ACCUSE", "EST", "RUS")),
    ("Chad filed a lawsuit against Sudan at the International Court of Justice.",
     ("ACCUSE", "TCD", "SDN")),
    ("Italy expressed outrage at the killing of its ambassador in Congo.",
     ("ACCUSE", "ITA", None)),
    ("Japan's foreign minister took issue with China's new maritime map.",
     ("ACCUSE", "JPN", "CHN")),
])
def test_fix_accuse_coerce_disapproval_and_legal_action_are_accusations(coder, text, expected):
    kind, source, target = expected
    found = _events(coder, text)
    assert any(k == kind and s == source and target in (None, t) for k, s, t in found), found
    assert "COERCE" not in _kinds(coder, text)


def test_fix_accuse_coerce_concern_is_a_comment_not_an_accusation(coder):
    text = "The United Nations expressed concern about food shortages in northern Mali."
    assert "ACCUSE" not in _kinds(coder, text)


def test_fix_accuse_coerce_unnamed_attackers_reported_is_the_attack(coder):
    text = "Police said gunmen killed nine miners in Zamfara state on Saturday."
    kinds = _kinds(coder, text)
    assert "ASSAULT" in kinds and "ACCUSE" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "A Chinese disinformation campaign targeted voters in Taiwan before the election.",
    "A Russian cyber espionage group attacked the servers of Norway's parliament.",
])
def test_fix_accuse_coerce_information_operations_doing_harm_are_no_assault(coder, text):
    kinds = _kinds(coder, text)
    assert "COERCE" in kinds and "ASSAULT" not in kinds, kinds


def test_fix_accuse_coerce_military_campaign_stays_assault(coder):
    text = "A Saudi-led air campaign targeted Houthi positions near Hodeidah on Friday."
    assert "ASSAULT" in _kinds(coder, text)


def test_fix_accuse_coerce_subpoena_is_an_investigation(coder):
    text = "A U.S. congressional committee subpoenaed the Chinese telecom firm Huawei."
    assert "ACCUSE" in _kinds(coder, text)


@pytest.mark.parametrize("text", [
    "Students seized the rector's office in Novi Sad on Tuesday, Serbian media reported.",
    "Protesters set fire to the regional parliament building in Bishkek.",
])
def test_fix_accuse_coerce_crowds_seizing_or_burning_protest(coder, text):
    kinds = _kinds(coder, text)
    assert "PROTEST" in kinds and not kinds & {"COERCE", "ASSAULT"}, kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("Customs officers seized the passports of two opposition journalists in Baku.",
     "COERCE"),
    ("Government troops set fire to homes in the village of Mabanga, residents said.",
     "ASSAULT"),
])
def test_fix_accuse_coerce_state_seizure_and_burning_unchanged(coder, text, kind):
    assert kind in _kinds(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia said Russia's military intelligence was behind the cyberattack on its "
     "government portal.", ("ACCUSE", "EST", "RUS")),
    ("Afghanistan's interior ministry said Pakistan was responsible for the killing of two "
     "border guards.", ("ACCUSE", "AFG", "PAK")),
])
def test_fix_accuse_coerce_blame_laid_is_an_accusation(coder, text, expected):
    assert expected in _events(coder, text)


def test_fix_accuse_coerce_being_behind_lines_is_no_blame(coder):
    text = "Ukrainian officials said Russian troops were behind the front line near Bakhmut."
    assert "ACCUSE" not in _kinds(coder, text)


def test_fix_accuse_coerce_police_search_of_premises_is_seizure(coder):
    text = "Police searched the offices of an opposition newspaper in Bishkek on Thursday."
    kinds = _kinds(coder, text)
    assert "COERCE" in kinds and "ACCUSE" not in kinds, kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("Serbia cut off gas and electricity supplies to Kosovo on Monday.",
     "COERCE"),
    ("Authorities in Tigray cut off water to the town of Alamata, residents said.", "COERCE"),
    ("Russia halted oil supplies to Germany through the Druzhba pipeline.", "SANCTION"),
])
def test_fix_accuse_coerce_public_goods_withheld_are_coercion(coder, text, kind):
    assert kind in _kinds(coder, text)


def test_fix_accuse_coerce_case_brought_is_legal_action(coder):
    text = "Ukraine brought a case against Russia at the International Court of Justice."
    assert ("ACCUSE", "UKR", "RUS") in _events(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sri Lanka's president appointed a commission to investigate the Easter Sunday bombings.",
     ("ACCUSE", "LKA", None)),
    ("The U.N. Human Rights Council will establish a commission of inquiry into abuses in "
     "Iran.",
     ("ACCUSE", "IGO", "IRN")),
])
def test_fix_accuse_coerce_body_set_up_to_investigate(coder, text, expected):
    kind, source, target = expected
    found = _events(coder, text)
    assert any(k == kind and s == source and target in (None, t) for k, s, t in found), found


def test_fix_accuse_coerce_body_set_up_for_trade_is_no_inquiry(coder):
    text = "Ghana and Togo set up a joint commission to expand cross-border trade."
    assert "ACCUSE" not in _kinds(coder, text)


@pytest.mark.parametrize("text", [
    "The wounded Turkish soldier was taken to a hospital in Ankara.",
    "Senegal's new president took the oath of office in Dakar on Tuesday.",
    "The Kenyan government took advantage of the lull to reopen schools in Lamu.",
])
def test_fix_accuse_coerce_taking_that_seizes_nothing(coder, text):
    assert "COERCE" not in _kinds(coder, text)


def test_fix_accuse_coerce_taken_by_captors_is_still_coded(coder):
    text = "The French aid worker was taken by gunmen to an unknown location near Gao."
    assert _kinds(coder, text) & {"COERCE", "ASSAULT"}


@pytest.mark.parametrize("text", [
    "New U.S. tariffs hit Mexican steel exporters, the economy ministry in Mexico City said.",
    "Western sanctions have battered Iran's currency, officials in Tehran admitted.",
])
def test_fix_accuse_coerce_economic_blows_are_no_assault(coder, text):
    assert "ASSAULT" not in _kinds(coder, text)


def test_fix_accuse_coerce_property_taken_stays_seizure(coder):
    text = "The laptops of two Azerbaijani reporters were taken at the border post near Astara."
    assert "COERCE" in _kinds(coder, text)
