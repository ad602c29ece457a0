"""Rich renderings of the reasoning layer's answers."""

from __future__ import annotations

from pactwatch.cli.output import console, table
from pactwatch.reasoning import ActorView, AgreementView, StatusReport
from pactwatch.world import EventRef, World
from pactwatch.world.world import Diff


def _who(world: World, ids: list[str]) -> str:
    return ", ".join(world.catalog.label(i) for i in ids) or "—"


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


def print_status(world: World, r: StatusReport) -> None:
    console.print(f"[bold]{r.name}[/] ({r.actor}) as of {r.as_of}")
    rows = []
    for m in [*r.memberships, *r.pending]:
        rows.append(
            [
                m.agreement,
                m.legal + ("" if m.agreement_status == "in_force" else f" ({m.agreement_status})"),
                m.participation or "—",
                str(m.since),
                str(m.participation_since) if m.participation == "frozen" else "",
                str(m.signed or ""),
            ]
        )
    cols = ["Agreement", "Legal", "Participation", "Since", "Frozen since", "Signed"]
    console.print(table("Memberships", cols, rows) if rows else "No memberships.")
    if r.deployments:
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
    console.print(f"[bold]Timeline of {label}[/] ({ident}): {len(events)} events")
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
    console.print(f"[bold]Changes from {d.start} to {d.end}{scope}[/]: {len(d.changes)}")
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
    if isinstance(v, AgreementView):
        a = v.agreement
        console.print(f"[bold]{a.name}[/] ({a.id}), {a.kind}")
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
    console.print(f"[bold]{actor.name}[/] ({actor.id}), {actor.kind}")
    for label, values in (
        ("Also", actor.aliases),
        ("Demonyms", actor.demonyms),
        ("Capital", [actor.capital] if actor.capital else []),
    ):
        if values:
            console.print(f"{label}: {', '.join(values)}", markup=False)
    if actor.cow is not None:
        console.print(f"COW: {actor.cow} ({actor.cow_abbr or '—'})")
    for role in actor.roles:
        end = f" to {role.end}" if role.end else ""
        console.print(f"{role.title} of {world.catalog.label(role.of)} from {role.start}{end}")
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
