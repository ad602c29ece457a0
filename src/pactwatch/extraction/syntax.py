"""Reading the parse: which actors a noun phrase stands for, who a verb's subject is, what a
preposition governs. Shared by attribution, arguments and modality.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon import VERB_OF
from pactwatch.extraction.lexicon.agreements import CONSENT as CONSENT_NOUNS
from pactwatch.extraction.lexicon.forms import FORMS, SPELLING
from pactwatch.extraction.lexicon.patterns import WORDS
from pactwatch.extraction.lexicon.word_classes import PROVIDING, WEAPON_NAMES
from pactwatch.extraction.reading import Reading, Ref

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
SUBJECT_DEPS = ("nsubj", "nsubjpass")  # a named subject (no clause, no "there")
MODIFIERS = ("poss", "amod", "compound", "nmod", "npadvmod")
# Complements whose subject is the governing verb's: "Armenia began refusing to attend".
CONTROL = ("xcomp", "conj", "advcl", "pcomp", "oprd", "acomp")
PASSIVE_SUBJECT = "nsubjpass"
# Nouns for one actor's relation to another: "its CSTO allies" are not its own.
RELATIONAL = {"ally", "partner", "neighbor", "neighbour", "rival", "counterpart", "adversary"}
RELATIONAL |= {"enemy", "foe", "friend", "sponsor", "patron", "client", "protector", "member"}
RELATIONAL |= {"backer", "supporter"}
# armed men not of a state, whose possessor is where they fight ("Sudan's rebels")
FIGHTER_WORDS = {"rebel", "militant", "insurgent", "jihadist", "guerrilla", "gunman"}
FIGHTER_WORDS |= {"militia", "separatist"}  # "Iraqi militias", "Armenian separatists"
# Forces told by whom they are loyal to are that one's: "forces loyal to the government",
# "fighters loyal to the general" (armed words only: "a government loyal to Moscow" is not
# Moscow's own)
LOYAL_FORCES = WORDS["TROOPS"] | FIGHTER_WORDS | WORDS["PROXIES"]
LOYAL_FORCES |= {"fighter", "army", "faction", "militia"}
LOYAL = {"loyal", "faithful", "allegiant"}
# prepositions of time or means before a gerund: its subject is the clause's, not an object's
ADVERBIAL_PREPS = {"after", "before", "since", "upon", "while", "without", "despite", "by"}
# Verbs whose object does what their complement says: "encourage him to defect".
OBJECT_CONTROL = {"invite", "encourage", "urge", "ask", "allow", "persuade", "force", "press"}
OBJECT_CONTROL |= {"push", "call", "request", "tell", "order", "help", "enable", "let", "permit"}
OBJECT_CONTROL |= {"pressure", "prompt", "spur", "lead", "convince", "compel", "oblige", "get"}
# Words that credit or blame someone for a thing of theirs: "thanked Russia for its help",
# "criticized Ankara for its stance", "gratitude to France for its support"
CREDITING = {"thank", "praise", "commend", "applaud", "laud", "hail", "congratulate", "reward"}
CREDITING |= {"criticize", "blame", "fault", "condemn", "rebuke", "slam", "censure", "chide"}
CREDITING |= {"gratitude", "grateful", "thanks", "appreciation", "punish", "sanction"}
OBJECT_CONTROL |= {"require", "expect", "want"}  # "would require Yerevan to denounce it"
OBJECT_CONTROL |= {"authorize", "authorise", "empower"}  # "authorized Ukraine to strike"
OBJECT_CONTROL |= {"advise", "warn"}  # "advising them not to attack Israel"
# verbs whose prepositional object does what they ask: "pleaded with Washington to send"
PREP_CONTROL = {"plead": "with", "appeal": "to", "call": "on", "implore": "with"}
# Nouns whose modifiers and "of" phrase name their owner, like institutions: "Russian border
# guards", "the presence of Russian troops", "an assessment mission of the secretariat".
OWNED = WORDS["FORCES"] | WORDS["BASE"]
# nouns an apposition uses to say what a named actor is: "Hungary and Turkey, two members"
STANDING_FOR = {"member", "country", "state", "nation", "ally", "neighbour", "neighbor", "partner"}
PORTIONS = {"part", "portion", "half", "third", "quarter", "fifth", "most", "rest", "share"}
PORTIONS |= {"percent", "tenth", "some", "much", "parts", "number", "majority", "handful"}
OWNED |= {"territory", "soil", "airspace", "land", "waters"}  # "Georgian territory": Georgia's
# what carries forces on the move: "a French patrol", "a convoy of Ethiopian troops" are the
# forces' (what an ambush falls on, not the place it is laid in)
CARRYING = {"convoy", "patrol", "column"}
OWNED |= CARRYING
# what an armed group is called with its name before it: "the al-Shabaab terrorist movement"
OWNED |= {"movement", "militia", "network", "faction", "organisation", "organization"}
# whose side a state leans to: "slipping out of the Russian orbit", "in Moscow's sphere"
OWNED |= {"orbit", "sphere", "camp"}
# "have begun the process of withdrawing": who begins the process withdraws
PROCESS = {"process", "procedure", "task", "work"}
PROCESS |= {"step", "stride", "progress", "move"}  # "took a step towards joining": who takes it
# what deliberating parties reach or hold about their own act: "failed to reach a consensus
# about whether to start talks", "took a decision on leaving": who deliberates acts
DELIBERATION = {"consensus", "decision", "debate", "discussion", "disagreement", "agreement"}
# a state's own acts on paper: signing one is no agreement, and what it does its signer does
INSTRUMENTS = {"law", "decree", "bill", "order", "ordinance", "legislation", "edict"}
# the approval a state wins to join: "won Turkey's approval to join" (CONSENT of
# lexicon/agreements.py)
CONSENT = set(CONSENT_NOUNS.split("|"))
# what one makes or leads to do something: "is leading a new push to broker a ceasefire"
EFFORTS = {"effort", "attempt", "bid", "push", "drive", "campaign", "initiative", "mission"}
# what a chamber or a house is of when it is no state's: "the chamber of commerce"
TRADES = {"commerce", "industry", "trade", "business", "card"}
# what a state asks or holds: "the applications of Finland and Sweden" are theirs
CLAIMS = {"bid", "application", "candidacy", "accession", "membership", "integrity"}
CLAIMS |= {"sovereignty", "independence"}


_FORCE_NOUNS = WORDS["FORCES"] | WORDS["TROOPS"]


def year(tok: Token) -> int | None:
    """The year a token is, if it is one: four digits from 1800 to 2099 ("in 2018")."""
    text = tok.text
    return int(text) if len(text) == 4 and text.isdigit() and 1800 <= int(text) < 2100 else None


def lemma(tok: Token) -> str:
    """The folded lemma the lexicon speaks of (cached in ``norm_`` once triggers have run)."""
    low = _unhyphened(tok.lower_)
    if low in FORMS:
        return FORMS[low]
    if tok.pos_ in ("VERB", "AUX", "ADJ") and low in VERB_OF:
        return VERB_OF[low]
    if tok.tag_ in ("JJR", "RBR"):  # "no longer", "closer to": the word as written
        return low
    if tok.pos_ in ("NOUN", "PROPN", "NUM") and _weapon_name(low):
        return "weapon"  # "40 F-16s", "Eurofighters", "the S-400s": arms by their name
        # (a designation before its noun is often tagged a number: "F-16 sales")
    if low in ("member", "members") and any(k.lower_ == "service" for k in tok.lefts):
        return "serviceman"  # "40,000 service members stationed in Japan"
    if tok.tag_ == "NNPS" and low[-1:] == "s" and low[:-1] in _FORCE_NOUNS:
        return low[:-1]  # "US Marines", "the Armed Forces": forces written as a name
    lem = _unhyphened(tok.lemma_.lower())
    return SPELLING.get(lem, SPELLING.get(low, lem))


# A military type designation: letters, a hyphen and a number ("F-16s", "Su-35", "MQ-9",
# "S-400s", "T-72"), not a group's ("G-20", "the P-5").
DESIGNATION = re.compile(r"(?!g-|p-5$)[a-z]{1,3}-\d{1,3}[a-z]{0,2}")


def _weapon_name(word: str) -> bool:
    """A weapon system named by its designation or by a name known to be one."""
    if word in WEAPON_NAMES or (word[-1:] == "s" and word[:-1] in WEAPON_NAMES):
        return True
    if "-" not in word:  # the common case, without the pattern (lemma is read very often)
        return False
    plural = word[-1:] == "s" and DESIGNATION.fullmatch(word[:-1]) is not None  # "F-16s"
    return plural or DESIGNATION.fullmatch(word) is not None


def _unhyphened(word: str) -> str:
    """ "co-operation" as "cooperation": a "co-" word joined into one token (``backbone``)."""
    return "co" + word[3:] if word.startswith("co-") and word[3:].isalpha() else word


def hyphened_to_before(tok: Token) -> bool:
    """Whether a word is joined by a hyphen to the word before it ("Korea-made"), not set
    apart by a dash between spaces ("Armenia - supplied by India - is")."""
    if tok.i < 2:
        return False
    dash, before = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return dash.text == "-" and not dash.whitespace_ and not before.whitespace_


DISTANCES = {"km", "kilometre", "kilometer", "mile", "metre", "meter", "yard", "kms"}
# words for what a state is in a bloc, which the bloc's name may describe ("NATO member Turkey")
BLOC_ROLE_WORDS = {"member", "ally", "partner", "state"}


def describes_a_state(r: Reading, tok: Token) -> bool:
    """Whether the word naming a bloc is there only to say what a state is: "NATO member
    Turkey", "EU member Hungary" (the bloc is no side, no agreement and no antecedent of
    what the state does or has done to it)."""
    if tok.dep_ != "compound" or lemma(tok.head) not in BLOC_ROLE_WORDS:
        return False
    role = tok.head
    named = [role.head] if role.dep_ == "compound" else []
    named += [k for k in role.children if k.dep_ == "appos"]
    if role.i + 1 < len(role.doc):  # "sanctions on NATO ally Turkey", the name parsed apart
        named.append(role.doc[role.i + 1])
    return any((x := r.ref(n.i)) is not None and x.kind == "state" for n in named)


def prep_objects(tok: Token, preps: Iterable[str]) -> Iterator[Token]:
    """The objects of ``tok``'s prepositions: "against [Armenia]", "from [the CSTO]", also
    through a particle or adverb: "move away from [Russia]", "closer to [Europe]"; not one
    the text denies: "extended in 2010, not on the collective security treaty"."""
    wanted = set(preps)
    for child in tok.children:
        if any(n.dep_ == "neg" for n in child.children):
            continue
        if child.i > 0 and child.doc[child.i - 1].lemma_.lower() in DISTANCES:
            continue  # "a presence less than 2,000 km from Australia": how far, not whose
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in wanted:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    yield obj
                elif obj.dep_ == "prep" and obj.lower_ in wanted:  # "out of", "away from"
                    yield from (o for o in obj.children if o.dep_ == "pobj")
        elif child.dep_ in ("advmod", "prt", "acomp") and child.i > tok.i:
            for sub in child.children:
                if sub.dep_ == "prep" and sub.lower_ in wanted:
                    yield from (o for o in sub.children if o.dep_ == "pobj")


def conjunct_states(r: Reading, tok: Token, out: list[Ref]) -> list[Ref]:
    """The states (and bodies) named by a modifier's conjuncts and not yet in ``out``:
    "American, French and Chinese bases", "the Latvian and Estonian ministries", "Swedish and
    UN troops"."""
    found = (r.ref(conj.i) for conj in tok.conjuncts)
    kinds = ("state", "org", "group")
    return [x for x in found if x is not None and x.kind in kinds and x not in out]


