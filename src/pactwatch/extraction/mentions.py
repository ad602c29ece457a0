"""Who and what a document names: the knowledge base's names, and people and groups it lacks.

Names, aliases, demonyms, capitals and metonyms ("the Kremlin", "Brussels") come from the
knowledge base, matched on spaCy's ``PhraseMatcher`` (any case, except short upper-case aliases
such as "US", which must match exactly). People and organizations outside the knowledge base
come from the entity recognizer: a person gets a stable id from the full name
(``maria-zakharova``), later mentions by surname find the same id (spelling slips of one letter
included), and the office the text gives ("Russian Foreign Ministry spokeswoman Maria
Zakharova") says whom they speak for. Outlets are never states.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.backbone import tokens
from pactwatch.extraction.gazetteer import towns
from pactwatch.extraction.headline import WORD, title_case
from pactwatch.extraction.knowledge import Knowledge
from pactwatch.extraction.lexicon.patterns import ARMS_NOUNS
from pactwatch.extraction.reading import Reading, Ref, RefKind, guarded

AGREEMENT_WORDS = {"treaty", "pact", "agreement", "accord", "declaration", "charter"}
# words that describe an agreement named by what it is on, without being of its name: "the
# new treaty on mutual security guarantees" is the Treaty on Security Guarantees
IDLE = {"mutual", "new", "landmark", "historic", "bilateral", "key", "major", "latest"}
_WORD = re.compile(r"[A-Za-z]+")
GENERIC = {"bloc", "alliance", "organization", "organisation", "treaty", "pact", "union"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "mullah", "mep"}  # before a name, not of it
HOW_RANK = {"alias": 0, "name": 0, "demonym": 1, "capital": 2}  # "Brussels": the EU first
NON_STATE_HEADS = {
    "alliance", "party", "front", "movement", "coalition", "institute", "center", "centre",
    "foundation", "fund", "media", "bank", "company", "corporation", "group", "club",
    "association", "network", "university", "forum", "society", "faction", "agency", "news",
    "times", "post", "radio", "tv", "television", "press", "daily", "herald", "journal",
    "army", "militia", "forces", "brigade", "brigades", "battalion", "legion",
}  # fmt: skip
_SLUG = re.compile(r"[^a-z0-9]+")


# Letters that do not decompose into a base letter and an accent: "Radosław" is radoslaw
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"}
    | {"Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "ð": "d"}
)


def slug(name: str) -> str:
    plain = name.translate(_LETTERS)
    ascii_ = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    return _SLUG.sub("-", ascii_.lower()).strip("-")


def _without_article(alias: str) -> str:
    return alias[4:] if alias.lower().startswith("the ") else alias


def _exact(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 4


# Words before a surname that are no first name ("President Putin", "Mr Lavrov").
_TITLE_FIRST = {t.lower() for t in cw.TITLES} | {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms."}
# Generational suffixes after a surname ("Surangel Whipps Jr", "Lloyd Austin III"): the name
# is still the surname before them.
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _name_words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in SUFFIXES:
        words = words[:-1]
    return words


def _name_span(ent: Span) -> Span | None:
    """A named entity without punctuation and the titles or article before it."""
    toks = [t for t in ent if not (t.is_punct or t.is_space or t.tag_ == "POS")]
    # titles, honorifics and an adjective of nationality are no part of the name ("Slovakian
    # MEP Miriam Lexmann", "Mullah Abdul Ghani Baradar")
    while toks and (
        toks[0].lower_ in cw.TITLES | HONORIFICS
        or toks[0].lower_ in ("the", "a")
        or (toks[0].pos_ == "ADJ" and len(toks) > 2)
    ):
        toks = toks[1:]
    return ent.doc[toks[0].i : toks[-1].i + 1] if toks else None


def close(a: str, b: str) -> bool:
    """Names one slip apart (an edit of one letter), for names of six letters or more."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# what a city lends its name to: "the Ottawa Convention", "the Budapest Memorandum", "the
# Minsk agreements", "the OSCE Minsk Group", "the Astana format"
NAMED_AFTER_CITY = AGREEMENT_WORDS | {"convention", "memorandum", "protocol", "group", "format"}
NAMED_AFTER_CITY |= {"process", "accords", "agreements", "communique", "talks"}  # as printed


WATERS = {"Sea", "Ocean", "Strait", "Straits", "Gulf"}
# ... and the waters named before it with "of": "the Sea of Japan", "the Gulf of Guinea"
WATERS_OF = {"Sea", "Gulf", "Strait", "Straits", "Bay"}
# Short names two states share, which the knowledge base leaves out of both: the state news
# means by the bare name, unless the document names the other ("Congo" is the Democratic
# Republic in the wire's usage; the Republic of the Congo is named as such or by Brazzaville).
SHARED_NAMES = {"Congo": ("COD", "COG"), "Congolese": ("COD", "COG")}
NOT_THE_STATE_AFTER = {"River", "Basin", "rainforest", "Free"}  # "the Congo River"


