"""Tests for communique.events: CAMEO events from parsed sentences and their actor mentions.

The unit tests at the top need no model: verb-verb combinations (``combine``), the CAMEO
table (``cameo.lookup``) and the PETRARCH verb dictionary on a tiny hand-made dictionary.
The rest parse short news sentences with the real model (marked ``model``): actors come
from ``coder.actors``, events from ``coder.events.code_sentence``, or the whole article
from ``coder.code`` where dates, referring back and merging matter.

Behaviour that is expected but not produced yet is marked ``xfail(strict=True)``; when it
starts to pass, the test fails and the marker must go.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest

from communique.events import EventCoder, VerbDictionary, cameo_table, lookup
from communique.events import combine
from communique.events.coder import packaged_nouns
from communique.events.lexicon import EASED
from communique.model import ParsedSentence, Token
from communique.nlp import parse_texts

PUBLISHED = dt.date(2021, 6, 14)
model = pytest.mark.model


# --- helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Coded:
    """One event candidate, flattened for assertions."""

    cameo: str
    source: str | None
    target: str | None
    modality: str
    word: str  # the token the event is anchored on
    confidence: float
    refers_back: bool
    source_country: str | None
    target_country: str | None

    @property
    def key(self) -> tuple:
        return (self.cameo, self.source, self.target, self.modality)


def code_text(coder, text: str, date: dt.date = PUBLISHED) -> list[Coded]:
    """Every event candidate of every sentence of ``text`` (one segment), in order."""
    sentences = parse_texts(coder.parser, [text])[0]
    mentions = coder.actors.code_article(sentences, date)
    return [_flat(sentence, event) for sentence, found in zip(sentences, mentions)
            for event in coder.events.code_sentence(sentence, found)]


def _flat(sentence: ParsedSentence, event) -> Coded:
    return Coded(event.cameo, event.source and event.source.code,
                 event.target and event.target.code, event.modality,
                 sentence.tokens[event.anchor].text, event.confidence, event.refers_back,
                 event.source and event.source.country, event.target and event.target.country)


def keys(found: list[Coded]) -> set[tuple]:
    return {c.key for c in found}


def has_event(found: list[Coded], cameo: str, source: str | None = None,
              target: str | None = None) -> bool:
    """Some candidate has this code and, where given, this source and target code."""
    return any(c.cameo == cameo and source in (None, c.source) and target in (None, c.target)
               for c in found)


def describe(found) -> str:
    return "; ".join(f"{c.cameo} {c.source}->{c.target} {c.modality} @{c.word}" for c in found)


def built(*spec: tuple[str, str, str, str, int]) -> ParsedSentence:
    """A hand-built sentence from (text, lemma, pos, dep, head) per token."""
    tokens, offset = [], 0
    for i, (text, lemma, pos, dep, head) in enumerate(spec):
        tokens.append(Token(i=i, text=text, lemma=lemma, pos=pos, tag="", dep=dep, head=head,
                            start=offset))
        offset += len(text) + 1
    text = " ".join(s[0] for s in spec)
    return ParsedSentence(index=0, start=0, end=len(text), text=text, tokens=tuple(tokens))


# --- combine: verb-verb combinations, no model -------------------------------------------


@pytest.mark.parametrize("code, kind, expected", [
    ("042", 0, "036"),    # visit → intend to meet
    ("046", 1, "026"),    # negotiate → appeal to meet
    ("063", 2, "1013"),    # judicial cooperation → demand it
    ("0871", 3, "1246"),  # truce → refuse to de-escalate
    ("0874", 0, "0356"),  # four-digit code falls back to its three-digit row (087)
    ("05", 1, "022"),     # a two-digit root has its own row
])
def test_combine_mirror(code, kind, expected):
    assert combine.mirror(code, kind) == expected


@pytest.mark.parametrize("code", ["190", "1823", "111", "010", "20"])
def test_combine_mirror_has_no_form_for_conflict_or_talk(code):
    assert combine.mirror(code, 0) is None


@pytest.mark.parametrize("code, expected", [
    ("190", "138"), ("1823", "138"), ("20", "138"), ("163", "1312"), ("16", "131"),
    ("174", "1313"), ("15", "130"), ("042", None), ("111", None),
])
def test_combine_threat(code, expected):
    assert combine.threat(code) == expected


@pytest.mark.parametrize("outer, inner, lemma, expected", [
    (None, "040", "agree", "036"),     # 'agreed to meet': the lemma decides, not the code
    (None, "06", "agree", "031"),      # 'agreed to cooperate'
    (None, "046", "urge", "026"),      # 'urged X to resume talks'
    (None, "040", "refuse", "125"),    # 'refused to meet'
    (None, "190", "threaten", "138"),  # 'threatened to attack'
    (None, "190", "vow", "138"),       # 'vowed to fight': an intent to harm is a threat
    (None, "190", "swear", "138"),
    (None, "0871", "agree", "0871"),   # 'agreed to halt firing' is the truce itself
    (None, "057", "agree", "032"),     # 'agreed to sign the accord': a promise to sign
    (None, "151", "agree", "0312"),    # 'agreed to resume border patrols': cooperation
    (None, "154", "vow", "130"),       # 'vowed to mobilise the army': a threat
    ("100", "042", "", "106"),         # a demand code: 'demanded to visit' (demand a meeting)
    ("120", "111", "", "120"),         # refusal of something with no mirror: plain 120
    ("130", "042", "", "130"),         # threat of something with no threat form
    ("030", "111", "", "130"),         # intent to do harm of any kind is a threat
    ("0344", "042", "", None),         # 'promised political reform' is not an outer verb
    ("042", "190", "", None),          # a visit is no outer verb
    (None, "042", "", None),           # no outer code at all
    ("020", "", "", None),
])
def test_combine_combine(outer, inner, lemma, expected):
    assert combine.combine(outer, inner, lemma) == expected


@pytest.mark.parametrize("code, expected", [
    ("040", "036"), ("042", "036"), ("063", "0313"), ("0871", "0356"),
    ("010", "010"), ("150", "150"),  # nothing to mirror: unchanged
    ("163", "163"), ("161", "161"),  # an announced cut in relations is a decision
    ("190", "138"), ("173", "1313"), ("141", "133"),  # a planned hostile act is a threat
])
def test_combine_intent(code, expected):
    assert combine.intent(code) == expected


@pytest.mark.parametrize("code, expected", [
    ("063", "0313"),   # 'would hand over ... if' → intent to cooperate on judicial matters
    ("190", "138"),    # 'will launch an offensive unless' → threat of force
    ("163", "1312"),   # 'will impose sanctions if' → threat of sanctions
    ("161", "1313"),   # 'would expel the ambassador if' → threat to reduce relations
    ("165", "135"),    # 'may halt its mediation if' → threat to halt mediation
    ("010", "010"),
])
def test_combine_conditional(code, expected):
    assert combine.conditional(code) == expected


def test_combine_every_code_it_can_produce_is_in_the_cameo_table():
    produced = {c for row in combine.MIRRORS.values() for c in row}
    produced |= set(combine.THREATS.values()) | set(combine.OUTER_LEMMAS.values())
    produced |= set(EASED.values())
    assert produced - set(cameo_table()) == set()


def test_events_every_noun_code_is_in_the_cameo_table():
    table = cameo_table()
    assert {word: code for word, code in packaged_nouns().items() if code not in table} == {}


# --- cameo.lookup, no model --------------------------------------------------------------


def test_cameo_lookup_exact_code():
    entry = lookup("0871")
    assert (entry.code, entry.plover, entry.quad_class) == ("0871", "RETREAT", 2)
    assert entry.name == "Declare truce, ceasefire"


@pytest.mark.parametrize("code", ["0813", "0814"])
def test_cameo_lifting_a_curfew_or_emergency_is_concede_as_the_plover_manual_says(code):
    entry = lookup(code)
    assert entry.plover == "CONCEDE" and "21.09.17" not in entry.name


def test_cameo_international_sanctions_are_sanction_as_the_plover_manual_says():
    entry = lookup("163")
    assert (entry.plover, entry.plover_mode) == ("SANCTION", "discontinue")


def test_cameo_lookup_falls_back_to_parent_under_the_asked_code():
    parent = lookup("182")
    entry = lookup("1829")
    assert "1829" not in cameo_table()
    assert entry.code == "1829"
    assert (entry.name, entry.plover, entry.plover_mode, entry.quad_class, entry.goldstein) == \
        (parent.name, parent.plover, parent.plover_mode, parent.quad_class, parent.goldstein)


@pytest.mark.parametrize("code", ["99", "00", "9", "", "991"])
def test_cameo_lookup_unknown_code_raises_key_error(code):
    with pytest.raises(KeyError, match="unknown CAMEO code"):
        lookup(code)


def test_cameo_lookup_every_code_has_a_name():
    assert [code for code, entry in cameo_table().items() if not entry.name] == []


# --- VerbDictionary on a tiny dictionary, no model --------------------------------------

_FORMS = {"fire": ["fired", "fires", "firing"], "pull": ["pulled", "pulls", "pulling"],
          "meet": ["met", "meets", "meeting"]}


def _verb(lemma: str, after=(), code=None) -> dict:
    return {"verb": lemma, "forms": _FORMS[lemma], "before": [], "after": list(after),
            "code": code}


def tiny(extras=(), patterns=None) -> dict:
    """A dictionary in the verbs.json shape: FIRE (default 190), PULL ('pull out'), MEET."""
    fire_patterns = patterns if patterns is not None else [
        {"after": [{"words": ["&weapon"]}], "before": [], "code": "195"},
        {"after": [{"words": ["&weapon"]}, {"prep": "at", "object": {"words": ["protesters"]}}],
         "before": [], "code": "175"},
        {"after": [], "before": [{"words": ["rebels"]}], "code": "183"},
    ]
    return {
        "synsets": {"&weapon": ["missile", "missiles", "rocket", "cruise missile"]},
        "blocks": [
            {"name": "FIRE", "code": "190", "patterns": fire_patterns,
             "verbs": [_verb("fire")]},
            {"name": "PULL", "code": None, "patterns": [],
             "verbs": [_verb("pull"), _verb("pull", ["out"], "0874")]},
            {"name": "MEET", "code": "040", "patterns": [],
             "verbs": [_verb("meet", code="043:042")]},
        ],
        "extras": list(extras),
    }


def fired(*rest: tuple[str, str, str, str, int], subject: str = "Police") -> ParsedSentence:
    """'<subject> fired <rest>': the verb is token 1."""
    return built((subject, subject.lower(), "NOUN", "nsubj", 1),
                 ("fired", "fire", "VERB", "ROOT", 1), *rest)


A_MISSILE = (("a", "a", "DET", "det", 3), ("missile", "missile", "NOUN", "dobj", 1))
AT_PROTESTERS = (("at", "at", "ADP", "prep", 1), ("protesters", "protester", "NOUN", "pobj", 4))


def test_verbs_unknown_verb_is_no_match():
    sentence = built(("Police", "police", "NOUN", "nsubj", 1),
                     ("slept", "sleep", "VERB", "ROOT", 1))
    verbs = VerbDictionary(tiny())
    assert verbs.match(sentence, sentence.tokens[1]) is None
    assert verbs.knows("fired") and verbs.knows("Fire") and not verbs.knows("sleep")


def test_verbs_block_default_without_pattern():
    sentence = fired(("again", "again", "ADV", "advmod", 1))
    found = VerbDictionary(tiny()).match(sentence, sentence.tokens[1])
    assert (found.code, found.block, found.specificity, found.verb) == ("190", "FIRE", 0, "fire")


def test_verbs_pattern_with_synset_beats_default():
    sentence = fired(*A_MISSILE)
    assert VerbDictionary(tiny()).match(sentence, sentence.tokens[1]).code == "195"


def test_verbs_multi_word_synset_entry_matches_phrase_text():
    sentence = fired(("a", "a", "DET", "det", 4), ("cruise", "cruise", "NOUN", "compound", 4),
                     ("missile", "missile", "NOUN", "dobj", 1))
    assert VerbDictionary(tiny(patterns=[
        {"after": [{"words": ["&weapon"]}], "before": [], "code": "195"}])).match(
        sentence, sentence.tokens[1]).code == "195"


@pytest.mark.parametrize("order", [1, -1], ids=["general-first", "specific-first"])
def test_verbs_more_specific_pattern_wins_in_any_order(order):
    patterns = tiny()["blocks"][0]["patterns"][:2][::order]
    sentence = fired(*A_MISSILE, *AT_PROTESTERS)
    found = VerbDictionary(tiny(patterns=patterns)).match(sentence, sentence.tokens[1])
    assert (found.code, found.specificity) == ("175", 3)


def test_verbs_pattern_words_before_the_verb():
    sentence = fired(subject="Rebels")
    assert VerbDictionary(tiny()).match(sentence, sentence.tokens[1]).code == "183"


def test_verbs_prepositional_pattern_needs_its_object():
    sentence = fired(*A_MISSILE, ("at", "at", "ADP", "prep", 1),
                     ("troops", "troop", "NOUN", "pobj", 4))
    assert VerbDictionary(tiny()).match(sentence, sentence.tokens[1]).code == "195"


def test_verbs_specific_pattern_restating_the_default_still_wins():
    patterns = [
        {"after": [{"words": ["missile"]}, {"prep": "at", "object": {"words": ["protesters"]}}],
         "before": [], "code": "190"},
        {"after": [{"words": ["missile"]}], "before": [], "code": "195"},
    ]
    sentence = fired(*A_MISSILE, *AT_PROTESTERS)
    found = VerbDictionary(tiny(patterns=patterns)).match(sentence, sentence.tokens[1])
    assert (found.code, found.specificity) == ("190", 3)


def test_verbs_multi_word_verb_needs_its_particle():
    troops_pulled = (("Troops", "troop", "NOUN", "nsubj", 1),
                     ("pulled", "pull", "VERB", "ROOT", 1))
    pulled_out = built(*troops_pulled, ("out", "out", "ADP", "prt", 1))
    pulled = built(*troops_pulled, ("back", "back", "ADV", "advmod", 1))
    verbs = VerbDictionary(tiny())
    found = verbs.match(pulled_out, pulled_out.tokens[1])
    assert (found.code, found.words, found.specificity) == ("0874", ("out",), 1)
    plain = verbs.match(pulled, pulled.tokens[1])
    assert plain is not None and plain.code is None  # known verb, no event by itself


def test_verbs_primary_code_of_a_two_sided_entry():
    sentence = built(("Putin", "putin", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1))
    assert VerbDictionary(tiny()).match(sentence, sentence.tokens[1]).code == "043"


def test_verbs_extra_adds_a_verb_the_dictionary_lacks():
    sentence = built(("Russia", "russia", "PROPN", "nsubj", 1),
                     ("urged", "urge", "VERB", "ROOT", 1))
    found = VerbDictionary(tiny([("urge", "", "020")])).match(sentence, sentence.tokens[1])
    assert (found.code, found.block) == ("020", "URGE")


def test_verbs_extra_without_particle_does_not_override_a_known_verb():
    sentence = fired(("again", "again", "ADV", "advmod", 1))
    found = VerbDictionary(tiny([("fire", "", "180")])).match(sentence, sentence.tokens[1])
    assert found.code == "190"


def test_verbs_star_extra_replaces_default_but_keeps_patterns():
    verbs = VerbDictionary(tiny([("fire", "*", "180")]))
    bare = fired(("again", "again", "ADV", "advmod", 1))
    assert verbs.match(bare, bare.tokens[1]).code == "180"
    missile = fired(*A_MISSILE)
    assert verbs.match(missile, missile.tokens[1]).code == "195"


TOOK_PLACE = built(("Talks", "talk", "NOUN", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
                   ("place", "place", "NOUN", "dobj", 1))


def test_verbs_extra_idiom_is_a_non_event():
    took_town = built(("Rebels", "rebel", "NOUN", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
                      ("the", "the", "DET", "det", 3), ("town", "town", "NOUN", "dobj", 1))
    verbs = VerbDictionary(tiny([("take", "place", None)]))
    found = verbs.match(TOOK_PLACE, TOOK_PLACE.tokens[1])
    assert found is not None and found.code is None and found.words == ("place",)
    assert verbs.match(took_town, took_town.tokens[1]) is None  # only the idiom is known


def test_verbs_packaged_extra_idiom_is_a_non_event():
    found = VerbDictionary().match(TOOK_PLACE, TOOK_PLACE.tokens[1])
    assert found is not None and found.code is None


def test_verbs_extra_dash_code_is_a_non_event():
    found = VerbDictionary(tiny([("take", "place", "-")])).match(TOOK_PLACE, TOOK_PLACE.tokens[1])
    assert found is not None and found.code is None


# --- EventCoder without a model ---------------------------------------------------------


def test_events_hand_built_parse_without_model():
    from communique.model import Actor, Mention

    sentence = built(("Russia", "Russia", "PROPN", "nsubj", 1),
                     ("attacked", "attack", "VERB", "ROOT", 1),
                     ("Ukraine", "Ukraine", "PROPN", "dobj", 1))
    mentions = (Mention(start=0, end=1, actor=Actor(text="Russia", code="RUS", country="RUS")),
                Mention(start=2, end=3, actor=Actor(text="Ukraine", code="UKR", country="UKR")))
    coder = EventCoder()
    found = coder.code_sentence(sentence, mentions)
    assert [(e.cameo, e.source.code, e.target.code) for e in found] == [("190", "RUS", "UKR")]
    assert coder.code_sentence(sentence, ()) == []
    assert coder.code_sentence(replace(sentence, kind="subheading"), mentions) == []


# --- PETRARCH verb patterns, real parses -------------------------------------------------


@model
@pytest.mark.parametrize("text, expected", [
    # HOLD's default is 170 (confine); 'joint exercises' is a pattern of its own
    ("Russia and Belarus held joint exercises.", {("062", "RUS", "BLR", "asserted"),
                                                  ("062", "BLR", "RUS", "asserted")}),
    # VOW has no code of its own; 'vowed revenge' is a threat of force
    ("Iran vowed revenge against Israel.", {("138", "IRN", "ISR", "asserted")}),
])
def test_events_specific_pattern_beats_verb_default(coder, text, expected):
    found = code_text(coder, text)
    assert keys(found) == expected, describe(found)


# --- verb-verb combinations ------------------------------------------------------------


@model
@pytest.mark.parametrize("text, prefix, source, target", [
    ("Russia and China agreed to cooperate on energy.", "03", "RUS", "CHN"),
    ("The United States urged Iran to resume talks.", "10", "USA", "IRN"),  # appeal → 10x
    ("Iran refused to meet the American envoy.", "12", "IRN", "USA"),
    ("North Korea threatened to attack South Korea.", "13", "PRK", "KOR"),
    ("Iran vowed to retaliate against Israel.", "13", "IRN", "ISR"),
    ("Hamas vowed to attack Israel.", "13", "PSE", "ISR"),
])
def test_events_verb_combinations(coder, text, prefix, source, target):
    found = code_text(coder, text)
    assert any(c.source_country == source and c.target_country == target for c in found), \
        describe(found)
    assert found and all(c.cameo.startswith(prefix) and c.modality == "asserted"
                         for c in found), describe(found)  # the inner verb is no event


@model
def test_events_vowed_to_fight_is_threat(coder):
    found = code_text(coder, "The Taliban vowed to fight the Afghan government.")
    assert found and all(c.cameo.startswith("13") for c in found), describe(found)
    assert any(c.target == "AFGGOV" for c in found), describe(found)


@model
def test_events_sworn_to_fight_is_threat(coder):
    found = code_text(coder, "Hamas has sworn to fight Israel.")
    assert found and all(c.cameo.startswith("13") for c in found), describe(found)
    assert any(c.target == "ISR" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    # 'on Thursday' is a time, not CALL's 'call on' pattern (an appeal)
    ("The Greek prime minister telephoned the Turkish president on Thursday.",
     {("041", "GRCGOV", "TURGOV", "asserted")}),
    # a compound subject resuming an event noun does it to each other
    ("Serbia and Kosovo resumed negotiations in Brussels.",
     {("046", "SRB", "KSV", "asserted"), ("046", "KSV", "SRB", "asserted")}),
    ("Ethiopia and Eritrea restored diplomatic relations.",
     {("054", "ETH", "ERI", "asserted"), ("054", "ERI", "ETH", "asserted")}),
])
def test_events_contacts_between_two_sides(coder, text, expected):
    found = code_text(coder, text)
    assert keys(found) == expected, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Lithuania downgraded diplomatic relations with China.", ("161", "LTU", "CHN")),
    ("Niger expelled three French diplomats on Monday.", ("161", "NER", "FRAGOV")),
    ("The junta expelled the UN observers from Mali.", ("1662", None, "IGOUNO")),
    ("The rebels quit the negotiations with the Sudanese government.",
     ("164", "SDNREB", "SDNGOV")),
])
def test_events_ties_cut_and_missions_expelled_are_sanctions(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_a_threat_without_a_named_target_is_still_a_confident_threat(coder):
    found = code_text(coder, "The president of Sierra Leone threatened to use military force "
                             "to end the uprising.")
    threats = [c for c in found if c.cameo.startswith("13")]
    assert threats and threats[0].source == "SLEGOV" and threats[0].confidence >= 0.5, \
        describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    # forces sent with no one to receive them but a place: a show of force
    ("Turkey sent two frigates to the eastern Mediterranean on Friday.", "154"),
    ("Belarus deployed an air defence system near the Polish border.", "150"),
    ("Kenyan police stepped up patrols in the capital.", "150"),
    ("Troops were patrolling the streets of Khartoum.", "150"),
])
def test_events_forces_moved_or_patrolling_are_mobilised(coder, text, expected):
    found = code_text(coder, text)
    assert expected in {c.cameo for c in found}, describe(found)
    assert not {c.cameo for c in found} & {"062", "072", "0312", "0332"}, describe(found)


@model
def test_events_troops_sent_to_another_actor_remain_cooperation(coder):
    found = code_text(coder, "Rwanda sent troops to help the government of Mozambique.")
    assert "154" not in {c.cameo for c in found}, describe(found)


@model
def test_events_stepped_up_attacks_are_attacks_and_pressure_stays_pressure(coder):
    assert "190" in {c.cameo for c in code_text(coder, "Russia stepped up its attacks on "
                                                         "Kharkiv.")}
    assert "190" not in {c.cameo for c in code_text(coder, "Iran stepped up pressure on Iraq.")}


@model
@pytest.mark.parametrize("text, expected", [
    ("Burkina Faso ordered the French ambassador to leave within 48 hours.",
     ("161", "BFA", "FRAGOV")),
    ("Moscow told two Latvian diplomats to leave the country.", ("161", "RUSGOV", "LVAGOV")),
    ("The junta ordered the UN envoy's deputy to leave the country.", ("174", None, "IGOUNO")),
])
def test_events_told_to_leave_is_an_expulsion(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)
    assert not any(c.cameo.startswith("04") for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Washington may consider new sanctions against Venezuela.",
     {("163", "USAGOV", "VEN", "hypothetical")}),
    ("The EU is weighing sanctions on Belarus.", {("163", "IGOEUREEC", "BLR", "hypothetical")}),
])
def test_events_an_option_weighed_is_the_event_and_hypothetical(coder, text, expected):
    assert keys(code_text(coder, text)) == expected


@model
def test_events_a_purpose_in_reported_speech_is_the_speakers_accusation(coder):
    found = code_text(coder, "Ethiopia's foreign ministry said Khartoum was exploiting the "
                             "war to seize Ethiopian farmland.")
    assert ("112", "ETHGOV", "SDNGOV", "asserted") in keys(found), describe(found)
    assert not any(c.source == "SDNGOV" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Turkey suspended all trade with Israel.", ("163", "TUR", "ISR")),
    ("The World Bank suspended new funding for Uganda.", ("162", "IGOUNODEVWBK", "UGA")),
    ("Niger revoked its military agreement with France.", ("160", "NER", "FRA")),
    ("Russia pulled out of the grain deal with Ukraine.", ("160", "RUS", None)),
    ("Azerbaijan declared two French diplomats persona non grata.", ("161", "AZE", "FRAGOV")),
])
def test_events_trade_funding_and_agreements_cut(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_troops_pulled_out_of_a_region_are_no_broken_deal(coder):
    found = code_text(coder, "Mali pulled its troops out of the region.")
    assert "160" not in {c.cameo for c in found}, describe(found)


@model
@pytest.mark.parametrize("text, pairs", [
    ("The foreign ministers of Egypt and Jordan met in Amman.",
     {("EGYGOV", "JOR"), ("JOR", "EGYGOV")}),
    ("Oman is mediating between Iran and the United States.",
     {("OMN", "IRN"), ("OMN", "USA")}),
])
def test_events_actors_inside_coordinated_or_misparsed_phrases(coder, text, pairs):
    found = code_text(coder, text)
    assert pairs <= {(c.source, c.target) for c in found if c.cameo.startswith("04")}, \
        describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Lithuania summoned the Chinese ambassador over the remarks.", ("040", "LTU", "CHNGOV")),
    ("Malian rebels handed over their weapons to UN monitors.", ("0873", "MLIREB", "IGOUNO")),
    ("The US Senate approved a $2 billion arms package for Israel.", ("072", "USALEG", "ISR")),
    ("Kenya and Uganda began joint military drills.", ("062", "KEN", "UGA")),
    ("Russian troops withdrew from the village.", ("0874", "RUSMIL", None)),
    ("Myanmar's junta allowed UN aid convoys into Rakhine state.", ("0863", "MMRGOV",
                                                                   "IGOUNO")),
])
def test_events_yielding_disapproving_and_cooperating_phrasings(coder, text, expected):
    found = code_text(coder, text)
    cameo, source, target = expected
    assert any(c.cameo == cameo and c.source_country == source[:3]
               and (target is None or c.target == target) for c in found), describe(found)


@model
def test_events_a_resignation_needs_no_other_side(coder):
    found = code_text(coder, "Peru's prime minister resigned on Friday.")
    assert found and found[0].cameo.startswith("08") and found[0].confidence >= 0.5, \
        describe(found)


@model
def test_events_ready_to_talk_is_intent_by_the_speaker(coder):
    found = code_text(coder, "Venezuela said it was ready to resume talks with the "
                             "opposition.")
    assert ("036", "VEN", "VENOPP", "planned") in keys(found), describe(found)


@model
def test_events_going_on_strike_is_a_strike(coder):
    found = code_text(coder, "Nurses in Nigeria went on strike over unpaid salaries.")
    assert "143" in {c.cameo for c in found}, describe(found)


@model
def test_events_own_embassy_abroad_is_aimed_at_the_host_country(coder):
    found = code_text(coder, "Saudi Arabia reopened its embassy in Damascus.")
    assert ("SAU", "SYR") in {(c.source_country, c.target_country) for c in found}, \
        describe(found)
    assert all(c.target_country != "SAU" for c in found), describe(found)


# --- modality ----------------------------------------------------------------------------


@model
@pytest.mark.parametrize("text", ["Putin will meet Biden in Geneva.",
                                  "Putin is to meet Biden in Geneva."])
def test_events_planned_meeting_is_intent(coder, text):
    assert keys(code_text(coder, text)) == {("036", "RUSGOV", "USAGOV", "planned")}


@model
def test_events_conditional_cooperation_is_intent(coder):
    found = code_text(coder, "Russia would hand over criminals to the United States if "
                             "Washington did the same.")
    assert keys(found) == {("0313", "RUS", "USA", "conditional")}, describe(found)


@model
def test_events_conditional_offensive_is_threat(coder):
    found = code_text(coder, "Israel will launch an offensive in Gaza unless Hamas releases "
                             "the hostages.")
    assert [(c.cameo[:2], c.source, c.target_country, c.modality) for c in found] == \
        [("13", "ISR", "PSE", "conditional")], describe(found)


@model
def test_events_threat_with_condition_is_asserted(coder):
    found = code_text(coder, "Turkey threatened to launch an offensive against Syria unless "
                             "Kurdish fighters withdrew.")
    assert keys(found) == {("138", "TUR", "SYR", "asserted")}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The European Union could impose sanctions on Belarus.",
     ("163", "IGOEUREEC", "BLR", "hypothetical")),
    ("Iran may attack Israel.", ("190", "IRN", "ISR", "hypothetical")),
])
def test_events_hypothetical(coder, text, expected):
    assert keys(code_text(coder, text)) == {expected}


@model
@pytest.mark.parametrize("text, expected", [
    ("Putin did not meet Biden.", ("040", "RUSGOV", "USAGOV", "negated")),
    ("Russia denied attacking Ukraine.", ("190", "RUS", "UKR", "negated")),
    ("Russia has never attacked Ukraine.", ("190", "RUS", "UKR", "negated")),
    ("Ukraine will not attack Russia.", ("190", "UKR", "RUS", "negated")),
])
def test_events_negated(coder, text, expected):
    found = code_text(coder, text)
    assert keys(found) == {expected}, describe(found)


@model
@pytest.mark.parametrize("text, condition_words", [
    ("If Israel attacks Iran, the United States will respond.", {"attacks"}),
    ("If Russia invades Ukraine, the United States will impose sanctions.", {"invades"}),
    ("The United States will impose sanctions on Russia if it invades Ukraine.", {"invades"}),
])
def test_events_verbs_in_if_clauses_are_not_events(coder, text, condition_words):
    found = code_text(coder, text)
    assert not {c.word for c in found} & condition_words, describe(found)
    assert all(c.source == "USA" for c in found), describe(found)


@model
def test_events_sanctions_if_invasion_is_conditional_threat(coder):
    found = code_text(coder, "If Russia invades Ukraine, the United States will impose "
                             "sanctions.")
    assert keys(found) == {("1312", "USA", "RUS", "conditional")}, describe(found)


# --- reported speech ---------------------------------------------------------------------


@model
def test_events_reported_conflict_becomes_speakers_accusation(coder):
    found = code_text(coder, "Amnesty International said police had used live ammunition "
                             "against protesters.")
    assert [(c.cameo, c.source, c.word) for c in found] == [("112", "NGOHRIAMN", "said")], \
        describe(found)
    assert found[0].target.endswith("COP")


@model
def test_events_trailing_officials_said_keeps_the_event(coder):
    found = code_text(coder, "Police used tear gas against protesters in Nairobi, officials "
                             "said.")
    assert keys(found) == {("175", "KENCOP", "KENOPP", "asserted")}, describe(found)


@model
def test_events_speaker_reporting_own_deed_keeps_it(coder):
    found = code_text(coder, "Police said they had arrested 87 people.")
    assert [(c.cameo, c.source, c.word) for c in found] == [("173", "COP", "arrested")], \
        describe(found)


# --- name-calling ------------------------------------------------------------------------


@model
@pytest.mark.parametrize("text, source, target", [
    ("Opposition leader Alexei Navalny called the president a dictator.", "OPP", "GOV"),
    ("Biden said he believed Putin was a killer.", "USAGOV", "RUSGOV"),
])
def test_events_name_calling_is_denunciation(coder, text, source, target):
    found = code_text(coder, text)
    assert {(c.cameo, c.source, c.target) for c in found} == {("111", source, target)}, \
        describe(found)


@model
def test_events_name_calling_in_one_sentence_is_one_mention(coder, make_article):
    events = coder.code(make_article("Biden said he believed Putin was a killer."))
    assert [(e.cameo, e.mentions) for e in events] == [("111", 1)]


# --- light verbs, easing, agreements -----------------------------------------------------


@model
@pytest.mark.parametrize("text, expected", [
    ("Russia held talks with China.", ("046", "RUS", "CHN")),
    ("Israel launched an attack on Gaza.", ("190", "ISR", "PSEGZA")),
    ("The army imposed a curfew in Algiers.", ("1723", "DZAMIL", "DZA")),
])
def test_events_light_verb_takes_the_nouns_code(coder, text, expected):
    found = code_text(coder, text)
    assert {(c.cameo, c.source, c.target) for c in found} == {expected}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The government lifted the curfew in Algiers.", ("0813", "DZAGOV", "DZA")),
    ("The United States eased sanctions on Venezuela.", ("085", "USA", "VEN")),
    ("The Kenyan opposition suspended its protests against the government.",
     ("082", "KENOPP", "KENGOV")),
    ("Nigerian doctors called off their strike.", ("082", "NGAHLH", None)),
    ("Israel halted its offensive against Hamas.", ("087", "ISR", "PSEREBHMS")),
])
def test_events_easing(coder, text, expected):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    assert {(c.cameo, c.source, c.target) for c in found} == {expected}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Ecuador's interior ministry announced the lifting of the nightly curfew in Quito.",
     ("0813", "ECUGOV", "ECU")),
    ("Belarus announced the release of 18 political prisoners.", ("0841", "BLR", "BLROPP")),
    ("The junta freed three jailed journalists on Monday.", ("0841", "GOV", "MED")),
    ("The rebels freed up to 40 hostages on Sunday.", ("0841", "REB", None)),
    ("Uzbekistan lifted the prohibition on opposition parties.", ("081", "UZB", "UZBOPP")),
    ("The Gambian government legalised the main opposition party.",
     ("081", "GMBGOV", "GMBOPP")),
    ("Myanmar's junta released 700 prisoners on Monday.", ("0841", "MMRGOV", None)),
])
def test_events_easing_and_release_as_verb_or_noun_take_their_objects_code(coder, text, expected):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    assert {(c.cameo, c.source, c.target) for c in found} == {expected}, describe(found)


@model
def test_events_the_people_a_release_is_of_are_its_target_not_its_doer(coder):
    found = code_text(coder, "The release of two Canadian hostages by kidnappers in the "
                             "southern Philippines came after months of talks.")
    released = [c for c in found if c.cameo.startswith("084")]
    assert released and all(c.source != "CAN" and c.target_country == "CAN"
                            for c in released), describe(found)


@model
@pytest.mark.parametrize("text, code", [
    ("The Azerbaijani journalist was released from prison on Tuesday.", "0841"),
    ("The Georgian president was released from hospital on Monday.", None),
])
def test_events_release_from_prison_is_a_release_of_people_from_hospital_none(coder, text, code):
    found = code_text(coder, text)
    assert ("0841" in {c.cameo for c in found}) == (code == "0841"), describe(found)


@model
@pytest.mark.parametrize("text", [
    "The central bank released its quarterly report on Tuesday.",
    "The ministry released a statement condemning the attack.",
    "Kenya's electoral commission released the final results on Monday.",
    "The finance ministry freed up $2 billion for hospitals.",
])
def test_events_releasing_a_document_is_no_release_of_people(coder, text):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    assert not [c for c in found if c.cameo.startswith("084")], describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Bolivia's president resigned on Sunday.", ("0831", "BOLGOV", None)),
    ("The Lebanese prime minister stepped down after the protests.", ("0831", "LBNGOV", None)),
    ("The president agreed to early elections.", ("083", "GOV", None)),
    ("Thailand granted asylum to two Cambodian dissidents.", ("075", "THA", "KHMOPP")),
    ("The government caved in to the demands of the protesters.", ("080", "GOV", "OPP")),
    ("Sudan's army made concessions at the peace talks.", ("080", "SDNMIL", None)),
    ("Iran returned the seized Greek tanker on Saturday.", ("0842", "IRN", "GRCBUS")),
    ("The Karen rebels announced the disbandment of their armed wing.", ("0873", "REB", None)),
    ("Nicaragua suspended its diplomatic relationship with Taiwan.", ("161", "NIC", "TWN")),
    ("The interior ministry deployed riot police around parliament.", ("153", "GOV", "COP")),
    ("Croatia began withdrawing military personnel from Bosnia.", ("0874", "HRV", "BIH")),
    ("Facing strikes, Panama's government reversed the fuel price increase.",
     ("080", "PANGOV", None)),
    ("A court in Minsk handed down prison sentences to six opposition activists.",
     ("116", "BLRJUD", "BLROPP")),
    ("Some 3,000 Russian troops were withdrawn on Sunday.", ("0874", "RUSMIL", None)),
    ("UN peacekeepers were pulled out of northern Mali on Monday.", ("1661", "IGOUNO", "MLI")),
    ("Belarus stationed Iskander missiles in Grodno.", ("154", "BLR", None)),
    ("Kenya's interior ministry announced the deployment of 2,000 police officers in Nairobi.",
     ("154", "KENGOV", "KENCOP")),
    ("A second shipment of Qatari aid arrived in Gaza on Friday.", ("070", "QAT", "PSEGZA")),
    ("Japan provided tents and relief supplies to Morocco.", ("073", "JPN", "MAR")),
    ("The World Bank disbursed 300 million dollars to Sri Lanka.",
     ("071", "IGOUNODEVWBK", "LKA")),
])
def test_events_concession_retreat_aid_sanction_and_mobilisation_phrases(coder, text, expected):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    assert expected in {(c.cameo, c.source, c.target) for c in found}, describe(found)


def test_cameo_resignations_are_retreat_as_the_plover_manual_says():
    entry = lookup("0831")
    assert (entry.plover, entry.plover_mode) == ("RETREAT", "resign")


@model
@pytest.mark.parametrize("text", [
    "The US Navy held joint naval manoeuvres with Japan in the Pacific.",
    "Indian troops conducted joint counter-terrorism training exercises with Kazakhstan.",
])
def test_events_joint_manoeuvres_are_cooperation_whatever_the_verb(coder, text):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    assert found and {c.cameo for c in found} == {"062"}, describe(found)


@model
@pytest.mark.parametrize("text, sides", [
    ("Egyptian and Greek warships began five days of war games off Crete on Sunday.",
     ("EGYMIL", "GRCMIL")),
    ("Russia and Iran held naval drills in the Gulf of Oman.", ("RUS", "IRN")),
])
def test_events_exercises_of_two_countries_are_military_cooperation(coder, text, sides):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    a, b = sides
    assert {(c.cameo, c.source, c.target) for c in found} == {("062", a, b), ("062", b, a)}, \
        describe(found)


@model
def test_events_exercises_of_one_country_are_a_show_of_force(coder):
    found = code_text(coder, "North Korea held artillery drills near the border.")
    assert {c.cameo for c in found} == {"150"}, describe(found)


@model
@pytest.mark.parametrize("text, code, sides", [
    ("Israel and Hamas agreed to a ceasefire.", "0871", ("ISR", "PSEREBHMS")),
    ("Russia and Ukraine signed a peace deal.", "057", ("RUS", "UKR")),
    ("India and Pakistan agreed to halt firing along the border.", "0871", ("IND", "PAK")),
])
def test_events_agreement_takes_the_nouns_code(coder, text, code, sides):
    found = code_text(coder, text)
    a, b = sides
    assert keys(found) == {(code, a, b, "asserted"), (code, b, a, "asserted")}, describe(found)


# --- who did it to whom ------------------------------------------------------------------


@model
@pytest.mark.parametrize("text, code, sides, mode", [
    ("Russia and China agreed to cooperate on energy.", "031", ("RUS", "CHN"), "asserted"),
    ("Putin and Biden will meet in Geneva.", "036", ("RUSGOV", "USAGOV"), "planned"),
    ("Russia and Ukraine held talks in Istanbul.", "046", ("RUS", "UKR"), "asserted"),
])
def test_events_compound_subject_acts_both_ways(coder, text, code, sides, mode):
    found = code_text(coder, text)
    a, b = sides
    assert keys(found) == {(code, a, b, mode), (code, b, a, mode)}, describe(found)


@model
def test_events_object_control_makes_the_object_the_source(coder):
    found = code_text(coder, "The United States imposed sanctions on Russia, prompting Russia "
                             "to recall its ambassador from Washington.")
    assert keys(found) == {("163", "USA", "RUS", "asserted"),
                           ("161", "RUS", "USA", "asserted")}, describe(found)


@model
def test_events_possessive_names_the_target(coder):
    found = code_text(coder, "Israel killed the deputy chief of Iran's militia ally.")
    assert {(c.cameo[:2], c.source, c.target) for c in found} == {("19", "ISR", "IRN")}, \
        describe(found)


@model
def test_events_condemning_a_deed_targets_its_doer(coder):
    found = code_text(coder, "Lebanon condemned Israel's invasion of Syria.")
    assert {(c.cameo, c.source, c.target) for c in found} == {("111", "LBN", "ISR")}, \
        describe(found)


@model
def test_events_condemning_a_deed_named_by_adjective_targets_its_doer(coder):
    found = code_text(coder, "The United States condemned the North Korean missile test.")
    assert {(c.cameo, c.source, c.target) for c in found} == {("111", "USA", "PRK")}, \
        describe(found)


@model
def test_events_place_is_target_of_last_resort(coder):
    (curfew,) = code_text(coder, "The army imposed a curfew in Algiers.")
    (named,) = code_text(coder, "The army imposed a curfew on Algeria.")
    assert (curfew.target, curfew.cameo) == ("DZA", "1723")
    assert named.target == "DZA"
    assert curfew.confidence < named.confidence  # a place is a weaker target than a name


@model
def test_events_meeting_venue_is_not_the_target(coder):
    found = code_text(coder, "Lavrov met in Geneva on Friday.")
    assert found and all(c.target != "CHE" for c in found), describe(found)


# --- event nouns -------------------------------------------------------------------------


@model
def test_events_event_noun_codes_an_event(coder):
    found = code_text(coder, "The meeting between Putin and Biden lasted four hours.")
    assert {(c.cameo, c.word) for c in found} == {("040", "meeting")}, describe(found)
    assert {c.source for c in found} <= {"RUSGOV", "USAGOV"}


@model
def test_events_event_noun_between_two_actors_acts_both_ways(coder):
    found = code_text(coder, "The meeting between Putin and Biden lasted four hours.")
    assert keys(found) == {("040", "RUSGOV", "USAGOV", "asserted"),
                           ("040", "USAGOV", "RUSGOV", "asserted")}, describe(found)


@model
def test_events_ceasefire_held_is_the_nouns_event_not_hold(coder):
    found = code_text(coder, "A ceasefire between Israel and Islamic Jihad held on Monday.")
    assert {(c.cameo, c.word) for c in found} == {("0871", "ceasefire")}, describe(found)


@model
def test_events_ceasefire_between_two_actors_acts_both_ways(coder):
    found = code_text(coder, "A ceasefire between Israel and Islamic Jihad held on Monday.")
    assert {(c.source, c.target) for c in found} == {("ISR", "PSEREB"), ("PSEREB", "ISR")}, \
        describe(found)


# --- accusations and protests -------------------------------------------------------------


@model
def test_events_accusation_consumes_its_charge(coder):
    found = code_text(coder, "Russia accused the United States of interfering in its "
                             "elections.")
    assert {(c.cameo[:3], c.source, c.target) for c in found} == {("112", "RUS", "USA")}, \
        describe(found)


@model
def test_events_accusation_consumes_charge_attached_to_object(coder):
    # the parser hangs 'of crossing' off the object 'forces', not off 'accused'
    found = code_text(coder, "Eritrea accused Ethiopian forces of crossing into its territory.")
    assert {(c.cameo, c.source, c.target) for c in found} == {("112", "ERI", "ETHMIL")}, \
        describe(found)


@model
def test_events_protest_aimed_at_whom_it_makes_demands_of(coder):
    found = code_text(coder, "Hundreds of Palestinians demonstrated in Ramallah, calling on "
                             "the Palestinian Authority to hold elections.")
    protests = [c for c in found if c.cameo.startswith("14")]
    assert [(c.source, c.target) for c in protests] == [("PSE", "PSEGOV")], describe(found)


@model
def test_events_protest_demand_beats_the_place(coder):
    found = code_text(coder, "Thousands of protesters marched in Minsk, demanding that the "
                             "government release political prisoners.")
    protests = [c for c in found if c.cameo.startswith("14")]
    assert [(c.source, c.target) for c in protests] == [("BLROPP", "BLRGOV")], describe(found)


@model
def test_events_appealed_for_action_is_not_asserted(coder):
    found = code_text(coder, "Hundreds of Palestinians demonstrated in Ramallah, calling on "
                             "the Palestinian Authority to hold elections.")
    assert all(c.word != "hold" for c in found), describe(found)


# --- across sentences: referring back, headlines, de-duplication, confidence -------------


@model
def test_events_definite_deed_refers_back_within_the_sentence_stage(coder):
    found = code_text(coder, "North Korea fired a missile. South Korea condemned the launch.")
    condemned = [c for c in found if c.word == "condemned"]
    assert [(c.cameo, c.source, c.target, c.refers_back) for c in condemned] == \
        [("111", "KOR", None, True)], describe(found)


@model
def test_events_earlier_actors_event_referred_back(coder, make_article):
    events = coder.code(make_article("North Korea fired a missile on Sunday. South Korea "
                                     "condemned the launch."))
    assert ("111", "KOR", "PRK") in {(e.cameo, e.source.code, e.target and e.target.code)
                                     for e in events if e.source}


@model
def test_events_headline_folds_into_the_body_event(coder, make_article):
    events = coder.code(make_article(
        "Putin meets Biden in Geneva\n\nRussian President Vladimir Putin met US President "
        "Joe Biden in Geneva on Wednesday."))
    assert [(e.cameo, e.source.code, e.target.code, e.mentions, e.sentence_index)
            for e in events] == [("040", "RUSGOV", "USAGOV", 2, 1)]


@model
def test_events_same_event_twice_is_one_event_with_two_mentions(coder, make_article):
    events = coder.code(make_article("Russia attacked Ukraine on Monday. Russia attacked "
                                     "Ukraine on Monday, officials said."))
    assert [(e.cameo, e.source.code, e.target.code, e.mentions) for e in events] == \
        [("190", "RUS", "UKR", 2)]
    assert events[0].sentence_index == 0


@model
def test_events_confidence_both_actors_above_one(coder):
    (both,) = code_text(coder, "Russia attacked Ukraine.")
    (source_only,) = code_text(coder, "Russia attacked.")
    (target_only,) = code_text(coder, "Ukraine was attacked.")
    assert (both.source, both.target) == ("RUS", "UKR")
    assert (source_only.source, source_only.target) == ("RUS", None)
    assert (target_only.source, target_only.target) == (None, "UKR")
    assert both.confidence > source_only.confidence
    assert both.confidence > target_only.confidence


@model
def test_events_owner_of_reported_subject_is_the_speaker(coder):
    found = code_text(coder, "The World Food Programme said its trucks had delivered food to "
                             "about 150,000 people in North Darfur last week.")
    assert [(c.cameo[:2], c.source) for c in found] == [("07", "IGOUNOWFP")], describe(found)


@model
@pytest.mark.parametrize("text", [
    "Putin met Biden at the villa in Geneva on Wednesday.",
    "Putin met with leaders of Central Asian states on Friday.",
])
def test_events_a_meeting_that_happened_is_no_intent(coder, text):
    found = code_text(coder, text)
    assert found and all(c.cameo[:2] == "04" and c.modality == "asserted" for c in found), \
        describe(found)


@model
def test_events_clashes_that_left_dead_are_fighting_not_departures(coder):
    found = code_text(coder, "Clashes between the army and rebels left 30 dead in North Kivu.")
    assert {c.cameo[:2] for c in found} == {"19"}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Farmers said they would blockade Paris from Monday.", "13"),
    ("Hezbollah will strike Israeli positions, its leader said.", "13"),
    ("Russia will hold military drills near the border next week.", "15"),
    ("The EU will suspend aid to Niger.", "16"),
])
def test_events_a_planned_attack_is_a_threat_a_planned_drill_or_cut_is_not(coder, text,
                                                                          expected):
    found = code_text(coder, text)
    assert found and {c.cameo[:2] for c in found} == {expected}, describe(found)


@model
def test_events_striking_workers_strike_they_do_not_attack(coder):
    found = code_text(coder, "Kenyan teachers struck over pay on Monday.")
    assert [c.cameo for c in found] == ["143"], describe(found)


@model
def test_events_a_person_named_again_by_surname_keeps_the_role(coder):
    found = code_text(coder, "Kenyan opposition leader Raila Odinga met Ugandan President "
                             "Yoweri Museveni on Monday. Odinga later criticised the "
                             "Tanzanian government.")
    assert ("111", "KENOPP", "TZAGOV", "asserted") in keys(found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Egypt issued a statement condemning the Israeli raid on Jenin.",
     ("111", "EGY", "ISR", "asserted")),
    ("The PKK issued a declaration demanding that the Turkish government release its "
     "leader.", ("1041", "TURREB", "TURGOV", "asserted")),
])
def test_events_what_a_statement_does_is_its_issuers_event(coder, text, expected):
    found = code_text(coder, text)
    assert any((c.cameo[:2], c.source, c.target) == (expected[0][:2], *expected[1:3])
               for c in found), describe(found)


def test_verbs_every_extra_without_a_particle_takes_effect():
    """A row for a verb the PETRARCH dictionary already knows is ignored unless it says
    '*' (override): such a row would be dead."""
    from importlib import resources
    import json
    from communique.events.verbs import _packaged_extras
    data = json.loads((resources.files("communique") / "data" / "verbs.json").read_text())
    known = VerbDictionary({"blocks": data["blocks"], "synsets": data["synsets"],
                            "extras": []})
    dead = [lemma for lemma, particle, _ in _packaged_extras()
            if not particle and known.knows(lemma)]
    assert dead == []


@model
def test_events_stopping_protesters_is_no_easing_of_protest(coder):
    found = code_text(coder, "Police stopped the protesters at the bridge.")
    assert "082" not in {c.cameo for c in found}, describe(found)


@model
@pytest.mark.parametrize("text", [
    "The Malian government accepted the demands of the striking teachers.",
    "The junta agreed to the protesters' demands.",
    "The government met the workers' demands.",
])
def test_events_demands_accepted_are_concessions(coder, text):
    found = code_text(coder, text)
    assert "080" in {c.cameo for c in found}, describe(found)
    assert not {c.cameo[:2] for c in found} & {"03", "04"}, describe(found)


@model
def test_events_a_refusal_needs_no_named_asker(coder):
    found = code_text(coder, "The Kenyan vice-president declined to resign.")
    assert [c.cameo[:2] for c in found] == ["12"] and found[0].confidence >= 0.5, \
        describe(found)


@model
def test_events_being_opposed_is_the_subjects_rejection(coder):
    found = code_text(coder, "Hungary is opposed to Ukraine's membership of the EU.")
    assert ("HUN", "UKR") in {(c.source, c.target) for c in found
                              if c.cameo[:2] in ("11", "12")}, \
        describe(found)


@model
def test_events_a_purpose_is_planned_and_not_the_demands_content(coder):
    found = code_text(coder, "Serbia demanded a meeting of the Security Council to discuss "
                             "Croatia's offensive.")
    assert any(c.cameo[:2] in ("02", "10") and c.target == "IGOUNO" for c in found), \
        describe(found)
    assert all(c.modality == "planned" for c in found if c.target == "HRV"), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("ECOWAS suspended Guinea from the bloc after the coup.", ("160", "IGOWAFBUSWAS", "GIN")),
    ("Burundi left the International Criminal Court.", ("160", "BDI", "IGOJUDICC")),
    ("Chad ended its defence cooperation agreement with France.", ("160", "TCD", "FRA")),
    ("Erdogan called Putin to discuss the grain deal.", ("041", "TURGOV", "RUSGOV")),
    ("Sudan's army chief received a delegation from the African Union.",
     ("043", "SDNMIL", "IGOAFRAFU")),
    ("The Japanese foreign minister spoke with his Chinese counterpart.",
     ("046", "JPNGOV", "CHNGOV")),
    ("The Egyptian president discussed the Gaza ceasefire with the Qatari emir.",
     ("046", "EGYGOV", "QATGOV")),
])
def test_events_leaving_bodies_and_talking_to_counterparts(coder, text, expected):
    found = code_text(coder, text)
    assert expected in {(c.cameo, c.source, c.target) for c in found}, describe(found)


@model
def test_events_latin_american_countries_are_not_the_united_states(coder):
    found = code_text(coder, "Venezuela broke off relations with seven Latin American "
                             "countries.")
    assert all(c.target_country != "USA" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Two Estonian diplomats were expelled by Russia on Friday.", ("161", "RUS", "ESTGOV")),
    ("Sanctions were imposed on Iran by the European Union.", ("163", "IGOEUREEC", "IRN")),
])
def test_events_passives_keep_the_phrase_codes(coder, text, expected):
    found = code_text(coder, text)
    assert expected in {(c.cameo, c.source, c.target) for c in found}, describe(found)


@model
def test_events_we_in_a_quote_is_the_speaker_named_after_it(coder):
    found = code_text(coder, '"We will meet the Chinese president next month," the Brazilian '
                             'president said.')
    assert any(c.source == "BRAGOV" and c.target == "CHNGOV" for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    '"We will respond to any attack," the Iranian foreign minister said.',
    "Officials discussed a possible strike by teachers.",
])
def test_events_event_nouns_that_name_no_event(coder, text):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    assert not any(c.cameo[:2] in ("14", "19") for c in found), describe(found)


@model
def test_verbs_pattern_prefilter_changes_no_match(coder):
    """The shortcut that skips patterns missing a needed word gives the same matches as
    trying every pattern."""
    text = ("Russia sent warships and military advisers to Syria. The EU imposed new sanctions "
            "on Iran over its nuclear programme. Police fired tear gas at protesters in Lagos. "
            "China called on both sides to hold talks. Israel struck rocket launchers in Gaza.")
    plain = VerbDictionary()
    plain._prefilter = lambda n: [(p, "", frozenset()) for p in plain.blocks[n]["patterns"]]
    for sentence in parse_texts(coder.parser, [text])[0]:
        for token in sentence.tokens:
            if token.pos == "VERB":
                assert coder.events.verbs.match(sentence, token) == \
                    plain.match(sentence, token), token.text


@model
def test_events_fighters_who_surrender_retreat_militarily(coder):
    found = code_text(coder, "Hundreds of Boko Haram fighters surrendered to the Nigerian "
                             "army.")
    assert "0874" in {c.cameo for c in found}, describe(found)


@model
def test_events_people_sent_to_look_into_something_investigate(coder):
    found = code_text(coder, "The African Union sent a team to South Sudan to investigate "
                             "the killings.")
    assert ("090", "IGOAFRAFU", "SSD") in {(c.cameo, c.source, c.target_country)
                                           for c in found}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Young Algerians blocked roads to press their demands on the government.",
     ("DZA", "DZAGOV")),
    ("Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.",
     ("HKG", "CHNGOV")),
])
def test_events_protests_aimed_at_whom_they_press_or_defy(coder, text, expected):
    found = code_text(coder, text)
    assert expected in {(c.source_country, c.target) for c in found if c.cameo[:2] == "14"}, \
        describe(found)


@model
@pytest.mark.parametrize("text, threat", [
    ("Diplomats cautioned that the demarcation of the border remained the hardest issue.",
     False),
    ("The police chief warned that officers would use force against the marchers.", True),
])
def test_events_a_warning_is_a_threat_only_when_it_announces_something(coder, text, threat):
    found = [c for c in code_text(coder, text) if c.confidence >= 0.5]
    assert any(c.cameo[:2] == "13" for c in found) == threat, describe(found)


@model
def test_events_statements_are_not_coded(coder):
    """PLOVER codes no CAMEO 01 statement ('denied responsibility', 'considered')."""
    found = code_text(coder, "Ethiopia rejected the claims. Kenya is considering the offer.")
    assert not any(c.cameo.startswith("01") for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("North Korea fired two ballistic missiles into the sea off its east coast.", "150"),
    ("Japan lodged a protest with Beijing over the incident.", "114"),
    ("The president broke off talks with the rebels in January.", "164"),
])
def test_events_shows_of_force_protests_lodged_and_talks_broken_off(coder, text, expected):
    assert expected in {c.cameo for c in code_text(coder, text)}


@model
def test_events_a_denial_of_what_others_did_keeps_the_doer(coder):
    found = code_text(coder, "The junta's spokesman denied that soldiers had seized aid "
                             "supplies.")
    assert all(c.modality == "negated" and c.source_country is None or
               c.source and c.source.endswith("MIL") for c in found), describe(found)


@model
def test_events_a_noun_event_takes_its_verbs_modality(coder):
    found = code_text(coder, "Eritrea would take part in talks on the border.")
    assert found and all(c.modality != "asserted" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Russian and Chinese bombers carried out a joint patrol.", ("062", "RUSMIL", "CHNMIL")),
    ("Chinese coast guard ships used water cannon against a Philippine boat.",
     ("175", "CHNMIL", "PHL")),
    ("The foreign ministry handed the ambassador a diplomatic protest.", ("114", None, None)),
])
def test_events_light_verbs_and_crowd_weapons(coder, text, expected):
    found = code_text(coder, text)
    cameo, source, target = expected
    assert any(c.cameo == cameo and (source is None or c.source == source)
               and (target is None or (c.target or "").startswith(target)) for c in found), \
        describe(found)


@model
def test_events_a_rally_to_demand_demands_there_and_then(coder):
    found = code_text(coder, "Thousands of opposition supporters rallied in Caracas to demand "
                             "that the electoral council publish the results.")
    assert all(c.modality == "asserted" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Qatar launched a mediation effort between Ethiopia and Eritrea.", ("045", "QAT", "ETH")),
    ("Israel mounted its invasion of South Lebanon.", ("192", "ISR", "LBN")),
    ("Turkish police prevented the demonstration.", ("1721", "TURCOP", None)),
])
def test_events_efforts_regions_and_gatherings_prevented(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_an_event_noun_modifying_another_noun_is_no_event(coder):
    found = code_text(coder, "Rebels shot down a helicopter carrying EC truce monitors.")
    assert "0871" not in {c.cameo for c in found}, describe(found)


@model
def test_events_an_organisation_withdrawing_from_a_country_withdraws_its_presence(coder):
    found = code_text(coder, "Amnesty International withdrew from Mali amid security "
                             "concerns.")
    assert "166" in {c.cameo for c in found}, describe(found)


@model
def test_events_an_unnamed_arrester_is_still_an_arrest(coder):
    found = code_text(coder, "Five protesters were arrested in Lagos on Saturday.")
    assert [(c.cameo, c.source) for c in found if c.confidence >= 0.5] == [("173", None)], \
        describe(found)


@model
def test_events_an_event_noun_aims_at_what_follows_on_or_against(coder):
    found = code_text(coder, "Russian attacks on Kharkiv killed 12 people.")
    assert ("RUS", "UKR") in {(c.source, c.target_country) for c in found}, describe(found)
    assert ("UKR", "RUS") not in {(c.source_country, c.target_country) for c in found}, \
        describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The Kenyan government imposed a nighttime curfew on Friday.", ("1723", "KENGOV", "KEN")),
    ("A Chinese coast guard ship blocked a Philippine supply boat.", ("191", "CHNMIL", "PHL")),
])
def test_events_curfews_fall_on_the_country_and_blocked_boats_are_blockaded(coder, text,
                                                                            expected):
    assert has_event(code_text(coder, text), *expected)


@model
def test_events_a_vow_to_retaliate_aims_at_who_acted_before(coder, make_article):
    article = make_article("Lithuania expelled three Russian diplomats on Wednesday. Russia's "
                           "foreign ministry vowed on Thursday to retaliate.")
    events = coder.code(article)
    assert any(e.cameo.startswith("13") and e.target and e.target.country == "LTU"
               for e in events), [(e.cameo, e.source, e.target) for e in events]


@model
def test_events_an_opposition_party_with_a_name_is_the_opposition(coder):
    found = code_text(coder, "The Kenyan opposition Orange Democratic Movement party "
                             "criticised the budget.")
    assert any(c.source == "KENOPP" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("According to the Nigerian army, troops killed 20 fighters in Borno.", None),
    ("Beijing warned Washington against selling weapons to Taiwan.", ("130", "CHNGOV", "USAGOV")),
    ("Turkey's defence ministry said its jets had struck PKK targets in Iraq.",
     ("195", "TURMIL", "TURREB")),
    ("The Ethiopian government and the TPLF signed a peace agreement in Pretoria.",
     ("057", "ETHGOV", "ETHREB")),
])
def test_events_reported_own_acts_addressees_and_according_to(coder, text, expected):
    found = code_text(coder, text)
    if expected is None:
        assert not any(c.cameo.startswith("07") for c in found), describe(found)
    else:
        assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Turkey and Iraq launched a joint operation against the PKK.", ("062", "TUR", "IRQ")),
    ("Poland and Ukraine agreed to share intelligence on Russian troop movements.",
     ("0314", "POL", "UKR")),
    ("India sent 10 tonnes of medical supplies to Sri Lanka.", ("073", "IND", "LKA")),
])
def test_events_partners_topics_and_quantities(coder, text, expected):
    assert has_event(code_text(coder, text), *expected), describe(code_text(coder, text))


@model
def test_events_a_country_in_a_seas_name_is_no_target(coder):
    found = code_text(coder, "Iran seized a British tanker in the Gulf of Oman.")
    assert found and all(c.target_country != "OMN" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    # relief goods sent, however they are counted
    ("Japan's aid agency sent three planeloads of tents and water purifiers to Nepal.",
     ("073", "JPN", "NPL")),
    ("Turkey sent 50 truckloads of blankets to Syrian refugees.", ("073", "TUR", None)),
    # calling someone something disparaging; a bare 'called X' is a telephone call
    ('Rome called the German decision "hostile and unacceptable".', ("111", "ITAGOV", "DEU")),
    ("Iran called the US move a violation of the deal.", ("111", "IRN", "USA")),
    ("Biden called Putin on Tuesday.", ("041", "USAGOV", "RUSGOV")),
    # who acts on whom decides the code
    ("Protesters hurled rocks at police and set fire to cars in Lima.", ("145", None, "PERCOP")),
    ("Security forces opened fire on protesters in Khartoum, killing five.",
     ("175", "SDNCOP", "SDNOPP")),
    ("Vietnam protested China's seizure of its fishing boats.", ("114", "VNM", "CHN")),
    # a refusal said with 'will not'; held back from acting
    ("Washington will not lift sanctions until Caracas frees political prisoners.",
     ("1244", "USAGOV", "VENGOV")),
    ("The European Union stopped short of imposing new sanctions on Belarus.",
     ("163", "IGOEUREEC", "BLR")),
    # the country of a decision is the target of its condemnation
    ("Turkey's foreign minister condemned the Swedish decision to allow the protest.",
     ("111", "TURGOV", "SWE")),
])
def test_events_goods_names_parties_and_refusals(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_held_back_and_called_are_no_assertions(coder):
    held = code_text(coder, "The European Union stopped short of imposing new sanctions on Belarus.")
    sanctions = [c for c in held if c.cameo.startswith("16")]
    assert sanctions and all(c.modality == "negated" for c in sanctions), describe(held)
    named = code_text(coder, 'Rome called the German decision "hostile and unacceptable".')
    assert not any(c.cameo.startswith("10") for c in named), describe(named)


@model
@pytest.mark.parametrize("text, expected", [
    # a participle naming who did it is that actor's event
    ("The talks, mediated by Qatar, opened in Doha on Monday between Israel and Hamas.",
     ("045", "QAT", "ISR")),
    ("The sanctions imposed by the United States on Iran in 2018 remain in force.",
     ("163", "USA", "IRN")),
    ("The attack, claimed by the Islamic State, killed 40 people in Kabul.",
     ("190", "IMGMUSISI", None)),
    ("A report published by Amnesty International accused Israel of apartheid.",
     ("112", "NGOHRIAMN", "ISR")),
    # a state's membership suspended by a body
    ("ECOWAS suspended Niger after the coup.", ("160", "IGOWAFBUSWAS", "NER")),
    ("Russia was suspended from the UN Human Rights Council.", ("160", "IGOUNO", "RUS")),
    # a role noun coordinated with a named country's takes its country
    ("Norway will host talks between the Colombian government and the ELN rebels in Oslo.",
     (None, "NOR", "COLREB")),
])
def test_events_participles_memberships_and_conjuncts(coder, text, expected):
    cameo, source, target = expected
    found = code_text(coder, text)
    assert any((cameo is None or c.cameo == cameo) and c.source == source
               and target in (None, c.target) for c in found), describe(found)


@model
def test_events_suspending_trade_with_a_state_is_no_suspended_membership(coder):
    found = code_text(coder, "Turkey suspended all trade with Israel.")
    assert has_event(found, "163", "TUR", "ISR") and not has_event(found, "160"), describe(found)


@model
def test_events_the_bloc_is_the_organisation_named_before(coder):
    found = code_text(coder, "ECOWAS leaders met in Abuja on Sunday. The bloc suspended "
                             "Burkina Faso. The regional body also imposed sanctions on Mali.")
    assert has_event(found, "160", "IGOWAFBUSWAS", "BFA"), describe(found)
    assert has_event(found, "163", "IGOWAFBUSWAS", "MLI"), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Swaziland welcomed China's decision to deploy a force to the region.",
     ("051", "SWZ", "CHN")),
    ("India welcomed the Saudi crown prince in New Delhi.", ("043", "IND", "SAUGOV")),
    ("Malta appreciated the progress made by the United States.", ("051", "MLT", "USA")),
])
def test_events_welcomes_and_praise_of_what_others_did(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Authorities in Tehran shut down two reformist newspapers.", ("1721", "IRNGOV", None)),
    ("The Indian government suspended internet services in Kashmir.", ("1721", "INDGOV", None)),
    ("Hundreds of students demonstrated outside the Chinese embassy in Hanoi.",
     ("141", None, "CHNGOV")),
    ("Protesters gathered in front of the French consulate in Dakar.", ("141", None, None)),
])
def test_events_media_silenced_and_protests_at_embassies(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_pipeline_a_protest_by_no_one_named_is_by_protesters_there(coder, make_article):
    events = coder.code(make_article("Thousands rallied in Tbilisi on Sunday against the "
                                     "foreign agents law."))
    assert any(e.cameo.startswith("14") and e.source and e.source.code == "GEOOPP"
               for e in events), events


@model
@pytest.mark.parametrize("text, expected", [
    # findings of guilt (PLOVER SANCTION 'convict')
    ("A court in Ankara found the journalist guilty of espionage.", ("116", "TURJUD", "TURMED")),
    ("The European Court of Human Rights ruled that Turkey had violated the rights of the "
     "opposition leader.", ("116", "IGOEURCOEJUD", "TUR")),
    ("A Moscow court convicted the American reporter of espionage.", ("116", "RUSJUD", "USAMED")),
    # mediators talk as mediators; annexations occupy; relief seized is property seized
    ("Egyptian mediators held separate talks with Israeli and Islamic Jihad officials.",
     ("045", "EGYGOV", "ISRGOV")),
    ("The sanctions followed Russia's 2014 annexation of Crimea.", ("192", "RUS", None)),
    ("Police confiscated food supplies bound for Gaza.", ("1711", None, None)),
    # an acronym the tagger takes for a verb is still the organisation
    ("NATO deployed troops.", ("154", "IGOWSTNAT", None)),
])
def test_events_guilt_mediators_seizures_and_acronyms(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_actors_acronym_tagged_as_a_verb_is_found(coder):
    sentences = parse_texts(coder.parser, ["ECOWAS imposed sanctions on Guinea."])[0]
    mentions = coder.actors.code_article(sentences, PUBLISHED)[0]
    assert [m.actor.code for m in mentions][:1] == ["IGOWAFBUSWAS"]


@model
@pytest.mark.parametrize("text, expected", [
    ("Burmese troops have captured part of a Karen guerrilla stronghold near the border.",
     ("192", "MMRMIL", "MMRREB")),
    ("Rebels seized the town of Goma.", ("192", None, None)),
    ("Police captured the gang leader.", ("173", None, None)),
    ("Kyrgyz Prime Minister Nikolai Tanaev received a mission of observers from the OSCE.",
     ("0862", None, None)),
    ("Iran admitted IAEA inspectors to the Fordow site.", ("0862", "IRN", "IGOUNOIAE")),
])
def test_events_places_captured_and_missions_received(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_taking_part_is_no_capture(coder):
    found = code_text(coder, "The army took part in the exercise.")
    assert not has_event(found, "192"), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Israel and Hamas agreed to a four-day truce to allow the exchange of hostages.",
     ("0871", "ISR", "PSEREBHMS")),
    ("Israel and Hamas agreed to a permanent cessation of hostilities.",
     ("0871", "ISR", "PSEREBHMS")),
    ("Iran agreed to talks to resolve the dispute.", ("036", "IRN", None)),
    ("North Korea refused to let UN inspectors visit the site.", ("1245", "PRK", "IGOUNO")),
    ("Iran refused to allow IAEA inspectors to reinstall the cameras.",
     ("1245", "IRN", "IGOUNOIAE")),
    ("The government ordered a 10-day dusk-to-dawn curfew across the country.",
     ("1723", None, None)),
])
def test_events_truces_talks_access_refused_and_orders(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_what_refused_inspectors_would_do_is_no_event_of_theirs(coder):
    found = code_text(coder, "North Korea refused to let UN inspectors visit the site.")
    assert [c.cameo for c in found] == ["1245"], describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The UN will withdraw its weapons inspectors and humanitarian workers from Iraq.",
     ("1662", "IGOUNO", "IRQ")),
    ("The UN pulled its peacekeepers out of Mali.", ("1661", "IGOUNO", "MLI")),
    ("Lithuania decided to expel three Russian diplomats.", ("161", "LTU", "RUSGOV")),
    ("The government decided to lift the curfew.", ("0813", None, None)),
])
def test_events_presence_withdrawn_and_decisions_taken(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Pakistan expressed willingness to resume talks with India.", ("036", "PAK", "IND")),
    ("Iran announced its readiness to return to the negotiating table.", ("036", "IRN", None)),
    ("The EU welcomed Serbia's decision to recognise Kosovo.", (None, "SRB", "KSV")),
])
def test_events_intentions_expressed_by_nouns(coder, text, expected):
    cameo, source, target = expected
    found = code_text(coder, text)
    assert any(cameo in (None, c.cameo) and c.source == source and target in (None, c.target)
               for c in found), describe(found)
    assert all(c.modality == "planned" for c in found if c.cameo == cameo), describe(found)


@model
def test_events_a_decision_welcomed_is_not_the_welcomers(coder):
    found = code_text(coder, "The EU welcomed Serbia's decision to recognise Kosovo.")
    assert not any(c.source == "IGOEUREEC" and c.target == "KSV" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan returned 15 Armenian soldiers captured in the fighting.",
     ("0841", "AZE", "ARMMIL")),
    ("Thousands of fighters were demobilised under the peace deal.", ("0873", None, None)),
    ("Sudan's army recruited thousands of volunteers.", ("150", "SDNMIL", None)),
    ("Turkey deployed additional troops to the Syrian border.", ("154", "TUR", None)),
])
def test_events_returns_demobilisation_and_forces_at_borders(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_troops_sent_to_a_border_are_no_military_aid(coder):
    found = code_text(coder, "Turkey deployed additional troops to the Syrian border.")
    assert not any(c.cameo.startswith("06") for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The opposition threatened a nationwide strike.", ("133", None, None)),
    ("The EU threatened Belarus with sanctions.", ("1312", "IGOEUREEC", "BLR")),
])
def test_events_threats_of_named_deeds(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_a_warning_of_anothers_attack_is_no_threat(coder):
    found = code_text(coder, "NATO warned of a Russian attack.")
    assert not any(c.source == "IGOWSTNAT" for c in found), describe(found)


@model
def test_events_calling_something_a_name_is_no_appeal(coder):
    found = code_text(coder, 'Prime Minister Fumio Kishida called the launches "a grave problem '
                             'that concerns our national security".')
    assert not any(c.cameo.startswith("10") for c in found), describe(found)


@model
def test_events_facing_tensions_is_no_meeting(coder):
    found = code_text(coder, "Russia and China signed a roadmap on Tuesday, as both countries "
                             "face growing tensions with the West.")
    assert not has_event(found, "040"), describe(found)


@model
def test_events_a_question_left_open_is_not_asserted(coder):
    found = code_text(coder, "He did not say whether Eritrea held any other prisoners.")
    assert all(c.modality != "asserted" for c in found), describe(found)


@model
def test_events_who_leads_a_force_is_no_event(coder):
    found = code_text(coder, "Special forces led by Colonel Mamady Doumbouya seized power.")
    assert not any(c.cameo.startswith("06") for c in found), describe(found)


@model
def test_actors_djiboutian_is_a_demonym(coder):
    found = code_text(coder, "Eritrea handed over four Djiboutian soldiers to Qatar.")
    assert any(c.target == "DJIMIL" or c.source == "DJIMIL" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The Kenyan president later flew to Djibouti.", ("042", "KENGOV", "DJI")),
    ("The Indian foreign minister travelled to Beijing on Monday.", ("042", "INDGOV", "CHN")),
    ("Modi arrived in Washington on Tuesday.", ("042", "INDGOV", "USA")),
])
def test_events_trips_are_visits(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Japan pledged $500 million in reconstruction aid for Ukraine.", ("033", "JPN", "UKR")),
    ("The EU offered talks to Belarus.", ("036", "IGOEUREEC", "BLR")),
])
def test_events_pledges_of_named_deeds_are_intents_to_do_them(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The talks between Israel and Hamas collapsed on Friday.", ("164", "ISR", "PSEREBHMS")),
    ("The ceasefire between Armenia and Azerbaijan broke down.", ("196", "ARM", "AZE")),
    ("China insisted that the United States stop arms sales to Taiwan.", ("100", "CHN", "USA")),
])
def test_events_failed_talks_and_real_demands(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Russia did not attack the convoy, the ministry insisted.",
    "Hamas said it was ready to hand over the bodies if Israel allowed aid into Gaza.",
])
def test_events_claims_and_conditions_are_no_demands_or_deeds(coder, text):
    found = code_text(coder, text)
    assert not any(c.modality == "asserted" and c.cameo[:2] in ("07", "10") for c in found), \
        describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("China fires missiles in drills around Taiwan, Japan protests.", ("114", "JPN", "CHN")),
    ("Lithuania expelled three Russian diplomats on Wednesday. Moscow vowed a response.",
     ("130", "RUSGOV", "LTU")),
    ("Russia invaded Ukraine. The EU condemned the invasion.", ("111", "IGOEUREEC", "RUS")),
])
def test_events_responses_are_aimed_at_who_acted_before(coder, make_article, text, expected):
    cameo, source, target = expected
    events = coder.code(make_article(text))
    assert any(e.cameo == cameo and e.source.code == source and e.target
               and e.target.code == target for e in events), events


@model
@pytest.mark.parametrize("text, expected", [
    ("The United States dropped a second atomic bomb on Nagasaki.", ("2042", "USA", "JPN")),
    ("Syrian forces used chemical weapons against rebels in Ghouta.",
     ("2041", "SYRMIL", "SYRREB")),
])
def test_events_weapons_of_mass_destruction(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_denied_reports_negate_what_they_report(coder):
    found = code_text(coder, "The Nigerian army spokesman denied reports that soldiers had fled "
                             'their base, saying troops "remain in full control" of the area.')
    assert [(c.cameo, c.source, c.modality) for c in found] == [("0874", "NGAMIL", "negated")], \
        describe(found)


@model
def test_events_a_denied_seizure_keeps_its_pattern_confidence(coder, make_article):
    events = coder.code(make_article("The junta spokesman denied that soldiers had seized any "
                                     "relief supplies."))
    assert any(e.cameo == "1711" and e.modality == "negated" for e in events), events


@model
@pytest.mark.parametrize("text, expected", [
    ("Ecuador's president described Mexico's move as an interference in internal affairs.",
     ("111", "ECUGOV", "MEX")),
    ("China described the US sanctions as illegal.", ("111", "CHN", "USA")),
])
def test_events_described_as_a_disparaging_name(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected) and not has_event(found, "163"), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Kuwaiti officials declined to say whether the emir would also travel to Riyadh.",
    "Neither government said how many of its soldiers had been killed.",
    "Both countries host Russian military bases.",
    "Residents of Doha queued at supermarkets on Monday to stock up on food.",
])
def test_events_open_questions_no_comment_and_hosted_bases_are_no_events(coder, text):
    assert code_text(coder, text) == [], describe(code_text(coder, text))


@model
def test_events_hosting_a_round_of_talks_is_still_a_meeting(coder):
    found = code_text(coder, "Beijing will host a new round of strategic security "
                             "consultations with Russia.")
    assert any(c.cameo.startswith(("03", "04")) for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Morales accused the opposition on Wednesday of attempting a coup.", ("112", None, None)),
    ("Morales said he would allow the Organization of American States to audit the vote "
     "count.", ("0355", None, "IGOOAS")),
])
def test_events_accusations_and_outsiders_let_in_to_check(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_force_on_youths_is_repression(coder):
    found = code_text(coder, "Police fired rubber bullets at stone-throwing youths in Tbilisi.")
    assert has_event(found, "175", "GEOCOP", "GEOCVL"), describe(found)


@model
@pytest.mark.parametrize("text, cameo", [
    ("Pakistan's foreign ministry did not confirm the strikes.", None),
    ("Teachers went on strike on Monday.", "143"),
    ("Israeli strikes killed 20 people in Gaza.", "195"),
])
def test_events_a_strike_is_labour_or_military_by_its_sentence(coder, text, cameo):
    codes = {c.cameo for c in code_text(coder, text)}
    assert (cameo in codes) if cameo else not codes & {"143", "195"}, codes


@model
def test_pipeline_the_taliban_govern_afghanistan_after_august_2021(coder, make_article):
    events = coder.code(make_article("The Taliban condemned the Pakistani air strikes.",
                                     date=dt.date(2024, 12, 25)))
    assert any(e.source and e.source.code == "AFGGOV" for e in events), events


@model
def test_events_a_subject_after_after_misread_as_its_object(coder):
    found = code_text(coder, "The envoy arrived in Cairo on Sunday, two days after Egypt, "
                             "Jordan and Saudi Arabia recalled their ambassadors from Beirut.")
    recalls = {(c.source, c.target) for c in found if c.cameo.startswith("16")}
    assert recalls == {("EGY", "LBN"), ("JOR", "LBN"), ("SAU", "LBN")}, describe(found)


@model
@pytest.mark.parametrize("text, target", [
    ("Russian missiles killed 11 civilians in Kharkiv overnight.", "UKRCVL"),
    ("Saudi-led air strikes killed 14 civilians in Yemen on Sunday.", "YEMCVL"),
])
def test_events_victims_belong_to_the_place_of_the_killing(coder, text, target):
    found = code_text(coder, text)
    assert any(c.target == target for c in found), describe(found)


@model
@pytest.mark.parametrize("text, envoy", [
    ("The junta expelled the French ambassador on Monday.", "FRAGOV"),
    ("The foreign ministry summoned the Iranian envoy over the arrests.", "IRNGOV"),
])
def test_events_a_bare_role_noun_is_not_of_the_envoys_country(coder, text, envoy):
    found = code_text(coder, text)
    assert any(c.target == envoy for c in found), describe(found)
    assert not any(c.source == envoy for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Ukraine sued Russia at the UN's top court over the downing of the airliner.",
     ("115", "UKR")),
    ("Relatives of the victims sued the Dutch state in a court in The Hague.", ("115", None)),
])
def test_events_suing_is_a_lawsuit_not_an_arrest(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected) and not has_event(found, "173"), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Turkey condemned as unacceptable Greece's decision to extend its waters.",
     ("111", "TUR", "GRC")),
    ("Kenya denounced as a provocation Somalia's expulsion of its ambassador.",
     ("111", "KEN", "SOM")),
])
def test_events_an_object_after_its_as_phrase_is_the_target(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The British ambassador to Zimbabwe urged the authorities to free the opposition "
     "activists.", ("1053", "GBRGOV", "ZWEGOV")),
    ("France's envoy in Bamako called on the authorities to free the detained journalist.",
     ("1053", "FRAGOV", "MLIGOV")),  # freeing a journalist: a release (0841)
])
def test_events_authorities_an_envoy_addresses_are_the_host_countrys(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, target", [
    ("Kenya's president rejected opposition calls for a recount of the vote.", "KENOPP"),
    ("Serbia's government rejected opposition demands for an early vote.", "SRBOPP"),
    ("Kenya's president on Monday dismissed opposition calls for a recount.", "KENOPP"),
])
def test_events_a_role_noun_qualifying_a_demand_made_it(coder, text, target):
    found = code_text(coder, text)
    assert any(c.cameo[:2] in ("11", "12") and c.target == target for c in found), \
        describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Poland will share evidence of the sabotage with its NATO allies.",
     ("POL", "IGOWSTNAT")),
    ("Estonian police handed the suspects over to their Finnish counterparts on Friday.",
     ("ESTCOP", "FINGOV")),
])
def test_events_partners_named_with_a_possessive_are_who_the_name_says(coder, text, expected):
    found = code_text(coder, text)
    assert any((c.source, c.target) == expected for c in found), describe(found)


@model
@pytest.mark.parametrize("text, cameo", [
    ("Ugandan troops recaptured the town after two days of heavy fighting with rebels.", "190"),
    ("Government forces seized the rebel stronghold after a week-long offensive.", "190"),
    ("Russian troops captured the town of Avdiivka on Saturday.", "192"),
])
def test_events_territory_taken_in_combat_is_an_assault(coder, text, cameo):
    found = code_text(coder, text)
    assert cameo in {c.cameo for c in found}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Canada announced a suspension of flights to Haiti on Monday.", ("163", "CAN", "HTI")),
    ("Canada announced the suspension of diplomatic relations with Iran.",
     ("161", "CAN", "IRN")),
    ("The EU ordered a halt to all funding for the Rwandan government.", ("162", None, None)),
])
def test_events_measures_named_by_a_noun_take_the_code_of_their_verb(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_armed_groups_pulling_out_of_a_town_retreat(coder):
    found = code_text(coder, "Islamist fighters pulled out of their positions around the "
                             "town on Thursday.")
    assert has_event(found, "0874") and not has_event(found, "040"), describe(found)


@model
@pytest.mark.parametrize("text, cameo", [
    ("Chad ordered the French military mission to leave the country within a month.", "166"),
    ("The government ordered foreign aid agencies to leave the region within 48 hours.",
     "1663"),
    ("The military rulers ordered the French ambassador to leave within 72 hours.", "161"),
])
def test_events_an_international_presence_told_to_leave_is_expelled(coder, text, cameo):
    found = code_text(coder, text)
    assert has_event(found, cameo) and not has_event(found, "174"), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Colombia extradited a Mexican cartel leader to the United States on Friday.",
     ("063", "COL", "USA")),
    ("Portugal extradited to Brazil a businessman wanted for fraud.", ("063", "PRT", "BRA")),
])
def test_events_the_recipient_of_an_extradition_is_its_target(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Nigeria's government scrapped plans to raise fuel prices after nationwide strikes.",
    "Kenya's president shelved the finance bill after a week of unrest.",
])
def test_events_a_measure_given_up_is_a_concession(coder, text):
    found = code_text(coder, text)
    assert any(c.cameo.startswith("08") for c in found), describe(found)
    assert not any(c.cameo.startswith("12") for c in found), describe(found)


@model
def test_events_protests_a_government_faces_are_not_its_own(coder):
    found = code_text(coder, "Facing weeks of protests, Ghana's government dropped plans "
                             "to raise university fees.")
    assert not any(c.cameo.startswith("14") and c.source == "GHAGOV" for c in found), \
        describe(found)


@model
@pytest.mark.parametrize("text, venue", [
    ("Ethiopia's army signed a ceasefire in Pretoria on Wednesday.", "ZAF"),
    ("Rebel leaders signed a peace accord in Kampala on Friday.", "UGA"),
])
def test_events_where_an_agreement_is_signed_is_no_party_to_it(coder, text, venue):
    found = code_text(coder, text)
    assert found and not any(c.target == venue for c in found), describe(found)


@model
def test_events_a_passive_side_clause_is_not_done_by_the_main_subject(coder):
    found = code_text(coder, "Turkish officials hosted the negotiators in Istanbul for a week "
                             "before the grain deal was signed.")
    assert not any(c.source == "TURGOV" and c.cameo.startswith("057") for c in found), \
        describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The Hague prosecutor opened an investigation into war crimes committed by Sudanese "
     "paramilitaries in Darfur.", ("090", "NLDJUD", "SDNMIL")),
    ("Kenyan prosecutors opened an inquiry into Somali militants' attack on the mall.",
     ("090", "KENJUD", "SOMUAF")),
])
def test_events_what_an_inquiry_looks_into_is_its_target(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, done", [
    ("Protesters demanded that the government resign and hold new elections.", "034"),
    ("Opposition leaders demanded that the junta free all detainees and agree to talks "
     "mediated by ASEAN.", "036"),
])
def test_events_a_second_demanded_deed_is_not_done(coder, text, done):
    found = code_text(coder, text)
    assert any(c.cameo.startswith("10") for c in found), describe(found)
    assert not any(c.cameo.startswith(done) and c.modality == "asserted" for c in found), \
        describe(found)


@model
@pytest.mark.parametrize("text", [
    "The insurgency has killed more than 40,000 people and displaced two million since 2012.",
    "Al-Shabaab has killed thousands of civilians in Somalia over the past decade.",
])
def test_events_a_toll_over_years_is_no_event(coder, text):
    assert code_text(coder, text) == [], describe(code_text(coder, text))


@model
def test_events_a_toll_over_years_does_not_hide_the_deed_beside_it(coder):
    found = code_text(coder, "On Monday, Armenia accused Azerbaijani troops of shelling a "
                             "village, and border clashes have killed hundreds of soldiers in "
                             "recent years.")
    assert has_event(found, "112", "ARM", "AZEMIL"), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Serbia is obliged to respect the court's ruling.",
    "Member states are required to cooperate with the tribunal.",
])
def test_events_a_duty_is_not_a_deed_done(coder, text):
    found = code_text(coder, text)
    assert found and all(c.modality == "hypothetical" for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Hezbollah said its fighters would retaliate if Israeli forces advanced into Lebanon.",
     ("138", "ISRMIL")),
    ("Algeria's army said it would respond firmly if Moroccan forces crossed the frontier.",
     ("138", "MARMIL")),
])
def test_events_a_conditional_response_is_a_threat(coder, text, expected):
    cameo, target = expected
    found = code_text(coder, text)
    assert any(c.cameo[:2] == "13" and c.modality == "conditional" and c.target == target
               for c in found), describe(found)
    assert not has_event(found, "112"), describe(found)


@model
def test_events_days_given_to_act_or_face_force_are_an_ultimatum(coder):
    found = code_text(coder, "The African Union gave the coup leaders 15 days to hand power "
                             "back to civilians.")
    assert has_event(found, "139"), describe(found)


@model
def test_events_troops_kept_on_alert_are_a_raised_alert(coder):
    found = code_text(coder, "Greek border guards stayed on alert along the Evros river "
                             "overnight.")
    assert has_event(found, "152", "GRCMIL"), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Peru's government lifted the state of emergency in Lima after two months.",
     ("0814", "PERGOV", "PER")),
    ("Sri Lankan authorities lifted the nationwide curfew on Monday.",
     ("0813", "LKAGOV", "LKA")),
])
def test_events_a_domestic_measure_eased_falls_on_its_own_country(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Polish prosecutors charged three Belarusian men with spying for Russia.",
     ("115", "POLJUD")),
    ("Iran charged that Israel had sabotaged the plant.", ("112", "IRN")),
])
def test_events_charging_someone_with_a_crime_is_legal_action(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Beijing demanded that Washington cancel plans to sell fighter jets to Taiwan.",
    "Armenia demanded an emergency meeting of the Security Council to discuss Azerbaijan's "
    "offensive.",
])
def test_events_deeds_inside_a_demand_are_asked_for_not_done(coder, text):
    found = code_text(coder, text)
    assert found and all(c.cameo[:2] == "10" for c in found), describe(found)


@model
def test_events_an_association_of_teachers_calls_off_its_own_strike(coder):
    found = code_text(coder, "The Ghana National Association of Teachers said it would end "
                             "its boycott of exams.")
    assert any(c.source == "GHAEDU" for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "The United States withdrew its troops from northern Syria.",
    "Washington accelerated the withdrawal of its troops from Niger.",
])
def test_events_troops_withdrawn_are_a_military_retreat(coder, text):
    found = code_text(coder, text)
    assert has_event(found, "0874"), describe(found)


@model
@pytest.mark.parametrize("text, cameo", [
    ("Thousands of Georgians protested in Tbilisi against the foreign agents law.", "140"),
    ("Hundreds of Serbs protested in Belgrade against the lithium mine.", "140"),
    ("The Philippines protested the Chinese manoeuvres.", "114"),
])
def test_events_a_people_protests_in_the_streets_a_state_officially(coder, text, cameo):
    found = code_text(coder, text)
    assert has_event(found, cameo), describe(found)


@model
def test_events_a_military_convoy_is_the_military(coder):
    found = code_text(coder, "Rebels ambushed a military convoy near Goma, killing seven "
                             "soldiers.")
    assert has_event(found, "190", "CODREB", "CODMIL") and all(
        c.target for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("President Ruto fired his entire cabinet on Thursday.", None),
    ("The president fired the army chief on Friday.", None),
    ("Troops fired on protesters in Nairobi.", "175"),
])
def test_events_firing_an_official_is_no_shooting(coder, text, expected):
    codes = {c.cameo for c in code_text(coder, text)}
    assert (expected in codes) if expected else not any(c[:2] in ("18", "19") for c in codes), \
        codes


@model
def test_events_talks_announced_are_talks_to_come(coder):
    found = code_text(coder, "Egypt announced talks with Ethiopia on the dam.")
    assert has_event(found, "036", "EGY", "ETH") and not any(
        c.cameo.startswith("04") for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Russia's invasion of Ukraine has displaced millions.", ("192", "RUS", "UKR")),
    ("The blockade of Qatar lasted three years.", ("191", None, "QAT")),
])
def test_events_what_a_hostile_deed_is_of_is_its_target(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
def test_events_a_person_known_by_nationality_takes_the_office_beside_him(coder):
    found = code_text(coder, "Aaly Karashev, the United Nations special envoy for Central "
                             "Asia, urged both armies to withdraw their troops from the border.")
    assert any(c.source == "IGOUNO" and c.cameo.startswith("10") for c in found), \
        describe(found)


@model
@pytest.mark.parametrize("text, mode", [
    ("Estonia's parliament voted on Wednesday to expel two Russian diplomats.", "asserted"),
    ("Estonia's parliament will vote on Wednesday to expel two Russian diplomats.", "planned"),
])
def test_events_what_a_vote_decided_is_done_not_a_purpose(coder, text, mode):
    found = [e for e in code_text(coder, text) if e.cameo.startswith("16")]
    assert [(e.source, e.target[:3], e.modality) for e in found] == \
        [("ESTLEG", "RUS", mode)], describe(found)


@model
def test_events_an_idiom_outweighs_a_pattern_word_elsewhere(coder):
    """'took place at the airport' is no seizure of an airport."""
    found = code_text(coder, "The prisoner exchange took place at Doha airport on Tuesday, "
                             "a Qatari official said.")
    assert not [c for c in found if c.cameo.startswith("19")], describe(found)
    seized = code_text(coder, "Rebel fighters took the airport in Goma on Tuesday.")
    assert any(c.cameo.startswith("19") for c in seized), describe(seized)


@model
def test_events_a_rally_outside_a_building_is_a_demonstration(coder):
    found = code_text(coder, "Thousands of opposition supporters rallied outside the "
                             "parliament in Yerevan on Sunday.")
    assert [c.cameo for c in found if c.cameo.startswith("14")] == ["141"], describe(found)


@model
@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi is expected to meet Chinese President Xi Jinping in Kazan "
    "later this week.",
    "Prime Minister Narendra Modi is scheduled to meet Chinese President Xi Jinping in Kazan "
    "later this week.",
])
def test_events_a_passive_forecast_is_its_subjects_plan(coder, text):
    found = [c for c in code_text(coder, text) if c.cameo[:2] in ("03", "04")]
    assert {(c.source, c.target, c.modality) for c in found} == \
        {("INDGOV", "CHNGOV", "planned")}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The Nigerian army arrested five rebels who had attacked a convoy near Maiduguri.",
     {("173", "NGAMIL", "NGAREB")}),
    ("Kenyan police fired tear gas at protesters who stormed parliament in Nairobi.",
     {("175", "KENCOP", "KENOPP"), ("145", "KENOPP", "KENLEG")}),
])
def test_events_a_relative_clause_acts_through_its_noun(coder, text, expected):
    found = code_text(coder, text)
    assert expected <= {(c.cameo, c.source, c.target) for c in found}, describe(found)


@model
@pytest.mark.parametrize("text", [
    "Mali and Burkina Faso, both ruled by juntas, warned that any intervention in Niger would "
    "be a declaration of war.",
    "The delegation, led by the foreign minister, arrived in Addis Ababa on Monday.",
])
def test_events_who_is_in_charge_is_no_cooperation(coder, text):
    found = code_text(coder, text)
    assert not [c for c in found if c.cameo.startswith("06")], describe(found)


@model
@pytest.mark.parametrize("text, mutual", [
    ("Armenia and Azerbaijan traded accusations on Monday.", True),
    ("Armenia and Azerbaijan accused each other of breaking the truce.", True),
    ("Mali and Burkina Faso warned that any intervention in Niger would be a declaration "
     "of war.", False),
])
def test_events_a_compound_subject_acts_on_itself_only_when_mutual(coder, text, mutual):
    found = code_text(coder, text)
    pairs = {(c.source[:3], c.target[:3] if c.target else None) for c in found}
    assert (("ARM", "AZE") in pairs or ("MLI", "BFA") in pairs) is mutual, describe(found)


@model
def test_events_two_titled_leaders_joined_by_and_are_both_subjects(coder):
    """The parser takes the second leader's country for the conjunct of the first name."""
    found = code_text(coder, "Serbian President Aleksandar Vucic and Kosovo Prime Minister "
                             "Albin Kurti met for three hours on Wednesday.")
    assert {(c.cameo, c.source, c.target) for c in found} == \
        {("040", "SRBGOV", "KSVGOV"), ("040", "KSVGOV", "SRBGOV")}, describe(found)


