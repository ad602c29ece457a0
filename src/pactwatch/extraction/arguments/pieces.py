"""What every frame reads: the actors a word names, a verb's subject and objects, the
agreement in context, and the attacks already read in the document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments.words import (
    AGREEMENT_NOUNS,
    AGREEMENT_OWN_TYPES,
    AMOUNTS,
    ANSWERS,
    ASKING_FOR,
    ASKS,
    ASKS_MADE,
    ATTACK_NOUNS,
    BIDS,
    BUILDING,
    CRAFT,
    DELIVERIES,
    DONE_BY_AGENT,
    DRAWING,
    FIGHTERS,
    FORCES,
    HALTS,
    HELP_GIVEN,
    HOLDING,
    HOME_SITES,
    HYPHENS,
    LEADING,
    MEASURES,
    PARTAKING,
    RECEIVING,
    RELATIVES,
    RELYING,
    RESPONDING,
    SAID_AGAIN,
    SAID_AGAIN_THEMES,
    SAID_OF,
    STANCES,
    STATEHOOD,
    STATEMENT_NOUNS,
    SUFFERING,
    THREATENING,
    TRUCES,
    VISITORS,
    WAGED,
    WEAPONS,
)
from pactwatch.extraction.lexicon.forms import SPELLING
from pactwatch.extraction.lexicon.patterns import WORDS
from pactwatch.extraction.lexicon.word_classes import (
    DECLARING,
    HELPED_IN,
    INTENT,
    LIGHT,
    OTHER_FIELDS,
    OTHER_THAN,
    PACT_EPITHETS,
    STEPPING_UP,
)
from pactwatch.extraction.reading import Candidate, Reading, Ref
from pactwatch.extraction.syntax import (
    actors_of,
    agent_token,
    compound_head,
    conjunct_states,
    copula_subject,
    describes_a_state,
    first_conjunct,
    given_with,
    is_passive,
    judged_one,
    led_by,
    lemma,
    nothing_done,
    objects,
    prep_objects,
    subject_token,
)

# what something is done with that is a third party's part in it: "with China's help"
MEANS_NOUNS = {"help", "mediation", "support", "assistance", "backing", "blessing", "aid"}
MEANS_NOUNS |= {"facilitation", "encouragement", "consent", "approval", "participation"}


# verbs of paying for help, whose subject gives the help paid for ("funds training for pilots")
FUNDING = {"fund", "finance", "sponsor", "bankroll"}
FUNDED_HELP = {"training", "aid", "assistance", "help", "support", "equipment"}


class Pieces:
    """A document's reading and its memory (the organizations and agreements it names, the
    attacks read so far), with the look-ups every frame uses."""

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
        # the presences, withdrawals and supplies of arms read so far with their doer: whose
        # "the occupation", "the withdrawal" or "the shipments" said later is
        self.told: list[Candidate] = []
        # the sides of each agreement signed or ratified so far, by the token that said it:
        # whose "the agreement" said later is
        self.signed: list[tuple[int, list[str], str | None]] = []
        # where forces were said to be, by the token that said it: what a later deployment
        # with no place of its own is likeliest to be about
        self.hosted: list[tuple[int, str]] = []

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

    def _party(self, ident: str) -> bool:
        """Who can be a side of a pact or of a relation both sides hold: a state, a bloc, or
        an armed group ("a deal with Taliban insurgents", "the PKK and Iran joined forces")."""
        return self.know.is_state(ident) or self.know.is_org(ident) or self._armed(ident)

    def _armed(self, ident: str) -> bool:
        return self.know.kind.get(ident) == "armed_group"

    def actors(self, tok: Token | None) -> list[Ref]:
        if tok is None:
            return []
        return [x for x in actors_of(self.r, tok) if x.kind != "agreement"]

    def agreements_in(self, toks: list[Token], depth: int = 3) -> list[Ref]:
        """Agreements and organizations named in these tokens' phrases, and missions the
        knowledge base records as agreements ("the mandate of the EU Mission in Armenia")."""
        out: list[Ref] = []
        frontier = list(toks)
        for _ in range(depth):
            nxt = []
            for tok in frontier:
                ref = self.r.ref(tok.i)
                said = ref is not None and ref not in out and self._agreement_like(ref)
                # not "NATO member Turkey", where the bloc only says what the state is
                if said and ref and not describes_a_state(self.r, self.doc[ref.head]):
                    out.append(ref)
                nxt += [c for c in tok.children if c.dep_ not in ("relcl", "ccomp", "advcl")]
            frontier = nxt
        return out

    def _agreement_like(self, ref: Ref) -> bool:
        if ref.kind == "mission":
            return ref.ids[0] in self.know.parties
        return ref.kind in ("org", "agreement")

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
                # "the Saudi-led coalition"; "the French Navy's Indian Ocean flotilla": its state;
                # "a U.S. Marine littoral regiment" (the service parsed as a modifier)
                service = child.dep_ == "poss" and lemma(child) in FORCES
                if ref is None and (
                    child.dep_ in ("compound", "nmod") or led_by(child) or _held(child) or service
                ):
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
            or lefts[-2].dep_
            not in ("compound", "nmod", "amod", "npadvmod")  # "Indian-Armenian ties"
        ):
            return []
        ref = self.r.ref(lefts[-2].i)
        return [ref] if ref is not None and ref.kind in ("state", "org", "group") else []

    def light_verb(self, noun: Token) -> Token | None:
        """The verb whose subject does what the noun names: "waged a campaign", "is
        considering the extension", "completed their withdrawal"."""
        noun = compound_head(noun)  # "granted Manila a military aid package"
        noun = first_conjunct(noun)  # "sent shells and other aid to Moscow": as the first
        if noun.dep_ in ("dobj", "attr", "nsubjpass") and lemma(noun.head) in (
            LIGHT | INTENT | LEADING
        ):
            return noun.head
        if noun.dep_ == "dobj" and lemma(noun.head) in STEPPING_UP and self._steps_up(noun):
            return noun.head
        # "Chile will fund training for Peruvian pilots": who funds it gives it
        if noun.dep_ == "dobj" and lemma(noun.head) in FUNDING and lemma(noun) in FUNDED_HELP:
            return noun.head
        if noun.dep_ == "dobj" and lemma(noun.head) == "threaten" and lemma(noun) in ATTACK_NOUNS:
            return noun.head  # "threatened strikes on the capital": who threatens would strike
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and lemma(noun.head.head) in INTENT:
            helped = noun.head.lower_ == "in" and any(
                self.actors(o) for o in objects(noun.head.head)
            )
            if helped:  # "support Ukraine in the war against Russia": the one supported is in
                return None  # it, not the supporter
            return noun.head.head  # "agreed on the deployment", "interest in joining"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and lemma(noun.head.head) in PARTAKING:
            return noun.head.head  # "joined in warning", "participated in the raid"
        given = given_with(noun)
        if given is not None:
            return given  # "provide Armenia with guarantees", "with a package of aid"
        measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        counted = (  # "a package of aid", "a number of strikes"
            measure is not None and measure.dep_ == "dobj" and lemma(measure) in MEASURES | AMOUNTS
        )
        if measure is not None and counted and lemma(measure.head) in LIGHT:
            return measure.head  # "was providing another package of military aid"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            # "pledged $1 billion in security aid": the money given is the aid
            above = noun.head.head
            verb = above.head if above.dep_ in ("dobj", "dative") else above
            amounts = [above] if verb is not above else objects(verb)
            money = any(t.like_num or t.tag_ == "$" for a in amounts for t in a.subtree)
            if verb.pos_ == "VERB" and lemma(verb) in LIGHT and money:
                return verb
        replied = noun.dep_ == "pobj" and noun.head.lower_ == "with"
        if replied and lemma(noun.head.head) in RESPONDING:  # "responded with missile attacks"
            return noun.head.head
        return None

    def subject(self, head: Token) -> tuple[list[Ref], str]:
        """The actor that does the event, and how it was found."""
        moved = head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.pos_ == "VERB"
        if moved and not objects(head.head):  # "Chad has shifted closer to Russia": who
            return self.subject(head.head)  # shifts (not "it pushed Niger closer to Mali")
        if head.pos_ not in ("NOUN", "PROPN") and is_passive(head) and head.dep_ == "conj":
            by = agent_token(head)
            return (self.actors(by), "agent") if by is not None else ([], "passive")
        if head.pos_ in ("NOUN", "PROPN"):
            own = [x for x in self.owners(head) if x.kind != "org" or x.how != "demonym"]
            whose = [x for x in own if x.how not in ("capital", "place")]
            if whose and len(whose) < len(own):  # "Russia's Kyiv offensive": the city is
                own = whose  # where, the possessor who
            if own:
                return own, "owner"
            built = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head
            if built and lemma(built) in BUILDING | DECLARING:  # "China's construction of
                # bases", "Lukashenko's declaration of support"
                own = [x for x in self.owners(built) if x.kind != "org" or x.how != "demonym"]
                if own:
                    return own, "owner"
            by = agent_token(head)
            if by is not None:
                return self.actors(by), "by"
            by = _agent_on_verb(head)  # "battles an offensive by Russian troops", not "will
            if by is not None and self.actors(by):  # complete the offensive by March"
                return self.actors(by), "by"
            doer = _seen_doing(head)  # "the offensive saw Russian troops capture the town"
            found = (self.actors(doer) or self._arms_owners(doer)) if doer is not None else []
            if found:
                return found, "saw"
            for acl in head.children:  # "an offensive spearheaded by Sharaa's forces"
                by = agent_token(acl) if acl.dep_ == "acl" and acl.tag_ == "VBN" else None
                if by is not None and lemma(acl) in DONE_BY_AGENT and self.actors(by):
                    return self.actors(by), "by"
            if lemma(head) in STATEMENT_NOUNS and not self._asked_by_maker(head):
                # "criticism from Moscow", "reproaches of X"
                preps = ("from", "of") if lemma(head) not in SAID_OF else ("from",)
                found = self.preps(head, preps)
                # "triggered a warning from China", "ignored warnings from Washington": the
                # phrase parsed on the verb
                drawn = head.dep_ == "dobj" and lemma(head.head) in DRAWING | cw.REBUTTING
                found = found or (self.preps(head.head, ("from",)) if drawn else [])
                relied = head.dep_ == "pobj" and head.head.lower_ == "on"  # "relied on
                relied = relied and lemma(head.head.head) in RELYING  # support from France"
                found = found or (self.preps(head.head.head, ("from",)) if relied else [])
                if found:
                    return found, "from"
                if lemma(head) == "opposition" and list(prep_objects(head, ("of",))):
                    return [], "from"  # "voiced the opposition of the BRICS": not the voicer's
            if lemma(head) in cw.BLOWS:  # "any aggression from NATO", "attacks from Russia"
                found = [x for x in self.preps(head, ("from",)) if x.kind != "place"]
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
                if not found and subj is not None:  # "Greek and Israeli forces carried out
                    found = self._arms_owners(subj)  # joint exercises"
                if found:
                    return found, "light"
            stance = head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
            stance = stance if lemma(head) in STANCES else None
            if stance is not None and stance.head.pos_ in ("VERB", "AUX"):
                found = self.actors(subject_token(stance.head)[0])  # "Baku came out in
                if found:  # support of Ankara": who came out
                    return found, "stance"
            cop = copula_subject(head)
            if cop is not None and lemma(head) not in WORDS["BASE"]:  # "Niger 201 is the
                # largest base": what the base is, not whose
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
        # an agent makes a passive even where the parse left its participle loose ("If
        # SADC, aided by South Africa, sends troops")
        loose = head.tag_ == "VBN" and not any(  # "has attacked its grid by drone": active
            k.dep_ == "nsubj" or (k.dep_ == "aux" and lemma(k) == "have") for k in head.children
        )
        by_agent = (is_passive(head) or loose) and agent_token(head) is not None
        if passive or by_agent:
            by = agent_token(head)  # "the accord, which has to be signed by Norway's parliament"
            if by is None:
                return [], "passive"
            found = self.actors(by) or self._arms_owners(by)  # "by Ukrainian artillery"
            for again in list(prep_objects(head, ("by",)))[1:]:  # "approved in May by
                found += [x for x in self.actors(again) if x not in found]  # Kazakhstan's
            return found, "agent"  # parliament and in June by the Uzbek one": both
        found = self.actors(subj)
        if not found and subj is not None:
            # "Chinese vessels", "US and British warplanes struck", "Russian missiles hit"
            found = self._arms_owners(subj)
            return found, ("owner" if found else "none")  # "troops from Kazakhstan and Russia"
        root = head
        while root.dep_ == "xcomp" and subj is not None and subj.head is not root:
            root = root.head  # "US, Philippines agree to expand cooperation"
        # a headline's subjects as the parser leaves them; not the cause of what one is made
        # to do ("Russia's invasion prompted Finland to join NATO": Finland joins)
        controlled = subj is not None and subj.dep_ in ("dobj", "dative", "pobj")
        if root.dep_ == "ROOT" and not controlled:
            found += [x for x in self._headline_subjects(root, subj) if x not in found]
        return found, ("nsubj" if found else "none")

    def _steps_up(self, noun: Token) -> bool:
        """Whether the subject of "expanded", "boosted" or "stepped up" does what the noun
        names: an actor ("Japan has expanded naval deployments"), not a cause ("the Kremlin's
        threats have increased calls for"), and the noun is no word others say ("calls",
        "pressure" or "criticism" stepped up are other people's; aid is the giver's)."""
        if lemma(noun) in STATEMENT_NOUNS - HELP_GIVEN:  # "boosted military aid": its own
            return False
        subj = subject_token(noun.head)[0]
        if subj is None:
            return False
        ref = self.r.ref(subj.i)
        if ref is not None and ref.actor_like and ref.head == subj.i:
            return True  # "Japan has expanded", "it stepped up"
        # "the Trump administration has expanded", "Russia's navy stepped up": a body that
        # stands for its state, not "the Kremlin's threats"
        body = lemma(subj) in cw.INSTITUTIONS - cw.STATE_GROUND
        return body and bool(self.actors(subj))

    def _asked_by_maker(self, noun: Token) -> bool:
        """A request its light verb's subject makes ("Libya makes a request from us"): the
        maker asks, and "from" names whom it asks, where that is another state or body; a
        person or the maker itself after "from" is the request's author ("the Kremlin issued
        a call from Putin", "the Pentagon issued a call from Secretary Hegseth")."""
        froms = list(prep_objects(noun, ("from",)))
        if lemma(noun) not in ASKS or not froms:
            return False
        verb = self.light_verb(noun)
        if verb is None or lemma(verb) not in ASKS_MADE:
            return False
        makers = {i for x in self.actors(subject_token(verb)[0]) for i in x.ids}
        sources = [x for o in froms for x in self.actors(o)]
        named = [o for o in froms if o.pos_ != "PRON"]  # "from us" asks the speaker's side
        if any(x.kind == "person" for o in named for x in self.actors(o)):
            return False  # "a call from Putin": his
        return bool(makers) and not any(makers & set(x.ids) for x in sources)

    def _headline_subjects(self, verb: Token, subj: Token | None) -> list[Ref]:
        """The actors named before a root verb in the words the parser leaves off its subject:
        a second subject after a comma ("Finland, US sign pact"), or a name it takes for a
        modifier of the verb ("Peru, Chile sign defence pact"), or leaves loose just before
        the subject's comma ("US, Taliban sign deal")."""
        out: list[Ref] = []
        # "Armenia, Azerbaijan sign": the first name parsed as a modifier of the second
        listed = [k for k in subj.lefts if k.dep_ in ("nmod", "compound")] if subj else []
        for child in [*verb.lefts, *listed]:
            if subj is not None and child.i == subj.i:
                continue
            loose = (
                child.dep_ in ("dep", "nmod", "compound")
                and subj is not None
                and child.i + 2 in (subj.left_edge.i, subj.i)
                and child.nbor(1).text == ","
            )
            attached = child.head.i == verb.i
            if (attached and child.dep_ in ("nsubj", "nmod", "npadvmod", "compound")) or loose:
                out += [x for x in self.actors(child) if x.kind != "place"]
        return out

    def home_site(self, noun: Token) -> bool:
        """A state's military sites named by the state's own word ("no Pakistani military
        facilities were targeted"), which stand on its land where no place is said; not
        "sites for U.S. troops" in a host's land."""
        if lemma(noun) not in HOME_SITES:
            return False
        said = [k for k in noun.children if k.dep_ in ("amod", "compound", "poss")]
        return any((x := self.r.ref(k.i)) is not None and x.kind == "state" for k in said)

    def _arms_owners(self, tok: Token) -> list[Ref]:
        """The states whose forces, craft or weapons a word names ("Chinese vessels",
        "troops from Kazakhstan and Russia"), or the group whose fighters it names."""
        if lemma(tok) in FIGHTERS:  # "Al-Shabaab militants": the group's ("Syrian rebels"
            return [x for x in self.owners(tok) if x.kind == "group"]  # are no state's)
        if lemma(tok) not in FORCES | CRAFT | WEAPONS:
            return []
        found = [x for x in self.owners(tok) if x.kind == "state"]
        if not found:  # "by Russian artillery and glide bombs", parsed with the first arms
            listed = [  # and their owner hung on the second: the owner of both
                k
                for k in tok.children
                if k.dep_ in ("nmod", "compound") and lemma(k) in WEAPONS
                and any(j.dep_ == "cc" for j in k.children)
            ]  # fmt: skip
            found = [x for k in listed for x in self.owners(k) if x.kind == "state"]
        return found or [x for x in self.preps(tok, ("from",)) if x.kind == "state"]

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
        # "Egypt owns two squadrons, with the rest yet pending delivery": what the subject has
        # and awaits, no means of its own (not "an offensive expected to peak")
        doc = noun.doc
        awaited = lemma(noun) in AWAITED and any(
            k.lower_ in ("pending", "due", "expected")
            and not (k.i + 1 < len(doc) and doc[k.i + 1].lower_ == "to")
            for k in noun.subtree
        )
        if lemma(verb) in ("have", "possess", "own") or awaited:
            return []
        if prep.lower_ == "in" and lemma(verb) in HELPED_IN and lemma(noun) in WAGED:
            helped = [x for o in objects(verb) for x in self.actors(o)]  # "aid Russia in
            return [x for x in helped if x.kind in ("state", "org", "group")]  # the war"
        subj, passive = subject_token(verb)
        if passive or subj is None:
            return []
        found = [x for x in self.actors(subj) if x.kind in ("state", "org", "group", "person")]
        if not found and lemma(subj) in FORCES | CRAFT | WEAPONS:
            found = [x for x in self.owners(subj) if x.kind == "state"]
        return found

    def passive_subject(self, head: Token) -> list[Ref]:
        """The patient of a passive, also one shared with a coordinated verb ("Kyrgyzstan quits
        the bloc or is pushed out")."""
        subj, passive = subject_token(head)
        return self.actors(subj) if passive or is_passive(head) else []

    def preps(self, head: Token, preps: tuple[str, ...]) -> list[Ref]:
        out: list[Ref] = []
        # a noun modifying another takes the other's prepositions: "joint training flights
        # with Guyana"
        held = compound_head(head) if head.dep_ == "compound" and head.pos_ == "NOUN" else None
        held = None if held is not None and lemma(held) in HALTS else held
        found = [*prep_objects(head, preps), *(prep_objects(held, preps) if held else ())]
        if not found and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of":
            # "the scope of its obligations to the Philippines": the parser hangs what
            # follows the noun on the noun before "of"
            outer = head.head.head
            if outer.pos_ == "NOUN" and outer.i < head.i:
                found = [o for o in prep_objects(outer, preps) if o.i > head.i]
        for obj in found:
            if obj.head.lower_ == "with" and lemma(obj) in MEANS_NOUNS:
                continue  # "resume ties with China's help": the means, not a side
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
            if not found and lemma(obj) in STATEHOOD:  # "recognised a Palestinian state" (not
                found = [x for x in self.owners(obj) if x.how == "demonym"]  # "its country")
            out += [x for x in found if x not in out]
        return out

    @staticmethod
    def objects(head: Token) -> list[Token]:
        """Direct objects, also one shared with a coordinated verb ("strengthen and develop
        its relations")."""
        found = objects(head)
        if not found and not is_passive(head):  # "quits the bloc or is pushed out": no
            for conj in head.conjuncts:
                found += objects(conj)
        return found

    def _last_attack(
        self, noun: Token, struck: list[str], nouns: set[str] = ATTACK_NOUNS
    ) -> Candidate | None:
        """The attack a definite attack noun with no owner says again: the last one read
        within two sentences before it (with the same target, where the noun names one)."""
        if lemma(noun) not in nouns or noun.pos_ != "NOUN" or not definite(noun):
            return None
        if self.owners(noun) or agent_token(noun) is not None:
            return None
        # "the strikes on Syria" after strikes on Iran: others; nor one only threatened
        # ("renewed threats to hit ships after the night's raids")
        return self._told_before(
            sentences_back(noun, 2),
            noun.i,
            lambda prev: (
                (not struck or bool(set(struck) & set(prev.object)))
                and not _threatened(self.doc[prev.head])
            ),
        )

    def _last_told(self, c: Candidate, noun: Token) -> Candidate | None:
        """The presence, withdrawal or supply a definite noun with no owner says again
        ("Turkey keeps troops in the north ... Nicosia calls the occupation illegal"): the last
        one of its type read within two sentences before it, where the noun names no one."""
        nouns = SAID_AGAIN.get(c.type, set())
        if lemma(noun) not in nouns or noun.pos_ != "NOUN" or not definite(noun):
            return None
        preps = tuple(k.lower_ for k in noun.children if k.dep_ == "prep")
        named = self.preps(noun, preps) if preps else []
        if self.owners(noun) or agent_token(noun) is not None or named:
            return None
        lo = sentences_back(noun, 2)
        told = [p for p in self.told if lo <= p.head < noun.i and p.type == c.type]
        if not told or self._own_theme(noun, told[-1]):
            return None
        return told[-1]

    def _own_theme(self, noun: Token, prev: Candidate) -> bool:
        """Whether the noun names what it is of itself, not the forces or arms told before:
        "the deployment of 5G networks", "the presence of tourists", "the delivery of food
        aid", or forces of someone else ("the presence of Chinese ships"); "the deployment of
        the troops", "of its missiles" say the last one again."""
        told = {*prev.subject, *prev.object}
        for obj in prep_objects(noun, ("of",)):
            if obj.pos_ == "PRON":
                continue
            if lemma(obj) not in SAID_AGAIN_THEMES:
                return True
            named = {
                i for t in obj.subtree if (x := self.r.ref(t.i)) and x.actor_like for i in x.ids
            }
            if named - told:
                return True
        return False

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

    def _main_agreement_for(self, c: Candidate) -> str | None:
        """The agreement the document is about, when the event's states are its parties."""
        ag = self.main_agreement
        if ag is None:
            return None
        parties = self.know.parties.get(ag, set())
        states = {i for i in c.subject + c.object if self.know.is_state(i)}
        if states and not states <= parties:
            return None
        if not states and c.type not in AGREEMENT_OWN_TYPES:
            return None
        head = self.doc[c.head]
        said = [*objects(head), subject_token(head)[0], _noun_above(head)]
        if any(n is not None and lemma(n) in AGREEMENT_NOUNS and another(n) for n in said):
            return None  # "any new pact would be hard to negotiate": not the one told of
        if not self.fits_truce(c, ag):
            return None
        c.cues.append("agr_via=main")
        return ag

    def fits_truce(self, c: Candidate, agreement: str) -> bool:
        """Whether an agreement may be the one a reading's words call a truce ("a truce that
        stopped the war" is no peace treaty of the pair): a truce's name says it is one."""
        truce = any(lemma(t) in TRUCES for t in self.doc[c.start : c.end])
        return not truce or bool(TRUCES & self.know.name_words.get(agreement, set()))

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

    def _between(self, parties: set[str], etype: str, words: set[str] | None = None) -> str | None:
        """The agreement of the knowledge base between these states: the one whose parties
        are exactly these, else the one the document names, else the only one; of several,
        the only one whose name has the words the text describes it by ("a security treaty
        with Belarus")."""
        # states, and the groups the knowledge base has sign agreements ("US, Taliban sign
        # deal"); not organizations, whose every dealing with a state is no one pact
        states = {p for p in parties if self.know.is_state(p) or self._signing_group(p)}
        if len(states) < 2 or (words and words & OTHER_FIELDS):
            return None  # "a trade agreement", "an energy pact": none of the security pacts
        exact = [ag for ag, ps in self.know.parties.items() if ps == states]
        found = [ag for ag, ps in self.know.parties.items() if states <= ps and len(ps) <= 4]
        if etype != "negotiate":  # talks may go on for years before the pact is signed
            day = self.r.anchor
            exact = self.know.signed_by_then(exact, day)
            found = self.know.signed_by_then(found, day)
        for pool in (exact, found):
            # the words of its own sentence first ("signed a security guarantees agreement"),
            # then what the document names or is about
            described = [ag for ag in pool if words and words <= self._name_words(ag)]
            if len(described) == 1:
                return described[0]
            named = [ag for ag in pool if ag in self.doc_orgs]
            if len(named) == 1:
                return named[0]
            if self.main_agreement in pool:
                return self.main_agreement
            if len(pool) == 1:
                return pool[0]
        return None

    def _signing_group(self, ident: str) -> bool:
        return not self.know.is_org(ident) and any(ident in ps for ps in self.know.parties.values())

    def _pair_pact(self, pair: set[str], etype: str, words: set[str]) -> str | None:
        """The pact of the knowledge base between two states that the words describe ("defence
        cooperation agreements"), or, with no words, the one ``_between`` finds."""
        if not words:
            return self._between(pair, etype)
        pool = [ag for ag, ps in self.know.parties.items() if ps == pair]
        described = [ag for ag in pool if words <= self._name_words(ag)]
        return described[0] if len(described) == 1 else None

    def _name_words(self, ag: str) -> set[str]:
        found = {SPELLING.get(w, w) for w in self.know.name_words.get(ag, set())}
        return found | {w[:-1] for w in found if w.endswith("s")}  # "guarantees"

    def _visitor(self, tok: Token) -> bool:
        """A person or an office holder, hosted as a guest, not as forces."""
        ref = self.r.ref(tok.i)
        return (ref is not None and ref.kind == "person") or lemma(tok) in VISITORS

    def _delivered_from(self, noun: Token) -> list[Ref]:
        """Where a delivery comes from, said of it or of what it brings ("delivery of the
        first tanks from the United States", parsed under the tanks)."""
        found = self.preps(noun, ("from",))
        for what in prep_objects(noun, ("of",)):
            found += [x for x in self.preps(what, ("from",)) if x not in found]
        return found


