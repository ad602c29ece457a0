"""Read a knowledge-base directory into validated actors, agreements and events.

Layout (see docs/kb-format.md)::

    sources.yaml            named sources any file may cite by key
    actors/*.yaml           {sources: {...}, actors: [...]}
    agreements/<id>.yaml    {sources: {...}, agreement: {...}, events: [...]}
    events/*.yaml           {sources: {...}, events: [...]}
    weapons/*.yaml          {sources: {...}, weapons: [...], firms: [...]}  (systems and
                            their makers; arms firms and their states)

A source may be written inline or as a key of ``sources``. Every problem found is kept
with its file and item, so that ``kb check`` can report them all at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from pactwatch.files import FileProblem, read_regular, where
from pactwatch.model import Actor, Agreement, ArmsFirm, Event, WeaponSystem
from pactwatch.model.sources import Source
from pactwatch.printable import printable


class SafeTextLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML that leaves dates as text, so that PartialDate reads (and judges) them."""


SafeTextLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in SafeTextLoader.yaml_implicit_resolvers.items()
}


# Limits on one YAML file: a knowledge-base file or a scenario is far inside all of them.
MAX_YAML_BYTES = 5_000_000
MAX_YAML_DEPTH = 64  # mappings and lists inside each other
MAX_YAML_NODES = 500_000  # values once every alias is expanded (an alias bomb has billions)


class YamlProblem(ValueError):
    """A YAML text that cannot be read, or that is beyond the limits; one line says why."""


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [x for pair in node.value for x in pair]
    return []


def _check_nodes(root: yaml.Node) -> None:
    """Depth, size with aliases expanded, and no node inside itself."""
    sizes: dict[int, int] = {}  # a collection's size once done (an alias may share it)
    on_path: set[int] = set()
    # an explicit stack, no recursion whatever the input; each frame is [node, depth, its
    # children, the next child to look at, its size so far]. Scalars, most of the values,
    # are counted where they stand, without a frame of their own.
    stack: list[list[Any]] = []

    def enter(node: yaml.Node, depth: int) -> None:
        if depth > MAX_YAML_DEPTH:
            raise YamlProblem(f"nested deeper than {MAX_YAML_DEPTH} levels")
        on_path.add(id(node))
        stack.append([node, depth, _children(node), 0, 1])

    enter(root, 1)
    while stack:
        frame = stack[-1]
        node, depth, todo, i, size = frame
        child_entered = False
        while i < len(todo):
            child = todo[i]
            i += 1
            if isinstance(child, yaml.ScalarNode):
                if depth + 1 > MAX_YAML_DEPTH:
                    raise YamlProblem(f"nested deeper than {MAX_YAML_DEPTH} levels")
                size += 1
                continue
            if id(child) in on_path:
                raise YamlProblem("an alias refers to a value that contains it (recursive)")
            if id(child) in sizes:
                size += sizes[id(child)]
                continue
            frame[3], frame[4] = i, size  # its size is added to this one's when it is done
            enter(child, depth + 1)
            child_entered = True
            break
        if child_entered:
            continue
        stack.pop()
        on_path.discard(id(node))
        if size > MAX_YAML_NODES:
            raise YamlProblem(f"more than {MAX_YAML_NODES} values once its aliases are expanded")
        sizes[id(node)] = size
        if stack:
            stack[-1][4] += size


def load_yaml(text: str) -> Any:
    """Safe YAML with dates left as text, within the limits above; YamlProblem otherwise."""
    if len(text) > MAX_YAML_BYTES:
        raise YamlProblem(f"larger than {MAX_YAML_BYTES // 1_000_000} MB")
    loader = SafeTextLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_nodes(node)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        reason = printable(getattr(exc, "problem", None) or exc, 120, one_line=True)
        raise YamlProblem(f"bad YAML{where}: {reason}") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        if isinstance(exc, YamlProblem):
            raise
        raise YamlProblem(f"bad YAML: {printable(exc, 120, one_line=True)}") from None
    finally:
        loader.dispose()


