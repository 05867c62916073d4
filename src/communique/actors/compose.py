"""Composing names with role nouns: "Russian police", "France's foreign minister",
"the government of Nigeria", "U.S. President Joe Biden", "former President X".

Works on the name and agent matches of one sentence and returns the mentions
it can settle without looking at the rest of the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import ParsedSentence, Token
from .codes import compose, country_of, sector_of
from .match import Hit, entity_span

MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "VERB"})
COORDINATORS = frozenset({"and", ",", "or", "&", "as", "well"})
POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})
# "Iranian-backed militias": a name before these participles is a backer, not the owner.
BACKING = frozenset("backed sponsored supported funded financed trained armed allied aligned "
                    "brokered mediated inspired affiliated linked".split())
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
FORMER = frozenset({"former", "ex", "ousted", "deposed", "exiled", "late"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "appos", "attr",
                           "dative"})
LOCATIVE_PREPS = frozenset({"in", "at", "inside", "within", "across", "throughout"})
# Nouns whose 'of' phrase names a place: 'the town of Kalehe', 'the city of Kharkiv'.
SETTLEMENTS = frozenset({"city", "town", "village", "region", "province", "district",
                         "port", "area", "outskirts", "suburb", "suburbs"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across",
                         "throughout", "within", "into", "via", "through", "from", "to",
                         "toward", "towards"})


@dataclass(frozen=True, slots=True)
class Named:
    """A dictionary name match with its code on the article's date."""

    start: int
    end: int
    kind: str  # country, capital, person, org, seat
    code: str


@dataclass(frozen=True, slots=True)
class Found:
    """A mention before it becomes a model.Mention."""

    start: int
    end: int
    code: str
    kind: str  # name, title, agent, metonym, pronoun, description
    person: bool = False
    plural: bool = False
    name: tuple[int, int] | None = None  # the tokens naming a person, if any
    place: bool = False  # the object of a place preposition: "in Moscow"


def merge_agents(sentence: ParsedSentence, hits: list[Hit]) -> list[Hit]:
    """Adjacent role nouns form one group coded by the first: "army spokesman" is MIL."""
    groups: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):  # in text order
        if groups and _adjacent(sentence, groups[-1].end, hit.start):
            groups[-1] = Hit(groups[-1].start, max(groups[-1].end, hit.end), groups[-1].entry,
                             groups[-1].suffix)
        else:
            groups.append(hit)
    return groups


def _adjacent(sentence: ParsedSentence, end: int, start: int) -> bool:
    between = sentence.tokens[end:start]
    return all(t.text in ("-", "'s") for t in between) and start - end <= 1


def is_former(sentence: ParsedSentence, start: int) -> bool:
    """ "former President", "ex-minister", "former Socialist prime minister"."""
    j = start
    while j > 0 and start - j < 3:
        word = sentence.tokens[j - 1].text.lower()
        ex_hyphen = word == "-" and j > 1 and sentence.tokens[j - 2].text.lower() == "ex"
        if word in FORMER or ex_hyphen:
            return True
        if sentence.tokens[j - 1].pos not in ("ADJ", "PROPN", ""):
            return False
        j -= 1
    return False


def left_modifiers(sentence: ParsedSentence, start: int, by_end: dict[int, Named],
                   plural: bool = False) -> list[Named]:
    """Names qualifying the role noun at ``start``: "Russian", "Russia's", "Hungarian and
    Romanian"; before a plural, a country and an organisation ("Israeli and Islamic
    Jihad delegations")."""
    j = _skip_left(sentence, start, by_end)
    found: list[Named] = []
    while j in by_end and not backer(sentence, by_end[j]):
        named = by_end[j]
        if named.kind == "country" and by_end.get(named.start, named).kind == "country" \
                and named.start in by_end:
            named = by_end[named.start]  # "Croatian Serb refugees": Croatian refugees
        found.append(named)
        k = named.start
        while k > 0 and sentence.tokens[k - 1].text.lower() in COORDINATORS:
            k -= 1
        if k == named.start or k not in by_end \
                or not _coordinated(sentence, by_end[k], named, plural):
            break
        j = k
    return found[::-1]


