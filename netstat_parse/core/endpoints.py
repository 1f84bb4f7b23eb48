"""Endpoints as netstat prints them: ``host:port`` in all its spellings.

* IPv4 ``192.0.2.1:443``; Windows IPv6 in brackets with an optional zone
  ``[fe80::1%12]:49664``; Linux IPv6 without brackets ``fe80::1:546`` (split at the last
  colon); wildcards ``*:*``, ``0.0.0.0:*``, ``[::]:*``; names ``kaos:epmap``, ``82:http``.
* The port may be a number, ``*`` (none) or a service name, which is kept in
  ``service`` while ``port`` gets its registered number when known.

``split_endpoint`` and ``endpoint_fields`` are cached: interval captures repeat the same
endpoints thousands of times. A connection table of unique endpoints misses every time, so
the uncached bodies are flat too: one regex classifies the host, the port is read inline.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from netstat_parse.core.memo import memoized_by_text, memoized_by_texts
from netstat_parse.core.services import service_port

# one fullmatch tells both families apart: a dotted quad (group 1), else hex digits, dots and
# at least one colon, with an optional %zone (possessive: nothing here can backtrack)
_ADDRESS: Final = re.compile(r"(\d{1,3}(?:\.\d{1,3}){3})|[0-9A-Fa-f.]*+:[0-9A-Fa-f:.]*+(?:%[\w.-]++)?")


CACHE_ENTRIES: Final = 4096
CACHEABLE_LENGTH: Final = 64
"""Memo bounds of the endpoint functions (see core/memo.py)."""


class Endpoint(NamedTuple):
    """One side of a connection: host as printed (brackets removed), port, service name."""

    host: str | None
    port: int | None
    service: str | None
    ip_version: int | None


_new_endpoint: Final = tuple.__new__
"""``_new_endpoint(Endpoint, (host, port, service, ip_version))``: the tuple without the
Python-level ``Endpoint.__new__`` call (half the cost; the hot path builds one per side)."""


def ip_version_of(host: str | None) -> int | None:
    """4 or 6 when ``host`` is a numeric address, else None (names, ``*``)."""
    found = _ADDRESS.fullmatch(host) if host else None
    if found is None:
        return None
    return 6 if found.lastindex is None else 4


def port_fields(port_text: str) -> tuple[int | None, str | None]:
    """(port, service) of a printed port: number, ``*`` (none) or a service name."""
    if port_text.isascii() and port_text.isdigit():  # not "²", which isdigit() but int() refuses
        return int(port_text), None
    if port_text in ("*", ""):
        return None, None
    return service_port(port_text), port_text


def _endpoint_fields(host_text: str, port_text: str | None) -> Endpoint:
    host: str | None = host_text
    if host_text.startswith("[") and host_text.endswith("]"):
        host = host_text[1:-1]
        version = ip_version_of(host) or (6 if ":" in host else None)
    else:
        host = host_text or None
        version = ip_version_of(host_text)
    port, service = port_fields(port_text) if port_text is not None else (None, None)
    return _new_endpoint(Endpoint, (host, port, service, version))


def _split_endpoint(text: str) -> Endpoint:
    if text.startswith("["):
        close = text.find("]")
        if close > 0:
            rest = text[close + 1 :]
            return _endpoint_fields(text[: close + 1], rest[1:] if rest.startswith(":") else rest)
    host, colon, port_text = text.rpartition(":")
    if not colon:
        return _endpoint_fields(text, None)
    # the common case inline, the same as _endpoint_fields: host_text has no brackets here (a
    # text starting with "[" has no "]" when it gets here, so its host cannot end with one)
    found = _ADDRESS.fullmatch(host)
    version = None if found is None else 6 if found.lastindex is None else 4
    port, service = (int(port_text), None) if port_text.isascii() and port_text.isdigit() else port_fields(port_text)
    return _new_endpoint(Endpoint, (host or None, port, service, version))


endpoint_fields = memoized_by_texts(_endpoint_fields, entries=CACHE_ENTRIES, longest=CACHEABLE_LENGTH)
"""An endpoint from its printed host (brackets allowed) and port texts (memoized)."""

split_endpoint = memoized_by_text(_split_endpoint, entries=CACHE_ENTRIES, longest=CACHEABLE_LENGTH)
"""Split a printed ``host:port`` at its last colon (after a bracketed host, at the colon
following it); a text with no colon is all host, with no port (memoized)."""
