"""An event's own date, resolved against the article's publication date.

:class:`DateResolver` finds the time expressions of a parsed sentence (spaCy
DATE entities plus regular expressions for what NER misses), turns each into a
date and a precision, and returns the one attached to the event's verb.

Rules (``published`` is the article date, ``future`` says the verb is future):

* Explicit dates ("June 16", "16 June 2021", "March 10, 2011", "2021-06-16")
  are day precision. Without a year, the year (of publication, the one before
  or the one after) that puts the date closest to publication wins, among
  dates no more than 7 days after publication (so "met on November 3" in a
  June article is last November, "on June 16" in a June 14 article is two days
  later); with ``future``, the first such date on or after publication.
* Weekdays: the latest such day on or before publication (a Sunday article's
  "on Sunday" is that day), "last Sunday" strictly before; with ``future`` or
  "next", the first one on or after (strictly after for "next").
* "yesterday", "today", "tonight", "last night", "N days/weeks ago": day.
* Anniversaries ("ten years ago today", "on this day 30 years ago", "five years ago
  this month") are that day (or month) so many years back, never the publication day.
* Weeks have no precision of their own in :mod:`communique.model`: "last
  week", "this week", "next week", "three weeks ago", "in two weeks" resolve
  to the month holding that week's Thursday, with month precision (a week names
  no day; its Thursday decides a week that spans two months, as in ISO 8601).
  Weekends resolve to their Saturday.
* Months ("in March", "last month", "earlier this month", "March 2011") are
  month precision on the 1st; a bare month is the latest one not after
  publication (the next one not before it with ``future``).
* Years ("in 2014", "the 2014 annexation", "last year", "the 1990s") are year
  precision on 1 January. Named periods take their first year ("World War II"
  is 1939), so historical references never fall back to the publication date.
* With several expressions, the one attached to the anchor verb wins (an
  adverbial of the verb, then anything under it, then under it through
  another verb, then the nearest); without an anchor, the first. A time that
  modifies an object noun ("over Saturday's incident", "condemned the 2014
  annexation") dates only that noun's event. "Two months later" after a date
  earlier in the sentence counts from it; "a day after they severed ..." counts
  back from the main clause's date.
* DATE entities no rule understands go to dateparser (absolute forms only,
  such as "16/06/2021"); its relative parsing is not used (weekdays are a
  week off on a same-weekday base, and its base is fixed when it is built).
* Not event times: durations ("for two weeks", "over the past month"), ages
  ("65-year-old"), plural weekdays ("on Sundays") and clock times alone
  ("at 3 p.m."): they give no date.
* A caption's own date may be a bare year: "A 2019 photo shows ...", "... near Kobani, 2019."
* "The following year", "the previous month" count from a time told before (in the sentence,
  else the story), never from the publication date.
* ``bygone`` tells a deed of a past time the text does not name ("during his
  presidency", "years earlier", "once hosted", the act that began a lasting state: "has
  been closed since Algeria cut ties", "dates back to when ..."): it has no date, and the
  pipeline does not give it the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Callable

from dateparser.date import DateDataParser

from .model import EventDate, ParsedSentence, Token

__all__ = ["DateResolver", "bygone", "caption_date"]

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
_DENY_YEAR_ENTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "LAW",
                             "PRODUCT", "ORG", "WORK_OF_ART", "TIME"})

_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|"
        r"Oct\.?|Nov\.?|Dec\.?)")
_FULL_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|"
             r"October|November|December)")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_OPT_WD = r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d)"
_N = (r"(?P<n>\d{1,4}|(?i:a couple of|couple of|a few|few|several|an?|one|two|three|four|five|"
      r"six|seven|eight|nine|ten|eleven|twelve))")
_UNIT = r"(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?|decades?))"
_TRIGGER = re.compile(
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


def _month_number(name: str) -> int:
    prefix = name.rstrip(".").lower()[:3]
    return next(n for n, month in enumerate(_MONTHS, 1) if month.startswith(prefix))


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _count(text: str) -> int:
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
    month, day = _month_number(m["mon"]), int(m["d"])
    found = _date(int(m["y"]), month, day) if m["y"] else nearest_year(month, day, pub, future)
    return (found, "day") if found else None


def _month_year(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    rel = (m["rel"] or "").lower()
    year = int(m["y"]) if m["y"] else pub.year + {"last": -1, "next": 1}.get(rel, 0)
    return dt.date(year, _month_number(m["mon"]), 1), "month"


def _month(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    month, rel = _month_number(m["mon"]), (m["pre"] or "").strip().lower()
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
        return _shift_month(pub, step), "month"
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
    n, unit = _count(m["n"]), m["unit"].lower().rstrip("s")
    if unit == "day":
        return pub + dt.timedelta(days=sign * n), "day"
    if unit in ("week", "fortnight"):
        return _week_month(pub + dt.timedelta(days=sign * n * (7 if unit == "week" else 14)))
    if unit == "month":
        return _shift_month(pub, sign * n), "month"
    years = n * (10 if unit == "decade" else 1)
    return dt.date(pub.year + sign * years, 1, 1), "year"


_AGO_UNITS = {"month": 1, "year": 12, "decade": 120}


def _anniversary(m: re.Match, pub: dt.date, future: bool) -> Value | None:
    """'Ten years ago today', 'on this day 30 years ago': the same day that many years
    back, not the publication day ('this month', 'this week': that month)."""
    months = _count(m["n"]) * _AGO_UNITS[m["unit"].lower().rstrip("s")]
    when = " ".join((m.groupdict().get("when") or "today").lower().split())
    base = pub - dt.timedelta(days=1) if when == "yesterday" else pub
    first = _shift_month(base, -months)
    if when == "this month":
        return first, "month"
    following = _shift_month(first, 1)
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
        ("month_that_year", _FULL_MON + r"\s+(?:of\s+)?(?i:that|the\s+same)\s+year\b",
         _ignore),  # "in August that year": the story's year (narrative_date), not this one
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b", _iso),
        ("explicit", _OPT_WD + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?\b",
         _explicit),
        ("explicit", _OPT_WD + _MON + r"\s+" + _DAY + r"\b(?!:)(?:,?\s+" + _YEAR + r"\b)?",
         _explicit),
        ("month_year", _FULL_MON + r",?\s+(?:(?:of\s+)?" + _YEAR
         + r"|(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year)\b", _month_year),
        ("month", r"(?:\b(?P<pre>(?i:earlier in|later in|in|since|until|by|from|during|through|"
                  r"last|next|this|early|late|of|mid|before|after))\s+|\b(?i:mid)-)" + _FULL_MON
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
        ("anniversary", r"\b" + _N + r"\s+(?P<unit>(?i:months?|years?|decades?))\s+(?i:ago),?\s+"
         r"(?P<when>(?i:today|tonight|yesterday|to\s+the\s+day|this\s+(?:week|month)))\b",
         _anniversary),
        ("anniversary", r"\b(?i:on\s+this\s+(?:day|date)),?\s+" + _N
         + r"\s+(?P<unit>(?i:months?|years?|decades?))\s+(?i:ago)\b", _anniversary),
        ("quantity", r"\b(?P<pre>(?i:in|within)\s+)?" + _N + r"\s+" + _UNIT
         + r"(?:\s+(?P<dir>(?i:ago|later|earlier|before|after|from now)))?\b", _quantity),
        ("period", r"\b(?P<name>(?i:" + _PERIOD_NAMES + r"))(?!\w)", _period),
        ("decade", r"\b(?:the\s+)?(?:(?i:early|mid|late)[-\s])?(?P<y>1[89]\d0|20\d0)s\b", _year),
        ("year", r"(?<![\d,.$£€/-])\b(?P<pre>(?i:in|since|the|of|during|until|by|from|before|"
                 r"after|between|and|early|late|mid|spring|summer|autumn|fall|winter)[\s-]+)?"
                 + _YEAR + r"\b(?![,.]\d)", _year),
    )
)


@dataclass(frozen=True, slots=True)
class _Found:
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


def _claims(text: str, published: dt.date, future: bool) -> list[_Found]:
    """Every rule match, longest first, without overlaps; value None = not an event time."""
    found = [
        _Found(m.start(), m.end(), m[0], _apply(handler, m, published, future), kind)
        for kind, pattern, handler in RULES
        for m in pattern.finditer(text)
    ]
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[_Found] = []
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


def _unbounded(f: _Found, text: str, future: bool) -> _Found:
    """``f``, or ``f`` as no event time when it bounds a state or sets a deadline."""
    own = _OWN_PREP.match(f.text)
    before = text[max(0, f.start - 40):f.start] + (own[0] if own else "")
    if _BOUND_BEFORE.search(before) or (not future and _DEADLINE_BEFORE.search(before)):
        return replace(f, value=None)
    return f


def _parse_with(parser: DateDataParser, text: str, published: dt.date,
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


def _entity_spans(sentence: ParsedSentence) -> list[tuple[int, int]]:
    """Character spans (relative to the sentence) of its DATE entities."""
    spans: list[tuple[int, int]] = []
    for t in sentence.tokens:
        start, end = t.start - sentence.start, t.start - sentence.start + len(t.text)
        if t.ent_type == "DATE" and t.ent_iob == "I" and spans:
            spans[-1] = (spans[-1][0], end)
        elif t.ent_type == "DATE":
            spans.append((start, end))
    return spans


def _tokens_in(sentence: ParsedSentence, start: int, end: int) -> list[Token]:
    return [t for t in sentence.tokens if start <= t.start - sentence.start < end]


def _year_ok(sentence: ParsedSentence, f: _Found) -> bool:
    """A bare four-digit number is a year only with a preposition or a DATE label."""
    if f.kind != "year" or not sentence.tokens:
        return True
    inside = _tokens_in(sentence, f.start, f.end)
    year = next((t for t in inside if t.text.isdigit()), None)
    if year is None:
        return True
    if year.ent_type in _DENY_YEAR_ENTS:
        return False
    after = sentence.tokens[year.i + 1] if year.i + 1 < len(sentence.tokens) else None
    if after is not None and after.tag in ("NNS", "NNPS") and year.ent_type != "DATE":
        return False
    if year.i > 0 and sentence.tokens[year.i - 1].tag in ("POS", "PRP$"):
        return True  # "Russia's 2014 annexation", "its 2019 election"
    return year.ent_type == "DATE" or f.text[0].isalpha()  # labelled, or "in 2014"


def _ancestors(tokens: tuple[Token, ...], i: int) -> list[int]:
    path, seen = [], {i}
    while 0 <= tokens[i].head < len(tokens) and tokens[i].head not in seen:
        i = tokens[i].head
        seen.add(i)
        path.append(i)
    return path


def _attachment(sentence: ParsedSentence, f: _Found, anchor: int) -> tuple[int, int]:
    """Sort key: 0 = adverbial of the anchor, 1 = under it, 2 = via another verb, 3 = apart."""
    inside = _tokens_in(sentence, f.start, f.end)
    if not inside:
        return 4, 0
    ids = {t.i for t in inside}
    root = next((t for t in inside if t.head not in ids or t.head == t.i), inside[0])
    path = _ancestors(sentence.tokens, root.i)
    if anchor in ids or anchor not in path:
        return (0 if anchor in ids else 3), abs(root.i - anchor)
    between = [sentence.tokens[j] for j in path[:path.index(anchor)]]
    if any(t.pos in ("VERB", "AUX") for t in between):
        return 2, abs(root.i - anchor)
    return (0 if all(t.pos == "ADP" for t in between) else 1), abs(root.i - anchor)


def _counted_from(sentence: ParsedSentence, found: list[_Found],
                  anchor: int | None) -> EventDate | None:
    """'Arrested him on September 3, 2017, and dissolved his party two months later': a
    time counted from a date told earlier in the same sentence, when it is the verb's."""
    match = _NARRATIVE.search(sentence.text) if anchor is not None else None
    if match is None or (match["dir1"] or match["rel"] or "").lower() not in (
            "later", "earlier", "following", "previous"):
        return None  # "a day after they met" counts back from the sentence's own date
    told = _Found(match.start(), match.end(), match[0], None, "narrative")
    earlier = [f for f in found if f.end <= told.start]
    if not earlier or _attachment(sentence, told, anchor)[0] > 1 \
            or any(_attachment(sentence, f, anchor)[0] == 0 for f in found):
        return None  # the verb's own date ("on Thursday accused ...") wins
    return narrative_date(match[0], _event_date(earlier[-1]))


