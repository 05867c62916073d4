"""Consistency checks for the hand-curated office-holder table ``data/leaders.csv``."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

CSV_PATH = Path(__file__).parents[1] / "src/communique/data/leaders.csv"
HEADER = ["name", "aliases", "code", "role", "country", "start", "end"]
ROLES = {
    "head_of_state",
    "head_of_government",
    "vice_president",
    "foreign_minister",
    "defence_minister",
    "secretary_general",
    "eu_official",
    "other",  # army chiefs and armed-group leaders in the news: country + sector code
}
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")


def _load() -> tuple[list[str], list[dict[str, str]]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, rec, strict=True)) for rec in reader]
    return header, rows


HEADER_READ, ROWS = _load()


def _span(row: dict[str, str]) -> tuple[date, date]:
    start = date.fromisoformat(row["start"])
    end = date.fromisoformat(row["end"]) if row["end"] else date.max
    return start, end


def _names(row: dict[str, str]) -> set[str]:
    names = {row["name"].casefold()}
    if row["aliases"]:
        names.update(a.casefold() for a in row["aliases"].split(";"))
    return names


def _holds(person: str, role: str, on: date) -> bool:
    key = person.casefold()
    for row in ROWS:
        if row["role"] != role or key not in _names(row):
            continue
        start, end = _span(row)
        if start <= on <= end:
            return True
    return False


def test_header_exact():
    assert HEADER_READ == HEADER


def test_table_is_substantial():
    assert len(ROWS) >= 700


def test_codes_roles_countries_well_formed():
    for row in ROWS:
        assert CODE_RE.match(row["code"]), row
        assert row["role"] in ROLES, row
        assert COUNTRY_RE.match(row["country"]), row
        assert row["name"].strip() == row["name"] and row["name"], row


def test_codes_match_country():
    for row in ROWS:
        if row["country"] == "IGO":
            assert row["code"].startswith("IGO"), row
        elif row["country"] == "EUR":
            assert row["code"] == "IGOEUREEC", row
        elif row["role"] == "other":
            assert row["code"].startswith(row["country"]) and len(row["code"]) > 3, row
        else:
            assert row["code"] == row["country"] + "GOV", row


def test_dates_parse_and_are_ordered():
    for row in ROWS:
        start = date.fromisoformat(row["start"])
        if row["end"]:
            assert start <= date.fromisoformat(row["end"]), row


def test_aliases_have_no_empty_strings():
    for row in ROWS:
        if row["aliases"]:
            parts = row["aliases"].split(";")
            assert all(p.strip() and p == p.strip() for p in parts), row


def test_no_overlapping_rows_for_same_person_and_role():
    by_key: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for row in ROWS:
        by_key[(row["name"], row["role"])].append(_span(row))
    for key, spans in by_key.items():
        spans.sort()
        for (_, prev_end), (next_start, _) in zip(spans, spans[1:]):
            # Terms may touch (one ends the day the next begins) but not overlap.
            assert next_start >= prev_end, key


def test_no_duplicate_rows():
    seen = set()
    for row in ROWS:
        key = tuple(row[c] for c in HEADER)
        assert key not in seen, row
        seen.add(key)


@pytest.mark.parametrize(
    ("person", "role", "on"),
    [
        ("Putin", "head_of_state", date(2021, 6, 1)),
        ("Putin", "head_of_government", date(2011, 3, 10)),
        ("Biden", "head_of_state", date(2021, 6, 16)),
        ("Zelensky", "head_of_state", date(2023, 1, 1)),
        ("Xi Jinping", "head_of_state", date(2020, 1, 1)),
        ("Medvedev", "head_of_state", date(2010, 1, 1)),
        ("Rishi Sunak", "head_of_government", date(2023, 6, 1)),
        ("Keir Starmer", "head_of_government", date(2025, 1, 1)),
        ("Olaf Scholz", "head_of_government", date(2023, 1, 1)),
        ("Marco Rubio", "foreign_minister", date(2025, 6, 1)),
        ("Oleksii Reznikov", "defence_minister", date(2022, 6, 1)),
        ("Andrei Belousov", "defence_minister", date(2024, 12, 1)),
        ("António Guterres", "secretary_general", date(2020, 1, 1)),
        ("Ursula von der Leyen", "eu_official", date(2022, 1, 1)),
        ("Kagame", "head_of_state", date(2020, 1, 1)),
        ("Tshisekedi", "head_of_state", date(2022, 1, 1)),
        ("Assimi Goita", "head_of_state", date(2022, 1, 1)),
        ("Kais Saied", "head_of_state", date(2023, 1, 1)),
        ("Lee Jae-myung", "head_of_state", date(2025, 9, 1)),
        ("Robert Fico", "head_of_government", date(2024, 6, 1)),
        ("Christopher Luxon", "head_of_government", date(2024, 6, 1)),
    ],
)
def test_spot_facts_hold(person, role, on):
    assert _holds(person, role, on)


@pytest.mark.parametrize(
    ("person", "role", "on"),
    [
        ("Putin", "head_of_state", date(2010, 1, 1)),
        ("Biden", "head_of_state", date(2025, 6, 1)),
        ("Liz Truss", "head_of_government", date(2023, 1, 1)),
        ("Sergei Shoigu", "defence_minister", date(2024, 6, 1)),
    ],
)
def test_spot_facts_do_not_hold(person, role, on):
    assert not _holds(person, role, on)
