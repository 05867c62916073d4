"""Word lists and CAMEO code groups that the event rules test: which verbs are light,
which nouns name a mission or a pact, which codes need no target. Read by ``coder``,
``phrases`` and ``candidates``; written for communique (MIT)."""

from __future__ import annotations

SPEECH_BLOCKS = frozenset({"EXPLAIN_VERBAL"})
SPEECH_LEMMAS = frozenset({"say", "tell", "announce", "state", "add", "claim", "insist",
                           "declare", "note", "stress", "write", "report", "quote"})
NEGATING_LEMMAS = frozenset({"deny", "dismiss", "rule"})
# What a country hosts that is no visitor: 'host Russian military bases'.
HOSTED_THINGS = frozenset({"base", "bases", "troops", "refugees", "facility", "facilities",
                           "embassy", "headquarters", "games", "olympics", "tournament"})
# 'declined to [comment]': saying nothing is no refusal of anything political.
NO_COMMENT = frozenset({"say", "comment", "confirm", "elaborate", "specify", "disclose",
                        "reveal", "discuss", "detail", "speculate", "answer", "respond"})
ACCUSING_LEMMAS = frozenset({"accuse", "blame", "charge", "allege", "condemn", "criticise",
                             "criticize", "denounce"})
# Codes for things two sides do together: a compound subject does them to each other.
RECIPROCAL_ROOTS = ("03", "04", "05", "06", "0871", "19")
# Mediation and the wish or call for it (045, 039, 028): co-mediators ('brokered by Saudi
# Arabia and the United States') mediate between others, never each other.
MEDIATION_CODES = frozenset({"045", "039", "028"})
# 'stepped up its patrols', 'intensified attacks': the noun names the event, whatever
# the verb's own patterns say ('step up pressure' stays the dictionary's).
INTENSIFYING = frozenset({"step", "intensify", "escalate", "increase", "expand", "boost",
                          "ramp", "redouble", "extend", "widen",
                          "order"})  # its event noun wins over a pattern: 'ordered a curfew'
LIGHT_VERBS = frozenset({"hold", "have", "launch", "carry", "conduct", "stage", "make", "give",
                         "reiterate", "repeat", "echo",  # 'reiterated its call for calm'
                         "place",  # 'placed export controls on'
                         "order", "announce",
                         "impose", "institute", "introduce", "enforce", "declare",
                         "take", "start", "begin", "resume", "continue", "attend", "mount",
                         "open", "join", "lead", "organize", "organise", "wage", "unleash",
                         "renew", "reopen", "restart", "undertake", "pursue", "enter",
                         "approve", "authorize", "authorise", "unveil", "go", "hand",
                         "lodge", "file", "deliver", "issue",
                         *INTENSIFYING})
MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions"})
MOVE_LEMMAS = frozenset({"send", "deploy", "redeploy", "dispatch", "station", "move",
                         "position", "transfer", "ship"})
# Armed units, as opposed to the people who lead them: 'troops arrived' is no visit.
ARMED_UNITS = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "unit",
                         "units", "battalion", "battalions", "brigade", "contingent",
                         "peacekeeper", "peacekeepers", "warship", "warships", "ship", "ships",
                         "vessel", "vessels", "marine", "marines", "paratrooper",
                         "paratroopers", "policeman", "policemen", "jet", "jets", "warplane",
                         "warplanes", "convoy", "column", "tank", "tanks"})
MOVED_FORCE_CODES = frozenset({"062", "072", "0312", "0332"})  # military cooperation or aid
# 'may consider sanctions': the option weighed is the event, and only hypothetical.
WEIGHING_LEMMAS = frozenset({"consider", "weigh", "mull", "contemplate", "study", "explore"})
ORDERING_LEMMAS = frozenset({"order", "tell", "give", "instruct", "ask", "direct"})
LEAVING_LEMMAS = frozenset({"leave", "depart", "quit", "exit"})
# Armed forces named as who moves: 'Russian troops left Kherson' is a retreat (0874).
FORCE_NOUNS = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "army",
                         "unit", "units", "fighter", "fighters", "rebel", "rebels",
                         "militant", "militants", "militia", "militias", "contingent",
                         "battalion", "brigade", "peacekeepers", "peacekeeper"})
