"""ActorCoder: the actor stage's one public entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from ..model import Mention, ParsedSentence
from . import context as ctx
from .codes import make_actor
from .compose import LOCATIVE_PREPS, Found, Named, is_former, merge_agents
from .match import Hit, View, agent_ok, make_view, name_ok, scan
from .resolve import code_on
from .settle import Pending, known_people, settle
from .tables import Tables, default_data_dir, load_tables

SUBJECT_DEPS = ("nsubj", "nsubjpass")


class ActorCoder:
    """Finds actor mentions in parsed sentences and codes them for a date.

    ``ActorCoder(data_dir=None)`` reads ``actors.tsv``, ``agents.tsv`` and, when
    present, ``leaders.csv`` from ``data_dir`` (default: the package's data). The
    tables are read once per directory and shared by every coder built on it.
    """

    def __init__(self, data_dir: str | Path | None = None) -> None:
        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        self.tables: Tables = load_tables(str(folder.resolve()))

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
        blocked = {i for n in names for i in range(n.start, n.end)}
        blocked |= {i for g in groups for i in range(g[0], g[1])}
        agents = self._agents(sentence, view, frozenset(blocked), names)
        fixed, pending = settle(sentence, names, agents)
        fixed += known_people(sentence, fixed, memory)
        covered = {i for f in fixed for i in range(f.start, f.end)}
        pronouns = ctx.pronoun_tokens(sentence, covered)
        pending += [Pending(t.i, t.i + 1, "pronoun") for t in pronouns]
        pending += [Pending(s, e, what, code=code) for s, e, what, code in groups]
        return _resolve_pending(sentence, position, fixed, pending, memory)

    def _names(self, sentence: ParsedSentence, view: View, day: str) -> list[Named]:
        tables = self.tables
        hits = scan(view, len(sentence.tokens), tables.names, tables.name_reach,
                    lambda hit: name_ok(sentence, hit, view.caps, tables.names))
        return [Named(h.start, h.end, h.entry.kind, code_on(h.entry, day) or "") for h in hits]

    def _agents(self, sentence: ParsedSentence, view: View, blocked: frozenset[int],
                names: list[Named]) -> list[Hit]:
        tables = self.tables
        named = frozenset(i for n in names for i in range(n.start, n.end))
        hits = scan(view, len(sentence.tokens), tables.agents, tables.agent_reach,
                    lambda hit: agent_ok(sentence, hit, named), blocked)
        starts = {h.start for h in hits} | {n.start for n in names}
        return merge_agents(sentence, [h for h in hits if not _modifies_noun(sentence, h, starts)])


def _modifies_noun(sentence: ParsedSentence, hit: Hit, starts: set[int]) -> bool:
    """ "police station", "army base": a role noun used as a modifier of another noun."""
    last = sentence.tokens[hit.end - 1]
    if last.dep != "compound" or not hit.end <= last.head < len(sentence.tokens):
        return False
    head = sentence.tokens[last.head]
    return head.pos == "NOUN" and not any(hit.end <= s <= head.i for s in starts)


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
        found = ctx.resolve_pronoun(sentence.tokens[item.start], sentence, candidates)
        return [found] if found else []
    if item.what == "pair":
        return ctx.resolve_pair(item.start, item.end, item.code, candidates)
    if item.what == "other":
        return ctx.resolve_other(item.start, item.end, _subject(sentence, fixed), candidates)
    return [_resolve_agent(sentence, item, before, candidates, fixed, memory)]


def _resolve_agent(sentence: ParsedSentence, item: Pending, before: list[Found],
                   candidates: list[Found], fixed: list[Found], memory: ctx.Memory) -> Found:
    agent = item.agent
    span = (item.start, item.end)
    if item.name is None and ctx.wants_description(sentence, span, agent.key, agent.plural):
        found = ctx.describe(item.start, item.end, agent.code, candidates)
        if found is not None:
            return found
    role = "~ELI" if is_former(sentence, item.start) else agent.code
    code = ctx.context_code(role, _country_sources(sentence, item, before, fixed, memory))
    kind = "title" if item.name else "agent"
    person = item.name is not None or (not agent.plural and bool(
        ctx.TITLE_WORDS.intersection(agent.key.split(" "))))
    return Found(item.start, item.end, code, kind, person, agent.plural, item.name)


def _country_sources(sentence: ParsedSentence, item: Pending, before: list[Found],
                     fixed: list[Found], memory: ctx.Memory) -> list[list[Found] | str | None]:
    """Where a bare role noun may take its country from, best first: a place attached to
    it ("militias in Tripoli"), the sentence's subject, the nearest name before it,
    the article's main country, a place after it, and (unless it names a person) any
    name after it."""
    after = [f for f in fixed if f.start >= item.end]
    subject = _subject(sentence, [f for f in before if f.end <= item.start])
    sources: list[list[Found] | str | None] = [
        [f for f in after if f.place and _attached(sentence, f, item)],
        [subject] if subject else [], before, memory.focus(), [f for f in after if f.place]]
    return sources + ([after] if item.name is None else [])


def _attached(sentence: ParsedSentence, place: Found, item: Pending) -> bool:
    """ "militias in Tripoli": the place is in a locative phrase hanging on the role noun."""
    prep = sentence.tokens[place.end - 1].head
    if not 0 <= prep < len(sentence.tokens):
        return False
    if sentence.tokens[prep].text.lower() not in LOCATIVE_PREPS:
        return False
    return item.start <= sentence.tokens[prep].head < item.end


def _subject(sentence: ParsedSentence, fixed: list[Found]) -> Found | None:
    for found in sorted(fixed, key=lambda f: f.start):
        if any(t.dep in SUBJECT_DEPS for t in sentence.tokens[found.start:found.end]):
            return found
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