def _before_or_after(sentence: ParsedSentence, found: list[_Found],
                     anchor: int | None) -> EventDate | None:
    """'Flew to Jeddah on Tuesday, a day after they severed relations': the clause's act is
    counted back (or, with 'before', forward) from the date of the verb it hangs on."""
    tokens = sentence.tokens
    if anchor is None or tokens[anchor].dep != "advcl":
        return None
    span = next((t for t in tokens if t.head == anchor and t.dep == "npadvmod"
                 and t.lemma.lower() in ("day", "week", "month", "year")), None)
    mark = span and next((t for t in tokens if t.head in (anchor, span.i)
                          and t.dep in ("mark", "prep") and t.i > span.i
                          and t.text.lower() in ("after", "before")), None)
    if not mark:
        return None
    main = tokens[anchor].head
    base = [f for f in found if _attachment(sentence, f, main)[0] == 0]
    if not base:
        return None
    words = sentence.text[tokens[span.i - 1].start - sentence.start if span.i else 0:
                          span.start - sentence.start + len(span.text)]
    direction = "earlier" if mark.text.lower() == "after" else "later"
    return narrative_date(f"{words} {direction}", _event_date(base[0]))


def _describes_the_subject(sentence: ParsedSentence, f: _Found, anchor: int) -> bool:
    """'The junta, [which seized power on July 26], accused Paris': a time inside a clause
    describing the subject dates that clause, not what the subject does now (a clause on
    the object may date the event itself: 'agreed to the truce, which took effect on
    Saturday')."""
    root = _root(sentence, f)
    if root is None:
        return False
    path = _ancestors(sentence.tokens, root.i)
    if anchor not in path:
        return False
    for j in path[:path.index(anchor)]:
        clause = sentence.tokens[j]
        if clause.dep == "relcl" and 0 <= clause.head < len(sentence.tokens) \
                and sentence.tokens[clause.head].dep in ("nsubj", "nsubjpass"):
            return True
    return False


