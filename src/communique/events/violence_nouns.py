"""Violence named by a noun whose roles its clause tells, not its own phrase: the attack
that is the subject of what it did ('an air strike [killed] 14 people', 'the bombing
[left] 12 dead'), fighting whose sides its verb names ('clashes erupted [between] X and
Y'), and attacks undergone ('the post came [under fire] from Russian artillery')."""

from __future__ import annotations

from ..model import ParsedSentence, Token
from .tolls import PROTRACTED, TOLL_LEMMAS

VIOLENT_NOUN_ROOTS = ("18", "19")
# What one comes or stays under: 'came under [fire]', 'was under [attack]'.
UNDERGONE = frozenset({"fire", "attack", "attacks", "shelling", "bombardment", "assault"})
UNDERGOING_VERBS = frozenset({"come", "be", "remain", "stay", "fall"})
# What 'left' says an attack left: 'left 12 [dead]', not 'left families [afraid]'.
CASUALTY_WORDS = frozenset({"dead", "wounded", "injured", "killed", "hurt"})


def harm_verb(sentence: ParsedSentence, noun: Token) -> Token | None:
    """The verb telling what an attack noun did: its subject's verb ('the bombing [left] 12
    dead'), or a participle the parser hangs on the noun that has an object of its own
    ('air strikes [killed] 14 people, officials said', misread as a reduced relative).
    Drawn-out fighting's toll is a total, not one attack ('the fighting killed 17 million').
    """
    if noun.lemma.lower() in PROTRACTED or noun.text.lower() in PROTRACTED:
        return None
    verb = _toll_verb(sentence, noun)
    if verb is None or verb.lemma.lower() != "leave":
        return verb
    return verb if any(t.lemma.lower() in CASUALTY_WORDS or t.text.lower() in CASUALTY_WORDS
                       for t in sentence.tokens if t.head == verb.i or t.dep == "conj"
                       and sentence.tokens[t.head].head == verb.i) else None


def _toll_verb(sentence: ParsedSentence, noun: Token) -> Token | None:
    if noun.dep == "nsubj" and noun.head != noun.i \
            and sentence.tokens[noun.head].lemma.lower() in TOLL_LEMMAS:
        return sentence.tokens[noun.head]
    return next((c for c in sentence.children(noun.i) if c.dep == "acl"
                 and c.lemma.lower() in TOLL_LEMMAS and c.tag in ("VBD", "VBN")
                 and any(o.dep in ("dobj", "obj") for o in sentence.children(c.i))), None)


def victims(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """Whom the harm verb names as harmed: its object ('killed [14 people]')."""
    return [c for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")]


def sides_on_verb(sentence: ParsedSentence, noun: Token) -> list[Token]:
    """'[Clashes] erupted between X and Y': the parser hangs the noun's 'between' phrase on
    the verb the noun is the subject of; its objects are the fighting's sides."""
    if noun.dep != "nsubj" or noun.head == noun.i:
        return []
    return [o for p in sentence.children(noun.head) if p.dep == "prep"
            and p.lemma.lower() == "between"
            for o in sentence.children(p.i) if o.dep == "pobj"]


def under_fire(sentence: ParsedSentence, noun: Token) -> Token | None:
    """'came under fire', 'was under attack': the verb whose subject undergoes the attack
    the noun names, or None."""
    if noun.dep != "pobj" or noun.text.lower() not in UNDERGONE:
        return None
    prep = sentence.tokens[noun.head]
    if prep.lemma.lower() != "under" or prep.head == prep.i:
        return None
    verb = sentence.tokens[prep.head]
    return verb if verb.lemma.lower() in UNDERGOING_VERBS else None


def attackers_from(sentence: ParsedSentence, verb: Token, noun: Token) -> list[Token]:
    """'came under fire [from] Russian artillery', 'under attack [by] Taliban fighters':
    whom the 'from' or 'by' phrase (on the verb or on the noun) names is the attacker."""
    return [o for h in (verb, noun) for p in sentence.children(h.i)
            if p.dep in ("prep", "agent") and p.lemma.lower() in ("from", "by")
            for o in sentence.children(p.i) if o.dep == "pobj"]


# Words that make 'under fire' physical, not criticism ('the plan came under fire'):
# weapons and armed doers in the phrase, armed units and posts undergoing it.
ARMED_WORDS = frozenset({"mortar", "artillery", "rocket", "rockets", "missile", "missiles",
                         "gun", "guns", "gunfire", "sniper", "snipers", "tank", "tanks",
                         "drone", "drones", "heavy", "machine", "gunmen", "militants",
                         "rebels", "insurgents", "troops", "forces", "soldiers", "fighters",
                         "base", "post", "convoy", "checkpoint", "position", "positions",
                         "patrol", "camp", "vessel", "ship", "outpost", "barracks"})
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "COP", "SPY"})


def armed_fire(sentence: ParsedSentence, verb: Token, noun: Token, actors) -> bool:
    """Whether 'came under fire' is gunfire: a weapon or an armed doer in the noun's or the
    'from' phrase, an armed unit or post undergoing it, or an armed actor on either side."""
    words = {t.lemma.lower() for t in sentence.tokens
             if t.i == noun.i or t.head == noun.i or t.dep == "pobj" and t.head in {
                 p.i for p in sentence.children(verb.i) if p.lemma.lower() in ("from", "by")}}
    words |= {w.lemma.lower() for c in sentence.children(verb.i) if c.dep == "nsubj"
              for w in (c, *sentence.children(c.i))}
    return bool(words & ARMED_WORDS) or any(
        m.actor.sector in ARMED_SECTORS for m in actors if m is not None)


# Verbs of what an attack did to people or things: 'strikes [that destroyed] homes'.
DEED_OF_ATTACK = TOLL_LEMMAS | frozenset({"destroy", "damage", "flatten", "hit"})


def described_nouns(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """The nouns a relative clause may describe: the one it hangs on, and for a toll ('the
    bombing of a mosque [that killed] 100'), the noun whose 'of' phrase that one ends,
    which the parser passes over for the nearer noun."""
    noun = sentence.tokens[verb.head]
    nouns = [noun]
    if verb.lemma.lower() in DEED_OF_ATTACK and noun.dep == "pobj":
        prep = sentence.tokens[noun.head]
        if prep.lemma.lower() == "of" and prep.head != prep.i:
            nouns.append(sentence.tokens[prep.head])
    return nouns

