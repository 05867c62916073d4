"""What code a verb gets: its dictionary match, light verbs and nouns after it, the
fixed combinations of an outer verb with an inner one, and the verb-specific
repairs of the final code ("called a general strike", "aid arrived", "seized Goma").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import ParsedSentence, Token
from . import combine
from .actors_in_parse import (MentionIndex, intended, reported, set_off_participle, stating,
                              subject_of)
from .modality import condition_clause, is_in_condition, modality
from .verbs import VerbMatch, measured, subtree
from .lexicon import (ACCEPTING, AGREEMENT_CODES, AGREEMENT_VERBS, ARMED_UNITS, DESCRIPTIVE_DEPS,
                      DETAINING, EASING_VERBS, EFFORT_NOUNS, EXIT_LEMMAS, INTENSIFYING, LIGHT_VERBS,
                      MOVE_LEMMAS, PLEDGING_VERBS, PUNISHING, RETALIATING, RETALIATION_NOUNS,
                      SPEECH_LEMMAS, STOPPING, UNINFORMATIVE, WORDS_OF_BLAME)
from .consult import opens_talks, paid_a_call
from .cyber import as_cyber
from .repression import RAIDING, repression_code
from .phrases import (bare_call, by_agent, eased_code, fired_into_sea, forces_leave, infinitive,
                      jailed_for_a_term, joint, obliges, phoned_to_talk, sent_to_investigate,
                      warcraft_passing)
from .relations import (diplomats_expelled, expelled_from_body, expulsion, keeps_options_open,
                        leaves_agreement, leaves_talks, recalls_envoy, rules_out, told_penalty,
                        vowed_payback)
from .tolls import by_combat, counted_as_war


@dataclass(frozen=True, slots=True)
class FoundVerb:
    verb: Token
    match: VerbMatch


# Verbs whose object, a protest noun, is the protest done: 'called a general strike'.
PROTEST_CALLERS = frozenset({"organize", "organise", "call", "stage", "mount", "lead"})
# Verbs that deliver a message: what they deliver is the act ('sent a request to Lima').
TRANSMITTING = frozenset({"send", "submit", "make", "file", "lodge", "deliver", "hand",
                          "issue", "renew", "reiterate", "repeat", "present", "address",
                          "forward", "launch"})
# 'rejected the accusation as baseless', 'dismissed China's objections': words of blame
# turned down, a rejection (PLOVER REJECT: "all rejections and refusals"), not the
# dictionary's denial of responsibility (016), which PLOVER leaves uncoded.
REBUFFING = frozenset({"reject", "dismiss", "rebuff", "refute"})


def rebuffs_blame(sentence: ParsedSentence, verb: Token) -> bool:
    """'Tanzania rejected the [accusation] as "baseless"', 'dismissed the [allegations]';
    not a claim told with its content ('rejected claims that its troops shelled the dam'),
    which is a denial of that act."""
    return verb.lemma.lower() in REBUFFING and any(
        c.dep == "dobj" and c.lemma.lower().rstrip("s") in WORDS_OF_BLAME
        and not any(g.dep in ("acl", "ccomp") for g in sentence.children(c.i))
        for c in sentence.children(verb.i))


def _on_strike(sentence: ParsedSentence, token: Token) -> bool:
    """'is on hunger strike', 'have been on strike for 40 days': being on strike strikes."""
    return token.lemma.lower() == "be" and any(
        c.dep == "prep" and c.lemma.lower() == "on" and any(
            o.dep == "pobj" and o.lemma.lower() == "strike" for o in sentence.children(c.i))
        for c in sentence.children(token.i))


# 'would take [countermeasures] if ...': measures answering what the other side does.
MEASURES = RETALIATION_NOUNS | {"measures", "action", "steps"}


# Verbs of taking that take territory when their object is a place ('seized Goma').
SEIZING = frozenset({"seize", "capture", "take", "overrun", "retake", "recapture", "occupy",
                     "grab"})


# Aid on its way in: verbs of arriving (whose subject, when it is aid, is aid delivered),
# what carries it, and what relief it carries.
ARRIVING = frozenset({"arrive", "reach", "cross", "enter"})
CARRIERS = frozenset({"convoy", "truck", "lorry", "plane", "flight", "ship", "vessel",
                      "shipment", "consignment", "airlift", "delivery", "cargo"})
RELIEF_GOODS = frozenset({"aid", "food", "flour", "wheat", "grain", "rice", "medicine",
                          "medicines", "medical", "supplies", "water", "tent", "tents",
                          "blanket", "blankets", "fuel", "relief", "vaccine", "vaccines"})


# People sent to treat or rescue ('Kenyan [medical teams] arrived in Nyala', '[rescuers]
# from Turkey reached Antakya'): humanitarian aid on its way in (PLOVER AID: "emergency
# assistance ... personnel"), no visit.
RELIEF_WORKERS = frozenset({"rescuer", "medic", "doctor", "nurse", "paramedic", "firefighter"})
RELIEF_TEAMS = frozenset({"team", "unit", "contingent", "crew", "brigade", "squad"})
RELIEF_KINDS = frozenset({"medical", "rescue", "relief", "humanitarian", "search-and-rescue",
                          "health", "aid"})


def relief_workers(sentence: ParsedSentence, subject: Token) -> bool:
    """'medical teams', 'a team of [doctors]', 'rescuers': people who bring relief."""
    heads = [subject, *measured(sentence, subject)]
    return any(h.lemma.lower() in RELIEF_WORKERS or h.lemma.lower() in RELIEF_TEAMS and any(
        c.lemma.lower() in RELIEF_KINDS for c in _kinds(sentence, h)) for h in heads)


def _kinds(sentence: ParsedSentence, noun: Token) -> list[Token]:
    """The noun's modifiers that tell its kind, with their conjuncts ('search and [rescue]
    teams')."""
    kinds = [c for c in sentence.children(noun.i) if c.dep in ("amod", "compound", "nmod")]
    return kinds + [j for k in kinds for j in sentence.children(k.i) if j.dep == "conj"]


