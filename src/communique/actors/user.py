"""Actors of the user's own: a CSV dictionary merged with the shipped one.

The file has a header and the columns ``name,code,start,end``, optionally ``aliases``
(other names, separated by ``;``) and ``kind`` (``person``, the default, or ``org``,
``country``, ``capital``). ``start`` and ``end`` are ISO dates or empty (open); the code
is a CAMEO actor code (``RUSGOV``, ``IGOEUREEC``, ``USAMIL``). A name the shipped
dictionary also holds takes the user's codes instead. Where the file lives:
``COMMUNIQUE_ACTORS_FILE`` (setting ``actors_file``), else ``actors.csv`` in the user's
data directory (``~/.local/share/communique`` on Linux); ``communique actors add`` writes
there.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from pathlib import Path

from ..errors import DictionaryError
from .tables import _CODE, NameEntry, Rule
from .text import key

COLUMNS = ("name", "aliases", "code", "kind", "start", "end")
KINDS = ("person", "org", "country", "capital")


def user_file(setting: str = "") -> Path:
    """The user dictionary's path: the setting, else the user data directory's."""
    if setting:
        return Path(setting).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("communique", appauthor=False)) / "actors.csv"


def read_rows(path: Path) -> list[dict[str, str]]:
    """The file's rows, checked; DictionaryError names the file and line of a bad one."""
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = {"name", "code", "start", "end"} - set(reader.fieldnames or ())
            if missing:
                raise DictionaryError(f"missing column(s) {', '.join(sorted(missing))} "
                                      "(expected name,code,start,end[,aliases,kind])", str(path))
            return [_checked(row, str(path), number) for number, row in enumerate(reader, 2)]
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"cannot read: {exc}", str(path)) from None


def _checked(row: dict[str, str | None], path: str, line: int) -> dict[str, str]:
    clean = {c: (row.get(c) or "").strip() for c in COLUMNS}
    clean["code"] = clean["code"].upper()
    clean["kind"] = clean["kind"].lower() or "person"
    problems = []
    if not key(clean["name"]):
        problems.append("empty name")
    if not _CODE.match(clean["code"]):
        problems.append(f"{clean['code']!r} is not a CAMEO actor code (like RUSGOV)")
    if clean["kind"] not in KINDS:
        problems.append(f"kind {clean['kind']!r} is not one of {', '.join(KINDS)}")
    for name in ("start", "end"):
        if clean[name] and not _is_date(clean[name]):
            problems.append(f"{name} {clean[name]!r} is not a YYYY-MM-DD date")
    if not problems and clean["start"] and clean["end"] and clean["start"] > clean["end"]:
        problems.append("start is after end")
    if problems:
        raise DictionaryError("; ".join(problems), path, line)
    return clean


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
        return len(value) == 10
    except ValueError:
        return False


def entries(path: Path) -> dict[str, NameEntry]:
    """The file's names (aliases included) as dictionary entries."""
    found: dict[str, NameEntry] = {}
    for number, row in enumerate(read_rows(path), 2):
        rule = Rule(row["code"], row["start"], row["end"])
        for name in [row["name"], *row["aliases"].split(";")]:
            k = key(name)
            if k:
                old = found.get(k)
                rules = (old.rules if old else ()) + (rule,)
                found[k] = NameEntry(k, False, row["kind"], rules, f"user:{path}:{number}")
    return found


def add(source: Path, destination: Path) -> int:
    """Check ``source`` and merge its rows into ``destination`` (written atomically);
    return how many rows were new."""
    new = read_rows(source)
    old = read_rows(destination) if destination.exists() else []
    seen = {_identity(row) for row in old}
    added = [row for row in new if _identity(row) not in seen and not seen.add(_identity(row))]
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile("w", delete=False, dir=destination.parent,
                                         suffix=".tmp", newline="", encoding="utf-8")
    with handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(old + added)
    os.replace(handle.name, destination)
    return len(added)


def _identity(row: dict[str, str]) -> tuple[str, ...]:
    return (key(row["name"]), row["code"], row["start"], row["end"])
