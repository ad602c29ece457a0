"""Who did what to whom under which agreement: the arguments of each candidate, from the parse.

A verb's subject is its ``nsubj`` (or, for a complement, the subject of the verb that controls
it: "Armenia began refusing to attend"); a passive's agent is its "by" phrase; objects are
direct objects and the prepositional objects each event type takes ("appealed to the CSTO",
"clashes with Azerbaijan", "withdrawal from the CSTO"). A nominal event takes its possessor or
demonym ("Azerbaijan's aggression", "Azeri attacks"), its "of", "by", "against" and "to"
phrases, or the subject of the light verb it is the object of ("Ankara providing military
assistance to ..."). The frame (``lexicon.Frame``) says which argument is which; what the text
leaves implicit comes from the document: the agreement in context, the knowledge base's
agreement between the parties, the mission's deployer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.dates import PartialDate
from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.reading import EACH_OTHER, Candidate, Reading, Ref, guarded
from pactwatch.extraction.syntax import (
    CONSENT,
    INSTRUMENTS,
    OBJECT_CONTROL,
    actors_of,
    agent_token,
    compound_head,
    conjunct_states,
    copula_subject,
    is_passive,
    judged_one,
    led_by,
    lemma,
    nothing_done,
    objects,
    prep_objects,
    provided_with,
    rebutted,
    subject_token,
)

FORCES = set(lx.SETS["FORCES"].split()) - {"mission", "base", "presence", "deployment"}
BASES = set(lx.SETS["BASE"].split()) | {"mission", "presence", "deployment", "stationing"}
TROOPS = set(lx.SETS["TROOPS"].split())
WEAPONS = set(lx.SETS["ARMS"].split()) - {"system", "equipment", "vehicle", "hardware", "arm"}
# a state's armed services, which as a subject leave a place, never a bloc
ARMIES = {"army", "navy", "military", "air force", "armed forces"}
# vessels whose flag says whose they are: "Chinese Coast Guard vessels rammed ..."
CRAFT = {"vessel", "ship", "boat", "plane", "cutter", "frigate", "destroyer", "aircraft", "flight"}
# what is struck or supplied on a state's side: "struck Iranian nuclear facilities", "attacks
# on Israeli targets", "supplied Ukrainian forces": the state it belongs to is the object
TARGETS = {"target", "position", "facility", "site", "installation", "infrastructure", "city"}
TARGETS |= {"town", "village", "territory", "soil", "outpost", "port", "airport", "airfield"}
TARGETS |= {"force", "troop", "soldier", "army", "unit", "military", "plant", "embassy"}
TARGETS |= {"base", "vessel", "ship", "warship", "tanker", "convoy"}  # "at US bases"
# what an attack is aimed at, and where that lies: "targeting sites across Pakistan"
AIMING = {"target", "hit", "strike", "bomb", "shell", "attack"}
WHERE = ("in", "across", "inside", "throughout")
# seeing something as hostile: "sees the CSTO as a threat", "viewed the deal as violating"
SEEING = {"see", "view", "regard", "interpret", "perceive"}
RESPONDING = {"respond", "retaliate", "react", "answer", "reply"}
# who leads or spearheads an offensive, talks or a mission does it ("the group that led the
# offensive"); who launches, wages or leads it in the passive is its "by" phrase ("an
# offensive spearheaded by his forces", "talks led by Qatar")
LEADING = {"lead", "spearhead"}
DONE_BY_AGENT = LEADING | {"launch", "carry", "conduct", "wage", "mount", "stage", "execute"}
DONE_BY_AGENT |= {"perform", "order", "undertake", "begin", "start", "initiate", "direct"}
TARGETED_TYPES = {"attack", "arms_supply", "security_assistance"}
# more forces somewhere, a presence only where the text says where
MORE_FORCES = {lx.FORCES_UP, "troop|force increase|surge|buildup|boost"}
# what one holds forces or a base under: "under US control", "under Russian command"
HELD_UNDER = {"control", "command", "jurisdiction", "authority"}
# nouns that stand for a place where forces are: "troops in the region", "on Polish soil"
PLACE_NOUNS = {"country", "region", "territory", "soil", "area", "island", "theater", "theatre"}
# the dashes that join a pair of names ("the Israel-Hezbollah ceasefire")
HYPHENS = {"-", "\u2013", "\u2014"}
# verbs that size a presence: "expanded its military presence in Peru"
SIZING = {"expand", "increase", "maintain", "keep", "boost", "reinforce", "strengthen", "reduce"}
SIZING |= {"cut", "establish", "bolster", "retain", "double", "enlarge", "grow", "scale"}
# words that leave whose forces they are unsaid: "foreign troops", "any Western troops"
UNNAMED_OWNERS = {"foreign", "western", "international", "overseas", "outside"}
# verbs of leaving a place ("departed the base", "vacated the airfield")
LEAVING = {"leave", "depart", "vacate", "quit", "abandon", "evacuate", "exit"}
# pronouns of a relative clause, which stand for the noun it hangs on ("the region, which")
RELATIVES = {"which", "that", "whom"}
# forces beside which others are deployed or patrol are not the ones deployed
BESIDE = {"alongside", "beside"}
BANNED = {"import", "export", "flight", "overflight", "trade", "shipment", "transit"}
DEADLINES = {"deadline", "ultimatum"}
# Verbs that judge or tell of an act another did: "condemned the strike"
JUDGING = {"condemn", "denounce", "describe", "call", "label", "brand", "decry", "criticize"}
JUDGING |= {"deplore", "slam", "blast", "characterize", "term", "dub", "protest", "report"}
WORRIES = {"concern", "alarm", "worry", "unease", "anxiety"}  # voiced over someone's act
# What one returns to in returning to a body: "returned to the table", "to full membership"
PARTICIPATING = {"table", "membership", "participation", "fold", "bloc", "alliance", "meeting"}
PARTICIPATING |= {"session", "organization", "activity", "work", "structure", "body", "summit"}
# Types whose object may be named only as the owner of what is acted on
OWNED_TARGET_TYPES = {"reduce_cooperation", "accuse", "warn"}
TIE_TYPES = {"cooperate", "political_support", "reduce_cooperation"}
# What is sabotaged in words only: "sabotage the talks", "sabotage of the peace process"
PROCESSES = {"process", "talk", "negotiation", "effort", "deal", "agreement", "dialogue"}
PROCESSES |= {"plan", "initiative", "election", "reform", "cooperation", "summit", "ceasefire"}
# Verbs whose subject undergoes what is said with them: "died in an attack"
SUFFERING = {"die", "perish", "be", "lose", "suffer", "injure", "wound", "survive", "kill"}
SUFFERING |= {"come", "fall", "get", "escape", "flee", "shelter", "hide", "remain", "stay"}
# Statement nouns whose "of" names what they are about, not who makes them ("criticism of
# Moscow", "a condemnation of the strikes"); with the others it names the speaker
SAID_OF = {"criticism", "support", "condemnation", "denunciation"}
BORDERS = {"border", "frontier", "borderland", "frontline"}
# verbs by which one wages a fight one joins: "joined the war", "took part in the offensive"
JOINING_FIGHT = {"join", "enter"}
TAKING_PART = {"participate", "engage", "fight"}
# what one joins without becoming a member: "joined the fighting", "joined others in calling"
NO_BODY = {"fighting", "fight", "war", "battle", "talk", "call", "chorus", "other", "effort"}
NO_BODY |= {"push", "offensive", "campaign", "protest", "criticism", "ranks", "list", "queue"}
NO_BODY |= {"warship", "ship", "vessel", "carrier", "destroyer", "fleet", "flotilla"}
MEETINGS = set(lx.SETS["MEETING"].split())
DRILLS = set(lx.SETS["DRILL"].split())
GATHERINGS = MEETINGS | {"dinner", "reception", "ceremony", "conference", "forum", "event"}
GATHERINGS |= {"visit", "gathering", "banquet", "talk", "round", "session", "delegation"}
# who is hosted as a guest: the words that describe a person, and a few of visiting
VISITORS = lx.DESCRIPTIONS_PERSON | {"counterpart", "envoy", "guest", "visitor", "king"}
VISITORS |= {"delegate", "ambassador"}
OBJECT_PREPS: dict[str, tuple[str, ...]] = {
    "attack": ("against", "on", "in", "into"),
    "accuse": ("against", "onto", "on"),
    "urge": ("on", "to", "upon"),
    "warn": ("against",),
    "cooperate": ("with", "to", "toward", "towards", "between"),
    "reduce_cooperation": ("from", "with", "on", "toward", "towards", "to"),
    "negotiate": ("with", "between"),
    "political_support": ("to", "for", "with", "behind"),
    "security_assistance": ("to", "for", "with"),
    "arms_supply": ("to", "for"),
    "commit_defense": ("to", "toward", "towards", "for", "against", "in", "respect", "regard"),
    "block": ("on", "to"),
}
# whom a feeling voiced is about: "dissatisfaction with Manila", "concern over Moscow's moves"
# what is built is the builder's: "China's construction of bases", "the expansion of its base"
BUILDING = {"construction", "building", "buildup", "expansion", "establishment", "opening"}
REMOTE = {"video", "link", "videolink", "videoconference", "teleconference", "phone", "online"}
REMOTE |= {"remotely", "virtually", "call"}  # a meeting joined from afar
OPEN_WH = {"when", "whether", "how", "if"}  # a question still open: "decide when to leave"
REACHING = {"extend", "apply", "cover", "include"}  # a pledge that reaches someone
TALKS = {"talk", "negotiation", "meeting", "discussion", "consultation"}
TRAVELLING = {"visit", "travel", "go", "fly", "come", "head", "arrive", "journey"}
MAKING = {"make", "build", "manufacture", "produce", "supply", "design"}  # "Chinese-made"
STOPPING = {"prevent", "stop", "halt", "deter"}  # an attack one did nothing to stop
TAKEN = {"seize", "capture", "recapture", "take", "wrest", "retake"}  # ground from someone
FELT_AT = ("with", "over", "about", "at", "toward", "towards", "against")
TIES_NOUNS = set(lx.SETS["TIES"].split()) | {"cooperation", "partnership", "aid", "assistance"}
STATEMENT_NOUNS = {"criticism", "condemnation", "warning", "threat", "call", "request", "demand"}
STATEMENT_NOUNS |= {"appeal", "pressure", "accusation", "complaint", "protest", "support", "aid"}
STATEMENT_NOUNS |= {"assistance", "backing", "help", "reproach", "rebuke", "ultimatum"}
# Nouns for a role one actor plays for another: the subject is who plays it ("Russia was
# Armenia's protective power"), the object whom it is played for.
ROLE_NOUNS = {"guarantor", "protector", "power", "ally", "partner", "supplier", "patron"}
ROLE_NOUNS |= {"sponsor", "backer", "guarantee", "defender", "provider"}
# patterns that accuse only when they name someone: "described Azerbaijan as the aggressor"
NAMING_SOMEONE = {"describe ~~ as", "brand/V", "label ~~ as", "portray ~~ as", "characterize ~~ as"}
RECEIVING = {"draw", "receive", "get", "face", "earn", "attract", "suffer"}
# "took delivery of tanks from Germany": whoever takes a delivery receives it, where "take"
# is otherwise a light verb of doing ("take action")
DELIVERIES = {"delivery", "shipment", "consignment", "handover"}
BENEFIT = {"benefit", "rely", "count", "depend", "enjoy", "lean"}
MUTUAL_TYPES = {"cooperate", "commit_defense", "negotiate"}
COMMITMENT_NOUNS = {"commitment", "obligation", "pledge", "promise"}
DEFENDING = {"defend", "protect", "help", "assist", "aid", "come", "guarantee", "ensure"}
DEFENDING |= {"support", "provide", "deter", "respond", "secure", "back", "fight", "render"}
DEFENCE_OBJECTS = {"defense", "security", "ally", "alliance", "safety", "protection", "aid"}
DEFENCE_OBJECTS |= {"sovereignty", "integrity", "deterrence", "assistance", "help", "partner"}
FOCUS_SUBJECT_TYPES = {"join", "apply", "withdraw", "notify_withdrawal", "suspend", "freeze"}
FOCUS_SUBJECT_TYPES |= {"resume", "skip_exercise", "skip_meeting", "withhold_contribution"}
FOCUS_SUBJECT_TYPES |= {"cooperate", "reduce_cooperation", "negotiate", "ratify", "sign"}
SPEAKER_SUBJECT_TYPES = {"urge", "warn", "accuse", "political_support", "cooperate"}
FOCUS_OBJECT_TYPES = {"attack", "urge", "warn", "accuse", "commit_defense", "deploy"}
FOCUS_OBJECT_TYPES |= {"security_assistance", "political_support", "arms_supply", "block"}
FOCUS_OBJECT_TYPES |= {"withdraw_forces"}
NEAR_OBJECT_TYPES = FOCUS_OBJECT_TYPES | {"cooperate", "reduce_cooperation", "negotiate"}
PRESENCE_TYPES = {"deploy", "withdraw_forces"}
AGREEMENT_HYP_TYPES = {"join", "apply", "withdraw", "notify_withdrawal", "suspend", "freeze"}
AGREEMENT_HYP_TYPES |= {"block", "political_support"}
AGREEMENT_HYP_TYPES |= {"resume", "skip_exercise", "skip_meeting", "withhold_contribution"}
AGREEMENT_HYP_TYPES |= {"sign", "ratify", "enter_into_force", "amend", "extend", "terminate"}
AGREEMENT_HYP_TYPES |= {"urge", "commit_defense", "negotiate", "deploy"}
# what a state does to an agreement it is not (yet) a party of
OUTSIDERS_TYPES = {"join", "apply", "block", "political_support"}
# Relations the parties hold towards each other: "military cooperation", "mutual assistance".
SYMMETRIC_TYPES = {"cooperate", "commit_defense", "peace_deal"}
# Between an organization and a member, the organization defends and the member cooperates.
ORG_DIRECTION = {"commit_defense": True, "cooperate": False}
CONTEXT_AGREEMENT_TYPES = {"sign", "ratify", "enter_into_force", "amend", "extend", "terminate"}
CONTEXT_AGREEMENT_TYPES |= {"negotiate", "peace_deal", "commit_defense", "urge", "cooperate"}
COVERING = {"treaty", "pact", "article", "clause", "agreement", "accord", "guarantee"}
COVERING |= {"commitment", "umbrella", "alliance", "obligation", "provision"}
NAMED = ("name", "alias", "described")  # how a name is found: its words are no event
ORG_AGREEMENT_TYPES = {"urge", "deploy", "withdraw_forces", "commit_defense", "block"}
# Whose accession an event is about: "ratified Sweden's membership", "the Swedish accession
# protocol", "Sweden's bid was held up", "back Ukraine's bid to join NATO".
ACCESSION_NOUNS = {"accession", "membership", "bid", "entry", "candidacy", "application"}
ACCESSION_TYPES = {"ratify", "block", "political_support", "urge", "apply"}
# What one leaves or joins when it is no membership: "leave no doubt", "join calls for".
NOT_MEMBERSHIP = {
    "withdraw": {"doubt", "room", "impression", "mark", "trace", "door", "question", "legacy"},
    "join": {"call", "chorus", "voice", "criticism", "condemnation", "appeal", "statement"},
}
# "Trump joined leaders at a dinner": people and gatherings are joined, not blocs
NOT_MEMBERSHIP["join"] |= {"leader", "president", "counterpart", "colleague", "delegation"}
NOT_MEMBERSHIP["join"] |= {"talk", "meeting", "summit", "dinner", "protest", "rally", "effort"}
NOT_MEMBERSHIP["withdraw"] |= {"option", "possibility", "office", "post", "power", "open"}
# "refused to join Western sanctions": measures are joined, not blocs
NOT_MEMBERSHIP["join"] |= {"sanction", "resolution", "ban", "embargo", "boycott", "measure"}
NOT_MEMBERSHIP["join"] |= {"initiative", "campaign", "consensus", "position", "declaration"}
# the public or the press, asked or urged by leaders: no state is asked ("media" has the lemma
# "medium")
PUBLIC = {"media", "medium", "press", "journalist", "reporter", "editor", "voter", "citizen"}
PUBLIC |= {"public", "resident", "population", "investor", "business", "company", "audience"}
# verbs that say a claim is not so: "denied that the drills pose a threat"
DENYING = {"deny", "fail", "reject", "dismiss", "refute"}
# verbs whose object or complement is asked for, not done
REQUESTING = {"call", "demand", "urge", "request", "appeal", "press", "push", "lobby", "ask"}
REQUESTING |= {"encourage", "pressure", "implore", "exhort", "summon"}
# what orders another to act ("ordered the U.S. to withdraw"); "ordered the signing" is no ask
ORDERING = {"order", "instruct", "command", "direct", "tell"}
# verbs whose subject forces are where the verb's place is: "troops are in Syria"
STAYING = {"be", "base", "station", "remain", "stay"}
# "warned Finland against joining NATO": what one is warned against has not happened
DISSUADING = {"warn", "caution", "advise", "counsel"}
# support that is said, not sent: "full support", "unwavering support"
POLITICAL_SUPPORT = {"full", "political", "diplomatic", "moral", "unwavering", "strong", "firm"}
POLITICAL_SUPPORT |= {"unconditional", "steadfast", "total", "complete", "unequivocal"}
# what a member leaves: a bloc, a treaty, its membership ("left the alliance")
LEFT_BEHIND = set(lx.SETS["BLOC"].split()) | set(lx.SETS["AGREEMENT"].split())
LEFT_BEHIND |= {"membership", "group", "coalition", "format", "structure", "body", "ranks"}
LEFT_BEHIND |= {"mechanism", "framework", "zone", "institution", "grouping", "association"}
# what is received without being arms: news, requests, answers
NOT_RECEIVED = {"notification", "notice", "message", "letter", "invitation", "call", "request"}
NOT_RECEIVED |= {"reply", "response", "answer", "information", "report", "word", "news", "signal"}
NOT_RECEIVED |= {"complaint", "proposal", "offer", "note", "appeal", "visit", "delegation"}
# "received Sweden's accession documents": papers handed over, not arms
NOT_RECEIVED |= {"document", "instrument", "credential", "ratification", "guest", "visitor"}
# "received only rhetorical support", "will receive the biggest allocation": backing or
# money, read where they are named (political support, aid), not arms
NOT_RECEIVED |= {"support", "backing", "declaration", "allocation", "funding", "praise"}
# "received security guarantees from London": a promise, read as a commitment, not arms
NOT_RECEIVED |= {"guarantee", "assurance", "commitment", "pledge", "promise"}
AGREEMENT_NOUNS = set(lx.SETS["AGREEMENT"].split()) | lx.DESCRIPTIONS_AGREEMENT | {"mandate"}
TRUCES = {"ceasefire", "truce", "armistice"}
ENTRY_WORDS = {"join", "accession", "membership", "entry", "enter", "admission", "admit"}
PARTNERSHIP = {"partnership"}  # a tie put to paper: "the partnership was formalised"
PRIOR_ATTACK_TOKENS = 120  # how far back an attack condemned without its author is looked for
ATTACK_NOUNS = {"attack", "strike", "airstrike", "invasion", "incursion", "offensive", "assault"}
ATTACK_NOUNS |= {"aggression", "bombing", "shelling", "raid", "bombardment", "incident"}
NEW_MEMBER_WORDS = {"new", "newest", "founding", "found", "full", "fully-fledged", "latest"}
LONG_MEMBER_YEARS = 3  # a state this long in an organization is not joining it
# how a state's name hangs on the arms it makes: "U.S. F-16 jets", "Russian-built tanks"
MAKER_DEPS = {"compound", "nmod", "amod", "npadvmod"}
PLACE_PREPS = ("in", "to", "into", "at", "on", "across", "along", "within", "near")


def _verb_of(tok: Token | None, c: Candidate) -> Token | None:
    """The verb a trigger's noun is the subject or object of, inside the trigger's words:
    "Dozens of Russian instructors have arrived in Niger"."""
    if tok is None:
        return None
    for _ in range(3):
        if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "prep", "dobj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":  # or one who leads it there: "will lead a mission to Haiti"
            return tok if c.start <= tok.i < c.end or lemma(tok) in LEADING else None
    return None


# verbs by which others decide on a state's accession: the accession is their event's object
DECIDING_ON = {"ratify", "approve", "block", "veto", "delay", "postpone", "obstruct", "stall"}
DECIDING_ON |= {"endorse", "oppose", "hold", "greenlight", "clear", "unblock", "accept"}


def _decided_by_others(noun: Token) -> bool:
    """ "ratified Sweden's accession", "blocked Ukraine's membership"."""
    return noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in DECIDING_ON


def receiving(verb: Token, noun: Token) -> bool:
    """Whether the subject of the noun's light verb receives what the noun names ("drew a
    warning", "took delivery of tanks") rather than doing it."""
    taking = lemma(verb) == "take" and lemma(noun) in DELIVERIES
    return lemma(verb) in RECEIVING or taking


