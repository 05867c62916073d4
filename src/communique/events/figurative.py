"""Harm verbs used of things that do no physical harm: 'sanctions hit Russia's economy',
'tariffs hit Chinese exporters', 'rising prices hit the poor'. PLOVER ASSAULT is a
deliberate action that can do substantial physical harm; an economic blow is no attack."""

from __future__ import annotations

from ..model import ParsedSentence, Token

HARM_VERBS = frozenset({"hit", "strike", "batter", "hammer", "hurt", "cripple", "devastate",
                        "ravage", "pummel"})
# Causes that hit only figuratively: measures, markets and hardships.
ABSTRACT_CAUSES = frozenset({
    "sanction", "sanctions", "tariff", "tariffs", "price", "prices", "inflation", "crisis",
    "recession", "shortage", "shortages", "cut", "cuts", "measure", "measures", "ban",
    "embargo", "law", "policy", "policies", "downturn", "slowdown", "devaluation",
    "unemployment", "austerity", "tax", "taxes", "levy", "duty", "duties", "rate", "rates",
    "scandal", "decision", "restriction", "restrictions", "shutdown", "boycott", "debt",
    "cost", "costs", "slump"})


def figurative_harm(sentence: ParsedSentence, verb: Token, code: str | None) -> bool:
    """A violent code told of a harm verb whose doer is a measure or a hardship."""
    if not code or not code.startswith(("18", "19", "20")) \
            or verb.lemma.lower() not in HARM_VERBS:
        return False
    return any({d.text.lower(), d.lemma.lower()} & ABSTRACT_CAUSES
               for d in _doers(sentence, verb))


def _doers(sentence: ParsedSentence, verb: Token) -> list[Token]:
    """'[sanctions] hit ...', 'were hit by [tariffs]'."""
    subjects = [c for c in sentence.children(verb.i) if c.dep == "nsubj"]
    agents = [o for c in sentence.children(verb.i) if c.dep == "agent"
              for o in sentence.children(c.i) if o.dep == "pobj"]
    return subjects + agents

