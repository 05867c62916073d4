"""Tests for recall on scraped articles: Sudan's RSF after April 2023, places seized
that are camps or bases, a rebel group's attacks on its own state's soil, and a
participle clause that makes an accusation or a demand beside a material act.

News sentences written for these tests (not from any evaluation set). They parse with the
real model (marked ``model``).
"""

from __future__ import annotations

import datetime as dt

import pytest

model = pytest.mark.model


def _events(coder, make_article, text: str, date=dt.date(2025, 5, 6)) -> set[tuple]:
    article = make_article(text, date=date)
    return {(e.cameo[:3], e.source and e.source.code, e.target and e.target.code)
            for e in coder.code(article)}


@model
def test_rsf_is_a_rebel_force_after_april_2023(coder, make_article):
    events = _events(coder, make_article, "The RSF shelled Omdurman on Monday.")
    assert ("194", "SDNREB", "SDNGOV") in events or ("194", "SDNREB", "SDN") in events


@model
def test_rapid_support_forces_were_sudans_military_before_the_war(coder, make_article):
    events = _events(coder, make_article,
                     "The Rapid Support Forces attacked protesters in Khartoum on Monday.",
                     date=dt.date(2019, 6, 4))
    assert {e[1] for e in events} == {"SDNMIL"}


@model
def test_a_camp_seized_is_territory_occupied(coder, make_article):
    events = _events(coder, make_article,
                     "Al-Shabaab fighters captured a camp for displaced people on Sunday.")
    assert any(code == "192" and source == "SOMREB" for code, source, _ in events)


@model
def test_a_rebel_attack_naming_no_one_is_on_its_own_country(coder, make_article):
    events = _events(coder, make_article, "M23 rebels seized two camps on Sunday.")
    assert ("192", "CODREB", "COD") in events


@model
def test_a_state_force_attack_naming_no_one_keeps_no_target(coder, make_article):
    events = _events(coder, make_article, "Ethiopian troops seized two camps on Sunday.")
    assert all(target is None for code, _, target in events if code == "192")


@model
def test_accusing_participle_beside_an_expulsion_is_an_accusation(coder, make_article):
    events = _events(coder, make_article, "Norway expelled three Russian diplomats on "
                     "Tuesday, accusing Moscow of spying on its oil platforms.")
    assert ("112", "NOR", "RUSGOV") in events
    assert ("161", "NOR", "RUSGOV") in events


@model
def test_urging_participle_beside_sanctions_is_a_demand(coder, make_article):
    events = _events(coder, make_article, "Canada imposed sanctions on ten Iranian officials "
                     "on Monday, urging Tehran to free the detained journalists.")
    assert any(code[:2] == "10" and source == "CAN" and target[:3] == "IRN"
               for code, source, target in events if target)


@model
def test_a_riot_told_in_a_participle_stays_one_event(coder, make_article):
    events = _events(coder, make_article,
                     "Protesters rioted in Lagos on Monday, smashing shop windows.")
    assert len(events) == 1


def _targets_of(coder, make_article, text: str, code: str) -> set[str | None]:
    article = make_article(text, date=dt.date(2025, 6, 17))
    return {e.target and e.target.code[:3] for e in coder.code(article)
            if e.cameo.startswith(code) and e.sentence_index == max(
                x.sentence_index for x in coder.code(article))}


@model
def test_welcomed_sanctions_refers_to_who_imposed_them(coder, make_article):
    text = ("Canada imposes sanctions on Nicaraguan officials\n\n"
            "Canada imposed sanctions on ten Nicaraguan officials on Monday.\n\n"
            "Nicaragua's foreign minister condemned Ottawa's move as interference.\n\n"
            "Costa Rica welcomed the sanctions.")
    assert _targets_of(coder, make_article, text, "05") == {"CAN"}


@model
def test_welcomed_ruling_refers_to_the_court(coder, make_article):
    text = ("Court orders release of opposition leader\n\n"
            "Kenya's Supreme Court on Monday convicted the former governor of graft.\n\n"
            "The United States urged Kenya on Monday to fight corruption.\n\n"
            "The opposition welcomed the ruling.")
    assert _targets_of(coder, make_article, text, "05") == {"KEN"}


@model
def test_photo_caption_is_not_what_a_reaction_refers_back_to(coder, make_article):
    text = ("EU adopts sanctions on Belarus\n\n"
            "The European Union imposed sanctions on Belarusian officials on Monday.\n\n"
            "Polish soldiers patrol the border fence near Bialowieza. Photo: EPA\n\n"
            "Lithuania welcomed the sanctions.")
    assert _targets_of(coder, make_article, text, "05") == {"IGO"}


@model
def test_accusation_joined_to_a_report_in_the_perfect_is_the_speakers(coder, make_article):
    events = _events(coder, make_article, "Mali's army spokesman said jihadists had ambushed "
                     "a convoy and accused Algeria of sheltering their leaders.")
    assert ("112", "MLIMIL", "DZA") in events


@model
def test_a_deed_joined_to_a_report_in_the_perfect_stays_the_doers(coder, make_article):
    events = _events(coder, make_article, "Mali's army said jihadists had ambushed a convoy "
                     "near Gao and killed twelve soldiers.")
    assert not any(source == "MLIMIL" and code[:2] in ("18", "19")
                   for code, source, _ in events)


@model
def test_indigenous_leaders_are_a_party_to_talks(coder, make_article):
    events = _events(coder, make_article, "Peru's government said on Tuesday it would hold "
                     "talks with indigenous leaders over the oil spill.")
    assert any(code in ("036", "040", "046") and source == "PERGOV" and target == "PERCVL"
               for code, source, target in events)