def _named_after(doc: Doc, end: int) -> bool:
    """A city's name is part of a name: the word after it is what it names."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    named = nxt.lower_ in NAMED_AFTER_CITY or nxt.lemma_.lower() in NAMED_AFTER_CITY
    return named and nxt.pos_ in ("NOUN", "PROPN")  # "Moscow talks tough": a verb, it speaks


def _locative(span: Span) -> bool:
    """A name that says where, not who: "the headquarters in Brussels", not "officials in
    Brussels" (who speak for the institution there)."""
    tok = span.root
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    return tok.head.head.lemma_.lower() not in cw.PEOPLE_THERE


# words a place's name can come before, naming the same place: "the Kursk region"
PLACE_KINDS = {"region", "oblast", "province", "district", "governorate", "krai", "peninsula"}


def _first_name(span: Span) -> bool:
    """A one-word name that is the first of a longer name the recognizer finds ("Zamir" of
    "Zamir Kabulov"), not the surname of a known person."""
    doc, i = span.doc, span.start
    if i + 1 >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return False
    nxt = doc[i + 1]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.text[:1].isupper()


def _family_name_of(doc: Doc, span: Span) -> bool:
    """A name that ends a person's name the recognizer finds: "Foreign Minister Therese
    Kayikwamba Wagner" is no group called Wagner."""
    tok = doc[span.start]  # inside a person's name, not its first word
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and doc[span.end - 1].ent_iob_ != "B"


def _shared_names(doc: Doc, taken: set[int], states: set[str]) -> list[Ref]:
    """Bare short names two states share ("Congo"): the one the news means, where the
    document names neither the other nor a "Republic of" before it."""
    out = []
    for tok in doc:
        pair = SHARED_NAMES.get(tok.text)
        if pair is None or tok.i in taken:
            continue
        meant, other = pair
        after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        before = [t.lower_ for t in doc[max(0, tok.i - 3) : tok.i]]
        if other in states or after in NOT_THE_STATE_AFTER or after.startswith("-"):
            continue
        if before[-2:] == ["republic", "of"] and "democratic" not in before:
            continue  # "the Republic of Congo": the other
        how = "demonym" if tok.text.endswith("ese") else "name"
        out.append(Ref(tok.i, tok.i + 1, (meant,), "state", how, tok.i))
    return out


# what only forces do, said of a people: "Turks shelled", "Germans invaded Poland"
FORCES_MOVES = {"shell", "bomb", "invade"}
# what forces do only toward a front or a place: "Russians advanced on Pokrovsk", "retreated
# from their positions"; not "advanced to the final", "advanced their claims"
FRONT_MOVES = {"advance", "retreat", "redeploy", "withdraw"}
FRONT_PREPS = {"from", "to", "toward", "towards", "on", "into", "across", "along", "beyond"}
FRONTS = {"position", "front", "frontline", "line", "bank", "town", "city", "village", "region"}
FRONTS |= {"trench", "territory", "outskirt", "border", "river", "capital", "hill", "height"}
FRONTS |= {"district", "province", "oblast", "area", "stronghold", "outpost", "base"}


def _toward_a_front(verb: Token) -> bool:
    """A move with no object of its own that goes to or from a place or a front: "advanced on
    Pokrovsk", "retreated from their positions"; a withdrawal only from a place named
    ("withdrew from the left bank of the Dnipro", not "from positions", which the reader
    would take for leaving a pact)."""
    if any(k.dep_ in ("dobj", "obj") for k in verb.children):
        return False
    leaving = verb.lemma_.lower() == "withdraw"
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in FRONT_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.ent_type_ in ("GPE", "LOC", "FAC"):
                return True
            named = any(  # "the left bank of the Dnipro"
                t.ent_type_ in ("GPE", "LOC", "FAC") or (t.pos_ == "PROPN" and t.i != obj.i)
                for t in obj.subtree
            )
            if obj.lemma_.lower() in FRONTS and (named or not leaving):
                return True
    return False


def _people_of_a_place(span: Span) -> bool:
    """A people named as people, not for their state: only "the Americans" said plainly
    stands for the state; not "Karabakh Armenians", "ethnic Russians", "thousands of
    Armenians", "the Russians living in Latvia", "Serbians protested"."""
    tok = span.root
    if tok.tag_ not in ("NNS", "NNPS") or span.text[-1:] != "s":
        return False
    bare = not list(tok.lefts) and not list(tok.rights)
    move = tok.head.lemma_.lower() if tok.dep_ == "nsubj" else ""
    if bare and (move in FORCES_MOVES or (move in FRONT_MOVES and _toward_a_front(tok.head))):
        return False  # "reports of Russians advancing on the town": the state's forces
    if [k.lower_ for k in tok.lefts] != ["the"]:
        return True
    return any(
        k.dep_ in ("acl", "relcl") or (k.dep_ == "prep" and k.lower_ in ("in", "from", "living"))
        for k in tok.rights
    )


