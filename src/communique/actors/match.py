"""Longest-match lookup of dictionary phrases over a sentence's tokens.

Tokens are turned into lookup pieces (see ``text.py``); a phrase matches a run of
whole tokens whose pieces spell its key. Name matches must look like names
(capitalised, not a pronoun or a date); one-word matches are checked against the
parser's entity type so that "May" the month, "Chad" the person or "us" the
pronoun are not taken for places.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Mapping

from ..model import ParsedSentence, Token
from .tables import AgentEntry, NameEntry
from .text import FORCE_WORDS, TITLE_WORDS, pieces

SUFFIXES = ("S", "ES", "NS", "N", "ANS", "AN")
CONNECTORS = frozenset("of the and for de del da di du la le al el bin ibn van von der "
                       "den y e des d 's ’s s on".split())
CLOSED_POS = frozenset("PRON DET ADP CCONJ SCONJ AUX PART VERB ADV INTJ NUM PUNCT SYM".split())
NUMERIC_ENTS = frozenset("DATE TIME MONEY PERCENT QUANTITY CARDINAL ORDINAL".split())
VETO = {
    "country": NUMERIC_ENTS | {"WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"},
    "capital": NUMERIC_ENTS | {"WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"},
    "person": NUMERIC_ENTS | {"GPE", "LOC", "FAC", "EVENT", "LAW", "LANGUAGE"},
    "org": NUMERIC_ENTS,
}
NEGATING_PREFIXES = frozenset({"pro", "anti", "non", "ex", "post", "pre"})
COUNTRY_SUFFIXES = frozenset({"S", "N", "NS"})  # Afghans, Kampuchean, Americans
# 'South Lebanon', 'North Darfur', 'Upper Nile': a part of the named place, not a name.
REGION_WORDS = frozenset({"NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN", "EASTERN",
                          "WESTERN", "CENTRAL", "UPPER", "LOWER", "GREATER", "NORTHEAST",
                          "NORTHWEST", "SOUTHEAST", "SOUTHWEST"})
PROPER_ENTS = frozenset("ORG FAC GPE LOC WORK_OF_ART EVENT LAW PRODUCT".split())


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # token span, end exclusive
    end: int
    entry: NameEntry | AgentEntry
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class View:
    """A sentence as lookup pieces, each owned by a token."""

    pieces: tuple[str, ...]
    owner: tuple[int, ...]
    first: Mapping[int, int]  # token index -> index of its first piece
    caps: bool  # the sentence is in capitals (a headline): case tells nothing


def make_view(sentence: ParsedSentence) -> View:
    parts: list[str] = []
    owner: list[int] = []
    first: dict[int, int] = {}
    for token in sentence.tokens:
        found = pieces(token.text)
        if found:
            first[token.i] = len(parts)
            parts.extend(found)
            owner.extend([token.i] * len(found))
    letters = [c for c in sentence.text if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    return View(tuple(parts), tuple(owner), first, caps)


def lookup(lexicon: Mapping[str, NameEntry | AgentEntry], parts: tuple[str, ...]):
    """(entry, suffix) for the phrase ``parts``, trying the last piece without a suffix."""
    entry = lexicon.get(" ".join(parts))
    if entry is not None:
        return entry, ""
    stems = _stems(parts[-1])
    if not stems:
        return None
    head = " ".join(parts[:-1] + ("",))
    for suffix, stem in stems:
        entry = lexicon.get(head + stem)
        if entry is not None:
            return entry, suffix
    return None


@lru_cache(maxsize=1 << 16)  # bounded: piece vocabularies grow with the corpus
def _stems(piece: str) -> tuple[tuple[str, str], ...]:
    """(suffix, stem) for each suffix the piece may carry ('AFGHANS' → ('S', 'AFGHAN'))."""
    return tuple((s, piece[: -len(s)]) for s in SUFFIXES
                 if piece.endswith(s) and len(piece) > len(s) + 2)


@lru_cache(maxsize=1 << 16)  # bounded: piece vocabularies grow with the corpus
def _heads(piece: str) -> tuple[str, ...]:
    return (piece,) + tuple(piece[: -len(s)] for s in SUFFIXES if piece.endswith(s))


def _reach(view: View, p0: int, reach: Mapping[str, int]) -> int:
    longest = max(reach.get(h, 0) for h in _heads(view.pieces[p0]))
    return min(longest, len(view.pieces) - p0)


def longest_at(view: View, t: int, lexicon, reach, accept: Callable[[Hit], bool],
               blocked: frozenset[int] = frozenset()) -> Hit | None:
    p0 = view.first.get(t)
    if p0 is None or t in blocked:
        return None
    for length in range(_reach(view, p0, reach), 0, -1):
        end = p0 + length
        last = view.owner[end - 1]
        if end < len(view.pieces) and view.owner[end] == last:
            continue  # the phrase would end inside a token
        if any(i in blocked for i in range(t, last + 1)):
            continue
        found = lookup(lexicon, view.pieces[p0:end])
        if found is not None:
            hit = Hit(t, last + 1, found[0], found[1])
            if accept(hit):
                return hit
    return None


def scan(view: View, n_tokens: int, lexicon, reach, accept: Callable[[Hit], bool],
         blocked: frozenset[int] = frozenset()) -> list[Hit]:
    hits, t = [], 0
    while t < n_tokens:
        hit = longest_at(view, t, lexicon, reach, accept, blocked)
        if hit is None:
            t += 1
        else:
            hits.append(hit)
            t = hit.end
    return hits


def entity_span(sentence: ParsedSentence, i: int) -> tuple[int, int] | None:
    tokens = sentence.tokens
    if tokens[i].ent_iob == "O" or not tokens[i].ent_type:
        return None
    start = i
    while start > 0 and tokens[start].ent_iob == "I":
        start -= 1
    end = i + 1
    while end < len(tokens) and tokens[end].ent_iob == "I":
        end += 1
    return start, end


def _alpha(tokens) -> list[Token]:
    return [t for t in tokens if any(c.isalpha() for c in t.text)]


def looks_like_name(sentence: ParsedSentence, hit: Hit, caps: bool) -> bool:
    words = _alpha(sentence.tokens[hit.start:hit.end])
    if not words:
        return False
    if caps:
        return True
    def upper(t: Token) -> bool:
        after_hyphen = t.i > 0 and sentence.tokens[t.i - 1].text == "-" \
            and t.i - 1 > hit.start  # 'Lee Jae-myung': one word split at its hyphen
        return t.text[0].isupper() or t.text[0].isdigit() or after_hyphen
    return upper(words[-1]) and all(upper(t) or t.text.lower() in CONNECTORS for t in words)


def _inside_longer_person(sentence: ParsedSentence, hit: Hit, lexicon) -> bool:
    """ "Hunter Biden", "Chad Smith": a one-word name inside a longer person's name
    (other words that are themselves country names, as in "Bosnian Serbs", do not count)."""
    if not any(t.ent_type for t in sentence.tokens):
        return _beside_unknown_name(sentence, hit, lexicon)
    span = entity_span(sentence, hit.start)
    if span is None or sentence.tokens[hit.start].ent_type != "PERSON":
        return False
    words = _alpha(sentence.tokens[span[0]:span[1]])
    outside = [t for t in words if not hit.start <= t.i < hit.end]
    return any(not _country_word(t.text, lexicon) for t in outside)


def _beside_unknown_name(sentence: ParsedSentence, hit: Hit, lexicon) -> bool:
    """Without named entities: a capitalised proper noun compounded with the name
    ("Michael Jordan", "Chad Smith") that is neither a title nor in the dictionary makes
    it part of a person's name."""
    name = sentence.tokens[hit.start]
    for j in (hit.start - 1, hit.end):
        if 0 <= j < len(sentence.tokens):
            word = sentence.tokens[j]
            parts = tuple(pieces(word.text))
            joined = (word.dep == "compound" and word.head == name.i) or (
                name.dep == "compound" and name.head == word.i)
            if joined and word.pos == "PROPN" and word.text[:1].isupper() and parts \
                    and word.text.upper() not in TITLE_WORDS | REGION_WORDS | FORCE_WORDS \
                    and lookup(lexicon, parts) is None:
                return True
    return False


