"""Operations on event candidates once a sentence's verbs are coded: source-target
pairs, keeping the vouched and the unique, protests aimed at what they demand, the place
as target, forces moved rather than given. Candidates that tell again what another tells
(elaborations, standing descriptions, aims) are dropped by redundant.py."""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

from ..model import Actor, EventCandidate, Mention, Token
from .lexicon import (LEGAL_ROOTS, MISSIONS, MOVE_LEMMAS, MOVED_FORCE_CODES, ONE_SIDED_ROOTS,
                      PLACED_ROOTS, STATE_SECTORS)


def vouched(events: list[EventCandidate]) -> list[EventCandidate]:
    """A dictionary pattern matched the verb's object ('imposed a curfew', 'lifted its ban'):
    the event stands even when nobody is named as acted on."""
    return [replace(e, confidence=round(min(e.confidence + 0.2, 0.85), 2))
            if e.target is None and e.source is not None else e for e in events]


def protest_targets(events: list[EventCandidate]) -> list[EventCandidate]:
    """'Protesters marched ..., demanding that the government ...': a protest with no
    target is aimed at whoever the same protesters make demands of in that sentence."""
    aimed = {e.source: e.target for e in events
             if e.target is not None and e.source and not e.placed}
    return [replace(e, target=aimed[e.source], placed=False,
                    confidence=min(e.confidence + (0.05 if e.placed else 0.2), 0.85))
            if e.cameo.startswith("14") and (e.target is None or e.placed)
            and e.source in aimed else e
            for e in events]


def demands_of_protests(sentence, events: list[EventCandidate]) -> list[EventCandidate]:
    """'Protesters marched ..., demanding that the government ...', 'rallied to demand
    ...': what a protest demands is what the protest is about, not a request of its own
    (CAMEO 14x, not 10x). The protest has taken the demand's target already."""
    protests = {(e.anchor, e.source) for e in events if e.cameo.startswith("14")}
    return [e for e in events
            if not (e.cameo.startswith(("02", "10")) and any(
                e.source in (None, source) and _governs(sentence, anchor, e.anchor)
                for anchor, source in protests))]


VERBAL_CONFLICT = ("11", "12", "13")


def renamed(sentence, events: list[EventCandidate]) -> list[EventCandidate]:
    """'Students blocked three bridges ..., in the largest [protest] since ...': an event
    noun of the same kind as a verb's event by the same side in that sentence names that
    act again, and is no second event. A noun that is a subject does the act ('Israeli
    [strikes] killed 20 people') and stays."""
    told = {(e.cameo[:2], side_of(e.source)) for e in events
            if e.source is not None and sentence.tokens[e.anchor].pos == "VERB"}
    return [e for e in events
            if not (sentence.tokens[e.anchor].pos == "NOUN" and e.source is not None
                    and sentence.tokens[e.anchor].dep not in ("nsubj", "nsubjpass")
                    and (e.cameo[:2], side_of(e.source)) in told)]


def invitations(sentence, events: list[EventCandidate]) -> list[EventCandidate]:
    """'invited Ruto to visit Beijing', 'invited him to Moscow for talks': an invitation to
    meet is an offer to host, AGREE in the PLOVER manual ("invitations for state visits"),
    not the appeal (026, 106) the verb's codes say."""
    return [replace(e, cameo="036") if _invites_to_meet(sentence, e) else e for e in events]


def _invites_to_meet(sentence, event: EventCandidate) -> bool:
    verb = sentence.tokens[event.anchor]
    if verb.lemma.lower() != "invite":
        return False
    return event.cameo in ("026", "106") or event.cameo in ("020", "100") and not any(
        c.dep == "xcomp" for c in sentence.children(verb.i))  # 'invited him to Moscow'


def restated(events: list[EventCandidate]) -> list[EventCandidate]:
    """'Hun Sen rejected the US call ..., saying Cambodia "will not bow to anyone"': a
    criticism, refusal or threat with no target that restates one the same side makes of a
    named target in that sentence is the same stance, not a second event."""
    aimed = {(e.cameo[:2], side_of(e.source)) for e in events
             if e.target is not None and e.source is not None}
    return [e for e in events
            if not (e.target is None and e.source is not None
                    and e.cameo[:2] in VERBAL_CONFLICT
                    and (e.cameo[:2], side_of(e.source)) in aimed)]


