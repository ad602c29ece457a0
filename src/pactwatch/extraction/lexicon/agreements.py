"""Triggers of agreements: peace deals and truces, and an agreement's life cycle (signing,
termination, ratification, entry into force, extension, amendment).

All read the ``agreement`` frame: its parties and the agreement. ``CONSENT`` is also read by
``syntax.py``, ``FOUNDED`` by ``away/agreements.py``.
"""

from __future__ import annotations

from pactwatch.extraction.lexicon.patterns import Trigger
from pactwatch.extraction.lexicon.patterns import rows as _t

# a body founded, said by its name
FOUNDED = "establish|found|create/V"
SEEKING = "gain|secure|get|win|obtain|seek|need|receive|require"
CONSENT = "approval|consent|nod|blessing|backing"  # the approval of a state's entry

TRIGGERS: list[Trigger] = [
    *_t("peace_deal", "agreement", "peace deal|treaty|agreement|accord", "ceasefire|truce"),
    *_t("peace_deal", "agreement", "cessation of ~ hostility|fire", "armistice"),
    *_t("peace_deal", "agreement", "normalize ~ relation", "normalization/N"),
    *_t("peace_deal", "agreement", "$AGREEMENT ~~ end|halt/V ~~ fighting|war|hostility|conflict"),
    *_t("peace_deal", "agreement", "$AGREEMENT ~~ end|halt/V ~~ skirmish|clash|violence"),
    # "agreed to halt attacks on shipping", "failed to agree to stop the fighting", "the two
    # sides vowed to end all hostilities for good"
    *_t("peace_deal", "agreement", "agree/V to ~ halt|stop|cease|end ~~ fighting|attack|hostility"),
    *_t("peace_deal", "agreement", "agree/V to ~ halt|stop|cease|end ~~ war|firing|clash"),
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
    # strategic partnership", "a partnership formalised by a 2002 accord"
    *_t("sign", "agreement", "conclude|formalize ~ partnership", "partnership ~~ ^formalize/V"),
    *_t("sign", "agreement", "partnership ~~ be ^conclude/V"),
    # "struck a security pact", "the deal, struck in January", "entered into an agreement"
    *_t("sign", "agreement", "strike/V ~ $AGREEMENT", "$AGREEMENT ~ ^strike/V"),
    *_t("sign", "agreement", "enter/V into ~~ $AGREEMENT", "$AGREEMENT ~ be ^enter/V into"),
    *_t("sign", "agreement", "put ~ pen to paper"),  # "put pen to paper on the treaty"
    # "has made a deal with its neighbour"
    *_t("sign", "agreement", "make/V ~ agreement|deal|pact|accord ~ with"),
    *_t("sign", "agreement", "forge/V ~ pact|alliance|agreement|accord|deal|treaty"),
    *_t("sign", "agreement", "create|establish|found|launch ~ alliance|bloc|confederation"),
    # a bloc founded by name: "the treaty that set up the CSTO in 2002" (away/agreements.py: the
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
    # "voted to adopt a bill on the country's accession to NATO": a law on joining passed
    *_t("ratify", "agreement", "^adopt/V ~ bill|law|legislation ~~ accession|membership"),
    # "won every member's approval to enter", "needs Turkey's consent"
    *_t("ratify", "agreement", f"{SEEKING} ~ ^{CONSENT}/N"),
    *_t("ratify", "agreement", "vote/V on|for ~ $AGREEMENT|accession|membership|it"),
    *_t("ratify", "agreement", "vote/V in favor|favour of ~~ $AGREEMENT|accession|membership"),
    # approval said as a green light or an endorsement: "the cabinet gave the treaty the green
    # light", "secured the green light from parliament", "endorse the pact", "signed into law"
    *_t("ratify", "agreement", "^give|grant/V ~ green light", f"{SEEKING} ~ green ^light/N"),
    *_t("ratify", "agreement", "^give|grant/V ~ approval|assent ~~ $AGREEMENT"),
    # "the Senate gave its approval in December": a legislature's approval of the pact told of
    *_t(
        "ratify",
        "agreement",
        "senate|parliament|legislature|congress|duma|assembly|lawmaker|rada|majlis|knesset ~ "
        "^give|grant/V ~ approval|assent|consent",
    ),
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
    # "the Security Council reauthorized the AU mission": its mandate renewed
    *_t("extend", "agreement", "reauthorize|reauthorise/V"),
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
