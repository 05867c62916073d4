"""Clauses that tell no event, done or announced, whatever their verb: an author's
thought experiment ('Imagine that Russian troops cross into Estonia'), a difficulty
lasting up to now ('has struggled to contain the insurgency'), a counterfactual
('Had Serbia accepted the ultimatum, the crisis might have been contained'; 'Should China
move on Taiwan, ...'), and a habit told in the present ('Governments routinely condemn
such attacks'). Read by ``coder``; written for communique (MIT)."""

from __future__ import annotations

from ..model import ParsedSentence, Token
from .lexicon import SPEECH_LEMMAS

IMAGINING = frozenset({"imagine", "suppose", "picture"})
INVERTING_AUX = frozenset({"had", "should", "were"})  # 'Had Serbia accepted ...'
HABITUAL = frozenset({"routinely", "usually", "typically", "generally", "traditionally",
                      "habitually", "customarily", "invariably", "often", "frequently"})
REPEATED = frozenset({"repeatedly", "regularly", "routinely", "frequently", "often",
                      "constantly", "persistently"})  # 'has repeatedly threatened'
SPANS = frozenset({"year", "decade", "century", "generation"})  # 'for decades'
# Who comments on events without taking part in them, and the verbs of their opinions.
COMMENTATORS = frozenset({"analyst", "historian", "expert", "critic", "observer",
                          "commentator", "scholar", "pundit", "economist", "academic"})
OPINING = SPEECH_LEMMAS | frozenset({"argue", "believe", "think", "fear", "expect", "warn",
                                     "predict", "suggest", "caution", "doubt", "question"})
FEARING = frozenset({"fear", "worry", "dread"})
MAYBE = frozenset({"could", "may", "might", "would"})
# Verbs through which a clause reports what someone said: 'Washington would respond,
# the Pentagon said' is the Pentagon's conditional warning, an event of its own.
VOICING = SPEECH_LEMMAS | frozenset({"warn", "threaten", "vow", "pledge", "promise"})


def unreal(sentence: ParsedSentence, anchor: Token) -> bool:
    """The event's word tells something imagined, counterfactual or habitual in the
    text's own voice, not an event."""
    path = [anchor, *sentence.heads_of(anchor.i, 8)]
    if habitual(sentence, anchor) or commentary(sentence, path) or feared(sentence, path) \
            or struggling(sentence, anchor):
        return True
    if any(t.lemma.lower() in VOICING for t in path[1:]):
        return False
    if foreseen(sentence, path):
        return True
    return any(imagining(sentence, t) or _inverted(sentence, t) for t in path[1:]) or any(
        c.dep == "advcl" and _inverted(sentence, c)
        for t in path for c in sentence.children(t.i)) or _inverted(sentence, anchor)


STRUGGLING = frozenset({"struggle"})


def struggling(sentence: ParsedSentence, anchor: Token) -> bool:
    """'The junta has struggled to [contain] the insurgency', 'is struggling to [stop] the
    attacks': a difficulty lasting up to now (perfect or progressive), not a deed done;
    and 'struggle' with an infinitive is never a fight ('troops [struggled] to advance')."""
    if anchor.lemma.lower() in STRUGGLING and any(
            c.dep == "xcomp" for c in sentence.children(anchor.i)):
        return True
    if anchor.dep != "xcomp" or anchor.head == anchor.i:
        return False
    verb = sentence.tokens[anchor.head]
    return verb.lemma.lower() in STRUGGLING and (verb.tag == "VBG" or any(
        c.dep == "aux" and c.lemma.lower() == "have" for c in sentence.children(verb.i)))


def commentary(sentence: ParsedSentence, path: list[Token]) -> bool:
    """'Historians still argue over whether ...', 'critics say it has not reduced the
    [killings]', 'analysts warned the violence could spread': what commentators (no party
    to the events) say or think is an opinion, and no event is told in it."""
    return any(t.pos in ("VERB", "AUX") and t.lemma.lower() in OPINING and any(
        c.dep == "nsubj" and c.lemma.lower() in COMMENTATORS and _unaffiliated(sentence, c)
        for c in sentence.children(t.i)) for t in path)


