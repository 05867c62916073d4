"""Build the packaged CAMEO tables from the reference data in ../shared.

Writes, into src/communique/data/:
  cameo.tsv   code, name, PLOVER category, PLOVER mode, context, quad class, Goldstein value
  verbs.json  the PETRARCH2 CAMEO verb dictionary as synsets, verb forms and patterns
  discards.tsv  PETRARCH2 phrases that mark non-political stories and sentences

Run from the project root: python scripts/build_events.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "communique" / "data"

# CAMEO 01 and 02 are not in the CAMEO→PLOVER table; names from the CAMEO 1.1b3 codebook.
# 02 (appeals) is PLOVER REQUEST, as the PLOVER manual folds CAMEO 02 and 10 together.
STATEMENT_AND_APPEAL_NAMES = {
    "01": "Make public statement", "010": "Make statement, not specified below",
    "011": "Decline comment", "012": "Make pessimistic comment",
    "013": "Make optimistic comment", "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility", "016": "Deny responsibility",
    "017": "Engage in symbolic act", "018": "Make empathetic comment",
    "019": "Express accord", "02": "Appeal", "020": "Make an appeal or request",
    "021": "Appeal for material cooperation", "0211": "Appeal for economic cooperation",
    "0212": "Appeal for military cooperation", "0213": "Appeal for judicial cooperation",
    "0214": "Appeal for intelligence", "022": "Appeal for diplomatic cooperation",
    "023": "Appeal for aid", "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform", "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of political dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate", "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
}


# The CAMEO→PLOVER table gives no names for the two-digit roots.
ROOT_NAMES = {
    "03": "Express intent to cooperate", "04": "Consult",
    "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
    "07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand",
    "11": "Disapprove", "12": "Reject", "13": "Threaten", "14": "Protest",
    "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
    "19": "Fight", "20": "Use unconventional mass violence",
}


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def read_goldstein(path: Path) -> dict[str, float]:
    values = {}
    for line in path.read_text().splitlines()[1:]:
        code, _, value = line.partition("\t")
        if code.strip():
            values[code.strip()] = float(value)
    return values


PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")


def read_plover(path: Path) -> dict[str, tuple[str, str, str, str]]:
    table: dict[str, tuple[str, str, str, str]] = {}
    for line in path.read_text().splitlines():
        if line.startswith("~~~"):
            break
        match = PLOVER_LINE.match(line.strip())
        if match and match.group(1) not in table:
            code, plover, mode, context, name = match.groups()
            name = (name or "").split("  ")[0]  # "Ease curfew  21.09.17: ..." (an editor's note)
            table[code] = (plover, (mode or "").strip(), (context or "").strip(), name.strip())
    return table


# The PLOVER manual (CONCEDE) counts "easing of administrative or legal restrictions ...
# removing curfews" as CONCEDE; the 2021 table still files easing a curfew, a state of
# emergency or economic sanctions (085: restrictions on persons and organisations) under
# RETREAT, next to a note that "ease" stopped being a mode. We follow the manual's
# definition.
# Likewise "international (political or economic) sanctions are coded as 'discontinue'"
# under SANCTION, where the table has CAMEO 163 (embargo, boycott, sanctions) as COERCE.
# And "RETREAT also covers resignations of government officials" (mode 'resign'): CAMEO
# files a resignation under 0831 (accede to demands for change in leadership).
# And CONCEDE covers "the promise of future concessions", which "do not reduce to AGREE"
# (its potential ambiguities), and "announcements of future retreats should be coded as
# CONCEDE": the table's intents to yield (035x: to ease restrictions or sanctions, release,
# let observers in, de-escalate) are such announcements. Intents to reform (034x) stay
# AGREE. "Expressions of regret or remorse" (055, apologise) are CONCEDE too.
FUTURE_CONCESSIONS = ("035", "0351", "0352", "0353", "0354", "0355", "0356")
PLOVER_BY_MANUAL = {"0813": ("CONCEDE", ""), "0814": ("CONCEDE", ""), "085": ("CONCEDE", ""),
                    "163": ("SANCTION", "discontinue"), "116": ("SANCTION", "convict"),
                    "0831": ("RETREAT", "resign"), "055": ("CONCEDE", ""),
                    **{code: ("CONCEDE", "") for code in FUTURE_CONCESSIONS}}


def build_cameo(shared: Path) -> list[str]:
    goldstein = read_goldstein(shared / "cameo" / "CAMEO.goldsteinscale.txt")
    plover = read_plover(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    for code, (category, mode) in PLOVER_BY_MANUAL.items():
        plover[code] = (category, mode, *plover[code][2:])
    for code, name in STATEMENT_AND_APPEAL_NAMES.items():
        category = "REQUEST" if code.startswith("02") else ""
        plover.setdefault(code, (category, "", "", name))
    rows = ["code\tname\tplover\tmode\tcontext\tquad_class\tgoldstein"]
    for code in sorted(set(plover) | set(goldstein)):
        category, mode, context, name = plover.get(code, ("", "", "", ""))
        if not name:
            name = ROOT_NAMES.get(code) or plover.get(code[:3], plover.get(code[:2], ("",) * 4))[3]
        score = goldstein.get(code, goldstein.get(code[:3], goldstein.get(code[:2], 0.0)))
        rows.append(f"{code}\t{name}\t{category}\t{mode}\t{context}\t{quad_class(code)}\t{score}")
    return rows


# ---- the verb dictionary -------------------------------------------------

CODE = re.compile(r"\[([^\]]*)\]")


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def regular_forms(verb: str) -> list[str]:
    """The regular inflections PETRARCH generates for a verb given bare."""
    if verb.endswith("e"):
        return [verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb + "es", verb + "ed", verb + "ing"]
    return [verb + "s", verb + "ed", verb + "ing"]


def parse_verb_line(line: str) -> dict:
    """'MEET {MEETS MET MEETING}', '+MEET_WITH {...}', 'WIRE_+TAP' → verb entry."""
    code_match = CODE.search(line)
    code = code_match.group(1).strip() if code_match else None
    text = CODE.sub("", line)
    forms_text = ""
    if "{" in text:
        text, _, forms_text = text.partition("{")
        forms_text = forms_text.split("}")[0]
    words = text.strip().lower().split("_")
    verb_at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    verb = words[verb_at]
    forms = [f.split("_")[verb_at].lstrip("+").lower() for f in forms_text.split()] \
        if forms_text.strip() else regular_forms(verb)
    return {"verb": verb, "forms": sorted(set(forms) - {verb}),
            "before": words[:verb_at], "after": words[verb_at + 1:],
            "code": code if code and code != "---" else None}


PATTERN_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def parse_phrase(token: str) -> dict:
    """A pattern element: a noun, a {noun phrase} (head last), or a (prep noun-phrase)."""
    if token.startswith("("):
        inner = PATTERN_TOKEN.findall(token[1:-1])
        prep = inner[0].lower() if inner else ""
        rest = [parse_phrase(t) for t in inner[1:]]
        return {"prep": prep, "object": rest[0] if rest else None}
    if token.startswith("{"):
        words = [w.lower().replace("_", " ") for w in token[1:-1].split()]
        return {"words": words}
    return {"words": [token.lower().replace("_", " ")]}


def parse_pattern(line: str) -> dict | None:
    code_match = CODE.search(line)
    if not code_match:
        return None
    code = code_match.group(1).split(":")[0].strip()
    body = CODE.sub("", strip_comment(line)).lstrip("- ").strip()
    if "*" not in body or not re.fullmatch(r"\d{2,4}", code):
        return None
    before, _, after = body.partition("*")
    return {"before": [parse_phrase(t) for t in PATTERN_TOKEN.findall(before)
                       if t not in ("$", "+", "%", "^")],
            "after": [parse_phrase(t) for t in PATTERN_TOKEN.findall(after)
                      if t not in ("$", "+", "%", "^")],
            "code": code}


def synset_words(word: str) -> list[str]:
    """A synset phrase and its regular plural, unless it ends with '_'."""
    bare = word.rstrip("_").lower().replace("_", " ")
    if word.endswith("_"):
        return [bare]
    plural = bare[:-1] + "ies" if bare.endswith("y") else bare + ("es" if bare.endswith("ss") else "s")
    return [bare, plural]


# Patterns whose code says intent (036) for what is the act itself: "met with leaders",
# "met at the summit", "hosted a summit" are meetings. Whether one is only planned is the
# modality's business ("will meet" → planned, coded 036 then), not the dictionary's.
# "Rallied outside [parliament]" is a demonstration (141): the MOBILIZE block has it both as
# 141 (word 'outside') and as 145, violent protest (preposition 'outside'), its only 145.
CORRECTIONS = {("MEET_PEOPLE", "036"): "040", ("HOST", "036"): "043",
               ("HOST", "039"): "045",  # 'hosted talks between X and Y' is mediation
               ("MOBILIZE", "145"): "141",
               # 'deployed 2,000 peacekeepers': the sending is done (074), not only
               # intended; the block's own 'peacekeepers' pattern says 074 already
               ("SEND", "0334"): "074"}


# Blocks whose own code (used when none of their patterns fits) names no event: OVERSEE_MANAGE
# ('led by', 'ruled by juntas', 'controls the region', 'heads the delegation') says 060,
# material cooperation, for verbs that mostly describe who is in charge. RELEASE ('freed
# the opposition leader', 'liberated the hostages') says 080, a concession of any kind,
# where its verbs mean a release of people or things (084), as 'release' itself does.
BLOCK_CODE_CORRECTIONS = {"OVERSEE_MANAGE": None, "RELEASE": "084"}


def corrected(blocks: list[dict]) -> list[dict]:
    for block in blocks:
        if block["name"] in BLOCK_CODE_CORRECTIONS:
            block["code"] = BLOCK_CODE_CORRECTIONS[block["name"]]
        for pattern in block["patterns"]:
            pattern["code"] = CORRECTIONS.get((block["name"], pattern["code"]), pattern["code"])
    return blocks


def read_verbs(path: Path) -> dict:
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    current_synset = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = strip_comment(raw).strip()
        if not line or line.startswith("~"):
            continue
        if line.startswith("---"):
            code = CODE.search(line)
            name = line.strip("- ").split("[")[0].strip()
            blocks.append({"name": name, "code": _block_code(code), "verbs": [], "patterns": []})
            current_synset = None
        elif line.startswith("&"):
            current_synset = line.split()[0].lower()
            synsets[current_synset] = []
        elif line.startswith("+") and current_synset and not blocks:
            synsets[current_synset].extend(synset_words(line[1:].split()[0]))
        elif line.startswith("-") and blocks:
            pattern = parse_pattern(line)
            if pattern:
                blocks[-1]["patterns"].append(_owned(pattern, raw, blocks[-1]))
        elif blocks:
            blocks[-1]["verbs"].append(parse_verb_line(line))
    return {"synsets": synsets, "blocks": corrected(blocks)}


def _owned(pattern: dict, raw: str, block: dict) -> dict:
    """The pattern with the verb it was written for, when it is a phrasal verb's particle
    or bare preposition and its comment names one of the block's verbs ('- * (WITH) [130]
    # BREAK' in the block of DESTROY, BEAT, BREAK ...): 'broke with' says nothing of 'beat
    with'. Patterns with a noun ('* (FOR PROTEST)  # GATHER') carry their meaning in the
    noun and serve the block's other verbs ('converged for a protest') as PETRARCH2 has it."""
    comment = raw.split("#", 1)[1].split() if "#" in raw else []
    owner = comment[0].lower() if comment else ""
    if owner and ({(block["name"], owner), (block["name"], "*")} & OWN_PATTERNS
                  or _particles_only(pattern) and any(v["verb"] == owner
                                                      for v in block["verbs"])):
        pattern["verb"] = owner  # an owner outside the block: the pattern serves none
    return pattern


