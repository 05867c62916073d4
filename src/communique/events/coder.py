"""Events from one parsed sentence: verbs, verb combinations, reported speech, nouns."""

from __future__ import annotations

from dataclasses import replace

from ..model import Actor, EventCandidate, Mention, ParsedSentence, Token
from . import combine, remarks
from .remarks import name_calling
from .actors_in_parse import MentionIndex, object_heads, own_subject, passive_subject, subject_of
from .modality import modality, open_question, volitional
from .verbs import VerbDictionary, subtree
from .candidates import (acts_on_itself, announced_by, as_plover_request, at_border, by_parties,
                         closed_to_state, crowd_riot, demands_of_protests, fights_at_home,
                         for_the_state, forces_moved, forces_not_targets, home_country, invitations,
                         other_countries, own_agents, own_envoys, own_sides, protest_targets,
                         renamed, reports_other, restated, source_target_pairs, state_act,
                         unique_candidates, vouched)
from .redundant import elaborates, in_rejected_text, standing_description, without_aims
from .lexicon import (ACCEPTING, ACCUSING_LEMMAS, AGREEMENT_VERBS, CAUTIONING, CONTINUING,
                      DEBT_RELIEVING, DYING_LEMMAS, LEGAL_ACTION_LEMMAS, LEGAL_ROOTS,
                      MEDIATION_CODES, MOVE_LEMMAS, MOVED_FORCE_CODES, NEGATING_LEMMAS, NO_COMMENT,
                      ONE_SIDED_LEMMAS, ONE_SIDED_ROOTS, RECEIVING, RECIPROCAL_ROOTS,
                      RESPONSE_ROOTS, RETALIATING, SOURCELESS_ROOTS, SPEECH_BLOCKS, SPEECH_LEMMAS,
                      UNINFORMATIVE, VENUE_LEMMAS, VENUE_ROOTS, WEIGHING_LEMMAS)
from .background import before_the_news
from .justification import without_reasons
from .phrases import (alleged, announces, background, bare_gerund, body_to_investigate, carried,
                      charge, civic_strike, clause_verbs, compound_subject, demanded, done_together,
                      for_relief, formal_charge, found_guilty, holds_exercises, in_occasion,
                      infinitive, marker, mutual, peacekeepers_arrive, rescued)
from .relations import demands_action, force_not_ruled_out, keeps_options_open, ultimatum
from .confidence import clause_penalty, judges_an_act
from .consult import (hosted_talks, hosted_visits, mediated_between, mediated_parties, met_at_home,
                      named_mediators, visiting_guests)
from .figurative import figurative_harm
from .violence_nouns import described_nouns
from .shows_of_force import border_neighbours
from .roles import RoleFinder
from .verb_codes import ARRIVING, FoundVerb, VerbCodes, rebuffs_blame
from .unreal import unreal
from .nouns import NounEvents, packaged_nouns
from .tolls import (accidental_death, caused_by_nature, combat_toll, fights_nature, in_accident,
                    nature_warned, running_total, tally_since, violent_agent, war_toll)