@model
@pytest.mark.parametrize("text, code", [
    ("Russia deployed about 2,000 peacekeepers to Nagorno-Karabakh.", "074"),
    ("Kenya will send 1,000 peacekeepers to Haiti.", "0334"),
])
def test_events_sending_peacekeepers_is_done_or_intended(coder, text, code):
    found = code_text(coder, text)
    assert code in {c.cameo for c in found}, describe(found)


@model
@pytest.mark.parametrize("text", [
    "The 7.1 magnitude earthquake struck before dawn near Herat, flattening hundreds of homes.",
    "A landslide killed 43 villagers in the hills above Kathmandu on Sunday.",
    "The ferry capsized off the coast of Zanzibar, killing at least 19 passengers.",
    "A five-storey block of flats collapsed in Lagos, killing nine residents.",
    "A bus carrying pilgrims plunged into a gorge in Kashmir, killing 22 people.",
])
def test_events_harm_by_nature_or_accident_is_no_violence(coder, text):
    found = code_text(coder, text)
    assert not any(c.cameo[:2] in ("17", "18", "19", "20") for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "A wave of car bombings killed 31 people in Baghdad on Tuesday.",
    "Israeli air strikes killed 14 people in Rafah overnight.",
])
def test_events_violence_with_a_weapon_is_still_violence(coder, text):
    found = code_text(coder, text)
    assert any(c.cameo[:2] in ("18", "19", "20") for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Six miners were killed when the roof of the tunnel fell near Potosi.",
    "Two soldiers were killed when their helicopter crashed near Gao.",
])
def test_events_deaths_in_an_accident_clause_are_no_violence(coder, text):
    found = code_text(coder, text)
    assert not any(c.cameo[:2] in ("18", "19", "20") for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Rescuers pulled 14 survivors from the rubble of the hotel in Antakya.",
    "The injured were flown to hospital in Islamabad on Saturday.",
    "The jet went down shortly after take-off from Dhaka and hit the ground near a school.",
])
def test_events_rescues_and_accidents_are_no_seizure_visit_or_attack(coder, text):
    found = code_text(coder, text)
    assert not any(c.cameo[:2] in ("04", "17", "18", "19") for c in found), describe(found)


