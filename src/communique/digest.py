"""An article digest: what the coder kept, dropped and found, and why (``communique digest``).

For each article: the headline, date, outlet and URL; the junk removed with its
reason; the actors found with their codes; the events with their evidence sentence
and the word that expresses them marked; the quotes with their speakers; the places.
``digest_record`` builds a JSON-ready dict; ``to_markdown`` renders it for reading.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .export import event_record
from .model import Article, Event
from .pipeline import Explanation

SNIPPET = 120


def digest_record(article: Article, explained: Explanation) -> dict[str, Any]:
    """The digest of one article as plain data (the ``--format json`` output)."""
    text = article.text
    return {
        "article": {"id": article.id, "title": article.title, "date": _iso(article.date),
                    "outlet": article.outlet, "url": article.url},
        "discarded": explained.discarded,
        "removed": [{"reason": d.reason, "text": _snippet(text[d.start:d.end]),
                     "start": d.start, "end": d.end}
                    for d in (explained.cleaned.dropped if explained.cleaned else ())],
        "sentences": len(explained.sentences),
        "actors": _actors(explained),
        "events": [_event(event, text) for event in explained.events],
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in explained.quotes],
        "places": _places(explained.events),
    }


def _actors(explained: Explanation) -> list[dict[str, Any]]:
    seen: Counter = Counter()
    kinds: dict[tuple[str, str], str] = {}
    for sentence in explained.mentions:
        for mention in sentence:
            key = (mention.actor.text, mention.actor.code)
            seen[key] += 1
            kinds.setdefault(key, mention.kind)
    return [{"text": text, "code": code, "kind": kinds[(text, code)], "mentions": n}
            for (text, code), n in seen.items()]


def _event(event: Event, text: str) -> dict[str, Any]:
    record = event_record(event)
    start, end = event.word
    record["word"] = text[start:end] if end > start else None
    record["marked"] = _marked(event, text)
    return record


def _marked(event: Event, text: str) -> str:
    """The evidence sentence with the event's word in **bold**."""
    start, end = event.word
    sentence = event.evidence
    if not sentence.start <= start < end <= sentence.end:
        return sentence.sentence
    return (text[sentence.start:start] + "**" + text[start:end] + "**"
            + text[end:sentence.end])


def _places(events: tuple[Event, ...]) -> list[dict[str, Any]]:
    found: dict[tuple, dict[str, Any]] = {}
    for event in events:
        place = event.location
        if place is not None:
            found.setdefault((place.name, place.country), {
                "name": place.name, "country": place.country, "lat": place.lat,
                "lon": place.lon})
    return list(found.values())


def to_markdown(record: dict[str, Any]) -> str:
    """A readable digest of one article."""
    art = record["article"]
    lines = [f"## {art['title'] or art['id']}", "",
             " · ".join(x for x in (art["date"], art["outlet"], art["url"], art["id"]) if x), ""]
    if record["discarded"]:
        lines += [f"**Not coded:** {record['discarded']}", ""]
    lines += _section("Removed as junk", [f"- {r['reason']}: “{r['text']}”"
                                          for r in record["removed"]])
    lines += _section("Actors", [f"- {a['text']} → `{a['code']}` ({a['kind']}, "
                                 f"{a['mentions']}×)" for a in record["actors"]])
    lines += _section("Events", [_event_lines(e) for e in record["events"]])
    lines += _section("Quotes", [f"- “{q['text']}” — {q['speaker'] or 'unknown speaker'}"
                                 for q in record["quotes"]])
    lines += _section("Places", [f"- {p['name']} ({p['country'] or '?'})"
                                 for p in record["places"]])
    return "\n".join(lines).rstrip() + "\n"


def _section(title: str, items: list[str]) -> list[str]:
    return [f"### {title}", "", *(items or ["- none"]), ""]


def _event_lines(event: dict[str, Any]) -> str:
    source, target = (_who(event[k]) for k in ("source", "target"))
    place = event["location"]["name"] if event["location"] else "-"
    head = (f"- **{event['cameo']}** {event['cameo_name']} ({event['plover'] or '-'}): "
            f"{source} → {target}, {event['modality']}, {event['date']} "
            f"({event['date_precision']}), {place}, confidence {event['confidence']}")
    return head + f"\n  > {event['marked']}"


def _who(actor: dict[str, Any] | None) -> str:
    return "-" if actor is None else f"`{actor['code']}` ({actor['text']})"


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[:SNIPPET - 1] + "…"


def _iso(date: Any) -> str | None:
    return date.isoformat() if date is not None else None
