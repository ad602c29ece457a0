"""The words the reader knows: its event triggers, and the word classes its argument rules read.

The cues of certainty, time, conditions and sources are in ``cue_words.py``; the words by which
a reading is no event of its type, in ``away_words.py``.

The package is one module per family of events, each with its triggers and the patterns the
argument rules read by name: ``membership`` (joining, applying, leaving and notice of it,
suspension, expulsion, membership frozen and resumed, drills and meetings skipped, dues withheld,
accessions blocked), ``presence`` (forces deployed, hosted and withdrawn, and bases), ``arms``
(arms supplied, bought and received, and security assistance), ``ties`` (backing in words,
cooperation, ties reduced or cut, talks), ``statements`` (warnings, accusations, requests,
commitments to defend).

Under them, ``patterns`` is how a trigger is written (the pattern language, ``Frame``, ``Trigger``,
the named sets ``SETS`` and ``WORDS``), ``forms`` the spellings and inflections folded before
matching, and ``word_classes`` the other word classes the argument rules read (``LIGHT``,
``INTENT``, ...). This module joins the triggers into ``TRIGGERS``, in the order the reader has
always had them (a trigger's place is its matcher id, and which of two matches is kept and the
learned filter's features follow it), and builds ``VERB_OF`` from every pattern.
"""

from __future__ import annotations

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon import arms, membership, presence, statements, ties
from pactwatch.extraction.lexicon.forms import verb_forms
from pactwatch.extraction.lexicon.patterns import SETS, Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# troops killed, said without "were" as a headline says it, or with it: the troops are the
# victims ("Chad soldiers killed by militants", "Dozens of Niger soldiers were killed by")
TROOPS_KILLED = "$TROOPS ^kill/V by|in"
TROOPS_WERE_KILLED = "$TROOPS ~~ be ^kill/V"
# a body founded, said by its name
FOUNDED = "establish|found|create/V"
# verbs of blows that take the arms they are dealt with: "pounded the city with missiles"
POUNDED = "pound|pummel|batter|hammer|blitz|pelt|bombard|hit"  # ("strike" a deal with ...)
ARMS_KINDS = "ballistic|cruise|glide|attack|kamikaze|hypersonic|guided|heavy|artillery|drone"
ARMS_KINDS += "|rocket|air|aerial|precision"
SEEKING = "gain|secure|get|win|obtain|seek|need|receive|require"
CONSENT = "approval|consent|nod|blessing|backing"  # the approval of a state's entry

