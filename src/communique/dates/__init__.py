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


from .expressions import nearest_year
from .resolver import DateResolver
from .story import bygone, caption_date, narrative_date

__all__ = ["DateResolver", "bygone", "caption_date", "narrative_date", "nearest_year"]
