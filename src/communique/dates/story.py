"""Dates told by the story around a sentence: a caption's own date, times counted from
the story's last date ('three days later'), and deeds of a past time the text does not
name (:func:`bygone`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..model import EventDate, ParsedSentence, Token
from .expressions import (FULL_MON, N, Found, count_of, event_date, month_number,
                          shift_month, time_expressions)

def caption_date(text: str, published: dt.date) -> EventDate | None:
    """A photo caption's own date ("... in Moscow on March 10, 2011"), explicit dates first."""
    found = [f for f in time_expressions(text, published, False)
             if f.value and (f.kind != "year" or f.text[0].isalpha()
                             or _caption_year(text, f))]
    if not found:
        return None
    explicit = [f for f in found if f.kind in ("iso", "explicit", "month_year")]
    return event_date((explicit or found)[0])


_PHOTO_AFTER = re.compile(r" (?:file )?(?:photo|image|picture|handout)s?\b", re.I)


def _caption_year(text: str, found: Found) -> bool:
    """A bare year that dates a caption: 'A 2019 photo shows ...', '... near Kobani, 2019.'"""
    closes = found.end == len(text) or text[found.end] in ".)"
    return _PHOTO_AFTER.match(text, found.end) is not None \
        or text[max(0, found.start - 2):found.start] == ", " and closes


NARRATIVE = re.compile(
    r"\b(?:" + FULL_MON + r"\s+(?:of\s+)?(?:that|the\s+same)\s+year"
    r"|" + N + r"\s+(?P<unit1>day|week|month|year)s?\s+(?P<dir1>later|earlier|before|after)"
    r"|the\s+(?P<rel>next|following|previous)\s+(?P<unit2>day|week|month|year)"
    r"|(?:that|the\s+same)\s+(?P<same>day|month|year))\b", re.I)
_UNIT_DAYS = {"day": 1, "week": 7}


def narrative_date(text: str, previous: EventDate) -> EventDate | None:
    """'Three days later', 'the next day': a time told relative to the story's last date."""
    match = NARRATIVE.search(text)
    if match is None:
        return None
    if match["mon"]:  # "in August that year"
        month = month_number(match["mon"])
        return EventDate(date=dt.date(previous.date.year, month, 1), precision="month",
                         text=match[0])
    if match["same"]:
        return _same_period(previous, match["same"].lower(), match[0])
    unit = (match["unit1"] or match["unit2"]).lower()
    count = count_of(match["n"]) if match["n"] else 1
    backwards = (match["dir1"] or match["rel"] or "").lower() in ("earlier", "before", "previous")
    count = -count if backwards else count
    if unit in _UNIT_DAYS:  # "three days later" is as precise as the date it counts from
        moved = previous.date + dt.timedelta(days=count * _UNIT_DAYS[unit])
        return _same_period(replace(previous, date=moved), "day", match[0])
    months = count * (12 if unit == "year" else 1)  # "two months later" names the month
    return _same_period(replace(previous, date=shift_month(previous.date, months)),
                        unit, match[0])


def _same_period(previous: EventDate, unit: str, text: str) -> EventDate:
    """'by the end of that year', 'the same day': the story's last date, to that unit."""
    order = ("day", "month", "year")
    precision = max(unit, previous.precision, key=order.index)
    date = previous.date
    if precision == "year":
        date = date.replace(month=1, day=1)
    elif precision == "month":
        date = date.replace(day=1)
    return EventDate(date=date, precision=precision, text=text)


# Times the text says are long past without saying when: 'during his presidency', 'under
# her rule', 'years earlier', 'long ago', 'as a young officer', 'then-Finance Minister',
# and a span of past years the resolver does not date ('during the 2020-2022 war').
_BYGONE = re.compile(
    r"\b(?:during|throughout|under|in) (?:his|her|their) (?:\w+ )?(?:presidency|premiership|"
    r"tenure|rule|reign|time in office|years in (?:power|office)|career|youth|childhood|"
    r"lifetime|term|terms)\b|\b(?:years|decades|centuries|long) (?:earlier|before|ago)\b|"
    r"\bas an? (?:young|teenage|junior)\b|\bas a (?:teenager|student|child|boy|girl)\b|"
    r"(?:\bthen-|\bthe then )(?:[\w-]+ ){0,2}?(?:president|prime minister|premier|chancellor|minister|"
    r"secretary|leader|chief|speaker|governor|mayor|commander|king|queen|ambassador|envoy|"
    r"candidate)\b|\bin (?:the past|years past)(?=\s*(?:[,.;:]|$))"
    r"|^(?:previously|formerly|historically|back then|at the time|at that time),"
    r"|\bever since\b|\b(?:has|have|had) since\b"
    r"|\bduring (?:the|a|its|their) (?:[\w-]+ ){0,2}?(?:(?:1[89]|20)\d\d ?[-\u2013] ?"
    r"(?:(?:1[89]|20)\d\d|\d\d)|(?:1[89]|20)\d0s)\b",
    re.IGNORECASE)


def bygone(sentence: ParsedSentence, anchor: int) -> bool:
    """Whether the text places the event at some past time it does not name: a time of
    someone's life or office ('during his presidency', 'years earlier'), a time the
    sentence opens on ('Back then, ...', 'At the time, ...', 'Previously, ...'), a span up
    to now ('ever since'), or 'once' before a past verb ('once hosted Nixon'). Such an
    event has no date to code."""
    verb = sentence.tokens[anchor]
    once = any(c.lower() == "once" for c in (
        t.text for t in sentence.tokens if t.head == verb.i and t.dep == "advmod"))
    return once and verb.tag in ("VBD", "VBN") or _BYGONE.search(sentence.text) is not None \
        or _began_a_state(sentence, verb)


def _began_a_state(sentence: ParsedSentence, verb: Token) -> bool:
    """'The border has been closed since Algeria cut ties', 'the row dates back to when
    Chile seized the coast': the act that began a state lasting until now, at a time the
    text does not give."""
    tokens = sentence.tokens
    marks = {t.text.lower() for t in tokens if t.head == verb.i and t.dep in ("mark", "advmod")}
    heads = sentence.heads_of(verb.i, 3)
    if "when" in marks and any(h.lemma.lower() == "date" for h in heads):
        return True
    if "since" not in marks or verb.dep != "advcl" or not heads:
        return False
    head = heads[0]
    return head.tag in ("VBP", "VBZ") or any(  # 'has been closed', 'has stayed shut'
        t.dep == "aux" and t.lemma.lower() == "have"
        and (t.head == head.i or tokens[t.head].head == head.i) for t in tokens)
