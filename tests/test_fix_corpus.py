"""Classes of events the synthetic-story corpus showed missing, each checked on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.model import Article

pytestmark = pytest.mark.model

DAY = dt.date(2024, 3, 4)


def _kinds(coder, text: str) -> set[tuple[str | None, str | None, str | None]]:
    events = coder.code(Article(id="t", text=text, date=DAY))
    return {(e.plover, e.source and e.source.code, e.target and e.target.code) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile's foreign minister on Friday condemned the storming of the embassy compound.",
     ("ACCUSE", "CHLGOV", None)),
    ("The Kenyan government strongly backed the proposed referendum on constitutional reform.",
     ("SUPPORT", "KENGOV", None)),
    ("The explosion at the arms depot was investigated by the Turkish army, officials said.",
     ("ACCUSE", "TURMIL", None)),
])
def test_fix_corpus_public_judgement_of_an_act_needs_no_target(coder, text, expected):
    assert expected in _kinds(coder, text)


@pytest.mark.parametrize("text", [
    "Residents of the capital welcomed the announcement with cautious relief.",
    "Peru expelled two diplomats last year, a decision Bolivia condemned at the time.",
])
def test_fix_corpus_private_or_background_judgement_stays_out(coder, text):
    assert not {k for k in _kinds(coder, text) if k[0] in ("ACCUSE", "SUPPORT")}


@pytest.mark.parametrize(("text", "expected"), [
    ("A federal grand jury in Chicago indicted the former state treasurer on nine counts of "
     "bribery.", ("ACCUSE", "USAJUD")),
    ("The former mayor of Arequipa was indicted on corruption charges on Wednesday.",
     ("ACCUSE", "PERJUD")),
    ("Prosecutors in Bucharest charged a former energy minister with abuse of office.",
     ("ACCUSE", "ROUJUD")),
])
def test_fix_corpus_charging_someone_is_an_accusation_not_an_arrest(coder, text, expected):
    kinds = _kinds(coder, text)
    assert expected in {k[:2] for k in kinds}
    assert "COERCE" not in {k[0] for k in kinds}


def test_fix_corpus_arrest_and_charge_are_two_events(coder):
    kinds = {k[0] for k in _kinds(coder, "Police in Lahore arrested two men on Sunday and "
                                          "charged them with smuggling weapons.")}
    assert {"COERCE", "ACCUSE"} <= kinds


def test_fix_corpus_a_work_stoppage_is_a_strike(coder):
    kinds = _kinds(coder, "Dockworkers in Chile began a work stoppage on Monday over unpaid "
                          "bonuses.")
    assert ("PROTEST", "CHL") in {(k[0], (k[1] or "")[:3]) for k in kinds}


@pytest.mark.parametrize(("text", "expected"), [
    ("Three Russian diplomats were expelled from Estonia on Monday.",
     ("SANCTION", "EST", "RUSGOV")),
    ("Latvia deported two Belarusian diplomats on Thursday.", ("SANCTION", "LVA", "BLRGOV")),
    ("Two Chinese journalists were expelled from India on Friday.",
     ("COERCE", "IND", "CHNMED")),
])
def test_fix_corpus_expelled_diplomats_and_who_expels_them(coder, text, expected):
    assert expected in _kinds(coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Dhaka raided the offices of the main opposition party on Sunday.", "COERCE"),
    ("Authorities in Minsk blocked access to several independent news websites.", "COERCE"),
    ("Protesters blocked the main highway into La Paz on Monday.", "PROTEST"),
    ("Israeli troops raided the Jenin refugee camp, killing three gunmen.", "ASSAULT"),
])
def test_fix_corpus_blocking_and_raids_by_the_state_are_coercion(coder, text, expected):
    kinds = {k[0] for k in _kinds(coder, text)}
    assert expected in kinds
    assert ("PROTEST" if expected == "COERCE" else "COERCE") not in kinds


def test_fix_corpus_a_party_dissolved_is_banned(coder):
    kinds = _kinds(coder, "Cambodia's supreme court dissolved the Cambodia National Rescue "
                          "Party on Thursday.")
    assert ("COERCE", "KHMJUD") in {k[:2] for k in kinds}
    dissolved = _kinds(coder, "The president dissolved parliament on Monday.")
    assert "COERCE" not in {k[0] for k in dissolved}


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarus was expelled from the Council of Europe in 2024.", ("SANCTION", "IGOEURCOE")),
    ("The African Union expelled Guinea from the bloc after the coup.",
     ("SANCTION", "IGOAFRAFU")),
])
def test_fix_corpus_expelled_by_an_international_body_is_a_sanction(coder, text, expected):
    kinds = _kinds(coder, text)
    assert expected in {k[:2] for k in kinds}
    assert "COERCE" not in {k[0] for k in kinds}
