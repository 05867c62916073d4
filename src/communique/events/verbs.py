"""The PETRARCH2 CAMEO verb dictionary, matched against a dependency parse.

A verb token is looked up by lemma and surface form; its block's patterns are then
tried against the words the verb governs (objects and prepositional phrases after it,
the subject before it). The most specific matching pattern gives the CAMEO code;
otherwise the verb's own code, otherwise the block's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..model import ParsedSentence, Token

# Children whose subtrees are the verb's own complements (patterns look there).
COMPLEMENT_DEPS = frozenset({"dobj", "attr", "oprd", "dative", "prep", "agent", "prt",
                             "acomp", "advmod", "npadvmod", "xcomp", "pobj", "obj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@dataclass(frozen=True, slots=True)
class VerbMatch:
    code: str | None  # None: the verb is known but codes no event by itself
    block: str
    specificity: int
    verb: str
    words: tuple[str, ...] = ()  # the other words of a multi-word verb ('halt [firing]')


@dataclass(frozen=True, slots=True)
class _Entry:
    block: int
    verb: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str | None


class VerbDictionary:
    """Verb forms → blocks of patterns; one instance serves a whole run."""

    def __init__(self, data: dict | None = None) -> None:
        data = data if data is not None else _packaged_verbs()
        self.synsets = {name: tuple(words) for name, words in data["synsets"].items()}
        self.blocks = list(data["blocks"])
        self.index: dict[str, list[_Entry]] = {}
        for number, block in enumerate(self.blocks):
            for verb in block["verbs"]:
                entry = _Entry(number, verb["verb"], tuple(verb["before"]),
                               tuple(verb["after"]), _primary(verb["code"]))
                for form in {verb["verb"], *verb["forms"]}:
                    self.index.setdefault(form, []).append(entry)
        self._add_extras(data.get("extras", _packaged_extras()))
        self._needs: dict[int, list[tuple[dict, str, frozenset[str]]]] = {}

    def _add_extras(self, rows: list[tuple[str, str, str]]) -> None:
        """Our own verbs for gaps in the dictionary: a phrasal entry, or a verb it lacks."""
        for lemma, particle, code in rows:
            silent = code == "-" or code is None  # '-': not an event, whatever the patterns
            code = None if silent or code == "~" else code  # '~': only its patterns code
            if particle or lemma not in self.index:
                self.blocks.append({"name": lemma.upper(), "code": code, "patterns": [],
                                    "silent": silent})
                after = (particle,) if particle and particle != "*" else ()
                entry = _Entry(len(self.blocks) - 1, lemma, (), after, code)
                self.index.setdefault(lemma, []).insert(0, entry)

    def knows(self, word: str) -> bool:
        return word.lower() in self.index

    def phrase_code(self, lemma: str, word: str) -> str | None:
        """The code of a phrasal entry of ours: ('suspend', 'flights') → 163."""
        return next((e.code for e in self.index.get(lemma, ()) if e.after == (word,)), None)

    def match(self, sentence: ParsedSentence, verb: Token) -> VerbMatch | None:
        """The best code for this verb token in this sentence, or None if not a known verb."""
        entries = self._entries(sentence, verb)
        if not entries:
            return None
        context = _Context.of(sentence, verb)
        best: VerbMatch | None = None
        for entry in entries:
            found = self._best_for_entry(entry, context)
            if best is None or found.specificity > best.specificity:
                best = found
        return best

    def _entries(self, sentence: ParsedSentence, verb: Token) -> list[_Entry]:
        words = dict.fromkeys((verb.lemma.lower(), verb.text.lower()))  # ordered: ties are stable
        entries = list(dict.fromkeys(e for w in words for e in self.index.get(w, ())))
        phrasal = [e for e in entries if e.after or e.before]
        particles = _particles(sentence, verb) if phrasal else frozenset()
        fitting = [e for e in phrasal if _phrase_fits(sentence, verb, e, particles)]
        idioms = [e for e in fitting if self.blocks[e.block].get("silent")
                  and _governs(sentence, verb, e.after)]
        plain = [e for e in entries if not e.after and not e.before]
        silent = [e for e in plain if self.blocks[e.block].get("silent")]
        return idioms or fitting or silent or plain  # 'took place at the airport': no event

    def _best_for_entry(self, entry: _Entry, context: "_Context") -> VerbMatch:
        """The most specific matching pattern of the entry's block (the first on ties),
        else the entry's own code, else the block's."""
        block = self.blocks[entry.block]
        code, best = entry.code or block["code"], 0
        for pattern, where, need in self._prefilter(entry.block):
            if pattern.get("verb", entry.verb) != entry.verb:
                continue  # written for another verb of the block ('broke with', not 'beat')
            if need and not need & context.place(where):
                continue  # a word the pattern needs is not there: it cannot match
            score = self._score(pattern, context)
            if score > best:
                code, best = pattern["code"], score
        base = len(entry.after) + len(entry.before)
        return VerbMatch(code, block["name"], best + base, entry.verb, entry.after)

    def _prefilter(self, number: int) -> list[tuple[dict, str, frozenset[str]]]:
        """Each pattern of a block with one word set it needs and where: a shortcut only;
        an empty set means no shortcut (the full test decides)."""
        cached = self._needs.get(number)
        if cached is None:
            cached = [(p, *self._need(p)) for p in self.blocks[number]["patterns"]]
            self._needs[number] = cached
        return cached

    def _need(self, pattern: dict) -> tuple[str, frozenset[str]]:
        if pattern["after"]:
            element = pattern["after"][0]
            if "prep" in element:
                return "preps", frozenset(element["prep"].split("/"))
            words, where = element["words"], "heads"
        elif pattern["before"]:
            words, where = pattern["before"][0].get("words", ()), "before"
        else:
            return "", frozenset()
        if not words:
            return "", frozenset()
        last = words[-1]
        options = self.synsets.get(last, (last,)) if last.startswith("&") else (last,)
        if any(" " in o for o in options):
            return "", frozenset()  # a multi-word option matches the phrase text
        return where, frozenset(options)

    def _score(self, pattern: dict, context: "_Context") -> int:
        total = 0
        for element in pattern["after"]:
            score = self._element(element, context)
            if not score:
                return 0
            total += score
        for element in pattern["before"]:
            score = self._present(element.get("words", ()), context.before, context.before, "")
            if not score:
                return 0
            total += score
        return total

    def _element(self, element: dict, context: "_Context") -> int:
        if "prep" in element:
            return self._prep_element(element, context)
        return self._present(element["words"], context.heads, context.after, context.phrase_text)

    def _prep_element(self, element: dict, context: "_Context") -> int:
        preps = element["prep"].split("/")
        for prep, heads, object_words, near in context.preps:
            if prep in preps:
                if element["object"] is None:
                    if near:  # a bare preposition is the verb's own: not 'cooperate in
                        return 1  # the fight [against] crime'
                    continue
                score = self._present(element["object"]["words"], heads, object_words,
                                      " ".join(sorted(object_words)))
                if score:
                    return score + 1
        return 0

    def _present(self, words, heads: frozenset[str], present: frozenset[str], text: str) -> int:
        """A pattern phrase ({FINANCIAL AID}: head last) whose head word is a noun of the
        verb's complements (or the head of one; for a prepositional phrase, of its object)
        and whose other words are anywhere in them: 'suspected' in 'struck suspected PKK
        positions' is no noun, so it cannot match a pattern noun."""
        if not words:
            return 0
        for position, word in enumerate(words):
            options = self.synsets.get(word, (word,)) if word.startswith("&") else (word,)
            where = heads if position == len(words) - 1 else present
            if not any(o in where or (" " in o and o in text) for o in options):
                return 0
        return len(words)