def led_by(child: Token) -> bool:
    """The participle of "X-led" ("the Russian-led alliance"), whose leader is its owner."""
    return child.dep_ == "amod" and child.lemma_.lower() == "lead" and child.tag_ == "VBN"


# plural words for states that a list of them may follow: "countries, including Poland"
COUNTRIES = {"country", "state", "nation", "partner", "ally", "neighbour", "neighbor"}


def actors_of(r: Reading, tok: Token, depth: int = 0) -> list[Ref]:
    """The actors a noun phrase headed by ``tok`` stands for, with its coordinated members:
    "Russia, Belarus and Kazakhstan", "the Armenian government", "Russia's Foreign Ministry",
    "its leader Russia", "the government of Armenia"."""
    if depth > 4:
        return []
    out: list[Ref] = []
    ref = r.ref(tok.i)
    if ref is None and tok.dep_ == "appos" and lemma(tok) in STANDING_FOR:
        return actors_of(r, tok.head, depth + 1)  # "Sweden, the bloc's latest member, which"
    appos = [c for c in tok.children if c.dep_ == "appos"]
    if ref is not None and ref.kind != "agreement":
        out.append(ref)
        if ref.kind == "state":  # "Mali, Burkina Faso and Niger" parsed as an apposition:
            for a in appos:  # one state is never another's apposition; a role is none
                listed = actors_of(r, a, depth + 1) if r.ref(a.i) is not None else []
                if listed and all(x.kind == "state" and x.ids != ref.ids for x in listed):
                    out += listed
    elif ref is None or ref.kind == "agreement":
        for a in appos:  # "its leader Russia", "the opposition, Armenia Alliance"
            out += actors_of(r, a, depth + 1)
        appos_named = any(x.kind == "state" for x in out)
        for c in tok.children:  # "Russia's base", "the Armenian leaders' defamation"
            if c.dep_ == "poss" and lemma(tok) in FIGHTER_WORDS:
                continue  # "Sudan's rebels": where they fight, not who they are
            if c.dep_ == "poss" and lemma(tok) not in RELATIONAL:
                out += [x for x in actors_of(r, c, depth + 1) if x.kind != "agreement"]
            elif c.dep_ == "compound" and lemma(tok) in RELATIONAL and not appos_named:
                found = r.ref(c.i)  # "its CSTO allies": the allies in an organization speak
                if describes_a_state(r, c):  # as the organization (not "NATO ally Turkey",
                    after = r.ref(tok.i + 1) if tok.i + 1 < len(tok.doc) else None  # which
                    out += [after] if after is not None and after.kind == "state" else []
                elif found is not None and found.kind == "org":  # names the ally)
                    out.append(found)
        low = lemma(tok)
        trades = [o for o in prep_objects(tok, ("of",)) if lemma(o) in TRADES]
        if low in ("chamber", "house") and trades:
            return []  # "the chamber of commerce in Yerevan": no state's chamber
        if not out and low in LOYAL_FORCES:  # "forces loyal to the GNA": the GNA's
            for mod in tok.children:
                if mod.dep_ == "amod" and mod.lower_ in LOYAL:
                    for obj in prep_objects(mod, ("to",)):
                        out += actors_of(r, obj, depth + 1)
        if not out and (tok.text == "%" or low in PORTIONS | CLAIMS | CARRYING):  # "20% of
            # Georgian territory", "a convoy of Ethiopian troops"
            for obj in prep_objects(tok, ("of",)):
                out += actors_of(r, obj, depth + 1)
        led = any(led_by(c) for c in tok.children)  # "the Saudi-led coalition"
        # "Taliban insurgents" are the Taliban; "Syrian rebels" are not Syria (below)
        fighters = low in FIGHTER_WORDS
        if not out and (
            low in cw.INSTITUTIONS or low in OWNED or tok.pos_ == "PROPN" or led or fighters
        ):
            before = r.ref(tok.i - 1) if tok.i > 0 and not fighters else None
            if before is not None and before.kind == "state":  # "the CSTO and Russian troops"
                out.append(before)  # parsed as one phrase: the word before owns the noun
                for other in tok.doc[tok.i - 1].conjuncts:  # "Kyrgyz and Tajik forces"
                    found = r.ref(other.i)
                    if found is not None and found.kind == "state" and found not in out:
                        out.insert(0, found)
            for child in [] if out or low in RELATIONAL else tok.children:
                if child.dep_ in MODIFIERS:  # not "Armenia's allies": others, its allies
                    found = r.ref(child.i)
                    if found is None and (child.dep_ == "compound" or led_by(child)):
                        # "the Saudi-led coalition": led by Saudi Arabia, so its own
                        found = next((r.ref(g.i) for g in child.children if r.ref(g.i)), None)
                    kinds = ("group",) if fighters else ("state", "org", "group", "person")
                    if found is not None and found.kind in kinds:
                        out.append(found)
                        out += conjunct_states(r, child, out)
                        break
            if not out:  # "the government of Armenia", "the foreign ministry in Bishkek",
                for obj in prep_objects(tok, ("of", "in", "for")):  # "a spokeswoman for X"
                    named = [x for x in actors_of(r, obj, depth + 1) if x.kind != "person"]
                    out += [x for x in named if x.kind != "place" or obj.head.lower_ == "of"]
    plural = tok.tag_ in ("NNS", "NNPS")
    if plural and (lemma(tok) in COUNTRIES or (lemma(tok) == "member" and ref is None)):
        # "with other nations, including Norway and Chile"; "other NATO members, including
        # Latvia and Estonia": the states listed, not the bloc they are members of
        listed = [
            x
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in ("including", "like")
            for obj in prep.children
            if obj.dep_ == "pobj"
            for x in actors_of(r, obj, depth + 1)
        ]
        if not out or (listed and all(x.kind == "state" for x in listed)):
            out = listed or out
    for conj in tok.conjuncts:  # those after it: "France, Greece and Cyprus"
        if conj.i > tok.i:
            out += actors_of(r, conj, depth + 1)
    if depth == 0 and ref is not None and ref.kind == "state" and tok.dep_ in SUBJECT_DEPS:
        out = [x for x in _listed_before(r, ref, tok.doc) if x not in out] + out
    seen: set[tuple[str, ...]] = set()
    unique = []
    for x in out:
        if x.ids not in seen:
            seen.add(x.ids)
            unique.append(x)
    return unique


