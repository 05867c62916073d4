"""Events named by nouns: 'the talks between X and Y', 'Russian attacks on Kharkiv',
'condemnation from the United States', 'the release of 50 prisoners'."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import resources

from ..model import EventCandidate, Mention, ParsedSentence, Token
from . import combine, remarks
from .actors_in_parse import MentionIndex
from .modality import modality
from .verbs import measured, temporal
from .candidates import (home_country, noun_pairs, source_target_pairs)
from .consult import called_off, framing_meeting
from .cyber import as_cyber
from .lexicon import (DEFINITE, EASING_VERBS, EFFORT_NOUNS, FACING_LEMMAS, NAMED_ENTITIES,
                      NOMINALISED, READINESS, RECIPROCAL_ROOTS, REMOVALS)
from .phrases import (background, civic_strike, eased_in, failed, governed_by_event, in_condition,
                      joint, strike_kind, unreal)
from .tolls import combat_toll, war_toll
from .violence_nouns import (VIOLENT_NOUN_ROOTS, armed_fire, attackers_from, harm_verb,
                             sides_on_verb, under_fire, victims)


class NounEvents:
    """Event nouns, their doers and who they are aimed at (a mixin of EventCoder)."""

    def _noun_code(self, sentence: ParsedSentence, token: Token) -> str | None:
        if token.pos not in ("NOUN", "PROPN") or token.ent_type in NAMED_ENTITIES:
            return None  # 'in March' is a month, 'the Summit Hotel' a name
        previous = sentence.tokens[token.i - 1].text.lower() if token.i else ""
        word = token.text.lower()
        hyphened = f"{sentence.tokens[token.i - 2].text.lower()}-{word}" \
            if previous == "-" and token.i > 1 else None  # 'a sit-in': 'sit', '-', 'in'
        code = (self.nouns.get(f"joint {word}") if joint(sentence, token) else None) or \
            (self.nouns.get(hyphened) if hyphened else None) or \
            self.nouns.get(f"{previous} {word}") or \
            self.nouns.get(word) or self.nouns.get(token.lemma.lower())
        if code is None and token.lemma.lower() in EFFORT_NOUNS:  # 'a [mediation] effort'
            modifiers = (self._noun_code(sentence, c) for c in sentence.children(token.i)
                         if c.dep == "compound")
            code = next((m for m in modifiers if m), None)
        if code is None and token.lemma.lower() in NOMINALISED or code == "174" and \
                token.lemma.lower() == "expulsion":  # 'the expulsion of two diplomats': as
            code = self._nominal_code(sentence, token) or code  # 'expelled diplomats' is
        if code == "041" and word in ("call", "calls") and _calls_for(sentence, token):
            code = "020"  # 'renewed its call for calm', 'calls on Israel to': an appeal
        if code == "143" and word in ("strike", "strikes"):
            code = "143" if civic_strike(sentence, token) else strike_kind(sentence)  # 'did
            # not confirm the strikes': which kind?
        return as_cyber(sentence, token, code)  # 'a cyber attack on the ministry': COERCE

    def _nominal_code(self, sentence: ParsedSentence, noun: Token) -> str | None:
        """'a suspension of air links', 'a freeze on aid': the code of the verb with what
        the noun's 'of', 'on' or 'to' phrase names as its object."""
        verb = NOMINALISED[noun.lemma.lower()]
        heads = [o for p in sentence.children(noun.i)
                 if p.dep == "prep" and p.lemma.lower() in ("of", "on", "to", "in")
                 for o in sentence.children(p.i) if o.dep == "pobj"]
        heads += [m for h in heads for m in measured(sentence, h)]  # '200 tonnes of [food]'
        words = [w for h in heads for w in (h.text.lower(), h.lemma.lower())]
        words += [p.lemma.lower() for p in sentence.children(noun.i)  # 'the suspension of
                  if p.dep == "prep" and p.lemma.lower() == "from"]  # Mali [from] the AU
        code = next((c for w in words if (c := self.verbs.phrase_code(verb, w))), None)
        if code is None and verb in EASING_VERBS:  # 'the lifting of the curfew': 0813
            code = next((c for h in heads if (c := eased_in(sentence, h))), None)
        if code is None and verb in EASING_VERBS and any(
                self.nouns.get(h.lemma.lower()) == "0871" for h in heads):
            code = "196"  # 'an end to the truce': called off, as 'ended the truce' is
        return code

    def _eased_object(self, sentence: ParsedSentence, verb: Token) -> str | None:
        """'announced a [suspension] of attacks', 'ordered a [halt] to the offensive': the
        code of an easing noun that is the verb's object."""
        return next((code for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")
                     and NOMINALISED.get(c.lemma.lower()) in EASING_VERBS
                     and (code := self._nominal_code(sentence, c))), None)

    def _noun_events(self, sentence, index: MentionIndex, found) -> list[EventCandidate]:
        events = []
        for token in sentence.tokens:
            code = self._noun_code(sentence, token) or _fire_code(sentence, token)
            if token.dep == "compound" and not self._noun_code(sentence, sentence.tokens[
                    token.head]):
                continue  # 'truce monitors', 'aid convoys': the head names no event
            if code and not (governed_by_event(sentence, token, found)
                             and not framing_meeting(sentence, token, code)
                             and not _called_off_meeting(sentence, token, code)) \
                    and not remarks.blamed_deed(sentence, token) and not (
                    token.dep in ("nsubj", "nsubjpass")
                    and toll_or_background(sentence, sentence.tokens[token.head])) \
                    and not anaphoric(sentence, token):
                if code.startswith("15") or unreal(sentence, token) \
                        or in_condition(sentence, token):
                    continue  # drills are news when held (a verb); 'any attack', 'if Israel
                    # allowed [aid] in' are none
                code = failed(sentence, token, code)  # 'the talks collapsed': 164
                calling_off = called_off(sentence, token) if code[:2] == "04" else None
                code = "164" if calling_off is not None else code  # 'the visit was postponed'
                actors = index.in_phrase(token)
                aimed = self._aimed_at(sentence, index, token, combine.is_hostile(code)
                                       or code.startswith("084")) \
                    or self._place_left(sentence, index, token)  # 'the release [of] X'
                pairs, mode, drawn_by = noun_pairs(actors), "asserted", None
                if senders := self._senders(sentence, index, token):
                    pairs = self._drawn_from(sentence, index, token, senders)
                    drawn_by = self._drawn_by_deed(sentence, index, token)
                partners = self._noun_partners(sentence, index, token, code)
                if partners and all(a in partners for a in actors):
                    pairs = []  # 'took part in talks [with Djibouti]': who talks is the subject
                bound = _bound_for(sentence, index, token)
                if bound and all(a in bound for a in actors):
                    pairs = []  # 'is on a visit [to India]': where it goes, not who goes
                elif bound:  # 'the delivery of tanks from Germany [to Ukraine]'
                    pairs = [(s, t or bound[0]) if s not in bound else (s, t) for s, t in pairs]
                if aimed:  # 'riots against Israeli soldiers', 'Russian attacks on Kharkiv'
                    doers = [a for a in _by_agents(sentence, index, token) if a not in aimed] \
                        or [a for a in actors if a not in aimed]
                    pairs = [(d, aimed[0]) for d in doers[:1]] or [(None, aimed[0])]
                elif (told := self._violence_roles(sentence, index, token, code, actors)):
                    pairs, mode = told
                if not pairs and not remarks.named_object(sentence, token):
                    pairs, verb = self._noun_agent(sentence, index, token, code)
                    put_to = self._condition_subject(sentence, index, (verb,), [
                        s for s, _ in pairs if s]) if verb is not None else []
                    other = next(iter(partners or bound or put_to), None)  # '... if [Djibouti]
                    pairs = [(s, t or other) for s, t in pairs if s not in partners]  # withdrew'
                    mode = modality(sentence, verb) if verb is not None else mode
                    if mode == "asserted" and _readiness(sentence, verb):
                        mode = "planned"  # 'is ready for [talks]': talks to come
                    code = combine.intent(code) if mode == "planned" else \
                        combine.conditional(code) if mode == "conditional" else code
                if code == "143" and civic_strike(sentence, token):  # 'called a national
                    pairs = [(s, t or home_country(s)) if s is not None and s.actor.country
                             else (s, t) for s, t in pairs]  # strike': across its country
                events.extend(self._candidate(sentence, calling_off or token, code, s, t, mode)
                              if t is not None or drawn_by is None else replace(
                                  self._candidate(sentence, token, code, s, t, mode),
                                  refers_back=True, refers_to=drawn_by) for s, t in pairs)
        return events

    def _violence_roles(self, sentence, index: MentionIndex, noun: Token, code: str,
                        actors: list[Mention]):
        """(pairs, modality) of violence whose roles the noun's clause tells: 'came under
        fire from X' (X on the subject), 'clashes erupted between X and Y', 'the bombing
        killed 12 soldiers' (on whom its verb harms); None when it tells none."""
        if not code.startswith(VIOLENT_NOUN_ROOTS):
            return None
        if (verb := under_fire(sentence, noun)) is not None:
            doers = [m for o in attackers_from(sentence, verb, noun) for m in index.in_phrase(o)]
            undergo = self._sources(sentence, index, verb)
            if not armed_fire(sentence, verb, noun, doers + undergo):
                return None
            return [(doers[0] if doers else None, next(iter(undergo), None))], \
                modality(sentence, verb)
        sides = [m for o in sides_on_verb(sentence, noun) for m in index.in_phrase(o)]
        if sides and not actors:
            return noun_pairs(sides), modality(sentence, sentence.tokens[noun.head])
        if (verb := harm_verb(sentence, noun)) is None:
            return None
        harmed = [m for o in victims(sentence, verb) for m in index.in_phrase(o)]
        doers = [a for a in actors if a not in harmed]
        return [(next(iter(doers), None), next(iter(harmed), None))], modality(sentence, verb)

    def _drawn_by_deed(self, sentence, index: MentionIndex, noun: Token) -> str | None:
        """'[The attacks] on the city drew condemnation from Egypt': a reaction drawn by an
        earlier deed named by a definite event noun with no actor in it is aimed at whoever
        did that deed; the noun's CAMEO root, which the doer is looked up by, or None."""
        verb = sentence.tokens[noun.head]
        if noun.dep not in ("dobj", "obj") or verb.lemma.lower() not in DRAWING_LEMMAS:
            return None
        subject = next((c for c in sentence.children(verb.i) if c.dep == "nsubj"), None)
        code = self._noun_code(sentence, subject) if subject is not None else None
        definite = subject is not None and any(
            c.dep == "det" and c.lemma.lower() in DEFINITE for c in sentence.children(subject.i))
        if not code or not definite or index.in_phrase(subject):
            return None
        return code[:2]

    def _place_left(self, sentence, index: MentionIndex, noun: Token) -> list[Mention]:
        """'the withdrawal of its troops [from Niger]', 'the pullout of forces [from]
        Afghanistan': the place a removal leaves is its target, as for the verbs."""
        if noun.lemma.lower() not in REMOVALS:
            return []
        holders = [noun] + [o for p in sentence.children(noun.i)
                            if p.dep == "prep" and p.lemma.lower() == "of"
                            for o in sentence.children(p.i) if o.dep == "pobj"]
        return [m for h in holders for p in sentence.children(h.i)
                if p.dep == "prep" and p.lemma.lower() in ("from", "out")
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o)][:1]

    def _senders(self, sentence, index: MentionIndex, noun: Token) -> list[Mention]:
        """'condemnation [from] the United States and Australia': who the noun's 'from'
        phrase names are its doers, side by side, not each other's targets."""
        holders = [noun]
        verb = sentence.tokens[noun.head]
        if noun.dep in ("dobj", "obj") and verb.lemma.lower() in DRAWING_LEMMAS:
            holders.append(verb)  # 'drew condemnation [from] Spain': the phrase is the verb's
        return [m for h in holders for p in sentence.children(h.i)
                if p.dep == "prep" and p.lemma.lower() == "from"
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o)]

    def _drawn_from(self, sentence, index: MentionIndex, noun: Token, senders: list[Mention]):
        """'(he) [drew] condemnation from Washington': aimed at the subject of the verb that
        draws, prompts or meets it."""
        verb, targets = sentence.tokens[noun.head], []
        if verb.pos == "VERB" and noun.dep in ("dobj", "obj"):
            targets = self._sources(sentence, index, verb)
            if not targets and verb.dep == "advcl":  # 'he said ..., [drawing] condemnation'
                targets = self._sources(sentence, index, sentence.tokens[verb.head])
        targets = [t for t in targets if t not in senders]
        return [(s, targets[0] if targets else None) for s in senders]

    def _noun_partners(self, sentence, index: MentionIndex, noun: Token,
                       code: str) -> list[Mention]:
        """'talks [with Djibouti]', 'a deal [with Kyiv]': the other side of a cooperative
        event noun, not who does it."""
        if code[:2] not in ("03", "04", "05", "06"):
            return []
        return [m for p in sentence.children(noun.i)
                if p.dep == "prep" and p.lemma.lower() == "with"
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o)]

    def _noun_agent(self, sentence, index: MentionIndex, noun: Token, code: str):
        """'workers stopped work on the first day of a [strike]', 'converged for a [rally]':
        an event noun with no actor of its own is done by the subject of its verb, with that
        verb's modality ('would take part in [talks]'); 'Israel and Lebanon pressed on with
        [negotiations]': a compound subject, by each to the other. Returns (pairs, verb)."""
        token = noun
        for _ in range(4):
            if token.head == token.i and token.pos in ("NOUN", "PROPN"):
                named = [m for m in index.mentions if m.start <= token.i < m.end]
                return [(s, None) for s in named[:1]], None  # 'Erdogan in Moscow for
                # [talks] with Putin': a verbless headline's first noun does it
            if token.head == token.i or token.dep in ("nsubj", "nsubjpass"):
                return [], None
            token = sentence.tokens[token.head]
            if token.pos == "VERB" or _readiness(sentence, token) or _copula(token):
                sources = self._sources(sentence, index, token)
                if token.lemma.lower() in FACING_LEMMAS:  # 'facing weeks of [protests]':
                    return [(None, s) for s in sources[:1]], token  # done to the subject
                if len(sources) > 1 and code.startswith(RECIPROCAL_ROOTS):
                    return source_target_pairs(sources, []), token
                return [(s, None) for s in sources[:1]], token
        return [], None


