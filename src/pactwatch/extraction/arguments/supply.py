"""Arms and aid that change hands: who supplies, buys, receives or made them."""

from __future__ import annotations

from spacy.tokens import Token

from pactwatch.extraction.arguments.pieces import Pieces
from pactwatch.extraction.arguments.words import (
    AMOUNTS,
    ARMS,
    ARMS_DEPENDING,
    ARMS_HOLDERS,
    ARMS_USE_NOUNS,
    CAPTURED,
    CRAFT,
    DEFENCE_QUALIFIERS,
    DEPENDING_VERBS,
    FIGHTERS,
    FORCES,
    MAKER_DEPS,
    MAKING,
    NOT_RECEIVED,
    PROXIES,
    SHOWING,
    STRIKING_WITH,
    WEAPONS,
)
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import (
    agent_token,
    hyphened_to_before,
    is_passive,
    lemma,
    objects,
    prep_objects,
    subject_token,
)

# verbs of approving a sale, whose subject is the state that sells
APPROVING = {"approve", "authorize", "authorise", "clear", "greenlight", "okay"}
# a state's own rulers, said as someone's: "his government" is the state he speaks for
GOVERNMENTS = {"government", "administration", "military", "army"}


class SupplyFrames(Pieces):
    """The ``purchase`` and ``receive`` frames and the supplier of arms a dyad names."""

    def _made_by(self, c: Candidate, participle: Token) -> list[Candidate]:
        """ "Pakistan used Chinese-made drones": China supplied them to Pakistan, the state
        that has or uses them; none where the maker is the user ("Russian-made tanks" of
        Russia's army)."""
        arms = participle.head
        hyphened = hyphened_to_before(participle)
        if participle.dep_ != "amod" and hyphened:  # "... on North Korea-made missiles",
            # parsed with "made" as a verb of its own: the maker is the name before the
            # hyphen, the arms the noun the participle takes
            arms = next((o for o in objects(participle)), arms)
        military = {lemma(k) for k in arms.lefts if k.dep_ in ("amod", "compound")}
        if lemma(arms) not in WEAPONS | CRAFT and not (
            lemma(arms) in ARMS and military & (DEFENCE_QUALIFIERS | {"armored", "weapon"})
        ):
            return []  # "Chinese-made parts", "Chinese-made equipment in its power plants"
        if any(lemma(k) in CAPTURED for k in arms.lefts):
            return []  # "displayed captured Iranian-made drones": taken, not supplied
        maker = [x for k in participle.lefts for x in self.actors(k) if x.kind == "state"]
        if not maker and hyphened:
            ref = self.r.ref(participle.i - 2)
            maker = [ref] if ref is not None and ref.kind == "state" else []
        return self._in_users_hands(c, maker, participle.head, "hyphen")

    def _used(self, c: Candidate, arms: Token) -> list[Candidate]:
        """ "The Kenyan army has been using Turkish drones": arms of one state used by
        another were supplied by the first."""
        made = [k for k in arms.lefts if k.dep_ == "amod" and lemma(k) in MAKING]
        if made:  # "flies French-built jets"
            return self._made_by(c, made[0])
        maker = [
            x
            for k in arms.lefts
            if k.dep_ in ("amod", "compound")
            for x in self.actors(k)
            if x.kind == "state"
        ]
        return self._in_users_hands(c, maker, arms, "user")

    def _in_users_hands(
        self, c: Candidate, maker: list[Ref], arms: Token, via: str
    ) -> list[Candidate]:
        """The maker supplied the arms to the state that has or uses them."""
        led: list[str] = []
        use, verb = _arms_holding(arms)
        owned = [arms] if use is None else [arms, use]  # "Pakistan's use of Chinese drones"
        users = [x for n in owned for x in self.owners(n) if x.kind == "state"]
        users = [x for x in users if x.how != "demonym"]
        holding = verb is not None and lemma(verb) in ARMS_HOLDERS | DEPENDING_VERBS | STRIKING_WITH
        if (
            not users
            and verb is not None
            and holding
            and (
                arms.dep_ == "nsubjpass" or is_passive(verb)  # not the target of "was struck with"
            )
        ):
            by = agent_token(verb)  # "North Korea-made missiles were launched by Russia"
            users = [x for x in self.actors(by) if x.kind == "state"] if by is not None else []
        elif not users and verb is not None and holding:
            subj, _ = subject_token(verb)  # "Venezuela has 5,000 Russian-made missiles",
            if subj is not None:  # "Pakistan's response included Chinese-made drones"
                owners = [] if lemma(subj) in FIGHTERS | PROXIES else self.owners(subj)
                users = [x for x in [*self.actors(subj), *owners] if x.kind == "state"]
                # (not "Sudan's rebels fired UAE-made drones": the rebels are not the state)
                if not users and lemma(subj) in GOVERNMENTS:  # "his government has": the
                    led = self.ids([x for x in owners if x.kind == "person"])  # state he
                    led = [i for i in led if self.know.is_state(i)][:1]  # speaks for
        if not users:  # "Turkish-made drones launched by Pakistan"
            held = [k for k in arms.children if k.dep_ == "acl" and lemma(k) in ARMS_HOLDERS]
            agents = [by for k in held if (by := agent_token(k)) is not None]
            users = [x for by in agents for x in self.actors(by) if x.kind == "state"]
        c.subject = self.ids(maker)
        c.object = [i for i in self.ids(users, roles=False) + led if i not in c.subject]
        c.cues.append(f"subj_via={via}")
        return [c] if c.subject and c.object else []

    def _supplier(self, head: Token) -> tuple[list[Ref], str]:
        """Who supplies arms no one is said to send: where a shipment or delivery comes from
        ("an arms shipment from Turkey"), else the state named on arms sent in the passive
        ("Turkish drones were delivered to Libya")."""
        sellers = self._from(head)
        if head.pos_ != "VERB" and not sellers:  # "the transfer of Iranian missiles", "took
            clause = head.head if head.dep_ == "dobj" else head  # delivery of its missiles
            arms = [t for t in clause.subtree if t.i > head.i and _weaponry(t)]
            sellers = [x for a in arms for x in self.preps(a, ("from",))]  # from India"
            # the state named on the arms, or on the word saying who made them ("delivery of
            # Iranian-manufactured drones", the state parsed under "manufactured")
            named = [k for a in arms for k in a.lefts if k.dep_ in ("amod", "compound")]
            named += [
                m for k in named if lemma(k) in MAKING for m in k.lefts if m.dep_ in MAKER_DEPS
            ]
            held = any(self._held_by_another(a) for a in arms)
            if not held:
                sellers = sellers or [x for k in named for x in self.actors(k) if x.kind == "state"]
            if not sellers:  # "the State Department approved a deal involving the sale of
                sellers = self._approved_by(head)  # arms to Taiwan"
                if sellers:
                    return sellers, "approved"
            if not held:  # "delivery of the S-400", "of the S-400 squadrons" (a unit of a
                taken = arms or list(prep_objects(head, ("of",)))  # system the words name)
                sellers = sellers or self._system_makers(taken, [])
        if sellers or head.pos_ != "VERB":
            weapon = any(x.how == "weapon" for x in sellers)
            return sellers, ("weapon" if weapon else "from" if sellers else "none")
        sellers = self._makers([k for k in head.children if k.dep_ == "nsubjpass"], [])
        if not sellers:  # "Hanwha will send K9 self-propelled howitzers to Poland", a maker
            sellers = self._system_makers(objects(head), [])  # the KB does not know
            return sellers, ("weapon" if sellers else "none")
        return sellers, "maker"

    def _approved_by(self, sale: Token) -> list[Ref]:
        """The state that approves a sale, which sells: the subject of the verb of approving
        the sale hangs from through nouns and prepositions, within three steps."""
        tok = sale
        for _ in range(4):
            if tok.head.i == tok.i:
                return []
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and lemma(tok) in APPROVING:
                subj, passive = subject_token(tok)
                if passive or is_passive(tok):  # "the provision of F-16s was approved by
                    subj = agent_token(tok)  # Denmark"
                if subj is None:
                    return []
                found = [*self.actors(subj), *self.owners(subj)]
                return [x for x in found if x.kind == "state"][:1]
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acl":
                return []
        return []

    def _held_by_another(self, arms: Token) -> bool:
        """Arms that someone other than their maker is said to hold or pass on: captured or
        seized ones, and those a clause gives another holder ("Leopard tanks donated by
        Spain", "jets that Australia had retired")."""
        if any(lemma(t) in CAPTURED for t in arms.subtree):
            return True
        for clause in arms.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                by = agent_token(clause)
                if by is not None and self.actors(by):
                    return True
            if clause.dep_ == "relcl":
                who = [k for k in clause.children if k.dep_ == "nsubj"]
                if any(self.actors(k) for k in who):
                    return True
        return False

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

    def _system_makers(self, arms: list[Token], user: list[Ref]) -> list[Ref]:
        """The makers of the weapon systems the arms' words name, which the knowledge base
        records ("36 Caesar howitzers": France), not their user."""
        mine = {i for x in user for i in x.ids}
        out: list[Ref] = []
        for obj in arms:
            first, last = obj.left_edge, obj.right_edge
            while first.i > 0 and self.doc[first.i - 1].dep_ in ("punct", "compound", "amod"):
                first = self.doc[first.i - 1]  # "received Shahed-136 drones", the name parsed
                if first.i < obj.i - 4:  # apart from the arms it names
                    break
            said = self.doc.text[first.idx : last.idx + len(last.text)]
            for maker in self.know.makers_named(said):
                if maker not in mine and all(maker not in x.ids for x in out):
                    out.append(Ref(obj.i, obj.i + 1, (maker,), "state", "weapon", obj.i))
        return out

    def _from(self, head: Token) -> list[Ref]:
        """Where what is bought or received comes from: "from Russia" after the verb or after
        what it takes ("ordered S-400 systems from Russia", parsed under the systems; "its
        purchase of the system from Russia")."""
        found = self.preps(head, ("from",))
        taken = list(prep_objects(head, ("of",))) if head.pos_ == "NOUN" else []
        # "deliveries to Ukraine from Norway", "from" parsed under the receiver
        taken += list(prep_objects(head, ("to",))) if head.pos_ == "NOUN" else []
        for what in objects(head) + taken:
            found += [x for x in self.preps(what, ("from",)) if x not in found]
        return found

    def _bought_for(self, head: Token, buyer: list[Ref]) -> list[Ref]:
        """The states a verb of buying buys for, other than the buyer: "procure artillery for
        [Ukraine]", "buy shells for [Kyiv]"."""
        mine = set(self.ids(buyer))
        found = [x for t in [head, *objects(head)] for x in self.preps(t, ("for",))]
        return [x for x in found if x.kind == "state" and not set(x.ids) & mine]

    def _purchase(self, c: Candidate, head: Token) -> list[Candidate]:
        buyer, via = self.subject(head)
        sellers = self._from(head)
        arms = objects(head) + list(prep_objects(head, ("of",)))
        sellers += self._makers(arms, buyer)
        if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
            # "placed an order for Indian guns": who orders buys, the arms' maker sells; a deal
            # or a contract signed says no more than its sides ("France signed a contract for
            # howitzers" sells them): the maker named on the arms sells, its other side buys
            verb = head.head
            signers, _ = self.subject(verb)
            bought = [*prep_objects(head, ("for",)), *prep_objects(verb, ("for",))]
            arms += bought  # "placed an order for 36 Caesar howitzers"
            partners = [x for t in (head, verb) for x in self.preps(t, ("with",))]
            makers = sellers or self._makers(bought, [])
            if lemma(verb) == "place" and not buyer:
                buyer, via = signers, ("light" if signers else via)
                sellers = makers or partners
            elif makers and not buyer:
                sellers = makers
                buyer = [x for x in signers if x not in makers]  # "with Naval Group": a seller
                via = "sides" if buyer else via
            elif lemma(head) in ("contract", "deal") and not buyer:
                # "signed a contract with Saab for Gripen fighters": the side it is with sells,
                # or, where that side is a system's maker, the other buys ("a contract with
                # Armenia for Caesar howitzers", signed by France)
                system = {i for x in self._system_makers(bought, []) for i in x.ids}
                if system & {i for x in signers for i in x.ids}:
                    sellers, buyer = signers, partners
                else:
                    sellers, buyer = partners, [x for x in signers if x not in partners]
                via = "sides" if buyer else via
        # "will procure artillery for Ukraine": who buys arms for another state supplies it
        bought_for = [] if sellers or head.pos_ != "VERB" else self._bought_for(head, buyer)
        if bought_for:
            sellers, buyer = buyer, bought_for
        sellers = sellers or self._system_makers(arms, buyer)  # "Caesar howitzers": French
        c.subject = self.ids(sellers)
        c.object = self.ids(buyer)
        if any(x.how == "weapon" for x in sellers):
            c.cues.append("seller=weapon")  # the maker of the system named
        # "will acquire submarines under the AUKUS pact": the pact's other parties supply
        under = [x for x in self.agreements_in(list(prep_objects(head, ("under",))), 2)]
        if under:
            c.agreement = under[0].ids[0]
            others = sorted(self.know.parties.get(c.agreement, set()) - set(c.object))
            if not c.subject and 0 < len(others) <= 3:
                c.subject = others
                via = "agreement_parties"
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
        if lemma(head) in DEPENDING_VERBS:  # "relied on Wagner to fight the insurgents"
            if any(lemma(o) in ARMS for o in prep_objects(head, ("on", "upon"))):
                return []  # "depends on Turkish drones to defend it": arms (their own rules)
            givers = self.preps(head, ("on", "upon"))
        for what in [] if givers else head.children:  # "getting the shells bought from Belgrade"
            if what.dep_ in ("dobj", "ccomp") and what.pos_ in ("VERB", "PRON", "NOUN"):
                clause = [what, *(k for k in what.children if k.dep_ == "relcl")]
                givers = [x for v in clause for x in self.preps(v, ("from",))]
                break
        if not givers:  # "Iran received Russian drones": the state named on them
            givers = self._makers(objects(head), recipient)
            givers = givers or self._system_makers(objects(head), recipient)  # "Shahed drones"
        c.subject = self.ids([x for x in givers if x not in recipient])
        c.object = self.ids(recipient)
        c.cues.append(f"subj_via={via}")
        return [c]


