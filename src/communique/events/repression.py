"""State coercion told without violence: crowds dispersed or driven back, rallies broken
up, homes raided or searched by the police, water or power cut off. The PLOVER manual
keeps ASSAULT 'crowd-control' for an explicit crowd-control weapon or tactic ('fired tear
gas to disperse') and codes 'police pushed back protesters' as COERCE 'restrict'; a raid
or a search ('execute search') is COERCE 'seize', not CAMEO's investigation (090); cutting
off power, water or food is COERCE 'withhold'."""

from __future__ import annotations

from ..model import ParsedSentence, Token

COERCE_CODE = "170"
SEIZE_CODE = "171"

# Verbs of clearing a crowd, with the particle some need: 'broke [up]', 'drove [back]'.
DISPERSING = {"disperse": None, "scatter": None, "break": "up",
              "drive": "back"}
RAIDING = frozenset({"raid", "search"})
# Weapons and harm that make the act violent: then it stays ASSAULT.
CROWD_FORCE = frozenset({"gas", "teargas", "cannon", "cannons", "bullet", "bullets", "baton",
                         "batons", "truncheon", "truncheons", "ammunition", "rounds",
                         "grenade", "grenades", "spray", "club", "clubs", "whip", "whips",
                         "lathi", "lathis", "gunfire", "fire", "shoot", "shot", "kill",
                         "injure", "wound", "beat", "dead", "death", "violently", "clash",
                         "batter", "rubber", "tear"})
# Public goods and services whose withholding PLOVER codes COERCE 'withhold'.
UTILITIES = frozenset({"electricity", "power", "water", "food", "medicine", "fuel",
                       "utility", "internet"})
STATE_SECTORS = ("COP", "GOV", "JUD", "SPY")
HARSH_ROOTS = ("175", "18", "19")


def repression_code(sentence: ParsedSentence, verb: Token, code: str | None,
                    sectors: list[str]) -> str | None:
    """COERCE's code for a dispersal, or a raid by police or authorities, that the
    sentence tells without weapons or harm; else the code as it is. ``sectors`` are those
    of the verb's doers."""
    lemma = verb.lemma.lower()
    if code in ("163", "170") and _utilities_withheld(sentence, verb):
        return COERCE_CODE  # 'cut off water supplies to the villages': COERCE 'withhold'
    if code and code.startswith("09") and lemma == "search" and _state(sectors) and any(
            c.dep == "dobj" for c in sentence.children(verb.i)):
        return SEIZE_CODE  # 'police searched the party's headquarters': CAMEO's inquiry
    if not code or not code.startswith(HARSH_ROOTS) or _force_named(sentence):
        return code
    if lemma in DISPERSING and _particle_fits(sentence, verb, DISPERSING[lemma]):
        return COERCE_CODE
    if lemma in RAIDING and _state(sectors):
        return SEIZE_CODE
    return code


def _utilities_withheld(sentence: ParsedSentence, verb: Token) -> bool:
    """'cut off [electricity]', 'cut [water] supplies': public goods withheld from people,
    not a trade embargo ('cut gas supplies to Poland' stays a sanction)."""
    objects = [c for c in sentence.children(verb.i) if c.dep in ("dobj", "nsubjpass")]
    for _ in range(2):  # 'cut [gas] and [electricity] supplies'
        objects += [g for o in objects for g in sentence.children(o.i)
                    if g.dep in ("compound", "amod", "nmod", "conj") and g not in objects]
    return any(o.lemma.lower() in UTILITIES for o in objects)


def _state(sectors: list[str]) -> bool:
    return bool(sectors) and all(s[:3] in STATE_SECTORS for s in sectors)


def _particle_fits(sentence: ParsedSentence, verb: Token, particle: str | None) -> bool:
    return particle is None or any(c.dep in ("prt", "advmod") and c.lemma.lower() == particle
                                   for c in sentence.children(verb.i))


def _force_named(sentence: ParsedSentence) -> bool:
    return any(t.lemma.lower() in CROWD_FORCE or t.text.lower() in CROWD_FORCE
               for t in sentence.tokens)