def _under(noun: Token) -> Token | None:
    """The verb of "came under attack", "has been under attack", or None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _blaming(verb: Token) -> bool:
    """Whether what "described X as" calls it blames: "the protesters as terrorists"."""
    called = [o for p in verb.children if p.lower_ == "as" for o in p.children]
    called += [m for o in called for m in o.children if m.dep_ in ("amod", "compound")]
    return any(lemma(t) in lx.BLAMING_WORDS for t in called)


def _sentences_back(tok: Token, n: int) -> int:
    """Where the sentence ``n`` sentences before ``tok``'s starts."""
    lo = tok.sent.start
    for _ in range(n):
        lo = tok.doc[lo - 1].sent.start if lo > 0 else lo
    return lo


def _military_staff(tok: Token) -> bool:
    """ "the Tajik military staff": people in uniform, as troops are."""
    return lemma(tok) == "staff" and any(lemma(c) == "military" for c in tok.children)


def _another(noun: Token) -> bool:
    """ "similar accords", "equivalent pacts", "another agreement": not the one the article
    is about."""
    return any(lemma(c) in lx.OTHER_THAN for c in noun.lefts if c.dep_ in ("amod", "det"))


def _becoming_member(noun: Token) -> bool:
    """ "became the 31st member", "is now a full member", "a founding member": a member that
    has just become one (or was one from the start), not one that merely is one."""
    for child in noun.children:
        if child.ent_type_ == "ORDINAL" or lemma(child) in NEW_MEMBER_WORDS:
            return True
    gov = noun.head
    while gov.dep_ in ("conj", "appos", "attr", "pobj", "prep") and gov.head.i != gov.i:
        if gov.pos_ in ("VERB", "AUX"):
            break
        gov = gov.head
    return lemma(gov) in ("become", "make", "admit", "accept") or any(
        lemma(c) == "now" for c in gov.children
    )


