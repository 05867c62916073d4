"""Finding an event's source and target among a sentence's actor mentions."""

from __future__ import annotations

from ..model import Mention, ParsedSentence, Token
from .lexicon import ACCUSING_LEMMAS, FIRED_AT, REMOVALS
from .modality import PLANNING_NOUNS, RAISING_PASSIVES, REPORT_NOUNS
from .verbs import subtree

TARGET_PREPS = frozenset({"to", "with", "against", "on", "at", "into", "toward", "towards",
                          "from", "for", "over", "upon", "between", "among", "of"})
NESTED_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "parataxis"})


class MentionIndex:
    """The mentions of one sentence, looked up by token."""

    def __init__(self, sentence: ParsedSentence, mentions: tuple[Mention, ...]) -> None:
        self.sentence = sentence
        self.mentions = mentions

    def in_phrase(self, head: Token, skip_owner: bool = False) -> list[Mention]:
        """The actor(s) a phrase names: for the head and each of its conjuncts ('Russia and
        China', 'X's prime minister and the head of Y's council'), the mention holding it or
        else the first mention inside its own phrase. With ``skip_owner``, a possessive
        ('its invasion of Lebanon') is the agent, not the actor named, and is passed over."""
        heads = [head] + _conjunct_heads(self.sentence, head)
        found = []
        for one in map(self._members_named, heads):
            members = _phrase_members(self.sentence, one) - _conjunct_trees(self.sentence, one)
            if skip_owner:
                members -= {t.i for t in self.sentence.tokens if t.dep == "poss"}
            inside = [m for m in self.mentions if any(i in members for i in range(m.start, m.end))]
            holding = [m for m in inside if m.start <= one.i < m.end]
            if holding or not inside:  # two mentions on one span: 'the two powers'
                found.extend(m for m in holding if m.start == holding[0].start)
                found.extend(m for m in inside if holding and m is not holding[0] and any(
                    m.start <= i < m.end for i in _inner_conjuncts(self.sentence, holding[0])))
            else:  # 'the meeting between [Putin] and [Biden]': the first and its conjuncts
                inside = _named_over_owner(self.sentence, inside)
                joined = _conjunct_tokens(self.sentence, inside[0]) | _inner_conjuncts(
                    self.sentence, inside[0])  # 'a summit between the leaders of [Japan],
                # [China] and [South Korea]'
                found.extend([inside[0]] + [m for m in inside[1:]  # '[Israeli and Islamic
                                            if (m.start, m.end) == (inside[0].start,  # Jihad]
                                                                    inside[0].end)  # delegations'
                                            or any(m.start <= i < m.end for i in joined)])
        return _unique(found)[:3]


    def _members_named(self, head: Token) -> Token:
        """'a delegation [of Bolivian ministers]', 'a team of [UN inspectors]': a bare
        collective noun is who its 'of' phrase names, not whoever context gave it to."""
        if head.lemma.lower() not in COLLECTIVES or not any(
                m.start == head.i and m.end == head.i + 1 for m in self.mentions):
            return head
        return next((o for p in self.sentence.children(head.i)
                     if p.dep == "prep" and p.lemma.lower() == "of"
                     for o in self.sentence.children(p.i) if o.dep == "pobj"
                     and any(m.start <= o.i < m.end for m in self.mentions)), head)


COLLECTIVES = frozenset({"delegation", "team", "mission", "contingent", "group", "member",
                         "representative", "envoy", "unit", "detachment", "party",
                         "coalition"})


def _named_over_owner(sentence: ParsedSentence, inside: list[Mention]) -> list[Mention]:
    """'its [European Union] partners', 'their [Russian] counterparts': the name says who
    they are, the possessive only whose they are."""
    named = [m for m in inside if not (m.kind == "pronoun"
                                       and sentence.tokens[m.start].dep == "poss")]
    return named or inside


def _inner_conjuncts(sentence: ParsedSentence, mention: Mention) -> set[int]:
    """'the foreign ministers of [India] and [China]': conjuncts of a word inside the
    mention that lie outside it."""
    inside = range(mention.start, mention.end)
    found = {c.i for i in inside for c in _conjunct_heads(sentence, sentence.tokens[i])
             if c.i not in inside}
    # '[Serbian President Vucic] and [Kosovo] Prime Minister Kurti' parsed with 'Kosovo' as
    # the conjunct of 'Vucic': the word a conjunct inside the mention hangs on.
    found |= {sentence.tokens[i].head for i in inside if sentence.tokens[i].dep == "conj"
              and sentence.tokens[i].head not in inside}
    return found | _named_by_of(sentence, found)


