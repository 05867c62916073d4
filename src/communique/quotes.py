"""Direct quotes and who said them.

A quote is text between double quotation marks (straight or curly) of at least a few
words. Its speaker is the subject of the speech verb in the sentence that holds or
introduces it ("...," Putin said), or the last speaker in the paragraph.
"""

from __future__ import annotations

import re

from .model import Mention, ParsedSentence, Quote

QUOTE = re.compile(r"[\"“”„«]([^\"“”„«»]{12,2000}?)[\"“”»]")
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "state", "declare", "insist", "write",
                           "warn", "stress", "note", "explain", "announce", "claim", "ask"})


def find_quotes(sentences: tuple[ParsedSentence, ...],
                mentions: tuple[tuple[Mention, ...], ...], text: str) -> dict[int, Quote]:
    """Quotes by sentence index: each sentence that holds (part of) a quote gets it."""
    found: dict[int, Quote] = {}
    last_speaker: dict[int, str] = {}
    for match in QUOTE.finditer(text):
        holders = [s for s in sentences if s.start < match.end(1) and match.start(1) < s.end]
        if not holders:
            continue
        speaker = _speaker(holders, sentences, mentions) or last_speaker.get(holders[0].paragraph)
        if speaker:
            last_speaker[holders[0].paragraph] = speaker
        quote = Quote(text=match.group(1).strip(), speaker=speaker,
                      start=match.start(1), end=match.end(1))
        for sentence in holders:
            found.setdefault(sentence.index, quote)
    return found


def _speaker(holders, sentences, mentions) -> str | None:
    """The actor code of the subject of a speech verb in or right after the quote."""
    candidates = list(holders)
    last = holders[-1].index
    if last + 1 < len(sentences):
        candidates.append(sentences[last + 1])
    for sentence in candidates:
        code = _speech_subject(sentence, mentions[sentence.index])
        if code:
            return code
    return None


def _speech_subject(sentence: ParsedSentence, mentions: tuple[Mention, ...]) -> str | None:
    for token in sentence.tokens:
        if token.lemma.lower() in SPEECH_LEMMAS and token.pos == "VERB":
            for child in sentence.children(token.i):
                if child.dep == "nsubj":
                    for mention in mentions:
                        if mention.start <= child.i < mention.end:
                            return mention.actor.code
    return None