def _country_word(text: str, lexicon) -> bool:
    parts = tuple(pieces(text))
    found = lookup(lexicon, parts) if parts else None
    return found is not None and getattr(found[0], "kind", "") in ("country", "capital")


def _negated_prefix(sentence: ParsedSentence, start: int) -> bool:
    if start < 2 or sentence.tokens[start - 1].text not in ("-", "\u2010", "\u2011"):
        return False
    return sentence.tokens[start - 2].text.lower() in NEGATING_PREFIXES


def suffix_ok(entry: NameEntry, suffix: str) -> bool:
    return not suffix or entry.stem or (entry.kind == "country" and suffix in COUNTRY_SUFFIXES)


def name_ok(sentence: ParsedSentence, hit: Hit, caps: bool, lexicon) -> bool:
    """Whether a dictionary name match should stand (case, entity type, context)."""
    entry = hit.entry
    if not suffix_ok(entry, hit.suffix):
        return False
    if not looks_like_name(sentence, hit, caps) or _negated_prefix(sentence, hit.start):
        return False
    if entry.kind in ("country", "capital") and _names_a_feature(sentence, hit):
        return False
    if entry.kind == "person" and _abbreviation(sentence, hit):
        return False
    words = _alpha(sentence.tokens[hit.start:hit.end])
    if len(words) > 1:
        return True
    word = words[0]
    acronym = word.text.isupper() and len(word.text) >= 3 and entry.kind in ("org", "country")
    if word.pos in CLOSED_POS and not acronym or \
            word.ent_type in VETO.get(entry.kind, NUMERIC_ENTS):  # 'ECOWAS' tagged as a verb
        return False
    if entry.kind in ("org", "person") and _in_proper_name(sentence, hit, frozenset()):
        return False  # "Organization" in "Palestinian Liberation Organization"
    plural_people = entry.kind == "country" and sentence.tokens[hit.end - 1].tag == "NNPS"
    return entry.kind == "org" or plural_people \
        or not _inside_longer_person(sentence, hit, lexicon)  # 'Young Algerians' are people


