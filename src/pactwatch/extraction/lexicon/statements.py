"""Triggers of what one side says of or to another: warnings and threats, accusations and
blame, requests and demands, and commitments to defend.

Warnings and accusations read the ``dyad`` frame, or the ``speaker`` frame where the words are
one only when someone says them ("would pay a heavy price"); requests read ``request``;
commitments to defend read ``dyad``, ``mutual`` (both sides bound at once), ``clause`` (a
collective-defence clause) and ``coverage``. One row of embargoes announced
(``reduce_cooperation``) sits among the warnings; economic sanctions are no security tie cut,
and no trigger reads them (docs/decisions/0006). The patterns named here are also read by
``arguments/sides.py``, ``arguments/dyad.py`` and ``modality.py``.
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# a commitment said with no word of what it is to ("their commitments", "fulfil its
# obligations", "implement"): a pledge to defend only under a pact of defence (finder.py)
BARE_PLEDGES = (
    "obligation/N",
    "commitment/N",
    "guarantee/N",
    "implement/V",
    "fulfill ~ obligation|mandate|commitment",
    "honor ~ commitment|obligation",
)
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
# "would have serious consequences for regional security": a warning, where someone says it
CONSEQUENCES = "have|bring|carry|entail ~ negative|serious|grave|dire|severe ~ ^consequence/N"
# Help promised should one be attacked: the "if" is the pledge's content (modality.py).
HELP_IF_ATTACKED = "provide|render|give|offer ~~ assistance|aid|help|support ~~ if|should ~~ "
HELP_IF_ATTACKED += "attack|aggression"
# feeling let down or angered by what another did: blame ("disappointed by", "dismayed at")
DISMAYED = "disappointed|disappoint|dismayed|dismay|outraged|angered|anger|incensed|incense"
DISMAYED += "|appalled|appal|appall|infuriated|infuriate"
DISMAYED_BY = f"^{DISMAYED} ~ by|with|at|over"  # who is blamed: arguments/dyad.py

# what one is made to answer for: "will bear responsibility for the escalation"
HARMS = "consequence|escalation|bloodshed|provocation|war|conflict|death|casualty|tension|crisis"

TRIGGERS: list[Trigger] = [
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
    *_t("warn", "dyad", "repeat|renew|reiterate/V ~ ^threat/N"),  # "repeated threats to"
    *_t("warn", "dyad", "^vow|threaten|promise ~ sanction/N against|on"),  # a threat of them
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
    *_t("reduce_cooperation", "dyad", "announce|unveil|approve/V ~~ ^embargo/N"),
    *_t("warn", "dyad", "vow|promise|pledge|threaten ~ retaliation|countermeasure|response"),
    # threats in the idioms of the news: "would not tolerate NATO bases", "reserves the right to
    # respond", "did not rule out military action", "vowed to crush any attempt", "put Tehran
    # on notice", "rattled its sabre", "will not sit idly by"
    *_t("warn", "dyad", "!not|n't|never ^tolerate/V"),
    *_t("warn", "dyad", "^reserve ~ right to ~ respond|retaliate|react|strike|defend|use"),
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
    # "regards Chisinau's actions as unfriendly", "sees the drills as hostile"
    *_t("accuse", "dyad", "regard|view|see ~~~ as ~ unfriendly|hostile|provocative"),
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
    # "sees NATO as its main adversary": one named a foe is accused of being one
    *_t("accuse", "speaker", "see|view|regard|perceive|describe ~~ as ~ enemy|adversary|foe"),
    # "said Yerevan was responsible for the shelling", "committed war crimes": blame said
    *_t("accuse", "speaker", "^be ~ responsible for", "^be ~ to blame for"),
    # "will bear full responsibility for the consequences": blame laid in advance (not "bear
    # sole responsibility for the border post", a duty)
    *_t("accuse", "speaker", f"^bear|shoulder ~ responsibility ~ for ~~ {HARMS}"),
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
    *_t("urge", "request", "^proposal/N by|from ~~ to", "^proposal/N to sign|finalize|conclude"),
    *_t("urge", "request", "persuade", "pressure/V", "demand/V", "demand/N", "call/N"),
    *_t("urge", "request", "pressure/N on", "pressure/N to", "press|push|lobby/V ~ for"),
    *_t("urge", "request", "appeal/V", "appeal/N", "request/V", "request/N", "ask/V"),
    *_t("urge", "request", "set|give|issue|grant ~~~ deadline|ultimatum|window"),
    *_t("urge", "request", "invoke ~~ article|clause"),
    # "Article 5 has been invoked only once": by the bloc (arguments/finder.py reads a defence
    # clause invoked as the bloc's pledge)
    *_t("urge", "request", "article|clause ~~ ^invoke/V"),
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
    # "seeks the withdrawal of Chilean troops": a deed of another's sought is asked of it
    *_t("urge", "request", "seek/V ~~ ^withdrawal|departure|exit|removal|closure|pullout"),
    *_t("urge", "request", "insist/V that", "must/V", "oblige/V", "obliged"),
    *_t("urge", "request", "should/V"),  # "Brussels should not interfere", said by a speaker
    *_t("urge", "request", "need/V to"),  # "Baku needs to explain its plans", said by one
    *_t("urge", "request", "have/V to"),  # "Russia has to end the war", said by one
    *_t("urge", "request", "give ~ $TROOPS ~ to leave|withdraw|depart", "order ~ $TROOPS ~ leave"),
    *_t("urge", "request", "order ~ $TROOPS out"),  # "orders French troops out"
    *_t("urge", "request", "demand ~~ $TROOPS ~ leave|withdraw|depart"),
    # "ordered the Americans to pull out their forces": the order, not yet the withdrawal
    *_t("urge", "request", "order/V ~ to withdraw|leave|depart|remove|vacate|pull|close"),
    *_t("urge", "request", "order/V ~ to halt|stop|cease|end|suspend"),  # "ordered X to halt"
    # "it is high time for Hungary to ratify", "Ankara is waiting for Sweden to act": asked
    *_t("urge", "request", "high ^time for ~~ to", "^wait/V for ~~ to"),
    # "suggested that Chisinau refrain from a blockade", "advised Kyiv to stop"
    *_t("urge", "request", "^suggest|advise/V ~~ that ~~ refrain|stop|halt|cease|end"),
    *_t("urge", "request", "^advise/V ~ to"),
    *_t("urge", "request", "give/V ~~ until ~~ to withdraw|leave|depart|remove|vacate|pull"),
    # "has given Kyiv until Friday to accept the plan", "summoned Paris to pull out its troops"
    *_t("urge", "request", "give/V ~~ until ~~ to accept|approve|agree|sign|respond|comply"),
    *_t("urge", "request", "summon/V ~ to ~ withdraw|leave|pull|remove|end|stop|halt|close"),
    *_t("commit_defense", "dyad", "defense obligation|commitment|guarantee|pledge"),
    *_t("commit_defense", "dyad", "security guarantee|commitment|obligation|guarantor"),
    # "CSTO assurances of support" (not "assurances of payment")
    *_t("commit_defense", "dyad", "^assurance/N of ~ support|protection|security|defense|help"),
    *_t("commit_defense", "dyad", *BARE_PLEDGES[:3]),
    *_t("commit_defense", "dyad", "provide|offer|give|extend ~ guarantee"),
    *_t("commit_defense", "dyad", "provide|offer|give|extend ~ security|defense assurance"),
    *_t("commit_defense", "dyad", "provide|offer|give|extend ~~ umbrella", "umbrella/N"),
    *_t("commit_defense", "dyad", "extended deterrence"),  # "US extended deterrence for Seoul"
    *_t("commit_defense", "dyad", "ensure|guarantee ~ security|defense"),
    *_t("commit_defense", "dyad", "defend/V", "come to ~~ defense|aid|assistance", "protect/V"),
    *_t("commit_defense", "dyad", "protector", "protective power", "guarantor"),
    *_t("commit_defense", "dyad", "defense/N of", "^commit|pledge/V to ~ defense"),
    *_t("commit_defense", "dyad", "^commit|pledge/V to ~ security of"),  # "is committed to the
    # security of Israel"
    *_t("commit_defense", "dyad", *BARE_PLEDGES[3:]),
    *_t("commit_defense", "dyad", "back ~ militarily"),
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
    # "obliges the two to provide military assistance if either is attacked"
    *_t("commit_defense", "mutual", "commit|oblige|bind ~~ to provide|give ~~ assistance|aid"),
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
    # "counts a strike on any single one of its thirty-two allies as an attack on all"
    *_t("commit_defense", "clause", "attack|aggression on|against ~~~ attack on|against all|both"),
]
