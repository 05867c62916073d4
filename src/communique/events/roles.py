"""Who did an event and to whom: the sentence's actor mentions in the roles a coded verb
or noun gives them (subject, object, partner, the place, the earlier doer referred to).

``RoleFinder`` is a mixin of ``EventCoder``: its methods read the parse and the mention
index, and use the coder's ``_noun_code`` for event nouns.
"""

from __future__ import annotations

from ..model import Mention, ParsedSentence, Token
from .actors_in_parse import (STATEMENTS, MentionIndex, antecedent, object_heads, own_subject,
                              passive_subject, shared_patient, subject_of)
from .lexicon import (CAUSE_PREPS, DEED_ROOTS, DEEDS, DEFINITE, DIPLOMATS, EXPELLING, GRIEVANCES,
                      HOSTED_THINGS, JUDGMENTS, LIGHT_VERBS, MISSIONS_ABROAD, NATURAL_CAUSES, PACTS,
                      SPEECH_LEMMAS, STANCE_PARTICIPLES, STATE_ORGANS, TALKS, VIOLENT_CAUSES,
                      WATERS, WORDS_OF_BLAME, WORKERS)
from .modality import condition_clause
from .phrases import by_agent, infinitive, quoted
from .verbs import measured, subtree


class RoleFinder:
    """Sources and targets of events, found in the parse around their verb or noun."""

    def _topics(self, sentence, index: MentionIndex, verb: Token) -> list[Mention]:
        """Actors that cooperation is about or against, not with: 'share intelligence [on
        Russian troops]', 'an operation [against the PKK]'."""
        preps = [t for t in subtree(sentence, verb)
                 if t.dep == "prep" and t.lemma.lower() in ("against", "on", "about", "over")]
        return [m for p in preps for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o)]

    def _event_noun_agent(self, sentence, index: MentionIndex, verb: Token) -> list[Mention]:
        """'an [ELN] car bomb attack on a police academy killed 22 people': an event noun
        as subject; its first actor did it."""
        subject = subject_of(sentence, verb)
        if subject is None or not self._noun_code(sentence, subject):
            return []
        return index.in_phrase(subject)[:1] or _agents(sentence, index, subject)[:1]

    def _partners(self, sentence, index: MentionIndex, verb: Token, code: str,
                  sources: list[Mention]) -> list[Mention]:
        """'discussed the Gaza ceasefire [with the Qatari emir]': talks are held with
        someone; the object is only the topic."""
        if not code.startswith("04"):
            return []
        own = {m.actor.code for m in sources}
        for prep in sentence.children(verb.i):
            if prep.dep == "prep" and prep.lemma.lower() == "with":
                for head in sentence.children(prep.i):
                    found = [m for m in index.in_phrase(head) if m.actor.code not in own]
                    if head.dep == "pobj" and found:
                        return found
        if code.startswith("045") and verb.dep == "acl":  # 'talks mediated by Qatar opened
            return [m for p in sentence.tokens  # ... between Israel and Hamas'
                    if p.dep == "prep" and p.lemma.lower() == "between"
                    for o in sentence.children(p.i) if o.dep == "pobj"
                    for m in index.in_phrase(o) if m.actor.code not in own]
        return []

    def _recipient(self, sentence, index: MentionIndex, verb: Token, code: str,
                   sources: list[Mention]) -> list[Mention]:
        """'extradited a cartel leader [to the United States]', 'handed over medicine [to
        the Red Cross]': what is handed over goes to the recipient, the event's target."""
        if not code.startswith(("063", "07")):
            return []
        own = {m.actor.code for m in sources}
        holders = [verb] + [c for c in sentence.children(verb.i) if c.dep == "prt"] + [
            a for o in sentence.children(verb.i) if o.dep == "dobj"  # 'sent planes [loaded]
            for a in sentence.children(o.i) if a.dep == "acl"  # with tents to Syria': the
            and a.lemma.lower() in LADEN]  # parser hangs the destination on the participle
        return [m for h in holders for p in sentence.children(h.i)
                if p.dep == "prep" and p.lemma.lower() == "to"
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o) if m.actor.code not in own]

    def _aided(self, sentence, index: MentionIndex, verb: Token, code: str,
               sources: list[Mention]) -> list[Mention]:
        """'sent firefighters [to help Greece] fight the fires': aid goes to whom its
        purpose clause says it helps, when that is another country's (or a pledge of it)."""
        if not code.startswith(("07", "033")):
            return []
        home = {m.actor.country for m in sources if m.actor.country}
        for child in sentence.children(verb.i):
            if child.dep in ("advcl", "xcomp") and child.lemma.lower() in HELPING \
                    and infinitive(sentence, child):
                inside = {t.i for t in subtree(sentence, child)}
                helped = [m for m in index.mentions
                          if m.start in inside and m.actor.country not in home]
                if helped:
                    return helped[:1]
        return []

    def _defied(self, sentence, index: MentionIndex, verb: Token, code: str,
                sources: list[Mention]) -> list[Mention]:
        """'blocked streets [in defiance of] Chinese authorities', 'marched [in protest at]
        the government's plan': whom a protest defies."""
        if not code.startswith("14"):
            return []
        own = {m.actor.code for m in sources}
        for prep in (c for c in sentence.children(verb.i) if c.dep == "prep"):
            for noun in sentence.children(prep.i):
                mission = _mission(sentence, noun)  # 'outside [the US embassy]'
                found = [m for m in index.in_phrase(mission)
                         if m.actor.code not in own and m.actor.country] if mission else []
                if found:
                    return found[:1]
        for noun in _grievances(sentence, verb):
            for inner in (c for c in sentence.children(noun.i) if c.dep == "prep"):
                for head in (c for c in sentence.children(inner.i) if c.dep == "pobj"):
                    found = [m for m in index.in_phrase(head) if m.actor.code not in own]
                    if found:
                        return found
        return []

    def _occasion(self, sentence, index: MentionIndex, verb: Token, code: str,
                  sources: list[Mention]) -> list[Mention]:
        """'called off the strike [after talks with] the government': a concession made
        after talks is made to the other side; 'declined to resign [despite pressure by]
        the anti-graft body': a refusal is of whoever presses for it."""
        if code[:2] == "08":
            preps, inner = ("after", "following"), ("with",)
            wanted = (lambda noun: noun.lemma.lower() in TALK_NOUNS
                      or (self._noun_code(sentence, noun) or "")[:2] == "04")
        elif code[:2] == "12":
            preps, inner = ("despite",), ("by", "from", "of")
            wanted = (lambda noun: noun.lemma.lower() in PRESSURES)
        elif code[:2] == "15":
            return self._answered(sentence, index, verb, sources)
        else:
            return []
        own = {m.actor.code for m in sources}
        nouns = [o for p in sentence.children(verb.i) if p.dep == "prep"
                 and p.lemma.lower() in preps for o in sentence.children(p.i)
                 if o.dep == "pobj" and wanted(o)]
        return [m for n in nouns for p in sentence.children(n.i)
                if p.dep == "prep" and p.lemma.lower() in inner
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o) if m.actor.code not in own][:2]

    def _answered(self, sentence, index: MentionIndex, verb: Token,
                  sources: list[Mention]) -> list[Mention]:
        """'put its army on alert [after Azerbaijani forces were seen moving]', 'moved troops
        to Ladakh [as talks with China stalled]': a show of force that answers another
        state's moves is aimed at that state (PLOVER MOBILIZE: the recipient is whom the
        actor mobilizes against), not at its own ground; a foreign place it is held at
        ('drills around Taiwan') stays the target."""
        home = {m.actor.country for m in sources}
        told = {t.i for c in sentence.children(verb.i)
                if c.dep == "prep" and c.lemma.lower() in ("after", "following", "amid")
                or c.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in OCCASION_MARKS
                                            for m in sentence.children(c.i))
                for t in subtree(sentence, c)}
        foreign = [m for m in index.mentions if m.actor.country and m.actor.country not in home]
        act = {t.i for t in subtree(sentence, verb)} - told
        if any(m.start in act for m in foreign):
            return []  # 'held drills [around Taiwan] after a visit by Pelosi'
        return [m for m in foreign if m.start in told][:1]

    def _leaves_body(self, sentence, index: MentionIndex, verb: Token) -> bool:
        """'Hungary left the ICC', 'withdrew from ECOWAS': leaving an organisation; not
        'withdrew its troops from the AU mission', where something else is withdrawn."""
        holders = [verb] + [c for c in sentence.children(verb.i)
                            if c.dep == "prt" or c.lemma.lower() == "out"]
        heads = [c for c in sentence.children(verb.i) if c.dep == "dobj"]
        if heads:
            return any(m.actor.code.startswith("IGO") for h in heads for m in index.in_phrase(h))
        heads = [o for h in holders for p in sentence.children(h.i)
                 if p.dep == "prep" and p.lemma.lower() in ("from", "of")
                 for o in sentence.children(p.i) if o.dep == "pobj"]
        return any(m.actor.code.startswith("IGO") for h in heads for m in index.in_phrase(h)) \
            or any(h.lemma.lower() in BODY_NOUNS for h in heads)  # 'the regional bloc'

    def _labour_strike(self, sentence, index: MentionIndex, verb: Token) -> bool:
        """Workers striking with nothing struck: a labour strike, not an attack."""
        if any(c.dep in ("dobj", "obj") for c in sentence.children(verb.i)):
            return False
        return any(m.actor.sector and m.actor.sector[:3] in WORKERS
                   for m in self._sources(sentence, index, verb))

    def _armed_subject(self, sentence, index: MentionIndex, verb: Token) -> bool:
        return any(m.actor.sector and m.actor.sector[:3] in ("MIL", "REB", "UAF")
                   for m in self._sources(sentence, index, verb))

    def _helped(self, sentence, index: MentionIndex, verb: Token,
                sources: list[Mention]) -> bool:
        """'sent troops [to help the government of Mozambique]': a purpose with another
        country in it."""
        home = {m.actor.country for m in sources if m.actor.country}
        for child in sentence.children(verb.i):
            if child.dep in ("advcl", "xcomp") and infinitive(sentence, child):
                inside = {t.i for t in subtree(sentence, child)}
                if any(m.start in inside and m.actor.country not in home
                       for m in index.mentions):
                    return True
        return False

    def _referred_kind(self, sentence: ParsedSentence, verb: Token,
                       own: frozenset[int] = frozenset()) -> str | None:
        """'condemned [the launch]': a definite event noun as object names an earlier event;
        not one owned by the doer ('launched [its] exercises': tokens in ``own``). None if
        there is none, else what the noun tells of that event: its CAMEO root ('the
        sanctions': '16'), 'JUD' for a court's act ('the ruling'), or '' when it tells
        nothing ('the move')."""
        return next((kind for head in object_heads(sentence, verb)
                     if (kind := self._deed_kind(sentence, head, own)) is not None), None)

    def _deed_kind(self, sentence: ParsedSentence, head: Token,
                   own: frozenset[int] = frozenset()) -> str | None:
        """What a definite event noun ('the sanctions', 'the verdict') tells of the earlier
        event it names (see ``_referred_kind``); None if it is no such noun."""
        definite = any(c.dep in ("det", "poss") and c.lemma.lower() in DEFINITE
                       and c.i not in own for c in sentence.children(head.i))
        code = self._noun_code(sentence, head)
        if not definite or not (code or head.lemma.lower() in DEEDS):
            return None
        lemma = head.lemma.lower()
        if lemma.rstrip("s") in WORDS_OF_BLAME:
            return "11"  # 'rejected the claims': whoever accused
        return code[:2] if code else "JUD" if lemma in JUDGMENTS else DEED_ROOTS.get(lemma, "")

    def _condition_subject(self, sentence, index: MentionIndex, verbs,
                           sources: list[Mention]) -> list[Mention]:
        """'... unless [Israel] rescinded the annexation': who the condition is put to."""
        own = {m.actor.code for m in sources}
        for verb in verbs:
            clause = condition_clause(sentence, verb)
            subject = subject_of(sentence, clause[0]) if clause else None
            if subject is not None:
                found = [m for m in index.in_phrase(subject) if m.actor.code not in own]
                if found:
                    return found
        return []

    def _place_target(self, sentence, index: MentionIndex, verb: Token,
                      sources: list[Mention]) -> list[Mention]:
        """No actor acted on: the country where it happens ('a curfew in Algiers'); not in
        a photo caption, whose place is where the photo was taken, nor where talks sit
        ('to discuss the dispute at a summit [in] Barbados': the venue, not a party)."""
        if sentence.kind == "caption":
            return []
        own = {m.actor.code for m in sources}
        other_clauses = {t.i for c in sentence.children(verb.i)
                         if c.dep in ("advcl", "ccomp", "relcl", "parataxis", "conj")
                         for t in subtree(sentence, c)}  # 'welcomed it, [telling ... in Tokyo]'
        preps = [t for t in subtree(sentence, verb) if t.i not in other_clauses
                 and t.dep == "prep" and t.lemma.lower() in ("in", "into", "across")
                 and sentence.tokens[t.head].lemma.lower() not in TALKS]
        for token in (o for p in preps for o in sentence.children(p.i) if o.dep == "pobj"):
            found = [m for m in index.in_phrase(token) if m.actor.code not in own]
            if found and found[0].actor.country:
                return found[:1]
        return []

    def _clause_subject(self, sentence, index: MentionIndex, verb: Token,
                        sources: list[Mention]) -> list[Mention]:
        """'demanded that [the US] cancel ...', 'appealed for [Sudan] to let convoys in': the
        complement's subject is the target; also of an appeal the verb makes ('renewed its
        call for [Bolivia] to reopen ...')."""
        appeals = [c for c in sentence.children(verb.i)
                   if c.dep == "dobj" and self._noun_code(sentence, c) == "020"]
        for child in (c for h in (verb, *appeals) for c in sentence.children(h.i)):
            if child.dep in ("ccomp", "xcomp") or child.dep == "advcl" and any(
                    c.dep == "mark" and c.text.lower() == "for" for c in sentence.children(child.i)):
                subject = subject_of(sentence, child)
                if subject is not None and (subject.i > verb.i or child.i < verb.i and quoted(
                        sentence, child)):  # '"Tanzania must ...," X said': a quote's too
                    found = index.in_phrase(subject)
                    if found and found[0].actor.code not in {m.actor.code for m in sources}:
                        return found
        return []

    def _written_to(self, sentence, index: MentionIndex, verb: Token,
                    sources: list[Mention]) -> list[Mention]:
        """'In a letter [to the Security Council], Armenia made a request for observers':
        words sent in a letter or note are addressed to whom it is sent."""
        own = {m.actor.code for m in sources}
        return [m for p in sentence.children(verb.i)
                if p.dep == "prep" and p.lemma.lower() == "in"
                for letter in sentence.children(p.i)
                if letter.dep == "pobj" and letter.lemma.lower() in LETTERS
                for q in sentence.children(letter.i)
                if q.dep == "prep" and q.lemma.lower() == "to"
                for o in sentence.children(q.i) if o.dep == "pobj"
                for m in index.in_phrase(o) if m.actor.code not in own][:3]

    def _cause_agents(self, sentence, index: MentionIndex, verb: Token,
                      code: str) -> list[Mention]:
        """'were killed in an [Israeli] air strike', 'wounded in an ambush by [Maoist
        rebels]': a passive deed with no agent is done by whoever did the violence it
        happened in."""
        passive = passive_subject(sentence, verb)
        if passive is None or not code.startswith(("17", "18", "19", "20")):
            return []
        victims = {m.actor.code for m in index.in_phrase(passive)}
        causes = [o for p in sentence.children(verb.i)
                  if p.dep == "prep" and p.lemma.lower() in ("in", "during")
                  for o in sentence.children(p.i)
                  if o.dep == "pobj" and o.lemma.lower() in VIOLENT_CAUSES
                  and not any(c.lemma.lower() == "between"  # 'during fighting between the
                              for c in sentence.children(o.i))]  # army and rebels': either
        for cause in causes:
            by = [m for q in sentence.children(cause.i) if q.dep == "prep"
                  and q.lemma.lower() == "by" for o in sentence.children(q.i)
                  if o.dep == "pobj" for m in index.in_phrase(o)]
            found = [m for m in by or _agents(sentence, index, cause) or index.in_phrase(cause)
                     if m.actor.code not in victims]
            if found:
                return found[:1]
        return [m for c in sentence.children(verb.i) if c.dep == "advcl"  # 'were wounded
                and any(k.dep in ("mark", "advmod")  # [when] settlers attacked ...'
                        and k.lemma.lower() in ("when", "as", "after")
                        for k in sentence.children(c.i))
                and (subject := own_subject(sentence, c)) is not None
                for m in index.in_phrase(subject) if m.actor.code not in victims][:1]

    def _addressee(self, sentence, index: MentionIndex, verb: Token, sources: list[Mention],
                   targets: list[Mention]) -> list[Mention]:
        """'summoned India's envoy [to protest] the killing of civilians': a purpose
        clause's criticism is addressed to whom the main verb acts on, when it names no
        other country's actor of its own."""
        home = {m.actor.country for m in sources if m.actor.country}
        if verb.dep != "advcl" or verb.head == verb.i or not infinitive(sentence, verb) \
                or any(m.actor.country and m.actor.country not in home for m in targets):
            return []
        main = sentence.tokens[verb.head]
        return [m for c in sentence.children(main.i) if c.dep in ("dobj", "obj")
                for m in index.in_phrase(c) if m.actor.country and m.actor.country not in home]

    def _threatened(self, sentence, index: MentionIndex, verb: Token, code: str,
                    sources: list[Mention]) -> list[Mention]:
        """'threatened that its army would destroy [South Korea]', 'warned that officers
        would use force against [protesters]': a threat is aimed at whom the deed it
        threatens is aimed at; the deed's doer is most often the threatener's own side."""
        if not code.startswith("13"):
            return []
        deeds = [c for c in sentence.children(verb.i) if c.dep in ("ccomp", "xcomp")]
        for child in deeds:
            found = self._targets(sentence, index, child, sources)
            if found:
                return found
        return self._provoker(sentence, index, [verb] + deeds, sources)

    def _provoker(self, sentence, index: MentionIndex, holders: list[Token],
                  sources: list[Mention]) -> list[Mention]:
        """'warned that it would close the Strait of Hormuz if [the United States]
        attacked': a threat with no target of its own is aimed at whom its condition names."""
        own = {m.actor.country for m in sources}
        for holder in holders:
            condition = condition_clause(sentence, holder)
            subject = subject_of(sentence, condition[0]) if condition else None
            found = [m for m in (index.in_phrase(subject) if subject is not None else [])
                     if m.actor.country not in own]
            if found:
                return found
        return []

    def _between_parties(self, sentence, index: MentionIndex, verb: Token) -> list[Mention]:
        """'an agreement was signed [between] Turkmenistan and Georgia', 'a deal between X and
        Y was reached': a passive act of two sides with no agent is theirs."""
        passive = passive_subject(sentence, verb)
        holders = [verb] + ([passive] if passive is not None else [])
        return [m for h in holders for p in sentence.children(h.i)
                if p.dep == "prep" and p.lemma.lower() == "between"
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o)]

    def _sources(self, sentence, index: MentionIndex, verb: Token) -> list[Mention]:
        subject = subject_of(sentence, verb)
        if subject is None and verb.lemma.lower() in STANCE_PARTICIPLES:
            subject = passive_subject(sentence, verb)  # 'Israel is opposed to ...'
        mentions = index.in_phrase(subject) if subject is not None else []
        if subject is not None and subject.text.lower() == "they":
            mentions = _joint_speakers(sentence, index, subject) or mentions
        if not mentions and subject is not None and subject.lemma.lower() in STATEMENTS:
            mentions = _agents(sentence, index, subject)  # 'a report published by X'
        if not mentions and verb.lemma.lower() in RELEASING:
            mentions = _captors(sentence, index, verb)  # 'hostages held by X were freed'
        return [m for m in mentions if m.actor.sector != "MED" or verb.lemma not in SPEECH_LEMMAS]

    def _targets(self, sentence, index: MentionIndex, verb: Token,
                 sources: list[Mention] = ()) -> list[Mention]:
        """The first object phrase with actors; one of another country wins over the source's
        own people ('handed over criminals [RUS] to the United States [USA]')."""
        passive = passive_subject(sentence, verb) or shared_patient(sentence, verb)
        heads = ([antecedent(sentence, passive)] if passive is not None else []) \
            + self._participle_patient(sentence, verb) + object_heads(sentence, verb)
        own = {m.actor.code for m in sources} | {
            m.actor.country + organ for m in sources if m.actor.country and not m.actor.sector
            for organ in STATE_ORGANS}  # 'Taiwan put its armed forces on alert'
        light = verb.lemma.lower() in LIGHT_VERBS
        phrases = (self._doers(sentence, index, h) or index.in_phrase(
            h, skip_owner=light and self._noun_code(sentence, h) is not None)
                   for h in heads)  # 'mounted its invasion of Lebanon' vs 'condemned Israel's'
        found = [[x for x in m if x.actor.code not in own and not _names_waters(sentence, x)]
                 for m in phrases]
        found = [m for m in found if m] or [  # 'praised the progress [made by Kenya]'
            [x for x in _agents(sentence, index, h, MEDIATING) if x.actor.code not in own]
            for h in heads]  # not 'agreed to a truce [brokered by Qatar]': a third party
        found = [m for m in found if m]
        home = {m.actor.country for m in sources if m.actor.country}
        foreign = [m for m in found if not {x.actor.country for x in m} <= home]
        return (foreign or found or [[]])[0]

    def _doers(self, sentence, index: MentionIndex, noun: Token) -> list[Mention]:
        """'condemned the storming of the mosque [by Israeli police]', 'welcomed the release
        of prisoners [by Iran]': a deed's 'by' phrase names its doer, whom a reaction to
        the deed is aimed at, before what the deed was done to."""
        if not (self._noun_code(sentence, noun) or noun.lemma.lower() in DEEDS
                or noun.text.lower().endswith("ing")):
            return []
        return [m for p in sentence.children(noun.i) if p.dep == "prep"
                and p.lemma.lower() == "by" for o in sentence.children(p.i)
                if o.dep == "pobj" for m in index.in_phrase(o)]

    def _participle_patient(self, sentence, verb: Token) -> list[Token]:
        """'a ship [attacked] by pirates', 'a journalist [detained] by police': the noun a
        passive participle with an agent describes is what was acted on; not an event
        noun ('talks mediated by Qatar') nor a statement ('a report published by X')."""
        if not by_agent(sentence, verb) or verb.lemma.lower() in ALIGNING:
            return []  # 'troops, [backed] by militias': who stands behind them, no deed
        noun = sentence.tokens[verb.head]
        if self._noun_code(sentence, noun) or noun.lemma.lower() in STATEMENTS | DEEDS:
            return []
        return [noun]

    def _deaths(self, sentence, index: MentionIndex,
                verb: Token) -> tuple[list[Mention], list[Mention]] | None:
        """'Five soldiers died in an Israeli strike': the dead are the target and the
        cause's actors the source; deaths with no violent cause are no event."""
        causes = [o for p in sentence.children(verb.i)
                  if p.dep == "prep" and p.lemma.lower() in CAUSE_PREPS
                  for o in sentence.children(p.i) if o.dep == "pobj"]
        words = {t.lemma.lower() for c in causes for t in subtree(sentence, c)}
        if not words & VIOLENT_CAUSES or words & NATURAL_CAUSES:
            return None
        subject = subject_of(sentence, verb)
        victims = index.in_phrase(subject) if subject is not None else []
        return [m for c in causes for m in index.in_phrase(c)], victims

    def _left(self, sentence, index: MentionIndex, verb: Token,
              sources: list[Mention]) -> list[Mention]:
        """'withdrew its observers [from Iraq]', 'pulled peacekeepers out [of Mali]': the
        place left is the target of a withdrawal, not the people withdrawn."""
        if verb.lemma.lower() not in ("withdraw", "pull", "evacuate", "recall"):
            return []  # 'expelled the observers from Mali': the expelled are the target
        own = {m.actor.code for m in sources}
        holders = [verb] + [c for c in sentence.children(verb.i) if c.lemma.lower() == "out"]
        return [m for h in holders for p in sentence.children(h.i)
                if p.dep == "prep" and p.lemma.lower() in ("from", "of")
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o) if m.actor.code not in own]

    def _post_left(self, sentence, index: MentionIndex, verb: Token,
                   sources: list[Mention]) -> list[Mention]:
        """'announced the recall of its ambassador [to Algiers]': an envoy recalled leaves
        the country he is posted to, the target."""
        own = {m.actor.code for m in sources}
        return [m for d in subtree(sentence, verb) if d.lemma.lower() in DIPLOMATS
                for p in sentence.children(d.i)
                if p.dep == "prep" and p.lemma.lower() in ("to", "in")
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o) if m.actor.code not in own]

    def _quit_partners(self, sentence, index: MentionIndex, verb: Token,
                       sources: list[Mention]) -> list[Mention]:
        """'pulled out of talks [with Bogota]', 'withdrew from the pact with [Russia]': the
        other side of the talks or pact left is the target of leaving them."""
        own = {m.actor.code for m in sources}
        holders = [verb] + [c for c in sentence.children(verb.i)
                            if c.dep == "prt" or c.lemma.lower() == "out"]
        return [m for h in holders for p in sentence.children(h.i)
                if p.dep == "prep" and p.lemma.lower() in ("from", "of")
                for o in sentence.children(p.i)
                if o.dep == "pobj" and {o.text.lower(), o.lemma.lower()} & (TALKS | PACTS)
                for m in index.in_phrase(o) if m.actor.code not in own]

    def _expeller(self, sentence, index: MentionIndex, verb: Token) -> list[Mention]:
        """'three diplomats were expelled [from Estonia]': with no agent named, the country
        an expulsion is from is the one that expels."""
        if verb.lemma.lower() == "declare" and passive_subject(sentence, verb) is not None:
            return [m for t in subtree(sentence, verb)  # 'were declared persona non grata
                    if t.dep == "prep" and t.lemma.lower() == "by"  # [by Bulgaria]', the
                    for o in sentence.children(t.i) if o.dep == "pobj"  # agent attached
                    for m in index.in_phrase(o)][:1]  # to 'grata'
        if verb.lemma.lower() not in EXPELLING or passive_subject(sentence, verb) is None:
            return []
        return [m for p in sentence.children(verb.i)
                if p.dep == "prep" and p.lemma.lower() == "from"
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o) if m.actor.country or _body(m.actor)][:1]

    def _givers(self, sentence, index: MentionIndex, verb: Token,
                sources: list[Mention]) -> list[Mention]:
        """'received $1 billion [from] the European Union', 'got tanks [from] the US': who
        gives what the subject receives."""
        own = {m.actor.code for m in sources}
        holders = [verb] + [c for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")]
        return [m for h in holders for p in sentence.children(h.i)
                if p.dep == "prep" and p.lemma.lower() == "from"
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o) if m.actor.code not in own]

    def _cargo_senders(self, sentence, index: MentionIndex, verb: Token) -> list[Mention]:
        """'a convoy of trucks carrying flour [from] the World Food Programme reached Gaza':
        aid arriving whose carrier names no one comes from its 'from' phrase."""
        subject = subject_of(sentence, verb)
        if subject is None:
            return []
        return [m for t in subtree(sentence, subject) if t.dep == "prep"
                and t.lemma.lower() == "from" for o in sentence.children(t.i)
                if o.dep == "pobj" for m in index.in_phrase(o)][:1]

    def _others_deed(self, sentence, index: MentionIndex, verb: Token) -> bool:
        """'warned of a [Russian] attack': the deed warned of is another actor's."""
        sources = {m.actor.code for m in self._sources(sentence, index, verb)}
        return any(m.actor.code not in sources for p in sentence.children(verb.i)
                   if p.dep == "prep" and p.lemma.lower() == "of"
                   for o in sentence.children(p.i) if o.dep == "pobj"
                   for m in index.in_phrase(o))

    def _hosts_visitors(self, sentence, index: MentionIndex, verb: Token) -> bool:
        """'hosted Xi', 'will host talks': a visitor or a meeting, not 'host bases'."""
        for child in sentence.children(verb.i):
            if child.dep in ("dobj", "nsubjpass"):
                named = any(m.start <= child.i < m.end for m in index.in_phrase(child))
                hosted = {child.lemma.lower(), child.text.lower()} & HOSTED_THINGS
                if named and not hosted or any(
                        self._noun_code(sentence, n) for n in [child, *measured(sentence, child)]):
                    return True
        return False

    def _joins_body(self, sentence, index: MentionIndex, verb: Token) -> bool:
        """'joining the EU', 'join NATO': the object is an organisation, not a meeting."""
        return any(c.dep == "dobj" and not self._noun_code(sentence, c)
                   and any(m.actor.code.startswith("IGO") for m in index.in_phrase(c))
                   for c in sentence.children(verb.i))

    def _welcomed(self, sentence, index: MentionIndex, verb: Token) -> str:
        """'welcomed the Saudi crown prince', 'the minister was welcomed by' hosts a visitor
        (043); 'welcomed China's decision' endorses it (051)."""
        objects = [c for c in sentence.children(verb.i) if c.dep in ("dobj", "nsubjpass")]
        objects += [p for p in [shared_patient(sentence, verb)] if p is not None]  # 'landed
        # in Riyadh and [was welcomed] by ...'
        visitor = any(m.start <= o.i < m.end for o in objects for m in index.in_phrase(o))
        return "043" if visitor else "051"

    def _suspended(self, sentence, index: MentionIndex,
                   verb: Token) -> tuple[list[Mention], list[Mention]] | None:
        """'ECOWAS suspended Niger', 'Russia was suspended from the council': a state's
        membership suspended (relations reduced, 160) by the body, named or the subject."""
        passive = passive_subject(sentence, verb)
        heads = [passive] if passive is not None else [
            c for c in sentence.children(verb.i) if c.dep == "dobj"]
        members = [m for h in heads for m in index.in_phrase(h) if m.start <= h.i < m.end
                   and m.actor.country and (m.actor.sector or "GOV") == "GOV"]
        if not members:
            return None
        bodies = [m for p in sentence.children(verb.i) if p.dep == "prep"
                  and p.lemma.lower() == "from" for o in sentence.children(p.i)
                  for m in index.in_phrase(o)]
        sources = self._sources(sentence, index, verb) if passive is None else bodies
        home = {m.actor.country for m in sources}
        members = [m for m in members if m.actor.country not in home]
        return (sources, members) if members else None

    def _aimed_at(self, sentence, index: MentionIndex, noun: Token,
                  hostile: bool = False) -> list[Mention]:
        """The actors an event noun is aimed at: 'attacks [on Kharkiv]', 'sanctions
        [against Iran]', and for a hostile deed its object: 'the invasion [of Ukraine]'."""
        preps = ("against", "on", "upon", "at") + (("of",) if hostile else ())
        return [m for p in sentence.children(noun.i)
                if p.dep == "prep" and p.lemma.lower() in preps
                for o in sentence.children(p.i) if o.dep == "pobj"
                for m in index.in_phrase(o)]


