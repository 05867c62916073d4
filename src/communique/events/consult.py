"""Who is actor and who recipient of a meeting (PLOVER CONSULT, CAMEO 04), and meetings
told in shapes the verb patterns miss.

The PLOVER manual: "In events where one side is hosting and one is visiting, the visitor
will always be coded as the actor and the host will be the recipient"; CAMEO codes the
host's side too (043, 'host a visit'), so a hosted visit is told both ways. Where nobody
hosts, all participants are actors: one event per direction. A third party that hosts or
brokers others' talks mediates them (045).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import EventCandidate, ParsedSentence, Token
from .actors_in_parse import MEDIATED, MentionIndex, mediated_by
from .candidates import side_of
from .lexicon import MEDIATION_CODES, TALKS
from .phrases import infinitive
from .verbs import subtree, temporal


def hosted_visits(events: list[EventCandidate]) -> list[EventCandidate]:
    """'Ruto hosted Museveni': Kenya hosts (043) and Uganda visits Kenya (042), the
    visitor as the actor. 'Will host Merz' (036) is the host's intent alone."""
    visits = [replace(e, cameo="042", source=e.target, target=e.source)
              for e in events if _hosts(e)]
    have = {(e.cameo, e.source, e.target) for e in events}
    return events + [v for v in visits if (v.cameo, v.source, v.target) not in have]


def _hosts(event: EventCandidate) -> bool:
    return event.cameo == "043" and event.source is not None and event.target is not None \
        and side_of(event.source) != side_of(event.target)


def framing_meeting(sentence: ParsedSentence, noun: Token, code: str) -> bool:
    """'[During] a visit to Ankara, the minister praised ...', 'in a call with Xi',
    'after talks with Iraqi officials', 'after a meeting, Obama and Netanyahu stressed': a
    meeting with a named other side (or among a compound subject) that frames the clause's
    act took place; it is an event of its own, not what the act is about."""
    if code[:2] != "04" or noun.dep != "pobj" or noun.head == noun.i:
        return False
    prep, children = sentence.tokens[noun.head], sentence.children(noun.i)
    others = any(c.dep == "poss" or c.dep == "prep" and c.lemma.lower() == "by"
                 for c in children)  # 'after [Pelosi's] visit', 'a visit [by] Pelosi'
    partner = any(c.dep == "prep" and c.lemma.lower() in ("with", "to") for c in children)
    return prep.lemma.lower() in FRAMING_PREPS and not others \
        and (partner or _compound_subject(sentence, prep))


def _compound_subject(sentence: ParsedSentence, prep: Token) -> bool:
    """'After a meeting on Tuesday, [Obama and Netanyahu] stressed ...': the meeting is
    between the sides of the clause's compound subject."""
    if prep.head == prep.i:
        return False
    return any(c.dep == "nsubj" and any(
        k.dep == "conj" or any(j.dep == "conj" for j in sentence.children(k.i))
        for k in sentence.children(c.i))  # '[the Turkish and Iraqi] ministers' too
        for c in sentence.children(prep.head))


# Prepositions that set an event as the frame of another: 'during a visit to', 'in a
# call with', 'at a meeting with', 'after talks with', 'on a trip to'.
FRAMING_PREPS = frozenset({"during", "in", "at", "after", "following", "on"})


def paid_a_call(sentence: ParsedSentence, verb: Token) -> bool:
    """'Wang Yi called on Prime Minister Modi at his residence': to call on someone named,
    with nothing asked of them ('called on Ruto [to resign]', '[for] calm'), is to visit."""
    if verb.lemma.lower() != "call":
        return False
    children = sentence.children(verb.i)
    visited = any(c.dep == "prep" and c.lemma.lower() in ("on", "upon")
                  and not temporal(sentence, c) and any(
                      o.dep == "pobj" and o.pos == "PROPN" for o in sentence.children(c.i))
                  for c in children)  # not 'called off [on Tuesday]'
    asked = any(c.dep in ("xcomp", "ccomp", "oprd", "prt", "auxpass") or c.dep == "prep"
                and c.lemma.lower() == "for" for c in children)
    return visited and not asked and not any(
        t.tag == "VB" and t.i > verb.i and infinitive(sentence, t) for t in sentence.tokens)


def mediated_parties(sentence: ParsedSentence,
                     events: list[EventCandidate]) -> list[EventCandidate]:
    """'held talks in Istanbul, [mediated by Turkey]', 'met in Doha, in talks [mediated by
    Qatar]': a mediation told by a participle whose parties it does not name is between
    the sides of the meeting it describes (CAMEO 045, PLOVER CONSULT 'third-party')."""
    return _to_each_side(events, lambda event: _meeting_sides(sentence, event, events)
                         if event.cameo == "045" else [])


def mediated_between(sentence: ParsedSentence, index: MentionIndex,
                     events: list[EventCandidate]) -> list[EventCandidate]:
    """'acted as a mediator [between] Tehran and Washington', 'offered to mediate in the
    crisis [between] Mali and Niger': a mediation (or the wish to mediate) that names no
    party is aimed at each side its 'between' phrase names, wherever in the act's phrase
    that phrase hangs."""
    return _to_each_side(events, lambda event: list(dict.fromkeys(
        m.actor for m in _between(sentence, index, sentence.tokens[event.anchor])
        if side_of(m.actor) != side_of(event.source))) if event.cameo in MEDIATION_CODES
        else [])


