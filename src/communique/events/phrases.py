"""Clause shapes the event rules look for in a dependency parse: what an accusation
charges, an infinitive, an easing's object, a call to discuss, what an event noun is the
background of; all pure functions of one sentence. Harm told without a deed (tolls,
natural causes, accidents) is in tolls.py; broken relations, ultimatums and threats short
of force (leaving a treaty, an expulsion, options kept open) in relations.py."""

from __future__ import annotations

from ..model import ParsedSentence, Token
from .actors_in_parse import subject_of
from .combine import OUTER_LEMMAS
from .modality import condition_clause, is_in_condition
from .verbs import subtree, temporal
from .lexicon import (ALLEGING, CARRYING, CLAIMS, CRAFT, EASED, FORCE_NOUNS, INVESTIGATING,
                      LEAVING_LEMMAS, MILITARY_MODIFIERS, MUNITIONS, NEGATING_LEMMAS,
                      OCCASION_NOUNS, OCCASION_PREPS, PASSING_LEMMAS, RELIEF_WORDS, RESCUED_FROM,
                      SIMULATING, TALKING, UNREAL_ADJECTIVES, WARCRAFT, WATERS)


def charge(sentence: ParsedSentence, verb: Token, found) -> set[int]:
    """The verbs of what someone is accused of: not events of their own."""
    return {t.i for c in sentence.children(verb.i)
            if c.dep in ("prep", "ccomp", "xcomp", "dobj", "pcomp")
            for t in subtree(sentence, c) if t.i in found}


def demanded(sentence: ParsedSentence, verb: Token, found) -> set[int]:
    """'demanded that the US cancel plans [to sell] arms', 'demanded a meeting [to discuss]
    the advance', 'urged both sides to show restraint and [to withdraw]': every deed in
    what is demanded is asked for, none is done."""
    return {t.i for c in sentence.children(verb.i)
            if c.dep in ("ccomp", "dobj") or c.dep in ("advcl", "xcomp") and infinitive(sentence, c)
            for t in subtree(sentence, c) if t.i in found and t.i != verb.i}


def formal_charge(sentence: ParsedSentence, verb: Token) -> bool:
    """'charged three men [with] spying', 'indicted the general with war crimes': someone
    formally charged (legal action, 115), not an allegation made ('charged that Israel
    had ...')."""
    children = sentence.children(verb.i)
    return verb.lemma.lower() in ("charge", "indict") \
        and any(c.dep == "dobj" for c in children) \
        and any(c.dep == "prep" and c.lemma.lower() == "with" for c in children)


# Participles that say a deed is only imputed to whom they describe: 'men [suspected] of'.
SUSPECTING = frozenset({"accuse", "suspect"})


def alleged(sentence: ParsedSentence, verb: Token) -> bool:
    """'arrested on suspicion of [murdering] a teenager', 'held on charges of [spying]',
    'sanctions on commanders accused of [killing] civilians', 'reports that troops
    [massacred] civilians': a deed only alleged, not coded as done."""
    first = verb
    while first.dep == "conj" and first.head != first.i:  # '... killed civilians and [passed]'
        first = sentence.tokens[first.head]
    if first.dep == "acl" and first.head != first.i:
        return _claimed(sentence, first)
    if verb.dep not in ("pcomp", "pobj") or verb.head == verb.i:
        return False
    prep = sentence.tokens[verb.head]
    holder = sentence.tokens[prep.head] if prep.head != prep.i else prep
    in_charge = sentence.tokens[holder.head].lemma.lower() == "in"  # 'in charge of [running]'
    suspected = holder.tag == "VBN" and holder.dep in ("acl", "amod") \
        and holder.lemma.lower() in SUSPECTING  # 'commanders [accused] of killing civilians'
    return prep.lemma.lower() == "of" and (holder.lemma.lower() in ALLEGING or suspected) \
        and not in_charge


def _claimed(sentence: ParsedSentence, verb: Token) -> bool:
    """'investigating reports that troops [massacred] civilians', 'allegations that soldiers
    [killed] civilians': a clause with its own subject that says what a claim holds. A
    denied claim ('denied reports that soldiers had fled') is coded, as negated."""
    claim = sentence.tokens[verb.head]
    denied = sentence.tokens[claim.head].lemma.lower() in NEGATING_LEMMAS
    return claim.lemma.lower() in CLAIMS and not denied and any(
        c.dep in ("nsubj", "nsubjpass") for c in sentence.children(verb.i))


