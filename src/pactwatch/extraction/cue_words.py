"""The cues the reader weighs beside its triggers: words of certainty (negation, possibility,
intention), of time, of conditions, of reported speech and sources, the anaphors the resolver
takes, and the words of page chrome.

Like the trigger tables of the ``lexicon`` package, these are plain word sets, read by the
components (modality.py, attribution.py, reference.py, chrome.py, timex.py) and the argument
finder; lemmas, unless a comment says forms.
"""

from __future__ import annotations

# Words whose presence changes an event's certainty or time.
NEGATION = {"not", "n't", "n’t", "never", "no", "nor", "neither", "cannot", "without"}
# Governors that say the event did not happen: "refused to back", "failure to defend".
NEGATING = {"refuse", "refusal", "fail", "failure", "decline", "deny", "reject", "rejection"}
NEGATING |= {"avoid", "absence", "lack", "abstain", "inaction"}
NEGATING |= {"ignore", "renounce", "forgo", "cancel", "prevent", "block"}
NEGATING |= {"shelve", "abandon", "drop"}  # "rule out", "stop short of": modality.py
NEGATING |= {"suspend", "revoke", "scrap", "withdraw", "terminate"}  # "suspended its obligations"
NEGATING |= {"dissuade", "discourage", "refrain"}  # "refrained from striking back"
# Governors that keep someone "from" an event: "deter North Korea from launching an attack"
# (possible), "prevented them from crossing" (not done)
KEEPING_FROM = {"deter", "prevent", "dissuade", "discourage", "refrain"}
# what one files for others to act on: whatever they do with it, it was filed
FILED = {"application", "bid", "request", "candidacy"}
FILED |= {"proposal", "offer", "appeal", "demand", "plea", "initiative"}  # "rejected the proposal"
ACTED_ON = {"approve", "reject", "accept", "consider", "back", "support", "veto", "block"}
ACTED_ON |= {"ratify", "review", "endorse", "welcome", "examine", "process"}
# Rebuttals of what someone said: "rejected the accusations" says they were made, and that
# whoever rejects them is the one they are made against (modality.py, arguments/dyad.py).
REBUTTING = {"reject", "deny", "dismiss", "refute", "rebuff"}
REBUTTING |= {"ignore", "disregard", "spurn"}  # "ignored Yerevan's request": it was made
# what befalls the one a warning is about: "it would face consequences", "would pay a heavy
# price", "will regret it" (the one warned: reference.py, arguments/dyad.py)
UNDERGOING = {"face", "pay", "suffer", "bear", "incur", "risk", "regret"}
SAID_NOUNS = {"accusation", "allegation", "charge", "criticism", "complaint", "reproach"}
SAID_NOUNS |= {"demand", "request", "appeal", "ultimatum", "warning", "call", "plea"}
# Governors of intention or expectation: the event is probable and future.
PROBABLE = {"plan", "intend", "intention", "aim", "prepare", "want", "seek", "expect"}
PROBABLE |= {"hope", "poise", "likely", "probably", "likelihood", "presumably", "pledge"}
PROBABLE |= {"promise", "vow", "commit", "anticipate"}
PROBABLE |= {"intent", "determined", "ready", "readiness", "preparation", "expectation"}
PROBABLE |= {"appear", "seem", "apparently", "reportedly", "should", "try", "need", "inevitable"}
PROBABLE |= {"close", "near", "meant"}  # "close to signing", "meant to fortify"
NEARNESS = {"close", "near"}  # ... the adjectives, not the verbs ("the pullout closed a chapter")
PROBABLE |= {"invitation"}  # "an invitation to Ukraine to join": not yet joined
PROBABLE |= {"order"}  # "Putin ordered the signing of a pact": to be signed
PROBABLE |= {"wish", "desire"}  # "wishes for it to remain stationed"
PROBABLE |= {"willingness", "eagerness", "willing", "eager"}  # "its willingness of purchasing"
PROBABLE |= {"suspect", "suspicion", "believe", "think"}  # "Seoul suspects Pyongyang sent
# the shells": what one believes is probable
# Governors that put the event in the future without making it less certain.
FUTURE_ONLY = {"decide", "decision", "agree", "set", "schedule", "due", "bound", "going", "will"}
UNLIKELY = {"unlikely", "improbable", "doubtful", "doubt"}
# Governors of possibility: the event is possible.
POSSIBLE = {"could", "may", "might", "possible", "possibly", "perhaps", "maybe", "potential"}
POSSIBLE |= {"potentially", "eventually", "consider", "mull", "weigh", "explore", "discuss"}
POSSIBLE |= {"propose", "proposal", "option", "possibility", "prospect", "speculation"}
POSSIBLE |= {"speculate", "interest", "interested", "risk", "threaten", "concern", "fear"}
POSSIBLE |= {"question", "suggest", "envisage", "contemplate", "can", "willing", "deter"}
POSSIBLE |= {"look"}  # "are looking at signing a smaller deal"
POSSIBLE |= {"threat"}  # "issued threats to intervene militarily": threatened, not done

