"""ActorCoder: the actor stage's one public entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from ..model import Mention, ParsedSentence
from . import context as ctx
from . import refer
from .codes import bare, compose, make_actor
from .ethnic import settle_minorities
from .compose import BACKING, HYPHENS, LOCATIVE_PREPS, Found, Named, is_former, merge_agents
from .match import Hit, View, agent_ok, longest_at, make_view, name_ok, scan
from .resolve import code_on, expired
from .settle import Pending, known_people, settle
from .shape import is_plural, standing
from .tables import AgentEntry, Tables, default_data_dir, load_tables

SUBJECT_DEPS = ("nsubj", "nsubjpass")
UNOWNED_NOUNS = frozenset({"GROUP", "GROUPS", "ORGANISATION", "ORGANISATIONS", "ORGANIZATION",
                           "ORGANIZATIONS", "WATCHDOG", "WATCHDOGS"})
OUTSIDERS = frozenset({"western", "foreign", "international", "overseas", "outside"})
CIVIL_ROLES = frozenset({"CVL", "PPL", "REF", "AGR", "EDU", "LAB"})
# Those an attack or a crackdown falls on: of the place where it happened, not of the
# attacker ('Israeli troops fired on protesters in Jenin', 'struck a hospital in Kharkiv').
VICTIM_ROLES = CIVIL_ROLES | {"HLH", "OPP"}
DIPLOMATIC = frozenset({"DIPLOMAT", "DIPLOMATS", "EMBASSY", "EMBASSIES", "AMBASSADOR",
                        "AMBASSADORS", "ENVOY", "ENVOYS", "CONSULATE", "CONSULATES", "CONSUL"})


class ActorCoder:
    """Finds actor mentions in parsed sentences and codes them for a date.

    ``ActorCoder(data_dir=None, user_file=None)`` reads ``actors.tsv``, ``agents.tsv``
    and, when present, ``leaders.csv`` from ``data_dir`` (default: the package's data),
    and the user's dictionary ``user_file`` when it exists (``actors.user``). The tables
    are read once per directory and file, and shared by every coder built on them.
    """

    def __init__(self, data_dir: str | Path | None = None,
                 user_file: str | Path | None = None) -> None:
        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        user = Path(user_file) if user_file else None
        stamp = user.stat().st_mtime if user is not None and user.is_file() else None
        self.tables: Tables = load_tables(str(folder.resolve()),
                                          str(user) if stamp is not None else "", stamp or 0.0)

    def code_article(self, sentences: Sequence[ParsedSentence],
                     on: dt.date) -> tuple[tuple[Mention, ...], ...]:
        """Each sentence's actor mentions, with codes valid on ``on`` (the article's date).

        Sentences must be in article order: pronouns, "the president" or a bare
        "police" are resolved against the sentences before them.
        """
        memory = ctx.Memory()
        day = on.isoformat()
        out = []
        for position, sentence in enumerate(sentences):
            founds = self._code_sentence(sentence, position, day, memory) \
                if sentence.tokens else []
            memory.add(position, sentence, founds)
            out.append(tuple(_mention(sentence, f) for f in founds))
        return tuple(out)

    def _code_sentence(self, sentence: ParsedSentence, position: int, day: str,
                       memory: ctx.Memory) -> list[Found]:
        view = make_view(sentence)
        names = self._names(sentence, view, day)
        groups = ctx.find_groups(sentence)
        groups += [(s, e, "group", "") for s, e in refer.group_phrases(sentence)]
        groups += [(s, e, "body", "") for s, e in refer.body_phrases(sentence)]
        groups += [(s, e, "country", "") for s, e in refer.country_phrases(sentence)]
        blocked = {i for n in names for i in range(n.start, n.end)}
        blocked |= {i for g in groups for i in range(g[0], g[1])}
        agents = self._agents(sentence, view, frozenset(blocked), names)
        fixed, pending = settle(sentence, names, agents)
        fixed += known_people(sentence, fixed, memory)
        covered = {i for f in fixed for i in range(f.start, f.end)}
        pronouns = ctx.pronoun_tokens(sentence, covered)
        pending += [Pending(t.i, t.i + 1, "pronoun") for t in pronouns]
        pending += [Pending(s, e, what, code=code) for s, e, what, code in groups]
        found = _resolve_pending(sentence, position, fixed, pending, memory)
        found = [f for f in found if not _backer_only(sentence, f)]
        return _titled_by_apposition(sentence, settle_minorities(sentence, found))

    def _names(self, sentence: ParsedSentence, view: View, day: str) -> list[Named]:
        tables = self.tables
        hits = scan(view, len(sentence.tokens), tables.names, tables.name_reach,
                    lambda hit: name_ok(sentence, hit, view.caps, tables.names)
                    and not expired(hit.entry, day))
        named = [Named(h.start, h.end, h.entry.kind, code_on(h.entry, day) or "") for h in hits]
        return [self._titled(view, n, len(sentence.tokens)) for n in named]

    def _titled(self, view: View, named: Named, n_tokens: int) -> Named:
        """A person the dictionary knows only by country on this date, named with a title
        ("Secretary of State Warren Christopher" out of office): the title gives the role."""
        if named.kind != "person" or len(named.code) != 3:
            return named
        tables = self.tables
        title = longest_at(view, named.start, tables.agents, tables.agent_reach,
                           lambda hit: hit.end < named.end, frozenset())
        if title is None or not title.entry.code.startswith("~"):
            return named
        return replace(named, code=compose(named.code, title.entry.code))

    def _agents(self, sentence: ParsedSentence, view: View, blocked: frozenset[int],
                names: list[Named]) -> list[Hit]:
        tables = self.tables
        named = frozenset(i for n in names for i in range(n.start, n.end))
        hits = scan(view, len(sentence.tokens), tables.agents, tables.agent_reach,
                    lambda hit: agent_ok(sentence, hit, named), blocked)
        starts = {h.start for h in hits} | {n.start for n in names}
        return merge_agents(sentence, standing(sentence, hits, starts))


def _titled_by_apposition(sentence: ParsedSentence, found: list[Found]) -> list[Found]:
    """ "Kenzo Oshima, the United Nations Emergency Relief Coordinator, ...": a person the
    dictionary knows only by nationality takes the role of the title set beside him."""
    tokens, out = sentence.tokens, []
    for item in found:
        appos = next((t for t in tokens if t.dep == "appos"
                      and item.start <= t.head < item.end), None)  # '..., the UN [coordinator]'
        title = next((f for f in found if f.start == item.end + 1 and len(f.code) > 3
                      and tokens[item.end].text == "," and appos is not None
                      and f.start <= appos.i), None)
        bare = item.kind == "name" and item.person and len(item.code) == 3
        out.append(replace(item, code=title.code) if bare and title else item)
    return out


def _resolve_pending(sentence: ParsedSentence, position: int, fixed: list[Found],
                     pending: list[Pending], memory: ctx.Memory) -> list[Found]:
    done = list(fixed)
    for item in sorted(pending, key=lambda p: p.start):
        before = sorted((f for f in done if f.start < item.start), key=lambda f: -f.start)
        candidates = memory.recent(position, before)
        done += _resolve(sentence, item, before, candidates, fixed, memory)
    return sorted(done, key=lambda f: (f.start, f.end))


def _resolve(sentence, item: Pending, before, candidates, fixed, memory) -> list[Found]:
    if item.what == "pronoun":
        speakers = before + [f for f in fixed if f.start > item.start]  # '"We ...," X said'
        found = ctx.resolve_pronoun(sentence.tokens[item.start], sentence, candidates, before,
                                    speakers)
        return [found] if found else []
    if item.what == "pair":
        own = _clause_subject_country(sentence, item, fixed)
        return ctx.resolve_pair(item.start, item.end, item.code,
                                [c for c in candidates if own is None
                                 or ctx.usable_country(c) != own], memory.modifiers,
                                memory.counts())
    if item.what == "other":
        return ctx.resolve_other(item.start, item.end, _subject(sentence, fixed), candidates)
    if item.what == "group":
        spokesman = refer.speaker(sentence.tokens[item.end - 1], sentence, before,
                                  refer.groupish_code)
        if spokesman is not None:  # 'Houthi spokesman Yahya Saree said [the group] had
            return [Found(item.start, item.end, spokesman.code, "description")]  # fired'
        return refer.group_antecedent(item.start, item.end, candidates)
    if item.what == "body":
        return refer.body_antecedent(item.start, item.end, candidates)
    if item.what == "country":
        left = _country_left(sentence, item, fixed)
        if left is not None:
            return [Found(item.start, item.end, left, "description")]
        return refer.country_antecedent(item.start, item.end, candidates,
                                        _clause_subject_country(sentence, item, fixed))
    return [_resolve_agent(sentence, item, before, candidates, fixed, memory)]


def _resolve_agent(sentence: ParsedSentence, item: Pending, before: list[Found],
                   candidates: list[Found], fixed: list[Found], memory: ctx.Memory) -> Found:
    agent = item.agent
    plural = is_plural(sentence, item.end, agent)
    found = _described(sentence, item, plural, candidates)
    if found is not None:
        return found
    role = "~ELI" if is_former(sentence, item.start) else agent.code
    code = ctx.context_code(role, _country_sources(sentence, item, before, fixed, memory))
    if code == bare(role) and _unowned(agent):
        code = "NGO" + code  # "human rights groups" with no country: NGOHRI
    kind = "title" if item.name else "agent"
    person = item.name is not None or (not plural and bool(
        ctx.TITLE_WORDS.intersection(agent.key.split(" "))))
    return Found(item.start, item.end, code, kind, person, plural, item.name)


def _described(sentence: ParsedSentence, item: Pending, plural: bool,
               candidates: list[Found]) -> Found | None:
    """ "the president" (the latest person in government), "the militants" (the latest
    armed group)."""
    agent = item.agent
    if item.name is not None:
        return None
    if refer.definite(sentence, item.start) and bare(agent.code) == "JUD" and (
            court := refer.same_court(item.start, item.end, candidates)):
        return court  # 'the court', 'the Strasbourg-based court': the court named before
    if agent.key.split(" ")[-1].lower() in refer.MINISTRY_NOUNS and item.start > 0 \
            and sentence.tokens[item.start - 1].text.lower() == "the" and (
            ministry := refer.same_ministry(item.start, item.end, candidates)):
        return ministry  # 'The ministry accused India's ...': the ministry named before
    if ctx.wants_description(sentence, (item.start, item.end), agent.key, agent.plural):
        return ctx.describe(item.start, item.end, agent.code, candidates)
    if refer.definite(sentence, item.start):
        return refer.same_group(item.start, item.end, bare(agent.code), plural, candidates)
    return None


def _unowned(agent: AgentEntry) -> bool:
    """Human-rights groups belong to no country unless one is named with them."""
    return bare(agent.code) == "HRI" and agent.key.split(" ")[-1] in UNOWNED_NOUNS


def _country_sources(sentence: ParsedSentence, item: Pending, before: list[Found],
                     fixed: list[Found], memory: ctx.Memory) -> list[list[Found] | str | None]:
    """Where a bare role noun may take its country from, best first: a place attached to
    it ("militias in Tripoli"), the sentence's subject, the nearest name before it,
    the article's main country, a place after it, and any name after it. Exceptions: a possessive pronoun decides ("its ambassador");
    those an attack falls on (civilians, protesters, a hospital) take a place in their
    verb's locative phrase, then one before them, first; human-rights groups take only an
    attached place; diplomats take no attached place; "Western governments" and
    speakers closing a sentence that names several parties ("..., diplomats said")
    take nothing."""
    after = [f for f in fixed if f.start >= item.end]
    attached = [f for f in after if f.place and _attached(sentence, f, item)]
    special = _special_sources(sentence, item, before, after, attached)
    if special is not None:
        return special
    if DIPLOMATIC.intersection(item.agent.key.split(" ")):
        attached = []  # "diplomats in Brussels" need not be Belgian
    before = [f for f in before if not _backs(sentence, f, item)]
    earlier = [f for f in before if f.end <= item.start]
    subject = _own_clause_subject(sentence, earlier, item) or _subject(sentence, earlier)
    if subject is not None and not DIPLOMATIC.intersection(item.agent.key.split(" ")):
        subject = _host(sentence, subject, fixed) or subject
    if _between(sentence, item):  # 'Brazil offered to mediate between the government and
        subject, before = None, []  # the opposition': not the mediator's own
    sources: list[list[Found] | str | None] = [
        _coordinated(sentence, earlier, item), attached, [subject] if subject else [], before,
        memory.focus(),
        [f for f in after if f.place]]
    if bare(item.agent.code) in VICTIM_ROLES:  # "struck Gaza, killing 12 people"
        sources.insert(1, [f for f in before if f.place])
        sources.insert(1, [f for f in after if f.place and _on_own_verb(sentence, f, item)])
    envoys = [f for f in after if _diplomatic(sentence, f)]  # 'expelled [the French
    return sources + ([[f for f in after if f not in envoys]]  # ambassador]': a foreigner
                      if not _recognised_name(sentence, item) else [])


def _recognised_name(sentence: ParsedSentence, item: Pending) -> bool:
    """A person's name the entity recogniser tagged after the role noun; a run of proper
    nouns no one tagged ('President Dos Sontas') says nothing of the country."""
    return item.name is not None and bool(sentence.tokens[item.name[0]].ent_type)


def _special_sources(sentence: ParsedSentence, item: Pending, before: list[Found],
                     after: list[Found], attached: list[Found]) -> list[list[Found]] | None:
    owner = [f for f in before if f.kind == "pronoun" and f.end == item.start]
    if owner:
        return [owner]  # "its ambassador"
    if _unowned(item.agent):
        return [attached]
    if refer.unattributed(sentence, (item.start, item.end), before + after):
        return []  # "..., diplomats said" after several countries
    if item.start > 0 and sentence.tokens[item.start - 1].text.lower() in OUTSIDERS:
        return []  # "Western governments", "foreign donors": not the story's country
    if _foreign_body(item.agent) and not _owner_before(sentence, item):
        return []  # "accused foreign intelligence services": other countries'
    return None


# Role nouns that, opening with 'foreign', are other countries' ('foreign embassies'),
# unlike a state's own department ('foreign ministry', 'foreign secretary').
FOREIGN_BODIES = frozenset({"INTELLIGENCE", "EMBASSY", "EMBASSIES", "TERRORIST", "DIPLOMATIC"})


def _foreign_body(agent: AgentEntry) -> bool:
    words = agent.key.split(" ")
    return len(words) > 1 and words[0] == "FOREIGN" and words[1] in FOREIGN_BODIES


def _owner_before(sentence: ParsedSentence, item: Pending) -> bool:
    """'Russia's foreign intelligence service', 'the Russian ...': a country named with it."""
    return item.start > 0 and sentence.tokens[item.start - 1].dep in ("case", "poss", "amod")


