"""What makes two records "the same thing" across captures, and what counts as a change.

Connections are keyed by ``(protocol, ip_version, local_host, local_port, remote_host,
remote_port)``; line numbers, snapshot numbers, queues and timers never take part:

* ``ip_version`` is the record's, else derived from the addresses; it stays in the key
  because name-resolved and ``*`` hosts (``*:ssh`` of old net-tools) would otherwise make
  a tcp and a tcp6 listener collide.
* Hosts compare case-insensitively (DNS names, IPv6 hex digits); the unspecified
  address in any spelling (``*``, ``0.0.0.0``, ``::``) is ``*``, and the port of an
  unspecified remote end (Windows ``0.0.0.0:0``, Linux ``0.0.0.0:*``, ``*:*``) is none,
  so a Windows and a Linux listener or UDP socket have the same shape of key.
* A port printed as an unknown service name is keyed by that name.
* Truncated Linux addresses (no ``-W``) are compared as printed: the same socket is cut
  the same way in every run.

The same key may hold several sockets (Windows lists one UDP ``0.0.0.0:5353`` row per
socket; Linux SO_REUSEPORT listeners): keys map to lists, matched pairwise.

A connection has *changed* when its state (canonical, else as printed) or its owner
(``pid``, ``program``) differs. An owner shown on one side only - a capture without
``-o``/``-p``, or Linux ``-`` for a socket no visible process owns - is not a change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import attrs

from netstat_parse.core.endpoints import ip_version_of
from netstat_parse.core.records import Connection, Record, Route

UNSPECIFIED: Final = frozenset({"*", "0.0.0.0", "::", "[::]", ""})
KeyValue = str | int | None


def host_key(host: str | None) -> str:
    """A host for comparison: lower case, every unspecified spelling as ``*``."""
    if host is None or host in UNSPECIFIED:
        return "*"
    return host.lower()


def port_key(port: int | None, service: str | None) -> int | str | None:
    """A port for comparison: the number, else the service name as printed."""
    return port if port is not None else service


def connection_key(conn: Connection) -> tuple[KeyValue, ...]:
    """The identity of a socket; see the module docstring."""
    local, remote = host_key(conn.local_host), host_key(conn.remote_host)
    remote_port = port_key(conn.remote_port, conn.remote_service)
    if remote == "*" and remote_port in (0, None):
        remote_port = None
    version = conn.ip_version or ip_version_of(conn.local_host) or ip_version_of(conn.remote_host)
    return (conn.protocol.lower(), version, local, port_key(conn.local_port, conn.local_service), remote, remote_port)


NO_STATE: Final = "(none)"
"""The state label of sockets printed without a state (unconnected UDP)."""


def state_label(conn: Connection) -> str:
    """The state to count by: canonical, else as printed, else ``(none)``."""
    return conn.state or conn.state_raw or NO_STATE


def _state_value(record: Any) -> Any:
    return record.state or record.state_raw


@attrs.frozen
class Watched:
    """A field whose change makes a record *changed*; ``owner`` fields need both sides known."""

    name: str
    value: Callable[[Any], Any]
    owner: bool = False


def _field(name: str, owner: bool = False) -> Watched:
    return Watched(name, lambda record: getattr(record, name), owner)


@attrs.frozen
class Identity:
    """How records of one kind are matched and compared."""

    kind: str
    key_fields: tuple[str, ...]
    key: Callable[[Any], tuple[KeyValue, ...]]
    watched: tuple[Watched, ...] = ()
    counters: Callable[[Any], dict[str, int]] | None = None
    wraps_at: int | None = None
    """Counters of this kind are unsigned of this size and wrap (Windows -e: 2**32)."""

    def key_dict(self, key: tuple[KeyValue, ...]) -> dict[str, KeyValue]:
        """The key as a JSON object."""
        return dict(zip(self.key_fields, key))

    def changes(self, before: Record, after: Record) -> dict[str, dict[str, Any]]:
        """Watched fields that differ: name -> {"before": ..., "after": ...}."""
        found = {}
        for watched in self.watched:
            old, new = watched.value(before), watched.value(after)
            if old == new or (watched.owner and (old is None or new is None)):
                continue
            found[watched.name] = {"before": _json(old), "after": _json(new)}
        return found


def _json(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _numbers(record: Any, names: tuple[str, ...]) -> dict[str, int]:
    return {name: getattr(record, name) for name in names if getattr(record, name) is not None}


_ETHERNET_COUNTERS: Final = (
    "bytes_received", "bytes_sent", "unicast_packets_received", "unicast_packets_sent",
    "non_unicast_packets_received", "non_unicast_packets_sent", "discards_received", "discards_sent",
    "errors_received", "errors_sent", "unknown_protocols_received",
)
_INTERFACE_STATS_COUNTERS: Final = ("rx_ok", "rx_err", "rx_drp", "rx_ovr", "tx_ok", "tx_err", "tx_drp", "tx_ovr")


def _route_gateway(route: Route) -> str | None:
    if route.gateway is not None:
        return host_key(route.gateway)
    return "on-link" if route.on_link else route.gateway_raw


IDENTITIES: Final[dict[str, Identity]] = {
    identity.kind: identity
    for identity in (
        Identity(
            "connection",
            ("protocol", "ip_version", "local_host", "local_port", "remote_host", "remote_port"),
            connection_key,
            (Watched("state", _state_value), _field("pid", owner=True), _field("program", owner=True)),
        ),
        Identity(
            "unix_socket",
            ("protocol", "type", "path", "inode"),
            lambda s: (s.protocol, s.type, s.path, s.inode),
            (Watched("state", _state_value), _field("pid", owner=True), _field("program", owner=True)),
        ),
        Identity(
            "route",
            ("ip_version", "destination", "prefix", "gateway", "interface", "persistent"),
            lambda r: (r.ip_version, host_key(r.destination),
                       r.prefix_length if r.prefix_length is not None else r.netmask,
                       _route_gateway(r), r.interface, r.persistent),
            (_field("metric_raw"), _field("flags")),
        ),
        Identity(
            "interface",
            ("name",),
            lambda i: (i.name,),
            (_field("index"), _field("mac"), _field("mtu"), _field("flags"), _field("addresses")),
            counters=lambda i: dict(i.counters),
        ),
        Identity(
            "interface_stats",
            ("interface",),
            lambda i: (i.interface,),
            (_field("mtu"), _field("flags")),
            counters=lambda i: _numbers(i, _INTERFACE_STATS_COUNTERS),
        ),
        Identity(
            "group_membership",
            ("interface", "group"),
            lambda g: (g.interface, g.group.lower()),
            (_field("ref_count"),),
        ),
        Identity(
            "protocol_stats",
            ("section", "protocol", "ip_version"),
            lambda p: (p.section, p.protocol, p.ip_version),
            counters=lambda p: dict(p.counters),
        ),
        Identity(
            "ethernet_stats",
            (),
            lambda e: (),
            counters=lambda e: _numbers(e, _ETHERNET_COUNTERS),
            wraps_at=2**32,
        ),
    )
}
"""Identity per record kind; kinds not listed (messages, unparsed) are never compared."""
