"""Repairs of the small English model's parse errors that cost events: shapes of headlines
and wire copy it misreads ('Thousands rally in Tbilisi', 'Three men arrested over ...',
'Kenya, Ethiopia sign ...', 'army retook Nagorno-Karabakh', 'called Friday on Israel to
...'). Each repair takes a sentence's tokens and returns them with heads, dependencies and
tags mended where its shape is found, and unchanged otherwise."""

from __future__ import annotations

from dataclasses import replace

from .model import Token


def repaired(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The sentence's tokens with every repair applied, in an order where each can use
    what the ones before it mended."""
    tokens = reduced_passive(crowd_as_subject(crowd_headline(past_form_as_verb(tokens))))
    tokens = headline_pair(tokens)
    tokens = verb_before_object(finite_verb_as_root(plural_head_of_object(tokens)))
    return dangling_preposition(motion_as_root(tokens))


# Irregular pasts of prefixed verbs that spaCy's rules leave whole ('retook' → 'retook'):
# the prefix ('re-', 'over-', 'with-', ...) on the simple verb's irregular past.
PREFIXES = ("re", "over", "under", "out", "with", "up")
IRREGULAR_PASTS = {"took": "take", "rode": "ride", "ran": "run", "threw": "throw",
                   "drew": "draw", "stole": "steal", "drove": "drive", "gave": "give",
                   "won": "win"}



# Counts of people the parser takes for the sentence's root: '[Hundreds] of students ...'.
CROWD_COUNTS = frozenset({"hundred", "thousand", "dozen", "score", "ten", "million"})


def _past_form(token: Token) -> bool:
    word = token.text.lower()
    return word.endswith("ed") and len(word) > 5 or any(
        word.startswith(p) and word[len(p):] in IRREGULAR_PASTS for p in PREFIXES)


def past_form_as_verb(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """"Azerbaijan's army retook Nagorno-Karabakh from ...' parsed with no verb at all, the
    past form a noun inside one long name ('army retook Nagorno-Karabakh'): in a sentence
    with no verb but modifiers, a past form right after a noun is the verb, the noun
    before it its subject and the phrase it modified (or its apposition) its object."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.pos not in ("NOUN", "PROPN") \
            or any(t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound")
                   for t in tokens):
        return tokens
    verb = next((t for t in tokens[1:root.i + 1] if _past_form(t)
                 and (t is root or t.dep in ("compound", "amod"))
                 and t.tag in ("NN", "NNP", "JJ", "VBN", "VBD")
                 and tokens[t.i - 1].pos in ("NOUN", "PROPN")
                 and tokens[t.i - 1].head == t.i), None)
    if verb is None:
        return tokens
    subject = tokens[verb.i - 1]
    objects = {root.i} if verb is not root else \
        {t.i for t in tokens if t.head == root.i and t.dep in ("appos", "dobj") and t.i > root.i}
    return tuple(replace(t, pos="VERB", tag="VBD", dep="ROOT", head=t.i) if t is verb
                 else replace(t, dep="nsubj", head=verb.i) if t is subject
                 else replace(t, dep="dobj", head=verb.i) if t.i in objects
                 else replace(t, head=subject.i) if t.head == verb.i and t.i < subject.i
                 else replace(t, head=verb.i) if t.head == root.i and t.i > root.i
                 and t.dep in ("prep", "punct", "npadvmod") else t for t in tokens)


