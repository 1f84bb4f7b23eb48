"""Captures as snapshots: the unit that summary, diff and timeline reason about.

A *snapshot* is one printing of netstat's report: a single run, or one repeat of an
interval (Windows ``netstat -ano 5``) or continuous (Linux ``netstat -c``) capture. In a
parsed :class:`~netstat_parse.core.document.Document` the sections of one snapshot share
the prompt they follow (``command_line``) and their ``snapshot`` number, so a console
transcript with several commands gives one snapshot per command (or per repeat).

The *state* of a capture is, for every record kind, the records of the last snapshot that
printed that kind: an interval capture is described by its last repeat, and a transcript
of ``netstat -ano`` followed by ``netstat -s`` by both commands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from netstat_parse.core.document import Document
from netstat_parse.core.records import Connection, Message, Record, Unparsed

CONNECTION_SECTIONS = frozenset({"connections"})
"""Section kinds that are connection tables (an empty one still counts as 'no connections')."""

_SKIPPED: tuple[type[Record], ...] = (Message, Unparsed)


@attrs.frozen(eq=False)
class Snapshot:
    """One printing of netstat's report, with where it came from (compared by identity)."""

    source: str
    """The input it was read from (a file name, ``<stdin>``)."""
    snapshot: int
    """Repeat number within its command's output, from 0."""
    line: int | None
    """First line of its first section."""
    records: tuple[Record, ...]
    """Its table records (messages and unparsed lines left out)."""
    section_kinds: frozenset[str] = frozenset()
    """Kinds of the sections it printed, empty ones included."""
    platform: str | None = None
    """``windows`` or ``linux`` when its sections say so."""
    command: str | None = None
    """The command typed at the prompt before it, when the input is a transcript."""
    options: tuple[str, ...] = ()
    """That command's words after ``netstat``."""

    def of_kind(self, kind: str) -> list[Record]:
        """Its records of one kind, in input order."""
        return [record for record in self.records if record.kind == kind]

    @property
    def kinds(self) -> list[str]:
        """The record kinds it holds, in first-seen order."""
        return list(dict.fromkeys(record.kind for record in self.records))

    @property
    def has_connection_table(self) -> bool:
        """It printed a connection table (possibly an empty one)."""
        return bool(self.section_kinds & CONNECTION_SECTIONS) or any(
            isinstance(record, Connection) for record in self.records
        )

    def describe(self) -> dict[str, Any]:
        """Where it came from, for JSON output."""
        return {"source": self.source, "snapshot": self.snapshot, "line": self.line, "command": self.command}


Source = Document | Iterable[Record]
"""What the analysis functions accept: a parsed document or any records (``iter_records``)."""


def snapshots_of(source: Source, name: str | None = None) -> list[Snapshot]:
    """The snapshots of a document (or of bare records, grouped by their ``snapshot``)."""
    if isinstance(source, Document):
        return _document_snapshots(source)
    groups: dict[int, list[Record]] = {}
    for record in source:
        if not isinstance(record, _SKIPPED):
            groups.setdefault(getattr(record, "snapshot", 0), []).append(record)
    label = name or "<records>"
    return [
        Snapshot(source=label, snapshot=number, line=records[0].line, records=tuple(records),
                 platform=getattr(records[0], "platform", None))
        for number, records in groups.items()
    ]


def _document_snapshots(doc: Document) -> list[Snapshot]:
    order: list[tuple[int | None, int]] = []
    grouped: dict[tuple[int | None, int], list[Any]] = {}
    for section in doc.sections:
        if section.kind == "message":
            continue
        key = (section.command_line, section.snapshot)
        if key not in grouped:
            order.append(key)
            grouped[key] = []
        grouped[key].append(section)
    snapshots = []
    for key in order:
        sections = grouped[key]
        records = tuple(r for s in sections for r in s.records if not isinstance(r, _SKIPPED))
        platforms = {s.platform for s in sections} - {"unknown"}
        snapshots.append(Snapshot(
            source=doc.source,
            snapshot=key[1],
            line=sections[0].line,
            records=records,
            section_kinds=frozenset(s.kind for s in sections),
            platform=platforms.pop() if len(platforms) == 1 else None,
            command=sections[0].command,
            options=tuple(sections[0].options),
        ))
    return snapshots


def current_state(snapshots: Sequence[Snapshot]) -> tuple[list[Record], list[Snapshot]]:
    """Per record kind, the records of the last snapshot that has it; and those snapshots."""
    chosen: dict[str, Snapshot] = {}
    for snap in reversed(snapshots):
        for kind in snap.kinds:
            chosen.setdefault(kind, snap)
    picked = set(chosen.values())
    used = [snap for snap in snapshots if snap in picked]
    records = [r for snap in used for r in snap.records if chosen[r.kind] is snap]
    return records, used


_CONTINUOUS_FLAG = re.compile(r"-[A-Za-z]*c[A-Za-z]*|--continuous")


def command_interval(snap: Snapshot) -> float | None:
    """Seconds between repeats as the command line says: Windows ``netstat -ano 5`` -> 5,
    Linux ``netstat -c`` -> 1 (net-tools repeats every second and ignores a number)."""
    if snap.platform == "windows":
        numbers = [word for word in snap.options if word.isdigit()]
        return float(numbers[-1]) if numbers and int(numbers[-1]) > 0 else None
    if snap.platform == "linux" and any(_CONTINUOUS_FLAG.fullmatch(word) for word in snap.options):
        return 1.0
    return None
