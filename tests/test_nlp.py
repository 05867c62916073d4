"""Tests for communique.nlp: segments → ParsedSentences with offsets into the original text.

``to_parsed_sentence`` and the load errors are tested on hand-built spaCy objects; the rest
use the real model (marked ``model``): the session coder's parser (no entity recogniser)
and one parser with ``ner`` loaded once for this module.
"""

from __future__ import annotations

import pytest

from communique.clean import clean
from communique.errors import CommuniqueError, ModelError
from communique.model import CleanText, Segment
from communique.nlp import Parser, load_pipeline, parse_texts, to_parsed_sentence

model = pytest.mark.model

ARTICLE = ("Russia and US swap prisoners\n\n"
           "MOSCOW, Dec 8 (Reuters) - Russia freed US basketball star Brittney Griner on "
           "Thursday.  It exchanged her for the arms dealer Viktor Bout.\n\n"
           "Exchange of cybercriminals\n\n"
           "Putin said in June that Russia would hand over criminals to the United States.")


@pytest.fixture(scope="module")
def ner_parser() -> Parser:
    """The default model with the entity recogniser: the one model load of this module."""
    return Parser(ner=True)


def segments_of(text: str, *pieces: tuple[str, str]) -> CleanText:
    """A CleanText whose segments are the given (piece, kind) in order, found in ``text``."""
    found, at = [], 0
    for paragraph, (piece, kind) in enumerate(pieces):
        start = text.index(piece, at)
        at = start + len(piece)
        found.append(Segment(start=start, end=at, kind=kind, paragraph=paragraph))
    return CleanText(text=text, segments=tuple(found))


# --- no model ----------------------------------------------------------------------------


def test_nlp_missing_model_raises_model_error_with_hint():
    with pytest.raises(ModelError) as caught:
        load_pipeline("no_such_model")
    message = str(caught.value)
    assert "'no_such_model'" in message
    assert "pip install 'communique[model]'" in message and "COMMUNIQUE_MODEL" in message
    assert isinstance(caught.value, CommuniqueError)


def test_nlp_pipeline_without_parser_is_refused(tmp_path):
    import spacy

    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelError, match="lacks parser, tagger"):
        load_pipeline(str(tmp_path / "blank"))


def test_nlp_to_parsed_sentence_from_hand_built_doc():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Talks", "ended", ".", "Russia", "left", "Geneva", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, False, True, True, True, False, False],
              heads=[1, 1, 1, 4, 4, 4, 4],
              deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
              pos=["NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"],
              lemmas=["talk", "end", ".", "Russia", "leave", "Geneva", "."],
              ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    text = "Headline\n\n" + doc.text
    segment = Segment(start=10, end=len(text), kind="body", paragraph=1)
    second = list(doc.sents)[1]
    sentence = to_parsed_sentence(second, segment, 7)
    assert (sentence.index, sentence.kind, sentence.paragraph) == (7, "body", 1)
    assert sentence.text == "Russia left Geneva." == text[sentence.start:sentence.end]
    assert [(t.i, t.head, t.dep) for t in sentence.tokens] == \
        [(0, 1, "nsubj"), (1, 1, "ROOT"), (2, 1, "dobj"), (3, 1, "punct")]
    assert all(text[t.start:t.start + len(t.text)] == t.text for t in sentence.tokens)
    assert (sentence.tokens[0].ent_type, sentence.tokens[0].ent_iob) == ("GPE", "B")
    assert (sentence.tokens[1].ent_type, sentence.tokens[1].ent_iob) == ("", "O")
    assert sentence.tokens[1].lemma == "leave"


# --- real model --------------------------------------------------------------------------


@model
def test_nlp_segments_parse_separately(coder):
    text = ("Prisoner swap agreed\n\nThe swap happened on Thursday.\nExchange of "
            "cybercriminals\nThe United States released an arms dealer.")
    cleaned = segments_of(text, ("Prisoner swap agreed", "headline"),
                          ("The swap happened on Thursday.", "body"),
                          ("Exchange of cybercriminals", "subheading"),
                          ("The United States released an arms dealer.", "body"))
    sentences = coder.parser.parse([cleaned])[0]
    assert [(s.text, s.kind, s.paragraph) for s in sentences] == [
        ("Prisoner swap agreed", "headline", 0),
        ("The swap happened on Thursday.", "body", 1),
        ("Exchange of cybercriminals", "subheading", 2),
        ("The United States released an arms dealer.", "body", 3),
    ]


@model
def test_nlp_subheading_from_clean_never_joins_next_sentence(coder):
    text = ("Prisoner swap agreed\n\nThe swap happened on Thursday.\n"
            "Exchange of cybercriminals\nThe United States released an arms dealer.")
    sentences = coder.parser.parse([clean(text)])[0]
    assert ("Exchange of cybercriminals", "subheading") in {(s.text.strip(), s.kind)
                                                           for s in sentences}