def side_of(actor: Actor) -> str:
    """'Hun Sen' (KHMGOV) and 'Cambodia' (KHM) speak for one side: the country, else the
    actor itself (an international body)."""
    return actor.country or actor.code


def _governs(sentence, head: int, token: int, depth: int = 3) -> bool:
    """True when ``head`` is among the first ``depth`` heads above ``token``."""
    for _ in range(depth):
        above = sentence.tokens[token].head
        if above == token:
            return False
        if above == head:
            return True
        token = above
    return False


CROWDS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "rioter",
                    "rioters", "crowd", "crowds", "mob", "mobs", "marchers", "youths",
                    "supporters", "activists"})
FORCE = ("18", "19")
MEDIATORS = frozenset({"mediator", "mediators", "facilitator", "facilitators", "broker"})
STATE_FORCES = frozenset({"COP", "MIL", "SPY"})
ARMED_NON_STATE = frozenset({"REB", "UAF", "INS", "CRM"})
CIVIC_SECTORS = frozenset({"EDU", "LAB", "OPP", "CVL", "AGR", "HLH", "MED", "REL", "NGO"})


def by_parties(events: list[EventCandidate]) -> list[EventCandidate]:
    """Codes that depend on who acts on whom: protesters throwing stones or burning
    buildings riot (145) and gathering demonstrate (141); police or troops using force on
    protesters repress (175); armed groups that seize people abduct them (181), they do
    not arrest them; police or troops who free hostages or victims rescue them (073:
    PLOVER AID); students or workers who occupy or seize a building hold a sit-in (141),
    who blockade a road obstruct it (144), who boycott protest (143: no sanction); a state
    protests through diplomatic channels (114), not in the streets."""
    out = []
    for event in events:
        code = _recoded(event)
        back = event.refers_back or code == "114" and event.target is None  # 'Japan protested'
        out.append(replace(event, cameo=code, refers_back=back))
    return out


def _recoded(event: EventCandidate) -> str:
    code, source, target = event.cameo, event.source, event.target
    if (code[:2] in FORCE or code == "1712") and _crowd(source):
        return "145"  # 'protesters set fire to the parliament': a riot
    if code[:2] == "04" and _crowd(source):
        return "141"  # 'protesters gathered outside the consulate'
    if code[:2] == "04" and source is not None and MEDIATORS & set(source.text.lower().split()):
        return "045"  # 'Egyptian mediators held talks with both sides'
    if code[:2] in FORCE and code not in ("195", "196") and _crowd(target) \
            and source is not None and (source.sector or "")[:3] in STATE_FORCES:
        return "175"
    if code in ("172", "1721") and _foreign_officials(source, target):
        return "163"  # 'imposed visa restrictions on Ugandan officials': a sanction
    civic = source is not None and (source.sector or "")[:3] in CIVIC_SECTORS
    if code == "192" and civic or code in ("171", "1711") and (civic or _crowd(source)):
        return "141"  # 'students occupied the university building', 'activists seized the
        # broadcaster's offices': a sit-in, neither a conquest nor a state's seizure
    if code == "191" and civic:
        return "144"  # 'farmers blockaded the highway': passage obstructed in protest
    if code.startswith("084") and _rescue(source, target):
        return "073"  # 'police freed ten trafficking victims': a rescue (PLOVER AID)
    if code == "163" and (civic or _crowd(source)):
        return "143"  # 'unions boycotted the talks': no state's sanction, a protest boycott
    if code == "173" and source is not None and (source.sector or "")[:3] in ARMED_NON_STATE:
        return "181"  # 'the fighters rounded up women': no state arrests them, an abduction
    if code == "140" and source is not None and source.country \
            and (source.sector or "GOV")[:3] == "GOV" and not _a_people(source):
        return "114"
    return code


RESCUED = frozenset({"victims", "victim", "hostages", "hostage", "captives", "abductees"})


def _rescue(source: Actor | None, target: Actor | None) -> bool:
    """Police or troops freeing hostages or victims rescue them; their captors release."""
    return source is not None and (source.sector or "")[:3] in STATE_FORCES \
        and target is not None and bool(RESCUED & set(target.text.lower().split()))