def _unaffiliated(sentence: ParsedSentence, noun: Token) -> bool:
    """'analysts', 'many critics', not 'UN experts' or 'Russian analysts', whom the text ties
    to a party."""
    return not any(c.pos == "PROPN" or c.ent_type in ("ORG", "GPE", "NORP")
                   for c in sentence.children(noun.i))


def foreseen(sentence: ParsedSentence, path: list[Token]) -> bool:
    """'Such a move could prompt Washington to impose sanctions', 'a deal could see Russia
    withdraw troops': an act the text foresees as what a thing (a move, a deal) may lead
    to, with no one saying so, is the writer's speculation."""
    return any(any(c.dep == "aux" and c.text.lower() in MAYBE for c in sentence.children(t.i))
               and any(c.dep == "nsubj" and c.pos == "NOUN" for c in sentence.children(t.i))
               for t in path[1:])


def feared(sentence: ParsedSentence, path: list[Token]) -> bool:
    """'Many Ukrainians fear Washington will force Kyiv to cede territory', 'Poland worries
    that Russia could attack': what someone fears others will do is a fear, not a deed
    or an announced one."""
    return any(t.lemma.lower() in FEARING and t.pos == "VERB" and any(
        c.dep == "ccomp" and c.i in {p.i for p in path} for c in sentence.children(t.i))
        for t in path[1:])




def imagining(sentence: ParsedSentence, verb: Token) -> bool:
    """'Imagine that ...', 'Suppose ...': an imperative of imagining, with no subject."""
    return verb.lemma.lower() in IMAGINING and verb.tag == "VB" and not any(
        c.dep in ("nsubj", "aux") for c in sentence.children(verb.i))


def _inverted(sentence: ParsedSentence, verb: Token) -> bool:
    """'Had Serbia accepted', 'Should China seize', 'Were Russia to blockade': a condition
    told by putting the auxiliary before the subject."""
    children = sentence.children(verb.i)
    aux = next((c for c in children if c.dep in ("aux", "auxpass")
                and c.text.lower() in INVERTING_AUX), None)
    subject = next((c for c in children if c.dep in ("nsubj", "nsubjpass")), None)
    return aux is not None and subject is not None and aux.i < subject.i \
        and not sentence.text.rstrip().endswith("?")


def habitual(sentence: ParsedSentence, verb: Token) -> bool:
    """'Governments routinely condemn ...': a habit in the present (or a base form the
    tagger took for a past), not a dated act; 'Iran has repeatedly threatened ...': acts
    repeated up to now, background to the news rather than an event of its own."""
    children = sentence.children(verb.i)
    present = verb.tag in ("VBP", "VBZ") or verb.text.lower() == verb.lemma.lower()
    perfect = verb.tag == "VBN" and any(c.dep == "aux" and c.lemma.lower() == "have"
                                        for c in children)
    adverbs = {c.text.lower() for c in children if c.dep == "advmod"}
    return present and bool(adverbs & HABITUAL) or perfect and bool(adverbs & REPEATED) \
        or (present or perfect) and lasting(sentence, verb)


def lasting(sentence: ParsedSentence, verb: Token) -> bool:
    """'Egypt has long feuded with Ethiopia', 'the two countries have quarreled over the
    Essequibo for more than a century': a relation held over years up to now, a state
    rather than an act of the news."""
    children = sentence.children(verb.i)
    if any(c.dep == "advmod" and c.text.lower() == "long" for c in children):
        return True
    return any(c.dep == "prep" and c.lemma.lower() == "for" and any(
        o.dep == "pobj" and o.lemma.lower() in SPANS for o in sentence.children(c.i))
        for c in children)


def speculation(sentence: ParsedSentence, modality: str) -> bool:
    """In an opinion piece, what would, could or should happen with no one in the sentence
    saying so is the author's speculation ('Warsaw would demand that troops move east')."""
    return modality in ("planned", "conditional", "hypothetical") and not any(
        t.lemma.lower() in VOICING or t.lemma.lower() == "accord" for t in sentence.tokens)
