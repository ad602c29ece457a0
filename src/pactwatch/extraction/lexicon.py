"""The words the extractor knows: event triggers, and the cues for certainty, time and sources.

Triggers are written in a small pattern language, compiled into spaCy ``Matcher`` patterns:

- ``@leave``: every form of a verb (leave, leaves, left, leaving), marked with its form;
- ``a|b``: one of several words (matched in lower case);
- ``~``: up to four words of anything in between ("kick Yerevan out"), ``~~`` up to six;
- ``?word``: an optional word.

A trigger names its event type (or ``withdraw|withdraw_forces`` where the arguments decide), and
its *frame*, which says where its arguments stand (see ``arguments.py``). Patterns describe the
phenomenon (how news reports an exit, a deployment, a threat), never one article's sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Form = Literal["base", "3sg", "past", "pp", "ing"]
Frame = Literal[
    "member",  # a member and an agreement: join, leave, freeze, skip an exercise
    "expel",  # someone puts a member out: subject, expelled object, agreement
    "dyad",  # subject acts on object: attack, warn, cooperate, guarantee
    "sign",  # the parties on both sides of "with" sign an agreement
    "presence",  # forces of one state in another: station, withdraw, close a base
    "host",  # the host is the subject in the text: "Armenia hosted an EU mission"
    "noun",  # a nominal event: "an Azeri attack", "Finland's accession", "the deployment of"
    "defeat",  # the possessor is acted on: "Armenia's defeat"
    "speaker",  # the speaker makes the claim: "X poses a threat to Y" said by S
    "mutual",  # both sides at once: "mutual assistance", "fighting between A and B"
    "clause",  # a collective-defence clause: "an attack on X is an attack on all"
    "purchase",  # the buyer is the object: "Hungary will buy jets from Sweden"
]

IRREGULAR: dict[str, tuple[str, str]] = {
    "freeze": ("froze", "frozen"),
    "leave": ("left", "left"),
    "withdraw": ("withdrew", "withdrawn"),
    "take": ("took", "taken"),
    "quit": ("quit", "quit"),
    "send": ("sent", "sent"),
    "hold": ("held", "held"),
    "break": ("broke", "broken"),
    "give": ("gave", "given"),
    "become": ("became", "become"),
    "come": ("came", "come"),
    "keep": ("kept", "kept"),
    "seek": ("sought", "sought"),
    "sell": ("sold", "sold"),
    "put": ("put", "put"),
    "lay": ("laid", "laid"),
    "cut": ("cut", "cut"),
    "shut": ("shut", "shut"),
    "strike": ("struck", "struck"),
    "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"),
    "begin": ("began", "begun"),
    "pull": ("pulled", "pulled"),
    "set": ("set", "set"),
    "win": ("won", "won"),
    "fight": ("fought", "fought"),
    "stand": ("stood", "stood"),
    "say": ("said", "said"),
    "tell": ("told", "told"),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "see": ("saw", "seen"),
    "lead": ("led", "led"),
    "bring": ("brought", "brought"),
    "make": ("made", "made"),
}
_DOUBLE = {"quit", "expel", "ship", "stop", "plan", "drop", "admit", "commit", "scrap"}
_DOUBLE |= {"bar", "veto", "cut", "shut", "put", "set", "begin", "win", "upgrade"}


def verb_forms(lemma: str) -> dict[str, Form]:
    """The inflected forms of an English verb and what each is."""
    if " " in lemma:  # "pull out": inflect the head
        head, rest = lemma.split(" ", 1)
        return {f"{w} {rest}": f for w, f in verb_forms(head).items()}
    v = lemma
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = v + "es"
    elif v.endswith("y") and v[-2] not in "aeiou":
        third = v[:-1] + "ies"
    else:
        third = v + "s"
    if v.endswith("e"):
        ing, ed = v[:-1] + "ing", v + "d"
    elif v.endswith("y") and v[-2] not in "aeiou":
        ing, ed = v + "ing", v[:-1] + "ied"
    elif v in _DOUBLE and v not in ("upgrade", "veto"):
        ing, ed = v + v[-1] + "ing", v + v[-1] + "ed"
    else:
        ing, ed = v + "ing", v + "ed"
    past, pp = IRREGULAR.get(v, (ed, ed))
    if v == "veto":
        third, past, pp = "vetoes", "vetoed", "vetoed"
    forms: dict[str, Form] = {pp: "pp", past: "past", ing: "ing", third: "3sg", v: "base"}
    return forms


@dataclass(frozen=True)
class Trigger:
    types: tuple[str, ...]  # one type, or the candidates the arguments choose between
    frame: Frame
    pattern: str


def _t(types: str, frame: Frame, *patterns: str) -> list[Trigger]:
    return [Trigger(tuple(types.split("|")), frame, p) for p in patterns]


FORCES = "troops|forces|soldiers|contingent|contingents|peacekeepers|personnel|units|battalion"
FORCES += "|paratroopers|marines|submarines|warships|bombers|brigade|brigades|army|navy"
FORCES_ALL = FORCES + "|troop|base|bases|presence|garrison|mission|deployment"
AGREEMENT_NOUNS = "agreement|agreements|treaty|treaties|pact|pacts|deal|deals|accord|accords"
TIES = "ties|cooperation|relations|contacts|partnership|links|coordination"
ARMS = "weapons|arms|howitzers|missiles|radars|ammunition|drones|tanks|jets|systems|equipment"

TRIGGERS: list[Trigger] = [
    # membership, legal track
    *_t("join", "member", "@join", "@accede to", "@become ?a ?full member|members"),
    *_t("join", "member", "@admit to|into|as", "@enter ~ alliance|bloc|organization"),
    *_t("join", "noun", "accession|admission|entry to|into", "accession|admission"),
    *_t("apply", "member", "@apply for ~ membership", "@apply to join", "@apply"),
    *_t("apply", "member", "@seek ~ membership", "@submit ~ application|bid"),
    *_t("commit_defense", "clause", "article|clause ~ @apply|@extend|@cover to"),
    *_t("apply", "noun", "membership bid|application", "bid to join"),
    *_t("withdraw|withdraw_forces", "member", "@withdraw from", "@leave", "@quit", "@exit"),
    *_t("withdraw|withdraw_forces", "member", "@pull out of", "@pull out", "@walk out of"),
    *_t("withdraw", "member", "@defect from", "@break away from", "@secede from"),
    *_t("withdraw|withdraw_forces", "noun", "departure|withdrawal|exit|pullout from"),
    *_t("notify_withdrawal", "member", "@notify ~ withdrawal|intention", "@give ~ notice"),
    *_t("notify_withdrawal", "member", "@announce ~ withdrawal|exit|departure from"),
    *_t("notify_withdrawal", "member", "@announce ~ @leave|@quit|@exit|@withdraw"),
    *_t("notify_withdrawal", "member", "@announce ~ withdrawal|exit|departure"),
    *_t("suspend", "member", "@suspend ~ participation|membership", "@suspend from"),
    *_t("expel", "expel", "@expel", "@kick ~ out", "@throw ~ out", "@oust"),
    *_t("expel", "noun", "expulsion|ouster of", "expulsion"),
    # participation track
    *_t("freeze", "member", "@freeze ~ participation|membership|involvement|activities"),
    *_t("freeze", "member", "no longer involved|active|engaged in"),
    *_t("freeze", "noun", "freeze|freezing of ?its ?their participation|membership"),
    *_t("resume", "member", "@resume ~ participation|membership|activities"),
    *_t("resume", "member", "@restore|@reinstate|@unfreeze ~ membership|participation"),
    *_t("resume", "member", "membership|participation ~~ @restore|@resume|@reinstate"),
    *_t("resume", "member", "@return to ~ alliance|bloc|organization|fold|treaty"),
    # participation signals
    *_t("skip_exercise", "member", "no longer @participate in ~ exercises|drills"),
    *_t("skip_exercise", "member", "no longer @take part in ~ exercises|drills"),
    *_t("skip_exercise", "member", "@skip|@boycott|@shun|@miss ~ exercises|drills|exercise"),
    *_t("skip_exercise", "member", "not|n't @participate|@join ~ exercises|drills"),
    *_t("skip_exercise", "member", "not|n't @take part in ~ exercises|drills"),
    *_t("skip_exercise", "member", "@pull out of ~ exercises|drills|exercise"),
    *_t("skip_meeting", "member", "@skip|@boycott|@miss ~ summit|meeting|session|summits"),
    *_t("skip_meeting", "member", "not|n't @attend ~ summit|meeting|session|summits"),
    *_t("skip_meeting", "member", "@stay away from ~ summit|meeting|session|summits|meetings"),
    *_t("withhold_contribution", "member", "@withhold ~ contributions|payments|dues|funding"),
    *_t("withhold_contribution", "member", "@stop|@halt|@suspend ~ contributions|dues"),
    *_t("withhold_contribution", "member", "not|n't @pay ~ contributions|dues|share"),
    *_t("block", "dyad", "@block", "@veto", "@hold up", "@stall ~ accession|bid|ratification"),
    *_t("block", "dyad", "@delay ~ accession|ratification|bid"),
    # presence
    *_t("deploy", "presence", f"@station|@deploy|@send|@dispatch ~ {FORCES}"),
    *_t("deploy", "presence", "@open ~ base|bases|outpost", "@build ~ base|bases"),
    *_t("deploy", "presence", f"{FORCES} @arrive in", "@deploy to|in"),
    *_t("deploy", "noun", f"deployment|stationing of ~ {FORCES}", "deployment"),
    *_t("deploy", "host", "@host", "@welcome ~ mission|troops|forces|base"),
    *_t("deploy", "presence", f"{FORCES} ~ @station|@base|@deploy|@position", "@rotate ~ troops"),
    *_t(
        "deploy", "presence", f"access for ~ {FORCES}", f"{FORCES} ~ access to", f"{FORCES} to use"
    ),
    *_t("withdraw_forces", "presence", f"@withdraw|@remove|@pull ~ {FORCES_ALL}"),
    *_t("withdraw_forces", "presence", f"{FORCES} ~ @withdraw|@leave|@pull|@depart"),
    *_t("withdraw_forces", "presence", "@close|@shut|@dismantle ~ base|bases"),
    *_t("withdraw_forces", "presence", f"@expel|@evict ~ {FORCES_ALL}"),
    *_t("withdraw_forces", "noun", f"withdrawal|pullout|departure of ~ {FORCES_ALL}"),
    *_t("withdraw_forces", "noun", "closure|closing of ~ base|bases"),
    # support ties and signals
    *_t("arms_supply", "dyad", f"@supply|@deliver|@sell|@ship|@send ~ {ARMS}"),
    *_t("arms_supply", "dyad", f"@provide ~ {ARMS}", "arms deliveries|sales|supplies|deal"),
    *_t("arms_supply", "purchase", f"@buy|@purchase|@acquire|@order ~ {ARMS}|fighters|fighter"),
    *_t("arms_supply", "noun", f"sale|sales|delivery|deliveries of ~ {ARMS}|fighters|fighter"),
    *_t("security_assistance", "dyad", "@support ~ rearmament|army|military|forces"),
    *_t("security_assistance", "dyad", "@train ~ troops|army|forces|soldiers|military"),
    *_t("security_assistance", "dyad", "military aid|assistance", "security assistance"),
    *_t("security_assistance", "dyad", "@help ~ rearm|modernize|modernise"),
    *_t("political_support", "dyad", "political backing|support", "@express ~ support"),
    *_t("political_support", "dyad", "@back|@endorse|@support ~ bid|candidacy|sovereignty"),
    *_t("political_support", "dyad", "@offer ~ backing", "@voice ~ support|solidarity"),
    *_t("political_support", "dyad", "@back", "@support ~ membership|accession|bid"),
    *_t("cooperate", "dyad", f"@strengthen|@deepen|@expand|@boost|@bolster ~ {TIES}"),
    *_t("cooperate", "dyad", f"@enhance|@upgrade|@intensify ~ {TIES}", "@cooperate with"),
    *_t("cooperate", "dyad", "@hold ~ joint exercises|drills|exercise", "joint exercises|drills"),
    *_t("cooperate", "dyad", "@forge ~ ties|partnership|alliance", "@align with"),
    *_t("cooperate", "dyad", f"@develop|@step up|@expand ~ {TIES}", "@turn to", "ties with"),
    *_t("reduce_cooperation", "dyad", f"@reduce|@cut|@downgrade|@curtail|@sever ~ {TIES}"),
    *_t("reduce_cooperation", "dyad", f"@scale|@freeze|@suspend|@limit ~ {TIES}"),
    *_t("reduce_cooperation", "dyad", "@distance ~ from", "@turn away from"),
    *_t("negotiate", "dyad", "@negotiate", "@hold|@open|@start|@begin|@launch ~ talks"),
    *_t("negotiate", "dyad", "in talks with|on|over", "negotiations with|on|over"),
    *_t("negotiate", "dyad", "talks|negotiations with"),
    *_t("negotiate", "mutual", "talks|negotiations between"),
    *_t("negotiate", "dyad", "@discuss ~ pact|agreement|deal|treaty|pacts"),
    # statements
    *_t("warn", "dyad", "@warn", "@threaten", "@caution"),
    *_t("accuse", "dyad", "@accuse", "@blame", "@shift|@put|@lay|@place ~ blame"),
    *_t("accuse", "dyad", "@condemn", "@denounce"),
    *_t("accuse", "speaker", "@pose ~ threat|threats|danger|risk to"),
    *_t("urge", "dyad", "@urge", "@encourage", "@press ~ to", "@push ~ to", "@call on"),
    *_t("urge", "dyad", "@persuade", "@pressure ~ to", "@pressure"),
    *_t("commit_defense", "dyad", "mutual defense|defence obligations|obligation|commitments"),
    *_t("commit_defense", "noun", "defense|defence|security commitment|commitments|pledge"),
    *_t("commit_defense", "dyad", "@provide|@offer|@give|@extend ~ guarantees|guarantee"),
    *_t("commit_defense", "noun", "security guarantor|guarantors|guarantees|guarantee"),
    *_t("commit_defense", "dyad", "@ensure|@guarantee ~ defense|defence|security"),
    *_t("commit_defense", "dyad", "@defend", "@come to ~ defense|defence|aid|assistance"),
    *_t("commit_defense", "dyad", "@protect"),
    *_t("commit_defense", "mutual", "mutual assistance|defence|defense|aid", "mutual-assistance"),
    *_t("commit_defense", "mutual", "@oblige|@commit|@bind ~ each|both|all ?other side|sides"),
    *_t("commit_defense", "mutual", "@oblige|@commit ~ members|parties|allies|signatories"),
    *_t("commit_defense", "clause", "attack|aggression on|against ~~ attack|aggression on|against"),
    *_t("commit_defense", "clause", "@protect by ~ Article|article|clause"),
    # conflict
    *_t("attack", "dyad", "@attack", "@invade", "@bomb", "@shell"),
    *_t("attack", "dyad", "@launch ~ offensive|operation|attack|strikes|invasion"),
    *_t("attack", "dyad", "@resolve ~ militarily", "@use ~ force against"),
    *_t("attack", "noun", "attack|attacks|offensive|invasion|incursion|assault|aggression"),
    *_t("attack", "noun", "military|special|terrorist|counterterrorist|antiterrorist operation"),
    *_t("attack", "noun", "counterterrorism|military|special ?military operation|operations"),
    *_t("attack", "noun", "military action|actions|threats|strikes", "airstrikes|shelling"),
    *_t("attack", "defeat", "defeat"),
    *_t("attack", "mutual", "fighting|clashes|war|hostilities|conflict between"),
    *_t("peace_deal", "sign", "peace deal|treaty|agreement|accord", "ceasefire|truce|armistice"),
    *_t("peace_deal", "sign", "@normalize|@normalise ~ relations"),
    # agreement life cycle
    *_t("sign", "sign", "@sign", "@ink", f"@conclude|@clinch ~ {AGREEMENT_NOUNS}"),
    *_t("sign", "sign", "@form ~ pact|alliance|bloc|confederation"),
    *_t("terminate", "sign", f"@end|@revoke|@cancel|@denounce|@scrap ~ {AGREEMENT_NOUNS}"),
    *_t("terminate", "sign", "@end|@terminate ~ cooperation|agreement|accord"),
    *_t("ratify", "member", "@ratify", "ratification of"),
    *_t("ratify", "member", "@approve ~ accession|treaty|protocol|membership|bid"),
    *_t("ratify", "member", f"@approve ~ {AGREEMENT_NOUNS}", "@sign off on"),
    *_t("enter_into_force", "sign", "@enter into force", "@come into force", "@take effect"),
    *_t("enter_into_force", "sign", "entry into force"),
    *_t("terminate", "sign", "@terminate", "@dissolve", "@scrap", "@annul", "@abrogate"),
    *_t("terminate", "sign", "@tear up", "termination|dissolution of"),
    *_t("extend", "sign", "@extend|@prolong|@renew ~ mandate|treaty|agreement|lease|deal"),
    *_t("extend", "sign", "extension|prolongation of ~ mandate|treaty|agreement|lease"),
    *_t("amend", "sign", "@amend"),
]

# Words whose nearness changes an event's certainty or time.
NEGATION = {"not", "n't", "n’t", "never", "no", "nor", "without", "neither", "cannot"}
NEGATING_VERBS = {"refuse", "refused", "refuses", "refusing", "fail", "failed", "fails"}
NEGATING_VERBS |= {"deny", "denied", "denies", "ruled", "rule", "rules", "declined"}
PROBABLE = {"probably", "likely", "presumably", "expected", "would", "should", "appears"}
PROBABLE |= {"appear", "seems", "seem", "apparently", "reportedly", "poised", "anticipated"}
PROBABLE |= {"plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims"}
PROBABLE |= {"preparing", "scheduled", "intention", "intent", "ca", "cannot"}
UNLIKELY = {"unlikely", "improbable", "doubtful"}
POSSIBLE = {"could", "may", "might", "possible", "possibly", "perhaps", "maybe", "potential"}
POSSIBLE |= {"potentially", "eventually", "speculative", "considering", "mulling", "weighing"}
POSSIBLE |= {"deter", "deterring", "prevent", "preventing", "avert", "forestall", "risk", "can"}
POSSESSED = {
    "participation",
    "membership",
    "troops",
    "forces",
    "base",
    "bases",
    "army",
    "territory",
}
POSSESSED |= {"soldiers", "military", "government", "authorities", "leadership", "presence", "bid"}
POSSESSED |= {"accession", "withdrawal", "departure", "exit", "defense", "defence", "security"}
POSSESSED |= {"borders", "border", "sovereignty", "allies", "ally", "contributions", "dues"}
CERTAIN_FUTURE = {"will", "shall", "'ll", "’ll", "inevitably", "inevitable", "certain", "going"}
FUTURE = CERTAIN_FUTURE | POSSIBLE | PROBABLE | UNLIKELY | {"would", "going", "soon", "next"}
FUTURE -= {"can", "ca", "cannot", "appears", "seems", "appear", "seem", "apparently", "reportedly"}
PERFECT = {"has", "have", "had", "'s", "’s", "'ve", "’ve"}
BE = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "’s"}
# Events whose perfect describes a state that holds now ("has frozen", "has not left").
STATE_TYPES = {"freeze", "suspend", "withdraw", "join", "skip_exercise", "skip_meeting"}

# Conditions: an antecedent clause, and a marked consequence.
IF = {"if", "unless", "whether"}
IF_PHRASES = ("in the event of", "in the event that", "in case of", "provided that")
ONLY_IF = ("only when", "only if", "only after", "only once", "unless")
TEMPORAL_CONDITION = {"once"}
CONSEQUENCE = {"lead", "leads", "trigger", "triggers", "cause", "causes", "provoke", "invite"}
CONSEQUENCE |= {"open", "prompt", "spark", "result", "mean", "bring"}

# Reported speech: the verbs (and phrases) that introduce what someone says.
_REPORTING_VERBS = """say tell state note emphasize emphasise highlight claim argue add insist
announce write report clarify stress underline believe assert declare acknowledge admit confirm
explain suggest conclude observe warn predict contend maintain reiterate recall reply respond"""
REPORTING = [f"@{v}" for v in _REPORTING_VERBS.split()]
REPORTING += ["@point out", "according to", "@quote as saying"]
REPORT_NOUNS = {"report", "study", "paper", "document", "analysis", "assessment", "survey"}
UNNAMED_SPEAKERS = {
    "analysts", "experts", "observers", "officials", "diplomats", "sources", "critics",
    "commentators", "insiders", "lawmakers", "scholars", "researchers",
    "official", "diplomat", "source", "analyst", "expert", "spokesperson", "spokesman",
    "spokeswoman", "people",
}  # fmt: skip

# Anaphors.
PRONOUNS_SINGULAR = {"it", "its", "itself"}
PRONOUNS_PERSON = {"he", "his", "him", "she", "her"}
PRONOUNS_PLURAL = {"they", "their", "them", "themselves"}
PRONOUNS_SPEAKER = {"we", "our", "us", "ours"}
GROUP_PHRASES = ("those two", "these two", "the two", "both countries", "those countries",
                 "these countries", "the two countries", "both sides", "the two sides",
                 "these states", "those states", "the allies", "both")  # fmt: skip
COUNTRY_PHRASES = ("that country", "this country", "the country", "the republic")
AGREEMENT_PHRASES = ("the bloc", "this bloc", "that bloc", "the alliance", "this alliance",
                     "the organization", "the organisation", "this organization",
                     "the pact", "the treaty", "the union", "the grouping", "the accord",
                     "the agreement", "the deal", "this agreement", "the community")  # fmt: skip

# Words that make "leave" an exit from membership even when the agreement is implicit.
MEMBERSHIP_WORDS = {"membership", "member", "members", "bloc", "alliance", "organization"}
MEMBERSHIP_WORDS |= {"organisation", "treaty", "pact", "union", "community", "grouping"}

# Words that end a clause: its cues and arguments stop there (modules add their own).
CLAUSE_WORDS = {"which", "since", "because", "while", "but", "although", "though"}

# Words that separate a nominal event from a name before it ("Armenia, which ... attack").
BOUNDARY_WORDS = {",", ";", "that", "which", "to", "with", "by", "for", "against", "on", "in"}