def receiving(verb: Token, noun: Token) -> bool:
    """Whether the subject of the noun's light verb receives what the noun names ("drew a
    warning", "took delivery of tanks") rather than doing it."""
    taking = lemma(verb) == "take" and lemma(noun) in DELIVERIES
    froms = [p for p in (*noun.children, *verb.children) if p.lower_ == "from"]
    asking = lemma(verb) in ASKING_FOR and bool(froms)  # "wants guarantees from Washington"
    if lemma(noun) in ANSWERS:  # "sought clarification from Yerevan": the asking is the act
        return False
    return lemma(verb) in RECEIVING or taking or asking


def sentences_back(tok: Token, n: int) -> int:
    """Where the sentence ``n`` sentences before ``tok``'s starts."""
    lo = tok.sent.start
    for _ in range(n):
        lo = tok.doc[lo - 1].sent.start if lo > 0 else lo
    return lo


def on_behalf(verb: Token) -> bool:
    """ "on the North's behalf", "on the side of Armenia"."""
    return any(lemma(o) in ("behalf", "side") for o in prep_objects(verb, ("on",)))


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


BLAMING = {"blame", "accuse", "hold", "suspect", "fault"}


def _blamed_for(noun: Token) -> Token | None:
    """The one blamed for what the noun names: "India blamed Pakistan for the attack", "accused
    Russia of the strike": the blamed one did it, in the accuser's telling."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of") or lemma(prep.head) not in BLAMING:
        return None
    return judged_one(prep.head)  # "Yerevan was blamed by Baku for the shelling": Yerevan


def definite(noun: Token) -> bool:
    """ "the force", "these troops", "the first contingents": forces named before."""
    dets = ("the", "these", "those", "this")
    return any(c.dep_ == "det" and c.lower_ in dets for c in noun.children)


def _threatened(verb: Token) -> bool:
    """An attack only threatened: the infinitive of a threat ("threats to target", "vowed to
    strike")."""
    return verb.dep_ in ("acl", "xcomp") and lemma(verb.head) in THREATENING


def _held(child: Token) -> bool:
    """The participle of "X-held" or "X-controlled" ("the Armenian-held enclave"), whose
    holder is the place's owner."""
    return child.dep_ == "amod" and child.lower_ in HOLDING  # tagged VBN or JJ


def another(noun: Token) -> bool:
    """ "similar accords", "equivalent pacts", "another agreement", "any pact": not the one
    the article is about."""
    return any(lemma(c) in OTHER_THAN for c in noun.lefts if c.dep_ in ("amod", "det"))


# what an agreement is about where it is about joining a bloc ("a memorandum on Serbia's
# accession"), but not "member" ("a pact with NATO member Norway" is no bloc's)
JOINING = BIDS - {"member"}


def introduced(nouns: list[Token]) -> bool:
    """An agreement noun with an indefinite article ("a security pact"): one the text brings
    in, not one it has named before, nor a bloc's (unless it is about joining the bloc: "a
    memorandum on Serbia's accession")."""
    return any(
        lemma(n) in AGREEMENT_NOUNS
        and any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in n.children)
        and not any(lemma(t) in JOINING for t in n.subtree)
        for n in nouns
    )


