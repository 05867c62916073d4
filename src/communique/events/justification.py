"""Reasons given for an act: 'rejected the criticism, [saying] Brussels was interfering in
Georgia's affairs', 'criticised the agreement, [saying] it gave the rebels time to
regroup', 'rejected the proposal, [saying] Israel would keep fighting'.

A 'saying' clause that hangs on a verb coded as an event tells why its speaker acted: it
restates or explains the act, and what it reports is no second event (an accusation it
voices by another verb, '..., [accusing] Moscow of spying', is still coded).
"""

from __future__ import annotations

from ..model import EventCandidate, Token
from .verbs import subtree

REASON_SPEECH = frozenset({"say", "argue", "insist", "explain"})


def without_reasons(sentence, events: list[EventCandidate]) -> list[EventCandidate]:
    """The events, less those told in a reason clause of another event's verb."""
    told = {e.anchor for e in events}
    reasons: set[int] = set()
    for speech in sentence.tokens:
        if _reason_clause(sentence, speech) and speech.head in told:
            reasons.update(t.i for t in subtree(sentence, speech))
    return [e for e in events if e.anchor not in reasons] if reasons else events


def _reason_clause(sentence, speech: Token) -> bool:
    """'..., saying ...': a participle of speech set off by a comma, with what it says."""
    return speech.tag == "VBG" and speech.dep == "advcl" \
        and speech.lemma.lower() in REASON_SPEECH and speech.head != speech.i \
        and speech.i > 0 and sentence.tokens[speech.i - 1].text == "," \
        and any(c.dep == "ccomp" for c in sentence.children(speech.i))
