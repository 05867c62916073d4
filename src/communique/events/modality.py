"""Modality of an event verb: asserted, planned, conditional, hypothetical or negated.

Read from the verb's own auxiliaries and negation, the verbs that govern it
("plan to meet", "denied attacking", "could consider imposing") and conditional
clauses ("... if Washington did the same").
"""

from __future__ import annotations

from ..model import ParsedSentence, Token
from .verbs import subtree

PLANNING_MODALS = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_MODALS = frozenset({"could", "may", "might", "should", "can", "ca", "must"})
PLANNING_VERBS = frozenset({"plan", "intend", "schedule", "expect", "set", "prepare", "aim",
                            "agree", "promise", "pledge", "vow", "go", "seek",
                            "hope", "want", "offer"})
PLANNING_NOUNS = frozenset({"willingness", "readiness", "intention", "intent", "plan",
                            "commitment", "pledge", "promise", "offer", "desire",
                            "determination", "wish", "vow"})
# Passives whose subject is the doer of their infinitive: '[Modi] is expected to meet Xi',
# which is still to come.
RAISING_PASSIVES = frozenset({"expect", "schedule", "set", "slate", "plan", "poise", "due"})
# Nouns whose clause reports a deed: 'denied [reports] that soldiers had fled'.
REPORT_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "suggestion",
                          "rumour", "rumor", "assertion", "charge", "speculation"})
HYPOTHETICAL_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "threaten",
                                "propose", "suggest", "discuss",
                                "oblige", "obligate", "require", "bind", "suppose"})  # duties