def _called_off_meeting(sentence: ParsedSentence, token: Token, code: str) -> bool:
    """'[the visit] was postponed': the meeting noun is what is called off (164), not the
    background of a verb that judges it."""
    return code[:2] == "04" and called_off(sentence, token) is not None


def _fire_code(sentence: ParsedSentence, token: Token) -> str | None:
    """'came under [fire]': fire undergone is an armed attack (190); elsewhere 'fire' names
    no event ('a fire broke out')."""
    verb = under_fire(sentence, token) if token.lemma.lower() == "fire" else None
    return "190" if verb is not None and armed_fire(sentence, verb, token, []) else None


def _by_agents(sentence, index: MentionIndex, noun: Token) -> list[Mention]:
    """'the expulsion of Russia's diplomats [by Poland]': the doer of a nominalised act is
    its 'by' phrase, hung on the noun or, as parsers often do, on its 'of' object."""
    holders = [noun] + [o for p in sentence.children(noun.i)
                        if p.dep == "prep" and p.lemma.lower() == "of"
                        for o in sentence.children(p.i) if o.dep == "pobj"]
    return [m for h in holders for p in sentence.children(h.i)
            if p.dep == "prep" and p.lemma.lower() == "by"
            for o in sentence.children(p.i) if o.dep == "pobj" for m in index.in_phrase(o)]