# Verbs whose patterns mean nothing for the rest of their block ('*': every verb of the
# block): SEARCH's verbs are no synonyms, and SEEK's patterns are requests ('sought
# asylum', 'seeks talks'), which 'searched for the gunmen in the attack' is not;
# CONCLUDE's visits took place ('concluded his visit'), where the CANCEL block's 'called
# off his visit' cancels one (CONCLUDE has a block of its own with these patterns); the
# DESTROY block's idioms are their verb's ('broke the deadlock', 'disarmed the militants',
# 'defeated the proposal'), not 'wiped out the militants' or 'destroyed the deadlock'.
OWN_PATTERNS = frozenset({("SEARCH", "*"), ("CANCEL", "conclude"), ("DESTROY", "break"),
                          ("DESTROY", "disarm"), ("DESTROY", "defeat"),
                          ("DESTROY", "dominate"), ("DESTROY", "beat")})


PARTICLES = frozenset({"about", "across", "along", "around", "aside", "away", "back", "by",
                       "down", "for", "from", "in", "into", "off", "on", "out", "over",
                       "through", "to", "together", "under", "up", "with"})


def _particles_only(pattern: dict) -> bool:
    elements = pattern["after"] + pattern["before"]
    return bool(elements) and all(
        e.get("object") is None and set(e["prep"].split("/")) <= PARTICLES if "prep" in e
        else set(e["words"]) <= PARTICLES for e in elements)