@model
def test_condemnation_drawn_by_a_deed_is_aimed_at_its_doer(coder, make_article):
    text = ("Rockets hit Kharkiv\n\n"
            "Russian forces shelled Kharkiv on Monday, officials said.\n\n"
            "The shelling of the city drew condemnation from France and Germany.")
    article = make_article(text, date=dt.date(2025, 5, 6))
    condemned = {(e.source.code, e.target and e.target.code[:3]) for e in coder.code(article)
                 if e.cameo.startswith("111")}
    assert condemned == {("FRA", "RUS"), ("DEU", "RUS")}


@model
def test_planes_carrying_relief_deliver_aid_to_their_destination(coder, make_article):
    events = _events(coder, make_article, "Egypt flew three military planes carrying "
                     "medicine and tents to Libya on Friday.")
    assert any(code[:2] == "07" and source[:3] == "EGY" and target == "LBY"
               for code, source, target in events if source and target)


@model
def test_warships_sent_stay_a_show_of_force(coder, make_article):
    events = _events(coder, make_article, "Russia sent two warships carrying cruise "
                     "missiles to the eastern Mediterranean on Friday.")
    assert not any(code[:2] == "07" for code, _, _ in events)


@model
def test_open_to_meeting_is_an_intent_to_meet(coder, make_article):
    article = make_article("Venezuela's opposition leader said on Monday he was open to "
                           "meeting President Nicolas Maduro.", date=dt.date(2025, 5, 6))
    events = [(e.cameo, e.modality) for e in coder.code(article)]
    assert ("036", "planned") in events


@model
def test_appeal_for_a_party_to_act_is_aimed_at_that_party(coder, make_article):
    events = _events(coder, make_article, "The European Union appealed on Friday for Ethiopia "
                     "to let aid convoys into Tigray.")
    assert any(code[:2] in ("02", "10") and source.startswith("IGO") and target[:3] == "ETH"
               for code, source, target in events if source and target)


@model
def test_a_visit_told_in_a_participle_set_off_after_the_subject(coder, make_article):
    events = _events(coder, make_article, "Japan's foreign minister, visiting Hanoi on Friday, "
                     "praised Vietnam's economic reforms.")
    assert any(code == "042" and source == "JPNGOV" and target[:3] == "VNM"
               for code, source, target in events if target)


@model
def test_a_set_off_participle_of_the_same_kind_is_the_acts_manner(coder, make_article):
    events = _events(coder, make_article, "Students, chanting slogans against the government, "
                     "marched to parliament in Dhaka on Friday.")
    assert len([code for code, _, _ in events if code.startswith("14")]) == 1


@model
def test_calling_a_verdict_names_is_aimed_at_the_court(coder, make_article):
    text = ("Court jails opposition leader\n\n"
            "A court in Minsk on Monday sentenced opposition leader Maria Kolesnikova to 11 "
            "years in prison.\n\n"
            "The United States on Tuesday called the verdict \"a travesty of justice\".")
    article = make_article(text, date=dt.date(2025, 5, 6))
    assert any(e.cameo.startswith("11") and e.source.code[:3] == "USA"
               and e.target is not None and e.target.code == "BLRJUD"
               for e in coder.code(article))


@model
def test_a_pledge_to_respond_with_measures_is_a_threat(coder, make_article):
    text = ("Britain sanctions Iranian officials\n\n"
            "Britain imposed sanctions on five Iranian officials on Monday.\n\n"
            "Iran's foreign ministry said Tehran would respond with countermeasures.")
    article = make_article(text, date=dt.date(2025, 5, 6))
    assert any(e.cameo.startswith("13") and e.source.code[:3] == "IRN"
               and e.target is not None and e.target.code[:3] == "GBR"
               for e in coder.code(article))


@model
def test_having_responded_with_tariffs_is_no_threat(coder, make_article):
    events = _events(coder, make_article, "China responded with tariffs on American soybeans "
                     "on Monday.")
    assert not any(code.startswith("13") for code, _, _ in events)


@model
def test_an_indigenous_confederation_of_a_country_is_its_actor(coder, make_article):
    events = _events(coder, make_article, "The Confederation of Indigenous Nationalities of "
                     "Peru accused the government of ignoring the oil spill.")
    assert ("112", "PERCVL", "PERGOV") in events


@model
def test_calling_a_national_strike_is_a_strike_across_the_country(coder, make_article):
    events = _events(coder, make_article, "Bolivia's largest peasant federation called an "
                     "indefinite national strike on Monday.")
    assert any(code == "143" and source[:3] == "BOL" and target == "BOL"
               for code, source, target in events if source and target)


@model
def test_a_strike_by_warplanes_stays_military(coder, make_article):
    events = _events(coder, make_article, "Israeli warplanes carried out a strike on a camp "
                     "near Rafah on Monday, killing five people.")
    assert not any(code == "143" for code, _, _ in events)


@model
def test_the_ministry_is_the_ministry_named_before(coder, make_article):
    text = ("Uganda and Kenya trade charges over border raid\n\n"
            "Uganda's defence minister met his Kenyan counterpart in Kampala on Friday, and "
            "Uganda said it would help Kenya patrol the frontier.\n\n"
            "On Monday, Kenya's foreign ministry summoned the Ugandan envoy in Nairobi.\n\n"
            "The ministry accused Uganda's army of killing two herders near the border.")
    article = make_article(text, date=dt.date(2025, 5, 6))
    accusers = {e.source.code for e in coder.code(article) if e.cameo == "112"
                and e.evidence.sentence.startswith("The ministry")}
    assert accusers == {"KENGOV"}
