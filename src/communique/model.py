"""Frozen dataclasses passed between the stages of the coder.

Every value that crosses a stage boundary is one of these: immutable, slotted,
keyword-only, picklable, and made of tuples rather than lists. Offsets
(``start``/``end``) are character offsets into the *original* article text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_CAMEO_CODE = re.compile(r"[0-9]{2,4}")
MODALITIES = ("asserted", "planned", "conditional", "hypothetical", "negated")
PRECISIONS = ("day", "month", "year")
SEGMENT_KINDS = ("headline", "body", "caption", "subheading")


def _ordered(kind: str, start: int, end: int) -> None:
    if not 0 <= start <= end:
        raise ValueError(f"bad {kind} offsets {start}..{end}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news story as read from the input."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # "path:line" the article was read from


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A kept stretch of the original text: a headline, paragraph, caption or sub-heading."""

    start: int
    end: int
    kind: str = "body"
    paragraph: int = 0

    def __post_init__(self) -> None:
        _ordered("segment", self.start, self.end)
        if self.kind not in SEGMENT_KINDS:
            raise ValueError(f"unknown segment kind {self.kind!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Dropped:
    """A stretch of the original text removed as junk, with the reason."""

    start: int
    end: int
    reason: str

    def __post_init__(self) -> None:
        _ordered("dropped", self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanText:
    """The result of cleaning: kept segments in reading order, and what was dropped."""

    text: str  # the original text, unchanged
    segments: tuple[Segment, ...]
    dropped: tuple[Dropped, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One token of a parsed sentence; ``head`` and ``i`` index into the sentence's tokens."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int  # character offset into the original text
    ent_type: str = ""
    ent_iob: str = "O"  # "B", "I" or "O"
    morph: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedSentence:
    """A sentence with its dependency parse, cut loose from spaCy."""

    index: int  # position in the article, 0-based
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    kind: str = "body"  # segment kind the sentence came from
    paragraph: int = 0
    _children: tuple[tuple[Token, ...], ...] = field(default=(), init=False, repr=False,
                                                     compare=False)

    def __post_init__(self) -> None:
        kids: list[list[Token]] = [[] for _ in self.tokens]
        for token in self.tokens:
            if token.head != token.i and 0 <= token.head < len(kids):
                kids[token.head].append(token)
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def children(self, i: int) -> tuple[Token, ...]:
        """The tokens whose head is token ``i``, in sentence order."""
        return self._children[i] if 0 <= i < len(self._children) else ()

    def heads_of(self, i: int, limit: int | None = None) -> list[Token]:
        """The heads above token ``i``, nearest first, up to the root (or ``limit`` of
        them); a head out of range or met twice ends the climb."""
        heads: list[Token] = []
        seen = {i}
        while 0 <= i < len(self.tokens) and (limit is None or len(heads) < limit):
            i = self.tokens[i].head
            if i in seen or not 0 <= i < len(self.tokens):
                break
            seen.add(i)
            heads.append(self.tokens[i])
        return heads


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A resolved actor: CAMEO code split into country and sector."""

    text: str
    code: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """An actor mentioned in a sentence, tokens ``start`` .. ``end`` (exclusive)."""

    start: int
    end: int
    actor: Actor
    kind: str = "name"  # name, title, agent, metonym, pronoun, description

    def __post_init__(self) -> None:
        _ordered("mention", self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate:
    date: dt.date
    precision: str = "day"
    text: str | None = None  # the time expression it came from, if any

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    text: str
    speaker: str | None = None  # CAMEO code or name of who said it
    start: int = 0
    end: int = 0

    def __post_init__(self) -> None:
        _ordered("quote", self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    sentence: str
    start: int
    end: int

    def __post_init__(self) -> None:
        _ordered("evidence", self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One coded event: the record documented in docs/events.md."""

    event_id: str
    article_id: str
    date: dt.date
    date_precision: str
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_name: str
    plover: str | None  # None for CAMEO 01 (statements), which PLOVER does not code
    quad_class: int
    goldstein: float
    modality: str
    location: Place | None
    evidence: Evidence
    quote: Quote | None = None
    mentions: int = 1
    confidence: float = 0.5
    sentence_index: int = 0
    word: tuple[int, int] = (0, 0)  # offsets of the word that expresses it (digest)
    story_id: str | None = None  # the earliest near-duplicate article's id (stories.py)
    num_articles: int = 1  # articles of the story reporting this event
    num_sources: int = 1  # distinct outlets among them

    def __post_init__(self) -> None:
        if not _CAMEO_CODE.fullmatch(self.cameo):
            raise ValueError(f"bad CAMEO code {self.cameo!r}")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}")
        if self.date_precision not in PRECISIONS:
            raise ValueError(f"unknown date precision {self.date_precision!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0..1")


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    """An input that could not be coded, and why."""

    origin: str  # "path:line" or "path"
    reason: str
    article_id: str | None = None
    stage: str = "ingest"
    raw: str | None = field(default=None, repr=False)  # the raw input, truncated, for re-runs


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An article a resumed run does not code again: its events are already stored."""

    article_id: str
    origin: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCandidate:
    """An event found in one sentence, before dating, placing and de-duplication."""

    sentence_index: int
    anchor: int  # token index of the word that expresses the event
    cameo: str
    source: Actor | None
    target: Actor | None
    modality: str = "asserted"
    confidence: float = 0.5
    refers_back: bool = False  # no target named, but 'the launch' points at an earlier event
    refers_to: str = ""  # what that noun tells of it: a CAMEO root ('the sanctions': '16'),
    # 'JUD' for a court's act ('the ruling'), '' for nothing ('the move')
    placed: bool = False  # the target is where it happened, not a party named as acted on

    def __post_init__(self) -> None:
        if not _CAMEO_CODE.fullmatch(self.cameo):
            raise ValueError(f"bad CAMEO code {self.cameo!r}")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0..1")