_NOUN_MODIFIERS = ("poss", "compound", "nmod", "amod", "nummod")


def _dates_another_noun(sentence: ParsedSentence, f: _Found, anchor: int) -> bool:
    """'Protested over Saturday's incident', 'condemned the 2014 annexation': a time that
    modifies a noun dates what the noun names, not the verb it is the object of (but
    'Monday's attack killed five': a subject's time is its verb's; and 'on Saturday
    morning', 'during Friday's unrest' frame the verb's own time)."""
    root = _root(sentence, f)
    if root is None or root.dep not in _NOUN_MODIFIERS:
        return False
    tokens = sentence.tokens
    if not 0 <= root.head < len(tokens) or root.head == anchor:
        return False
    noun = tokens[root.head]
    if noun.pos not in ("NOUN", "PROPN") or noun.dep == "nsubj":
        return False
    framed = noun.dep == "pobj" and 0 <= noun.head < len(tokens) \
        and tokens[noun.head].text.lower() in _TIME_PREPOSITIONS
    return not framed  # 'on Saturday morning', 'detained during Friday's unrest'


_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "amid", "throughout", "after",
                                "following", "before", "since", "until", "by"})


def _root(sentence: ParsedSentence, f: _Found) -> Token | None:
    """The expression's head word ('2014' of 'the 2014', not its article)."""
    inside = _tokens_in(sentence, f.start, f.end)
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head not in ids or t.head == t.i]
    return next((t for t in tops if t.pos not in ("DET", "ADP")), tops[0] if tops else None)