# Governors of possibility only over a verb ("offered to send troops": proposed, not done; but
# "offered assistance" is the assistance given)
POSSIBLE_TO = {"offer"}
POSSIBLE |= {"talk", "negotiation"}  # "talks for Russian forces to remain at Tartus"
# Words that mark an event as certain and future ("will", "is to").
CERTAIN_FUTURE = {"will", "shall", "'ll", "’ll", "inevitably", "certain", "gonna"}
PERFECT = {"has", "have", "had", "'s", "’s", "'ve", "’ve"}
# Standings named by a noun, which hold now whatever verb was said of them ("condemned the
# US military presence", "reaffirmed its commitment").
STANDING_NOUNS = {"presence", "commitment", "support", "backing", "tie", "relation", "war"}
STANDING_NOUNS |= {"relationship", "cooperation", "partnership", "alliance", "membership"}
STANDING_NOUNS |= {"participation", "obligation", "guarantee", "occupation", "dialogue"}
# Verbs of a standing, whose present in a headline holds now ("Russian troops remain").
STATIVE = {"remain", "keep", "stay", "have", "maintain", "hold", "host", "station", "continue"}
STATIVE |= {"retain", "be", "lead", "command", "own", "control"}
# Sanctions undone: "the lifting of sanctions" imposes none.
LIFTING = {"lifting", "lift", "easing", "removal", "relief", "end", "suspension", "waiver"}
LIFTING |= {"withdrawal", "repeal", "relaxation", "rollback"}
# An answer is a warning only when promised ahead: "will respond", "vowed to retaliate".
ANSWERING_VERBS = {"respond", "retaliate"}
PROMISING_AUX = {"will", "would", "shall", "could", "might", "may", "'ll", "’ll", "must"}
PROMISING = {"vow", "threaten", "pledge", "promise", "warn", "intend", "plan", "prepare"}
PROMISING |= {"ready", "reserve", "right", "determined", "prepared"}
# Blows named by a noun, which tell of one struck ("Russia's invasion", "the strikes").
BLOWS = {"invasion", "strike", "airstrike", "attack", "bombing", "raid", "incursion", "assault"}
BLOWS |= {"shelling", "clash", "aggression", "annexation", "takeover", "coup", "bombardment"}
# Events whose perfect describes a state that holds now ("has frozen", "has not left").
STATE_TYPES = {"freeze", "suspend", "withdraw", "join", "skip_exercise", "skip_meeting"}
STATE_TYPES |= {"withhold_contribution", "deploy", "reduce_cooperation", "cooperate"}