@model
def test_events_criticism_drawn_from_others_is_theirs_aimed_at_the_subject(coder):
    found = code_text(coder, "Venezuela's president expelled three EU ambassadors on Monday, "
                             "drawing condemnation from Spain and Portugal.")
    assert has_event(found, "111", "ESP") and has_event(found, "111", "PRT"), describe(found)
    assert not any(c.source and c.target and {c.source[:3], c.target[:3]} == {"ESP", "PRT"}
                   for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Police in Karachi arrested two brothers on suspicion of killing a shopkeeper.",
    "Belarus detained a Lithuanian lorry driver on charges of smuggling weapons.",
])
def test_events_a_deed_only_suspected_is_not_coded_as_done(coder, text):
    found = code_text(coder, text)
    assert any(c.cameo.startswith("17") for c in found), describe(found)  # the arrest
    assert not any(c.cameo[:2] in ("18", "19", "20") or c.cameo.startswith("15")
                   for c in found), describe(found)


@model
@pytest.mark.parametrize("text, violent", [
    ("A gas explosion tore through a market in Lagos, killing 12 traders.", False),
    ("A boiler blast destroyed part of a textile factory in Dhaka.", False),
    ("A sarin gas attack killed dozens of people in Ghouta.", True),
])
def test_events_an_explosion_with_no_weapon_is_an_accident(coder, text, violent):
    found = code_text(coder, text)
    assert any(c.cameo[:2] in ("17", "18", "19", "20") for c in found) is violent, \
        describe(found)