SENDING = frozenset({"send", "fly", "dispatch", "airlift", "ship", "rush", "deliver"})


def _sent_relief(sentence: ParsedSentence, verb: Token) -> str | None:
    """'flew two planes [carrying food and tents] to Cebu', 'sent three ships [loaded with]
    blankets': carriers sent with relief goods deliver humanitarian aid (073), neither a
    visit nor a show of force; so do relief teams sent ('sent search and rescue teams')."""
    if verb.lemma.lower() not in SENDING:
        return None
    objects = [c for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")]
    carriers = [c for c in objects if c.lemma.lower() in CARRIERS | {"aircraft"}]
    return "073" if any(t.lemma.lower() in RELIEF_GOODS for c in carriers
                        for t in subtree(sentence, c) if t is not c) \
        or any(relief_workers(sentence, o) for o in objects) else None


def _pays_back(sentence: ParsedSentence, verb: Token) -> bool:
    """'would respond [with measures of its own]', 'vowed to respond with countermeasures': a
    pledge to answer in kind is a threat (13x), as 'would retaliate' is."""
    return modality(sentence, verb) == "planned" and any(
        o.lemma.lower() in MEASURES | {"measure", "countermeasure", "step"}
        for p in sentence.children(verb.i) if p.dep == "prep" and p.lemma.lower() == "with"
        for o in sentence.children(p.i) if o.dep == "pobj")


def _takes_measures(sentence: ParsedSentence, verb: Token) -> bool:
    return verb.lemma.lower() in ("take", "adopt") and any(
        c.dep == "dobj" and c.lemma.lower() in MEASURES | {"countermeasure", "measure"}
        for c in sentence.children(verb.i))


# Who can be ordered to act only by a demand: a state, its government, parliament or courts.
BODIES = frozenset({"GOV", "LEG", "JUD"})


class VerbCodes:
    """Mixin of :class:`~communique.events.coder.EventCoder`: the code of each verb."""

    def _verb_matches(self, sentence: ParsedSentence) -> dict[int, FoundVerb]:
        found = {}
        for token in sentence.tokens:
            if token.pos == "VERB" and (token.dep not in DESCRIPTIVE_DEPS
                                        or stating(sentence, token) or by_agent(sentence, token)
                                        or intended(sentence, token) or reported(sentence, token)
                                        or set_off_participle(sentence, token)) \
                    and not is_in_condition(sentence, token):
                match = self.verbs.match(sentence, token)
                if match is None and token.lemma.lower() in LIGHT_VERBS | EASING_VERBS:
                    match = VerbMatch(None, token.lemma.upper(), 0, token.lemma.lower())
            else:  # 'has been on hunger strike since May'
                match = VerbMatch(None, "BE", 0, "be") if _on_strike(sentence, token) else None
            if match is not None:
                found[token.i] = FoundVerb(token, self._light_verb(sentence, token, match))
        for item in list(found.values()):  # 'halt [firing]': the second word is no event
            for child in sentence.children(item.verb.i):
                if child.i in found and {child.text.lower(), child.lemma.lower()} & set(
                        item.match.words):
                    del found[child.i]
                if child.i in found and child.dep == "ccomp" and item.match.words and any(
                        s.dep == "nsubj" and {s.text.lower(), s.lemma.lower()}
                        & set(item.match.words) for s in sentence.children(child.i)):
                    del found[child.i]  # 'let [inspectors] visit': what they do is let
        self._stopped_acts(sentence, found)
        return found

    def _stopped_acts(self, sentence: ParsedSentence, found: dict[int, FoundVerb]) -> None:
        """'stopped firing rockets', 'promised to stop attacking ships': the act a verb of
        stopping takes as its gerund is not done; the stopping is a truce (0871), or for a
        protest, dissent eased (082), for arrests and other repression, repression eased
        (0811)."""
        for item in list(found.values()):
            if item.verb.lemma.lower() not in STOPPING:
                continue
            for child in sentence.children(item.verb.i):
                inner = found.get(child.i) if child.dep == "xcomp" and child.tag == "VBG" \
                    else None
                code = inner.match.code if inner else None
                eased = None if not code else "082" if code[:2] == "14" \
                    else "0811" if code[:2] == "17" \
                    else "0871" if code[:2] in ("18", "19", "20") else None
                if eased:
                    found[item.verb.i] = FoundVerb(item.verb, replace(item.match, code=eased,
                                                                   specificity=2))
                    del found[child.i]

    def _light_verb(self, sentence: ParsedSentence, verb: Token, match: VerbMatch) -> VerbMatch:
        """'held talks', 'launched an attack', 'agreed to a truce': the noun names the event."""
        lemma = verb.lemma.lower()
        if lemma == "be":
            return self._went_on(sentence, verb, match)
        if match.code == "174" and diplomats_expelled(sentence, verb):
            return VerbMatch("161", match.block, 2, match.verb)  # 'diplomats were expelled'
        if lemma in EASING_VERBS:
            eased = eased_code(sentence, verb)
            if eased:
                return VerbMatch(eased, match.block, 2, match.verb)
        if lemma in TRANSMITTING and self._appeal_sent(sentence, verb):
            return VerbMatch("020", match.block, 2, match.verb)  # 'sent a request to'
        if lemma in AGREEMENT_VERBS:
            code = self._agreement_object(sentence, verb)
            if code:
                return VerbMatch(code, match.block, 2, match.verb)
        if lemma in LIGHT_VERBS and (eased := self._eased_object(sentence, verb)):
            return VerbMatch(eased, match.block, 2, match.verb)  # 'announced a suspension
            # of [attacks]': the easing, whatever a pattern says of what it eases
        if lemma in PLEDGING_VERBS:  # 'pledged $500 million in aid': intent to give it
            noun = self._noun_after(sentence, verb, ())
            intent = None if not noun else combine.threat(noun) if combine.is_hostile(noun) \
                else combine.mirror(noun, 0)
            if intent is None and not match.specificity and any(
                    c.dep == "dobj" and c.lemma.lower() in RETALIATION_NOUNS
                    for c in sentence.children(verb.i)):
                intent = "130"  # 'Moscow vowed a response': a threat
            if intent:
                return VerbMatch(intent, match.block, 2, match.verb)
        protest = self._protest_called(sentence, verb)
        if protest:
            return VerbMatch(protest, match.block, 2, match.verb)
        phrasal_only = match.code is None  # 'carried out [a joint patrol]'
        named_effort = any(c.dep == "dobj" and (c.lemma.lower() in EFFORT_NOUNS or joint(
            sentence, c)) and self._noun_code(sentence, c) for c in sentence.children(verb.i))
        if match.specificity and lemma not in INTENSIFYING and not phrasal_only \
                and not named_effort or lemma not in LIGHT_VERBS:  # 'a [mediation] effort'
            return match
        for child in sentence.children(verb.i):  # 'imposed sanctions', 'were imposed'
            heads = [child, *measured(sentence, child)]  # 'launched a wave of [arrests]'
            code = next((c for h in heads if (c := self._noun_code(sentence, h))), None) \
                if child.dep in ("dobj", "nsubjpass") else None
            if code and lemma == "announce" and code[:2] == "04":
                code = "036"  # 'announced talks with Ethiopia': talks to come
            if code:
                return VerbMatch(code, match.block, 1, match.verb)
        return self._went_on(sentence, verb, match) if lemma == "go" else match

    def _appeal_sent(self, sentence: ParsedSentence, verb: Token) -> bool:
        """'sent a formal [request] to the Bolivian government', 'submitted a [request] to
        Turkey', 'made an urgent [appeal] to donors': a verb that delivers an appeal is
        the appeal, made to whom it is delivered, not a dispatch or a yielding."""
        return any(c.dep == "dobj" and self._noun_code(sentence, c) == "020"
                   for c in sentence.children(verb.i))

    def _went_on(self, sentence: ParsedSentence, verb: Token, match: VerbMatch) -> VerbMatch:
        """'went on strike', 'is on hunger strike': the noun after 'on' names the event."""
        for child in sentence.children(verb.i):
            if child.dep == "prep" and child.lemma.lower() == "on":
                for noun in sentence.children(child.i):
                    code = self._noun_code(sentence, noun) if noun.dep == "pobj" else None
                    if code:
                        return VerbMatch(code, match.block, 1, match.verb)
        return match

    def _agreement_object(self, sentence: ParsedSentence, verb: Token) -> str | None:
        for child in sentence.children(verb.i):
            heads = [child] if child.dep == "dobj" else [
                c for c in sentence.children(child.i) if c.dep == "pobj"
            ] if child.dep == "prep" and child.lemma.lower() in ("to", "on") else []
            for head in heads:
                if head.lemma.lower() == "demand":
                    return "080"  # 'accepted the rebels' demands': a concession
                code = self._noun_code(sentence, head)
                if code in AGREEMENT_CODES:
                    return code
                if code and code[:2] == "04" and verb.lemma.lower() == "agree":
                    return "036"  # 'agreed to talks': to meet
        return None

    def _noun_object(self, sentence: ParsedSentence, verb: Token) -> str | None:
        """'demanded a meeting', 'called for sanctions', 'weighs sanctions': the event noun
        the verb asks for or weighs."""
        return self._noun_after(sentence, verb, ("for",))

    def _noun_after(self, sentence: ParsedSentence, verb: Token, preps) -> str | None:
        for child in sentence.children(verb.i):
            heads = [child, *measured(sentence, child)] if child.dep == "dobj" else [
                c for c in sentence.children(child.i) if c.dep == "pobj"
            ] if child.dep == "prep" and child.lemma.lower() in preps else []
            for head in heads:
                code = self._noun_code(sentence, head)
                if code:
                    return code
        return None

    def _fixed_code(self, sentence, index, item: FoundVerb, inner, found, consumed) -> str | None:
        verb, lemma = item.verb, item.verb.lemma.lower()
        if fired_into_sea(sentence, verb):
            return "150"  # a show of force
        if (lemma in SPEECH_LEMMAS or lemma == "warn") and keeps_options_open(sentence, verb):
            return "138"  # 'said all options were on the table': force not excluded
        if lemma in PUNISHING and (measure := self._noun_after(sentence, verb, ("with",))) \
                and measure[:2] == "16":
            return measure  # 'hit Lithuania with trade restrictions': the sanction, no blow
        if lemma in SPEECH_LEMMAS and (suffered := told_penalty(sentence, verb)):
            consumed.add(suffered.i)
            return "130"  # 'said Warsaw would face consequences': a threat
        if lemma in SPEECH_LEMMAS and rules_out(sentence, verb):
            return "120"  # 'said that lifting the sanctions was out of the question'
        if counted_as_war(sentence, verb):
            return "138"  # 'would consider any intervention a declaration of war': a threat
        if lemma in PLEDGING_VERBS and (payback := vowed_payback(sentence, verb)):
            consumed.add(payback.i)  # 'Iran vowed to avenge the killing': a threat
            return "138" if self._armed_subject(sentence, index, verb) else "130"
        if lemma in PLEDGING_VERBS and inner is None and self._pledges_force(sentence, verb):
            return "138" if self._armed_subject(sentence, index, verb) else "130"  # a coded
            # pledged act combines instead: 'promised arms to Ukraine in response to ...'
            # is help
        if lemma == "declare" and "persona non grata" in sentence.text.lower():
            consumed.update(c.i for c in sentence.children(verb.i) if c.i in found)
            return "161"
        if lemma in EXIT_LEMMAS and (leaves_agreement(sentence, verb)
                                     or self._leaves_body(sentence, index, verb)):
            return "160"
        if lemma in EXIT_LEMMAS and leaves_talks(sentence, verb):
            return "164"  # 'walked out of the talks', 'withdrew from the negotiations'
        if recalls_envoy(sentence, verb):
            return "161"  # 'pulled its ambassador out of Beijing for consultations'
        if lemma in MOVE_LEMMAS and (probe := sent_to_investigate(sentence, verb)):
            consumed.add(probe.i)  # 'sent inspectors to Iran to monitor the plant'
            return "090"
        if lemma == "call" and (talk := phoned_to_talk(sentence, verb)):
            consumed.add(talk.i)  # 'Modi called Netanyahu to discuss Gaza': a phone call
            return "041"
        if paid_a_call(sentence, verb):
            return "042"  # 'called on Prime Minister Modi at his residence': a visit
        if lemma == "call" and not item.match.specificity and inner is None \
                and bare_call(sentence, verb):
            return "041"  # 'Biden called Putin'
        for child in sentence.children(verb.i):
            if child.dep == "xcomp" and (expelled := expulsion(sentence, verb, child)):
                consumed.add(child.i)
                return expelled
        return None

    def _final_code(self, sentence, index, item: FoundVerb, found) -> str | None:
        """The verb's own code, after what its words and roles say about it."""
        verb, code, lemma = item.verb, item.match.code, item.verb.lemma.lower()
        if lemma == "welcome" and code in ("043", "051", "052"):
            code = self._welcomed(sentence, index, verb)
        if not item.match.specificity:
            code = combine.OUTER_LEMMAS.get(lemma, code)
        if lemma in ("convict", "sentence") or jailed_for_a_term(sentence, verb):
            code = "116"  # a finding of guilt, whatever the dictionary's pattern says; 'was
            # jailed for four years' is a sentence a court passed (PLOVER SANCTION 'convict')
        if lemma == "protest" and code == "053":
            code = "140"  # 'protested against the detention': a protest (see _shaped), not
            # support rallied for the detained
        code = self._arriving_aid(sentence, verb) or _sent_relief(sentence, verb) or code
        if lemma == "return" and code and code.startswith("084") and not any(
                c.dep in ("dobj", "obj", "nsubjpass") for c in sentence.children(verb.i)):
            code = None  # 'refugees returned to their villages': they came back, and gave
            # nothing back
        if (not code or code[:2] == "04" or code in ("0831", "080")) \
                and forces_leave(sentence, verb):
            code = "0874"  # 'Russian troops left Kherson': a retreat, no visit nor resignation
        if code == "036" and opens_talks(sentence, verb):
            code = "046"  # 'began negotiations': talks held (CONSULT), not only intended
        if (not code or code[:2] == "04") and warcraft_passing(sentence, verb):
            code = "150"  # 'Chinese warships sailed near Taiwan': a show of force
        if lemma == "strike" and self._labour_strike(sentence, index, verb):
            code = "143"  # 'teachers will strike on Monday'
        if (code in ("080", "040") and lemma in ("withdraw", "retreat", "pull", "surrender")
                or lemma in ("flee", "abandon", "desert")) \
                and self._armed_subject(sentence, index, verb):
            code = "0874"  # 'Israeli forces withdrew from the camp': a military retreat
        if code == "080" and lemma in ("withdraw", "pull") and any(
                m.actor.code.startswith(("NGO", "IGO"))
                for m in self._sources(sentence, index, verb)):
            code = "166"  # 'Human Rights Watch withdrew from Cambodia': a presence withdrawn
        if (condition_clause(sentence, verb) is not None or _pays_back(sentence, verb)) and (
                lemma in RETALIATING and (not code or code in UNINFORMATIVE)
                or _takes_measures(sentence, verb)):  # 'would respond if troops crossed',
            code = "138" if self._armed_subject(sentence, index, verb) else "130"  # 'would
            # take countermeasures if Finland joined': a threat
        if not code and lemma in ACCEPTING and modality(sentence, verb) == "negated" \
                and any(c.dep == "dobj" for c in sentence.children(verb.i)):
            code = "030"  # 'would not accept the displacement of Palestinians': refused
        taken = lemma in SEIZING and self._place_taken(sentence, index, verb)
        code = "192" if taken else code  # 'the M23 seized Goma': territory, not people
        if code == "192" and by_combat(sentence, verb):
            code = "190"  # 'retook the village after fierce fighting': a military assault
        if code and code[:2] in ("10", "11", "12") and self._by_protest(sentence, verb):
            code = "141"  # 'rejected the result [in mass street protests]': PLOVER codes
            # demands and rejections that take the form of demonstrations as PROTEST
        if code == "174" and expelled_from_body(sentence, verb):
            code = "166"  # 'expelled Zuma from the party': a member expelled (SANCTION)
        if code in ("192", "175") and not taken \
                and (lemma in DETAINING or item.match.block == "APPREHEND"):
            code = "173"  # 'the army arrested the rebels', 'police detained protesters': an
            # arrest (PLOVER COERCE), neither an occupation nor violent repression
        noun = self._noun_object(sentence, verb) if code and code[:2] in ("02", "10") else None
        code = (combine.combine(code, noun) or code) if noun else code
        if self._is_speech(verb, found) and obliges(sentence, verb):
            code = "100"  # 'Russia said Sudan must return the helicopter'
        if lemma == "order" and code and code[:2] != "10" \
                and self._orders_party(sentence, index, verb):
            code = combine.mirror(code, 2) or "100"  # 'the court ordered Turkey to secure
        sectors = [m.actor.sector or "" for m in self._sources(sentence, index, verb)] \
            if lemma in RAIDING else []  # his release': demanded of Turkey, not done
        code = repression_code(sentence, verb, code, sectors)  # 'police dispersed the crowd'
        return as_cyber(sentence, verb, code)

    def _protest_called(self, sentence, verb: Token) -> str | None:
        """'organised a boycott of the conference', 'called a general strike': a protest,
        strike or boycott that someone organises or calls is that protest (14x), not
        coordination nor an appeal."""
        if verb.lemma.lower() not in PROTEST_CALLERS:
            return None
        return next((code for c in sentence.children(verb.i) if c.dep == "dobj"
                     and (code := self._noun_code(sentence, c)) and code[:2] == "14"), None)

    def _by_protest(self, sentence, verb: Token) -> bool:
        """'denounced the law [in street protests]', 'demanded his release [with rallies]':
        a stance told as the form of a demonstration, march or rally (141)."""
        holders = [verb] + [c for c in sentence.children(verb.i) if c.dep == "dobj"]
        return any(o.dep == "pobj" and (self._noun_code(sentence, o) or "")[:3] == "141"
                   for h in holders for p in sentence.children(h.i)  # '[the result] in
                   if p.dep == "prep" and p.lemma.lower() in ("in", "with", "through")  # ...
                   for o in sentence.children(p.i))  # protests', often misattached

    def _place_taken(self, sentence, index: MentionIndex, verb: Token) -> bool:
        """'seized [Goma]', 'captured [Crimea]': the object is a place's proper name, a
        mention coded as a bare country (no person, no organisation, no sector)."""
        return any(c.dep in ("dobj", "obj") and c.tag == "NNP"
                   and any(m.actor.sector is None and m.actor.country
                           and m.kind in ("name", "metonym") for m in index.in_phrase(c))
                   for c in sentence.children(verb.i))

    def _orders_party(self, sentence, index: MentionIndex, verb: Token) -> bool:
        """'ordered [Turkey] to ...', 'ordered [the government] to ...': an order to a state
        or an authority is a demand; one to troops or police ('ordered the army to
        withdraw') is a command, the deed itself."""
        if not any(c.dep == "xcomp" for c in sentence.children(verb.i)):
            return False
        sources = {m.actor.code for m in self._sources(sentence, index, verb)}
        return any(m.actor.code not in sources and (m.actor.sector or "GOV")[:3] in BODIES
                   for c in sentence.children(verb.i) if c.dep == "dobj"
                   for m in index.in_phrase(c))

    def _arriving_aid(self, sentence, verb: Token) -> str | None:
        """'The first shipment of Turkish aid arrived in Gaza', 'aid from Egypt reached
        Gaza', 'a WFP convoy carrying flour crossed into Syria': aid delivered, no visit."""
        subject = subject_of(sentence, verb)
        if verb.lemma.lower() not in ARRIVING or subject is None:
            return None
        words = subtree(sentence, subject) + [  # '..., [carrying] food and medicine'
            t for c in sentence.children(verb.i) if c.dep == "advcl"
            and c.lemma.lower() in ("carry", "bring", "deliver") for t in subtree(sentence, c)]
        named = next((code for t in words
                      if (code := self._noun_code(sentence, t)) and code.startswith("07")), None)
        if named is None and subject.lemma.lower() in CARRIERS and any(
                t.lemma.lower() in RELIEF_GOODS for t in words):
            return "073"  # relief goods, not aid named as such: humanitarian aid
        return named or ("073" if relief_workers(sentence, subject) else None)

    def _pledges_force(self, sentence: ParsedSentence, verb: Token) -> bool:
        """'vowed to restore control over Karabakh [by force]', 'vowed to bolster its arsenal
        [in response to] US drills': a pledge to act by force, or in answer to another's
        hostile act, is a threat."""
        heads = [verb, *(c for c in sentence.children(verb.i)
                         if c.dep in ("xcomp", "advcl") and infinitive(sentence, c))]
        for head in heads:
            for prep in (c for c in sentence.children(head.i) if c.dep == "prep"):
                objects = [o for o in sentence.children(prep.i) if o.dep == "pobj"]
                if prep.lemma.lower() == "by" and any(o.lemma.lower() == "force"
                                                      for o in objects):
                    return True
                answered = [t for o in objects if o.lemma.lower() in RETALIATION_NOUNS
                            for p in sentence.children(o.i) if p.dep == "prep"
                            for t in sentence.children(p.i) if t.dep == "pobj"]
                if any((code := self._noun_code(sentence, t)) and combine.is_hostile(code)
                       for t in answered):
                    return True
        return False

    def _units_arrive(self, sentence: ParsedSentence, verb: Token) -> bool:
        """'a battalion of troops arrived', 'warships arrived in Havana': armed units that
        go somewhere are moved there; only people visit ('the army chief visited Kabul')."""
        subject = subject_of(sentence, verb)
        heads = [subject, *measured(sentence, subject)] if subject is not None else []
        return any(h.lemma.lower() in ARMED_UNITS or h.text.lower() in ARMED_UNITS
                   or any(c.dep == "compound" and c.lemma.lower() == "police"  # 'police
                          for c in sentence.children(h.i)) for h in heads)  # officers