# Conditions: subordinators of an antecedent, and phrases that introduce one.
IF = {"if", "unless", "whether", "once", "should", "provided", "providing", "lest"}
IF_PHRASES: tuple[str, ...] = (
    "in the event of",
    "in the event that",
    "in case of",
    "as a prerequisite for",
)
IF_PHRASES += ("on condition that", "as long as", "the longer", "in exchange for", "until")

# Reported speech: the lemmas that introduce what someone says or thinks.
# participles of saying or asking that a report may end on: "..., calling for", "..., urging"
SAID_ASIDE = {"call", "urge", "demand", "appeal", "ask", "press", "insist", "warn", "threaten"}
SAID_ASIDE |= {"accuse", "blame", "condemn", "criticize", "vow", "pledge", "promise", "add"}
REPORTING = set(
    [
        "say",
        "tell",
        "state",
        "note",
        "emphasize",
        "emphasise",
        "highlight",
        "claim",
        "argue",
        "add",
        "insist",
        "announce",
        "write",
        "report",
        "clarify",
        "stress",
        "underline",
        "believe",
        "assert",
        "declare",
        "acknowledge",
        "admit",
        "confirm",
        "explain",
        "suggest",
        "conclude",
        "observe",
        "warn",
        "predict",
        "contend",
        "maintain",
        "reiterate",
        "recall",
        "reply",
        "respond",
        "think",
        "suspect",
        "reaffirm",
        "remind",
        "remark",
        "comment",
        "point",
        "indicate",
        "allege",
        "summarize",
        "summarise",
        "quote",
        "cite",
        "describe",
        "complain",
        "accuse",
        "criticize",
        "deny",
        "reveal",
        "disclose",
        "inform",
        "assure",
        "estimate",
        "hint",
        "signal",
        "express",
        "mention",
        "recount",
        "argue",
        "tweet",
        "post",
        "caution",
        "contend",
        "voice",
    ]
)
REPORT_NOUNS = {"report", "study", "paper", "analysis", "assessment", "survey", "statement"}
REPORT_NOUNS |= {"comment", "declaration", "communique", "communiqué", "briefing", "interview"}
UNNAMED = {
    "analyst", "expert", "observer", "official", "diplomat", "source", "critic", "commentator",
    "insider", "lawmaker", "scholar", "researcher", "people", "media", "press", "speculation",
    "spokesperson", "spokesman", "spokeswoman", "agency", "some", "many", "others",
}  # fmt: skip
OUTLET_WORDS = {"media", "agency", "agencies", "newspaper", "outlet", "channel", "news", "daily"}
UNNAMED |= {"outlet", "newspaper"}

# Who ratifies: an agreement "signed", "approved" or "backed" by one of these is ratified.
LEGISLATURES = {"parliament", "legislature", "lawmaker", "legislator", "mp", "deputy", "senate"}
LEGISLATURES |= {"congress", "duma", "riksdag", "rada", "assembly", "majlis", "knesset"}
LEGISLATURES |= {"bundestag", "storting", "eduskunta", "folketing", "sejm", "senator"}