# The first half of a pair written with a combining form: "the Franco-Polish treaty", "Sino-
# Russian drills", "Anglo-French", "Indo-Russian cooperation".
COMBINING = {"Franco": "FRA", "Anglo": "GBR", "Sino": "CHN", "Russo": "RUS", "Greco": "GRC"}
COMBINING |= {"Italo": "ITA", "Turco": "TUR", "Nippo": "JPN", "Polono": "POL", "Indo": "IND"}
NOT_COMBINED = {"saxon", "saxons", "roman", "era"}  # "Anglo-Saxon", "Greco-Roman", "Franco-era"
# the Indo-Pacific is no India, nor are the Indo-European languages
NOT_COMBINED |= {"pacific", "european", "europeans", "aryan", "germanic", "gangetic"}


def _combining_forms(doc: Doc, labels: dict[str, tuple[str, str]]) -> list[Span]:
    out = []
    for tok in doc[:-2]:
        state = COMBINING.get(tok.text)
        key = f"{state}|demonym"
        dash, word = doc[tok.i + 1], doc[tok.i + 2]
        joined = dash.text in ("-", "–") and not tok.whitespace_ and not dash.whitespace_
        if state and key in labels and joined and word.is_alpha and word.lower_ not in NOT_COMBINED:
            out.append(Span(doc, tok.i, tok.i + 1, label=key))
    return out


def _plurals(demonyms: Iterable[str]) -> list[str]:
    """The people of a state named for it: "the Russians", "the Israelis" (not "the French",
    whose plural is the adjective)."""
    return [d + "s" for d in demonyms if d[-2:] in ("an", "li", "ni", "ki", "ri")]


