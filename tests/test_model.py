"""Tests for communique.model: invariants, immutability, hashing and pickling (no model)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from communique.model import (MODALITIES, PRECISIONS, SEGMENT_KINDS, Actor, Article, CleanText,
                              Dropped, Event, EventCandidate, EventDate, Evidence, Mention,
                              ParsedSentence, Place, Quote, Rejection, Segment, Token)

DAY = dt.date(2021, 6, 16)
RUS = Actor(text="Russia", code="RUS", country="RUS")
USA = Actor(text="the United States", code="USA", country="USA", sector=None)


def make_event(**changes) -> Event:
    """A valid event (Putin meets Biden in Geneva); ``changes`` override any field."""
    fields = dict(
        event_id="e1", article_id="a1", date=DAY, date_precision="day", source=RUS,
        target=USA, cameo="040", cameo_name="Consult, not specified below", plover="CONSULT",
        quad_class=1, goldstein=1.0, modality="asserted",
        location=Place(name="Geneva", country="CHE", lat=46.2, lon=6.15),
        evidence=Evidence(sentence="Putin met Biden in Geneva.", start=0, end=26),
        quote=Quote(text="There is no happiness in life", speaker="RUSGOV", start=1, end=30),
        mentions=2, confidence=0.9, sentence_index=0)
    fields.update(changes)
    return Event(**fields)


TOKEN = Token(i=0, text="Putin", lemma="Putin", pos="PROPN", tag="NNP", dep="nsubj", head=1,
              start=0, ent_type="PERSON", ent_iob="B")
SENTENCE = ParsedSentence(index=0, start=0, end=10, text="Putin met.", tokens=(
    TOKEN, Token(i=1, text="met", lemma="meet", pos="VERB", tag="VBD", dep="ROOT", head=1,
                 start=6),
    Token(i=2, text=".", lemma=".", pos="PUNCT", tag=".", dep="punct", head=1, start=9)))

EXAMPLES = [
    Article(id="a1", text="Putin met Biden.", title="Summit", date=DAY, outlet="x", url="u",
            origin="in.jsonl:1"),
    Segment(start=0, end=16, kind="headline", paragraph=0),
    Dropped(start=0, end=5, reason="byline"),
    CleanText(text="Putin met.", segments=(Segment(start=0, end=10),),
              dropped=(Dropped(start=0, end=0, reason="x"),)),
    TOKEN, SENTENCE, RUS,
    Mention(start=0, end=1, actor=RUS, kind="name"),
    EventDate(date=DAY, precision="month", text="in June"),
    Place(name="Geneva", country="CHE"),
    Quote(text="quoted words here", speaker="RUSGOV", start=1, end=18),
    Evidence(sentence="Putin met.", start=0, end=10),
    make_event(),
    Rejection(origin="in.jsonl:2", reason="empty text", article_id="a2", raw="{}"),
    EventCandidate(sentence_index=0, anchor=1, cameo="040", source=RUS, target=USA),
]
IDS = [type(e).__name__ for e in EXAMPLES]


# --- Event invariants ---------------------------------------------------------------------


def test_model_valid_event_builds():
    event = make_event()
    assert (event.cameo, event.modality, event.mentions) == ("040", "asserted", 2)


@pytest.mark.parametrize("cameo", ["", "1", "12345", "19a", "O40", " 040", "1.9"])
def test_model_bad_cameo_code_raises(cameo):
    with pytest.raises(ValueError, match="bad CAMEO code"):
        make_event(cameo=cameo)


@pytest.mark.parametrize("cameo", ["040\n", "\u0660\u0664\u0660"], ids=["newline", "arabic-digits"])
def test_model_cameo_code_is_exactly_ascii_digits(cameo):
    with pytest.raises(ValueError, match="bad CAMEO code"):
        make_event(cameo=cameo)


@pytest.mark.parametrize("cameo", ["01", "040", "0871", "20"])
def test_model_cameo_code_of_two_to_four_digits(cameo):
    assert make_event(cameo=cameo).cameo == cameo


@pytest.mark.parametrize("modality", MODALITIES)
def test_model_every_modality_is_accepted(modality):
    assert make_event(modality=modality).modality == modality


@pytest.mark.parametrize("modality", ["", "Asserted", "future", "mode"])
def test_model_unknown_modality_raises(modality):
    with pytest.raises(ValueError, match="unknown modality"):
        make_event(modality=modality)


@pytest.mark.parametrize("precision", ["", "week", "Day", "decade"])
def test_model_unknown_date_precision_raises(precision):
    with pytest.raises(ValueError, match="unknown date precision"):
        make_event(date_precision=precision)
    with pytest.raises(ValueError, match="unknown date precision"):
        EventDate(date=DAY, precision=precision)


@pytest.mark.parametrize("precision", PRECISIONS)
def test_model_every_precision_is_accepted(precision):
    assert EventDate(date=DAY, precision=precision).precision == precision
    assert make_event(date_precision=precision).date_precision == precision


@pytest.mark.parametrize("confidence", [-0.01, 1.01, 2, float("nan")])
def test_model_confidence_outside_unit_interval_raises(confidence):
    with pytest.raises(ValueError, match="confidence"):
        make_event(confidence=confidence)


@pytest.mark.parametrize("confidence", [0, 0.0, 0.5, 1, 1.0])
def test_model_confidence_bounds_are_inclusive(confidence):
    assert make_event(confidence=confidence).confidence == confidence


# --- Segment invariants -------------------------------------------------------------------


@pytest.mark.parametrize("start, end", [(-1, 5), (5, 4), (-3, -1)])
def test_model_bad_segment_offsets_raise(start, end):
    with pytest.raises(ValueError, match="bad segment offsets"):
        Segment(start=start, end=end)


def test_model_empty_segment_is_allowed():
    assert Segment(start=3, end=3).kind == "body"


@pytest.mark.parametrize("kind", SEGMENT_KINDS)
def test_model_every_segment_kind_is_accepted(kind):
    assert Segment(start=0, end=1, kind=kind).kind == kind


def test_model_unknown_segment_kind_raises():
    with pytest.raises(ValueError, match="unknown segment kind 'footer'"):
        Segment(start=0, end=1, kind="footer")


@pytest.mark.parametrize("build", [
    lambda: Evidence(sentence="x", start=10, end=5),
    lambda: Dropped(start=10, end=5, reason="junk"),
    lambda: Quote(text="quoted words here", start=20, end=2),
    lambda: Mention(start=3, end=1, actor=RUS),
], ids=["Evidence", "Dropped", "Quote", "Mention"])
def test_model_reversed_offsets_raise_everywhere(build):
    with pytest.raises(ValueError):
        build()


@pytest.mark.parametrize("changes", [{"cameo": "19a"}, {"modality": "future"},
                                     {"confidence": 1.5}], ids=["cameo", "modality", "confidence"])
def test_model_event_candidate_invariants(changes):
    fields = dict(sentence_index=0, anchor=1, cameo="040", source=RUS, target=USA)
    with pytest.raises(ValueError):
        EventCandidate(**{**fields, **changes})


# --- frozen, slotted, keyword-only, hashable, picklable ------------------------------------


@pytest.mark.parametrize("value", EXAMPLES, ids=IDS)
def test_model_dataclasses_are_frozen(value):
    name = dataclasses.fields(value)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, name, getattr(value, name))
    with pytest.raises((AttributeError, TypeError)):
        value.extra = 1  # slotted: no new attributes


@pytest.mark.parametrize("value", EXAMPLES, ids=IDS)
def test_model_dataclasses_are_picklable(value):
    copy = pickle.loads(pickle.dumps(value))
    assert copy == value and type(copy) is type(value)


@pytest.mark.parametrize("value", EXAMPLES, ids=IDS)
def test_model_dataclasses_are_keyword_only(value):
    positional = [getattr(value, f.name) for f in dataclasses.fields(value)]
    with pytest.raises(TypeError):
        type(value)(*positional)


@pytest.mark.parametrize("value", EXAMPLES, ids=IDS)
def test_model_dataclasses_are_hashable(value):
    assert hash(value) == hash(pickle.loads(pickle.dumps(value)))


def test_model_duplicate_events_fall_out_of_a_set():
    assert len({make_event(), make_event(), make_event(cameo="036")}) == 2


def test_model_replace_validates_again():
    with pytest.raises(ValueError):
        dataclasses.replace(make_event(), modality="maybe")


def test_model_parsed_sentence_children():
    assert [t.text for t in SENTENCE.children(1)] == ["Putin", "."]
    assert SENTENCE.children(0) == ()  # the root is not its own child


def test_model_collections_are_tuples():
    for value in (SENTENCE, EXAMPLES[3]):
        for field in dataclasses.fields(value):
            assert not isinstance(getattr(value, field.name), (list, dict, set))
