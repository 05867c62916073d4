"""Verb-verb combinations: 'agreed to [cooperate]', 'urged X to [meet]', 'will [meet]'.

CAMEO has intent (03), appeal (02), demand (10), refusal (12) and threat (13) codes that
mirror the material codes (04-08, 15-20); an outer verb of one of those kinds turns the
inner verb's code into its mirror. The same mirror turns a planned or conditional
cooperation ('will meet', 'would hand over ... if') into an expression of intent.
"""

from __future__ import annotations

# Material or consultative code prefix → (intent 03, appeal 02, demand 10, refusal 12).
MIRRORS: dict[str, tuple[str, str, str, str]] = {
    "04": ("036", "026", "106", "125"), "040": ("036", "026", "106", "125"),
    "042": ("036", "026", "106", "125"), "043": ("036", "026", "106", "125"),
    "044": ("036", "026", "106", "125"), "045": ("039", "028", "108", "126"),
    "046": ("036", "026", "106", "125"),
    "05": ("032", "022", "102", "120"), "057": ("032", "022", "102", "120"),
    "06": ("031", "021", "101", "121"), "061": ("0311", "0211", "1011", "1211"),
    "062": ("0312", "0212", "1012", "1212"), "063": ("0313", "0213", "1013", "1213"),
    "064": ("0314", "0214", "1014", "1214"),
    "07": ("033", "023", "103", "122"), "071": ("0331", "0231", "1031", "1221"),
    "072": ("0332", "0232", "1032", "1222"), "073": ("0333", "0233", "1033", "1223"),
    "074": ("0334", "0234", "1034", "1224"),
    "08": ("035", "025", "105", "124"), "081": ("0351", "0251", "1051", "1241"),
    "082": ("0352", "0252", "1052", "1242"), "083": ("034", "024", "104", "123"),
    # 'vowed to step down': a promised resignation is a retreat announced, so an intent to
    # yield (PLOVER: "announcements of future retreats should be coded as CONCEDE")
    "0831": ("035", "0241", "1041", "1231"),
    "084": ("0353", "0253", "1053", "1243"), "0841": ("0353", "0253", "1053", "1243"),
    "085": ("0354", "0254", "1054", "1244"), "086": ("0355", "0255", "1055", "1245"),
    "087": ("0356", "0256", "1056", "1246"), "0871": ("0356", "0256", "1056", "1246"),
}
# Conflict code prefix → the threat that announces it.
THREATS = {"14": "133", "15": "130", "16": "131", "161": "1313", "162": "1311", "163": "1312",
           "164": "134", "165": "135", "166": "136", "17": "1313", "18": "138",
           "19": "138", "20": "138", "173": "1313", "174": "1313"}

OUTER_KINDS = {"03": 0, "02": 1, "10": 2, "12": 3}
# Outer verbs whose meaning does not depend on the dictionary's code for them.
OUTER_LEMMAS = {
    **dict.fromkeys(("agree", "promise", "pledge", "vow", "offer", "plan", "intend",
                     "commit", "undertake", "propose", "swear"), "030"),
    **dict.fromkeys(("urge", "ask", "appeal", "call", "invite", "encourage", "request",
                     "implore", "press", "petition", "lobby", "beg", "plead"), "020"),
    **dict.fromkeys(("demand", "insist", "order", "pressure", "push"), "100"),
    **dict.fromkeys(("refuse", "reject", "decline", "rule out"), "120"),
    **dict.fromkeys(("threaten", "warn"), "130"),
}


def mirror(code: str, kind: int) -> str | None:
    """The intent/appeal/demand/refusal (kind 0..3) form of a material code."""
    for length in (4, 3, 2):
        row = MIRRORS.get(code[:length])
        if row:
            return row[kind]
    return None


def threat(code: str) -> str | None:
    for length in (3, 2):
        if code[:length] in THREATS:
            return THREATS[code[:length]]
    return None


def is_hostile(code: str) -> bool:
    """Codes that harm the target: reducing relations (16) and force or coercion (14-20)."""
    return code[:2] >= "14"


def combine(outer: str | None, inner: str, outer_lemma: str = "") -> str | None:
    """The code of 'OUTER to INNER', or None when the pair has no combined meaning."""
    outer = OUTER_LEMMAS.get(outer_lemma, outer)
    if not outer or not inner:
        return None
    if outer.startswith("12"):
        return mirror(inner, 3) or "120"
    if outer.startswith("03") and inner == "0871":
        return inner  # 'agreed to halt firing' is the truce itself
    if outer_lemma in ("agree", "offer") and inner[:2] == "15":
        return "0312"  # 'agreed to resume border patrols', 'offered to send police to Haiti':
        # military cooperation, no threat (an offer is made for the one it is offered to)
    if outer.startswith("13") or (outer.startswith("03") and (inner[:2] == "11" or
                                                              inner[:2] >= "13")):
        return threat(inner) or "130"  # 'vowed to fight', 'threatened to impose a curfew'
    kind = OUTER_KINDS.get(outer[:2])
    if kind is None or outer.startswith(("0344", "1244")):
        return None
    return mirror(inner, kind)


# Intent code (03x) → the refusal (12x) of the same: 'will not accept refugees' (0333) is
# a rejection of a request for humanitarian aid (1223).
INTENT_REFUSALS = {"031": "121", "033": "122", "034": "123", "035": "124", "036": "125",
                   "037": "127", "038": "126", "039": "126"}


def refusal_of_intent(code: str) -> str:
    """'will not accept', 'won't agree to': the refusal form of an intent code (03x)."""
    base = INTENT_REFUSALS.get(code[:3])
    if base is None:
        return "120"
    return base + code[3:4] if base[:3] in ("121", "122", "123", "124") else base


def intent(code: str) -> str:
    """'will meet' → 036: planned cooperation is an expression of intent; 'would blockade
    Paris' → 138: a planned protest, coercion or attack is a threat. A show of force or a
    cut in relations that is announced ('will suspend aid') is a decision, kept as it is."""
    if is_hostile(code) and code[:2] not in ("15", "16"):
        return threat(code) or code
    return mirror(code, 0) or code


def conditional(code: str) -> str:
    """'would hand over ... if' → 0313; 'will launch an offensive unless' → 138."""
    if is_hostile(code):
        return threat(code) or "130"
    return mirror(code, 0) or code
