"""Linux ``netstat -r``: real captures (this machine, jc), constructed older layouts, a live
comparison with ``ip route``, and the round-trip property over rendered tables."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from hypothesis import given

import netstat_parse
from netstat_parse.core.records import Route
from netstat_parse.platforms.linux.routes import CACHE_ROWS, IPV4_ROWS, IPV6_ROW
from tests.conftest import FIXTURES
from tests.strategies import linux_routes

ROUTES = FIXTURES / "linux" / "routes"

C_LOCALE = {**os.environ, "LC_ALL": "C", "LANGUAGE": "C"}


def routes_of(name: str) -> list[Route]:
    doc = netstat_parse.parse_file(ROUTES / name)
    assert doc.unparsed == []
    return [r for r in doc.records("route") if isinstance(r, Route)]


@pytest.mark.parametrize(("name", "mss", "metric"), [
    ("nettools-2.10-rn.txt", 0, None),  # layout B: MSS Window irtt
    ("nettools-2.10-rne.txt", None, 0),  # layout A: Metric Ref Use
    ("nettools-2.10-rnee.txt", 0, 0),  # layout C: both
    ("nettools-2.10-de-rn.txt", 0, None),
    ("nettools-2.10-cs-rne.txt", None, 0),
    ("nettools-2.10-ja-rnee.txt", 0, 0),
])
def test_this_machines_ipv4_table_in_every_layout(name: str, mss: int | None, metric: int | None) -> None:
    default, lan = routes_of(name)
    assert (default.destination, default.gateway, default.netmask, default.prefix_length) == (
        "0.0.0.0", "192.0.2.1", "0.0.0.0", 0)
    assert (default.flags, default.flag_names, default.interface) == ("UG", ("up", "gateway"), "eth0")
    assert (lan.destination, lan.gateway, lan.on_link, lan.gateway_raw, lan.prefix_length) == (
        "192.0.2.0", None, True, "0.0.0.0", 24)
    assert (default.mss, default.metric) == (mss, metric)


def test_names_in_non_numeric_mode() -> None:
    default, _ = routes_of("nettools-2.10-r.txt")
    assert default.destination == "default"
    _, _, gateway_host = routes_of("jc-ubuntu-18.04-netstat-r.txt")
    assert (gateway_host.destination, gateway_host.flags, gateway_host.prefix_length) == ("_gateway", "UH", 32)
    assert routes_of("jc-ubuntu-18.04-netstat-r.txt")[0].gateway == "_gateway"


def test_layout_c_interface_is_cut_to_six_characters() -> None:
    docker = routes_of("jc-centos-7.7-netstat-rnee.txt")[1]
    assert (docker.destination, docker.interface, docker.metric, docker.window) == ("172.17.0.0", "docker", 0, 0)
    assert routes_of("jc-ubuntu-18.04-netstat-rne.txt")[0].metric == 100


@pytest.mark.parametrize("name", ["constructed-rn-reject.txt", "constructed-rne-reject.txt",
                                  "constructed-rnee-reject.txt"])
def test_reject_routes(name: str) -> None:
    rejected = routes_of(name)[3:]
    assert [r.flags for r in rejected] == ["!", "!H"]
    assert [r.flag_names for r in rejected] == [("reject",), ("reject", "host")]
    for route in rejected:
        assert (route.gateway, route.on_link, route.gateway_raw, route.interface) == (None, False, "-", None)
        assert route.ref is None and route.mss is None and route.irtt is None
    if name == "constructed-rne-reject.txt":
        assert [r.metric for r in rejected] == [603, 604] and [r.use for r in rejected] == [51, 68]


def test_ipv6_table() -> None:
    rows = routes_of("nettools-2.10-rn-6.txt")
    default = rows[2]
    assert (default.destination, default.prefix_length, default.gateway, default.metric) == ("::/0", 0, "fd00::1", 1024)
    unreachable = rows[-1]
    assert (unreachable.flags, unreachable.flag_names, unreachable.metric, unreachable.interface) == (
        "!n", ("reject", "nonexthop"), -1, "lo")
    bracketed = routes_of("nettools-2.10-r-6.txt")
    assert bracketed[2].destination == "[::]/0" and bracketed[0].gateway_raw == "[::]" and bracketed[0].on_link
    assert [r.ip_version for r in bracketed] == [6] * 8


def test_ipv6_overflowing_names_and_old_header() -> None:
    rows = routes_of("jc-centos-7.7-route-6.txt")
    assert len(rows) == 21
    named = rows[8]
    assert (named.destination, named.prefix_length, named.interface) == (
        "unknown000c293b580e.attlocal.net/128", 128, "ens33")
    assert (rows[9].ref, rows[9].use) == (1, 43)
    assert rows[10].gateway == "gateway"


def test_fused_ref_use_of_pre_2018_builds() -> None:
    rows = {r.line: r for r in routes_of("constructed-rn-6-fused-ref-use.txt")}
    assert (rows[5].ref, rows[5].use, rows[5].ref_use_raw) == (2, 16654, None)
    assert (rows[6].ref, rows[6].use, rows[6].ref_use_raw) == (1, 123456, "1123456")  # 1 + 6 digits: certain
    assert (rows[7].ref, rows[7].use, rows[7].ref_use_raw) == (None, None, "121234567")  # 12+1234567 or 121+234567
    assert rows[8].destination == "2001:db8:1:0:a1b2:c3d4:e5f6:789/128"


def test_empty_routing_cache_is_a_section() -> None:
    doc = netstat_parse.parse_file(ROUTES / "nettools-2.10-rnC.txt")
    (section,) = doc.sections
    assert (section.kind, section.title, section.header_lines, section.records) == (
        "routes", "Kernel IP routing cache", [1, 2], [])


def test_cache_rows_have_a_source() -> None:
    text = ("Kernel IP routing cache\n"
            "Source          Destination     Gateway         Flags Metric Ref    Use Iface\n"
            "192.0.2.2       198.51.100.7    192.0.2.1             0      2       71 eth0\n"
            "192.0.2.2       198.51.100.8    192.0.2.1       G     0      2       71 eth0\n")
    doc = netstat_parse.parse(text)
    (route,) = doc.records("route")
    assert isinstance(route, Route)
    assert (route.cache_source, route.destination, route.gateway, route.netmask, route.use) == (
        "192.0.2.2", "198.51.100.8", "192.0.2.1", None, 71)
    assert [u.line for u in doc.unparsed] == [3]  # a cache row without flags is not invented


def test_unknown_language_is_read_by_shape() -> None:
    text = ("Tablica routingu IP jądra\n"
            "Cel             Brama           Maska           Flagi Metryka Odn  Użyć Interfejs\n"
            "0.0.0.0         192.0.2.1       0.0.0.0         UG    100    0        0 eth0\n")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    (section,) = doc.sections
    assert (section.title, section.language, section.header_lines) == ("Tablica routingu IP jądra", "unknown", [1, 2])
    (route,) = doc.records("route")
    assert isinstance(route, Route) and route.metric == 100


def test_header_less_rows_are_recognized() -> None:
    text = "0.0.0.0         192.0.2.1       0.0.0.0         UG        0 0          0 eth0\n"
    (route,) = netstat_parse.parse(text).records("route")
    assert isinstance(route, Route) and route.gateway == "192.0.2.1"


@pytest.mark.skipif(shutil.which("netstat") is None or shutil.which("ip") is None, reason="needs netstat and ip")
def test_live_default_route_matches_ip_route() -> None:
    ip_route = subprocess.run(["ip", "-4", "route", "show", "default"], capture_output=True, text=True).stdout.split()
    live = subprocess.run(["netstat", "-rn"], capture_output=True, text=True, env=C_LOCALE).stdout
    routes = [r for r in netstat_parse.parse(live).records("route") if isinstance(r, Route)]
    if "via" not in ip_route:
        pytest.skip("no IPv4 default route here")
    (default,) = [r for r in routes if r.destination == "0.0.0.0" and r.prefix_length == 0][:1]
    assert default.gateway == ip_route[ip_route.index("via") + 1]
    assert default.interface == ip_route[ip_route.index("dev") + 1]


@given(linux_routes.captures())
def test_round_trip(capture: tuple[str, list[Route]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert list(doc.records()) == expected


@given(linux_routes.captures())
def test_fused_regex_equals_pyparsing_on_rendered_rows(capture: tuple[str, list[Route]]) -> None:
    text, _ = capture
    for line in text.splitlines()[2:]:
        for grammar in (*IPV4_ROWS.values(), *CACHE_ROWS.values(), IPV6_ROW):
            assert grammar.match(line) == grammar.match_reference(line)