# Nouns that stand for their state: "the Armenian government", "Russia's Foreign Ministry".
INSTITUTIONS = {
    "government", "ministry", "authority", "leadership", "side", "parliament", "army",
    "military", "force", "troop", "president", "minister", "presidency", "administration",
    "official", "diplomat", "leader", "cabinet", "office", "service", "council", "committee",
    "duma", "assembly", "legislature", "people", "state", "country", "nation", "republic",
    "delegation", "embassy", "envoy", "ambassador", "spokesperson", "spokesman",
    "spokeswoman", "premier", "chancellor", "junta", "regime", "navy", "guard", "soldier",
    "establishment", "department", "speaker", "deputy", "mfa", "mod", "politician",
    "lawmaker", "mp", "faction", "agency", "capital", "counterpart", "representative",
    "territory", "border", "soil", "airspace", "frontier", "intelligence", "contingent",
    "peacekeeper", "monitor", "personnel", "unit", "ally", "leaders",
    "command", "general", "staff", "secretariat", "head", "chief", "chamber", "house", "senate",
}  # fmt: skip
# the words of INSTITUTIONS for a state's ground, which acts on nothing (arguments/pieces.py)
STATE_GROUND = {"territory", "border", "soil", "airspace", "frontier", "capital"}
# Titles that tie a named person to a state: "Armenian Foreign Minister Ararat Mirzoyan".
TITLES = {
    "president", "minister", "premier", "chancellor", "spokesperson", "spokesman",
    "spokeswoman", "ambassador", "envoy", "secretary", "speaker", "chairman", "chair",
    "deputy", "head", "chief", "director", "commander", "general", "leader", "king", "emir",
    "representative", "adviser", "advisor", "aide", "assistant", "official", "diplomat",
    "mp", "lawmaker", "senator", "governor", "mayor", "counterpart", "prime", "foreign",
    "defense", "ruler", "member", "candidate", "commissioner",
    "extraordinary", "plenipotentiary",  # "Ambassador Extraordinary and Plenipotentiary"
}  # fmt: skip