def _named_by_of(sentence: ParsedSentence, conjuncts: set[int]) -> set[int]:
    """'the government and [a coalition of] opposition groups', 'Burkina Faso and [the
    Pacific island nation of] Tuvalu': a conjunct that is a collective or a word for a
    country is who or what its 'of' phrase names."""
    return {t.i for i in conjuncts if sentence.tokens[i].lemma.lower() in COLLECTIVES | NATIONS
            for p in sentence.children(i) if p.dep == "prep" and p.lemma.lower() == "of"
            for t in subtree(sentence, p)}


NATIONS = frozenset({"nation", "country", "state", "kingdom", "republic", "emirate",
                     "island", "islands", "archipelago"})


def _conjunct_tokens(sentence: ParsedSentence, mention: Mention) -> set[int]:
    inside = set(range(mention.start, mention.end))
    heads = [t for t in sentence.tokens if t.i in inside and t.head not in inside]
    joined = {c.i for h in heads for c in _conjunct_heads(sentence, h)}
    return joined | _named_by_of(sentence, joined)


def _conjunct_heads(sentence: ParsedSentence, head: Token) -> list[Token]:
    out, frontier = [], [head]
    while frontier:
        token = frontier.pop()
        for child in sentence.children(token.i):
            if child.dep == "conj":
                out.append(child)
                frontier.append(child)
    return out


def _conjunct_trees(sentence: ParsedSentence, head: Token) -> set[int]:
    return {t.i for c in sentence.children(head.i) if c.dep in ("conj", "cc")
            for t in subtree(sentence, c)}


def mediated_by(token: Token) -> bool:
    """'[EU-mediated] talks', '[Qatari-brokered] talks': who mediates the talks named in a
    participle before them is a third party, not one of the sides."""
    return token.dep == "amod" and token.tag == "VBN" and token.lemma.lower() in MEDIATED


MEDIATED = frozenset({"mediate", "broker", "sponsor", "facilitate", "host"})


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                            "around", "along", "during", "since", "after", "before"})