def _diplomatic(sentence: ParsedSentence, found: Found) -> bool:
    """ "the French ambassador", "Russian diplomats": envoys serve abroad."""
    return any(t.text.upper() in DIPLOMATIC for t in sentence.tokens[found.start:found.end])


def _host(sentence: ParsedSentence, envoy: Found, fixed: list[Found]) -> Found | None:
    """ "the US ambassador [to Cambodia] urged the authorities ...", "the ambassador [in
    Phnom Penh]": the country an envoy serves in is that of the role nouns around him."""
    tokens = sentence.tokens
    if not any(t.text.upper() in DIPLOMATIC for t in tokens[envoy.start:envoy.end]):
        return None
    return next((f for f in fixed if f.start > 0 and tokens[f.end - 1].dep == "pobj"
                 and tokens[tokens[f.end - 1].head].text.lower() in ("to", "in")
                 and envoy.start <= tokens[tokens[f.end - 1].head].head < envoy.end), None)


def _backer_only(sentence: ParsedSentence, found: Found) -> bool:
    """ "[Iran]-backed militias", "[Rwanda]-backed rebels": a name that only says who
    stands behind the group is no party to what the group does."""
    tokens = sentence.tokens
    return found.kind in ("name", "metonym") and found.end + 1 < len(tokens) \
        and tokens[found.end].text in HYPHENS and tokens[found.end + 1].text.lower() in BACKING \
        and tokens[found.end + 1].text.lower() not in BROKERING


