"""PLOVER records in the style of POLECAT: one JSON object per story event.

Fields: ``id``, ``date``, ``date_precision``, ``actor`` and ``recipient`` (``{"name",
"code", "country", "sector"}`` or null), ``event`` (one of the 16 PLOVER 2021
categories), ``mode`` and ``context`` (PLOVER's, from the CAMEO→PLOVER table of the
event's CAMEO code; null where PLOVER has none or the category is not the table's), ``modality`` (communique's: asserted,
planned ...), ``cameo``, ``quad_class``, ``goldstein``, ``location`` (``{"name",
"country", "lat", "lon"}`` or null), ``text`` (the evidence sentence), ``quote``,
``article_id``, ``url``, ``num_articles``, ``num_sources``, ``confidence``.
"""

from __future__ import annotations

from typing import Any

from ..events import lookup


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One story event (a flat row of ``Events.story_rows``) as a PLOVER record."""
    code = lookup(row["cameo"])
    return {
        "id": row["event_id"], "date": row["date"].isoformat(),
        "date_precision": row["date_precision"],
        "actor": _actor(row, "source"), "recipient": _actor(row, "target"),
        "event": row["plover"], "mode": _mode(row["plover"], code),
        "context": code.context or None, "modality": row["modality"],
        "cameo": row["cameo"], "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "location": None if not row["location_name"] else {
            "name": row["location_name"], "country": row["location_country"],
            "lat": row["location_lat"], "lon": row["location_lon"]},
        "text": row["evidence_sentence"],
        "quote": None if not row["quote_text"] else {"text": row["quote_text"],
                                                      "speaker": row["quote_speaker"]},
        "article_id": row["article_id"], "url": row.get("article_url"),
        "num_articles": row["num_articles"], "num_sources": row["num_sources"],
        "confidence": row["confidence"],
    }


def _mode(category: str | None, code) -> str | None:
    """The table's mode, unless the event's category is not the table's (an announced
    retreat is CONCEDE, which has no modes)."""
    return (code.plover_mode or None) if category == code.plover else None


def _actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    if not row[f"{side}_code"]:
        return None
    return {"name": row[f"{side}_text"], "code": row[f"{side}_code"],
            "country": row[f"{side}_country"], "sector": row[f"{side}_sector"]}