def for_relief(sentence: ParsedSentence, verb: Token) -> bool:
    """'deployed 2,000 troops to help rescue efforts in the flooded province': forces sent
    for rescue or relief, not a show of force."""
    return any(t.lemma.lower() in RELIEF_WORDS or t.text.lower() in RELIEF_WORDS
               for t in subtree(sentence, verb) if t is not verb)


def rescued(sentence: ParsedSentence, verb: Token) -> bool:
    """'survivors were pulled from the wreckage', 'freed two children from the rubble':
    a rescue from debris or water, not a seizure or an arrest."""
    return any(o.lemma.lower() in RESCUED_FROM for p in sentence.children(verb.i)
               if p.dep == "prep" and p.lemma.lower() in ("from", "of", "out")
               for o in sentence.children(p.i) if o.dep == "pobj")


def carried(sentence: ParsedSentence, verb: Token) -> bool:
    """'the injured were flown to hospital', 'were taken to Kathmandu': people carried
    somewhere by others did not visit it (unlike 'was received by')."""
    clauses = [verb] + ([sentence.tokens[verb.head]] if verb.dep == "conj" else [])
    return verb.lemma.lower() in CARRYING and any(
        c.dep in ("auxpass", "nsubjpass") for v in clauses for c in sentence.children(v.i))


def background(sentence: ParsedSentence, verb: Token) -> bool:
    """A running total or a state of affairs: present perfect over a stretch of time
    ('have killed dozens in recent years', 'have stalled since 2019')."""
    children = sentence.children(verb.i)
    if not any(c.dep == "aux" and c.lemma.lower() == "have" for c in children):
        return False
    for prep in (c for c in children if c.dep == "prep"
                 and c.lemma.lower() != "to"):  # a term: 'has been sentenced to four years'
        words = {t.lemma.lower() for t in subtree(sentence, prep)}
        if prep.lemma.lower() == "since" or words & {"year", "month", "decade", "week"}:
            return True
    return False


def governed_by_event(sentence: ParsedSentence, token: Token, found) -> bool:
    """An event noun that an event verb already tells: its object ('condemned the
    [attack]'), what the act aims at ('vowed to avenge the [killing]'), or its occasion
    ('hosted him following an [attack]', 'sent troops after [clashes] killed 30' is not:
    there the noun is its own clause's subject)."""
    if token.dep == "nsubjpass" and _judged(sentence.tokens[token.head], found):
        return True  # '[the killing] of aid workers was condemned by the UN': its object
    if token.dep in ("nsubj", "nsubjpass"):
        return False  # the subject of its verb names the event itself
    head, occasion, nearest = token, False, True
    for _ in range(12):  # up to the nearest verb, or past any verb from an occasion
        if head.head == head.i:
            return False
        head = sentence.tokens[head.head]
        occasion = occasion or _occasion_word(head)
        if head.pos not in ("VERB", "AUX") or head.dep == "prep" \
                or head.dep == "acl" and head.tag in ("VBN", "VBG"):
            continue  # 'following [an attack]': a verb form used as a preposition; 'drones
            # used in [attacks]': a participle that describes a noun
        if nearest and head.i in found and found[head.i].match.code:
            return True  # its own verb's object or phrase
        if _coded(head, found) or nearest and _aim_of_event(sentence, head, found):
            return True
        if not occasion:
            return False
        nearest = False
    return False


def _occasion_word(token: Token) -> bool:
    """'after', 'over', 'in [response] to', 'in the [wake] of': words that put what follows
    them as the occasion or cause of an act."""
    words = {token.lemma.lower(), token.text.lower()}
    return token.dep == "prep" and bool(words & OCCASION_PREPS) \
        or token.dep == "pobj" and bool(words & OCCASION_NOUNS)