@dataclass(frozen=True, slots=True)
class _Context:
    after: frozenset[str]
    heads: frozenset[str]
    before: frozenset[str]
    preps: tuple[tuple[str, frozenset[str], frozenset[str], bool], ...]
    phrase_text: str

    @classmethod
    def of(cls, sentence: ParsedSentence, verb: Token) -> "_Context":
        governed = _governed(sentence, verb)
        after = [t for t in governed if t.i > verb.i]
        before = [t for t in sentence.tokens[: verb.i]]
        near = {verb.i} | {c.i for c in sentence.children(verb.i) if c.dep in HEAD_DEPS}
        preps = tuple((t.lemma.lower(), _words(_heads(sentence, t, ("pobj", "pcomp"))),
                       _words(subtree(sentence, t)[1:]), t.head in near)
                      for t in after if t.dep in ("prep", "agent", "dative")
                      and not temporal(sentence, t))
        text = " ".join(t.text.lower() for t in after)
        heads = _words(_heads(sentence, verb, HEAD_DEPS)
                       + [t for t in after if t.pos in ("NOUN", "PROPN")
                          and _in_verbs_phrase(sentence, verb, t)]
                       + _described(sentence, verb))
        return cls(_words(after), heads, _words(before), preps, text)

    def place(self, where: str) -> frozenset[str]:
        if where == "preps":
            return frozenset(p for p, _, _, _ in self.preps)
        return getattr(self, where)


