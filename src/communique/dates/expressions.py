"""Time expressions in plain text and the dates they name.

Regular expressions find what spaCy's DATE entities miss or get wrong; each rule's handler
turns its match into a (date, precision) value against the publication date (see the rules
in :mod:`communique.dates`). :func:`time_expressions` returns a text's expressions without overlaps,
value None for those that name no event time (durations, ages, bounds of a state).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable

from dateparser.date import DateDataParser

from ..model import EventDate

Value = tuple[dt.date, str]
Handler = Callable[[re.Match, dt.date, bool], "Value | None"]

_GRACE_DAYS = 7  # a past or present verb may still name a date this soon after publication
_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3}
_PERIODS = {  # named historical periods → first year (or a day)
    "world war ii": (1939, 1, 1), "world war two": (1939, 1, 1), "world war 2": (1939, 1, 1),
    "second world war": (1939, 1, 1), "wwii": (1939, 1, 1), "ww2": (1939, 1, 1),
    "world war i": (1914, 1, 1), "world war one": (1914, 1, 1), "world war 1": (1914, 1, 1),
    "first world war": (1914, 1, 1), "great war": (1914, 1, 1), "wwi": (1914, 1, 1),
    "cold war": (1947, 1, 1), "korean war": (1950, 1, 1), "vietnam war": (1955, 1, 1),
    "six-day war": (1967, 1, 1), "yom kippur war": (1973, 1, 1), "gulf war": (1990, 1, 1),
    "rwandan genocide": (1994, 1, 1), "arab spring": (2011, 1, 1), "9/11": (2001, 9, 11),
    "war of the pacific": (1879, 1, 1), "crimean war": (1853, 1, 1), "boer war": (1899, 1, 1),
    "balkan wars": (1912, 1, 1), "chaco war": (1932, 1, 1), "winter war": (1939, 1, 1),
    "spanish civil war": (1936, 1, 1), "suez crisis": (1956, 1, 1),
    "cuban missile crisis": (1962, 1, 1), "prague spring": (1968, 1, 1),
    "cultural revolution": (1966, 1, 1), "iran-iraq war": (1980, 1, 1),
    "falklands war": (1982, 1, 1), "soviet-afghan war": (1979, 1, 1),
}
DENY_YEAR_ENTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "LAW",
                             "PRODUCT", "ORG", "WORK_OF_ART", "TIME"})

_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|"
        r"Oct\.?|Nov\.?|Dec\.?)")
FULL_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|"
             r"October|November|December)")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_OPT_WD = r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d)"
N = (r"(?P<n>\d{1,4}|(?i:a couple of|couple of|a few|few|several|an?|one|two|three|four|five|"
      r"six|seven|eight|nine|ten|eleven|twelve))")
_UNIT = r"(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?|decades?))"
TRIGGER = re.compile(
    r"\d{4}|\d/\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|day|night|week|month|"
    r"year|ago|(?i:tonight|morning|wwi|ww2|\bwar\b|genocide|spring)")
_MONTH_WORD = re.compile(r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_LEADING = re.compile(r"^(?:(?i:on|in|at|the|of|since|until|by|from|during|over|through|before|"
                      r"after|between|and)\s+)+")
_DURATION = re.compile(
    r"^(?:the\s+)?(?:(?:past|last|next|first|coming|previous|final|recent|following)\s+)?"
    r"(?:\S+\s+)?(?:\S+\s+)?(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?|"
    r"centuries|century|weekends?)(?:\s+long)?$", re.I)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_number(name: str) -> int:
    prefix = name.rstrip(".").lower()[:3]
    return next(n for n, month in enumerate(_MONTHS, 1) if month.startswith(prefix))


def shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def count_of(text: str) -> int:
    return int(text) if text.isdigit() else _COUNTS[text.lower()]


def nearest_year(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """The date with this month and day closest to publication (see the module rules)."""
    years = (published.year - 1, published.year, published.year + 1)
    candidates = [d for d in (_date(y, month, day) for y in years) if d]
    if future:
        return min((d for d in candidates if d >= published), default=None)

    admissible = [d for d in candidates if (d - published).days <= _GRACE_DAYS]
    return min(admissible, key=lambda d: abs((d - published).days), default=None)


# Handlers: (match, published, future) -> (date, precision) or None (claimed, no date).

def _iso(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    day = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (day, "day") if day else None


def _explicit(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    month, day = month_number(m["mon"]), int(m["d"])
    found = _date(int(m["y"]), month, day) if m["y"] else nearest_year(month, day, pub, future)
    return (found, "day") if found else None


def _month_year(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    rel = (m["rel"] or "").lower()
    year = int(m["y"]) if m["y"] else pub.year + {"last": -1, "next": 1}.get(rel, 0)
    return dt.date(year, month_number(m["mon"]), 1), "month"


def _month(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    month, rel = month_number(m["mon"]), (m["pre"] or "").strip().lower()
    if rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next" or (future and rel not in ("since", "earlier in")):
        after = month > pub.month if rel == "next" else month >= pub.month
        year = pub.year if after else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return dt.date(year, month, 1), "month"


def _weekday(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    if m["plural"]:
        return None
    target, rel = _WEEKDAYS.index(m["wd"].lower()), (m["rel"] or "").lower()
    ahead = (target - pub.weekday()) % 7
    if rel == "next":
        return pub + dt.timedelta(days=ahead or 7), "day"
    if rel == "coming" or (future and rel != "last"):
        return pub + dt.timedelta(days=ahead), "day"
    back = (pub.weekday() - target) % 7
    return pub - dt.timedelta(days=back or (7 if rel == "last" else 0)), "day"


def _weekend(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    rel = (m["rel"] or "").lower()
    if rel in ("next", "coming") or (future and rel != "last"):
        ahead = (5 - pub.weekday()) % 7 or (7 if rel == "next" else 0)
        return pub + dt.timedelta(days=ahead), "day"
    back = (pub.weekday() - 5) % 7
    return pub - dt.timedelta(days=back or (7 if rel == "last" else 0)), "day"


def _deictic(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    word = m[0].lower()
    offset = -2 if "before" in word else -1 if word in ("yesterday", "last night") else 0
    offset = 1 if word == "tomorrow" else offset
    return pub + dt.timedelta(days=offset), "day"


def _relative(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if m["pre"] or rel == "past":
        return None  # a duration: "for the last week", "over the past month"
    if rel in ("following", "previous"):
        return None  # "the following year" counts from a time told before, not from today
    step = -1 if rel == "last" else int(rel in ("next", "coming"))
    if unit == "week":
        return _week_month(pub + dt.timedelta(days=7 * step))
    if unit == "month":
        return shift_month(pub, step), "month"
    return dt.date(pub.year + step, 1, 1), "year"


def _week_month(day: dt.date) -> Value:
    """The week holding ``day``, as the month of its Thursday at month precision."""
    thursday = day + dt.timedelta(days=3 - day.weekday())
    return thursday.replace(day=1), "month"


def _quantity(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    after = (m["dir"] or "").lower()
    if after != "ago" and not (future and m["pre"]):
        return None  # a duration ("for two weeks") or relative to another event ("two days later")
    sign = -1 if after == "ago" else 1
    n, unit = count_of(m["n"]), m["unit"].lower().rstrip("s")
    if unit == "day":
        return pub + dt.timedelta(days=sign * n), "day"
    if unit in ("week", "fortnight"):
        return _week_month(pub + dt.timedelta(days=sign * n * (7 if unit == "week" else 14)))
    if unit == "month":
        return shift_month(pub, sign * n), "month"
    years = n * (10 if unit == "decade" else 1)
    return dt.date(pub.year + sign * years, 1, 1), "year"


_AGO_UNITS = {"month": 1, "year": 12, "decade": 120}


def _anniversary(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    """'Ten years ago today', 'on this day 30 years ago': the same day that many years
    back, not the publication day ('this month', 'this week': that month)."""
    months = count_of(m["n"]) * _AGO_UNITS[m["unit"].lower().rstrip("s")]
    when = " ".join((m.groupdict().get("when") or "today").lower().split())
    base = pub - dt.timedelta(days=1) if when == "yesterday" else pub
    first = shift_month(base, -months)
    if when == "this month":
        return first, "month"
    following = shift_month(first, 1)
    day = min(base.day, (following - dt.timedelta(days=1)).day)
    shifted = first.replace(day=day)
    return _week_month(shifted) if when == "this week" else (shifted, "day")


def _period(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    key = re.sub(r"\s+", " ", m["name"].lower())
    year, month, day = _PERIODS[key]
    return dt.date(year, month, day), "day" if (month, day) != (1, 1) else "year"


def _year(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    year = int(m["y"])
    return (dt.date(year, 1, 1), "year") if year <= pub.year + 10 else None


def _ignore(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    return None


_CLOCK = re.compile(r"\b\d{4}\s*(?i:GMT|UTC|ET|EST|BST|CET|local|hrs|hours|h)\b")


_PERIOD_NAMES = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _PERIODS)
RULES: tuple[tuple[str, re.Pattern, Handler], ...] = tuple(
    (kind, re.compile(pattern), handler) for kind, pattern, handler in (
        ("age", r"\b\d+[-\s]years?[-\s]old\b|\b(?i:aged?)\s+\d+\b|\b\d+-(?i:year|month|day|week)"
                r"(?:-long)?\b", _ignore),
        ("span", r"(?:\b(?i:in|for|of|the|from|during)\s+)?\b(?:1[89]|20)\d\d\s*[-\u2013/]\s*"
                 r"(?:(?:1[89]|20)\d\d|\d\d)\b(?!-\d)",
         _ignore),  # "the 2021-2025 roadmap", "in 2014/15": a period, not when it happened
        ("clock", _CLOCK.pattern, _ignore),  # "10 p.m. (1900 GMT)"
        ("month_that_year", FULL_MON + r"\s+(?:of\s+)?(?i:that|the\s+same)\s+year\b",
         _ignore),  # "in August that year": the story's year (narrative_date), not this one
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b", _iso),
        ("explicit", _OPT_WD + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?\b",
         _explicit),
        ("explicit", _OPT_WD + _MON + r"\s+" + _DAY + r"\b(?!:)(?:,?\s+" + _YEAR + r"\b)?",
         _explicit),
        ("month_year", FULL_MON + r",?\s+(?:(?:of\s+)?" + _YEAR
         + r"|(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year)\b", _month_year),
        ("month", r"(?:\b(?P<pre>(?i:earlier in|later in|in|since|until|by|from|during|through|"
                  r"last|next|this|early|late|of|mid|before|after))\s+|\b(?i:mid)-)" + FULL_MON
         + r"\b", _month),
        ("weekday", r"\b(?:(?P<rel>(?i:last|next|this|coming|on|early|late))\s+)?" + _WD
         + r"(?P<plural>s)?\b", _weekday),
        ("weekend", r"\b(?:(?P<rel>(?i:last|this|next|past|coming))|(?i:over|at|during)\s+the)"
                    r"\s+weekend\b", _weekend),
        ("deictic", r"\b(?i:the day before yesterday|yesterday|today|tonight|tomorrow|"
                    r"last night|this (?:morning|afternoon|evening))\b", _deictic),
        ("relative", r"\b(?P<pre>(?i:for|over|throughout|within|in|during)\s+(?:the\s+)?)?"
                     r"(?P<rel>(?i:last|past|next|coming|earlier this|later this|this|previous|"
                     r"following))\s+(?P<unit>(?i:week|month|year))\b", _relative),
        ("anniversary", r"\b" + N + r"\s+(?P<unit>(?i:months?|years?|decades?))\s+(?i:ago),?\s+"
         r"(?P<when>(?i:today|tonight|yesterday|to\s+the\s+day|this\s+(?:week|month)))\b",
         _anniversary),
        ("anniversary", r"\b(?i:on\s+this\s+(?:day|date)),?\s+" + N
         + r"\s+(?P<unit>(?i:months?|years?|decades?))\s+(?i:ago)\b", _anniversary),
        ("quantity", r"\b(?P<pre>(?i:in|within)\s+)?" + N + r"\s+" + _UNIT
         + r"(?:\s+(?P<dir>(?i:ago|later|earlier|before|after|from now)))?\b", _quantity),
        ("period", r"\b(?P<name>(?i:" + _PERIOD_NAMES + r"))(?!\w)", _period),
        ("decade", r"\b(?:the\s+)?(?:(?i:early|mid|late)[-\s])?(?P<y>1[89]\d0|20\d0)s\b", _year),
        ("year", r"(?<![\d,.$£€/-])\b(?P<pre>(?i:in|since|the|of|during|until|by|from|before|"
                 r"after|between|and|early|late|mid|spring|summer|autumn|fall|winter)[\s-]+)?"
                 + _YEAR + r"\b(?![,.]\d)", _year),
    )
)


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # character offsets into the sentence text
    end: int
    text: str
    value: Value | None
    kind: str


def _apply(handler: Handler, m: re.Match, published: dt.date, future: bool) -> Value | None:
    try:
        return handler(m, published, future)
    except (ValueError, OverflowError):  # "5000 years ago", "February 30"
        return None


def time_expressions(text: str, published: dt.date, future: bool) -> list[Found]:
    """Every rule match, longest first, without overlaps; value None = not an event time."""
    found = [
        Found(m.start(), m.end(), m[0], _apply(handler, m, published, future), kind)
        for kind, pattern, handler in RULES
        for m in pattern.finditer(text)
    ]
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[Found] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(_unbounded(f, text, future))
    return sorted(kept, key=lambda f: f.start)


# "extended the ban until 2030", "suspended talks until the end of 2028": when a state ends,
# not when the event happened; "by March" is a deadline, a date only for what is planned.
_OWN_PREP = re.compile(r"(?i)(?:until|till|through|by|of|in|from|since|during|before|after|"
                       r"the|early|late|mid)[\s-]+")
_BOUND_BEFORE = re.compile(r"\b(?i:until|till|through|up\s+to)\s+(?:(?i:the\s+(?:end|beginning|"
                           r"start|middle)\s+of|early|late|mid)[\s-]+)?$")
_DEADLINE_BEFORE = re.compile(r"\b(?i:by)\s+(?:(?i:the\s+(?:end|beginning|start|middle)\s+of|"
                              r"early|late|mid)[\s-]+)?$")


def _unbounded(f: Found, text: str, future: bool) -> Found:
    """``f``, or ``f`` as no event time when it bounds a state or sets a deadline."""
    own = _OWN_PREP.match(f.text)
    before = text[max(0, f.start - 40):f.start] + (own[0] if own else "")
    if _BOUND_BEFORE.search(before) or (not future and _DEADLINE_BEFORE.search(before)):
        return replace(f, value=None)
    return f


def parse_with(parser: DateDataParser, text: str, published: dt.date,
                future: bool) -> Value | None:
    """dateparser for a DATE entity no rule understood; years are chosen by our own rule."""
    if _DURATION.match(text.strip()) or _CLOCK.search(text):
        return None
    data = parser.get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    day = data.date_obj.date()
    if data.period == "year" or re.search(r"\d{4}", text):
        return day, data.period
    if data.period == "month" or not _MONTH_WORD.search(text):
        return None  # bare months are left to the rules; "the 21st" has no month to go by
    moved = nearest_year(day.month, day.day, published, future)
    return (moved, "day") if moved else None


def event_date(found: Found) -> EventDate:
    assert found.value is not None
    text = _LEADING.sub("", found.text) or found.text
    return EventDate(date=found.value[0], precision=found.value[1], text=text)
