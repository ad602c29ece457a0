"""The word classes the argument rules read besides the triggers: light verbs, verbs of intent
and of stepping up, what one leaves that is no place, words on a pact, what calling someone
something blames them for, ..."""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import WORDS

# What one leaves that is a scheme, a programme or a pact, not a place: "withdrew from China's
# Belt and Road Initiative" takes no forces out of China (arguments/membership.py)
SCHEMES_LEFT = {"initiative", "program", "programme", "scheme", "project", "framework", "format"}
SCHEMES_LEFT |= {"mechanism", "forum", "process", "plan", "arrangement", "partnership", "talk"}
SCHEMES_LEFT |= WORDS["AGREEMENT"] - {"statement", "document"}
TALKS_LEFT = {"talk", "negotiation", "process", "forum", "format", "dialogue"}
SCHEMES_LEFT |= TALKS_LEFT
RULING_WORDS = {"government", "regime", "junta", "administration", "authority", "leadership"}

# Verbs whose subject does what their object names: "waged a campaign", "provided aid".
LIGHT = {"provide", "offer", "give", "launch", "carry", "conduct", "wage", "make", "hold"}
LIGHT |= {"announce", "extend", "grant", "deliver", "pledge", "promise", "take", "begin"}
LIGHT |= {"complete", "start", "express", "voice", "draw", "receive", "seek", "request"}
LIGHT |= {"conclude", "open", "end", "enter", "undertake", "resume", "stage", "mount"}
LIGHT |= {"have", "maintain", "enjoy", "share", "develop", "retain", "keep", "lift", "impose"}
LIGHT |= {"meet", "honor", "honour", "fulfill", "respect", "implement", "observe", "abide"}
LIGHT |= {"finalize", "finalise"}  # "expect to finalise the signing": what is expected
LIGHT |= {"execute", "perform", "order", "authorize"}  # "executed another strike on a vessel"
LIGHT |= {"reach"}  # "Hamas and Israel reached a truce": those who reach it make it
LIGHT |= {"issue", "approve", "clear", "transfer"}  # "issued a condemnation", "cleared a sale"
LIGHT |= {"relaunch", "renew", "intensify", "escalate"}  # "renewed its attacks on the town"
LIGHT |= {"fly", "wrap", "finish", "kick", "organize", "organise"}  # "flew a joint patrol",
# "wrapped up joint drills", "kicked off naval exercises": who flies or finishes them holds them
LIGHT |= {"continue", "resume"}  # "prepared to resume talks": what is said of the verb
LIGHT |= {"join"}  # "delegations will join indirect negotiations": the talks are theirs
LIGHT |= {"file", "lodge", "submit", "present"}  # "filed applications to join NATO"
LIGHT |= {"send"}  # "Britain, France and Germany sent similar calls to the UN"
LIGHT |= {"put"}  # "putting an end to a landmark arms control pact": who puts an end ends it
LIGHT |= {"apply", "exert"}  # "will apply pressure on Seoul": who applies it presses
LIGHT |= {"repeat", "reiterate"}  # "repeated threats to strike tankers": its threats
# Verbs by which the subject does more of what their object names: "expanded naval
# deployments", "is increasing its military presence", "stepped up its strikes" (not the
# verbs of less: "reduced its presence" is a withdrawal, read by its own triggers)
STEPPING_UP = {"expand", "increase", "boost", "step", "ramp", "bolster", "double", "triple"}
STEPPING_UP |= {"augment", "redouble"}
# ... or makes it stronger or closer: "vowed to strengthen joint training with Seoul"
STEPPING_UP |= {"strengthen", "deepen", "enhance", "reinforce", "broaden", "elevate", "upgrade"}
# "provide Armenia with guarantees": the subject gives, the direct object receives the noun.
PROVIDING = {"provide", "supply", "equip", "furnish", "arm"}
# Verbs whose subject intends or pursues what their object names.
INTENT = {"consider", "discuss", "propose", "plan", "approve", "support", "pursue", "mull"}
INTENT |= {"prepare", "announce", "agree", "decide", "favor", "advocate", "demand", "want"}
INTENT |= {"complete", "finalize", "launch", "initiate", "continue", "resume", "express"}

# Weapon systems known by a name rather than a designation (syntax.lemma reads both as
# "weapon"): aircraft, air defence, missiles, drones, armour. Names that are also common
# words in the news ("Patriot", "Typhoon", "Leopard", "Javelin") are left out.
WEAPON_NAMES = {"eurofighter", "rafale", "gripen", "himars", "atacms", "nasams", "thaad"}
WEAPON_NAMES |= {"bayraktar", "iskander", "shahed", "kalibr", "tomahawk", "kinzhal", "zircon"}
WEAPON_NAMES |= {"iris-t", "samp/t", "caesar", "krab", "kh-101", "geran"}

# words on a pact that say nothing of its kind ("the new bilateral agreement with the EU")
PACT_EPITHETS = {"new", "bilateral", "landmark", "historic", "latest", "first", "final", "draft"}
PACT_EPITHETS |= {"proposed", "key", "major", "old", "current", "existing", "planned", "signed"}

# What a deal is about when it is none of the security pacts the knowledge base records
OTHER_FIELDS = {"trade", "economic", "energy", "gas", "oil", "visa", "investment", "mineral"}
OTHER_FIELDS |= {"minerals", "transport", "tourism", "pension", "cultural", "education", "health"}
OTHER_FIELDS |= {"agricultural", "customs", "tax", "aviation", "fishing", "grain", "debt", "loan"}
OTHER_FIELDS |= {"tariff", "currency", "migration", "extradition", "railway", "pipeline"}
OTHER_FIELDS |= {"climate"}

# a modifier saying an agreement is not the one the article is about: "similar accords", "any
# Western security pact"
OTHER_THAN = {
    "any",
    "similar",
    "equivalent",
    "comparable",
    "analogous",
    "parallel",
    "another",
    "other",
    "separate",
    "such",
}

# verbs by which a speaker binds themselves: in "X assured Y that it would ...", "it" is X
COMMISSIVE = {"assure", "reassure", "promise", "pledge", "vow", "guarantee", "swear"}

# helping another in a fight: the fight is the other's ("aided Serbia in its war", "helped
# Moscow in its war effort"; arguments/pieces.py, reference.py)
HELPED_IN = {"help", "aid", "assist", "support", "back"}

# what calling someone something blames them for: "described the protesters as terrorists"
BLAMING_WORDS = {"terrorist", "aggressor", "aggression", "threat", "provocation", "violation"}
BLAMING_WORDS |= {"betrayal", "enemy", "occupier", "criminal", "illegal", "unacceptable"}
BLAMING_WORDS |= {"hostile", "mistake", "blow", "failure", "interference", "unfriendly"}
BLAMING_WORDS |= {"puppet", "extremist", "militant", "invader", "destabilizing", "dangerous"}
BLAMING_WORDS |= {"interventionist", "appendage", "instrument", "tool", "unreliable"}
BLAMING_WORDS |= {"illegitimate"}
BLAMING_WORDS |= {"irresponsible", "aggressive", "imperialist", "colonial", "neocolonial"}
# nouns of saying what the noun after "of" is: "his declaration of support", "a show of backing"
# (lexicon/ties.py; its owner says it: arguments/pieces.py; words, no help: away/arms.py)
DECLARING = {"declaration", "statement", "expression", "show", "message", "signal", "gesture"}
