"""The words the reader knows: its event triggers, and the word classes its argument rules read.

The cues of certainty, time, conditions and sources are in ``cue_words.py``; the words by which
a reading is no event of its type, in ``away_words.py``.

The package is one module per family of events, each with its triggers and the patterns the
argument rules read by name: ``membership`` (joining, applying, leaving and notice of it,
suspension, expulsion, membership frozen and resumed, drills and meetings skipped, dues withheld,
accessions blocked), ``presence`` (forces deployed, hosted and withdrawn, and bases), ``arms``
(arms supplied, bought and received, and security assistance), ``ties`` (backing in words,
cooperation, ties reduced or cut, talks).

Under them, ``patterns`` is how a trigger is written (the pattern language, ``Frame``, ``Trigger``,
the named sets ``SETS`` and ``WORDS``), ``forms`` the spellings and inflections folded before
matching, and ``word_classes`` the other word classes the argument rules read (``LIGHT``,
``INTENT``, ...). This module joins the triggers into ``TRIGGERS``, in the order the reader has
always had them (a trigger's place is its matcher id, and which of two matches is kept and the
learned filter's features follow it), and builds ``VERB_OF`` from every pattern.
"""

from __future__ import annotations

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon import arms, membership, presence, ties
from pactwatch.extraction.lexicon.forms import verb_forms
from pactwatch.extraction.lexicon.patterns import SETS, Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# a deed someone says another does to inflame or wreck ("seeks to escalate the crisis",
# "to derail the talks"): the speaker's accusation; in the author's voice, no one's (sides.py)
WRECKING = (
    "^escalate/V ~ situation|tension|conflict|war|crisis",
    "^derail|torpedo|sabotage|wreck/V ~~ peace|talk|negotiation|process",
    # "was provoking violence in the north", "is stoking tensions in the region"
    "^provoke|stoke|fuel|incite/V ~ violence|conflict|escalation|war|tension|unrest|instability",
)
# what one meddles or interferes in that is another's: "meddling in its elections",
# "interfering in Georgia's internal affairs" (not "interfered in the market")
MEDDLED = "affair|election|politics|vote|referendum|campaign|matter"
# spying or sabotage said of someone, the speaker's accusation of the one so engaged or of the
# state they did it for (arguments/sides.py)
SPYING = (
    "^engage|involve/V in ~~ espionage|spying|sabotage|subversion",
    "^conduct|carry/V ~ espionage|sabotage",
)
# threats that are one only in someone's words: "the Baltic states are playing with fire",
# "Japan will pay a heavy price", "would be legitimate targets" (arguments/sides.py: not in
# the author's voice, "farmers will pay a heavy price for the drought")
SAID_THREATS = (
    "^play/V with fire",
    "^pay|face/V ~ heavy|steep|dear|terrible|unimaginable|severe price",
    "^bear|face|suffer/V ~ ?the ?full ^consequence/N",
    "legitimate ^target/N",
    "^become ~ legitimate ?military target/N",
    "^cross/V ~ red line",
    # "any attack would be met with a decisive response" (not "all options are on the table",
    # said as often of a budget)
    "^meet/V with ~ decisive|crushing|swift|forceful|firm|harsh|resolute|overwhelming ~ response",
    "^meet/V with ~ force|retaliation",
)
# blame said of a deed in someone's words: "said Moscow was meddling in its elections", "is
# weaponising migrants", "orchestrated the arson attacks", "betrayed its allies", "staged
# provocations at the border" (arguments/sides.py: in the author's voice, no one accuses)
SAID_BLAME = (
    f"^meddle|interfere/V in ~~ {MEDDLED}",
    "weaponize|weaponise/V",
    "^orchestrate|mastermind/V ~~ attack|plot|provocation|coup|campaign|sabotage|arson|bombing",
    "betray/V",
    "stage|orchestrate ~ provocation",
    # "was waging a sabotage campaign", "is waging a hybrid war against the Baltic states"
    "^wage|mount|run/V ~ sabotage|hybrid|disinformation|destabilization ~ campaign|war|operation",
    "destabilize|destabilise/V",  # "said NATO had destabilised the region"
)
# a deed of someone's called hostile, the speaker's accusation of its doer: "NATO's aggressive
# actions", "Washington's hostile policy" (only a deed whose doer is named: arguments/sides.py)
HOSTILE_DEED = "aggressive|hostile|provocative|unlawful|destabilizing ^action|policy|course|move"
HOSTILE_DEED += "|behavior|activity|conduct|step"
# ("Washington's expansionist policy", "Paris's neocolonial course")
HOSTILE_DEED = "neocolonial|imperialist|expansionist|revanchist|confrontational|" + HOSTILE_DEED
# troops killed, said without "were" as a headline says it, or with it: the troops are the
# victims ("Chad soldiers killed by militants", "Dozens of Niger soldiers were killed by")
TROOPS_KILLED = "$TROOPS ^kill/V by|in"
TROOPS_WERE_KILLED = "$TROOPS ~~ be ^kill/V"
# "would have serious consequences for regional security": a warning, where someone says it
CONSEQUENCES = "have|bring|carry|entail ~ negative|serious|grave|dire|severe ~ ^consequence/N"
# Help promised should one be attacked: the "if" is the pledge's content (modality.py).
HELP_IF_ATTACKED = "provide|render|give|offer ~~ assistance|aid|help|support ~~ if|should ~~ "
HELP_IF_ATTACKED += "attack|aggression"
# a body founded, said by its name
FOUNDED = "establish|found|create/V"
# feeling let down or angered by what another did: blame ("disappointed by", "dismayed at")
DISMAYED = "disappointed|disappoint|dismayed|dismay|outraged|angered|anger|incensed|incense"
DISMAYED += "|appalled|appal|appall|infuriated|infuriate"
DISMAYED_BY = f"^{DISMAYED} ~ by|with|at|over"  # who is blamed: arguments/dyad.py
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
    # statements
    *_t("warn", "dyad", "warn/V", "threaten/V", "caution/V", "warning/N", "threat/N of"),
    *_t("warn", "dyad", "countermeasure/N", "retaliate/V", "retaliation/N", "respond/V militarily"),
    *_t("warn", "dyad", "vow|promise|pledge|threaten ~ revenge|retribution|vengeance|reprisal"),
    # "sounded the alarm about the pact": a warning, not a worry felt
    *_t("warn", "dyad", "sound/V ~ alarm|warning"),
    # "will use all means necessary to defend itself", "take all necessary measures"
    *_t("warn", "dyad", "take|use ~ all ~ ^measure|means|mean ~ necessary"),
    *_t("warn", "dyad", "take|use ~ all ~ necessary ~ ^measure|means|mean"),
    *_t("warn", "dyad", "take|adopt ~ forceful|resolute ~ ^measure|countermeasure"),
    # "would take retaliatory measures", "issued a veiled threat to the West"
    *_t("warn", "dyad", "take|adopt ~ retaliatory ^measure|step|action/N"),
    # reciprocal steps only against someone: "reciprocal steps to ease visa rules" are friendly
    *_t("warn", "dyad", "take|adopt ~ reciprocal ^measure|step|action/N against|if"),
    *_t("warn", "dyad", "issue|make|level/V ~ ^threat/N", "veiled|nuclear ^threat/N"),
    *_t("warn", "speaker", CONSEQUENCES),  # said by someone, for a state or its security
    # "will respond firmly to a provocation", "respond to the militarization of the islands"
    *_t("warn", "dyad", "respond/V forcefully|firmly|decisively|harshly|resolutely|adequately"),
    *_t("warn", "dyad", "respond/V to ~~ violation|aggression|provocation|militarization"),
    *_t("warn", "dyad", "respond/V to ~~ deployment|stationing|placement|buildup|escalation"),
    # "vowed to respond with overwhelming force", "will answer with military-technical measures"
    *_t("warn", "dyad", "^respond|retaliate|answer/V with ~~ force|measure|countermeasure"),
    # a strike only with arms said: not "the striker answered with a strike of his own"
    *_t(
        "warn",
        "dyad",
        "^respond|retaliate|answer/V with ~~ military|missile|air|retaliatory ~ strike",
    ),
    *_t("reduce_cooperation", "dyad", "announce|unveil|approve/V ~~ ^sanction|embargo/N"),
    *_t("warn", "dyad", "vow|promise|pledge|threaten ~ retaliation|countermeasure|response"),
    # threats in the idioms of the news: "would not tolerate NATO bases", "reserves the right to
    # respond", "did not rule out military action", "vowed to crush any attempt", "put Tehran
    # on notice", "rattled its sabre", "will not sit idly by"
    *_t("warn", "dyad", "!not|n't|never ^tolerate/V"),
    *_t("warn", "dyad", "^reserve/V ~ right to ~ respond|retaliate|react|strike|defend|use"),
    *_t("warn", "dyad", "!not|n't ^rule/V out ~~ strike|attack|invasion|force|retaliation"),
    *_t("warn", "dyad", "!not|n't ^rule/V out ~~ military|armed action|option|intervention"),
    *_t("warn", "dyad", "vow|pledge|promise|threaten/V to ~ crush|punish|retaliate|avenge"),
    *_t("warn", "dyad", "vow|pledge|promise|threaten/V to ~ annihilate|smash|obliterate"),
    *_t("warn", "dyad", "put/V ~~ on notice", "menace/V", "rattle/V ~ sabre|saber"),
    *_t("warn", "dyad", "sabre|saber - rattling", "sabre|saber rattling"),
    *_t("warn", "dyad", "!not|n't|never ^sit|stand/V idly by", "!not|n't|never ^stand/V by and"),
    *_t("warn", "dyad", "raise/V ~ spectre|specter of ~~ war|attack|conflict|escalation"),
    # said of someone by a speaker: "said the Baltic states were playing with fire", "would pay
    # a heavy price", "would bear the consequences", "could become legitimate targets", "the
    # deployment crossed a red line" (SAID_THREATS: only where someone says it)
    *_t("warn", "speaker", *SAID_THREATS),
    *_t("accuse", "dyad", "accuse", "blame", "shift|put|lay|place ~ blame", "accusation/N"),
    *_t("accuse", "dyad", "charge/V ~ that"),  # "Lavrov charged in March that Yerevan was"
    *_t("accuse", "dyad", "condemn", "denounce/V", "criticize", "criticism", "slam/V"),
    *_t("accuse", "dyad", "condemnation/N", "express|voice ~ opposition to"),
    # whose opposition it is said after "of": "voiced the opposition of Chile and Peru to
    # the blockade" (arguments/words.py, STATEMENT_NOUNS)
    *_t("accuse", "dyad", "express|voice|reiterate|restate ~ ^opposition/N of ~~ to"),
    *_t("accuse", "dyad", "call|deem|declare|consider|find ~~~ illegal|unlawful|illegitimate/A"),
    *_t("accuse", "dyad", "call|deem|find|consider ~~~ unacceptable/A"),
    # "calling it 'unjustified'", "branded the move provocative"
    *_t(
        "accuse",
        "dyad",
        "call|deem|find|consider|describe|brand|label ~~~ unjustified|unjustifiable/A",
        "call|deem|find|consider|describe|brand|label ~~~ irresponsible|reckless|provocative/A",
        "call|deem|find|consider|describe|brand|label ~~~ destabilizing|destabilising/A",
        "call|deem|find|consider|describe|brand|label ~~~ outrageous|hostile|aggressive/A",
    ),
    *_t("accuse", "dyad", "regard|view|see ~~~ as ~ illegal|unlawful|illegitimate/A"),
    *_t("accuse", "dyad", "blast/V", "lambaste", "rebuke", "decry", "castigate", "complain"),
    # "considers the deal a breach of its sovereignty"
    *_t("accuse", "dyad", "consider|deem ~ breach|violation/N"),
    *_t("accuse", "dyad", "reproach", "complaint", "lecture/V", "chide", "berate"),
    *_t("accuse", "dyad", "^lash|hit/V out at", "fault/V", "assail/V", "excoriate/V"),
    *_t("accuse", "dyad", "express|voice ~ alarm|unease"),
    *_t("accuse", "dyad", "deplore/V", "label ~~ as", "portray|depict ~~ as", "characterize ~~ as"),
    *_t("accuse", "dyad", "frame|cast|paint/V ~~ as"),  # "frames their drills as a provocation"
    *_t("accuse", "dyad", "lament/V", "bemoan/V", "summon ~~ ambassador|envoy|diplomat|charge"),
    # "the Russian ambassador was summoned to the Foreign Ministry"
    *_t("accuse", "dyad", "ambassador|envoy|diplomat|charge ~~~ be ^summon/V"),
    *_t("accuse", "dyad", "call ~ aggressor", "describe ~~ as", "brand/V"),
    *_t("accuse", "dyad", "call ~~ blow|mistake|provocation|violation|betrayal"),
    # "called the sanctions economic terrorism", "branded the blockade piracy"
    *_t("accuse", "dyad", "call|brand|label|term/V ~~ terrorism|piracy|blackmail|aggression"),
    *_t("accuse", "dyad", "raise ~ concern|objection|alarm", "red-flag/V"),
    # "rejected Orban's statement", "dismissed the minister's remarks": the speaker is faulted
    *_t("accuse", "dyad", "^reject|dismiss|rebuff|counter/V ~ statement|remark|comment|rhetoric"),
    *_t("accuse", "dyad", "^dismiss/V ~ claim|assertion|narrative ~~ as"),  # "as propaganda"
    *_t("accuse", "speaker", "pose|create ~ threat|danger|risk to", "see ~ as ~ threat"),
    *_t("accuse", "speaker", "threat|danger|menace ^pose/V by"),  # "the threat posed by X"
    # "viewed the deal as a threat", "interpreted the move as a provocation", "saw the pact
    # as violating its sovereignty": seeing something as hostile accuses its author
    *_t("accuse", "speaker", "view|regard|interpret|perceive ~~ as ~ threat|provocation"),
    *_t("accuse", "speaker", "see|view|regard|interpret|perceive ~~ as violate|violation"),
    # "said Yerevan was responsible for the shelling", "committed war crimes": blame said
    *_t("accuse", "speaker", "^be ~ responsible for", "^be ~ to blame for"),
    *_t("accuse", "speaker", "^be ~ complicit/A in|with"),  # "said London was complicit in"
    # "Moscow said Kyiv was behind the drone attempt": who is said to be behind it is blamed
    *_t("accuse", "speaker", "^be/V behind ~~ attack|attempt|strike|plot|sabotage|blast|raid"),
    *_t("accuse", "speaker", "^be/V behind ~~ incursion|explosion|bombing|arson|assassination"),
    *_t("accuse", "speaker", "^be/V behind ~~ hack|cyberattack|provocation|killing|incident"),
    *_t("accuse", "speaker", "^be/V behind ~~ coup|unrest|riot|uprising|protest|plot"),
    *_t("accuse", "speaker", *SAID_BLAME),
    *_t("accuse", "speaker", "^commit/V ~~ crime|atrocity"),
    *_t("accuse", "speaker", HOSTILE_DEED),
    *_t("accuse", "speaker", *WRECKING),
    # spying said of someone: "the embassy was engaged in espionage", "carried out sabotage"
    *_t("accuse", "speaker", *SPYING),
    *_t("accuse", "dyad", "hold/V ~~ responsible|accountable"),  # "holds Hamas responsible"
    # "called China's island building a threat": what is named a threat accuses its author
    *_t("accuse", "speaker", "^call|label|brand|term/V ~~~ threat|danger|menace"),
    # "Ghana's move was a dangerous escalation", "it represents an illegal act": a deed said
    # to be hostile accuses its author
    *_t("accuse", "speaker", "^be|represent|constitute ~ escalation|provocation"),
    *_t("accuse", "speaker", "^be|represent|constitute ~ illegal|unlawful|hostile act"),
    # "said Seoul's moves were unacceptable", "said the blockade violates international law"
    *_t("accuse", "speaker", "^be ~ unacceptable|inadmissible/A"),
    *_t("accuse", "speaker", "^violate|breach/V ~~ law|norm|sovereignty|charter"),
    # "said Moscow violated the Easter truce", "accused of breaching the ceasefire"
    *_t("accuse", "speaker", "^violate|breach/V ~~ ceasefire|truce|armistice"),
    *_t("accuse", "speaker", "^be|represent|constitute ~ threat|danger to"),  # "was a threat to"
    # "protested against the deployment", "expressed strong dissatisfaction with Manila"
    *_t("accuse", "dyad", "protest/V", "express|voice ~ dissatisfaction|displeasure|outrage"),
    # "was bitterly disappointed by the signing of that accord", "dismayed at the move"
    *_t("accuse", "dyad", DISMAYED_BY),
    *_t("accuse", "dyad", "express|voice ~ indignation|anger|discontent|concern"),
    *_t("accuse", "dyad", "express|voice ~ exasperation|frustration|dismay|irritation"),
    *_t("accuse", "dyad", "lodge|file|register ~ protest|complaint"),  # "lodged a protest with"
    # "alleged that Baku had broken the truce", "pointed the finger at Moscow", "took aim at
    # Paris", "railed against Tokyo's buildup", "censured Budapest", "called out Minsk for",
    *_t("accuse", "dyad", "^allege/V that", "allegation/N", "point/V ~ finger at"),
    *_t("accuse", "dyad", "take/V aim at", "rail/V against", "censure/V", "censure/N"),
    *_t("accuse", "dyad", "rap/V ~~ for|over", "call/V out ~~ for|over"),
    *_t("urge", "request", "urge", "encourage", "press ~ to", "push ~ to", "call on|for"),
    # "proposed direct talks", "a proposal by Putin to resume negotiations"
    *_t("urge", "request", "propose/V ~ talk|negotiation|ceasefire|truce|meeting|summit|dialogue"),
    *_t("urge", "request", "^proposal/N by|from ~~ to"),
    *_t("urge", "request", "persuade", "pressure/V", "demand/V", "demand/N", "call/N"),
    *_t("urge", "request", "pressure/N on", "pressure/N to", "press|push|lobby/V ~ for"),
    *_t("urge", "request", "appeal/V", "appeal/N", "request/V", "request/N", "ask/V"),
    *_t("urge", "request", "set|give|issue|grant ~~~ deadline|ultimatum|window"),
    *_t("urge", "request", "invoke ~~ article|clause"),
    # "told the United States to pull its soldiers out", "turned to its allies for help"
    *_t("urge", "request", "^tell/V ~ to withdraw|leave|depart|remove|pull|end|stop|halt|close"),
    *_t("urge", "request", "^turn/V to ~~ for ~ help|aid|assistance|support|protection"),
    *_t("urge", "request", "^want|wish/V ~ to"),  # "want NATO to deploy": asked of NATO
    *_t("urge", "request", "plea/N", "advocate/V for", "express ~ desire for"),
    # "will seek clarification from the Georgian premier": an explanation asked of him
    *_t("urge", "request", "seek|request|demand|want|need ~~ ^clarification|explanation|clarity"),
    # "Moscow needed more details from Yerevan": asked of whom they are wanted from
    *_t("urge", "request", "seek|request|demand|want|need ~ ^detail/N from"),
    *_t("urge", "request", "plead/V with|for", "implore/V", "beseech/V"),
    *_t("urge", "request", "insist/V that", "must/V", "oblige/V", "obliged"),
    *_t("urge", "request", "should/V"),  # "Brussels should not interfere", said by a speaker
    *_t("urge", "request", "need/V to"),  # "Baku needs to explain its plans", said by one
    *_t("urge", "request", "give ~ $TROOPS ~ to leave|withdraw|depart", "order ~ $TROOPS ~ leave"),
    *_t("urge", "request", "order ~ $TROOPS out"),  # "orders French troops out"
    *_t("urge", "request", "demand ~~ $TROOPS ~ leave|withdraw|depart"),
    # "ordered the U.S. to withdraw its troops": the order, not yet the withdrawal
    *_t("urge", "request", "order/V ~ to withdraw|leave|depart|remove|vacate|pull|close"),
    *_t("urge", "request", "give/V ~~ until ~~ to withdraw|leave|depart|remove|vacate|pull"),
    # "has given Kyiv until Friday to accept the plan", "summoned Paris to pull out its troops"
    *_t("urge", "request", "give/V ~~ until ~~ to accept|approve|agree|sign|respond|comply"),
    *_t("urge", "request", "summon/V ~ to ~ withdraw|leave|pull|remove|end|stop|halt|close"),
    *_t("commit_defense", "dyad", "defense obligation|commitment|guarantee|pledge"),
    *_t("commit_defense", "dyad", "security guarantee|commitment|obligation|guarantor"),
    *_t("commit_defense", "dyad", "obligation/N", "commitment/N", "guarantee/N"),
    *_t("commit_defense", "dyad", "provide|offer|give|extend ~ guarantee"),
    *_t("commit_defense", "dyad", "provide|offer|give|extend ~~ umbrella", "umbrella/N"),
    *_t("commit_defense", "dyad", "ensure|guarantee ~ security|defense"),
    *_t("commit_defense", "dyad", "defend/V", "come to ~~ defense|aid|assistance", "protect/V"),
    *_t("commit_defense", "dyad", "protector", "protective power", "guarantor"),
    *_t("commit_defense", "dyad", "defense/N of", "^commit|pledge/V to ~ defense"),
    *_t("commit_defense", "dyad", "^commit|pledge/V to ~ security of"),  # "is committed to the
    # security of Israel"
    *_t("commit_defense", "dyad", "implement/V", "fulfill ~ obligation|mandate|commitment"),
    *_t("commit_defense", "dyad", "honor ~ commitment|obligation", "back ~ militarily"),
    *_t("commit_defense", "dyad", "collective security|defense", "mutual assistance|defense"),
    *_t("commit_defense", "dyad", "provide for ~~ assistance|defense|aid|help"),
    *_t("commit_defense", "dyad", "stand/V by", "stand ready to defend|help"),
    # "would intervene militarily on the North's behalf": to defend it, not a presence
    *_t("commit_defense", "dyad", "intervene/V ~~ on ~ behalf|side"),
    # an ally that did nothing to stop an attack did not defend: "took no action to prevent"
    *_t("commit_defense", "dyad", "nothing|action|step to ^prevent|stop|halt|deter/V"),
    *_t("commit_defense", "dyad", "count|rely/V on each other", "count|rely/V on one another"),
    *_t("commit_defense", "dyad", "mutual ~ assistance"),
    *_t("commit_defense", "dyad", "offer|provide|extend ~ protection", "take over ~~ defense"),
    # "the protection offered by the alliance", "the protections it extends to Peru"
    *_t("commit_defense", "dyad", "protection ~ ^offer|provide|extend|give/V"),
    # "will assist one another in case of an armed attack": a pledge, not aid given
    # "will assist Budapest in the event of hostile aggression" ("the" before "event")
    *_t("commit_defense", "dyad", "assist|help|aid|support/V ~~ in ~ case|event of ~ attack"),
    *_t("commit_defense", "dyad", "assist|help|aid|support/V ~~ in ~ case|event of ~ aggression"),
    *_t("commit_defense", "dyad", "back|support|assist|help/V ~~ in any ?new|future war|conflict"),
    # "would provide military assistance if either faces aggression": a pledge, not aid
    *_t("commit_defense", "mutual", HELP_IF_ATTACKED),
    *_t("commit_defense", "mutual", "commit|oblige|bind ~~ to help|assist|defend|aid|render|come"),
    *_t("commit_defense", "mutual", "bind/V"),
    *_t("commit_defense", "dyad", "treaty ally", "treaty - bound|bind ally"),  # bound by a treaty
    *_t("commit_defense", "clause", "attack|aggression on|against ~~ attack|aggression"),
    *_t("commit_defense", "coverage", "cover/V", "apply/V to", "extend/V to"),
    *_t(
        "commit_defense",
        "clause",
        "attack|aggression on|against ~~ consider|deem|regard|treat ~ attack|aggression",
    ),
    *_t("commit_defense", "clause", "article ~ apply|cover|extend", "protect by ~ article"),
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