def _told_in_past(sentence: ParsedSentence, f: _Found) -> bool:
    """Whether the verb a time expression hangs on is in the past ('said on Sunday'), not
    itself to come ('will travel on Thursday to meet ...')."""
    root = _root(sentence, f)
    if root is None:
        return True
    verb = next((sentence.tokens[j] for j in _ancestors(sentence.tokens, root.i)
                 if sentence.tokens[j].pos in ("VERB", "AUX")), None)
    if verb is None:
        return True
    auxes = {t.text.lower() for t in sentence.tokens
             if t.head == verb.i and t.dep in ("aux", "auxpass")}
    return verb.tag in ("VBD", "VBN") and not auxes & _FUTURE_AUX or bool(auxes & _PAST_AUX)


_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_PAST_AUX = {"did", "had", "has", "have", "was", "were"}
_FINER = {"day": 0, "month": 1, "year": 2}


def _preference(sentence: ParsedSentence, f: _Found, anchor: int) -> tuple[int, int, int]:
    """Closest attachment to the event's verb first; then the finer date ('signed the
    2021-25 roadmap on Tuesday' happened on Tuesday); then the nearer one."""
    rank, distance = _attachment(sentence, f, anchor)
    return rank, _FINER.get(f.value[1], 3) if f.value else 3, distance


