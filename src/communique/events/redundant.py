"""Candidates that tell again what another in the sentence tells, or what is no act of the
moment: a clause elaborating another's act, a standing description or a record in a
relative clause, what a rejected text says, and the aim of an act coded beside it."""

from __future__ import annotations

from dataclasses import replace

from ..model import EventCandidate, Token
from . import combine
from .cameo import lookup
from .actors_in_parse import RELATIVE_PRONOUNS
from .candidates import side_of
from .modality import DECIDING_VERBS
from .phrases import infinitive
from .verbs import subtree
from .lexicon import TEXTS


def elaborates(tokens, event: EventCandidate, events: list[EventCandidate]) -> bool:
    """'Protesters rioted on Monday, [setting] fire to electoral offices', 'closed its
    airspace, [citing] the threat of intervention': a participle clause without a subject
    of its own tells more of the act before it, by the same side, and is no second event;
    a killing it tells ('..., [killing] five') stays one unless that act is itself violence
    or a riot."""
    verb = tokens[event.anchor]
    while verb.dep == "conj" and verb.head != verb.i:  # 'chanting slogans and [setting]'
        verb = tokens[verb.head]
    if verb.tag == "VBG" and verb.dep == "acl" and verb.head < verb.i:
        return _told_of_subject(tokens, verb, event, events)
    if verb.tag != "VBG" or verb.dep != "advcl" or verb.head == verb.i:
        return False
    if event.cameo[:2] == "13" and tokens[event.anchor].lemma.lower() in ("threaten", "warn"):
        return False  # 'pressed Iraq to act, [threatening] to strike': a threat of its own
    if any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass") for t in tokens):
        return False
    if event.cameo[:2] == "04":
        return False  # '[Visiting] Kyiv, the president pledged ...', '... announced loans,
        # [meeting] his counterpart': a meeting is an act of its own, never more of another
    violent = event.cameo[:2] in ("18", "19", "20")  # a riot's violence is its mode (PLOVER);
    # an attack's killings are its toll ('struck launchers, [killing] six people'); after
    # words, the toll of the deed they speak of ('accused troops of firing on a village,
    # [wounding] a farmer')
    return any(other is not event and other.anchor == verb.head
               and other.source is not None and other.source == event.source
               and (not violent or other.cameo[:2] in ("14", "18", "19", "20")
                    or other.cameo[:2] <= "13")
               and not _speaks_beside_deed(event, other) for other in events)


def _told_of_subject(tokens, verb, event: EventCandidate, events: list[EventCandidate]) -> bool:
    """'Protesters, [chanting] slogans against Israel, marched ...', 'Rebels, [attacking]
    from the north, seized Goma': a participle set off after the subject that tells an act
    of the kind its clause tells is the manner of that act, no second event; 'Klingbeil,
    [visiting] Athens, praised ...' tells another act, a visit."""
    noun = tokens[verb.head]
    return noun.head != noun.i and any(
        other is not event and other.anchor == noun.head and other.source == event.source
        and other.cameo[:2] == event.cameo[:2] for other in events)


ADDRESSED_ROOTS = ("02", "10", "11")  # appeals, demands, accusations: said to someone


MATERIAL_ROOTS = ("06", "07", "08", "14", "15", "16", "17", "18", "19", "20")  # quad 2, 4


def _speaks_beside_deed(said: EventCandidate, deed: EventCandidate) -> bool:
    """'expelled two diplomats, [accusing] Moscow of spying', 'imposed sanctions, [urging]
    Minsk to ...': a verbal act aimed at an actor, beside a material act (CAMEO 06-08,
    14-20) or a word of another kind ('rejected the criticism, [accusing] the UN of ...'),
    is a second act of speech (PLOVER ACCUSE, REQUEST), not more of the deed."""
    return said.cameo[:2] in ADDRESSED_ROOTS and said.target is not None \
        and (deed.cameo.startswith(MATERIAL_ROOTS) or deed.cameo[:2] != said.cameo[:2])


def standing_description(sentence, event: EventCandidate) -> bool:
    """'Kenyan protesters, who [reject] the finance bill, stormed parliament', 'Hamas, which
    [controls] Gaza', 'cable breaks, which officials [blame] on Moscow': a relative clause in
    the simple present tells what its antecedent stands for or habitually does, not an act
    at the time of the news; so does a set-off one in the present perfect (``aside_record``)."""
    verb = sentence.tokens[event.anchor]
    clause = relative_clause(sentence, verb)
    members = subtree(sentence, clause) if clause is not None else []
    if not any(t.tag in ("WDT", "WP") and t.lemma.lower() in RELATIVE_PRONOUNS
               and t.i < clause.i for t in members):
        return False
    if verb is clause and verb.tag in ("VBP", "VBZ"):
        return not any(c.dep in ("aux", "auxpass", "neg") for c in sentence.children(verb.i))
    return aside_record(sentence, verb, members)


def relative_clause(sentence, verb: Token) -> Token | None:
    """The relative clause's verb that ``verb`` is, or is the conjunct or complement of
    ('which Japan says is safe and the agency [has endorsed]')."""
    for _ in range(4):
        if verb.dep == "relcl":
            return verb
        if verb.dep not in ("conj", "ccomp") or verb.head == verb.i:
            return None
        verb = sentence.tokens[verb.head]
    return None


def aside_record(sentence, verb: Token, members: list[Token]) -> bool:
    """'Egypt and the Emirates, which [have backed] Haftar, urged restraint': a present
    perfect in a relative clause set off by a comma tells the antecedent's record up to
    now, background to the news, unless the clause dates it ('which has fired 40 rockets
    since Monday'). ``members`` are the clause's tokens."""
    perfect = verb.tag == "VBN" and any(
        c.dep == "aux" and c.text.lower() in ("has", "have") for c in sentence.children(verb.i))
    return perfect and set_off(sentence, members) and not any(
        t.ent_type in ("DATE", "TIME") or t.lemma.lower() == "since" for t in members)