def _foreign_officials(source: Actor | None, target: Actor | None) -> bool:
    """A state restricting another state's officials, bodies or firms: restrictions on
    political freedoms (172) are a state's own affair; abroad they are sanctions."""
    return source is not None and target is not None and bool(source.country) \
        and bool(target.country) and source.country != target.country \
        and (target.sector[:3] in ("GOV", "MIL", "BUS", "SPY", "JUD", "LEG") if target.sector
             else target.code == target.country)


# Names of states that look like plurals.
PLURAL_STATES = frozenset({"states", "philippines", "netherlands", "maldives", "bahamas",
                           "seychelles", "comoros", "islands", "emirates", "barbados"})


def _a_people(actor: Actor) -> bool:
    """'Serbs', 'Palestinians', 'Georgians': a people, who protest in the streets, not a
    state protesting through diplomatic channels."""
    words = actor.text.split()
    return actor.sector is None and len(words) == 1 and words[0][:1].isupper() \
        and words[0].endswith("s") and not words[0].endswith("ss") \
        and words[0].lower() not in PLURAL_STATES


def _crowd(actor: Actor | None) -> bool:
    return actor is not None and bool(CROWDS & set(actor.text.lower().split()))


def crowd_riot(event: EventCandidate) -> EventCandidate:
    """'demonstrators set fire to the police station', 'protesters torched cars': property
    a crowd destroys (171) is a riot (145, PLOVER PROTEST 'riot': 'the participants intend
    to cause ... property damage'), not an attack."""
    if event.cameo.startswith("171") and _crowd(event.source):
        return replace(event, cameo="145")
    return event


def reports_other(event: EventCandidate, speaker: Mention) -> bool:
    """A conflict event done or planned, whose source is someone other than the speaker:
    not the speaker's own state ('Turkey's defence ministry said its jets had struck ...'),
    nor what someone would do if ... ('said the army would respond if troops crossed'),
    nor violence by attackers nobody names ('police said gunmen killed 12 villagers'):
    no one is accused, the deed is reported."""
    if event.cameo[:2] < "09" or event.source is None \
            or event.modality in ("negated", "conditional", "hypothetical") \
            or event.cameo[:2] in ("18", "19", "20") and (unnamed_attackers(event.source)
                                                         or attacked_reports(event, speaker)):
        return False
    source, own = event.source, speaker.actor
    same_state = source.country == own.country and source.country is not None and \
        {(source.sector or "GOV")[:3], (own.sector or "GOV")[:3]} <= STATE_SECTORS
    return source.code != own.code and not same_state


def attacked_reports(event: EventCandidate, speaker: Mention) -> bool:
    """'Israel's army said Hezbollah had fired 30 rockets into northern Israel': the
    authorities of a country report an attack on it from abroad, which is the news (a
    charge against their own people, 'said the protesters had attacked a convoy', stays
    an accusation)."""
    own, target = speaker.actor, event.target
    return target is not None and own.country is not None and target.country == own.country \
        and event.source.country not in (None, own.country) \
        and (own.sector or "GOV")[:3] in STATE_SECTORS


def unnamed_attackers(actor: Actor) -> bool:
    """'gunmen', 'unknown assailants': an unidentified armed force (UAF), no party."""
    return (actor.sector or "")[:3] == "UAF"


def for_the_state(event: EventCandidate, speaker: Mention) -> EventCandidate:
    """'Putin said Russia would hand over ...': a government speaker's own country, named
    bare as the actor of what is said, is that country's government (RUSGOV)."""
    source, own = event.source, speaker.actor
    if source is None or source.sector or source.country is None \
            or source.code != source.country or own.country != source.country \
            or not (own.sector or "").startswith("GOV"):
        return event
    return replace(event, source=replace(source, code=source.country + "GOV", sector="GOV"))


def announced_by(event: EventCandidate, speaker: Mention) -> EventCandidate:
    """'The curfew will be lifted on Monday, the governor said': a concession to come
    (035x) that names no one who makes it is the announcing authority's."""
    if event.source is not None or not event.cameo.startswith("035") \
            or (speaker.actor.sector or "")[:3] not in STATE_SECTORS:
        return event
    return replace(event, source=speaker.actor,
                   confidence=round(min(event.confidence + 0.2, 0.85), 2))


