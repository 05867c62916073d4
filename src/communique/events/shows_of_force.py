"""Whom a show of force (CAMEO 15) at a border is aimed at: the neighbour that the border
is named by ('massed troops [near the Ukrainian border]', 'stationed troops [along its
border with India]'), as troops moved to a border are ('moved troops to its border with
Ukraine')."""

from __future__ import annotations

from ..model import Mention, ParsedSentence, Token
from .actors_in_parse import MentionIndex

BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Where along a border forces stand: 'near', 'along', 'at', 'on' the border.
ALONG = frozenset({"near", "along", "at", "on", "to", "by", "across", "towards", "toward"})


def border_neighbours(sentence: ParsedSentence, index: MentionIndex, verb: Token,
                      sources: list[Mention]) -> list[Mention]:
    """The country a border phrase of the verb names, other than the actor's own."""
    own = {m.actor.country for m in sources}
    borders = [o for p in sentence.children(verb.i) if p.dep == "prep"
               and p.lemma.lower() in ALONG for o in sentence.children(p.i)
               if o.dep == "pobj" and o.lemma.lower() in BORDER_NOUNS]
    found = [m for b in borders for m in index.in_phrase(b)
             if m.actor.country and m.actor.country not in own]
    return found[:1]