def _bound_for(sentence, index: MentionIndex, noun: Token) -> list[Mention]:
    """The actors of the noun's own 'to' phrase: 'a visit [to India]', 'aid [to Sudan]'."""
    return [m for p in sentence.children(noun.i) if p.dep == "prep" and p.lemma.lower() == "to"
            for o in sentence.children(p.i) if o.dep == "pobj" for m in index.in_phrase(o)]


def _copula(token: Token) -> bool:
    """'The chancellor [is] on a visit to India', 'the minister [is] in Riyadh for talks':
    the event noun is said of the subject of 'be'."""
    return token.lemma.lower() == "be" and token.dep == "ROOT"


# Verbs that draw a reaction from others: 'drew criticism from', 'received aid from'.
DRAWING_LEMMAS = frozenset({"draw", "attract", "earn", "receive", "face", "meet", "win",
                            "spark", "prompt", "provoke", "trigger"})


def toll_or_background(sentence: ParsedSentence, verb: Token) -> bool:
    """The verb an event noun is the subject of tells a total or a state of affairs."""
    return background(sentence, verb) or combat_toll(sentence, verb) or war_toll(sentence, verb)


def anaphoric(sentence: ParsedSentence, noun: Token) -> bool:
    """'captured during [the same fighting]': an event told before, not a new one."""
    return any(c.dep == "amod" and c.lemma.lower() == "same" for c in sentence.children(noun.i))