def self_directed(event: EventCandidate) -> bool:
    """An actor acting on itself ('ARM' attacking 'ARM'): two roles read off one actor, or a
    place taken as the target of its own people; no event between actors."""
    return event.source is not None and event.target is not None \
        and event.source.code == event.target.code


def acts_on_itself(event: EventCandidate) -> bool:
    """Self-directed with a sector ('ARMMIL' on 'ARMMIL'); a bare country on itself is a
    domestic measure ('Sudan lifted the curfew': SDN -> SDN) and stays."""
    return self_directed(event) and event.source.code != event.source.country


def people_at_home(event: EventCandidate) -> bool:
    """'[Armenians] fled to Armenia after an offensive': violence placed in a people's own
    country, with that people as the doer, is a role read off the wrong clause."""
    return event.placed and self_directed(event) and event.cameo.startswith(VIOLENT_ROOTS) \
        and _a_people(event.source)


def unique_candidates(events: list[EventCandidate]) -> list[EventCandidate]:
    """One event per (code, sides, modality), in first-told order; of an event told twice
    ('Bowing to protests, Kenya dropped the tax'), the telling with the most confidence
    (the main clause, not the participle before it)."""
    best: dict[tuple, EventCandidate] = {}
    for event in events:
        key = (event.cameo, event.source, event.target, event.modality)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event  # a dict keeps the key where it was first told
    return list(best.values())


def placed_sectors(candidate: EventCandidate, place: Actor | None) -> EventCandidate:
    """A side known only by its sector ('farmers', 'students', 'riot police') is of the
    country where the event happened: 'farmers blocked roads into Brussels' -> BELAGR."""
    if place is None or not place.country:
        return candidate
    source, target = (_of_country(a, place.country) for a in (candidate.source,
                                                              candidate.target))
    if source is candidate.source and target is candidate.target:
        return candidate
    return replace(candidate, source=source, target=target)


def _of_country(actor: Actor | None, country: str) -> Actor | None:
    if actor is None or actor.country or not actor.sector or actor.code != actor.sector:
        return actor
    return replace(actor, code=country + actor.code, country=country)


def place_target(candidate: EventCandidate, place: Actor | None) -> EventCandidate:
    """A conflict event with no target gets the country where it happened, found by the
    gazetteer when no actor names the place ('shelled a camp in El Fasher' → SDN); the
    confidence changes as if the coder had placed it."""
    if candidate.target is not None or candidate.refers_back or place is None \
            or not candidate.cameo.startswith(PLACED_ROOTS):
        return candidate
    one_sided = candidate.cameo.startswith(ONE_SIDED_ROOTS)
    confidence = candidate.confidence + 0.2 - 0.15 + (0.0 if one_sided else 0.2)
    return replace(candidate, target=place, placed=True,
                   confidence=round(min(confidence, 0.95), 2))


VIOLENT_ROOTS = ("18", "19", "20")


def place_source(candidate: EventCandidate, place: Actor | None) -> EventCandidate:
    """Who did an event that names nobody as its doer, as ICEWS and the PLOVER gold code
    it: violence ('a roadside bomb killed two soldiers near Samarra') is by an
    unidentified armed force (UAF) of the country where it happened; a protest, by
    protesters (OPP) there; an arrest or other coercion ('an American was detained in
    Moscow'), by that country's police or authorities (the target's, if nothing is
    placed), and so is a restriction eased ('the curfew in Freetown was lifted'); an
    indictment ('was indicted on corruption charges'), by its prosecutors (JUD); a
    conviction or sentence ('was sentenced to four years in prison'), by the courts of the
    convicted's country or of where it happened; asylum ('were granted asylum in
    Germany') and outsiders let in ('observers were allowed into Syria'), by the
    authorities there; an investigation ('was put under investigation
    in Italy'), by its investigators (JUD)."""
    if candidate.source is not None or candidate.modality != "asserted":
        return candidate
    country = place.country if place is not None else None
    code = candidate.cameo
    if code.startswith((*LEGAL_ROOTS, "081")) and candidate.target is not None:
        country = country or candidate.target.country
    if not country:
        return candidate
    sector, text = _unnamed_doer(code)
    if sector is None:
        return candidate
    return replace(candidate, source=Actor(text=text, code=country + sector,
                                           country=country, sector=sector),
                   confidence=round(min(candidate.confidence + 0.2, 0.85), 2))