def _phrase_members(sentence: ParsedSentence, head: Token) -> set[int]:
    """The phrase's tokens, without nested clauses and places ('summit in Djibouti')."""
    members = {t.i for t in subtree(sentence, head)}
    for token in sentence.tokens:
        if token.i in members and token.i != head.i and (
                token.dep in NESTED_CLAUSES or mediated_by(token) or
                (token.dep == "prep" and token.lemma.lower() in LOCATIVE_PREPS)):
            members -= {t.i for t in subtree(sentence, token)}
    return members


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for mention in mentions:
        if mention.actor.code not in seen:
            seen.add(mention.actor.code)
            out.append(mention)
    return out


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def subject_of(sentence: ParsedSentence, verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj links ('agreed to [meet]').

    An infinitive under a verb with an object takes the object as its subject
    ('prompted Russia to [recall]', 'urged Iran to [talk]').
    """
    token, inherited = verb, False
    for _ in range(4):
        subject = _own_subject(sentence, token, inherited)
        if subject is not None and token.dep == "relcl" \
                and subject.text.lower() in RELATIVE_PRONOUNS:
            return sentence.tokens[token.head]  # 'protesters [who] stormed parliament'
        if subject is not None:
            return subject
        if token.dep == "relcl" and passive_subject(sentence, token) is not None:
            return None  # 'protesters who had been detained': the noun is the patient
        if token.dep == "relcl" or set_off_participle(sentence, token):
            return sentence.tokens[token.head]  # 'Klingbeil, [visiting] Athens, praised'
        if _conjoined_to_speaker(sentence, token):  # 'said that X was holding ... and
            token, inherited = sentence.tokens[sentence.tokens[token.head].head], True
            continue  # [demanded]': the speaker demanded
        if stating(sentence, token):  # 'X issued a statement [condemning] ...': X condemns
            token, inherited = sentence.tokens[sentence.tokens[token.head].head], True
            continue
        progressive = token.dep == "attr" and token.tag == "VBG"  # 'is [mediating]' misparsed
        if token.dep == "acl" and sentence.tokens[token.head].lemma.lower() in INTENT_NOUNS:
            noun = sentence.tokens[token.head]  # 'expressed [willingness] to resume talks':
            owner = next((c for c in sentence.children(noun.i) if c.dep == "poss"), None)
            if owner is not None or noun.head == noun.i:  # whoever expressed it, unless
                return owner  # it is '[Serbia's] decision to recognise'

            token, inherited = sentence.tokens[noun.head], True
            continue
        if token.dep == "prep" and token.head != token.i \
                and sentence.tokens[token.head].lemma.lower() in PREP_CONTROLLERS:
            token = sentence.tokens[token.head]  # 'refrained from [attacking]': who refrained
            if token.dep == "advmod" and token.head != token.i:  # 'stopped [short] of'
                token = sentence.tokens[token.head]
            continue
        if adjunct_gerund(sentence, token):
            token, inherited = sentence.tokens[token.head], True
            continue  # 'After [meeting] Kagame, the minister said': the clause's subject
        if token.dep not in ("xcomp", "conj", "advcl", "pcomp", "acomp") and not progressive \
                or token.head == token.i:  # 'acomp': 'would be [willing] to mediate'
            return None
        if token.dep == "advcl" and passive_subject(sentence, token) is not None:
            return None  # 'held talks before [the deal] was announced': by someone unnamed
        if token.dep == "xcomp":
            controller = _object_of(sentence, sentence.tokens[token.head])
            if controller is not None:
                return controller
        token, inherited = sentence.tokens[token.head], True
    return None


def adjunct_gerund(sentence: ParsedSentence, prep: Token) -> bool:
    """'[After] meeting Kagame, ...', '[before] leaving Kyiv': a preposition of time that
    heads a gerund and hangs on a verb; the gerund's unstated subject is that verb's."""
    return prep.dep == "prep" and prep.lemma.lower() in TIME_PREPS \
        and prep.head != prep.i and sentence.tokens[prep.head].pos in ("VERB", "AUX") \
        and any(c.dep == "pcomp" and c.tag == "VBG" for c in sentence.children(prep.i))


# Prepositions of time that take a gerund: 'after meeting', 'before leaving', 'while
# visiting', 'upon arriving'.
TIME_PREPS = frozenset({"after", "before", "while", "upon", "on", "since", "during"})


def set_off_participle(sentence: ParsedSentence, verb: Token) -> bool:
    """'Austria's foreign minister, [visiting] Sarajevo on Sunday, pledged ...': a present
    participle set off by a comma after a noun tells what that noun (its subject) does."""
    return verb.dep == "acl" and verb.tag == "VBG" and verb.i > 0 and verb.head < verb.i \
        and sentence.tokens[verb.i - 1].text == ","


def _conjoined_to_speaker(sentence: ParsedSentence, verb: Token) -> bool:
    """A past-tense verb the parser joined to the reported clause whose tense it does not
    share ('said that Eritrea [was holding] soldiers and [demanded] ...'): it goes with
    the verb of saying."""
    if verb.dep != "conj" or verb.tag != "VBD" or verb.head == verb.i:
        return False
    head = sentence.tokens[verb.head]
    if head.dep != "ccomp" or head.head > head.i:
        return False
    children = sentence.children(head.i)
    if head.tag in ("VBG", "VB") and any(c.dep == "aux" for c in children):
        return True
    if head.tag == "VBN" and any(c.dep == "aux" and c.lemma.lower() == "have" for c in children) \
            and verb.lemma.lower() in SPEAKERS_ACTS:
        return True  # 'said air defences had shot down drones and [accused] the UAE of ...':
        # an act of speech joined to a report is the speaker's, not the reported doer's
    return head.tag == "VBN" and any(c.dep == "auxpass" for c in children) and any(
        c.dep in ("dobj", "xcomp", "advcl") for c in sentence.children(verb.i))  # 'said the trial
    # had been marred ... and [called] on the authorities to release': an active verb with
    # an object shares no passive's subject


# Acts of speech that a speaker does after reporting another's deed: 'said the troops had
# fired and [urged] calm'.
SPEAKERS_ACTS = ACCUSING_LEMMAS | {"urge", "demand", "appeal", "warn", "vow", "threaten",
                                   "deny", "reject", "call"}


# Nouns of intent whose infinitive is their owner's plan: 'its willingness [to talk]'.
INTENT_NOUNS = PLANNING_NOUNS | {"decision", "resolve"}  # a decision is taken, not planned


def intended(sentence: ParsedSentence, verb: Token) -> bool:
    """'its willingness [to resume] talks': an infinitive that a noun of intent governs."""
    return verb.dep == "acl" and verb.head != verb.i \
        and sentence.tokens[verb.head].lemma.lower() in INTENT_NOUNS


def reported(sentence: ParsedSentence, verb: Token) -> bool:
    """'reports that soldiers had [fled]': a deed in a clause of a noun of reporting."""
    return verb.dep in ("acl", "ccomp") and verb.head != verb.i \
        and sentence.tokens[verb.head].lemma.lower() in REPORT_NOUNS


# Words whose subject does what their preposition governs: 'stopped short of [imposing]'.
PREP_CONTROLLERS = frozenset({"refrain", "abstain", "desist", "short", "insist", "persist",
                              "succeed",
                              "open"})  # 'is open to [cooperating]': who is open


# Nouns for what a statement does: 'a resolution demanding', 'a statement condemning'.
STATEMENTS = frozenset({"statement", "declaration", "resolution", "communique", "letter",
                        "motion", "petition", "appeal", "decree", "message", "note",
                        "report", "speech", "address"})


def stating(sentence: ParsedSentence, verb: Token) -> bool:
    """'issued a statement [condemning] the raid': what a statement does is an event."""
    return verb.dep == "acl" and verb.tag == "VBG" and verb.head != verb.i \
        and sentence.tokens[verb.head].lemma.lower() in STATEMENTS


def _own_subject(sentence: ParsedSentence, token: Token, inherited: bool) -> Token | None:
    raising = token.lemma.lower() in RAISING_PASSIVES and any(
        c.dep == "xcomp" for c in sentence.children(token.i))
    for child in sentence.children(token.i):
        if child.dep in ("nsubj", "csubj") or (
                (inherited or raising) and child.dep == "nsubjpass"):
            return child
        if child.dep == "agent":
            objects = [c for c in sentence.children(child.i) if c.dep == "pobj"]
            if objects:
                return objects[0]
    if any(c.dep == "auxpass" for c in sentence.children(token.i)):
        agent = next((o for c in sentence.children(token.i) if c.dep == "dobj"
                      for p in sentence.children(c.i) if p.dep == "prep"
                      and p.lemma.lower() == "by" for o in sentence.children(p.i)
                      if o.dep == "pobj"), None)
        if agent is not None:  # 'was denied entry [by] Israeli authorities': the agent
            return agent  # parsed into the retained object
    for aux in sentence.children(token.i):  # misparse: 'Hungary' under 'is' in 'is opposed'
        if aux.dep in ("aux", "auxpass"):
            found = next((c for c in sentence.children(aux.i) if c.dep == "nsubj"), None)
            if found is not None:
                return found
    return _subject_read_as_object(sentence, token)


# Conjunctions the parser takes for prepositions: 'a day [after] Egypt and Jordan recalled'.
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "as"})


def _subject_read_as_object(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'two days after [Egypt, Jordan and Saudi Arabia] recalled their ambassadors': a
    clause's subject misparsed as the object of 'after', which ends right before its verb."""
    if verb.dep != "advcl" or verb.i == 0:
        return None
    last = sentence.tokens[verb.i - 1]
    for _ in range(4):  # from the word before the verb up to the phrase's head
        head = sentence.tokens[last.head]
        if last.dep == "pobj" and head.lemma.lower() in CLAUSE_PREPS and head.i < last.i:
            return last
        if last.dep not in ("conj", "compound", "cc") and last.dep != "punct":
            return None
        last = head
    return None


def _object_of(sentence: ParsedSentence, verb: Token) -> Token | None:
    return next((c for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")), None)


def _relative_object(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'Santivanez, [whom] they accused', '12 companies [it accused]', 'protesters [who
    had been detained]': the noun a relative clause describes is its verb's object when
    the clause is passive, or has a subject of its own and its object is a relative
    pronoun or missing."""
    if verb.dep != "relcl" or not 0 <= verb.head < len(sentence.tokens):
        return None
    children = sentence.children(verb.i)
    if any(c.dep == "nsubjpass" for c in children):  # 'protesters who had been detained'
        return sentence.tokens[verb.head]
    subject = next((c for c in children if c.dep == "nsubj"), None)
    if subject is None or subject.text.lower() in RELATIVE_PRONOUNS:
        return None
    objects = [c for c in children if c.dep in ("dobj", "obj")]
    if objects and objects[0].text.lower() not in RELATIVE_PRONOUNS:
        return None
    return sentence.tokens[verb.head]


def passive_subject(sentence: ParsedSentence, verb: Token) -> Token | None:
    return next((c for c in sentence.children(verb.i) if c.dep == "nsubjpass"), None)


def shared_patient(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'Araghchi arrived in Muscat and [was received] by the sultan': a passive conjunct
    with no subject of its own is done to the subject of the verb it is joined to."""
    if verb.dep != "conj" or verb.head == verb.i or passive_subject(sentence, verb) \
            or not any(c.dep == "auxpass" for c in sentence.children(verb.i)):
        return None
    return next((c for c in sentence.children(verb.head) if c.dep in ("nsubj", "nsubjpass")),
                None)


def antecedent(sentence: ParsedSentence, token: Token) -> Token:
    """'Santivanez, [whom] they accused', 'the city, [which] was destroyed': a relative
    pronoun stands for the noun its clause describes."""
    verb = sentence.tokens[token.head]
    if token.tag in ("WP", "WDT") and verb.dep == "relcl" and verb.head != verb.i:
        return sentence.tokens[verb.head]
    return token


def object_heads(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """Heads of the phrases that can hold the target: objects, then prepositional objects."""
    heads: list[Token] = []
    for child in sentence.children(verb.i):
        if child.dep in ("dobj", "dative", "obj", "attr") or (
                child.dep == "ccomp" and child.pos == "NOUN"):  # 'allowing [convoys] into'
            heads.append(antecedent(sentence, child))
    relative = _relative_object(sentence, verb)
    if relative is not None and relative not in heads:
        heads = [relative] + heads
    attach = [verb] + [c for c in sentence.children(verb.i) if c.dep in ("prt", "advmod")
                       or c.dep == "prep" and c.lemma.lower() == "out"]  # 'pulled out [of] X'
    for holder in attach:
        for child in sentence.children(holder.i):
            if child.dep == "prep" and child.lemma.lower() in TARGET_PREPS:
                heads.extend(c for c in sentence.children(child.i) if c.dep == "pobj")
    if not any(c.dep in ("dobj", "obj") for c in sentence.children(verb.i)):
        heads.extend(_shifted_objects(sentence, verb))
    return [h for obj in heads for h in [obj, *_inner_objects(sentence, obj)]]


INNER_PREPS = frozenset({"on", "against", "with", "to", "from", "into"})


def _inner_objects(sentence: ParsedSentence, obj: Token) -> list[Token]:
    """'opened an inquiry [into] X', 'recalled its ambassador [to] Spain over the dispute':
    the object's own complement, which comes before the verb's other phrases."""
    holders = [obj] + ([o for p in sentence.children(obj.i)  # 'the pullout of troops
                        if p.dep == "prep" and p.lemma.lower() == "of"  # [from] Iraq'
                        for o in sentence.children(p.i) if o.dep == "pobj"]
                       if obj.lemma.lower() in REMOVALS else [])
    return [c for h in holders for p in sentence.children(h.i)
            if p.dep == "prep" and (p.lemma.lower() in INNER_PREPS or _fired_at(obj, p))
            and (h is obj or p.lemma.lower() == "from")
            for c in sentence.children(p.i) if c.dep == "pobj"]


def _fired_at(obj: Token, prep: Token) -> bool:
    """'fired [a barrage] of rockets [at] Israel': what is fired is fired at its target."""
    return prep.lemma.lower() == "at" and obj.lemma.lower() in FIRED_AT


def _shifted_objects(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """'denounced as a crime [Serbia's crackdown]', 'condemned as illegal [Israel's
    decision]': an object put after its 'as' phrase, which the parser takes into it."""
    out = []
    for prep in sentence.children(verb.i):
        if prep.dep == "prep" and prep.lemma.lower() == "as":
            for noun in (c for c in sentence.children(prep.i) if c.dep == "pobj"):
                out += [a for a in sentence.children(noun.i) if a.dep == "appos"]
                if any(c.dep == "poss" for c in sentence.children(noun.i)):
                    out.append(noun)
    return out


def own_subject(sentence: ParsedSentence, verb: Token) -> Token | None:
    """The verb's own subject, not one inherited from a verb above it."""
    return _own_subject(sentence, verb, False)