# Anaphors.
# "officials in Brussels": people named by the place whose institution they speak for.
PEOPLE_THERE = {"official", "diplomat", "leader", "few", "many", "some", "people", "source"}
PEOPLE_THERE |= {"policymaker", "bureaucrat", "observer", "one", "most", "minister", "envoy"}
PRONOUNS_IT = {"it", "its", "itself"}
PRONOUNS_PERSON = {"he", "his", "him", "she", "her", "himself", "herself"}
PRONOUNS_THEY = {"they", "their", "them", "themselves"}
PRONOUNS_WE = {"we", "our", "us", "ours", "ourselves"}
DESCRIPTIONS_BLOC = {"bloc", "alliance", "organization", "treaty", "pact", "grouping", "union"}
DESCRIPTIONS_BLOC |= {"community", "commonwealth", "coalition", "club", "body"}
DESCRIPTIONS_COUNTRY = {"country", "republic", "nation", "state"}
# Regions a description of a state may name: "the Nordic country", "the Baltic state", "the
# Gulf monarchy", "the Central Asian republic" is the last state named of that region
REGIONS: dict[str, set[str]] = {
    "nordic": {"DNK", "FIN", "ISL", "NOR", "SWE"},
    "scandinavian": {"DNK", "NOR", "SWE"},
    "baltic": {"EST", "LVA", "LTU"},
    "caucasian": {"ARM", "AZE", "GEO"},
    "caucasus": {"ARM", "AZE", "GEO"},  # "the South Caucasus nation" ("South" or not)
    "balkan": {"ALB", "BIH", "BGR", "HRV", "GRC", "XKX", "MNE", "MKD", "ROU", "SRB", "SVN"},
    "gulf": {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"},
    "sahelian": {"BFA", "MLI", "MRT", "NER", "TCD"},
    "asian": {"KAZ", "KGZ", "TJK", "TKM", "UZB"},  # "Central Asian": the word before "asian"
    # two words, by the UN's M49 regions: "the East African country" is no Sudan
    "east african": {"BDI", "COM", "DJI", "ERI", "ETH", "KEN", "MDG", "MWI", "MUS", "MOZ"}
    | {"RWA", "SYC", "SOM", "SSD", "UGA", "TZA", "ZMB", "ZWE"},
    "west african": {"BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI"}
    | {"MRT", "NER", "NGA", "SEN", "SLE", "TGO"},
    "north african": {"DZA", "EGY", "LBY", "MAR", "SDN", "TUN"},
    "southeast asian": {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS"}
    | {"VNM"},
    "south asian": {"AFG", "BGD", "BTN", "IND", "IRN", "MDV", "NPL", "PAK", "LKA"},
    "east asian": {"CHN", "JPN", "MNG", "PRK", "KOR", "TWN"},
    # as news uses it: the Levant, the Gulf, Iraq, Iran, Turkey, Egypt and Yemen
    "middle eastern": {"BHR", "CYP", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN"}
    | {"PSE", "QAT", "SAU", "SYR", "TUR", "ARE", "YEM"},
    # "the former Soviet republic": a state of the Soviet Union's other than Russia
    "former soviet": {"ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA"}
    | {"TJK", "TKM", "UKR", "UZB"},
    # the continent, after its parts above: "the African country", "the African nation"
    "african": {"DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM"}
    | {"COD", "COG", "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA"}
    | {"GIN", "GNB", "KEN", "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR"}
    | {"MOZ", "NAM", "NER", "NGA", "RWA", "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD"}
    | {"SDN", "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE"},
}
REGION_WORDS = {w for name in REGIONS for w in name.split()} | {"south", "central"}
# Regions few and fixed enough that the plural names them all: "the Baltic states", "the
# Nordics" (not the Balkans or the Sahel, whose bounds the writer chooses)
WHOLE_REGIONS = {"baltic", "nordic", "scandinavian", "asian", "gulf"}
WHOLE_REGION_NAMES = {"baltics": "baltic", "nordics": "nordic"}
# "its partner", "Moscow's ally": another state than the owner, one named just before
DESCRIPTIONS_RELATION = {"partner", "ally", "neighbour", "neighbor", "rival", "adversary", "foe"}
DESCRIPTIONS_RELATION |= {"enemy", "protégé", "client", "patron", "friend", "ruler", "colonizer"}
# An armed group told by what it is: "the militia", "the rebels", "the Iran-backed group" is the
# armed group named last (a "group" only with a word that makes it an armed one)
DESCRIPTIONS_GROUP = {"militia", "rebel", "militant", "insurgent", "jihadist", "mercenary"}
ARMED_GROUP_WORDS = DESCRIPTIONS_GROUP | {"armed", "terrorist", "extremist", "paramilitary"}
DESCRIPTIONS_PERSON = {"minister", "president", "premier", "spokeswoman", "spokesman", "leader"}
DESCRIPTIONS_PERSON |= {"spokesperson", "diplomat", "chancellor", "official", "secretary"}
DESCRIPTIONS_AGREEMENT = {"agreement", "treaty", "pact", "deal", "accord", "declaration"}
DESCRIPTIONS_AGREEMENT |= {"charter", "protocol", "document", "statement", "memorandum"}
GROUP_NOUNS = {"side", "country", "state", "party", "ally", "nation", "neighbor", "government"}

# Page chrome: calls to action and page furniture.
CHROME = (
    "subscribe", "sign up", "join today", "support independent", "follow us", "newsletter",
    "share this", "leave a reply", "cookie", "image via", "photo:", "photo by", "(photo",
    "file photo", "credit:", "tags:", "show news feed", "all rights reserved", "click here",
    "writing by", "editing by", "reporting by", "appeared first on", "skip to",
)  # fmt: skip
# A publisher's appeal for readers' money, chrome at any length: "do consider joining us: be
# a member of our Network"
APPEALS = (
    "local journalism", "independent journalism", "consider joining us", "a membership today",
    "purchasing a membership", "purchase a membership", "our journalists",
)  # fmt: skip
# A publisher's legal notice, chrome at any length: "all photographs and texts here are
# covered by intellectual property rights and may not be reused"
LEGAL_NOTICES = (
    "intellectual property rights", "may not be reproduced", "without prior written",
    "you may not copy", "terms of use", "privacy policy",
)  # fmt: skip
# Chrome only where a line starts with them: "Related", "Comments (3)", "Menu", but not
# "its wish to become a member someday", "noted in comments to reporters", "left the post"
CHROME_OPENING = (
    "become a member", "donate", "read more", "related", "comments", "advertisement",
    "log in", "login", "categories", "read also", "see also", "the post ", "copyright", "menu",
)  # fmt: skip