class Mentions:
    """Finds references to actors and agreements; one instance per knowledge base."""

    def __init__(self, nlp: Language, know: Knowledge) -> None:
        self.know = know
        self._near: dict[str, str | None] = {}  # surname -> the known one it is a spelling of
        self.first_names: dict[str, set[str]] = {}  # a known person's first name -> their ids
        for person, given in know.given.items():
            for word in given:
                self.first_names.setdefault(word, set()).add(person)
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, tuple[str, str]] = {}
        for actor in know.actors.values():
            self._add(nlp, actor.id, "name", [actor.name])
            self._add(nlp, actor.id, "alias", actor.aliases)
            self._add(nlp, actor.id, "demonym", [*actor.demonyms, *_plurals(actor.demonyms)])
            if actor.capital:
                self._add(nlp, actor.id, "capital", [actor.capital])
        for firm, spellings in know.firm_names.items():  # "Bharat Forge", for its state
            self._add(nlp, firm, "name", spellings)
        for ag in know.agreements.values():
            names = [ag.name, *(_without_article(a) for a in ag.aliases)]
            if ag.id.isupper():  # an organization's id is its acronym: "CSTO", "NATO"
                names.append(ag.id)
            self._add(nlp, ag.id, "alias", [n for n in names if n.lower() not in GENERIC])
        self.name_words = {  # the words of each agreement's names, for "described"
            ag: words for ag, words in know.name_words.items() if ag not in know.organizations
        }
        # each place by its first word, with its length in tokens: "South Ossetia" -> 2
        self.place_starts: dict[str, list[int]] = {}
        for place in know.places:
            words = [t.text for t in tokens(nlp, place)]
            if words:
                self.place_starts.setdefault(words[0], []).append(len(words))
        for lengths in self.place_starts.values():
            lengths.sort(reverse=True)
        self.roles = Matcher(nlp.vocab)
        titles = {r.title.lower() for a in know.actors.values() for r in a.roles}
        for title in titles:
            self.roles.add(title, [[{"LOWER": w} for w in title.split()]])

    def _add(self, nlp: Language, ident: str, how: str, names: Iterable[str]) -> None:
        for name in names:
            if not name.strip() or _without_article(name).lower() in GENERIC:
                continue
            key = f"{ident}|{how}"
            self.labels[key] = (ident, how)
            matcher = self.exact if _exact(name) else self.lower
            # "People's" is printed "People’s" as often: both are the name
            forms = {name, name.replace("'", "\u2019")}
            matcher.add(key, [tokens(nlp, form) for form in sorted(forms)])

    # -- the kind of a reference ----------------------------------------------------------
    def kind_of(self, ident: str) -> RefKind:
        know = self.know
        if ident in know.missions:
            return "mission"
        if ident in know.agreements and ident not in know.actors:
            return "agreement"
        kind = know.kind.get(ident)
        return {"state": "state", "organization": "org", "person": "person"}.get(
            kind or "", "group"
        )  # type: ignore[return-value]

    # -- the component --------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        r: Reading = doc._.pactwatch
        anchor = r.anchor or _dt.date.today()
        spans: list[Span] = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        spans += _combining_forms(doc, self.labels)
        # Where one stretch has several names ("Brussels"), an alias beats a capital; where
        # several agreements share a name ("Treaty of Friendship, Cooperation and Mutual
        # Assistance"), the one whose parties the document names wins.
        states = {
            self.labels[s.label_][0]
            for s in spans
            if self.kind_of(self.labels[s.label_][0]) == "state"
        }

        def rank(span: Span) -> tuple[int, int, int]:
            ident, how = self.labels[span.label_]
            overlap = len(self.know.parties.get(ident, set()) & states)
            how_rank = HOW_RANK.get(how, 3)
            if how == "capital" and _locative(span):  # "the headquarters in Brussels": a city
                how_rank = -1
            return how_rank, -self._year_fits(doc, span, ident), -overlap

        spans.sort(key=rank)
        named_at = {sp.start for sp in spans}  # where a known name begins
        refs: list[Ref] = []
        for span in filter_spans(spans):
            ident, how = self.labels[span.label_]
            if len(span) == 1 and self._other_given_name(doc, span.start, ident):
                continue  # "Mher Grigoryan": another person of the same surname
            person = len(span) == 1 and self.kind_of(ident) == "person"
            if person and _first_name(span) and span.end not in named_at:
                continue  # "Zamir Kabulov": a first name, not Eyal Zamir (not "Zelensky Erdogan")
            if _negated_name(doc, span.start):
                continue  # "a major non-NATO ally": not NATO
            if self.kind_of(ident) != "person" and _family_name_of(doc, span):
                continue  # "Therese Kayikwamba Wagner": a person, not the Wagner Group
            if how == "capital" and _named_after(doc, span.end):
                continue  # "the Ottawa Convention": no act of Canada
            if span.end < len(doc) and doc[span.end].text in WATERS:
                continue  # "the South China Sea", "the Taiwan Strait": a sea, not a state
            named_of = span.start > 1 and doc[span.start - 1].lower_ == "of"
            if named_of and doc[span.start - 2].text in WATERS_OF:
                continue  # "the Sea of Japan", "the Gulf of Guinea": the same
            if how == "demonym" and _people_of_a_place(span):
                continue  # "Karabakh's Armenians", "ethnic Russians": people, not the state
            if how == "capital" and span.end < len(doc) and doc[span.end].lower_ in PLACE_KINDS:
                # "the Kyiv region": a place of the state, not the state acting
                refs.append(Ref(span.start, span.end + 1, (ident,), "place", "place", span.end))
                continue
            home = self.know.firm_state.get(ident)  # an arms firm sells for its state
            ids = (ident,) if home is None else (ident, home)
            refs.append(Ref(span.start, span.end, ids, self.kind_of(ident), how, span.end - 1))
        taken = {i for ref in refs for i in range(ref.start, ref.end)}
        # (the states the kept names name: "Democratic Republic of Congo" holds the other's
        # "Republic of Congo", which names no one there)
        kept = {i for ref in refs if ref.kind == "state" for i in ref.ids}
        refs += _shared_names(doc, taken, kept)
        taken = {i for ref in refs for i in range(ref.start, ref.end)}
        refs += self._described(doc, taken, states, refs)
        taken = {i for ref in refs for i in range(ref.start, ref.end)}
        refs += self._roles(doc, refs, taken, anchor)
        taken = {i for ref in refs for i in range(ref.start, ref.end)}
        refs += self._places(doc, taken)  # a known place before a guess of the recognizer
        taken = {i for ref in refs for i in range(ref.start, ref.end)}
        refs += self._towns(doc, taken)
        here = frozenset(i for ref in refs if ref.kind == "person" for i in ref.ids)
        refs += self._entities(doc, r, {i for ref in refs for i in range(ref.start, ref.end)}, here)
        refs += _governments(doc, refs)
        r.refs = refs
        r.index(len(doc))
        self._offices(doc, r)
        return doc

    def _described(
        self, doc: Doc, taken: set[int], states: set[str], found: list[Ref]
    ) -> list[Ref]:
        """An agreement called by words of its name rather than by the name: "a comprehensive
        strategic partnership treaty" signed by Putin and Kim. The modifiers of an agreement
        noun, two words or more, must all be words of the name of the agreements they could
        be; of those, the one whose parties the document names wins, if one does. Where
        the sentence names two states or more, an agreement of a few parties is theirs:
        "Ukraine and the UK signed a bilateral security agreement" is not the US one."""
        out: list[Ref] = []
        in_sentence: dict[int, set[str]] = {}
        for ref in found:
            if self.kind_of(ref.ids[0]) == "state":
                in_sentence.setdefault(doc[ref.start].sent.start, set()).add(ref.ids[0])
        for tok in doc:
            singular = tok.tag_ in ("NN", "NNP")  # "bilateral security pacts": none in particular
            if tok.i in taken or not singular or tok.lemma_.lower() not in AGREEMENT_WORDS:
                continue
            mods = _modifiers(tok)  # "Mutual" of "Defense" of "Treaty" too
            topic = _topic(tok)  # "the treaty on mutual security guarantees"
            words = {k.lower_ for k in mods + topic if k.i not in taken}
            if topic:
                words -= IDLE
            if len(words) < 2:
                continue
            start = min(k.i for k in [tok, *mods, *topic])
            end = max(k.i for k in [tok, *topic]) + 1
            year = doc[start - 1].text if start > 0 else ""
            # the year the sentence gives its signing: "signed a ... pact in September 2023"
            said = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok
            later = [
                t.text for t in said.subtree if t.i > tok.i and t.like_num and len(t.text) == 4
            ]
            named = {  # each agreement the words fit -> (signed that year, parties named)
                a: (self._signed_in(a, year), len(self.know.parties.get(a, set()) & states))
                for a, name in self.name_words.items()
                if words <= name
                # "a mutual defence pact signed in 2023": a new one, unless that year's
                and not (later and not self._signed_in(a, later[0]))
                and not self._others(a, in_sentence.get(tok.sent.start, set()))
            }
            ranked = sorted(named, key=lambda a: named[a], reverse=True)
            if not ranked or named[ranked[0]] == (False, 0):
                continue
            if len(ranked) > 1 and named[ranked[1]] == named[ranked[0]]:
                continue
            out.append(Ref(start, end, (ranked[0],), "agreement", "described", tok.i))
        return out

    def _others(self, ident: str, here: set[str]) -> bool:
        """Whether an agreement belongs to others than the two or more states a sentence
        names: one of a few parties, to others than them ("the US and Papua New Guinea
        signed a bilateral pact"), a multilateral one, not to them all ("a joint defence
        pact between Syria and Turkey" is not the Arab League's)."""
        parties = self.know.parties.get(ident, set())
        if len(here) < 2 or not parties:
            return False
        return not parties <= here if len(parties) <= 3 else not here <= parties

    def _signed_in(self, ident: str, year: str) -> bool:
        signed = self.know.signed.get(ident)
        return signed is not None and year == str(signed.start.year)

    def _year_fits(self, doc: Doc, span: Span, ident: str) -> bool:
        """ "the 1961 Treaty of Friendship": the year before a name is its signature's."""
        before = doc[span.start - 2 : span.start]
        years = [t.text for t in before if t.like_num and len(t.text) == 4]
        return bool(years) and self._signed_in(ident, years[-1])

    def _other_given_name(self, doc: Doc, i: int, ident: str) -> bool:
        """A person's surname (the token at ``i``) right after a first name not theirs."""
        given = self.know.given.get(ident)
        if not given or i == 0:
            return False
        prev = doc[i - 1]
        first = prev.lower_
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or first in _TITLE_FIRST:
            return False
        return not any(g == first or close(g, first) for g in given)

    def _roles(self, doc: Doc, refs: list[Ref], taken: set[int], on: _dt.date) -> list[Ref]:
        """ "the Armenian prime minister": the holder of the office on the document's date."""
        out: list[Ref] = []
        for match_id, start, end in self.roles(doc):
            if taken & set(range(start, end)):
                continue
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN":
                continue  # "Prime Minister Nikol Pashinyan": the name says who
            title = doc.vocab.strings[match_id]
            of = next(
                (x.ids[0] for x in refs if x.end in (start, start - 1) and x.kind == "state"),
                None,
            )
            holders = [
                p.id
                for p in self.know.actors.values()
                for role in p.roles
                if role.title.lower() == title and (of is None or role.of == of) and role.holds(on)
            ]
            if len(holders) == 1:
                out.append(Ref(start, end, (holders[0],), "person", "role", end - 1))
        return out

    def _entities(
        self, doc: Doc, r: Reading, taken: set[int], here: frozenset[str] = frozenset()
    ) -> list[Ref]:
        """People and organizations the knowledge base does not know (``here``: the known
        people the document names)."""
        out: list[Ref] = []
        people: dict[str, str] = {}  # surname -> id, in this document
        firsts: dict[str, str] = {}  # a full name's first word -> id ("" if several have it)
        named = [(ent, _name_span(ent)) for ent in doc.ents if ent.label_ in ("PERSON", "ORG")]
        # "US to Finish Delivery of Military Aid": capitals of a title, no one's name
        named = [
            (ent, span)
            for ent, span in named
            if ent.label_ != "PERSON" or self._surname(ent.text) or not _headline_only(doc, ent)
        ]
        # "K2 Black Panther tanks": a weapon system's name is no one (kb/data/weapons)
        systems = r.know.weapon_spans(doc.text)
        named = [
            (ent, span)
            for ent, span in named
            if not any(a < ent.end_char and ent.start_char < b for a, b in systems)
        ]
        for ent, span in named:  # full names first: a headline's "President Whipps" is the
            if ent.label_ != "PERSON" or span is None:  # "Surangel Whipps Jr" named later
                continue
            words = _name_words(span.text)
            if len(words) > 1 and self._surname(span.text) is None and slug(span.text):
                people.setdefault(words[-1].lower().strip("’'"), slug(span.text))
            if len(words) > 1 and slug(span.text):  # "Kim Hong-kyun ... Kim told him": a
                # family name written first, which one person of the document alone has, and
                # no one else the document names (a "Kim" may be Kim Jong Un where he is named)
                first, own = words[0].lower(), self._surname(span.text) or slug(span.text)
                others = (self.first_names.get(first, set()) - {own}) & here
                firsts[first] = own if not others and firsts.get(first, own) == own else ""
        acronyms: dict[str, str] = {}  # a group's acronym, as the text gives it -> its id
        after: dict[str, set[str]] = {}  # "Donald Trump", "Donald Tusk": "Donald" is either
        firsts_at = {e.start for e in doc.ents if len(e) > 1}  # a full name's own first word
        for tok in doc[:-1]:
            if tok.lower_ in firsts and doc[tok.i + 1].pos_ == "PROPN":
                after.setdefault(tok.lower_, set()).add(doc[tok.i + 1].lower_)
                firsts_at.add(tok.i)
        for word, nexts in after.items():
            if len(nexts) > 1:
                firsts[word] = ""
        for ent, span in named:
            toks = [t for t in ent if not (t.is_punct or t.is_space or t.tag_ == "POS")]
            if any(t.i in taken for t in toks) or any("\n" in t.text for t in ent):
                continue
            if span is None:
                continue
            toks = [t for t in toks if span.start <= t.i < span.end]
            start, end = span.start, span.end
            name = span.text
            known = self._surname(name)
            arms = toks[-1].lemma_.lower() in ARMS_NOUNS
            if ent.label_ == "PERSON" and known is None and arms:
                continue  # "Javelin missiles", "Patriot batteries": arms, not a person
            if ent.label_ == "PERSON" or known is not None:
                single = len(toks) == 1
                titled = start > 0 and doc[start - 1].lemma_.lower() in cw.TITLES
                bearer = firsts.get(toks[0].lower_) if single and known is None else None
                if bearer:
                    out.append(Ref(start, end, (bearer,), "person", "entity", end - 1))
                    continue
                if single and known is None and not titled and toks[0].lower_ not in people:
                    continue  # one capitalized word is too often a place or a thing
                ident = self._person(name, people)
                if ident is None:
                    continue
                out.append(Ref(start, end, (ident,), "person", "entity", end - 1))
            elif toks[-1].lower_ in NON_STATE_HEADS and len(toks) >= 2:
                if toks[-1].lower_ in ("news", "media", "agency", "times", "post", "radio"):
                    continue  # an outlet: a source's channel, never an actor of events
                out.append(Ref(start, end, (slug(name),), "group", "entity", end - 1))
                short = _acronym_after(doc, ent.end)
                if short is not None:  # "the Rapid Support Forces (RSF) ... the RSF"
                    acronyms[short] = slug(name)
        covered = taken | {i for x in out for i in range(x.start, x.end)}
        for tok in doc:
            ident = acronyms.get(tok.text)
            bracketed = tok.i > 0 and doc[tok.i - 1].text == "("  # where it is given
            if ident is not None and tok.i not in covered and not bracketed:
                out.append(Ref(tok.i, tok.i + 1, (ident,), "group", "entity", tok.i))
        # A surname the recognizer missed: a known person's ("Trump held a summit"), or one
        # close to it ("Pashiyan") where the word is long enough not to be another name.
        covered = taken | {i for x in out for i in range(x.start, x.end)}
        for tok in doc:
            if tok.i in covered or not tok.text[:1].isupper():
                continue
            # the tagger takes a sentence's first word for a common noun: "Trump held a summit"
            opening = tok.is_sent_start and tok.dep_ in ("nsubj", "nsubjpass")
            bearer = firsts.get(tok.lower_) if tok.lower_ not in self.know.surnames else None
            if bearer and (tok.pos_ == "PROPN" or opening) and tok.i not in firsts_at:
                out.append(Ref(tok.i, tok.i + 1, (bearer,), "person", "entity", tok.i))
                continue
            if tok.pos_ != "PROPN" and not (opening and tok.lower_ in self.know.surnames):
                continue
            if len(tok.text) < 6 and (len(tok.text) < 4 or tok.lower_ not in self.know.surnames):
                continue
            ident = self._surname(tok.text) or next(
                (p for s, p in people.items() if close(s, tok.lower_)), None
            )
            if ident is not None and not self._other_given_name(doc, tok.i, ident):
                out.append(Ref(tok.i, tok.i + 1, (ident,), "person", "entity", tok.i))
        return out

    def _surname(self, name: str) -> str | None:
        if not name.split():
            return None
        words = _name_words(name)
        last = words[-1].lower()
        found = self.know.surnames.get(last)
        if found is None and len(last) >= 6:
            if last not in self._near:  # a spelling close to a known surname, looked up once
                near = (p for s, p in self.know.surnames.items() if close(s, last))
                self._near[last] = next(near, None)
            found = self._near[last]
        given = self.know.given.get(found or "", set())
        if found is not None and len(words) >= 2 and given:
            first = words[0].lower()
            if first not in _TITLE_FIRST and not any(close(g, first) or g == first for g in given):
                return None  # "Mher Grigoryan" is not Armen Grigoryan
        return found

    def _person(self, name: str, people: dict[str, str]) -> str | None:
        words = _name_words(name)
        last = words[-1].lower().strip("’'")
        known = self._surname(name)
        if known is not None:
            return known
        if len(words) == 1:
            same = next((p for s, p in people.items() if close(s, last)), None)
            if same is not None:
                return same
        ident = slug(name)
        if not ident or not any(c.isalpha() for c in ident):
            return None
        if len(words) > 1 or last not in people:
            people.setdefault(last, ident)
        return people.get(last, ident) if len(words) == 1 else ident

    def _places(self, doc: Doc, taken: set[int]) -> list[Ref]:
        """Places the knowledge base names: where its deployments stand ("Gyumri") and the
        regions and towns of its states ("South Ossetia", "Nagorno-Karabakh")."""
        out = []
        i = 0
        while i < len(doc):
            for n in self.place_starts.get(doc[i].text, ()):  # longest first: "Nagorno -
                span = doc[i : i + n]  # Karabakh" is three tokens, "South Ossetia" two
                host = self.know.places.get(span.text)
                if (
                    host
                    and len(span) == n
                    and not taken & set(range(i, i + n))
                    and not _named_after(doc, i + n)  # "the Vienna Convention"
                ):
                    if i + n < len(doc) and doc[i + n].lower_ in PLACE_KINDS:
                        n += 1  # "the Kursk region": the place is the region, its head
                    out.append(Ref(i, i + n, (host,), "place", "place", i + n - 1))
                    i += n - 1
                    break
            i += 1
        return out

    def _towns(self, doc: Doc, taken: set[int]) -> list[Ref]:
        """Towns the knowledge base does not list, where the recognizer finds a place: "a
        drone hit Haifa", "rebels seized Goma" (``gazetteer``); not "the Geneva talks"."""
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC") or taken & set(range(ent.start, ent.end)):
                continue
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            state = towns().get(doc[start : ent.end].text)
            if state is None or not self.know.is_state(state) or _named_after(doc, ent.end):
                continue
            out.append(Ref(start, ent.end, (state,), "place", "place", ent.end - 1))
        return out

    def _offices(self, doc: Doc, r: Reading) -> None:
        """Whom each person speaks for: the knowledge base's role, or the office the text
        gives ("Russian President Vladimir Putin", "Zatulin, a deputy of the Russian Duma")."""
        for ref in r.refs:
            if ref.kind not in ("person", "group") or ref.ids[0] in r.speaks_for:
                continue  # a group may fight for a state: "the Africa Corps" for Russia
            ident = ref.ids[0]
            office = self.know.office_on(ident, r.anchor)
            if office is not None:
                r.speaks_for[ident] = office
                continue
            if ref.kind == "group":
                continue  # "Iran's Hezbollah" does not make Iran its attacks' author
            note_text_office(doc, r, ref)


