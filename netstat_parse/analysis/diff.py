"""What changed between two captures: records added, removed and changed; counter deltas.

Each capture is reduced to its state (for every record kind, its last snapshot that has
it; see :mod:`netstat_parse.analysis.snapshots`), then records are matched by the identity
of their kind (:mod:`netstat_parse.analysis.identity`): connections by protocol and both
endpoints, routes by destination, prefix, gateway and interface, interfaces by name, ...
Line numbers never matter, so captures of different lengths, platforms or encodings compare.

Counters (``-s``, ``-e``, ``-i``, ``-ie``) give deltas: after minus before, zero deltas left
out. A counter missing on one side counts as 0 (Linux ``-s`` omits some counters while
they are zero). A Windows ``-e`` counter that went down wrapped at 2**32 and is corrected
(listed in ``wrapped``); any other counter that went down was reset (listed in ``reset``,
its delta left negative).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from netstat_parse.analysis.identity import IDENTITIES, Identity, KeyValue
from netstat_parse.analysis.snapshots import Snapshot, Source, current_state, snapshots_of
from netstat_parse.analysis.table import change_rows, counter_rows, record_rows, section
from netstat_parse.core.document import Document
from netstat_parse.core.records import Record
from netstat_parse.core.serialize import record_to_dict


@attrs.frozen
class Change:
    """A record present on both sides whose watched fields differ."""

    kind: str
    key: dict[str, KeyValue]
    changes: dict[str, dict[str, Any]]
    before: Record
    after: Record

    def to_dict(self) -> dict[str, Any]:
        """``{"kind", "key", "changes": {field: {"before", "after"}}, "before", "after"}``."""
        return {"kind": self.kind, "key": self.key, "changes": self.changes,
                "before": record_to_dict(self.before), "after": record_to_dict(self.after)}


@attrs.frozen
class CounterDelta:
    """How the counters of one record (a ``-s`` section, the ``-e`` block, an interface) moved."""

    kind: str
    key: dict[str, KeyValue]
    deltas: dict[str, int]
    wrapped: tuple[str, ...] = ()
    reset: tuple[str, ...] = ()

    def rates(self, seconds: float) -> dict[str, float]:
        """Each delta per second over ``seconds``."""
        return {name: round(delta / seconds, 3) for name, delta in self.deltas.items()}

    def to_dict(self, seconds: float | None = None) -> dict[str, Any]:
        """JSON form; with ``seconds``, ``rates`` per second too."""
        out: dict[str, Any] = {"kind": self.kind, "key": self.key, "deltas": self.deltas}
        if seconds:
            out["rates"] = self.rates(seconds)
        out["wrapped"], out["reset"] = list(self.wrapped), list(self.reset)
        return out


@attrs.define
class Comparison:
    """The outcome of matching two sets of records."""

    added: list[Record] = attrs.field(factory=list)
    removed: list[Record] = attrs.field(factory=list)
    changed: list[Change] = attrs.field(factory=list)
    counters: list[CounterDelta] = attrs.field(factory=list)
    unchanged: dict[str, int] = attrs.field(factory=dict)

    def counts(self, kind: str) -> dict[str, int]:
        """``{"added", "removed", "changed", "unchanged"}`` for one record kind."""
        return {
            "added": sum(r.kind == kind for r in self.added),
            "removed": sum(r.kind == kind for r in self.removed),
            "changed": sum(c.kind == kind for c in self.changed),
            "unchanged": self.unchanged.get(kind, 0),
        }

    def to_dict(self, seconds: float | None = None) -> dict[str, Any]:
        """The ``added``/``removed``/``changed``/``counters``/``unchanged`` JSON contract."""
        return {
            "added": [record_to_dict(r) for r in self.added],
            "removed": [record_to_dict(r) for r in self.removed],
            "changed": [c.to_dict() for c in self.changed],
            "counters": [c.to_dict(seconds) for c in self.counters],
            "unchanged": self.unchanged,
        }


def compare(before: Iterable[Record], after: Iterable[Record], kinds: Iterable[str] | None = None) -> Comparison:
    """Match ``before`` against ``after`` record by record (only ``kinds`` when given)."""
    wanted = set(IDENTITIES) if kinds is None else set(kinds) & set(IDENTITIES)
    result = Comparison()
    old_by_kind = _by_kind(before, wanted)
    new_by_kind = _by_kind(after, wanted)
    for kind in dict.fromkeys([*old_by_kind, *new_by_kind]):
        _compare_kind(IDENTITIES[kind], old_by_kind.get(kind, []), new_by_kind.get(kind, []), result)
    return result


def _by_kind(records: Iterable[Record], wanted: set[str]) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = {}
    for record in records:
        if record.kind in wanted:
            grouped.setdefault(record.kind, []).append(record)
    return grouped


def _by_key(identity: Identity, records: Sequence[Record]) -> dict[tuple[KeyValue, ...], list[Record]]:
    grouped: dict[tuple[KeyValue, ...], list[Record]] = {}
    for record in records:
        grouped.setdefault(identity.key(record), []).append(record)
    return grouped


def _compare_kind(identity: Identity, olds: Sequence[Record], news: Sequence[Record], result: Comparison) -> None:
    old_keys, new_keys = _by_key(identity, olds), _by_key(identity, news)
    pairs: list[tuple[Record, Record]] = []
    added: list[Record] = []
    removed: list[Record] = []
    for key, old_group in old_keys.items():
        candidates = list(new_keys.pop(key, ()))
        unmatched: list[Record] = []
        for old in old_group:  # first the sockets that did not change at all ...
            same = next((i for i, new in enumerate(candidates) if not identity.changes(old, new)), None)
            if same is None:
                unmatched.append(old)
            else:
                pairs.append((old, candidates.pop(same)))
        pairs.extend(zip(unmatched, candidates))  # ... then the rest in printed order
        removed.extend(unmatched[len(candidates):])
        added.extend(candidates[len(unmatched):])
    for new_group in new_keys.values():
        added.extend(new_group)
    result.added.extend(sorted(added, key=lambda r: r.line))
    result.removed.extend(sorted(removed, key=lambda r: r.line))
    pairs.sort(key=lambda pair: pair[1].line)
    unchanged = 0
    for old, new in pairs:
        where = identity.key_dict(identity.key(new))
        changes = identity.changes(old, new)
        if changes:
            result.changed.append(Change(identity.kind, where, changes, old, new))
        else:
            unchanged += 1
        if identity.counters is not None:
            delta = counter_delta(identity, where, identity.counters(old), identity.counters(new))
            if delta.deltas:
                result.counters.append(delta)
    if unchanged:
        result.unchanged[identity.kind] = unchanged


def counter_delta(identity: Identity, key: dict[str, KeyValue], old: dict[str, int],
                  new: dict[str, int]) -> CounterDelta:
    """After minus before per counter, wraps corrected, resets flagged, zeros left out."""
    deltas: dict[str, int] = {}
    wrapped: list[str] = []
    reset: list[str] = []
    for name in dict.fromkeys([*old, *new]):
        before, after = old.get(name, 0), new.get(name, 0)
        delta = after - before
        if delta < 0 and identity.wraps_at is not None and before < identity.wraps_at:
            delta += identity.wraps_at
            wrapped.append(name)
        elif delta < 0:
            reset.append(name)
        if delta:
            deltas[name] = delta
    return CounterDelta(identity.kind, key, deltas, tuple(wrapped), tuple(reset))


@attrs.define
class Diff:
    """The difference between two captures (``netstat-parse diff BEFORE AFTER``)."""

    before: list[Snapshot]
    after: list[Snapshot]
    comparison: Comparison
    before_count: int = 0
    after_count: int = 0
    sources: tuple[str, str] = ("<before>", "<after>")

    @property
    def added(self) -> list[Record]:
        """Records only AFTER has."""
        return self.comparison.added

    @property
    def removed(self) -> list[Record]:
        """Records only BEFORE has."""
        return self.comparison.removed

    @property
    def changed(self) -> list[Change]:
        """Records on both sides whose state or owner changed."""
        return self.comparison.changed

    @property
    def counters(self) -> list[CounterDelta]:
        """Counter deltas of the records on both sides."""
        return self.comparison.counters

    def to_dict(self) -> dict[str, Any]:
        """The JSON document: ``before``, ``after``, then the comparison contract."""
        return {
            "before": _side(self.sources[0], self.before, self.before_count),
            "after": _side(self.sources[1], self.after, self.after_count),
            **self.comparison.to_dict(),
        }

    def to_text(self) -> str:
        """The diff as aligned tables: a count line per kind, then added, removed, changed, counters."""
        lines = [f"Diff {self.sources[0]} -> {self.sources[1]}"]
        kinds = dict.fromkeys([*(r.kind for r in self.added), *(r.kind for r in self.removed),
                               *(c.kind for c in self.changed), *self.comparison.unchanged])
        for kind in kinds:
            counts = self.comparison.counts(kind)
            lines.append(f"  {kind}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        lines.append("")
        for title, rows in (("Added", record_rows(self.added, "+")), ("Removed", record_rows(self.removed, "-")),
                            ("Changed", change_rows(self.changed))):
            if rows:
                lines += section(title, rows)
        if not (self.added or self.removed or self.changed):
            lines += ["No record was added, removed or changed.", ""]
        if self.counters:
            lines += section("Counters (after - before, zero deltas left out)", counter_rows(self.counters))
        return "\n".join(lines).rstrip() + "\n"


def _side(source: str, used: list[Snapshot], total: int) -> dict[str, Any]:
    return {"source": source, "snapshots": total, "compared": [snap.describe() for snap in used]}


def diff(before: Source, after: Source) -> Diff:
    """Compare two captures (documents or record streams); see the module docstring."""
    old_snaps, new_snaps = snapshots_of(before, "<before>"), snapshots_of(after, "<after>")
    old_records, old_used = current_state(old_snaps)
    new_records, new_used = current_state(new_snaps)
    names = (_name(before, old_snaps, "<before>"), _name(after, new_snaps, "<after>"))
    return Diff(old_used, new_used, compare(old_records, new_records), len(old_snaps), len(new_snaps), names)


def _name(source: Source, snapshots: list[Snapshot], default: str) -> str:
    if isinstance(source, Document):
        return source.source
    return snapshots[0].source if snapshots else default