HEAD_DEPS = ("dobj", "obj", "attr", "oprd", "dative", "acomp", "npadvmod", "advmod", "prt")
# Prepositions of what happened at another time: 'detained him hours [before] the rally'.
BACKGROUND_PREPS = frozenset({"before", "after", "during", "since", "until", "following",
                              "amid", "ahead"})


def _in_verbs_phrase(sentence: ParsedSentence, verb: Token, noun: Token) -> bool:
    """A noun a pattern may name as the verb's: not one in a clause of another verb
    ('praised Poland for [restoring] judicial independence' names no independence day)
    nor in a phrase of another time ('detained him hours before the rally')."""
    token = noun
    for _ in range(12):
        if token.head == token.i or token.head == verb.i:
            return True
        token = sentence.tokens[token.head]
        if token.pos in ("VERB", "AUX") and not _complement(sentence, token) \
                or token.dep in ("prep", "mark", "advmod") \
                and token.lemma.lower() in BACKGROUND_PREPS:  # '[ahead] of the protests'
            return False
    return True


def _complement(sentence: ParsedSentence, verb: Token) -> bool:
    """A clause that says what is done, ordered or aimed at ('ordered Israel [to take] all
    measures [to secure] the release'), not a gerund after a preposition or a clause
    about something else."""
    return verb.dep in ("xcomp", "ccomp") or verb.dep == "advcl" and any(
        c.dep == "aux" and c.text.lower() == "to" for c in sentence.children(verb.i))


def _heads(sentence: ParsedSentence, holder: Token, deps) -> list[Token]:
    """The heads of the holder's complements of these kinds, with their conjuncts."""
    heads = [c for c in sentence.children(holder.i) if c.dep in deps]
    for head in list(heads):
        heads.extend(c for c in sentence.children(head.i) if c.dep == "conj")
    return heads + [m for h in heads for m in measured(sentence, h)]


def measured(sentence: ParsedSentence, head: Token) -> list[Token]:
    """'10 tonnes of [supplies]', '$3 million in [aid]': the thing a quantity measures."""
    if head.lemma.lower() not in QUANTITIES:
        return []
    return [o for p in sentence.children(head.i) if p.dep == "prep"
            and p.lemma.lower() in ("of", "in") for o in sentence.children(p.i)
            if o.dep == "pobj"]


QUANTITIES = frozenset({"tonne", "ton", "tons", "kg", "kilogram", "kilo", "litre", "liter",
                        "barrel", "million", "billion", "dollar", "euro", "pound", "$",
                        "yen", "yuan", "rupee", "ruble", "rouble", "franc", "riyal", "dirham",
                        "peso", "shilling", "naira", "rand",  # '300 billion yen of [debt]'
                        "truckload", "shipment", "line",  # 'a line of [credit]'
                         "consignment", "batch", "lot", "worth",
                        "planeload", "shipload", "convoy", "cargo", "load", "package",
                        "crate", "pallet", "box", "sack", "bag", "kit", "part",
                        "round", "series", "session", "level",  # 'a new round of [talks]'
                        # 'a wave of arrests', 'a barrage of rockets'
                        "wave", "spate", "string", "flurry", "barrage", "volley", "salvo",
                        "team", "contingent", "squad", "detachment",  # 'a team of [rescuers]'
                        # a share of a thing: 'returned [some] of the land', 'freed [half] of
                        # the hostages', 'withdrew [most] of its troops'
                        "some", "most", "half", "rest", "all", "many", "several"})


TIME_NOUNS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekend today tomorrow "
    "yesterday day week month year morning afternoon evening night january february march "
    "april may june july august september october november december".split())