def note_text_office(doc: Doc, r: Reading, ref: Ref) -> None:
    """Note whom a person speaks for by the office the text gives, if it gives one."""
    state = office_state(doc, r, doc[ref.head])
    if state is not None:
        r.speaks_for[ref.ids[0]] = state


def office_state(doc: Doc, r: Reading, head: Token) -> str | None:
    """The state of the office around a person's name, if the text gives one."""
    places: list[Token] = [t for t in head.lefts]
    for child in head.children:
        if child.dep_ == "appos":
            places.append(child)
    if head.dep_ == "appos" and head.head.lower_ in cw.TITLES | cw.INSTITUTIONS:
        places.append(head.head)
    for child in head.children:  # "North Korea's Kim Jong-un"
        found = r.ref(child.i) if child.dep_ == "poss" else None
        if found is not None and found.kind == "state":
            return found.ids[0]
    titled = any(t.lemma_.lower() in cw.TITLES for p in places for t in p.subtree)
    if not titled:
        return None
    said = [x for p in places for t in p.subtree if (x := r.ref(t.i)) is not None]
    # "EU Commissioner Andrius Kubilius" speaks for the EU, "Blinken's Egyptian counterpart"
    # for Egypt; not a state inside an office holder's title ("the Russian President's
    # envoy"), nor the portfolio ("Special Representative for Afghanistan"), which come last
    holders = [x for x in said if x.kind == "person" and x.how in ("role", "alias")]
    within = {i for x in holders for i in range(x.start, x.end)}
    states = [x for x in said if x.kind in ("state", "org")]
    own = [x for x in states if x.start not in within and not _portfolio(doc[x.head])]
    if own:
        return own[0].ids[0]
    for x in holders:  # "the Russian President's envoy": the President's state
        office = r.know.office_on(x.ids[0], r.anchor)
        if office is not None:
            return office
    return states[0].ids[0] if states else None