def in_occasion(sentence: ParsedSentence, noun: Token) -> bool:
    """'sent aid following [Israeli strikes] that destroyed homes': the noun stands in an
    occasion phrase of another act, as its cause or background."""
    return any(_occasion_word(t) for t in (noun, *sentence.heads_of(noun.i, 3)))


# Codes of verbs that judge a deed: disapprove (11), reject (12), praise (05), investigate (09).
JUDGING_CODES = ("11", "12", "05", "09")


def _judged(verb: Token, found) -> bool:
    """The verb judges what its passive subject names ('the attack was [condemned]')."""
    item = found.get(verb.i)
    return item is not None and bool(item.match.code) \
        and item.match.code.startswith(JUDGING_CODES)


def _coded(verb: Token, found) -> bool:
    """The verb is coded as an event other than a bare statement (CAMEO 01)."""
    item = found.get(verb.i)
    return item is not None and bool(item.match.code) and not item.match.code.startswith("01")


def _aim_of_event(sentence: ParsedSentence, verb: Token, found) -> bool:
    """'vowed [to avenge] the killing', 'asked the AU [to slow] the withdrawal': an uncoded
    infinitive that completes a coded verb, or a verb of pledging or asking, says what that
    act aims at or commits to."""
    if verb.dep not in ("xcomp", "advcl") or not infinitive(sentence, verb):
        return False
    outer = sentence.tokens[verb.head]
    return _coded(outer, found) or outer.i in found and outer.lemma.lower() in OUTER_LEMMAS


def clause_verbs(sentence: ParsedSentence, head: Token) -> list[Token]:
    """The verbs that say what a clause asserts: its head, conjuncts, complements and
    purposes ('said [Israel] had [attacked] and [killed] ...', 'was exploiting the war [to
    seize] land'), not its other adverbial side clauses ('when ...')."""
    out, frontier = [head], [head]
    while frontier:
        token = frontier.pop()
        for child in sentence.children(token.i):
            purpose = child.dep == "advcl" and infinitive(sentence, child)
            if (child.dep in ("conj", "xcomp", "ccomp") or purpose) \
                    and child.pos in ("VERB", "AUX"):
                out.append(child)
                frontier.append(child)
    return out


def infinitive(sentence: ParsedSentence, verb: Token) -> bool:
    return any(c.dep == "aux" and c.text.lower() == "to" for c in sentence.children(verb.i))


def bare_gerund(sentence: ParsedSentence, verb: Token) -> bool:
    """'ruled out [sending] troops': a gerund with no 'after', 'by' or other marker."""
    return verb.tag == "VBG" and not any(c.dep == "mark" for c in sentence.children(verb.i))


def marker(sentence: ParsedSentence, *verbs: Token) -> str | None:
    for verb in verbs:
        clause = condition_clause(sentence, verb)
        if clause:
            return clause[1]
    return None


def eased_code(sentence: ParsedSentence, verb: Token) -> str | None:
    """'lifted the curfew' → 0813, 'eased sanctions' → 085, 'called off the strike' → 082."""
    if verb.lemma.lower() == "call" and not any(
            c.dep == "prt" and c.lemma.lower() == "off" for c in sentence.children(verb.i)):
        return None
    for child in sentence.children(verb.i):
        if child.dep in ("dobj", "nsubjpass") and (code := eased_in(sentence, child)):
            return code
    return None


def eased_in(sentence: ParsedSentence, head: Token) -> str | None:
    """What an easing's object phrase eases: 'the overnight curfew' → 0813, 'the state of
    emergency' → 0814; not a noun further in ('the broadcasts of the BBC over its coverage
    of an attack' eases no attack)."""
    words = f' {" ".join(t.lemma.lower() for t in _eased_words(sentence, head))} '
    if head.lemma.lower() == "strike" and any(c.dep == "prep" and c.lemma.lower() in (
            "on", "against") for c in sentence.children(head.i)):
        return "0871"  # 'a halt to strikes on energy facilities': air strikes, not a walkout
    return next((code for word, code in EASED.items()
                 if f" {word} " in words), None)  # whole words: 'protesters' are no 'protest'


