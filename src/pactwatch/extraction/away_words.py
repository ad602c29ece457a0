"""The words by which a reading is no event of its type: modifiers, objects, governors and
neighbours that take a trigger's word out of its sense ("financial obligations", "delivering
remarks", "a warning system", "the Cold War"), read by the tests of the ``away`` package and,
for a few, by the argument finder. Lemmas, like the trigger tables of the ``lexicon`` package.
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import WORDS

# what an agreement that ends something is said after ("ended by a peace deal"; away/agreements.py)
MEANS_PREPS = {"by", "with", "through", "via"}
# verbs by which a person leaving a capital travels (away/presence.py: no withdrawal)
TRAVELLING_OFF = {"depart", "leave"}
# who leaves a place after a visit, and no forces: "a senior US delegation left Niger"
TRAVELLERS = {"delegation", "visitor", "envoy", "minister", "president", "official", "team"}
TRAVELLERS |= {"diplomat", "leader", "guest", "counterpart", "secretary", "premier", "king"}
# forces that others take over from leave: "Armenian guards replaced Russian troops at the
# crossing", "the French soldiers were relieved by Estonian units" (the forces must be what is
# replaced, away/presence.py: not "replaced by Russian mercenaries", "replaced its commander of
# troops")
REPLACING = {"replace", "relieve"}
# support affirmed (a political_support trigger of lexicon/ties.py) is for an actor named after
# "for", if any (away/ties.py: not "restated his support for a referendum")
SUPPORT_AFFIRMED = {"affirm", "reaffirm", "reconfirm", "restate", "reiterate", "pledge", "declare"}
# an agreement made void ends (terminate triggers of lexicon/agreements.py), only one that is
# what is voided (away/agreements.py: not "voided a decree that had implemented the treaty")
VOIDING = {"rescind", "nullify", "invalidate", "void", "rescission", "nullification"}
VOIDING |= {"invalidation"}  # the noun of "invalidate"
# Modifiers that take a trigger's noun out of its type: "financial obligations" are no defence
# commitment, "trade cooperation" no security tie ("fulfil its financial obligations").
# "its diplomatic presence", "an Australian bank presence": no forces
NON_MILITARY_PRESENCE = {"diplomatic", "economic", "commercial", "business", "bank", "banking"}
NON_MILITARY_PRESENCE |= {"consular", "corporate", "trade", "investment", "media", "cultural"}
# "a manned mission to the Moon", "a trade mission to Hanoi": no forces
NON_MILITARY_PRESENCE |= {"manned", "crew", "unmanned", "lunar", "space", "trade"}  # "crewed"
# an empire's rule of old: "Japan's colonial occupation of Southeast Asia" is history
NON_MILITARY_PRESENCE |= {"colonial", "imperial"}
QUALIFIED_AWAY: dict[str, set[str]] = {
    "commit_defense": {"financial", "budgetary", "fiscal", "economic", "trade", "debt", "payment"}
    | {"contractual", "climate", "humanitarian", "reporting", "tax"}  # "contractual obligations"
    | {"international"},  # "respect its international obligations": the law of nations kept
    # "delivered humanitarian aid to Turkey": relief, not arms or military help
    "arms_supply": {"humanitarian", "food", "medical", "relief", "financial", "economic"}
    | {"oil", "gas", "fuel", "energy", "coal", "grain", "wheat"},  # "oil shipments"
    "security_assistance": {"humanitarian", "food", "medical", "relief", "financial", "economic"}
    | {"mutual", "reciprocal"},  # "provides for mutual assistance": a defence clause
    # "waging a propaganda campaign against him": words, not arms
    "attack": {"propaganda", "disinformation", "information", "smear", "media", "election"}
    # "a general strike", "a hunger strike": no arms
    | {"general", "hunger", "labor", "worker", "rail", "transport", "national", "police"}
    | {"charm", "diplomatic", "legal", "publicity"}  # "a charm offensive": words, no arms
    # "the Kremlin's media blitz" ("media" lemmatized), "a character assassination"
    | {"medium", "character", "advertising", "marketing", "lobbying"}
    | {"interceptor"}  # "fired interceptor missiles at the drones": a defence
    | {"trade", "tariff", "price", "currency", "culture", "tax"},  # "a trade war": no arms
    "deploy": NON_MILITARY_PRESENCE,
    "withdraw_forces": NON_MILITARY_PRESENCE,  # "its diplomatic presence has shrunk"
}
# Objects that take a verb out of its event type: "delivering remarks" is no arms supply,
# "defended these actions" no defence of an ally, "extends beyond" no extension.
OBJECT_AWAY: dict[str, set[str]] = {
    # "renewed its offensive", "extended its strikes": the fighting goes on, no agreement
    "extend": {"offensive", "attack", "strike", "assault", "bombardment", "campaign", "push"}
    | {"call", "appeal", "threat", "warning", "criticism", "offer", "invitation", "effort"}
    | {"objection", "opposition", "demand", "accusation", "complaint", "concern", "plea"}
    # "a visit to renew contact with the junta": talks, no agreement extended
    | {"contact", "tie", "relation", "dialogue", "friendship", "acquaintance", "engagement"},
    "arms_supply": {"remark", "speech", "address", "message", "statement", "verdict", "blow"}
    | {"announcement", "ultimatum", "warning", "ruling", "judgment", "briefing", "decision"}
    | {"result", "promise", "lecture", "keynote", "narcotic", "drug", "oil", "letter", "news"}
    | {"grain", "wheat", "gas", "fuel", "food", "medicine", "coal", "fertilizer", "goods"}
    | {"troop", "soldier", "peacekeeper", "contingent", "battalion", "brigade"}  # a host's
    | {"body", "remains", "prisoner"}  # "received the bodies of 900 soldiers"
    # money and honours: "gets a fifth of the port's income", "will receive a medal"
    | {"revenue", "income", "profit", "royalty", "fee", "payment", "salary", "tribute"}
    | {"honor", "award", "prize", "medal", "invitation"}
    # papers: "received a list of diplomats declared persona non grata"
    | {"list", "note", "notification", "request", "report", "complaint", "proposal", "reply"}
    | {"response", "document", "copy", "draft"}
    # visitors: "a Russian delegation was received by Captain Traore", "received a call"
    | {"delegation", "visitor", "guest", "counterpart", "minister", "president", "call"}
    # help that is no hardware: "received military training from Russian instructors"
    | {"training", "instruction", "advice", "support", "assistance", "intelligence"},
    "commit_defense": {"action", "decision", "policy", "move", "position", "stance", "right"}
    | {"choice", "step", "record", "view", "approach", "strike", "operation", "thesis"}
    # "implementing financial measures", "implementing solutions": no treaty of defence kept
    | {"measure", "solution", "reform", "plan", "project", "programme", "program", "idea"}
    | {"recommendation", "roadmap", "initiative", "proposal", "sanction"}
    # "to defend its interests", "defends European values": no one's land or people
    | {"interest", "value", "principle"},
    # "approved the sale of jets", "approved the deployment": no agreement ratified
    "ratify": {"sale", "deployment", "purchase", "budget", "funding", "package", "transfer"}
    | {"request", "plan", "export", "loan", "spending", "appointment", "nomination", "use"}
    | {"mission", "operation"}  # "a security mission approved by the UN Security Council"
    | {"transaction", "acquisition", "provision", "supply", "delivery", "shipment"}  # a sale
    | {"million", "billion", "dollar", "$"}  # "approved $47 million in missiles": a sale
    | {"extension", "prolongation", "renewal"}  # "approved the extension of the mission":
    # an extension, which its own trigger reads
    | {"sell", "buy"}  # "approved a deal to sell jets": a sale
    | {"site", "base", "facility", "location"},  # "approved four more EDCA sites": places
    # "will meet its obligations", "met the spending target": living up to, not talks
    # "its membership is not targeted against anyone", "to target threats": no blow
    "attack": {"membership", "threat", "inflation", "sector", "bank", "company", "individual"}
    | {"interest"}  # "a conflict of interest"
    # "fired interceptors against missiles aimed at Israel": a defence against another's blow
    | {"interceptor"},
    # "the adoption of the resolution", "hinder the adoption of decisions", "signed the
    # decree": acts of one body, not an agreement between parties
    "sign": {"resolution", "bill", "law", "decree", "regulation", "legislation", "decision"}
    | {"measure", "budget", "amendment", "constitution", "motion", "ordinance", "directive"},
    # "escaped prisoners joined the army", "joined the protests": no bloc joined
    "join": {"army", "military", "militia", "fight", "fighting", "battle", "war"}
    | {"protest", "protester", "rally", "crowd", "march", "strike", "rebellion", "uprising"},
    # "upgraded their ties to a strategic partnership": closer ties, no agreement amended
    "amend": set(WORDS["TIES"]) - {"alliance", "partnership"},  # those may be pacts
    # "left the door open", "left its mark": no one leaves a bloc (and casualties left:
    # CASUALTIES)
    **{
        t: {"door", "mark", "impression", "question", "room", "scar", "trail", "legacy"}
        for t in ("withdraw", "withdraw_forces")
    },
    "negotiate": {"obligation", "commitment", "requirement", "target", "goal", "deadline"}
    | {"need", "standard", "criterion", "condition", "expectation", "challenge", "threshold"},
}
# What a blast or a storm leaves, however the parse hangs it: "leaving nine dead and dozens
# hurt", "left thousands homeless" (away/presence.py)
CASUALTIES = {"dead", "injured", "wounded", "homeless", "casualty", "kill", "injure", "wound"}
CASUALTIES |= {"hurt", "displaced", "maimed"}
# flows of arms a state sends, which another stopping does not cut ("Peru stopped Venezuelan
# arms shipments"; away/ties.py)
SENT_FLOWS = {"shipment", "delivery", "export", "supply", "transfer"}
# Blows said with verbs of many senses that weather or a crowd deals strike no one: "heavy rains
# pummelled the army base", "Typhoon Gaemi battered army positions", "protesters stormed the
# party headquarters", "tourists overran the town"; nor does water cannon turned on protesters
# (away/conflict.py)
BLOW_VERBS = {"pummel", "batter", "hammer", "blitz", "pelt", "strafe", "blast", "pound", "rock"}
BLOW_VERBS |= {"storm", "overrun", "board"}  # (passengers board a ship)
NATURE = {"rain", "storm", "typhoon", "hurricane", "cyclone", "flood", "flooding", "snow"}
NATURE |= {"snowstorm", "wind", "gale", "earthquake", "quake", "blizzard", "monsoon", "heat"}
NATURE |= {"heatwave", "wildfire", "hail", "downpour", "tornado", "landslide", "tide", "weather"}
NATURE |= {"drought", "tsunami", "frost", "floodwater", "mudslide", "avalanche"}
CROWDS = {"protester", "demonstrator", "rioter", "crowd", "mob", "fan", "supporter", "tourist"}
CROWDS |= {"visitor", "student", "activist", "shopper", "pilgrim", "holidaymaker", "reporter"}
CROWDS |= {"journalist", "rally", "protest", "passenger", "traveler", "traveller", "commuter"}
# what a barrage, a volley or an onslaught is of that is no arms: "a barrage of questions", "a
# volley of criticism" (away/conflict.py)
HAILS_OF = {"barrage", "volley", "salvo", "onslaught", "blitz", "hail", "torrent"}
# ... and what it is of that is blows ("a blitz of strikes", "a volley of shots", "an onslaught
# of airstrikes"), beside arms and what is fired
BLOWS_OF = {"strike", "airstrike", "attack", "shelling", "bombardment", "fire", "gunfire"}
BLOWS_OF |= {"raid", "shot", "round", "bullet", "assault"}
# a word of a trigger in a civil sense, by its modifier: "coordinated rescue operations",
# "artificial intelligence", "merged their sales forces", "cruise ships" (by type, then by the
# word; away/general.py)
CIVIL_SENSES: dict[str, dict[str, set[str]]] = {
    "cooperate": {
        "operation": {"rescue", "relief", "search", "evacuation", "humanitarian", "salvage"}
        | {"firefighting", "recovery", "marketing", "sales", "business", "commercial"},
        "strategy": {"marketing", "sales", "business", "commercial", "investment", "energy"},
        "force": {"sales", "sale", "labor", "work", "labour"},
        "intelligence": {"artificial", "business", "market", "commercial", "competitive"},
    },
    "security_assistance": {
        "intelligence": {"artificial", "business", "market", "commercial", "competitive"},
    },
    "reduce_cooperation": {
        w: {"cruise", "tourist", "passenger", "fishing", "pleasure", "leisure"}
        for w in ("ship", "vessel")
    },
}
# what intelligence or imagery is about that is no one's security: "intelligence on wildfires",
# "on grain prices", "satellite imagery of the floods" (away/general.py)
# (not "fire", "damage", "trade": "intelligence on artillery fire", "imagery of the damage at
# the airbase", "on the arms trade" are of war)
DISASTERS = {"flood", "flooding", "earthquake", "quake", "wildfire", "forest", "drought"}
DISASTERS |= {"hurricane", "typhoon", "cyclone", "crop", "harvest", "disaster"}
DISASTERS |= {"eruption", "volcano", "tsunami", "landslide", "weather", "pandemic", "epidemic"}
DISASTERS |= {"outbreak", "disease", "deforestation", "pollution", "spill"}
MARKETS = {"price", "market", "grain", "commodity", "economy", "tourism", "harvest"}
CIVIL_TOPICS = {"intelligence": DISASTERS | MARKETS, "imagery": DISASTERS}
TOPIC_PREPS = ("on", "about", "of", "regarding", "over")
# what a contingent led is part of that is no force: "led the British contingent at the
# Olympics opening ceremony", "the contingent of Asian athletes" (away/presence.py)
GATHERINGS_LED = {"olympic", "olympics", "athlete", "ceremony", "paralympic"}  # (not war games)
GATHERINGS_LED |= {"delegation", "championship", "tournament", "festival", "pilgrimage", "sport"}
# who sends planes that are no forces: "the airline rushed planes to Israel" (away/presence.py)
CIVIL_CARRIERS = {"airline", "company", "firm", "charity", "airliner"}
CIVIL_CRAFT = {"commercial", "civilian", "passenger", "charter", "chartered", "cargo", "private"}
# where marching or pushing troops head that is no attack: "marched toward the border" (a
# move or a build-up; away/conflict.py)
EDGES = {"border", "frontier", "boundary", "borderline"}
# blame in idioms aimed at a civil matter: "took aim at France's budget deficit", "railed
# against the EU's car rules", "rapped the broadcaster for bias" (away/statements.py)
BLAME_IDIOMS = {"aim", "rail", "rap"}
CIVIL_MATTERS = {"budget", "deficit", "debt", "tax", "spending", "rule", "regulation", "reform"}
CIVIL_MATTERS |= {"schedule", "price", "inflation", "bias", "economy", "subsidy", "pension"}
CIVIL_MATTERS |= {"wage", "coverage", "reporting", "emission", "mandate", "quota"}


# Trade measures an answer is against: "reciprocal measures against EU brandy tariffs",
# "countermeasures to EU tariffs" answer a trade dispute, and warn of no force (away/statements.py)
TRADE_MEASURES = {"tariff", "duty", "levy", "quota", "anti-dumping"}
# What a craft's word names that is no craft arriving, and the contests a fighter arrives for:
# "the frigate model arrived in Japan", "the fighter landed in Tokyo for his title bout"
# (away/presence.py)
REPLICAS = {"model", "replica", "toy", "miniature", "mock-up", "mockup"}
CONTESTS = {"bout", "arena", "championship", "ufc", "mma", "boxer", "heavyweight", "weigh-in"}
CONTESTS |= {"tournament", "boxing", "kickboxing"}
# What makes assets or capabilities sent a deployment of forces: "naval assets", "air defence
# and other capabilities" (not "mining assets", "disaster relief capabilities"; away/presence.py)
MILITARY_ASSETS = {"military", "naval", "defence", "defense", "combat", "strike", "missile"}
MILITARY_ASSETS |= {"surveillance", "reconnaissance", "isr", "intelligence", "nuclear", "war"}
MILITARY_ASSETS |= {"maritime", "airborne", "army", "navy", "deterrence", "warfare"}
# Objection to an accession, and what ends it: "lifted its objections to Sweden's bid",
# "the withdrawal of its opposition" (away/membership.py); the accession words the objection is to
OPPOSING = {"objection", "opposition", "oppose"}
OBJECTION_DROPPED = {"lift", "drop", "withdraw", "abandon", "waive", "remove", "end", "shelve"}
OBJECTION_DROPPED |= {"lifting", "withdrawal", "removal", "dropping", "waiver"}
ACCESSION_WORDS = {"accession", "membership", "bid", "join", "joining"}
# Objects that take one verb out of its type: praise of a summit, a visit or a moment ("hailed
# the move", "praised the talks as productive") judges an event, and backs no one; praise of a
# state, a leader or their efforts stays political support, and so does praise of a pact, which
# backs its parties ("Rubio hailed the accord"; arguments/dyad.py)
PRAISING = ("praise", "hail", "laud", "applaud", "commend")
# what is put to use, no forces stationed: "help it deploy spy satellites", "deployed capital"
OBJECT_AWAY["deploy"] = {"satellite", "technology", "capital", "fund", "money", "software"}
OBJECT_AWAY["deploy"] |= {"strategy", "tactic", "rhetoric", "argument", "language", "tool", "app"}
# what is withdrawn that is neither forces nor a membership: "Niger withdrew its consent",
# "withdrew its support", "withdrew the request" (a word, a leave or a backing taken back)
WITHDRAWN_WORDS = {"consent", "support", "recognition", "objection", "offer", "application"}
WITHDRAWN_WORDS |= {"candidacy", "bid", "request", "nomination", "proposal", "statement"}
WITHDRAWN_WORDS |= {"remark", "accreditation", "licence", "license", "permission", "approval"}
WITHDRAWN_WORDS |= {"funding", "aid", "invitation", "veto", "reservation", "complaint"}
WITHDRAWN_WORDS |= {"opposition", "block", "hold"}  # "withdrew its opposition to Sweden's bid"
OBJECT_AWAY["withdraw"] = WITHDRAWN_WORDS
OBJECT_AWAY["withdraw_forces"] = WITHDRAWN_WORDS
VERB_OBJECT_AWAY: dict[str, set[str]] = {
    v: {"summit", "meeting"}
    | {"talk", "visit", "trip", "moment", "move", "step", "decision", "outcome", "result"}
    | {"ceremony", "event", "day", "milestone", "achievement", "breakthrough", "signing"}
    for v in PRAISING
}
# What is posted that is no force posted somewhere: "posted a video of soldiers in Bakhmut"
VERB_OBJECT_AWAY["post"] = {"video", "footage", "image", "photo", "picture", "clip", "message"}
VERB_OBJECT_AWAY["post"] |= {"statement", "update", "letter", "loss", "profit", "result", "bail"}
# What one will not tolerate that is no hostile deed: "would not tolerate corruption in
# defence procurement" warns no one (a threat is of force: "would not tolerate NATO bases")
# "stands ready to extend technical assistance": help offered, no agreement extended (one
# "renews" its aid to Palau: that is extended)
VERB_OBJECT_AWAY["extend"] = {"assistance", "help", "support", "aid", "hand", "credit", "loan"}
VERB_OBJECT_AWAY["extend"] |= {"condolence", "congratulation", "greeting", "thanks", "welcome"}
VERB_OBJECT_AWAY["extend"] |= {"gratitude", "sympathy"}
VERB_OBJECT_AWAY["tolerate"] = {"corruption", "indiscipline", "delay", "fraud", "misconduct"}
VERB_OBJECT_AWAY["tolerate"] |= {"negligence", "bribery", "racism", "discrimination", "doping"}
VERB_OBJECT_AWAY["tolerate"] |= {"cheating", "inefficiency", "waste", "dissent"}
# Whom one welcomes who is a guest, not a side backed: "would welcome everyone to the White
# House", "welcomed the visiting minister"
VERB_OBJECT_AWAY["welcome"] = {"everyone", "guest", "visitor", "delegation", "counterpart"}
VERB_OBJECT_AWAY["welcome"] |= {"minister", "president", "leader", "delegate", "participant"}
# What one meets that is no one met: "if their demands are not met", "met the deadline", "met
# his death" (a meeting is with someone: "met the Chinese envoy")
VERB_OBJECT_AWAY["meet"] = {"demand", "request", "quota", "benchmark", "death", "fate", "end"}
VERB_OBJECT_AWAY["meet"] |= {"term", "deadline", "target", "goal", "requirement", "need", "cost"}
VERB_OBJECT_AWAY["meet"] |= {"expectation", "standard", "criterion", "condition", "challenge"}
VERB_OBJECT_AWAY["meet"] |= {"threshold", "obligation", "commitment", "wish", "aspiration"}
# What one raids that is no place struck: "soldiers raided the fridge at the base", "raided the
# pension fund"
VERB_OBJECT_AWAY["raid"] = {"fridge", "kitchen", "pantry", "cupboard", "wardrobe", "closet"}
VERB_OBJECT_AWAY["raid"] |= {"minibar", "buffet", "budget", "coffer", "savings", "pension"}
VERB_OBJECT_AWAY["raid"] |= {"fund", "reserve", "piggy", "jar", "archive", "playbook"}
# What is shot down that was fired at the shooter: "shot down an anti-ship ballistic missile"
# is a defence against another's blow (a drone or a jet shot down is a blow at its owner)
VERB_OBJECT_AWAY["shoot"] = {"missile", "rocket", "projectile", "shell", "warhead"}
# Trigger nouns that, as the modifier of another noun, name a kind of thing and no event: "an
# early warning radar", "a warning system" warn no one.
MODIFIER_AWAY: dict[str, set[str]] = {
    "warn": {"warning", "threat"},  # "an annual threat assessment"
    "attack": {"war", "raid", "strike"}  # "war crimes", "air raid sirens", "strike drones"
    | {"conflict"}  # "conflict zones", "conflict resolution"
    | {"assault"}  # "an amphibious assault ship", "assault rifles"
    | {"fire"},  # "opened fire sales", "fire brigades"
}
# A bare trigger noun after "of" that names a kind, with no one waging it: "treated as an act of
# war", "siding with war over peace", "prisoners of war" tell of no war (keyed by type, then
# by the noun; the values are the nouns it hangs on).
KIND_OF_AWAY: dict[str, dict[str, set[str]]] = {
    "attack": {
        "war": {"act", "side", "brink", "state", "prisoner", "law", "art", "crime", "spoil"}
        | {"theatre", "theater", "declaration", "instrument", "weapon", "tool"}
        # a ministry's or a minister's name: "the Department of War", "Secretary of War Hegseth"
        | {"department", "secretary", "ministry", "minister"}
    },
}
# Wars of history named by their names: a "defeat of Germany in World War II" or "the
# Chilean War of Independence" is background, no attack of today.
HISTORIC_WARS = ("world war", "cold war", "war of independence", "patriotic war")
# What raises concern or alarm without being anyone who has it: "the decision has raised concerns
# in China", "the ban has raised alarm over separatism" tell of worry felt, no accusation made.
RAISING_THINGS = {"decision", "move", "deal", "agreement", "plan", "step", "deployment", "sale"}
RAISING_THINGS |= {"announcement", "development", "report", "presence", "policy", "law", "ban"}
RAISING_THINGS |= {"proposal", "program", "programme", "project", "pact", "treaty", "exercise"}
RAISING_THINGS |= {"drill", "visit", "test", "launch", "expansion", "purchase", "acquisition"}
RAISING_THINGS |= {"this"}  # "this has raised concerns"; "it", "which" may be a state
# A document that asks or encourages ("the agreement calls for ...", "the deal will encourage the
# two countries to ...") is no state asking, nor is who tells of it (URGING_DOCUMENTS).
URGING_DOCUMENTS = {"agreement", "deal", "pact", "accord", "treaty", "plan", "text", "document"}
URGING_DOCUMENTS |= {"charter", "law", "framework", "arrangement", "ceasefire", "truce"}
# A war by its given name ("the Gulf War", "THE 12 DAY WAR") told as a time or as what something
# is called is no attack; one with its sides named ("the Aggression War against Ukraine") is.
WAR_SIDES = {"against", "on", "with", "between", "in"}
NAMING = {"call", "dub", "name", "term", "label", "christen"}
# a war by its name told as a time: "during the Gulf War", "since the Korean War ended"
WAR_TIMES = {"during", "since", "after", "before", "until", "till", "following", "throughout"}
WAR_SPANS = {"end", "begin", "start", "break", "erupt", "finish"}  # "the Korean War ended in"
# A defence commitment's verb as the tail of a hyphenated word or bound "together" is an
# adjective or a figure: "a rules-bound region", "duty-bound", "our future is bound together".
TAIL_AWAY: dict[str, set[str]] = {"commit_defense": {"bind"}}
# programmes of arms a state takes part in, which a word of forces may name ("the F-35 joint
# strike fighter program"); being put out of one cuts ties, no forces leave (away/presence.py)
PROGRAMMES = {"program", "programme", "project", "consortium", "initiative", "scheme"}
# words that make drills held with others: "joint drills", "combined exercises"
JOINT = {"joint", "combined", "multinational", "bilateral", "trilateral", "allied", "common"}
# Particles that make a trigger verb another verb: "sign up for the newsletter" signs no pact,
# "signed off on the sale" approved it (a ratification where a pact is what it approved)
# (by type, then by verb; "will not sign up to the bloc's budget" still withholds it)
PARTICLE_AWAY: dict[str, dict[str, set[str]]] = {"sign": {"sign": {"up", "off"}}}
# What a commitment is "to" that makes it no defence commitment: a principle or a relation
# ("commitment to sovereignty, unity and territorial integrity", "to the principles of ECOWAS"),
# or a deed other than defending ("commitment to delivering two more frigates",
# "to strengthening defence capabilities"), which is its own event.
COMMITTED_TO_AWAY = {"sovereignty", "integrity", "unity", "principle", "value", "peace", "law"}
COMMITTED_TO_AWAY |= {"relationship", "relation", "obligation", "dialogue", "goal", "cause"}
COMMITTED_TO_AWAY |= {"democracy", "reform", "stability", "freedom", "order", "partnership"}
COMMITTED_TO_AWAY |= {"cooperation", "process", "denuclearisation", "denuclearization"}
DEFENDING = {"defend", "protect", "help", "assist", "aid", "come", "guarantee", "ensure", "render"}
# What a verb calls its object, taking it out of the type: "described Paraguay as one of
# America's strongest allies" is praise, no accusation.
CALLED_AWAY: dict[str, set[str]] = {
    "accuse": {"ally", "partner", "friend", "model", "example", "success", "leader", "pillar"}
    # "hailed the accord as a unique partnership", "called the deal a milestone"
    | {"partnership", "friendship", "milestone", "breakthrough", "achievement", "opportunity"},
}
# what takes praise back: "an unreliable ally", "a bad partner"
BELITTLING = {"bad", "poor", "false", "fake", "weak", "treacherous", "so-called", "failed"}
BELITTLING |= {"worst", "dangerous", "hostile", "wrong", "questionable", "dubious"}
# what help with a deed must do to be help with defence: "help defend Ukraine", not "help
# avoid casualties" (away/arms.py)
DEFENCE_DEEDS = {"defend", "protect", "fight", "repel", "resist", "deter", "secure", "guard"}
DEFENCE_DEEDS |= {"rebuild", "rearm", "modernize", "train", "equip", "arm", "strengthen"}
DEFENCE_DEEDS |= {"bolster", "patrol", "counter", "combat", "defeat", "repulse"}
# what a deed of help may act on to be help with defence whatever the deed: "help fund air
# defence", "help procure artillery", "help maintain security in Somalia", "help maintain the
# navy's boats" (not "help finance the war", "help maintain stability") (away/arms.py)
DEFENCE_DEED_OBJECTS = WORDS["ARMS"] | WORDS["FORCES"]
DEFENCE_DEED_OBJECTS |= {"defence", "defense", "security", "military", "boat", "ammo"}
# ... but no word that names as well what is no defence ("the energy system", "a trade mission")
DEFENCE_DEED_OBJECTS -= {"system", "equipment", "vehicle", "hardware", "battery", "unit", "mission"}
DEFENCE_DEED_OBJECTS -= {"division", "base", "presence", "deployment", "personnel", "officer"}
DEFENCE_DEED_OBJECTS -= {"specialist", "adviser", "advisor", "monitor", "observer", "trainer"}
# units of forces an arms word can name ("F-35 squadrons", "tank crews"): people sent, no arms
# supplied (away/arms.py)
ARMED_UNITS = {"squadron", "battalion", "brigade", "regiment", "unit", "division", "wing", "crew"}
# verbs that move one's own forces: only a unit these send is a deployment; a unit sold,
# delivered, bought or received ("delivered the fourth S-400 squadron") is hardware (away/arms.py)
# what a pact's capitalised name may say it is about, which tells no event of that type:
# "the Memorandum of Defence and Technical Cooperation" (away/general.py)
NAMED_IN_PACTS = {"cooperate", "security_assistance", "commit_defense", "peace_deal", "negotiate"}
# a leaving sought, of one's own forces or another's (away/statements.py)
DEPARTURES = {"withdrawal", "departure", "exit", "removal", "closure", "pullout"}
UNITS_MOVED = {"send", "deploy", "station", "dispatch", "rotate", "base", "redeploy", "move"}
# warships, which sail with their crews, and where a verb of moving forces sends them: "sent two
# frigates to the Gulf" (away/arms.py: a deployment, no supply, where no one receives them)
WARSHIPS = {"frigate", "destroyer", "warship", "corvette", "submarine", "cruiser", "carrier"}
# words that say arms moved are given: "sent a frigate to Ukraine as part of its aid package"
GIVING = {"aid", "package", "donate", "donation", "gift", "transfer", "sale", "sell", "buy"}
GIVING |= {"assistance", "purchase", "hand", "handover", "supply", "deliver", "delivery"}
HEADED = ("to", "into", "through", "toward", "towards", "in")
# a state's armed services: a unit sent to them ("to Ukraine's air force") is handed over
ARMED_SERVICES = {"force", "army", "navy", "military", "fleet"}
# What support said in the passive backs that is an actor's own: "Georgia's application is
# supported by Hungary" (away/ties.py), and the words for a ruling power that stand for a state
# there ("the junta in Ouagadougou is not supported by its neighbours")
SUPPORTED_CLAIMS = {"bid", "candidacy", "application", "claim", "membership", "chairmanship"}
SUPPORTED_CLAIMS |= {"candidature", "accession"}
# Verbs and nouns by which a pact is ended or suspended, which a ties word naming its kind
# does not cut again ("ended its defence cooperation pact"; away/ties.py; not "cut ... agreements")
PACT_ENDING = {"end", "revoke", "cancel", "scrap", "terminate", "denounce", "suspend", "freeze"}
PACT_ENDING |= {"annul", "abrogate", "tear", "rescind", "nullify", "invalidate", "void"}
PACT_ENDING_NOUNS = {"end", "termination", "suspension", "cancellation", "revocation"}
PACT_ENDING_NOUNS |= {"scrapping", "annulment", "abrogation", "denunciation", "freezing"}
# Nouns that a trigger noun modifying them makes a rehearsal of it: "invasion drills", "nuclear
# strike exercises" strike no one (keyed by type)
MODIFIED_AWAY: dict[str, set[str]] = {
    "attack": {"drill", "exercise", "rehearsal", "simulation", "wargame", "scenario"}
}
# Forces moving into a place for a drill, a parade or a rotation, which strike no one: "tanks
# rolled into Lithuania for NATO exercises" (away/conflict.py; the verbs of the moving rows of
# attack)
MARCHING = {"roll", "advance", "push", "march"}
DRILL_MOVES = {"exercise", "drill", "maneuver", "manoeuvre", "wargame", "war-game", "parade"}
DRILL_MOVES |= {"rotation", "celebration", "ceremony", "training"}
# Whom a "bomb" is dropped on that makes it news, no blow: "dropped a bomb on viewers"
# (away/conflict.py)
AUDIENCES = {"viewer", "fan", "audience", "listener", "reader", "investor", "trader"}
AUDIENCES |= {"shareholder", "voter", "supporter", "follower", "subscriber", "customer"}
# What makes a blast a bomb's disposal, no blow: "deminers detonated the mines in a controlled
# explosion", "sappers detonated a wartime bomb" (away/conflict.py; "from 1944": a bomb of a
# past war)
DISPOSAL = {"controlled", "unexploded", "wartime", "disposal", "demining", "eod", "defuse"}
DISPOSERS = {"deminer", "sapper"}  # of mines or bombs only: "sappers blew up the dam" strike
# What tells a blow in a story, a game or on a screen: "blew up a pipeline in the video game"
FICTION = {"game", "videogame", "film", "movie", "novel", "simulation", "episode", "trailer"}
FICTION |= {"sequel", "thriller", "documentary", "fiction"}
# What forces moved or called home are that makes them no forces serving: "transported wounded
# soldiers to Germany for treatment", "called non-essential embassy personnel home"
# (away/presence.py), and what they are moved for
NOT_SERVING = {"wound", "wounded", "injure", "injured", "sick", "dead", "kill", "killed"}
NOT_SERVING |= {"capture", "captured", "retire", "retired", "embassy", "nonessential"}
NOT_SERVING |= {"non-essential", "consular"}
CARED_FOR = {"treatment", "rehabilitation", "burial", "care", "surgery"}
# verbs of forces leaving: a force said to leave is no presence ("the peacekeeping force in
# Nagorno-Karabakh left in 2024"; away/presence.py)
LEAVING_FORCES = {"leave", "withdraw", "depart", "exit", "retreat", "pull", "evacuate"}
# verbs that end a service: "stopped serving at the airport" (away/presence.py)
STOPPING_SERVICE = {"stop", "cease", "quit", "end", "halt"}
# Whom a threat is made by or to that makes it a game's: "the Italian coach made a veiled
# threat to the referee" (away/statements.py)
SPORT_PEOPLE = {"coach", "manager", "player", "referee", "club", "team", "striker", "goalkeeper"}
SPORT_PEOPLE |= {"federation", "league", "captain", "midfielder", "defender", "forward"}
# Fighting in general, what a deed is done against or would excuse: "drills to deter
# aggression", "a step that might excuse military escalation" tell of no blow struck
# (a bare noun with no side named; away/conflict.py)
FIGHTING_IN_GENERAL = {"aggression", "escalation", "war", "warfare", "violence", "hostility"}
FIGHTING_IN_GENERAL |= {"conflict", "attack", "invasion"}
FIGHTING_IN_GENERAL |= {"threat", "confrontation"}  # "to counter military threats"
AVERTING = {"deter", "prevent", "avert", "avoid", "counter", "discourage", "forestall"}
AVERTING |= {"justify", "excuse", "legitimize", "legitimise", "risk"}
# words that end fighting: "an end to hostilities", "a halt in fighting", "to end the war"
FIGHTING_ENDING = {
    "end",
    "halt",
    "stop",
    "cease",
    "cessation",
    "pause",
    "finish",
    "conclude",
    "lull",
}
# the modifiers that name a kind of fighting and no side: "military escalation"
KINDS_OF_FIGHTING = {"military", "armed", "further", "nuclear", "open", "direct", "new"}
KINDS_OF_FIGHTING |= {"conventional", "large", "scale", "full", "all", "out", "future"}
# what support is pledged to that makes it help: "support for Niger's army", "for Ukraine's
# air defence", "for Lithuania's defence", "to Haiti's police"
HELPED = WORDS["FORCES"] | DEFENCE_DEED_OBJECTS | {"police", "guard", "coastguard"}
HELPED |= {"gendarmerie"}
# what reach is widened over, where no term is lengthened ("extend cooperation to mining"), and
# what says a term is: a time ("to 2027", "to the next elections") or a term-bearing noun
SCOPE_PREPS = ("to", "across", "into", "beyond", "over")
TIME_WORDS = {"year", "month", "week", "day", "decade", "end", "term", "period", "date"}
TIME_WORDS |= {"election", "vote", "summit", "withdrawal", "expiry", "completion"}  # until then
TERMED = {"mandate", "term", "lease", "moratorium", "deadline"}  # what only a time extends
# verbs of warning: what their clause says will befall someone is the warning they make
WARNING_VERBS = {"warn", "threaten", "caution"}
# verbs by which an answer is carried out: "launched its own countermeasure" (away/statements.py)
ANSWER_LAUNCHED = {"launch", "carry", "conduct", "mount", "stage", "unleash", "execute"}
# what is spent in a blow, not stationed: "deployed cruise missiles against the targets"
MUNITIONS = {"missile", "rocket", "bomb", "drone", "munition", "shell", "warhead", "torpedo"}
# a state's land, guarded by its own forces where no owner is said: "protecting the border"
OWN_LANDS = {"border", "frontier", "airspace", "coast", "coastline", "territory", "homeland"}