def _verbal_conj_anchor(tok: Token) -> Token | None:
    """Repair a common parse slip: a verb coordinated with a noun ("froze ..., canceled its
    involvement in drills and snubbed summits"): the verb that governs that noun."""
    gov = tok.head
    for _ in range(4):
        if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
            return gov if gov.pos_ in ("VERB", "AUX") else None
        gov = gov.head
    return None


def compound_head(tok: Token) -> Token:
    """The noun a compound modifier belongs to: "aid" of "a military aid package"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def first_conjunct(noun: Token) -> Token:
    """The first of coordinated nouns, which holds their place in the clause: "tanks" of
    "provided Ukraine with tanks and other military aid"."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def adjectival_conjunct(tok: Token) -> Token | None:
    """Another parse slip: "canceled its involvement and snubbed CSTO summits", parsed as
    summits that were snubbed. A noun is no conjunct of a verb, so the participle is one: the
    verb it is coordinated with (whose subject and tense it shares)."""
    noun = compound_head(tok.head)
    if tok.dep_ == "amod" and tok.pos_ == "VERB" and noun.dep_ == "conj":
        return noun.head if noun.head.pos_ == "VERB" else None
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """A second clause's subject the parser hung on a phrase before it: in "inside the bloc,
    only Malta, Ireland and Austria object", the names parse as coordinated with "the bloc";
    in "Chile was admitted to the group and Peru seems set to follow", "Peru" with "the
    group", and "seems" as a clause with no subject."""
    if verb.dep_ not in ("conj", "advcl") or verb.pos_ != "VERB" or verb.i == 0:
        return None
    finite = verb.tag_ in ("VBZ", "VBD", "VBP")
    own = any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in verb.children)
    if verb.dep_ == "advcl" and (not finite or own):
        return None
    last = verb.doc[verb.i - 1]
    if last.pos_ != "PROPN" or last.dep_ != "conj":
        return None
    first = last
    while first.head.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    phrase = first.head
    if phrase.dep_ != "pobj" or phrase.i > first.i:
        return None
    # "... to the group and Peru seems": a finite verb of its own, after "and"
    joined = first.i > 0 and verb.doc[first.i - 1].lower_ in ("and", "but", "while")
    if joined and finite and not own and verb.head in phrase.ancestors:
        return first
    if verb.dep_ == "advcl" or verb not in phrase.ancestors:
        return None
    between = verb.doc[phrase.i + 1 : first.i]
    return first if any(t.text == "," for t in between) else None