def _eased_words(sentence: ParsedSentence, head: Token) -> list[Token]:
    """The object's head and its modifiers, its conjuncts, and the noun of its 'of'."""
    heads = [head] + [c for c in sentence.children(head.i) if c.dep == "conj"]
    heads += [o for h in list(heads) for p in sentence.children(h.i)
              if p.dep == "prep" and p.lemma.lower() == "of"
              for o in sentence.children(p.i) if o.dep == "pobj"]
    words = heads + [c for h in heads for c in sentence.children(h.i)
                     if c.dep in ("compound", "amod", "nmod")]
    return sorted(words, key=lambda t: t.i)


EXERCISES = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game"})


def holds_exercises(sentence: ParsedSentence, verb: Token) -> bool:
    """'held naval drills', 'launched ten days of war games': military exercises."""
    words = [t for c in sentence.children(verb.i) if c.dep == "dobj"
             for t in subtree(sentence, c)]
    return any(t.lemma.lower() in EXERCISES or t.lemma.lower() == "game" and any(
        m.lemma.lower() == "war" for m in sentence.children(t.i)) for t in words)


def done_together(sentence: ParsedSentence, verb: Token) -> bool:
    """'patrolled the border together', 'jointly patrol': an act the sides do as one."""
    return any(c.dep == "advmod" and c.lemma.lower() in ("together", "jointly")
               for c in sentence.children(verb.i))


def joint(sentence: ParsedSentence, noun: Token) -> bool:
    """'joint military drills', 'a joint patrol', 'joint [bomber] patrols' (the parser hangs
    'joint' on the first noun of a compound): done together, whatever the verb."""
    modifiers = [c for c in sentence.children(noun.i) if c.dep in ("amod", "compound")]
    modifiers += [m for c in modifiers if c.dep == "compound"
                  for m in sentence.children(c.i) if m.dep == "amod"]
    return any(c.lemma.lower() == "joint" for c in modifiers)


def obliges(sentence: ParsedSentence, verb: Token) -> bool:
    """A clause under a speech verb that says what another party must or should do,
    reported or quoted ('"Tanzania must free our drivers," the minister told parliament')."""
    for child in sentence.children(verb.i):
        if child.dep == "ccomp" and (child.i > verb.i or quoted(sentence, child)):
            if any(a.dep == "aux" and a.text.lower() in ("must", "should")
                   for a in sentence.children(child.i)):
                return True
    return False


def quoted(sentence: ParsedSentence, clause: Token) -> bool:
    """The clause is a direct quote: an opening quotation mark stands before it."""
    return any(t.tag == "``" or t.text in ('"', "\u201c") for t in sentence.tokens[:clause.i])


def phoned_to_talk(sentence: ParsedSentence, verb: Token) -> Token | None:
    if not any(c.dep == "dobj" for c in sentence.children(verb.i)):
        return None
    return next((c for c in sentence.children(verb.i) if c.dep in ("xcomp", "advcl")
                 and c.lemma.lower() in TALKING and infinitive(sentence, c)), None)


# Participles with a 'by' agent that are no deed of the agent's: reporting ('a report
# published by X') and descriptions of who someone is ('forces led by X').
NOT_DEEDS = frozenset({"claim", "report", "publish", "say", "write", "quote", "cite", "issue",
                       "release", "announce", "air", "broadcast",
                       "lead", "head", "chair", "command", "own", "run", "found", "establish",
                       "create", "form", "elect", "appoint", "name", "know", "base", "locate",
                       "hold", "control", "dominate", "govern", "rule", "represent"})


def by_agent(sentence: ParsedSentence, verb: Token) -> bool:
    """'the talks [mediated] by Qatar', 'a truce [brokered] by Egypt': a participle naming
    who did it describes an event of theirs."""
    return verb.dep == "acl" and verb.tag == "VBN" and verb.lemma.lower() not in NOT_DEEDS \
        and any(c.dep == "agent" for c in sentence.children(verb.i))


GUILT = frozenset({"guilty", "liable", "responsible", "culpable"})
BREACHES = frozenset({"violate", "breach", "break", "infringe", "contravene",
                      "conspire", "plot", "collude", "incite", "embezzle"})  # 'ruled that X
# had [conspired] with foreign powers': the ruling's finding, not a deed of that day


