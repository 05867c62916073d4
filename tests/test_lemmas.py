"""Tests for communique.lemmas: the fast lemmatizer gives exactly what spaCy's rule-based
Lemmatizer gives (lemmas already set, by the attribute ruler for one, are kept unless
``overwrite``), and refuses a lemmatizer it cannot replicate (``load_pipeline`` then keeps
spaCy's pipe).

The comparisons use the real model (marked ``model``), loaded once for this module with
spaCy's own lemmatizer; the others use a blank pipeline and small tables.
"""

from __future__ import annotations

import warnings

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from communique import lemmas
from communique.lemmas import FastLemmatizer, UnsupportedLemmatizer, replace_lemmatizer

model = pytest.mark.model

SENTENCES = [
    "Russia's envoy said the talks were better than expected, but the ministers haven't "
    "agreed and won't sign.",
    "BREAKING: NATO SAYS 1,200 troops were sent to the border on Monday; the UN's biggest "
    "mission fled.",
    "Protesters threw stones at police, who'd beaten 3 children, and the oldest women wept.",
    "The Kremlin denied it had given Iran drones, calling the U.S. claims the worst lies "
    "yet.\n\nShe's gonna ask: were there 40.5% fewer casualties in 2023?",
    "  Officials in Kyiv said 12 people were killed and 40 wounded in the strike, which "
    "hit a building that housed 200 families. \t",
    "IRAN'S FOREIGN MINISTER MET THE LEADERS OF HAMAS AND HEZBOLLAH IN BEIRUT.",
]



@pytest.fixture(scope="module")
def unlemmatised(original):
    """The sentences parsed by everything but the lemmatizer."""
    with original.select_pipes(disable=["lemmatizer"]):
        return list(original.pipe(SENTENCES))


def attributes(doc) -> list[tuple[str, ...]]:
    return [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, str(t.morph), t.head.i) for t in doc]


def rule_lemmatizer(original, overwrite: bool) -> Lemmatizer:
    """A new rule-based lemmatizer with the model's tables."""
    lemmatizer = original.create_pipe("lemmatizer", config={"mode": "rule",
                                                            "overwrite": overwrite})
    lemmatizer.initialize(lookups=original.get_pipe("lemmatizer").lookups)
    return lemmatizer


@model
def test_lemmas_same_as_spacy_lemmatizer(original, unlemmatised):
    spacy_lemmatizer = original.get_pipe("lemmatizer")
    fast = FastLemmatizer(rule_lemmatizer(original, overwrite=False))
    for _ in range(2):  # the second time from the cache
        for doc in unlemmatised:
            expected = attributes(spacy_lemmatizer(doc.copy()))
            assert attributes(fast(doc.copy())) == expected
    found = {(t.text, t.pos_): t.lemma_ for doc in unlemmatised for t in fast(doc.copy())}
    assert found["talks", "NOUN"] == "talk" and found["ministers", "NOUN"] == "minister"
    assert found["children", "NOUN"] == "child" and found["women", "NOUN"] == "woman"
    assert found["threw", "VERB"] == "throw" and found["fled", "VERB"] == "flee"
    assert found["biggest", "ADJ"] == "big" and found["worst", "ADJ"] == "bad"
    assert found["Russia", "PROPN"] == "Russia" and found["U.S.", "PROPN"] == "U.S."
    assert found["NATO", "PROPN"] == "NATO" and found["SAYS", "VERB"] == "say"
    assert found["'s", "PART"] == "'s" and found["wo", "AUX"] == "will"
    assert found["n't", "PART"] == "not" and found["1,200", "NUM"] == "1,200"


@model
def test_lemmas_set_by_the_attribute_ruler_are_kept(original, unlemmatised):
    fast = FastLemmatizer(rule_lemmatizer(original, overwrite=False))
    ruled = 0
    for doc in unlemmatised:
        before = [t.lemma_ for t in doc]
        after = [t.lemma_ for t in fast(doc.copy())]
        for old, new in zip(before, after):
            if old:
                ruled += 1
                assert new == old
            else:
                assert new
    assert ruled  # the ruler set some ('wo' -> 'will', "n't" -> 'not', ...)
    doc = unlemmatised[0].copy()
    talks = next(t for t in doc if t.text == "talks")
    talks.lemma_ = "discussion"
    assert fast(doc)[talks.i].lemma_ == "discussion"


@model
def test_lemmas_overwrite_like_spacy(original, unlemmatised):
    spacy_lemmatizer = rule_lemmatizer(original, overwrite=True)
    fast = FastLemmatizer(rule_lemmatizer(original, overwrite=True))
    for doc in unlemmatised:
        doc = doc.copy()
        for token in doc:
            token.lemma_ = "preset"
        expected = attributes(spacy_lemmatizer(doc.copy()))
        assert attributes(fast(doc)) == expected
        assert "preset" not in [t.lemma_ for t in doc]


