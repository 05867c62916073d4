"""GDELT 2.0 event records: 61 tab-separated columns in GDELT's order, no header.

Column names and order: GDELT 2.0's event codebook (``COLUMNS``, from the shared
GDELT2_EVENT_COLUMNS.txt). What communique fills, and how it differs from GDELT:

- GlobalEventID: the first 15 hex digits of communique's event id as an integer
  (stable across runs, unlike GDELT's sequence numbers).
- Day, MonthYear, Year, FractionDate: the event's date (GDELT: the publication date).
- Actor1/2: Code, Name (upper case), CountryCode, KnownGroupCode (the organisation of an
  IGO/NGO code: ``IGOUNO`` → ``UNO``, ``IGOWSTNAT`` → ``NAT``), Type1Code (the sector: GOV, MIL ...); ethnic and
  religion codes and Type2/3 are empty.
- IsRootEvent: 1 for events of the article's first coded sentence.
- EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
  NumSources, NumArticles as GDELT defines them (the story's copies counted).
- AvgTone: empty (communique does not measure tone).
- Actor1Geo/Actor2Geo: type 0 (none); communique places events, not actors.
- ActionGeo: type 1 (a country: its capital's coordinates, as communique places a
  country) or 4 (a place in it), the place's name (``Paris, FRA``) and country, latitude
  and longitude. The country is ISO 3166 alpha-3, as in every communique
  record; GDELT writes FIPS 10-4 codes here.
- DATEADDED: when the article was coded (YYYYMMDDHHMMSS, UTC); SOURCEURL: its URL, else
  where it was read from.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..places import country_code

COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
GROUP_PREFIXES = ("IGO", "NGO", "MNC")


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One story event (a flat row of ``Events.story_rows``) as GDELT's 61 fields."""
    day: dt.date = row["date"]
    values = {
        "GlobalEventID": int(row["event_id"][:15], 16),
        "Day": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
        "FractionDate": f"{day.year + (day.month * 30 + day.day) / 365:.4f}",  # GDELT's
        **_actor("Actor1", row, "source"), **_actor("Actor2", row, "target"),
        "IsRootEvent": int(bool(row["is_root"])), "EventCode": row["cameo"],
        "EventBaseCode": row["cameo"][:3], "EventRootCode": row["cameo"][:2],
        "QuadClass": row["quad_class"], "GoldsteinScale": row["goldstein"],
        "NumMentions": row["mentions"], "NumSources": row["num_sources"] or 1,
        "NumArticles": row["num_articles"] or 1,
        "Actor1Geo_Type": 0, "Actor2Geo_Type": 0, **_action_geo(row),
        "DATEADDED": row["article_coded_at"].strftime("%Y%m%d%H%M%S")
        if row.get("article_coded_at") else "",
        "SOURCEURL": row.get("article_url") or row.get("article_origin") or row["article_id"],
    }
    return [_cell(values.get(column)) for column in COLUMNS]


def _actor(prefix: str, row: dict[str, Any], side: str) -> dict[str, Any]:
    code = row[f"{side}_code"]
    if not code:
        return {}
    group = code[-3:] if code[:3] in GROUP_PREFIXES else None  # IGOWSTNAT: NAT (NATO)
    return {f"{prefix}Code": code, f"{prefix}Name": (row[f"{side}_text"] or "").upper(),
            f"{prefix}CountryCode": row[f"{side}_country"],
            f"{prefix}KnownGroupCode": group, f"{prefix}Type1Code": row[f"{side}_sector"]}


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    if not row.get("location_name"):
        return {"ActionGeo_Type": 0}
    is_country = country_code(row["location_name"]) == row["location_country"]
    name = row["location_name"]
    if row["location_country"] and not is_country:
        name = f"{name}, {row['location_country']}"
    return {"ActionGeo_Type": 1 if is_country else 4, "ActionGeo_FullName": name,
            "ActionGeo_CountryCode": row["location_country"],
            "ActionGeo_Lat": row["location_lat"], "ActionGeo_Long": row["location_lon"]}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
