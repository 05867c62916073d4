"""What the rest of the article says: pronouns, definite descriptions, "the two
sides", and the country that a bare "police" or "rebels" belongs to.

``Memory`` holds the mentions of the sentences coded so far; it lives for one
call of ``ActorCoder.code_article``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..model import ParsedSentence, Token
from .codes import bare, compose, country_of, sector_of
from .compose import Found
from .refer import GROUPISH, clause_subject, speaker
from .text import TITLE_WORDS, key

WINDOW = 4  # sentences back that pronouns and descriptions may reach
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
IT_PRONOUNS = frozenset({"it", "its"})
THEY_PRONOUNS = frozenset({"they", "them", "their"})
WE_PRONOUNS = frozenset({"we", "our"})  # only for a speaker: "police said we ..."
REPORTING_VERBS = frozenset({"quote", "report", "cite", "publish", "broadcast", "carry"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our"})
WEATHER_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "matter", "rain", "become"})
WILLING = frozenset({"ready", "willing", "prepared", "able", "unable", "determined", "open",
                     "committed", "keen", "eager", "reluctant", "unwilling", "opposed",
                     "against", "responsible", "concerned", "aware", "confident"})
PAIR_NOUNS = {
    "countries": "", "nations": "", "sides": "", "powers": "", "states": "", "neighbours": "",
    "neighbors": "", "allies": "", "rivals": "", "parties": "", "foes": "", "adversaries": "",
    "governments": "~GOV", "leaders": "~GOV", "presidents": "~GOV", "capitals": "~GOV",
    "ministers": "~GOV", "delegations": "~GOV", "administrations": "~GOV",
    "armies": "~MIL", "militaries": "~MIL",
}
OTHER_NOUNS = frozenset({"side", "party", "country", "camp", "nation"})
@dataclass
class Memory:
    """Mentions of earlier sentences, and names of people met so far."""

    found: list[tuple[int, Found]] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)  # name key -> code
    modifiers: set[int] = field(default_factory=set)  # ids of mentions that only qualify

    def add(self, index: int, sentence: ParsedSentence, founds: Iterable[Found]) -> None:
        """Keep a sentence's mentions, its subjects last so that they are found first."""
        founds = list(founds)
        ranked = sorted(founds, key=lambda f: (is_subject(sentence, f), f.start))
        self.found.extend((index, item) for item in ranked)
        self.modifiers.update(id(f) for f in founds if only_qualifies(sentence, f))
        for item in founds:
            if item.name is not None and item.person:
                self.remember(sentence, item.name, item.code)

    def remember(self, sentence: ParsedSentence, span: tuple[int, int], code: str) -> None:
        tokens = sentence.tokens[span[0]:span[1]]
        words = [t for t in tokens if t.text[:1].isalpha()]
        if words:
            self.people[key(" ".join(t.text for t in words))] = code
            self.people.setdefault(key(words[-1].text), code)
        if len(words) > 1 and family_name_first(words[0].text, tokens):
            self.people.setdefault(key(words[0].text), code)  # 'Cho' after 'Cho Tae-yul'

    def recent(self, index: int, current: list[Found], window: int = WINDOW) -> list[Found]:
        """Current-sentence mentions (latest first), then earlier ones within ``window``."""
        earlier = [f for i, f in reversed(self.found) if index - i <= window]
        return sorted(current, key=lambda f: -f.start) + earlier

    def counts(self) -> Counter:
        """How often the article has named each country so far, places too ('arrived in
        Jakarta'), pronouns and descriptions not."""
        return Counter(c for _, f in self.found if f.kind not in ("pronoun", "description")
                       and (c := usable_country(f)))

    def focus(self) -> str | None:
        """The country the article has mentioned most (ties: the latest)."""
        counts = Counter(c for _, f in self.found if (c := usable_country(f)))
        if not counts:
            return None
        best = max(counts.values())
        latest = (usable_country(f) for _, f in reversed(self.found))
        return next(c for c in latest if c and counts[c] == best)