@model
def test_events_in_charge_of_is_no_allegation(coder):
    found = code_text(coder, "Kenya's interior minister, who is in charge of deporting "
                             "migrants, expelled 40 Somalis on Friday.")
    assert any(c.target and c.target.startswith("SOM") for c in found), describe(found)


@model
@pytest.mark.parametrize("text, threat", [
    ("The WHO warned that the cholera outbreak could spread to Malawi and Zambia.", False),
    ("North Korea warned that it could strike US bases in Guam.", True),
])
def test_events_a_warning_about_nature_is_no_threat(coder, text, threat):
    found = code_text(coder, text)
    assert any(c.cameo.startswith("13") for c in found) is threat, describe(found)


@model
def test_events_a_clause_of_an_accident_is_no_event(coder):
    found = code_text(coder, "The Ilyushin transport plane crashed as it came in to land at "
                             "Bagram air base, the Afghan defence ministry said.")
    assert not any(c.cameo[:2] in ("04", "18", "19") for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Two trains collided head-on near Larissa, killing 57 people.",
    "A fuel tanker exploded on a highway near Enugu, killing 18 people.",
    "Firefighters battled the blaze for nine hours in Valparaiso.",
    "Pakistan's army deployed 2,000 troops to help rescue efforts in flooded Sindh.",
])
def test_events_accidents_firefighting_and_relief_are_no_conflict(coder, text):
    found = code_text(coder, text)
    assert not any(c.cameo[:2] in ("11", "15", "18", "19") for c in found), describe(found)


