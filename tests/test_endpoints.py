"""core/endpoints.py: the flat fast path gives exactly what the plain reference below gives.

The reference is the straightforward statement of the rules (split, then classify the host
with one regex per family, then read the port): the fast code must agree with it on any text,
cache hits and misses alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from netstat_parse.core.endpoints import Endpoint, endpoint_fields, ip_version_of, port_fields, split_endpoint
from netstat_parse.core.services import service_port

_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_HEX_COLON = re.compile(r"[0-9A-Fa-f:.]++(?:%[\w.-]++)?")


def reference_ip_version(host: str | None) -> int | None:
    if not host or host == "*":
        return None
    if _IPV4.fullmatch(host):
        return 4
    if ":" in host and _HEX_COLON.fullmatch(host):
        return 6
    return None


def reference_port(port_text: str) -> tuple[int | None, str | None]:
    if port_text.isascii() and port_text.isdigit():
        return int(port_text), None
    if port_text in ("*", ""):
        return None, None
    return service_port(port_text), port_text


def reference_fields(host_text: str, port_text: str | None) -> Endpoint:
    host: str | None = host_text
    if host_text.startswith("[") and host_text.endswith("]"):
        host = host_text[1:-1]
        version = reference_ip_version(host) or (6 if ":" in host else None)
    else:
        host = host_text or None
        version = reference_ip_version(host_text)
    port, service = reference_port(port_text) if port_text is not None else (None, None)
    return Endpoint(host, port, service, version)


def reference_split(text: str) -> Endpoint:
    if text.startswith("["):
        close = text.find("]")
        if close > 0:
            rest = text[close + 1 :]
            return reference_fields(text[: close + 1], rest[1:] if rest.startswith(":") else rest)
    head, sep, port_text = text.rpartition(":")
    if not sep:
        return reference_fields(text, None)
    return reference_fields(head, port_text)


def outcome(function: Callable[..., object], *args: str | None) -> object:
    """The result, or the exception's type (so that a crash compares as a difference)."""
    try:
        return function(*args)
    except ValueError as err:
        return type(err)


# pieces endpoints are made of, and the characters that trip the rules up
PIECES = st.sampled_from([
    "0", "1", "12", "255", "192.0.2.1", "10.0.0", "::", ":", "::1", "fe80::1c2b:3dff", "2001:db8::",
    "%", "%eth0", "%12", "%a.b-c", "[", "]", "[::]", "[fe80::1%12]", "*", "0.0.0.0", "localhost",
    "http", "epmap", "ssh", ".", "a", "F", "g", "ß", "٣", "²", "-", "_", "1.2.3.4.5", "", "ffff:",
])
ADDRESS_LIKE = st.builds(
    lambda parts, separators, zone, port: "".join(p + s for p, s in zip(parts, separators)) + zone + port,
    st.lists(st.sampled_from(["", "0", "12", "255", "1234", "fe", "FFFF", "g", "٣٣", "²"]), min_size=1, max_size=9),
    st.lists(st.sampled_from([".", ":", "", "::"]), min_size=9, max_size=9),
    st.one_of(st.just(""), st.text(alphabet="%ab.-_:1٣ ", max_size=8).map("%".__add__)),
    st.sampled_from(["", ":", ":80", ":*", ":http", ":²", ":٣"]),
)
"""Dotted and colon-separated groups of digits and hex, an optional %zone and port."""
ENDPOINT_TEXTS = st.one_of(
    ADDRESS_LIKE,
    ADDRESS_LIKE.map(lambda text: f"[{text}]"),
    st.builds(lambda host, port: f"[{host}]{port}", ADDRESS_LIKE, st.sampled_from(["", ":", ":80", "80", ":x"])),
    st.lists(PIECES, max_size=12).map("".join),
    st.text(alphabet="0123456789abcdefABCDEFgz.:[]%*-_ ٣²", max_size=40),
    st.text(max_size=20),
    st.builds(lambda piece, times: piece * times, PIECES, st.integers(10, 400)),  # long, over the cache limit
)


@given(ENDPOINT_TEXTS)
@example("")
@example(":")
@example(":::")
@example("*:*")
@example("[]:80")
@example("[::1]abc")
@example("[fe80::1%eth0]")
@example("[fe80::1%eth0]:")
@example("fe80::1%eth0:546")
@example("1.2.3.4:5:80")
@example("1.2.3.4:²")
@example("1234.1.2.3:80")
@example("٣.1.2.3:80")
@example("fe80::1%a.b-c_d:546")
@example("[:" * 300)
def test_split_endpoint_equals_the_reference(text: str) -> None:
    expected = outcome(reference_split, text)
    assert outcome(split_endpoint, text) == expected
    assert outcome(split_endpoint, text) == expected  # the cached answer, when kept
    assert outcome(ip_version_of, text) == reference_ip_version(text)


@given(ENDPOINT_TEXTS, st.one_of(st.none(), ENDPOINT_TEXTS))
@example("[]", "")
@example("[fe80::1%12]", "49664")
@example("[name]", "http")
def test_endpoint_fields_equals_the_reference(host_text: str, port_text: str | None) -> None:
    expected = outcome(reference_fields, host_text, port_text)
    assert outcome(endpoint_fields, host_text, port_text) == expected
    assert outcome(endpoint_fields, host_text, port_text) == expected


def test_ip_version_of_names_and_wildcards() -> None:
    assert [ip_version_of(h) for h in (None, "", "*", "192.0.2.1", "fe80::1%12", "::", "kaos", "1.2.3")] == [
        None, None, None, 4, 6, 6, None, None]


def test_a_port_of_digits_int_refuses_is_a_service_name() -> None:
    """``²`` passes str.isdigit() but not int(): it must not crash the row."""
    assert port_fields("²") == (None, "²")
    assert split_endpoint("1.2.3.4:²") == Endpoint("1.2.3.4", None, "²", 4)
    assert endpoint_fields("[::1]", "١٢") == Endpoint("::1", None, "١٢", 6)
