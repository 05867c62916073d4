"""Background told inside a sentence: deeds that set the scene for the news rather than
make it.

- What began a span lasting until now, told after a temporal 'since' that names a year
  or an undated event ("his first visit [since] Russia launched its invasion", "the worst
  attack [since] the 2014 annexation"); not one dated to a day of this year ("since
  December 10, when police arrested ...").
- A relation held since an older time, in the present perfect ("Kyiv, which has clashed
  with Tbilisi since the 2008 war", "have mediated since the start of the war"), unlike a
  count since a time of this year ("has fired 40 rockets since Monday", "have killed
  eight leaders since last July"), which is news.
- A relative clause set off by commas that dates its deed to a month or a year and no
  day ("Moscow, which launched its invasion in February 2022, says ...", "Abiy, who won
  the Nobel prize in 2019, has ..."): the antecedent's record, not the news.
"""

from __future__ import annotations

import re

from ..model import EventCandidate, Token
from .actors_in_parse import RELATIVE_PRONOUNS
from .redundant import relative_clause, set_off
from .verbs import subtree

MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "yesterday", "today", "tonight"})
# Words that date a 'since' to this year: a count up to now that is news.
RECENT_WORDS = MONTHS | WEEKDAYS | frozenset({
    "weekend", "morning", "afternoon", "evening", "night", "dawn", "midnight", "hour",
    "hours", "day", "days", "week", "weeks", "month", "months", "overnight"})
YEAR = re.compile(r"^(1[89]|20)\d\d$")


def before_the_news(sentence, event: EventCandidate) -> bool:
    """Whether the event is background of one of the three kinds above."""
    anchor = sentence.tokens[event.anchor]
    return in_since_span(sentence, anchor) or held_since_long(sentence, anchor) \
        or dated_aside(sentence, anchor) or long_apart(sentence, anchor)


# Spans that put a deed in another season of the story than the news.
LONG_UNITS = frozenset({"month", "year", "decade", "century"})


def long_apart(sentence, anchor: Token) -> bool:
    """The anchor lies in an 'after' or 'before' clause or phrase measured in months or
    more ('a year after they were arrested')."""
    token = anchor
    for _ in range(8):
        links = [c for c in sentence.children(token.i)
                 if c.dep == "mark" and c.lemma.lower() in ("after", "before")]
        if token.dep == "advcl" and links and _measured_long(sentence, token, links[0]):
            return True
        if token.head == token.i:
            return False
        head = sentence.tokens[token.head]
        if head.dep == "prep" and head.lemma.lower() in ("after", "before") \
                and token.dep == "pobj" and _measured_long(sentence, head, head):
            return True
        token = head
    return False


def _measured_long(sentence, holder: Token, link: Token) -> bool:
    """A span in months or more told before the link ('a [year] after'), not a time of
    the clause itself ('after Azerbaijan attacked Armenia the following [year]')."""
    return any(c.dep == "npadvmod" and c.lemma.lower() in LONG_UNITS and c.i < link.i
               for c in sentence.children(holder.i))


def in_since_span(sentence, anchor: Token) -> bool:
    """The anchor lies in a temporal 'since' clause or phrase that hangs on another word."""
    token = anchor
    for _ in range(8):
        if _since_mark(sentence, token) and token.dep in ("advcl", "acl", "relcl", "pcomp"):
            return long_ago(subtree(sentence, token))
        if token.head == token.i:
            return False
        head = sentence.tokens[token.head]
        if head.dep == "prep" and head.lemma.lower() == "since" and token.dep == "pobj":
            return long_ago(subtree(sentence, head))
        token = head
    return False


def _since_mark(sentence, verb: Token) -> bool:
    """'since Russia invaded Ukraine'; not a 'since' the parser hung on a verb past a
    comma ('which has clashed with Tbilisi since the 2008 war, also called for ...')."""
    return any(c.dep == "mark" and c.lemma.lower() == "since" and not any(
        t.text == "," for t in sentence.tokens[c.i:verb.i]) for c in sentence.children(verb.i))


def held_since_long(sentence, verb: Token) -> bool:
    """A present perfect with 'since' and a time older than the last few days."""
    children = sentence.children(verb.i)
    if not any(c.dep == "aux" and c.lemma.lower() == "have" for c in children):
        return False
    for prep in (c for c in children if c.dep == "prep" and c.lemma.lower() == "since"):
        if long_ago(subtree(sentence, prep)):
            return True
    return False


def long_ago(span: list[Token]) -> bool:
    """A 'since' that names a year ('since 2014', 'since the 2008 war') or an event with
    no date ('since Russia invaded Ukraine'); not a day or month of this year ('since
    Monday', 'since December 10', 'since last July')."""
    if any(YEAR.match(t.text) for t in span):
        return True
    return not any(t.text.lower() in RECENT_WORDS for t in span)


def dated_aside(sentence, verb: Token) -> bool:
    """A relative clause set off by a comma whose deed is dated to a year, with no day."""
    clause = relative_clause(sentence, verb)
    if clause is None:
        return False
    members = subtree(sentence, clause)
    if not set_off(sentence, members):
        return False
    if not any(t.tag in ("WDT", "WP") and t.lemma.lower() in RELATIVE_PRONOUNS for t in members):
        return False
    return any(YEAR.match(t.text) for t in members) and not any(
        _names_day(sentence, t) for t in members)


def _names_day(sentence, token: Token) -> bool:
    """'on Tuesday', 'on March 3', '3 March'."""
    if token.text.lower() in WEEKDAYS:
        return True
    if not token.text.isdigit() or len(token.text) > 2:
        return False
    near = [sentence.tokens[i].text.lower() for i in (token.i - 1, token.i + 1)
            if 0 <= i < len(sentence.tokens)]
    return any(word in MONTHS for word in near)