def found_guilty(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'found [the journalist] guilty', 'ruled that [Turkey] had violated ...': whom a
    finding of guilt or liability is about."""
    lemma = verb.lemma.lower()
    for child in sentence.children(verb.i):
        guilt = child.lemma.lower() in GUILT and lemma in ("find", "declare", "hold")
        breach = child.lemma.lower() in BREACHES and lemma in ("rule", "find")
        if child.dep in ("ccomp", "oprd", "acomp", "xcomp") and (guilt or breach):
            subject = subject_of(sentence, child) if breach or child.dep == "ccomp" else None
            return subject or next((c for c in sentence.children(verb.i) if c.dep == "dobj"),
                                   None)
    return None


def in_condition(sentence: ParsedSentence, noun: Token) -> bool:
    """A noun in an 'if ...' clause ('if Israel allowed [aid] in'): a condition, no event."""
    verb = next((t for t in sentence.heads_of(noun.i, 6) if t.pos in ("VERB", "AUX")), None)
    return verb is not None and is_in_condition(sentence, verb)


FAILING = frozenset({"collapse", "fail", "stall", "falter", "break", "founder", "unravel"})


def failed(sentence: ParsedSentence, noun: Token, code: str) -> str:
    """'the talks collapsed' halts negotiations (164); 'the truce broke down' is a
    violated ceasefire (196); any other event noun keeps its code."""
    head = sentence.tokens[noun.head]
    if noun.dep != "nsubj" or head.lemma.lower() not in FAILING:
        return code
    return "164" if code.startswith("04") else "196" if code == "0871" else code


LABOUR_CUES = frozenset("worker workers union unions teacher teachers doctor doctors nurse "
                        "nurses employee employees staff labour labor wage wages pay salary "
                        "salaries general hunger nationwide farmer farmers trucker truckers "
                        "driver drivers miner miners dockworker dockworkers transport walkout "
                        "picket protester protesters opposition students".split())
MILITARY_CUES = frozenset("air drone missile missiles military warplane warplanes jet jets "
                          "army troops bomb bombs rocket rockets artillery airstrike killed "
                          "killing dead".split())


def strike_kind(sentence: ParsedSentence) -> str | None:
    """The noun 'strike': a labour strike (143) with workers or a union around it, a
    military strike (195) with warplanes or casualties, else nobody can tell (None)."""
    words = {t.text.lower() for t in sentence.tokens}
    if words & LABOUR_CUES:
        return "143"
    return "195" if words & MILITARY_CUES else None


def civic_strike(sentence: ParsedSentence, noun: Token) -> bool:
    """'an indefinite national strike', 'a general strike': a strike that lasts or spreads
    across a country is a stoppage of work (143), never a military strike."""
    return any(c.dep == "amod" and c.lemma.lower() in STOPPAGE_SPANS
               for c in sentence.children(noun.i))


STOPPAGE_SPANS = frozenset({"national", "nationwide", "general", "indefinite", "open-ended"})


def bare_call(sentence: ParsedSentence, verb: Token) -> bool:
    """'Biden called Putin on Tuesday': a telephone call, not a call on or for anyone."""
    children = sentence.children(verb.i)
    return any(c.dep == "dobj" and c.pos == "PROPN" for c in children) and not any(
        c.dep in ("xcomp", "ccomp", "oprd", "advcl", "prt") or c.dep == "prep"
        and c.lemma.lower() in ("on", "upon", "for") and not temporal(sentence, c)
        for c in children)


# Spans of a prison term: 'jailed for four [years]', 'imprisoned for [life]'.
TERMS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "life",
                   "decade", "decades"})


def jailed_for_a_term(sentence: ParsedSentence, verb: Token) -> bool:
    """'was jailed for four years', 'imprisoned for life': a prison term is a sentence
    passed on someone found guilty (116), not an arrest."""
    return verb.lemma.lower() in ("jail", "imprison") and any(
        o.dep == "pobj" and o.lemma.lower() in TERMS
        for p in sentence.children(verb.i) if p.dep == "prep" and p.lemma.lower() == "for"
        for o in sentence.children(p.i))


def compound_subject(sentence: ParsedSentence, verb: Token) -> bool:
    """'Russia and China agreed': the subject's head has a conjunct."""
    subject = subject_of(sentence, verb)
    return subject is not None and any(c.dep == "conj" for c in sentence.children(subject.i))


# Verbs whose compound subject acts on itself: 'Armenia and Azerbaijan traded accusations'.
MUTUAL_LEMMAS = frozenset({"clash", "trade", "exchange", "spar", "feud", "quarrel", "fight",
                           "skirmish", "swap", "bicker", "wrangle"})


def mutual(sentence: ParsedSentence, verb: Token) -> bool:
    """Whether a compound subject's members do the act to each other ('traded accusations',
    'accused each other'), not together to someone else ('Mali and Burkina Faso warned
    that any intervention ...')."""
    if verb.lemma.lower() in MUTUAL_LEMMAS:
        return True
    words = [t.text.lower() for t in sentence.tokens]
    return any(words[i:i + 2] in (["each", "other"], ["one", "another"])
               for i in range(len(words) - 1))


def unreal(sentence: ParsedSentence, noun: Token) -> bool:
    """'any attack', 'no talks', 'a possible strike', 'future negotiations', 'drills
    simulating an invasion', 'ended without an agreement': an event noun that names no
    event that took place."""
    head = sentence.tokens[noun.head]
    return any((c.dep == "det" and c.lemma.lower() in ("any", "no", "every", "each"))
               or (c.dep == "amod" and c.lemma.lower() in UNREAL_ADJECTIVES)
               for c in sentence.children(noun.i)) \
        or noun.dep in ("dobj", "obj") and head.lemma.lower() in SIMULATING \
        or noun.dep == "pobj" and head.lemma.lower() == "without" \
        or supposed(sentence, noun) or wished_for(sentence, noun) or predicated(sentence, noun)


def predicated(sentence: ParsedSentence, noun: Token) -> bool:
    """'Iran remains the greatest [threat] to peace', 'the drills are a [rehearsal] for
    war': an event noun said of a subject through 'be', 'remain' or 'become' tells what the
    subject is, not a deed."""
    if noun.dep != "attr" or noun.head == noun.i:
        return False
    return sentence.tokens[noun.head].lemma.lower() in COPULAS


def supposed(sentence: ParsedSentence, noun: Token) -> bool:
    """'A Venezuelan attack on Guyana [would] draw a response': an event noun that is the
    subject of a 'would', 'could' or 'might' clause is supposed, not told as done (a past
    modal, 'could have killed', tells of a real one)."""
    if noun.dep not in ("nsubj", "nsubjpass") or noun.head == noun.i:
        return False
    children = sentence.children(noun.head)
    return any(c.dep == "aux" and c.text.lower() in SUPPOSING_MODALS for c in children) \
        and not any(c.dep == "aux" and c.lemma.lower() == "have" for c in children)


def wished_for(sentence: ParsedSentence, noun: Token) -> bool:
    """'has neither the means nor the appetite [for] an invasion', 'plans for a blockade':
    an event noun after 'for' that names what someone could want or prepare, not a deed."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    prep = sentence.tokens[noun.head]
    return prep.lemma.lower() == "for" and prep.head != prep.i \
        and sentence.tokens[prep.head].lemma.lower() in ASPIRATION_NOUNS


def sent_to_investigate(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'dispatched inspectors to Iran [to monitor] the plant': sending people to look into
    something is an investigation (090)."""
    return next((c for c in sentence.children(verb.i) if c.dep in ("advcl", "xcomp")
                 and c.lemma.lower() in INVESTIGATING and infinitive(sentence, c)), None)


def body_to_investigate(sentence: ParsedSentence, verb: Token) -> Token | None:
    """'set up a commission [to investigate] the killings', 'established a commission [of
    inquiry]': a body set up to look into something is an investigation (090) by whoever
    sets it up. Returns the word that names the inquiry."""
    if verb.lemma.lower() not in SETTING_UP or verb.lemma.lower() == "set" and not any(
            c.dep == "prt" and c.lemma.lower() == "up" for c in sentence.children(verb.i)):
        return None
    bodies = [c for c in sentence.children(verb.i) if c.dep == "dobj"]
    aims = [c for b in bodies for c in sentence.children(b.i) if c.dep in ("acl", "relcl")
            and c.lemma.lower() in INVESTIGATING and infinitive(sentence, c)]
    aims += [c for c in sentence.children(verb.i) if c.dep in ("advcl", "xcomp")
             and c.lemma.lower() in INVESTIGATING and infinitive(sentence, c)]
    aims += [o for b in bodies for p in sentence.children(b.i)
             if p.dep == "prep" and p.lemma.lower() in ("of", "for")
             for o in sentence.children(p.i) if o.dep == "pobj"
             and o.lemma.lower() in ("inquiry", "enquiry", "investigation")]
    return next(iter(aims), None)


# Verbs that set up a body: 'set up', 'established', 'appointed a panel'.
SETTING_UP = frozenset({"set", "establish", "create", "form", "appoint", "convene",
                        "constitute", "name"})


def announces(sentence: ParsedSentence, clause: Token) -> bool:
    """'warned that officers [would] use force': a clause that says what will be done."""
    return any(c.dep == "aux" and c.lemma.lower() in ("will", "would", "shall")
               for c in sentence.children(clause.i))


def fired_into_sea(sentence: ParsedSentence, verb: Token) -> bool:
    """'fired ballistic missiles into waters around Taiwan': missiles that hit no one, a
    demonstration of force (150), not an attack."""
    if verb.lemma.lower() not in ("fire", "launch", "shoot"):
        return False
    armed = any(c.dep == "dobj" and c.lemma.lower() in MUNITIONS
                for c in sentence.children(verb.i))
    into_sea = any(p.dep == "prep" and p.lemma.lower() in ("into", "in", "over", "toward")
                   and any(o.dep == "pobj" and o.lemma.lower() in WATERS
                           for o in sentence.children(p.i))
                   for p in sentence.children(verb.i))
    return armed and into_sea


COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "stay"})
SUPPOSING_MODALS = frozenset({"would", "could", "might", "'d"})
# What one may want, be able or prepare to do: 'no appetite for war', 'plans for an attack'.
ASPIRATION_NOUNS = frozenset({"appetite", "stomach", "desire", "wish", "will", "capacity",
                              "capability", "means", "plan", "blueprint", "scenario",
                              "pretext", "preparation", "readiness"})