@model
def test_lemmas_load_pipeline_swaps_the_lemmatizer_in_place(original, coder):
    nlp = coder.parser.nlp
    assert nlp.pipe_names == original.pipe_names
    fast = nlp.get_pipe("lemmatizer")
    assert isinstance(fast, FastLemmatizer)
    assert isinstance(fast.lemmatizer, EnglishLemmatizer) and fast.lemmatizer.lookups.tables
    assert fast.mode == "rule" and fast.overwrite is False
    for ours, theirs in zip(nlp.pipe(SENTENCES), original.pipe(SENTENCES)):
        assert attributes(ours) == attributes(theirs)


@model
def test_lemmas_small_cache_still_exact(original, unlemmatised, monkeypatch):
    monkeypatch.setattr(lemmas, "MAX_CACHED", 5)
    spacy_lemmatizer = original.get_pipe("lemmatizer")
    fast = FastLemmatizer(rule_lemmatizer(original, overwrite=False))
    for doc in unlemmatised:
        assert attributes(fast(doc.copy())) == attributes(spacy_lemmatizer(doc.copy()))
        assert len(fast._cache) <= 5


# Blank pipelines with small tables: no model needed.

def small_lookups(mouse: str = "mouse") -> Lookups:
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["ies", "y"]],
                                      "verb": [["ed", ""], ["ed", "e"]]})
    lookups.add_table("lemma_index", {"noun": ["cat", "party"], "verb": ["vote"]})
    lookups.add_table("lemma_exc", {"noun": {"mice": [mouse]}, "verb": {"fled": ["flee"]}})
    return lookups


def blank(mode: str = "rule", lemmatizer_class: type | None = None):
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": mode})
    if mode == "rule":
        lemmatizer.initialize(lookups=small_lookups())
    if lemmatizer_class is not None:
        lemmatizer.__class__ = lemmatizer_class
    return nlp


def tagged(nlp, words: str, pos: str) -> Doc:
    return Doc(nlp.vocab, words=words.split(), pos=pos.split())


def test_lemmas_blank_rule_lemmatizer_is_swapped_in_place():
    nlp, reference = blank(), blank()
    nlp.add_pipe("sentencizer")
    assert replace_lemmatizer(nlp) is True
    assert nlp.pipe_names == ["lemmatizer", "sentencizer"]
    fast = nlp.get_pipe("lemmatizer")
    assert isinstance(fast, FastLemmatizer)
    words, pos = "Cats voted parties mice fled CATS Mice dogs", "NOUN VERB NOUN NOUN VERB " \
                 "PROPN NOUN NOUN"
    got = [t.lemma_ for t in fast(tagged(nlp, words, pos))]
    expected = [t.lemma_ for t in reference.get_pipe("lemmatizer")(tagged(reference, words, pos))]
    assert got == expected == ["cat", "vote", "party", "mouse", "flee", "CATS", "mouse", "dog"]


def test_lemmas_empty_pos_warns_as_spacy_does():
    nlp = blank()
    fast = FastLemmatizer(nlp.get_pipe("lemmatizer"))
    for _ in range(2):  # not cached: spaCy warns every time
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            doc = fast(Doc(nlp.vocab, words=["Cats", "Voted"]))
        assert [t.lemma_ for t in doc] == ["cats", "voted"]
        assert len(caught) == 2 and all("W108" in str(w.message) for w in caught)


def test_lemmas_new_tables_are_used():
    nlp = blank()
    fast = FastLemmatizer(nlp.get_pipe("lemmatizer"))
    assert fast(tagged(nlp, "mice", "NOUN"))[0].lemma_ == "mouse"
    fast.initialize(lookups=small_lookups("mouse2"))
    assert fast(tagged(nlp, "mice", "NOUN"))[0].lemma_ == "mouse2"
    fast.from_bytes(blank().get_pipe("lemmatizer").to_bytes())
    assert fast(tagged(nlp, "mice", "NOUN"))[0].lemma_ == "mouse"


def test_lemmas_memory_zone():
    nlp = blank()
    fast = FastLemmatizer(nlp.get_pipe("lemmatizer"))
    with nlp.memory_zone():
        assert fast(tagged(nlp, "zebras", "NOUN"))[0].lemma_ == "zebra"
    assert fast(tagged(nlp, "zebras", "NOUN"))[0].lemma_ == "zebra"


class OwnBaseForm(Lemmatizer):
    def is_base_form(self, token) -> bool:
        return token.is_title


@pytest.mark.parametrize("mode, lemmatizer_class", [
    ("lookup", None),
    ("rule", OwnBaseForm),
])
def test_lemmas_unsupported_lemmatizer_keeps_spacy_pipe(mode, lemmatizer_class):
    nlp = blank(mode, lemmatizer_class)
    lemmatizer = nlp.get_pipe("lemmatizer")
    with pytest.raises(UnsupportedLemmatizer):
        FastLemmatizer(lemmatizer)
    assert replace_lemmatizer(nlp) is False
    assert nlp.get_pipe("lemmatizer") is lemmatizer


def test_lemmas_non_rule_mode_refused_by_the_factory():
    nlp = spacy.blank("en")
    with pytest.raises(UnsupportedLemmatizer):
        nlp.add_pipe(lemmas.FACTORY, config={"mode": "lookup"})
    assert isinstance(nlp.add_pipe(lemmas.FACTORY), FastLemmatizer)