# 'Qatari-[brokered] talks': the broker mediates, a party to the talks (045), unlike a backer.
BROKERING = frozenset({"brokered", "mediated"})


def _backs(sentence: ParsedSentence, found: Found, item: Pending) -> bool:
    """ "Iranian-backed militias": the backer is not the militias' country."""
    tokens = sentence.tokens
    return found.end + 2 == item.start and tokens[found.end].text in HYPHENS \
        and tokens[found.end + 1].text.lower() in BACKING


def _attached(sentence: ParsedSentence, place: Found, item: Pending) -> bool:
    """ "militias in Tripoli": the place is in a locative phrase hanging on the role noun."""
    prep = sentence.tokens[place.end - 1].head
    if not 0 <= prep < len(sentence.tokens):
        return False
    if sentence.tokens[prep].text.lower() not in LOCATIVE_PREPS:
        return False
    holder = sentence.tokens[sentence.tokens[prep].head]
    if holder.dep == "pobj" and sentence.tokens[holder.head].text.lower() == "of":
        holder = sentence.tokens[sentence.tokens[holder.head].head]  # 'the village of
        # Pishchane [in] Ukraine's Kharkiv region'
    return item.start <= holder.i < item.end


def _on_own_verb(sentence: ParsedSentence, place: Found, item: Pending) -> bool:
    """ "killed 20 people [in Gaza]", "fired on civilians [in Gaza]", "sent food to flood
    victims [in Pakistan]": the place is in a locative phrase of the verb that the role
    noun is the object of (or the recipient, the parser's 'dative')."""
    tokens = sentence.tokens
    prep = tokens[place.end - 1].head
    if tokens[prep].text.lower() not in LOCATIVE_PREPS:
        return False
    token = next((t for t in tokens[item.start:item.end]
                  if not item.start <= t.head < item.end), None)
    if token is not None and token.dep == "pobj" and token.head != token.i:
        token = tokens[token.head]  # 'fired [on] civilians': the verb's own preposition
    if token is None or token.dep not in ("dobj", "nsubjpass", "prep", "dative"):
        return False
    return tokens[prep].head == token.head


