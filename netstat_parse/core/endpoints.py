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
from collections.abc import Callable
from functools import wraps
from typing import Final, NamedTuple, ParamSpec, TypeVar

from netstat_parse.core.services import service_port

_IPV4: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# possessive: "a colon somewhere" is checked by the caller, so nothing here can backtrack
_HEX_COLON: Final = re.compile(r"[0-9A-Fa-f:.]++(?:%[\w.-]++)?")


P = ParamSpec("P")
R = TypeVar("R")
CACHE_ENTRIES: Final = 8192
CACHEABLE_LENGTH: Final = 64


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


def cached_for_short_texts(function: Callable[P, R]) -> Callable[P, R]:
    """Memoize ``function`` (positional text arguments) for short texts: endpoints repeat a lot
    in interval captures. The cache is bounded (emptied when it holds :data:`CACHE_ENTRIES`),
    so memory stays flat whatever the input, and a hostile 100,000-character "address" is
    never kept. A plain dict: a hit costs one lookup (an LRU's bookkeeping costs more than
    the rare refill)."""
    cache: dict[tuple[object, ...], R] = {}
    lookup = cache.get

    @wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if kwargs:
            return function(*args, **kwargs)
        found = lookup(args)
        if found is not None:
            return found
        found = function(*args, **kwargs)
        if all(type(arg) is not str or len(arg) <= CACHEABLE_LENGTH for arg in args):
            if len(cache) >= CACHE_ENTRIES:
                cache.clear()
            cache[args] = found
        return found

    return wrapper


def _endpoint_fields(host_text: str, port_text: str | None) -> Endpoint:
    host: str | None = host_text
    if host_text.startswith("[") and host_text.endswith("]"):
        host = host_text[1:-1]
        version = ip_version_of(host) or (6 if ":" in host else None)
    else:
        host = host_text or None
        version = ip_version_of(host_text)
    port, service = port_fields(port_text) if port_text is not None else (None, None)
    return Endpoint(host, port, service, version)


def _split_endpoint(text: str) -> Endpoint:
    if text.startswith("["):
        close = text.find("]")
        if close > 0:
            rest = text[close + 1 :]
            return _endpoint_fields(text[: close + 1], rest[1:] if rest.startswith(":") else rest)
    head, sep, port_text = text.rpartition(":")
    if not sep:
        return _endpoint_fields(text, None)
    return _endpoint_fields(head, port_text)


endpoint_fields = cached_for_short_texts(_endpoint_fields)
"""An endpoint from its printed host (brackets allowed) and port texts (memoized)."""

split_endpoint = cached_for_short_texts(_split_endpoint)
"""Split a printed ``host:port`` at its last colon (after a bracketed host, at the colon
following it); a text with no colon is all host, with no port (memoized)."""