def _to_each_side(events: list[EventCandidate], sides_of) -> list[EventCandidate]:
    """Each mediation that names no party, aimed instead at every side ``sides_of`` finds
    for it (one event per side); the others as they are."""
    out = []
    for event in events:
        sides = sides_of(event) if event.target is None and event.source is not None else []
        out.extend(replace(event, target=side, confidence=max(event.confidence, 0.55))
                   for side in sides)
        if not sides:
            out.append(event)
    return out


def _between(sentence: ParsedSentence, index: MentionIndex, anchor: Token):
    return [m for t in subtree(sentence, anchor) if t.dep == "prep"
            and t.lemma.lower() == "between"
            for o in sentence.children(t.i) if o.dep == "pobj" for m in index.in_phrase(o)]


def _meeting_sides(sentence: ParsedSentence, mediation: EventCandidate,
                   events: list[EventCandidate]):
    participle = sentence.tokens[mediation.anchor]
    if participle.tag != "VBN" or participle.dep not in ("advcl", "acl"):
        return []
    # 'met ... in [talks] mediated by': the noun, its 'in', its verb
    described = {t.i for t in sentence.heads_of(participle.i, 3)}
    sides = []
    for event in events:
        if event.cameo[:2] == "04" and event.anchor in described and event.source \
                and side_of(event.source) != side_of(mediation.source) \
                and event.source not in sides:
            sides.append(event.source)
    return sides


def named_mediators(sentence: ParsedSentence, index: MentionIndex,
                    events: list[EventCandidate]) -> list[EventCandidate]:
    """'Vucic and Kurti held [EU-mediated] talks': the EU mediates between the sides
    (045), one event for each side of the talks."""
    out = []
    for event in events:
        if event.cameo[:2] != "04" or event.source is None:
            continue
        for mediator in _mediators(sentence, index, sentence.tokens[event.anchor]):
            if side_of(mediator.actor) != side_of(event.source):
                out.append(replace(event, cameo="045", source=mediator.actor,
                                   target=event.source))
    have = {(e.cameo, e.source, e.target) for e in events}
    return events + [e for e in _unique(out) if (e.cameo, e.source, e.target) not in have]


def _mediators(sentence: ParsedSentence, index: MentionIndex, anchor: Token):
    talks = [anchor] + [c for c in sentence.children(anchor.i) if c.dep in ("dobj", "obj")]
    return [m for t in talks for a in sentence.children(t.i) if mediated_by(a)
            for c in sentence.children(a.i) if c.dep in ("npadvmod", "compound", "nmod")
            for m in index.mentions if m.start <= c.i < m.end]


def _unique(events: list[EventCandidate]) -> list[EventCandidate]:
    seen, out = set(), []
    for event in events:
        if (event.source, event.target) not in seen:
            seen.add((event.source, event.target))
            out.append(event)
    return out


def visiting_guests(sentence: ParsedSentence, index: MentionIndex,
                    events: list[EventCandidate]) -> list[EventCandidate]:
    """'held talks with the [visiting] Indonesian president', 'met [visiting] Secretary of
    State Blinken': the guest called visiting is the visitor, the actor of a visit (042) to
    whom the sentence's subject hosts; the parser may hang 'visiting' on the verb."""
    out = list(events)
    for event in events:
        if event.cameo[:2] != "04" or event.source is None:
            continue
        if event.target is None:  # 'met [visiting] X' parsed as a clause: X is met
            event = next((replace(event, target=g, confidence=min(event.confidence + 0.4,
                                                                  0.85))  # no longer
                          for g in _visiting_objects(sentence, index,  # one-sided
                                                     sentence.tokens[event.anchor])), None)
            if event is None:
                continue
            out.append(event)
        elif not _called_visiting(sentence, index, event.target):
            continue
        if side_of(event.target) != side_of(event.source):
            out.append(replace(event, cameo="042", source=event.target, target=event.source))
    return out


def _called_visiting(sentence: ParsedSentence, index: MentionIndex, actor) -> bool:
    """'the [visiting] Indonesian president': 'visiting' modifies the mention's noun (not
    'Klingbeil, visiting [Athens]', where Athens is visited)."""
    return any(m.actor == actor and any(
        t.text.lower() == "visiting" and t.dep == "amod" and m.start <= t.head < m.end
        for t in sentence.tokens[max(m.start - 2, 0):m.end]) for m in index.mentions)


def _visiting_objects(sentence: ParsedSentence, index: MentionIndex, verb: Token):
    """'met [visiting] Secretary of State Blinken', parsed as 'visiting' with an object."""
    return [m.actor for c in sentence.children(verb.i) if c.lemma.lower() == "visit"
            and c.tag == "VBG" and c.i == verb.i + 1
            for o in sentence.children(c.i) if o.dep in ("dobj", "obj")
            for m in index.in_phrase(o)][:1]


