"""The closed vocabularies of the design: event types, provision kinds, tracks, factuality."""

from __future__ import annotations

from typing import Literal, get_args

ActorKind = Literal["state", "organization", "person", "group", "armed_group"]

WeaponKind = Literal[
    "aircraft", "helicopter", "drone", "missile", "air_defence", "artillery",
    "rocket_artillery", "armour", "ship", "submarine", "radar", "small_arms",
]  # fmt: skip

AgreementKind = Literal[
    "organization",  # an organization's founding treaty or charter: also an actor
    "treaty",  # a multilateral or bilateral treaty
    "basing",  # a basing or stationing agreement
    "defense_cooperation",  # a DCA, SOFA-like access agreement
    "declaration",  # a declaration or joint statement with obligations
    "partnership",  # a strategic partnership charter without defense obligation
    "mandate",  # a mission mandate (EU Council decision, UN resolution)
    "protocol",  # a protocol or decision that amends or implements another agreement
    "law",  # a national law that binds only its state
]

ProvisionKind = Literal[
    # ATOP's obligations
    "defense",
    "offense",
    "neutrality",
    "nonaggression",
    "consultation",
    # beyond ATOP
    "basing",
    "stationing",
    "military_aid",
    "arms_supply",
    "joint_command",
    "foreign_basing_consent",
]
PROVISION_KINDS: tuple[str, ...] = get_args(ProvisionKind)

ConditionKind = Literal[
    "location",  # only for attacks in a named region or on home territory
    "specific_adversary",  # only against named adversaries
    "non_provocation",  # only if the protected party did not provoke
    "conflict_type",  # only in a named kind of conflict (e.g. with a great power)
    "number_of_adversaries",
    "demand_noncompliance",  # if a party does not comply with a demand
    "other",
]

EventType = Literal[
    # agreement life cycle
    "sign",
    "ratify",
    "enter_into_force",
    "amend",
    "extend",
    "terminate",
    # membership, legal track
    "apply",
    "join",
    "suspend",
    "notify_withdrawal",
    "withdraw",
    "expel",
    # participation track
    "freeze",
    "resume",
    # participation signals (evidence only)
    "skip_exercise",
    "skip_meeting",
    "withhold_contribution",
    "block",
    # presence
    "deploy",
    "withdraw_forces",
    # support ties and signals
    "arms_supply",
    "security_assistance",
    "political_support",
    "cooperate",
    "reduce_cooperation",
    "negotiate",
    # statements (claims)
    "warn",
    "accuse",
    "urge",
    "commit_defense",
    # conflict
    "attack",
    "peace_deal",
    # rules: a party's consent where an agreement requires it (docs/decisions/0002)
    "consent",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)

EVENT_GROUPS: dict[str, tuple[str, ...]] = {
    "agreement": ("sign", "ratify", "enter_into_force", "amend", "extend", "terminate"),
    "membership": ("apply", "join", "suspend", "notify_withdrawal", "withdraw", "expel"),
    "participation": ("freeze", "resume"),
    "participation_signal": ("skip_exercise", "skip_meeting", "withhold_contribution", "block"),
    "presence": ("deploy", "withdraw_forces"),
    "support": (
        "arms_supply",
        "security_assistance",
        "political_support",
        "cooperate",
        "reduce_cooperation",
        "negotiate",
    ),
    "statement": ("warn", "accuse", "urge", "commit_defense"),
    "conflict": ("attack", "peace_deal"),
    "rule": ("consent",),
}
GROUP_OF: dict[str, str] = {t: g for g, types in EVENT_GROUPS.items() for t in types}

Role = Literal["subject", "object", "agreement", "deployment"]

# The roles each event type cannot do without; the model refuses an event that lacks one,
# so that nothing impossible reaches the fold. ``deploy`` and ``withdraw_forces`` name exactly
# one subject (the deployer) and one object (the host); ``expel`` names the expelled member as
# object; every other membership event names the member as subject.
REQUIRED_ROLES: dict[str, tuple[Role, ...]] = {
    "sign": ("subject", "agreement"),
    "ratify": ("subject", "agreement"),
    "enter_into_force": ("agreement",),
    "amend": ("agreement",),
    "extend": ("agreement",),
    "terminate": ("agreement",),
    "apply": ("subject", "agreement"),
    "join": ("subject", "agreement"),
    "suspend": ("subject", "agreement"),
    "notify_withdrawal": ("subject", "agreement"),
    "withdraw": ("subject", "agreement"),
    "expel": ("object", "agreement"),
    "freeze": ("subject", "agreement"),
    "resume": ("subject", "agreement"),
    "deploy": ("subject", "object", "deployment"),
    "withdraw_forces": ("subject", "object", "deployment"),
    "consent": ("subject", "agreement"),
}
ROLE_WORDS: dict[str, str] = {
    "subject": "a subject (who acts)",
    "object": "an object (who is acted on)",
    "agreement": "its agreement",
    "deployment": "a deployment",
}

Legal = Literal[
    "signatory",  # signed, not yet bound (the treaty is not in force for it)
    "applicant",
    "member",
    "suspended",
    "withdrawing",
    "withdrawn",
    "expelled",
    "observer",
]
Participation = Literal["active", "frozen"]

Factuality = Literal["CT+", "CT-", "PR+", "PR-", "PS+", "PS-", "Uu"]
FACTUALITIES: tuple[str, ...] = get_args(Factuality)
Tense = Literal["past", "present", "future"]
# What became of a forecast read from the news (reasoning/forecasts.py, decision 0007).
ForecastStatus = Literal["open", "happened", "did-not-happen", "condition-unmet"]
FORECAST_STATUSES: tuple[str, ...] = get_args(ForecastStatus)

DeploymentKind = Literal[
    "base", "mission", "border_guards", "rotation", "peacekeeping", "intervention", "other"
]

SourceKind = Literal[
    "treaty", "statement", "article", "decision", "legislation", "report", "dataset", "website"
]