class DateResolver:
    """Resolves an event's date from its sentence; build once, call for every sentence."""

    def __init__(self, cache_size: int = 8192) -> None:
        self._parser = DateDataParser(languages=["en"], settings={
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": True,
            "PARSERS": ["custom-formats", "absolute-time"],
        })
        self._parse = lru_cache(maxsize=cache_size)(partial(_parse_with, self._parser))

    def resolve(self, sentence: ParsedSentence, published: dt.date, anchor: int | None = None,
                *, future: bool = False) -> EventDate | None:
        """The date of the event in ``sentence``, or None if it carries no time expression."""
        found = self._candidates(sentence, published, future)
        if anchor is not None:
            found = [f for f in found if not _dates_another_noun(sentence, f, anchor)
                     and not _describes_the_subject(sentence, f, anchor)]
        if not found:
            return None
        counted = _counted_from(sentence, found, anchor) or _before_or_after(sentence, found,
                                                                             anchor)
        if counted is not None:
            return counted
        best = found[0] if anchor is None else min(
            found, key=lambda f: _preference(sentence, f, anchor))
        if future and anchor is not None and _attachment(sentence, best, anchor)[0] >= 2 \
                and _told_in_past(sentence, best):
            # "said on Sunday that it would ...": the time belongs to a past verb.
            return self.resolve(sentence, published, anchor, future=False)
        return _event_date(best)

    def _candidates(self, sentence: ParsedSentence, published: dt.date,
                    future: bool) -> list[_Found]:
        """The sentence's resolvable time expressions, in reading order."""
        ents = _entity_spans(sentence)
        if not ents and not _TRIGGER.search(sentence.text):
            return []
        claims = [f for f in _claims(sentence.text, published, future) if _year_ok(sentence, f)]
        for start, end in ents:
            if any(start < c.end and c.start < end for c in claims):
                continue
            text = sentence.text[start:end]
            claims.append(_Found(start, end, text, self._parse(text, published, future), "ner"))
        return sorted((c for c in claims if c.value), key=lambda c: c.start)

    def caption_date(self, text: str, published: dt.date) -> EventDate | None:
        return caption_date(text, published)


def caption_date(text: str, published: dt.date) -> EventDate | None:
    """A photo caption's own date ("... in Moscow on March 10, 2011"), explicit dates first."""
    found = [f for f in _claims(text, published, False)
             if f.value and (f.kind != "year" or f.text[0].isalpha()
                             or _caption_year(text, f))]
    if not found:
        return None
    explicit = [f for f in found if f.kind in ("iso", "explicit", "month_year")]
    return _event_date((explicit or found)[0])


_PHOTO_AFTER = re.compile(r" (?:file )?(?:photo|image|picture|handout)s?\b", re.I)