class EventCoder(VerbCodes, NounEvents, RoleFinder):
    """Codes sentences into EventCandidates; one instance serves a whole run."""

    def __init__(self, verbs: VerbDictionary | None = None,
                 nouns: dict[str, str] | None = None) -> None:
        self.verbs = verbs or VerbDictionary()
        self.nouns = nouns if nouns is not None else packaged_nouns()

    def code_sentence(self, sentence: ParsedSentence,
                      mentions: tuple[Mention, ...]) -> list[EventCandidate]:
        if sentence.kind == "subheading" or not mentions:
            return []
        index = MentionIndex(sentence, mentions)
        found = self._verb_matches(sentence)
        consumed: set[int] = set()
        events: list[EventCandidate] = []
        for item in found.values():
            if item.verb.i not in consumed:
                coded = self._verb_events(sentence, index, item, found, consumed)
                if any(e.cameo[:2] in ("02", "10") and e.anchor == item.verb.i for e in coded):
                    consumed.update(demanded(sentence, item.verb, found))
                events.extend(vouched(coded) if item.match.specificity else coded)
        events.extend(self._noun_events(sentence, index, found))
        events.extend(self._name_calling(sentence, index))
        events = [e for e in events if not unreal(sentence, sentence.tokens[e.anchor])]
        events = self._own_warnings(sentence, index, events)
        events = by_parties(protest_targets(self._reported(sentence, index, events)))
        events = without_aims(sentence, restated(demands_of_protests(sentence, events)))
        events = without_reasons(sentence, events)
        events = invitations(sentence, [crowd_riot(e) for e in renamed(sentence, events)])
        events = hosted_visits(hosted_talks(sentence, mediated_parties(sentence, mediated_between(
            sentence, index, named_mediators(sentence, index, events)))))
        events = met_at_home(sentence, index, visiting_guests(sentence, index, events))
        return [as_plover_request(e) for e in events if not e.cameo.startswith("01")
                and not acts_on_itself(e)
                and not elaborates(sentence.tokens, e, events)
                and not in_rejected_text(sentence.tokens, e, events)
                and not self._toll_of_noun(sentence, e)
                and not standing_description(sentence, e)
                and not before_the_news(sentence, e)]

    def _toll_of_noun(self, sentence: ParsedSentence, event: EventCandidate) -> bool:
        """'a drone strike [that killed] 12', 'two years of war [which killed] thousands':
        a relative clause whose subject is the event noun it describes tells what that
        event did; the noun is the event (coded there, or another act's background)."""
        verb = sentence.tokens[event.anchor]
        if verb.dep != "relcl" or verb.head == verb.i or not any(
                self._noun_code(sentence, n) or in_occasion(sentence, n)
                for n in described_nouns(sentence, verb)):  # 'over the bombing of a mosque
            return False  # that killed 100', 'following strikes that destroyed homes'
        return any(c.dep == "nsubj" and c.lemma.lower() in ("that", "which")
                   for c in sentence.children(verb.i))

    def _name_calling(self, sentence, index: MentionIndex) -> list[EventCandidate]:
        events = []
        for verb, target_head in name_calling(sentence):
            sources = self._sources(sentence, index, verb)
            targets = [m for m in index.in_phrase(target_head)
                       if m.actor.code not in {s.actor.code for s in sources}]
            events.extend(self._candidate(sentence, verb, remarks.DENOUNCE, s, t, "asserted")
                          for s, t in source_target_pairs(sources, targets[:1], False)
                          if t is not None)
            kind = None if targets else self._deed_kind(sentence, target_head)
            if kind is not None and sources:  # 'called [the verdict] "a miscarriage of
                events.append(replace(  # justice"': aimed at whoever did the deed
                    self._candidate(sentence, verb, remarks.DENOUNCE, sources[0], None,
                                    "asserted"), refers_back=True, refers_to=kind))
        return events

    def _reported(self, sentence, index: MentionIndex,
                  events: list[EventCandidate]) -> list[EventCandidate]:
        """'Amnesty said police had used live ammunition': a conflict event that a speaker
        reports of another actor is coded as the speaker's accusation (CAMEO 112)."""
        for speech in sentence.tokens:
            if speech.pos != "VERB" or speech.lemma.lower() not in SPEECH_LEMMAS:
                continue
            speakers = self._sources(sentence, index, speech)
            content = {t.i for c in sentence.children(speech.i)
                       if c.dep == "ccomp" and c.i > speech.i  # not "..., officials said"
                       for t in clause_verbs(sentence, c)}
            if speakers and content:
                events = [self._accusation(e, speakers[0], speech)
                          if e.anchor in content and reports_other(e, speakers[0])
                          else for_the_state(e, speakers[0]) if e.anchor in content else e
                          for e in events]
            told = {t.i for c in sentence.children(speech.i) if c.dep == "ccomp"
                    for t in clause_verbs(sentence, c)}  # '..., the governor said' too
            events = [announced_by(e, speakers[0]) if speakers and e.anchor in told else e
                      for e in events]
        return unique_candidates(events)

    def _own_warnings(self, sentence, index: MentionIndex,
                      events: list[EventCandidate]) -> list[EventCandidate]:
        """'Ankara could launch a ground operation, Erdogan said': a hostile step that a side
        says it could take is a warning, a threat (CAMEO 13, PLOVER THREATEN), not an
        attack; what others say it could do stays a possibility."""
        if not any(_could_do(sentence, e) for e in events):
            return events  # most sentences: no speaker's roles to look up
        for speech in sentence.tokens:
            if speech.pos != "VERB" or speech.lemma.lower() not in WARNING_SPEECH:
                continue
            speakers = {m.actor.country for m in self._sources(sentence, index, speech)}
            content = {t.i for c in sentence.children(speech.i) if c.dep == "ccomp"
                       for t in clause_verbs(sentence, c)}
            events = [replace(e, cameo=combine.threat(e.cameo) or "130", modality="asserted")
                      if e.anchor in content and e.source is not None
                      and e.source.country in speakers and _could_do(sentence, e)
                      else e for e in events]
        return events

    def _accusation(self, event: EventCandidate, speaker: Mention,
                    speech: Token) -> EventCandidate:
        return replace(event, cameo="112", source=speaker.actor, target=event.source,
                       anchor=speech.i, modality="asserted")


    def _verb_events(self, sentence, index, item: FoundVerb, found,
                     consumed) -> list[EventCandidate]:
        """The events one coded verb expresses, after the shapes that change what it means."""
        verb = item.verb
        if self._not_an_event(sentence, index, verb, item.match.code):
            return []
        shaped = self._shaped(sentence, index, item, found, consumed)
        if shaped is not None:
            return shaped
        inner = self._kept_inner(sentence, index, item, found, consumed)
        if inner is False:
            return []
        shaped = self._outer_shapes(sentence, index, item, inner, found, consumed)
        if shaped is not None:
            return shaped
        code = self._final_code(sentence, index, item, found)
        if not code or code in UNINFORMATIVE:
            return []
        return self._events(sentence, index, verb, code, verb)

    def _not_an_event(self, sentence, index, verb: Token, code: str | None) -> bool:
        """Verbs whose shape says nothing happened between actors."""
        lemma = verb.lemma.lower()
        subject = subject_of(sentence, verb)
        return (remarks.names(sentence, verb)  # 'called X a killer': name-calling, elsewhere
                or open_question(sentence, verb)  # '(declined to say) whether the emir would'
                or combat_toll(sentence, verb)  # 'agreed to a truce after fighting killed 30'
                or verb.dep == "conj" and combat_toll(sentence, sentence.tokens[verb.head])
                or war_toll(sentence, verb)  # 'the war has killed 300,000 people'
                or accidental_death(sentence, verb)  # 'killed when the roof collapsed'
                or lemma == "host" and code == "043"  # 'host Russian military bases'
                and not self._hosts_visitors(sentence, index, verb)
                or lemma == "join" and self._joins_body(sentence, index, verb)  # 'joining the EU'
                or lemma == "insist" and not demands_action(sentence, verb)  # '..., it insisted'
                or code is not None and code.startswith(("17", "080", "084"))  # 'pulled
                and rescued(sentence, verb)  # from the rubble', 'freed from the wreckage'
                or code in ("042", "043") and carried(sentence, verb)  # 'flown to hospital'
                or figurative_harm(sentence, verb, code)  # 'sanctions hit the economy'
                or code == "171" and carried(sentence, verb) and _moved_to(sentence, verb)
                or alleged(sentence, verb)  # 'arrested on suspicion of [murdering]'
                or fights_nature(sentence, verb)  # 'firefighters battled the blaze'
                or code is not None and code.startswith("15") and for_relief(sentence, verb)
                or subject is not None and subject.dep == "nsubj"  # 'a ceasefire ... held',
                and self._noun_code(sentence, subject)  # 'clashes left 30 dead': the noun
                and not self._arriving_aid(sentence, verb)  # but 'aid reached Gaza'
                and not (code and code[:2] in ("18", "19", "20")
                         and any(c.dep in ("dobj", "obj") for c in sentence.children(verb.i))))

    def _shaped(self, sentence, index, item: FoundVerb, found, consumed) -> list | None:
        """Events whose code and roles the sentence's shape decides before any inner verb:
        ultimatums, findings of guilt, suspended members, deaths, accusations."""
        verb, code, lemma = item.verb, item.match.code, item.verb.lemma.lower()
        if ultimatum(sentence, verb):
            consumed.update(c.i for c in subtree(sentence, verb) if c.i in found and c is not verb)
            return self._events(sentence, index, verb, "139", verb)
        if (guilty := found_guilty(sentence, verb)) is not None:
            consumed.update(c.i for c in sentence.children(verb.i) if c.i in found)
            consumed.update(t.i for c in sentence.children(verb.i) if c.dep == "ccomp"
                            for t in subtree(sentence, c) if t.i in found)  # what was found
            targets = index.in_phrase(guilty)
            return self._pairs(sentence, verb, "116", self._sources(sentence, index, verb),
                               targets) if targets else []
        if (probe := body_to_investigate(sentence, verb)) is not None:
            consumed.add(probe.i)  # 'set up a commission to investigate the killings': an
            return self._events(sentence, index, verb, "090", probe)  # inquiry, into what
            # the commission is to look into
        if lemma == "suspend" and (roles := self._suspended(sentence, index, verb)):
            return self._pairs(sentence, verb, "160", *roles)
        if lemma in DYING_LEMMAS:
            roles = self._deaths(sentence, index, verb)
            return [] if roles is None else self._pairs(sentence, verb, "190", *roles)
        if formal_charge(sentence, verb):  # 'charged three men with spying': legal action,
            consumed.update(charge(sentence, verb, found))  # PLOVER ACCUSE 'allege'
            return self._events(sentence, index, verb, "115", verb)
        if lemma in LEGAL_ACTION_LEMMAS and code and code.startswith("173"):
            consumed.update(charge(sentence, verb, found))  # 'was indicted on corruption
            return self._events(sentence, index, verb, "115", verb)  # charges': not an arrest
        if rebuffs_blame(sentence, verb):  # 'rejected the accusation as baseless'
            return self._events(sentence, index, verb, "120", verb)
        accusing = code and code[:2] == "11" and lemma not in combine.OUTER_LEMMAS \
            and lemma not in ("convict", "sentence")  # a finding of guilt, no allegation
        if accusing or lemma in ACCUSING_LEMMAS:
            consumed.update(charge(sentence, verb, found))  # 'accused X of [crossing]'
            if lemma == "protest":
                code = "140"  # a protest, which a state makes through diplomatic channels
                # (114) and a crowd in the streets (by_parties)
            elif not (code and code[:2] == "11") or code == "111" and lemma == "accuse":
                code = "112"  # a pattern's code names what is alleged, not the accusation
            return self._events(sentence, index, verb, code, verb)
        return None

    def _kept_inner(self, sentence, index, item: FoundVerb, found, consumed):
        """The inner verb the outer one combines with ('agreed to [meet]'), None, or False
        when the pair is no event ('declined to [say]', 'cautioned that ...')."""
        verb, lemma = item.verb, item.verb.lemma.lower()
        inner = self._inner(sentence, verb, found)
        if inner is not None and lemma in ("decline", "refuse") \
                and inner.verb.lemma.lower() in NO_COMMENT:
            consumed.add(inner.verb.i)  # 'declined to say whether ...': no comment, no event
            return False
        if inner is not None and lemma in AGREEMENT_VERBS \
                and self._agreement_object(sentence, verb):
            consumed.add(inner.verb.i)  # 'agreed to a truce [to allow] the exchange': the
            return None  # truce's purpose
        if inner is None and lemma in CAUTIONING and not keeps_options_open(sentence, verb) \
                and any(c.dep == "ccomp" and not announces(sentence, c)
                        for c in sentence.children(verb.i)):
            return False  # 'cautioned that the border remained difficult': a comment
        if inner is not None and inner.verb.dep == "pcomp" and item.match.code \
                and item.match.words and _object_named(sentence, verb, item.match.words):
            consumed.add(inner.verb.i)  # 'endorsed the roadmap [for ending] the war': what
            return None  # the roadmap is for, not done
        if inner is not None and {inner.verb.text.lower(), inner.verb.lemma.lower()} & set(
                item.match.words):
            consumed.add(inner.verb.i)  # 'halt [firing]': part of the verb itself
            return None
        return inner

    def _outer_shapes(self, sentence, index, item: FoundVerb, inner, found, consumed):
        """Shapes that fix the code ('declared persona non grata', 'called X to discuss'),
        then the outer verb combined with its inner one, then threats and options."""
        verb, lemma = item.verb, item.verb.lemma.lower()
        fixed = self._fixed_code(sentence, index, item, inner, found, consumed)
        if fixed:
            return self._events(sentence, index, verb, fixed, verb)
        if inner is not None:
            joined = combine.combine(item.match.code, inner.match.code,
                                     _outer_key(item))
            if joined and lemma == "agree" and _forgives_debt(inner):
                joined = inner.match.code  # 'agreed to forgive Nigeria's debt': AID itself
            if joined or lemma in NEGATING_LEMMAS:
                consumed.add(inner.verb.i)
                events = self._events(sentence, index, verb, joined or inner.match.code,
                                      inner.verb, negated=joined is None)
                if joined and joined[:2] in ("02", "10"):
                    events += self._demanded_too(sentence, index, item, inner, found, consumed)
                return vouched(events) if inner.match.specificity else events
        if lemma == "warn" and self._others_deed(sentence, index, verb):
            return []  # 'NATO warned of a Russian attack': a warning about another's deed
        if lemma in ("threaten", "warn") and inner is None \
                and (noun := self._noun_after(sentence, verb, ("of", "with"))) \
                and combine.is_hostile(noun) and combine.threat(noun):
            return self._events(sentence, index, verb, combine.threat(noun), verb)  # 'warned
            # of a general strike', 'threatened Iran with sanctions': the threat of that
        if lemma in WEIGHING_LEMMAS and (noun := self._noun_object(sentence, verb)):
            return self._events(sentence, index, verb, noun, verb, weighed=True)
        return None

    def _demanded_too(self, sentence, index, item: FoundVerb, inner: FoundVerb, found,
                      consumed) -> list[EventCandidate]:
        """'demanded that the government resign [and hold] new elections': what is demanded
        with a conjunct is demanded too, not done."""
        events = []
        for conj in sentence.children(inner.verb.i):
            if conj.dep == "conj" and conj.i in found:
                consumed.add(conj.i)
                code = combine.combine(item.match.code, found[conj.i].match.code, "")
                if code:
                    events += self._events(sentence, index, item.verb, code, conj)
        return events


    def _inner(self, sentence, verb: Token, found: dict[int, FoundVerb]) -> FoundVerb | None:
        for child in sentence.children(verb.i):
            coded = child.i in found and found[child.i].match.code
            if child.dep == "advcl" and coded and infinitive(sentence, child) \
                    and verb.lemma.lower() in combine.OUTER_LEMMAS \
                    and object_heads(sentence, verb) == []:
                return found[child.i]  # 'have sworn [to fight]' parsed as a purpose clause
            if child.dep == "advcl" and coded and bare_gerund(sentence, child) \
                    and verb.i in found and _outer_key(found[verb.i]) == "rule out":
                return found[child.i]  # 'ruled out [sending] troops' parsed as an adverb
            if child.dep == "xcomp" and child.lemma.lower() in CONTINUING and \
                    (deeper := self._inner(sentence, child, found)) is not None:
                return deeper  # 'promised to keep [attacking] ships': what goes on
            if child.dep in ("xcomp", "pcomp", "ccomp") and child.i in found:
                if found[child.i].match.code and not self._is_speech(verb, found):
                    return found[child.i]
            if child.dep == "prep":
                for grandchild in sentence.children(child.i):
                    if grandchild.dep in ("pcomp", "pobj") and grandchild.i in found \
                            and found[grandchild.i].match.code:
                        return found[grandchild.i]
        return None

    @staticmethod
    def _modal(sentence, verb: Token) -> bool:
        """'would', 'will', 'could' ... on the verb: the act is still to come."""
        return any(c.dep in ("aux", "auxpass") and c.tag == "MD"
                   for c in sentence.children(verb.i))

    @staticmethod
    def _defended_against(sentence, index, verb: Token, targets: list[Mention]) -> bool:
        """Targets all named in an 'against' phrase of the verb's clause: the adversary."""
        foes = {m.actor.code for p in subtree(sentence, verb)
                if p.dep == "prep" and p.lemma.lower() == "against"
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o)}
        return {m.actor.code for m in targets} <= foes

    def _against_condition(self, sentence, index, verb: Token, content: Token,
                           sources: list[Mention], targets: list[Mention]) -> bool:
        """Forces to be sent at whoever is the subject of the condition ('if [Kosovo]
        sends police ...'), not to a side that asks or allows it ('if the UN agrees')."""
        if content.lemma.lower() not in MOVE_LEMMAS:
            return False
        setters = self._condition_subject(sentence, index, (verb, content), sources)
        return bool(setters) and {m.actor.code for m in targets} <= {
            m.actor.code for m in setters}

    def _is_speech(self, verb: Token, found: dict[int, FoundVerb]) -> bool:
        item = found.get(verb.i)
        return verb.lemma.lower() in SPEECH_LEMMAS or (
            item is not None and item.match.block in SPEECH_BLOCKS)

    def _events(self, sentence, index, verb: Token, code: str | None, content: Token,
                negated: bool = False, weighed: bool = False) -> list[EventCandidate]:
        if not code or code[:2] in NATURE_ROOTS and caused_by_nature(sentence, verb) \
                or code[:2] == "13" and nature_warned(sentence, verb) \
                or in_accident(sentence, verb):
            return []  # 'the quake killed 600', 'warned the outbreak could spread': no actor
        code, mode = self._code_and_mode(sentence, verb, code, content, negated, weighed)
        sources = self._event_sources(sentence, index, verb, code, content, negated)
        targets = self._event_targets(sentence, index, verb, code, content, sources)
        if (code[:2] == "07" or code == "041") and verb.lemma.lower() in RECEIVING \
                and (givers := self._givers(sentence, index, verb, sources)):
            sources, targets = givers, sources  # 'Kyiv received tanks [from] Washington':
            # the recipient is the subject, the giver the 'from' phrase; so for a call
            # ('received a phone call from Biden'), the caller
        reciprocal = code not in MEDIATION_CODES and (code.startswith(RECIPROCAL_ROOTS) or (
            compound_subject(sentence, verb) and mutual(sentence, verb)))
        if reciprocal and code[:2] in ("03", "04", "05", "06") and own_sides(targets, sources):
            targets = []  # 'Morocco and Spain resumed joint [police] patrols': each other
        if code == "150" and (holds_exercises(sentence, content)
                              or done_together(sentence, content)) \
                and other_countries(sources, targets):
            code, reciprocal = "062", True  # 'Russia and China held naval drills': together
            targets = [] if other_countries(sources, []) else targets  # 'off Crete': where
        if code[:2] in VERBAL_CONFLICT and content is verb:
            targets = self._addressee(sentence, index, verb, sources, targets) or targets
        placed = False
        if content.lemma.lower() in RAISING_FORCES and code[:2] in ("15", "19", "13"):
            targets = forces_not_targets(sentence, content, targets)  # 'armed [young men]',
            # 'would use [the army] against ...': the actor's own forces
        if own_agents(targets, sources):
            targets = []  # 'Sri Lanka opened an embassy in Tehran': Tehran is the other side
        recalled = own_envoys(code, targets, sources)
        if recalled:
            targets = []  # 'recalled its ambassador': aimed at whom it served with, before
        if len(sources) > 1 and code[:2] in ("03", "04", "05", "06") and targets and \
                set(targets) <= set(self._topics(sentence, index, content)):
            targets = []  # 'Turkey and Iraq launched an operation against the PKK': partners
        if not targets and not (reciprocal and len(sources) > 1) \
                and not code.startswith(VENUE_ROOTS) and content.lemma.lower() not in VENUE_LEMMAS:
            targets = self._place_target(sentence, index, content, sources)
            placed = bool(targets)
        if not targets and code.startswith("15"):  # 'massed troops near the Ukrainian border'
            targets = border_neighbours(sentence, index, content, sources)
        if code in ("074", "0334") and targets and self._defended_against(
                sentence, index, content, targets):
            code = "138"  # 'ready to defend Niger [against] any ECOWAS intervention': the
            # side defended against is threatened with force; the protected one is aided
        if mode == "conditional" and code in MOVED_FORCE_CODES and targets \
                and self._against_condition(sentence, index, verb, content, sources, targets):
            code = "138"  # 'if Kosovo sends police north, Serbia will deploy its army to the
            # border': forces sent against whoever sets off the condition, a threat of force
        if code in MOVED_FORCE_CODES and targets and all(at_border(sentence, m) for m in targets):
            placed = True  # 'deployed troops to the Syrian border': where, not to whom
        if code == "042" and sources and targets and peacekeepers_arrive(sentence, content):
            code, sources, targets = "0861", targets[:1], sources[:1]  # 'Bangladeshi
            # peacekeepers arrived in Sierra Leone': the host receives them (RETREAT access)
        if code == "042" and self._units_arrive(sentence, content):
            code = "154"  # 'Rwandan troops arrived in Cabo Delgado': forces moved, no visit
        if forces_moved(content, code, targets, sources, placed) \
                and not self._helped(sentence, index, content, sources) \
                and not for_relief(sentence, content):  # 'to help rescue efforts'
            code = "154"  # 'sent warships to the Baltic': a show of force, not military aid
            if not placed:
                targets = self._place_target(sentence, index, content, sources)
                placed = bool(targets)
        if not sources and background(sentence, verb) or running_total(sentence, content) \
                or tally_since(sentence, content):
            return []  # 'exchanges of fire have killed dozens in recent years'
        domestic = not targets and sources and bool(sources[0].actor.country) \
            and (code in DOMESTIC_MEASURES or fights_at_home(code, sources[0])
                 or code == "143" and any(c.dep == "dobj" and civic_strike(sentence, c)
                                          for c in sentence.children(content.i)))
        if domestic:
            targets = [home_country(sources[0])]  # 'imposed a curfew', 'lifted the state of
            # emergency': on its own country
        own = frozenset(i for m in index.mentions for i in range(m.start, m.end)
                        if m.kind == "pronoun" and m.actor.code in {s.actor.code for s in sources})
        referred = self._referred_kind(sentence, content, own)
        back = not targets and (referred is not None or content.lemma.lower() in RETALIATING
                                or code.startswith(RESPONSE_ROOTS) or recalled)  # 'Japan
        # protested'
        pairs = source_target_pairs(sources, targets, reciprocal) or (
            [(sources[0], targets[0])] if domestic else [])  # 'Sudan lifted the curfew':
        # the country on itself
        return [replace(self._candidate(sentence, verb, closed_to_state(
            state_act(code, s, content), s, t, content), s, t, mode, 0.15 * placed),
            refers_back=back, refers_to=(referred or "") if back else "", placed=placed)
            for s, t in pairs]

    def _code_and_mode(self, sentence, verb: Token, code: str, content: Token,
                       negated: bool, weighed: bool) -> tuple[str, str]:
        """The verb's modality, and its code as that modality and the clause make it
        ('will not ease sanctions' a refusal, 'would not rule out military action' a
        threat)."""
        mode = "negated" if negated else modality(sentence, verb)
        if mode == "conditional" and marker(sentence, verb, content) == "until" \
                and not self._modal(sentence, verb):
            mode = "asserted"  # 'was suspending consultations until he was freed': done,
            # for as long as the clause says
        if weighed and mode in ("asserted", "planned"):
            mode = "hypothetical"  # 'is considering sanctions': an option, not a plan
        if mode == "planned" and content is verb:
            code = combine.intent(code)
        elif mode == "conditional" and content is verb:
            code = combine.conditional(code)
        if mode == "negated" and code[:2] == "08" and volitional(sentence, verb):
            code, mode = combine.mirror(code, 3) or "124", "asserted"  # 'will not ease sanctions'
        if mode == "negated" and code[:2] == "03" and (
                volitional(sentence, verb) or verb.lemma.lower() in ACCEPTING):
            code, mode = combine.refusal_of_intent(code), "asserted"  # 'will not accept',
            # 'did not accept the proposal': a refusal
        if mode == "negated" and force_not_ruled_out(sentence, verb):
            code, mode = "138", "asserted"  # 'would not rule out military action': a threat
        if mode == "conditional" and marker(sentence, verb, content) == "unless":
            code = combine.threat(code) or "130"  # 'will launch an offensive unless ...'
        if mode == "conditional" and content is not verb and code.startswith("13"):
            mode = "asserted"  # 'threatened to strike unless ...': the threat was made
        return code, mode

    def _event_sources(self, sentence, index, verb: Token, code: str, content: Token,
                       negated: bool) -> list[Mention]:
        """Who does the act: the verb's subject, else a passive's forces, parties, an
        expeller, a giver or a sender named elsewhere in the clause."""
        sources = self._sources(sentence, index, verb) or self._event_noun_agent(
            sentence, index, verb) or self._cause_agents(sentence, index, verb, code)
        if negated and content is not verb and own_subject(sentence, content) is not None:
            sources = self._sources(sentence, index, content) or (  # 'denied that [soldiers]
                sources if _unnamed_force(own_subject(sentence, content)) else [])  # had'
        passive = passive_subject(sentence, verb)
        if not sources and passive is not None and code.startswith(("14", "15", "0874",
                                                                      "1661", "1662")):
            sources = index.in_phrase(passive)  # '3,000 police officers were deployed',
            # 'Russian troops were withdrawn', 'UN peacekeepers were pulled out': the
            # forces or missions moved do it
        if not sources and passive is not None and code[:2] in ("03", "04", "05", "06"):
            sources = self._between_parties(sentence, index, verb)  # 'was signed between'
        if not sources:
            sources = self._expeller(sentence, index, verb)  # 'expelled from Estonia'
        if not sources and passive is not None and code.startswith(("06", "07")):
            sources = self._givers(sentence, index, verb, [])  # 'two suspects were
            # extradited [from] Turkey to Belgium', 'aid was flown [from] Cyprus': who gives
        if not sources and code.startswith("07") and verb.lemma.lower() in ARRIVING:
            sources = self._cargo_senders(sentence, index, verb)  # 'trucks carrying flour
            # from the WFP reached Gaza'
        return sources

    def _event_targets(self, sentence, index, verb: Token, code: str, content: Token,
                       sources: list[Mention]) -> list[Mention]:
        """At whom the act is aimed: the first of the ways a clause names it, in order."""
        addressed = content is not verb and code.startswith(("02", "10", "13"))
        targets = (code.startswith(("166", "161")) and (
                       self._left(sentence, index, content, sources)
                       or code == "161" and self._post_left(sentence, index, content, sources))
                   or code.startswith(("160", "164")) and self._quit_partners(
                       sentence, index, content, sources)
                   or self._recipient(sentence, index, content, code, sources)
                   or self._aided(sentence, index, content, code, sources)
                   or self._partners(sentence, index, content, code, sources)
                   or self._defied(sentence, index, content, code, sources)
                   or (addressed and (self._targets(sentence, index, verb, sources)
                                      or self._threatened(sentence, index, verb, code, sources)
                                      or self._clause_subject(sentence, index, verb, sources)))
                   or self._targets(sentence, index, content, sources)
                   or self._targets(sentence, index, verb, sources)
                   or self._occasion(sentence, index, content, code, sources)
                   or self._occasion(sentence, index, verb, code, sources)
                   or self._threatened(sentence, index, verb, code, sources)
                   or self._clause_subject(sentence, index, content, sources)
                   or self._clause_subject(sentence, index, verb, sources)
                   or self._condition_subject(sentence, index, (verb, content), sources)
                   or (self._written_to(sentence, index, verb, sources)
                       if code[:2] in WRITTEN_ROOTS else []))
        if code[:2] == "10" and content is verb and verb.lemma.lower() in SPEECH_LEMMAS:
            targets = self._clause_subject(sentence, index, verb, sources) or targets  # 'told
            # parliament: "Tanzania must free our drivers"': what is demanded of whom
        return targets

    def _pairs(self, sentence, verb, code: str, sources: list[Mention],
               targets: list[Mention]) -> list[EventCandidate]:
        mode = modality(sentence, verb)
        return [self._candidate(sentence, verb, code, s, t, mode)
                for s, t in source_target_pairs(sources, targets, False)]

    def _candidate(self, sentence, verb, code, source, target, mode,
                   penalty: float = 0.0) -> EventCandidate:
        confidence = 0.4 + 0.25 * (source is not None) + 0.2 * (target is not None) - penalty
        no_target = target is None and not (
            code.startswith(ONE_SIDED_ROOTS) or verb.lemma.lower() in ONE_SIDED_LEMMAS
            or judges_an_act(sentence, verb, code, source and source.actor))
        no_source = source is None and not (code.startswith(SOURCELESS_ROOTS)
                                            and violent_agent(sentence, verb)) \
            and not (code.startswith(LEGAL_ROOTS) and passive_subject(sentence, verb))
        confidence -= 0.2 if no_target else 0.0
        confidence -= 0.15 if no_source else 0.0  # 'five protesters were arrested': the
        # authorities, unnamed
        confidence -= 0.2 if sentence.kind == "caption" else 0.0
        confidence -= clause_penalty(sentence, verb, no_target or source is None)  # 'after
        # [fighting] killed dozens': violence by nobody named is background there
        return EventCandidate(sentence_index=sentence.index, anchor=verb.i, cameo=code,
                              source=source.actor if source else None,
                              target=target.actor if target else None, modality=mode,
                              confidence=round(min(max(confidence, 0.05), 0.95), 2))