def _arms_holding(arms: Token) -> tuple[Token | None, Token | None]:
    """The noun of use arms are "of" ("the use of Iranian drones") or of dependence they are
    "on" ("its reliance on Russian arms"), and the verb whose
    subject has or uses them, also as a conjunct ("used Chinese missiles and Turkish
    drones")."""
    while arms.dep_ == "conj":
        arms = arms.head
    counted = arms.dep_ == "pobj" and arms.head.lower_ == "of" and lemma(arms.head.head) in AMOUNTS
    if counted and lemma(arms.head.head.head) not in SHOWING:
        arms = arms.head.head  # "fired hundreds of North Korea-made missiles" (not "displayed
        # dozens of Iranian-made drones", which may be captured ones)
    use = None
    governor = arms.head.head if arms.dep_ == "pobj" else None
    if (
        governor is not None
        and governor.pos_ == "VERB"
        and (
            (arms.head.lower_ == "on" and lemma(governor) in DEPENDING_VERBS)
            or (arms.head.lower_ == "with" and lemma(governor) in STRIKING_WITH)
        )
    ):
        return None, governor  # "relied on Chinese-made drones", "pounded the city with them"
    nouns = {"of": ARMS_USE_NOUNS, "on": ARMS_DEPENDING}.get(arms.head.lower_)
    if arms.dep_ == "pobj" and nouns is not None:
        use = arms = arms.head.head
        if lemma(use) not in nouns:
            return None, None
    # "... were launched by Russia": the passive's subject, held by its agent
    return use, (arms.head if arms.dep_ in ("dobj", "attr", "nsubjpass") else None)


# words that make a system or equipment arms: "a Chinese anti-aircraft system", "air defence
# systems", "military equipment"
ARMED_KINDS = {"aircraft", "defense", "defence", "missile", "military", "radar", "rocket"}
ARMED_KINDS |= {"artillery", "weapon", "combat", "naval", "drone", "launch"}


def _weaponry(tok: Token) -> bool:
    """A word that names arms: a weapon, or a system or equipment of a kind of arms."""
    if lemma(tok) in WEAPONS or tok.lower_ == "arms":  # "Indian arms" (not an arm)
        return True
    return lemma(tok) in ARMS and any(
        k.dep_ in ("amod", "compound") and lemma(k) in ARMED_KINDS for k in tok.children
    )