def _caption_year(text: str, found: _Found) -> bool:
    """A bare year that dates a caption: 'A 2019 photo shows ...', '... near Kobani, 2019.'"""
    closes = found.end == len(text) or text[found.end] in ".)"
    return _PHOTO_AFTER.match(text, found.end) is not None \
        or text[max(0, found.start - 2):found.start] == ", " and closes


def _event_date(found: _Found) -> EventDate:
    assert found.value is not None
    text = _LEADING.sub("", found.text) or found.text
    return EventDate(date=found.value[0], precision=found.value[1], text=text)


_NARRATIVE = re.compile(
    r"\b(?:" + _FULL_MON + r"\s+(?:of\s+)?(?:that|the\s+same)\s+year"
    r"|" + _N + r"\s+(?P<unit1>day|week|month|year)s?\s+(?P<dir1>later|earlier|before|after)"
    r"|the\s+(?P<rel>next|following|previous)\s+(?P<unit2>day|week|month|year)"
    r"|(?:that|the\s+same)\s+(?P<same>day|month|year))\b", re.I)
_UNIT_DAYS = {"day": 1, "week": 7}


def narrative_date(text: str, previous: EventDate) -> EventDate | None:
    """'Three days later', 'the next day': a time told relative to the story's last date."""
    match = _NARRATIVE.search(text)
    if match is None:
        return None
    if match["mon"]:  # "in August that year"
        month = _month_number(match["mon"])
        return EventDate(date=dt.date(previous.date.year, month, 1), precision="month",
                         text=match[0])
    if match["same"]:
        return _same_period(previous, match["same"].lower(), match[0])
    unit = (match["unit1"] or match["unit2"]).lower()
    count = _count(match["n"]) if match["n"] else 1
    backwards = (match["dir1"] or match["rel"] or "").lower() in ("earlier", "before", "previous")
    count = -count if backwards else count
    if unit in _UNIT_DAYS:  # "three days later" is as precise as the date it counts from
        moved = previous.date + dt.timedelta(days=count * _UNIT_DAYS[unit])
        return _same_period(replace(previous, date=moved), "day", match[0])
    months = count * (12 if unit == "year" else 1)  # "two months later" names the month
    return _same_period(replace(previous, date=_shift_month(previous.date, months)),
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
# her rule', 'years earlier', 'long ago', 'as a young officer', 'then-Finance Minister'.
_BYGONE = re.compile(
    r"\b(?:during|throughout|under|in) (?:his|her|their) (?:\w+ )?(?:presidency|premiership|"
    r"tenure|rule|reign|time in office|years in (?:power|office)|career|youth|childhood|"
    r"lifetime|term|terms)\b|\b(?:years|decades|centuries|long) (?:earlier|before|ago)\b|"
    r"\bas an? (?:young|teenage|junior)\b|\bas a (?:teenager|student|child|boy|girl)\b|"
    r"(?:\bthen-|\bthe then )(?:[\w-]+ ){0,2}?(?:president|prime minister|premier|chancellor|minister|"
    r"secretary|leader|chief|speaker|governor|mayor|commander|king|queen|ambassador|envoy|"
    r"candidate)\b|\bin (?:the past|years past)(?=\s*(?:[,.;:]|$))"
    r"|^(?:previously|formerly|historically|back then|at the time|at that time),"
    r"|\bever since\b|\b(?:has|have|had) since\b",
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
    heads = _heads_up(sentence, verb, 3)
    if "when" in marks and any(h.lemma.lower() == "date" for h in heads):
        return True
    if "since" not in marks or verb.dep != "advcl" or not heads:
        return False
    head = heads[0]
    return head.tag in ("VBP", "VBZ") or any(  # 'has been closed', 'has stayed shut'
        t.dep == "aux" and t.lemma.lower() == "have"
        and (t.head == head.i or tokens[t.head].head == head.i) for t in tokens)


def _heads_up(sentence: ParsedSentence, token: Token, depth: int) -> list[Token]:
    heads = []
    for _ in range(depth):
        if token.head == token.i:
            break
        token = sentence.tokens[token.head]
        heads.append(token)
    return heads