@model
def test_events_a_truck_bomb_is_still_violence(coder):
    found = code_text(coder, "A truck packed with explosives blew up outside a police "
                             "station in Mogadishu, killing 20 officers.")
    assert any(c.cameo[:2] in ("18", "19") for c in found), describe(found)


# --- background tolls and self-directed roles ----------------------------------------------


@model
@pytest.mark.parametrize("text", [
    "The two governments signed a truce on Monday after clashes between rival militias "
    "left 40 people dead.",
    "Armenia and Azerbaijan agreed on Tuesday to a ceasefire after fighting killed dozens "
    "of soldiers.",
    "Sudan and South Sudan agreed on Monday to a truce along their border after two weeks of "
    "fighting with artillery and drones killed hundreds of people.",
    "A truce between Israel and Hamas held on Tuesday after four days of fighting that "
    "killed more than 20 Palestinians.",
])
def test_events_a_toll_of_fighting_in_a_side_clause_is_background(coder, text):
    found = code_text(coder, text)
    assert not any(c.cameo[:2] in ("17", "18", "19", "20") and c.word in ("killed", "left")
                   for c in found), describe(found)


@model
def test_events_a_dated_toll_in_a_main_clause_stays_an_event(coder):
    found = code_text(coder, "Clashes between Somali troops and al-Shabaab fighters killed "
                             "15 people in Mogadishu on Monday.")
    assert any(c.cameo[:2] in ("18", "19") for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "The Islamic State insurgency has killed 12,000 people and driven a million from their "
    "homes since 2014.",  # a running total, shared by its conjunct
    "Twelve workers were killed when a bridge collapsed in Lagos on Tuesday.",  # accidents
    "Nine pilgrims were killed in a stampede near Mecca on Sunday.",
    "A short border war in 1998 over the disputed town killed more than 80 people.",  # wars
    "The civil war has killed more than 300,000 people.",
])
def test_events_totals_and_accidents_are_no_attack(coder, text):
    found = code_text(coder, text)
    assert not any(c.cameo[:2] in ("17", "18", "19", "20") for c in found), describe(found)