NEGATING_VERBS = frozenset({"deny", "refuse", "reject", "decline", "fail", "rule",
                            "dismiss", "refute"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
CONDITION_MARKERS = frozenset({"if", "unless", "until", "provided", "providing", "once"})


def _children(sentence: ParsedSentence, i: int) -> tuple[Token, ...]:
    return sentence.children(i)


def _own_markers(sentence: ParsedSentence, verb: Token) -> set[str]:
    return {c.text.lower() for c in _children(sentence, verb.i)
            if c.dep in ("aux", "auxpass", "neg", "advmod")}


def _has_condition(sentence: ParsedSentence, verb: Token) -> bool:
    return condition_clause(sentence, verb) is not None


def condition_clause(sentence: ParsedSentence, verb: Token) -> tuple[Token, str] | None:
    """The verb of an 'if/unless ...' clause attached to this verb, and its marker."""
    for child in _children(sentence, verb.i):
        if child.dep == "advcl":
            for mark in _children(sentence, child.i):
                if mark.dep == "mark" and mark.text.lower() in CONDITION_MARKERS:
                    return child, mark.text.lower()
    return None


def is_in_condition(sentence: ParsedSentence, verb: Token) -> bool:
    """True for a verb inside an 'if ...' clause: it states a condition, not an event."""
    token = verb
    for _ in range(6):
        if token.dep == "advcl" and any(c.dep == "mark" and c.text.lower() in CONDITION_MARKERS
                                        for c in _children(sentence, token.i)):
            return True
        if token.head == token.i:
            return False
        token = sentence.tokens[token.head]
    return False


def governing_chain(sentence: ParsedSentence, verb: Token, depth: int = 3) -> list[Token]:
    """The verbs above this one through xcomp/ccomp/pcomp links ('plan to [meet]'), and a
    noun of intent ('its willingness to [talk]')."""
    chain, token = [], verb
    for _ in range(depth):
        head = sentence.tokens[token.head]
        if token.dep in ("acl", "ccomp") and head.lemma.lower() in REPORT_NOUNS \
                and head.head != head.i:  # 'denied [reports] that soldiers had fled'
            token = sentence.tokens[head.head]
            chain.append(token)
            continue
        intent = token.dep == "acl" and token.head != token.i and \
            head.lemma.lower() in PLANNING_NOUNS
        if token.dep not in ("xcomp", "ccomp", "pcomp", "pobj", "acomp") and not intent \
                or token.head == token.i:
            break
        token = sentence.tokens[token.head]
        if token.pos in ("VERB", "AUX", "NOUN", "ADP", "ADJ"):  # 'would be [willing] to'
            chain.append(token)
    return chain


def modality(sentence: ParsedSentence, verb: Token) -> str:
    """The modality of the event expressed by this verb token."""
    markers = _own_markers(sentence, verb)
    chain = governing_chain(sentence, verb)
    chain_markers = set().union(*(_own_markers(sentence, t) for t in chain)) if chain else set()
    lemmas = {t.lemma.lower() for t in chain}
    if open_question(sentence, verb):
        return "hypothetical"  # '(did not say) whether Eritrea held prisoners'
    if markers & NEGATION_WORDS or lemmas & NEGATING_VERBS or _held_back(sentence, chain) \
            or _abandoned(sentence, chain) or (
            chain_markers & NEGATION_WORDS and verb.dep == "xcomp"
            and not _undeterred(chain)):
        return "negated"
    if _has_condition(sentence, verb) or any(_has_condition(sentence, t) for t in chain):
        return "conditional"
    if markers & HYPOTHETICAL_MODALS or lemmas & HYPOTHETICAL_VERBS or (
            chain_markers & HYPOTHETICAL_MODALS and verb.dep == "xcomp"):
        return "hypothetical"
    if "would" in markers or ("would" in chain_markers and verb.dep == "xcomp"):
        return "planned"
    if markers & PLANNING_MODALS or lemmas & (PLANNING_VERBS | PLANNING_NOUNS) \
            or chain_markers & PLANNING_MODALS:
        return "planned"
    if _going_to(sentence, verb) or _purpose(sentence, verb) or _raised(sentence, verb):
        return "planned"
    return "asserted"


# Purposes that the act itself carries out: 'rallied [to demand] reforms', 'took to the
# streets [to protest]' demand and protest there and then.
EXPRESSED_PURPOSES = frozenset({"protest", "demand", "press", "call", "urge", "denounce",
                                "condemn", "express", "show", "voice", "mark", "demonstrate",
                                "oppose", "reject", "support", "commemorate", "honour",
                                "honor", "celebrate", "mourn"})


# Verbs whose infinitive is what was decided, not a purpose: 'voted [to expel]' expels.
DECIDING_VERBS = frozenset({"vote", "decide", "opt", "resolve", "elect", "choose"})


def _raised(sentence: ParsedSentence, verb: Token) -> bool:
    """'is expected to meet', 'are scheduled to hold talks': a passive forecast."""
    children = sentence.children(verb.i)
    return verb.lemma.lower() in RAISING_PASSIVES and any(c.dep == "xcomp" for c in children) \
        and any(c.dep == "nsubjpass" for c in children)


def _purpose(sentence: ParsedSentence, verb: Token) -> bool:
    """'demanded a meeting [to discuss] the advance': what a deed is for has not happened
    (but 'parliament voted [to expel] two diplomats' decided it)."""
    head = sentence.tokens[verb.head]
    if head.lemma.lower() in DECIDING_VERBS and head.tag in ("VBD", "VBN"):
        return False
    return verb.dep == "advcl" and verb.lemma.lower() not in EXPRESSED_PURPOSES \
        and any(c.dep == "aux" and c.text.lower() == "to" for c in sentence.children(verb.i))


def volitional(sentence: ParsedSentence, verb: Token) -> bool:
    """'will not ease', 'would not bow', 'won't release': a refusal, not a mere negation."""
    markers = _own_markers(sentence, verb)
    return bool(markers & NEGATION_WORDS) and bool(markers & (PLANNING_MODALS | {"would"}))


def open_question(sentence: ParsedSentence, verb: Token) -> bool:
    """A clause that asks rather than states: 'whether Eritrea held prisoners', 'how many
    soldiers had been killed'."""
    if verb.dep != "ccomp":
        return False
    first = subtree(sentence, verb)[0]  # tokens in sentence order
    asks = first.lemma.lower() in ("whether", "if") and first.dep == "mark" \
        and first.head == verb.i  # not 'If we agree, Russia will ...': a condition
    return asks or first.tag in ("WRB", "WP", "WDT", "WP$")


# 'would not hesitate to [use] force': a negated reluctance is a readiness.
RELUCTANT = frozenset({"hesitate", "shy", "flinch"})


def _undeterred(chain: list[Token]) -> bool:
    return bool(chain) and chain[0].lemma.lower() in RELUCTANT


HOLDING_BACK = frozenset({"refrain", "abstain", "desist", "short"})


def _held_back(sentence: ParsedSentence, chain: list[Token]) -> bool:
    """'refrained from [attacking]', 'stopped short of [imposing]': it did not happen."""
    return bool(chain) and chain[0].pos == "ADP" and chain[0].head != chain[0].i \
        and sentence.tokens[chain[0].head].lemma.lower() in HOLDING_BACK


ABANDONING = frozenset({"abandon", "drop", "scrap", "shelve", "suspend", "cancel", "withdraw",
                        "postpone", "freeze", "halt", "reverse", "ditch", "axe"})


def _abandoned(sentence: ParsedSentence, chain: list[Token]) -> bool:
    """'suspended [plans] to impose a curfew', 'rejected a plan to ban the party': a plan
    given up or turned down is not carried out."""
    if not chain or chain[-1].lemma.lower() not in PLANNING_NOUNS \
            or chain[-1].dep not in ("dobj", "nsubjpass") or chain[-1].head == chain[-1].i:
        return False
    return sentence.tokens[chain[-1].head].lemma.lower() in ABANDONING | NEGATING_VERBS


def _going_to(sentence: ParsedSentence, verb: Token) -> bool:
    """'is to meet', 'are due to sign', 'is ready to resume', 'is open to working with': a
    plan or a readiness; a headline's 'Kenya, Ethiopia to sign border deal' is one."""
    if verb.head == verb.i:
        return headline_infinitive(sentence, verb)
    head = sentence.tokens[verb.head]
    if verb.dep == "pcomp" and head.lemma.lower() == "to" and head.head != head.i:
        # 'is open to [cooperating]': a readiness
        return sentence.tokens[head.head].lemma.lower() in ("open", "ready", "willing",
                                                            "prepared")
    if verb.dep != "xcomp":
        return False
    if head.lemma.lower() in ("help", "assist") and head.dep == "xcomp":
        return _going_to(sentence, head)  # 'stands ready to help [mediate]': the help's
    return head.lemma.lower() in ("be", "due", "scheduled", "set", "ready", "willing",
                                  "prepared", "keen", "eager", "determined", "poised")


def headline_infinitive(sentence: ParsedSentence, verb: Token) -> bool:
    """'Kenya, Ethiopia to sign border deal': a headline's main verb in the infinitive
    with its subject, 'is to sign' with the 'is' left out: a plan."""
    children = _children(sentence, verb.i)
    return verb.tag == "VB" and any(c.dep == "aux" and c.text.lower() == "to" for c in children) \
        and any(c.dep in ("nsubj", "nsubjpass") for c in children)
