"""Tests for communique.attributes: the fast attribute ruler gives exactly what spaCy's
AttributeRuler gives, built from the same patterns, and refuses patterns it cannot
replicate (``load_pipeline`` then keeps spaCy's ruler).

The comparisons use the real model (marked ``model``), loaded once for this module with
spaCy's own ruler.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from communique.attributes import FastAttributeRuler, UnsupportedPatterns, replace_attribute_ruler

model = pytest.mark.model

SENTENCES = [
    "The minister said it's \"unacceptable\" that talks haven't resumed, and Russia's "
    "envoy won't attend.",
    "Protesters, who'd gathered since 6 a.m., said they're not leaving until the 1,200 "
    "detainees that police arrested are freed.",
    "There are 3 reasons why the U.N. can't act; let's be clear:  the council isn't "
    "gonna vote on it.",
    "\"We don't negotiate with terrorists,\" he told reporters on Tuesday, adding that "
    "the $4.5 billion deal was dead.\n\nI'd say so too.",
    "  Officials in Kyiv said 12 people were killed and 40 wounded in the strike, which "
    "hit a building that housed 200 families. \t",
    "She has had enough of them; did you see it? Nobody's going to ask me, is there?",
]



def attributes(doc) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in doc]


@model
def test_attributes_same_as_spacy_attribute_ruler(original):
    ruler = original.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(original.vocab, ruler.patterns)
    lemmatizer = original.get_pipe("lemmatizer")
    parsed = original.pipe(SENTENCES, disable=["attribute_ruler", "lemmatizer"])
    for doc in parsed:
        expected = attributes(lemmatizer(ruler(doc.copy())))
        got = attributes(lemmatizer(fast(doc.copy())))
        assert got == expected
        assert all(pos for _, pos, *_ in got)  # the ruler ran: every token has a POS


@model
def test_attributes_load_pipeline_swaps_the_ruler_in_place(original, coder):
    nlp = coder.parser.nlp
    assert nlp.pipe_names == original.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    for ours, theirs in zip(nlp.pipe(SENTENCES), original.pipe(SENTENCES)):
        assert attributes(ours) == attributes(theirs)
        assert [t.head.i for t in ours] == [t.head.i for t in theirs]


@model
def test_attributes_contractions_and_relative_that(original):
    fast = FastAttributeRuler(original.vocab, original.get_pipe("attribute_ruler").patterns)
    with original.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = [fast(doc) for doc in original.pipe(SENTENCES[:2] + SENTENCES[4:5])]
    found = {(t.text, t.tag_): (t.pos_, t.lemma_, str(t.morph)) for doc in docs for t in doc}
    assert found["'s", "VBZ"][:2] == ("AUX", "be")
    assert found["n't", "RB"] == ("PART", "not", "Polarity=Neg")
    assert found["wo", "MD"][1] == "will"
    assert found["that", "WDT"] == ("PRON", "", "PronType=Rel")  # lemma: the lemmatizer's
    assert found["1,200", "CD"][0] == "NUM"


@pytest.mark.parametrize("pattern, attrs, index", [
    ([{"ORTH": "Kyiv"}], {"POS": "PROPN"}, 0),
    ([{"LOWER": "a", "OP": "?"}], {"POS": "DET"}, 0),
    ([{"LOWER": {"FUZZY": "kiev"}}], {"POS": "PROPN"}, 0),
    ([{"TAG": {"IS_SUBSET": ["NN"]}}], {"POS": "NOUN"}, 0),
    ([{"LOWER": "gon"}, {"LOWER": "na"}], {"LEMMA": "go"}, 2),
    ([{"LOWER": "kyiv"}], {"NORM": "kiev"}, 0),
    ([{"LOWER": "kyiv"}], {"_": {"capital": True}}, 0),
])
def test_attributes_unsupported_pattern_is_refused(pattern, attrs, index):
    nlp = spacy.blank("en")
    supported = {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["kyiv"]}}]],
                 "attrs": {"POS": "PROPN"}, "index": 0}
    FastAttributeRuler(nlp.vocab, [supported])  # the supported one alone is accepted
    with pytest.raises(UnsupportedPatterns):
        FastAttributeRuler(nlp.vocab, [supported, {"patterns": [pattern], "attrs": attrs,
                                                   "index": index}])


def test_attributes_unsupported_patterns_keep_spacy_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"ORTH": "Kyiv"}]], {"POS": "PROPN"})
    nlp.add_pipe("sentencizer")
    assert replace_attribute_ruler(nlp) is False
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_attributes_supported_patterns_are_swapped_in_place():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "kyiv"}]], {"POS": "PROPN"})
    nlp.add_pipe("sentencizer")
    assert replace_attribute_ruler(nlp) is True
    assert nlp.pipe_names == ["attribute_ruler", "sentencizer"]
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert [t.pos_ for t in nlp("Shelling in KYIV")] == ["", "", "PROPN"]
