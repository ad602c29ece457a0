"""Triggers of ties between states: backing in words, cooperation, ties reduced or cut
(embargoes, envoys expelled, arms and aid held back), and talks.

All read the ``dyad`` frame. A few rows of security assistance stay where they always stood,
among the words of backing: money allocated for security, and "support its defence", help in
deeds beside the support in words. ``ATTENDED`` is also read by ``arguments/dyad.py``,
``HALTED`` by ``away/ties.py``.
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t
from pactwatch.extraction.lexicon.word_classes import DECLARING

# "Moldova's foreign minister attended the NATO meeting": a partner at a bloc's table
ATTENDED = "attend|participate/V ~~ $MEETING"
# envoys a state sends: expelled, they cut ties ("expelled two French diplomats", "the chargé
# d'affaires": by its second word, since "chargé" folds into "charge", and "expelled a
# journalist on espionage charges" expels no envoy)
ENVOYS = "diplomat|ambassador|envoy|attache|attaché|attachés|attaches|consul|d'affaires|d'affaire"
# verbs that hold back arms or help, and the flows held back ("paused weapons shipments")
HALTED = "pause|halt|suspend|freeze|stop|cancel|withhold|restrict|end"  # ("block": its own type)
SUPPLIES = "shipment|delivery|sale|export|supply|transfer|licence|license|permit|purchase"
# talks that end in an agreement or an understanding: whether or not they reach it, they were
# held ("failed to reach an agreement", "have not yet reached an understanding")
REACHING = ("reach ~ agreement", "reach ~ understanding")

# what good ties are said to be
GOOD_TIES = "strong|stronger|robust|close|closer|excellent|solid|warm|warmer|good|friendly"

# a bare active "support", kept by away.ties only with an actor as its object
BARE_SUPPORT = "support/V"

TRIGGERS: list[Trigger] = [
    *_t("cooperate", "dyad", ATTENDED),
    *_t("political_support", "dyad", "rhetorical|verbal|moral ^support/N"),
    # "$20 million allocated for policing and security in Tonga": money set aside for security
    *_t("security_assistance", "dyad", "allocate|earmark/V ~~ security|defense|military|policing"),
    *_t("political_support", "dyad", "political backing|support", "express ~~ support|solidarity"),
    *_t("political_support", "dyad", "back|endorse|support ~ bid|candidacy|sovereignty|vote"),
    *_t("political_support", "dyad", "offer ~ backing|support", "voice ~ support|solidarity"),
    *_t("political_support", "dyad", "back/V", "welcome/V", "champion/V", "side/V with"),
    # support said in the passive names who gives it: "the government, which is openly
    # supported by Turkey" (bare active "support" is left out: "support the proposal")
    *_t("political_support", "dyad", "be ~ ^support/V by"),
    # ... but a bare active "support" with an actor as its object ("fully supports the
    # Philippines"): away.ties keeps it only then
    *_t("political_support", "dyad", BARE_SUPPORT),
    *_t("political_support", "dyad", "endorse/V", "throw ~ support|weight behind"),
    *_t(
        "political_support",
        "dyad",
        "stand/V with|behind",
        "stand/V firmly|squarely|resolutely|solidly with|behind",
    ),  # "the EU stands with Moldova"
    *_t("political_support", "dyad", "recognition|recognize/V ~~ independence", "full support"),
    # "recognised the breakaway region as an independent state"
    *_t("political_support", "dyad", "recognize/V ~~ as ~~ independent|sovereign ~ state|republic"),
    *_t("political_support", "dyad", "promise ~ membership", "diplomatic cover|support"),
    *_t("political_support", "dyad", "support/V ~ application|accession|membership|integrity"),
    # "would back both applicants' membership bids", with a long name between
    *_t("political_support", "dyad", "support/V ~~ bid|candidacy"),
    *_t(
        "political_support",
        "dyad",
        "affirm|reaffirm|reconfirm|reiterate|pledge|declare ~~ support|backing",
    ),
    *_t("political_support", "dyad", "support/N for ~~ integrity|sovereignty|application"),
    *_t("political_support", "dyad", "support/N for ~~ position|stance|cause|bid|candidacy"),
    *_t("political_support", "dyad", "support/N for ~~ right to"),  # not "far-right parties"
    *_t("political_support", "dyad", "open ~ door to"),  # "reluctant to open the door to Kyiv"
    # "his declaration of support for Baku", "a clear signal of backing for Moldova"
    *_t("political_support", "dyad", f"{'|'.join(sorted(DECLARING))} of ~ ^support|backing/N"),
    *_t("political_support", "dyad", "support/V ~~ leadership|government|right|response|stance"),
    # "supports the leadership's determination", "supports Seoul's position on"
    *_t("political_support", "dyad", "support/V ~~ determination|position|policy|decision"),
    *_t("political_support", "dyad", "support/V ~~ choice|aspiration|course|initiative"),
    *_t("political_support", "dyad", "applaud|laud|praise|hail|commend/V", "solidarity/N with"),
    # "congratulated Helsinki on joining", "the first to formally recognize Somaliland"
    *_t("political_support", "dyad", "congratulate/V", "recognize|recognise/V"),
    *_t("political_support", "dyad", "in ^support/N of", "backing/N to|for"),
    *_t("political_support", "dyad", "backer|supporter/N of", "respect/V ~ sovereignty|integrity"),
    # "Iran is Armenia's closest supporter", "Moscow, Haftar's main patron": the
    # one who is it backs the one whose it is (``_role``)
    *_t("political_support", "dyad", "supporter|backer|patron/N"),
    *_t("political_support", "dyad", "in favor|favour of ~ membership|accession|bid|application"),
    # an objection to another's bid given up: "lifted its veto on Sweden's membership",
    # "dropped its objections to Finland's bid"
    *_t("political_support", "dyad", "lift|drop|withdraw|abandon ~ ^veto|objection|opposition"),
    # "to support Estonia's defence", "support the build-up of its navy", "units supporting
    # the counteroffensive": help to a side's forces in what they do, not words of backing
    *_t("security_assistance", "dyad", "support/V ~ defense|defence|buildup|offensive"),
    *_t("security_assistance", "dyad", "support/V ~ build - up", "support/V ~ rebuilding"),
    *_t("security_assistance", "dyad", "support/V ~ counterattack|counteroffensive|army|military"),
    *_t("cooperate", "dyad", "strengthen|deepen|expand|boost|bolster|build ~ $TIES"),
    *_t(
        "cooperate",
        "dyad",
        "enhance|upgrade|intensify|develop|forge|seek|broaden|widen|cement ~ $TIES",
        "establish|elevate ~ $TIES",
        "grow|improve|foster|nurture|solidify|consolidate|reinforce|advance ~ $TIES",
        "step up ~ $TIES",
    ),
    *_t("cooperate", "dyad", "cooperate/V", "work/V with", "partner/N", "ally/N"),
    *_t("cooperate", "dyad", "strengthening|deepening|expansion|intensification of ~ $TIES"),
    *_t("cooperate", "dyad", "coordinate/V closely with", "coordinate/V with"),
    *_t(
        "cooperate", "dyad", "joint exercise|drill|force|grouping|system|program", "hold ~~ $DRILL"
    ),
    *_t(
        "cooperate",
        "dyad",
        "begin|start|launch ~~ $DRILL",
        # "hosts the Moscow-led security bloc's command drills": a long name between
        "host|conduct|stage ~~~ $DRILL",
        "kick/V off ~~ $DRILL",
        "restore|resume|revive ~ $TIES",
    ),
    *_t("cooperate", "dyad", "military|defense|security|bilateral|strategic cooperation"),
    *_t("cooperate", "dyad", "move closer to", "closer to", "draw ~ closer", "turn ~ to"),
    # "donors will stop supporting the junta"
    *_t("reduce_cooperation", "dyad", "stop|cease|halt/V ~ ^support|supporting"),
    *_t(
        "cooperate",
        "dyad",
        "collaborate/V",
        "work/V together|jointly",
        "jointly ^develop|build|produce/V",
        "coproduce|codevelop",  # "will co-produce engines"
        "train|fight|work|serve/V side by side",
        "share/V ~~ intelligence",
        "joint ~ exercise|drill|patrol",  # "joint air and naval exercises"
        "team/V up",
        "joint sail|patrol",
    ),
    # "Australian and Indian troops trained together", "the navies will patrol jointly"
    *_t("cooperate", "dyad", "train|exercise|drill|patrol|sail|operate/V together|jointly"),
    # "the drills began with the participation of Kyrgyzstan and Tajikistan": those taking part
    *_t("cooperate", "dyad", "$DRILL ~~~ with ~ ^participation of"),
    # "drills the CSTO forces will hold", "the exercises were conducted near", "manoeuvres,
    # which kicked off on Monday": the drill named before its verb
    *_t("cooperate", "dyad", "$DRILL ~~ ^hold|conduct|stage|host/V"),
    *_t("cooperate", "dyad", "$DRILL ~~~ be ^hold|conduct|stage|host/V"),
    *_t("cooperate", "dyad", "$DRILL ~~ ^begin|start|kick|open/V"),
    *_t("cooperate", "dyad", "joint training|patrolling|operation|operations"),
    # "will conduct naval patrols", "troops from three states took part in the drills"
    *_t(
        "cooperate",
        "dyad",
        "conduct|hold|stage ~~ ^patrol/N",
        "take part in ~ $DRILL",
        "participate in ~ $DRILL",
    ),
    # "our continuing operations together", "will enhance bilateral operations"
    *_t("cooperate", "dyad", "bilateral|trilateral|combined ^operation/N", "operation/N together"),
    *_t("cooperate", "dyad", "maintain|enjoy|keep|share|cultivate ~ ^$TIES", "work/V ~ with"),
    *_t(
        "cooperate",
        "dyad",
        # (an adverb between, not a verb: "has also fostered close links" is fostering's)
        "have ?also|long|always|historically|traditionally|now|still ?a|an|such "
        "?very|particularly|especially|extremely|most|more "
        "close|strong|good|deep|friendly|warm|longstanding|strategic ~ ^$TIES",
    ),
    *_t(
        "cooperate",
        "dyad",
        "build/V on|upon ~~ $TIES",
        "military|defense|security ~ tie|partnership|relationship|relation",
    ),
    *_t("cooperate", "dyad", "joint military|naval|air|maritime exercise|drill|patrol|training"),
    # "a joint military force", "the combined joint expeditionary force" ("joint force" above)
    *_t("cooperate", "dyad", "joint military|expeditionary|armed|rapid|standby|regional ^force"),
    *_t("cooperate", "dyad", "advance|accelerate|increase|pursue|promote|further/V ~ $TIES"),
    *_t("cooperate", "dyad", "improve ~ $TIES", "upgrade/N of ~ $TIES"),
    *_t("cooperate", "dyad", "closeness/N to|with", "alignment/N between|with|among"),
    # "an old alliance between the two states" (not "joined the alliance with
    # Sweden's support", where "with" is the joining's)
    *_t("cooperate", "dyad", "alliance/N between"),
    # "agreed to coordinate their nuclear deterrents"
    *_t("cooperate", "dyad", "coordinate/V ~ deterrent|effort|policy|position|action|response"),
    *_t("cooperate", "dyad", "reorient|pivot|tilt ~ toward|towards|to", "align/V ~ with"),
    # "signals warmer ties with Hanoi", "overtures to Brussels"
    *_t("cooperate", "dyad", "closer|greater|deeper|stronger|warmer ^$TIES/N with|to"),
    *_t("cooperate", "dyad", "overture/N to|toward|towards"),
    # ties said to be good: "our ties with Delhi are stronger than at any time", "relations
    # between Moscow and Beijing remain strong" (not "remain tense")
    *_t("cooperate", "dyad", f"^$TIES/N with|between ~~~ be|remain ~ ?more|still {GOOD_TIES}"),
    *_t("cooperate", "dyad", "shift ~~ toward|towards", "edge/V ~ closer"),
    *_t("cooperate", "dyad", "bring ~ into ~ orbit", "$TIES ~~ grow|growth|improve"),
    *_t("cooperate", "dyad", "cooperation/N", "retain ~ $TIES", "framework for ~ cooperation"),
    # collaboration and a partnership are cooperation said otherwise: "deeper collaboration
    # between the two nations", "a roadmap for military collaboration", "a strategic
    # partnership between their defence industries", "the partnership with Australia"
    *_t("cooperate", "dyad", "collaboration/N", "partnership/N with|between"),
    *_t("cooperate", "dyad", "stand ~ shoulder to shoulder", "coordination/N with|between"),
    *_t("cooperate", "dyad", "value|cherish/V ~~ $TIES"),
    *_t("cooperate", "dyad", "shore up ~ $TIES", "court/V ~ $TIES", "allied/A to|with"),
    *_t("cooperate", "dyad", "join/V force", "combine/V ~ effort", "joint ~~ effort"),
    # "will jointly procure submarines", "pooled their air forces", "agreed to integrate their
    # air defences", "exchange classified intelligence", "trained alongside Philippine
    # sailors", "closer security coordination", "joint war games"
    # (arms bought together: not "will jointly purchase gas")
    *_t("cooperate", "dyad", "jointly ^procure|manufacture|design|purchase|acquire|buy/V ~~ $ARMS"),
    *_t("cooperate", "dyad", "jointly ^procure|manufacture|purchase|acquire|buy/V ~~ defense"),
    *_t("cooperate", "dyad", "pool/V their ~~ force|capability|asset|procurement|defense"),
    # resources pooled only on arms: "pooled their resources on a drone" (not "to build a
    # space rocket", "for the election")
    *_t("cooperate", "dyad", "pool/V their ~ resource on|for ~~ $ARMS|defense|military"),
    *_t("cooperate", "dyad", "integrate|merge/V their ~~ defense|force|military|army|navy|command"),
    *_t("cooperate", "dyad", "exchange/V ~~ intelligence"),
    *_t("cooperate", "dyad", "train|exercise|drill|patrol|sail|operate|fight/V alongside"),
    *_t("cooperate", "dyad", "security|military|defense ^coordination/N"),
    *_t("cooperate", "dyad", "coordinate/V ~ defense|operation|strategy"),
    *_t("cooperate", "dyad", "joint ~ war ^game/N", "hold|conduct|stage|host ~~ war ^game/N"),
    *_t(
        "cooperate",
        "dyad",
        "create|establish ~ joint",
        "set up ~ joint",
        "creation of ~~ joint",
        "coordinate/V ~~ program",
    ),
    *_t("reduce_cooperation", "dyad", "reduce|cut|downgrade|curtail|scale ~ $TIES"),
    *_t("reduce_cooperation", "dyad", "sever ~~ $TIES", "close|shut ~ border ~ with|to"),
    *_t("reduce_cooperation", "dyad", "narrow|limit|minimize|minimise ~ $TIES"),
    # "postponed a joint military exercise with Georgia", "the drills were called off"
    *_t("reduce_cooperation", "dyad", "postpone|cancel|scrap|suspend|halt/V ~~ $DRILL"),
    # "eliminated their springtime drills", "discontinued the joint exercises"
    *_t("reduce_cooperation", "dyad", "eliminate|discontinue|stop|drop/V ~~ $DRILL"),
    *_t("reduce_cooperation", "dyad", "call/V off ~~ $DRILL", "$DRILL ~~ be/V ^call/V off"),
    *_t("reduce_cooperation", "dyad", "$DRILL ~~ be/V ^postpone|cancel|scrap|suspend/V"),
    *_t("reduce_cooperation", "dyad", "suspend|limit|halt|end|freeze ~ cooperation|$TIES"),
    *_t("reduce_cooperation", "dyad", "cease|stop ~ cooperation|$TIES"),  # "cease cooperation"
    # "suspended military-to-military talks with", "relations were downgraded"
    *_t("reduce_cooperation", "dyad", "suspend|halt|freeze/V ~~ talk|consultation ~ with"),
    *_t("reduce_cooperation", "dyad", "$TIES ~~ be ^downgrade|sever|suspend|freeze/V"),
    *_t("reduce_cooperation", "dyad", "distance ~ from", "turn away from", "move away from"),
    *_t("reduce_cooperation", "dyad", "pull|drift|walk/V away from"),
    *_t("reduce_cooperation", "dyad", "shift|pivot|move ~~ away from", "further|farther|far from"),
    *_t("reduce_cooperation", "dyad", "drift/V away|from", "disengage/V", "estrangement"),
    *_t("reduce_cooperation", "dyad", "snub/V", "cool/V on|toward", "fall out with"),
    *_t("reduce_cooperation", "dyad", "halt in ~ cooperation", "cooperation ~ cease|stop"),
    *_t("reduce_cooperation", "dyad", "recall ~ representative|staff|ambassador|envoy"),
    *_t("reduce_cooperation", "dyad", "!refuse to ^name|appoint|fill", "!refuse to ^take up"),
    *_t("reduce_cooperation", "dyad", "renounce ~ quota|post|seat", "reconsider ~ $TIES"),
    *_t("reduce_cooperation", "dyad", "freeze|suspend|halt|cut ~ support|aid|assistance"),
    *_t(
        "reduce_cooperation",
        "dyad",
        "!not|n't ^take part in ~ cooperation|activity",
        "!not|n't ^participate in ~ cooperation|activity",
    ),
    *_t(
        "reduce_cooperation",
        "dyad",
        "!not|n't ^take part in ~ cooperate",
        "!not|n't ^participate in ~ cooperate",
    ),
    *_t("reduce_cooperation", "dyad", "break/V with", "rupture/N", "sever ~ cord"),
    *_t("reduce_cooperation", "dyad", "break off ~ $TIES"),
    # "talk of breaking their defence ties with Moscow", "cut its connections with Paris",
    # "ended the military partnership with Washington"
    *_t("reduce_cooperation", "dyad", "break/V ~ $TIES", "sever|cut/V ~~ connection/N"),
    *_t("reduce_cooperation", "dyad", "terminate|end/V ~ partnership|cooperation"),
    *_t("reduce_cooperation", "dyad", "impose|slap|introduce|extend ~~ embargo"),
    *_t("reduce_cooperation", "dyad", "ban/N on ~ import|export|flight|overflight"),
    # "closed its airspace to Malian aircraft", "banned Chadian cargo flights"
    *_t("reduce_cooperation", "dyad", "close ~ airspace to", "ban|forbid|bar/V ~ flight|aircraft"),
    # trade cut with a state: "banned all imports from Kenya", "suspended trade with Spain"
    *_t("reduce_cooperation", "dyad", "ban|forbid|bar|halt|suspend|freeze/V ~ import|export|trade"),
    *_t("reduce_cooperation", "dyad", "delivery|supply|cooperation ~~ dry|stop|halt|cease"),
    # diplomats expelled, embassies shut: "expelled two French diplomats", "declared the
    # attaché persona non grata", "closed its embassy in Tehran"
    *_t("reduce_cooperation", "dyad", f"expel|evict|oust/V ~~ {ENVOYS}"),
    *_t(
        "reduce_cooperation",
        "dyad",
        f"expulsion/N of ~~ {ENVOYS}",
        "declare/V ~~ persona non grata",
    ),
    *_t("reduce_cooperation", "dyad", "close|shut/V ~~ embassy|consulate"),
    # a state put out of a programme of arms: "boot Turkey out of the F-35 program", "removed
    # Ankara from the fighter programme"
    *_t(
        "reduce_cooperation",
        "dyad",
        "^boot|kick|remove|expel|exclude/V ~~~ from|of ~~ program|programme",
    ),
    *_t("reduce_cooperation", "dyad", "closure|closing/N of ~~ embassy|consulate"),
    # arms and help held back: "paused weapons shipments to Kyiv", "blocked the export of F-35
    # parts to Israel", "called off the sale of drones", "stopped military aid", "cut off
    # intelligence sharing"
    *_t("reduce_cooperation", "dyad", f"^{HALTED}/V ~~ $ARMS|military ~ {SUPPLIES}"),
    *_t("reduce_cooperation", "dyad", f"^{HALTED}/V ~ {SUPPLIES} of ~~ $ARMS|part|component"),
    *_t("reduce_cooperation", "dyad", f"call/V off ~ {SUPPLIES} of ~~ $ARMS"),
    *_t("reduce_cooperation", "dyad", f"^{HALTED}/V ~ military|security ~ aid|assistance|support"),
    # "halting training of Turkish pilots", "suspended joint exercises with Seoul"
    *_t("reduce_cooperation", "dyad", f"^{HALTED}/V ~ training|exercise|drill"),
    *_t("reduce_cooperation", "dyad", f"^{HALTED}|cut/V ~~ intelligence ?- sharing"),
    *_t("reduce_cooperation", "dyad", "downgrade/V ~~ representation"),
    # "is scaling back aid to Ukraine", "cut military assistance to Cairo"
    *_t("reduce_cooperation", "dyad", "scale/V back|down ~~ aid|assistance|support|cooperation"),
    *_t("reduce_cooperation", "dyad", "reduce|cut/V ~ military|security ~ aid|assistance"),
    *_t("reduce_cooperation", "dyad", "ban|forbid|bar/V ~ ship|vessel|warship|truck|lorry"),
    *_t("negotiate", "dyad", "negotiate/V", "hold|open|start|begin|launch|conclude ~ talk"),
    *_t("negotiate", "dyad", "in ^talk with|on|over", "talk/N with|between|on"),
    *_t("negotiate", "dyad", "negotiation/N", "discuss ~ $AGREEMENT", "talk/N"),
    # "progress towards a peace agreement", "discussions about the plan", "reviewed relations",
    # "the talks were held in Doha"
    *_t("negotiate", "dyad", "progress ~~ toward|towards|on ~~ $AGREEMENT|settlement"),
    *_t("negotiate", "dyad", "^summit|meeting|talk ~~ be hold/V"),
    *_t("negotiate", "dyad", "hold|have ~ video|phone ^call/N"),
    *_t("negotiate", "dyad", "work/V out ~~ $AGREEMENT", "hammer/V out ~~ $AGREEMENT"),
    # initialling a text closes its negotiation before the signing: "initialled the agreed text"
    *_t("negotiate", "dyad", "initial|initialle/V ~~ text|$AGREEMENT", "initialling|initialing/N"),
    *_t("negotiate", "dyad", "$AGREEMENT ~~ be ^initial|initialle/V"),
    # "the text of the peace treaty was finalized": the words agreed, nothing signed
    *_t("negotiate", "dyad", "text|draft|wording ~~ $AGREEMENT ~~ be ^finalize|agree/V"),
    *_t("negotiate", "dyad", "agree upon|on", "mediate/V", "explore ~~ deal|agreement"),
    # "reached an agreement in principle on the pact": terms agreed, not yet signed
    *_t("negotiate", "dyad", "agreement|deal|accord in principle", "agree/V in principle on|upon"),
    # "plans to pursue a similar pact with Canada", "other agreements are in the works",
    # "presented the peace plan to Kyiv", "is seeking changes to the draft"
    *_t("negotiate", "dyad", "pursue/V ~~ pact|agreement|deal|accord|treaty"),
    *_t("negotiate", "dyad", "$AGREEMENT ~~ in the ^work/N"),
    *_t("negotiate", "dyad", "present|submit|hand/V ~~ plan|proposal|draft ~ to"),
    *_t("negotiate", "dyad", "seek|propose|request/V ~ change|amendment|revision to ~ draft|text"),
    *_t("negotiate", "dyad", "accept ~ proposal", "meeting of ~ leader", "meet/V"),
    *_t("negotiate", "dyad", REACHING[0], "talk/V with"),
    *_t("negotiate", "dyad", "^talk/V about ~~ with"),  # "talk about it" is only speaking
    *_t("negotiate", "dyad", "discussion/N with|between|on", "dialogue|dialog/N with|between"),
    # "a year of diplomacy between them", "a diplomatic push by both capitals"
    *_t("negotiate", "dyad", "diplomacy/N", "diplomatic ^effort|push|initiative/N"),
    *_t("negotiate", "dyad", "engage/V with", "broker/V", "meeting/N with|between"),
    *_t("negotiate", "dyad", "summit/N with|between"),
    *_t("negotiate", "dyad", "phone|telephone|telephonic call|conversation", REACHING[1]),
    *_t("negotiate", "dyad", "discuss/V ~~ supply|delivery|deal|cooperation|security|defense"),
    # "discussed the revised text of the accord", "brought the junta to the negotiating table",
    # "an effort to secure a truce"
    *_t("negotiate", "dyad", "discuss/V ~~ agreement|treaty|pact|accord|draft"),
    # "had discussed the matter with the bloc's secretary-general"
    *_t("negotiate", "dyad", "discuss/V ~~ with"),
    *_t("negotiate", "dyad", "to the ~ negotiating|dialogue|negotiation|peace ^table/N"),
    *_t("negotiate", "dyad", "secure|broker|negotiate/V ~ truce|ceasefire"),
    *_t("negotiate", "dyad", "initial|initialle|initialed|initialled/V ~ $AGREEMENT"),
    # "spoke by phone with the emir", "hosted talks", "held a meeting in Moscow"
    *_t("negotiate", "dyad", "^speak|talk/V by|on|over ~ phone|telephone", "phone/V"),
    *_t("negotiate", "dyad", "speak/V with"),  # "Erdogan spoke with Zelensky about the corridor"
    *_t(
        "negotiate",
        "dyad",
        "host/V ~ meeting|talk|discussion|consultation",
        "hold/V ~ meeting|discussion|consultation",
    ),
]