@model
def test_nlp_token_offsets_point_into_original_text(coder):
    cleaned = clean(ARTICLE)
    sentences = coder.parser.parse([cleaned])[0]
    assert len(sentences) >= 5
    for sentence in sentences:
        assert ARTICLE[sentence.start:sentence.end] == sentence.text
        for token in sentence.tokens:
            assert ARTICLE[token.start:token.start + len(token.text)] == token.text
    assert not any(t.text == "MOSCOW" for s in sentences for t in s.tokens)  # dateline cut


@model
def test_nlp_sentence_indices_run_across_segments_and_restart_per_article(coder):
    first = clean(ARTICLE)
    second = clean("Iran fired a missile. Israel condemned the launch.")
    parsed = coder.parser.parse([first, CleanText(text="", segments=()), second])
    assert [s.index for s in parsed[0]] == list(range(len(parsed[0])))
    assert len({s.paragraph for s in parsed[0]}) == len(first.segments)
    assert parsed[1] == ()
    assert [s.index for s in parsed[2]] == [0, 1]


@model
def test_nlp_head_indices_stay_inside_the_sentence(coder):
    for sentence in coder.parser.parse([clean(ARTICLE)])[0]:
        assert [t.i for t in sentence.tokens] == list(range(len(sentence.tokens)))
        assert all(0 <= t.head < len(sentence.tokens) for t in sentence.tokens)
        assert sum(t.head == t.i for t in sentence.tokens) >= 1  # a root


@model
def test_nlp_parse_texts_one_segment_each(coder):
    parsed = parse_texts(coder.parser, ["Russia attacked Ukraine. Ukraine fought back.", ""])
    assert [s.text for s in parsed[0]] == ["Russia attacked Ukraine.", "Ukraine fought back."]
    assert parsed[1] == ()


@model
def test_nlp_without_ner_leaves_ent_type_empty(coder):
    assert "ner" not in coder.parser.nlp.pipe_names
    (sentences,) = parse_texts(coder.parser, ["Putin met Biden in Geneva on Wednesday."])
    assert {(t.ent_type, t.ent_iob) for s in sentences for t in s.tokens} == {("", "O")}


@model
def test_nlp_ner_setting_adds_entity_recogniser(ner_parser):
    assert "ner" in ner_parser.nlp.pipe_names
    (sentences,) = parse_texts(ner_parser, ["Putin met Biden in Geneva on Wednesday."])
    labels = {t.text: t.ent_type for s in sentences for t in s.tokens}
    assert labels["Geneva"] == "GPE" and labels["Putin"] == "PERSON"
    assert labels["met"] == ""
    assert {t.ent_iob for s in sentences for t in s.tokens} <= {"B", "I", "O"}


@model
def test_nlp_ner_does_not_change_the_parse(coder, ner_parser):
    text = "Russia said it would hand over criminals to the United States."
    (plain,) = parse_texts(coder.parser, [text])
    (with_ner,) = parse_texts(ner_parser, [text])
    assert [(t.text, t.dep, t.head, t.start) for s in plain for t in s.tokens] == \
        [(t.text, t.dep, t.head, t.start) for s in with_ner for t in s.tokens]


def _token(i: int, text: str, lemma: str, pos: str, tag: str, dep: str, head: int):
    from communique.model import Token
    return Token(i=i, text=text, lemma=lemma, pos=pos, tag=tag, dep=dep, head=head, start=i)


def test_nlp_a_count_of_people_read_as_the_root_is_the_verbs_subject():
    from communique.repairs import crowd_as_subject
    tokens = (_token(0, "Hundreds", "hundred", "NOUN", "NNS", "ROOT", 0),
              _token(1, "of", "of", "ADP", "IN", "prep", 0),
              _token(2, "nurses", "nurse", "NOUN", "NNS", "pobj", 1),
              _token(3, "marched", "march", "VERB", "VBN", "acl", 0),
              _token(4, ".", ".", "PUNCT", ".", "punct", 0))
    fixed = crowd_as_subject(tokens)
    assert [(t.dep, t.head) for t in fixed] == [("nsubj", 3), ("prep", 0), ("pobj", 1),
                                                ("ROOT", 3), ("punct", 3)]
    passive = tokens[:3] + (_token(3, "arrested", "arrest", "VERB", "VBN", "acl", 0),
                            _token(4, "by", "by", "ADP", "IN", "agent", 3))
    assert crowd_as_subject(passive) == passive  # 'Hundreds of people arrested by police'


@model
def test_nlp_heads_of_climbs_to_the_root_nearest_first(coder):
    (sentences,) = parse_texts(coder.parser, ["The minister said the army had withdrawn."])
    sentence = sentences[0]
    army = next(t for t in sentence.tokens if t.text == "army")
    assert [t.text for t in sentence.heads_of(army.i)] == ["withdrawn", "said"]
    assert [t.text for t in sentence.heads_of(army.i, 1)] == ["withdrawn"]
    root = next(t for t in sentence.tokens if t.dep == "ROOT")
    assert sentence.heads_of(root.i) == []