# Verbs whose object is a force the actor raises, arms or wields ('formed a militia',
# 'armed young men', 'used the army'): its own, never the event's target.
RAISING_FORCES = frozenset({"arm", "form", "create", "establish", "raise", "organise",
                            "organize", "set", "take", "use"})
# Speech verbs whose clause can carry a warning, and the modals that make it one.
WARNING_SPEECH = frozenset({"say", "tell", "warn", "state", "add", "declare", "write"})
WARNING_MODALS = frozenset({"could", "may", "might", "can"})


def _could_do(sentence: ParsedSentence, event: EventCandidate) -> bool:
    """A protest, show of force, coercion or attack (14-15, 17-20) stated as possible:
    'could launch an operation'. A sanction stated as possible ('could impose sanctions')
    stays a hypothetical sanction, as the dev articles code it."""
    verb = sentence.tokens[event.anchor]
    return event.modality == "hypothetical" and combine.is_hostile(event.cameo) \
        and event.cameo[:2] != "16" \
        and any(c.dep == "aux" and c.text.lower() in WARNING_MODALS
                for c in sentence.children(verb.i))


def _moved_to(sentence: ParsedSentence, verb: Token) -> bool:
    """'was taken [to] hospital', 'taken from jail [to] a court': carried somewhere by
    nobody named, not seized ('their passports were taken', 'taken by gunmen')."""
    children = sentence.children(verb.i)
    return any(c.dep == "prep" and c.lemma.lower() == "to" for c in children) \
        and not any(c.dep == "agent" for c in children)


