"""What ``communique actors lookup`` says: the dictionary entry a name finds, every rule
it carries and the one that decides on a day; then what the whole coder makes of it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .coder import ActorCoder
from .resolve import code_and_reason
from .text import key
from .user import user_file


def explain_name(name: str, day: dt.date, actors_file: str = "") -> list[str]:
    tables = ActorCoder(user_file=user_file(actors_file)).tables
    k = key(name)
    lines = [f"{name!r} is looked up as {k!r}"]
    entry = tables.names.get(k)
    agent = tables.agents.get(k)
    if entry is None and agent is None:
        return lines + ["  not in the dictionary (names, agents): the coder may still "
                        "resolve it from a title, a country word or the sentence (below)"]
    if entry is not None:
        lines.append(f"  dictionary: a {entry.kind}, from {_source(entry.record)}")
        lines += [f"    {r.code:<12} {r.start or '…'} to {r.end or '…'}" for r in entry.rules]
        lines += [f"    {r.code:<12} {r.start or '…'} to {r.end or '…'}  (leaders.csv)"
                  for r in entry.leader]
        code, reason = code_and_reason(entry, day.isoformat())
        lines.append(f"  on {day.isoformat()}: {code or 'no code'}, by {reason}")
    if agent is not None:
        lines.append(f"  agents table: {agent.code} ('~' is the country or organisation it "
                     "belongs to, found from the sentence)")
    return lines


def _source(record: str) -> str:
    if record.startswith("user:"):
        return f"your actors file ({record[5:]})"
    if record.startswith("communique:"):
        return f"communique's supplement (scripts/dictionaries, record {record})"
    if record == "leaders.csv":
        return "leaders.csv (office holders 2014-2026)"
    return f"the PETRARCH2 Phoenix dictionaries (record {record})"


def in_a_sentence(name: str, day: dt.date, settings: Any) -> str:
    """How the whole coder codes the name as the subject of 'NAME said.'."""
    from ..model import Article
    from ..pipeline import Coder

    sentence = f"{name} said."
    found = Coder(settings).explain(Article(id="lookup", text=sentence, date=day))
    mentions = [m for ms in found.mentions for m in ms]
    if not mentions:
        return f"  in a sentence ({sentence!r}): no actor found"
    coded = "; ".join(f"{m.actor.text!r} → {m.actor.code} ({m.kind})" for m in mentions)
    return f"  in a sentence ({sentence!r}): {coded}"