# Verbs of drawing back: their subject leaves ('pulled out of', 'began withdrawing from').
WITHDRAWING = frozenset({"withdraw", "pull", "retreat"})


def forces_leave(sentence: ParsedSentence, verb: Token) -> bool:
    """'Russian troops left Kherson', 'the last U.S. soldiers departed Kabul', 'the
    contingent pulled out of Somalia': armed forces leaving a place retreat from it (0874);
    it is no visit, resignation nor yielding in general."""
    subject = subject_of(sentence, verb)
    return verb.lemma.lower() in LEAVING_LEMMAS | WITHDRAWING and subject is not None \
        and bool({subject.lemma.lower(), subject.text.lower()} & FORCE_NOUNS)


def peacekeepers_arrive(sentence: ParsedSentence, verb: Token) -> bool:
    """'Bangladeshi peacekeeping troops arrived in Sierra Leone': peacekeepers that come
    are received by the country they come to (0861), not visiting it."""
    subject = subject_of(sentence, verb)
    return verb.lemma.lower() == "arrive" and subject is not None and (
        subject.lemma.lower().startswith("peacekeep") or any(
            c.dep in ("compound", "amod") and c.lemma.lower().startswith("peacekeep")
            for c in sentence.children(subject.i)))


def warcraft_passing(sentence: ParsedSentence, verb: Token) -> bool:
    """'Chinese warships sailed near Taiwan', 'Russian bombers flew near Alaska': military
    craft moving near or into another's waters or airspace show force (150)."""
    subject = subject_of(sentence, verb)
    if verb.lemma.lower() not in PASSING_LEMMAS or subject is None:
        return False
    word = subject.lemma.lower()
    return word in WARCRAFT or word in CRAFT and any(
        c.dep in ("compound", "amod") and c.lemma.lower() in MILITARY_MODIFIERS
        for c in sentence.children(subject.i))
