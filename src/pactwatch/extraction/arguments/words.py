"""The word lists the argument finder reads: kinds of forces and targets, verbs of leading,
responding, requesting, and the event types each rule concerns."""

from __future__ import annotations

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon.patterns import ARMS_NOUNS, WORDS
from pactwatch.extraction.lexicon.presence import FORCES_UP
from pactwatch.extraction.syntax import FIGHTER_WORDS

FORCES = WORDS["FORCES"] - {"mission", "base", "presence", "deployment"}
BASES = WORDS["BASE"] | {"mission", "presence", "deployment", "stationing"}
# verbs of forces that use another's bases: "use its bases"
BASE_USE = {"use", "utilize", "utilise"}
BASE_OPENING = {"open", "offer", "lend"}  # "opened its bases to NATO": the owner hosts
BASE_BUILT = {"open", "build", "establish", "construct", "set"}  # "a base was opened": whose
# verbs that answer another's act, a threat when said ahead: "will respond to any violation"
ANSWERING = {"respond", "retaliate"}
TROOPS = WORDS["TROOPS"]
ARMS = ARMS_NOUNS
WEAPONS = ARMS - {"system", "equipment", "vehicle", "hardware", "arm"}
# a state's armed services, which as a subject leave a place, never a bloc
ARMIES = {"army", "navy", "military", "air force", "armed forces"}
# vessels whose flag says whose they are: "Chinese Coast Guard vessels rammed ..."
CRAFT = {"vessel", "ship", "boat", "plane", "cutter", "frigate", "destroyer", "aircraft", "flight"}
CRAFT |= {"tanker", "freighter", "trawler", "jet", "helicopter", "drone", "warplane", "fighter"}
STATEHOOD = {"state", "country", "nation", "republic"}  # "a Palestinian state": Palestine
# what is struck or supplied on a state's side: "struck Iranian nuclear facilities", "attacks
# on Israeli targets", "supplied Ukrainian forces": the state it belongs to is the object
TARGETS = {"target", "position", "facility", "site", "installation", "infrastructure", "city"}
TARGETS |= {"town", "village", "territory", "soil", "outpost", "port", "airport", "airfield"}
TARGETS |= {"force", "troop", "soldier", "army", "unit", "military", "plant", "embassy"}
TARGETS |= {"base", "vessel", "ship", "warship", "tanker", "convoy"}  # "at US bases"
TARGETS |= {"refinery", "depot", "warehouse", "station", "grid", "pipeline", "factory", "bridge"}
TARGETS |= {"headquarters", "compound", "camp", "arsenal", "hospital", "building", "border"}
# crewed aircraft are flown by the state they are said to be of ("a Russian warplane"); arms
# such as drones or missiles are often named for their maker instead ("Iranian drones")
TARGETS |= {"warplane", "jet", "aircraft", "plane", "helicopter", "bomber", "fighter"}
# what an attack is aimed at, and where that lies: "targeting sites across Pakistan"
AIMING = {"target", "hit", "strike", "bomb", "shell", "attack"}
WHERE = ("in", "across", "inside", "throughout")
# a border an attack is made along or across, whose other side is struck (dyad.py)
BORDERS = {"border", "frontier", "boundary", "borderline"}
BORDER_PREPS = ("along", "across", "on", "at")
# seeing something as hostile: "sees the CSTO as a threat", "viewed the deal as violating"
SEEING = {"see", "view", "regard", "interpret", "perceive"}
NAMING = {"call", "label", "brand", "term"}  # "called the move a threat"
# Backing words: backing an armed group ("the Iran-backed Houthis", "Tehran's support for
# Hezbollah") is aid to a fighting force, not political support
BACKING = {"back", "backing", "backer", "support", "supporter", "sponsor"}
# An operation launched to guard something is a deployment ("a maritime mission to guard
# the cable"), not an attack
GUARDING = {"protect", "guard", "safeguard", "patrol", "escort", "monitor", "police"}
PROXIES = {"militant", "terrorist", "rebel", "separatist", "insurgent", "militia", "proxy"}
SIDE_KINDS = {"state", "group", "armed_group"}  # the kinds of actor that can be a side in a fight
RESPONDING = {"respond", "retaliate", "react", "answer", "reply"}
# who leads or spearheads an offensive, talks or a mission does it ("the group that led the
# offensive"); who launches, wages or leads it in the passive is its "by" phrase ("an
# offensive spearheaded by his forces", "talks led by Qatar")
LEADING = {"lead", "spearhead"}
# who joins in an act does it: "Guinea joined in warning", "participated in the raid"
PARTAKING = {"join", "participate"}
DONE_BY_AGENT = LEADING | {"launch", "carry", "conduct", "wage", "mount", "stage", "execute"}
DONE_BY_AGENT |= {"perform", "order", "undertake", "begin", "start", "initiate", "direct"}
# verbs of concluding a pact, whose agent signed it: "contracts signed by Baku with Turkish firms"
SIGNED_BY = {"sign", "conclude", "reach", "ink", "strike", "seal"}
SALES = {"contract", "order", "purchase", "sale"}  # signed, they are trade, not a pact
TARGETED_TYPES = {"attack", "arms_supply", "security_assistance"}
# more forces somewhere, a presence only where the text says where
MORE_FORCES = {FORCES_UP, "troop|force increase|surge|buildup|boost"}
# what one holds forces or a base under: "under US control", "under Russian command"
HELD_UNDER = {"control", "command", "jurisdiction", "authority"}
# nouns that stand for a place where forces are: "troops in the region", "on Polish soil"
PLACE_NOUNS = {"country", "region", "territory", "soil", "area", "island", "theater", "theatre"}
# the dashes that join a pair of names ("the Israel-Hezbollah ceasefire")
HYPHENS = {"-", "\u2013", "\u2014"}
# verbs that size a presence: "expanded its military presence in Peru"
SIZING = {"expand", "increase", "maintain", "keep", "boost", "reinforce", "strengthen", "reduce"}
SIZING |= {"cut", "establish", "bolster", "retain", "double", "enlarge", "grow", "scale"}
# "extended its troop deployment in Libya"
SIZING |= {"extend", "prolong", "continue", "end", "halve", "triple"}
# verbs that post forces somewhere: "troops are deployed in Somalia"
POSTED = {"deploy", "post", "position", "garrison", "station", "base"}
GAINING = {"get", "gain", "obtain", "win", "secure", "receive"}  # "gained access to its bases"
SENDING = {"send", "move", "rotate", "dispatch", "redeploy", "relocate", "transfer"}
# a bloc asked to send or keep forces where the asker is: under its mission there ("asked
# the EU to send its mission", "urged the UN to keep its blue helmets"; finder.py)
MISSION_ASKED = SENDING | {"deploy", "station", "extend", "expand", "keep", "maintain"}
# what is the bloc's mission itself, not new troops ("urged the EU to send troops" asks for
# none of its missions); other forces only as its own ("to keep its soldiers there")
MISSION_WORDS = {"mission", "monitor", "observer", "presence", "deployment", "operation"}
MISSION_FORCES = WORDS["FORCES"]
# a relative clause on forces that says where they are: "the bases it kept in Senegal"
KEEPING = {"have", "keep", "maintain", "station", "base", "operate", "deploy", "hold", "retain"}
# words that leave whose forces they are unsaid: "foreign troops", "any Western troops"
UNNAMED_OWNERS = {"foreign", "western", "international", "overseas", "outside"}
# a state's military sites, which stand on its own land unless a place is said
HOME_SITES = {"facility", "installation", "site", "infrastructure", "depot", "arsenal"}
# words that spread forces over no one land: "its global presence", "troops stationed abroad"
NO_ONE_LAND = {"global", "worldwide", "overseas", "abroad", "globally"}
# verbs of leaving a place ("departed the base", "vacated the airfield")
LEAVING = {"leave", "depart", "vacate", "quit", "abandon", "evacuate", "exit"}
# what a blow is planned in: "an aggression plan of Colombia" is Colombia's blow (dyad.py)
PLOTS = {"plan", "plot", "scheme", "blueprint", "preparation", "scenario"}
# the envoys a state sends: expelled or leaving, ties are cut, no member leaves a bloc
ENVOYS = {"ambassador", "envoy", "representative", "diplomat", "attache", "chargé", "consul"}
# a land that breaks away from a state secedes; no forces leave it ("Eritrea broke away from
# Ethiopia"), unless forces are what break away
SECEDING = {"break", "secede", "split"}
# pronouns of a relative clause, which stand for the noun it hangs on ("the region, which")
RELATIVES = {"which", "that", "whom"}
# forces beside which others are deployed or patrol are not the ones deployed
BESIDE = {"alongside", "beside"}
BANNED = {"import", "export", "flight", "overflight", "trade", "shipment", "transit"}
DEADLINES = {"deadline", "ultimatum"}
# Verbs that judge or tell of an act another did: "condemned the strike"
JUDGING = {"condemn", "denounce", "describe", "call", "label", "brand", "decry", "criticize"}
JUDGING |= {"deplore", "slam", "blast", "characterize", "term", "dub", "protest", "report"}
# verbs of a fear or an expectation about another's act, whose subject holds it as one who says it
FEARING = {"fear", "worry", "expect", "suspect", "doubt", "hope", "anticipate"}
WORRIES = {"concern", "alarm", "worry", "unease", "anxiety"}  # voiced over someone's act
# What one returns to in returning to a body: "returned to the table", "to full membership"
PARTICIPATING = {"table", "membership", "participation", "fold", "bloc", "alliance", "meeting"}
PARTICIPATING |= {"session", "organization", "activity", "work", "structure", "body", "summit"}
# Types whose object may be named only as the owner of what is acted on
OWNED_TARGET_TYPES = {"reduce_cooperation", "accuse", "warn", "security_assistance"}  # "trained
# Ukrainian recruits": Ukraine is helped
TIE_TYPES = {"cooperate", "political_support", "reduce_cooperation"}
# verbs whose "with" or "to" names whom the act is addressed to: a demand made with them asks
# that one ("lodged a protest with Washington, demanding ...", "wrote to Moscow, urging ...")
ADDRESSING = {"lodge", "file", "register", "write", "submit", "address", "raise", "convey"}
ADDRESSING |= {"make", "express", "voice", "protest", "complain", "appeal"}
# of those, verbs that say nothing without their noun: only a saying is addressed ("made a
# protest to Beijing"); a visit, a pledge or an offer made to a state is not asked of it
ADDRESSING_LIGHT = {"make", "express", "voice"}
ADDRESSED_SAYINGS = {"protest", "complaint", "appeal", "request", "representation", "demarche"}
ADDRESSED_SAYINGS |= {"démarche", "concern", "objection", "plea", "note", "demand"}
# who a demand asks, named by a noun of no one in particular: "urging other allies to"
ASKED_NOUNS = cw.DESCRIPTIONS_COUNTRY | cw.DESCRIPTIONS_RELATION | cw.DESCRIPTIONS_BLOC
ASKED_NOUNS |= {"government", "member", "capital", "donor", "power", "leader", "neighbour"}
# the kind of an agreement's provision that an event of the type carries out (finder.py: arms
# delivered under a supply contract go the way the contract says)
PROVISION_KINDS = {"arms_supply": "arms_supply", "security_assistance": "military_aid"}
# words of getting or waiting for what a pact provides: who gives is left unsaid (finder.py)
GETTING = {"receive", "await", "get", "obtain", "take", "expect"}
# What is sabotaged in words only: "sabotage the talks", "sabotage of the peace process"
PROCESSES = {"process", "talk", "negotiation", "effort", "deal", "agreement", "dialogue"}
PROCESSES |= {"plan", "initiative", "election", "reform", "cooperation", "summit", "ceasefire"}
# Verbs whose subject undergoes what is said with them: "died in an attack"
SUFFERING = {"die", "perish", "be", "lose", "suffer", "injure", "wound", "survive", "kill"}
SUFFERING |= {"come", "fall", "get", "escape", "flee", "shelter", "hide", "remain", "stay"}
# Helping someone in a war says who wages it: "sent shells to aid Serbia in its war with
# Ukraine", "backs Kyiv in its fight against Moscow": the one helped, not the helper (the
# helping words: lexicon/word_classes.py, HELPED_IN)
WAGED = {"war", "fight", "conflict", "struggle", "battle", "campaign", "offensive"}
# Statement nouns whose "of" names what they are about, not who makes them ("criticism of
# Moscow", "a condemnation of the strikes"); with the others it names the speaker
SAID_OF = {"criticism", "support", "condemnation", "denunciation"}
BORDERS = {"border", "frontier", "borderland", "frontline"}
# verbs by which one wages a fight one joins: "joined the war", "took part in the offensive"
JOINING_FIGHT = {"join", "enter"}
TAKING_PART = {"participate", "engage", "fight"}
JOINING_FORCES = {"participate", "serve", "contribute"}  # and "take part in" (presence.py)
# what makes a capacity a defence capacity: "defence capabilities", "the capacity of its navy"
DEFENCE_QUALIFIERS = {"defense", "military", "security", "naval", "maritime", "peacekeeping"}
DEFENCE_QUALIFIERS |= {"combat", "air", "missile", "coast", "guard", "deterrence", "cyber"}
# "its capacity to protect its sovereignty": a capacity to defend what makes a state
DEFENDING_WHAT = {"protect", "defend", "safeguard", "secure", "guard"}
STAKES = {"security", "stability", "peace", "relation", "tie", "region", "sovereignty"}
REMAINS = {"body", "remains", "corpse"}  # "received the bodies of 900 soldiers": no troops
FEW_PARTIES = 4  # a bloc of a few ("AUKUS") acts as its members; a larger one acts as itself
STATEHOOD_PARTS = {"sovereignty", "independence", "territory", "border", "integrity", "airspace"}
STATEHOOD_PARTS |= {"water", "coast", "coastline"}
# what one joins without becoming a member: "joined the fighting", "joined others in calling"
NO_BODY = {"fighting", "fight", "war", "battle", "talk", "call", "chorus", "other", "effort"}
NO_BODY |= {"push", "offensive", "campaign", "protest", "criticism", "ranks", "list", "queue"}
NO_BODY |= {"warship", "ship", "vessel", "carrier", "destroyer", "fleet", "flotilla"}
# people joined: "joined the heads of the other member states", "joined his counterparts"
JOINED_PEOPLE = {"head", "leader", "counterpart", "minister", "president", "delegation"}
JOINED_PEOPLE |= {"colleague", "official", "diplomat", "chief", "envoy"}
MEETINGS = WORDS["MEETING"]
DRILLS = WORDS["DRILL"]
GATHERINGS = MEETINGS | {"dinner", "reception", "ceremony", "conference", "forum", "event"}
GATHERINGS |= {"visit", "gathering", "banquet", "talk", "round", "session", "delegation"}
# who is hosted as a guest: the words that describe a person, and a few of visiting
VISITORS = cw.DESCRIPTIONS_PERSON | {"counterpart", "envoy", "guest", "visitor", "king"}
VISITORS |= {"delegate", "ambassador"}
OBJECT_PREPS: dict[str, tuple[str, ...]] = {
    "attack": ("against", "on", "in", "into"),
    "accuse": ("against", "onto", "on"),
    "urge": ("on", "to", "upon"),
    "warn": ("against",),
    "cooperate": ("with", "to", "toward", "towards", "between"),
    "reduce_cooperation": ("from", "with", "on", "toward", "towards", "to"),
    "negotiate": ("with", "between"),
    "political_support": ("to", "for", "with", "behind"),
    "security_assistance": ("to", "for", "with"),
    "arms_supply": ("to", "for"),
    "commit_defense": ("to", "toward", "towards", "for", "against", "in", "respect", "regard"),
    "block": ("on", "to"),
}
# what is built is the builder's: "China's construction of bases", "the expansion of its base"
BUILDING = {"construction", "building", "buildup", "expansion", "establishment", "opening"}
REMOTE = {"video", "link", "videolink", "videoconference", "teleconference", "phone", "online"}
REMOTE |= {"remotely", "virtually", "call"}  # a meeting joined from afar
OPEN_WH = {"when", "whether", "how", "if"}  # a question still open: "decide when to leave"
REACHING = {"extend", "apply", "cover", "include"}  # a pledge that reaches someone
TALKS = {"talk", "negotiation", "meeting", "discussion", "consultation"}
TRAVELLING = {"visit", "travel", "go", "fly", "come", "head", "arrive", "journey"}
MAKING = {"make", "build", "manufacture", "produce", "supply", "design"}  # "Chinese-made"
MAKING |= {"provide", "donate", "deliver", "give", "gift", "furnish"}  # "U.S.-provided"
STOPPING = {"prevent", "stop", "halt", "deter"}  # an attack one did nothing to stop
# nouns of what stops an activity: "an arms export ban to Ukraine" is no export to it
HALTS = {"ban", "embargo", "freeze", "halt", "suspension", "moratorium", "restriction"}
# Who ends, settles or mediates a war is not one of its sides ("Trump's plan to end the
# conflict", "Qatar helped resolve the war")
SETTLING = {"end", "stop", "halt", "settle", "resolve", "mediate", "broker", "freeze"}
TAKEN = {"seize", "capture", "recapture", "take", "wrest", "retake"}  # ground from someone
DEFEATED = {"defeat", "destroy", "eliminate", "crush", "dismantle", "rout", "vanquish"}  # a foe
# acts of concluding a pact: one let down by them blames the pact's parties ("dismayed by the
# signing of the deal between Kyiv and Paris"; dyad.py _dismayed)
CONCLUDING = {"signing", "signature", "conclusion", "ratification", "sign", "conclude"}
# nouns of what befalls or comes out, no one's act: whose it is is not blamed ("disappointed
# with the result of the Armenian election")
NO_ONES_DOING = {"result", "outcome", "election", "vote", "turnout", "market", "weather"}
NO_ONES_DOING |= {"price", "situation", "state", "news", "level", "figure", "poll", "economy"}
# ground freed: struck is who held it, not the state the ground is of
LIBERATING = {"liberate", "liberation", "free"}
# arms taken from whoever had them, no longer their maker's to supply
CAPTURED = {"capture", "seize", "confiscate", "intercept", "loot", "abandon", "trophy"}
# whom a feeling voiced is about: "dissatisfaction with Manila", "concern over Moscow's moves"
FELT_AT = ("with", "over", "about", "at", "toward", "towards", "against")
# ... and of those, what it is over rather than at whom: "took aim at the US over Taiwan"
FELT_AT_WHOM = tuple(p for p in FELT_AT if p not in ("over", "about"))
TIES_NOUNS = WORDS["TIES"] | {"cooperation", "partnership", "aid", "assistance"}
STATEMENT_NOUNS = {"criticism", "condemnation", "warning", "threat", "call", "request", "demand"}
STATEMENT_NOUNS |= {"appeal", "pressure", "accusation", "complaint", "protest", "support", "aid"}
STATEMENT_NOUNS |= {"assistance", "backing", "help", "reproach", "rebuke", "ultimatum"}
STATEMENT_NOUNS |= {"opposition"}  # "the opposition of Chile to the blockade"
# verbs by which a deed brings a statement from another: "triggered a warning from China"
DRAWING = {"draw", "trigger", "prompt", "provoke", "spark", "elicit", "earn", "attract"}
HELP_GIVEN = {"support", "aid", "assistance", "backing", "help"}  # given, not only said
# A request made, put or sent by someone is theirs, and what it is "from" is whom it asks:
# "should Peru make that request from us" (not "a request from Peru")
ASKS = {"request", "appeal", "plea", "demand", "call", "ultimatum"}
ASKS_MADE = {"make", "submit", "file", "lodge", "issue", "send", "present", "address", "put"}
# Nouns for a role one actor plays for another: the subject is who plays it ("Russia was
# Armenia's protective power"), the object whom it is played for.
ROLE_NOUNS = {"guarantor", "protector", "power", "ally", "partner", "supplier", "patron"}
ROLE_NOUNS |= {"sponsor", "backer", "guarantee", "defender", "provider", "supporter"}
# patterns that accuse only when they name someone: "described Azerbaijan as the aggressor"
NAMING_SOMEONE = {"describe ~~ as", "brand/V", "label ~~ as", "portray|depict ~~ as"}
NAMING_SOMEONE |= {"characterize ~~ as", "frame|cast|paint/V ~~ as"}
# of those, the ones that say nothing of blame by themselves: they accuse only with a
# blaming word ("framed the drills as a provocation", not "framed the apology as a step")
FRAMING = {"frame|cast|paint/V ~~ as"}
RECEIVING = {"draw", "receive", "get", "face", "earn", "attract", "suffer"}
RELYING = {"rely", "depend", "count"}  # "relied on support from France": France gives it
# what one asks for from someone is the giver's to give: "seeks guarantees from Washington"
ASKING_FOR = {"want", "seek", "request", "demand", "ask", "obtain", "secure", "win"}
# "took delivery of tanks from Germany": whoever takes a delivery receives it, where "take"
# is otherwise a light verb of doing ("take action")
DELIVERIES = {"delivery", "shipment", "consignment", "handover"}
BENEFIT = {"benefit", "rely", "count", "depend", "enjoy", "lean"}
MUTUAL_TYPES = {"cooperate", "commit_defense", "negotiate"}
COMMITMENT_NOUNS = {"commitment", "obligation", "pledge", "promise"}
DEFENDING = {"defend", "protect", "help", "assist", "aid", "come", "guarantee", "ensure"}
DEFENDING |= {"support", "provide", "deter", "respond", "secure", "back", "fight", "render"}
DEFENCE_OBJECTS = {"defense", "security", "ally", "alliance", "safety", "protection", "aid"}
DEFENCE_OBJECTS |= {"sovereignty", "integrity", "deterrence", "assistance", "help", "partner"}
# support said as a stance ("in support of Ankara"): its object follows "of"
SUPPORT_TYPES = {"political_support", "security_assistance", "commit_defense"}
# What a pact's text sets out is its parties' to do: "the treaty provides for mutual aid",
# "the deal includes the supply of drones", "it envisages joint production"
PROVIDING_FOR = {"provide", "include", "envisage", "stipulate", "contain", "foresee", "cover"}
PROVIDED_TYPES = {"arms_supply"}
THANKING = {"thank", "gratitude", "grateful", "thanks", "appreciation", "commend", "praise"}
THANKING |= {"laud"}
# what one takes a stand in: "came out in support of Ankara", "spoke in defence of Kyiv"
STANCES = {"support", "favor", "solidarity", "defense", "backing"}
FOCUS_SUBJECT_TYPES = {"join", "apply", "withdraw", "notify_withdrawal", "suspend", "freeze"}
FOCUS_SUBJECT_TYPES |= {"resume", "skip_exercise", "skip_meeting", "withhold_contribution"}
FOCUS_SUBJECT_TYPES |= {"cooperate", "reduce_cooperation", "negotiate", "ratify", "sign"}
SPEAKER_SUBJECT_TYPES = {"urge", "warn", "accuse", "political_support", "cooperate"}
FOCUS_OBJECT_TYPES = {"attack", "urge", "warn", "accuse", "commit_defense", "deploy"}
FOCUS_OBJECT_TYPES |= {"security_assistance", "political_support", "arms_supply", "block"}
FOCUS_OBJECT_TYPES |= {"withdraw_forces"}
NEAR_OBJECT_TYPES = FOCUS_OBJECT_TYPES | {"cooperate", "reduce_cooperation", "negotiate"}
NEAR_OBJECT_TYPES |= {"terminate"}  # "will scrap the pacts that tie it to Rome": the other party
PRESENCE_TYPES = {"deploy", "withdraw_forces"}
# nouns of a presence or its end, or of a supply of arms, that a text says again ("the
# occupation", "the withdrawal", "the shipments"), by the type of what they say again
PRESENCE_NOUNS = {"occupation", "deployment", "presence", "stationing", "redeployment"}
PRESENCE_NOUNS |= {"withdrawal", "pullout", "drawdown", "departure"}
SUPPLY_NOUNS = {"shipment", "delivery", "consignment", "transfer", "supply"}
SAID_AGAIN: dict[str, set[str]] = {
    "deploy": PRESENCE_NOUNS,
    "withdraw_forces": PRESENCE_NOUNS,
    "arms_supply": SUPPLY_NOUNS,
}
# what such a noun may be "of" and still say the last one again: "the deployment of the
# troops", "the delivery of the missiles"
SAID_AGAIN_THEMES = FORCES | TROOPS | ARMS | CRAFT | {"weapon", "arm", "troop"}
STATE_OBJECT_TYPES = PRESENCE_TYPES | {"terminate"}  # a host, a party: a state
HOSTED_TYPES = {"deploy", "withdraw_forces"}  # the object is where the forces are
AGREEMENT_HYP_TYPES = {"join", "apply", "withdraw", "notify_withdrawal", "suspend", "freeze"}
AGREEMENT_HYP_TYPES |= {"block", "political_support"}
AGREEMENT_HYP_TYPES |= {"resume", "skip_exercise", "skip_meeting", "withhold_contribution"}
AGREEMENT_HYP_TYPES |= {"sign", "ratify", "enter_into_force", "amend", "extend", "terminate"}
AGREEMENT_HYP_TYPES |= {"urge", "commit_defense", "negotiate", "deploy"}
# the words of a bid to join a body: a turn to it that says one is a bid, not a request
BID_WORDS = {"membership", "join", "accession", "candidacy", "bid", "member"}
# ... and backing for which is backing in that body's frame
BIDS = BID_WORDS | {"application", "enlargement", "entry", "aspiration", "integration"}
# a warning that threatens to bar someone ("threatened to block Finland") is about the bloc
# the bar would be in: it takes the agreement in context, as the block itself does
THREATENED_BARS = {"block", "veto", "obstruct", "stall", "torpedo"}
# words whose infinitive is an act only threatened: "threats to target", "vowed to strike"
THREATENING = {"threat", "threaten", "vow", "pledge", "warn", "warning", "promise"}
# what a state does to an agreement it is not (yet) a party of
OUTSIDERS_TYPES = {"join", "apply", "block", "political_support"}
# Relations the parties hold towards each other: "military cooperation", "mutual assistance".
SYMMETRIC_TYPES = {"cooperate", "commit_defense", "peace_deal"}
# Between an organization and a member, the organization defends and the member cooperates.
ORG_DIRECTION = {"commit_defense": True, "cooperate": False}
CONTEXT_AGREEMENT_TYPES = {"sign", "ratify", "enter_into_force", "amend", "extend", "terminate"}
# events of an agreement's own life, which the main agreement of the text may be without sides
AGREEMENT_OWN_TYPES = CONTEXT_AGREEMENT_TYPES | {"negotiate"}
CONTEXT_AGREEMENT_TYPES |= {"negotiate", "peace_deal", "commit_defense", "urge", "cooperate"}
COVERING = {"treaty", "pact", "article", "clause", "agreement", "accord", "guarantee"}
COVERING |= {"commitment", "umbrella", "alliance", "obligation", "provision"}
NAMED = ("name", "alias", "described")  # how a name is found: its words are no event
# what a text sets out that keeps its parties from an act: "a ban on the supply of arms"
BARRING = {"ban", "prohibition", "limit", "restriction", "moratorium", "embargo", "cap"}
# acts a pact provides for, done under it when the clause says so (BackingFrames.basis)
BASIS_TYPES = {"deploy", "withdraw_forces", "cooperate", "commit_defense", "arms_supply"}
BASIS_TYPES |= {"security_assistance", "reduce_cooperation"}
BASIS_PHRASES = {"under", "as part of", "in line with", "in accordance with", "pursuant to"}
BASIS_PHRASES |= {"in connection with", "on", "within framework of", "in framework of"}
# what a party gives back for what a pact grants it: "In return, Ankara undertakes to ..."
IN_RETURN = {"return", "exchange"}
BASIS_STOPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "acl"}
# what a pact opens for an act done under it: "paves the way for the US to pull out"
PATHS = {"way", "path", "door", "road"}
ORG_AGREEMENT_TYPES = {"urge", "deploy", "withdraw_forces", "commit_defense", "block"}
# the same, where every state the event names is a member of the bloc
BLOC_MEMBER_TYPES = {"cooperate", "negotiate", "political_support", "security_assistance"}
# Whose accession an event is about: "ratified Sweden's membership", "the Swedish accession
# protocol", "Sweden's bid was held up", "back Ukraine's bid to join NATO".
ACCESSION_NOUNS = {"accession", "membership", "bid", "entry", "candidacy", "application"}
ACCESSION_TYPES = {"ratify", "sign", "block", "political_support", "urge", "apply"}
# What one leaves or joins when it is no membership: "leave no doubt", "join calls for".
NOT_MEMBERSHIP = {
    "withdraw": {"doubt", "room", "impression", "mark", "trace", "door", "question", "legacy"},
    "join": {"call", "chorus", "voice", "criticism", "condemnation", "appeal", "statement"},
}
# "Trump joined leaders at a dinner": people and gatherings are joined, not blocs
NOT_MEMBERSHIP["join"] |= {"leader", "president", "counterpart", "colleague", "delegation"}
NOT_MEMBERSHIP["join"] |= {"talk", "meeting", "summit", "dinner", "protest", "rally", "effort"}
NOT_MEMBERSHIP["withdraw"] |= {"option", "possibility", "office", "post", "power", "open"}
# "refused to join Western sanctions": measures are joined, not blocs
NOT_MEMBERSHIP["join"] |= {"sanction", "resolution", "ban", "embargo", "boycott", "measure"}
NOT_MEMBERSHIP["join"] |= {"initiative", "campaign", "consensus", "position", "declaration"}
NOT_MEMBERSHIP["join"] |= {"warning", "demand", "push", "fight", "fighting", "war"}
# "will join indirect negotiations in Cairo", "joined the exercises": talks or drills joined,
# which their own triggers read
NOT_MEMBERSHIP["join"] |= {"negotiation", "discussion", "consultation", "dialogue", "conversation"}
NOT_MEMBERSHIP["join"] |= {"exercise", "drill", "patrol", "wargame", "manoeuvre", "maneuver"}
# the public or the press, asked or urged by leaders: no state is asked ("media" has the lemma
# "medium")
PUBLIC = {"media", "medium", "press", "journalist", "reporter", "editor", "voter", "citizen"}
PUBLIC |= {"public", "resident", "population", "investor", "business", "company", "audience"}
# verbs that say a claim is not so: "denied that the drills pose a threat"
DENYING = {"deny", "fail", "reject", "dismiss", "refute"}
# verbs whose object or complement is asked for, not done
REQUESTING = {"call", "demand", "urge", "request", "appeal", "press", "push", "lobby", "ask"}
REQUESTING |= {"encourage", "pressure", "implore", "exhort", "summon", "plead", "beseech"}
# what orders another to act ("ordered the U.S. to withdraw"); "ordered the signing" is no ask
ORDERING = {"order", "instruct", "command", "direct", "tell"}
# verbs whose subject forces are where the verb's place is: "troops are in Syria"
STAYING = {"be", "base", "station", "remain", "stay"}
# "warned Finland against joining NATO": what one is warned against has not happened
DISSUADING = {"warn", "caution", "advise", "counsel"}
# support that is said, not sent: "full support", "unwavering support"
POLITICAL_SUPPORT = {"full", "political", "diplomatic", "moral", "unwavering", "strong", "firm"}
POLITICAL_SUPPORT |= {"unconditional", "steadfast", "total", "complete", "unequivocal"}
# what makes support more than words, beside those: "political and practical support"
MATERIAL_SUPPORT = {"practical", "military", "lethal", "logistical", "material", "financial"}
# kinds of help that may as well be civil: aid only where it is not with a civil matter
CIVIL_OR_NOT = {"practical", "technical"}
# what a member leaves: a bloc, a treaty, its membership ("left the alliance")
LEFT_BEHIND = WORDS["BLOC"] | WORDS["AGREEMENT"]
LEFT_BEHIND |= {"membership", "group", "coalition", "format", "structure", "body", "ranks"}
LEFT_BEHIND |= {"mechanism", "framework", "zone", "institution", "grouping", "association"}
# what is received without being arms: news, requests, answers
NOT_RECEIVED = {"notification", "notice", "message", "letter", "invitation", "call", "request"}
NOT_RECEIVED |= {"reply", "response", "answer", "information", "report", "word", "news", "signal"}
NOT_RECEIVED |= {"complaint", "proposal", "offer", "note", "appeal", "visit", "delegation"}
# "received Sweden's accession documents": papers handed over, not arms
NOT_RECEIVED |= {"document", "instrument", "credential", "ratification", "guest", "visitor"}
# "received only rhetorical support", "will receive the biggest allocation": backing or
# money, read where they are named (political support, aid), not arms
NOT_RECEIVED |= {"support", "backing", "declaration", "allocation", "funding", "praise"}
# "received security guarantees from London": a promise, read as a commitment, not arms
NOT_RECEIVED |= {"guarantee", "assurance", "commitment", "pledge", "promise"}
AGREEMENT_NOUNS = WORDS["AGREEMENT"] | cw.DESCRIPTIONS_AGREEMENT | {"mandate"}
TRUCES = {"ceasefire", "truce", "armistice"}
ENTRY_WORDS = {"join", "accession", "membership", "entry", "enter", "admission", "admit"}
PARTNERSHIP = {"partnership"}  # a tie put to paper: "the partnership was formalised"
PRIOR_ATTACK_TOKENS = 120  # how far back an attack condemned without its author is looked for
ATTACK_NOUNS = {"attack", "strike", "airstrike", "invasion", "incursion", "offensive", "assault"}
ATTACK_NOUNS |= {"aggression", "bombing", "shelling", "raid", "bombardment", "incident"}
# Vaguer words that say an attack told just before again: "the US struck boats off Venezuela.
# Caracas denounced the campaign" (only where an attack was read within two sentences)
ATTACKS_SAID_AGAIN = {"campaign", "operation"}
NEW_MEMBER_WORDS = {"new", "newest", "founding", "found", "full", "fully-fledged", "latest"}
LONG_MEMBER_YEARS = 3  # a state this long in an organization is not joining it
# how a state's name hangs on the arms it makes: "U.S. F-16 jets", "Russian-built tanks"
MAKER_DEPS = {"compound", "nmod", "amod", "npadvmod"}
PLACE_PREPS = ("in", "to", "into", "at", "on", "across", "along", "within", "near")
# what an amount of aid or arms is counted in: "a package of military aid", "a tranche of"
MEASURES = {"package", "tranche", "batch", "round", "shipment", "consignment", "lot", "wave"}
MEASURES |= {"day", "week", "month", "series"}  # "two weeks of joint drills"
# verbs of showing arms, which may be another's captured ones: "displayed dozens of drones"
SHOWING = {"display", "unveil", "test", "show", "exhibit", "parade"}
# how many of a thing: "hundreds of missiles", "a number of drones"
AMOUNTS = {"hundred", "thousand", "dozen", "score", "number", "lot", "batch", "pair", "couple"}
# verbs of using arms: "using Turkish drones" tells who made them and who has them
USING = {"use", "operate", "fly", "field", "employ"}
# "its fleet of American F-16s", "Egypt's arsenal of Russian jets": the owner's
ARMS_HELD_NOUNS = {"fleet", "arsenal", "inventory", "stockpile"}
# verbs of forces that watch over a stretch of someone's territory
PATROLLING = {"patrol", "guard", "monitor", "police", "secure", "protect", "watch"}
# verbs of a purpose clause that help a state: "dispatched troops to aid Russia"
AIDING = {"aid", "help", "assist", "support", "back", "reinforce", "bolster", "defend", "protect"}
HOLDING_ARMS = {"have", "possess", "include", "deploy"}  # "has 5,000 Russian-made missiles"
HOLDING_ARMS |= ARMS_HELD_NOUNS
# whose subject, or agent, has the arms a verb takes: not one who shoots them down
ARMS_HOLDERS = USING | HOLDING_ARMS | {"receive", "get", "buy", "purchase", "acquire", "order"}
ARMS_HOLDERS |= {"procure", "obtain", "field", "launch", "fire", "display", "unveil", "test"}
ARMS_USE_NOUNS = {"use", "deployment"}  # "the use of Iranian drones": by whoever has them
ARMS_USE_NOUNS |= ARMS_HELD_NOUNS
ARMS_DEPENDING = {"dependence", "reliance", "dependency"}  # "its dependence on Russian arms"
DEPENDING_VERBS = {"rely", "depend", "count", "lean"}  # "has relied on Iranian-made drones"
# verbs of striking with arms, whose subject holds them: "pounded Kharkiv with Iranian drones"
STRIKING_WITH = {"bombard", "pound", "strike", "hit", "shell", "attack", "target", "barrage"}
HOLDING = {"held", "controlled", "occupied", "run", "administered", "flagged"}  # "Houthi-held"
FIGHTERS = FIGHTER_WORDS | {"fighter"}  # (syntax's armed men not of a state, and "fighters")
# a group's people a strike kills, whose group it struck ("killed the Houthi prime minister")
KILLED_LEADERS = {"member", "commander", "leader", "minister", "official", "chief", "operative"}
# words of a standing pledge: "treaty allies", "its defence commitments to the Philippines"
STANDING_PLEDGES = {"treaty", "pact", "commitment", "obligation", "ally", "alliance"}
# What a charter or a treaty lays down: a kind of act it provides for, not one done ("the
# Charter does not provide for unilateral withdrawal")
RULE_VERBS = {"provide", "stipulate", "allow", "permit", "require", "regulate", "govern"}
RULE_VERBS |= {"envisage", "foresee", "prohibit", "forbid"}  # not "set": "set up the bloc"
RULE_TYPES = {"join", "withdraw", "notify_withdrawal", "suspend", "expel", "freeze", "resume"}
# what one asks another to give as an answer: the one asking urges, the other is asked
ANSWERS = {"clarification", "explanation", "clarity", "detail"}
# help a pledge of defence names ("mutual help should either side be attacked")
DEFENCE_HELP = {"assistance", "aid", "help", "support", "defense", "protection"}
# a bloc's joint force, which a member leaves as it leaves the bloc
BLOC_FORCES = {"force", "coalition", "alliance"}
