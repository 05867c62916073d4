"""Direct quotes and who said them.

A quote is text between double quotation marks (straight or curly) of at least a few
words. Its speaker is the subject of the speech verb in the sentence that holds or
introduces it ("...," Putin said), or the last speaker in the paragraph.
"""

from __future__ import annotations

import re

from .model import Mention, ParsedSentence, Quote

QUOTE_MARK = re.compile(r"[\"“”„«»]")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MIN_QUOTE, MAX_QUOTE = 12, 2000


def quote_spans(text: str):
    """(start, end) of the text inside each pair of quotation marks, paired in order
    within a paragraph, so a one-word quote ("killer") cannot shift the pairing."""
    for paragraph in _paragraphs(text):
        marks = [m.start() for m in QUOTE_MARK.finditer(text, *paragraph)]
        for open_at, close_at in zip(marks[::2], marks[1::2]):
            if MIN_QUOTE <= close_at - open_at - 1 <= MAX_QUOTE:
                yield open_at + 1, close_at


def _paragraphs(text: str):
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "state", "declare", "insist", "write",
                           "warn", "stress", "note", "explain", "announce", "claim", "ask"})


def find_quotes(sentences: tuple[ParsedSentence, ...],
                mentions: tuple[tuple[Mention, ...], ...], text: str) -> dict[int, Quote]:
    """Quotes by sentence index: each sentence that holds (part of) a quote gets it."""
    found: dict[int, Quote] = {}
    last_speaker: dict[int, str] = {}
    for start, end in quote_spans(text):
        holders = [s for s in sentences if s.start < end and start < s.end]
        if not holders:
            continue
        speaker = _speaker(holders, sentences, mentions) or last_speaker.get(holders[0].paragraph)
        if speaker:
            last_speaker[holders[0].paragraph] = speaker
        quote = Quote(text=text[start:end].strip(), speaker=speaker, start=start, end=end)
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