def crowd_headline(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'Thousands rally in Tbilisi against ...': a headline's present-tense verb after a
    plural count, parsed as a singular noun ('rally') counted by it. A plural count cannot
    number a singular noun, so the noun is the verb and the count its subject."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.tag != "NN" or root.i == 0:
        return tokens
    count = tokens[root.i - 1]
    if count.head != root.i or count.dep not in ("nummod", "amod", "compound") \
            or count.tag != "NNS" \
            or count.lemma.lower() not in CROWD_COUNTS:
        return tokens
    return tuple(replace(t, pos="VERB", tag="VBP") if t is root
                 else replace(t, dep="nsubj") if t is count else t for t in tokens)


def crowd_as_subject(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'Hundreds of students protested against ...' parsed as a noun ('Hundreds') with
    the verb as its modifier (acl): with no verb at the root, the verb is the main verb
    and the count its subject."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.pos != "NOUN" or root.lemma.lower() not in CROWD_COUNTS:
        return tokens
    verb = next((t for t in tokens if t.head == root.i and t.dep == "acl"
                 and t.tag in ("VBN", "VBD") and t.i > root.i), None)
    if verb is None or any(t.head == verb.i and t.dep in ("auxpass", "agent") for t in tokens):
        return tokens
    return _promoted(tokens, root, verb)


def reduced_passive(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'Three men arrested over bombing in Kampala', 'Six suspects charged with plotting a
    coup': a headline's passive with 'were' left out, parsed as a noun with a participle
    after it. With no verb at the root, the participle is the clause's verb, passive,
    and the noun its subject."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is not None and root.tag == "VBN":
        return _bare_participle(tokens, root)
    if root is None or root.pos not in ("NOUN", "PROPN") or root.i + 1 >= len(tokens):
        return tokens
    verb = tokens[root.i + 1]
    if verb.tag != "VBN" or verb.dep != "acl" or verb.head != root.i:
        return tokens
    return tuple(replace(t, dep="nsubjpass") if t.i == root.i else t
                 for t in _promoted(tokens, root, verb))


SENTENCE_ENDS = frozenset({".", "!", "?", '"', "'", "\u201d"})


def headline_pair(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'Kenya, Ethiopia sign border deal', 'Modi, Putin hold talks': a headline's comma
    between two names before the verb stands for 'and'; the names are one subject, a
    conjunction, not a subject and a loose modifier."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.pos != "VERB" or tokens[-1].text in SENTENCE_ENDS:
        return tokens
    commas = [t for t in tokens[1:root.i] if t.text == ","]
    right = next((t for t in tokens if t.head == root.i and t.dep == "nsubj"
                  and commas and t.i > commas[0].i), None)
    if len(commas) != 1 or right is None:
        return tokens
    left = tokens[commas[0].i - 1]
    if left.pos != "PROPN" or right.pos != "PROPN" or left.head != root.i \
            or any(t.head == root.i and t.dep in ("nsubj", "nsubjpass") and t.i < left.i
                   for t in tokens):
        return tokens
    return tuple(replace(t, dep="nsubj", head=root.i) if t is left
                 else replace(t, dep="conj", head=left.i) if t is right
                 else replace(t, dep="punct", head=left.i) if t is commas[0] else t
                 for t in tokens)


def _bare_participle(tokens: tuple[Token, ...], verb: Token) -> tuple[Token, ...]:
    """'Two journalists detained in Minsk': in a headline (no full stop), a participle
    with a subject but no auxiliary and no object is no active verb; its subject is the
    one it was done to."""
    if tokens[-1].text in SENTENCE_ENDS:
        return tokens  # a sentence: a past the tagger took for a participle
    children = [t for t in tokens if t.head == verb.i and t is not verb]
    subjects = [t for t in children if t.dep == "nsubj"]
    if len(subjects) != 1 or any(t.dep in ("aux", "auxpass", "dobj", "ccomp", "xcomp")
                                 for t in children):
        return tokens
    return tuple(replace(t, dep="nsubjpass") if t is subjects[0] else t for t in tokens)


def finite_verb_as_root(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'More than 7,000 FARC rebels handed over their weapons' parsed as a noun with a
    reduced relative clause: a verb in the simple past (VBD, not the participle VBN) that
    has an object of its own, or the day of the act right after it, or that follows the
    noun's set-off relative clause (``_after_parenthesis``), is the clause's verb, and the
    noun its subject."""
    for noun, dep, head in _clause_nouns(tokens):
        verb = next((t for t in tokens if t.head == noun.i and t.dep == "acl"
                     and t.tag == "VBD" and t.i > noun.i), None)
        if verb is not None and any(t.head == verb.i and t.dep in ("dobj", "obj")
                                    for t in tokens):
            return _promoted(tokens, noun, verb, dep, head)
        if verb is not None and _dated(tokens, verb):
            day = tokens[verb.i + 1]
            return tuple(replace(t, dep="npadvmod") if t is day else t
                         for t in _promoted(tokens, noun, verb, dep, head))
        closing = next((t for t in tokens if t.head == noun.i and t.dep == "acl"
                        and _after_parenthesis(tokens, noun, t)), None)
        if closing is not None:
            return _promoted(tokens, noun, closing, dep, head)
    return tokens


def _after_parenthesis(tokens: tuple[Token, ...], noun: Token, verb: Token) -> bool:
    """'The European Union, which has monitors on the border, called on Azerbaijan to
    ...': a simple past right after the comma that closes the noun's relative clause or
    apposition is the verb the noun is the subject of (a reduced relative clause, which
    the parser took it for, is no parenthesis's sequel). The tagger may call it a
    participle (VBN) too, when an object or a complement shows it active."""
    between = [t for t in tokens[noun.i + 1:verb.i]
               if t.head == noun.i and t.dep in ("relcl", "appos")]
    active = verb.tag == "VBD" or verb.tag == "VBN" and any(
        t.head == verb.i and t.dep in ("dobj", "xcomp", "ccomp") for t in tokens)
    return active and bool(between) and verb.i > noun.i + 1 \
        and tokens[verb.i - 1].text == "," and tokens[noun.i + 1].text == ","


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "yesterday", "today"})


def _dated(tokens: tuple[Token, ...], verb: Token) -> bool:
    """'The Syrian government called Thursday on Arabs to ...': a past verb with the day
    of the act right after it, as wire copy dates a finite verb ('said Tuesday')."""
    day = tokens[verb.i + 1] if verb.i + 1 < len(tokens) else None
    return day is not None and day.head == verb.i and day.text.lower() in WEEKDAYS \
        and day.dep in ("npadvmod", "oprd", "dobj")


def _clause_nouns(tokens: tuple[Token, ...]) -> list[tuple[Token, str, int]]:
    """Nouns that stand where a clause's verb should, with the verb's place: the root, or
    the first of two subjects of the root verb ('Azerbaijan massed troops near the border,
    the ministry said': a reported clause, parsed as a noun phrase)."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return []
    if root.pos in ("NOUN", "PROPN"):
        return [(root, "ROOT", -1)]
    subjects = [t for t in tokens if t.head == root.i and t.dep == "nsubj" and t.i < root.i]
    loose = [t for t in tokens if t.head == root.i and t.dep == "dep" and t.i < root.i
             and t.pos == "NOUN"]  # '..., Baku said': the clause left hanging
    return [(subjects[0], "ccomp", root.i)] if len(subjects) > 1 else \
        [(loose[0], "ccomp", root.i)] if loose else []


def _promoted(tokens: tuple[Token, ...], noun: Token, verb: Token, dep: str = "ROOT",
              head: int = -1) -> tuple[Token, ...]:
    """The verb in the noun's place (the root: ``head`` -1), the noun its subject."""
    return tuple(replace(t, dep=dep, head=t.i if head < 0 else head) if t is verb
                 else replace(t, dep="nsubj", head=verb.i) if t is noun
                 else replace(t, head=verb.i) if t.head == noun.i and t.i > verb.i else t
                 for t in tokens)


NOUN_MODIFIERS = frozenset({"compound", "amod", "nummod", "det"})


def verb_before_object(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'Azerbaijan massed troops near the border', 'Greece scrambled fighter jets' parsed
    as a noun phrase with no verb ('massed' an adjective of 'troops'): a past form at the
    start of the noun's phrase, with a noun before it that is no mere modifier, is the
    clause's verb; the noun before it its subject, the noun its object."""
    for noun, dep, head in _clause_nouns(tokens):
        if noun.pos != "NOUN":
            continue
        verb = next((t for t in tokens[1:noun.i] if t.tag in ("VBD", "VBN")
                     and t.dep == "amod" and t.head == noun.i), None)
        if verb is None or any(t.dep not in NOUN_MODIFIERS for t in tokens[verb.i + 1:noun.i]):
            continue
        subject = tokens[verb.i - 1]
        if subject.head not in (noun.i, verb.i) or subject.pos not in ("NOUN", "PROPN") \
                or subject.dep not in ("npadvmod", "nsubj", "compound") \
                or verb.tag == "VBN" and subject.dep == "compound":  # 'the Iran backed militias'
            continue
        return tuple(replace(t, dep=dep, head=t.i if head < 0 else head) if t is verb
                     else replace(t, dep="nsubj", head=verb.i) if t is subject
                     else replace(t, dep="dobj", head=verb.i) if t is noun
                     else replace(t, head=verb.i) if t.head == noun.i and t.dep == "punct"
                     else t for t in tokens)
    return tokens


def plural_head_of_object(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'Britain imposed asset freezes on ...' parsed with 'asset' the object and 'freezes'
    a verb of its own: a present-tense verb with no subject, right after a verb's object
    noun, is the plural noun that the object noun modifies, and the object itself."""
    for word in tokens[2:]:
        noun = tokens[word.i - 1]
        if word.tag != "VBZ" or noun.tag != "NN" or noun.dep != "dobj" \
                or word.head != noun.head or word.dep not in ("advcl", "conj", "ccomp") \
                or any(t.head == word.i and t.dep in ("nsubj", "nsubjpass", "dobj", "aux")
                       for t in tokens):
            continue
        return tuple(replace(t, pos="NOUN", tag="NNS", dep="dobj") if t is word
                     else replace(t, dep="compound", head=word.i) if t is noun else t
                     for t in tokens)
    return tokens


def dangling_preposition(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'granted asylum to [five officers] holed up in a residence' parsed with 'to' left
    empty (or holding the clause) and the officers the subject of a clause of their own: a
    preposition with no object, followed by a noun phrase that is the subject of a bare past form with no
    auxiliary, governs that noun, and the past form is a reduced relative clause on it."""
    for prep in tokens[:-2]:
        if prep.dep != "prep" or any(t.head == prep.i and t.dep == "pobj" for t in tokens):
            continue
        noun = next((t for t in tokens[prep.i + 1:] if t.head != t.i
                     and tokens[t.head].i > t.i and t.dep == "nsubj"), None)
        verb = tokens[noun.head] if noun is not None else None
        if verb is None or verb.tag not in ("VBD", "VBN") or verb.dep == "ROOT" \
                or any(t.head == verb.i and t.dep in ("aux", "auxpass", "nsubjpass", "dobj")
                       for t in tokens) \
                or any(tokens[t.head].i != noun.i for t in tokens[prep.i + 1:noun.i]):
            continue
        return tuple(replace(t, dep="pobj", head=prep.i) if t is noun
                     else replace(t, dep="acl", head=noun.i, tag="VBN") if t is verb
                     else t for t in tokens)
    return tokens


# Verbs of motion that take a direction, seldom a passive: 'crossed [into] Syria'.
MOTION = frozenset({"cross", "roll", "move", "pour", "stream", "head", "drive", "sail",
                    "arrive", "return"})
DIRECTIONS = frozenset({"into", "across", "through", "toward", "towards", "onto"})


def motion_as_root(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'A WFP convoy carrying flour crossed into Syria.' parsed as a noun with two reduced
    relative clauses: in a full sentence with no verb, a past form of motion on the noun,
    going in a direction, is the clause's verb and the noun its subject."""
    if tokens[-1].text not in SENTENCE_ENDS:
        return tokens  # a headline: 'Convoy stranded, refugees forced into camps'
    for noun, dep, head in _clause_nouns(tokens):
        phrase = _descendants(tokens, noun)
        verb = next((t for t in tokens if t.head in phrase and t.dep == "acl" and t.i > noun.i
                     and t.tag in ("VBD", "VBN") and t.lemma.lower() in MOTION
                     and any(c.head == t.i and c.dep == "prep"
                             and c.lemma.lower() in DIRECTIONS for c in tokens)), None)
        if verb is not None and not any(t.head == verb.i and t.dep in ("aux", "auxpass", "agent")
                                        for t in tokens):
            return tuple(replace(t, tag="VBD") if t.i == verb.i else t
                         for t in _promoted(tokens, noun, verb, dep, head))
    return tokens


def _descendants(tokens: tuple[Token, ...], root: Token) -> set[int]:
    """The indices of the token and all below it."""
    members, grown = {root.i}, True
    while grown:
        grown = False
        for t in tokens:
            if t.i not in members and t.head in members and t.head != t.i:
                members.add(t.i)
                grown = True
    return members
