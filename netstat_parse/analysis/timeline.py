"""Snapshots in time order: what appeared, disappeared and changed from one to the next.

Input: one interval or continuous capture (Windows ``netstat -ano 5``, Linux ``netstat
-c``), a transcript of several runs, or several captures (files in time order); every
snapshot of every input is one step. Each step is compared with the state so far: for
every record kind it printed, the previous snapshot that printed that kind (so a
``netstat -s`` between two ``netstat -ano`` runs makes no connection disappear). The first
snapshot is the baseline: nothing appears in it.

Times, when known, give each step its ``time`` (seconds from the first snapshot) and each
counter delta its ``rates`` per second:

* ``interval``: ``--interval SECONDS`` given, snapshots that far apart;
* ``command``: one command's output whose command line says it (``netstat -ano 5``: 5 s;
  Linux ``netstat -c``: 1 s);
* ``mtime``: several files of one snapshot each, timed by their modification times
  (approximate: copying a file changes it);
* none: deltas only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs

from netstat_parse.analysis.diff import Comparison, compare
from netstat_parse.analysis.identity import NO_STATE, state_label
from netstat_parse.analysis.snapshots import Snapshot, Source, command_interval, snapshots_of
from netstat_parse.analysis.table import change_rows, counter_rows, format_table, record_rows, section
from netstat_parse.core.document import Document
from netstat_parse.core.records import Connection, Record
from netstat_parse.core.serialize import record_to_dict
from netstat_parse.core.states import TCP_STATES

TIME_SOURCES: Final = {
    "interval": "snapshots --interval seconds apart",
    "command": "interval read from the command line",
    "mtime": "file modification times (approximate)",
}


@attrs.define
class Step:
    """One snapshot of the timeline and how it differs from the state before it."""

    index: int
    snapshot: Snapshot
    time: float | None
    comparison: Comparison
    states: dict[str, int] | None
    """Connections per state in this snapshot; None when it printed no connection table."""
    seconds: float | None
    """Seconds since the previous snapshot, when times are known."""

    @property
    def appeared(self) -> list[Record]:
        """Records new in this snapshot."""
        return self.comparison.added

    @property
    def disappeared(self) -> list[Record]:
        """Records the previous state had and this snapshot no longer has."""
        return self.comparison.removed

    def to_dict(self) -> dict[str, Any]:
        """One entry of ``snapshots``."""
        return {
            "index": self.index,
            **self.snapshot.describe(),
            "time": self.time,
            "connections": None if self.states is None else sum(self.states.values()),
            "states": self.states,
            "appeared": [record_to_dict(r) for r in self.appeared],
            "disappeared": [record_to_dict(r) for r in self.disappeared],
            "changed": [c.to_dict() for c in self.comparison.changed],
            "counters": [c.to_dict(self.seconds) for c in self.comparison.counters],
        }


@attrs.define
class Timeline:
    """The whole timeline (``netstat-parse timeline``)."""

    sources: list[str]
    steps: list[Step]
    time_source: str | None
    interval: float | None

    def state_names(self) -> list[str]:
        """Every state seen: TCP states in their lifecycle order, then others, stateless last."""
        seen = dict.fromkeys(name for step in self.steps for name in (step.states or {}))
        order = {name: index for index, name in enumerate(TCP_STATES)}
        return sorted(seen, key=lambda name: (name == NO_STATE, order.get(name, len(order)), name))

    def to_dict(self) -> dict[str, Any]:
        """The JSON document: sources, how times were found, ``snapshots``."""
        return {
            "sources": self.sources,
            "time_source": self.time_source,
            "time_note": TIME_SOURCES.get(self.time_source or ""),
            "interval": self.interval,
            "snapshots": [step.to_dict() for step in self.steps],
        }

    def to_text(self) -> str:
        """An overview table (one row per snapshot, one column per state), then each step's events."""
        names = self.state_names()
        how = TIME_SOURCES.get(self.time_source or "", "no times: give --interval SECONDS for rates")
        if self.interval:
            how += f", {self.interval:g} s"
        lines = [f"Timeline of {', '.join(self.sources) or '(nothing)'}: {len(self.steps)} snapshot(s); times: {how}", ""]
        overview = [
            [step.index, "-" if step.time is None else round(step.time, 3), step.snapshot.line,
             *(["-"] * len(names) if step.states is None else [step.states.get(n, 0) for n in names]),
             len(step.appeared), len(step.disappeared), len(step.comparison.changed)]
            for step in self.steps
        ]
        lines += section("Snapshots", format_table(("#", "Time", "Line", *names, "New", "Gone", "Changed"), overview))
        for step in self.steps[1:]:
            events = (record_rows(step.appeared, "+") + record_rows(step.disappeared, "-")
                      + change_rows(step.comparison.changed) + counter_rows(step.comparison.counters, step.seconds))
            if events:
                when = "" if step.time is None else f", t={step.time:g}s"
                lines += section(f"Snapshot {step.index} ({step.snapshot.source} line {step.snapshot.line}{when})", events)
        return "\n".join(lines).rstrip() + "\n"