def backer(sentence: ParsedSentence, named: Named) -> bool:
    """ "Iranian-backed", "Egyptian-brokered": the name supports what follows."""
    tokens = sentence.tokens
    if named.end + 1 >= len(tokens) or tokens[named.end].text not in HYPHENS:
        return False
    return tokens[named.end + 1].text.lower() in BACKING


def _coordinated(sentence: ParsedSentence, earlier: Named, later: Named, plural: bool) -> bool:
    """ "Hungarian and Romanian officials", not "Syria and Palestinian leader"."""
    kinds = {"country", "capital", "org"} if plural else {"country", "capital"}
    if {earlier.kind, later.kind} - kinds:
        return False
    last = sentence.tokens[earlier.end - 1]
    return last.dep not in ARGUMENT_DEPS or plural and _demonym(last)  # 'Kyrgyz and Tajik
    # forces', where the parser takes 'Kyrgyz' for the subject


# Demonyms the tagger takes for proper nouns, and the endings of the others.
NOUN_LIKE_DEMONYMS = frozenset({"kyrgyz", "tajik", "uzbek", "kazakh", "turkmen", "afghan",
                                "thai", "lao", "khmer", "czech", "slovak", "swiss", "french",
                                "dutch", "greek", "serb", "croat", "kurdish", "burmese"})
DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean")


def _demonym(token: Token) -> bool:
    word = token.text.lower()
    return token.tag == "JJ" or token.ent_type == "NORP" or word in NOUN_LIKE_DEMONYMS \
        or word.endswith(DEMONYM_ENDINGS)


def _skip_left(sentence: ParsedSentence, start: int, by_end: dict[int, Named]) -> int:
    j = start
    while j > 0 and j not in by_end and start - j < 3 and _skippable(sentence.tokens[j - 1]):
        j -= 1
    if j > 0 and j not in by_end and sentence.tokens[j - 1].text in POSSESSIVE:
        j -= 1
    return j


def _skippable(token: Token) -> bool:
    if token.text in ("-", "\u2010"):
        return True
    return token.pos in MODIFIER_POS and token.dep in ("amod", "compound", "nmod", "npadvmod", "") \
        and token.ent_type not in ("PERSON", "GPE", "NORP", "ORG")


def of_modifier(sentence: ParsedSentence, end: int, by_start: dict[int, Named],
                origin: bool = False) -> Named | None:
    """The name in "minister of France", "the government of Nigeria", "residents of
    southern Israel"; with ``origin``, also "fighters from the paramilitary RSF" (a
    "from" phrase hanging on the noun, not on a verb: "pulled troops from Syria")."""
    tokens = sentence.tokens
    if end >= len(tokens) or not _of_or_from(tokens[end], end, origin, tokens):
        return None
    j = end + 1
    if j < len(tokens) and tokens[j].text.lower() == "the":
        j += 1
    while j < len(tokens) and j not in by_start and j - end <= 3 and tokens[j].pos == "ADJ" \
            and tokens[j].text.islower():
        j += 1
    named = by_start.get(j)
    if named is None or named.kind == "seat":
        return None
    follows = tokens[named.end] if named.end < len(tokens) else None
    if follows is not None and follows.pos in ("NOUN", "PROPN"):
        return None  # "bombers of the U.S. airliner": the name only qualifies a noun
    return named


def _of_or_from(token: Token, end: int, origin: bool,
                tokens: tuple[Token, ...] = ()) -> bool:
    word = token.text.lower()
    return word == "of" or (origin and word == "from" and token.head == end - 1
                            and not _removed(tokens, end - 1))


# Nouns of removal: in 'the withdrawal of [troops from Panama]' the 'from' phrase is
# the place left, whatever noun the parser hangs it on, not where the troops are from.
REMOVALS = frozenset({"withdrawal", "pullout", "pull-out", "evacuation", "expulsion",
                      "departure", "exit", "removal", "redeployment", "repatriation",
                      "retreat", "drawdown"})