# Family names that East Asian names put first ('Wang Yi' is Mr Wang, 'Kim Jong Un' Mr Kim).
FAMILY_NAMES_FIRST = frozenset(
    "wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang "
    "song zheng xie han tang feng deng cao xi qin kim lee park choi cho chung jung kang yoon "
    "yun jang lim shin moon hwang ahn oh nguyen tran pham hoang phan vu dang bui ngo duong "
    "hun".split())


def family_name_first(first: str, tokens) -> bool:
    """A name whose first word is the family name: a common East Asian one, or any before
    a hyphenated given name ('Cho Tae-yul', 'Lee Jae-myung')."""
    return first.lower() in FAMILY_NAMES_FIRST or any(t.text == "-" for t in tokens[1:])


def only_qualifies(sentence: ParsedSentence, found: Found) -> bool:
    """'[Russian] missile strikes', '[Ukraine's] power grid': a country word that
    describes a thing rather than naming a party."""
    tokens = sentence.tokens[found.start:found.end]
    if not tokens or found.end - found.start > 2:
        return False
    last = tokens[-1]
    if last.dep not in ("amod", "poss", "compound", "nmod") or \
            not 0 <= last.head < len(sentence.tokens):
        return False
    return found.kind in ("name", "metonym") and sentence.tokens[last.head].pos == "NOUN"


def is_subject(sentence: ParsedSentence, found: Found) -> bool:
    return any(t.dep in ("nsubj", "nsubjpass") for t in sentence.tokens[found.start:found.end])


def usable_country(found: Found) -> str | None:
    if sector_of(found.code) == "MED":
        return None
    return country_of(found.code)


def nearest(candidates: list[Found], test: Callable[[Found], bool]) -> Found | None:
    return next((f for f in candidates if test(f)), None)


def resolve_pronoun(token: Token, sentence: ParsedSentence, candidates: list[Found],
                    current: list[Found], speakers: list[Found] | None = None) -> Found | None:
    """The speaker for the subject of what was said (among ``speakers``, by default
    ``current``: a speaker named after a quote counts too), the clause's subject for a
    possessive (among ``current``, the sentence's mentions before the pronoun), else the
    latest compatible actor among ``candidates``."""
    word = token.text.lower()
    agrees, test = _tests(word, token, sentence)
    pool = current if speakers is None else speakers
    found = speaker(token, sentence, pool, agrees) if agrees else None
    if found is None and test is not None and word in POSSESSIVES:
        found = clause_subject(token, sentence, current, test)
    if found is None and test is not None:
        found = nearest(_not_own_subject(token, sentence, _not_antecedent(
            token, sentence, candidates, current), current), test)
    if found is None:
        return None
    return Found(token.i, token.i + 1, found.code, "pronoun", found.person, found.plural)


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


def _not_antecedent(token: Token, sentence: ParsedSentence, candidates: list[Found],
                    current: list[Found]) -> list[Found]:
    """'a Russian diplomat [it] accused of spying': the subject of a relative clause is
    never the noun the clause describes (of this sentence's mentions, ``current``), which
    is what the clause's verb acts on."""
    verb = sentence.tokens[token.head] if 0 <= token.head < len(sentence.tokens) else None
    if token.dep != "nsubj" or verb is None or verb.dep != "relcl" or verb.head == verb.i:
        return candidates
    described = [f for f in current if f.start <= verb.head < f.end]
    return [f for f in candidates if not any(f is d for d in described)]


def _not_own_subject(token: Token, sentence: ParsedSentence, candidates: list[Found],
                     current: list[Found]) -> list[Found]:
    """'Rebels detained [them]': an object pronoun is never its own verb's subject, nor
    the subject that verb inherits ('the junta refused to receive [them]'); nor anyone
    coded as that subject, who would be acting on itself."""
    if token.text.lower() not in OBJECT_PRONOUNS or token.dep not in ("dobj", "pobj", "dative"):
        return candidates
    tokens = sentence.tokens
    verb = tokens[token.head] if token.dep != "pobj" else tokens[tokens[token.head].head]
    verbs = {verb.i}
    for _ in range(3):  # '... and searched them', 'refused to [receive] them'
        head = tokens[verb.head]
        if verb.head == verb.i or not (verb.dep == "conj" or verb.dep == "xcomp" and not any(
                c.dep in ("dobj", "obj") for c in sentence.children(head.i))):
            break
        verb = head
        verbs.add(verb.i)
    subjects = [f for f in current if any(t.dep in ("nsubj", "nsubjpass") and t.head in verbs
                                          for t in tokens[f.start:f.end])]
    codes = {f.code for f in subjects}
    return [f for f in candidates if f not in subjects and f.code not in codes]