def test_events_an_actor_acting_on_itself_is_no_event():
    from communique.events.candidates import people_at_home, self_directed
    from communique.model import Actor, EventCandidate
    armenians = Actor(text="Armenians", code="ARM", country="ARM")
    event = EventCandidate(sentence_index=0, anchor=0, cameo="190", source=armenians,
                           target=Actor(text="Armenia", code="ARM", country="ARM"),
                           modality="asserted", confidence=0.7, placed=True)
    assert self_directed(event) and people_at_home(event)
    army = Actor(text="Nigeria", code="NGA", country="NGA")
    assert not people_at_home(replace(event, source=army, target=army))  # 'Nigeria bombed
    # camps in Borno': a state acting at home stays


# --- targets: complements, relative pronouns, the speaker's own demand ------------------------


@model
def test_events_a_demand_that_someone_act_is_made_of_them(coder):
    found = code_text(coder, "Thousands of Kenyan students marched through Nairobi on Monday "
                             "to demand that the government cut university fees.")
    assert has_event(found, "141", None, "KENGOV"), describe(found)


@model
def test_events_a_relative_pronoun_object_is_its_antecedent(coder, make_article):
    events = coder.code(make_article(
        "Lawmakers in Lima dismissed Peru's Energy Minister Rosa Quispe Huaman on Monday. "
        "Parliament later voted to bar Quispe Huaman, whom they accused of covering up a "
        "fuel spill, from public office."))
    assert any(e.cameo.startswith("11") and e.target is not None
               and e.target.code == "PERGOV" for e in events), \
        [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in events]