def set_off(sentence, members: list[Token]) -> bool:
    """The clause whose tokens are ``members`` follows a comma (', which ...')."""
    first = members[0].i
    return first > 0 and sentence.tokens[first - 1].text == ","


def in_rejected_text(tokens, event: EventCandidate, events: list[EventCandidate]) -> bool:
    """'Russia vetoed a resolution [condemning] the annexation', 'rejected a draft
    [calling] for sanctions': what a rejected or blocked text says was never done."""
    verb = tokens[event.anchor]
    if verb.dep not in ("acl", "relcl") or verb.head == verb.i:
        return False
    text = tokens[verb.head]
    if text.lemma.lower() not in TEXTS or text.head == text.i:
        return False
    holder = tokens[text.head]  # 'refused [to sign] the declaration condemning ...'
    rejecting = {text.head} | ({holder.head} if holder.dep == "xcomp" else set())
    return any(other.anchor in rejecting and other.cameo[:2] == "12" for other in events)


def without_aims(sentence, events: list[EventCandidate]) -> list[EventCandidate]:
    """'Police fired tear gas [to disperse] protesters', 'signed an agreement [to restore]
    relations', 'launched joint patrols [to curb] smuggling': an infinitive purpose clause
    tells what the act before it is for. When that act is coded for the same side, the aim
    is no second event; whom it aims at is the act's target, if the act names none
    ('pledged a loan [to help] Moldova')."""
    aims = {id(e): acts for e in events if (acts := _acts_aimed(sentence, e, events))}
    out = []
    for event in events:
        if id(event) in aims:
            continue
        aimed = next((a.target for a in events if id(a) in aims and a.target is not None
                      and any(act is event for act in aims[id(a)])), None)
        if aimed is not None and event.cameo[:2] == "03" and _each_other(event, aims.values()):
            event = replace(event, target=None)  # 'Saudi Arabia and Qatar pledged $1bn [to
            # help] Syria': aimed at Syria, not at each other
        if event.target is None and aimed is not None and aimed != event.source:
            event = replace(event, target=aimed, placed=False,
                            confidence=round(min(event.confidence + 0.2, 0.85), 2))
        out.append(event)
    return out


def _each_other(event: EventCandidate, groups) -> bool:
    """An act coded between two members of one compound subject, both of whom do it. Only
    a pledge is retargeted: what is signed or met is done with each other whatever it is
    for ('Japan and South Korea signed a pact to help Ukraine')."""
    acts = [act for group in groups for act in group]
    return event.target is not None and any(act is event for act in acts) and any(
        other.source is not None and other is not event
        and side_of(other.source) == side_of(event.target) for other in acts)


def _acts_aimed(sentence, aim: EventCandidate,
                events: list[EventCandidate]) -> list[EventCandidate]:
    """The events of the act whose purpose clause ``aim`` is told in, by the same side."""
    verb = sentence.tokens[aim.anchor]
    if verb.dep != "advcl" or verb.tag != "VB" or aim.source is None \
            or not infinitive(sentence, verb):
        return []
    if _chooses(sentence.tokens[verb.head]) and not _has_object(sentence, verb.head):
        return []  # 'voted [to expel] two diplomats': what was chosen, not an aim; but
        # 'pledged $1bn [to help] Syria' says what the pledge is for
    head = verb.head
    while sentence.tokens[head].dep == "conj" and sentence.tokens[head].head != head:
        head = sentence.tokens[head].head  # 'met X and [signed] a deal to ...'
    return [other for other in events
            if other is not aim and other.anchor in (verb.head, head)
            and other.source is not None and side_of(other.source) == side_of(aim.source)
            and (not _hostile_aim(other, aim) or _summons(sentence, other)
                 or _at_partner(aim, other, events))]


def _hostile_aim(act: EventCandidate, aim: EventCandidate) -> bool:
    """'met the envoy [to protest] remarks by Orban': a meeting or gesture of cooperation
    held for a hostile purpose; the aim says what the act was (a protest), so it stays."""
    return lookup(act.cameo).quad_class in (1, 2) and lookup(aim.cameo).quad_class in (3, 4)


def _summons(sentence, act: EventCandidate) -> bool:
    """'summoned the ambassador [to protest] ...': the summons is itself the protest (the
    PLOVER manual: "summoning an in-country ambassador to present such grievances is just
    coded ACCUSE"), so its aim is no second event."""
    return act.cameo.startswith("04") and sentence.tokens[act.anchor].lemma.lower() == "summon"


def _at_partner(aim: EventCandidate, act: EventCandidate,
                events: list[EventCandidate]) -> bool:
    """'Kenya and Uganda worked together [to fight] cattle rustling', 'Kenya worked with
    Uganda [to fight] rustling': an aim of material cooperation read as aimed at a partner
    who does the act too, or at no one, is what they do together, not a hostility between
    them."""
    if aim.target is None:
        return act.cameo[:2] == "06"
    return side_of(aim.target) != side_of(aim.source) and any(
        e.anchor == act.anchor and e.source is not None
        and side_of(e.source) == side_of(aim.target) for e in events)


def _has_object(sentence, verb: int) -> bool:
    return any(c.dep in ("dobj", "obj") for c in sentence.children(verb))


def _chooses(verb: Token) -> bool:
    """'voted', 'decided', 'vowed', 'offered': a verb whose 'to' clause says what is
    chosen or committed to, even when parsed as a purpose clause."""
    lemma = verb.lemma.lower()
    return lemma in DECIDING_VERBS or lemma in combine.OUTER_LEMMAS