# Participles that tell what a carrier carries: 'planes [carrying] food', '[loaded] with'.
LADEN = frozenset({"carry", "load", "lade", "bring", "transport"})


# Participles that tell whom a noun is aligned with, not what was done to it.
ALIGNING = frozenset({"back", "support", "inspire", "fund", "finance", "sponsor", "arm",
                      "ally", "align", "favour", "favor", "endorse", "train", "equip"})


# Participles of a third party's part in a deal: 'a truce [brokered] by Egypt'.
MEDIATING = frozenset({"broker", "mediate", "facilitate", "host", "sponsor", "chair",
                       "arrange", "organise", "organize", "oversee", "guarantee", "monitor"})


# Talks after which a side gives way, and pressure a side holds out against.
# Conjunctions of a clause telling what an act answers: 'after X moved troops'.
OCCASION_MARKS = frozenset({"after", "as", "following", "amid"})
# Common nouns naming an organisation of states that a member can leave: 'withdrew from the
# regional bloc'.
BODY_NOUNS = frozenset({"bloc", "alliance", "organisation", "organization", "union",
                        "commonwealth", "federation", "league", "grouping", "coalition",
                        "community", "court"})
TALK_NOUNS = frozenset({"talks", "talk", "negotiation", "deliberation", "consultation",
                        "meeting", "dialogue", "mediation"})