def _subject(sentence: ParsedSentence, fixed: list[Found]) -> Found | None:
    for found in sorted(fixed, key=lambda f: f.start):
        if any(t.dep in SUBJECT_DEPS for t in sentence.tokens[found.start:found.end]):
            return found
    return None


# Clauses of their own: a subject outside one binds nothing inside it.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"})


def _clause_subject_country(sentence: ParsedSentence, item: Pending,
                            fixed: list[Found]) -> str | None:
    """The country of the subject of the clause whose object is 'the two countries':
    'Syria thanked the two countries' means two others (an object is not its own clause's
    subject), while 'the two countries agreed' or 'said the two countries would' binds
    nothing."""
    tokens = sentence.tokens
    head = next((t for t in tokens[item.start:item.end]
                 if not item.start <= t.head < item.end), None)
    if head is None or head.dep in SUBJECT_DEPS:
        return None
    subject = _subject(sentence, fixed)
    verb = next((t.head for t in tokens[subject.start:subject.end]
                 if t.dep in SUBJECT_DEPS), None) if subject else None
    token = head
    for _ in range(6):
        if token.head == token.i or token.dep in CLAUSE_DEPS:
            return None
        if token.head == verb:
            return ctx.usable_country(subject)
        token = tokens[token.head]
    return None