def _gerund_subject(tok: Token) -> Token | None:
    """The subject a gerund has of its own where the parser hangs it on the preposition
    just before it ("its veto on Sweden joining NATO", "objected to Finland joining")."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "acl", "advcl") or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ == "pobj" and prev.head.dep_ == "prep" and prev.pos_ == "PROPN":
        return prev
    return None


def _blamed_doer(tok: Token) -> Token | None:
    """Who did what one is blamed or praised for, in the telling of the one who blames:
    "criticised Sweden for harbouring militants", "hit out at Pakistan for sheltering"."""
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or prep.lower_ not in ("for", "of"):
        return None
    verb = prep.head
    out_at = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb.pos_ != "VERB" or not (lemma(verb) in JUDGED_FOR or out_at):
        return None
    return judged_one(verb, at_too=out_at)


def judged_one(verb: Token, at_too: bool = False) -> Token | None:
    """The one a verb of blaming or judging is about: its object, the subject of its
    passive ("Yerevan was blamed by Baku"), or what "lashed out at" names."""
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    done_to += list(prep_objects(verb, ("at",))) if at_too else []
    # "called out Minsk for ...", where the parser takes the one called out for a predicate
    done_to += [c for c in verb.children if c.dep_ == "oprd"] if at_too else []
    return done_to[0] if done_to else None


# Verbs that judge someone for what they did: "blamed X for", "praised X for", "sanctioned X for"
JUDGED_FOR = {"blame", "criticize", "condemn", "fault", "slam", "blast", "berate", "rebuke"}
JUDGED_FOR |= {"reproach", "chide", "castigate", "punish", "sanction", "praise", "thank"}
JUDGED_FOR |= {"commend", "applaud", "congratulate", "reward", "penalize", "lambaste", "scold"}
JUDGED_FOR |= {"denounce", "censure", "rap"}  # "censured Budapest for blocking the aid"


def _subjects(verb: Token) -> list[Token]:
    """A verb's dependents, a name first where the parser took a noun and the name right
    after it for two subjects ("Iran-backed militia Hezbollah fired rockets": Hezbollah)."""
    kids = list(verb.children)
    subj = [k for k in kids if k.dep_ == "nsubj"]
    if len(subj) == 2 and subj[1].i == subj[0].i + 1 and subj[1].pos_ == "PROPN":
        kids.remove(subj[1])
        kids.insert(0, subj[1])
    return kids


def subject_token(verb: Token) -> tuple[Token | None, bool]:
    """The subject of a verb (or of the verb or noun that controls it) and whether it is the
    passive subject. "Armenia began refusing to attend" -> Armenia; "..., accusing the CSTO"
    -> the main clause's subject; "Georgia, which joined" -> Georgia; "Pashinian's decision
    not to attend" -> Pashinian; "Yerevan had no plans to cut ties" -> Yerevan; "pledged to
    come to each other's aid if attacked" -> the ones who pledged, as those attacked."""
    found, passive = _subject_token(verb)
    if found is not None and _elliptical_passive(verb):
        return found, True
    return found, passive