def _tests(word: str, token: Token, sentence: ParsedSentence):
    """(agreement with a speaker, test for an antecedent) for a pronoun."""
    if word in PERSON_PRONOUNS:
        return _is_person, _is_person
    if word in IT_PRONOUNS:
        if not _referring_it(token, sentence):
            return None, None
        return _is_body, _is_outlet if _reporting(token, sentence) else _is_single_party
    if word in THEY_PRONOUNS:
        return (lambda f: _is_many(f) or _named_group(f, sentence)), _is_group
    if word in WE_PRONOUNS:
        return (lambda f: not f.place), None
    return None, None


def _is_body(found: Found) -> bool:
    """A speaker that may say "it": a government, an organisation, not a person or a group."""
    return not (found.person or found.plural or found.place)


def _is_many(found: Found) -> bool:
    return found.plural and not found.place


# Group names that are plural nouns though not tagged so: Pashto 'talib', plural 'taliban'.
PLURAL_NAMES = frozenset({"taliban", "mujahideen", "mujahedeen", "houthis", "kurds"})


def _named_group(found: Found, sentence: ParsedSentence) -> bool:
    """A speaker that may say "they" though named as one: an armed or political group
    ("the Houthis said they", "Hamas said they") or a plural name ("the Taliban")."""
    if found.person or found.place:
        return False
    last = sentence.tokens[found.end - 1].text.lower()
    return sector_of(found.code) in GROUPISH or last in PLURAL_NAMES


def _is_person(found: Found) -> bool:
    return found.person


def _is_single_party(found: Found) -> bool:
    """What "it" may be: a country or organisation named as a party, not a place."""
    return not (found.person or found.plural or found.place) and usable_country(found) is not None


def _is_outlet(found: Found) -> bool:
    """What "it" may be as the subject of "quoted" or "reported": a news agency too."""
    return _is_single_party(found) or (sector_of(found.code) == "MED" and not found.plural)


def _reporting(token: Token, sentence: ParsedSentence) -> bool:
    head = sentence.tokens[token.head] if 0 <= token.head < len(sentence.tokens) else token
    return token.dep == "nsubj" and head.lemma.lower() in REPORTING_VERBS


def _is_group(found: Found) -> bool:
    return found.plural and usable_country(found) is not None


def _referring_it(token: Token, sentence: ParsedSentence) -> bool:
    if token.dep == "expl" or token.dep not in ("nsubj", "nsubjpass", "poss", ""):
        return False
    head = sentence.tokens[token.head] if 0 <= token.head < len(sentence.tokens) else token
    if head.lemma in WEATHER_VERBS:  # 'it was cold', but 'it was [ready] to talk'
        return any(c.dep == "acomp" and c.lemma.lower() in WILLING
                   for c in sentence.children(head.i))
    return True


def pronoun_tokens(sentence: ParsedSentence, covered: set[int]) -> list[Token]:
    words = PERSON_PRONOUNS | IT_PRONOUNS | THEY_PRONOUNS | WE_PRONOUNS
    return [t for t in sentence.tokens
            if t.text.lower() in words and t.i not in covered and t.pos in ("PRON", "")]


def find_groups(sentence: ParsedSentence) -> list[tuple[int, int, str, str]]:
    """ "the two sides", "both countries" -> (start, end, "pair", agent code);
    "the other side" -> (start, end, "other", "")."""
    tokens, out = sentence.tokens, []
    for t in tokens:
        words = [x.text.lower() for x in tokens[t.i:t.i + 3]]
        if words[:2] in (["the", "two"], ["the", "2"]) and words[2:3] and words[2] in PAIR_NOUNS:
            out.append((t.i, t.i + 3, "pair", PAIR_NOUNS[words[2]]))
        elif words[:1] == ["both"] and len(words) > 1 and words[1] in PAIR_NOUNS:
            out.append((t.i, t.i + 2, "pair", PAIR_NOUNS[words[1]]))
        elif words[:2] == ["the", "other"] and len(words) > 2 and words[2] in OTHER_NOUNS:
            out.append((t.i, t.i + 3, "other", ""))
        elif words[:1] == ["the"] and (end := _described_pair(tokens, t.i)):
            out.append((t.i, end, "pair", ""))
    return out