def _noun_above(tok: Token) -> Token | None:
    """The noun a verb's phrase hangs on, below any other verb: "a pact harder to negotiate"."""
    for up in tok.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return None
        if up.pos_ == "NOUN":
            return up
    return None


def _agent_on_verb(noun: Token) -> Token | None:
    """The agent of a verb's direct object that the parser hangs on the active verb:
    "Ukraine battles an offensive by Russian troops" (an active verb has no agent of its
    own; "by sending troops" is a means, not a noun)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or is_passive(verb):
        return None
    by = next(prep_objects(verb, ("by",)), None)
    return by if by is not None and by.pos_ in ("NOUN", "PROPN") and by.i > noun.i else None


# what arrives from another, awaited by the one who has some already
AWAITED = {"delivery", "shipment", "supply", "transfer", "batch", "consignment"}
# blows one side strikes, which may "see" it act (not a war or conflict, which has two)
SEEN_BLOWS = cw.BLOWS | {"offensive", "counteroffensive", "operation", "campaign"}
SEEN_BLOWS -= {"war", "conflict", "fighting", "clash", "hostility", "confrontation"}
# what a blow may see its victim do: undergo it, not strike
UNDERGOING = {"lose", "flee", "suffer", "retreat", "withdraw", "abandon", "cede", "surrender"}
UNDERGOING |= {"stand", "evacuate", "endure", "face", "give", "leave", "fall", "collapse"}


def _seen_doing(noun: Token) -> Token | None:
    """Who acts in an event said to have seen them act: "the operation saw Azerbaijan retake
    the rest of its territory" (the event is the subject of "see", its doer the subject of
    the clause it saw)."""
    if lemma(noun) not in SEEN_BLOWS:
        return None
    seeing = noun.head if noun.dep_ == "nsubj" else None
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ == "pobj" and after is not None and after.pos_ == "VERB":
        # "rose after the operation saw Azerbaijan retake ...", parsed as "rose after the
        # operation" with "saw" a clause of its own: the verb right after the noun is the
        # noun's, unless it has a subject of its own (not one the noun was parsed into)
        subjects = [k for k in after.children if k.dep_ in ("nsubj", "nsubjpass")]
        apart = [k for k in subjects if not k.left_edge.i <= noun.i <= k.right_edge.i]
        seeing = None if apart else after
    if seeing is None or lemma(seeing) != "see":
        return None
    for clause in seeing.children:  # "saw Russian troops capture", not "saw them pushed"
        if clause.dep_ in ("ccomp", "xcomp") and clause.tag_ in ("VB", "VBP", "VBG"):
            if lemma(clause) in UNDERGOING:
                return None  # "saw Armenia lose Karabakh": the one it befell
            doer = next((k for k in clause.children if k.dep_ == "nsubj"), None)
            seen = [k for k in seeing.children if k.dep_ == "dobj" and k.i < clause.i]
            return doer if doer is not None else (seen[0] if seen else None)
    return None


def described_by(noun: Token) -> set[str]:
    """The words an agreement noun is described by: its modifiers, and the nouns and
    adjectives right before it however they were parsed ("signed a security guarantees
    agreement", parsed with "guarantees" as an object of its own); not the words that say
    nothing of its kind ("a landmark partnership agreement")."""
    words = {lemma(m) for m in noun.children if m.dep_ in ("amod", "compound")}
    i = noun.i - 1
    while i >= noun.sent.start and noun.doc[i].pos_ in ("NOUN", "ADJ"):
        words.add(lemma(noun.doc[i]))
        i -= 1
    return words - PACT_EPITHETS
