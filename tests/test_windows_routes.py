"""Windows ``route print`` / ``netstat -r``: interface lists, IPv4 and IPv6 tables, XP layouts, languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import netstat_parse
from netstat_parse.core.document import Document
from netstat_parse.core.records import Interface, Record, Route
from netstat_parse.platforms.windows import routes
from tests.conftest import FIXTURES
from tests.strategies import windows_routes as strategies

GRAMMARS = (routes.INTERFACE_ENTRY, routes.IPV4_ROUTE, routes.IPV4_PERSISTENT_ROUTE, routes.IPV6_ROUTE,
            routes.WRAPPED_GATEWAY, routes.SEPARATOR, routes.DEFAULT_GATEWAY)
ROUTES = FIXTURES / "windows" / "routes"


def parse(path: Path) -> Document:
    doc = netstat_parse.parse_file(path)
    assert doc.unparsed == [], doc.unparsed
    return doc


def interfaces(doc: Document) -> list[Interface]:
    return list(doc.records("interface"))  # type: ignore[arg-type]


def route_list(doc: Document) -> list[Route]:
    return list(doc.records("route"))  # type: ignore[arg-type]


def find(doc: Document, destination: str, **fields: object) -> Route:
    """The one route to ``destination`` whose fields include ``fields``."""
    (found,) = [r for r in route_list(doc) if r.destination == destination
                and all(getattr(r, k) == v for k, v in fields.items())]
    return found


# -- properties -------------------------------------------------------------------------
@given(strategies.captures)
def test_round_trip_every_layout_and_language(capture: tuple[str, list[Record]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert list(doc.records()) == expected
    assert doc.unparsed == []


@given(strategies.capture("zz"))
def test_a_language_nobody_listed_parses_by_structure(capture: tuple[str, list[Record]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert list(doc.records()) == expected
    assert doc.unparsed == []
    assert {s.language for s in doc.sections} == {"unknown"}
    assert {s.title for s in doc.sections if s.kind == "interfaces"} == {"Zzlist Zzinterfacez"}


@given(strategies.rows)
def test_fused_regex_equals_pyparsing_on_rendered_rows(line: str) -> None:
    for grammar in GRAMMARS:
        assert grammar.match(line) == grammar.match_reference(line)


# -- real captures ----------------------------------------------------------------------
def test_windows_7_route_print(shared_samples: Path) -> None:
    doc = parse(shared_samples / "windows" / "routes" / "ecppt-route-print-tap.txt")
    assert [(s.kind, s.title, s.language) for s in doc.sections] == [
        ("interfaces", "Interface List", "en"), ("routes", "IPv4 Route Table", "en"),
        ("routes", "IPv6 Route Table", "en")]
    tap, *_, isatap = interfaces(doc)
    assert (tap.index, tap.mac, tap.name) == (14, "00-ff-43-d1-93-b2", "TAP-Win32 Adapter V9")
    assert (isatap.index, isatap.mac, isatap.name) == (15, "00-00-00-00-00-00-00-e0", "Microsoft ISATAP Adapter #2")
    loopback = interfaces(doc)[2]
    assert (loopback.index, loopback.mac, loopback.name) == (1, None, "Software Loopback Interface 1")
    default = find(doc, "0.0.0.0", persistent=False)
    assert (default.gateway, default.on_link, default.interface, default.metric, default.prefix_length) == (
        "172.50.50.1", False, "172.50.50.10", 266, 0)
    kept = find(doc, "0.0.0.0", persistent=True)
    assert (kept.gateway, kept.metric, kept.metric_raw, kept.interface) == ("172.50.50.1", None, "Default", None)
    local = find(doc, "172.50.50.0")
    assert (local.gateway, local.on_link, local.gateway_raw, local.netmask, local.prefix_length) == (
        None, True, "On-link", "255.255.255.0", 24)
    wrapped = find(doc, "2002:ac32:320a::ac32:320a/128")
    assert (wrapped.line, wrapped.end_line, wrapped.interface_index, wrapped.metric, wrapped.on_link) == (
        37, 38, 13, 266, True)
    assert len(route_list(doc)) == 19


def test_windows_11_two_default_routes(shared_samples: Path) -> None:
    doc = parse(shared_samples / "windows" / "routes" / "tomolya-netstat-r-two-defaults.txt")
    defaults = [(r.interface, r.metric) for r in route_list(doc) if r.destination == "0.0.0.0"]
    assert defaults == [("192.168.6.193", 35), ("192.168.6.195", 55)]
    assert find(doc, "192.168.6.192", interface="192.168.6.193").prefix_length == 26
    assert [r.destination for r in route_list(doc) if r.end_line] == [
        "fe80::54af:7a3f:42a2:39e9/128", "fe80::86a8:f53c:b110:f8e6/128"]
    assert doc.sections[2].header_lines == [35, 36, 37, 38, 49, 50, 51]


def test_ipv6_default_route_via_link_local_gateway(shared_samples: Path) -> None:
    doc = parse(shared_samples / "windows" / "routes" / "genesis-route-print-win11.txt")
    default = find(doc, "::/0")
    assert (default.gateway, default.on_link, default.interface_index, default.metric, default.prefix_length) == (
        "fe80::c64f:d5ff:fe8a:7837", False, 7, 286, 0)
    realtek = interfaces(doc)[2]
    assert (realtek.index, realtek.mac, realtek.name) == (7, "14-b5-cd-21-cc-51",
                                                           "Realtek RTL8852BE WiFi 6 802.11ax PCIe Adapter")


def test_german_route_table() -> None:
    doc = parse(FIXTURES / "windows" / "localized" / "de-plc4x-netstat-rn-route-table.txt")
    assert [(s.title, s.language) for s in doc.sections] == [
        ("Schnittstellenliste", "de"), ("IPv4-Routentabelle", "de"), ("IPv6-Routentabelle", "de")]
    assert interfaces(doc)[0].name == "Intel(R) PRO/1000 MT-Netzwerkverbindung #2"
    link = find(doc, "10.211.55.0")
    assert (link.on_link, link.gateway, link.gateway_raw, link.interface, link.metric) == (
        True, None, "Auf Verbindung", "10.211.55.3", 266)
    wrapped = find(doc, "fdb2:2c26:f4e4:1:bcd1:eeb5:c8c1:cf05/128")
    assert (wrapped.interface_index, wrapped.gateway_raw, wrapped.on_link, wrapped.line, wrapped.end_line) == (
        14, "Auf Verbindung", True, 49, 50)
    assert find(doc, "fdb2:2c26:f4e4::/64").metric == 18
    assert not any(r.persistent for r in route_list(doc))
    assert len(route_list(doc)) == 31


def test_windows_xp_layout() -> None:
    doc = parse(ROUTES / "jc-windows-xp-route-print.txt")
    titled, listing, untitled = doc.sections
    assert (titled.kind, titled.title, titled.records, titled.header_lines) == ("routes", "IPv4 Route Table", [],
                                                                              [1, 2])
    assert (listing.kind, listing.header_lines) == ("interfaces", [3, 6])
    assert (untitled.title, untitled.properties, untitled.header_lines) == (
        None, {"ip_version": 4, "default_gateway": "192.168.22.1"}, [7, 8, 9, 18, 19, 20, 21])
    loopback, nic = interfaces(doc)
    assert (loopback.index, loopback.mac, loopback.name) == (1, None, "MS TCP Loopback interface")
    assert (nic.index, nic.mac, nic.name) == (
        2, "00-0c-29-21-f9-3e", "Intel(R) PRO/1000 MT Network Connection - Packet Scheduler Miniport")
    host = find(doc, "192.168.22.135")
    assert (host.gateway, host.on_link, host.interface, host.metric) == ("127.0.0.1", False, "127.0.0.1", 10)
    kept = find(doc, "10.0.4.0", persistent=True)
    assert (kept.gateway, kept.metric, kept.line) == ("192.168.22.1", 1, 22)


def test_windows_10_persistent_ipv6_route_with_overflowing_metric() -> None:
    doc = parse(ROUTES / "jc-windows-10-route-print.txt")
    tailscale = interfaces(doc)[0]
    assert (tailscale.index, tailscale.mac, tailscale.name) == (28, None, "Tailscale Tunnel")
    assert [r.destination for r in route_list(doc) if r.persistent and r.ip_version == 4] == [
        "10.0.1.0", "10.0.3.0", "10.0.4.0", "10.0.0.0"]
    kept = find(doc, "2001:db8::/64", persistent=True)
    assert (kept.interface_index, kept.metric, kept.gateway, kept.line) == (0, 4294967295, "fe80::1", 58)
    active = find(doc, "2001:db8::/64", persistent=False)
    assert (active.interface_index, active.metric, active.gateway) == (12, 271, "fe80::1")


@pytest.mark.parametrize("name", ["7", "2008", "2016", "11"])
def test_jc_captures_parse_completely(name: str) -> None:
    doc = parse(ROUTES / f"jc-windows-{name}-route-print.txt")
    assert [s.kind for s in doc.sections] == ["interfaces", "routes", "routes"]
    assert find(doc, "127.0.0.0").gateway_raw == "On-link"
    assert all(r.metric is not None or r.metric_raw == "Default" for r in route_list(doc))


def test_windows_2008_default_metric_word() -> None:
    kept = find(parse(ROUTES / "jc-windows-2008-route-print.txt"), "0.0.0.0", persistent=True)
    assert (kept.gateway, kept.metric, kept.metric_raw) == ("192.168.23.1", None, "Default")


# -- layouts no fixture shows -----------------------------------------------------------
def test_xp_names_wrapped_at_80_columns_are_joined() -> None:
    doc = parse(ROUTES / "constructed-xp-console-wrapped-names.txt")
    listing, table = doc.sections
    assert (listing.title, listing.command, listing.header_lines) == ("Interface List", "netstat -nr", [3, 4, 5, 13])
    loopback, sis, intel, dell = interfaces(doc)
    assert (sis.index, sis.name, sis.line, sis.end_line) == (
        2, "SiS 900-Based PCI Fast Ethernet Adapter - Packet Scheduler Miniport", 7, 8)
    assert (intel.index, intel.mac, intel.name, intel.line, intel.end_line) == (
        3, "00-20-e0-6e-a0-66", "Intel 8255x-based PCI Ethernet Adapter (10/100) - Packet Scheduler Miniport", 9, 10)
    assert intel.raw == f"0x3 ...00 20 e0 6e a0 66 ...... {intel.name}"
    assert (dell.index, dell.mac, dell.name, dell.line, dell.end_line) == (
        65540, "00-1d-92-c4-43-d3", "Dell Wireless 1390 WLAN Mini-Card - Packet Scheduler Miniport", 11, 12)
    assert loopback.end_line is None
    assert (table.title, table.properties["default_gateway"]) == (None, "192.0.2.1")
    assert find(doc, "198.51.100.64", persistent=True).metric == 1


def test_spanish_route_print_and_a_filtered_one_with_empty_tables() -> None:
    doc = parse(ROUTES / "constructed-es-route-print-and-filtered.txt")
    assert [(s.title, s.language, s.command, len(s.records)) for s in doc.sections] == [
        ("ILista de interfaces", "es", "route print", 2), ("IPv4 Tabla de enrutamiento", "es", "route print", 5),
        ("IPv6 Tabla de enrutamiento", "es", "route print", 3), ("ILista de interfaces", "es", "route print 203*", 2),
        ("IPv4 Tabla de enrutamiento", "es", "route print 203*", 0),
        ("IPv6 Tabla de enrutamiento", "es", "route print 203*", 0)]
    assert [s.header_lines for s in doc.sections[-2:]] == [[41, 42, 43, 44, 45, 46], [48, 49, 50, 51, 52, 53]]
    link = find(doc, "192.0.2.0")
    assert (link.on_link, link.gateway_raw, link.interface, link.metric) == (True, "En vínculo", "192.0.2.10", 281)
    kept = find(doc, "0.0.0.0", persistent=True)
    assert (kept.gateway, kept.metric, kept.metric_raw) == ("192.0.2.1", None, "Predeterminada")
    wrapped = find(doc, "2001:db8:10::a1b2:c3d4:e5f6/128")
    assert (wrapped.line, wrapped.end_line, wrapped.gateway_raw, wrapped.on_link) == (28, 29, "En vínculo", True)


def test_french_route_print_keeps_english_on_link() -> None:
    doc = parse(ROUTES / "constructed-fr-route-print.txt")
    assert [(s.title, s.language) for s in doc.sections] == [
        ("Liste d'Interfaces", "fr"), ("IPv4 Table de routage", "fr"), ("IPv6 Table de routage", "fr")]
    kept = find(doc, "0.0.0.0", persistent=True)
    assert (kept.gateway, kept.metric, kept.metric_raw) == ("198.51.100.1", None, "Par défaut")
    assert find(doc, "192.0.2.0").gateway_raw == "On-link"
    assert find(doc, "::/0").gateway == "fe80::1"


def test_repeated_route_print_is_the_next_snapshot() -> None:
    text = (FIXTURES / "windows" / "localized" / "de-plc4x-netstat-rn-route-table.txt").read_text(encoding="utf-8")
    doc = netstat_parse.parse(text + text)
    assert doc.unparsed == []
    assert [s.snapshot for s in doc.sections] == [0, 0, 0, 1, 1, 1]
    assert doc.sections[3].header_lines[0] == 63  # the second print's first separator is its own
    assert len(route_list(doc)) == 62


def test_findstr_fragments_are_read_without_titles() -> None:
    text = ("          0.0.0.0          0.0.0.0        192.0.2.1       192.0.2.15     25\n"
            "  255.255.255.255  255.255.255.255         On-link       192.0.2.15    281\n")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    (section,) = doc.sections
    assert (section.kind, section.title, section.language, section.properties) == (
        "routes", None, "unknown", {"ip_version": 4})
    assert [r.on_link for r in route_list(doc)] == [False, True]


def test_unknown_on_link_word_of_two_words() -> None:
    text = "\n".join(["IPv4 Route Table", "=" * 75, "Active Routes:",
                      "        127.0.0.0        255.0.0.0   Na Ligação Local         127.0.0.1    331"])
    (route,) = route_list(netstat_parse.parse(text))
    assert (route.on_link, route.gateway, route.gateway_raw, route.interface) == (
        True, None, "Na Ligação Local", "127.0.0.1")


def test_a_cut_off_wrapped_ipv6_row_keeps_its_route() -> None:
    text = "\n".join(["IPv6 Route Table", "=" * 75, "Active Routes:", " If Metric Network Destination      Gateway",
                      " 14    281 2001:db8:10::a1b2:c3d4:e5f6:1234/128"])
    (route,) = route_list(netstat_parse.parse(text))
    assert (route.destination, route.gateway, route.gateway_raw, route.on_link, route.end_line) == (
        "2001:db8:10::a1b2:c3d4:e5f6:1234/128", None, None, False, None)


def test_rows_that_do_not_fit_are_reported_with_the_expected_token() -> None:
    text = "\n".join(["IPv4 Route Table", "=" * 75, "Active Routes:",
                      "Network Destination        Netmask          Gateway       Interface  Metric",
                      "          0.0.0.0          0.0.0.0        192.0.2.1       192.0.2.15     ",
                      "          0.0.0.0          0.0.0.0        192.0.2.1       192.0.2.15  x25"])
    doc = netstat_parse.parse(text)
    assert [u.line for u in doc.unparsed] == [5, 6]
    assert (doc.unparsed[-1].column, doc.unparsed[-1].expected) == (71, "number")


def test_a_mask_that_is_not_contiguous_has_no_prefix_length() -> None:
    text = "\n".join(["IPv4 Route Table", "=" * 75, "Active Routes:",
                      "        192.0.2.0      255.0.255.0        192.0.2.1       192.0.2.15     25",
                      "     198.51.100.0  255.255.255.224        192.0.2.1       192.0.2.15     25"])
    assert [(r.netmask, r.prefix_length) for r in route_list(netstat_parse.parse(text))] == [
        ("255.0.255.0", None), ("255.255.255.224", 27)]
