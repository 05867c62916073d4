"""Runs the stages in order: clean → parse → actors → events → dates, places, quotes → merge.

``Coder`` holds the loaded stages (spaCy pipeline, dictionaries, gazetteer) and codes
articles in batches. ``code_articles`` streams articles and rejections through it: a
failure while coding one article becomes a Rejection, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import re
import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, replace
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

from . import __version__
from .actors import ActorCoder
from .actors.codes import outlived
from .actors.user import user_file
from .clean import clean
from .config import Settings
from .dates import DateResolver, bygone, caption_date, narrative_date
from .discard import Discards, life_story, obituary, opinion
from .errors import CommuniqueError
from .events import EventCoder, lookup
from .events.cameo import NEEDS_RECIPIENT, plover_of
from .events.candidates import (people_at_home, place_source, place_target,
                                placed_sectors)
from .events.confidence import HEADLINE_PENALTY
from .events.unreal import speculation
from .model import (Actor, Article, CleanText, Event, EventCandidate, EventDate, Evidence,
                    Mention, ParsedSentence, Place, Quote, Rejection)
from .nlp import Parser
from .places import Gazetteer
from .quotes import find_quotes

log = logging.getLogger(__name__)
Result = tuple[Article, tuple[Event, ...]] | Rejection


class Coder:
    """All stages, loaded once; ``code`` codes one article, ``code_batch`` several."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.parser = Parser(self.settings.model, self.settings.ner)
        self.actors = ActorCoder(user_file=user_file(self.settings.actors_file))
        self.events = EventCoder()
        self.dates = DateResolver()
        self.places = Gazetteer()
        self.discards = Discards()

    def code(self, article: Article) -> tuple[Event, ...]:
        """Events of one article; raises CommuniqueError if it cannot be coded."""
        return self._code_parsed(article, self.parser.parse([clean(article.text)])[0])

    def code_batch(self, articles: Sequence[Article]) -> list[Result]:
        """Code several articles; a failing article becomes a Rejection."""
        parsed = self.parser.parse([clean(a.text) for a in articles])
        results: list[Result] = []
        for article, sentences in zip(articles, parsed):
            try:
                results.append((article, self._code_parsed(article, sentences)))
            except Exception as error:  # noqa: BLE001 - one article never stops a batch
                log.warning("coding %s failed", article.id, exc_info=True)
                results.append(_rejection(article, error))
        return results

    def explain(self, article: Article) -> Explanation:
        """Everything the coder found in one article, for ``communique digest``."""
        cleaned = clean(article.text)
        return self._explained(article, cleaned, self.parser.parse([cleaned])[0])

    def _code_parsed(self, article: Article, sentences: tuple[ParsedSentence, ...]):
        return self._explained(article, None, sentences).events

    def _explained(self, article: Article, cleaned: CleanText | None,
                   sentences: tuple[ParsedSentence, ...]) -> Explanation:
        published = article.date or dt.date.today()
        discarded = self.discards.story_reason(article.text)
        if discarded:
            return Explanation(cleaned=cleaned, sentences=sentences, discarded=discarded)
        mentions = self.actors.code_article(sentences, published)
        quotes = find_quotes(sentences, mentions, article.text)
        events, earlier = [], []
        story = StoryTime(obituary(article.text),
                          NewsDays(sentences, lambda s: self.dates.resolve(s, published)),
                          opinion=opinion(article.text))
        for sentence, found in zip(sentences, mentions):
            if self.discards.drops_sentence(sentence.text):
                continue
            told = len(earlier)
            for candidate in resolve_back(self.events.code_sentence(sentence, found), earlier):
                if sentence.kind != "caption":  # a photo's scene is not the story's news
                    earlier.append(candidate)
                event = self._event(article, published, sentence, candidate,
                                    quotes.get(sentence.index), story,
                                    frozenset(m.actor.country for m in found))
                if event is not None and self._recordable(event):
                    events.append(event)
            if len(earlier) == told and sentence.kind == "body" \
                    and YEAR.search(sentence.text):  # no event, but a year the paragraph's
                story.follow(sentence, self.dates.resolve(sentence, published))  # history keeps
        headlines = {s.index for s in sentences if s.kind == "headline"}
        events = attach_quotes(events, quotes, sentences)
        folded = [e for e in without_targetless_twins(fold_headlines(events, headlines))
                  if e.confidence >= self.settings.min_confidence]
        return Explanation(cleaned=cleaned, sentences=sentences, mentions=mentions,
                           quotes=tuple(quotes.values()), events=merge_duplicates(folded))

    def _recordable(self, event: Event) -> bool:
        return event.confidence >= self.settings.min_confidence \
            and not (event.target is None and event.plover in NEEDS_RECIPIENT) \
            and not nameless(event) and not between_businesses(event) \
            and not to_own_state(event)

    def _event(self, article, published, sentence, candidate: EventCandidate,
               quote: Quote | None, story: "StoryTime",
               countries: frozenset[str | None] = frozenset()) -> Event | None:
        when = story.follow(sentence, self._date(sentence, candidate, published), published,
                            _simple_past(sentence, candidate.anchor))
        if when is not None and (undated_past(sentence, candidate, when)
                                 or _former_state(candidate, when)):
            when = story.history(sentence, published)  # the past time just told, if any
        if when is None or story.obituary and life_story(sentence, candidate, when) \
                or story.opinion and speculation(sentence, candidate.modality):
            return None
        code = lookup(candidate.cameo)
        location = self.places.locate(sentence, candidate.anchor,
                                      verbal=code.quad_class in (1, 3))
        if sentence.kind != "caption":  # a caption's place is where the photo was taken
            place = _place_actor(location)
            candidate = placed_sectors(place_source(place_target(candidate, place), place),
                                       place)
            if people_at_home(candidate):
                return None
        if location is None and sentence.kind != "caption":
            home = _home_country(candidate, code.quad_class, countries)
            location = self.places.country(home) if home and self.places.is_country(home) \
                else None
        word = sentence.tokens[candidate.anchor]
        return Event(
            event_id=event_id(article.id, candidate, when), article_id=article.id,
            date=when.date, date_precision=when.precision, source=candidate.source,
            target=candidate.target, cameo=candidate.cameo, cameo_name=code.name,
            plover=plover_of(code, candidate.modality, word.lemma.lower()),
            quad_class=code.quad_class, goldstein=code.goldstein,
            modality=candidate.modality,
            location=location,
            evidence=Evidence(sentence=sentence.text, start=sentence.start, end=sentence.end),
            quote=quote, confidence=candidate.confidence, sentence_index=sentence.index,
            word=_word_span(sentence, candidate.anchor))

    def _date(self, sentence, candidate, published) -> EventDate | None:
        if sentence.kind == "caption":
            own = caption_date(sentence.text, published)
            if own is None and not self.settings.keep_undated_captions:
                return None
            return own or EventDate(date=published, precision="day")
        future = candidate.modality in ("planned", "conditional")
        return self.dates.resolve(sentence, published, candidate.anchor, future=future) \
            or EventDate(date=published, precision="day", text=None)


