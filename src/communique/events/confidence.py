"""How sure the coder is of one event, from a few general features of how it is told.

The base is who was found: 0.4, plus 0.25 for a source and 0.2 for a target, less when a
side that the kind of event needs is missing (``EventCoder._candidate``). Where the event
is told lowers it further:

- in a relative clause ('a ruling [that ordered] Turkey to ...', 'a move Moscow
  [denounced] at the time', 'the city, which was [destroyed] in 1945'): the clause
  describes something the sentence mentions, mostly as background, and is not the news
  the sentence reports; an active clause opened by 'who' or 'whom' tells what a person
  did ('Le Drian, who described the junta as illegitimate') and counts as a subordinate
  clause;
- in a subordinate clause (adverbial, participle or infinitive clause: '..., [leaving]
  thousands without help', 'after [fighting] killed dozens') with one side missing (or
  violence with no doer named): such a clause tells the outcome, the occasion or the
  background of the act it hangs on, and the missing side is what a second event would
  need to stand on its own;
- in a headline that no sentence of the body restates (``HEADLINE_PENALTY``, applied in
  the pipeline once headlines are folded) or in a photo caption.

With the default ``min_confidence`` of 0.5, an event in a relative clause or a subordinate
clause is kept only when both its sides are found, and an unfolded headline only when
something else raises it (more mentions). (A relative-clause penalty of 0.4, which drops
every such event, cost 3 points of document-level recall on the corpus for one point of
precision on the sample articles.)
"""

from __future__ import annotations

from ..model import Actor, ParsedSentence, Token

# Told in a relative clause: describes what the sentence mentions.
RELATIVE_PENALTY = 0.3
# Told in a subordinate clause with a side missing.
SUBORDINATE_ONE_SIDED_PENALTY = 0.2
# A headline event that no body sentence restates between the same countries.
HEADLINE_PENALTY = 0.4

# Dependencies that make a clause the sentence's own news: the main clause and what a
# speaker is reported to have said ('officials said [troops had withdrawn]').
MAIN_DEPS = frozenset({"ROOT", "ccomp"})


def clause_role(sentence: ParsedSentence, word: Token) -> str:
    """'main', 'relative' or 'subordinate': the clause the event's word stands in, read off
    the word's dependency after climbing coordination ('rejected X and [demanded] Y' is
    as main as 'rejected'); an event noun stands in the clause of its verb ('speeded up
    the [withdrawal]')."""
    token = word
    for _ in range(4):
        if token.pos == "VERB" or token.head == token.i:
            break
        token = sentence.tokens[token.head]
    for _ in range(6):
        if token.dep != "conj" or token.head == token.i:
            break
        token = sentence.tokens[token.head]
    if token.dep == "relcl" and _personal(sentence, token):
        return "personal"  # 'Le Drian, [who] last week described the junta as ...'
    if token.dep == "relcl" or token.dep == "acl" and token.tag in ("VBN", "VBD"):
        return "relative"  # 'a deadline [set] by West African leaders'
    return "main" if token.dep in MAIN_DEPS else "subordinate"


def _personal(sentence: ParsedSentence, verb: Token) -> bool:
    """An active relative clause opened by 'who', 'whom' or 'whose': it tells what a
    person or a group did ('Le Drian, who described ...', 'the minister, whom they
    accused of ...'), not what befell a thing or a place ('Crimea, which ...')."""
    children = sentence.children(verb.i)
    if any(c.dep in ("nsubjpass", "auxpass") for c in children):
        return False  # 'a former chief who is wanted on drug charges'
    return any(t.text.lower() in PERSONAL_PRONOUNS for c in children
               for t in (c, *sentence.children(c.i)))


PERSONAL_PRONOUNS = frozenset({"who", "whom", "whose"})


def clause_penalty(sentence: ParsedSentence, word: Token, one_sided: bool) -> float:
    """How much where the event is told lowers its confidence."""
    role = clause_role(sentence, word)
    if role == "relative":
        return RELATIVE_PENALTY
    if role in ("subordinate", "personal") and one_sided:
        return SUBORDINATE_ONE_SIDED_PENALTY
    return 0.0


# Judgements of what was done and inquiries into it (PLOVER ACCUSE and SUPPORT: "Requires
# recipient: No"): the object is often an act, not an actor ('condemned the riots', 'backs
# a referendum', 'opened an investigation into the stampede').
JUDGING_ROOTS = ("11", "05", "09")
# Sources whose approval or complaint is not a public stance: 'residents welcomed the news'.
PRIVATE_SECTORS = frozenset({"CVL", "PPL"})


def judges_an_act(sentence: ParsedSentence, word: Token, code: str,
                  source: Actor | None) -> bool:
    """A condemnation, an endorsement or an inquiry that a public actor makes as the
    sentence's news ('Netanyahu condemned the riots against soldiers') needs no target to
    be an event."""
    return code.startswith(JUDGING_ROOTS) and source is not None \
        and source.sector not in PRIVATE_SECTORS and clause_role(sentence, word) == "main"
