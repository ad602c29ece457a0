"""Triggers of membership: joining and applying to join, leaving and notice of leaving,
suspension and expulsion, membership frozen and resumed, drills and meetings skipped,
contributions withheld, and accessions blocked.

Most read the ``member`` frame (a member and its body); expulsion the ``expel`` frame, a block
the ``dyad`` frame. A few rows of other types sit among them where they read the same words
("recalled its representatives" beside the dues withheld). ``TIES_CUT`` is also read by
``arguments/membership.py`` and ``arguments/dyad.py``.
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# Ties cut with a body one belongs to: leaving it (arguments/dyad.py reads ties cut with a state)
TIES_CUT = ("cut tie with", "sever tie with")
MEMBERSHIP = "membership|participation|involvement|seat|member"

TRIGGERS: list[Trigger] = [
    # membership, legal track
    *_t("join", "member", "join/V", "accede to", "become ~ member|party"),
    *_t("join", "member", "^admit to|into|as", "enter/V ~ $BLOC", "rejoin", "include/V in"),
    # "NATO welcomed Montenegro as its 29th member": the bloc takes the state in
    *_t("join", "member", "^admit|welcome|accept/V ~ as ~~ member|state|ally"),
    *_t("join", "member", "^membership/N", "accession", "admission", "member/N ~ of"),
    *_t("join", "member", "founding member", "found/A member", "hand ~ accession|instrument"),
    *_t("join", "member", "seal ~ membership", "complete ~ accession", "enlargement"),
    *_t("apply", "member", "apply/V for ~ membership", "apply/V to join"),
    *_t("apply|urge", "member", "apply/V"),  # a member applying to its body asks it for help
    *_t("apply", "member", "seek ~ membership", "submit ~ application|bid", "bid to join"),
    *_t("apply", "member", "membership bid|application", "bid/N for ~ membership"),
    *_t("apply", "member", "accession|membership request|application|bid"),
    *_t("apply", "member", "application|request/N to join"),
    *_t("apply", "member", "ask|request|seek/V to join|become"),  # "Armenia asked to join"
    *_t("withdraw|withdraw_forces", "member", "withdraw/V", "leave/V", "quit/V", "exit/V"),
    *_t("withdraw|withdraw_forces", "member", "pull out", "walk out of", "depart/V"),
    *_t("withdraw", "member", "cease to be ~ member|part", "break/V away|from", "secede from"),
    *_t("withdraw", "member", "^pull|take ~~ out of"),  # "pull his country, Turkey, out of"
    *_t("withdraw", "member", *TIES_CUT, "split/N", "exit/N"),
    *_t("withdraw", "member", "withdrawal/N", "departure/N", "pullout/N", "exit/N"),
    *_t("withdraw", "member", "let ~ membership lapse", "!cease ~ membership"),
    *_t("withdraw", "member", "!not ^remain|stay member", "!remain|stay outside"),
    *_t("skip_meeting", "member", "!not plan|intend|want|expect to ^attend"),
    *_t("notify_withdrawal", "member", "notify ~ withdrawal|intention|decision"),
    *_t("notify_withdrawal", "member", "notify/V ~~ of ~ withdrawal|exit|departure"),  # the
    # depositary, the secretariat or the partners told of it
    *_t("notify_withdrawal", "member", "give|hand|send|submit ~ notice|notification|note"),
    *_t("notify_withdrawal", "member", "announce|declare ~ withdrawal|exit|departure|leave"),
    *_t("notify_withdrawal", "member", "announce|declare ~ leave|quit|exit|withdraw/V"),
    *_t("notify_withdrawal", "member", "decide|decision ~ to leave|quit|exit|withdraw"),
    *_t("notify_withdrawal", "member", "announce|declare|decide ~~ that ~~ leave|quit|withdraw/V"),
    *_t("notify_withdrawal", "member", "notice|notification of ~ withdrawal"),
    *_t("notify_withdrawal", "member", "withdrawal|exit ^notice|notification/N"),
    *_t("notify_withdrawal", "member", "denounce/V ~ $AGREEMENT"),
    *_t("urge", "request", "inform|tell|notify ~~ that ~~ should|must|ought"),
    *_t("suspend", "member", "suspend ~ membership|right", "suspend from"),
    # "its membership is suspended", "the suspension of its ECOWAS membership"
    *_t("suspend", "member", "membership ~ be ^suspend/V", "suspension/N of ~ membership"),
    *_t("suspend", "member", "formally suspend ~ participation", "freeze ~ $AGREEMENT"),
    # "India suspended the Indus Waters Treaty", "Russia's suspension of New START"
    *_t("suspend", "member", "suspend/V ~ $AGREEMENT", "suspension of ~ $AGREEMENT"),
    # a pact's duties put on hold: "is suspending its obligations under the treaty"
    *_t("suspend", "member", "suspend/V ~ obligation|compliance|commitment"),
    *_t("freeze|suspend", "member", f"suspend ~ {MEMBERSHIP}|operation"),
    *_t("suspend", "member", "NOT remain ~ ^member", "NOT continue to remain ~ ^member"),
    *_t("withdraw", "member", "NOT remain|stay ~ ^member|part|party", "NOT stay in"),
    *_t("withdraw", "member", "!no longer ~ ^member|party|part of"),  # "no longer a member"
    *_t("expel", "expel", "expel/V", "kick ~ out", "throw ~ out", "oust/V", "expulsion"),
    *_t("expel", "expel", "cease to be ~ member with immediate effect"),
    # participation track
    *_t("freeze", "member", f"freeze ~ {MEMBERSHIP}|activity|work", f"{MEMBERSHIP} ~ freeze"),
    *_t("freeze", "member", f"{MEMBERSHIP} ~~ ^freeze|frozen"),
    *_t("freeze", "member", f"freeze|freezing/N of ~ {MEMBERSHIP}"),
    # "a suspension of its part in the bloc's work": taking no part, still a member
    *_t("freeze|suspend", "member", "suspension/N of ~ participation|involvement"),
    # a body's long name between: "Belarus's membership in the Eurasian Economic Union
    # (EAEU) remains frozen"
    *_t("freeze", "member", f"{MEMBERSHIP} in ~~~ be|remain ~ ^freeze|frozen"),
    *_t("freeze", "member", f"put ~ {MEMBERSHIP} ~~ on hold|ice", "!de facto ^suspend"),
    *_t("freeze", "member", f"effective|practical suspension of ~ {MEMBERSHIP}"),
    *_t("freeze", "member", f"de - facto suspension of ~ {MEMBERSHIP}"),
    *_t("freeze", "member", "effective ^withdrawal"),
    *_t("freeze|suspend", "member", f"suspend ~ ^{MEMBERSHIP} in|of ~ $BLOC"),
    *_t("freeze", "member", "no longer involve|active|engage in", "!stay away from"),
    *_t("freeze", "member", "cease|halt/V ~ involvement|participation in"),
    *_t("resume", "member", f"resume ~ {MEMBERSHIP}|activity|work|payment"),
    *_t("resume", "member", f"restore|reinstate|unfreeze ~ {MEMBERSHIP}", "come back", "return/V"),
    *_t("resume", "member", f"{MEMBERSHIP} ~~ ^restore|resume|reinstate"),
    # participation signals
    *_t("skip_exercise|skip_meeting", "member", "!refuse to ^attend ~~ $MEETING|$DRILL"),
    *_t(
        "skip_exercise",
        "member",
        "!no !longer ^participate in ~~ $DRILL",
        "!no !longer ^take part in ~~ $DRILL",
    ),
    # "has stopped taking part in the alliance's war games": no longer takes part
    *_t("skip_exercise", "member", "stop|cease|quit/V ~ take part|participate in ~~ $DRILL"),
    *_t("skip_exercise", "member", "stop|cease|quit/V ~ take part|participate in ~~ war game"),
    *_t("skip_exercise", "member", "skip|boycott|shun|miss|snub ~~ $DRILL", "call off ~ $DRILL"),
    *_t(
        "skip_exercise", "member", "cancel ~ $DRILL", "cancel ~ involvement|participation ~ $DRILL"
    ),
    *_t("skip_exercise", "member", "!not|n't ^participate|join ~ $DRILL", "!refuse ~ $DRILL"),
    # a drill's long name between: 'would not participate in CSTO "Frontier-2025" drills'
    *_t("skip_exercise", "member", "!not|n't ^participate in ~~ $DRILL"),
    *_t("skip_exercise", "member", "!not|n't ^take part in ~ $DRILL", "pull out of ~ $DRILL"),
    *_t("skip_exercise", "member", "!not|n't ^send ~ officer|troop ~ to ~ $DRILL"),
    *_t("skip_exercise", "member", "!not|n't ^host|hold|send|allocate ~~ $DRILL"),
    *_t("skip_exercise", "member", "!refuse|refusal|decline to ^host|hold ~~ $DRILL"),
    *_t(
        "skip_exercise",
        "member",
        "!stop|cease ^take part in ~~ $DRILL",
        "!stop|cease ^participate in ~~ $DRILL",
    ),
    *_t("skip_exercise", "member", "!refuse|refusal|decline to ^participate|partake in ~~ $DRILL"),
    *_t("skip_exercise", "member", "!refuse|refusal|decline to ^take part in ~~ $DRILL"),
    *_t("skip_meeting", "member", "!refuse|refusal|decline to ^participate|partake in ~~ $MEETING"),
    *_t("skip_meeting", "member", "!refuse|refusal|decline to ^take part in ~~ $MEETING"),
    *_t("skip_meeting", "member", "skip|boycott|shun|miss|snub ~~ $MEETING", "boycott/N"),
    # "the summit was skipped by Yerevan": the one who skips is the agent
    *_t("skip_meeting", "member", "$MEETING ~~ be ^skip|boycott|shun|snub/V by"),
    *_t("skip_meeting", "member", "!not|n't ^attend ~~ $MEETING", "walk/V out"),
    *_t(
        "skip_meeting",
        "member",
        "!decision !not to ^attend",
        "stay away from ~~ summit|meeting|session|gathering|forum|conference|event",
    ),
    *_t("skip_meeting", "member", "!not|n't ^take part in ~ $MEETING", "NOT attend/V ~ $MEETING"),
    *_t("skip_meeting", "member", "!not|n't ^participate in ~ $MEETING"),
    *_t("skip_meeting", "member", "participation in ~ event ~ ^decrease"),
    *_t("skip_meeting", "member", "absent/A from ~~ $MEETING", "absence/N from ~~ $MEETING"),
    *_t("skip_meeting", "member", "!not|n't ^send ~~ delegation|representative ~~ $MEETING"),
    *_t("skip_meeting", "member", "ignore ~~ $MEETING"),
    *_t("withhold_contribution", "member", "stop|halt|cease|suspend ~ financing|funding"),
    *_t("withhold_contribution", "member", "stop|halt|cease ^pay/V ~ into|to", "stop|cease ^pay/V"),
    *_t("reduce_cooperation", "dyad", "withdraw|recall ~ representative|envoy|staff|official"),
    # "will cut the size of Canada's diplomatic presence": another's diplomats sent home
    *_t("reduce_cooperation", "dyad", "^cut|reduce|shrink|downsize ~~ diplomatic presence|staff"),
    *_t("withhold_contribution", "member", "withhold ~ $MONEY", "cut ~ contribution|funding"),
    *_t("withhold_contribution", "member", "stop|halt|suspend|cut|freeze ~ $MONEY"),
    *_t("withhold_contribution", "member", "!not|n't ^pay ~ $MONEY", "!refuse to ^contribute"),
    *_t("withhold_contribution", "member", "!no !longer ^pay ~~ $MONEY"),
    *_t("withhold_contribution", "member", "!refuse to ^pay", "!not|n't ^sign|approve ~~ budget"),
    *_t(
        "withhold_contribution", "member", "!refrain|refuse|decline from|to ^sign|approve ~~ budget"
    ),
    *_t("withhold_contribution", "member", "!refrain|refuse from|to ^sign ~~ decision ~~ budget"),
    *_t(
        "withhold_contribution",
        "member",
        "!refrain|refuse from|to ^sign up to ~~ decision ~~ budget",
    ),
    *_t(
        "withhold_contribution",
        "member",
        "!refrain|refuse from|to ^participate in ~ financing|funding",
    ),
    *_t("withhold_contribution", "member", "!lack of ^contribution", "unpaid ~ $MONEY"),
    *_t("withhold_contribution", "member", "!failure to ^pay", "!not|n't ^pay"),
    *_t("withhold_contribution", "member", "!not|n't ^contribute ~ $MONEY"),
    *_t(
        "block",
        "dyad",
        "block/V",
        "veto/V",
        "hold up",
        "stall ~ accession|bid|ratification|application",
        "stymie|obstruct|thwart|frustrate/V ~~ accession|bid|ratification|application",
    ),
    *_t("block", "dyad", "delay ~ accession|ratification|bid", "holdout", "bar/V from"),
    *_t("block", "dyad", "block/N on", "object to ~ accession|membership|bid"),
    *_t("block", "dyad", "accession|bid|ratification ~~ ^stall|delay|block/V"),
    # "objections to the two states joining", "opposed the accession of Skopje"
    *_t("block", "dyad", "^objection|opposition/N to ~~ accession|membership|bid|join|joining"),
    *_t("block", "dyad", "^oppose/V ~~ accession|membership|bid"),
]