def _portfolio(tok: Token) -> bool:
    """The place an office is for: "Special Representative for Afghanistan"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for"


class MentionsComponent:
    """The pipeline step: the matchers of the knowledge base each document reads against,
    compiled once per knowledge base."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.compiled: dict[int, tuple[Knowledge, Mentions]] = {}

    @guarded("pactwatch_mentions")
    def __call__(self, doc: Doc) -> Doc:
        r = doc._.pactwatch
        if not isinstance(r, Reading):
            raise ValueError("pactwatch_mentions needs doc._.pactwatch = Reading(knowledge)")
        found = self.compiled.get(id(r.know))
        if found is None or found[0] is not r.know:
            found = (r.know, Mentions(self.nlp, r.know))
            self.compiled[id(r.know)] = found
        return found[1](doc)


@Language.factory("pactwatch_mentions")
def make_mentions(nlp: Language, name: str) -> MentionsComponent:
    return MentionsComponent(nlp)


# words between a state and the name of its government: "Libya's UN-recognised Government
# of National Accord", "Libya's interim Government of National Unity"
GOVERNMENT_EPITHETS = {"un", "-", "recognised", "recognized", "internationally", "interim"}
GOVERNMENT_EPITHETS |= {"transitional", "new", "caretaker", "provisional", "current", "unity"}