def _object_named(sentence: ParsedSentence, verb: Token, words) -> bool:
    """The verb's pattern matched its direct object ('endorsed the [roadmap]')."""
    return any(c.dep == "dobj" and {c.text.lower(), c.lemma.lower()} & set(words)
               for c in sentence.children(verb.i))


def _forgives_debt(inner: FoundVerb) -> bool:
    """Debt relief agreed is given: the PLOVER manual codes 'has agreed to forgive $200 of
    Nigeria's ... loan obligations' as AID, not as a promise (AGREE)."""
    return inner.match.code == "071" and inner.verb.lemma.lower() in DEBT_RELIEVING


def _outer_key(item: FoundVerb) -> str:
    """How an outer verb is looked up among the combining verbs: by its lemma, 'rule out'
    with its particle; a verb whose pattern matched words ('refused food') by its code."""
    if item.match.words == ("out",) and item.verb.lemma.lower() == "rule":
        return "rule out"
    return "" if item.match.words else item.verb.lemma.lower()


# Criticism, refusal, threat and protest, which a purpose clause may address to whom the
# main verb acts on: 'summoned the ambassador [to protest] ...'.
VERBAL_CONFLICT = ("11", "12", "13", "14")
WRITTEN_ROOTS = ("02", "10", "11", "12")  # appeals, demands, complaints, rejections by letter


# Coercion and violence, which a flood or a crash may seem to do but no actor did.
NATURE_ROOTS = ("17", "18", "19", "20")
# Curfews and states of emergency imposed (1723, 1724) or eased (0813, 0814).
DOMESTIC_MEASURES = frozenset({"1723", "1724", "0813", "0814"})


__all__ = ["EventCoder", "Actor"]


UNNAMED_FORCES = frozenset({"officer", "officers", "agent", "agents", "personnel", "guard",
                            "guards", "men", "units"})


def _unnamed_force(subject: Token) -> bool:
    """'a police spokesman denied that [officers] had fired': the speaker's own force."""
    return subject.lemma.lower() in UNNAMED_FORCES or subject.text.lower() in UNNAMED_FORCES