@model
def test_events_a_demand_joined_to_a_reported_clause_is_the_speakers(coder):
    found = code_text(coder, "Nepal's foreign minister said on Monday that India was still "
                             "blocking fuel trucks at the border and demanded that New Delhi "
                             "lift the blockade at once.")
    assert any(c.cameo.startswith("10") and c.source == "NPLGOV" and c.target == "INDGOV"
               for c in found), describe(found)


@model
def test_events_what_a_court_rules_someone_did_is_its_finding(coder):
    found = code_text(coder, "A military court in Cairo ruled that the former army chief had "
                             "conspired with foreign agents to overthrow the government.")
    assert has_event(found, "116") and not any(c.cameo.startswith(("13", "06"))
                                               for c in found), describe(found)


@model
def test_events_a_protest_is_aimed_at_the_grievance_its_purpose_voices(coder):
    found = code_text(coder, "Farmers in Warsaw blocked roads on Monday to voice their anger at "
                             "the European Union's trade deal with Ukraine.")
    assert has_event(found, "144", None, "IGOEUREEC"), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Dock workers in Mombasa ended their strike on Friday after talks with the Kenyan ports "
     "authority.", ("082", "KENLAB", "KENGOV")),
    ("Ghanaian nurses called off their strike on Monday after negotiations with the "
     "government.", ("082", None, "GHAGOV")),
])
def test_events_a_concession_after_talks_is_made_to_the_other_side(coder, text, expected):
    found = code_text(coder, text)
    assert has_event(found, *expected), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Rights groups say more than 1,500 people have been detained since the election.",
    "Turkey and Azerbaijan have steadily deepened military cooperation since the war ended.",
])
def test_events_a_tally_or_trend_since_a_date_is_background(coder, text):
    found = code_text(coder, text)
    assert not any(c.cameo[:2] in ("06", "17") for c in found), describe(found)


