"""Stories and sentences that are not political: sport, weather, food, entertainment.

Phrases from the PETRARCH2 discard list and communique's own list: a "story" phrase
anywhere in an article means the article yields no events; a "sentence" phrase drops
that sentence. Matching is case-insensitive on whole words.

An opinion piece may report news ('Last week, Estonia expelled a Russian diplomat'), but
what its author says would, could or should happen is the author's speculation: ``opinion``
tells one.

An obituary is political news in its lead (tributes, the funeral) but its life story
recounts old deeds: ``obituary`` tells one, ``life_story`` the undated deeds of the
person who died, which must not be dated to the publication day.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .events.actors_in_parse import subject_of
from .model import EventCandidate, EventDate, ParsedSentence

STORY_HITS_NEEDED = 3  # a political story may name FIFA and the World Cup; a match report
                       # names the striker, the goalkeeper and the half-time score too


@cache
def _phrases(name: str) -> tuple[tuple[str, str], ...]:
    path = resources.files("communique") / "data" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#") and "\t" in line:
            phrase, level = line.split("\t")[:2]
            rows.append((phrase.strip(), level.strip()))
    return tuple(rows)


def _pattern(phrases: list[str]) -> re.Pattern:
    alternatives = sorted({re.escape(p) for p in phrases if p}, key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?:e?s)?(?!\w)",
                      re.IGNORECASE)  # plurals too: "tablespoons", "strikers"


class Discards:
    """Compiled discard phrases; build once per run."""

    def __init__(self, rows: tuple[tuple[str, str], ...] | None = None,
                 story_hits: int = STORY_HITS_NEEDED) -> None:
        rows = rows if rows is not None else _phrases("discards.tsv") + \
            _phrases("discards_extra.tsv")
        self.story_hits = story_hits
        self.story = _pattern([p for p, level in rows if level == "story"])
        self.sentence = _pattern([p for p, level in rows if level == "sentence"])

    def story_reason(self, text: str) -> str | None:
        """Why the whole story is not political, or None."""
        hits = {m.group(0).lower().rstrip("s") for m in self.story.finditer(text)}
        if len(hits) >= self.story_hits:
            return "non-political story: " + ", ".join(sorted(hits)[:3])
        return None

    def drops_sentence(self, text: str) -> bool:
        return self.sentence.search(text) is not None or sports_result(text)


# A sentence that states a match result: its 'crushed', 'beat' and 'attack' are sport.
_RESULTS = (
    re.compile(r"\bby (?:an innings|\d{1,3} (?:runs?|wickets?|goals?|points?|strokes?|"
               r"shots?|lengths?|frames?))\b", re.IGNORECASE),  # 'won by 152 runs'
    re.compile(r"\b(?:level|levelled|leveled|lead|leads|led|won|win|clinched|clinch|"
               r"sealed|seal) (?:the )?(?:test |odi |t20 |one-day )?series\b", re.IGNORECASE),
    re.compile(r"\b[0-7]-[0-7](?: ?\(\d{1,2}(?:-\d{1,2})?\))?, [0-7]-[0-7]\b"),  # 6-3, 7-6(4)
    re.compile(r"\b(?:first|second) half\b(?! of)|\b\d{1,3}(?:st|nd|rd|th) minute\b|"
               r"\b(?:in front of|before a (?:sell-out |capacity )?crowd of) [\d,]+\b",
               re.IGNORECASE),
    re.compile(r"\b(?:beat|beats|beating|defeated|defeats|crushed|crush|thrashed|thrash|"
               r"routed|rout|edged|stunned|hammered|trounced|drew with|lost to|held)\s+"
               r"(?:[A-Z][\w.'-]*\s){1,3}\d{1,3}-\d{1,3}\b"),  # 'beat Germany 2-1'
)


def sports_result(text: str) -> bool:
    """'Pakistan crushed England by 152 runs', 'beat Germany 2-1', '6-3, 7-6',
    'in the second half': a match result, not a clash between states. A vote ('voted 79-0',
    'a 6-3 ruling') has no such shape."""
    return any(p.search(text) for p in _RESULTS)


# What marks an obituary: a label, 'dies at 97', 'died ... aged 97', 'He was 97.',
# 'is survived by'. Two are needed: 'He was 19.' alone ends many a protest report.
_OBITUARY_SIGNS = tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in (
    r"^\W*obituary\b",
    r"\bdie[sd]?\b[^.\n]{0,60}\b(?:at|aged|at the age of) \d{2,3}\b",
    r"\b(?:he|she) was (?:\d{2,3}|aged \d{2,3})\.",
    r"\b(?:is|was) survived by\b",
    r"\b(?:born|was born) in [A-Z][\w -]{1,30}? in (?:18|19|20)\d\d\b",
))
_DECEASED = frozenset({"he", "she"})


def obituary(text: str) -> bool:
    """Whether the article is an obituary (two of its signs)."""
    return sum(bool(p.search(text)) for p in _OBITUARY_SIGNS) >= 2


def life_story(sentence: ParsedSentence, candidate: EventCandidate, when: EventDate) -> bool:
    """In an obituary, 'He accused the West of ...' with no date of its own: a deed of the
    life recounted, done at some time the text does not say, not on the publication day."""
    if when.text is not None or candidate.modality in ("planned", "conditional") \
            or sentence.kind == "caption":
        return False
    subject = subject_of(sentence, sentence.tokens[candidate.anchor])
    return subject is not None and subject.text.lower() in _DECEASED


# What marks an opinion piece: the label on the headline or on a line of its own above it
# ('OPINION: If Russia tests NATO ...', 'Comment'), or the disclaimer that the views are
# the author's. Further down, 'Opinion | <headline>' is a link to another piece.
_OPINION_LABEL = re.compile(
    r"^\W*(?:opinion|comment|commentary|op-ed|column|editorial|viewpoint)\W*(?:[:|-] |$)",
    re.IGNORECASE | re.MULTILINE)
_OPINION_DISCLAIMER = re.compile(
    r"\bviews expressed (?:in this (?:article|piece|column|commentary) )?are (?:the "
    r"author's|those of the authors?|(?:his|her|their|my) own)\b", re.IGNORECASE)
_TOP = 2  # the headline and a label line above it


def opinion(text: str) -> bool:
    """Whether the article is an opinion piece (a label at the top, or the disclaimer)."""
    top = "\n".join(text.lstrip().splitlines()[:_TOP])
    return _OPINION_LABEL.search(top) is not None \
        or _OPINION_DISCLAIMER.search(text[:100_000]) is not None
