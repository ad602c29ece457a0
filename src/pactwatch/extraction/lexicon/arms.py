"""Triggers of arms and military help: arms supplied, sold, bought, received and used, and
security assistance (training, funding, intelligence, help to another's forces).

Most read the ``dyad`` frame (the giver on the receiver); buying reads ``purchase``, receiving
``receive``. The patterns named here are also read by the argument rules
(``arguments/dyad.py``, ``arguments/finder.py``).
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import WORDS, Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# Help in arms said by a participle: "Malian troops, backed by Russian instructors, ...". The
# helper must be an actor or forces of one ("aided by" alone is as often help with a grid).
HELPED_BY = ("$TROOPS ~ ^support|back/V by",)
# help given to, or arms put in the hands of, another state's armed forces (not one's own:
# "will equip its army with K2 tanks"; arguments/dyad.py)
ARMY_HELPED = ("support|back|assist|aid/V ~ army|navy", "support|back|assist|aid/V ~ armed force")
ARMY_EQUIPPED = (
    "equip|rearm|resupply/V ~ army|navy|military|troop|unit",
    "equip|resupply ~ armed force",
)
# help one is thanked or praised for, given by whoever's it is to whoever thanks for it
THANKED_FOR = "thank|commend|praise|laud/V ~~ for ~ ^assistance"
# arms flown to someone are given, not used (arguments/dyad.py)
ARMS_CARRIED = "^fly|airlift/V ~~ $ARMS ~ to|into"
# another's defence capacity built up: "will boost the coast guard capacity of Vietnam"
CAPACITY_BUILT = (
    "improve|enhance|strengthen|build|boost|bolster|develop|increase ~~ ^capacity|capability/N"
)
# arms rushed to someone: what is used up, not the craft that go with their crews
RUSHED_ARMS = "munition|ammunition|weapon|arm|shell|interceptor|missile|rocket|round|artillery"
# arms by a word that names nothing else, for the verbs of paying for or getting hold of them
# ("financing a new water system", "obtained new equipment for its factory" are no arms; a
# system or equipment is arms said with its kind: "air defence systems", "military equipment")
NAMED_ARMS = "|".join(sorted(WORDS["ARMS"] - {"system", "equipment", "vehicle", "hardware"}))
NAMED_ARMS = NAMED_ARMS.replace("battery|", "")
KINDS_OF_ARMS = "military|defense|missile|weapon|radar|rocket|army|naval|artillery|drone"

# leaning on another for a fight ("relied on hired fighters to repel"): the verbs and the fights
RELIED = "rely|depend/V"
FOUGHT = "fight|combat|counter|battle|repel|defeat|protect|defend|secure|guard"

TRIGGERS: list[Trigger] = [
    # support ties and signals
    *_t("arms_supply", "dyad", "^supply|deliver|sell|transfer|provide|send|offer ~~ $ARMS"),
    # a long name of the arms, with whom they go to: "has supplied half-a-dozen new fourth
    # generation fighter jets to Pakistan"
    *_t("arms_supply", "dyad", "^supply|deliver|sell|transfer|provide/V ~~~ $ARMS ~ to"),
    # "provided the Ghana Armed Forces with $7 million of new radios and equipment": both long
    *_t("arms_supply", "dyad", "provide|supply|equip|furnish/V ~~ with ~~ $ARMS"),
    *_t("arms_supply", "dyad", "ship/V ~~ $ARMS"),  # not "ships used to carry arms"
    # "Egypt flies weapons to Somalia", "airlifted ammunition to Mogadishu": carried there
    *_t("arms_supply", "dyad", ARMS_CARRIED),
    *_t("arms_supply", "dyad", "$ARMS ~ ^arrive/V in"),  # "German tanks arrive in Ukraine"
    *_t("arms_supply", "dyad", "funnel|channel|smuggle|airlift ~~ $ARMS"),
    *_t("arms_supply", "dyad", "arm|weapon/N package|shipment|consignment|aid"),
    *_t("arms_supply", "dyad", "arm/N delivery|sale|supply|deal|transfer|export", "supplier"),
    # the arms named by their kind: "another munitions sale to Israel", "drone exports"
    *_t("arms_supply", "dyad", f"{NAMED_ARMS} sale|export/N"),
    *_t("arms_supply", "dyad", "sale|delivery|supply|transfer of ~~ $ARMS", "arm|armed/V"),
    # "the provision of weapons to its army" (a short gap: not "a provision of the treaty on
    # nuclear weapons")
    *_t("arms_supply", "dyad", "provision/N of ~ $ARMS"),
    # "pledged F-16 jets to Ukraine", "will donate howitzers", "a donation of drones"
    *_t("arms_supply", "dyad", "pledge|donate|gift|give|lease|export|hand ~~ $ARMS"),
    *_t("arms_supply", "dyad", "contribute/V ~~ $ARMS"),  # "is contributing 20,000 shells"
    *_t("arms_supply", "dyad", "donation|pledge|gift|export|handover of ~ $ARMS"),
    *_t(
        "arms_supply",
        "dyad",
        "deliver/V",
        "supply/V ~ to",
        "deliver ~ to",
        "delivery/N",
        "shipment/N",
    ),
    *_t("arms_supply", "purchase", "buy|purchase|acquire|order|procure ~~ $ARMS"),
    # "Colombia has chosen Gripen fighters": the arms a state picks are the ones it buys
    *_t("arms_supply", "purchase", "choose|select|pick/V ~~ $ARMS"),
    # "jets which were supplied by China", "the drones sold to Russia"
    *_t("arms_supply", "dyad", "$ARMS ~~ ^supply|sell|ship|provide|transfer|send/V"),
    # "Poland's F-35 jets, built by Lockheed Martin": the maker's, in the owner's hands
    *_t("arms_supply", "dyad", "$ARMS ~ ^make|build|manufacture|produce/V by"),
    # "Chinese-made drones": the maker's, in the hands of whoever has them
    *_t("arms_supply", "dyad", "- ^make|build|manufacture|produce|supply|design/V ~~~ $ARMS"),
    # "U.S.-provided weapons", "German-donated tanks": given by that state
    *_t("arms_supply", "dyad", "- ^provide|donate|deliver|give|gift|furnish/V ~~~ $ARMS"),
    # "has been using Turkish drones": another state's arms in the user's hands
    *_t("arms_supply", "dyad", "use|operate|fly|field|employ/V ~~ ^$ARMS"),
    *_t("arms_supply", "dyad", "have|possess|include|deploy/V ~~ ^$ARMS"),
    *_t("arms_supply", "dyad", "fleet|arsenal|inventory|stockpile/N of ~~ ^$ARMS"),
    # "its dependence on Russian arms": another state's arms the dependent one holds
    *_t("arms_supply", "dyad", "dependence|reliance|dependency/N on ~ ^$ARMS"),
    *_t("arms_supply", "purchase", "purchase/N of", "acquisition/N of"),
    # "signed a contract for 180 South Korean K2 tanks", "signs deal for 26 French jets"
    *_t("arms_supply", "purchase", "^contract|deal/N for ~~ $ARMS"),
    # "signed a contract with Saab for Gripen fighters": the one it is with sells
    *_t("arms_supply", "purchase", "^contract|deal/N with ~~ for ~ $ARMS"),
    *_t("arms_supply", "purchase", "place ~ ^order/N for ~~ $ARMS"),  # "placed an order for jets"
    # "Kyrgyzstan is the latest buyer of Turkish combat drones": the buyer the copula names
    *_t("arms_supply", "purchase", "buyer|purchaser|importer|customer/N of ~~ $ARMS"),
    *_t("arms_supply", "purchase", "buy|purchase|acquire|order|procure ~~ worth of ~~ $ARMS"),
    *_t("arms_supply", "receive", "receive/V ~ $ARMS", "receive/V", "get ~ $ARMS"),
    # "Kyiv secured more air defence systems from its allies", "took delivery of its first
    # Rafales"; a tranche or a batch of arms; stocks refilled by another: "is replenishing
    # Israel's interceptor stockpile"
    *_t("arms_supply", "receive", f"secure|obtain/V ~~ {NAMED_ARMS}"),
    *_t("arms_supply", "receive", f"secure|obtain/V ~~ {KINDS_OF_ARMS} system|equipment"),
    *_t("arms_supply", "dyad", "batch|consignment/N of ~ $ARMS"),  # ("a tranche of funding")
    # "rushed munitions to" (not "rushed a destroyer to", a deployment)
    *_t("arms_supply", "dyad", f"rush|airlift|ferry/V ~~ {RUSHED_ARMS} ~ to"),
    *_t("arms_supply", "dyad", "arm|weapon ^tranche|batch/N"),
    *_t(
        "arms_supply",
        "dyad",
        "replenish|restock|refill|backfill/V ~~ stockpile|stock|arsenal|$ARMS",
    ),
    *_t("security_assistance", "dyad", "military|security|defense|technical aid|assistance"),
    # "military and financial assistance", "military or any other assistance"
    *_t("security_assistance", "dyad", "military|security|defense and|or ~ ^aid|assistance/N"),
    # the tokenizer splits a hyphenated word: "military-technical" is three words
    *_t("security_assistance", "dyad", "military - technical assistance"),
    *_t("security_assistance", "dyad", "technico - military assistance"),
    *_t("security_assistance", "dyad", "assist/V", "train ~~ $TROOPS|army|force|soldier"),
    # forces "supported by allies" in what they do: help in arms
    *_t("security_assistance", "dyad", *HELPED_BY),
    # help in fighting that a state leans on: "Chad relied on hired fighters to repel the rebels"
    # (the receive frame: the one relied on helps)
    *_t("security_assistance", "receive", f"^{RELIED} on ~~ to {FOUGHT}"),
    *_t("security_assistance", "dyad", "help ~ rearm|modernize", "support ~ rearmament"),
    # help given to a state's armed forces is military help: "offered to support the Sudanese
    # Armed Forces", "backed the Libyan army"
    *_t("security_assistance", "dyad", *ARMY_HELPED),
    *_t("arms_supply", "dyad", *ARMY_EQUIPPED),
    *_t("security_assistance", "dyad", "capacity building", "advise/V", "fund|finance/V ~ army"),
    *_t("security_assistance", "dyad", CAPACITY_BUILT),
    # "will fund the recruitment and training of its police", "back rebuilding its army"
    *_t("security_assistance", "dyad", "fund|finance|pay/V ~~ training|recruitment"),
    *_t("security_assistance", "dyad", "back|support/V ~ rebuilding|reconstruction|modernization"),
    *_t("security_assistance", "dyad", "support/N to|for", "help/V", "help/N"),
    # "ready to provide Dushanbe with all the assistance it needs", "offered its assistance"
    *_t("security_assistance", "dyad", "provide|offer|render|extend/V ~~ ^assistance"),
    # "thanked the CSTO for its assistance", "commended Pyongyang for its assistance"
    *_t("security_assistance", "dyad", THANKED_FOR),
    *_t("security_assistance", "dyad", "military|security|defense ^funding|package|financing"),
    *_t("security_assistance", "dyad", "train ~ and ~ equip", "training/N for ~ $TROOPS|army"),
    *_t("security_assistance", "dyad", "training/N to ~ $TROOPS|army|force"),  # given to them
    # "will fund training for Ukrainian pilots", "trains Kenyan cadets"
    *_t("security_assistance", "dyad", "training/N for|of ~ pilot|cadet|recruit|crew|navy"),
    *_t("security_assistance", "dyad", "train/V ~~ pilot|cadet|recruit|crew|navy|military"),
    *_t("security_assistance", "dyad", "train/V ~ gendarme|police|policeman|commando|sailor"),
    *_t("security_assistance", "dyad", "training and support", "security support"),
    # "has increased its police training in Vanuatu": training given there
    *_t("security_assistance", "dyad", "police|military|security|counterterrorism ^training/N"),
    # "trains Houthi fighters", "mentoring Malian troops", "a training mission for Ukrainian
    # soldiers", "provided intelligence to Kyiv", "gave it satellite imagery", "is financing its
    # air defences", "bankrolling the ammunition initiative", "a loan for military
    # modernisation", "provided air cover for the operation"
    *_t("security_assistance", "dyad", "train/V ~~ $PROXIES|fighter", "mentor/V ~~ $TROOPS|army"),
    *_t(
        "security_assistance",
        "dyad",
        "training|advisory ^mission|program|programme|course/N for|of ~~ "
        "$TROOPS|army|soldier|pilot|recruit|police",
    ),
    *_t("security_assistance", "dyad", "provide|give|supply|pass|feed|offer/V ~~ intelligence"),
    *_t("security_assistance", "dyad", "provide|give|supply|pass|share/V ~~ satellite imagery"),
    *_t(
        "security_assistance",
        "dyad",
        f"fund|finance|bankroll|subsidize|subsidise/V ~~ {NAMED_ARMS}",
        f"fund|finance|bankroll|subsidize|subsidise/V ~~ {KINDS_OF_ARMS} system|equipment",
    ),
    *_t("security_assistance", "dyad", "fund|finance|bankroll|subsidize|subsidise/V ~~ defense"),
    *_t("security_assistance", "dyad", "fund|finance|bankroll/V ~~ armed force"),
    *_t("security_assistance", "dyad", "fund|finance|bankroll/V ~~ military/N"),
    *_t("security_assistance", "dyad", "bankroll|subsidize|subsidise/V ~~ army"),
    *_t("security_assistance", "dyad", "loan/N ~~ for ~ military|defense|weapon|arm"),
    *_t("security_assistance", "dyad", "provide|give|offer ~~ air ^cover|support/N"),
    # "the promised military support from its ally", "provided logistical support", "sent
    # experts to give technical support"; support in words only is backing: "received only
    # rhetorical support from Moscow"
    *_t("security_assistance", "dyad", "military|logistical|technical ^support/N"),
    # "NATO's political and practical support to Moldova", "lethal aid to Kyiv"
    *_t("security_assistance", "dyad", "practical|lethal ^support|assistance|aid/N"),
    *_t("security_assistance", "dyad", "share/V ~ intelligence", "intelligence ?- sharing"),
    # "is sharing missile technology with Tehran" (not "sharing green technology")
    *_t(
        "security_assistance", "dyad", "^share|transfer/V ~ missile|nuclear|drone|weapon technology"
    ),
    *_t(
        "security_assistance", "dyad", "harbor|harbour|shelter|sponsor|arm|fund|finance ~ $PROXIES"
    ),
    *_t(
        "security_assistance",
        "dyad",
        "support ~ $PROXIES",
        "military technology",
        "military know - how",
    ),
]
