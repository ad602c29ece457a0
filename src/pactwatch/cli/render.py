"""Rich renderings of the reasoning layer's answers."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pactwatch.cli.output import console, esc, table

if TYPE_CHECKING:  # the answers' types, for annotations: rendering imports no reasoning
    from pactwatch.reasoning import (
        ActorView,
        AgreementView,
        AuditReport,
        BalanceReport,
        Coverage,
        GuarantorsReport,
        ScenarioReport,
        Similarity,
        SimilarityMatrix,
        StatusReport,
    )
    from pactwatch.reasoning.guarantors import Guarantee
    from pactwatch.world import EventRef, World
    from pactwatch.world.world import Diff


def _cite(ref: EventRef) -> str:
    return "; ".join(ref.sources[:2]) + (
        f" (+{len(ref.sources) - 2})" if len(ref.sources) > 2 else ""
    )


def _line(ref: EventRef) -> str:
    claim = "" if ref.factuality == "CT+" and not ref.conditional else f" [{ref.factuality}"
    if claim:
        claim += ", conditional]" if ref.conditional else "]"
    what = ref.summary or ref.type
    return f"{ref.date} {ref.type}{claim}: {what} — {_cite(ref)}"


NARROW = 100  # a terminal narrower than this gets status's two tables in four columns each


def print_status(r: StatusReport) -> None:
    console.print(f"[bold]{esc(r.name)}[/] ({esc(r.actor)}) as of {r.as_of}")
    rows = []
    narrow = console.width < NARROW
    for m in [*r.memberships, *r.pending]:
        legal = m.legal + ("" if m.agreement_status == "in_force" else f" ({m.agreement_status})")
        frozen = str(m.participation_since) if m.participation == "frozen" else ""
        signed = str(m.signed or "")
        if narrow:  # the dates under the standing they date, so that no id is folded
            part = (m.participation or "—") + (f"\nsince {frozen}" if frozen else "")
            dates = f"from {m.since}" + (f"\nsigned {signed}" if signed else "")
            rows.append([m.agreement, legal, part, dates])
        else:
            rows.append([m.agreement, legal, m.participation or "—", str(m.since), frozen, signed])
    cols = ["Agreement", "Legal", "Participation", "Since", "Frozen since", "Signed"]
    if narrow:
        cols = ["Agreement", "Legal", "Participation", "Dates"]
    whole = ("Agreement", "Dates") if narrow else ()
    console.print(table("Memberships", cols, rows, whole=whole) if rows else "No memberships.")
    if r.deployments and narrow:  # whose forces and where say the role; the date under the basis
        rows = [
            [d.id, f"{d.deployer} → {d.host}", d.kind, f"{d.basis or '—'}\nfrom {d.since}"]
            for d in r.deployments
        ]
        cols = ["Deployment", "Deployer → host", "Kind", "Legal basis"]
        console.print(table("Deployments", cols, rows, whole=("Deployment", "Legal basis")))
    elif r.deployments:
        console.print(
            table(
                "Deployments",
                ["Deployment", "Role", "Deployer → host", "Kind", "Legal basis", "Since"],
                [
                    [
                        d.id,
                        d.role,
                        f"{d.deployer} → {d.host}",
                        d.kind,
                        d.basis or "—",
                        str(d.since),
                    ]
                    for d in r.deployments
                ],
            )
        )
    else:
        console.print("No deployments hosted or sent.")
    console.print("[bold]Evidence[/]")
    for m in [*r.memberships, *r.pending]:
        console.print(f"  {m.agreement} — {m.agreement_name}:", soft_wrap=True, markup=False)
        for ref in m.evidence[-3:]:
            console.print(f"    {_line(ref)}", soft_wrap=True, markup=False)
        for ref in m.signals[-3:]:
            console.print(f"    signal {_line(ref)}", soft_wrap=True, markup=False)
    for d in r.deployments:
        where = f", {d.location}" if d.location else ""
        console.print(f"  {d.id} — {d.name}{where}:", soft_wrap=True, markup=False)
        for ref in d.evidence[-2:]:
            console.print(f"    {_line(ref)}", soft_wrap=True, markup=False)


def print_timeline(world: World, ident: str, events: list[EventRef]) -> None:
    label = world.catalog.label(ident)
    console.print(f"[bold]Timeline of {esc(label)}[/] ({esc(ident)}): {len(events)} events")
    for e in events:
        who = " ".join(e.subject) or "—"
        if e.object:
            who += " → " + " ".join(e.object)
        fact = "" if e.factuality == "CT+" and not e.conditional else f" [{e.factuality}"
        if fact:
            fact += ", conditional]" if e.conditional else "]"
        speaker = f" (says {e.source})" if e.source != "author" else ""
        agreement = f" {e.agreement}" if e.agreement and e.agreement != ident else ""
        console.print(
            f"{e.date!s:<10}  {e.type}{fact}  {who}{agreement}{speaker}",
            markup=False,
            soft_wrap=True,
            style="bold",
        )
        if e.summary:
            console.print(f"            {e.summary}", markup=False, soft_wrap=True)
        console.print(f"            source: {_cite(e)}", markup=False, soft_wrap=True)


def print_diff(world: World, d: Diff) -> None:
    scope = f" for {world.catalog.label(d.actor)}" if d.actor else ""
    console.print(f"[bold]Changes from {d.start} to {d.end}{esc(scope)}[/]: {len(d.changes)}")
    if d.changes:
        console.print(
            table(
                None,
                ["What", "Id", "Actor", "Before", "After"],
                [[c.what, c.id, c.actor or "", c.before or "—", c.after or "—"] for c in d.changes],
            )
        )
    console.print(f"[bold]Events[/]: {len(d.events)}")
    for ref in d.events:
        console.print(f"  {_line(ref)}", soft_wrap=True, markup=False)


def print_show(world: World, v: ActorView | AgreementView) -> None:
    from pactwatch.reasoning.describe import AgreementView

    if isinstance(v, AgreementView):
        a = v.agreement
        console.print(f"[bold]{esc(a.name)}[/] ({esc(a.id)}), {a.kind}")
        if a.aliases:
            console.print(f"Also: {', '.join(a.aliases)}", markup=False)
        if a.description:
            console.print(a.description, markup=False, soft_wrap=True)
        st = v.state
        if st is not None:
            console.print(
                f"Status on {v.as_of}: {st.status}; signed {st.signed or '—'}; "
                f"in force {st.in_force or '—'}"
                + (f"; terminated {st.terminated}" if st.terminated else "")
            )
        else:
            console.print(f"Not yet signed on {v.as_of}.")
        if a.term:
            console.print(f"Term: {a.term}", markup=False)
        for link in a.links:
            console.print(f"{link.relation} {link.target}", markup=False)
        if a.provisions:
            rows = []
            for p in a.provisions:
                direction = (
                    "mutual"
                    if p.mutual
                    else f"{','.join(p.from_) or 'all'} → {','.join(p.to) or 'all'}"
                )
                conds = "; ".join(c.text for c in p.conditions) or "—"
                since = f" (since {p.since})" if p.since else ""
                rows.append([p.kind, p.reference + since, direction, p.summary, conds])
            console.print(
                table(
                    "Provisions", ["Kind", "Reference", "Direction", "Obliges", "Conditions"], rows
                )
            )
        if v.parties:
            console.print(
                table(
                    f"Parties on {v.as_of}",
                    ["Actor", "Legal", "Participation", "Since", "Signed"],
                    [
                        [
                            f"{p.name} ({p.actor})",
                            p.legal,
                            p.participation or "—",
                            p.since,
                            p.signed or "—",
                        ]
                        for p in v.parties
                    ],
                )
            )
        for n in a.notes:
            console.print(f"Note: {n.text}", markup=False, soft_wrap=True)
        console.print(
            "Sources: " + "; ".join(s.cite() for s in a.sources), markup=False, soft_wrap=True
        )
        return
    actor = v.actor
    console.print(f"[bold]{esc(actor.name)}[/] ({esc(actor.id)}), {actor.kind}")
    for label, values in (
        ("Also", actor.aliases),
        ("Demonyms", actor.demonyms),
        ("Capital", [actor.capital] if actor.capital else []),
    ):
        if values:
            console.print(f"{label}: {', '.join(values)}", markup=False)
    if actor.cow is not None:
        console.print(f"COW: {actor.cow} ({actor.cow_abbr or '—'})", markup=False)
    for role in actor.roles:
        end = f" to {role.end}" if role.end else ""
        console.print(
            f"{role.title} of {world.catalog.label(role.of)} from {role.start}{end}", markup=False
        )
    if v.memberships:
        console.print(
            table(
                f"Standing on {v.as_of}",
                ["Agreement", "Legal", "Participation", "Since"],
                [
                    [m.agreement, m.legal, m.participation or "—", str(m.since)]
                    for m in v.memberships
                ],
            )
        )


def _standing(s: object) -> str:
    legal = getattr(s, "legal", None)
    part = getattr(s, "participation", None)
    return f"{legal}/{part}" if legal and part else str(legal or "—")


def _short(text: str, n: int = 220) -> str:
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def print_guarantors(r: GuarantorsReport) -> None:
    kinds = ", ".join(r.kinds)
    console.print(
        f"[bold]Guarantors of {esc(r.name)}[/] ({esc(r.target)}) as of {r.as_of} — {kinds}: "
        f"{esc(', '.join(r.guarantors) or 'none')}"
    )
    groups: dict[tuple[str, str], list[Guarantee]] = {}
    for g in r.guarantees:
        groups.setdefault((g.agreement, g.provision), []).append(g)
    for gs in groups.values():
        first = gs[0]
        status = "" if first.agreement_status == "in_force" else " [signed, not in force]"
        who = ", ".join(g.guarantor for g in gs)
        console.print(
            f"\n{first.agreement_name} ({first.agreement}) {first.reference}{status}: {who}",
            markup=False,
            style="bold",
            soft_wrap=True,
        )
        console.print(f"  {first.kind}: {_short(first.summary)}", markup=False, soft_wrap=True)
        shared = [f for f in first.flags if all(f in g.flags for g in gs)]
        for flag in shared:
            console.print(f"  ! {flag}", markup=False, soft_wrap=True)
        for g in gs:
            standing = f"{_standing(g.guarantor_standing)}"
            own = [f for f in g.flags if f not in shared]
            if own or len(gs) > 1:
                console.print(f"  {g.guarantor} ({standing})", markup=False)
            for flag in own:
                console.print(f"    ! {_short(flag, 300)}", markup=False, soft_wrap=True)
        for ref in first.evidence[-2:]:
            console.print(f"  evidence: {_short(_line(ref), 300)}", markup=False, soft_wrap=True)
        console.print(
            f"  source: {_short('; '.join(first.sources[:2]), 300)}", markup=False, soft_wrap=True
        )


def print_balance(r: BalanceReport) -> None:
    ch, ta = r.challenger, r.target
    console.print(
        f"[bold]Balance {esc(ch.name)} ({esc(ch.actor)}) → {esc(ta.name)} ({esc(ta.actor)})[/] "
        f"as of {r.as_of}"
    )
    for side, label in ((ch, "challenger"), (ta, "target")):
        backers = sorted({f"{g.guarantor} ({g.agreement})" for g in side.committed})
        console.print(
            f"  committed to the {label} {side.actor}: {', '.join(backers) or 'nobody'}",
            markup=False,
            soft_wrap=True,
        )
        if side.committed_capability is not None:
            console.print(
                f"    capability {side.capability or 0:.4f}, with its guarantors "
                f"{side.committed_capability:.4f} ({r.capability_year})"
            )
    for c in r.cross_pressured:
        to_ch = ", ".join(f"{t.agreement} ({t.kind})" for t in c.to_challenger)
        to_ta = ", ".join(f"{t.agreement} ({t.kind})" for t in c.to_target)
        console.print(
            f"  cross-pressured: {c.name} ({c.actor}) — to {ch.actor}: {to_ch}; "
            f"to {ta.actor}: {to_ta}",
            markup=False,
            soft_wrap=True,
        )
    for t in r.pledges:
        console.print(f"  pledge: {t.actor} {t.kind} ({t.agreement})", markup=False)
    if r.capability_ratio is not None:
        console.print(f"  capability ratio target side / challenger side: {r.capability_ratio:.2f}")


def print_scenario(world: World, r: ScenarioReport) -> None:
    console.print(f"[bold]Scenario: {esc(r.name)}[/] (assessed on {r.assessed_on})")
    if r.description:
        console.print(r.description, markup=False, soft_wrap=True)
    for h in r.hypotheticals:
        console.print(f"  hypothetical: {h}", markup=False)
    for p in r.impossible:
        console.print(f"  [red]impossible[/]: {esc(p)}", soft_wrap=True)
    if r.changes:
        console.print(
            table(
                "Changes",
                ["What", "Id", "Actor", "Before", "After"],
                [[c.what, c.id, c.actor or "", c.before or "—", c.after or "—"] for c in r.changes],
            )
        )
    else:
        console.print("No membership, agreement or deployment changes.")
    groups: dict[tuple[str, str, str, str], list[str]] = {}
    for o in r.obligations:
        groups.setdefault((o.change, o.agreement, o.provision, o.kind), []).append(
            f"{o.obliged}→{o.protected}"
        )
    for (change, agreement, provision, kind), pairs in groups.items():
        more = f" (+{len(pairs) - 6})" if len(pairs) > 6 else ""
        console.print(
            f"  obligations {change}: {agreement} {provision} ({kind}): "
            f"{', '.join(pairs[:6])}{more}",
            markup=False,
            soft_wrap=True,
        )
    for g in r.guarantors:
        console.print(
            f"  guarantors of {g.target}: lost {', '.join(g.lost) or '—'}; "
            f"gained {', '.join(g.gained) or '—'}",
            markup=False,
            soft_wrap=True,
        )
    for d in r.dyads:
        b = sorted({x.guarantor for x in d.before.target.committed})
        a = sorted({x.guarantor for x in d.after.target.committed})
        cb = sorted(c.actor for c in d.before.cross_pressured)
        ca = sorted(c.actor for c in d.after.cross_pressured)
        console.print(
            f"  dyad {d.challenger} → {d.target}: committed to {d.target} "
            f"{', '.join(b) or 'nobody'} → {', '.join(a) or 'nobody'}; cross-pressured "
            f"{', '.join(cb) or 'none'} → {', '.join(ca) or 'none'}",
            markup=False,
            soft_wrap=True,
        )
    labels = {i: world.catalog.label(i) for i in world.kb.actors}
    new = r.new_violations
    if new:
        for v in new:
            console.print(f"  [red]rule broken[/]: {esc(v.describe(labels))}", soft_wrap=True)
    else:
        console.print("  No rule is broken by the hypotheticals.")


TIE_NAMES = {
    3: "defense or offense",
    2: "neutrality or non-aggression",
    1: "consultation",
}


def print_similarity(r: Similarity) -> None:
    console.print(
        f"[bold]{esc(r.a)} – {esc(r.b)}[/] as of {r.as_of}: S = {r.s:.4f}, kappa = {r.kappa:.4f} "
        f"(over {r.n} states)"
    )
    for who, row in ((r.a, r.row_a), (r.b, r.row_b)):
        counts = Counter(v for k, v in row.items() if k != who)
        parts = [f"{counts[v]} by {TIE_NAMES[v]}" for v in sorted(counts, reverse=True)]
        console.print(f"  {who} tied to {', '.join(parts) or 'no state'}", markup=False)
    shared = sum(1 for k, v in r.row_a.items() if k not in (r.a, r.b) and r.row_b.get(k) == v)
    console.print(f"  both with the same tie to {shared} other states", markup=False)


def print_matrix(m: SimilarityMatrix) -> None:
    console.print(
        table(
            f"Signorino–Ritter S as of {m.as_of} (over {m.n} states)",
            ["", *m.states],
            [[s, *(f"{v:.3f}" for v in row)] for s, row in zip(m.states, m.s, strict=True)],
        )
    )


def print_audit(r: AuditReport, source: str) -> None:
    rows = [
        [
            a.agreement,
            ", ".join(map(str, a.atop)),
            str(a.members_compared),
            str(a.agreements),
            str(len(a.differences)),
            str(len(a.unexplained)),
        ]
        for a in r.agreements
    ]
    console.print(
        table(
            f"Curated knowledge base against ATOP ({source})",
            ["Agreement", "ATOP", "Members", "Agree", "Differ", "Unexplained"],
            rows,
        )
    )
    for a in r.agreements:
        for d in a.differences:
            mark = "explained" if d.explained else "[red]UNEXPLAINED[/]"
            who = f" {d.member}" if d.member else ""
            console.print(
                f"  {esc(a.agreement)}{esc(who)} {esc(d.field)}: ours {esc(d.ours or '—')}, "
                f"ATOP {esc(d.atop or '—')} — {mark}",
                soft_wrap=True,
            )
            if d.explanation:
                console.print(f"      {_short(d.explanation, 260)}", markup=False, soft_wrap=True)
    console.print(f"{r.unexplained} unexplained difference(s).")


def print_coverage(c: Coverage) -> None:
    """Per region: agreements in force with events after 2018 out of those in force, by year
    (years down, regions across, so that it fits an 80-column terminal), then each region's
    agreements and how its curated events are dated."""
    regions = [r.region for r in c.regions]
    years = [y.year for y in c.regions[0].years] if c.regions else []
    by_year = [
        [str(year), *(f"{r.years[i].with_recent_events}/{r.years[i].in_force}" for r in c.regions)]
        for i, year in enumerate(years)
    ]
    console.print(
        table(
            f"Coverage: agreements in force with events since {c.since} / all in force",
            ["Year", *regions],
            by_year,
        )
    )
    dated = [
        [r.region, str(r.agreements), *(str(r.events.get(p, 0)) for p in ("day", "month", "year"))]
        for r in c.regions
    ]
    console.print(
        table(
            "Curated agreements and their events by precision of date",
            ["Region", "Agreements", "Events: day", "month", "year"],
            dated,
        )
    )
