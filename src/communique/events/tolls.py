"""Harm told without a deed to code: deaths from natural forces and accidents, tolls of
fighting or of a war, running totals and tallies, acts counted as war; all pure functions
of one sentence, used to keep such sentences from becoming events."""

from __future__ import annotations

from ..model import ParsedSentence, Token
from .verbs import subtree
from .lexicon import (ACCIDENT_LEMMAS, FIGHTING_NATURE, MISHAPS, NATURAL_CAUSES, SOCIAL_ILLS,
                      STRUCTURES, VIOLENT_CAUSES, WEAPON_GASES)


def violent_agent(sentence: ParsedSentence, verb: Token) -> bool:
    """With no actor named, violence counts only if people or weapons did it: 'civilians
    were killed', 'a car bomb killed three', not 'the earthquake killed 1,000 people'."""
    subject = next((c for c in sentence.children(verb.i) if c.dep in ("nsubj", "csubj")), None)
    if subject is None:
        return True
    return not {t.lemma.lower() for t in subtree(sentence, subject)} & NATURAL_CAUSES


def caused_by_nature(sentence: ParsedSentence, verb: Token) -> bool:
    """Harm no actor did: 'the quake killed 600 people', 'a landslide buried the village',
    'the bus plunged into a gorge, [killing] 30', 'the block collapsed, [killing] nine'.
    The verb's subject, or the subject of the verb its participle hangs from, is a natural
    force or an accident (and no weapon: 'a wave of bombings killed 30'), or that verb is
    itself an accident; a verb with an object of its own is a deed ('sank a warship')."""
    clauses = [verb] + [c for c in sentence.children(verb.i) if c.dep == "advcl"]
    if verb.dep in ("advcl", "conj", "xcomp") and verb.head != verb.i:
        clauses.append(sentence.tokens[verb.head])  # 'crashed ..., [killing] 61'
    return any(_natural_clause(sentence, clause, clause is verb) for clause in clauses)


def nature_warned(sentence: ParsedSentence, verb: Token) -> bool:
    """'warned that the outbreak could spread', 'warned of floods': a warning about nature,
    not a threat by anyone."""
    clauses = [c for c in sentence.children(verb.i) if c.dep == "ccomp"]
    objects = {t.lemma.lower() for p in sentence.children(verb.i)
               if p.dep == "prep" and p.lemma.lower() in ("of", "about")
               for o in sentence.children(p.i) if o.dep == "pobj" for t in subtree(sentence, o)}
    return any(_natural_clause(sentence, c, True) for c in clauses) or bool(
        objects & NATURAL_CAUSES and not objects & VIOLENT_CAUSES)


def in_accident(sentence: ParsedSentence, verb: Token) -> bool:
    """'the plane crashed as it [came] in to land': a clause of an accident tells how it
    happened, not what anyone did to anyone."""
    head = sentence.tokens[verb.head]
    return verb.dep in ("advcl", "conj") and head is not verb \
        and head.lemma.lower() in ACCIDENT_LEMMAS and not _has_object(sentence, head)


def _has_object(sentence: ParsedSentence, verb: Token) -> bool:
    return any(c.dep in ("dobj", "obj") and c.pos in ("NOUN", "PROPN", "PRON")
               for c in sentence.children(verb.i))  # not 'collided head-[on]'


def _natural_clause(sentence: ParsedSentence, clause: Token, coded: bool) -> bool:
    """'the quake struck', 'the bus overturned', 'the canopy fell' ('killed [when] ...'),
    'attacked by a crocodile' (the doer in the by-phrase)."""
    doers = [c for c in sentence.children(clause.i) if c.dep in ("nsubj", "agent")]
    subjects = doers or [c for c in sentence.children(clause.i) if c.dep == "nsubjpass"]
    words = {t.lemma.lower() for c in subjects for t in subtree(sentence, c)}
    if words & NATURAL_CAUSES and not words & VIOLENT_CAUSES or _mishap(words):
        return True
    if coded or _has_object(sentence, clause):
        return False  # 'sank a warship' is a deed
    lemma = clause.lemma.lower()
    return lemma in ACCIDENT_LEMMAS or lemma == "fall" and bool(words & STRUCTURES)


def _mishap(words: set[str]) -> bool:
    """'a gas explosion', 'a boiler blast': an explosion with no bomb, no attack and no
    weapon gas ('a sarin gas attack', 'tear gas')."""
    return bool(words & MISHAPS) and not words & (VIOLENT_CAUSES - {"explosion", "blast"}) \
        and not words & WEAPON_GASES