def _governments(doc: Doc, refs: list[Ref]) -> list[Ref]:
    """A state's government by its name, "Yemen's internationally backed Government of
    National Salvation (GNS)" or "the Yemeni Government of National Unity", is the state, and so
    is the acronym the text gives it ("the GNS")."""
    states = {r.end: r for r in refs if r.kind == "state"}
    taken = {i for r in refs for i in range(r.start, r.end)}
    out: list[Ref] = []
    short: dict[str, str] = {}
    for tok in doc[:-2]:
        if tok.text != "Government" or doc[tok.i + 1].lower_ != "of" or tok.i in taken:
            continue
        end = tok.i + 2
        while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ == "and"):
            end += 1
        if end == tok.i + 2:
            continue  # "the Government of Libya" is Libya's ref already
        i = tok.i
        while i > 0 and doc[i - 1].lower_ in GOVERNMENT_EPITHETS:
            i -= 1
        owner = states.get(i - 1) if i > 0 and doc[i - 1].tag_ == "POS" else states.get(i)
        if owner is None or owner.how not in ("name", "demonym"):
            continue
        out.append(Ref(tok.i, end, owner.ids, "state", "description", tok.i))
        acronym = _acronym_after(doc, end)
        if acronym is not None:  # "(GNA)": the government said again by its letters
            short[acronym] = owner.ids[0]
    said = taken | {i for r in out for i in range(r.start, r.end)}
    for tok in doc:
        bracketed = tok.i > 0 and doc[tok.i - 1].text == "("
        if tok.text in short and tok.i not in said and not bracketed:
            out.append(Ref(tok.i, tok.i + 1, (short[tok.text],), "state", "description", tok.i))
    return out


