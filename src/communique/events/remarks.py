"""Name-calling as an event: 'called X a dictator', 'said X was a killer' → CAMEO 111.

Two constructions: a verb of naming with an object and a predicate noun ("branded the
junta a gang of criminals", "described the strike as a war crime"), and a speech or
belief verb whose clause says that someone *is* something disparaging ("Biden said he
believed Putin was a killer") or is to blame ("said Russia was behind the attack").
"""

from __future__ import annotations

from ..model import ParsedSentence, Token

DENOUNCE = "111"
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "describe", "denounce", "term",
                          "characterise", "characterize", "portray"})
SAYING_VERBS = frozenset({"say", "believe", "think", "tell", "insist", "claim", "declare",
                          "add", "write", "state"})
DISPARAGING = frozenset({
    "killer", "murderer", "criminal", "terrorist", "liar", "dictator", "tyrant", "thug",
    "butcher", "aggressor", "fascist", "nazi", "puppet", "traitor", "war criminal", "gangster",
    "bandit", "despot", "warmonger", "provocation", "crime", "outrage", "disgrace", "farce",
    "lie", "lies", "threat", "menace", "failure", "illegitimate", "criminals", "terrorists",
    "gang", "regime", "junta", "invader", "invaders", "occupier", "occupiers", "mafia",
    "genocide", "atrocity", "massacre", "aggression", "blackmail", "piracy", "hypocrisy",
    "violation", "breach", "insult", "interference", "meddling", "sabotage", "theft",
    "robbery", "terrorism", "unacceptable", "hostile", "illegal", "unlawful", "aggressive",
    "unjustified", "unjustifiable", "irresponsible", "provocative", "reckless", "absurd",
    "outrageous", "shameful", "baseless", "deplorable", "barbaric", "racist", "cynical",
    "inhumane", "cowardly", "heinous", "criminal", "illegitimate", "undemocratic",
    "incomprehensible", "unfriendly", "destabilising", "destabilizing", "scandalous",
    "miscarriage", "sham", "travesty", "mockery", "witch-hunt", "vendetta",
})


def name_calling(sentence: ParsedSentence) -> list[tuple[Token, Token]]:
    """(verb, target head) for each act of name-calling in the sentence."""
    found: dict[int, tuple[Token, Token]] = {}
    for verb in sentence.tokens:
        lemma = verb.lemma.lower()
        if verb.pos == "VERB" and lemma in NAMING_VERBS:
            pairs = _named(sentence, verb)
        elif verb.pos == "VERB" and lemma in SAYING_VERBS:
            pairs = _said_to_be(sentence, verb)
        else:
            continue
        for pair in pairs:  # 'Biden said he believed Putin was ...': once, by the outer speaker
            found.setdefault(pair[1].i, pair)
    return list(found.values())


def _predicate_words(sentence: ParsedSentence, head: Token) -> set[str]:
    words = {head.lemma.lower(), head.text.lower()}
    words |= {c.lemma.lower() for c in sentence.children(head.i)
              if c.dep in ("amod", "compound", "conj", "dobj")}
    return words


def _named(sentence: ParsedSentence, verb: Token) -> list[tuple[Token, Token]]:
    """'called [X] a killer', 'called [X] "hostile and unacceptable"', 'described [X] as a
    crime': the first of the verb's nominals is named by a later, disparaging one."""
    nominals = sorted((c for c in sentence.children(verb.i)
                       if c.dep in ("dobj", "oprd", "attr", "ccomp", "xcomp")), key=lambda t: t.i)
    if not nominals or nominals[0].dep not in ("dobj", "oprd"):
        return []
    named = nominals[0]
    predicates = nominals[1:] + [o for holder in (verb, named)  # 'described X [as] a crime'
                                 for p in sentence.children(holder.i)
                                 if p.dep == "prep" and p.lemma.lower() == "as"
                                 for o in sentence.children(p.i)
                                 if o.dep in ("pobj", "amod", "acomp")]  # 'as illegal'
    predicates += [a for a in sentence.children(named.i)  # 'the decision "hostile"', misparsed
                   if a.dep in ("amod", "dobj", "appos") and a.i > named.i]
    if any(_predicate_words(sentence, p) & DISPARAGING for p in predicates):
        return [(verb, named)]
    return []


