"""Ethnic minorities: "ethnic Serbs in northern Kosovo", "the Albanians of southern Serbia"
are coded by the country they live in, as event coders do, not by their kin state."""

from __future__ import annotations

from dataclasses import replace

from ..model import ParsedSentence, Token
from .codes import country_of
from .compose import Found

HOME_PREPS = frozenset({"in", "of", "inside", "across", "throughout"})
VERB_PREPS = frozenset({"in", "inside", "across", "throughout"})


def settle_minorities(sentence: ParsedSentence, founds: list[Found]) -> list[Found]:
    """Each people named by a nationality and placed in another country takes that
    country's code."""
    return [_at_home(sentence, f, founds) for f in founds]


def _at_home(sentence: ParsedSentence, people: Found, founds: list[Found]) -> Found:
    if people.kind != "name" or people.person or len(people.code) != 3:
        return people
    ethnic = people.start > 0 and sentence.tokens[people.start - 1].text.lower() == "ethnic"
    head = _head(sentence, people)
    if not ethnic and not head.tag.endswith("S"):
        return people  # 'the Albanians of Serbia', not 'Albania of the 1990s'
    for place in founds:
        country = country_of(place.code) or place.code[:3]
        if place is people or country == people.code or len(country) != 3:
            continue
        prep = sentence.tokens[sentence.tokens[place.end - 1].head]
        if prep.dep != "prep" or place.start < people.end:
            continue
        whole = _counted(sentence, head)  # '[thousands] of ethnic Serbs in Kosovo'
        on_people = prep.head in (head.i, whole.i) and prep.lemma.lower() in HOME_PREPS
        on_verb = ethnic and whole.dep == "nsubj" and prep.head == whole.head \
            and prep.lemma.lower() in VERB_PREPS  # 'ethnic Hungarians rallied in Romania'
        if on_people or on_verb:
            return replace(people, code=country)
    return people


def _counted(sentence: ParsedSentence, head: Token) -> Token:
    """ "thousands of [Serbs]", "hundreds of [Albanians]": the phrase's head is the number."""
    prep = sentence.tokens[head.head]
    if head.dep == "pobj" and prep.lemma.lower() == "of" and prep.head < prep.i:
        return sentence.tokens[prep.head]
    return head


def _head(sentence: ParsedSentence, found: Found) -> Token:
    tokens = sentence.tokens[found.start:found.end]
    return next((t for t in tokens if not found.start <= t.head < found.end), tokens[-1])
