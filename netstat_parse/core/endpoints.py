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

import inspect
import re
from collections.abc import Callable
from functools import wraps
from typing import Final, NamedTuple, ParamSpec, TypeVar, cast

from netstat_parse.core.services import service_port

# one fullmatch tells both families apart: a dotted quad (group 1), else hex digits, dots and
# at least one colon, with an optional %zone (possessive: nothing here can backtrack)
_ADDRESS: Final = re.compile(r"(\d{1,3}(?:\.\d{1,3}){3})|[0-9A-Fa-f.]*+:[0-9A-Fa-f:.]*+(?:%[\w.-]++)?")


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
    the rare refill).

    A function of one text is keyed by the text itself, and keeps a result only when its text
    comes the second time (a bounded set of texts seen once): in a table of unique endpoints,
    where every lookup misses, keeping each result alive would only make the garbage collector
    run (it tracks the result tuples, not the texts), at a third of a miss's cost."""
    cache: dict[object, R] = {}
    lookup = cache.get
    seen: set[str | None] = set()
    call: Callable[..., R] = function  # called with the positional arguments it was given

    def one_text(text: str | None) -> R:
        found = lookup(text)
        if found is None:
            found = call(text)
            if text is None or len(text) <= CACHEABLE_LENGTH:
                if text in seen:
                    if len(cache) >= CACHE_ENTRIES:
                        cache.clear()
                    cache[text] = found
                else:
                    if len(seen) >= CACHE_ENTRIES:
                        seen.clear()
                    seen.add(text)
        return found

    def texts(*args: P.args, **kwargs: P.kwargs) -> R:
        if kwargs:
            return function(*args, **kwargs)
        found = lookup(args)
        if found is None:
            found = call(*args)
            if all(type(arg) is not str or len(arg) <= CACHEABLE_LENGTH for arg in args):
                if len(cache) >= CACHE_ENTRIES:
                    cache.clear()
                cache[args] = found
        return found

    parameters = list(inspect.signature(function).parameters.values())
    single = len(parameters) == 1 and parameters[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                                             inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return wraps(function)(cast(Callable[P, R], one_text if single else texts))


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
    port, service = (int(port_text), None) if port_text.isdigit() else port_fields(port_text)
    return _new_endpoint(Endpoint, (host or None, port, service, version))


endpoint_fields = cached_for_short_texts(_endpoint_fields)
"""An endpoint from its printed host (brackets allowed) and port texts (memoized)."""

split_endpoint = cached_for_short_texts(_split_endpoint)
"""Split a printed ``host:port`` at its last colon (after a bracketed host, at the colon
following it); a text with no colon is all host, with no port (memoized)."""
