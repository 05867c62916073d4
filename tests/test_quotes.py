"""Tests for communique.quotes (direct quotes and their speakers) and for
``pipeline.attach_quotes`` (which event a nearby quote supports).

``quote_spans`` and ``attach_quotes`` are tested on hand-made values; speakers need a
parse and use the session coder (marked ``model``).
"""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace

import pytest

from communique.clean import clean
from communique.model import Actor, Event, Evidence, Quote
from communique.pipeline import attach_quotes
from communique.quotes import MIN_QUOTE, find_quotes, quote_spans

from helpers import make_sentence

PUBLISHED = dt.date(2021, 6, 14)
model = pytest.mark.model


def spans(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_spans(text)]


def quotes_of(coder, text: str) -> dict:
    """find_quotes over the article as the pipeline cleans, parses and codes it."""
    sentences = coder.parser.parse([clean(text)])[0]
    mentions = coder.actors.code_article(sentences, PUBLISHED)
    return find_quotes(sentences, mentions, text)


# --- quote_spans -------------------------------------------------------------------------


def test_quotes_pair_in_order():
    text = '"We are ready to talk," Putin said. "We are not," Biden said on Wednesday.'
    assert spans(text) == ["We are ready to talk,"]  # the second is under the minimum length


def test_quotes_one_word_quote_does_not_shift_pairing():
    text = ('Biden called Putin a "killer" in March. "We are ready to work with Washington," '
            'Putin said.')
    assert spans(text) == ["We are ready to work with Washington,"]


def test_quotes_pairing_restarts_each_paragraph():
    # a quote running on into the next paragraph leaves its first paragraph unclosed
    text = ('"We will defend our people, whatever it costs.\n\n'
            'Zelensky added: "Ukraine will never surrender its land."')
    assert spans(text) == ["Ukraine will never surrender its land."]


GLIMMERS = ("“There is no happiness in life, only glimmers on the horizon,” Putin told "
            "reporters.")


def test_quotes_curly_quotes():
    text = GLIMMERS
    assert spans(text) == ["There is no happiness in life, only glimmers on the horizon,"]


def test_quotes_mixed_marks_pair_with_each_other():
    text = ("«Nous sommes prêts à discuter», a dit Macron. "
            "“We agree with France,” Scholz said.")
    assert spans(text) == ["Nous sommes prêts à discuter", "We agree with France,"]


def test_quotes_minimum_length():
    short = "x" * (MIN_QUOTE - 1)
    exact = "y" * MIN_QUOTE
    assert spans(f'He said "{short}" and "{exact}".') == [exact]
    assert spans('"Yes," Putin said. "Absolutely not," Biden said.') == ["Absolutely not,"]


def test_quotes_no_marks_no_quotes():
    assert spans("Russia said it would hand over criminals.") == []
    assert spans("") == []


# --- speakers (real parses) --------------------------------------------------------------


@model
def test_quotes_speaker_from_quote_then_said(coder):
    text = '"We are ready to work with Washington," Putin said on Wednesday.'
    (quote,) = quotes_of(coder, text).values()
    assert (quote.text, quote.speaker) == ("We are ready to work with Washington,", "RUSGOV")
    assert text[quote.start:quote.end] == quote.text


@model
def test_quotes_speaker_from_curly_quote_then_told(coder):
    text = GLIMMERS
    assert [q.speaker for q in quotes_of(coder, text).values()] == ["RUSGOV"]


@model
def test_quotes_speaker_from_next_sentence(coder):
    text = ('"We have no illusions about this relationship." Putin told reporters after the '
            'summit that the talks had been constructive.')
    found = quotes_of(coder, text)
    assert list(found) == [0]  # held by the first sentence only
    assert found[0].speaker == "RUSGOV"


@model
def test_quotes_speaker_through_pronoun(coder):
    text = ('Putin spoke after the summit. "We had a constructive meeting with the American '
            'side," he said.')
    assert {i: q.speaker for i, q in quotes_of(coder, text).items()} == {1: "RUSGOV"}


@model
def test_quotes_one_word_quote_keeps_speakers_apart(coder):
    text = ('Biden called Putin a "killer" in March. "We are ready to work with Washington," '
            'Putin said.')
    found = quotes_of(coder, text)
    assert list(found) == [1] and found[1].speaker == "RUSGOV"


# --- attach_quotes (hand-made events) -----------------------------------------------------


RUS = Actor(text="Russia", code="RUS", country="RUS")
USA = Actor(text="the United States", code="USA", country="USA")


def layout(*paragraphs: list[str]):
    """Sentences laid out in paragraphs as the parser gives them, and the article text."""
    text, sentences = "", []
    for number, paragraph in enumerate(paragraphs):
        if number:
            text += "\n\n"
        for position, sentence in enumerate(paragraph):
            if position:
                text += " "
            sentences.append(replace(make_sentence(sentence, len(sentences), start=len(text)),
                                     paragraph=number))
            text += sentence
    return tuple(sentences), text