def _unnamed_doer(code: str) -> tuple[str | None, str]:
    if code.startswith(VIOLENT_ROOTS):
        return "UAF", "unidentified"
    if code.startswith("14"):
        return "OPP", "protesters"  # 'thousands rallied in Tbilisi'
    if code.startswith("173"):
        return "COP", "police"  # 'five activists were arrested'
    if code.startswith(("17", "081")):
        return "GOV", "authorities"  # 'a curfew was imposed', 'the curfew was lifted'
    if code.startswith("115"):
        return "JUD", "prosecutors"  # 'was indicted on corruption charges'
    if code.startswith("116"):
        return "JUD", "court"  # 'was sentenced to ten years in prison'
    if code.startswith(("075", "086")):
        return "GOV", "authorities"  # 'were granted asylum in Germany', 'observers were
        # allowed back into Barbados': never the outsiders' own country, so only where
        # it happened
    if code.startswith("09"):
        return "JUD", "investigators"  # 'was put under investigation in Italy'
    return None, ""


BORDERS = frozenset({"border", "borders", "frontier", "coast", "waters", "airspace",
                     "side", "region", "boundary"})


def at_border(sentence, mention: Mention) -> bool:
    """'the [Syrian] border', 'the border with [Syria]': a country named as where, not whom."""
    tokens = sentence.tokens
    head = tokens[mention.end - 1]
    if head.dep in ("amod", "compound") and tokens[head.head].lemma.lower() in BORDERS:
        return True
    if head.dep == "pobj" and tokens[head.head].lemma.lower() == "with":
        return tokens[tokens[head.head].head].lemma.lower() in BORDERS
    return False


def forces_moved(verb: Token, code: str, targets: list[Mention], sources: list[Mention],
                  placed: bool) -> bool:
    """Troops, ships or weapons sent or deployed with no other actor to receive them (only
    a place, or the sender's own forces) are mobilised (PLOVER MOBILIZE), not given."""
    if verb.lemma.lower() not in MOVE_LEMMAS or code not in MOVED_FORCE_CODES:
        return False
    home = {m.actor.country for m in sources if m.actor.country}
    return placed or all(m.actor.country in home or m.actor.country is None
                         and m.actor.sector in ("MIL", "COP")  # 'NATO deployed troops'
                         for m in targets)


def other_countries(sources: list[Mention], targets: list[Mention]) -> bool:
    """Sides of more than one country: 'Russia and China', 'India ... with Japan'."""
    countries = {m.actor.country for m in [*sources, *targets] if m.actor.country}
    return len(countries) > 1


def own_sides(targets: list[Mention], sources: list[Mention]) -> bool:
    """Targets of a compound subject of several countries that are only those countries'
    own agents ('Morocco and Spain resumed joint [police] patrols'): no other side."""
    home = {m.actor.country for m in sources if m.actor.country}
    return len(home) > 1 and bool(targets) and all(
        m.kind == "agent" and m.actor.country in home for m in targets)


def own_agents(targets: list[Mention], sources: list[Mention]) -> bool:
    """Targets that are only the source country's own missions abroad ('an embassy')."""
    home = {m.actor.country for m in sources if m.actor.country}
    return bool(targets) and all(
        m.kind == "agent" and m.actor.country in home
        and m.actor.text.split()[-1].lower() in MISSIONS for m in targets)


def own_envoys(code: str, targets: list[Mention], sources: list[Mention]) -> bool:
    """'Algeria recalled [its] ambassador': the envoy recalled is the source's own, and the
    recall is aimed at the country that he served in, named before, not at him."""
    home = {m.actor.country for m in sources if m.actor.country}
    return code.startswith("161") and bool(targets) and bool(home) \
        and all(m.actor.country in home for m in targets)


def forces_not_targets(sentence, verb: Token, targets: list[Mention]) -> list[Mention]:
    """'militias began arming [young men]', 'formed [a militia] to fight the insurgents',
    'would use [the army] to end the protests': the forces a show of force raises or arms,
    or that force is used through, are its actor's own, not whom it is aimed at (PLOVER
    MOBILIZE's recipient is the one threatened)."""
    raised = {t.i for c in sentence.children(verb.i) if c.dep in ("dobj", "nsubjpass")
              for t in _head_words(sentence, c)}
    return [m for m in targets if not any(m.start <= i < m.end for i in raised)]


