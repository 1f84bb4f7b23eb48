"""One capture at a glance: who listens, who talks to whom, and which counters show trouble.

The summary describes the capture's state (for every record kind, its last snapshot that
has it), so an interval capture is summarized by its last repeat and a transcript of
several commands by all of them.

* ``listening``: TCP sockets in LISTEN and UDP/raw sockets with no remote end, by
  protocol and port, with their local addresses and owning processes.
* ``established_by_remote_host`` / ``established_by_process``: ESTABLISHED connections.
* ``top_talkers``: remote hosts by number of connections in any state (TIME_WAIT and
  SYN_SENT included: scans and beacons show up there), each with its address scope.
* ``states`` and ``protocols``: histograms.
* ``queued``: sockets with bytes in Recv-Q/Send-Q (Linux), largest first.
* ``problem_counters``: ``-s``/``-e``/``-i`` counters whose name says error, failure,
  discard, drop, overflow, reset, retransmission, timeout ... and whose value is not zero.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any, Final

import attrs

from netstat_parse.analysis.identity import IDENTITIES, host_key, state_label
from netstat_parse.analysis.snapshots import Snapshot, Source, current_state, snapshots_of
from netstat_parse.analysis.table import endpoint, format_table, section
from netstat_parse.core.records import Connection, Record, Route

PROBLEM_COUNTER: Final = re.compile(
    r"err|fail|discard|drop|drp|overflow|overrun|ovr|bad|reset|rst|retrans|timeout|unknown|no_?ports|"
    r"no_?route|prune|collapse|abort|lost|invalid|csum|checksum|collision|carrier",
    re.IGNORECASE,
)
"""Counter names that report trouble (matched anywhere in the name, any case)."""


def process_label(record: Connection) -> str:
    """``program (pid)``, ``pid N``, ``program`` or ``(unknown)``."""
    if record.program and record.pid is not None:
        return f"{record.program} ({record.pid})"
    if record.program:
        return record.program
    if record.pid is not None:
        return f"pid {record.pid}"
    return "(unknown)"


def address_scope(host: str | None) -> str | None:
    """``loopback``, ``private``, ``link-local``, ``multicast``, ``public``; None for a name."""
    if host is None:
        return None
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for scope in ("loopback", "link_local", "multicast", "unspecified", "private"):
        if getattr(address, f"is_{scope}"):
            return scope.replace("_", "-")
    return "public"


def is_listening(conn: Connection) -> bool:
    """A TCP/SCTP socket in LISTEN, or a UDP/raw socket with no remote end."""
    if conn.state == "LISTEN":
        return True
    return conn.protocol not in ("tcp", "sctp") and host_key(conn.remote_host) == "*"


def has_remote(conn: Connection) -> bool:
    """The socket talks to a specific remote host."""
    return host_key(conn.remote_host) != "*" and not is_listening(conn)


@attrs.define
class Summary:
    """The summary of one capture (``netstat-parse summary FILE``)."""

    source: str
    snapshots: int
    used: list[Snapshot]
    connections: list[Connection]
    records: list[Record]
    top: int = 10

    # -- connection views ---------------------------------------------------------------

    def states(self) -> dict[str, int]:
        """Connections per state, most frequent first."""
        return dict(Counter(state_label(c) for c in self.connections).most_common())

    def protocols(self) -> dict[str, dict[str, int]]:
        """Per protocol: total, and per IP version when known."""
        out: dict[str, dict[str, int]] = {}
        for conn in self.connections:
            counts = out.setdefault(conn.protocol, {"total": 0})
            counts["total"] += 1
            if conn.ip_version:
                name = f"ipv{conn.ip_version}"
                counts[name] = counts.get(name, 0) + 1
        return out

    def listening(self) -> list[dict[str, Any]]:
        """Listening sockets grouped by protocol and port."""
        groups: dict[tuple[str, Any], list[Connection]] = {}
        for conn in self.connections:
            if is_listening(conn):
                port = conn.local_port if conn.local_port is not None else conn.local_service
                groups.setdefault((conn.protocol, port), []).append(conn)
        rows = []
        for (protocol, port), conns in sorted(groups.items(), key=lambda item: (item[0][0], _sortable(item[0][1]))):
            rows.append({
                "protocol": protocol,
                "port": port,
                "service": next((c.local_service for c in conns if c.local_service), None),
                "addresses": list(dict.fromkeys(c.local_host or "*" for c in conns)),
                "sockets": len(conns),
                "processes": list(dict.fromkeys(process_label(c) for c in conns)),
            })
        return rows

    def established_by_remote_host(self) -> list[dict[str, Any]]:
        """ESTABLISHED connections per remote host, most connections first."""
        return _remote_hosts([c for c in self.connections if c.state == "ESTABLISHED"], limit=None)

    def established_by_process(self) -> list[dict[str, Any]]:
        """ESTABLISHED connections per owning process, most connections first."""
        groups: dict[str, list[Connection]] = {}
        for conn in self.connections:
            if conn.state == "ESTABLISHED":
                groups.setdefault(process_label(conn), []).append(conn)
        rows = [
            {"process": label, "pid": conns[0].pid, "program": conns[0].program, "connections": len(conns),
             "remote_hosts": list(dict.fromkeys(c.remote_host for c in conns))}
            for label, conns in groups.items()
        ]
        return sorted(rows, key=lambda row: -row["connections"])

    def top_talkers(self) -> list[dict[str, Any]]:
        """Remote hosts with the most connections in any state (the ``top`` first)."""
        return _remote_hosts([c for c in self.connections if has_remote(c)], limit=self.top)

    def queued(self) -> list[dict[str, Any]]:
        """Sockets with bytes waiting in Recv-Q or Send-Q (Linux): an application not reading,
        or a peer not acknowledging; largest first."""
        rows = [
            {"protocol": c.protocol, "local": endpoint(c.local_host, c.local_port, c.local_service),
             "remote": endpoint(c.remote_host, c.remote_port, c.remote_service), "state": c.state or c.state_raw,
             "recv_q": c.recv_q or 0, "send_q": c.send_q or 0, "process": process_label(c)}
            for c in self.connections if c.recv_q or c.send_q
        ]
        return sorted(rows, key=lambda row: -(row["recv_q"] + row["send_q"]))

    # -- other kinds --------------------------------------------------------------------

    def problem_counters(self) -> list[dict[str, Any]]:
        """Non-zero counters whose name reports trouble, from every counter-bearing record."""
        rows = []
        for record in self.records:
            identity = IDENTITIES.get(record.kind)
            if identity is None or identity.counters is None:
                continue
            labels = getattr(record, "labels", {}) or {}
            where = identity.key_dict(identity.key(record))
            for name, value in identity.counters(record).items():
                if value and PROBLEM_COUNTER.search(name):
                    rows.append({"kind": record.kind, "where": where, "counter": name,
                                 "label": labels.get(name), "value": value, "line": record.line})
        return rows

    def default_routes(self) -> list[dict[str, Any]]:
        """Routes to 0.0.0.0/0 or ::/0, with their gateway, interface and metric."""
        return [
            {"ip_version": r.ip_version, "gateway": r.gateway_raw,
             "interface": r.interface if r.interface is not None else r.interface_index, "metric": r.metric}
            for r in self.records
            if isinstance(r, Route) and not r.persistent and _is_default(r)
        ]

    def counts(self) -> dict[str, int]:
        """Records per kind."""
        return dict(Counter(r.kind for r in self.records))

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of the summary."""
        return {
            "source": self.source,
            "snapshots": self.snapshots,
            "summarized": [snap.describe() for snap in self.used],
            "records": self.counts(),
            "connections": len(self.connections),
            "protocols": self.protocols(),
            "states": self.states(),
            "listening": self.listening(),
            "established_by_remote_host": self.established_by_remote_host(),
            "established_by_process": self.established_by_process(),
            "top_talkers": self.top_talkers(),
            "queued": self.queued(),
            "default_routes": self.default_routes(),
            "problem_counters": self.problem_counters(),
        }

    def to_text(self) -> str:
        """The summary as aligned tables."""
        used = ", ".join(f"snapshot {snap.snapshot} at line {snap.line}" for snap in self.used) or "nothing"
        protocols = "; ".join(
            f"{name} {counts['total']}" + "".join(f", {k} {v}" for k, v in counts.items() if k != "total")
            for name, counts in self.protocols().items()
        )
        lines = [f"Summary of {self.source}: {self.snapshots} snapshot(s), summarized {used}",
                 f"{len(self.connections)} connections" + (f" ({protocols})" if protocols else ""), ""]
        if self.connections:
            lines += section("States", format_table(("State", "Count"), self.states().items()))
            lines += section("Listening", format_table(
                ("Proto", "Port", "Addresses", "Sockets", "Processes"),
                ([r["protocol"], r["service"] or r["port"], r["addresses"], r["sockets"], r["processes"]]
                 for r in self.listening())))
            lines += section("Established by remote host", format_table(
                ("Remote host", "Scope", "Conns", "Ports", "Processes"),
                ([r["remote_host"], r["scope"], r["connections"], r["remote_ports"], r["processes"]]
                 for r in self.established_by_remote_host())))
            lines += section("Established by process", format_table(
                ("Process", "Conns", "Remote hosts"),
                ([r["process"], r["connections"], r["remote_hosts"]] for r in self.established_by_process())))
            lines += section(f"Top talkers (connections in any state, top {self.top})", format_table(
                ("Remote host", "Scope", "Conns", "States", "Processes"),
                ([r["remote_host"], r["scope"], r["connections"],
                  [f"{k} {v}" for k, v in r["states"].items()], r["processes"]] for r in self.top_talkers())))
        queued = self.queued()
        if queued:
            lines += section("Queued bytes (Recv-Q/Send-Q not zero)", format_table(
                ("Proto", "Local", "Remote", "State", "Recv-Q", "Send-Q", "Process"),
                ([r["protocol"], r["local"], r["remote"], r["state"], r["recv_q"], r["send_q"], r["process"]]
                 for r in queued)))
        routes = self.default_routes()
        if routes:
            lines += section("Default routes", format_table(
                ("IP", "Gateway", "Interface", "Metric"),
                ([r["ip_version"], r["gateway"], r["interface"], r["metric"]] for r in routes)))
        if any(IDENTITIES[r.kind].counters for r in self.records if r.kind in IDENTITIES):
            lines += section("Problem counters (not zero)", format_table(
                ("Where", "Counter", "Value", "Label"),
                ([next((str(v) for v in r["where"].values() if v is not None), r["kind"]), r["counter"],
                  r["value"], r["label"] or ""] for r in self.problem_counters())))
        return "\n".join(lines).rstrip() + "\n"


