"""Aligned text tables and one-line descriptions of records, for reports read by people."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from netstat_parse.core.records import (
    Connection,
    GroupMembership,
    Interface,
    InterfaceStats,
    ProtocolStats,
    Record,
    Route,
    UnixSocket,
)

MAX_ITEMS = 4
"""Lists in a cell show this many items, then ``(+N)``."""


def cell(value: Any) -> str:
    """A value as table text: lists joined and shortened, None as ``-``."""
    if value is None:
        return "-"
    if isinstance(value, (list, tuple)):
        shown = ", ".join(str(v) for v in value[:MAX_ITEMS])
        return shown + (f" (+{len(value) - MAX_ITEMS})" if len(value) > MAX_ITEMS else "")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], indent: int = 2) -> list[str]:
    """Lines of an aligned table (none without rows); all-number columns are right-aligned."""
    rows = [list(row) for row in rows]
    if not rows:
        return []
    texts = [[cell(value) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in texts:
        widths = [max(w, len(text)) for w, text in zip(widths, row)]
    numeric = [
        all(isinstance(row[i], (int, float)) and not isinstance(row[i], bool) for row in rows)
        for i in range(len(headers))
    ]
    lines = []
    for row in [list(headers), *texts]:
        parts = [text.rjust(w) if num else text.ljust(w) for text, w, num in zip(row, widths, numeric)]
        lines.append((" " * indent + "  ".join(parts)).rstrip())
    return lines


def section(title: str, lines: list[str], empty: str = "none") -> list[str]:
    """A titled block: the title, then the lines (or ``  none``), then a blank line."""
    return [title, *(lines or [f"  {empty}"]), ""]


def endpoint(host: str | None, port: int | None, service: str | None = None) -> str:
    """``host:port`` as people write it: IPv6 in brackets, ``*`` for none."""
    host_text = host or "*"
    if ":" in host_text:
        host_text = f"[{host_text}]"
    port_text = service or (str(port) if port is not None else "*")
    return f"{host_text}:{port_text}"


def owner(record: Connection | UnixSocket) -> str:
    """``pid/program`` as far as known, ``-`` otherwise."""
    pid = "" if record.pid is None else str(record.pid)
    program = record.program or ""
    return "/".join(part for part in (pid, program) if part) or "-"


def connection_cells(conn: Connection) -> list[Any]:
    """Protocol, local, remote, state and owner of a connection, as table cells."""
    protocol = conn.protocol + ("6" if conn.ip_version == 6 else "")
    return [protocol, endpoint(conn.local_host, conn.local_port, conn.local_service),
            endpoint(conn.remote_host, conn.remote_port, conn.remote_service),
            conn.state or conn.state_raw or "", owner(conn)]


CONNECTION_HEADERS = ("Proto", "Local", "Remote", "State", "PID/Program")


def describe(record: Record) -> str:
    """One line saying which thing a record is (for kinds other than connections)."""
    if isinstance(record, Connection):
        return "  ".join(str(c) for c in connection_cells(record))
    if isinstance(record, Route):
        prefix = f"/{record.prefix_length}" if record.prefix_length is not None and "/" not in (record.destination or "") else ""
        gateway = "on-link" if record.on_link else record.gateway_raw or record.gateway or "-"
        return (f"{record.destination}{prefix} via {gateway} dev {record.interface or '-'}"
                f" metric {record.metric_raw or '-'}")
    if isinstance(record, UnixSocket):
        return f"{record.type or '-'} {record.state or '-'} {record.path or '(no path)'} inode {record.inode} {owner(record)}"
    if isinstance(record, Interface):
        return f"{record.name} {record.mac or ''}".rstrip()
    if isinstance(record, InterfaceStats):
        return record.interface
    if isinstance(record, GroupMembership):
        return f"{record.interface} {record.group}"
    if isinstance(record, ProtocolStats):
        return record.section
    return record.kind


def key_text(kind: str, key: dict[str, Any]) -> str:
    """A counter-bearing record's key as short text (its section, interface ...)."""
    values = [str(v) for v in key.values() if v is not None]
    return values[0] if values else kind


def record_rows(records: Iterable[Record], mark: str = "") -> list[str]:
    """Connections as one aligned table, other records as ``kind: description`` lines."""
    records = list(records)
    conns = [r for r in records if isinstance(r, Connection)]
    lines = format_table(("", *CONNECTION_HEADERS), ([mark, *connection_cells(c)] for c in conns))
    lines += [f"  {mark} {r.kind}: {describe(r)}".replace("   ", "  ") for r in records if not isinstance(r, Connection)]
    return lines


def change_rows(changes: Iterable[Any], mark: str = "~") -> list[str]:
    """Changed records: what they are, then each field ``before -> after``."""
    rows = []
    for change in changes:
        what = change.after
        cells = connection_cells(what)[:3] if isinstance(what, Connection) else [what.kind, describe(what), ""]
        fields = "; ".join(f"{name} {cell(c['before'])} -> {cell(c['after'])}" for name, c in change.changes.items())
        rows.append([mark, *cells, fields])
    return format_table(("", "Proto", "Local", "Remote", "Change"), rows)


def counter_rows(deltas: Iterable[Any], seconds: float | None = None) -> list[str]:
    """Counter deltas (and rates per second when ``seconds`` is known), one row per counter."""
    rows = []
    for delta in deltas:
        rates = delta.rates(seconds) if seconds else {}
        for name, value in delta.deltas.items():
            note = "wrapped" if name in delta.wrapped else "reset" if name in delta.reset else ""
            row = [key_text(delta.kind, delta.key), name, value]
            rows.append([*row, rates[name], note] if seconds else [*row, note])
    headers = ("Where", "Counter", "Delta", "Per second", "Note") if seconds else ("Where", "Counter", "Delta", "Note")
    return format_table(headers, rows)
