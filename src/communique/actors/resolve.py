"""Which code a dictionary name carries on a given day."""

from __future__ import annotations

from .codes import country_of
from .tables import NameEntry, Rule

# From this day on, leaders.csv decides for the people it lists: the Phoenix
# files stop in January 2014.
LEADERS_FROM = "2014-01-01"
NULL_CODE = "---"


def latest_covering(rules: tuple[Rule, ...], day: str, dated_only: bool = True) -> Rule | None:
    """The covering rule that started last (a later role wins over an older one)."""
    covering = [r for r in rules if (r.dated or not dated_only) and r.covers(day)]
    return max(covering, key=lambda r: r.start) if covering else None


def expired(entry: NameEntry, day: str) -> bool:
    """A dated null code covers ``day``: the phrase names nothing then, and its words
    are read on their own ("Serbia and Montenegro" after 2006 is two countries)."""
    rule = latest_covering(entry.rules, day)
    return rule is not None and rule.code == NULL_CODE


def _usable(code: str | None) -> str | None:
    return None if code in (None, "", NULL_CODE) else code


def code_on(entry: NameEntry, day: str) -> str | None:
    """The entry's code on ``day`` (ISO date), or None for the null code.

    Order: leaders.csv for days from LEADERS_FROM (a leader out of office gets the
    bare country code of their latest national office, if any); otherwise the
    dictionary's dated rules, leaders.csv rows, the dictionary's undated default,
    the leader's country, and last the country that all of the entry's codes share
    (a person outside every dated role).
    """
    return code_and_reason(entry, day)[0]


def code_and_reason(entry: NameEntry, day: str) -> tuple[str | None, str]:
    """``code_on`` and which of its steps decided (for ``communique actors lookup``)."""
    if entry.leader and day >= LEADERS_FROM:
        rule = latest_covering(entry.leader, day, dated_only=False)
        if rule is not None:
            return rule.code, f"leaders.csv: in office {_span(rule)}"
        if entry.leader_country:
            return entry.leader_country, "leaders.csv: out of office, the country of " \
                                         "their latest national office"
    rule = latest_covering(entry.rules, day)
    if rule is not None:
        return _usable(rule.code), f"the dictionary's dated rule {_span(rule)}"
    rule = latest_covering(entry.leader, day, False)
    if rule is not None:
        return _usable(rule.code), f"leaders.csv: in office {_span(rule)}"
    default = next((r for r in entry.rules if not r.dated), None)
    if default is not None:
        return _usable(default.code), "the dictionary's undated code"
    if entry.leader_country:
        return entry.leader_country, "leaders.csv: the country of their latest national office"
    return _shared_country(entry.rules), "no rule covers the day: the country all its " \
                                         "codes share"


def _span(rule: Rule) -> str:
    return f"{rule.start or '…'} to {rule.end or '…'}"


def _shared_country(rules: tuple[Rule, ...]) -> str | None:
    countries = {country_of(r.code) for r in rules if _usable(r.code)}
    return countries.pop() if len(countries) == 1 else None