# Warships and warplanes moving near another's shores: 'Chinese warships sailed near
# Taiwan' is a show of force (150); craft that are military only by a modifier need it.
WARCRAFT = frozenset({"warship", "warplane", "bomber", "frigate", "destroyer", "submarine",
                      "gunboat", "corvette", "cruiser"})
CRAFT = frozenset({"jet", "aircraft", "plane", "ship", "vessel", "drone", "carrier"})
MILITARY_MODIFIERS = frozenset({"fighter", "military", "naval", "war", "navy", "combat",
                                "aircraft", "strike", "attack"})
PASSING_LEMMAS = frozenset({"sail", "fly", "enter", "cross", "approach", "patrol", "transit",
                            "circle", "intrude", "overfly", "violate"})
DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "attache", "consul",
                       "charge", "chargé", "ambassadors", "envoys"})
# An international presence told to leave: expelled or withdrawn (166x), not deported.
PRESENCES = {"mission": "166", "peacekeeper": "1661", "peacekeepers": "1661", "force": "1661",
             "observer": "1662", "observers": "1662", "inspector": "1662",
             "inspectors": "1662", "monitor": "1662", "monitors": "1662",
             "agency": "1663", "agencies": "1663", "staff": "1663", "workers": "1663",
             "personnel": "166"}  # 'ordered all U.N. personnel to leave'
EXIT_LEMMAS = frozenset({"withdraw", "pull", "exit", "quit", "leave", "walk", "back"})
# Verbs of sending people out of a country: 'expelled from Estonia' names who expels.
EXPELLING = frozenset({"expel", "deport", "banish"})
# Talks and meetings walked out of or withdrawn from: negotiations halted (164).
TALKS = frozenset({"talks", "negotiations", "dialogue", "summit", "meeting", "conference",
                   "session", "consultations"})
# 'pulled its ambassador out of Beijing', 'called its envoy home': a recall (161).
RECALLING = frozenset({"withdraw", "pull", "recall", "call", "bring"})
PACTS = frozenset({"treaty", "deal", "agreement", "accord", "pact", "convention", "protocol",
                   "initiative", "arrangement"})
# Acts that have no one on the other side: 'the president resigned'.
ONE_SIDED_LEMMAS = frozenset({"resign", "abdicate", "surrender", "withdraw", "retreat",
                              "withdrawal", "resignation",  # and their nouns
                              # yielding, with nobody named it yields to ('the junta relented')
                              "relent", "capitulate", "cave", "acquiesce"})
# Events whose place, when nobody else is named, is what they are aimed at.
PLACED_ROOTS = ("14", "15", "17", "18", "19", "20",
                "081")  # restrictions eased: 'the curfew in Freetown was lifted'
WORKERS = frozenset({"LAB", "EDU", "HLH", "AGR", "CVL", "BUS", "MED", "OPP"})
# Participles that state the subject's own stance: 'is opposed to', 'is committed to'.
STANCE_PARTICIPLES = frozenset({"oppose", "commit", "determine", "prepare", "dedicate"})
TALKING = frozenset({"discuss", "talk", "congratulate", "thank", "express", "convey",
                     "review", "exchange", "brief"})
