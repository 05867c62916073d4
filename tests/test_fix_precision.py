"""Events a careful coder would not record: what is told in a relative clause, the aim of
an act, one-sided events in subordinate clauses, headlines the body does not restate."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from communique.config import Settings
from communique.events.candidates import renamed
from communique.events.confidence import clause_penalty, clause_role
from communique.model import Actor, EventCandidate
from communique.pipeline import Coder

from helpers import parse

pytestmark = pytest.mark.model

DAY = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def keep_all():
    """A coder that keeps every candidate, to see the confidence of what is dropped."""
    return Coder(Settings(min_confidence=0.0))


def _word(sentence, text: str):
    return next(t for t in sentence.tokens if t.text == text)


def _coded(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source and e.source.country, e.target and e.target.country)
            for e in events}


@pytest.mark.parametrize(("text", "word", "role"), [
    ("Latvia expelled a Russian diplomat, a move Moscow condemned at the time.",
     "condemned", "relative"),
    ("Warsaw criticised a ruling that ordered Poland to pay fines.", "ordered", "relative"),
    ("Niger closed its airspace as a deadline set by West African leaders expired.",
     "set", "relative"),
    ("The expulsion followed remarks by Olaf Scholz, who accused Russia of blackmail.",
     "accused", "personal"),
    ("The army closed the road on Sunday, leaving thousands without supplies.",
     "leaving", "subordinate"),
    ("Kenya rejected the plan and demanded new talks.", "demanded", "main"),
    ("Officials said the troops had withdrawn from the town.", "withdrawn", "main"),
    ("The United States speeded up the withdrawal of its forces.", "withdrawal", "main"),
])
def test_fix_precision_clause_role(text, word, role):
    sentence = parse(text)
    assert clause_role(sentence, _word(sentence, word)) == role


def test_fix_precision_clause_penalty_needs_a_missing_side_outside_relative_clauses():
    sentence = parse("The army closed the road on Sunday, leaving thousands without supplies.")
    leaving = _word(sentence, "leaving")
    assert clause_penalty(sentence, leaving, one_sided=False) == 0.0
    assert clause_penalty(sentence, leaving, one_sided=True) > 0.0
    relative = parse("Latvia expelled a Russian diplomat, a move Moscow condemned at the time.")
    assert clause_penalty(relative, _word(relative, "condemned"), one_sided=False) >= 0.3


def test_fix_precision_event_in_a_relative_clause_about_a_thing_is_not_recorded(
        coder, keep_all, make_article):
    article = make_article("In 2022, Latvia expelled a Russian diplomat, a move Moscow "
                           "condemned at the time.", date=DAY)
    assert ("16", "LVA", "RUS") in _coded(coder.code(article))
    assert ("11", "RUS", "LVA") not in _coded(coder.code(article))
    kept = [e for e in keep_all.code(article) if e.cameo.startswith("11")]
    assert kept and all(e.confidence < 0.5 for e in kept)


def test_fix_precision_a_who_clause_naming_both_sides_is_recorded(coder, make_article):
    article = make_article("The expulsion followed remarks by German Chancellor Olaf Scholz, "
                           "who on Monday accused Russia of blackmail.", date=DAY)
    assert ("11", "DEU", "RUS") in _coded(coder.code(article))


def test_fix_precision_the_aim_of_an_act_is_no_second_event(coder, make_article):
    article = make_article("Riot police fired water cannon to disperse students outside "
                           "parliament in Dhaka on Sunday.", date=DAY)
    events = coder.code(article)
    assert [e.cameo[:2] for e in events] == ["17"], [e.cameo for e in events]
    assert events[0].target is not None and events[0].target.sector == "EDU"
    assert events[0].modality == "asserted"


def test_fix_precision_what_a_vote_chooses_is_coded(coder, make_article):
    article = make_article("Estonia's parliament voted on Wednesday to expel two Russian "
                           "diplomats.", date=DAY)
    assert ("16", "EST", "RUS") in _coded(coder.code(article))


def test_fix_precision_violence_by_nobody_in_a_subordinate_clause_is_background(
        coder, make_article):
    article = make_article("Moldova summoned Russia's ambassador on Friday after a drone "
                           "crashed on its territory during an attack on Ukraine.", date=DAY)
    coded = _coded(coder.code(article))
    assert ("04", "MDA", "RUS") in coded
    assert not any(root in ("18", "19", "20") for root, _, _ in coded), coded


def test_fix_precision_a_headline_the_body_does_not_restate_is_less_sure(
        coder, make_article):
    article = make_article("Chile recalls envoy over Caracas row\n\n"
                           "Chile recalled its ambassador from Venezuela on Thursday, the "
                           "foreign ministry said.", date=DAY)
    events = coder.code(article)
    assert _coded(events) == {("16", "CHL", "VEN")}, _coded(events)
    assert all("Caracas row" not in e.evidence.sentence for e in events)


def test_fix_precision_a_headline_alone_keeps_its_event(coder, make_article):
    article = make_article("Ghana and Togo agree to open border crossings", date=DAY)
    assert ("03", "GHA", "TGO") in _coded(coder.code(article))



def test_fix_precision_an_event_noun_naming_the_act_again_is_no_second_event():
    sentence = parse("Students blocked three bridges on Saturday in the largest protest "
                     "in years.")
    students = Actor(text="Students", code="SRBEDU", country="SRB", sector="EDU")
    police = Actor(text="Kosovo police", code="KSVCOP", country="KSV", sector="COP")
    verb = EventCandidate(sentence_index=0, anchor=_word(sentence, "blocked").i,
                          cameo="144", source=students, target=None)
    noun = replace(verb, anchor=_word(sentence, "protest").i, cameo="141")
    other = replace(noun, source=police, cameo="141")  # another country's stays
    assert renamed(sentence, [verb, noun, other]) == [verb, other]
