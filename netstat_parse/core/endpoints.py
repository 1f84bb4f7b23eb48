"""Endpoints as netstat prints them: ``host:port`` in all its spellings.

* IPv4 ``192.0.2.1:443``; Windows IPv6 in brackets with an optional zone
  ``[fe80::1%12]:49664``; Linux IPv6 without brackets ``fe80::1:546`` (split at the last
  colon); wildcards ``*:*``, ``0.0.0.0:*``, ``[::]:*``; names ``kaos:epmap``, ``82:http``.
* The port may be a number, ``*`` (none) or a service name, which is kept in
  ``service`` while ``port`` gets its registered number when known.

``split_endpoint`` is cached: interval captures repeat the same endpoints thousands of times.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from netstat_parse.core.services import service_port

_IPV4: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_HEX_COLON: Final = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?:%[\w.-]+)?")


class Endpoint(NamedTuple):
    """One side of a connection: host as printed (brackets removed), port, service name."""

    host: str | None
    port: int | None
    service: str | None
    ip_version: int | None


def ip_version_of(host: str | None) -> int | None:
    """4 or 6 when ``host`` is a numeric address, else None (names, ``*``)."""
    if not host or host == "*":
        return None
    if _IPV4.fullmatch(host):
        return 4
    if ":" in host and _HEX_COLON.fullmatch(host):
        return 6
    return None


def port_fields(port_text: str) -> tuple[int | None, str | None]:
    """(port, service) of a printed port: number, ``*`` (none) or a service name."""
    if port_text.isdigit():
        return int(port_text), None
    if port_text in ("*", ""):
        return None, None
    return service_port(port_text), port_text


@lru_cache(maxsize=65536)
def split_endpoint(text: str) -> Endpoint:
    """Split a printed ``host:port``; a text with no colon is all host, with no port."""
    if text.startswith("["):
        close = text.find("]")
        if close > 0:
            host = text[1:close]
            rest = text[close + 1 :]
            port_text = rest[1:] if rest.startswith(":") else rest
            port, service = port_fields(port_text)
            return Endpoint(host, port, service, ip_version_of(host) or (6 if ":" in host else None))
    head, sep, port_text = text.rpartition(":")
    if not sep:
        return Endpoint(text or None, None, None, ip_version_of(text))
    port, service = port_fields(port_text)
    return Endpoint(head, port, service, ip_version_of(head))