def _elliptical_passive(verb: Token) -> bool:
    """A bare participle in a clause of condition or time: "if attacked", "once approved"."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    said = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and bool(marks & ELLIPSIS_MARKS) and not said


ELLIPSIS_MARKS = {"if", "when", "unless", "once", "until", "whether"}


def _subject_token(verb: Token) -> tuple[Token | None, bool]:
    tok: Token | None = verb
    shared = False  # a coordinated verb shares its head's subject in its own voice
    raised = False  # "is expected to vote": the passive's subject is the one who votes
    for _ in range(6):
        if tok is None:
            break
        for child in _subjects(tok):
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if child.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
                    own = tok.i == verb.i  # "the jet that was shot down": what it was done to;
                    done_to = child.dep_ == PASSIVE_SUBJECT if own else is_passive(verb)
                    return tok.head, done_to  # "which is expected to vote": who votes
                if shared or raised:  # "Kyrgyzstan quits the bloc or is pushed out", "the
                    return child, is_passive(verb)  # parliament is expected to vote on it"
                return child, child.dep_ == PASSIVE_SUBJECT or _absolute_passive(tok)
        stranded = _stranded_subject(tok) or _gerund_subject(tok) or _blamed_doer(tok)
        if stranded is not None:
            return stranded, False
        told = _for_to_subject(tok) or _told_gerund(tok)
        if told is not None:  # "calls for Lebanon's army to deploy": the army deploys
            return told, False
        if tok.tag_ == "VBG" and tok.dep_ == "csubj" and tok.head.dep_ == "ccomp":
            return None, False  # "Moscow said that joining NATO would be a mistake": not Moscow
        patient = _with_participle_noun(tok)
        if patient is not None:  # "with Peru accused of ...", parsed as "with Peru"
            return patient, True
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ == "relcl" and not infinitive:
            return tok.head, False
        if tok.dep_ == "acl" and not infinitive and tok.head.pos_ not in ("VERB", "AUX"):
            noun = tok.head
            if lemma(noun) in INSTRUMENTS and noun.dep_ == "dobj" and tok.tag_ != "VBN":
                tok = noun.head  # "Putin signed a law ratifying the treaty": Putin ratifies
                continue
            return noun, tok.tag_ == "VBN"  # "troops stationed in", "a bill committing"
        # "decision to attend"; "signed a deal to supply", which the parser may take for a
        # relative clause
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
            if lemma(noun) in CONSENT and noun.dep_ == "dobj":  # "won Turkey's approval to
                tok = noun.head  # join": the one who won it joins
                continue
            # not one someone else makes: "Turkey's effort", "a Turkish effort", "by Turkey"
            whose = [c for c in noun.children if c.dep_ == "poss"]
            whose += [c for c in noun.children if c.dep_ == "amod" and c.text[:1].isupper()]
            mine = not whose and next(prep_objects(noun, ("by", "of", "from")), None) is None
            if lemma(noun) in EFFORTS and noun.dep_ == "dobj" and mine:  # "is leading a
                tok = noun.head  # new push to broker a ceasefire": the one who leads it
                continue
            owner = next((c for c in noun.children if c.dep_ in ("poss", "amod")), None)
            if owner is None:  # "U.K. plans to cut troop numbers": a name before it
                owner = next((c for c in noun.lefts if c.dep_ == "compound"), None)
                owner = owner if owner is not None and owner.pos_ == "PROPN" else None
            if owner is not None and owner.pos_ in ("PROPN", "PRON", "ADJ", "NOUN"):
                return owner, False
            source = next(prep_objects(noun, ("from", "by")), None)
            source = source or next(prep_objects(noun, ("of",)), None)
            if source is not None:  # "a promise by Hungary to approve", "the decision of X to"
                return source, False
            if noun.dep_ in ("dobj", "attr", "nsubj", "pobj") and noun.head.i != noun.i:
                tok = noun.head
                continue
            return None, False
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ == "NOUN":
            tok = _verbal_conj_anchor(tok)
            continue
        coordinated = adjectival_conjunct(tok)
        if coordinated is not None:  # "... and snubbed CSTO summits": shares the subject
            tok, shared = coordinated, True
            continue
        gerund = tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG")
        if gerund and tok.head.dep_ == "prep":  # "interested in purchasing"
            gov = tok.head.head
            controller = next((c for c in gov.children if c.dep_ == "dobj"), None)
            adverbial = tok.head.lower_ in ADVERBIAL_PREPS  # "after accusing", "by sending"
            if controller is not None and not adverbial:  # "accused the CSTO of failing":
                return controller, False  # the object's
            owner = next((c for c in gov.children if c.dep_ == "poss"), None)
            if owner is not None and gov.pos_ == "NOUN" and not adverbial:  # "their role in
                return owner, False  # supplying arms": the owner's
            passive = next((c for c in gov.children if c.dep_ == PASSIVE_SUBJECT), None)
            if passive is None and _absolute_passive(gov):  # "with Peru accused of arming"
                passive = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            complement = tok.head.lower_ in ("of", "for", "from")  # not "amid", "after"
            if passive is not None and complement:  # "Iran has been accused by Kyiv of
                return passive, False  # supplying weapons": Iran supplies, whoever accuses it
            tok = gov
            while tok.dep_ in ("acomp", "amod", "attr", "advmod") and tok.head.i != tok.i:
                tok = tok.head
            while adverbial and tok.dep_ == "xcomp" and lemma(tok.head) in OBJECT_CONTROL:
                tok = tok.head  # "Kyiv asked NATO to act after blaming Moscow":
                # who asks accuses, as the parser may hang the gerund on what is asked
            if (
                tok.dep_ == "dobj"
                and lemma(tok) in cw.POSSIBLE | cw.PROBABLE | PROCESS | DELIBERATION
            ):
                tok = tok.head  # "signalling interest in joining": who signals it joins
            elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
                tok = tok.head.head  # "negotiating pacts as a step towards joining NATO"
            continue
        asker = lemma(tok.head)
        asked_to = tok.dep_ == "xcomp" or (
            tok.dep_ == "advcl" and asker in PREP_CONTROL and to_infinitive(tok)
        )
        if asked_to and (asker in OBJECT_CONTROL or asker in PREP_CONTROL):
            controller = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if controller is None and asker in PREP_CONTROL:  # "appealed to Washington to
                asked = next(prep_objects(tok.head, (PREP_CONTROL[asker],)), None)  # send",
                if asked is not None and not any(
                    t.pos_ == "ADP" for t in tok.doc[asked.i + 1 : tok.i - 1]
                ):  # not "appealed to the CSTO for troops to restore order"
                    controller = asked
            if controller is not None:  # "asking those states to base forces"
                return controller, False
        reporter = said_aside(tok)
        if reporter is not None:  # "Aliyev said the mission was a threat, calling for its
            tok = reporter  # end": who calls is who says so
            continue
        if tok.dep_ in CONTROL and tok.head.i != tok.i:
            shared = tok.dep_ == "conj" and tok.i == verb.i
            # "is expected to vote", "troops were stationed there, helping to train": the
            # subject acts in the verb's own voice
            raised = raised or tok.dep_ == "xcomp"  # also further up: "was scheduled to
            raised |= tok.i == verb.i and tok.dep_ == "advcl" and tok.tag_ == "VBG"  # visit
            # Nairobi to sign the accord": who visits signs, in the verb's own voice; so does
            # who is sent for a purpose ("soldiers were dispatched to train its army")
            raised |= tok.i == verb.i and tok.dep_ == "advcl" and to_infinitive(tok)
            tok = tok.head
            continue
        listed = _listed_clause(tok)
        if listed is not None:  # "that the US will open a headquarters in Poland, will send
            tok, shared = listed, True  # jets to Britain": the list's subject does both
            continue
        if tok.dep_ == "ccomp" and tok.tag_ in ("VBG", "TO", "VB"):
            tok = tok.head
            continue
        break
    return None, False


def _listed_clause(verb: Token) -> Token | None:
    """The clause before a subjectless finite clause in a list of them ("will open ..., will
    send ..."), which the parser hangs as two complements of the verb of saying."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    before = verb.left_edge.i - 1
    if before < 0 or verb.doc[before].text != ",":
        return None
    siblings = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    last = siblings[-1] if siblings else None
    if last is None or last.right_edge.i not in (before - 1, before):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in last.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in last.children):
        return None  # "said Sweden must act first, will then approve": a demand, then a promise
    return last