def _removed(tokens: tuple[Token, ...], noun: int) -> bool:
    """The noun is what a noun of removal removes: 'the withdrawal of [forces] from'."""
    if not tokens:
        return False
    of = tokens[tokens[noun].head]
    return tokens[noun].dep == "pobj" and of.text.lower() == "of" \
        and tokens[of.head].lemma.lower() in REMOVALS


def person_of(sentence: ParsedSentence, person: Named,
              by_start: dict[int, Named]) -> tuple[Named, str] | None:
    """ "King Hassan of Morocco": the country named after a person, and the code it gives."""
    where = of_modifier(sentence, person.end, by_start)
    if where is None or where.kind not in ("country", "capital"):
        return None
    if country_of(where.code) == country_of(person.code):
        return where, person.code
    sector = sector_of(person.code)
    return where, compose(where.code, f"~{sector}") if sector else where.code


def person_after(sentence: ParsedSentence, end: int,
                 by_start: dict[int, Named]) -> tuple[int, Named | None] | None:
    """A person's name right after a title: (end of the name, its dictionary match or None)."""
    named = by_start.get(end)
    if named is not None:
        return (named.end, named) if named.kind == "person" else None
    if end < len(sentence.tokens) and sentence.tokens[end].ent_type == "PERSON":
        span = entity_span(sentence, end)
        if span is not None and span[0] == end:
            return span[1], None
    return None


CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january "
                           "february march april may june july august september october "
                           "november december".split())


def unknown_name_after(sentence: ParsedSentence, end: int,
                       by_start: dict[int, Named]) -> tuple[int, None] | None:
    """'Interior Minister [Juan Jose Santivanez]': a run of proper nouns no dictionary
    knows, right after a personal title, is the title holder's name."""
    stop = end
    while stop < len(sentence.tokens) and stop not in by_start:
        token = sentence.tokens[stop]
        if token.pos != "PROPN" or not token.text[:1].isupper() or token.ent_type \
                or token.text.lower() in CALENDAR_WORDS:
            break
        stop += 1
    last = sentence.tokens[stop - 1] if stop > end else None
    return (stop, None) if last is not None and last.dep not in ("compound", "poss") else None


def modifier_code(named: Named, agent_code: str, former: bool) -> str:
    """The code of "<name> <role noun>". An organisation keeps its own code ("Hamas
    fighters"); a nationality before a prefixing agent ("Bangladeshi peacekeepers",
    IGO~) gives the nationality alone, not PETRARCH's IGOBGD."""
    if named.kind in ("org", "seat"):
        return named.code
    country = country_of(named.code) or named.code
    base = named.code if named.kind in ("country", "capital") else country
    if agent_code.endswith("~") and not former:
        return base
    return compose(base, "~ELI" if former else agent_code)


def titled_person(person: Named | None, agent_code: str, former: bool) -> str | None:
    """The code of "<title> <known person>": the person's country, the title's sector."""
    if person is None:
        return None
    country = country_of(person.code)
    if country is None:
        return person.code
    if former:
        return compose(country, "~ELI")
    return person.code if sector_of(person.code) else compose(country, agent_code)


def place_use(sentence: ParsedSentence, named: Named) -> bool:
    """Whether a name is the object of a place preposition: "in Moscow", or names the
    place of one: "at Doha airport", "in the Kabul suburbs"."""
    tokens = sentence.tokens
    last = tokens[named.end - 1]
    if last.dep == "compound" and 0 <= last.head < len(tokens) \
            and tokens[last.head].pos == "NOUN":
        last = tokens[last.head]
    if last.dep != "pobj" or not 0 <= last.head < len(tokens):
        return False
    prep = tokens[last.head]
    if prep.text.lower() == "of" and 0 <= prep.head < len(tokens):
        return tokens[prep.head].lemma.lower() in SETTLEMENTS  # 'the city of Kharkiv'
    return prep.text.lower() in PLACE_PREPS