def _simple_past(sentence: ParsedSentence, anchor: int) -> bool:
    """The event's word is a simple past verb ('occupied'), not a present perfect ('has
    promised') or anything to come."""
    token = sentence.tokens[anchor]
    if token.tag != "VBD":
        return False
    return not any(t.head == anchor and t.dep in ("aux", "auxpass")
                   and t.text.lower() in ("will", "would", "has", "have", "'ll", "shall")
                   for t in sentence.tokens)


def _word_span(sentence: ParsedSentence, anchor: int) -> tuple[int, int]:
    """Offsets in the original text of the word that expresses the event."""
    token = sentence.tokens[anchor]
    return token.start, token.start + len(token.text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """One article as the coder saw it: cleaning, sentences, actors, quotes and events."""

    cleaned: CleanText | None
    sentences: tuple[ParsedSentence, ...]
    mentions: tuple[tuple[Mention, ...], ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    discarded: str | None = None  # why the whole story is not political


YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?:s)?\b")  # '1945', 'the 1990s'
# ISO 3166 codes that CAMEO actor codes spell otherwise (Kosovo has no ISO code of its own).
CAMEO_COUNTRIES = {"XKX": "KSV"}
ISO_COUNTRIES = {cameo: iso for iso, cameo in CAMEO_COUNTRIES.items()}


EXPULSION = "174"  # CAMEO: expel or deport individuals


def _home_country(candidate: EventCandidate, quad_class: int,
                  countries: frozenset[str | None]) -> str | None:
    """Where a domestic event happens when the sentence names no place: the country both
    sides belong to ('police arrested the opposition leader'), or the acting side's for a
    material act with no target in a sentence naming no other country ('the army
    test-fired a missile', but not 'US forces withdrew as the Taliban took power'); the
    expelling side's for an expulsion ('ordered the French envoy to leave'); ISO code.
    A statement (quad class 1 or 3) is placed only where the sentence says it was made."""
    source = candidate.source.country if candidate.source else None
    target = candidate.target.country if candidate.target else None
    if source is not None and candidate.cameo.startswith(EXPULSION):
        return ISO_COUNTRIES.get(source, source)  # people are expelled from where they are
    if source is None or quad_class in (1, 3) \
            or (candidate.target is not None and target != source):
        return None
    if candidate.target is None and (quad_class not in (2, 4) or countries - {source, None}):
        return None
    return ISO_COUNTRIES.get(source, source)


def _place_actor(location: Place | None) -> Actor | None:
    """The country of a place as an actor, in the CAMEO code the actor dictionaries use."""
    if location is None or not location.country:
        return None
    code = CAMEO_COUNTRIES.get(location.country, location.country)
    return Actor(text=location.name, code=code, country=code)


class StoryTime:
    """The date the story last stated, for 'three days later' and 'the next day' in the
    same paragraph or the sentence right after; for a paragraph telling history ('A war
    in the early 1990s killed 30,000 people. Armenian forces occupied seven districts.'),
    an undated act in the past tense keeps the paragraph's historical date; and whether the
    story is an obituary, whose undated deeds of the dead are no news of the day, or an
    opinion piece, whose author's speculation is no event."""

    def __init__(self, obituary: bool = False, days: "NewsDays | None" = None,
                 opinion: bool = False) -> None:
        self.last: tuple[EventDate, int, int] | None = None
        self.obituary = obituary
        self.opinion = opinion
        self.days = days

    def follow(self, sentence: ParsedSentence, when: EventDate | None,
               published: dt.date | None = None, past: bool = False) -> EventDate | None:
        if when is not None and when.text is None and self._near(sentence):
            when = narrative_date(sentence.text, self.last[0]) or when
        if when is not None and when.text is None and past and published is not None:
            if self._historical(sentence, published):
                return self.last[0]
            if self.days is not None:
                return self.days.of(sentence, published) or when
        if when is not None and when.text is not None and sentence.kind != "caption":
            self.last = (when, sentence.index, sentence.paragraph)
        return when

    def history(self, sentence: ParsedSentence, published: dt.date) -> EventDate | None:
        """For a deed the text puts in a past it does not date ('then-Finance Minister
        Varoufakis accused ...'): the historical date of its paragraph or of the sentence
        just before, or None."""
        if self.last is None or (published - self.last[0].date).days <= 365:
            return None
        return self.last[0] if self._near(sentence) and sentence.kind != "caption" else None

    def _historical(self, sentence: ParsedSentence, published: dt.date) -> bool:
        """The same paragraph's last date is a year or more before publication."""
        return self.last is not None and self.last[2] == sentence.paragraph \
            and sentence.kind != "caption" and (published - self.last[0].date).days > 365

    def _near(self, sentence: ParsedSentence) -> bool:
        return self.last is not None and (
            self.last[2] == sentence.paragraph or self.last[1] == sentence.index - 1)


class NewsDays:
    """The day a paragraph reports on, for a past act it does not date: 'Landsbergis
    accused Russia's GRU of recruiting the suspects. ... he said on Wednesday' -- the one
    recent day (within ten days before publication) that the paragraph's other sentences
    name, if they name exactly one."""

    def __init__(self, sentences: Sequence[ParsedSentence],
                 resolve: Callable[[ParsedSentence], EventDate | None]) -> None:
        self._sentences, self._resolve = sentences, resolve
        self._days: dict[int, EventDate | None] = {}

    def of(self, sentence: ParsedSentence, published: dt.date) -> EventDate | None:
        if sentence.kind != "body":
            return None
        if sentence.paragraph not in self._days:
            self._days[sentence.paragraph] = self._day(sentence.paragraph, published)
        return self._days[sentence.paragraph]

    def _day(self, paragraph: int, published: dt.date) -> EventDate | None:
        days = set()
        for other in self._sentences:
            if other.paragraph != paragraph or other.kind != "body":
                continue
            when = self._resolve(other)
            if when is not None and when.precision == "day" \
                    and 0 < (published - when.date).days <= 10:
                days.add(when)
        return days.pop() if len({d.date for d in days}) == 1 else None


def undated_past(sentence: ParsedSentence, candidate: EventCandidate, when: EventDate) -> bool:
    """'During his presidency, he expelled American diplomats', 'the king once hosted
    Nixon', 'then-Finance Minister Varoufakis accused ...': a deed of some past time the
    text does not name, which must not take the publication date (it takes the historical
    date told just before it, if any, else it is not coded). A conditional is a warning
    given then ('... would expel the troops, officials have warned in the past')."""
    return when.text is None and candidate.modality != "planned" \
        and bygone(sentence, candidate.anchor)


def _former_state(candidate: EventCandidate, when: EventDate) -> bool:
    """'Soviet troops crushed the uprising', with no date: a state that had ended by the
    date the event would take acted in some past the text does not date."""
    return when.text is None and any(
        actor is not None and outlived(actor.code, when.date)
        for actor in (candidate.source, candidate.target))


def nameless(event: Event) -> bool:
    """'Two men were jailed for smuggling cocaine': no source, and a target that is only a
    sector ('PPL') with no country, organisation or place: nobody a coder could record.
    (Two bare sectors, 'the government deployed police', are still coded: the gold does.)"""
    target = event.target
    return event.source is None and (target is None or (
        not target.country and target.code == target.sector))


# Organs of a state, and the kinds of words they say to others (not requests, 10, nor
# meetings, 04: 'Ruto will meet youth leaders', 'urged Kenyans to stay home').
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
WORDS_TO_OTHERS = ("01", "02", "03", "05", "09", "11", "12", "13")


def to_own_state(event: Event) -> bool:
    """'Ethiopia's foreign ministry said it "regrets" the decision' coded ETHGOV -> ETH: a
    state organ's words are not aimed at its own country as a whole when that country is
    only the possessor in the speaker's own name, or a reference taken from another
    sentence; a place in the sentence ('a curfew in Algiers') is still a target."""
    source, target = event.source, event.target
    if source is None or target is None or not source.country \
            or target.code != source.country or source.sector not in STATE_ORGAN_SECTORS \
            or not event.cameo.startswith(WORDS_TO_OTHERS):
        return False
    named, sentence = target.text or "", event.evidence.sentence
    possessor = sentence.count(named) == 1 and f"{named}'s" in sentence  # 'Ethiopia's ministry'
    return named in (source.text or "") or named not in sentence or possessor


def _business(actor: Actor | None) -> bool:
    return actor is not None and (actor.code.startswith("MNC") or actor.sector == "BUS")


def between_businesses(event: Event) -> bool:
    """'Boeing sued Airbus in a Delaware court': a company's dealings with other companies
    or the courts are business, not politics; with a government ('Exxon sued Venezuela')
    or with nobody named ('business leaders called for tax cuts') they are coded."""
    target = event.target
    return _business(event.source) and target is not None and (
        _business(target) or target.sector == "JUD")


def resolve_back(candidates: list[EventCandidate],
                 earlier: list[EventCandidate]) -> list[EventCandidate]:
    """'South Korea condemned the launch': the target is who did the latest earlier event
    (another actor than the source), and the confidence rises as if it were named."""
    out = []
    for candidate in candidates:
        before = earlier + [c for c in candidates if c.anchor < candidate.anchor]
        own = candidate.source.code if candidate.source is not None else None
        doers = [e for e in reversed(before) if e.source is not None
                 and e.source.code != own and not e.cameo.startswith("01")]
        doer = next((e.source for e in doers if _of_kind(e, candidate.refers_to)),
                    doers[0].source if doers else None)
        if candidate.refers_back and candidate.target is None and doer is not None:
            candidate = replace(candidate, target=doer, refers_back=False,
                                confidence=min(round(candidate.confidence + 0.2, 2), 0.85))
        out.append(candidate)
    return out


def _of_kind(event: EventCandidate, kind: str) -> bool:
    """Whether an earlier event is one a noun referring back names: 'welcomed the
    [sanctions]' the latest sanctions (CAMEO 16), 'rejected the [ruling]' a court's act."""
    if kind == "JUD":
        return (event.source.sector or "").startswith("JUD")
    return bool(kind) and event.cameo.startswith(tuple(kind.split()))  # '15 19': either


def event_id(article_id: str, candidate: EventCandidate, when: EventDate) -> str:
    """Stable id of the (article, source, target, code, date) an event is merged on."""
    key = "|".join([article_id, candidate.source.code if candidate.source else "",
                    candidate.target.code if candidate.target else "", candidate.cameo,
                    when.date.isoformat(), when.precision, __version__])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def attach_quotes(events: list[Event], quotes: dict[int, Quote],
                  sentences: tuple[ParsedSentence, ...]) -> list[Event]:
    """An event without a quote of its own takes a quote by a speaker of the source's
    country from its own paragraph, or from the next paragraph when that paragraph opens
    with the quote ('Russia would hand over ...' then '"If we agree ...," Putin said')."""
    where = {s.index: s for s in sentences}

    def supports(event: Event, index: int, quote: Quote) -> bool:
        here, there = where[event.sentence_index], where[index]
        opens = there.paragraph == here.paragraph + 1 and quote.start - there.start <= 1 \
            and all(s.paragraph != there.paragraph or s.index >= index for s in sentences)
        source = event.source.country or event.source.code if event.source else ""
        return bool(quote.speaker and source and quote.speaker[:3] == source[:3]) and (
            there.paragraph == here.paragraph or opens)

    def nearby(event: Event) -> Quote | None:
        return next((q for i, q in sorted(quotes.items()) if supports(event, i, q)), None)

    return [e if e.quote else replace(e, quote=nearby(e)) for e in events]


def fold_headlines(events: list[Event], headlines: set[int]) -> list[Event]:
    """A headline restates the story: an event of the headline between the same countries
    as an event of the body, in either direction ('Japan and South Korea agree to talks'
    for 'Iwaya met Cho'), counts as one more mention of it, not as an event of its own;
    one that no event of the body restates is less sure (unless the body has none)."""
    def key(e: Event) -> tuple:  # headlines are terse: "US" for "Washington", present tense
        pair = (e.source and e.source.country, e.target and e.target.country)
        return tuple(sorted(pair)) if all(pair) else pair

    body = {key(e): e.event_id for e in events if e.sentence_index not in headlines}
    extra = Counter(body[key(e)] for e in events
                    if e.sentence_index in headlines and key(e) in body)
    kept = [e for e in events if e.sentence_index not in headlines or key(e) not in body]
    return [replace(e, mentions=e.mentions + extra.pop(e.event_id, 0))
            if e.sentence_index not in headlines or not body else _unrestated(e)
            for e in kept]


def _unrestated(event: Event) -> Event:
    """A headline event that no body event restates: headlines are terse and often
    misparsed ('Addis Ababa rejects claims'), and the body tells the story."""
    return replace(event, confidence=round(max(event.confidence - HEADLINE_PENALTY, 0.0), 2))


def without_targetless_twins(events: list[Event]) -> list[Event]:
    """'The UN mission called on all sides to halt hostilities and protect civilians': one
    word tells one act; a reading of it by the same side and of the same kind that names
    no recipient is that act told less fully, not a second event."""
    aimed = {(e.sentence_index, e.word, e.source.code, e.cameo[:2]) for e in events
             if e.target is not None and e.source is not None}
    return [e for e in events if e.target is not None or e.source is None
            or (e.sentence_index, e.word, e.source.code, e.cameo[:2]) not in aimed]


def merge_duplicates(events: list[Event]) -> tuple[Event, ...]:
    """One event per id, counting mentions and keeping the best evidence."""
    best: dict[str, Event] = {}
    counts: Counter = Counter()
    quotes: dict[str, Quote] = {}
    for event in events:
        counts[event.event_id] += event.mentions
        if event.quote is not None:
            quotes.setdefault(event.event_id, event.quote)
        kept = best.get(event.event_id)
        if kept is None or event.confidence > kept.confidence:
            best[event.event_id] = event
    merged = []
    for key, event in best.items():
        bonus = min(0.05 * (counts[key] - 1), 0.1)
        merged.append(_with(event, mentions=counts[key], quote=event.quote or quotes.get(key),
                            confidence=round(min(event.confidence + bonus, 1.0), 2)))
    return tuple(sorted(merged, key=lambda e: (e.sentence_index, e.evidence.start, e.cameo)))


def _with(event: Event, **changes) -> Event:
    return replace(event, **changes)


def _rejection(article: Article, error: Exception) -> Rejection:
    kind = "" if isinstance(error, CommuniqueError) else f"{type(error).__name__}: "
    return Rejection(origin=article.origin or article.id,
                     reason=f"cannot be coded: {kind}{error}",
                     article_id=article.id, stage="code", raw=article.text[:10_000])


def code_articles(items: Iterable[Article | Rejection], settings: Settings,
                  coder: Coder | None = None) -> Iterator[Result]:
    """Stream articles through the coder in batches; anything else (a Rejection, a
    Skipped) passes straight through."""
    coder = coder or Coder(settings)
    iterator = iter(items)
    while batch := list(islice(iterator, settings.batch_size)):
        articles = [item for item in batch if isinstance(item, Article)]
        coded = iter(coder.code_batch(articles)) if articles else iter(())
        for item in batch:
            yield next(coded) if isinstance(item, Article) else item