def _sortable(port: Any) -> tuple[int, Any]:
    return (0, port) if isinstance(port, int) else (1, str(port))


def _is_default(route: Route) -> bool:
    if route.prefix_length is not None:
        return route.prefix_length == 0
    return (route.destination or "").split("/", 1)[0] in ("default", "0.0.0.0", "::")


def _remote_hosts(conns: Iterable[Connection], limit: int | None) -> list[dict[str, Any]]:
    groups: dict[str, list[Connection]] = {}
    for conn in conns:
        groups.setdefault(conn.remote_host or "*", []).append(conn)
    ranked = sorted(groups.items(), key=lambda item: -len(item[1]))
    return [
        {
            "remote_host": host,
            "scope": address_scope(host),
            "connections": len(members),
            "remote_ports": sorted(dict.fromkeys(c.remote_port for c in members if c.remote_port is not None)),
            "states": dict(Counter(state_label(c) for c in members).most_common()),
            "processes": list(dict.fromkeys(process_label(c) for c in members)),
        }
        for host, members in (ranked if limit is None else ranked[:limit])
    ]


def summarize(source: Source, *, top: int = 10, name: str | None = None, snapshot: int | None = None) -> Summary:
    """Summarize a capture (a document or records); ``top`` bounds ``top_talkers``.

    By default the capture's state is summarized (every kind from its last snapshot);
    ``snapshot`` picks one snapshot instead (0 is the first, -1 the last).
    """
    snapshots = snapshots_of(source, name)
    if snapshot is not None and not -len(snapshots) <= snapshot < len(snapshots):
        raise IndexError(f"no snapshot {snapshot}: the capture has {len(snapshots)}")
    records, used = current_state(snapshots if snapshot is None else [snapshots[snapshot]])
    label = used[0].source if used else str(name or getattr(source, "source", "<records>"))
    connections = [r for r in records if isinstance(r, Connection)]
    return Summary(label, len(snapshots), used, connections, records, top)