def names(sentence: ParsedSentence, verb: Token) -> bool:
    """A naming verb used to name ('called X a killer', 'called the launches "a grave
    problem"'), not to appeal or phone, whether or not the name disparages."""
    if verb.lemma.lower() not in NAMING_VERBS:
        return False
    nominals = [c for c in sentence.children(verb.i)
                if c.dep in ("dobj", "oprd", "attr", "ccomp", "xcomp")]
    objects = [c for c in nominals if c.dep in ("dobj", "oprd")]
    return bool(_named(sentence, verb)) or bool(objects) and len(nominals) > 1 and all(
        c.pos in ("NOUN", "PROPN", "ADJ", "PRON") for c in nominals)


def _said_to_be(sentence: ParsedSentence, verb: Token) -> list[tuple[Token, Token]]:
    """'said (he believed) X was a killer': follow clause complements to a copula."""
    frontier = [c for c in sentence.children(verb.i) if c.dep == "ccomp"]
    for _ in range(3):
        deeper = []
        for clause in frontier:
            subject = next((c for c in sentence.children(clause.i) if c.dep == "nsubj"), None)
            attrs = [c for c in sentence.children(clause.i) if c.dep in ("attr", "acomp")]
            if clause.lemma.lower() == "be" and subject is not None and (any(
                    _predicate_words(sentence, a) & DISPARAGING for a in attrs)
                    or _held_responsible(sentence, clause, attrs)):
                return [(verb, subject)]
            deeper += [c for c in sentence.children(clause.i) if c.dep == "ccomp"]
        frontier = deeper
    return []


def _held_responsible(sentence: ParsedSentence, clause: Token, attrs: list[Token]) -> bool:
    """'said India was [responsible for] the bombing', 'said Russia was [behind] the
    attack': blame laid on the subject, an accusation."""
    holders = [clause] + [a for a in attrs if a.lemma.lower() == "responsible"]
    return any(p.dep == "prep" and (p.lemma.lower() == "behind" or holder is not clause
                                    and p.lemma.lower() == "for")
               and any(o.dep == "pobj" and o.lemma.lower() in MISDEEDS
                       for o in sentence.children(p.i))
               for holder in holders for p in sentence.children(holder.i))


def blamed_deed(sentence: ParsedSentence, noun: Token) -> bool:
    """'said Armenian forces were responsible for the [shelling]', 'was behind the
    [attack]': the deed blame is laid for is alleged, coded as the accusation only."""
    prep = sentence.tokens[noun.head]
    if noun.dep != "pobj" or prep.dep != "prep" or prep.head == prep.i:
        return False
    holder = sentence.tokens[prep.head]
    return prep.lemma.lower() == "behind" and holder.lemma.lower() == "be" \
        or prep.lemma.lower() == "for" and holder.lemma.lower() == "responsible"


# Deeds one is blamed for: 'behind the [attack]', 'responsible for the [bombing]'.
MISDEEDS = frozenset({
    "attack", "bombing", "killing", "assassination", "murder", "massacre", "shooting",
    "blast", "explosion", "strike", "raid", "abduction", "kidnapping", "poisoning", "plot",
    "coup", "sabotage", "cyberattack", "hack", "hacking", "breach", "leak", "campaign",
    "violence", "unrest", "riot", "crime", "atrocity", "incursion", "shelling", "fire",
    "downing", "disappearance", "death", "deaths", "interference", "meddling"})


def named_object(sentence: ParsedSentence, noun: Token) -> bool:
    """'described [the sanctions] as illegal': what is named is not the namer's deed."""
    head = sentence.tokens[noun.head]
    return noun.dep == "dobj" and head.lemma.lower() in NAMING_VERBS and names(sentence, head)
