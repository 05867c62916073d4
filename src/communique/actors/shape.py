"""Which role-noun matches stand as mentions, and over which tokens.

* A phrase with the null code (``~---``) is matched and then dropped, so that it hides
  the role nouns inside it: "think tank" is not a tank.
* A role noun that only qualifies another noun is no mention ("police station",
  "army chief" aside, which the agent table lists), unless that noun is a unit,
  group, vehicle or position of the role: "opposition groups", "Air Force jets" and
  "insurgent hideouts" are mentions of the opposition, the air force and the insurgents.
* A role noun before a hyphenated participle ("military-led government",
  "army-backed government") qualifies the noun after it and is no mention.
"""

from __future__ import annotations

from ..model import ParsedSentence, Token
from .match import Hit
from .tables import AgentEntry

NULL = "---"
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
COLLECTIVE = frozenset({"police", "POLICE", "people", "PEOPLE"})
# Nouns that a role noun may qualify and still name its actor: the role's own units,
# groups, vehicles, weapons and positions.
PARTY_HEADS = frozenset({"party", "alliance", "coalition", "movement", "front", "bloc"})
# What a role noun qualifying them has said: 'opposition calls', 'rebel demands'.
STATED_HEADS = frozenset("""
    call demand proposal offer request appeal ultimatum accusation allegation claim
    warning threat statement plan""".split())
EXTENDING_HEADS = frozenset("""
    group faction movement network cell wing unit brigade battalion squad patrol convoy
    column fighter member supporter loyalist leader commander figure official
    jet aircraft warplane plane helicopter drone gunship tank vessel ship boat warship
    artillery gunboat
    hideout base camp position post outpost stronghold checkpoint barrack headquarters
    """.split())


def standing(sentence: ParsedSentence, hits: list[Hit], starts: set[int]) -> list[Hit]:
    """The agent matches that are mentions, extended over the nouns they qualify."""
    out = []
    for hit in hits:
        if NULL in hit.entry.code or _before_participle(sentence, hit):
            continue
        head = _qualified_noun(sentence, hit, starts)
        union = _their_union(sentence, hit)
        if union is not None:  # 'the doctors' [union]', '[Association] of Teachers': one body
            start = hit.start if union.i > hit.start else union.i
            out.append(Hit(start, union.i + 1, hit.entry, hit.suffix))
        elif head is None:
            out.append(hit)
        elif head.i == hit.end and _forms(head.text, head.lemma) & EXTENDING_HEADS:
            out.append(Hit(hit.start, head.i + 1, hit.entry, hit.suffix))
        elif _forms(head.text, head.lemma) & STATED_HEADS:
            out.append(hit)  # 'opposition [calls] for an election': the role said it
        elif head.lemma.lower() in PARTY_HEADS and all(
                t.pos == "PROPN" for t in sentence.tokens[hit.end:head.i]):
            out.append(Hit(hit.start, head.i + 1, hit.entry, hit.suffix))  # 'opposition
            # Democratic Centre party': the role names the party
    return out


UNION_HEADS = frozenset({"union", "association", "federation", "syndicate", "confederation"})


def _their_union(sentence: ParsedSentence, hit: Hit) -> Token | None:
    """'the teachers' union', 'the National Association of Teachers': the body of the people
    named."""
    tokens = sentence.tokens
    last = tokens[hit.end - 1]
    if last.dep == "pobj" and tokens[last.head].lemma.lower() == "of":  # 'Union of Teachers'
        head = tokens[tokens[last.head].head]
        return head if head.i < hit.start and head.lemma.lower() in UNION_HEADS else None
    if last.dep != "poss" or not hit.end <= last.head < len(tokens):
        return None
    head = tokens[last.head]
    between = tokens[hit.end:head.i]
    return head if head.lemma.lower() in UNION_HEADS and all(
        t.text in ("'", "'s", "\u2019", "\u2019s") for t in between) else None


def _forms(text: str, lemma: str) -> set[str]:
    word = text.lower()
    return {word, lemma.lower(), word[:-1] if word.endswith("s") else word}


def _qualified_noun(sentence: ParsedSentence, hit: Hit, starts: set[int]):
    """The noun that the match only qualifies ("police" in "police station"), or None."""
    last = sentence.tokens[hit.end - 1]
    if last.dep not in ("compound", "amod") or not hit.end <= last.head < len(sentence.tokens):
        return None  # 'amod': 'a military [convoy]'
    head = sentence.tokens[last.head]
    if head.pos != "NOUN" or any(hit.end <= s <= head.i for s in starts):
        return None
    return head


def _before_participle(sentence: ParsedSentence, hit: Hit) -> bool:
    """ "military-led", "army-backed": the role noun qualifies what follows."""
    tokens = sentence.tokens
    if hit.end + 1 >= len(tokens) or tokens[hit.end].text not in HYPHENS:
        return False
    after = tokens[hit.end + 1]
    return after.tag == "VBN" or (after.tag == "" and after.text.lower().endswith("ed"))


def is_plural(sentence: ParsedSentence, end: int, agent: AgentEntry) -> bool:
    """A plural or collective role noun: "officials", "police", "troops"."""
    last = sentence.tokens[end - 1]
    if last.tag:
        return last.tag in ("NNS", "NNPS") or last.text.lower() in COLLECTIVE
    word = agent.key.split(" ")[-1]
    return agent.plural or word in COLLECTIVE or (word.endswith("S") and not word.endswith("SS"))