def event(sentence, source: Actor = RUS, quote: Quote | None = None) -> Event:
    return Event(event_id=f"e{sentence.index}", article_id="a", date=PUBLISHED,
                 date_precision="day", source=source, target=USA, cameo="0313",
                 cameo_name="Express intent to cooperate on judicial matters", plover="AGREE",
                 quad_class=1, goldstein=5.2, modality="conditional", location=None,
                 evidence=Evidence(sentence=sentence.text, start=sentence.start,
                                   end=sentence.end),
                 quote=quote, sentence_index=sentence.index)


def quote_in(sentence, speaker: str | None = "RUSGOV") -> Quote:
    start = sentence.start + 1
    end = sentence.start + sentence.text.index('"', 1)
    return Quote(text=sentence.text[1:end - sentence.start], speaker=speaker, start=start,
                 end=end)


OFFER = "Russia would hand over criminals to the United States if Washington did the same."
SAID = '"This is a fair offer to our American partners," Putin said.'
FILLER = "The summit in Geneva lasted four hours."


def attached(sentences, quote_sentence: int, speaker: str | None = "RUSGOV",
             source: Actor = RUS) -> Quote | None:
    quotes = {quote_sentence: quote_in(sentences[quote_sentence], speaker)}
    (result,) = attach_quotes([event(sentences[0], source)], quotes, sentences)
    return result.quote


def test_quotes_attach_from_same_paragraph():
    sentences, _ = layout([OFFER, FILLER, SAID])
    assert attached(sentences, 2).speaker == "RUSGOV"


def test_quotes_attach_when_quote_opens_next_paragraph():
    sentences, _ = layout([OFFER], [SAID])
    assert attached(sentences, 1).text == "This is a fair offer to our American partners,"


def test_quotes_no_attach_from_inside_next_paragraph():
    sentences, _ = layout([OFFER], [FILLER, SAID])
    assert attached(sentences, 2) is None


def test_quotes_no_attach_two_paragraphs_away():
    sentences, _ = layout([OFFER], [FILLER], [SAID])
    assert attached(sentences, 2) is None


def test_quotes_no_attach_from_another_countrys_speaker():
    sentences, _ = layout([OFFER, SAID])
    assert attached(sentences, 1, speaker="USAGOV") is None
    assert attached(sentences, 1, speaker=None) is None


def test_quotes_no_attach_to_sourceless_event():
    sentences, _ = layout([OFFER, SAID])
    quotes = {1: quote_in(sentences[1])}
    (result,) = attach_quotes([replace(event(sentences[0]), source=None)], quotes, sentences)
    assert result.quote is None


def test_quotes_own_quote_is_kept():
    sentences, _ = layout([OFFER, SAID])
    own = Quote(text="its own quote here", speaker="RUSGOV")
    quotes = {1: quote_in(sentences[1])}
    (result,) = attach_quotes([event(sentences[0], quote=own)], quotes, sentences)
    assert result.quote is own


def test_quotes_attach_keeps_events_picklable():
    sentences, _ = layout([OFFER, SAID])
    (result,) = attach_quotes([event(sentences[0])], {1: quote_in(sentences[1])}, sentences)
    assert pickle.loads(pickle.dumps(result)) == result


# --- attach_quotes end to end ------------------------------------------------------------


def _offer(coder, make_article, text: str):
    events = coder.code(make_article(text))
    offers = [e for e in events if e.cameo == "0313" and e.sentence_index == 0]
    assert len(offers) == 1, [(e.cameo, e.sentence_index) for e in events]
    return offers[0]


KREMLIN = ("Russia would hand over criminals to the United States if Washington did the same, "
           "the Kremlin said.")


@model
def test_quotes_pipeline_attaches_quote_opening_next_paragraph(coder, make_article):
    offer = _offer(coder, make_article, f"{KREMLIN}\n\n{SAID}")
    assert offer.quote is not None and offer.quote.speaker == "RUSGOV"


@model
def test_quotes_pipeline_attaches_quote_in_same_paragraph(coder, make_article):
    offer = _offer(coder, make_article, f"{KREMLIN} {SAID}")
    assert offer.quote is not None and offer.quote.text.startswith("This is a fair offer")


@model
@pytest.mark.parametrize("layout_text", [
    f"{KREMLIN}\n\n{FILLER}\n\n{SAID}",    # two paragraphs away
    f"{KREMLIN}\n\n{FILLER} {SAID}",       # inside the next paragraph, not opening it
    f"{KREMLIN}\n\n{SAID.replace('Putin', 'Biden')}",  # said by the other side
], ids=["two-paragraphs-away", "not-opening", "other-country"])
def test_quotes_pipeline_does_not_attach(coder, make_article, layout_text):
    assert _offer(coder, make_article, layout_text).quote is None


@model
def test_quotes_merged_event_keeps_a_mentions_quote(coder, make_article):
    text = (f"{KREMLIN}\n\n{FILLER}\n\n"
            '"If we agree to extradite, Russia will extradite criminals to the United States," '
            "Putin said.")
    events = [e for e in coder.code(make_article(text)) if e.cameo == "0313"]
    assert [(e.mentions, e.quote is not None) for e in events] == [(2, True)]
