"""Sentences that coded no event at all: a headline's present-tense verb after a crowd
count ('Thousands rally ...'), irregular pasts of prefixed verbs ('retook'), a verb
the parser folds into a long name ('army retook Nagorno-Karabakh'), and vocabulary
(conditions or a proposal accepted, roadblocks cleared, a base fled) and hyphened
event nouns split by the tokenizer ('a sit-in'). Sentences written for these
tests. A headline's infinitive ('X, Y to sign deal') is a plan, and its comma between two names ('Ghana, Togo sign pact') an 'and'."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.model import Article
from helpers import plover_events
from communique.nlp import Parser, parse_texts

pytestmark = pytest.mark.model

DAY = dt.date(2024, 3, 4)


def _events(coder, text: str) -> set[tuple[str | None, str | None, str | None]]:
    return plover_events(coder, text, DAY)


@pytest.fixture(scope="module")
def parser():
    return Parser()


def _tokens(parser, text: str):
    (sentence,) = parse_texts(parser, [text])[0]
    return {t.text: t for t in sentence.tokens}


@pytest.mark.parametrize(("text", "verb", "count"), [
    ("Thousands rally in Yerevan against border deal", "rally", "Thousands"),
    ("Thousands march in Skopje over name change", "march", "Thousands"),
])
def test_crowd_count_before_a_headline_verb_is_its_subject(parser, text, verb, count):
    tokens = _tokens(parser, text)
    assert tokens[verb].pos == "VERB" and tokens[verb].dep == "ROOT"
    assert tokens[count].dep == "nsubj" and tokens[count].head == tokens[verb].i


def test_counted_plural_noun_stays_a_noun(parser):
    tokens = _tokens(parser, "Thousands of refugees in camps near Goma")
    assert tokens["refugees"].pos == "NOUN"


@pytest.mark.parametrize(("word", "lemma"), [("retook", "retake"), ("overrode", "override")])
def test_irregular_past_of_a_prefixed_verb_gets_its_lemma(parser, word, lemma):
    tokens = _tokens(parser, f"Militants {word} the checkpoint outside the town.")
    assert tokens[word].lemma == lemma


def test_past_form_inside_a_long_name_is_the_verb(parser):
    tokens = _tokens(parser, "Sudan's army retook Wad Madani from the paramilitary RSF in January.")
    assert tokens["retook"].dep == "ROOT" and tokens["retook"].pos == "VERB"
    assert tokens["army"].dep == "nsubj"


def test_verbless_noun_phrase_keeps_its_modifier(parser):
    tokens = _tokens(parser, "The armed forces of Nigeria.")
    assert tokens["armed"].dep == "amod"


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands rally in Yerevan against border deal", ("PROTEST", "ARM", "ARM")),
    ("Hundreds march in Lima against the new mining law", ("PROTEST", "PER", "PER")),
    ("Ukrainian troops retook the village of Robotyne in August.", ("COERCE", "UKR", None)),
    ("Serbia accepted Croatia's proposal for a joint border commission on Friday.",
     ("AGREE", "SRB", "HRV")),
    ("Armenia accepted Azerbaijan's conditions for the peace treaty.", ("AGREE", "ARM", "AZE")),
    ("Riot police cleared barricades set up by protesters outside parliament in Tbilisi.",
     ("COERCE", "GEO", "GEO")),
    ("Students staged a sit-in outside the education ministry in Dhaka on Monday.",
     ("PROTEST", "BGD", "BGD")),
    ("Australia imposed asset freezes on three Myanmar generals on Friday.",
     ("SANCTION", "AUS", "MMR")),
    ("China imposed export curbs on Lithuania after the Taiwan office row.",
     ("SANCTION", "CHN", "LTU")),
    ("The Lebanese government called Friday on Israel to withdraw from five border posts.",
     ("REQUEST", "LBN", "ISR")),
    ("Five activists arrested over protest in Kampala", ("COERCE", "UGA", "UGA")),
    ("Two aid workers kidnapped in northern Burkina Faso", ("ASSAULT", "BFA", None)),
    ("Jordan renewed its call on Wednesday for Syria to stop drug smuggling across the border.",
     ("REQUEST", "JOR", "SYR")),
    ("Armenia remained open to dialogue with Azerbaijan, the foreign ministry said.",
     ("AGREE", "ARM", "AZE")),
    ("Guyana and Suriname resumed dialogue on their maritime border on Monday.",
     ("CONSULT", "GUY", "SUR")),
    ("Malian soldiers fled their base near Kidal after the rebel assault.",
     ("RETREAT", "MLI", None)),
])
def test_silent_sentence_now_codes_its_event(coder, text, expected):
    kind, source, target = expected
    found = _events(coder, text)
    assert any(k == kind and s == source and (target is None or t == target)
               for k, s, t in found), found


def test_civilians_fleeing_a_town_is_no_military_retreat(coder):
    found = _events(coder, "Residents fled the town of Bakhmut after days of shelling.")
    assert not any(kind == "RETREAT" for kind, _, _ in found), found


def test_present_verb_after_an_object_noun_is_its_plural_head(parser):
    tokens = _tokens(parser, "Australia imposed asset freezes on three Myanmar generals.")
    assert tokens["freezes"].pos == "NOUN" and tokens["freezes"].dep == "dobj"
    assert tokens["asset"].dep == "compound"


def test_past_verb_dated_by_a_weekday_is_the_clause_verb(parser):
    tokens = _tokens(parser, "The Lebanese government called Friday on Israel to withdraw.")
    assert tokens["called"].dep == "ROOT" and tokens["government"].dep == "nsubj"
    assert tokens["Friday"].dep == "npadvmod"


@pytest.mark.parametrize(("text", "patient"), [
    ("Five activists arrested over protest in Kampala", "activists"),  # noun, participle
    ("Two journalists detained in Minsk", "journalists"),  # a participle root, a subject
])
def test_headline_passive_without_were_makes_its_noun_the_patient(parser, text, patient):
    tokens = _tokens(parser, text)
    assert tokens[patient].dep == "nsubjpass"


def test_participle_with_an_auxiliary_stays_active(parser):
    tokens = _tokens(parser, "Police have detained five activists in Kampala.")
    assert tokens["Police"].dep == "nsubj"


def test_headline_passive_names_the_police_not_the_detainees(coder):
    found = _events(coder, "Five activists arrested over protest in Kampala")
    assert ("COERCE", "UGA", "UGA") in found
    assert not any(kind == "COERCE" and s == "UGA" and t is None for kind, s, t in found)


def _modalities(coder, text: str) -> set[tuple[str | None, str]]:
    return {(e.plover, e.modality) for e in coder.code(Article(id="t", text=text, date=DAY))}


def test_headline_infinitive_is_a_plan(coder):
    found = _modalities(coder, "Uzbekistan, Kyrgyzstan to sign water-sharing deal")
    assert ("AGREE", "planned") in found, found


def test_headline_in_the_present_stays_asserted(coder):
    found = _modalities(coder, "Uzbekistan, Kyrgyzstan sign water-sharing deal")
    assert all(modality == "asserted" for _, modality in found) and found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana, Togo sign maritime boundary pact", {("SUPPORT", "GHA", "TGO"),
                                                 ("SUPPORT", "TGO", "GHA")}),
    ("Erdogan, Aliyev hold talks on energy corridor", {("CONSULT", "TUR", "AZE"),
                                                       ("CONSULT", "AZE", "TUR")}),
])
def test_headline_comma_between_two_names_is_and(coder, text, expected):
    found = _events(coder, text)
    assert expected <= found, found


def test_in_a_sentence_a_comma_pair_is_left_as_parsed(parser):
    tokens = _tokens(parser, "In Kyiv, Zelensky meets Scholz")
    assert tokens["Zelensky"].dep == "nsubj" and tokens["Kyiv"].dep != "nsubj"


def test_a_dated_call_to_someone_stays_a_phone_call(coder):
    found = _events(coder, "Macron made a call on Monday to Putin.")
    assert ("CONSULT", "FRA", "RUS") in found, found