def called_off(sentence: ParsedSentence, noun: Token) -> Token | None:
    """'The minister's visit to Mogadishu [was postponed]', 'the summit was called off': a
    meeting cancelled is no meeting but a refusal of one (PLOVER REJECT); the verb that
    tells it, or None."""
    if noun.dep != "nsubjpass" or noun.head == noun.i:
        return None
    verb = sentence.tokens[noun.head]
    lemma = verb.lemma.lower()
    if lemma == "call" and not any(c.dep == "prt" and c.lemma.lower() == "off"
                                   for c in sentence.children(verb.i)):
        return None
    return verb if lemma in CANCELLING else None


# Verbs that cancel a meeting; PLOVER files its cancellation as REJECT (cameo.TOLD_AS).
CANCELLING = frozenset({"cancel", "postpone", "call", "scrap", "skip"})


def met_at_home(sentence: ParsedSentence, index: MentionIndex,
                events: list[EventCandidate]) -> list[EventCandidate]:
    """'Misri met his Bangladeshi counterpart [in New Delhi]': a meeting held where its
    subject is at home has the other side as the visitor, the actor of a visit (042) to
    the host (the PLOVER manual's 'at the White House')."""
    met = {(e.source, e.target) for e in events if e.cameo[:2] == "04"}
    visits = []
    for event in events:
        if event.cameo[:3] not in ("040", "046") or event.modality != "asserted" \
                or event.source is None or event.target is None \
                or side_of(event.source) == side_of(event.target) \
                or (event.target, event.source) in met \
                or sentence.tokens[event.anchor].lemma.lower() == "summon":
            continue  # a summoned envoy hears a grievance (ACCUSE) and visits nobody
        venues = {m.actor.country for m in _venues(sentence, index, event.anchor)}
        if venues == {event.source.country}:
            visits.append(replace(event, cameo="042", source=event.target,
                                  target=event.source))
    return events + visits


def _venues(sentence: ParsedSentence, index: MentionIndex, anchor: int):
    """The actors named in the 'in' and 'at' phrases of a meeting verb, of its object or
    of its partner ('talks with his counterpart [in Tokyo]', as the parser may attach it)."""
    holders = {anchor} | {c.i for c in sentence.children(anchor) if c.dep in ("dobj", "obj")}
    holders |= {o.i for h in list(holders) for p in sentence.children(h)
                if p.dep == "prep" and p.lemma.lower() == "with"
                for o in sentence.children(p.i) if o.dep == "pobj"}
    places = [t for t in sentence.tokens if t.dep == "prep" and t.head in holders
              and t.lemma.lower() in ("in", "at")]
    spans = {t.i for p in places for t in subtree(sentence, p)}
    return [m for m in index.mentions if m.start in spans]


def opens_talks(sentence: ParsedSentence, verb: Token) -> bool:
    """'Serbia and Guyana [began] negotiations on Sunday': to begin, start or launch talks
    is to hold them (CAMEO 046, PLOVER CONSULT "negotiations"), where the dictionary codes
    the start as an intent to negotiate (036); the verb's modality still makes 'will
    begin talks' an intent."""
    return verb.lemma.lower() in OPENING and any(
        c.dep in ("dobj", "obj") and _names_talks(c) for c in sentence.children(verb.i))


OPENING = frozenset({"begin", "start", "launch", "open", "resume", "hold", "conduct"})


TALKS_WORDS = TALKS | {"talk", "round"}


def _names_talks(noun: Token) -> bool:
    return bool({noun.text.lower(), noun.lemma.lower()} & TALKS_WORDS)


def hosted_talks(sentence: ParsedSentence,
                 events: list[EventCandidate]) -> list[EventCandidate]:
    """'Egypt hosted a new round of talks between Israel and Hamas': a side that hosts or
    brokers others' talks mediates (045, PLOVER CONSULT 'third-party'), and the parties
    hold talks with each other (046), all of them actors of the meeting."""
    out, mediations = [], []
    for event in events:
        verb = sentence.tokens[event.anchor]
        if event.cameo in ("043", "045") and event.target is not None \
                and verb.lemma.lower() in MEDIATED and _talks_object(sentence, verb):
            event = replace(event, cameo="045")
            mediations.append(event)
        out.append(event)
    parties = list(dict.fromkeys(e.target for e in mediations))
    have = {(e.source, e.target) for e in out if e.cameo[:2] == "04"}
    return out + [replace(mediations[0], cameo="046", source=a, target=b)
                  for a in parties for b in parties
                  if side_of(a) != side_of(b) and (a, b) not in have]


def _talks_object(sentence: ParsedSentence, verb: Token) -> bool:
    """The verb's object is talks, a meeting or a round of them."""
    for obj in sentence.children(verb.i):
        if obj.dep not in ("dobj", "obj"):
            continue
        heads = [obj] + [o for p in sentence.children(obj.i) if p.dep == "prep"
                         and p.lemma.lower() == "of" for o in sentence.children(p.i)]
        if any(_names_talks(h) for h in heads):
            return True
    return False
