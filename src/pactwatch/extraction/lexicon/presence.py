"""Triggers of forces abroad: deployed, stationed, hosted, moved, reduced and withdrawn, and the
bases they use.

The ``presence`` frame reads the forces' state and the place; the ``host`` frame the host as
the subject. The patterns named here are also read by the argument rules, which test a match
by its pattern (``arguments/presence.py``, ``arguments/words.py``, ``away/presence.py``).
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# Access to another's territory for one's forces, which must say where (arguments/presence.py)
MILITARY_ACCESS = "military ~ ^access/N to|in"
# "the mission was joined by Canadian personnel": the troops deploy where the mission is
JOINED_BY = "join/V by ~~ ^$TROOPS"
# Forces moved or relocated: out of where they were, unless the text says only where to.
MOVED = "relocate|move|shift|transfer/V ~~ operation|$TROOPS|drone|system|weapon|missile|jet"
MOVED += "|warhead"
MOVED += "|aircraft"
# ("replace its ageing fleet of jets" is no one leaving: people only)
REPLACEABLE = "troop|soldier|force|peacekeeper|contingent|personnel|guard|battalion|brigade"
REPLACEABLE += "|regiment|marine|paratrooper|mercenary|instructor|serviceman|garrison"
REPLACED = (f"replace|relieve/V ~ ^{REPLACEABLE}", f"^{REPLACEABLE} ~~ be/V replace|relieve/V by")
FORCES_UP = "increase|raise|boost|double|augment|triple|reinforce|bolster ~~ $TROOPS"
FORCES_AT = "troop|soldier|personnel|peacekeeper|contingent|warship|submarine|brigade|battalion"
FORCES_AT += "|regiment|fleet|marine|garrison|battlegroup|paramilitary|mercenary"
FORCES_AT += "|serviceman|adviser|advisor|instructor"  # "US service members in Syria"
FORCES_AT += "/N in|on|at"  # "Germany's brigade in", "Russian mercenaries in Mali"
# "500 German soldiers are now in Lithuania": forces that are somewhere
FORCES_ARE_AT = "^troop|soldier|personnel|peacekeeper|contingent|warship|force|paramilitary"
FORCES_ARE_AT += "|mercenary|serviceman|marine|adviser|advisor|instructor/N ~ be/V ~ in|on|at"
# fighting forces retreating from a place ("personnel" or "a unit" retreat from offices and
# markets); a withdrawal only from another's land (arguments/presence.py: "Ukrainian troops
# retreated from Avdiivka" end no presence abroad)
RETREATED = "troop|soldier|force|brigade|battalion|contingent|mercenary|marine|paratrooper"
RETREATED += " ~~ ^retreat/V from"
# warplanes or warships arriving somewhere (away/presence.py: not a fighter in a ring, a frigate's
# model; finder.py: a place the text names that is no state's is no one's to guess)
CRAFT_ARRIVED = "bomber|warplane|fighter|frigate|destroyer ~ ^arrive|land/V in|at"
# arms that stand somewhere and are taken away ("removed Patriot batteries from", not "the
# old battery from the satellite")
STOOD = "jet|patriot|missile|warplane"
# a system that stands somewhere is one of arms: "air defence systems", not "its payment system"
STOOD_SYSTEM = "defence|defense|missile|weapon|radar|s-300|s-400|300|400 ~ system"
# forces' presence said as a footprint ("the US military footprint in Syria"; not "carbon")
FOOTPRINT = "military|troop|naval|force ^footprint/N"

TRIGGERS: list[Trigger] = [
    # presence
    *_t("deploy", "presence", "station|deploy|send|dispatch|rotate|position ~ $FORCES"),
    # "lets Paris base frigates and soldiers in Abu Dhabi"
    *_t("deploy", "presence", "base/V ~~ $FORCES|$ARMS ~~ in|on|at"),
    *_t(
        "deploy",
        "presence",
        "open|build|establish|construct ~~ $BASE",  # "built a $100 million drone base"
        "set up ~ $BASE",
        "deploy/V",
        "station/V",
    ),
    # the passive: "three Indian posts were set up on Tajikistan's frontier"
    *_t("deploy", "presence", "$BASE ?have be ^open|build|establish|construct|set/V"),
    *_t("deploy", "presence", "$TROOPS ~ ^arrive|land/V in", "presence/N", "deployment/N"),
    # "the transfer of two brigades of soldiers to Belarus", "peacekeepers are present"
    *_t("deploy", "presence", "transfer|redeployment|dispatch|arrival/N of ~~ $TROOPS"),
    # "the rotation of US troops through Poland", "the airlift of paratroopers to", "the buildup
    # of NATO forces in the Baltics"
    *_t("deploy", "presence", "rotation|airlift|buildup|build-up/N of ~~ $FORCES"),
    # "the brigade's transfer to Lithuania"; "soldiers undergoing training in Russia"
    *_t("deploy", "presence", "$TROOPS ~ ^transfer|redeployment|relocation|move/N to"),
    *_t("deploy", "presence", "$TROOPS ~~ ^relocate|move|redeploy/V to", "base/V ~ $TROOPS"),
    *_t("deploy", "presence", "$TROOPS ~~ ^train|training in"),
    *_t("deploy", "presence", "$TROOPS ~ be/V ~ present in|around|at|on|along"),
    # "an airfield in Libya, where Russian troops are present": the place "where" names
    *_t("deploy", "presence", "where ~ $FORCES ~ be/V ~ present/A"),
    # "Djibouti, where France keeps about 1,500 troops"
    *_t("deploy", "presence", "where ~ ^keep|maintain|have|station/V ~~ $TROOPS"),
    # "mercenaries are active in Libya", "the peacekeeping force in Lebanon", "jets policing
    # Baltic airspace", "took over NATO air policing in Estonia"
    *_t("deploy", "presence", "$TROOPS ~ be/V ~ active/A in"),
    *_t("deploy", "presence", "peacekeeping|expeditionary|stabilization|multinational ^force/N in"),
    *_t("deploy", "presence", "air ^policing/N", "police|patrol/V ~~ airspace"),
    *_t("deploy", "presence", "$TROOPS ~ ^arrive|land/V at|to"),
    *_t("deploy", "presence", CRAFT_ARRIVED),
    *_t("deploy", "presence", "$TROOPS ~~ ^fly|head/V to|into", "send|dispatch ~~ $TROOPS to"),
    # "will send air defence capabilities to Norway", "deployed naval assets to"
    *_t("deploy", "presence", "^send|deploy|dispatch|station/V ~~ capability|asset/N to|in"),
    *_t("deploy", "presence", "$TROOPS ~ ^remain|stay/V in|at"),  # "will remain in Erbil"
    # "remain on the Armenian-Turkish border", "stay on Ukrainian soil" (not "on alert")
    *_t("deploy", "presence", "$TROOPS ~ ^remain|stay/V on|along ~~ border|frontier|soil"),
    # "whose borders are guarded by Russian troops"
    *_t("deploy", "presence", "^guard|patrol|protect/V by ~~ $TROOPS"),
    *_t("deploy", "presence", "$FORCES ~ on ~ way to", "$FORCES ~ en route to|for"),
    *_t(
        "deploy",
        "presence",
        "$FORCES|ship|vessel|destroyer|frigate|corvette|carrier ~ head|sail|steam/V "
        "to|toward|towards|for",
    ),
    # "advisers have been sent to Somalia"
    *_t("deploy", "presence", "$TROOPS|adviser|advisor|trainer ~~ be/V ~ send|dispatch|rush/V to"),
    *_t("deploy", "presence", "stationing/N", "occupation/N", "occupy/V"),
    *_t("deploy", "presence", "$TROOPS ~ station|deploy|operate|patrol|serve", "$TROOPS ~ base/V"),
    *_t("deploy", "presence", "maintain|keep ~ presence", "continue ~ service|presence"),
    *_t("deploy", "presence", "carry out service", "patrol/V", "expand|reinforce ~ $BASE"),
    # forces thanked for their service have served where the thanks come from: "thanked the
    # Russian border guards for their service", "my gratitude to the peacekeepers for their
    # service at the crossing"
    *_t("deploy", "presence", "thank|gratitude|thanks ~~ ^$TROOPS ~ for ~ service"),
    *_t("deploy", "presence", "access for ~ $FORCES", "$FORCES ~ use|access ~ $BASE"),
    # a port or an airport used by forces, or for war: "says India's navy is not using the
    # harbour", "uses the pier for military purposes"
    *_t("deploy", "presence", "$FORCES ~ ^use/V ~ port|harbor|airport"),
    *_t("deploy", "presence", "^use/V ~~ for ~ military ~ purpose|use|operation"),
    # "the bases Azerbaijani troops have access to": the forces' access said after the bases
    *_t("deploy", "presence", "$BASE ~~ ^$TROOPS ~ have|gain|get/V access"),
    *_t("deploy", "presence", MILITARY_ACCESS),  # "wider military access in Australia"
    *_t("deploy", "presence", "mission/N", "base/N", "$TROOPS ~ join/V", "inaugurate ~ mission"),
    # intervening is a deployment where it is military: a diplomat or a court also intervenes
    *_t("deploy", "presence", "^intervene/V militarily", "militarily ^intervene/V"),
    *_t("deploy", "presence", "intervention/N", "send ~ mission|monitor"),
    *_t(
        "deploy",
        "presence",
        "contribute ~ $TROOPS",
        "$TROOPS ~ ^send|dispatch/V",
        "$TROOPS ~ guard/V",
        JOINED_BY,
    ),
    *_t("deploy", "presence", "site|base|facility for ~ $TROOPS", "let|allow ~ $FORCES ~ use"),
    *_t("deploy", "presence", "^have|keep|maintain ~ $TROOPS in", "military|naval facility"),
    # "has thousands of troops stationed in Somalia"
    *_t("deploy", "presence", "^have|keep|maintain ~ $TROOPS station|base|deploy|post/V"),
    *_t("deploy", "presence", "entry of ~ $FORCES", "$TROOPS ~ enter/V"),
    # "flew its Typhon missile system into northern Luzon": one's own arms or forces flown in
    *_t("deploy", "presence", "^fly|airlift/V ~ its|their ~~ $ARMS|$FORCES ~ to|into"),
    # "the frigate has already reached the area", "Turkish troops control a strip of Syria"
    *_t("deploy", "presence", "$TROOPS|frigate|destroyer|warship ~ ^reach/V"),
    *_t("deploy", "presence", "$TROOPS ~ ^control|hold/V ~~ territory|area|strip|region|part"),
    *_t("deploy", "presence", "redeploy/V", "redeployment/N", "$FORCES ~ ^rotate/V through|to|in"),
    *_t("deploy", "presence", "$FORCES ~ ^operate/V from|out|in|off", "$FORCES ~ present/A in"),
    # a warship or a state's vessel that docks at a port is there ("let the survey ship dock
    # in its port", "the warships may dock at the naval base")
    *_t(
        "deploy",
        "presence",
        "warship|vessel|ship|submarine|frigate|destroyer|corvette ~ ^dock/V at|in",
    ),
    *_t("deploy", "presence", "place/V ~ $FORCES", "$FORCES ~ ^place/V in|at"),
    *_t("deploy", "presence", "^operate|run|maintain|keep/V ~~ $BASE in|at|near"),  # "operates an
    # air base in"; "has a naval base in" (only military bases: "has a facility in Texas")
    *_t("deploy", "presence", "^have/V ~~ military|naval|air|army|drone ~ $BASE in|at|near"),
    *_t("deploy", "presence", "^maintain|keep/V ~ dozen|number|network|string of ~ $BASE"),
    *_t("deploy", "presence", "participate|serve/V in ~~ mission|operation|force|contingent"),
    # "the provision by Russia of 600 more instructors", "the number of Russian instructors
    # there will increase": forces sent, forces grown
    *_t("deploy", "presence", "^provision/N ~~ of ~~ $TROOPS"),
    *_t("deploy", "presence", "number of ~~ $TROOPS ~~ ^increase|grow|rise|double|triple/V"),
    *_t("deploy", "presence", "take part in ~~ mission|operation|force|contingent"),
    *_t("deploy", "presence", "^contribute/V to ~~ mission|force|contingent"),
    *_t("deploy", "host", "host/V", "welcome ~ mission|force|base|$TROOPS", "invite ~ $FORCES"),
    *_t("deploy", "host", "welcome ~~ adviser|advisor|trainer"),  # "welcoming Turkish advisers"
    *_t("deploy", "host", "bring/V in ~~ $FORCES"),  # "if it brings in mercenaries": hosts
    *_t("deploy", "host", "host/V ~~ $BASE"),  # one event, not a second in "bases"
    # the one who grants access to its bases hosts whom it grants it: "granted the United
    # States access to four more military bases"
    *_t("deploy", "host", "^grant|give|offer|allow|provide/V ~~ access to ~~ $BASE"),
    *_t("deploy", "host", "receive|accept/V ~~ troop|soldier|peacekeeper|contingent|battalion"),
    # "Bahrain hosts about 9,000 American troops", the verb tagged as a plural noun
    *_t("deploy", "host", "host/N ~~ $TROOPS|$BASE"),
    *_t("deploy", "host", "^home to ~~ $BASE|$TROOPS"),  # "is home to US troops"
    *_t("deploy", "host", "^site of ~~ $BASE"),  # "is the site of France's largest base"
    *_t("deploy", "presence", "place/V ~ weapon|missile|warhead|troop"),
    # "to deploy long-range missiles in Germany", "will station nuclear weapons in Belarus"
    *_t("deploy", "presence", "deploy|station|position/V ~~ missile|weapon|warhead|launcher"),
    # "has sent nuclear weapons to Poland": they stay the sender's (away/arms.py)
    *_t("deploy", "presence", "send|move|transfer/V ~~ nuclear ~ weapon|warhead|missile|arm"),
    # forces named where they are, with no verb: "American soldiers on Polish soil", "its
    # troops in Syria", "warships in the region" (arguments keep it only where the place is named)
    *_t("deploy", "presence", FORCES_AT, FORCES_ARE_AT),
    # more forces where there are some, the mirror of a reduction: "will increase the size of
    # its force in Bosnia", "raised the number of troops in Syria", "a troop increase"
    *_t("deploy", "presence", FORCES_UP, "troop|force increase|surge|buildup|boost"),
    # forces that will reach their full strength where they are sent: "the brigade is expected
    # to reach full strength next year", "reached its full operational capability"
    *_t("deploy", "presence", "$TROOPS ~ ^reach/V ~ full ~ strength|capability"),
    # forces posted, rushed, airlifted or committed somewhere: "will post 900 troops to Estonia",
    # "soldiers posted along the border", "rushed a destroyer to the region" ("post" only of
    # forces: not "posted a loss")
    *_t("deploy", "presence", "post/V ~~ $TROOPS|adviser|advisor|trainer ~ to|in|at|on|along|near"),
    *_t("deploy", "presence", "$TROOPS|adviser|advisor|trainer ~ ^post/V to|in|at|along|near"),
    *_t("deploy", "presence", "$TROOPS ~~ ^pour|stream/V into"),  # "troops poured into Belarus"
    *_t("deploy", "presence", "rush|airlift|ferry/V ~~ $FORCES ~ to|into"),
    # "troops shipped to Russia by sea", "Marines stand guard at the embassy"
    *_t("deploy", "presence", "ship|transport/V ~~ $TROOPS ~ to", "$TROOPS ~~ be ^ship/V to"),
    *_t("deploy", "presence", "$TROOPS ~ ^stand/V guard"),
    *_t("deploy", "presence", "^have|keep|maintain ~ $TROOPS ~ serve|fight|operate/V"),
    *_t("deploy", "presence", "^have|keep|maintain ~ garrison|contingent|detachment/N"),
    # "no Western boots on the ground in Ukraine", "the US military footprint in Syria"
    *_t("deploy", "presence", "boot/N on ~ ground", FOOTPRINT),
    # "Britain leads the NATO battlegroup in Estonia": who leads a force abroad is there
    *_t("deploy", "presence", "lead/V ~~ battlegroup|contingent"),
    *_t("deploy", "presence", "lead/V ~ multinational|peacekeeping|stabilization ^force|mission"),
    *_t("withdraw_forces", "presence", "withdraw|remove|pull|recall|relocate ~ $FORCES"),
    *_t("withdraw_forces", "presence", "$TROOPS ~~ ^relocate|move|redeploy/V from"),
    *_t("withdraw_forces", "presence", "$FORCES ~ withdraw|leave|pull|depart|vacate"),
    *_t("withdraw_forces", "presence", "$TROOPS ~ ^send/V pack"),  # "were sent packing"
    # "Paris will withdraw militarily from Gabon": its forces leave
    *_t("withdraw_forces", "presence", "^withdraw|pull|disengage/V militarily"),
    # "handing two bases back to the host": who gives bases back leaves them
    *_t("withdraw_forces", "presence", "give|hand/V ~~ $BASE ~ back"),
    *_t("withdraw_forces", "presence", "give|hand/V ~ back ~~ $BASE"),
    # "handed its base in Abidjan to the Ivorian army", "hand over the bases to the army"
    *_t("withdraw_forces", "presence", "^hand/V ~~ $BASE ~~ to"),
    # "the Russians withdrew from several positions": who held them leaves
    *_t("withdraw_forces", "presence", "^withdraw|retreat|pull/V ~ from ~ position|outpost"),
    # "Russian forces retreated from the west bank", "called its troops home", "will end its
    # deployment in Mali"
    *_t("withdraw_forces", "presence", RETREATED),
    *_t("withdraw_forces", "presence", "call/V ~~ $TROOPS ~ home|back", "end/V ~ deployment"),
    # "to pull out of the long war", "withdrew from the conflict": forces leave a war
    *_t("withdraw_forces", "presence", "^pull|get/V out of ~ $WARS_LEFT"),
    *_t("withdraw_forces", "presence", "^withdraw|retreat/V from ~ $WARS_LEFT"),
    *_t("withdraw_forces", "presence", "presence ~~ ^diminish|shrink|dwindle/V"),
    *_t("withdraw_forces", "presence", "close|shut|shutter|dismantle|vacate ~~ $BASE"),
    *_t(
        "withdraw_forces",
        "presence",
        "$BASE ~~ ^hand/V over",
        "$BASE ~~ ^close|shut|shutter/V",  # "all French bases in the country would close"
        "boot|kick|push|throw|drive ~ out ~~ $FORCES",
    ),
    *_t("withdraw_forces", "presence", "boot|kick|push|throw|drive ~~ $FORCES ~ out"),
    # "moved to oust the French military", "ordered US troops out", "would reposition out of"
    *_t("withdraw_forces", "presence", "oust|evict/V ~~ $FORCES", "order/V ~~ $TROOPS ~ out"),
    *_t("withdraw_forces", "presence", "$TROOPS ~~ ^reposition|relocate|redeploy/V out of"),
    # "forces have begun repositioning away from Kyiv"
    *_t("withdraw_forces", "presence", "$TROOPS ~~ ^reposition|redeploy|pull/V away from"),
    *_t("withdraw_forces", "presence", "close|shut down ~~ $BASE", "hand over ~~ $BASE"),
    *_t("withdraw_forces", "presence", "handover/N of ~~ $BASE"),  # "the handover of its base"
    # "will wind down its mission in Iraq", "were flown out of Mali", "bring home its soldiers"
    *_t("withdraw_forces", "presence", "wind down ~~ mission|operation|presence|deployment"),
    # "wound up its mission", "the mission came to an end", "abandoned its positions",
    # "repatriated its soldiers", "evacuated the base", "shrinking its military footprint"
    *_t("withdraw_forces", "presence", "wind up ~~ mission|operation|presence|deployment"),
    *_t("withdraw_forces", "presence", "mission|presence|deployment ~~ ^come/V to ~ end"),
    *_t("withdraw_forces", "presence", "abandon/V ~~ $BASE|position", "evacuate/V ~~ $BASE"),
    *_t(
        "withdraw_forces",
        "presence",
        "repatriate|evacuate/V ~~ $TROOPS",
        "repatriation of ~ $TROOPS",
    ),
    *_t(
        "withdraw_forces",
        "presence",
        "shrink|trim|downsize|reduce|cut/V ~~ military|troop|naval|force footprint",
    ),
    *_t("withdraw_forces", "presence", "disengage/V ~~ $TROOPS", "disengagement/N of ~ $TROOPS"),
    *_t("withdraw_forces", "presence", "$TROOPS ~~ ^fly|airlift|evacuate/V out of"),
    *_t("withdraw_forces", "presence", "bring/V home ~~ $TROOPS", "bring/V ~~ $TROOPS home"),
    # "ceded its base to", "the bases were handed back", "forces in Syria will be cut"
    *_t("withdraw_forces", "presence", "cede/V ~~ $BASE", "$BASE ~~ be/V ^hand/V back|over"),
    *_t("withdraw_forces", "presence", "$TROOPS ~~ be/V ^cut|reduce|withdraw/V"),
    *_t("withdraw_forces", "presence", "return|transfer/V ~~ $BASE"),
    # a partial withdrawal is one: "will reduce its presence", "cut troops in Romania"
    *_t("withdraw_forces", "presence", "reduce|cut|trim|halve|shrink|downsize ~~ $FORCES"),
    *_t("withdraw_forces", "presence", "reduce|cut ~ footprint", "draw down", "scale back"),
    *_t("withdraw_forces", "presence", "drawdown|reduction|cut|cutback/N of|in ~~ $FORCES"),
    *_t("withdraw_forces", "presence", "troop|force reduction|cut|drawdown", "drawdown/N"),
    *_t("withdraw_forces", "presence", "expel|evict ~~ $FORCES", "stop ~ service|operation"),
    # "the guards have stopped serving at the airport": forces that cease to serve leave
    *_t("withdraw_forces", "presence", "$TROOPS ~ stop|cease/V ~ serve|operate|patrol/V"),
    *_t("withdraw_forces", "presence", "withdrawal|pullout|departure|exit|removal of ~ $FORCES"),
    # the nouns of the verbs: "the pullback of troops", "the evacuation of the base" (not a
    # bare "retreat from": "its retreat from its commitments")
    *_t("withdraw_forces", "presence", "pullback|evacuation/N of ~ $FORCES"),
    *_t("withdraw_forces", "presence", "closure|closing of ~ $BASE", "cessation of ~ operation"),
    *_t("withdraw_forces", "presence", "end ~ presence", "leave/V ~ country|territory"),
    *_t("withdraw_forces", "presence", "put|bring ~ end to ~~ ^presence"),  # "put an end to its"
    *_t("withdraw_forces", "presence", "end/V ~ mission|operation", "end/N of ~ presence"),
    *_t("withdraw_forces", "presence", "mission|operation ~ ^end|conclude/V", "$TROOPS ~ go home"),
    *_t("withdraw_forces", "presence", "bring ~ $FORCES ~ down", "scale back ~ $FORCES"),
    *_t("withdraw_forces", "presence", "bring ~ $TROOPS ~ home", "$TROOPS ~~ ^return/V home"),
    # "the return of the peacekeepers to their countries": forces going home
    *_t("withdraw_forces", "presence", "^return/N of ~~ $TROOPS ~~ home|country|base"),
    *_t("withdraw_forces", "presence", "withdrawal|exit/N from ~ $BASE", "pull out of ~ $BASE"),
    *_t("withdraw_forces", "presence", MOVED),
    # arms taken away from where they stood: "pulled its S-300 systems out of Syria"
    *_t("withdraw_forces", "presence", f"^pull|remove|withdraw/V ~~ {STOOD} ~ out of"),
    *_t("withdraw_forces", "presence", f"^pull|remove|withdraw/V ~~ {STOOD} ~ from"),
    *_t("withdraw_forces", "presence", f"^pull|remove|withdraw/V ~~ {STOOD_SYSTEM} ~ out of"),
    *_t("withdraw_forces", "presence", f"^pull|remove|withdraw/V ~~ {STOOD_SYSTEM} ~ from"),
    *_t("withdraw_forces", "presence", *REPLACED),
]