def _described(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """'the sanctions [imposed] by the US': a participle's noun is what it acts on."""
    if verb.dep == "acl" and verb.tag == "VBN" and verb.head != verb.i:
        return [sentence.tokens[verb.head]]
    return []


def temporal(sentence: ParsedSentence, prep: Token) -> bool:
    """'on Tuesday', 'in March', 'in 2011': a time, not the phrase a pattern means
    ('telephoned X on Tuesday' is no 'call on')."""
    objects = [c for c in sentence.children(prep.i) if c.dep == "pobj"]
    return bool(objects) and all(o.lemma.lower() in TIME_NOUNS or o.tag == "CD"
                                 for o in objects)


def _words(tokens) -> frozenset[str]:
    return frozenset(w for t in tokens for w in (t.lemma.lower(), t.text.lower()))


def _governed(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """Tokens in the subtrees of the verb's complement children."""
    out: list[Token] = []
    for child in sentence.children(verb.i):
        if child.dep in COMPLEMENT_DEPS:
            out.extend(subtree(sentence, child))
    return sorted(out, key=lambda t: t.i)


def subtree(sentence: ParsedSentence, root: Token) -> list[Token]:
    """The token and all its descendants, in sentence order."""
    members, frontier = {root.i}, [root.i]
    while frontier:
        for child in sentence.children(frontier.pop()):
            if child.i not in members:  # a malformed parse may hold a cycle
                members.add(child.i)
                frontier.append(child.i)
    return [t for t in sentence.tokens if t.i in members]


def _governs(sentence: ParsedSentence, verb: Token, words: tuple[str, ...]) -> bool:
    """The phrase's words are the verb's own particle or object ('took [place]'), not just
    next to it ('freed [up] to 40 hostages')."""
    children = {c.text.lower() for c in sentence.children(verb.i)
                if c.dep in ("prt", "dobj", "obj", "prep")}
    return bool(words) and set(words) <= children


def _phrase_fits(sentence: ParsedSentence, verb: Token, entry: _Entry,
                 particles: frozenset[str] | None = None) -> bool:
    """A multi-word verb ('meet with', 'wire tap') needs its other words next to the verb."""
    tokens = sentence.tokens
    after = [t.text.lower() for t in tokens[verb.i + 1: verb.i + 1 + len(entry.after)]]
    if particles is None:
        particles = _particles(sentence, verb)
    after_ok = after == list(entry.after) or set(entry.after) <= particles
    start = verb.i - len(entry.before)
    before = [t.text.lower() for t in tokens[max(start, 0): verb.i]]
    return after_ok and before == list(entry.before)


def _particles(sentence: ParsedSentence, verb: Token) -> frozenset[str]:
    """The words a phrasal entry's other words may be: the verb's particles, objects and
    their modifiers, the objects of its prepositions (worked out once per verb)."""
    children = [c for c in sentence.children(verb.i)
                if c.dep in ("prt", "dobj", "xcomp", "nsubjpass")
                or c.dep == "prep" and not temporal(sentence, c)  # 'called X [on] Tuesday'
                or c.dep == "ccomp"]  # 'allowed [convoys] into' (misparsed), 'allow X to [audit]'
    children += [m for c in children if c.dep == "dobj" for m in measured(sentence, c)]
    children += [m for c in children if c.dep == "dobj"  # 'suspended [internet] services'
                 for m in sentence.children(c.i) if m.dep in ("compound", "amod")]
    children += [s for c in sentence.children(verb.i) if c.dep == "ccomp"  # 'let [inspectors]
                 for s in sentence.children(c.i) if s.dep == "nsubj"]  # visit the site'
    objects = [o for c in children if c.dep == "prep"  # 'returned to the [table]'
               for o in sentence.children(c.i) if o.dep in ("pobj", "pcomp")]
    children += objects + [m for o in objects for m in measured(sentence, o)]
    return frozenset(w for c in children for w in (c.text.lower(), c.lemma.lower()))


def _primary(code: str | None) -> str | None:
    """'042:043' (visit : host) → '042': the code of the event as the subject does it."""
    return code.split(":")[0].strip() or None if code else None


@cache
def _packaged_extras() -> list[tuple[str, str, str]]:
    path = resources.files("communique") / "data" / "verbs_extra.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemmas, particles, code = (line.split("\t") + ["", ""])[:3]
            code = None if code.strip() == "-" else code.strip()
            rows += [(lemma.strip(), particle.strip(), code)  # 'a|b' lists alternatives
                     for lemma in lemmas.split("|") for particle in particles.split("|")]
    return rows


@cache
def _packaged_verbs() -> dict:
    path = resources.files("communique") / "data" / "verbs.json"
    return json.loads(path.read_text(encoding="utf-8"))
