"""Finding an event's source and target among a sentence's actor mentions."""

from __future__ import annotations

from ..model import Mention, ParsedSentence, Token
from .verbs import subtree

TARGET_PREPS = frozenset({"to", "with", "against", "on", "at", "into", "toward", "towards",
                          "from", "for", "over", "upon", "between", "among", "of"})
NESTED_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "parataxis"})


class MentionIndex:
    """The mentions of one sentence, looked up by token."""

    def __init__(self, sentence: ParsedSentence, mentions: tuple[Mention, ...]) -> None:
        self.sentence = sentence
        self.mentions = mentions

    def in_phrase(self, head: Token, skip_owner: bool = False) -> list[Mention]:
        """The actor(s) a phrase names: the mention at its head, or else the first one
        inside it, plus the mentions of their conjuncts ('Russia and China'). With
        ``skip_owner``, a possessive ('its invasion of Lebanon') is the agent, not the
        actor named, and is passed over."""
        members = _phrase_members(self.sentence, head)
        if skip_owner:
            members -= {t.i for t in self.sentence.tokens if t.dep == "poss"}
        found = [m for m in self.mentions if any(i in members for i in range(m.start, m.end))]
        if not found:
            return []
        first = next((m for m in found if m.start <= head.i < m.end), found[0])
        conjuncts = _conjuncts(self.sentence, first)
        return _unique([first] + [m for m in found if m is not first and
                                  any(m.start <= i < m.end for i in conjuncts)])[:3]


def _conjuncts(sentence: ParsedSentence, mention: Mention) -> set[int]:
    """Token indices joined to the mention by 'and' / 'or' (either direction)."""
    inside = set(range(mention.start, mention.end))
    joined: set[int] = set()
    for token in sentence.tokens:
        if token.dep == "conj" and (token.head in inside or token.head in joined):
            joined.add(token.i)
        if token.i in inside and token.dep == "conj":
            joined.add(token.head)
    return joined - inside


def _phrase_members(sentence: ParsedSentence, head: Token) -> set[int]:
    members = {t.i for t in subtree(sentence, head)}
    for token in sentence.tokens:
        if token.i in members and token.i != head.i and token.dep in NESTED_CLAUSES:
            members -= {t.i for t in subtree(sentence, token)}
    return members


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for mention in mentions:
        if mention.actor.code not in seen:
            seen.add(mention.actor.code)
            out.append(mention)
    return out


def subject_of(sentence: ParsedSentence, verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj links ('agreed to [meet]').

    An infinitive under a verb with an object takes the object as its subject
    ('prompted Russia to [recall]', 'urged Iran to [talk]').
    """
    token, inherited = verb, False
    for _ in range(4):
        subject = _own_subject(sentence, token, inherited)
        if subject is not None:
            return subject
        if token.dep == "relcl":
            return sentence.tokens[token.head]
        if token.dep not in ("xcomp", "conj", "advcl", "pcomp") or token.head == token.i:
            return None
        if token.dep == "xcomp":
            controller = _object_of(sentence, sentence.tokens[token.head])
            if controller is not None:
                return controller
        token, inherited = sentence.tokens[token.head], True
    return None


def _own_subject(sentence: ParsedSentence, token: Token, inherited: bool) -> Token | None:
    for child in sentence.children(token.i):
        if child.dep in ("nsubj", "csubj") or (inherited and child.dep == "nsubjpass"):
            return child
        if child.dep == "agent":
            objects = [c for c in sentence.children(child.i) if c.dep == "pobj"]
            if objects:
                return objects[0]
    return None


def _object_of(sentence: ParsedSentence, verb: Token) -> Token | None:
    return next((c for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")), None)


def passive_subject(sentence: ParsedSentence, verb: Token) -> Token | None:
    return next((c for c in sentence.children(verb.i) if c.dep == "nsubjpass"), None)


def object_heads(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """Heads of the phrases that can hold the target: objects, then prepositional objects."""
    heads: list[Token] = []
    for child in sentence.children(verb.i):
        if child.dep in ("dobj", "dative", "obj", "attr"):
            heads.append(child)
    attach = [verb] + [c for c in sentence.children(verb.i) if c.dep in ("prt", "advmod")]
    for holder in attach:
        for child in sentence.children(holder.i):
            if child.dep == "prep" and child.lemma.lower() in TARGET_PREPS:
                heads.extend(c for c in sentence.children(child.i) if c.dep == "pobj")
    for obj in list(heads):
        for child in sentence.children(obj.i):
            if child.dep == "prep" and child.lemma.lower() in ("on", "against", "with", "to"):
                heads.extend(c for c in sentence.children(child.i) if c.dep == "pobj")
    return heads