LEAVING = frozenset({"leave", "quit", "depart"})


def _country_left(sentence: ParsedSentence, item: Pending, fixed: list[Found]) -> str | None:
    """'ordered the French ambassador to leave [the country]': the country one is told to
    leave is the one whose subject gives the order, not the leaver's."""
    tokens = sentence.tokens
    head = tokens[item.end - 1]
    verb = tokens[head.head]
    if head.dep != "dobj" or verb.lemma.lower() not in LEAVING or verb.dep != "xcomp":
        return None
    order = verb.head
    subject = next((f for f in fixed if any(t.dep in SUBJECT_DEPS and t.head == order
                                            for t in tokens[f.start:f.end])), None)
    return ctx.usable_country(subject) if subject is not None else None


def _between(sentence: ParsedSentence, item: Pending) -> bool:
    """The role noun is one of the sides 'between' whom something happens."""
    tokens = sentence.tokens
    token = next((t for t in tokens[item.start:item.end]
                  if not item.start <= t.head < item.end), None)
    for _ in range(4):
        if token is None or token.head == token.i:
            return False
        if token.dep == "pobj":
            return tokens[token.head].lemma.lower() == "between"
        if token.dep != "conj":
            return False
        token = tokens[token.head]
    return False


def _coordinated(sentence: ParsedSentence, fixed: list[Found], item: Pending) -> list[Found]:
    """ "the Colombian government and the ELN [rebels]": the country of the conjunct."""
    tokens = sentence.tokens
    head = next((t for t in tokens[item.start:item.end]
                 if not item.start <= t.head < item.end), None)
    if head is None or head.dep != "conj":
        return []
    return [f for f in fixed if f.start <= head.head < f.end]


def _own_clause_subject(sentence: ParsedSentence, fixed: list[Found],
                        item: Pending) -> Found | None:
    """ "until Caracas frees [political prisoners]": the subject of the role noun's own
    clause, before the sentence's main subject."""
    tokens, token = sentence.tokens, sentence.tokens[item.end - 1]
    for _ in range(8):
        if token.head == token.i:
            return None
        token = tokens[token.head]
        if token.pos in ("VERB", "AUX"):
            return next((f for f in fixed if any(
                t.dep in SUBJECT_DEPS and t.head == token.i for t in tokens[f.start:f.end])),
                None)
    return None


def _mention(sentence: ParsedSentence, found: Found) -> Mention:
    return Mention(start=found.start, end=found.end, kind=found.kind,
                   actor=make_actor(_span_text(sentence, found.start, found.end), found.code))


def _span_text(sentence: ParsedSentence, start: int, end: int) -> str:
    tokens = sentence.tokens[start:end]
    parts = [tokens[0].text]
    for prev, token in zip(tokens, tokens[1:]):
        parts.append(("" if token.start == prev.start + len(prev.text) else " ") + token.text)
    return "".join(parts)