@cache
def packaged_nouns() -> dict[str, str]:
    path = resources.files("communique") / "data" / "nouns.tsv"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, code = line.split("\t")[:2]
            table[word.strip()] = code.strip()
    return table


def _readiness(sentence: ParsedSentence, verb: Token | None) -> bool:
    """'is ready for', 'was open to', 'remained open to': a 'be' (or 'remain', 'stay')
    that states a readiness."""
    return verb is not None and verb.lemma.lower() in ("be", "remain", "stay") and any(
        c.dep == "acomp" and c.lemma.lower() in READINESS for c in sentence.children(verb.i))


def _calls_for(sentence: ParsedSentence, noun: Token) -> bool:
    """'a call for a ceasefire', 'calls on Iran to', 'its call on Tuesday for Kabul to
    hand over ...': an appeal, not a phone call."""
    return any(c.dep == "prep" and c.lemma.lower() in ("for", "on")
               and not temporal(sentence, c) or c.dep in ("acl", "relcl") and c.tag == "VB"
               for c in sentence.children(noun.i)) or _for_to_after(sentence, noun)


def _for_to_after(sentence: ParsedSentence, noun: Token) -> bool:
    """'for Kabul to hand over' after the noun: a 'for ... to' clause, what is called for
    (the parser hangs it on the clause's verb)."""
    return any(t.dep == "mark" and t.lemma.lower() == "for" and t.i > noun.i
               and t.head != noun.head and sentence.tokens[t.head].tag == "VB"
               and any(a.dep == "aux" and a.text.lower() == "to"
                       for a in sentence.children(t.head))
               for t in sentence.tokens[noun.i + 1:noun.i + 6])
