"""Clause shapes of hostility short of force and of broken relations: a pledge of payback,
an ultimatum and the penalty it names, leaving a treaty or talks, an envoy recalled, an
expulsion (of diplomats, from a body), force not ruled out and options kept open, what a
demand asks done; all pure functions of one sentence."""

from __future__ import annotations

import re

from ..model import ParsedSentence, Token
from .actors_in_parse import subject_of
from .phrases import infinitive
from .verbs import subtree
from .lexicon import (AVENGING, DIPLOMATS, LEAVING_LEMMAS, ORDERING_LEMMAS, PACTS, PRESENCES,
                      RECALLING, RETALIATION_NOUNS, TALKS)


def vowed_payback(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'vowed [to avenge] the killing', 'pledged [to take] revenge': the verb of paying
    back a harm that a pledge commits to. A pledge of payback is a threat (CAMEO 13)."""
    for child in sentence.children(verb.i):
        if child.dep not in ("xcomp", "advcl") or not infinitive(sentence, child):
            continue
        if child.lemma.lower() in AVENGING or _answers_a_blow(sentence, child) or any(
                c.dep == "dobj" and c.lemma.lower() in RETALIATION_NOUNS
                for c in sentence.children(child.i)):
            return child
    return None


# Hostile deeds an answer is pledged to: 'vowed to respond [to any aggression]'.
ANSWERED_DEEDS = frozenset({"aggression", "attack", "attacks", "provocation", "provocations",
                            "incursion", "incursions", "strike", "strikes", "escalation"})


def _answers_a_blow(sentence: ParsedSentence, verb: Token) -> bool:
    """'to respond [to any aggression]', 'to respond [with force]': an answer to a blow, or
    by force, is payback; 'to respond to the crisis' is none."""
    if verb.lemma.lower() != "respond":
        return False
    return any(p.dep == "prep" and (
        p.lemma.lower() == "to" and o.lemma.lower() in ANSWERED_DEEDS
        or p.lemma.lower() == "with" and o.lemma.lower() == "force")
        for p in sentence.children(verb.i) for o in sentence.children(p.i) if o.dep == "pobj")


def demands_action(sentence: ParsedSentence, verb: Token) -> bool:
    """'insisted on talks', 'insisted that Washington [stop] ...' (a subjunctive or
    'must'): a demand; 'insisted that it had not attacked' is a claim."""
    for child in sentence.children(verb.i):
        if child.dep == "prep" and child.lemma.lower() == "on":
            return True
        if child.dep == "ccomp" and child.i > verb.i and _subjunctive(sentence, verb, child):
            return True
    return False


def _subjunctive(sentence: ParsedSentence, verb: Token, clause: Token) -> bool:
    """'insisted that Washington [stop]': a bare verb (or 'must') where a past verb would
    otherwise call for a past tense."""
    aux = [a.text.lower() for a in sentence.children(clause.i) if a.dep in ("aux", "auxpass")]
    if aux:
        return bool(set(aux) & {"must", "should"})
    return clause.tag == "VB" or clause.tag == "VBP" and verb.tag in ("VBD", "VBN")


TIME_UNITS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months",
                        "deadline", "ultimatum"})


def ultimatum(sentence: ParsedSentence, verb: Token) -> bool:
    """'gave the soldiers seven days [to restore] Bazoum': a deadline to act, a threat;
    the infinitive hangs on the days or, as the parser often has it, on the verb (as an
    adverbial or, 'gave the junta one month [to set] a timetable [or face] sanctions', a
    complement with a penalty beside it)."""
    if verb.lemma.lower() != "give":
        return False
    children = sentence.children(verb.i)
    days = [c for c in children if c.text.lower() in TIME_UNITS]
    return any(r.dep in ("relcl", "acl") and infinitive(sentence, r)
               for c in days for r in sentence.children(c.i)) or bool(days) and any(
        c.dep == "advcl" and infinitive(sentence, c) or c.dep == "xcomp" and infinitive(
            sentence, c) and _with_penalty(sentence, c) for c in children)


PENALTY_LEMMAS = frozenset({"face", "risk", "suffer", "incur"})


def _with_penalty(sentence: ParsedSentence, verb: Token) -> bool:
    """'to set a timetable [or face] tougher measures': the deadline's penalty."""
    return any(c.dep == "conj" and c.lemma.lower() in PENALTY_LEMMAS
               for c in sentence.children(verb.i))


def leaves_agreement(sentence: ParsedSentence, verb: Token) -> bool:
    """'withdrew from the treaty', 'pulled out of the grain deal', 'quit the accord':
    relations reduced."""
    if _left_directly(sentence, verb, PACTS):
        return True
    holders = [verb] + [c for c in sentence.children(verb.i)
                        if c.dep == "prt" or c.lemma.lower() == "out"]
    for holder in holders:
        for prep in sentence.children(holder.i):
            if prep.dep == "prep" and prep.lemma.lower() in ("from", "of"):
                if any(o.dep == "pobj" and o.lemma.lower() in PACTS
                       for o in sentence.children(prep.i)):
                    return True
    return False


def leaves_talks(sentence: ParsedSentence, verb: Token) -> bool:
    """'walked out of the talks', 'withdrew from the negotiations', 'quit the talks':
    talks halted (164), no meeting and no concession."""
    if _left_directly(sentence, verb, TALKS):
        return True
    holders = [verb] + [c for c in sentence.children(verb.i)
                        if c.dep == "prt" or c.lemma.lower() == "out"]
    return any(o.dep == "pobj" and o.text.lower() in TALKS
               for h in holders for p in sentence.children(h.i)
               if p.dep == "prep" and p.lemma.lower() in ("from", "of")
               for o in sentence.children(p.i))


# Verbs of leaving that take what is left as their object: 'quit the accord'.
DIRECT_EXITS = frozenset({"quit", "leave", "exit"})


def _left_directly(sentence: ParsedSentence, verb: Token, kinds: frozenset[str]) -> bool:
    """'quit the Algiers accord', 'left the talks': the object is what is left."""
    return verb.lemma.lower() in DIRECT_EXITS and any(
        o.dep == "dobj" and {o.text.lower(), o.lemma.lower()} & kinds
        for o in sentence.children(verb.i))


def recalls_envoy(sentence: ParsedSentence, verb: Token) -> bool:
    """'pulled its ambassador out of Beijing', 'called its envoy home for consultations':
    a diplomat recalled is relations reduced (161), no visit and no consultation; 'call'
    and 'bring' only with 'home' or 'back'."""
    lemma = verb.lemma.lower()
    if lemma not in RECALLING:
        return False
    recalled = any(c.dep == "dobj" and c.lemma.lower() in DIPLOMATS
                   for c in sentence.children(verb.i))
    homeward = any(c.lemma.lower() in ("home", "back") for c in sentence.children(verb.i))
    return recalled and (lemma in ("withdraw", "pull", "recall") or homeward)


def expulsion(sentence: ParsedSentence, verb: Token, inner: Token) -> str | None:
    """'ordered the French ambassador to leave the country': an expulsion, of a diplomat
    (161), of an international mission or its people (166x) or of anyone else (174)."""
    if verb.lemma.lower() not in ORDERING_LEMMAS or inner.lemma.lower() not in LEAVING_LEMMAS:
        return None
    told = {w.lower() for c in sentence.children(verb.i) if c.dep in ("dobj", "nsubj")
            and c.i > verb.i for w in (c.text, c.lemma)}
    presence = next((PRESENCES[w] for w in sorted(told) if w in PRESENCES), None)
    return "161" if told & DIPLOMATS else presence or "174"


# Bodies a member is expelled from: 'expelled from the party' (PLOVER SANCTION 'expel').
MEMBERSHIPS = frozenset({"party", "bloc", "alliance", "organisation", "organization", "union",
                         "federation", "league", "coalition", "movement", "caucus",
                         "faction", "grouping", "commonwealth"})


def expelled_from_body(sentence: ParsedSentence, verb: Token) -> bool:
    """'the ANC expelled Zuma [from the party]', '[the ruling party] expelled two lawmakers':
    a member put out of a party or an organisation, not a person deported from a country."""
    if verb.lemma.lower() not in ("expel", "eject", "oust"):
        return False
    subject = subject_of(sentence, verb)
    return subject is not None and subject.lemma.lower() in MEMBERSHIPS or any(
        o.dep == "pobj" and o.lemma.lower() in MEMBERSHIPS
        for p in sentence.children(verb.i) if p.dep == "prep" and p.lemma.lower() == "from"
        for o in sentence.children(p.i))


# Words that name the use of force as what may come: 'military action', 'a strike'.
FORCE_OPTIONS = frozenset({"force", "military", "intervention", "invasion", "attack",
                           "attacks", "strike", "strikes", "retaliation", "war", "offensive",
                           "raid", "raids", "incursion"})


def force_not_ruled_out(sentence: ParsedSentence, verb: Token) -> bool:
    """'would not rule out military intervention', 'refused to rule out a strike': force
    kept as an option is a veiled threat (CAMEO 138), not a refusal of anything."""
    if verb.lemma.lower() != "rule" or not any(
            c.dep == "prt" and c.lemma.lower() == "out" for c in sentence.children(verb.i)):
        return False
    return any(t.lemma.lower() in FORCE_OPTIONS for c in sentence.children(verb.i)
               if c.dep == "dobj" for t in subtree(sentence, c))


def diplomats_expelled(sentence: ParsedSentence, verb: Token) -> bool:
    """'Dozens of Russian diplomats were expelled': whoever is expelled, object or passive
    subject, is a diplomat, so relations are reduced (161, PLOVER SANCTION 'expel'), not
    individuals deported (174)."""
    patients = [c for c in sentence.children(verb.i) if c.dep in ("dobj", "nsubjpass")]
    counted = [o for c in patients for p in sentence.children(c.i)  # '[dozens] of diplomats'
               if p.dep == "prep" and p.lemma.lower() == "of"
               for o in sentence.children(p.i) if o.dep == "pobj"]
    return any({t.text.lower(), t.lemma.lower()} & DIPLOMATS for t in patients + counted)


# 'said that lifting the sanctions was [out of the question]': a course of action refused.
REFUSED_OPTIONS = ("out of the question", "off the table", "not on the table", "not an option")


def rules_out(sentence: ParsedSentence, verb: Token) -> bool:
    """'US officials said removing the sanctions is out of the question', 'Ankara said
    talks with the PKK were off the table': the speaker refuses what the clause names."""
    return any(c.dep == "ccomp" and any(option in " ".join(
        t.text.lower() for t in subtree(sentence, c)) for option in REFUSED_OPTIONS)
        for c in sentence.children(verb.i))


# 'said all options were on the table': force not excluded, a veiled threat (CAMEO 138).
OPEN_OPTIONS = re.compile(r"\b(?:all|every) (?:\w+ )?options? (?:\w+ ){1,2}on the table\b"
                          r"|\bnothing (?:\w+ ){1,2}off the table\b")


def keeps_options_open(sentence: ParsedSentence, verb: Token) -> bool:
    """'Egypt said all options were on the table', 'warned that nothing was off the table':
    the speaker does not exclude force, a threat; 'off the table' alone is a refusal."""
    return any(c.dep == "ccomp" and OPEN_OPTIONS.search(" ".join(
        t.text.lower() for t in subtree(sentence, c))) for c in sentence.children(verb.i))


# What a side is told it will suffer: 'said Warsaw would face [consequences]'.
PENALTIES = frozenset({"consequences", "consequence", "retaliation", "reprisals",
                       "retribution", "punishment"})


STEEP = frozenset({"heavy", "high", "steep", "dear", "terrible"})  # 'a heavy [price]'


def told_penalty(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'the ministry said Warsaw would face consequences', 'said Manila would pay a heavy
    price': the speaker threatens the one who is to suffer it (CAMEO 130); the verb of
    suffering, or None."""
    return next((c for c in sentence.children(verb.i)
                 if c.dep == "ccomp" and c.lemma.lower() in ("face", "pay")
                 and any(a.text.lower() in ("will", "would", "'ll")
                         for a in sentence.children(c.i))
                 and any(o.dep == "dobj" and _penalty(sentence, o)
                         for o in sentence.children(c.i))), None)


def _penalty(sentence: ParsedSentence, noun: Token) -> bool:
    return noun.lemma.lower() in PENALTIES or noun.lemma.lower() == "price" and any(
        a.dep == "amod" and a.lemma.lower() in STEEP for a in sentence.children(noun.i))