def _head_words(sentence, noun: Token) -> list[Token]:
    """The noun with its modifiers, without its prepositional phrases ('troops [near X]')."""
    words = [noun]
    for child in sentence.children(noun.i):
        if child.dep in ("compound", "amod", "nummod", "det", "poss", "quantmod", "nmod"):
            words += _head_words(sentence, child)
    return words


def source_target_pairs(sources: list[Mention], targets: list[Mention], reciprocal: bool = True):
    """Source × target pairs; a compound subject with no target acts on itself pairwise."""
    if sources and not targets and len(sources) > 1 and reciprocal:
        return list(permutations(sources, 2))
    pairs = [(s, t) for s in sources or [None] for t in targets or [None]
             if s is None or t is None or s.actor.code != t.actor.code]
    return [(s, t) for s, t in pairs if s is not None or t is not None]


def noun_pairs(actors: list[Mention]):
    if len(actors) >= 2:
        return list(permutations(actors[:2], 2))
    return [(actors[0], None)] if actors else []


def as_plover_request(candidate: EventCandidate) -> EventCandidate:
    """An appeal (CAMEO 02x) as the demand code of the same kind (10x): the CAMEO→PLOVER
    table codes every request with 10x ('urged talks' 026 → 106), so events stay within
    the codes it lists."""
    if candidate.cameo.startswith("02"):
        return replace(candidate, cameo="10" + candidate.cameo[2:])
    return candidate


def home_country(mention: Mention) -> Mention:
    """The mention's bare country, as the actor a domestic measure falls on."""
    country = mention.actor.country or ""
    return replace(mention, actor=Actor(text=mention.actor.text, code=country,
                                        country=country))


REBELS = frozenset({"REB", "INS"})


def fights_at_home(code: str, source: Mention) -> bool:
    """'M23 rebels captured the camp', 'the rebels attacked on Sunday': a rebel group
    fights on the soil of the state it rebels against, which is the country where its
    attack or occupation (CAMEO 19) happened when the sentence names nobody else."""
    return code.startswith("19") and (source.actor.sector or "")[:3] in REBELS


# The state's own organs: what they do to people at home is coercion, not protest or war.
STATE_HANDS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
CIVIL_HANDS = frozenset({"GOV", "COP", "JUD"})


def state_act(code: str, source: Mention | None, word: Token) -> str:
    """The code of an act by the state that CAMEO files with protest or force: blocking
    roads or websites (144) is a restriction (172, PLOVER COERCE 'restrict'), a raid by
    the police or the courts (190) is a search (171, PLOVER COERCE 'seize': "execute
    search, confiscate property, raid"); a raid by soldiers stays an attack. Whoever an
    international body expels ('Russia was expelled from the Council of Europe') is put
    out of a group (166, PLOVER SANCTION 'expel'), not deported."""
    if code == "174" and source is not None and source.actor.code.startswith("IGO"):
        return "166"
    sector = (source.actor.sector or "")[:3] if source is not None else ""
    if code == "144" and sector in STATE_HANDS:
        return "172"  # 'authorities blocked access to news websites'
    if code == "190" and word.lemma.lower() == "raid" and sector in CIVIL_HANDS:
        return "171"  # 'police raided the offices of the opposition party'
    return code


CLOSING_LEMMAS = frozenset({"close", "shut"})


def closed_to_state(code: str, source: Mention | None, target: Mention | None,
                    word: Token) -> str:
    """A border, crossing or airspace closed to another state ('closed its airspace to
    Russian flights', 'shut the border with Qatar') by decree, not by force: relations
    reduced (160, PLOVER SANCTION 'discontinue'), not the blockade by arms of CAMEO 191,
    which a closure at home or by troops stays."""
    if code != "191" or word.lemma.lower() not in CLOSING_LEMMAS or None in (source, target):
        return code
    foreign = target.actor.country and target.actor.country != source.actor.country
    armed = (source.actor.sector or "")[:3] in ("MIL", "COP")
    return "160" if foreign and not armed else code
