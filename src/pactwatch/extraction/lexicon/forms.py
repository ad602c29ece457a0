"""Spellings and forms folded into one lemma before matching, and the inflections of English
verbs (``verb_forms``), from which the package builds ``VERB_OF`` for every word its patterns
name."""

from __future__ import annotations

# British spellings and other forms folded into one lemma before matching.
SPELLING = {
    "criticise": "criticize",
    "cease-fire": "ceasefire",  # American style, joined into one token (backbone)
    "cease-fires": "ceasefire",
    "chargé": "charge",  # "chargé d'affaires"
    "criticised": "criticize",
    "defence": "defense",
    "organisation": "organization",
    "normalise": "normalize",
    "recognise": "recognize",
    "authorise": "authorize",
    "mobilise": "mobilize",
    "stabilise": "stabilize",
    "destabilise": "destabilize",
    "destabilising": "destabilizing",
    "modernise": "modernize",
    "militarise": "militarize",
    "militarisation": "militarization",
    "modernisation": "modernization",
    "normalisation": "normalization",
    "stabilisation": "stabilization",
    "mobilisation": "mobilization",
    "finalise": "finalize",
    "formalise": "formalize",
    "harmonise": "harmonize",
    "jeopardise": "jeopardize",
    "cancelled": "cancel",
    "canceled": "cancel",
    "labour": "labor",
    "behaviour": "behavior",
    "endeavour": "endeavor",
    "negotations": "negotiation",
    "manoeuvre": "maneuver",
    "fulfil": "fulfill",
    "fulfilled": "fulfill",
}
# Forms the lemmatizer leaves alone when it tags them as adjectives or nouns.
FORMS = {
    "longer": "long",  # the lemmatizer's "long" for "no longer": patterns say "longer"
    "frozen": "freeze",
    "froze": "freeze",
    "left": "leave",
    "withdrawn": "withdraw",
    "stationed": "station",
    "deployed": "deploy",
    "signed": "sign",
    "ratified": "ratify",
    "suspended": "suspend",
    "expelled": "expel",
    "proposed": "propose",
    "planned": "plan",
    "alleged": "allege",
    "armed": "armed",
    "attacks": "attack",
    "talks": "talk",
    "ties": "tie",
    "arms": "arm",
    "forces": "force",
    "drills": "drill",
    "exercises": "exercise",
    "bases": "base",  # the lemmatizer's "basis": military bases far outnumber bases of a claim
    "relaunched": "relaunch",  # the lemmatizer's "relaunche"
    "servicemen": "serviceman",  # the lemmatizer leaves the plural
    "servicewomen": "serviceman",
    "paramilitaries": "paramilitary",
}


IRREGULAR: dict[str, tuple[str, str]] = {
    "freeze": ("froze", "frozen"), "leave": ("left", "left"), "withdraw": ("withdrew", "withdrawn"),
    "take": ("took", "taken"), "quit": ("quit", "quit"), "send": ("sent", "sent"),
    "hold": ("held", "held"), "break": ("broke", "broken"), "give": ("gave", "given"),
    "become": ("became", "become"), "come": ("came", "come"), "keep": ("kept", "kept"),
    "seek": ("sought", "sought"), "sell": ("sold", "sold"), "put": ("put", "put"),
    "lay": ("laid", "laid"), "cut": ("cut", "cut"), "shut": ("shut", "shut"),
    "strike": ("struck", "struck"), "throw": ("threw", "thrown"), "begin": ("began", "begun"),
    "set": ("set", "set"), "win": ("won", "won"), "fight": ("fought", "fought"),
    "stand": ("stood", "stood"), "say": ("said", "said"), "tell": ("told", "told"),
    "write": ("wrote", "written"), "speak": ("spoke", "spoken"), "see": ("saw", "seen"),
    "lead": ("led", "led"), "bring": ("brought", "brought"), "make": ("made", "made"),
    "forge": ("forged", "forged"), "meet": ("met", "met"), "draw": ("drew", "drawn"),
    "build": ("built", "built"), "get": ("got", "gotten"), "buy": ("bought", "bought"),
    "shake": ("shook", "shaken"), "swear": ("swore", "sworn"),
    "undertake": ("undertook", "undertaken"),
}  # fmt: skip
_DOUBLE = {"quit", "expel", "ship", "stop", "plan", "drop", "admit", "commit", "scrap", "bar"}
_DOUBLE |= {"veto", "cut", "shut", "put", "set", "begin", "win", "snub", "rebel", "compel"}
_DOUBLE |= {"red-flag"}  # "red-flagged"


def verb_forms(verb: str) -> dict[str, str]:
    """The inflected forms of an English verb, each mapped to the verb."""
    v = verb
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = v + "es"
    elif v.endswith("y") and v[-2:-1] not in ("a", "e", "i", "o", "u"):
        third = v[:-1] + "ies"
    else:
        third = v + "s"
    if v.endswith("e"):
        ing, ed = v[:-1] + "ing", v + "d"
    elif v.endswith("y") and v[-2:-1] not in ("a", "e", "i", "o", "u"):
        ing, ed = v + "ing", v[:-1] + "ied"
    elif v in _DOUBLE and v != "veto":
        ing, ed = v + v[-1] + "ing", v + v[-1] + "ed"
    else:
        ing, ed = v + "ing", v + "ed"
    past, pp = IRREGULAR.get(v, (ed, ed))
    return {w: v for w in (third, ing, ed, past, pp) if w != v}
