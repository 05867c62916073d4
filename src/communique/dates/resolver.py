"""Which time expression of a parsed sentence dates its event: :class:`DateResolver`."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache, partial

from dateparser.date import DateDataParser

from ..model import EventDate, ParsedSentence, Token
from .expressions import (DENY_YEAR_ENTS, TRIGGER, Found, event_date, parse_with,
                          time_expressions)
from .story import NARRATIVE, caption_date, narrative_date

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


def _year_ok(sentence: ParsedSentence, f: Found) -> bool:
    """A bare four-digit number is a year only with a preposition or a DATE label."""
    if f.kind != "year" or not sentence.tokens:
        return True
    inside = _tokens_in(sentence, f.start, f.end)
    year = next((t for t in inside if t.text.isdigit()), None)
    if year is None:
        return True
    if year.ent_type in DENY_YEAR_ENTS:
        return False
    after = sentence.tokens[year.i + 1] if year.i + 1 < len(sentence.tokens) else None
    if after is not None and after.tag in ("NNS", "NNPS") and year.ent_type != "DATE":
        return False
    if year.i > 0 and sentence.tokens[year.i - 1].tag in ("POS", "PRP$"):
        return True  # "Russia's 2014 annexation", "its 2019 election"
    return year.ent_type == "DATE" or f.text[0].isalpha()  # labelled, or "in 2014"


def _attachment(sentence: ParsedSentence, f: Found, anchor: int) -> tuple[int, int]:
    """Sort key: 0 = adverbial of the anchor, 1 = under it, 2 = via another verb, 3 = apart."""
    inside = _tokens_in(sentence, f.start, f.end)
    if not inside:
        return 4, 0
    ids = {t.i for t in inside}
    root = next((t for t in inside if t.head not in ids or t.head == t.i), inside[0])
    path = [t.i for t in sentence.heads_of(root.i)]
    if anchor in ids or anchor not in path:
        return (0 if anchor in ids else 3), abs(root.i - anchor)
    between = [sentence.tokens[j] for j in path[:path.index(anchor)]]
    if any(t.pos in ("VERB", "AUX") for t in between):
        return 2, abs(root.i - anchor)
    return (0 if all(t.pos == "ADP" for t in between) else 1), abs(root.i - anchor)


def _counted_from(sentence: ParsedSentence, found: list[Found],
                  anchor: int | None) -> EventDate | None:
    """'Arrested him on September 3, 2017, and dissolved his party two months later': a
    time counted from a date told earlier in the same sentence, when it is the verb's."""
    match = NARRATIVE.search(sentence.text) if anchor is not None else None
    if match is None or (match["dir1"] or match["rel"] or "").lower() not in (
            "later", "earlier", "following", "previous"):
        return None  # "a day after they met" counts back from the sentence's own date
    told = Found(match.start(), match.end(), match[0], None, "narrative")
    earlier = [f for f in found if f.end <= told.start]
    if not earlier or _attachment(sentence, told, anchor)[0] > 1 \
            or any(_attachment(sentence, f, anchor)[0] == 0 for f in found):
        return None  # the verb's own date ("on Thursday accused ...") wins
    return narrative_date(match[0], event_date(earlier[-1]))


def _before_or_after(sentence: ParsedSentence, found: list[Found],
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
    return narrative_date(f"{words} {direction}", event_date(base[0]))


def _describes_the_subject(sentence: ParsedSentence, f: Found, anchor: int) -> bool:
    """'The junta, [which seized power on July 26], accused Paris': a time inside a clause
    describing the subject dates that clause, not what the subject does now (a clause on
    the object may date the event itself: 'agreed to the truce, which took effect on
    Saturday')."""
    root = _root(sentence, f)
    if root is None:
        return False
    path = [t.i for t in sentence.heads_of(root.i)]
    if anchor not in path:
        return False
    for j in path[:path.index(anchor)]:
        clause = sentence.tokens[j]
        if clause.dep == "relcl" and 0 <= clause.head < len(sentence.tokens) \
                and sentence.tokens[clause.head].dep in ("nsubj", "nsubjpass"):
            return True
    return False


_NOUN_MODIFIERS = ("poss", "compound", "nmod", "amod", "nummod")


def _dates_another_noun(sentence: ParsedSentence, f: Found, anchor: int) -> bool:
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


def _root(sentence: ParsedSentence, f: Found) -> Token | None:
    """The expression's head word ('2014' of 'the 2014', not its article)."""
    inside = _tokens_in(sentence, f.start, f.end)
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head not in ids or t.head == t.i]
    return next((t for t in tops if t.pos not in ("DET", "ADP")), tops[0] if tops else None)


def _told_in_past(sentence: ParsedSentence, f: Found) -> bool:
    """Whether the verb a time expression hangs on is in the past ('said on Sunday'), not
    itself to come ('will travel on Thursday to meet ...')."""
    root = _root(sentence, f)
    if root is None:
        return True
    verb = next((t for t in sentence.heads_of(root.i) if t.pos in ("VERB", "AUX")), None)
    if verb is None:
        return True
    auxes = {t.text.lower() for t in sentence.tokens
             if t.head == verb.i and t.dep in ("aux", "auxpass")}
    return verb.tag in ("VBD", "VBN") and not auxes & _FUTURE_AUX or bool(auxes & _PAST_AUX)


_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_PAST_AUX = {"did", "had", "has", "have", "was", "were"}
_FINER = {"day": 0, "month": 1, "year": 2}


def _preference(sentence: ParsedSentence, f: Found, anchor: int) -> tuple[int, int, int]:
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
        self._parse = lru_cache(maxsize=cache_size)(partial(parse_with, self._parser))

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
        return event_date(best)

    def _candidates(self, sentence: ParsedSentence, published: dt.date,
                    future: bool) -> list[Found]:
        """The sentence's resolvable time expressions, in reading order."""
        ents = _entity_spans(sentence)
        if not ents and not TRIGGER.search(sentence.text):
            return []
        claims = [f for f in time_expressions(sentence.text, published, future) if _year_ok(sentence, f)]
        for start, end in ents:
            if any(start < c.end and c.start < end for c in claims):
                continue
            text = sentence.text[start:end]
            claims.append(Found(start, end, text, self._parse(text, published, future), "ner"))
        return sorted((c for c in claims if c.value), key=lambda c: c.start)

    def caption_date(self, text: str, published: dt.date) -> EventDate | None:
        return caption_date(text, published)