def _block_code(match: re.Match | None) -> str | None:
    if not match:
        return None
    code = match.group(1).strip()
    return code if re.fullmatch(r"\d{2,4}", code) else None


# Discards that political news uses too: disasters and epidemics draw aid and protests
# (the coder itself drops harm that no actor did), and words with a political sense
# ('won by a landslide', 'a champion of reform', 'marathon talks', 'high-energy biscuits').
KEPT_DISCARDS = frozenset({
    "landslide", "mudslide", "tsunami", "typhoon", "blizzard", "tropical storm",
    "widespread flood", "ebola", "polio", "h5n1", "avian flu", "bird flu",
    "bacteria epidemic", "west nile virus", "pollution", "champion", "champions",
    "marathon", "millennium", "heavyweight", "lightweight", "gymnasium", "biscuit"})


def read_discards(path: Path) -> list[str]:
    """PETRARCH2 discards: '+' phrases drop a whole story, others a sentence. Years and
    'YEARS AGO'-style phrases are left out: communique dates historical events instead;
    so are the KEPT_DISCARDS."""
    rows = ["phrase\tlevel"]
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = strip_comment(raw).strip()
        if not line or re.fullmatch(r"\d{4}", line) or re.search(r"\b(AGO|LATER)$|WORLD WAR", line):
            continue
        level = "story" if line.startswith("+") else "sentence"
        phrase = " ".join(line.lstrip("+").replace("_", " ").split()).lower()
        if len(phrase) > 3 and phrase not in KEPT_DISCARDS:
            rows.append(f"{phrase}\t{level}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cameo.tsv").write_text("\n".join(build_cameo(args.shared)) + "\n")
    verbs = read_verbs(args.shared / "petrarch2" / "CAMEO.2.0.txt")
    verbs["source"] = "PETRARCH2 CAMEO.2.0.txt, commit " + \
        (args.shared / "petrarch2" / "SOURCE_COMMIT").read_text().split()[0]
    (OUT / "verbs.json").write_text(json.dumps(verbs, sort_keys=True, separators=(",", ":")))
    discards = read_discards(args.shared / "petrarch2" / "Phoenix.discards.txt")
    (OUT / "discards.tsv").write_text("\n".join(discards) + "\n")
    print(f"cameo.tsv and verbs.json written to {OUT}: {len(verbs['blocks'])} verb blocks")


if __name__ == "__main__":
    main()