def copula_subject(noun: Token) -> Token | None:
    """ "Chile was among the first members", "his step was not a withdrawal": the
    subject a predicate noun describes."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        tok = tok.head.head
    if tok.dep_ in ("attr", "oprd", "acomp") and tok.head.lemma_ in ("be", "become", "remain"):
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok.dep_ == "oprd":  # "was considered Armenia's protector"
        return next((c for c in tok.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if tok.dep_ == "appos":
        return tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_ in PREDICATE_PP:
        # "Kyiv and Washington are in talks", "Russia remains at war with Ukraine"
        return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    return None


PREDICATE_PP = {"be", "remain", "stay"}  # verbs whose prepositional phrase says what one is


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _absolute_passive(verb)


def _for_to_subject(verb: Token) -> Token | None:
    """The noun of "for ... to": "calls for Lebanon's army to deploy", parsed with the noun
    as the object of "for" just before the infinitive's "to"."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    noun = to.doc[to.i - 1]
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


WARNING_ONE = {"warn", "caution", "tell", "advise", "remind", "urge"}


def _told_gerund(verb: Token) -> Token | None:
    """The one told of a gerund that is the subject of what they are told: "warned Finland
    that joining NATO would be a mistake" (Finland would join)."""
    if verb.tag_ != "VBG" or verb.dep_ != "csubj" or verb.head.dep_ != "ccomp":
        return None
    if lemma(verb.head.head) not in WARNING_ONE:
        return None  # "notified the CSTO that holding the drills is not expedient": not the CSTO
    return next((c for c in verb.head.head.children if c.dep_ in ("dobj", "dative")), None)