UNINFORMATIVE = frozenset({"010", "01"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
DEEDS = frozenset({"launch", "test", "decision", "move", "step", "plan", "announcement",
                   "remark", "comment", "statement", "action", "measure", "incursion",
                   "shooting", "raid", "detention", "execution", "deployment", "drill",
                   "exercise", "annexation", "seizure", "crackdown", "deadline", "demand",
                   "proposal", "offer", "ruling", "request", "call", "ultimatum", "verdict",
                   "accusation", "claim", "allegation", "charge", "invitation", "appeal",
                   "sanction", "resolution", "judgment", "judgement", "order", "ban",
                   # acts of yielding: 'welcomed the handover', 'hailed the release'
                   "release", "handover", "withdrawal", "pullout", "pardon"})
# The CAMEO roots of the earlier event that a deed noun with no code of its own names:
# 'condemned the launches' (a missile test, 15, or missiles fired, 19), 'denounced the
# raid' (a search, 17, or an assault, 19); words of blame ('rejected the claim') are
# WORDS_OF_BLAME below.
DEED_ROOTS = {"launch": "15 19", "test": "15", "drill": "15", "exercise": "15",
              "deployment": "15", "incursion": "19 15", "shooting": "18 19", "raid": "17 19",
              "detention": "17", "seizure": "17 19", "crackdown": "17", "demand": "10",
              "request": "10", "call": "10", "appeal": "10", "ultimatum": "10"}
# Words of blame ('rejected the [claims]'): an earlier accusation (CAMEO 11), whatever
# the noun's own code.
WORDS_OF_BLAME = frozenset({"accusation", "allegation", "charge", "claim", "criticism",
                            "objection", "complaint", "condemnation"})
# A court's acts, which 'welcomed the ruling' refers back to.
JUDGMENTS = frozenset({"ruling", "verdict", "judgment", "judgement", "sentence", "acquittal"})
NAMED_ENTITIES = frozenset({"DATE", "TIME", "PERSON", "GPE", "ORG", "NORP", "LOC", "FAC",
                            "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# 'agreed to a truce', 'signed a peace deal', 'observe the ceasefire': the noun's code.
AGREEMENT_VERBS = frozenset({"agree", "sign", "reach", "observe", "respect", "honour", "honor",
                             "uphold", "declare", "announce", "accept", "conclude", "seal",
                             "ink", "strike", "implement", "renew", "extend", "meet",
                             "satisfy", "grant"})
AGREEMENT_CODES = frozenset({"0871", "057"})
# Responses whose target, when none is named, is who acted just before: criticism and
# complaints, threats ('Japan protested', 'Moscow vowed a response'), and the rejection of
# a proposal to talk, of mediation or of a plan ('rejected any negotiations': the rebels'
# offer); other refusals often have no one on the other side ('refused for weeks to ...').
RESPONSE_ROOTS = ("11", "13", "125", "126", "127")
# What a vow of retaliation names: 'vowed a response', 'promised retaliation'.
RETALIATION_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "reprisals",
                               "retribution", "payback", "countermeasures"})
# 'did not accept the proposal', 'has not agreed to': not accepting is refusing (12x).
ACCEPTING = frozenset({"accept", "agree", "endorse", "approve"})
# 'is ready for talks', 'was open to dialogue': a stated readiness, so what is named is planned.
READINESS = frozenset({"ready", "open", "willing", "prepared", "eager", "keen"})
# Verbs whose subject is given what the object names: 'Kyiv received tanks from Washington'.
RECEIVING = frozenset({"receive", "get", "obtain", "accept"})
# 'pledged aid', 'offered talks': the intent (03x) to do what the noun names.
PLEDGING_VERBS = frozenset({"pledge", "promise", "offer", "vow"})
# 'lifted the curfew', 'eased sanctions': CAMEO's easing codes, by what is eased ('call'
# only with 'off').
EASING_VERBS = frozenset({"lift", "ease", "end", "remove", "relax", "revoke", "rescind",
                          "scrap", "suspend", "cancel", "drop", "loosen", "halt", "stop",
                          "call", "pause", "cease", "abolish", "repeal"})
EASED = {"curfew": "0813", "state of emergency": "0814", "emergency": "0814",
         "martial law": "0814", "sanction": "085", "embargo": "085", "blockade": "0872",
         "restriction": "081", "ban": "081", "prohibition": "081", "siege": "0872",
         "repression": "0811", "crackdown": "0811", "censorship": "0811",
         # 'suspended its protests', 'called off the strike': dissent eased (082)
         "protest": "082", "demonstration": "082", "strike": "082", "boycott": "082",
         "rally": "082", "sit-in": "082",
         # attacks suspended or halted: a cessation of hostilities (0871), CAMEO's truce
         "attack": "0871", "hostility": "0871", "military operation": "0871", "fighting": "0871",
         "offensive operation": "0871", "airstrike": "0871", "bombing": "0871",
         "shelling": "0871",
         "offensive": "087",  # 'halted its offensive': military de-escalation (087)
         # 'suspended its participation in the treaty', 'ended the defence agreement'
         "participation": "160", "treaty": "160", "agreement": "160", "deal": "160",
         "accord": "160", "pact": "160", "cooperation": "160", "membership": "160",
         "mediation": "165",  # 'suspended its mediation efforts': mediation halted
         "lockdown": "081", "quarantine": "081",  # 'eased the lockdown': restrictions eased
         "limit": "081", "curb": "081"}  # 'lifted some limits on charities', 'eased curbs'
# Verbs of stopping, whose gerund is what stops: 'stopped [firing] rockets'.
STOPPING = frozenset({"stop", "cease", "halt", "quit", "end", "suspend", "pause",
                      "discontinue"})
# Participles that describe a noun ("suspects wanted by Moscow") report no new event.
DESCRIPTIVE_DEPS = frozenset({"acl", "amod"})
# Codes whose events commonly have no target: protests, military posture, ceasefires.
ONE_SIDED_ROOTS = ("12", "13", "14", "15", "0871", "192",
                   # concessions and retreats named by what is given up ('scrapped the fuel
                   # tax', 'released 700 prisoners'): PLOVER needs no recipient for them
                   "081", "082", "083", "0841", "0842", "086", "0873",
                   "035")  # and their promises ('vowed to lift the curfew')
# What the state does to a person through its police and courts, whom a passive need not
# name: coercion ('were arrested'), legal action ('was indicted'), guilt ('was sentenced').
LEGAL_ROOTS = ("17", "115", "116")
# Verbs of legal action against a person: charging or prosecuting is an accusation (PLOVER
# ACCUSE 'allege': "sue, indict, or charge; bring to trial"), not the arrest of CAMEO's 173.
LEGAL_ACTION_LEMMAS = frozenset({"charge", "indict", "prosecute"})
# Violence is news even when the text does not say who did it ("were killed in a bombing").
SOURCELESS_ROOTS = ("18", "19", "20")
STATE_ORGANS = ("MIL", "SPY")  # not GOV or COP: "Palestinians called on the PA to ..."
NATURAL_CAUSES = frozenset({"earthquake", "quake", "flood", "flooding", "storm", "cyclone",
                            "hurricane", "typhoon", "landslide", "mudslide", "drought",
                            "avalanche", "tsunami", "tornado", "wildfire", "heatwave", "heat",
                            "disease", "virus", "outbreak", "epidemic", "pandemic", "eruption",
                            "lightning", "accident", "crash", "collapse", "blizzard", "wave",
                            "stampede", "crush", "fire", "blaze", "famine", "cholera",
                            "malaria", "hunger", "starvation", "cold", "exposure", "drowning",
                            "derailment", "sinking", "capsizing"}) | frozenset({
    # Animals: 'killed by a shark', 'hornets have invaded gardens' -- no actor's deed.
    "shark", "crocodile", "alligator", "bear", "wolf", "lion", "tiger", "leopard",
    "elephant", "hippo", "hippopotamus", "snake", "cobra", "jellyfish", "hornet", "wasp",
    "bee", "locust", "rat", "mosquito", "boar", "baboon", "monkey", "bull", "buffalo",
    "dog", "crab", "jaguar", "puma", "cougar", "orca"})
# Accidents: 'the plane crashed ..., killing 61', 'the mine collapsed, trapping 40 miners'.
ACCIDENT_LEMMAS = frozenset({"crash", "collapse", "plunge", "derail", "capsize", "sink",
                             "overturn", "topple", "cave", "veer", "skid", "burst", "collide"})
# Fighting nature: 'firefighters battled the blaze', 'tackle the outbreak'.
FIGHTING_NATURE = frozenset({"battle", "fight", "tackle", "combat", "contain", "douse",
                             "extinguish", "counter", "curb", "eradicate", "stamp"})
# Ills fought as policy, not an enemy fought: 'teamed up to combat piracy', 'fight corruption'.
SOCIAL_ILLS = frozenset({"terrorism", "terror", "extremism", "radicalism", "radicalisation",
                         "radicalization", "piracy", "corruption", "graft", "crime",
                         "criminality", "cybercrime", "trafficking", "smuggling", "poaching",
                         "fraud", "laundering", "drug", "narcotic", "poverty", "inflation",
                         "unemployment", "disinformation", "misinformation", "impunity",
                         "racism", "discrimination", "xenophobia", "climate", "pollution",
                         "deforestation", "desertification", "illiteracy", "malnutrition"})
# Rescue and relief: 'deployed troops to help rescue efforts' is no show of force.
RELIEF_WORDS = frozenset({"rescue", "relief", "evacuation", "evacuate", "firefighting",
                          "search-and-rescue", "flood", "earthquake", "quake"})
# What blows up by accident: 'a gas explosion', 'a boiler blast'; but not these gases.
MISHAPS = frozenset({"gas", "boiler", "cylinder", "firework", "fireworks", "transformer",
                     "short-circuit", "fuel", "petrol", "gasoline", "diesel"})
WEAPON_GASES = frozenset({"tear", "chemical", "nerve", "sarin", "chlorine", "mustard",
                          "poison"})
# What falls on people by accident: 'were killed when the canopy fell'.
STRUCTURES = frozenset({"canopy", "roof", "ceiling", "wall", "bridge", "crane", "building",
                        "balcony", "stage", "scaffolding", "tree", "rock", "rocks", "boulder"})
# Words an alleged deed hangs from: 'on suspicion of [murdering]', 'on charges of [spying]'
# ('the man suspected of [shooting] the boy' names a suspect of a deed that was done).
ALLEGING = frozenset({"suspicion", "charge", "allegation", "accusation", "count"})
# Nouns whose 'that' clause is a claim, not a deed the writer asserts: 'reports that ...'.
CLAIMS = ALLEGING | {"report", "claim", "rumour", "rumor"}
# Verbs of carrying people: 'the injured were [flown] to hospital' is no visit.
CARRYING = frozenset({"fly", "take", "rush", "airlift", "carry", "bring", "transfer",
                      "evacuate", "transport", "drive"})  # not 'a delegation was sent to'
# Where rescuers pull people from: 'pulled from the rubble' is no seizure; nor is leaving
# hospital a release ('the president was released from hospital').
RESCUED_FROM = frozenset({"wreckage", "rubble", "debris", "ruins", "water", "waters", "sea",
                          "river", "mud", "flames", "fire", "snow", "mine", "shaft", "cave",
                          "hospital", "clinic", "quarantine"})
# How people died, when a verb of dying says it: 'died [in] an airstrike', 'died [of] torture'.
DYING_LEMMAS = frozenset({"die", "perish"})
CAUSE_PREPS = frozenset({"in", "of", "from", "after", "during", "under"})
VIOLENT_CAUSES = frozenset({"attack", "strike", "airstrike", "bombing", "bomb", "explosion",
                            "blast", "fighting", "clash", "shelling", "shooting", "gunfire",
                            "raid", "ambush", "torture", "custody", "beating", "violence",
                            "assault", "offensive", "battle", "crossfire", "rocket", "missile",
                            "drone", "mortar", "grenade", "sniper", "massacre", "riot",
                            "explosive", "suicide"})
# Where people meet, negotiate or sign is the venue, not a party (a visit's is).
VENUE_ROOTS = ("040", "041", "043", "044", "045", "046", "057")
VENUE_LEMMAS = frozenset({"sign", "ink", "conclude", "initial"})  # 'signed a truce in Jeddah'
# 'a possible strike', 'future talks': an event noun that did not take place.
UNREAL_ADJECTIVES = frozenset({"possible", "potential", "future", "planned", "proposed",
                               "hypothetical", "eventual", "threatened"})
# 'drills simulating an invasion', 'rehearsed a landing': an event played, not done.
SIMULATING = frozenset({"simulate", "rehearse", "mimic", "practise", "practice", "imitate",
                        "stage-manage", "feign"})
# 'sent inspectors to monitor the plant': sending people to look into something.
INVESTIGATING = frozenset({"investigate", "monitor", "inspect", "probe", "verify",
                           "examine", "assess", "document"})
# 'in defiance of Chinese authorities', 'in protest at the plan': whom a protest defies.
MISSIONS_ABROAD = frozenset({"embassy", "consulate", "mission", "legation"})
GRIEVANCES = frozenset({"defiance", "protest", "opposition", "disapproval", "anger",
                        "outrage", "solidarity", "support", "condemnation"})
# 'warned that ...' with nothing hostile announced in the clause: a comment, not a threat.
CAUTIONING = frozenset({"warn", "caution"})
# 'fired missiles into the sea': weapons shot where they hit no one.
MUNITIONS = frozenset({"missile", "rocket", "projectile", "shell", "round", "torpedo"})
# What is fired 'at' someone, and the measures of it: 'fired [a barrage] of rockets at
# Israel', 'launched drones at Kyiv' (the 'at' phrase on the object names the target).
FIRED_AT = MUNITIONS | frozenset({"barrage", "salvo", "volley", "hail", "wave", "drone",
                                  "bomb", "mortar", "grenade", "shot", "bullet", "gas",
                                  "cannon", "artillery", "fire", "stone", "rock"})
WATERS = frozenset({"water", "sea", "ocean", "waters", "gulf", "strait", "bay"})
# 'a mediation effort', 'a rescue mission': the modifier names the event.
EFFORT_NOUNS = frozenset({"effort", "efforts", "mission", "bid", "initiative", "campaign",
                          "process", "drive", "attempt", "round", "operation"})
# 'vowed to retaliate': aimed at whoever acted before.
RETALIATING = frozenset({"retaliate", "respond", "reciprocate", "avenge"})
# 'vowed to [avenge] the killing': what a pledge to pay back a harm promises is a threat.
AVENGING = frozenset({"retaliate", "reciprocate", "avenge", "revenge"})
# 'promised to [keep] attacking ships': verbs of going on that pass the act through.
CONTINUING = frozenset({"keep", "continue", "go"})
# Prepositions of an act's occasion or cause: 'hosted him [following] an attack', 'imposed
# sanctions [over] the invasion', 'deployed troops [after] clashes'. An event noun in such a
# phrase is the background of the act it qualifies, not an event of its own.
OCCASION_PREPS = frozenset({"after", "following", "over", "amid", "since", "before", "despite",
                            "during", "ahead"})
# Texts whose content is put to others: 'vetoed a [resolution] condemning the annexation'.
TEXTS = frozenset({"resolution", "draft", "bill", "motion", "proposal", "plan", "statement",
                   "declaration", "text", "amendment", "measure", "initiative"})
OCCASION_NOUNS = RETALIATION_NOUNS | {"wake", "aftermath"}  # 'in [response] to', 'in the wake'
# The state's own arms: a government speaking of them speaks of its own acts.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


# Nouns of a measure and the verb whose object phrases code them: 'a [suspension] of trade'.
NOMINALISED = {"suspension": "suspend", "freeze": "freeze", "halt": "halt", "cut": "cut",
               "cutoff": "cut", "severing": "sever", "severance": "sever", "ban": "ban",
               "closure": "close", "withdrawal": "withdraw", "downgrade": "downgrade",
               "recall": "recall", "expulsion": "expel",  # 'the recall of its envoy'
               "downgrading": "downgrade", "restoration": "restore", "resumption": "resume",
               # 'the lifting of the curfew', 'an easing of sanctions': what is eased
               "lifting": "lift", "easing": "ease", "relaxation": "relax", "removal": "remove",
               "end": "end", "pause": "pause",  # 'an end to the curfew', 'a pause in attacks'
               # 'the release of 50 prisoners', 'the withdrawal of troops'
               "release": "release",
               # 'the delivery of 18 tanks to Ukraine': what is delivered
               "delivery": "deliver", "deliveries": "deliver"}
# Verbs whose subject undergoes the event its object names: 'facing weeks of protests'.
FACING_LEMMAS = frozenset({"face", "confront", "encounter", "suffer", "endure", "weather",
                           "survive", "withstand"})
# Verbs of debt relief: 'agreed to forgive the debt' is the relief itself (071, AID).
DEBT_RELIEVING = frozenset({"forgive", "cancel", "waive", "write"})
# Verbs that take people, not territory: the army 'arrested' rebels is no occupation (192).
DETAINING = frozenset({"arrest", "detain", "apprehend", "jail", "imprison", "intern"})


# Nouns of removal, whose 'from' phrase is the place left: 'the withdrawal of its troops
# [from Niger]' (the actor coder keeps the same list, so as not to read it as origin).
REMOVALS = frozenset({"withdrawal", "pullout", "pull-out", "evacuation", "expulsion",
                      "departure", "exit", "removal", "redeployment", "repatriation",
                      "retreat", "drawdown"})
# Verbs of a blow that a sanction is dealt with: 'hit Lithuania [with] trade restrictions',
# 'was slapped with an arms embargo': the measure is the event.
PUNISHING = frozenset({"hit", "slap", "strike", "target", "punish", "smack"})