# Nouns that by themselves relate two parties: 'the nuclear-armed neighbours' are a pair.
RELATIONAL_NOUNS = frozenset({"neighbours", "neighbors", "rivals", "foes", "adversaries",
                              "arch-rivals", "enemies"})


def _described_pair(tokens, start: int) -> int | None:
    """'the [nuclear-armed] neighbours', 'the (old) foes': the end of a description of two
    parties by a relational noun, its modifiers between ("the country's neighbours" and
    "the two neighbours" are not this)."""
    for end in range(start + 2, min(start + 6, len(tokens) + 1)):
        noun = tokens[end - 1]
        if noun.text.lower() in RELATIONAL_NOUNS:
            between = tokens[start + 1:end - 1]
            if all(b.dep in ("amod", "punct", "advmod", "npadvmod", "compound")
                               and b.tag not in ("POS", "CD") for b in between):
                return end
            return None
    return None


def last_countries(candidates: list[Found], n: int = 2) -> list[str]:
    seen: list[str] = []
    for found in candidates:
        country = None if found.place else usable_country(found)
        if country and country not in seen:
            seen.append(country)
        if len(seen) == n:
            break
    return seen


def resolve_pair(start: int, end: int, agent: str, candidates: list[Found],
                 modifiers: set[int] = frozenset(), counts: Counter | None = None) -> list[Found]:
    """'the two governments': the last two countries named as parties ('Shmyhal thanked
    Japan'), before those only describing something ('Russian missile strikes'); of the
    last three so named, the two the article names most ('the two countries' after a
    third country's comment is still the story's pair)."""
    parties = [f for f in candidates if id(f) not in modifiers]
    countries = _most_named(last_countries(parties, 3), counts)
    if len(countries) < 2:
        countries = last_countries(candidates)
    if len(countries) < 2:
        return []
    return [Found(start, end, compose(c, agent) if agent else c, "description", plural=True)
            for c in countries]


def _most_named(countries: list[str], counts: Counter | None) -> list[str]:
    """The two of ``countries`` (latest first) named most often; the latest on ties."""
    if len(countries) <= 2 or not counts:
        return countries[:2]
    ranked = sorted(countries, key=lambda c: -counts[c])  # stable: latest first on ties
    return [c for c in countries if c in ranked[:2]]


def resolve_other(start: int, end: int, subject: Found | None,
                  candidates: list[Found]) -> list[Found]:
    mine = usable_country(subject) if subject else None
    if mine is None:
        return []
    others = [c for c in last_countries(candidates, 3) if c != mine]
    return [Found(start, end, others[0], "description")] if others else []


def wants_description(sentence: ParsedSentence, span: tuple[int, int], agent_key: str,
                      plural: bool) -> bool:
    """ "the president", "the foreign minister": a singular title after "the", not
    followed by "of" ("the president of Armenia")."""
    start, end = span
    if plural or start == 0 or sentence.tokens[start - 1].text.lower() != "the":
        return False
    if end < len(sentence.tokens) and sentence.tokens[end].text.lower() == "of":
        return False
    return agent_key.split(" ")[-1] in TITLE_WORDS


def describe(start: int, end: int, agent_code: str, candidates: list[Found]) -> Found | None:
    sector = sector_of(bare(agent_code))
    found = nearest(candidates, lambda f: f.person and sector_of(f.code) == sector) \
        or nearest(candidates, lambda f: f.person and country_of(f.code) is not None)
    return Found(start, end, found.code, "description", person=True) if found else None


def context_code(agent_code: str, sources: list[list[Found] | str | None]) -> str:
    """A bare role noun's code: the first country the ``sources`` give (lists of
    mentions, or a country code), else the bare role."""
    for source in sources:
        country = source if isinstance(source, str) or source is None else \
            next((c for f in source if (c := usable_country(f))), None)
        if country:
            return compose(country, agent_code)
    return bare(agent_code)
