"""One sentence's mentions that need no context: names, and names composed with
role nouns and people's names. Role nouns, pronouns and descriptions that need
the rest of the article are returned as ``Pending``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import ParsedSentence, Token
from .codes import compose, country_of, sector_of
from .compose import (Found, Named, is_former, left_modifiers, modifier_code, of_modifier,
                      person_after, person_of, place_use, titled_person,
                      unknown_name_after)
from .context import TITLE_WORDS, Memory
from .match import Hit, entity_span
from .shape import is_plural
from .tables import AgentEntry
from .text import key

MODIFIER_DEPS = ("amod", "compound", "nmod", "")
POSSESSORS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class Pending:
    """A mention whose code depends on what came before it."""

    start: int
    end: int
    what: str  # agent, pronoun, pair, other
    agent: AgentEntry | None = None
    name: tuple[int, int] | None = None  # a person's name after the role noun
    code: str = ""  # the agent code of a pair ("the two governments" -> ~GOV)


class _Spans:
    """Names by start and end token, and what has been used up."""

    def __init__(self, names: list[Named]) -> None:
        self.live = [n for n in names if n.code]
        self.by_end = {n.end: n for n in self.live}
        self.by_start = {n.start: n for n in self.live}
        self.used: set[Named] = set()
        self.tokens: set[int] = set()

    def take(self, items: list[Found] | list[Pending]) -> None:
        for item in items:
            self.tokens.update(range(item.start, item.end))


def settle(sentence: ParsedSentence, names: list[Named],
           agents: list[Hit]) -> tuple[list[Found], list[Pending]]:
    """Compose names with role nouns; what needs the article's context is left pending."""
    spans = _Spans(names)
    fixed: list[Found] = []
    pending: list[Pending] = []
    for group in agents:
        if group.start in spans.tokens:
            continue  # "King" in "Defence Secretary Tom King"
        done, waiting = _compose_group(sentence, group, spans)
        spans.take(done)
        spans.take(waiting)
        fixed += done
        pending += waiting
    fixed += _owned_orgs(sentence, spans)
    for named in spans.live:
        if named not in spans.used and named.start not in spans.tokens:
            found = _name_found(sentence, named, spans)
            spans.take([found])
            fixed.append(found)
    return fixed, pending


def _compose_group(sentence: ParsedSentence, group: Hit, spans: _Spans):
    agent: AgentEntry = group.entry
    mods = left_modifiers(sentence, group.start, spans.by_end,
                          is_plural(sentence, group.end, agent))
    start, end = (min(m.start for m in mods) if mods else group.start), group.end
    owned = group.start > 0 and sentence.tokens[group.start - 1].text.lower() in POSSESSORS
    if not mods and not owned and (of := of_modifier(sentence, end, spans.by_start, True)):
        mods, end = [of], of.end
    after = person_after(sentence, end, spans.by_start)
    if after is None and TITLE_WORDS.intersection(agent.key.split(" ")):
        after = unknown_name_after(sentence, end, spans.by_start)
    name_span = (end, after[0]) if after else None
    stop = after[0] if after else end
    if after and after[1] is None and not mods:
        if (of := of_modifier(sentence, stop, spans.by_start)) is not None:
            mods, stop = [of], of.end  # "President Dos Santos of Angola"
    spans.used.update(mods)
    if after and after[1] is not None:
        spans.used.add(after[1])
    former = is_former(sentence, start) or is_former(sentence, group.start)
    if mods:
        found = _with_modifiers(sentence, mods, agent, (start, stop), name_span, former)
        plural = is_plural(sentence, group.end, agent)
        return [replace(f, plural=plural, person=f.person and not plural) for f in found], []
    code = titled_person(after[1], agent.code, former) if after else None
    if code:
        return [Found(group.start, stop, code, "title", True, False, name_span)], []
    return [], [Pending(group.start, stop, "agent", agent, name_span)]