def _states(snap: Snapshot) -> dict[str, int] | None:
    if not snap.has_connection_table:
        return None
    counts = Counter(state_label(r) for r in snap.records if isinstance(r, Connection))
    return dict(counts.most_common())


def _times(
    groups: Sequence[list[Snapshot]], interval: float | None, mtimes: Sequence[float | None] | None
) -> tuple[list[float | None], str | None, float | None]:
    """Time of every snapshot, the time source and the interval used (see the module doc)."""
    flat = [snap for group in groups for snap in group]
    if interval:
        return [i * interval for i in range(len(flat))], "interval", interval
    commands = {(snap.source, snap.command) for snap in flat}
    found = {command_interval(snap) for snap in flat}
    if len(commands) == 1 and len(found) == 1 and None not in found:
        step = found.pop()
        assert step is not None
        return [i * step for i in range(len(flat))], "command", step
    if mtimes and len(groups) > 1 and all(len(g) == 1 for g in groups) and None not in mtimes:
        start = min(m for m in mtimes if m is not None)
        return [m - start if m is not None else None for m in mtimes], "mtime", None
    return [None] * len(flat), None, None


def timeline(
    sources: Source | Iterable[Source],
    *,
    interval: float | None = None,
    mtimes: Sequence[float | None] | None = None,
) -> Timeline:
    """The timeline of one capture or of several captures in time order.

    ``interval``: seconds between snapshots; ``mtimes``: one modification time per source
    (used when each source holds a single snapshot and nothing better is known).
    """
    inputs: list[Any] = [sources] if isinstance(sources, Document) else list(sources)
    if inputs and isinstance(inputs[0], Record):  # one stream of bare records
        inputs = [inputs]
    groups = [snapshots_of(source, f"<records {i}>") for i, source in enumerate(inputs)]
    times, time_source, used_interval = _times(groups, interval, mtimes)
    steps: list[Step] = []
    state: dict[str, list[Record]] = {}
    for index, snap in enumerate(s for group in groups for s in group):
        kinds = snap.kinds
        if snap.has_connection_table and "connection" not in kinds:  # an empty table: all gone
            kinds.append("connection")
        before = [r for kind in kinds for r in state.get(kind, [])]
        comparison = compare(before, snap.records, kinds) if index else Comparison()
        for kind in kinds:
            state[kind] = snap.of_kind(kind)
        time = times[index]
        previous = times[index - 1] if index else None
        seconds = time - previous if time is not None and previous is not None and time > previous else None
        steps.append(Step(index, snap, time, comparison, _states(snap), seconds))
    names = list(dict.fromkeys(snap.source for group in groups for snap in group))
    return Timeline(names, steps, time_source, used_interval)