def _abbreviation(sentence: ParsedSentence, hit: Hit) -> bool:
    """ "the Montenegro Municipality Association (AKK)": an acronym in brackets right
    after a proper name abbreviates that name; it is not a person known by initials."""
    tokens = sentence.tokens
    word = tokens[hit.start]
    if hit.end - hit.start != 1 or not word.text.isupper() or hit.start < 2 \
            or hit.end >= len(tokens):
        return False
    before = tokens[hit.start - 2]
    return tokens[hit.start - 1].text == "(" and tokens[hit.end].text == ")" \
        and before.pos == "PROPN" and before.text[:1].isupper()


FEATURES = frozenset({"river", "lake"})


def _names_a_feature(sentence: ParsedSentence, hit: Hit) -> bool:
    """'the [Sava] river', 'the Niger River': a place name naming a river or a lake;
    'the [London]-based observatory': where a body sits, not whose it is."""
    after = [t.text.lower() for t in sentence.tokens[hit.end:hit.end + 2]]
    return after[:1] and after[0] in FEATURES or after == ["-", "based"]


def agent_ok(sentence: ParsedSentence, hit: Hit, named: frozenset[int]) -> bool:
    """Generic role nouns: the match must end on a noun and not be a word of a
    proper name ("People" in "Democratic People's Republic of Korea")."""
    if hit.suffix:
        return False
    last = sentence.tokens[hit.end - 1]
    if any(t.ent_type == "PERSON" for t in sentence.tokens[hit.start:hit.end]):
        return False  # "Hunter" in "Hunter Biden"
    return (last.pos in ("NOUN", "PROPN", "") or _on_a_force(sentence, last)) \
        and not _in_proper_name(sentence, hit, named)


# What an adjective of a force may qualify and stand for: 'a [military] convoy'.
FORCE_THINGS = frozenset({"convoy", "convoys", "base", "bases", "post", "posts", "patrol",
                          "patrols", "vehicle", "vehicles", "aircraft", "helicopter",
                          "helicopters", "checkpoint", "checkpoints", "positions", "position"})


def _on_a_force(sentence: ParsedSentence, last: Token) -> bool:
    head = sentence.tokens[last.head] if 0 <= last.head < len(sentence.tokens) else last
    return last.pos == "ADJ" and last.dep == "amod" and head.text.lower() in FORCE_THINGS


def _in_proper_name(sentence: ParsedSentence, hit: Hit, named: frozenset[int]) -> bool:
    first = sentence.tokens[hit.start]
    if first.ent_type not in PROPER_ENTS or not first.text[:1].isupper():
        return False
    span = entity_span(sentence, hit.start) or (hit.start, hit.end)
    others = [t for t in _alpha(sentence.tokens[span[0]:span[1]])
              if not hit.start <= t.i < hit.end and t.i not in named
              and t.pos not in CLOSED_POS]  # '[The] Kenya Assembly': a body of a country
    return any(t.text[:1].isupper() for t in others)