def fights_nature(sentence: ParsedSentence, verb: Token) -> bool:
    """'firefighters battled the blaze', 'to contain the outbreak', 'to combat piracy',
    'the fight against corruption': no one is fought."""
    if verb.lemma.lower() not in FIGHTING_NATURE:
        return False
    fought = [c for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")]
    fought += [o for p in sentence.children(verb.i) if p.dep == "prep"
               and p.lemma.lower() == "against" for o in sentence.children(p.i)
               if o.dep == "pobj"]
    return any(t.lemma.lower() in NATURAL_CAUSES for c in fought
               for t in subtree(sentence, c)) \
        or any(c.lemma.lower() in SOCIAL_ILLS for c in fought)


# Nouns of combat: 'retook the town [after days of fighting]', '[in a one-day offensive]'.
COMBAT_NOUNS = frozenset({"fighting", "offensive", "battle", "clash", "assault", "combat",
                          "bombardment", "shelling", "counteroffensive", "counter-offensive"})


def by_combat(sentence: ParsedSentence, verb: Token) -> bool:
    """Territory taken in combat: a combat noun in a phrase of the verb ('captured the
    stronghold after five days of fighting'), not in a clause of its own."""
    nouns = [o for p in sentence.children(verb.i) if p.dep == "prep"
             for o in sentence.children(p.i) if o.dep == "pobj"]
    nouns += [o for n in nouns for p in sentence.children(n.i) if p.lemma.lower() == "of"
              for o in sentence.children(p.i) if o.dep == "pobj"]  # 'days of [fighting]'
    return any(n.lemma.lower() in COMBAT_NOUNS or n.text.lower() in COMBAT_NOUNS
               for n in nouns)


def running_total(sentence: ParsedSentence, verb: Token) -> bool:
    """A toll over years ('has killed 40,000 people and displaced millions since 2012'): a
    total, not an event, whoever is named; shared by the verb's conjuncts."""
    if not _perfect(sentence, verb):
        return False
    verbs = [verb] + [c for c in sentence.children(verb.i) if c.dep == "conj"]
    if verb.dep == "conj":
        verbs.append(sentence.tokens[verb.head])
    verbs = [v for v in verbs if v is verb or _perfect(sentence, v) or v.i > verb.i
             and not any(c.dep.startswith("nsubj") for c in sentence.children(v.i))]
    for prep in (c for v in verbs for c in sentence.children(v.i) if c.dep == "prep"):
        words = [t for t in subtree(sentence, prep) if t.i != prep.i]
        if prep.lemma.lower() in ("since", "over", "in") and any(
                t.lemma.lower() in ("year", "decade") or t.text.isdigit() and len(t.text) == 4
                for t in words):
            return True
    return False


def _perfect(sentence: ParsedSentence, verb: Token) -> bool:
    """'has killed', and 'has killed ... and [forced]': a conjunct with no auxiliary or
    subject of its own shares its head's tense."""
    children = sentence.children(verb.i)
    if any(c.dep == "aux" and c.lemma.lower() == "have" for c in children):
        return True
    bare = not any(c.dep in ("aux", "auxpass") or c.dep.startswith("nsubj") for c in children)
    return verb.dep == "conj" and verb.head != verb.i and bare \
        and _perfect(sentence, sentence.tokens[verb.head])


# Nouns of drawn-out fighting whose toll is a total, unlike a dated attack or bombing.
PROTRACTED = frozenset({"fighting", "clash", "clashes", "conflict", "war", "violence",
                        "hostilities", "unrest", "insurgency", "skirmish", "combat"})


TOLL_LEMMAS = frozenset({"kill", "leave", "claim", "wound", "injure"})


SIDE_MARKERS = frozenset({"after", "following", "since", "amid", "during", "before"})


def combat_toll(sentence: ParsedSentence, verb: Token) -> bool:
    """'agreed to a ceasefire [after fighting killed dozens]', 'held on Sunday after days of
    fighting [that killed 30]': the toll of fighting, told in a side clause of another
    event, is background to it, not an event of its own."""
    if verb.lemma.lower() not in TOLL_LEMMAS:
        return False
    if verb.dep == "relcl":
        noun = sentence.tokens[verb.head]
        return noun.lemma.lower() in PROTRACTED and _under_side_marker(sentence, noun)
    return verb.dep == "advcl" and verb.tag != "VBG" and any(  # not '..., [killing] 30'
        t.lemma.lower() in PROTRACTED or t.text.lower() in PROTRACTED
        for t in _clause_before(sentence, verb))


# Nouns of a whole war, whose toll is always a total: 'the civil war has killed 300,000'.
WARS = frozenset({"war", "conflict", "insurgency", "rebellion", "uprising", "hostilities",
                  "unrest", "violence", "crisis"})


def war_toll(sentence: ParsedSentence, verb: Token) -> bool:
    """'A brief conflict in April 2021 killed more than 50 people', 'the civil war has
    killed 300,000': the toll of a war, a total over its course, not one attack."""
    return verb.lemma.lower() in TOLL_LEMMAS and any(
        c.dep == "nsubj" and c.lemma.lower() in WARS for c in sentence.children(verb.i))


def _clause_before(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """The words of a side clause before its verb, back to its 'after' or 'since'; the
    parser often hangs its subject on that word ('after [three days of fighting] killed')."""
    out = []
    for token in reversed(sentence.tokens[max(verb.i - 15, 0):verb.i]):
        if token.lemma.lower() in SIDE_MARKERS | {"as"} and token.dep in ("prep", "mark"):
            return out
        out.append(token)
    return []


def _under_side_marker(sentence: ParsedSentence, noun: Token) -> bool:
    return any(t.dep == "prep" and t.lemma.lower() in SIDE_MARKERS
               for t in sentence.heads_of(noun.i, 4))


# What falls, sinks or crashes by accident: 'were killed when the roof [collapsed]'.
ACCIDENT_VERBS = frozenset({"collapse", "fall", "overturn", "capsize", "derail", "sink",
                            "plunge", "cave", "topple"})


ACCIDENT_NOUNS = frozenset({"accident", "collision", "collapse", "stampede", "derailment",
                            "crash"})


def accidental_death(sentence: ParsedSentence, verb: Token) -> bool:
    """'fifteen people were killed when the canopy [fell]', 'killed in a [stampede]': deaths
    by accident, with nobody named who killed, are no attack."""
    children = sentence.children(verb.i)
    if verb.lemma.lower() not in ("kill", "injure", "wound") \
            or any(c.dep == "agent" for c in children):
        return False
    causes = [o for p in children if p.dep == "prep" and p.lemma.lower() in ("in", "by")
              for o in sentence.children(p.i) if o.dep == "pobj"]
    return any(c.dep == "advcl" and c.lemma.lower() in ACCIDENT_VERBS for c in children) \
        or any(c.lemma.lower() in ACCIDENT_NOUNS | NATURAL_CAUSES for c in causes)


# Adverbs of a trend: 'have [steadily] expanded ties since ...'.
TREND_ADVERBS = frozenset({"steadily", "gradually", "increasingly", "consistently",
                           "progressively", "continually", "repeatedly"})


COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens"})
# Amounts of land gained over time: 'has seized [swathes] of North Kivu since 2021'.
AMOUNT_NOUNS = frozenset({"swathes", "swaths", "tracts", "stretches", "parts"})


def tally_since(sentence: ParsedSentence, verb: Token) -> bool:
    """'more than 220 people have been detained since the protests began', 'have steadily
    expanded ties since 2014', 'has been hit by thousands of missiles since the invasion
    began', 'has seized swathes of the province since 2021': a count, an amount or a trend
    over time up to now, not one event; a deed with a start ('have blocked the roads since
    December 10') stays."""
    children = sentence.children(verb.i)
    if not _perfect(sentence, verb) or not _since(sentence, verb):
        return False
    trend = any(c.dep == "advmod" and c.lemma.lower() in TREND_ADVERBS for c in children)
    counted = [c for c in children if c.dep in ("nsubjpass", "dobj")]
    counted += [o for c in children if c.dep == "agent"  # 'has been hit [by thousands of
                for o in sentence.children(c.i) if o.dep == "pobj"]  # missiles] since'
    return trend or any(_counted(sentence, c) for c in counted)


def _since(sentence: ParsedSentence, verb: Token) -> bool:
    """'since 2014', 'since the protests began', and the adverb: 'has [since] killed'."""
    return any(c.dep in ("prep", "advmod") and c.lemma.lower() == "since"
               or c.dep == "advcl" and any(m.dep == "mark" and m.lemma.lower() == "since"
                                           for m in sentence.children(c.i))
               for c in sentence.children(verb.i))


def _counted(sentence: ParsedSentence, noun: Token) -> bool:
    """'more than 220 people', 'dozens of activists': a number of people, a tally."""
    if noun.text.lower() in COUNT_WORDS | AMOUNT_NOUNS:
        return True
    return any(c.dep == "nummod" and any(q.dep == "quantmod" for q in sentence.children(c.i))
               or c.dep == "nummod" and c.text.replace(",", "").isdigit()
               and int(c.text.replace(",", "")) >= 10
               for c in sentence.children(noun.i))


# 'would consider any intervention [a declaration of war]': what counts as cause for war.
REGARDING = frozenset({"consider", "regard", "treat", "view", "deem", "see"})


WAR_CAUSES = ("declaration of war", "act of war", "act of aggression", "casus belli",
              "legitimate target", "legitimate military target")  # 'will consider them
# legitimate targets': whoever is so regarded is threatened with attack


def counted_as_war(sentence: ParsedSentence, verb: Token) -> bool:
    """'said they would consider any military intervention a declaration of war', 'will
    treat any incursion as an act of aggression': a warning that force will answer it."""
    if verb.lemma.lower() not in REGARDING:
        return False
    words = " ".join(t.text.lower() for t in subtree(sentence, verb) if t.i > verb.i)
    return any(cause in words for cause in WAR_CAUSES)