def read_yaml_file(path: Path, max_bytes: int = MAX_YAML_BYTES) -> Any:
    """A regular YAML file of at most ``max_bytes``, read within the limits."""
    data = read_regular(path, max_bytes, "YAML file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise YamlProblem("not UTF-8 text: is this a YAML file?") from None
    return load_yaml(text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the knowledge base, with where it is."""

    file: str
    item: str
    message: str

    def __str__(self) -> str:
        # one line, whatever the file holds: an event's id may carry a date like "]\n"
        # and an item named by a very long id is shown by its start
        item = printable(self.item, 120, one_line=True)
        where = f"{self.file}: {item}" if self.item else self.file
        return printable(f"{where}: {self.message}", one_line=True)


class KBError(Exception):
    """The knowledge base cannot be used; ``problems`` says why, each with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class KnowledgeBase:
    """Static facts and the event log of one knowledge-base directory."""

    root: Path
    actors: dict[str, Actor] = field(default_factory=dict)
    agreements: dict[str, Agreement] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    weapons: dict[str, WeaponSystem] = field(default_factory=dict)
    firms: dict[str, ArmsFirm] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # "kind:id" -> its file
    problems: list[Problem] = field(default_factory=list)


def default_kb_path() -> Path:
    return Path(str(resources.files("pactwatch.kb").joinpath("data")))


def default_event_id(raw: dict[str, Any]) -> str:
    said = raw.get("subject")
    subject = [str(s) for s in said] if isinstance(said, list) else []  # checked later
    who = "+".join(subject[:3]) + (f"+{len(subject) - 3}" if len(subject) > 3 else "")
    return f"{raw.get('agreement') or '-'}:{raw.get('type')}:{who or '-'}:{raw.get('date')}"


def describe_errors(exc: ValidationError, most: int = 3) -> str:
    """Pydantic's errors on one line: the first ``most`` of them, each cut short."""
    errors = exc.errors(include_input=False, include_url=False)
    parts = []
    for err in errors[:most]:
        loc = printable(".".join(str(x) for x in err["loc"]), 60, one_line=True)
        msg = printable(err["msg"].removeprefix("Value error, "), 160, one_line=True)
        parts.append(f"{loc}: {msg}" if loc else msg)
    if len(errors) > most:
        parts.append(f"and {len(errors) - most} more")
    return "; ".join(parts)


class _Reader:
    def __init__(self, root: Path, kb: KnowledgeBase) -> None:
        self.root = root
        self.kb = kb
        self.global_sources: dict[str, Any] = {}

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def problem(self, path: Path, item: str, message: str) -> None:
        self.kb.problems.append(Problem(self.rel(path), item, message))

    def read_yaml(self, path: Path) -> dict[str, Any] | None:
        try:
            data = read_yaml_file(path)
        except (YamlProblem, FileProblem) as exc:
            self.problem(path, "", str(exc).replace(f"{where(path)} ", "", 1))
            return None
        if data is None:
            return {}
        if not isinstance(data, dict):
            self.problem(path, "", "expected a mapping at the top of the file")
            return None
        return data

    def resolve_sources(
        self, path: Path, item: str, local: dict[str, Any], value: Any, *, evidence: bool
    ) -> Any:
        """Replace source keys with their definitions, in a list of sources or evidence."""
        if not isinstance(value, list):
            return value
        out = []
        for entry in value:
            if isinstance(entry, str):
                src = local.get(entry, self.global_sources.get(entry))
                if src is None:
                    self.problem(path, item, f"unknown source key {entry!r}")
                    continue
                out.append({"source": src} if evidence else src)
            elif evidence and isinstance(entry, dict) and isinstance(entry.get("source"), str):
                key = entry["source"]
                src = local.get(key, self.global_sources.get(key))
                if src is None:
                    self.problem(path, item, f"unknown source key {key!r}")
                    continue
                out.append({**entry, "source": src})
            else:
                out.append(entry)
        return out

    def with_sources(self, path: Path, item: str, local: dict[str, Any], raw: Any) -> Any:
        """Resolve the source keys anywhere in one raw item (sources lists and evidence)."""
        if isinstance(raw, dict):
            out = {}
            for k, v in raw.items():
                if k == "sources":
                    out[k] = self.resolve_sources(path, item, local, v, evidence=False)
                elif k == "evidence":
                    out[k] = self.resolve_sources(path, item, local, v, evidence=True)
                else:
                    out[k] = self.with_sources(path, item, local, v)
            return out
        if isinstance(raw, list):
            return [self.with_sources(path, item, local, v) for v in raw]
        return raw

    def listed(self, path: Path, data: dict[str, Any], key: str) -> list[Any]:
        """The list a file holds under ``key`` (none when absent); anything else is a problem."""
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, key, f"'{key}' must be a list of mappings")
            return []
        return value

    def local_sources(self, path: Path, data: dict[str, Any]) -> dict[str, Any]:
        local = data.get("sources") or {}
        if not isinstance(local, dict):
            self.problem(path, "sources", "must map keys to sources")
            return {}
        for key, src in local.items():
            try:
                Source.model_validate(src)
            except ValidationError as exc:
                self.problem(path, f"source {key}", describe_errors(exc))
        return local

    def add_actor(self, path: Path, local: dict[str, Any], raw: Any) -> None:
        self._add_record(path, local, raw, "actor", Actor, self.kb.actors)

    def add_weapon(self, path: Path, local: dict[str, Any], raw: Any) -> None:
        self._add_record(path, local, raw, "weapon", WeaponSystem, self.kb.weapons)

    def add_firm(self, path: Path, local: dict[str, Any], raw: Any) -> None:
        self._add_record(path, local, raw, "firm", ArmsFirm, self.kb.firms)

    def _add_record(
        self,
        path: Path,
        local: dict[str, Any],
        raw: Any,
        label: str,
        model: type[Actor] | type[WeaponSystem] | type[ArmsFirm],
        store: dict[str, Any],
    ) -> None:
        """One listed record of a kind kept by id: validated, and refused if its id is taken."""
        item = f"{label} {raw.get('id', '?')}" if isinstance(raw, dict) else f"{label} ?"
        try:
            record = model.model_validate(self.with_sources(path, item, local, raw))
        except ValidationError as exc:
            self.problem(path, item, describe_errors(exc))
            return
        key = f"{label}:{record.id}"
        if record.id in store:
            self.problem(path, item, f"id also defined in {self.kb.origin[key]}")
            return
        store[record.id] = record
        self.kb.origin[key] = self.rel(path)

    def add_event(
        self, path: Path, local: dict[str, Any], raw: Any, default_agreement: str | None
    ) -> None:
        if not isinstance(raw, dict):
            self.problem(path, "event", "each event must be a mapping")
            return
        if default_agreement is not None and "agreement" not in raw:
            raw = {**raw, "agreement": default_agreement}
        raw = {**raw, "id": raw.get("id") or default_event_id(raw)}
        item = f"event {raw['id']}"
        try:
            event = Event.model_validate(self.with_sources(path, item, local, raw))
        except ValidationError as exc:
            self.problem(path, item, describe_errors(exc))
            return
        if "event:" + event.id in self.kb.origin:
            self.problem(path, item, f"event id also used in {self.kb.origin['event:' + event.id]}")
            return
        self.kb.events.append(event)
        self.kb.origin["event:" + event.id] = self.rel(path)

    def files(self, sub: str) -> Iterator[Path]:
        folder = self.root / sub
        if folder.is_dir():
            yield from sorted(folder.glob("*.yaml"))  # a FIFO here is refused, not waited on

    def read(self) -> None:
        gpath = self.root / "sources.yaml"
        if gpath.exists():
            data = self.read_yaml(gpath)
            if data is not None:
                self.global_sources = self.local_sources(gpath, data)
        for path in self.files("actors"):
            data = self.read_yaml(path)
            if data is None:
                continue
            local = self.local_sources(path, data)
            for raw in self.listed(path, data, "actors"):
                self.add_actor(path, local, raw)
        for path in self.files("agreements"):
            data = self.read_yaml(path)
            if data is None:
                continue
            local = self.local_sources(path, data)
            raw = data.get("agreement")
            if not isinstance(raw, dict):
                self.problem(path, "", "an agreement file needs an 'agreement' mapping")
                continue
            item = f"agreement {raw.get('id', '?')}"
            try:
                agreement = Agreement.model_validate(self.with_sources(path, item, local, raw))
            except ValidationError as exc:
                self.problem(path, item, describe_errors(exc))
                continue
            if agreement.id in self.kb.agreements:
                self.problem(
                    path, item, f"id also defined in {self.kb.origin['agreement:' + agreement.id]}"
                )
                continue
            if path.stem != agreement.id:
                self.problem(path, item, f"file should be named {agreement.id}.yaml")
            self.kb.agreements[agreement.id] = agreement
            self.kb.origin["agreement:" + agreement.id] = self.rel(path)
            for ev in self.listed(path, data, "events"):
                self.add_event(path, local, ev, agreement.id)
        for path in self.files("events"):
            data = self.read_yaml(path)
            if data is None:
                continue
            local = self.local_sources(path, data)
            for ev in self.listed(path, data, "events"):
                self.add_event(path, local, ev, None)
        for path in self.files("weapons"):
            data = self.read_yaml(path)
            if data is None:
                continue
            local = self.local_sources(path, data)
            for raw in self.listed(path, data, "weapons"):
                self.add_weapon(path, local, raw)
            for raw in self.listed(path, data, "firms"):
                self.add_firm(path, local, raw)


def organization_actor(agreement: Agreement) -> Actor:
    """The actor side of an organization: same id, names and sources."""
    return Actor(
        id=agreement.id,
        kind="organization",
        name=agreement.name,
        aliases=agreement.aliases,
        description=agreement.description,
        sources=agreement.sources,
    )


def _is_shipped(root: Path) -> bool:
    try:
        return root.resolve() == default_kb_path().resolve()
    except OSError:
        return False


def read_kb(root: Path | None = None) -> KnowledgeBase:
    """Read a knowledge base, keeping every problem in ``kb.problems`` (no exception).

    The knowledge base shipped in the package is parsed once and kept in the user's cache
    (``pactwatch.kb.cache``); it is parsed again whenever one of its files changes.
    """
    root = Path(root) if root is not None else default_kb_path()
    if root.is_dir() and _is_shipped(root):
        from pactwatch.kb.cache import cached

        kb = cached(root, parse_kb, KnowledgeBase)
        kb.root = root
        return kb
    return parse_kb(root)


def parse_kb(root: Path) -> KnowledgeBase:
    """Read a knowledge-base directory from its YAML files, without any cache."""
    kb = KnowledgeBase(root=root)
    if not root.is_dir():
        kb.problems.append(Problem(str(root), "", "no such knowledge-base directory"))
        return kb
    _Reader(root, kb).read()
    for agreement in kb.agreements.values():
        if agreement.kind == "organization":
            if agreement.id in kb.actors:
                kb.problems.append(
                    Problem(
                        kb.origin["agreement:" + agreement.id],
                        f"agreement {agreement.id}",
                        "organization id also defined as an actor in "
                        + kb.origin["actor:" + agreement.id],
                    )
                )
                continue
            kb.actors[agreement.id] = organization_actor(agreement)
    return kb


def merged(
    kb: KnowledgeBase,
    actors: Iterable[Actor] = (),
    agreements: Iterable[Agreement] = (),
    events: Iterable[Event] = (),
    where: str = "(store)",
) -> KnowledgeBase:
    """A new knowledge base with more records; the curated ones win where both speak."""
    out = replace(
        kb,
        actors=dict(kb.actors),
        agreements=dict(kb.agreements),
        events=list(kb.events),
        origin=dict(kb.origin),
    )
    for actor in actors:
        if actor.id not in out.actors:
            out.actors[actor.id] = actor
            out.origin["actor:" + actor.id] = where
    for agreement in agreements:
        if agreement.id not in out.agreements:
            out.agreements[agreement.id] = agreement
            out.origin["agreement:" + agreement.id] = where
            if agreement.kind == "organization" and agreement.id not in out.actors:
                out.actors[agreement.id] = organization_actor(agreement)
    curated = {e.id for e in kb.events}
    for event in events:
        if event.id in curated:  # decision 0003: the curated record wins on id
            continue
        out.events.append(event)
        out.origin.setdefault("event:" + event.id, where)
    return out


def load_kb(root: Path | None = None) -> KnowledgeBase:
    """Read a knowledge base and raise :class:`KBError` if anything in it is malformed."""
    kb = read_kb(root)
    if kb.problems:
        raise KBError(kb.problems)
    return kb
