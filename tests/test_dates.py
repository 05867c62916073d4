"""Tests for communique.dates: an event's own date, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.dates import DateResolver, caption_date, nearest_year
from communique.model import EventDate, ParsedSentence, Token

MONDAY = dt.date(2021, 6, 14)  # publication date of most cases: a Monday
SUNDAY = dt.date(2021, 6, 13)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


def sentence(text: str, dates: tuple[str, ...] = (), offset: int = 0) -> ParsedSentence:
    """A hand-built sentence split on spaces; words of ``dates`` carry the DATE label."""
    tokens, pos, previous = [], offset, False
    for i, word in enumerate(text.split(" ")):
        is_date = any(word in d.split(" ") for d in dates)
        tokens.append(Token(i=i, text=word, lemma=word.lower(), pos="X", tag="", dep="dep",
                            head=i, start=pos, ent_type="DATE" if is_date else "",
                            ent_iob=("I" if previous else "B") if is_date else "O"))
        pos, previous = pos + len(word) + 1, is_date
    return ParsedSentence(index=0, start=offset, end=pos - 1, text=text, tokens=tuple(tokens))


def day(y: int, m: int, d: int, precision: str = "day") -> tuple[dt.date, str]:
    return dt.date(y, m, d), precision


def got(result: EventDate | None) -> tuple[dt.date, str] | None:
    return None if result is None else (result.date, result.precision)


# Hand-built sentences: no model needed.

@pytest.mark.parametrize("text, published, future, expected", [
    ("Police fired tear gas on Sunday .", SUNDAY, False, day(2021, 6, 13)),
    ("Police fired tear gas on Sunday .", MONDAY, False, day(2021, 6, 13)),
    ("Police fired tear gas on Monday .", MONDAY, False, day(2021, 6, 14)),
    ("Police fired tear gas last Sunday .", SUNDAY, False, day(2021, 6, 6)),
    ("Police fired tear gas on Tuesday .", MONDAY, False, day(2021, 6, 8)),
    ("Leaders will meet on Friday .", MONDAY, True, day(2021, 6, 18)),
    ("Leaders will meet next Monday .", MONDAY, False, day(2021, 6, 21)),
    ("Police fired tear gas on Tuesday night .", MONDAY, False, day(2021, 6, 8)),
])
def test_dates_weekdays(resolver, text, published, future, expected):
    assert got(resolver.resolve(sentence(text), published, future=future)) == expected


@pytest.mark.parametrize("text, future, expected", [
    ("Talks opened on June 16 .", False, day(2021, 6, 16)),
    ("Talks opened on November 3 .", False, day(2020, 11, 3)),
    ("Talks will open on November 3 .", True, day(2021, 11, 3)),
    ("Talks opened on 16 June 2021 .", False, day(2021, 6, 16)),
    ("Talks opened on the 3rd of May .", False, day(2021, 5, 3)),
    ("Talks opened on March 10, 2011 .", False, day(2011, 3, 10)),
    ("Talks opened on Sept. 5 .", False, day(2020, 9, 5)),
    ("Talks opened on 2021-06-16 .", False, day(2021, 6, 16)),
    ("Talks opened in March 2011 .", False, day(2011, 3, 1, "month")),
    ("Talks opened in March last year .", False, day(2020, 3, 1, "month")),
])
def test_dates_explicit(resolver, text, future, expected):
    assert got(resolver.resolve(sentence(text), MONDAY, future=future)) == expected


@pytest.mark.parametrize("text, future, expected", [
    ("Rebels attacked yesterday .", False, day(2021, 6, 13)),
    ("Rebels attacked today .", False, day(2021, 6, 14)),
    ("Rebels attacked last night .", False, day(2021, 6, 13)),
    ("Rebels attacked two days ago .", False, day(2021, 6, 12)),
    ("Rebels attacked three weeks ago .", False, day(2021, 5, 1, "month")),
    ("Rebels attacked last week .", False, day(2021, 6, 1, "month")),
    ("Rebels attacked earlier this week .", False, day(2021, 6, 1, "month")),
    ("Leaders will meet next week .", True, day(2021, 6, 1, "month")),
    ("Leaders will meet in two weeks .", True, day(2021, 7, 1, "month")),  # Thursday July 1
    ("Police made arrests over the weekend .", False, day(2021, 6, 12)),
    ("Rebels attacked last month .", False, day(2021, 5, 1, "month")),
    ("Rebels attacked earlier this month .", False, day(2021, 6, 1, "month")),
    ("Leaders will meet next month .", True, day(2021, 7, 1, "month")),
    ("Rebels attacked in March .", False, day(2021, 3, 1, "month")),
    ("Rebels attacked in July .", False, day(2020, 7, 1, "month")),
    ("Leaders will meet in July .", True, day(2021, 7, 1, "month")),
    ("Rebels attacked in mid-March .", False, day(2021, 3, 1, "month")),
    ("Rebels attacked last year .", False, day(2020, 1, 1, "year")),
    ("Rebels attacked two years ago .", False, day(2019, 1, 1, "year")),
])
def test_dates_relative(resolver, text, future, expected):
    assert got(resolver.resolve(sentence(text), MONDAY, future=future)) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Rebels attacked last week .", dt.date(2021, 6, 2), day(2021, 5, 1, "month")),
    ("Rebels attacked earlier this week .", dt.date(2021, 6, 1), day(2021, 6, 1, "month")),
    ("Leaders will meet next week .", dt.date(2021, 6, 25), day(2021, 7, 1, "month")),
])
def test_dates_a_week_across_two_months_is_the_month_of_its_thursday(resolver, text,
                                                                      published, expected):
    assert got(resolver.resolve(sentence(text), published, future=True)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops withdrew in 1945 .", day(1945, 1, 1, "year")),
    ("He condemned the 2014 annexation of Crimea .", day(2014, 1, 1, "year")),
    ("Survivors of the 1994 genocide met .", day(1994, 1, 1, "year")),
    ("Veterans fought during World War II .", day(1939, 1, 1, "year")),
    ("Veterans fought in the Second World War .", day(1939, 1, 1, "year")),
    ("The Cold War ended .", day(1947, 1, 1, "year")),
    ("Refugees fled in the 1990s .", day(1990, 1, 1, "year")),
    ("Security tightened after 9/11 .", day(2001, 9, 11)),
])
def test_dates_historical_references(resolver, text, expected):
    result = got(resolver.resolve(sentence(text), MONDAY))
    assert result == expected and result[0] != MONDAY


@pytest.mark.parametrize("text, dates", [
    ("The talks lasted for two weeks .", ("two weeks",)),
    ("Protests continued over the past month .", ("the past month",)),
    ("Fighting raged for the last week .", ("the last week",)),
    ("The 65-year-old veteran spoke .", ("65-year-old",)),
    ("Troops left two days later .", ("two days later",)),
    ("Markets close on Sundays .", ("Sundays",)),
    ("The talks ended at 3 p.m. .", ()),
    ("The ministry sent 2000 troops .", ()),
    ("The president spoke to reporters .", ()),
    ("Fighting has continued for years .", ("years",)),
    ("They signed the 2021-2025 roadmap .", ("2021-2025",)),
    ("Output rose in 2014/15 .", ("2014/15",)),
    ("The truce took effect at 10 p.m. (1900 GMT) .", ("1900 GMT",)),
    ("Israel extended the ban on Palestinian workers until 2030 .", ()),
    ("Georgia suspended the accession talks until the end of 2028 .", ()),
    ("The curfew stays in force through March .", ()),
    ("The government pledged to cut emissions by 2030 .", ()),  # a deadline, asserted
    ("Troops withdrew in August that year .", ()),  # the story's year: narrative_date
])
def test_dates_not_event_times(resolver, text, dates):
    assert resolver.resolve(sentence(text, dates), MONDAY) is None


def test_dates_the_day_said_not_the_end_of_what_was_extended(resolver):
    text = "Israel on Tuesday extended the ban on Palestinian workers until 2030 ."
    assert got(resolver.resolve(sentence(text), MONDAY, anchor=3)) == day(2021, 6, 8)


def test_dates_a_deadline_dates_a_planned_act(resolver):
    text = "The army will withdraw its troops by March ."
    assert got(resolver.resolve(sentence(text), MONDAY, future=True)) == \
        day(2022, 3, 1, "month")


def test_dates_bare_year_needs_preposition_or_label(resolver):
    labelled = resolver.resolve(sentence("Year 2014 was hard .", ("2014",)), MONDAY)
    assert labelled.precision == "year"
    assert resolver.resolve(sentence("Year 2014 was hard ."), MONDAY) is None


def test_dates_dateparser_fallback_for_date_entities(resolver):
    labelled = sentence("Talks opened on 16/06/2021 .", ("16/06/2021",))
    assert got(resolver.resolve(labelled, MONDAY)) == day(2021, 6, 16)
    assert resolver.resolve(sentence("Talks opened on 16/06/2021 ."), MONDAY) is None


def test_dates_offsets_into_article(resolver):
    moved = sentence("Rebels attacked on Sunday .", offset=500)
    assert got(resolver.resolve(moved, MONDAY, anchor=1)) == day(2021, 6, 13)


def test_dates_expression_text(resolver):
    assert resolver.resolve(sentence("He spoke on Sunday ."), MONDAY).text == "Sunday"
    assert resolver.resolve(sentence("He spoke last week ."), MONDAY).text == "last week"


@pytest.mark.parametrize("text, expected", [
    ("Putin arrives at a ceremony in Moscow on March 10, 2011. (AP Photo)", day(2011, 3, 10)),
    ("FILE - In this Sunday, March 10, 2011 file photo, Putin speaks.", day(2011, 3, 10)),
    ("Protesters march in Kyiv on Sunday. (Reuters)", day(2021, 6, 13)),
    ("Protesters march in Kyiv, Ukraine, in 2014.", day(2014, 1, 1, "year")),
])
def test_dates_caption_date(text, expected):
    assert got(caption_date(text, MONDAY)) == expected


def test_dates_caption_without_date():
    assert caption_date("Protesters march in Kyiv. (Reuters)", MONDAY) is None
    assert caption_date("A 2014 model car burns.", MONDAY) is None


def test_dates_sentences_with_and_without_a_date(resolver):
    plain = [sentence(f"The minister spoke to reporters about plan {i} .") for i in range(50)]
    dated = [sentence(f"Rebels attacked {i} villages on Sunday .") for i in range(50)]
    assert all(resolver.resolve(s, MONDAY) is None for s in plain)
    assert {got(resolver.resolve(s, MONDAY)) for s in dated} == {day(2021, 6, 13)}


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(WEEKDAYS),
       st.booleans())
def test_dates_weekday_within_a_week(published, weekday, future):
    result = DateResolver().resolve(sentence(f"They met on {weekday} ."), published, future=future)
    gap = (result.date - published).days * (1 if future else -1)
    assert result.date.strftime("%A") == weekday and 0 <= gap <= 6


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 12),
       st.integers(1, 28), st.booleans())
def test_dates_nearest_year_stays_close(published, month, dom, future):
    found = nearest_year(month, dom, published, future)
    assert (found.month, found.day) == (month, dom)
    assert abs((found - published).days) <= 366
    assert not future or found >= published


_WORDS = st.sampled_from(("on", "in", "the", "last", "next", "ago", "years", "days", "Sunday",
                          "June", "May", "30", "5000", "2014", "1990s", "of", "World", "War",
                          "II", "-", ",", "February", "9/11", "weekend", "2021-02-30", "for"))


@given(st.lists(_WORDS, max_size=12), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
       st.booleans())
def test_dates_never_raise_on_odd_text(words, published, future):
    text = " ".join(words) or "."
    result = DateResolver().resolve(sentence(text, (text,)), published, future=future)
    assert result is None or result.precision in ("day", "month", "year")
    caption_date(text, published)


# Real-model parses.

@pytest.mark.model
@pytest.mark.parametrize("text, future, expected", [
    ("Protesters clashed with police in Lagos on Sunday.", False, day(2021, 6, 13)),
    ("The United Kingdom left the bloc in March.", False, day(2021, 3, 1, "month")),
    ("Russian and American officials will meet in Geneva on June 16.", True, day(2021, 6, 16)),
    ("Western leaders condemned the 2014 annexation of Crimea.", False, day(2014, 1, 1, "year")),
    ("The war in Europe ended in 1945.", False, day(1945, 1, 1, "year")),
    ("Troops attacked the town outside Cairo last week.", False, day(2021, 6, 1, "month")),
    ("The talks, which lasted for two weeks, ended yesterday at 3 p.m.", False,
     day(2021, 6, 13)),
    ("Thousands of soldiers died during World War II.", False, day(1939, 1, 1, "year")),
    ("Putin arrived in Moscow on March 10, 2011.", False, day(2011, 3, 10)),
    ("He fled the 1994 genocide.", False, day(1994, 1, 1, "year")),
    ("Leaders will meet on Friday.", True, day(2021, 6, 18)),
    ("The election was held last year.", False, day(2020, 1, 1, "year")),
])
def test_dates_model_sentences(resolver, nlp, text, future, expected):
    from helpers import parse

    assert got(resolver.resolve(parse(text, nlp), MONDAY, future=future)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The talks lasted for two weeks.",
    "The 65-year-old veteran spoke at 3 p.m.",
    "The president spoke to reporters about the economy.",
])
def test_dates_model_no_event_time(resolver, nlp, text):
    from helpers import parse

    assert resolver.resolve(parse(text, nlp), MONDAY) is None


@pytest.mark.model
@pytest.mark.parametrize("text, verb, expected", [
    ("He fled the 1994 genocide in 1995 and returned earlier this month.", "fled",
     day(1995, 1, 1, "year")),
    ("He fled the 1994 genocide in 1995 and returned earlier this month.", "returned",
     day(2021, 6, 1, "month")),
    ("Troops attacked the town last week, the ministry said on Friday.", "attacked",
     day(2021, 6, 1, "month")),
    ("Troops attacked the town last week, the ministry said on Friday.", "said",
     day(2021, 6, 11)),
    ("The ministry said on Friday that troops had attacked the town on Sunday.", "attacked",
     day(2021, 6, 13)),
    # A time that modifies a noun dates what the noun names, not the verb above it.
    ("Manila handed him a protest over Saturday's water cannon incident.", "handed", None),
    ("Western leaders condemned the 2014 annexation of Crimea.", "condemned", None),
    ("Russia's 2014 annexation of Crimea was condemned by Western leaders.", "condemned",
     None),
    ("Russia's 2014 annexation of Crimea was condemned by Western leaders.", "annexation",
     day(2014, 1, 1, "year")),
    ("Monday's attack on the convoy killed five soldiers.", "killed", day(2021, 6, 14)),
    ("Police detained 114 protesters during Friday's unrest.", "detained", day(2021, 6, 11)),
    ("Ships used water cannon against the boat on Saturday morning.", "used",
     day(2021, 6, 12)),
    # A clause describing the subject dates that clause, not what the subject does now.
    ("The junta, which seized power on July 26, accused Paris of meddling.", "accused",
     None),
    ("The junta, which seized power on July 26, accused Paris of meddling.", "seized",
     day(2020, 7, 26)),
    ("Israel and Hamas agreed to the truce, which took effect on Saturday.", "agreed",
     day(2021, 6, 12)),
    # A time counted from a date told earlier in the sentence.
    ("Police arrested him on September 3, 2017, and the court dissolved his party two "
     "months later.", "dissolved", day(2017, 11, 1, "month")),
    ("Police arrested him on September 3, 2017, and the court dissolved his party two "
     "months later.", "arrested", day(2017, 9, 3)),
    ("Rebels seized the town on May 2, 2020 and lost it three days later.", "lost",
     day(2020, 5, 5)),
    ("The emir flew to Jeddah on Tuesday, a day after Saudi Arabia severed relations with "
     "Qatar.", "severed", day(2021, 6, 7)),
    ("The army withdrew on Friday, two days before the rebels seized the town.", "seized",
     day(2021, 6, 13)),
    ("The army withdrew on Friday, two days before the rebels seized the town.", "withdrew",
     day(2021, 6, 11)),
    # A planned act takes the time of the future verb it hangs on.
    ("The minister will travel to Brussels on Thursday to meet EU officials.", "meet",
     day(2021, 6, 17)),
    ("The ministry said on Thursday that the minister would meet EU officials.", "meet",
     day(2021, 6, 10)),
])
def test_dates_anchor_picks_the_verbs_expression(resolver, nlp, text, verb, expected):
    from helpers import parse

    parsed = parse(text, nlp)
    anchor = next(t.i for t in parsed.tokens if t.text == verb)
    future = verb in ("meet",)
    assert got(resolver.resolve(parsed, MONDAY, anchor, future=future)) == expected


@pytest.mark.model
def test_dates_finer_date_wins_among_equally_attached(resolver, nlp):
    from helpers import parse

    parsed = parse("Russia and China signed a roadmap for 2021-2025 on Tuesday.", nlp)
    anchor = next(t.i for t in parsed.tokens if t.text == "signed")
    assert got(resolver.resolve(parsed, dt.date(2021, 11, 24), anchor)) == day(2021, 11, 23)


@pytest.mark.parametrize("text, previous, expected", [
    ("The bomb killed 140,000 people by the end of that year.",
     (dt.date(1945, 8, 6), "day"), (dt.date(1945, 1, 1), "year")),
    ("Police arrested him the same day.", (dt.date(2021, 3, 4), "day"),
     (dt.date(2021, 3, 4), "day")),
    ("Protests spread later that month.", (dt.date(2019, 10, 18), "day"),
     (dt.date(2019, 10, 1), "month")),
    ("French troops completed their withdrawal in August that year.",
     (dt.date(2022, 2, 17), "day"), (dt.date(2022, 8, 1), "month")),
    ("The rebels took the town in May of the same year.", (dt.date(2019, 1, 1), "year"),
     (dt.date(2019, 5, 1), "month")),
    ("The court dissolved the party two months later.", (dt.date(2017, 9, 3), "day"),
     (dt.date(2017, 11, 1), "month")),
    ("Troops returned a year later.", (dt.date(2017, 9, 3), "day"),
     (dt.date(2018, 1, 1), "year")),
    ("Rebels struck again three days later.", (dt.date(2017, 9, 3), "day"),
     (dt.date(2017, 9, 6), "day")),
    ("Talks resumed two weeks earlier.", (dt.date(2017, 9, 3), "day"),
     (dt.date(2017, 8, 20), "day")),
])
def test_dates_that_year_is_the_storys_last_date(text, previous, expected):
    from communique.dates import narrative_date
    from communique.model import EventDate
    found = narrative_date(text, EventDate(date=previous[0], precision=previous[1], text="x"))
    assert (found.date, found.precision) == expected