def _acronym_after(doc: Doc, end: int) -> str | None:
    """The acronym a name is given in brackets right after it: "(RSF)"."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1].text
    return word if 2 <= len(word) <= 6 and word.isalpha() and word.isupper() else None


def _negated_name(doc: Doc, i: int) -> bool:
    """A name prefixed by "non-", "anti-" or "pro-" ("non-NATO", "anti-NATO", "pro-Russian
    officials") names no actor: its supporters or opponents are others."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    return before in (["non", "-"], ["anti", "-"], ["pro", "-"]) or (
        bool(before) and before[-1] in ("non-", "anti-", "pro-")
    )


def _topic(noun: Token) -> list[Token]:
    """What an agreement noun says it is on, with that word's own modifiers: "the treaty on
    mutual security guarantees" (the words of a name said after the noun)."""
    out: list[Token] = []
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.is_alpha and obj.pos_ in ("NOUN", "PROPN"):
                    out += [obj, *_modifiers(obj)]
    return out


def _modifiers(noun: Token) -> list[Token]:
    """The words that modify a noun from its left, their own modifiers included."""
    out: list[Token] = []
    todo = [noun]
    while todo:
        for k in todo.pop().lefts:
            if k.dep_ in ("amod", "compound") and k.is_alpha:
                out.append(k)
                todo.append(k)
    return out


# of a line's words capitalized, for its names to be tested as a title's: lower than the share
# at which headline.py reads a line as a sentence, so that a title it leaves as it is ("US to
# Finish Delivery of $800Mln Military Aid") still has its names tested
TITLE_CASE_SHARE = 0.6


def _headline_only(doc: Doc, ent: Span) -> bool:
    """A name the recognizer found in a line set in title case ("US to Finish Delivery of
    $800Mln Military Aid") whose last word the text writes nowhere else: a title's capitals,
    no one's name (a person in a headline is named again in the story)."""
    text = doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if line.endswith((".", "!", "?", ":", ";", '"', "”")):
        return False  # a sentence, not a title
    if not title_case(WORD.findall(line), TITLE_CASE_SHARE):
        return False
    last = ent[-1].text
    return last not in text[:start] and last not in text[end:]