def _with_participle_noun(verb: Token) -> Token | None:
    """The noun of "with" just before a bare participle ("the talks come with Peru accused
    of ..."), where the parser hangs the participle on the verb above."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i == 0:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "without"):
        return noun
    return None


def _absolute_passive(verb: Token) -> bool:
    """ "with Peru accused of arming the rebels": a participle after "with" and its noun,
    which the parser makes the subject, is a passive whose noun is the one acted on."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without"):
        return True  # the parser's other way: the participle under "with"
    return any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children)


def agent_token(verb: Token) -> Token | None:
    """The "by" phrase of a passive: "was approved by both legislatures"."""
    for obj in prep_objects(verb, ("by",)):
        return obj
    return None


def provided_with(noun: Token) -> bool:
    """ "provide Armenia with security guarantees", "with a military aid package": the noun
    is what the verb gives."""
    return given_with(noun) is not None


def given_with(noun: Token) -> Token | None:
    """The verb of giving whose "with" phrase holds the noun, also inside a measure of it
    ("supplied Manila with a package of military aid", "with $3 billion in military aid")."""
    noun = first_conjunct(compound_head(noun))  # "with tanks and other military aid"
    for _ in range(2):
        prep = noun.head
        measure = prep.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "in") or measure.dep_ != "pobj":
            break
        noun = first_conjunct(compound_head(measure))
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "with" and lemma(prep.head) in PROVIDING:
        return prep.head
    return None


def objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]


def in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i


def clause_tokens(head: Token) -> range:
    return range(head.left_edge.i, head.right_edge.i + 1)


def rebutted(noun: Token) -> bool:
    """Whether the noun is something said that its verb rejects, denies or ignores ("rejected
    Kosovo's accusations")."""
    return (
        lemma(noun) in cw.SAID_NOUNS
        and noun.dep_ in ("dobj", "nsubjpass")
        and lemma(noun.head) in cw.REBUTTING
    )


def nothing_done(verb: Token) -> Token | None:
    """What was done to bring an act about or stop it, where it was nothing: "did nothing
    to", "took no action to", "made no effort to" (the infinitive hung on the noun, or on
    the verb beside it)."""
    if verb.tag_ != "VB":
        return None
    if verb.dep_ in ("relcl", "acl"):
        done = [verb.head]
    elif verb.dep_ == "advcl" and to_infinitive(verb):
        done = [k for k in verb.head.children if k.dep_ == "dobj" and k.i < verb.i]
    else:
        return None
    for noun in done:
        if noun.lower_ == "nothing" or any(
            k.dep_ == "det" and k.lower_ == "no" for k in noun.children
        ):
            return noun
    return None


def parties_said(noun: Token) -> int | None:
    """How many parties an agreement's noun says it has: "the bilateral treaty", "a
    trilateral pact"."""
    words = {lemma(c) for c in noun.lefts}
    return 3 if "trilateral" in words else 2 if "bilateral" in words else None


def said_aside(tok: Token) -> Token | None:
    """The reporting verb whose clause a participle of saying or asking is hung on after a
    comma ("said that the mission posed a threat, calling for its halt"): the parser makes it
    the reported clause's, but it is the reporter who calls (not "said rebels took the town,
    killing twelve")."""
    clause = tok.head
    aside = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.nbor(-1).text == ","
    if not aside or lemma(tok) not in cw.SAID_ASIDE or clause.dep_ != "ccomp":
        return None
    return clause.head if lemma(clause.head) in cw.REPORTING else None


def to_infinitive(verb: Token) -> bool:
    """A verb with "to": "sent troops to defend it", "took no step to leave"."""
    return any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.children)


def credited_for(noun: Token, words: set[str]) -> Token | None:
    """The word that credits or blames someone for ``noun`` ("thanked Russia for its help",
    "expressed gratitude to France for its support"), if ``noun`` is what "for" or "over"
    names."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):  # "sanctioned Ankara
        return None  # over its purchase"
    gov = noun.head.head
    return gov if credits(gov, words) else None


def credits(gov: Token, words: set[str]) -> bool:
    """Whether a word credits or blames, itself or by its object ("thanked", "expressed
    gratitude")."""
    if lemma(gov) in words:
        return True
    return gov.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and lemma(c) in words for c in gov.children
    )


def first_stop(doc: Doc) -> int:
    """The index of the document's first token that ends a sentence with a stop (".", "?",
    "!"), or its length: what comes before is its headlines and the page's menus. Found once
    per document."""
    found = doc.user_data.get("pactwatch_first_stop")
    if found is None:
        found = next((t.i for t in doc if t.text in (".", "?", "!")), len(doc))
        doc.user_data["pactwatch_first_stop"] = found
    return int(found)


def anothers_deed(noun: Token) -> bool:
    """A deed named as someone's ("the withdrawal of French troops", "Russia's exit") who is
    no pronoun of the one who seeks it ("seeks the withdrawal of its troops" is its own)."""
    whose = [k for k in noun.children if k.dep_ == "poss"] + list(prep_objects(noun, ("of",)))
    return bool(whose) and not any(t.tag_ in ("PRP", "PRP$") for w in whose for t in w.subtree)


def _listed_before(r: Reading, ref: Ref, doc: Doc) -> list[Ref]:
    """The states listed before a subject the parse left out of its coordination:
    "Bolivia, Peru, and Ecuador have cut ties", parsed with Niger alone as the subject."""
    i = ref.start - 1
    if i < 1 or doc[i].lower_ not in ("and", "or"):
        return []
    i -= 1
    if doc[i].text == ",":  # "Mali, and Niger"
        i -= 1
    out: list[Ref] = []
    while i >= 0:
        x = r.ref(i)
        if x is None or x.kind != "state" or x.end - 1 != i:
            break
        out.insert(0, x)
        if x.start < 2 or doc[x.start - 1].text != ",":
            break
        i = x.start - 2
    return out
