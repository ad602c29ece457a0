"""How a trigger is written: the pattern language, the frames, ``Trigger`` and the named sets.

Triggers are written in a small pattern language over lemmas (spaCy's lemmatizer, with British
spellings folded into American ones), compiled into spaCy ``Matcher`` patterns:

- ``leave``: any form of the lemma; ``a|b``: one of several lemmas;
- ``leave/V``, ``/N``, ``/A``: the word must be a verb, a noun or an adjective;
- ``^word``: the head, whose dependents carry the event's arguments (default: the first word
  that is not a cue);
- ``!word``: a cue that belongs to the trigger's meaning ("!refuse to attend" is skipping a
  meeting, not a negated attendance), so certainty ignores it;
- ``?word``: optional; ``~``: up to three words of anything, ``~~`` up to six, ``~~~`` up to
  twelve (a long name between);
- ``$FORCES`` (and the other sets below): any word of a named set.

A trigger names its event type (``a|b`` where the arguments choose) and its *frame*, which says
where its arguments stand (see the ``arguments`` package). Patterns describe how news reports a
kind of event, never one article's sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Frame = Literal[
    "member",  # a member and an agreement: join, leave, freeze, skip an exercise
    "expel",  # someone puts a member out: subject, expelled object, agreement
    "agreement",  # parties and an agreement: sign, ratify, amend, extend, terminate
    "dyad",  # subject acts on object: attack, accuse, cooperate, guarantee
    "request",  # the asker asks someone: "appealed to the CSTO", "at the request of Armenia"
    "presence",  # forces of one actor in another's territory
    "host",  # the host is the subject: "Armenia hosted an EU mission"
    "purchase",  # the buyer is the subject in the text, the seller after "from"
    "receive",  # the recipient is the subject, the giver after "from"
    "mutual",  # both sides at once: "clashes between A and B", "fighting with B"
    "clause",  # a collective-defence clause: "an attack on X is an attack on all"
    "coverage",  # a treaty is said to cover a state: "the treaty covers attacks on X"
    "speaker",  # the speaker makes the claim: "the CSTO poses a threat to Armenia"
]


@dataclass(frozen=True)
class Trigger:
    types: tuple[str, ...]  # one type, or the candidates the arguments choose between
    frame: Frame
    pattern: str

    @property
    def negative(self) -> bool:
        """ "NOT remain a member": the words say the event did not happen."""
        return self.pattern.startswith("NOT ")


def rows(types: str, frame: Frame, *patterns: str) -> list[Trigger]:
    """One trigger of the types (``a|b``) and frame for each pattern; the families import it
    as ``_t``."""
    return [Trigger(tuple(types.split("|")), frame, p) for p in patterns]


SETS: dict[str, str] = {
    # what forces leave that is no body one is a member of (arguments: a war, no membership)
    "WARS_LEFT": "war conflict fighting hostility",
    "FORCES": "troop force soldier contingent peacekeeper personnel unit battalion paratrooper "
    "marine submarine warship bomber brigade army navy guard monitor observer officer "
    "mission base garrison presence deployment military division regiment squadron jet "
    "aircraft fighter instructor adviser advisor trainer drone specialist mercenary sapper "
    "serviceman deminer plane fleet frigate destroyer corvette cruiser flotilla detachment "
    "paramilitary",
    "TROOPS": "troop force soldier contingent peacekeeper personnel unit battalion paratrooper "
    "marine brigade guard monitor observer officer division regiment instructor specialist "
    "mercenary sapper deminer fleet squadron battlegroup serviceman garrison flotilla "
    "detachment paramilitary",
    "BASE": "base facility installation outpost garrison checkpoint post airfield site station "
    "airbase camp barracks",
    "ARMS": "weapon arm howitzer missile radar ammunition drone tank jet system equipment gun "
    "artillery rocket shell munition launcher fighter aircraft helicopter vehicle hardware "
    "interceptor armament frigate submarine warship caesar corvette destroyer torpedo "
    "rifle mortar grenade bomb battery vessel warplane bomber",
    "TIES": "tie cooperation relation contact partnership link coordination relationship "
    "dialogue engagement collaboration alliance friendship interoperability bond",
    "AGREEMENT": "agreement treaty pact deal accord declaration charter protocol memorandum "
    "contract statement arrangement convention document",
    "MEETING": "summit meeting session event gathering forum conference council assembly talk "
    "ministerial",
    "DRILL": "exercise drill maneuver war-game wargame",
    "PROXIES": "militant terrorist rebel separatist insurgent militia proxy jihadist",
    "MONEY": "contribution payment due fee budget funding share money fund",
    "BLOC": "bloc alliance organization treaty pact union community grouping commonwealth",
    # what blows fall on that only arms strike: positions and military sites ("storms
    # battered the city" strike no one; "pummelled militant positions" does)
    "STRUCK": "target position base depot convoy stronghold hideout outpost trench frontline "
    "defense airbase airfield headquarters camp compound warship garrison bunker",
    # what is fired, launched or rained on someone
    "MISSILES": "missile rocket drone shell bomb projectile munition mortar salvo barrage volley "
    "artillery",
}
# the named sets as sets of words, for the rules that test a word against one
WORDS: dict[str, frozenset[str]] = {name: frozenset(words.split()) for name, words in SETS.items()}
WARS_LEFT = WORDS["WARS_LEFT"]  # what forces leave that is no body
ARMS_NOUNS = WORDS["ARMS"]  # the nouns of arms, as one set
