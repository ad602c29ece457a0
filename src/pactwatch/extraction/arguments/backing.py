"""Backing one side gives another in words or by its presence: support voiced or withheld,
praise of a pact or an announcement, help one is thanked for, a partner at a bloc's table, and
help to another state's armed forces (the ``dyad`` frame's cases of backing, apart); with the
pact a word names and its parties, which the ``dyad`` frame reads ties by too, and the pact an
act is done under (``basis``)."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from pactwatch.extraction.arguments.pieces import sentences_back
from pactwatch.extraction.arguments.supply import SupplyFrames
from pactwatch.extraction.arguments.words import (
    ACCESSION_NOUNS,
    AGREEMENT_NOUNS,
    BARRING,
    BASIS_PHRASES,
    BASIS_STOPS,
    BASIS_TYPES,
    CIVIL_OR_NOT,
    FEW_PARTIES,
    FIGHTERS,
    IN_RETURN,
    MATERIAL_SUPPORT,
    PATHS,
    POLITICAL_SUPPORT,
    STATEHOOD,
    THANKING,
    WEAPONS,
)
from pactwatch.extraction.lexicon.patterns import ARMS_NOUNS
from pactwatch.extraction.lexicon.word_classes import BLAMING_WORDS, OTHER_FIELDS, PACT_EPITHETS
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import (
    credited_for,
    credits,
    lemma,
    objects,
    prep_objects,
    year,
)


class BackingFrames(SupplyFrames):
    """Who backs whom, where the words of backing say it."""

    def _no_one_backed(self, c: Candidate, head: Token, role: bool) -> bool:
        """Words of backing that back no one, or only in words."""
        if role and any(lemma(a) in BLAMING_WORDS for a in head.lefts if a.dep_ == "amod"):
            return True  # "painting it as a fickle ally": a reproach, not a tie
        attributive = head.dep_ == "amod" and head.tag_ == "VBN"
        unnamed = attributive and lemma(head.head) in FIGHTERS  # "Iran-backed militias"
        if c.type == "political_support" and attributive and not self._backed(head) and not unnamed:
            return True  # "a Washington-backed campaign", "Russia-backed loans": no one
        kinds = {lemma(a) for a in head.lefts if a.dep_ in ("amod", "advmod")}
        kinds |= {lemma(k) for a in head.lefts if a.dep_ == "amod" for k in a.conjuncts}
        said_support = lemma(head) == "support" and bool(kinds & POLITICAL_SUPPORT)
        said_support = said_support and not kinds & MATERIAL_SUPPORT  # not "political and
        # practical support"
        # help of a kind that may be civil ("practical", "technical"; not "political and
        # practical", "military")
        kind = kinds & (MATERIAL_SUPPORT | CIVIL_OR_NOT)
        practical = bool(kind) and kind <= CIVIL_OR_NOT
        if c.type == "security_assistance" and practical and _help_with_civil_things(head):
            return True  # "practical assistance in organising elections": no security aid
        if c.type == "security_assistance" and "technical" in kind and not _of_arms(head):
            return True  # "technical support on tax reform", "for its satellite programme":
            # technical help is aid to arms or forces only where they are named with it
        if c.type == "security_assistance" and (said_support or _support_in_words(head)):
            return True  # "its full support to the National Assembly": backing, not aid
        if c.type == "political_support" and lemma(head) == "welcome":
            guests = self.direct(head) + self.passive_subject(head)
            said = [o for o in self.objects(head) if self.r.ref(o.i) is None]
            if said and not self.passive_subject(head):  # "welcomed Biden's announcement":
                guests = []  # what he announced, backed, not him as a guest
            if guests and all(x.kind == "person" for x in guests):
                return True  # "Mickoski was welcomed by Biden": a guest received, no backing
        if c.type == "political_support" and lemma(head) in ("recognize", "recognise"):
            objs = self.objects(head)  # "recognized Somaliland", "recognized its independence"
            named = [self.r.ref(o.i) for o in objs]
            statehood = any(lemma(o) in ("independence", "sovereignty", "statehood") for o in objs)
            statehood = statehood or any(  # "recognised a Palestinian state"
                lemma(o) in STATEHOOD and self.owners(o) for o in objs
            )
            statehood = statehood or any(  # "recognised the enclave as a sovereign state"
                lemma(k) in ("independent", "sovereign")
                for a in prep_objects(head, ("as",))
                for k in a.lefts
            )
            return not statehood and not any(
                x is not None and x.kind in ("state", "group") for x in named
            )
            # not "recognized the aspirations of Georgia" nor "the need to act"
        # "restated her support for drafting a new charter": no one backed
        return c.type == "political_support" and _support_for_an_act(self.doc[c.start : c.end])

    def _thanker(self, head: Token) -> list[Ref]:
        """Who thanks someone for help ("thanked the CSTO for its assistance", "expressed
        gratitude to Russia for its support"): the help's recipient."""
        gov = credited_for(head, THANKING)
        if gov is not None and gov.pos_ == "NOUN":  # "expressed gratitude ... for"
            gov = gov.head if credits(gov.head, THANKING) else None
        return self.subject(gov)[0] if gov is not None and gov.pos_ in ("VERB", "AUX") else []

    def _pact_praised(self, c: Candidate, head: Token, pact: Token) -> list[Candidate]:
        """Praise of a pact ("Rubio hailed the accord") backs its parties, other than the
        one praising it; a pact whose parties are unknown backs no one the text says."""
        subj, via = self.subject(head)
        words = {lemma(k) for k in pact.subtree}
        if words & OTHER_FIELDS:
            return []  # "hailed the trade deal with Japan": no security pact
        # a bare "the accord" is the last one the text told signed, and a named one the one
        # named; not "the Paris climate agreement", described as none the text signed
        bare = all(k.dep_ == "det" for k in pact.lefts)
        named = any(self.r.ref(k.i) is not None for k in (pact, *pact.lefts))
        parties: list[str] = self._pact_parties(pact)[1] if bare or named else []
        if not parties:  # "welcomed the agreement between Armenia and Azerbaijan"
            parties = self.ids(self.preps(pact, ("between",)))
        again = bare and any(k.lower_ in ("the", "this", "that") for k in pact.lefts)
        if not parties and again:
            told = [sides for at, sides, _ in self.signed if at < pact.i]
            parties = told[-1] if told else []
        mine = set(self.ids(subj))
        if not subj or not parties or mine & set(parties):
            return []  # a party praising its own pact backs no one else by it
        c.subject, c.object, c.agreement = self.ids(subj), list(parties), None
        c.cues += [f"subj_via={via}", "obj_via=pact_parties"]
        return [c]

    def _own_army(self, verb: Token) -> bool:
        """Whether the armed forces a verb helps or equips are its subject's own."""
        mine = set(self.ids(self.subject(verb)[0]))
        armies = [o for o in objects(verb) if lemma(o) in ARMIES]
        owners = {i for o in armies for i in self.ids(self.owners(o))}
        return bool(owners) and owners <= mine

    def _attended(self, c: Candidate, head: Token) -> list[Candidate]:
        """A state that takes part in a bloc's meeting without being its member works with
        the bloc ("Moldova's minister attended the NATO summit"); a member that attends is
        on the participation track, read there."""
        said = [*objects(head), *prep_objects(head, ("in", "at"))]
        bodies = [x for x in self.agreements_in(said, 3) if x.kind == "org"]
        subj, via = self.subject(head)
        states = [i for i in self.ids(subj) if self.know.is_state(i)]  # a president's too
        if not bodies or not states:
            return []
        body = bodies[0].ids[0]
        if not self.know.outsiders(states, body, c.date or self.published):
            return []  # a member, or a body whose members the knowledge base does not hold
        c.subject, c.object = self.ids(subj), [body]
        c.cues.append(f"subj_via={via}")
        return [c]

    def _backed_by(self, c: Candidate, participle: Token) -> list[Candidate]:
        """ "The Iran-backed Houthis": Iran backs them; "Russia-armed militias": Russia arms
        them. The backer is the word joined to the participle by its hyphen."""
        if any(k.pos_ == "NOUN" for k in participle.lefts if k.dep_ in ("npadvmod", "compound")):
            return []  # "the army-backed government": backed by an institution, no state
        backer = [x for k in participle.lefts for x in self.actors(k)]
        backed = self._backed(participle)
        c.subject = self.ids(backer)
        c.object = [i for i in self.ids(backed, roles=False) if i not in c.subject]
        c.cues.append("subj_via=hyphen")
        return [c]

    def _fighters_backed(self, c: Candidate, participle: Token) -> list[Candidate]:
        """ "Iran-backed militias", "Russian-backed separatists": help to armed men the text
        does not name, from the state joined to the participle by its hyphen."""
        backer = [x for k in participle.lefts for x in self.actors(k) if x.kind == "state"]
        if not backer or any(k.dep_ == "compound" for k in participle.head.children):
            return []  # (a compound names the group: "Houthi rebels" is read as a group)
        c.type, c.subject, c.object = "security_assistance", self.ids(backer), []
        c.cues += ["subj_via=hyphen", "backed=armed_group"]
        return [c]

    def basis(self, c: Candidate, head: Token) -> str | None:
        """The agreement an act is done under, said by the clause that holds it: the pact
        as the doer of the verb above the act ("the pact will boost the US presence", "the
        treaty provides for assistance", "the deal paves the way for a withdrawal"), or a
        phrase of basis on the way up ("as part of the treaty", "in line with the accord",
        "based on the new treaty")."""
        if c.type not in BASIS_TYPES:
            return None
        return self._basis_up(head) or self._in_return(head)

    def _basis_up(self, head: Token) -> str | None:
        tok = head
        for _ in range(6):
            for k in tok.children:
                if k.dep_ == "prep" and (found := self._basis_phrase(k)) is not None:
                    return found
            if tok.pos_ in ("VERB", "AUX") and tok.i != head.i:
                doer = [k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass")][:1]
                if not doer and tok.dep_ in ("pcomp", "xcomp") and tok.head.i != tok.i:
                    tok = tok.head  # "the truce is meant to ease the pullout of the troops":
                    continue  # what the verb with no subject of its own is for
                if doer and doer[0].tag_ == "WDT" and tok.dep_ == "relcl":
                    doer = _antecedents(tok.head)  # "a deal that paves the way for": the deal
                pacts = [pact for d in doer if (pact := self._pact(d)) is not None]
                return pacts[0] if pacts else None
            if tok.dep_ in CLAUSES and lemma(tok.head) in PATHS and tok.head.dep_ == "dobj":
                tok = tok.head.head  # "paves the way for the US to pull out": what paves it
                continue
            if tok.dep_ in BASIS_STOPS or tok.head.i == tok.i or lemma(tok) in BARRING:
                return None  # "contains a ban on the transfer of drones": barred, not done
            tok = tok.head
        return None

    def _in_return(self, head: Token) -> str | None:
        """An act a party does "in return" or "in exchange", in a sentence after one on what a
        pact gives the other ("The agreement grants Turkey the revenue ... In return, Ankara
        undertakes to equip the navy"): the pact that sentence's subject names."""
        path = [head, *islice(head.ancestors, 7)]
        given = any(
            k.dep_ == "prep"
            and k.lower_ == "in"
            and any(
                o.dep_ == "pobj" and lemma(o) in IN_RETURN and not list(o.children)
                for o in k.children
            )
            for t in path
            for k in t.children
        )
        start = head.sent.start
        if not given or start == 0:
            return None
        before = self.doc[start - 1].sent.root
        doer = [k for k in before.children if k.dep_ in ("nsubj", "nsubjpass")]
        return self._pact(doer[0]) if doer else None

    def _basis_phrase(self, prep: Token) -> str | None:
        """ "under the pact", "as part of the treaty", "in line with the accord": the pact."""
        words = [prep.lower_]
        tok = prep
        for _ in range(2):  # "in" "accordance" "with", "as" "part" "of"
            objs = [k for k in tok.children if k.dep_ == "pobj"]
            if not objs:
                return None
            found = self._pact(objs[0])
            if found is not None:
                return found if " ".join(words) in BASIS_PHRASES else None
            preps = [k for k in objs[0].children if k.dep_ == "prep"]
            if not preps:
                return None
            words += [lemma(objs[0]), preps[0].lower_]
            tok = preps[0]
        return None

    def _pact(self, noun: Token) -> str | None:
        ref = self.r.ref(noun.i)
        if ref is not None and (ref.kind != "agreement" or len(ref.ids) != 1):
            return None
        return self._pact_parties(noun)[0]

    def _pact_parties(self, tok: Token) -> tuple[str | None, list[str]]:
        """The agreement a subject names and its parties: one the knowledge base knows (an
        agreement, or a bloc of a few, "the AUKUS deal"), else, for one agreement, the sides of
        the last signing read before it or in its sentence ("the treaty signed by Moscow and
        Caracas"; "a deal that includes training" only in the signing's sentence)."""
        named = [ref for k in (tok, *tok.lefts) if (ref := self.r.ref(k.i)) is not None]
        for ref in named:
            signed = self._signed_since(ref, tok)
            if signed is not None:  # "the agreement": the one signed since the bloc was named
                return signed
            parties = sorted(self.know.parties.get(ref.ids[0], set()))
            small = ref.kind == "agreement" or (ref.kind == "org" and len(parties) <= FEW_PARTIES)
            if small and parties:
                return ref.ids[0], parties
        # "it provided for mutual assistance": an "it" no name was found for, of a verb a
        # pact's text does, is the pact last signed
        it = tok.lower_ == "it" and not named and lemma(tok.head) in ("provide", "stipulate")
        if not it and (lemma(tok) not in AGREEMENT_NOUNS or any(named) or tok.tag_ != "NN"):
            return None, []  # not "further pacts are planned with other states"
        # one said again ("the deal", "this treaty"), else one signed in its own sentence
        again = it or any(k.lower_ in ("the", "this", "that") for k in tok.lefts)
        since = sentences_back(tok, 4) if again else tok.sent.start
        told = [(agr, sides) for at, sides, agr in self.signed if since <= at < tok.sent.end]
        if not told and (dated := self._pact_of_year(tok)) is not None:
            return dated, sorted(self.know.parties.get(dated, set()))
        if not told and again:  # "the agreement" far on, where the text told one pact signed
            told = [(agr, sides) for at, sides, agr in self.signed if at < tok.i]
            told = told if len({agr for agr, _ in told}) == 1 and told[0][0] else []
        return told[-1] if told else (None, [])  # and the agreement it was read as

    def _pact_of_year(self, tok: Token) -> str | None:
        """ "a 2018 deal", "the 2014 accord": the one agreement the knowledge base has signed
        that year by two or more of the states its sentence names, and by none other."""
        years = [y for k in tok.lefts if (y := year(k)) is not None]
        if len(years) != 1:
            return None
        said = [k for k in tok.lefts if not k.like_num and k.dep_ != "det"]
        if any(k.lower_ not in PACT_EPITHETS for k in said):
            return None  # not "a 2018 trade deal": a pact of another kind
        sent = tok.sent
        named = {i for x in self.r.refs if sent.start <= x.start < sent.end for i in x.ids}
        found = [
            agr
            for agr, date in self.know.signed.items()
            if date.year == years[0]
            and len(parties := self.know.parties.get(agr, set())) >= 2
            and parties <= named
        ]
        return found[0] if len(found) == 1 else None

    def _signed_since(self, ref: Ref, tok: Token) -> tuple[str | None, list[str]] | None:
        """For an agreement described ("the agreement") as the last one said, the one read in
        a signing told after it was last said and before the word, if any."""
        if ref.how != "description":
            return None
        since = max(
            [x.start for x in self.r.refs if x.ids == ref.ids and x.start < ref.start], default=-1
        )
        later = [(agr, sides) for at, sides, agr in self.signed if since < at < tok.i and agr]
        return later[-1] if later else None


ARMIES = {"army", "navy", "military", "troop", "unit", "force"}
# what makes help in or with something security help: "assistance with air defence"
MILITARY_WORDS = {"defence", "defense", "security", "military", "army", "armed", "force"}
MILITARY_WORDS |= {"troop", "soldier", "training", "deterrence", "demining", "war"}
# what support "for" backs that is a cause, not the state: "support for Ukraine's bid"
CAUSES = ACCESSION_NOUNS | {"right", "integrity", "sovereignty", "independence", "position"}
CAUSES |= {"stance", "claim", "plan", "proposal", "initiative", "effort", "idea", "resolution"}
CAUSES |= {"people", "population", "opposition"}  # "support for the Moldovan people"
CLAUSES = {"relcl", "advcl", "acl"}  # how the act hangs on "the way for X to act"
VOICING = {"express", "voice", "reaffirm", "reiterate", "affirm", "declare", "show", "signal"}


def _antecedents(noun: Token) -> list[Token]:
    """What a relative clause on a noun may be said of: the noun, and the noun a 'with' or
    'between' phrase holding it hangs from ("a deal with the rebels that paves the way")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("with", "between") and prep.head.pos_ == "NOUN":
        return [noun, prep.head]
    return [noun]


def _help_with_civil_things(noun: Token) -> bool:
    """Help said to be in or with something, or to be such things, where none of it is arms
    or defence: "practical assistance in organising the elections", "with the migrant
    crisis", "practical aid such as generators"."""
    hosts = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    said = []
    for host in hosts:
        for p in host.children:
            such = p.lower_ == "as" and any(k.lower_ == "such" for k in p.children)
            such = such or (p.lower_ == "as" and p.i > 0 and p.doc[p.i - 1].lower_ == "such")
            if p.dep_ == "prep" and (p.lower_ in ("in", "with") or such):
                said += [o for o in p.children if o.dep_ in ("pobj", "pcomp")]
    said = [o for o in said if o.pos_ in ("NOUN", "VERB")]  # not "in 2023", "in Kyiv"
    return bool(said) and not any(
        lemma(t) in ARMS_NOUNS or lemma(t) in MILITARY_WORDS for o in said for t in o.subtree
    )


ARMED_SERVICES = {"navy", "brigade", "battalion", "guard", "marine", "sailor", "pilot", "cadet"}


def _of_arms(noun: Token) -> bool:
    """Help whose clause names arms or forces: "technical support to the air force", "in
    operating the drones", "sent military experts to give technical support"."""
    clause = noun
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ in ("xcomp", "advcl") and clause.head.pos_ == "VERB":
        clause = clause.head  # "sent engineers to give technical support": the sending too
    words = {lemma(t) for t in clause.subtree} | {t.lower_ for t in clause.subtree}
    return bool(words & (WEAPONS | MILITARY_WORDS | ARMIES | ARMED_SERVICES))


def _support_in_words(noun: Token) -> bool:
    """Support voiced, or given to a cause: "voiced support for Kyiv", "support for Ukraine's
    bid": backing, not aid."""
    if lemma(noun) != "support":
        return False
    fors = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    return any(lemma(o) in CAUSES for o in fors) or (
        noun.dep_ == "dobj" and lemma(noun.head) in VOICING
    )


def _support_for_an_act(span: Span) -> bool:
    """Support given to a deed, not to anyone: "his support for adopting a constitution"."""
    for tok in span:
        if lemma(tok) in ("support", "backing"):
            hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "support ... for"
            fors = [p for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "for"]
            return any(o.dep_ == "pcomp" or o.pos_ == "VERB" for p in fors for o in p.children)
    return False
