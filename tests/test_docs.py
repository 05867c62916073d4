"""The docs keep up with the code: settings, the event record, commands, the public API.

Documentation that is known to be missing is marked ``xfail(strict=True)``: once it is
written the test fails, and the marker must go.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import communique
from communique.config import SETTINGS
from communique.export import NESTED, RECORD_FIELDS, event_record
from communique.model import Actor, Event, Evidence, Place, Quote

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EVENTS_DOC = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
DOCS = "\n".join([README] + [p.read_text(encoding="utf-8")
                              for p in sorted((ROOT / "docs").rglob("*.md"))])
UNDOCUMENTED: set[str] = set()
MISSING_LINKS: set[str] = set()


def _documented(name: str) -> bool:
    """Named in backticks, as a CLI flag or as its COMMUNIQUE_ environment variable."""
    return (f"`{name}`" in DOCS or f"--{name.replace('_', '-')}" in DOCS
            or f"COMMUNIQUE_{name.upper()}" in DOCS)


@pytest.mark.parametrize("name", [
    pytest.param(s.name, marks=pytest.mark.xfail(
        strict=True, reason=f"setting {s.name} is not documented yet"))
    if s.name in UNDOCUMENTED else s.name
    for s in SETTINGS])
def test_docs_every_setting_is_documented(name):
    assert _documented(name), f"document setting {name!r} in README.md or docs/"


def _event() -> Event:
    actor = Actor(text="Russia", code="RUSGOV", country="RUS", sector="GOV")
    return Event(event_id="e1", article_id="a1", date=dt.date(2021, 6, 13),
                 date_precision="day", source=actor, target=actor, cameo="0313",
                 cameo_name="name", plover="COOPERATE", quad_class=1, goldstein=5.2,
                 modality="conditional", location=Place(name="Geneva", country="CHE"),
                 evidence=Evidence(sentence="Russia would.", start=0, end=13),
                 quote=Quote(text="x", speaker="RUSGOV"))


def _table_fields() -> list[str]:
    """Field names in the order docs/events.md's table lists them."""
    rows = [line for line in EVENTS_DOC.splitlines() if line.startswith("| `")]
    return [name for row in rows for name in re.findall(r"`(\w+)`", row.split("|")[1])]


def test_docs_event_record_fields_documented_in_order():
    assert list(event_record(_event())) == list(RECORD_FIELDS)
    assert _table_fields() == list(RECORD_FIELDS)


@pytest.mark.parametrize("field", NESTED)
def test_docs_event_record_nested_keys_documented(field):
    row = next(line for line in EVENTS_DOC.splitlines()
               if line.startswith("| `") and f"`{field}`" in line.split("|")[1])
    record = event_record(_event())[field]
    assert [key for key in NESTED[field] if f'"{key}"' not in row] == []
    assert list(record) == list(NESTED[field])


def test_docs_readme_commands_are_make_targets():
    commands = re.findall(r"^make (\w+)", README, re.M)
    assert commands == ["demo", "test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in commands:
        assert re.search(rf"^{target}\s*:", makefile, re.M), f"no `{target}` target"


@pytest.mark.parametrize("link", [
    pytest.param(link, marks=pytest.mark.xfail(strict=True, reason=f"{link} not written yet"))
    if link in MISSING_LINKS else link
    for link in re.findall(r"\]\(([^)#:]+)\)", README)])
def test_docs_readme_links_exist(link):
    assert (ROOT / link).exists(), f"README links to missing {link}"


def test_docs_public_api_names_exist():
    assert len(communique.__all__) == len(set(communique.__all__))
    missing = [name for name in communique.__all__ if not hasattr(communique, name)]
    assert missing == []
