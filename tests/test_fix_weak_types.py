"""Tests for communique.nlp and communique.events on the categories coded least often:
parse repairs of simple-past verbs misread as noun modifiers.

News sentences written for these tests (not from any evaluation set); each names the
construction it pins down. They parse with the real model (marked ``model``).
"""

from __future__ import annotations

import pytest

from helpers import coded

model = pytest.mark.model


def _codes(found) -> set[str]:
    return {c[0] for c in found}


@model
def test_fix_weak_types_a_simple_past_verb_misread_as_a_modifier(coder):
    found = coded(coder, "More than 2,000 ELN rebels handed over their weapons to UN monitors.")
    assert "0873" in _codes(found), found


def _token(i: int, text: str, lemma: str, pos: str, tag: str, dep: str, head: int):
    from communique.model import Token
    return Token(i=i, text=text, lemma=lemma, pos=pos, tag=tag, dep=dep, head=head, start=i)


def test_fix_weak_types_finite_verb_under_a_noun_becomes_the_root():
    from communique.nlp import finite_verb_as_root
    tokens = (_token(0, "rebels", "rebel", "NOUN", "NNS", "ROOT", 0),
              _token(1, "surrendered", "surrender", "VERB", "VBD", "acl", 0),
              _token(2, "arms", "arm", "NOUN", "NNS", "dobj", 1),
              _token(3, ".", ".", "PUNCT", ".", "punct", 0))
    fixed = finite_verb_as_root(tokens)
    assert [(t.dep, t.head) for t in fixed] == [("nsubj", 1), ("ROOT", 1), ("dobj", 1),
                                                ("punct", 1)]
    participle = tokens[:1] + (_token(1, "killed", "kill", "VERB", "VBN", "acl", 0),) \
        + tokens[2:]
    assert finite_verb_as_root(participle) == participle  # 'rebels killed in the raid'


def test_fix_weak_types_verb_read_as_an_adjective_becomes_the_root():
    from communique.nlp import verb_before_object
    tokens = (_token(0, "Russia", "Russia", "PROPN", "NNP", "npadvmod", 1),
              _token(1, "massed", "mass", "VERB", "VBD", "amod", 2),
              _token(2, "troops", "troop", "NOUN", "NNS", "ROOT", 2),
              _token(3, ".", ".", "PUNCT", ".", "punct", 2))
    fixed = verb_before_object(tokens)
    assert [(t.dep, t.head) for t in fixed] == [("nsubj", 1), ("ROOT", 1), ("dobj", 1),
                                                ("punct", 1)]
    adjective = tokens[:1] + (_token(1, "armed", "armed", "ADJ", "JJ", "amod", 2),) \
        + tokens[2:]
    assert verb_before_object(adjective) == adjective  # 'Russian armed troops'