@model
def test_events_a_deed_ongoing_since_a_date_stays(coder):
    found = code_text(coder, "Farmers have blocked the main highway into Warsaw with tractors "
                             "since Monday.")
    assert has_event(found, "144"), describe(found)


@model
def test_events_a_refusal_despite_pressure_is_of_whoever_presses(coder):
    found = code_text(coder, "Kenya's health minister has declined to resign despite mounting "
                             "pressure from the Kenyan parliament.")
    assert any(c.cameo.startswith("12") and c.target == "KENLEG" for c in found), \
        describe(found)


@model
def test_events_a_bombing_that_killed_people_stays_an_attack(coder):
    found = code_text(coder, "A suicide bomber killed 12 people at a market in Kabul on Monday.")
    assert any(c.cameo[:2] == "18" for c in found), describe(found)


@model
def test_events_the_same_attack_told_again_is_no_new_event(coder):
    found = code_text(coder, "Kenyan police questioned two Somali men over the same bombing "
                             "on Tuesday.")
    assert not any(c.cameo[:2] == "18" for c in found), describe(found)


@model
def test_events_a_count_of_protesters_misread_as_the_root_still_protests(coder):
    found = code_text(coder, "Hundreds of teachers protested against the Kenyan government in "
                             "Nakuru on Tuesday.")
    assert has_event(found, "140", None, "KENGOV") or has_event(found, "141", None, "KENGOV"), \
        describe(found)


@model
def test_events_every_deed_an_appeal_asks_for_is_asked_not_done(coder):
    found = code_text(coder, "The African Union urged Khartoum and the RSF to show restraint "
                             "and to withdraw their fighters from El Fasher.")
    assert found and all(c.cameo.startswith("10") for c in found), describe(found)


@model
@pytest.mark.parametrize("text, target", [
    ("Thousands of opposition supporters rallied in Lusaka on Saturday to demand that the "
     "electoral commission publish the results.", "ZMB"),
    ("Thousands of farmers marched through Paris on Tuesday, demanding that the government "
     "scrap the fuel tax.", "FRAGOV"),
])
def test_events_what_a_protest_demands_is_its_target_not_a_second_event(coder, text, target):
    found = code_text(coder, text)
    assert any(c.cameo.startswith("14") and (c.target or "").startswith(target)
               for c in found), describe(found)
    assert not any(c.cameo.startswith("10") for c in found), describe(found)


@model
def test_events_a_doers_own_deed_refers_back_to_no_one(coder, make_article):
    events = coder.code(make_article(
        "Seoul lodged a protest with Tokyo on Monday.\n\nNorth Korea's military fired "
        "artillery shells into waters off its coast on Tuesday as it launched its largest "
        "winter drills."))
    assert not any(e.source is not None and e.source.code.startswith("PRK")
                   and e.target is not None and e.target.code.startswith(("KOR", "JPN"))
                   for e in events), [(e.cameo, e.source and e.source.code,
                                       e.target and e.target.code) for e in events]


@model
@pytest.mark.parametrize("text, kept, dropped", [
    ("Protesters rioted in Cochabamba on Monday, setting fire to two police stations.",
     "14", "17"),
    ("Nigerian troops raided a rebel camp near Maiduguri, killing 12 fighters.", "19", None),
])
def test_events_a_participle_clause_tells_more_of_the_act_before_it(coder, text, kept,
                                                                    dropped):
    found = code_text(coder, text)
    roots = {c.cameo[:2] for c in found}
    assert kept in roots and (dropped is None or dropped not in roots), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Germany sent Ukraine 18 Leopard tanks in March.", ("072", "DEU", "UKR")),
    ("The United States delivered cluster munitions to Ukraine on Friday.",
     ("072", "USA", "UKR")),
    ("Germany will send Ukraine two more Patriot air defence systems.", ("0332", "DEU", "UKR")),
])
def test_events_weapons_sent_are_military_aid(coder, text, expected):
    found = code_text(coder, text)
    assert expected in {(c.cameo, c.source, c.target) for c in found}, describe(found)


@model
def test_events_tariffs_imposed_are_a_sanction(coder):
    found = code_text(coder, "China slapped tariffs on Australian wine in 2020.")
    assert {(c.cameo, c.source, c.target) for c in found} == {("163", "CHN", "AUS")}, \
        describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    # A state restricting another state's officials sanctions them.
    ("Washington imposed visa restrictions on 15 Ugandan officials on Monday.",
     ("163", "USAGOV", "UGAGOV")),
    ("China imposed restrictions on Lithuania after it opened a Taiwanese office.",
     ("163", "CHN", "LTU")),
    # At home they restrict political freedoms.
    ("Hong Kong police imposed restrictions on opposition rallies.", ("1721", "HKGCOP", None)),
])
def test_events_restrictions_abroad_are_sanctions(coder, text, expected):
    found = code_text(coder, text)
    assert expected in {(c.cameo, c.source, c.target) for c in found}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Burundi withdrew its troops from the African Union mission in Somalia.",
     ("0874", "BDI", "IGOAFRAFU")),
    ("Niger withdrew from ECOWAS on Sunday.", ("160", "NER", "IGOWAFBUSWAS")),
])
def test_events_withdrawing_troops_from_a_mission_is_not_leaving_it(coder, text, expected):
    found = code_text(coder, text)
    assert expected in {(c.cameo, c.source, c.target) for c in found}, describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("Taiwan raised its alert level on Sunday.", ("152", "TWN", None)),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", ("071", "SAU", None)),
])
def test_events_common_news_phrases(coder, text, expected):
    found = code_text(coder, text)
    assert any((c.cameo, c.source) == expected[:2]
               and expected[2] in (None, c.target) for c in found), describe(found)


@model
@pytest.mark.parametrize("text", [
    "Niger's junta freed the son of ousted president Mohamed Bazoum on Friday.",
    "Colombian troops liberated a kidnapped mayor in Cauca.",
])
def test_events_freeing_someone_is_a_release(coder, text):
    found = code_text(coder, text)
    assert any(c.cameo.startswith("084") for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected", [
    ("The government lifted the ban on rallies imposed during the curfew.", "081"),
    ("The junta suspended broadcasts of the BBC, which had covered an attack.", None),
    ("The government lifted the state of emergency.", "0814"),
    ("The army lifted the curfew and the blockade of the port.", "0813"),
])
def test_events_what_is_eased_is_the_objects_own_noun(coder, text, expected):
    from communique.events.phrases import eased_in

    sentence = parse_texts(coder.parser, [text])[0][0]
    verb = next(t for t in sentence.tokens if t.dep == "ROOT")
    obj = next(t for t in sentence.tokens if t.head == verb.i and t.dep == "dobj")
    assert eased_in(sentence, obj) == expected


@model
@pytest.mark.parametrize("text, target", [
    ("Iran warned on Monday that it would close the Strait of Hormuz if the United States "
     "attacked its nuclear facilities.", "USA"),
    ("Hezbollah threatened to retaliate if Israel struck Beirut again.", "ISR"),
])
def test_events_a_threat_is_aimed_at_whom_its_condition_names(coder, text, target):
    found = [c for c in code_text(coder, text) if c.cameo.startswith("13")]
    assert found and all(c.target_country == target for c in found), describe(found)


@model
@pytest.mark.parametrize("text, expected, wrong", [
    # A pattern's noun inside another verb's clause is not the verb's.
    ("Germany's chancellor praised Poland's new government for restoring judicial "
     "independence.", "051", "017"),
    # Nor one in a phrase of another time.
    ("Uganda's army detained opposition leader Bobi Wine at his home hours before the rally.",
     "173", "141"),
])
def test_events_patterns_name_the_verbs_own_nouns(coder, text, expected, wrong):
    codes = {c.cameo for c in code_text(coder, text)}
    assert expected in codes and wrong not in codes, codes
