"""Cyber operations: an attack told of computers, not of bodies ('a cyber attack on the
ministry', 'hackers targeted the central bank', 'attacked its servers'), or done by a
disinformation campaign. PLOVER codes hacking, security breaches and website attacks as
COERCE 'cyber' and deception as COERCE 'misinformation', never as ASSAULT,
whose events can do substantial physical harm; CAMEO has no code of its own for them,
so they take COERCE's 170, as 'hacked' does in verbs_extra.tsv."""

from __future__ import annotations

from ..model import ParsedSentence, Token

CYBER_CODE = "170"

# Words that make an attack a cyber one: 'a [cyber] attack', 'a [ransomware] attack'.
CYBER_MODIFIERS = frozenset({"cyber", "cyber-", "computer", "ransomware", "malware",
                             "hacking", "hacker", "online", "digital", "ddos", "phishing",
                             "internet", "web", "denial-of-service", "spyware"})
# Who carries out cyber operations: 'attacked by [hackers]', '[cybercriminals] hit ...'.
CYBER_AGENTS = frozenset({"hacker", "hackers", "cybercriminal", "cybercriminals",
                          "hacktivist", "hacktivists", "cyberattacker", "cyberattackers"})
CYBER_NOUNS = frozenset({"cyberattack", "cyberattacks", "hack", "hacking", "ransomware",
                         "malware", "spyware"})
# Heads that a cyber modifier makes a cyber doer: 'a hacking [group]', 'a cyber [attack]'.
CYBER_DOERS = frozenset({"group", "gang", "criminal", "unit", "network", "attack", "assault",
                         "operation", "raid"})
# Campaigns of misinformation (PLOVER COERCE 'misinformation'), no violence either.
CAMPAIGNS = frozenset({"campaign", "operation", "effort"})
INFORMATION_MODIFIERS = frozenset({"disinformation", "misinformation", "propaganda", "smear",
                                   "influence"})
# What a cyber operation is aimed at: 'attacked the ministry's [servers]'.
CYBER_TARGETS = frozenset({"server", "servers", "website", "websites", "computer", "computers",
                           "database", "databases", "webpage", "webpages", "email", "emails"})
VIOLENCE_ROOTS = ("18", "19", "20")
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
AGENT_DEPS = frozenset({"nsubj", "agent"})
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def as_cyber(sentence: ParsedSentence, token: Token, code: str | None) -> str | None:
    """The code of an attack verb or noun, COERCE's when it is a cyber operation."""
    if code and code.startswith(VIOLENCE_ROOTS) and cyber_operation(sentence, token):
        return CYBER_CODE
    return code


def cyber_operation(sentence: ParsedSentence, token: Token) -> bool:
    """The attack is a cyber one by its modifier, by who does it or by what it hits."""
    return _cyber_modified(sentence, token) or any(
        _cyber_agent(sentence, head) for head in _doers(sentence, token)) or any(
        _word(head) in CYBER_TARGETS or _cyber_modified(sentence, head)
        for head in _aims(sentence, token))  # 'launched a [cyber] attack'


def _cyber_modified(sentence: ParsedSentence, token: Token) -> bool:
    """'a [cyber] attack', 'a Russian [cyber] extortion network', 'a [cyber]-attack'."""
    modifiers = [c for c in sentence.children(token.i) if c.dep in MODIFIER_DEPS]
    modifiers += [g for c in modifiers for g in sentence.children(c.i) if g.dep in MODIFIER_DEPS]
    return any(_word(m) in CYBER_MODIFIERS for m in modifiers) or (
        token.i >= 2 and sentence.tokens[token.i - 1].text == "-"
        and _word(sentence.tokens[token.i - 2]) in CYBER_MODIFIERS)  # 'cyber-attack'


def _cyber_agent(sentence: ParsedSentence, head: Token) -> bool:
    """'hackers', 'a hacking group', 'cyber criminals'; or a cyber attack that does it
    ('a cyberattack [hit] Danish energy firms')."""
    return _word(head) in CYBER_AGENTS | CYBER_NOUNS or head.lemma.lower() in CYBER_AGENTS \
        or _cyber_modified(sentence, head) and head.lemma.lower() in CYBER_DOERS \
        or head.lemma.lower() in CAMPAIGNS and any(  # 'a disinformation campaign targeted'
            _word(c) in INFORMATION_MODIFIERS for c in sentence.children(head.i))


def _doers(sentence: ParsedSentence, token: Token) -> list[Token]:
    """The subject, or the head of the 'by' phrase, of a verb or an event noun."""
    heads = [c for c in sentence.children(token.i) if c.dep in AGENT_DEPS
             or c.dep == "prep" and c.lemma.lower() in ("by", "from")]
    return [o for h in heads for o in ([h] if h.dep == "nsubj" else sentence.children(h.i))
            if o.dep in ("nsubj", "pobj")]


def _aims(sentence: ParsedSentence, token: Token) -> list[Token]:
    """The object of an attack verb, or the head of an attack noun's 'on' or 'against'."""
    heads = [c for c in sentence.children(token.i) if c.dep in OBJECT_DEPS]
    return heads + [o for p in sentence.children(token.i)
                    if p.dep == "prep" and p.lemma.lower() in ("on", "against")
                    for o in sentence.children(p.i) if o.dep == "pobj"]


def _word(token: Token) -> str:
    return token.text.lower()
