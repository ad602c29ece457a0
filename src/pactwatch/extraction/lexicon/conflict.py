"""Triggers of force: attacks, strikes, raids, seizures, sieges, blockades and fighting.

One side on another reads the ``dyad`` frame, fighting between two the ``mutual`` frame.
``TROOPS_KILLED`` and ``TROOPS_WERE_KILLED`` are also read by ``arguments/dyad.py``.
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# troops killed, said without "were" as a headline says it, or with it: the troops are the
# victims ("Chad soldiers killed by militants", "Dozens of Niger soldiers were killed by")
TROOPS_KILLED = "$TROOPS ^kill/V by|in"
TROOPS_WERE_KILLED = "$TROOPS ~~ be ^kill/V"
# verbs of blows that take the arms they are dealt with: "pounded the city with missiles"
POUNDED = "pound|pummel|batter|hammer|blitz|pelt|bombard|hit"  # ("strike" a deal with ...)
ARMS_KINDS = "ballistic|cruise|glide|attack|kamikaze|hypersonic|guided|heavy|artillery|drone"
ARMS_KINDS += "|rocket|air|aerial|precision"

TRIGGERS: list[Trigger] = [
    # conflict
    *_t("attack", "dyad", "attack/V", "invade", "bomb/V", "shell/V", "strike/V", "occupy/V"),
    *_t(
        "attack",
        "dyad",
        "launch|wage|conduct ~ offensive|operation|attack|war|campaign|insurgency",
        "carry out ~ offensive|operation|attack|occupation",
    ),
    *_t("attack", "dyad", "resolve ~ militarily", "use ~ force against", "liberate/V"),
    *_t(
        "attack",
        "dyad",
        "open ~ fire ~~ on|at",
        "open/V ~ ^fire/N",
        "fire/V on|at",
        "return/V fire",
    ),
    *_t("attack", "dyad", "violate|breach|enter|intrude/V ~~ airspace", "airspace violation"),
    *_t("attack", "dyad", "shoot|bring down ~~ $ARMS|plane|balloon"),
    # "the Kenyan helicopter that was shot down": what was downed named before
    *_t("attack", "dyad", "$ARMS|plane ~~ be ^shoot|bring/V down"),
    # "Azerbaijan has blockaded the enclave"; a transport blockade is a cut in ties, not force
    *_t("attack", "dyad", "blockade/V", "naval|military blockade", "massacre"),
    *_t("attack", "dyad", "use of ~ military force", "military force to take|seize"),
    *_t("attack", "dyad", "attack/N", "offensive/N", "invasion", "incursion", "assault/N"),
    *_t(
        "attack",
        "dyad",
        "aggression",
        "military|special operation",
        "anti|counter - terrorist|terror|terrorism operation",
    ),
    *_t("attack", "dyad", "counterterrorism|counterterrorist|antiterrorist operation"),
    *_t("attack", "dyad", "anti|counter - terrorist|terror|terrorism ^operation/N"),
    # "a Russian missile barrage", "a salvo of rockets"; "drones set a refinery ablaze"
    *_t("attack", "dyad", "barrage|salvo/N", "$MISSILES|airstrike ~ ^set/V ~~ ablaze|alight"),
    # fighters who seize ground strike whose it is: "M23 rebels seized most of Goma"
    *_t("attack", "dyad", "$PROXIES|fighter ~ ^seize|capture|overrun/V"),
    # "continued operations against al-Shabaab": an operation said to be against someone
    *_t("attack", "dyad", "operation/N against"),
    *_t("attack", "dyad", "military action|campaign|strike", "airstrike", "shelling/N"),
    # "an Israeli strike targeted Hamas leaders", "fired ballistic missiles at US bases"
    *_t("attack", "dyad", "strike/N", "raid/N", "bombing/N", "bombardment"),
    *_t("attack", "dyad", "sabotage", "mutiny/N against", "killing/N of"),
    # "saboteurs blew up a railway bridge", "detonated a car bomb", "forces raided a hospital",
    # "troops shot at a village", "a cyberattack on Albania"
    *_t("attack", "dyad", "blow/V up ~~ bridge|railway|pipeline|depot|train|dam|$STRUCK"),
    *_t("attack", "dyad", "detonate/V ~~ bomb|explosive|device|mine"),
    *_t("attack", "dyad", "$TROOPS|militant|gunman ~~ ^raid/V", "raid/V ~ $STRUCK|village"),
    # an armed shooter: a film "was shot at a village", hunters shot at a boat by mistake
    *_t(
        "attack",
        "dyad",
        "$TROOPS|$PROXIES|warship|navy|army ~~ ^shoot/V at "
        "~~ $STRUCK|village|town|ship|vessel|boat|drone|aircraft",
    ),
    *_t("attack", "dyad", "cyberattack|cyber-attack/N"),
    *_t("attack", "dyad", "take|seize|capture ~~ by force", "use/N of force"),
    *_t("attack", "dyad", "sink/V ~ ship|vessel|boat|tanker|warship|submarine|frigate"),
    *_t("attack", "dyad", "sink/V ~ corvette|destroyer|cruiser|minesweeper|flagship"),
    *_t("attack", "dyad", "^fire|launch/V ~~ missile|rocket|drone|salvo|barrage|strike"),
    # "were using tanks and mortars against the villages", "the missiles they launch against
    # Ukraine": arms turned on someone
    *_t("attack", "dyad", "^use|fire/V ~~ $ARMS ~ against", "$ARMS ~~ ^launch|fire/V at|against"),
    *_t("attack", "dyad", "take|gain|seize ~ control", "recapture/V", "annexation|annex"),
    # ground taken: "seized two villages", "captured the town from Ukrainian forces"
    *_t("attack", "dyad", "seize|capture/V ~ village|town|city|territory|settlement|district"),
    # a vessel boarded or seized at sea: "a warship boarded a Venezuelan tuna boat"
    *_t("attack", "dyad", "board|seize|hijack/V ~~ ship|vessel|boat|tanker|freighter|trawler"),
    *_t("attack", "dyad", "seize|capture/V ~ position|region|island|area|outpost|tanker"),
    *_t("attack", "dyad", TROOPS_WERE_KILLED),  # "Malian soldiers were killed by"
    *_t("attack", "dyad", TROOPS_KILLED),  # a headline's "Chad soldiers killed by militants"
    *_t("attack", "dyad", "defeat/N", "war/N on|against|in", "possible action"),
    *_t("attack", "dyad", "military threat|confrontation|escalation", "armed confrontation"),
    *_t("attack", "dyad", "fight/N against", "rebellion|uprising|insurgency against"),
    *_t("attack", "dyad", "topple/V", "ram/V", "harass/V", "target/V"),
    # "jets hit targets near Damascus", "drones pounded Kyiv", "fired water cannon at a
    # vessel", "the raid killed three soldiers"
    *_t("attack", "dyad", "hit/V ~ target|position|base|facility|site|depot|convoy|vessel|ship"),
    *_t("attack", "dyad", "hit/V ~ infrastructure|city|town|village|airport|port|tanker"),
    *_t("attack", "dyad", "hit/V ~ refinery|plant|factory|bridge|airbase|airfield|headquarters"),
    *_t("attack", "dyad", "bombard/V", "hit/V ~ warehouse|camp|compound|substation|grid"),
    *_t("attack", "dyad", "pound/V", "fire/V ~ at|on", "kill/V ~~ soldier|troop|serviceman"),
    *_t("attack", "dyad", "hit/V ~ hospital|school|building|market|station|train|home|house"),
    # "a Russian missile hit ...": a weapon that struck; "came under fire from": the fired on
    *_t("attack", "dyad", "missile|drone|rocket|shell|bomb|projectile ~ ^hit|strike|slam/V"),
    *_t("attack", "dyad", "under ^fire|shelling/N"),
    # "the hospital, which was hit by a Russian missile": struck by a weapon
    *_t("attack", "dyad", "^hit|strike|shell|bomb|target/V by ~~ missile|drone|rocket|airstrike"),
    # (not "by airstrikes": the noun reads its own sides; "rocked" only as a passive: "Odesa
    # rocked by missiles" is parsed active, and "rocked by protests" is no blow)
    *_t("attack", "dyad", "^pound|pummel|batter|hammer|blitz/V by ~~ $MISSILES"),
    *_t("attack", "dyad", "be ~ ^rock/V by ~~ $MISSILES"),
    # blows said with verbs of many senses, read only where they fall on a place or a force or
    # are dealt with arms: "pummelled militant positions", "hammered Kyiv with drones",
    # "rained missiles on the port", "lobbed rockets at the town", "stormed the camp" (not
    # "hammered out a deal", "battered by storms", "stormed out of the talks")
    *_t("attack", "dyad", "pummel|batter|hammer|blitz|pelt|strafe|blast|pound/V ~ $STRUCK"),
    *_t("attack", "dyad", "storm|overrun/V ~ $STRUCK|village|town|city|settlement"),
    *_t("attack", "dyad", "$MISSILES|warplane|jet|airstrike ~ ^pummel|batter|hammer|blitz/V"),
    # dealt with arms: "hammered Kyiv with dozens of drones", "pounded the port with glide
    # bombs" (the arms right after "with" or after "of": not "with sanctions over drone sales")
    *_t("attack", "dyad", f"^{POUNDED}/V ~~ with ?{ARMS_KINDS} $MISSILES|airstrike"),
    *_t("attack", "dyad", f"^{POUNDED}/V ~~ with ~ of ?{ARMS_KINDS} $MISSILES|airstrike"),
    *_t("attack", "dyad", "^rain/V ~~ $MISSILES ~ on|upon|down", "^rain/V down ~~ $MISSILES"),
    *_t(
        "attack", "dyad", "^drop/V ~~ bomb|munition|shell|explosive ~ on|over"
    ),  # "dropped bombs on"
    # ("launched its new drone at the air show": "launch" only as "launch ~ missile" above)
    *_t("attack", "dyad", "^lob|hurl|fire|unleash/V ~~ $MISSILES ~ at|toward|towards"),
    *_t("attack", "dyad", "^lob|hurl|unleash/V ~~ $MISSILES ~ on|into"),
    # "fired artillery rounds near the island", "fired warning shots at a fishing boat"
    *_t("attack", "dyad", "^fire/V ~ artillery|round|shot|volley ~ at|toward|towards|near|into"),
    # a town besieged or encircled, a patrol ambushed, a commander assassinated, a jet downed
    # (not "besieged by reporters")
    *_t("attack", "dyad", "$TROOPS ~~ ^besiege|encircle|surround/V", "lay/V ~ siege to"),
    *_t("attack", "dyad", "besiege|encircle/V ~ $STRUCK|city|town|village|port|enclave"),
    *_t("attack", "dyad", "siege/N of"),
    *_t("attack", "dyad", "encirclement/N of", "ambush/V", "ambush/N on|of"),
    *_t("attack", "dyad", "assassinate/V", "assassination/N of", "targeted killing"),
    *_t("attack", "dyad", "down/V ~~ $ARMS|plane|balloon|helicopter|airliner"),
    # "the onslaught on the town", "a counteroffensive against the invaders" (only with its
    # target: a counteroffensive of no side named is guessed to be on whoever is near)
    *_t("attack", "dyad", "counteroffensive|counterattack/N against|toward|towards"),
    *_t("attack", "dyad", "onslaught/N", "blitz/N on|against"),
    # forces moving on the enemy: "troops advanced into the city", "tanks pushed toward"
    *_t("attack", "dyad", "$TROOPS|tank ~~ ^advance|push|march/V into|on|toward|towards"),
    *_t("attack", "dyad", "tank ~~ ^roll/V into"),  # "Israeli tanks rolled into Rafah"
    # "blasted the vessel with water cannon", "used water cannon against a supply boat"
    *_t("attack", "dyad", "^blast|spray|douse|hit|target/V ~~ with ~ water cannon"),
    *_t("attack", "dyad", "^use|fire/V ~ water cannon ~ against|at|on"),
    *_t("attack", "mutual", "fighting|clash|war|hostility|conflict between|with"),
    *_t("attack", "mutual", "clash/N", "war/N", "hostility/N", "fighting/N", "fight/V"),
    *_t("attack", "mutual", "clash/V"),  # "the two armies clashed along the border"
    # "skirmished along the border", "a firefight between troops and militants" (a noun only
    # with the sides it is between: not "fans were involved in a skirmish outside the stadium")
    *_t("attack", "mutual", "skirmish|firefight|gunfight/N ~ between|with ~~ $TROOPS|$PROXIES"),
    *_t("attack", "mutual", "skirmish/V"),
    # "the decades-old Eritrean-Ethiopian conflict", "weeks of confrontations at sea"
    *_t("attack", "mutual", "conflict/N", "confrontation/N"),
    # "should an armed conflict break out"; "the two armies exchanged fire"
    *_t("attack", "mutual", "armed|military conflict", "exchange/V ~ fire|gunfire|strike"),
    *_t("attack", "mutual", "combat/N with|against"),
]