PRESSURES = frozenset({"pressure", "call", "demand", "appeal", "request", "plea", "urging"})


# What words are sent in: 'in a letter to the Security Council'.
LETTERS = frozenset({"letter", "message", "note", "cable", "memorandum", "petition"})


def _joint_speakers(sentence: ParsedSentence, index: MentionIndex,
                    pronoun: Token) -> list[Mention]:
    """'Japan and Australia said [they] were concerned and urged ...': 'they' in what
    speakers named one by one said is all of them, not only the first."""
    clause = sentence.tokens[pronoun.head]
    while clause.dep == "conj" and clause.head != clause.i:
        clause = sentence.tokens[clause.head]
    said = sentence.tokens[clause.head]
    if clause.dep != "ccomp" or said.lemma.lower() not in SPEECH_LEMMAS:
        return []
    speakers = [m for c in sentence.children(said.i) if c.dep == "nsubj"
                for m in index.in_phrase(c)]
    return speakers if len(speakers) > 1 else []


def _grievances(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """'marched [in protest at] ...', 'blocked a road [to show their disapproval] of ...':
    the grievance a protest voices, in a phrase or in its purpose clause."""
    nouns = [o for p in sentence.children(verb.i) if p.dep == "prep"
             for o in sentence.children(p.i) if o.dep == "pobj"]
    nouns += [o for c in sentence.children(verb.i) if c.dep in ("advcl", "xcomp")
              and infinitive(sentence, c)
              for o in sentence.children(c.i) if o.dep == "dobj"]
    return [n for n in nouns if n.lemma.lower() in GRIEVANCES]


def _mission(sentence: ParsedSentence, noun: Token) -> Token | None:
    """'outside [the US embassy]', 'in front of [the French consulate]'."""
    if noun.dep == "pobj" and noun.lemma.lower() == "front":
        noun = next((o for p in sentence.children(noun.i) if p.lemma.lower() == "of"
                     for o in sentence.children(p.i) if o.dep == "pobj"), noun)
    return noun if noun.dep == "pobj" and noun.lemma.lower() in MISSIONS_ABROAD else None


# Verbs of setting people free, and the participles that say who held them.
RELEASING = frozenset({"release", "free", "hand", "return", "repatriate", "swap", "exchange"})
HOLDING = frozenset({"hold", "detain", "kidnap", "abduct", "capture", "seize", "take", "jail",
                     "imprison"})


def _captors(sentence: ParsedSentence, index: MentionIndex, verb: Token) -> list[Mention]:
    """'three hostages [held by Hamas] were released': who held the people set free, and
    so frees them, when the passive names no one else."""
    patient = passive_subject(sentence, verb)
    if patient is None:
        return []
    return [m for v in sentence.children(patient.i) if v.dep == "acl"
            and v.lemma.lower() in HOLDING
            for a in sentence.children(v.i) if a.dep == "agent"
            for o in sentence.children(a.i) for m in index.in_phrase(o)]


def _agents(sentence: ParsedSentence, index: MentionIndex, noun: Token,
            unless: frozenset[str] = frozenset()) -> list[Mention]:
    """'the attack [claimed by X]', 'a report [published by X]': who the noun is by;
    not by a participle in ``unless``."""
    return [m for v in sentence.children(noun.i) if v.dep == "acl"
            and v.lemma.lower() not in unless
            for a in sentence.children(v.i) if a.dep == "agent"
            for o in sentence.children(a.i) for m in index.in_phrase(o)]


def _names_waters(sentence: ParsedSentence, mention: Mention) -> bool:
    """'over the Sea of [Japan]', 'in the Gulf of [Oman]': a country named in a sea's name."""
    tokens = sentence.tokens
    return mention.start >= 2 and tokens[mention.start - 1].text.lower() == "of" \
        and tokens[mention.start - 2].lemma.lower() in WATERS

def _body(actor) -> bool:
    """An international organisation ('the Council of Europe'): a body one is expelled from."""
    return actor.code.startswith("IGO")


# Verbs of a purpose clause that name whom aid is for: 'to help Turkey search for survivors'.
HELPING = frozenset({"help", "assist", "aid", "support"})
