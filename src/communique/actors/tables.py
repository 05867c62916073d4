"""The packaged actor tables, read once per data directory.

``actors.tsv`` and ``agents.tsv`` are compiled from the PETRARCH2 dictionaries by
``scripts/build_actors.py``; ``leaders.csv`` (office holders since 2014, columns
``name,aliases,code,role,country,start,end``) is read as it is, when present.
A leader's rules attach to every phrase of the dictionary record that shares one
of the leader's names, so ``PRESIDENT PUTIN`` follows ``Vladimir Putin``'s row.
"""

from __future__ import annotations

import csv
import gzip
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping

from ..errors import DictionaryError
from .codes import country_of
from .text import key

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z0-9]{3})*$")


@dataclass(frozen=True, slots=True)
class Rule:
    """A code valid from ``start`` to ``end`` inclusive (ISO dates; "" = open)."""

    code: str
    start: str = ""
    end: str = ""

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def covers(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True, slots=True)
class NameEntry:
    key: str
    stem: bool
    kind: str  # country, capital, person, org
    rules: tuple[Rule, ...]
    record: str = ""
    leader: tuple[Rule, ...] = ()  # from leaders.csv
    leader_country: str | None = None  # the country of the latest national office


@dataclass(frozen=True, slots=True)
class AgentEntry:
    key: str
    code: str  # ~GOV or IGO~
    plural: bool


@dataclass(frozen=True, slots=True)
class Tables:
    names: Mapping[str, NameEntry]
    agents: Mapping[str, AgentEntry]
    name_reach: Mapping[str, int]  # first piece -> longest phrase length in pieces
    agent_reach: Mapping[str, int]


def default_data_dir() -> Path:
    return Path(str(resources.files("communique") / "data"))


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#") or number <= 3 and line.startswith("key\t"):
                continue
            yield number, line.rstrip("\n").split("\t")


def _find(data_dir: Path, name: str) -> Path:
    for candidate in (data_dir / name, data_dir / f"{name}.gz"):
        if candidate.exists():
            return candidate
    raise DictionaryError(f"missing table {name}; run scripts/build_actors.py",
                          str(data_dir / name))


def parse_rules(field: str) -> tuple[Rule, ...]:
    rules = []
    for item in field.split(";"):
        code, _, dates = item.partition(":")
        start, _, end = dates.partition(":")
        rules.append(Rule(code, start, end))
    return tuple(rules)


def read_names(path: Path) -> dict[str, NameEntry]:
    names = {}
    for number, row in _rows(path):
        if len(row) != 5:
            raise DictionaryError("expected 5 tab-separated columns", str(path), number)
        k, match, record, kind, codes = row
        names[k] = NameEntry(k, match == "*", kind, parse_rules(codes), record)
    return names


def read_agents(path: Path) -> dict[str, AgentEntry]:
    agents = {}
    for number, row in _rows(path):
        if len(row) != 3:
            raise DictionaryError("expected 3 tab-separated columns", str(path), number)
        agents[row[0]] = AgentEntry(row[0], row[1], row[2] == "p")
    return agents


def read_leaders(path: Path) -> dict[str, list[Rule]]:
    """leaders.csv as key -> rules; every name and alias is a key."""
    found: dict[str, list[Rule]] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            try:
                rule = Rule(row["code"].strip(), row["start"].strip(), row["end"].strip())
                names = [row["name"], *(row["aliases"] or "").split(";")]
            except (KeyError, AttributeError):
                raise DictionaryError("expected columns name,aliases,code,role,country,start,end",
                                      str(path), number) from None
            if not _CODE.match(rule.code):
                raise DictionaryError(f"bad code {rule.code!r}", str(path), number)
            for k in {key(n) for n in names if n.strip()}:
                found.setdefault(k, []).append(rule)
    return found


def home_country(rules: Iterable[Rule]) -> str | None:
    """The country of a leader's latest national office (IGO posts have none)."""
    national = [r for r in rules if country_of(r.code)]
    return country_of(max(national, key=lambda r: r.start).code) if national else None


def merge_leaders(names: dict[str, NameEntry], leaders: dict[str, list[Rule]]) -> None:
    """Attach leaders' rules to their names, and to the other phrases of the same record.

    A leader name that the dictionary uses for a country or a place is skipped; one it
    files as an organisation (the Phoenix files list Albin Kurti, Bashar al-Assad and Josep
    Borrell so) is the person.
    """
    by_record: dict[str, list[str]] = {}
    for k, entry in names.items():
        by_record.setdefault(entry.record, []).append(k)
    attached: dict[str, dict[Rule, None]] = {}
    for k, rules in sorted(leaders.items()):
        entry = names.get(k)
        if entry is not None and entry.kind not in ("person", "org"):
            continue
        for target in by_record[entry.record] if entry is not None else [k]:
            attached.setdefault(target, {}).update(dict.fromkeys(rules))
    for target, found in attached.items():
        old = names.get(target) or NameEntry(target, False, "person", (), "leaders.csv")
        rules = tuple(sorted(found, key=lambda r: (r.start, r.end, r.code)))
        names[target] = replace(old, kind="person" if old.kind == "org" else old.kind,
                                leader=rules, leader_country=home_country(rules))


def reach(keys: Iterator[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k in keys:
        parts = k.split(" ")
        out[parts[0]] = max(out.get(parts[0], 0), len(parts))
    return out


@cache
def load_tables(data_dir: str, user_file: str = "", user_stamp: float = 0.0) -> Tables:
    """Read the tables in ``data_dir``, and the user's dictionary ``user_file`` if given
    (its names replace the shipped ones); cached per file and modification time."""
    folder = Path(data_dir)
    names = read_names(_find(folder, "actors.tsv"))
    if (folder / "leaders.csv").exists():
        merge_leaders(names, read_leaders(folder / "leaders.csv"))
    if user_file:
        from .user import entries

        names.update(entries(Path(user_file)))
    agents = read_agents(_find(folder, "agents.tsv"))
    return Tables(
        names=MappingProxyType(names),
        agents=MappingProxyType(agents),
        name_reach=MappingProxyType(reach(iter(names))),
        agent_reach=MappingProxyType(reach(iter(agents))),
    )