class Finder:
    def __init__(self, doc: Doc, r: Reading) -> None:
        self.doc, self.r, self.know = doc, r, r.know
        self.doc_orgs: list[str] = []
        for ref in r.refs:
            if ref.kind in ("org", "agreement") and ref.ids[0] not in self.doc_orgs:
                self.doc_orgs.append(ref.ids[0])
        counts = Counter(x.ids[0] for x in r.refs if x.kind == "agreement")
        self.main_agreement = counts.most_common(1)[0][0] if counts else None
        self.published = r.document.published if r.document is not None else None
        self.named_ids = {i for x in r.refs for i in x.ids}  # every actor the text names
        # the attacks read so far with their attacker: what "the strikes" or "the incident"
        # said or condemned later in the text refers back to
        self.attacks: list[Candidate] = []

    # -- pieces ---------------------------------------------------------------------------
    def ids(self, refs: list[Ref], roles: bool = True) -> list[str]:
        out: list[str] = []
        for ref in refs:
            ids = ref.ids
            if ref.kind == "mission" and ref.ids[0] in self.know.missions:
                ids = (self.know.missions[ref.ids[0]][0],)
            for i in ids:
                if i not in out:
                    out.append(i)
            if roles and ref.kind in ("person", "group"):
                state = self.r.speaks_for.get(ref.ids[0])
                if state and state not in out:
                    out.append(state)
        return out

    def actors(self, tok: Token | None) -> list[Ref]:
        if tok is None:
            return []
        return [x for x in actors_of(self.r, tok) if x.kind != "agreement"]

    def agreements_in(self, toks: list[Token], depth: int = 3) -> list[Ref]:
        """Agreements and organizations named in these tokens' phrases."""
        out: list[Ref] = []
        frontier = list(toks)
        for _ in range(depth):
            nxt = []
            for tok in frontier:
                ref = self.r.ref(tok.i)
                if ref is not None and ref.kind in ("org", "agreement") and ref not in out:
                    out.append(ref)
                nxt += [c for c in tok.children if c.dep_ not in ("relcl", "ccomp", "advcl")]
            frontier = nxt
        return out

    def context_agreement(
        self, head: Token, exclude: frozenset[str] | set[str] = frozenset()
    ) -> str | None:
        """The organization or agreement the passage is about: the last one named before."""
        sent_start = head.sent.start
        lo = max(0, sent_start - 120)
        for ref in reversed(self.r.refs):
            if ref.start >= head.i or ref.start < lo or ref.ids[0] in exclude:
                continue
            if ref.kind in ("org", "agreement"):
                return ref.ids[0]
        later = [
            x
            for x in self.r.refs
            if x.start > head.i and x.kind in ("org", "agreement") and x.ids[0] not in exclude
        ]
        if later and later[0].start < head.sent.end:
            return later[0].ids[0]
        orgs = [o for o in self.doc_orgs if o not in exclude]
        return orgs[0] if orgs else None

    def owners(self, noun: Token) -> list[Ref]:
        """Possessor, demonym or compound of a noun: "Azerbaijan's aggression", "Azeri
        attacks", "CSTO summits", "his decision"."""
        out: list[Ref] = []
        for child in noun.lefts:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                ref = self.r.ref(child.i)
                if ref is None and (child.dep_ == "compound" or led_by(child)):
                    ref = next((self.r.ref(g.i) for g in child.lefts if self.r.ref(g.i)), None)
                if ref is not None and ref.kind not in ("agreement",) and ref not in out:
                    out += [x for x in self._hyphened(child) if x not in out]
                    out.append(ref)
                    out += conjunct_states(self.r, child, out)  # "American, French and Chinese"
        if noun.i > 0:  # "the CSTO and Russian troops", parsed as one phrase: the word just
            near = self.r.ref(noun.i - 1)  # before the noun is its owner whatever the parse
            if near is not None and near.kind == "state" and near not in out:
                out.insert(0, near)
        return out

    def _hyphened(self, word: Token) -> list[Ref]:
        """The first of a hyphened pair of names: "the Israel-Hezbollah ceasefire" is
        parsed with Israel under Hezbollah."""
        lefts = list(word.lefts)
        if (
            len(lefts) < 2
            or lefts[-1].text not in HYPHENS
            or lefts[-2].dep_ not in ("compound", "nmod")
        ):
            return []
        ref = self.r.ref(lefts[-2].i)
        return [ref] if ref is not None and ref.kind in ("state", "org", "group") else []

    def light_verb(self, noun: Token) -> Token | None:
        """The verb whose subject does what the noun names: "waged a campaign", "is
        considering the extension", "completed their withdrawal"."""
        noun = compound_head(noun)  # "granted Manila a military aid package"
        if noun.dep_ in ("dobj", "attr", "nsubjpass") and lemma(noun.head) in (
            lx.LIGHT | lx.INTENT | LEADING
        ):
            return noun.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and lemma(noun.head.head) in lx.INTENT:
            return noun.head.head  # "agreed on the deployment", "interest in joining"
        if provided_with(noun):
            return noun.head.head  # "provide Armenia with guarantees"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            # "pledged $1 billion in security aid": the money given is the aid
            above = noun.head.head
            verb = above.head if above.dep_ in ("dobj", "dative") else above
            amounts = [above] if verb is not above else objects(verb)
            money = any(t.like_num or t.tag_ == "$" for a in amounts for t in a.subtree)
            if verb.pos_ == "VERB" and lemma(verb) in lx.LIGHT and money:
                return verb
        replied = noun.dep_ == "pobj" and noun.head.lower_ == "with"
        if replied and lemma(noun.head.head) in RESPONDING:  # "responded with missile attacks"
            return noun.head.head
        return None

    def subject(self, head: Token) -> tuple[list[Ref], str]:
        """The actor that does the event, and how it was found."""
        if head.pos_ not in ("NOUN", "PROPN") and is_passive(head) and head.dep_ == "conj":
            by = agent_token(head)
            return (self.actors(by), "agent") if by is not None else ([], "passive")
        if head.pos_ in ("NOUN", "PROPN"):
            own = [x for x in self.owners(head) if x.kind != "org" or x.how != "demonym"]
            if own:
                return own, "owner"
            built = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head
            if built and lemma(built) in BUILDING:  # "China's construction of bases"
                own = [x for x in self.owners(built) if x.kind != "org" or x.how != "demonym"]
                if own:
                    return own, "owner"
            by = agent_token(head)
            if by is not None:
                return self.actors(by), "by"
            for acl in head.children:  # "an offensive spearheaded by Sharaa's forces"
                by = agent_token(acl) if acl.dep_ == "acl" and acl.tag_ == "VBN" else None
                if by is not None and lemma(acl) in DONE_BY_AGENT and self.actors(by):
                    return self.actors(by), "by"
            if lemma(head) in STATEMENT_NOUNS:  # "criticism from Moscow", "reproaches of X"
                preps = ("from", "of") if lemma(head) not in SAID_OF else ("from",)
                found = self.preps(head, preps)
                if found:
                    return found, "from"
            blamed = _blamed_for(head)
            if blamed is not None and self.actors(blamed):  # "blamed Pakistan for the attack"
                return self.actors(blamed), "blamed"
            verb = self.light_verb(head)
            if verb is not None and receiving(verb, head):  # "drew a warning from X"
                found = self.preps(verb, ("from", "by")) or self._delivered_from(head)
                if found:
                    return found, "received_from"
            elif verb is not None:
                subj, _ = subject_token(verb)
                by = agent_token(verb) if head.dep_ == "nsubjpass" else None
                if by is not None and lemma(verb) in DONE_BY_AGENT:  # "the strikes were
                    subj = by  # carried out by Israel"
                found = self.actors(subj)
                if found:
                    return found, "light"
            cop = copula_subject(head)
            if cop is not None:
                found = self.actors(cop) or self.owners(cop)
                if found:
                    return found, "copula"
            found = self._means_of(head)
            if found:
                return found, "means"
            return [], "none"
        subj, passive = subject_token(head)
        done = nothing_done(head)
        if done is not None and done.head.pos_ in ("VERB", "AUX"):
            subj, passive = subject_token(done.head)  # "Russia did nothing to prevent it"
        if passive or (is_passive(head) and agent_token(head) is not None):
            by = agent_token(head)  # "the accord, which has to be signed by Norway's parliament"
            return (self.actors(by), "agent") if by is not None else ([], "passive")
        found = self.actors(subj)
        if not found and subj is not None and lemma(subj) in FORCES | CRAFT | WEAPONS:
            # "Chinese vessels", "US and British warplanes struck", "Russian missiles hit"
            found = [x for x in self.owners(subj) if x.kind == "state"]
            found = found or [x for x in self.preps(subj, ("from",)) if x.kind == "state"]
            return found, ("owner" if found else "none")  # "troops from Kazakhstan and Russia"
        return found, ("nsubj" if found else "none")

    def _means_of(self, noun: Token) -> list[Ref]:
        """Who acts by the noun's act, said as the means or manner of their own: "Ukrainian
        troops took the town in a night raid", "Iran responded with missile strikes";
        not those who suffer it ("soldiers died in an attack", "was hit in a raid")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "with", "through", "via", "by"):
            return []
        verb = prep.head
        if verb.pos_ != "VERB" or is_passive(verb) or lemma(verb) in SUFFERING:
            return []
        subj, passive = subject_token(verb)
        if passive or subj is None:
            return []
        found = [x for x in self.actors(subj) if x.kind in ("state", "org", "group", "person")]
        if not found and lemma(subj) in FORCES | CRAFT | WEAPONS:
            found = [x for x in self.owners(subj) if x.kind == "state"]
        return found

    def passive_subject(self, head: Token) -> list[Ref]:
        """The patient of a passive, also one shared with a coordinated verb ("Armenia leaves
        the CSTO or is kicked out")."""
        subj, passive = subject_token(head)
        return self.actors(subj) if passive or is_passive(head) else []

    def preps(self, head: Token, preps: tuple[str, ...]) -> list[Ref]:
        out: list[Ref] = []
        for obj in prep_objects(head, preps):
            out += [x for x in self.actors(obj) if x not in out]
        if out and head.pos_ == "NOUN" and self.r.ref(head.i) is None:
            # "defence of Japan and the Philippines", the parser hanging the second state on
            # "defence": it is the first's conjunct
            for conj in head.conjuncts:
                ref = self.r.ref(conj.i)
                if conj.i > head.i and ref is not None and ref.kind == "state" and ref not in out:
                    out.append(ref)
        return out

    def direct(self, head: Token) -> list[Ref]:
        out: list[Ref] = []
        for obj in self.objects(head):
            if obj.lower_ in RELATIVES and head.dep_ == "relcl":  # "Russia's Kursk region,
                obj = head.head  # which Ukraine invaded": what "which" stands for
            found = self.actors(obj)
            if not found and lemma(obj) in CRAFT:  # "rammed Philippine fisheries vessels"
                found = [x for x in self.owners(obj) if x.kind == "state"]
            out += [x for x in found if x not in out]
        return out

    @staticmethod
    def objects(head: Token) -> list[Token]:
        """Direct objects, also one shared with a coordinated verb ("strengthen and develop
        its relations")."""
        found = objects(head)
        if not found and not is_passive(head):  # "leaves the CSTO or is kicked out": no
            for conj in head.conjuncts:
                found += objects(conj)
        return found

    # -- frames ---------------------------------------------------------------------------
    def find(self, c: Candidate) -> list[Candidate]:
        head = self.doc[c.head]
        if c.type != "urge" and _requested(head):
            return []  # "Sandu called for the withdrawal of Russian troops": the call is the
            # event; what it asks for has not happened
        frame = c.trigger.frame
        method = getattr(self, f"_{frame}")
        found: list[Candidate] = method(c, head)
        out = []
        for x in found:
            x.subject = [i for i in x.subject if i]
            if x.trigger.frame not in ("mutual", "clause", "agreement", "dyad"):
                x.object = [o for o in x.object if o not in x.subject]
            if not x.object and len(x.subject) > 1 and _reciprocal(head):
                x.object = list(x.subject)  # "Kyrgyzstan and Tajikistan accused each other"
                x.cues.append(EACH_OTHER)
            if x.agreement is None and x.type in ORG_AGREEMENT_TYPES:
                orgs = [i for i in x.subject + x.object if self.know.is_org(i)]
                x.agreement = orgs[0] if orgs else None
            if x.agreement is None and x.type in CONTEXT_AGREEMENT_TYPES:
                x.agreement = self._main_agreement_for(x)
            nobody = not x.subject and not x.object
            if nobody and x.type == "negotiate" and x.agreement in self.know.bilateral:
                # "many provisions had not been agreed upon": by the agreement's parties
                x.subject = sorted(self.know.parties.get(x.agreement or "", set()))
                x.cues.append("subj_via=kb_parties")
            if x.type == "deploy" and x.agreement in self.know.organizations and x.object:
                mission = self.know.mission_on(x.agreement, x.object[0], self.published)
                x.agreement = mission or x.agreement
            if x.type == "sign" and self._by_legislature(head):
                x.type = "ratify"
                x.cues.append("by=legislature")
            if x.type in ACCESSION_TYPES:
                self._accession(x, head)
            x.span = self.extent(x, head)
            if x.type == "attack" and not x.subject:
                self._attack_before(x, head)
            joined = self._joined_fight(x, head)
            for y in self._split(x):
                for z in [y, *self._hypotheses(y, head)]:
                    self._not_joined_yet(z, head)
                    out.append(z)
            if x.type == "attack" and x.subject:
                self.attacks.append(x)
            if joined and x.subject:  # "troops joining Russia's invasion": both wage it
                others = [i for i in joined if i not in x.subject and i not in x.object]
                if others:
                    out.append(replace(x, subject=others, cues=[*x.cues, "subj_via=joined"]))
        return out

    def _attack_before(self, c: Candidate, head: Token) -> None:
        """An attack said again as "the strikes", "the attack", "these raids", with no owner:
        the last attack named before it, within two sentences, with its sides ("Israel struck
        Iran on Friday. Moscow condemned the strikes")."""
        prev = self._last_attack(head, c.object)
        if prev is None:
            return
        c.subject = list(prev.subject)
        c.object = c.object or [o for o in prev.object if o not in c.subject]
        c.cues[:] = [f for f in c.cues if not f.startswith("subj_via=")]
        c.cues.append("subj_via=attack_before")

    def _last_attack(self, noun: Token, struck: list[str]) -> Candidate | None:
        """The attack a definite attack noun with no owner says again: the last one read
        within two sentences before it (with the same target, where the noun names one)."""
        if lemma(noun) not in ATTACK_NOUNS or noun.pos_ != "NOUN" or not _definite(noun):
            return None
        if self.owners(noun) or agent_token(noun) is not None:
            return None
        # "the strikes on Syria" after strikes on Iran: others
        return self._told_before(
            _sentences_back(noun, 2),
            noun.i,
            lambda prev: not struck or bool(set(struck) & set(prev.object)),
        )

    def _told_before(self, lo: int, hi: int, fits: Callable[[Candidate], bool]) -> Candidate | None:
        """The attack told last before ``hi`` (from ``lo``) that fits: of those in the last
        sentence that tells one, the attack of its main clause, not one told as background
        ("Iran fired missiles ..., days after the US launched airstrikes")."""
        told = [prev for prev in self.attacks if lo <= prev.head < hi and fits(prev)]
        if not told:
            return None
        last = self.doc[told[-1].head].sent
        return min(
            (prev for prev in told if last.start <= prev.head < last.end),
            key=lambda prev: (_clause_depth(self.doc[prev.head]), -prev.head),
        )

    def _joined_fight(self, c: Candidate, head: Token) -> list[str]:
        """Who joins, enters or takes part in a fight, a war or an offensive wages it
        ("North Korean troops joined the fighting", "took part in the offensive"); with no
        other subject the joiner is the subject."""
        if c.type != "attack" or head.pos_ not in ("NOUN", "PROPN"):
            return []
        verb: Token | None = None
        if head.dep_ == "dobj" and lemma(head.head) in JOINING_FIGHT:
            verb = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "in":
            gov = head.head.head
            took = lemma(gov) == "take" and any(k.lower_ == "part" for k in gov.children)
            if lemma(gov) in TAKING_PART or took:
                verb = gov
            elif gov.lower_ == "part" and lemma(gov.head) == "take":
                verb = gov.head
        if verb is None:
            return []
        subj, _ = subject_token(verb)
        found = self.actors(subj)
        if not found and subj is not None and lemma(subj) in FORCES | TROOPS:
            found = [x for x in self.owners(subj) if x.kind in ("state", "org", "group")]
        ids = self.ids(found)
        if ids and not c.subject:
            c.subject = [i for i in ids if i not in c.object]
            c.cues[:] = [f for f in c.cues if not f.startswith("subj_via=")] + ["subj_via=joined"]
            return []
        return ids

    @staticmethod
    def _by_legislature(head: Token) -> bool:
        """ "signed by Sweden's parliament", "the Duma approved": a legislature's signature is
        a ratification."""
        subj, passive = subject_token(head)
        who = agent_token(head) if passive or is_passive(head) else subj
        return who is not None and lemma(who) in lx.LEGISLATURES

    def _not_joined_yet(self, c: Candidate, head: Token) -> None:
        """One joins, applies to or is ratified into an organization one is not yet in:
        Sweden's accession in 2023 is to NATO, not to the EU it has been in since 1995."""
        if not any(f in c.cues for f in ("agr_via=context", "acc=context", "hyp=agr_context")):
            return  # the organization named with the event is the one meant
        if c.type in ("join", "apply"):
            applicants = c.subject
        elif c.type in ("ratify", "block") or any(f.startswith("acc=") for f in c.cues):
            applicants = c.object  # "Hungary has not ratified Sweden's membership"
        else:
            return
        years = [int(t.text) for t in head.sent if t.text.isdigit() and 1800 < int(t.text) < 2100]
        # "Sweden joined the EU in 1995": membership the year before counts
        day = PartialDate(str(min(years) - 1)) if years else self.published
        if day is None:
            return
        states = [i for i in applicants if self.know.is_state(i)]
        if c.agreement is None or c.agreement not in self.know.organizations or not states:
            return
        # long in it (an article on Finland's entry is written once Finland is in)
        before = PartialDate(str(day.start.year - LONG_MEMBER_YEARS))

        def long_in(org: str) -> bool:
            return all(
                self.know.member_on(s, org, day) and self.know.member_on(s, org, before)
                for s in states
            )

        if not long_in(c.agreement):
            return
        inside = {org for org in self.know.organizations if long_in(org)}
        c.agreement = self.context_agreement(head, exclude=inside)
        c.cues.append("agr=not_joined_yet")

    def _accession_noun(self, head: Token) -> Token | None:
        """The membership, bid or accession protocol the event is about, if any: the head
        itself, its object (also through "voted to ratify", "sent ... to parliament"), the
        patient of its passive, or the object of "of"."""
        near: list[Token] = [head, *objects(head), *prep_objects(head, ("of", "for", "on"))]
        for x in head.children:
            if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB":
                near += objects(x)
            if x.dep_ == "nsubjpass" or (x.dep_ == "nsubj" and not objects(head)):
                near.append(x)  # "the bid was held up", "the bid stalled"
        for noun in near:
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if lemma(noun) in ACCESSION_NOUNS:
                return noun
            if any(lemma(k) in ACCESSION_NOUNS for k in noun.lefts if k.dep_ == "compound"):
                return noun  # "the accession protocol"
        return None

    def _accession(self, c: Candidate, head: Token) -> None:
        """Ratifying, blocking or backing a state's accession: that state is the object, and
        the organization it would join the agreement ("Sweden's entry into NATO")."""
        noun = self._accession_noun(head)
        if noun is None:
            return
        if c.type == "block" and noun.dep_ == "nsubj" and noun.head.i == head.i:
            c.subject = []  # "Georgia's bid to join the EU stalled": no one named stalls it
        states = [x for x in self.owners(noun) if x.kind == "state"]
        for k in noun.lefts:  # "the Swedish accession protocol": Swedish modifies protocol
            if k.dep_ == "compound":
                states += [x for x in self.owners(k) if x.kind == "state" and x not in states]
        applicant = [i for i in self.ids(states, roles=False) if i not in c.subject]
        if applicant and (not c.object or all(self.know.is_org(o) for o in c.object)):
            c.object = applicant
            c.cues.append("acc=owner")
        if c.agreement is None:
            named = [x for x in self.agreements_in([noun], depth=3) if x.kind == "org"]
            c.agreement = named[0].ids[0] if named else self.context_agreement(head)
            c.cues.append("acc=named" if named else "acc=context")

    def _included_actor(self, verb: Token) -> bool:
        """What is included in a bloc is a member where it is a state, a body or a pronoun for
        one ("Finland has been included in the alliance"); a ban included in a constitution, or
        'including in' that lists fields, names no one joining."""
        included = [k for k in verb.children if k.dep_ in ("nsubjpass", "dobj")]
        return any(  # a place included ("Greenland is not included in the agreement")
            k.pos_ == "PRON" or any(x.kind in ("state", "org") for x in self.actors(k))
            for k in included
        )  # is where it applies, no member

    def _hypotheses(self, c: Candidate, head: Token) -> list[Candidate]:
        """What the text may leave implicit, as other readings of the same trigger for the
        model to choose from: the document's main state as a missing member or target, the
        speaker's state as a missing subject of what they say."""
        out: list[Candidate] = []
        focus = self.r.focus
        speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
        # "any Western troops", "foreign military forces": the text says whose they are not
        unnamed = any(
            k.dep_ == "amod" and k.lower_ in UNNAMED_OWNERS
            for t in self.doc[c.start : c.end]
            for k in t.children
        )
        if not c.subject and "subj_via=consent" not in c.cues and not unnamed:
            if focus and focus not in c.object and c.type in FOCUS_SUBJECT_TYPES:
                out.append(replace(c, subject=[focus], cues=[*c.cues, "hyp=subj_focus"]))
            if speaker and c.type in SPEAKER_SUBJECT_TYPES:
                subj = [i for i in speaker if i not in c.object]
                if subj:
                    out.append(replace(c, subject=subj, cues=[*c.cues, "hyp=subj_speaker"]))
        said = not c.object and self._object_unnamed(c, head)
        said = said or "obj_via=author_of_attack" in c.cues  # near it is whom it struck
        said = said or ("subj_via=sides" in c.cues and len(c.subject) > 1)  # both sides said
        # a state named inside the subject's own phrase is none of its objects: "the
        # Iran-backed Houthis attacked a tanker" did not strike Iran
        in_subject = self._named_in_subject(head)
        focus_fits = c.type in FOCUS_OBJECT_TYPES and focus not in c.subject
        focus_fits = focus_fits and focus not in in_subject
        if focus and focus_fits and not c.object and not said:
            out.append(replace(c, object=[focus], cues=[*c.cues, "hyp=obj_focus"]))
        # the document's other main state, where the main one already takes the other side
        second = self.r.second
        missing = focus in c.subject and second not in [*c.subject, *in_subject] and not c.object
        if second and missing and c.type in FOCUS_OBJECT_TYPES | NEAR_OBJECT_TYPES and not said:
            out.append(replace(c, object=[second], cues=[*c.cues, "hyp=obj_second"]))
        sent = head.sent
        actors = [
            x
            for x in self.r.refs
            if (
                sent.start <= x.start < sent.end
                and x.kind in ("state", "org", "person")
                and x.how not in ("demonym",)
            )
            or (sent.start <= x.start < sent.end and x.how == "demonym")
        ]
        if not c.subject and c.type not in ("sign", "ratify", "enter_into_force") and not unnamed:
            before = [x for x in actors if x.end <= head.i and not set(x.ids) & set(c.object)]
            # who calls a strike an aggression did not strike; who voices concern over a
            # purchase did not sell
            judges = self._judges_of(head, reports=c.type == "attack")
            before = [x for x in before if not set(self.ids([x])) & judges]
            if before:
                near = self.ids(before[-1:])
                out.append(replace(c, subject=near, cues=[*c.cues, "hyp=subj_near"]))
        if not c.object and c.type in NEAR_OBJECT_TYPES and not said:
            after = [
                x
                for x in actors
                if x.start > head.i
                and not set(x.ids) & (set(c.subject) | in_subject)
                and not self._reporter(x)  # "..., Jake Sullivan said": who says it
                and (x.kind == "state" or c.type not in PRESENCE_TYPES)  # a host is a state
            ]
            if after:
                near = self.ids(after[:1], roles=False)
                out.append(replace(c, object=near, cues=[*c.cues, "hyp=obj_near"]))
        if not c.object and c.type == "attack":  # "Russia's invasion": the war it wages
            # on the event's day; against a state the text names, unless the war is the
            # attacker's own ("Russia's invasion", "the Russian war")
            day = c.date or self.published
            owned = head.pos_ == "NOUN" and "subj_via=owner" in c.cues
            target = [
                t
                for s in c.subject
                for t in self.know.war_target(s, day)
                if t in self.named_ids or owned
            ]
            if target:
                out.append(replace(c, object=target, cues=[*c.cues, "hyp=obj_war"]))
        if not c.subject and c.object and c.type == "attack":  # "the war in Ukraine"
            by = [a for o in c.object for a in self.know.war_attacker(o, c.date or self.published)]
            said_by = [a for a in by if a in self.named_ids or head.pos_ == "NOUN"]
            by = [a for a in said_by if a not in c.object]
            if by:
                out.append(replace(c, subject=by, cues=[*c.cues, "hyp=subj_war"]))
        if c.agreement is None and c.type in AGREEMENT_HYP_TYPES:
            ctx = self.context_agreement(head)
            if ctx is not None and not self._foreign_basis(c, ctx):
                out.append(replace(c, agreement=ctx, cues=[*c.cues, "hyp=agr_context"]))
        if c.type == "attack":  # one defence ally is no likely target of another
            out = [x for x in out if not self._allies_struck(x, c)]
        # Both left implicit: the subject's and the object's readings together.
        subjects = [x for x in out if "hyp=subj_focus" in x.cues or "hyp=subj_near" in x.cues]
        objects_ = [x for x in out if "hyp=obj_near" in x.cues or "hyp=obj_focus" in x.cues]
        for s_hyp in subjects:
            for o_hyp in objects_:
                if set(s_hyp.subject) & set(o_hyp.object):
                    continue
                cues = [*c.cues, *(f for f in s_hyp.cues + o_hyp.cues if f.startswith("hyp="))]
                out.append(replace(c, subject=s_hyp.subject, object=o_hyp.object, cues=cues))
        if c.type in SYMMETRIC_TYPES and not said:
            out += self._symmetric(c, head, out)
        if not c.object and "obj_via=author_of_attack" in c.cues:
            out += self._prior_author(c, head)
        return out

    def _allies_struck(self, hyp: Candidate, c: Candidate) -> bool:
        """A guessed target of an attack that is a defence ally of its author: "the US has
        been carrying out strikes" did not strike Britain. (A guessed author is kept: a
        threat of force against an ally is news, as over Greenland.)"""
        if hyp.object == c.object:
            return False
        day = c.date or self.published
        return any(
            self.know.allied_on(a, b, day)
            for a in hyp.subject
            for b in hyp.object
            if a != b and self.know.is_state(a) and self.know.is_state(b)
        )

    def _judges_of(self, noun: Token, reports: bool = True) -> set[str]:
        """Who condemns, describes or reports an act named as their verb's object, or voices
        concern over it ("voiced concern over Croatia's purchase of drones": not the seller)."""
        if noun.dep_ == "pobj" and noun.head.lower_ in ("over", "about", "at"):
            worry = noun.head.head  # "concern over", "alarm at"
            if lemma(worry) in WORRIES and worry.dep_ == "dobj":
                noun = worry
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
            return set()
        verb = noun.head
        said = lemma(verb) in lx.REPORTING and reports
        if lemma(verb) not in JUDGING and not said and lemma(noun) not in WORRIES:
            return set()
        subj, _ = subject_token(verb)
        by = agent_token(verb) if noun.dep_ == "nsubjpass" else None
        return set(self.ids(self.actors(by if by is not None else subj)))

    def _named_in_subject(self, head: Token) -> set[str]:
        """The ids named inside the phrase of a verb's subject, beside its head."""
        subj, _ = subject_token(head) if head.pos_ in ("VERB", "AUX") else (None, False)
        if subj is None:
            return set()
        inside = {t.i for t in subj.subtree if t.i != subj.i}
        return {i for x in self.r.refs if x.head in inside and x.head != subj.i for i in x.ids}

    def _prior_author(self, c: Candidate, head: Token) -> list[Candidate]:
        """An attack condemned with no author named ("condemned the incident", "the strikes")
        is the one told just before: its author, read in the sentences before, is offered."""
        prev = self._told_before(  # one told in the same sentence names its author there
            head.sent.start - PRIOR_ATTACK_TOKENS,
            head.sent.start,
            lambda prev: bool(set(prev.subject) - set(c.subject)),
        )
        if prev is None:
            return []
        sides = [i for i in prev.subject if i not in c.subject]
        return [replace(c, object=sides, cues=[*c.cues, "hyp=obj_prior_attack"])]

    def _object_unnamed(self, c: Candidate, head: Token) -> bool:
        """Whether the text gives the event's other side as words that name no actor
        ("deepen military ties with Western countries"): then no actor is guessed for it."""
        preps = OBJECT_PREPS.get(c.type, ())
        for tok in [head, *objects(head)]:
            for obj in prep_objects(tok, preps):
                if c.start <= obj.i < c.end:
                    continue  # the trigger's own words ("provides for mutual assistance")
                if obj.pos_ in ("NOUN", "PROPN") and not self.actors(obj):
                    return True
        return False

    def _symmetric(self, c: Candidate, head: Token, readings: list[Candidate]) -> list[Candidate]:
        """A relation the sides hold towards each other, read both ways: the parties of the
        agreement it belongs to ("the charter sets forth a framework for cooperation"), or
        the sides a reading already found ("Azerbaijan ... extensive military cooperation")."""
        out: list[Candidate] = []
        verb = next((a for a in [head, *head.ancestors][:4] if a.pos_ in ("VERB", "AUX")), head)
        subj_tok, _ = subject_token(verb)
        named = self.agreements_in([subj_tok] if subj_tok is not None else [], 2)
        # the agreement the passage is about (a treaty named in the sentence before)
        passage = self.context_agreement(head) if c.type == "commit_defense" else None
        pool = [c.agreement, *(x.ids[0] for x in named), passage, self.main_agreement]
        for ag in pool:
            parties = sorted(self.know.parties.get(ag, set())) if ag else []
            # a side the text names outside the agreement ("we retain our relationship with
            # China") is no reading of the agreement's parties
            sides = [
                i for i in c.subject + c.object if self.know.is_state(i) or self.know.is_org(i)
            ]
            outside = set(sides) - set(parties)
            if 2 <= len(parties) <= 4 and not self.know.is_org(ag or "") and not outside:
                cues = [*c.cues, "hyp=sym_agr"]
                out.append(replace(c, subject=parties, object=parties, agreement=ag, cues=cues))
                break
        pair = self._bilateral_pair(c, head)
        if pair:  # "advance bilateral cooperation", "ties between the two countries"
            out.append(replace(c, subject=pair, object=pair, cues=[*c.cues, "hyp=sym_bilateral"]))
        seen: set[tuple[str, ...]] = set()
        for x in [c, *readings]:
            sides = sorted({*x.subject, *x.object})
            states = [i for i in sides if self.know.is_state(i) or self.know.is_org(i)]
            if len(states) < 2 or tuple(sides) in seen or x.subject == x.object:
                continue
            seen.add(tuple(sides))
            hyps = [f for f in x.cues if f.startswith("hyp=")]
            orgs = [i for i in sides if self.know.is_org(i)]
            members = [i for i in sides if i not in orgs]
            if orgs and members:  # an organization and its members: not both ways
                if c.type in ORG_DIRECTION:
                    subj, obj = (orgs, members) if ORG_DIRECTION[c.type] else (members, orgs)
                    cues = [*c.cues, *hyps, "hyp=org_pair"]
                    out.append(replace(x, subject=subj, object=obj, cues=cues))
                continue
            cues = [*c.cues, *hyps, "hyp=sym_pair"]
            out.append(replace(x, subject=sides, object=sides, cues=cues))
        return out

    def _bilateral_pair(self, c: Candidate, head: Token) -> list[str]:
        """A tie the words call two-sided ("bilateral cooperation", "relations between the two
        countries") with one side or none named: the side named and the document's other main
        state, or its two main states."""
        if c.type != "cooperate" or not _two_sided(head):
            return []
        named = {i for i in c.subject + c.object if self.know.is_state(i)}
        main = [s for s in (self.r.focus, self.r.second) if s]
        if len(named) > 1 or len(main) < 2:
            return []
        if named and not named & set(main):
            return []  # a side outside the document's pair: no guess of the other
        return sorted(set(main))

    def _split(self, c: Candidate) -> list[Candidate]:
        """ "negotiating deals with Finland and Denmark": one event per partner when each has
        its own agreement with the subject in the knowledge base."""
        if c.type not in ("negotiate", "sign", "ratify") or c.agreement is not None:
            return [c]
        partners = [o for o in c.object if self.know.is_state(o)]
        subject = {s for s in c.subject if self.know.is_state(s)}
        if len(partners) < 2 or not subject:
            return [c]
        out = []
        for p in partners:
            found = [ag for ag, ps in self.know.parties.items() if ps == subject | {p}]
            if len(found) != 1:
                return [c]
            out.append(replace(c, object=[p], agreement=found[0], cues=[*c.cues, "split"]))
        return out

    def _no_one_backed(self, c: Candidate, head: Token, role: bool) -> bool:
        """Words of backing that back no one, or only in words."""
        if role and any(lemma(a) in lx.BLAMING_WORDS for a in head.lefts if a.dep_ == "amod"):
            return True  # "portraying it as an unreliable ally": a reproach, not a tie
        attributive = head.dep_ == "amod" and head.tag_ == "VBN"
        if c.type == "political_support" and attributive and not self._backed(head):
            return True  # "a Washington-backed campaign", "Russia-backed loans": no one
        said_support = lemma(head) == "support" and any(
            lemma(a) in POLITICAL_SUPPORT for a in head.lefts if a.dep_ in ("amod", "advmod")
        )
        if c.type == "security_assistance" and said_support:
            return True  # "its full support to the National Assembly": backing, not aid
        if c.type == "political_support" and lemma(head) == "welcome":
            guests = self.direct(head) + self.passive_subject(head)
            if guests and all(x.kind == "person" for x in guests):
                return True  # "Mickoski was welcomed by Biden": a guest received, no backing
        # "reaffirmed his support for adopting a new constitution": no one backed
        return c.type == "political_support" and _support_for_an_act(self.doc[c.start : c.end])

    def _sabotage_of_a_body(self, head: Token) -> bool:
        """Sabotage of an organization, an agreement or a process, which is figurative."""
        said = [*self.owners(head), *self.preps(head, ("of",)), *self.direct(head)]
        if any(x.kind in ("org", "agreement") for x in said):
            return True
        things = [*prep_objects(head, ("of",)), *self.objects(head)]
        return any(lemma(t) in PROCESSES for t in things)

    def _backed(self, participle: Token) -> list[Ref]:
        """Who a participle of backing describes: "the Iran-backed Houthis", "the
        Moscow-backed warlord Khalifa Haftar", "Hezbollah is an Iran-backed group"."""
        noun = participle.head
        found = self.actors(noun)
        if not found and noun.dep_ == "compound":  # "warlord" of "warlord Khalifa Haftar"
            found = self.actors(noun.head)
        if not found and noun.dep_ == "attr":
            found = self.actors(copula_subject(noun))
        return [x for x in found if x.kind in ("state", "org", "group", "person")]

    def _backed_by(self, c: Candidate, participle: Token) -> list[Candidate]:
        """ "The Iran-backed Houthis": Iran backs them; "Russia-armed militias": Russia arms
        them. The backer is the word joined to the participle by its hyphen."""
        backer = [x for k in participle.lefts for x in self.actors(k)]
        backed = self._backed(participle)
        c.subject = self.ids(backer)
        c.object = [i for i in self.ids(backed, roles=False) if i not in c.subject]
        c.cues.append("subj_via=hyphen")
        return [c]

    def _visited(self, head: Token, subj: list[Ref]) -> list[Ref]:
        """Talks held in the other side's capital, by one side: "visited Tokyo to discuss
        ties", "went to Baku for talks", "held talks in Niamey". Where the talks of several
        are held is no side ("the US and Russia met in Riyadh")."""
        mine = set(self.ids(subj))
        if len({i for i in mine if self.know.is_state(i)}) != 1:
            return []
        tok = head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else head
        gov = tok.head
        places: list[Token] = []
        if tok.dep_ in ("advcl", "xcomp", "prep") and lemma(gov) in TRAVELLING:
            places = [*objects(gov), *prep_objects(gov, ("to", "in"))]  # where one went
        else:  # "held talks in Niamey", the parser hanging the place on either word
            held = [head] if head.pos_ == "NOUN" else objects(head)
            talks = [t for t in held if lemma(t) in TALKS]
            places = [
                p
                for t in talks
                for p in (*prep_objects(t, ("in",)), *prep_objects(t.head, ("in",)))
            ]
        found = [x for p in places for x in self.actors(p) if x.how == "capital"]
        return [x for x in found if not set(x.ids) & mine]

    def _made_by(self, c: Candidate, participle: Token) -> list[Candidate]:
        """ "Pakistan used Chinese-made drones": China supplied them to Pakistan, the state
        that has or uses them; none where the maker is the user ("Russian-made tanks" of
        Russia's army)."""
        maker = [x for k in participle.lefts for x in self.actors(k) if x.kind == "state"]
        arms = participle.head
        users = [x for x in self.owners(arms) if x.kind == "state" and x.how != "demonym"]
        verb = arms.head if arms.dep_ in ("dobj", "attr") else None
        if not users and verb is not None:
            subj, _ = subject_token(verb)  # "Venezuela has 5,000 Russian-made missiles",
            if subj is not None:  # "Pakistan's response included Chinese-made drones"
                users = [x for x in [*self.actors(subj), *self.owners(subj)] if x.kind == "state"]
        c.subject = self.ids(maker)
        c.object = [i for i in self.ids(users, roles=False) if i not in c.subject]
        c.cues.append("subj_via=hyphen")
        return [c] if c.subject and c.object else []

    def _committed_to_else(self, c: Candidate, head: Token) -> bool:
        """A commitment to something other than someone's defence: "its commitment to its
        obligations under the Non-Proliferation Treaty", "a commitment not to develop
        nuclear weapons", "its obligation to pay"."""
        if c.type != "commit_defense" or lemma(head) not in COMMITMENT_NOUNS:
            return False
        for child in head.children:
            if child.dep_ in ("acl", "xcomp", "relcl") and child.tag_ == "VB":
                return lemma(child) not in DEFENDING  # "commitment to defend": kept
            if child.dep_ == "prep" and child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not self.actors(obj):
                        return lemma(obj) not in DEFENCE_OBJECTS
                    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                        return lemma(obj) not in DEFENDING  # "commitment to supporting"
        return False

    def _foreign_basis(self, c: Candidate, agreement: str) -> bool:
        """An agreement named before is not the one of an event none of whose states is its
        party ("Bush urged Russia", said after the EU), nor the basis of forces in a host
        outside it: Russia's base in Abkhazia is not under the Union State of Russia and
        Belarus named before. One joins, applies to or is blocked from what one is not in."""
        parties = self.know.parties.get(agreement, set())
        if not parties or agreement in self.know.missions or c.type in OUTSIDERS_TYPES:
            return False  # a mission's mandate names its host, not its parties
        if c.type == "deploy":
            return bool({o for o in c.object if self.know.is_state(o)} - parties)
        states = {i for i in c.subject + c.object if self.know.is_state(i)}
        return bool(states) and not states & parties

    def _main_agreement_for(self, c: Candidate) -> str | None:
        """The agreement the document is about, when the event's states are its parties."""
        ag = self.main_agreement
        if ag is None:
            return None
        parties = self.know.parties.get(ag, set())
        states = {i for i in c.subject + c.object if self.know.is_state(i)}
        if states and not states <= parties:
            return None
        if not states and c.type not in (
            "sign",
            "ratify",
            "enter_into_force",
            "amend",
            "extend",
            "terminate",
            "negotiate",
        ):
            return None
        c.cues.append("agr_via=main")
        return ag

    def extent(self, c: Candidate, head: Token) -> tuple[int, int]:
        """The evidence: the trigger with the arguments named in its clause."""
        sent = head.sent
        s, e = c.start, c.end
        ids = set(c.subject) | set(c.object) | ({c.agreement} if c.agreement else set())
        for ref in self.r.refs:
            near = sent.start <= ref.start < sent.end and abs(ref.start - head.i) <= 25
            if near and set(ref.ids) & ids:
                s, e = min(s, ref.start), max(e, ref.end)
        return s, e

    def _member(self, c: Candidate, head: Token) -> list[Candidate]:
        if lemma(head) == "include" and not self._included_actor(head):
            return []  # "the ban was included in the constitution", "..., including in defence"
        subj, via = self.subject(head)
        if c.trigger.pattern.startswith("^pull|take"):  # "he could pull his country out of
            taken_out = [x for x in self.direct(head) if x.kind == "state"]  # the alliance"
            blocs = [
                x
                for t in self.doc[c.start : c.end + 6]
                if t.dep_ == "pobj" and t.head.lower_ == "of"
                for x in self.agreements_in([t], 1)
                if x.kind == "org"
            ]
            if not taken_out or not blocs:
                return []
            c.subject, c.agreement = self.ids(taken_out), blocs[0].ids[0]
            c.cues += ["subj_via=taken_out", "agr_via=named"]
            return [c]
        if not subj and head.pos_ in ("NOUN", "PROPN"):
            of = self.preps(head, ("of",))
            subj, via = (of, "of") if of else (subj, via)
        if not subj:
            subj = self.passive_subject(head)
            via = "passive" if subj else via
        words = {lemma(t) for t in self.doc[c.start : c.end]}
        words |= {lemma(t) for t in head.subtree if abs(t.i - head.i) < 12}
        types = list(c.trigger.types)
        if lemma(head) == "leave" and _leaves_as(head, self.r):
            return []  # "the French exit leaves the US as the main Western power": it stays
        if c.type == "resume" and lemma(head) in ("return", "come") and not self._returns_to(head):
            return []  # "France's ambassador returned to Niamey": back in a place, no body
        if "withdraw_forces" in types or c.type == "withdraw":
            places = self.preps(head, ("from",)) + self.direct(head)
            org_subject = bool(subj) and all(x.kind == "org" for x in subj)
            to_state = bool(places) and all(x.kind in ("state", "place") for x in places)
            # "Russian peacekeepers completed their withdrawal ... The withdrawal began in April"
            forces_said = head.pos_ == "NOUN" and _definite(head) and self._forces_before(head)
            base_left = any(lemma(o) in BASES for o in objects(head))  # "France leaves a base"
            if (
                self._forces_in(head, subj)
                or (to_state and not org_subject)
                or forces_said
                or base_left
            ):
                found = self._presence(replace(c, type="withdraw_forces"), head)
                # "leaves the CSTO and Russian troops withdraw", parsed as "leaves [the CSTO
                # and Russian troops]": the bloc in the object makes leaving it a reading too
                blocs = [x for x in self.agreements_in(objects(head), 2) if x.kind == "org"]
                states = [x for x in subj if x.kind == "state"]
                if blocs and states and not org_subject:
                    cues = [*c.cues, f"subj_via={via}", "hyp=bloc_in_object"]
                    found.append(
                        replace(
                            c,
                            type="withdraw",
                            subject=self.ids(states),
                            object=[],
                            agreement=blocs[0].ids[0],
                            cues=cues,
                        )
                    )
                return found
            hosts = [i for x in places if x.kind == "state" for i in x.ids]
            stood = org_subject and any((subj[0].ids[0], h) in self.know.presence for h in hosts)
            if stood:  # "the CSTO completed its withdrawal from Kazakhstan": where its forces
                return self._presence(replace(c, type="withdraw_forces"), head)  # stood
            if org_subject and any(x.kind == "state" for x in places):
                # "the CSTO is leaving Armenia": the bloc disengages from the state
                c = replace(c, type="reduce_cooperation", subject=self.ids(subj))
                c.object = self.ids([x for x in places if x.kind == "state"])
                c.cues.append("via=org_leaves")
                return [c]
            types = ["withdraw"]
        if c.type == "join" and any(lemma(o) == "force" for o in objects(head)):
            return []  # "join forces": cooperation, not membership
        if c.type == "join" and head.pos_ == "VERB" and self._joined_no_body(head):
            return []  # "joined President Trump to sign", "joined the fighting"
        if self._notice_only(c, head):
            return []
        if c.type == "join" and head.pos_ == "NOUN" and _decided_by_others(head):
            return []  # "Hungary has not ratified Sweden's accession": the ratification
        subj_tok, _ = subject_token(head) if head.pos_ == "VERB" else (None, False)
        if c.type == "join" and subj_tok is not None and lemma(subj_tok) in TROOPS:
            return []  # "100 Armenian troops joined the mission": a presence of forces
        span = self.doc[c.start : c.end]
        if c.type == "notify_withdrawal" and any(
            lemma(o) in FORCES
            for t in span
            for o in [*objects(t), *prep_objects(t, ("of",))]
            if o.pos_ == "NOUN"
        ):
            return []  # "decided to withdraw the CSTO's forces", "announced the withdrawal of
            # French troops": forces leaving
        joined = [*objects(head), *([head.head] if head.dep_ == "amod" else [])]
        if head.pos_ in ("VERB", "AUX") and any(
            lemma(o) in NOT_MEMBERSHIP.get(c.type, ()) for o in joined
        ):
            return []  # "leave no doubt", "join the chorus of criticism"
        if (
            c.type == "withdraw"
            and head.pos_ == "VERB"
            and any(
                o.pos_ == "NOUN"
                and self.r.ref(o.i) is None
                and not _left_behind(o)
                and not c.start <= o.i < c.end  # "cut ties with": the trigger's own word
                for o in objects(head)
            )
        ):
            return []  # "unrest has left 28 people dead": no bloc is left
        if c.type == "withdraw" and c.trigger.pattern in lx.TIES_CUT:
            parted = [x for t in span for x in self.preps(t, ("with",))]
            if not any(x.kind == "org" for x in parted):
                return []  # "cut ties with France": no body left, ties cut (read as that)
        if c.type == "withdraw" and _reported_progressive(head):
            c = replace(c, type="notify_withdrawal", cues=[*c.cues, "via=reported_leaving"])
            types = ["notify_withdrawal"]
        if c.type == "join" and lemma(head) == "member" and not _becoming_member(head):
            return []  # "the members of the CSTO", "is a member": being one, not joining
        if c.type == "join" and head.pos_ == "VERB":  # "joined by U.S. and Canadian personnel"
            by = agent_token(head)
            if by is not None and lemma(by) in TROOPS:
                c = replace(c, type="deploy", cues=[*c.cues, "via=joined_by_forces"])
                d = self._presence(c, head)
                for x in d:
                    x.subject = self.ids([r for r in self.owners(by) if r.kind != "place"])
                return d
        agr_refs = self.agreements_in([head, *self.doc[c.start : c.end]])
        owners = [x for x in self.owners(head) if x.kind == "org"]
        agreement = agr_refs[0].ids[0] if agr_refs else (owners[0].ids[0] if owners else None)
        agr_via = "named" if agreement else "context"
        if agreement is None:
            agreement = self.context_agreement(head)
        members = [x for x in subj if x.kind != "org" or x.ids[0] != agreement]
        if not members and subj and agreement is None:
            members = subj
        if types == ["freeze", "suspend"]:  # participation in a bloc is frozen, a treaty suspended
            formal = any(lemma(t) in ("formally", "officially", "legally") for t in head.children)
            types = (
                ["freeze"]
                if agreement and self.know.is_org(agreement) and not formal
                else ["suspend"]
            )
        if "skip_exercise" in types and "skip_meeting" in types:
            types = []
            if words & DRILLS:
                types.append("skip_exercise")
            if words & MEETINGS or not types:
                types.append("skip_meeting")
        if "urge" in types:  # "applied to the CSTO under all articles": a request, not a bid
            bid = words & {"membership", "join", "accession", "candidacy", "bid", "member"}
            to_org = [x for x in self.preps(head, ("to",)) if x.kind == "org"]
            day = c.date or self.published
            askers = [i for i in self.ids(members) if self.know.is_state(i)]
            inside = bool(to_org) and day is not None and bool(askers)
            inside = inside and all(self.know.member_on(s, to_org[0].ids[0], day) for s in askers)
            if to_org and not bid and inside:  # a member applies to its body for help
                x = replace(c, type="urge", subject=self.ids(members), object=self.ids(to_org))
                x.agreement = to_org[0].ids[0]
                x.cues.append(f"subj_via={via}")
                return [x]
            types = ["apply"]
        out = []
        for t in types[:2] if len(types) > 1 and types[0].startswith("skip") else types[:1]:
            x = replace(c, type=t, cues=[*c.cues, f"subj_via={via}", f"agr_via={agr_via}"])
            x.subject = self.ids(members)
            x.agreement = agreement
            out.append(x)
        return out

    def _forces_in(self, head: Token, subj: list[Ref]) -> bool:
        near = [head, *head.children]
        near += [g for t in head.children if t.dep_ in ("prep", "dobj") for g in t.children]
        if head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            near.append(head.head)
        subj_tok, _ = subject_token(head)
        if subj_tok is not None:
            near.append(subj_tok)
            if lemma(subj_tok) in ARMIES:  # "the French army had to withdraw"
                return True
        verb = self.light_verb(head) if head.pos_ == "NOUN" else None
        if verb is not None:  # "Russian peacekeepers completed their withdrawal"
            near.append(subject_token(verb)[0] or verb)
        return any(lemma(t) in TROOPS or _military_staff(t) for t in near)

    def _reporter(self, ref: Ref) -> bool:
        """The actor is the subject of a verb of saying: the source, not an argument."""
        return any(
            t.dep_ == "nsubj" and lemma(t.head) in lx.REPORTING
            for t in self.doc[ref.start : ref.end]
        )

    @staticmethod
    def _notice_only(c: Candidate, head: Token) -> bool:
        """A leaving that is only the notice or decision of it, which is the event read (a
        notice of withdrawal), or a notice not given yet."""
        if c.type == "notify_withdrawal":  # "is to decide next year whether to quit": no
            clauses = [k for k in head.children if k.dep_ in ("xcomp", "ccomp", "acl", "advcl")]
            open_ = any(w.lower_ in OPEN_WH for k in clauses for w in k.children)
            return lemma(head) == "decide" and open_  # decision given yet
        if c.type != "withdraw":
            return False
        noticed = head.dep_ in ("pcomp", "pobj", "acl") and head.head.dep_ == "prep"
        if noticed and lemma(head.head.head) in ("notice", "notification"):
            return True  # "has not sent notices of leaving": the notice is the event
        decided = head.dep_ in ("acl", "xcomp") and lemma(head.head) in ("decision", "decide")
        if decided and not any(k.lower_ in OPEN_WH for k in head.children):
            return True  # "Moldova's decision to quit the CIS": the decision is the event (a
            # notice); "will decide when to leave" is none yet
        # "notified the Commission of its withdrawal": the notice is the event
        return head.pos_ == "NOUN" and any(lemma(a) == "notify" for a in list(head.ancestors)[:3])

    def _joined_no_body(self, verb: Token) -> bool:
        """Joined someone, or an activity, not a body one can be a member of: its object
        names people or states ("joined President Trump"), or is no body ("joined the
        fighting", "joined others in suggesting")."""
        objs = objects(verb)
        means = [*prep_objects(verb, ("by", "via", "over")), *verb.children]
        if any(lemma(m) in REMOTE for m in means):
            return True  # "Putin, who joined by video link": joined a meeting
        if not objs or self.agreements_in(objs, 2):
            return False
        for o in objs:
            refs = self.actors(o)
            if refs and all(x.kind in ("person", "state") for x in refs):
                continue
            if not refs and lemma(o) in NO_BODY:
                continue
            return False
        return True

    def _expel(self, c: Candidate, head: Token) -> list[Candidate]:
        if any(lemma(o) in FORCES for o in self.objects(head)):
            return []  # "expelled the French troops": forces leave (withdraw_forces), no member
        subj, via = self.subject(head)
        target = self.direct(head) or self.passive_subject(head) or self.preps(head, ("of",))
        agr = self.agreements_in([head])
        from_ = [x for x in self.preps(head, ("from",)) if x.kind == "org"]
        named = (from_ or agr)[:1]
        c.subject = self.ids([x for x in subj if x not in target])
        c.object = self.ids(target)
        c.agreement = named[0].ids[0] if named else self.context_agreement(head)
        c.cues.append(f"subj_via={via}")
        return [c]

    def _agreement(self, c: Candidate, head: Token) -> list[Candidate]:
        if c.trigger.pattern == "pair":  # "the American-Swedish one from December"
            ref = self.r.ref(c.head)
            if ref is None:
                return []
            c.agreement = ref.ids[0]
            c.subject = sorted(self.know.parties.get(c.agreement, set()))
            c.date = self.know.signed.get(c.agreement)
            c.cues.append("subj_via=pair")
            return [c]
        if head.dep_ == "amod" and head.head.pos_ == "NOUN":  # "a signed, ratified treaty"
            noun = head.head
            if lemma(noun) not in AGREEMENT_NOUNS:
                return []  # "extended deterrence", "a signed letter": no agreement
            parties = self.preps(noun, ("with", "between"))
            owner, _ = subject_token(noun.head) if noun.dep_ in ("dobj", "attr") else (None, False)
            parties = self.actors(owner) + [x for x in parties if x not in self.actors(owner)]
            agr = [x for x in self.agreements_in([noun], 1)]
            c.subject = self.ids(parties)
            c.agreement = agr[0].ids[0] if agr else self._between(set(c.subject), c.type)
            c.cues.append("subj_via=modified")
            return [c]
        if c.type == "ratify" and lemma(head) in CONSENT and head.pos_ == "NOUN":
            return self._consent(c, head)
        if c.type == "sign" and any(lemma(o) in INSTRUMENTS for o in self.objects(head)):
            return []  # "signed the law", "signed a decree recognizing": no agreement
        parties, via = self.subject(head)
        passive = self.passive_subject(head)
        if not parties and c.type in ("sign", "negotiate"):
            parties = self._met(head)  # "signed during a meeting between France and Armenia"
            via = "met" if parties else via
        partners: list[Ref] = []
        named = [head, *objects(head), *prep_objects(head, ("of",))]
        named += [n for o in objects(head) for n in prep_objects(o, ("of",))]  # "memorandum of"
        said = list(named)
        subj_tok, _ = subject_token(head)
        if subj_tok is not None and lemma(subj_tok) in AGREEMENT_NOUNS | TRUCES | PARTNERSHIP:
            said.append(subj_tok)  # "the pact between Australia and Vanuatu was scrapped"
            if not parties:  # "the Israel-Hezbollah ceasefire took effect"
                named_by = [x for x in self.owners(subj_tok) if x.kind in ("state", "group")]
                parties = named_by if len(named_by) > 1 else parties
        for tok in said:
            found = self.preps(tok, ("with", "between", "among"))
            partners += [x for x in found if x not in parties + partners]
        if c.type == "terminate" and parties:  # "ending its defence agreement with France"
            c.object = self.ids(partners)
        elif c.type != "ratify" or not parties:  # "Putin ratified a treaty with Belarus": he
            parties += partners  # ratifies it, Belarus is its other party
        if c.type == "ratify":  # "ratify the country's accession": whose accession
            for noun in [*objects(head), *prep_objects(head, ("of",))]:
                if lemma(noun) in ("accession", "membership", "bid", "entry"):
                    c.object = self.ids([x for x in self.owners(noun) if x.kind == "state"])
        if c.type == "extend":  # "extended its stay in Qatar", "renew its aid to Palau",
            # "prolong the mandate of the mission in Somalia": the state it is extended for
            hosts = [x for n in named for x in self.preps(n, ("in", "to")) if x.kind == "state"]
            c.object = self.ids([x for x in hosts if x not in parties])
        if head.pos_ in ("NOUN", "PROPN"):
            parties += [x for x in self.owners(head) if x.kind in ("state", "person")]
        agr = self.agreements_in([*objects(head), *prep_objects(head, ("of", "on", "to"))])
        agr += [x for x in passive if x.kind in ("org", "agreement")]
        if not agr:
            agr = self.agreements_in([head, *self.doc[c.start : c.end]], depth=2)
        states = [x for x in parties if x.kind in ("state", "person", "org", "group")]
        c.subject = self.ids([x for x in states if not agr or x.ids[0] != agr[0].ids[0]])
        if (  # "the EU extended the mandate": the bloc acts, and on its own instruments
            not c.subject
            and via == "nsubj"
            and any(x.kind == "org" for x in states)
            and subj_tok is not None
            and lemma(subj_tok) not in AGREEMENT_NOUNS  # "the Charter creates the AES": no
        ):
            c.subject = self.ids(states)
        agreement = agr[0].ids[0] if agr else None
        agr_via = "named"
        if agreement is None:
            said = [n for n in objects(head) if lemma(n) in AGREEMENT_NOUNS]
            words = {lemma(m) for n in said for m in n.children if m.dep_ in ("amod", "compound")}
            agreement = self._between(set(c.subject) | set(self.ids(partners)), c.type, words)
            agr_via = "between" if agreement else "context"
        other = any(_another(n) for n in [head, *objects(head), *prep_objects(head, ("of",))])
        if agreement is None and self.main_agreement and c.type != "peace_deal" and not other:
            agreement = self._main_agreement_for(c)
        if agreement is None and c.type not in ("sign", "peace_deal") and not other:
            agreement = self.context_agreement(head)
        if not c.subject and agreement in self.know.bilateral:
            c.subject = sorted(self.know.parties.get(agreement or "", set()))
            via = "kb_parties"
        c.agreement = agreement
        c.cues += [f"subj_via={via}", f"agr_via={agr_via}"]
        if agreement is None:
            return self._each_partner(c, head, partners) or [c]
        return [c]

    def _each_partner(self, c: Candidate, head: Token, partners: list[Ref]) -> list[Candidate]:
        """Agreements in the plural with several partners are one with each: "Ukraine has
        signed security agreements with Britain, France and Italy" is three signings, each
        of the pact between the pair."""
        plural = any(n.tag_ == "NNS" and lemma(n) in AGREEMENT_NOUNS for n in objects(head))
        others = self.ids([x for x in partners if x.kind == "state"])
        own = [i for i in c.subject if i not in others and self.know.is_state(i)]
        if plural and len(own) >= 2 and len(others) == 1:  # "Sweden, Denmark and Finland
            own, others = others, own  # signed such agreements with the US": one with each
        if not plural or len(others) < 2 or len(own) != 1:
            return []
        out = []
        for other in others:
            pair = [own[0], other]
            agreement = self._between(set(pair), c.type)
            cues = [*c.cues, "each_partner"]
            out.append(replace(c, subject=pair, agreement=agreement, cues=cues, one_of=other))
        return out

    def _struck_where(self, head: Token, preps: tuple[str, ...]) -> list[Ref]:
        """The state or place where what an attack struck lies: "an attack on a hospital in
        Ukraine", "a strike on the harbour of Sidon in Lebanon", "launched an operation,
        targeting six camps across Somalia"."""
        struck = list(prep_objects(head, tuple(p for p in preps if p in ("on", "against"))))
        struck += [n for n in self.objects(head) if lemma(n) not in ATTACK_NOUNS]
        aiming = [v for v in head.children if v.dep_ in ("advcl", "xcomp", "acl")]
        for noun in self.objects(head):  # "launched an operation targeting camps in Somalia"
            aiming += [v for v in noun.children if v.dep_ in ("acl", "relcl")]
        out: list[Ref] = []
        for verb in aiming:  # "..., targeting six camps across Somalia"
            if lemma(verb) in AIMING and verb.pos_ == "VERB":
                struck += objects(verb)
                out += [x for x in self.preps(verb, WHERE) if x.kind in ("state", "place")]
        for noun in struck:
            found = self.preps(noun, WHERE)
            for named in prep_objects(noun, ("of",)) if lemma(noun) in TARGETS else []:
                found += [x for x in self.actors(named) if x.kind == "place"]  # "the port of
                found += self.preps(named, WHERE)  # Sidon", "the harbour of Sidon in Lebanon"
            out += [x for x in found if x.kind in ("state", "place") and x not in out]
        return out

    def _blow_accused(
        self, c: Candidate, head: Token, subj: list[Ref], via: str, blow: Token
    ) -> list[Candidate]:
        """An accusation whose object is an attack accuses its author, not its target: the
        attack's owner ("Israel's strikes", "the Iranian attack") or its agent ("the attack
        by Azerbaijan"); where the text names neither, no one it names."""
        author = [x for x in self.owners(blow) if x.kind in ("state", "group", "org")]
        by = agent_token(blow)
        if not author and by is not None:
            author = self.actors(by)
        c.subject = self.ids(subj)
        c.object = [i for i in self.ids(author, roles=False) if i not in c.subject]
        prev = self._last_attack(blow, []) if not author else None
        if prev is not None:  # "Israel struck Iran. Moscow condemned the strikes": Israel
            c.object = [i for i in prev.subject if i not in c.subject]
        c.cues += [f"subj_via={via}", "obj_via=author_of_attack"]
        return [c]

    def _consent(self, c: Candidate, head: Token) -> list[Candidate]:
        """The approval a state wins or needs to join a bloc ("to gain the approval of all
        members to join", "needs Turkey's consent for its accession"): those who approve
        ratify the entry of the one who seeks it; about anything else, no ratification."""
        sent = head.sent
        if not any(lemma(t) in ENTRY_WORDS for t in sent):
            return []
        seeker, _ = subject_token(head.head)
        seekers = [x for x in self.actors(seeker) if x.kind == "state"]
        for verb in head.subtree:  # "... to allow his country to join the bloc"
            if not seekers and lemma(verb) in ENTRY_WORDS and verb.pos_ == "VERB":
                joiner, _ = subject_token(verb)
                seekers = [x for x in self.actors(joiner) if x.kind == "state"]
        givers = [x for x in self.owners(head) if x.kind in ("state", "org")]
        givers += [x for x in self.preps(head, ("of", "from")) if x not in givers]
        blocs = [x for x in self.agreements_in(list(head.subtree), 6) if x.kind == "org"]
        c.subject = self.ids(givers)
        c.object = [i for i in self.ids(seekers, roles=False) if i not in c.subject]
        c.agreement = blocs[0].ids[0] if blocs else self.context_agreement(head)
        c.cues += ["subj_via=consent", "agr_via=named" if blocs else "agr_via=context"]
        focus = self.r.focus
        if not c.object and focus and focus not in c.subject:  # "a long process to win the
            return [c, replace(c, object=[focus], cues=[*c.cues, "hyp=obj_focus"])]  # approval"
        return [c]

    def _met(self, head: Token) -> list[Ref]:
        """The sides of the meeting an agentless act took place at: "the deal was signed
        during a meeting between the defence ministers of France and Armenia"."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "at", "on"):
                continue
            for noun in prep.children:
                if lemma(noun) not in GATHERINGS:
                    continue
                for side in prep_objects(noun, ("between", "of")):
                    found = self.actors(side) or [
                        x for o in prep_objects(side, ("of",)) for x in self.actors(o)
                    ]
                    if len({i for x in found for i in x.ids}) >= 2:
                        return found
        return []

    def _between(self, parties: set[str], etype: str, words: set[str] | None = None) -> str | None:
        """The agreement of the knowledge base between these states: the one whose parties
        are exactly these, else the one the document names, else the only one; of several,
        the only one whose name has the words the text describes it by ("a security treaty
        with Belarus")."""
        states = {p for p in parties if self.know.is_state(p)}
        if len(states) < 2:
            return None
        exact = [ag for ag, ps in self.know.parties.items() if ps == states]
        found = [ag for ag, ps in self.know.parties.items() if states <= ps and len(ps) <= 4]
        for pool in (exact, found):
            named = [ag for ag in pool if ag in self.doc_orgs]
            if len(named) == 1:
                return named[0]
            if self.main_agreement in pool:
                return self.main_agreement
            if len(pool) == 1:
                return pool[0]
            described = [ag for ag in pool if words and words <= self._name_words(ag)]
            if len(described) == 1:
                return described[0]
        return None

    def _name_words(self, ag: str) -> set[str]:
        found = {lx.SPELLING.get(w, w) for w in self.know.name_words.get(ag, set())}
        return found | {w[:-1] for w in found if w.endswith("s")}  # "guarantees"

    def _dyad(self, c: Candidate, head: Token) -> list[Candidate]:
        if c.type == "accuse" and lemma(head) == "denounce":  # "denouncing it": a treaty
            treaty = [x for x in self.agreements_in(objects(head), 1) if x.kind == "agreement"]
            if treaty:  # is denounced by notice of withdrawal, not accused
                subj, via = self.subject(head)
                c.type, c.agreement = "notify_withdrawal", treaty[0].ids[0]
                c.subject = self.ids(subj)
                c.cues += [f"subj_via={via}", "via=denounced_treaty"]
                return [c]
        role = lemma(head) in ROLE_NOUNS and head.pos_ in ("NOUN", "PROPN")
        if self._no_one_backed(c, head, role) or self._committed_to_else(c, head):
            return []
        if c.type == "warn" and _motive(head):
            return []  # "struck the sites in retaliation": why it struck, no warning
        if role and (copula_subject(head) is not None or head.head.lower_ == "as"):
            return self._role(c, head)
        if c.type == "arms_supply" and head.dep_ == "amod" and lemma(head) in MAKING:
            return self._made_by(c, head)
        if head.dep_ == "amod" and head.tag_ == "VBN" and self._backed(head):
            return self._backed_by(c, head)
        if c.type == "attack" and _a_label(head):
            return []  # "described the strike as aggression": the word judges, it is no blow
        if c.type == "attack" and lemma(head) == "sabotage" and self._sabotage_of_a_body(head):
            return []  # "the CSTO's sabotage", "sabotage of the talks": undermining, no blow
        under = _under(head) if c.type == "attack" else None
        if under is not None:
            return self._came_under(c, head, under)
        subj, via = self.subject(head)
        if c.type == "arms_supply" and not subj:
            subj, via = self._supplier(head)
        if c.type == "accuse" and not subj and lemma(head) == "summon":  # "was summoned to the
            called_to = prep_objects(head, ("to",))  # Turkish foreign ministry": its state
            subj = [x for t in called_to for x in self.owners(t) if x.kind == "state"]
            via = "summoned_to" if subj else via
        struck: list[Ref] = []
        if c.type == "attack" and head.pos_ == "NOUN" and via == "owner":
            # "the Paris attacks", "the Kursk incursion": the place named is where it struck;
            # a state named so strikes where the noun's own target is said ("the US bombing
            # of its nuclear sites", "the Israel strikes on Iran")
            aims = prep_objects(head, ("of", "on", "against"))
            aimed = any(o.ent_type_ not in ("DATE", "TIME") for o in aims)
            struck = [
                x
                for x in subj
                if self.doc[x.head].dep_ == "compound"
                and x.how != "demonym"
                and (x.kind == "place" or x.how == "capital" or (x.kind == "state" and not aimed))
            ]  # "the Hamas attack": Hamas struck
            subj = [x for x in subj if x not in struck]
            via = via if subj else "none"
        preps = OBJECT_PREPS.get(c.type, ())
        if c.type == "attack" and head.pos_ == "VERB":
            preps = (*preps, "at")  # "fired missiles at US bases"
            if lemma(head) in TAKEN:  # "seized the town from Ethiopian forces": who lost it
                preps = (*preps, "from")
        if c.type == "commit_defense" and self.direct(head):
            preps = tuple(p for p in preps if p != "against")  # "defend it against Azerbaijan"
        if c.type == "commit_defense" and lemma(head) == "stand":
            preps = (*preps, "by", "with", "behind")  # "will stand by Azerbaijan"
        if c.type == "political_support" and lemma(head) == "stand":
            stood = self.preps(head, ("with", "behind"))  # "stands with Moldova"; behind a
            if not stood:  # plan or a protocol, no one is backed
                return []
        obj = struck + self.direct(head) + [x for x in self.preps(head, preps) if x]
        if c.type == "commit_defense" and lemma(head) in STOPPING:
            # "no action to stop Azerbaijan's attack on Armenia": whom it struck went undefended
            stopped = [head, *self.objects(head)]  # the parser hangs "against" on either
            obj = [x for n in stopped for x in self.preps(n, OBJECT_PREPS["attack"])]
        if not obj and c.type == "negotiate":
            obj = self._visited(head, subj)
        extends = head.head if head.dep_ == "nsubj" and lemma(head.head) in REACHING else None
        if not obj and c.type == "commit_defense" and extends is not None:
            obj = self.direct(extends) + self.preps(extends, ("to",))  # "the umbrella extends to"
        if c.type in TARGETED_TYPES:  # "struck Houthi targets in Yemen": whose they are
            owned = [
                x
                for n in self.objects(head)
                if lemma(n) in TARGETS
                for x in self.owners(n)
                if x.kind in ("state", "group") and x.how != "place"
            ]
            obj = owned or obj
        if not obj and c.type in TARGETED_TYPES:  # "attacks on Israeli targets"
            said = [*self.objects(head), *prep_objects(head, preps)]
            for noun in [*said, *(n for o in self.objects(head) for n in prep_objects(o, preps))]:
                if lemma(noun) in TARGETS:
                    obj += [x for x in self.owners(noun) if x.kind == "state" and x not in obj]
        if not obj and c.type == "attack":  # "an attack on a hospital in Ukraine": where it hit
            obj = self._struck_where(head, preps)
        if not obj and c.type == "accuse":  # "voiced dissatisfaction with Manila": the feeling
            felt = [n for n in self.objects(head) if c.start <= n.i < c.end]  # is at someone
            felt.append(head)  # "lodged a protest with Beijing", the parser hanging it there
            obj = [x for n in felt for x in self.preps(n, FELT_AT)]
        if not obj and c.type == "accuse" and head.pos_ == "VERB":
            # "declared the French presence illegal": whose the thing called so is
            called = [*self.objects(head)]
            called += [s for k in head.children if k.dep_ in ("ccomp", "xcomp", "oprd")
                       for s in k.children if s.dep_ == "nsubj"]  # fmt: skip
            obj = [x for n in called for x in self.owners(n) if x.kind in ("state", "org", "group")]
        if not obj and head.pos_ == "VERB" and c.end - c.start > 2 and c.type in TIE_TYPES:
            # "stands shoulder to shoulder with Poland": the match's own words lead there
            words = [t for t in self.doc[c.start : c.end] if t.i != head.i]
            mine = set(self.ids(subj))
            obj = [x for t in words for x in self.preps(t, preps) if not set(x.ids) & mine]
        if head.pos_ == "VERB":  # "gave Armenia security guarantees": the one given to
            obj += [x for k in head.children if k.dep_ == "dative" for x in self.actors(k)]
        if c.type == "accuse":  # "condemned Israel's strikes on Iran": the one who struck
            said = [*objects(head), *(prep_objects(head, ("of",)) if head.pos_ == "NOUN" else [])]
            blows = [n for n in said if lemma(n) in ATTACK_NOUNS]  # "a condemnation of"
            if blows:
                return self._blow_accused(c, head, subj, via, blows[0])
            # "condemned the deployment of US missiles in Germany": whose they are, not where
            sent = [n for n in said if lemma(n) in ("deployment", "stationing")]
            senders = [
                x
                for n in sent
                for x in [
                    *self.owners(n),
                    *(y for o in prep_objects(n, ("of",)) for y in self.owners(o)),
                ]
                if x.kind in ("state", "org") and x not in subj
            ]
            obj = senders or obj
        # "strengthen its relations with the EAEU"; a coordinated verb's object only when
        # this one has none ("broke off ties with France and pivoted toward Russia")
        for noun in self.objects(head) if not obj else objects(head):
            if lemma(noun) in TIES_NOUNS or (noun.pos_ == "NOUN" and not obj):
                obj += [x for x in self.preps(noun, preps) if x not in obj]
        own = set(self.ids(subj))  # a person's state too: "Macron expressed France's support"
        if obj and all(set(x.ids) <= own for x in obj):  # "affirmed their support for Turkey":
            for noun in objects(head):  # the possessor is the subject, the object is Turkey
                obj += [x for x in self.preps(noun, preps) if not set(x.ids) <= own]
        if head.pos_ in ("NOUN", "PROPN") and (c.type == "attack" or lemma(head) == "defense"):
            obj += [x for x in self.preps(head, ("of",)) if x not in subj]  # "defence of Japan"
        if c.type == "commit_defense" and not obj and _on_behalf(head):  # "on Yerevan's side"
            for o in prep_objects(head, ("on",)):
                obj += [x for x in self.owners(o) + self.preps(o, ("of",)) if x not in subj]
        if c.type == "commit_defense" and not obj:  # "did not commit to the defence of Japan"
            for noun in prep_objects(head, ("to",)):  # "committed to the security of Japan"
                if lemma(noun) in ("defense", "security"):
                    obj += [x for x in self.preps(noun, ("of",)) if x not in subj]
        others = {i for x in obj if x.kind == "state" for i in x.ids} - set(self.ids(subj))
        if c.trigger.pattern == "defense/N of" and not others:
            return []  # "its defence of its territory": no one else's
        if head.pos_ in ("NOUN", "PROPN") and not obj:  # "commitment to defend South Korea"
            for comp in head.children:
                if comp.dep_ in ("acl", "xcomp") and comp.pos_ == "VERB" and not obj:
                    obj = [x for x in self.direct(comp) if x not in subj]
        if head.pos_ in ("NOUN", "PROPN") and not obj:
            verb = self.light_verb(head)
            if verb is not None and receiving(verb, head):
                obj = self.actors(subject_token(verb)[0])  # "Finland drew a warning"
            elif verb is not None and provided_with(head):
                obj = self.direct(verb)  # "provide Armenia with guarantees": Armenia
            elif verb is not None:
                obj = self.preps(verb, ("to", "for", "with", "on")) + self.direct(verb)[1:]
                given = [k for k in verb.children if k.dep_ == "dative"]  # "granted Manila a"
                obj += [x for k in given for x in self.actors(k) if x not in obj]
            elif rebutted(head):  # "Serbia rejected Kosovo's accusations": made against Serbia
                obj = [x for x in self.actors(subject_token(head.head)[0]) if x not in subj]
            elif head.dep_ == "dobj" and head.head.pos_ == "VERB":  # "lift their block on X"
                obj = self.preps(head.head, OBJECT_PREPS.get(c.type, ()))
            beneficiary = self._beneficiary(head)
            if beneficiary:
                obj = beneficiary
        mine = set(self.ids(subj))
        if c.trigger.pattern.startswith("shift") and all(set(x.ids) <= mine for x in obj):
            # "shifted its efforts away from Russia and toward the West", parsed as one phrase
            wanted = ("from",) if c.type == "reduce_cooperation" else ("toward", "towards", "to")
            for tok in head.subtree:
                if tok.lower_ in wanted and tok.dep_ in ("prep", "conj"):
                    obj += [x for o in tok.children if o.dep_ == "pobj" for x in self.actors(o)]
        if c.trigger.pattern.startswith("further"):  # "edges closer to Washington and
            at = head if head.pos_ == "ADP" else next(prep_objects(head, ("from",)), head).head
            obj = [x for o in at.children if o.dep_ == "pobj" for x in self.actors(o)]
            subj, via = self.subject(at.head)  # further from Russia"
            if not obj:
                return []  # "far from certain"
        if not obj and lemma(head) in OBJECT_CONTROL and head.pos_ == "VERB":
            for comp in head.children:  # "helping Baku and Yerevan to settle their issues"
                if comp.dep_ in ("ccomp", "xcomp"):
                    obj += [x for k in comp.children if k.dep_ == "nsubj" for x in self.actors(k)]
        if not obj and c.type in ("warn", "urge") and head.pos_ == "VERB":
            for comp in head.children:  # "threatening to kick it out", "urged it to leave"
                if comp.dep_ in ("xcomp", "ccomp"):
                    obj += self.direct(comp) + self.preps(comp, ("from", "on", "against"))
        if not obj and head.dep_ == "pobj" and head.head.lower_ in ("to", "for"):
            verb = head.head.head  # "open it up to an attack", "threats for Armenia"
            obj = self.direct(verb) if verb.pos_ == "VERB" else obj
        own_ids = set(self.ids(subj))  # "would not appoint a Georgian envoy to the bloc":
        foreign = [x for x in obj if not set(x.ids) <= own_ids]  # one's own official: no one
        if not foreign and c.type == "reduce_cooperation":  # "recalled its representative to
            said = [*self.objects(head), *prep_objects(head, ("to", "at", "in"))]  # the CSTO"
            obj = [x for x in self.agreements_in(said, 4) if x.kind == "org"] or obj
        if not obj and c.type == "reduce_cooperation":  # "a ban on flights from France"
            banned = [n for n in prep_objects(head, ("on",)) if lemma(n) in BANNED]
            obj = [x for n in banned for x in self.preps(n, ("from", "to"))]
        if not obj and c.type in OWNED_TARGET_TYPES and head.pos_ == "VERB":
            # "sanctioned Russian defence firms", "accused Iranian officials": their state
            obj = [x for n in self.objects(head) for x in self.owners(n) if x.kind == "state"]
            if not obj and c.type == "accuse":  # "lamented the silence of Budapest", "the
                whose = ("of", "from", "by")  # lack of a response from Baku": whose it is
                nouns = list(self.objects(head))
                nouns += [o for n in nouns for o in prep_objects(n, ("of",))]
                found = [x for n in nouns for x in self.preps(n, whose)]
                obj = [x for x in found if x.kind in ("state", "org", "group")]
        if lemma(head) == "defeat" and head.pos_ == "NOUN":  # "Armenia's defeat": the loser
            obj, subj = self.owners(head) + self.preps(head, ("of",)), self.preps(head, ("by",))
            via = "defeat"
        passive = self.passive_subject(head)
        if passive and c.type == "commit_defense" and all(x.kind == "org" for x in passive):
            subj, via = passive, "passive_org"  # "the treaty has not been implemented"
        elif passive and c.type == "commit_defense" and lemma(head) in BOUND_ONES:
            subj, via = passive, "bound"  # "Washington is committed to the security of Japan"
        elif passive:
            obj = passive + obj
        if not subj and via != "agent" and c.type in ("urge", "warn", "accuse"):
            speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
            if speaker:
                c.subject = list(speaker)
                via = "speaker"
        if not subj and c.type == "cooperate":  # "the interoperability of the Kenyan and
            sides = self._forces_sides(head)  # Ugandan armed forces": their states, both ways
            named = set(self.ids(sides, roles=False))
            if len(named) >= 2 and set(self.ids(obj, roles=False)) <= named:
                subj, obj, via = sides, sides, "between"
        if not subj and not obj and c.type in MUTUAL_TYPES:  # "relations between A and B"
            for tok in [head.head, head.head.head]:
                sides = self.preps(tok, ("between",))
                if len(sides) >= 2:  # talks have sides that talk, not one talked to
                    subj, obj, via = sides, sides if c.type != "negotiate" else [], "between"
                    break
        if not subj and c.type == "negotiate" and head.pos_ in ("NOUN", "PROPN"):
            sides = self.preps(head, ("between",))  # "talks between Ghana and Togo": both talk
            if len(self.ids(sides, roles=False)) >= 2:
                subj, obj, via = sides, [x for x in obj if x not in sides], "between"
        c.subject = c.subject or self.ids(subj)
        c.object = [o for o in self.ids(obj) if o not in c.subject or via == "between"]
        # "Paris continues to strengthen our defence relationship with Armenia", said by the
        # French minister: "our" is Paris's side, not the other
        c.object = [o for o in c.object if self.r.speaks_for.get(o) not in c.subject]
        if not c.object and c.trigger.pattern in NAMING_SOMEONE and not _blaming(head):
            return []  # "Albanese described the day as historic": no one is accused
        actors = [i for i in c.subject if self.know.is_state(i) or self.know.is_org(i)]
        if (
            c.type in MUTUAL_TYPES
            and not c.object
            and len(actors) >= 2  # "Rubio" and the US are one side
            and c.type != "negotiate"
        ):
            c.object = list(c.subject)  # "Azerbaijan and Turkey have strong ties"
        reach = [head, *objects(head), *prep_objects(head, ("under",))]
        if c.type in ("urge", "warn"):
            reach += [x for x in head.children if x.dep_ in ("xcomp", "ccomp")]
        # "threatened to expel it from the bloc": the threatened act's body, a level deeper
        depth = {"urge": 4, "warn": 4, "negotiate": 5}.get(c.type, 2)
        agr = self.agreements_in(reach, depth)
        c.agreement = agr[0].ids[0] if agr else None
        subj_tok = subject_token(head)[0] if head.pos_ == "VERB" else copula_subject(head)
        ruled = self.r.ref(subj_tok.i) if subj_tok is not None else None
        if not subj and ruled is not None and ruled.kind == "agreement" and c.type in MUTUAL_TYPES:
            parties = sorted(self.know.parties.get(ruled.ids[0], set()))  # "the charter sets
            c.subject, c.object, c.agreement = parties, parties, ruled.ids[0]  # a framework"
            c.cues.append("subj_via=agreement_parties")
            return [c]
        if c.type == "commit_defense" and c.agreement is None:
            c.agreement = self._binding(c)
        c.cues.append(f"subj_via={via}")
        if c.type == "reduce_cooperation" and self._ties_cut_with_own_bloc(c, head):
            return []  # "Mali cut ties with ECOWAS": a member leaving, read as that
        return self._each_talked_with(c, head) or [c]

    def _ties_cut_with_own_bloc(self, c: Candidate, head: Token) -> bool:
        """Ties cut or severed with a body the state belongs to: it leaves the body."""
        if lemma(head) not in ("cut", "sever") or not c.object:
            return False
        day = c.date or self.published
        states = [i for i in c.subject if self.know.is_state(i)]
        return bool(states) and all(
            self.know.is_org(o) and all(self.know.member_on(s, o, day) for s in states)
            for o in c.object
        )

    def _each_talked_with(self, c: Candidate, head: Token) -> list[Candidate]:
        """Deals in the plural negotiated with several states are one with each: Seoul in
        talks on pacts with Warsaw and Bucharest holds two talks, each of its own pact."""
        plural = any(n.tag_ == "NNS" and lemma(n) in AGREEMENT_NOUNS for n in objects(head))
        own = [i for i in c.subject if self.know.is_state(i)]
        others = [i for i in c.object if self.know.is_state(i) and i not in own]
        if c.type != "negotiate" or not plural or len(own) != 1 or len(others) < 2:
            return []
        out = []
        for other in others:
            pair = {own[0], other}
            agreement = self._between(pair, c.type) if c.agreement is None else c.agreement
            cues = [*c.cues, "each_partner"]
            out.append(replace(c, object=[other], agreement=agreement, cues=cues, one_of=other))
        return out

    def _forces_sides(self, head: Token) -> list[Ref]:
        """The states whose forces a tie is of or between ("cooperation between the Nigerian
        and American armed forces", "the interoperability of US and Philippine troops")."""
        sides: list[Ref] = []
        for noun in [head, *self.objects(head)]:
            for forces in prep_objects(noun, ("between", "of")):
                for f in [forces, *forces.conjuncts]:
                    if lemma(f) in FORCES:
                        sides += [x for x in self.owners(f) if x.kind == "state" and x not in sides]
        return sides

    def _role(self, c: Candidate, head: Token) -> list[Candidate]:
        """ "Russia was Armenia's protective power", "Turkey as a security guarantee"."""
        player = self.actors(copula_subject(head))
        if not player and head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head
            said = next((o for o in objects(verb)), None)
            if said is None and verb.pos_ == "VERB" and not is_passive(verb):
                said = subject_token(verb)[0]  # "North Korea emerged as Russia's supplier"
            player = self.actors(said)
        owners = [x for x in self.owners(head) if x not in player]
        if not owners and head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head  # "Washington designated Riyadh as a major ally": its ally
            owners = [x for x in self.actors(subject_token(verb)[0]) if x not in player]
        c.subject = self.ids(player)
        c.object = self.ids(owners + self.preps(head, ("of", "for", "to")))
        c.object = [o for o in c.object if o not in c.subject]
        if c.object and not any(self.know.is_state(o) or self.know.is_org(o) for o in c.object):
            return []  # "a close ally of Pashinyan": a person's ally is no state's tie
        if c.type == "commit_defense":
            c.agreement = self._binding(c)
        c.cues.append("subj_via=role")
        return [c]

    def _beneficiary(self, head: Token) -> list[Ref]:
        """ "Sweden will benefit from the alliance's guarantee": who benefits."""
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            verb = head.head.head
            if lemma(verb) in BENEFIT:
                return self.actors(subject_token(verb)[0])
        return []

    def _binding(self, c: Candidate) -> str | None:
        """The agreement that binds the one who defends to the one defended; of states named
        together ("Manila and Washington are treaty allies"), the one between them."""
        subject, obj = c.subject, c.object or (c.subject if len(c.subject) > 1 else [])
        if not subject or not obj:
            return None
        between = set(self.know.agreements_between(set(subject), set(obj)))
        pledges = [ag for ag in between if ag in self.know.pledges]
        for ag in self.doc_orgs:  # a pledge the text names, before an access deal it names
            if ag in pledges:
                return ag
        # two states called treaty allies: the one treaty by which they pledge to defend
        # each other, where the text names none
        named = {i for i in [*subject, *obj] if self.know.is_state(i)}
        pairs = [ag for ag in pledges if named <= self.know.parties.get(ag, set())]
        pairs = [ag for ag in pairs if len(self.know.parties.get(ag, ())) <= 4]
        treaty_said = any(lemma(t) in ("treaty", "pact") for t in self.doc[c.start : c.end])
        if len(pairs) == 1 and treaty_said:
            return pairs[0]
        for ag in self.doc_orgs:
            if ag in between and (ag in self.know.defense or ag in self.know.organizations):
                return ag
        return None

    def _wanted_of(self, verb: Token) -> list[str]:
        """Who is wanted to act: "want NATO to deploy air defences" (NATO); no one in one's
        own wish ("wants to join the EU")."""
        comps = [k for k in verb.children if k.dep_ in ("ccomp", "xcomp")]
        if not comps:
            return []
        doers = [d for k in comps for d in k.children if d.dep_ == "nsubj"]
        doers += [k for k in verb.children if k.dep_ == "dobj"]
        return [o for d in doers for o in self.ids(self.actors(d))]

    def _request(self, c: Candidate, head: Token) -> list[Candidate]:
        low = lemma(head)
        if low == "insist" and _asserted(head):
            return []  # "insisted that the alliance did not refuse": a claim, not a demand
        if low == "ask" and _questioned(head):
            return []  # "said when asked how long the troops would stay": a reporter's question
        if low == "pressure" and head.pos_ == "NOUN" and not _asks_for(head):
            return []  # "military pressure on Venezuela", "to alleviate pressure on Ukraine"
        if low in ("want", "wish") and not self._wanted_of(head):
            return []  # "Georgia wants to join the EU": its own wish, asked of no one
        striving = any(k.dep_ == "xcomp" for k in head.children) and head.pos_ == "VERB"
        if low in ("push", "press") and striving and not self._wanted_of(head):
            return []  # "is pushing to join the EU": its own striving, asked of no one
        asked = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
        if any(lemma(k) in PUBLIC for k in asked):
            return []  # "asked Australian media to respect China", "voters were asked to answer"
        if low in ("must", "should", "oblige", "obliged"):
            verb = head.head if head.dep_ == "aux" else head
            if low == "should" and any(k.lower_ in ("if", "unless") for k in verb.children):
                return []  # "if Russia should attack": a condition, not a demand
            target, _ = subject_token(verb)
            if low == "should" and target is not None and target.lower_ in ("it", "this", "that"):
                return []  # "it should": said of a thing as often as of a state
            speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
            c.subject = list(speaker)
            c.object = self.ids(self.actors(target))
            # "we should do more", "Finland must stay ready", said by Finland: no demand on
            # the speaker's own side
            c.object = [o for o in c.object if o not in c.subject]
            c.cues.append("subj_via=speaker")
            return [c] if c.subject and c.object else []
        out = self._dyad(c, head)
        told = [  # "demanded that Belgrade recognise Kosovo": Belgrade is asked, not Kosovo
            o
            for k in (head.children if head.pos_ == "VERB" else [])
            if k.dep_ == "ccomp"
            for d in k.children
            if d.dep_ == "nsubj"
            for o in self.ids(self.actors(d))
        ]
        for x in out:
            if head.pos_ in ("NOUN", "PROPN") and not x.subject:
                of = self.preps(head, ("of", "from", "by"))
                x.subject = self.ids(of)
            if told and not set(told) & set(x.subject):
                x.object = told
            if not x.object and low in ("want", "wish"):  # "want NATO to deploy": NATO
                x.object = self._wanted_of(head)
            if not x.object:
                x.object = self.ids(self.preps(head, ("from", "to", "of", "with")))
                for thing in self.objects(head):  # "requested military aid from its allies",
                    # "set a deadline for the junta in Niamey": whom the deadline binds
                    whom = ("from", "for", "to") if lemma(thing) in DEADLINES else ("from",)
                    x.object += [o for o in self.ids(self.preps(thing, whom)) if o not in x.object]
                for thing in [] if x.object else prep_objects(head, ("for",)):
                    # "called for the dissolution of the OSCE Minsk Group": who must act
                    whose = self.owners(thing) + self.preps(thing, ("of",))
                    x.object += [o for o in self.ids(whose) if o not in x.object]
                for clause in [] if x.object else [*head.children, *self.objects(head)]:
                    # "set a deadline for the junta to step down": the for-clause's subject
                    marked = any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
                    if clause.dep_ in ("advcl", "acl", "relcl") and marked:
                        doer = [k for k in clause.children if k.dep_ == "nsubj"]
                        x.object += [o for k in doer for o in self.ids(self.actors(k))]
                x.object = [o for o in x.object if o not in x.subject]
            if not x.object and head.pos_ in ("NOUN", "PROPN"):
                main = head.head
                while main.dep_ not in ("ROOT",) and main.head.i != main.i and main.pos_ != "VERB":
                    main = main.head
                x.object = [o for o in self.ids(self.subject(main)[0]) if o not in x.subject]
            if x.agreement is None:
                orgs = [o for o in x.object if self.know.is_org(o)]
                x.agreement = orgs[0] if orgs else None
        return out

    def _speaker(self, c: Candidate, head: Token) -> list[Candidate]:
        if _denied(self.doc[c.start : c.end], head):
            return []  # "the pact is not posing threats to anyone": a denial, no accusation
        subj, via = self.subject(head)
        if lemma(head) in SEEING:  # "Armenia sees the CSTO as a threat"
            c.subject = self.ids(subj)
            seen = self.direct(head)
            for noun in [] if seen else self.objects(head):  # "saw Kosovo's move as a threat"
                seen += [
                    x for x in self.owners(noun) if x.kind in ("state", "org", "group", "person")
                ]
                seen += self.preps(noun, ("by", "of"))  # "the move by Kosovo"
            c.object = [o for o in self.ids(seen) if o not in c.subject]
        else:  # "the CSTO poses a threat to Armenia": the speaker's accusation
            speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
            c.subject = list(speaker) or self.ids(self.preps(head, ("to",)))
            deed, _ = subject_token(head)
            if not subj and deed is not None and deed.pos_ == "VERB":
                subj, _ = self.subject(deed)  # "Peruvian troops joining the war was ..."
            elif not subj and deed is not None:  # "the involvement of Peru was an escalation",
                subj = self.preps(deed, ("by", "of"))  # "the Lithuanian blockade violates"
                subj = subj or [x for x in self.owners(deed) if x.kind in ("state", "org")]
            c.object = [o for o in self.ids(subj) if o not in c.subject]
        c.cues.append(f"subj_via={via}")
        return [c]

    def _mutual(self, c: Candidate, head: Token) -> list[Candidate]:
        if c.type == "commit_defense":  # "the treaty commits each side", "binds A and B"
            sides = [x for x in self.direct(head) if x.kind in ("state", "person")]
            subj_tok, _ = subject_token(head)
            agr = self.agreements_in([subj_tok] if subj_tok is not None else [], 1)
            agreement = agr[0].ids[0] if agr else self.context_agreement(head)
            if not sides and agreement:
                c.subject = c.object = sorted(self.know.parties.get(agreement, set()))
            else:
                c.subject = c.object = self.ids(sides, roles=False)
            # "commits the US to defend South Korea": the one bound defends the one named
            deeds = [k for k in head.children if k.dep_ in ("xcomp", "advcl") and k.pos_ == "VERB"]
            defended = self.ids([x for d in deeds for x in self.direct(d) if x not in sides])
            if sides and defended:
                c.object = [i for i in defended if i not in c.subject]
            c.agreement = agreement
            c.cues.append("subj_via=commits")
            return [c]
        sides = self.preps(head, ("between", "with", "among"))
        owners = [x for x in self.owners(head) if x not in sides]
        if self._waged(head, sides, owners):  # "Russia launched its war", "Russia's war"
            return self._dyad(replace(c, subject=[]), head)
        sides += owners  # "the Israel-Hamas war"
        if not sides:
            subj, _ = self.subject(head)
            sides = subj
        if len(sides) == 1:
            other = self._other_side(head, sides[0])
            if other is not None:
                sides.append(other)
        c.subject = self.ids([x for x in sides if x.kind in ("state", "org", "person", "group")])
        c.object = []
        if lemma(head) == "war" and self.preps(head, ("on", "against", "in")):
            return self._dyad(replace(c, subject=[]), head)
        c.cues.append("subj_via=sides")
        return [c]

    def _waged(self, head: Token, sides: list[Ref], owners: list[Ref]) -> bool:
        """A war one side makes: its own ("Russia's war of aggression", "its full-scale war")
        or one it launches or wages ("Russia is waging a war"), with no other side said."""
        if lemma(head) != "war" or head.pos_ != "NOUN" or sides or len(owners) > 1:
            return False
        if owners and self.doc[owners[0].head].dep_ == "poss":
            return True
        verb = self.light_verb(head)
        return verb is not None and lemma(verb) in DONE_BY_AGENT | {"declare"}

    def _other_side(self, head: Token, one: Ref) -> Ref | None:
        sent = head.sent
        for ref in self.r.refs:
            if sent.start <= ref.start < sent.end and ref.kind == "state" and ref.ids != one.ids:
                return ref
        return None

    def _coverage(self, c: Candidate, head: Token) -> list[Candidate]:
        """ "the 1951 Mutual Defense Treaty covers armed attacks on Philippine forces": the
        treaty's other parties commit to defend the state it is said to cover."""
        subj, passive = subject_token(head)
        if subj is None or passive or lemma(subj) not in COVERING:
            return []  # "the organisation covered Armenia's contributions": money, no defence
        named = self.agreements_in([subj], 3)  # "Article 5 of the treaty"
        if not named:
            return []
        agreement = named[0].ids[0]
        covered: list[str] = []
        for tok in head.subtree:
            ref = self.r.ref(tok.i) if tok.i > head.i else None
            if ref is not None and ref.kind in ("state", "place"):
                covered += [i for i in ref.ids if i not in covered]
        if not covered:
            return []
        parties = sorted(self.know.parties.get(agreement, set()) - set(covered))
        c.subject = parties or ([agreement] if self.know.is_org(agreement) else [])
        c.object = covered
        c.agreement = agreement
        c.cues.append("subj_via=covers")
        return [c]

    def _clause(self, c: Candidate, head: Token) -> list[Candidate]:
        on = self.preps(head, ("on", "against"))
        agr = self.agreements_in([head], 2)
        agreement = agr[0].ids[0] if agr else self.context_agreement(head)
        c.agreement = agreement
        c.object = self.ids([x for x in on if x.kind == "state"])
        c.subject = [agreement] if agreement and self.know.is_org(agreement) else []
        parties = sorted(self.know.parties.get(agreement or "", set()))
        if 2 <= len(parties) <= 8:  # "an attack on one is an attack on all": each on each
            cues = [*c.cues, "hyp=clause_parties"]
            return [c, replace(c, subject=parties, object=parties, cues=cues)]
        pledgers = self._pledgers(head)
        if len(pledgers) >= 2:  # "Oman and Qatar agreed that an attack on one ...": each other
            cues = [*c.cues, "subj_via=pledgers"]
            return [c, replace(c, subject=pledgers, object=pledgers, cues=cues)]
        return [c]

    def _pledgers(self, head: Token) -> list[str]:
        """The states whose statement a clause is the content of: "Oman and Qatar agreed
        that an attack on one would be an attack on both"."""
        tok = head
        while tok.dep_ not in ("ccomp", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ not in ("ccomp", "xcomp") or tok.head.pos_ != "VERB":
            return []
        subj, _ = subject_token(tok.head)
        return sorted({i for i in self.ids(self.actors(subj)) if self.know.is_state(i)})

    def _presence(self, c: Candidate, head: Token) -> list[Candidate]:
        """Forces of one actor in another's territory: deployer, host, legal basis."""
        if c.type == "deploy" and head.dep_ == "dobj" and lemma(head.head) in LEAVING:
            return []  # "French troops had departed the base": the leaving is the event
        if lemma(head) == "intervene" and _on_behalf(head):
            return []  # "intervene on Armenia's behalf": a defence pledge, read as one
        at = (lx.FORCES_AT, lx.FORCES_ARE_AT)
        if c.trigger.pattern in at and not self._forces_at_place(head):
            return []  # "troops in combat", or a place the parse gives to another word
        forces = self._forces_token(c, head)
        if forces is not None and self._an_office(forces):
            return []  # "sending its national security adviser to Geneva": an envoy
        deployer: list[Ref] = []
        via = "none"
        if forces is not None:
            inner = [o for o in prep_objects(forces, ("of",)) if lemma(o) in FORCES]
            if inner and not self.owners(forces):
                forces = inner[0]  # "a brigade of 4,000 troops in Lithuania": the troops
            deployer = [x for x in self.owners(forces) if x.kind != "place"]
            # "troops from Russia" came from Russia; "a drawdown of troops from Iraq" leaves it
            whose = ("of",) if c.type == "withdraw_forces" else ("of", "from")
            deployer += [x for x in self.preps(forces, whose) if x.kind != "place"]
            if deployer:  # "US troops and British soldiers", "hundreds of US personnel and a
                for other in _fellow_forces(forces):  # number of Italian troops": all theirs
                    deployer += [x for x in self.owners(other) if x.kind in ("state", "org")]
            via = "owner" if deployer else via
        if forces is not None and not deployer:  # "the base, which was under US control"
            deployer = self._controller(forces)
            via = "control" if deployer else via
        # "the entry of troops from Russia", "the transfer of troops from North Korea to
        # Russia": from is whose
        entry = lemma(head) in ("entry", "transfer", "arrival", "dispatch", "redeployment")
        if entry and not deployer:
            deployer = [x for x in self.preps(head, ("from",)) if x.kind != "place"]
            via = "entry_from" if deployer else via
        mission = [x for x in self.r.refs if x.kind == "mission" and c.start <= x.start < c.end]
        if not deployer and mission:
            deployer, via = mission[:1], "mission"
        named = forces if forces is not None else head if head.pos_ == "NOUN" else None
        # "remove foreign military forces": whose, the text does not say; not the host's
        foreign = named is not None and any(k.lower_ == "foreign" for k in named.children)
        if not deployer and named is not None and _definite(named) and not foreign:
            deployer = self._forces_before(named)  # "Russian peacekeepers ... The force"
            via = "forces_before" if deployer else via
        permitted_by = head.head if lemma(head) == "entry" and head.dep_ == "dobj" else None
        if not deployer and permitted_by is None and not foreign:
            subj, sv = self.subject(head)
            if lemma(head) not in ("close", "shut", "vacate", "expel", "evict", "host"):
                deployer, via = [x for x in subj if x.kind != "place"], sv
        if c.trigger.pattern == lx.MOVED:
            moved_to = self._moved_to(head, forces, deployer)
            if moved_to == "border":
                return []
            if moved_to == "state":
                c.type = "deploy"
        if c.type == "deploy" and self._to_own_border(head, forces, deployer):
            return []  # "Russia sent troops to the border with Ukraine": its own territory
        hosts: list[Ref] = []
        where = [head] + ([forces] if forces is not None else [])
        where += [v for v in (_verb_of(head, c), _verb_of(forces, c)) if v is not None]
        if head.dep_ == "dobj" and lemma(head.head) in SIZING:  # "expanded its presence in
            where.append(head.head)  # Peru": the parser hangs the place on the verb
        # forces sent go where they are sent, and came from a place only where none is said
        # ("redeployed from Italy to Saudi Arabia"); forces withdrawn leave where they came
        # from, and where they go is no host of theirs ("out of Iraq to Kuwait")
        sent = entry or c.type == "deploy"
        for preps in (PLACE_PREPS, ("from",)) if sent else (("from",), PLACE_PREPS):
            for tok in where:
                hosts += [x for x in self.preps(tok, preps) if x not in deployer]
                if tok.pos_ == "VERB":  # "pull its troops out of Syria"
                    hosts += [x for x in self.preps(tok, ("out", "of")) if x not in deployer]
            if hosts or entry:
                break
        if not any(x.kind in ("state", "place") for x in hosts):
            for tok in where:  # "to NATO's mission in Kosovo", "to its contingent in Kosovo"
                for obj in prep_objects(tok, PLACE_PREPS):
                    hosts += [x for x in self.preps(obj, PLACE_PREPS) if x not in deployer]
        if not hosts:  # "warships are on their way to the coast of Venezuela": the match's
            mine = set(self.ids(deployer))
            for tok in self.doc[c.start : c.end]:  # own words lead there
                if tok not in where:
                    found = self.preps(tok, PLACE_PREPS)
                    hosts += [x for x in found if not set(x.ids) & mine]
        if not hosts:
            hosts = [x for x in self._there(where) if x not in deployer]
        if not hosts and c.type == "deploy" and lemma(head) in ("occupy", "enter", "invade"):
            hosts = [x for x in self.direct(head) if x.kind in ("state", "place")]  # "occupies
            # a fifth of Georgia"
        if not hosts and c.type == "withdraw_forces":
            mine = set(self.ids(deployer))
            span_verbs = [t for t in self.doc[c.start : c.end] if t.pos_ == "VERB"]
            verbs = span_verbs or [head]  # "troops began leaving Chad"
            direct = [x for v in verbs for x in self.direct(v) if x.kind in ("state", "place")]
            hosts = [x for x in direct if not set(x.ids) & mine]
        if not hosts:
            subj, _ = self.subject(head)
            # "Armenia removes Russia's presence": one who ends another's forces hosts them
            ends_others = c.type == "withdraw_forces" and (via == "owner" or foreign)
            if lemma(head) in ("close", "shut", "vacate", "expel", "evict") or ends_others:
                hosts = [x for x in subj if x not in deployer]
        if not hosts and permitted_by is not None:  # "Ortega authorized the entry": his
            hosts = [x for x in self.subject(permitted_by)[0] if x not in deployer]  # country
        if not hosts:
            near = [x for x in self.r.refs if x.kind == "place" and head.sent.start <= x.start]
            hosts = [x for x in near if x.start < head.sent.end][:1]
        host_ids = [h for h in self.ids(hosts, roles=False) if h not in self.ids(deployer)]
        if hosts and not host_ids and c.type == "deploy":
            return []  # "Denmark will expand its presence in Greenland": its own territory
        # a host is a state: not "NATO's mission in Kosovo" for NATO, nor a person near by
        host_ids = [h for h in host_ids if self.know.is_state(h)]
        if not host_ids and c.trigger.pattern in MORE_FORCES:
            return []  # "Poland will increase its army", "raised the soldiers' pay": no host
        if not host_ids and self.r.focus and self.r.focus not in self.ids(deployer):
            host_ids = [self.r.focus]
            c.cues.append("host_via=focus")
        c.subject = self.ids(deployer)
        c.object = host_ids[:2]
        basis = self.agreements_in([head, *prep_objects(head, ("under", "with", "in"))], 3)
        basis = [x for x in basis if x.kind == "agreement" or x.ids[0] in self.know.missions]
        if mission and mission[0].ids[0] in self.know.agreements:
            c.agreement = mission[0].ids[0]
        elif basis:
            c.agreement = basis[0].ids[0]
        elif c.subject and c.object:
            kind = lemma(forces) if forces is not None else ""
            c.agreement = self.know.basis(c.subject[0], c.object[0], kind)
        c.cues.append(f"subj_via={via}")
        return [c]

    def _moved_to(self, head: Token, forces: Token | None, deployer: list[Ref]) -> str | None:
        """Where forces moved went, when it is not just away: forces moved leave where they
        were ("relocated its drone operations to coastal states", "moved troops out of Syria",
        None), but forces moved to a named state are sent there ("Russia moved troops to
        Belarus": "state", deployed), and forces moved to a border stay on their own side of
        it ("border")."""
        if any(self.preps(t, ("from", "out", "of")) for t in (head, forces) if t is not None):
            return None
        mine = set(self.ids(deployer))
        for dest in prep_objects(head, ("to", "into", "toward", "towards")):
            if lemma(dest) in BORDERS:
                return "border"
            if any(x.kind == "state" and not set(x.ids) & mine for x in self.actors(dest)):
                return "state"
        return None

    def _to_own_border(self, head: Token, forces: Token | None, deployer: list[Ref]) -> bool:
        """Forces sent to a border that is theirs, or no one else's by the words: "to the
        border with Ukraine", "to its border" (not "to Poland's border with Belarus")."""
        states = [x for x in deployer if x.kind == "state"]
        if not states or len(states) < len(deployer):
            return False
        mine = set(self.ids(states))
        near = [head, *([forces] if forces is not None else []), head.head]
        for dest in (o for t in near for o in prep_objects(t, PLACE_PREPS)):
            if lemma(dest) in BORDERS:
                owners = {i for x in self.owners(dest) for i in x.ids}
                owners |= {i for x in self.preps(dest, ("of",)) for i in x.ids}
                if owners:
                    return owners <= mine
                # "the border with Ukraine": the side not named is the sender's own
                return any(set(x.ids) - mine for x in self.preps(dest, ("with",)))
        return False

    def _returns_to(self, verb: Token) -> bool:
        """A return to a body or to taking part ("returned to the CSTO", "came back to the
        talks"), or with the body named near ("its return as a full member")."""
        goal = [*prep_objects(verb, ("to",)), *objects(verb)]
        for tok in [verb, *(k for k in verb.children if k.dep_ == "prt")]:
            goal += prep_objects(tok, ("to",))
        if any(self.agreements_in([g], 2) for g in goal):
            return True
        return any(lemma(g) in PARTICIPATING for g in goal) or not goal

    def _an_office(self, forces: Token) -> bool:
        """An adviser who holds an office, not military advisers: "national security
        adviser", "an adviser to the president", "adviser Jake Sullivan"."""
        if lemma(forces) not in ("adviser", "advisor"):
            return False
        words = {lemma(k) for k in forces.children if k.dep_ in ("compound", "amod")}
        if words & {"security", "national", "political", "foreign", "senior", "presidential"}:
            return True
        named = forces.i + 1 < len(self.doc) and self.r.ref(forces.i + 1) is not None
        said = [self.r.ref(k.i) for k in forces.children if k.dep_ == "appos"]
        return named or any(x is not None and x.kind == "person" for x in said)

    def _controller(self, forces: Token) -> list[Ref]:
        """Who holds forces or a base "under" their control or command: "the base, which was
        under US control", "troops under Russian command"."""
        where = [forces, *(k for k in forces.children if k.dep_ in ("relcl", "acl"))]
        if forces.dep_ == "nsubj" and lemma(forces.head) in ("be", "remain", "stay", "come"):
            where.append(forces.head)  # "the base was under US control"
        held = [o for t in where for o in prep_objects(t, ("under",)) if lemma(o) in HELD_UNDER]
        return [x for o in held for x in self.owners(o) if x.kind in ("state", "org")]

    def _forces_at_place(self, forces: Token) -> bool:
        """Forces with a place of their own: "American soldiers on Polish soil", "its troops
        in Syria", "warships in the region", "troops are in Syria"; not "troops in combat"."""
        said = [forces, *forces.conjuncts]
        whole = forces  # "thousands of troops are based in Japan": the amount is the subject
        if forces.dep_ == "pobj" and forces.head.lower_ == "of" and forces.head.head.i != forces.i:
            whole = forces.head.head if forces.head.head.pos_ in ("NOUN", "NUM") else forces
        subject = whole.dep_ in ("nsubj", "nsubjpass")
        if subject and lemma(whole.head) in STAYING:  # "troops are in Syria"
            said.append(whole.head)
        for obj in [o for n in said for o in prep_objects(n, PLACE_PREPS)]:
            if lemma(obj) in PLACE_NOUNS or any(
                x.kind in ("state", "place") for x in self.actors(obj)
            ):
                return True
        return False

    def _there(self, toks: list[Token]) -> list[Ref]:
        """The place "there" or "where" stands for: "a base in Niamey, where troops are
        stationed"; "troops arrived in Niger ... the base there": the last place named."""
        for tok in toks:
            near = [t for t in tok.head.children if t.i == tok.i + 1 and t.lower_ == "there"]
            for adv in [*tok.children, *near]:  # "the base there was built": "there" of base
                if adv.lower_ == "where" and tok.dep_ == "relcl":
                    found = [x for x in self.actors(tok.head) if x.kind in ("state", "place")]
                    found += [
                        x for x in self.preps(tok.head, PLACE_PREPS) if x.kind in ("state", "place")
                    ]
                    if found:
                        return found
                if adv.lower_ == "there" and adv.dep_ in ("advmod", "expl") and adv.i > tok.i:
                    return self._place_before(adv)
        return []

    def _place_before(self, tok: Token) -> list[Ref]:
        """The state or place last named after a preposition of place, within two
        sentences before ``tok``."""
        lo = _sentences_back(tok, 2)
        for ref in reversed(self.r.refs):
            if ref.start >= tok.i or ref.start < lo or ref.kind not in ("state", "place"):
                continue
            at = self.doc[ref.head]
            if at.dep_ == "pobj" and at.head.lower_ in PLACE_PREPS:
                return [ref]
        return []

    def _forces_before(self, forces: Token) -> list[Ref]:
        """The owner of the forces named last before, within two sentences: "Some 2,000
        Russian peacekeepers arrived. The force was deployed under the ceasefire"."""
        lo = _sentences_back(forces, 2)
        for tok in reversed(self.doc[lo : forces.i]):
            if lemma(tok) in FORCES and tok.pos_ == "NOUN":
                owners = [x for x in self.owners(tok) if x.kind in ("state", "org")]
                owners += [x for x in self.preps(tok, ("of", "from")) if x.kind in ("state", "org")]
                if owners:
                    return owners
        return []

    def _forces_token(self, c: Candidate, head: Token) -> Token | None:
        near: list[Token] = [*self.doc[c.start : c.end], *head.children]
        deployed = list(prep_objects(head, ("of",)))
        near += deployed
        for tok in deployed:  # "the deployment of US missiles in Germany": the missiles'
            if lemma(tok) in WEAPONS and lemma(head) in ("deployment", "stationing"):
                return tok
        for tok in near:
            if tok.dep_ == "pobj" and tok.head.lower_ in BESIDE:
                continue  # "were deployed alongside Nigerien soldiers": others' forces
            if lemma(tok) in FORCES and tok.dep_ != "amod":  # not "military" of "presence"
                if tok.dep_ == "compound" and lemma(tok.head) in BASES:
                    continue  # "its drone base": the base, whose owner it names
                return tok
        for tok in head.children:  # "closed the American base", "removes Russia's presence"
            if tok.dep_ == "dobj" and lemma(tok) in BASES:
                return tok
        if lemma(head) in BASES:
            return head
        subj, _ = subject_token(head)
        if subj is not None and lemma(subj) in FORCES:
            return subj
        if head.dep_ in ("dobj", "nsubj", "pobj") and lemma(head) in FORCES:
            return head
        return None

    def _host(self, c: Candidate, head: Token) -> list[Candidate]:
        home = lemma(head) == "home"  # "Djibouti is home to American and French bases"
        host = self._home_of(head) if home else self.subject(head)[0]
        hosting = list(prep_objects(head, ("to",))) if home else objects(head)
        hosted = [*hosting, *([head.head] if head.dep_ == "acl" else [])]
        hosted += [t for t in head.children if t.dep_ == "nsubjpass"]
        guests = [o for o in hosting if self._visitor(o)]
        if guests and not home:  # "Noboa hosts US Homeland Security Secretary Kristi Noem":
            # a guest, and hosting one is a meeting with them
            c.type = "negotiate"
            c.subject = self.ids(host)
            c.object = [i for o in guests for i in self.ids(self.actors(o)) if i not in c.subject]
            c.cues.append("subj_via=host_guest")
            return [c]
        if any(lemma(o) in DRILLS | GATHERINGS for o in hosted):
            return []  # hosting an exercise, a summit or a dinner is no presence of forces
        deployers: list[Ref] = []
        for obj in hosting:
            deployers += [x for x in self.owners(obj) if x.kind != "place"]
            deployers += self.preps(obj, ("from", "of"))
            deployers += [x for x in self.actors(obj) if x.kind in ("mission", "org", "state")]
        deployers += self.preps(head, ("from",))
        c.subject = self.ids([x for x in deployers if x not in host])
        c.object = self.ids([x for x in host if x.kind in ("state", "place")])
        mission = [x for x in deployers if x.kind == "mission"]
        if mission:
            c.agreement = mission[0].ids[0]
        c.cues.append("subj_via=host")
        return [c]

    def _visitor(self, tok: Token) -> bool:
        """A person or an office holder, hosted as a guest, not as forces."""
        ref = self.r.ref(tok.i)
        return (ref is not None and ref.kind == "person") or lemma(tok) in VISITORS

    def _home_of(self, home: Token) -> list[Ref]:
        """Who is "home to" forces: the place named just before ("Al Udeid, home to 8,000 US
        troops"), whatever the parse, else the subject of the verb ("Djibouti is home to")."""
        if home.i > 1 and self.doc[home.i - 1].text == ",":
            before = self.r.ref(home.i - 2)
            if before is not None:
                return [before]
        if home.dep_ == "appos":
            return self.actors(home.head)
        return self.subject(home.head)[0]

    def _supplier(self, head: Token) -> tuple[list[Ref], str]:
        """Who supplies arms no one is said to send: where a shipment or delivery comes from
        ("an arms shipment from Turkey"), else the state named on arms sent in the passive
        ("Turkish drones were delivered to Libya")."""
        sellers = self._from(head)
        if sellers or head.pos_ != "VERB":
            return sellers, ("from" if sellers else "none")
        sellers = self._makers([k for k in head.children if k.dep_ == "nsubjpass"], [])
        return sellers, ("maker" if sellers else "none")

    def _came_under(self, c: Candidate, head: Token, verb: Token) -> list[Candidate]:
        """An attack someone comes, or is, under: they are struck, and it comes from, or is
        by, whoever strikes ("Poland came under attack from Russian drones")."""
        attackers: list[Ref] = []
        for obj in [*prep_objects(head, ("from", "by")), *prep_objects(verb, ("from", "by"))]:
            found = self.actors(obj)
            if not found and lemma(obj) in FORCES | CRAFT | WEAPONS:
                found = [x for x in self.owners(obj) if x.kind == "state"]
            attackers += [x for x in found if x not in attackers]
        targets = [x for x in self.actors(subject_token(verb)[0]) if x not in attackers]
        c.subject, c.object = self.ids(attackers), self.ids(targets)
        c.cues += ["subj_via=under_from", "obj_via=under"]
        return [c]

    def _delivered_from(self, noun: Token) -> list[Ref]:
        """Where a delivery comes from, said of it or of what it brings ("delivery of the
        first tanks from the United States", parsed under the tanks)."""
        found = self.preps(noun, ("from",))
        for what in prep_objects(noun, ("of",)):
            found += [x for x in self.preps(what, ("from",)) if x not in found]
        return found

    def _makers(self, arms: list[Token], user: list[Ref]) -> list[Ref]:
        """The states named on arms ("Chinese fighter jets", "U.S. F-16 jets"), not their
        user's."""
        out: list[Ref] = []
        for obj in arms:
            for tok in obj.subtree:
                ref = self.r.ref(tok.i)
                if ref is None or ref in user or ref in out:
                    continue
                if ref.how == "demonym" or (ref.kind == "state" and tok.dep_ in MAKER_DEPS):
                    out.append(ref)
        return out

    def _from(self, head: Token) -> list[Ref]:
        """Where what is bought or received comes from: "from Russia" after the verb or after
        what it takes ("ordered S-400 systems from Russia", parsed under the systems)."""
        found = self.preps(head, ("from",))
        for what in objects(head):
            found += [x for x in self.preps(what, ("from",)) if x not in found]
        return found

    def _purchase(self, c: Candidate, head: Token) -> list[Candidate]:
        buyer, via = self.subject(head)
        sellers = self._from(head)
        sellers += self._makers(objects(head) + list(prep_objects(head, ("of",))), buyer)
        c.subject = self.ids(sellers)
        c.object = self.ids(buyer)
        c.cues.append(f"subj_via={via}")
        return [c]

    def _receive(self, c: Candidate, head: Token) -> list[Candidate]:
        if any(lemma(o) in NOT_RECEIVED for o in objects(head)):
            return []  # "had not received notification": word, not weapons
        patients = [*objects(head), *(k for k in head.children if k.dep_ == "nsubjpass")]
        if lemma(head) == "receive" and any(self._visitor(o) for o in patients):
            return []  # "the envoy was received by the foreign minister": a guest, no arms
        recipient, via = self.subject(head)
        givers = self._from(head)
        for what in [] if givers else head.children:  # "receiving what we ordered from Russia"
            if what.dep_ in ("dobj", "ccomp") and what.pos_ in ("VERB", "PRON", "NOUN"):
                clause = [what, *(k for k in what.children if k.dep_ == "relcl")]
                givers = [x for v in clause for x in self.preps(v, ("from",))]
                break
        if not givers:  # "Iran received Russian drones": the state named on them
            givers = self._makers(objects(head), recipient)
        c.subject = self.ids([x for x in givers if x not in recipient])
        c.object = self.ids(recipient)
        c.cues.append(f"subj_via={via}")
        return [c]


def _fellow_forces(forces: Token) -> list[Token]:
    """Forces coordinated with these, directly ("US troops and British soldiers") or through
    the numbers of them ("hundreds of US personnel and a number of Italian troops")."""
    out = [k for k in forces.conjuncts if lemma(k) in FORCES]
    of = forces.head
    if forces.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        for amount in of.head.conjuncts:
            out += [k for k in prep_objects(amount, ("of",)) if lemma(k) in FORCES]
    return out


@Language.component("pactwatch_arguments")
@guarded("pactwatch_arguments")
def arguments(doc: Doc) -> Doc:
    r: Reading = doc._.pactwatch
    finder = Finder(doc, r)
    out: list[Candidate] = []
    for c in r.candidates:
        ref = r.ref(c.head)
        if ref is not None and ref.how in NAMED and ref.kind != "mission":
            continue  # "Collective Security Treaty": a name, not an event
        out += finder.find(c)
    r.candidates = out
    return doc


def _on_behalf(verb: Token) -> bool:
    """ "on the North's behalf", "on the side of Armenia"."""
    return any(lemma(o) in ("behalf", "side") for o in prep_objects(verb, ("on",)))


def _a_label(noun: Token) -> bool:
    """A word an act is called by: "described the strike as aggression", "branded it an
    act of war"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return lemma(noun.head.head) in JUDGING
    return noun.dep_ in ("oprd", "attr") and lemma(noun.head) in JUDGING


def _motive(noun: Token) -> bool:
    """A noun said as the motive of an act: "in retaliation", "as a response"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as") and noun.pos_ == "NOUN"


def _clause_depth(tok: Token) -> int:
    """How many clauses down from its sentence's root a word's verb stands."""
    n = 0
    while tok.head.i != tok.i and n < 50:
        if tok.dep_ in ("advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp", "csubj"):
            n += 1
        tok = tok.head
    return n


def sentence(doc: Doc, c: Candidate) -> Span:
    return doc[c.head].sent


TWO_SIDED = {"bilateral", "mutual", "two-way", "reciprocal"}


def _two_sided(head: Token) -> bool:
    """Whether a tie's words say it binds two sides: "bilateral cooperation", "mutual
    security", "cooperation between the two countries", "between our two nations"."""
    nouns = [compound_head(head)]
    if head.pos_ == "VERB":  # "advance bilateral cooperation"
        nouns += [o for o in objects(head) if lemma(o) in TIES_NOUNS]
    for noun in nouns:
        if any(lemma(tok) in TWO_SIDED for tok in [head, noun, *noun.children]):
            return True
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                for obj in prep.children:
                    if any(k.lower_ in ("two", "both") for k in obj.children):
                        return True
    return False


def _asserted(verb: Token) -> bool:
    """Whether the clause a verb of insisting takes states what is or was ("insisted that
    the alliance did not refuse", "has always helped") rather than asks for it ("insisted
    that Armenia withdraw", "must pay")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        auxes = {lemma(a) for a in clause.children if a.dep_ in ("aux", "auxpass")}
        if auxes & {"must", "should", "shall", "need", "have"} and clause.tag_ == "VB":
            return False  # "must pay", "should leave"
        if lemma(clause) in ("have", "need") and any(x.dep_ == "xcomp" for x in clause.children):
            return False  # "has to pay", "needs to leave"
        return clause.tag_ in ("VBD", "VBN", "VBG", "VBZ") or bool(auxes & {"do", "be"})
    return False


def _reciprocal(head: Token) -> bool:
    """ "accused each other", "attacked one another", "warned each other against": the
    sides are both the doers and the done-to."""
    args = [*head.children, *(o for p in head.children if p.dep_ == "prep" for o in p.children)]
    objs = [a for a in args if a.dep_ in ("dobj", "pobj", "npadvmod")]
    words = [*objs, *(c for a in objs for c in a.children)]  # not deeper: "a pact allowing
    # the deployment of each other's troops" is signed by the two, not with each other
    for tok in words:
        if tok.lower_ in ("other", "another"):
            before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if before in ("each", "one"):
                return True
    return False


def _leaves_as(verb: Token, r: Reading) -> bool:
    """ "leaves the US as the main Western power": a state left in a position, not left."""
    as_what = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )
    states = [o for o in objects(verb) if (ref := r.ref(o.i)) is not None and ref.kind == "state"]
    subj, _ = subject_token(verb)
    forces = subj is not None and lemma(subj) in FORCES
    return as_what and bool(states) and not forces


BLAMING = {"blame", "accuse", "hold", "suspect", "fault"}
BOUND_ONES = {"commit", "oblige", "obligate", "bind", "pledge"}  # the passive's subject is bound


def _blamed_for(noun: Token) -> Token | None:
    """The one blamed for what the noun names: "India blamed Pakistan for the attack", "accused
    Russia of the strike": the blamed one did it, in the accuser's telling."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of") or lemma(prep.head) not in BLAMING:
        return None
    return judged_one(prep.head)  # "Yerevan was blamed by Baku for the shelling": Yerevan


def _requested(head: Token) -> bool:
    """The thing a request asks for: "called for the withdrawal", "demanded the closure of",
    "demands that Russia withdraws"."""
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ == tok.pos_:  # "that Russia close its base
        tok = tok.head  # or withdraw its border guards": both are asked for
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        tok = tok.head
    against = tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "against"
    if against and lemma(tok.head.head) in DISSUADING:
        return True
    gov = tok.head
    if tok.dep_ in ("dobj", "ccomp", "prep") and gov.i != tok.i:
        return lemma(gov) in REQUESTING and (tok.dep_ != "prep" or tok.lower_ == "for")
    # "urged Russia to leave"; "called on Russia to withdraw", the parser at times making the
    # infinitive a clause of its own (advcl)
    infinitive = tok.dep_ == "advcl" and any(
        k.dep_ == "aux" and k.lower_ == "to" for k in tok.children
    )
    if (tok.dep_ == "xcomp" or infinitive) and lemma(gov) in REQUESTING | ORDERING:
        return any(  # asked of another
            k.dep_ == "dobj" or (k.dep_ == "prep" and k.lower_ == "on") for k in gov.children
        )
    return False


def _left_behind(noun: Token) -> bool:
    """What one leaves as a member: a bloc, a group or a framework; not a group "of" forces
    ("asked to withdraw groups of Russian border guards": forces leave, no one leaves a bloc)."""
    return lemma(noun) in LEFT_BEHIND and not any(
        lemma(o) in FORCES for o in prep_objects(noun, ("of",))
    )


def _asks_for(noun: Token) -> bool:
    """A request noun that says what it asks for: "pressure on Hungary to lift its veto",
    "pressure for a ceasefire", "pressure into signing"; bare pressure on a state is force or
    weight, asking nothing."""
    hosts = [noun, noun.head] if noun.dep_ in ("dobj", "pobj") else [noun]
    for host in hosts:
        for k in host.children:
            if k.dep_ in ("acl", "xcomp", "advcl") and any(a.lower_ == "to" for a in k.children):
                return True
            if k.dep_ == "prep" and k.lower_ in ("for", "into"):
                return True
    return False


def _denied(words: Span, head: Token) -> bool:
    """ "is posing no threat to other countries", "failed to see how the drills were a threat",
    "denied that the drills pose a threat": what is said not to be a threat or a provocation."""
    if any(k.dep_ == "neg" for w in words for k in w.children):
        return True
    tok, n = head, 0
    while tok.head.i != tok.i and tok.dep_ in ("ccomp", "xcomp", "advcl") and n < 3:
        tok, n = tok.head, n + 1
        if lemma(tok) in DENYING or any(k.dep_ == "neg" for k in tok.children):
            return True
    return False


def _questioned(verb: Token) -> bool:
    """ "Asked whether the treaty binds Chile ...", "when asked to comment", "'Do they still
    want us?' he asked": a question put, not a request of anyone. What asks whether, if, how or
    what, a bare participle that names no one asked or asking (the reporters), and an 'asked'
    after a question mark with nothing asked for."""
    if any(k.dep_ in ("ccomp", "advcl") and _interrogative(k) for k in verb.children):
        return True
    named = {"nsubj", "nsubjpass", "agent", "dobj", "dative"}
    if verb.tag_ == "VBN" and not any(k.dep_ in named for k in verb.children):
        return True
    asked_for = {"dobj", "xcomp", "ccomp", "dative", "prep"}
    before = verb.doc[max(0, verb.sent.start - 3) : verb.i]  # the question may end the last
    return any(t.text == "?" for t in before) and not any(
        k.dep_ in asked_for for k in verb.children
    )


def _interrogative(clause: Token) -> bool:
    """A clause that asks: "whether the pact obliges", "if Yerevan had asked", "how long"."""
    first = clause.doc[clause.left_edge.i]
    marks = {k.lower_ for k in clause.children if k.dep_ == "mark"}
    return bool(marks & {"whether", "if"}) or first.tag_ in ("WRB", "WP", "WDT", "WP$")


def _reported_progressive(verb: Token) -> bool:
    """ "said on Sunday that they were leaving the bloc", "announced that it was withdrawing":
    a state reported as leaving announces that it leaves."""
    progressive = verb.tag_ == "VBG" and any(lemma(a) == "be" for a in verb.children)
    reported = verb.dep_ == "ccomp" and lemma(verb.head) in lx.REPORTING
    return progressive and reported


def _support_for_an_act(span: Span) -> bool:
    """Support given to a deed, not to anyone: "his support for adopting a constitution"."""
    for tok in span:
        if lemma(tok) in ("support", "backing"):
            hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "support ... for"
            fors = [p for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "for"]
            return any(o.dep_ == "pcomp" or o.pos_ == "VERB" for p in fors for o in p.children)
    return False


def _definite(noun: Token) -> bool:
    """ "the force", "these troops", "the first contingents": forces named before."""
    dets = ("the", "these", "those", "this")
    return any(c.dep_ == "det" and c.lower_ in dets for c in noun.children)