def _with_modifiers(sentence: ParsedSentence, mods: list[Named], agent: AgentEntry,
                    span: tuple[int, int], name_span, former: bool) -> list[Found]:
    start, end = span
    codes = dict.fromkeys(modifier_code(m, agent.code, former) for m in mods)
    the = start > 0 and sentence.tokens[start - 1].text.lower() == "the"
    kind = "title" if name_span else "description" if the else "agent"
    person = bool(name_span) or bool(TITLE_WORDS.intersection(agent.key.split(" ")))
    return [Found(start, end, c, kind, person and not agent.plural, agent.plural, name_span)
            for c in codes]


def _owned_orgs(sentence: ParsedSentence, spans: _Spans) -> list[Found]:
    """ "South Korea's National Security Council", "the US State Department": a national
    body named with its country's name. The name decides the country, the body the
    role: the dictionary's USAGOV for "National Security Council" becomes KORGOV."""
    out = []
    for named in spans.live:
        if named.kind != "org" or named in spans.used or named.start in spans.tokens:
            continue
        country = country_of(named.code)
        mods = left_modifiers(sentence, named.start, spans.by_end) if country else []
        owners = [m for m in mods if m.kind in ("country", "capital") and m not in spans.used]
        if len(owners) != 1 or sector_of(named.code) not in STATE_ROLES:
            continue
        owner = owners[0]
        spans.used.update((owner, named))
        code = compose(owner.code[:3], "~" + named.code[3:])
        out.append(Found(owner.start, named.end, code, "name"))
        spans.take(out[-1:])
    return out


def _name_found(sentence: ParsedSentence, named: Named, spans: _Spans) -> Found:
    place = named.kind in ("country", "capital", "seat") and place_use(sentence, named)
    if named.kind == "capital":
        code = named.code if place or sector_of(named.code) else compose(named.code, "~GOV")
        return Found(named.start, named.end, code, "metonym", place=place)
    if named.kind == "seat":
        return Found(named.start, named.end, named.code, "metonym", place=place)
    if named.kind == "country":
        return _country_found(sentence, named, spans, place)
    if named.kind == "org":
        return _office_found(sentence, named, spans) \
            or Found(named.start, named.end, named.code, "name", place=place)
    return _person_found(sentence, named, spans)


def _country_found(sentence: ParsedSentence, named: Named, spans: _Spans, place: bool) -> Found:
    people = _adjacent_country(sentence, named, spans)
    if people is not None:
        spans.used.add(people)  # "Bosnian Serbs", "Croatian Serb": the first names the country
        return Found(named.start, people.end, named.code, "name", place=place)
    person = _person_next(sentence, named, spans)
    if person is None:
        return Found(named.start, named.end, named.code, "name", place=place)
    spans.used.add(person)  # "Russian President Boris Yeltsin", a dictionary name
    code = person.code if country_of(person.code) else compose(named.code, person.code)
    name = (person.start, person.end)
    return Found(named.start, person.end, code, "name", True, False, name)


def _office_found(sentence: ParsedSentence, named: Named, spans: _Spans) -> Found | None:
    """ "US Vice President Mike Pence", "UN Secretary-General Kofi Annan": an office in
    the dictionary, then a name."""
    if not (sector_of(named.code) and country_of(named.code)) \
            and not _international_office(sentence, named):
        return None
    after = person_after(sentence, named.end, spans.by_start)
    if after is None:
        return None
    if after[1] is not None:
        spans.used.add(after[1])
    return Found(named.start, after[0], named.code, "title", True, False, (named.end, after[0]))


def _international_office(sentence: ParsedSentence, named: Named) -> bool:
    """ "UN Secretary-General", "NATO Secretary General": an office of an international
    body, which it names with a title word."""
    words = (t.text.upper() for t in sentence.tokens[named.start:named.end])
    return named.code.startswith("IGO") and bool(TITLE_WORDS.intersection(words))


def _person_found(sentence: ParsedSentence, named: Named, spans: _Spans) -> Found:
    span = (named.start, named.end)
    where = person_of(sentence, named, spans.by_start)
    if where is None:
        return Found(*span, named.code, "name", True, False, span)
    spans.used.add(where[0])  # "King Hassan of Morocco"
    return Found(named.start, where[0].end, where[1], "name", True, False, span)