TRIGGERS: list[Trigger] = [
    *membership.TRIGGERS,
    *presence.TRIGGERS,
    *arms.TRIGGERS,
    *ties.TRIGGERS,
    *statements.TRIGGERS,
    # conflict
    *_t("attack", "dyad", "attack/V", "invade", "bomb/V", "shell/V", "strike/V", "occupy/V"),
    *_t(
        "attack",
        "dyad",
        "launch|wage|conduct ~ offensive|operation|attack|war|campaign",
        "carry out ~ offensive|operation|attack|occupation",
    ),
    *_t("attack", "dyad", "resolve ~ militarily", "use ~ force against", "liberate/V"),
    *_t("attack", "dyad", "open ~ fire ~~ on|at", "fire/V on|at", "return/V fire"),
    *_t("attack", "dyad", "violate|breach|enter|intrude/V ~~ airspace", "airspace violation"),
    *_t("attack", "dyad", "shoot|bring down ~~ $ARMS|plane|balloon"),
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
    *_t("attack", "dyad", "^fire|launch/V ~ missile|rocket|drone|salvo|barrage|strike"),
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
        "attack", "dyad", "^drop/V ~ bomb|munition|shell|explosive ~ on|over"
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
    *_t("peace_deal", "agreement", "peace deal|treaty|agreement|accord", "ceasefire|truce"),
    *_t("peace_deal", "agreement", "cessation of ~ hostility|fire", "armistice"),
    *_t("peace_deal", "agreement", "normalize ~ relation", "normalization/N"),
    *_t("peace_deal", "agreement", "$AGREEMENT ~~ end|halt/V ~~ fighting|war|hostility|conflict"),
    *_t("peace_deal", "agreement", "$AGREEMENT ~~ end|halt/V ~~ skirmish|clash|violence"),
    # "agreed to halt attacks on shipping", "failed to agree to stop the fighting", "the two
    # sides vowed to end all hostilities for good"
    *_t("peace_deal", "agreement", "agree/V to ~ halt|stop|cease|end ~~ fighting|attack|hostility"),
    *_t("peace_deal", "agreement", "pledge|vow|commit/V to ~ halt|stop|cease|end ~~ hostility"),
    # "a lasting political settlement", "brokered a truce between the two"
    *_t("peace_deal", "agreement", "peace|political|final|negotiated ^settlement/N"),
    *_t("peace_deal", "agreement", "broker/V ~ peace|ceasefire|truce|armistice"),
    # agreement life cycle
    *_t("sign", "agreement", "sign/V", "ink/V", "conclude|clinch|reach|seal ~~ $AGREEMENT"),
    *_t("sign", "agreement", "signing/N", "signature/N", "signatory/N", "adoption of"),
    *_t("sign", "agreement", "form ~ pact|alliance|bloc|confederation", "contract/N"),
    # "the ceasefire agreement reached in 2008": one reached is concluded, no talk
    *_t("sign", "agreement", "$AGREEMENT ~ ^conclude|ink|clinch|sign|seal|reach/V"),
    # "the declaration adopted by the summit", "a deal was reached on Friday"
    *_t("sign", "agreement", "adopt/V ~~ $AGREEMENT", "$AGREEMENT ~ ^adopt/V"),
    *_t("sign", "agreement", "$AGREEMENT ~~ be ~ ^reach/V"),
    # "the conclusion of the new defence agreement": one concluded is signed
    *_t("sign", "agreement", "conclusion/N of ~~ $AGREEMENT"),
    # a partnership concluded or formalised is one put to paper: "an officially concluded
    # strategic partnership", "the partnership was formalised in 2002 with an agreement"
    *_t("sign", "agreement", "conclude|formalize ~ partnership", "partnership ~~ ^formalize/V"),
    *_t("sign", "agreement", "partnership ~~ be ^conclude/V"),
    # "struck a security pact", "the deal, struck in January", "entered into an agreement"
    *_t("sign", "agreement", "strike/V ~ $AGREEMENT", "$AGREEMENT ~ ^strike/V"),
    *_t("sign", "agreement", "enter/V into ~~ $AGREEMENT", "$AGREEMENT ~ be ^enter/V into"),
    *_t("sign", "agreement", "put ~ pen to paper"),  # "put pen to paper on the treaty"
    *_t("sign", "agreement", "forge/V ~ pact|alliance|agreement|accord|deal|treaty"),
    *_t("sign", "agreement", "create|establish|found|launch ~ alliance|bloc|confederation"),
    # a bloc founded by name: "the treaty that set up the CSTO in 2002" (away.py: the
    # object must be a body the knowledge base knows)
    *_t("sign", "agreement", FOUNDED),
    # "finalised the security pact", "the deal was not expected to be finalised"
    *_t("sign", "agreement", "finalize/V ~ $AGREEMENT", "$AGREEMENT ~~ be ^finalize/V"),
    # "announced the new military pact", "the security partnership, announced in 2021": a
    # pact made public is one made
    *_t(
        "sign",
        "agreement",
        "announce/V the|a|an|its|their ?new ?military|security|defense|strategic ^pact|accord",
        "announce/V the|a|an|its|their ?new ?military|security|defense|strategic ^treaty|alliance",
    ),
    *_t("sign", "agreement", "pact|accord|treaty|alliance|partnership ~ ^announce/V"),
    *_t("terminate", "agreement", "end|revoke|cancel|scrap|terminate|denounce ~~ $AGREEMENT"),
    # "the pact was annulled", "the cancellation of the accord"
    *_t("terminate", "agreement", "$AGREEMENT ~~ be/V ^annul|cancel|scrap|revoke|terminate/V"),
    *_t(
        "terminate",
        "agreement",
        "annul/V ~~ $AGREEMENT",
        "cancellation|annulment/N of ~~ $AGREEMENT",
    ),
    *_t("terminate", "agreement", "end|terminate ~ cooperation", "terminate/V", "dissolve/V"),
    *_t("terminate", "agreement", "annul", "abrogate", "tear up", "termination|dissolution"),
    *_t("terminate", "agreement", "render ~ ineffective", "expire/V", "denounce ~ $AGREEMENT"),
    # "a pact that was scrapped by Vanuatu", "could be revoked by either party"
    *_t("terminate", "agreement", "$AGREEMENT ~~ be ~ ^scrap|revoke|cancel|annul|abrogate/V"),
    # a treaty that replaces another ends it: "will supplant a bilateral agreement"
    *_t("terminate", "agreement", "replace|supersede|supplant/V ~ $AGREEMENT"),
    # "the scrapping of a frigate contract", "the cancellation of the pact"
    *_t("terminate", "agreement", "scrapping|cancellation|revocation/N of ~~ $AGREEMENT"),
    # an agreement rescinded or made void ends: "began rescinding its accords with the bloc",
    # "by nullifying the three treaties", "the invalidation of the pact"
    *_t("terminate", "agreement", "rescind|nullify|invalidate|void/V ~~ $AGREEMENT"),
    *_t("terminate", "agreement", "rescission|nullification|invalidation/N of ~~ $AGREEMENT"),
    *_t("ratify", "agreement", "ratify", "ratification", "pass ~ protocol|bill|law|treaty"),
    *_t("ratify", "agreement", "approve ~ accession|treaty|protocol|membership|bid"),
    *_t("ratify", "agreement", "approve ~ $AGREEMENT", "sign off on", "approve/V"),
    *_t("ratify", "agreement", "vote ~ to ratify|approve", "approval of"),
    # "won every member's approval to enter", "needs Turkey's consent"
    *_t("ratify", "agreement", f"{SEEKING} ~ ^{CONSENT}/N"),
    *_t("ratify", "agreement", "vote/V on|for ~ $AGREEMENT|accession|membership|it"),
    # approval said as a green light or an endorsement: "the cabinet gave the treaty the green
    # light", "secured the green light from parliament", "endorse the pact", "signed into law"
    *_t("ratify", "agreement", "^give|grant/V ~ green light", f"{SEEKING} ~ green ^light/N"),
    *_t("ratify", "agreement", "^give|grant/V ~ approval|assent ~~ $AGREEMENT"),
    *_t("ratify", "agreement", "endorse/V ~ $AGREEMENT", "sign/V ~ into law"),
    # "signed the ratification document", "signed the instrument of ratification"
    *_t("ratify", "agreement", "sign/V ~ ratification/N"),  # "signed the ratification bill"
    # "signed the protocol on the exchange of ratification instruments"; not "signed the
    # treaty, which still awaits ratification"
    *_t(
        "ratify", "agreement", "sign/V ~ protocol|instrument|document|law|decree ~~ ratification/N"
    ),
    *_t("enter_into_force", "agreement", "enter ~ force", "come into force|effect"),
    *_t("enter_into_force", "agreement", "go into force|effect", "take/V effect"),
    *_t("enter_into_force", "agreement", "take effect", "entry into force", "become ~ effective"),
    *_t("enter_into_force", "agreement", "^be|remain/V ~ in effect"),  # "has been in effect since"
    *_t("enter_into_force", "agreement", "^be|remain/V ~ in force"),  # "is legally in force"
    *_t("extend", "agreement", "extend|prolong|renew ~ mandate|treaty|agreement|lease|deal"),
    *_t("extend", "agreement", "extension|prolongation|renewal of", "extend/V", "renew/V"),
    *_t("amend", "agreement", "amend/V", "amendment/N", "enlarge ~ mission", "upgrade/V"),
    # a mission made larger or smaller: "agreed to double the mission's strength"
    *_t(
        "amend", "agreement", "increase|enlarge|expand|double|reduce ~~ size|strength of ~ mission"
    ),
    *_t("amend", "agreement", "increase|enlarge|expand|double|reduce ~ mission ~ size|strength"),
    *_t("amend", "agreement", "turn ~ into ~ confederation", "revise ~ $AGREEMENT"),
    *_t("amend", "agreement", "$AGREEMENT ~~ be/V ^revise|amend|update/V"),
    *_t("amend", "agreement", "update|modernize|overhaul/V ~~ $AGREEMENT"),
]


def _pattern_words() -> set[str]:
    words: set[str] = set()
    for trig in TRIGGERS:
        for part in trig.pattern.split():
            for alt in part.lstrip("^!?").split("/")[0].split("|"):
                if alt and alt[0].isalpha():
                    words.add(alt)
    for members in SETS.values():
        words |= set(members.split())
    return words


# Inflected forms of every word the patterns name, read as verbs: "waged" -> "wage" even where
# the lemmatizer slips ("wag"). Applied to verbs and adjectives only ("meeting" stays a noun).
VERB_OF: dict[str, str] = {}
for _w in sorted(_pattern_words() | cw.REPORTING | cw.NEGATING | cw.PROBABLE | cw.POSSIBLE):
    for _form, _base in verb_forms(_w).items():
        VERB_OF.setdefault(_form, _base)
