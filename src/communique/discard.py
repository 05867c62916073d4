"""Stories and sentences that are not political: sport, weather, food, entertainment.

Phrases from the PETRARCH2 discard list and communique's own list: a "story" phrase
anywhere in an article means the article yields no events; a "sentence" phrase drops
that sentence. Matching is case-insensitive on whole words.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

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
        return self.sentence.search(text) is not None