def _adjacent_country(sentence: ParsedSentence, named: Named, spans: _Spans) -> Named | None:
    follower = spans.by_start.get(named.end)
    if follower is None or follower.kind != "country" or follower in spans.used:
        return None
    return follower if sentence.tokens[named.end - 1].dep in MODIFIER_DEPS else None


def _person_next(sentence: ParsedSentence, named: Named, spans: _Spans) -> Named | None:
    person = spans.by_start.get(named.end)
    if person is None or person.kind != "person" or person in spans.used:
        return None
    return person if sentence.tokens[named.end - 1].dep in MODIFIER_DEPS else None


def known_people(sentence: ParsedSentence, fixed: list[Found], memory: Memory) -> list[Found]:
    """People named earlier ("Le Drian" after "French foreign minister Jean-Yves Le Drian"),
    and people in apposition to a title ("Sergei Lavrov, Russia's foreign minister,")."""
    covered = {i for f in fixed for i in range(f.start, f.end)}
    out = []
    spans = _person_entities(sentence, covered)
    for span in spans + _surnames_met(sentence, covered, spans, memory):
        code = _remembered(sentence, span, memory) or _apposed(sentence, span, fixed)
        if code:
            out.append(Found(span[0], span[1], code, "name", True, False, span))
    return out


def _person_entities(sentence: ParsedSentence, covered: set[int]) -> list[tuple[int, int]]:
    """Names that may be people: spaCy's PERSON entities or, when the entity recogniser
    is left out (the default), runs of proper nouns ('Odinga', 'Kenzo Oshima')."""
    spans = []
    for token in sentence.tokens:
        if token.ent_type == "PERSON" and token.ent_iob == "B":
            span = entity_span(sentence, token.i)
        elif _propn_run_start(sentence, token):
            span = _propn_run(sentence, token.i)
        else:
            continue
        if span and not covered.intersection(range(*span)):
            spans.append(span)
    return spans


def _surnames_met(sentence: ParsedSentence, covered: set[int], spans: list[tuple[int, int]],
                  memory: Memory) -> list[tuple[int, int]]:
    """A capitalised word the tagger took for a common noun ('Morales, who has governed
    since 2006, ...') that is the name of a person met earlier in the article."""
    taken = covered.union(*(range(*s) for s in spans))
    return [(t.i, t.i + 1) for t in sentence.tokens
            if t.i not in taken and t.pos == "NOUN" and not t.ent_type
            and t.text[:1].isupper() and key(t.text) in memory.people]


def _propn_run_start(sentence: ParsedSentence, token: Token) -> bool:
    if token.ent_type or token.pos != "PROPN" or not token.text[:1].isupper():
        return False
    return token.i == 0 or sentence.tokens[token.i - 1].pos != "PROPN"


def _propn_run(sentence: ParsedSentence, start: int) -> tuple[int, int]:
    end = start + 1
    while end < len(sentence.tokens) and sentence.tokens[end].pos == "PROPN" \
            and not sentence.tokens[end].ent_type:
        end += 1
    return start, end


def _remembered(sentence: ParsedSentence, span: tuple[int, int], memory: Memory) -> str | None:
    words = [t.text for t in sentence.tokens[span[0]:span[1]] if t.text[:1].isalpha()]
    if not words:
        return None
    return memory.people.get(key(" ".join(words))) or memory.people.get(key(words[-1]))


def _apposed(sentence: ParsedSentence, span: tuple[int, int], fixed: list[Found]) -> str | None:
    tokens = sentence.tokens
    for found in fixed:
        if found.kind not in ("agent", "description") or not found.person:
            continue
        after = span[1] < len(tokens) and tokens[span[1]].text == "," \
            and found.start == span[1] + 1
        before = span[0] > 0 and tokens[span[0] - 1].text == "," and found.end == span[0] - 1
        if after or before:
            return found.code
    return None
