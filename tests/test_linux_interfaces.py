"""Linux ``netstat -i`` / ``-ie``: real captures (this machine, jc), the constructed 1.60
layouts, a live comparison with ``ip -o link``, and the round-trip property for ``-i``."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from hypothesis import given

import netstat_parse
from netstat_parse.core.records import Interface, InterfaceStats
from netstat_parse.core.sections import Section
from netstat_parse.platforms.linux.interfaces import NO_STATISTICS_ROWS, TABLE_ROWS, LinuxInterfaces
from tests.conftest import FIXTURES
from tests.strategies import linux_interfaces

INTERFACES = FIXTURES / "linux" / "interfaces"
C_LOCALE = {**os.environ, "LC_ALL": "C", "LANGUAGE": "C"}


def parsed(name: str) -> netstat_parse.Document:
    doc = netstat_parse.parse_file(INTERFACES / name)
    assert doc.unparsed == []
    return doc


def stats_of(name: str) -> dict[str, InterfaceStats]:
    return {r.interface: r for r in parsed(name).records("interface_stats") if isinstance(r, InterfaceStats)}


def blocks_of(name: str) -> dict[str, Interface]:
    return {r.name or "": r for r in parsed(name).records("interface") if isinstance(r, Interface)}


def test_this_machines_interface_table() -> None:
    rows = stats_of("nettools-2.10-i.txt")
    assert sorted(rows) == ["eth0", "lo"]
    assert (rows["eth0"].mtu, rows["eth0"].flags, rows["eth0"].rx_ok, rows["eth0"].tx_ok) == (1400, "BMRU", 1158, 946)
    assert (rows["lo"].mtu, rows["lo"].flags, rows["lo"].rx_err, rows["lo"].met) == (65536, "LRU", 0, None)
    assert stats_of("nettools-2.10-ia.txt")["ifb0"].flags == "BO"
    (section,) = parsed("nettools-2.10-de-i.txt").sections
    assert (section.title, section.language) == ("Kernel-Schnittstellentabelle", "de")


def test_real_jc_tables_of_two_name_widths() -> None:
    assert stats_of("jc-centos-7.7-netstat-i.txt")["docker0"].flags == "BMU"
    assert stats_of("jc-centos-7.7-netstat-i.txt")["ens33"].rx_ok == 476
    assert stats_of("jc-ubuntu-18.04-netstat-i.txt")["lo"].tx_ok == 94


def test_met_column_and_no_statistics_row() -> None:
    rows = stats_of("constructed-1.60-i-met.txt")
    assert (rows["eth0"].met, rows["eth0"].rx_drp, rows["lo"].mtu) == (0, 12, 16436)
    sit = rows["sit0"]
    assert (sit.mtu, sit.rx_ok, sit.tx_ovr, sit.flags) == (1480, None, None, "O")


def test_this_machines_ie_blocks() -> None:
    blocks = blocks_of("nettools-2.10-ie.txt")
    eth0 = blocks["eth0"]
    assert (eth0.line, eth0.end_line, eth0.mtu, eth0.hw_type, eth0.mac) == (2, 10, 1400, "ether", "02:fc:00:00:00:01")
    assert eth0.flags == ("UP", "BROADCAST", "RUNNING", "MULTICAST")
    assert eth0.addresses == ("192.0.2.2/24", "fd00::2/64", "fe80::fc:ff:fe00:1/64")
    assert (eth0.details["broadcast"], eth0.details["txqueuelen"], eth0.details["fe80::fc:ff:fe00:1/64 scopeid"]) == (
        "192.0.2.255", "1000", "0x20<link>")
    assert eth0.counters["rx_packets"] == 1158 and eth0.counters["rx_bytes"] == 30560515
    assert eth0.counters["collisions"] == 0 and eth0.details["rx_bytes_human"] == "29.1 MiB"
    lo = blocks["lo"]
    assert (lo.hw_type, lo.mac, lo.addresses, lo.details["hw_title"]) == ("loop", None, ("127.0.0.1/8", "::1/128"),
                                                                          "Local Loopback")
    down = blocks_of("nettools-2.10-iae.txt")["ifb0"]
    assert (down.flags, down.addresses) == (("BROADCAST", "NOARP"), ())


def test_translated_ie_blocks_are_read_by_position() -> None:
    english, czech = blocks_of("nettools-2.10-ie.txt")["eth0"], blocks_of("nettools-2.10-cs-ie.txt")["eth0"]
    assert czech.flags == english.flags  # decoded from flags=4163, not from AKTIVOVÁNO,...
    assert czech.details["flags"] == "4163<AKTIVOVÁNO,VŠESMĚR,BĚŽÍ,MULTICAST>"
    assert set(czech.counters) == set(english.counters)
    assert (czech.details["netmask"], czech.details["broadcast"], czech.details["rx_bytes_human"]) == (
        "255.255.255.0", "192.0.2.255", "29,1 MiB")


def test_ifconfig_output_without_title() -> None:
    blocks = blocks_of("jc-centos-7.7-ifconfig.txt")
    assert sorted(blocks) == ["docker0", "ens33", "lo"]
    assert blocks["docker0"].flags == ("UP", "BROADCAST", "MULTICAST")  # no RUNNING: no carrier
    assert blocks["ens33"].addresses == ("192.168.71.137/24", "fe80::c1cb:715d:bc3e:b8a0/64")
    assert blocks["ens33"].counters["tx_bytes"] == 866622


def test_link_encap_blocks_of_net_tools_1_60() -> None:
    blocks = blocks_of("constructed-1.60-ie-link-encap.txt")
    eth0 = blocks["eth0"]
    assert (eth0.line, eth0.end_line, eth0.mtu, eth0.hw_type, eth0.mac) == (2, 11, 1500, "ether", "02:00:5E:10:00:01")
    assert eth0.addresses == ("192.0.2.7/24", "2001:db8::7/64", "fe80::5eff:fe10:1/64")
    assert (eth0.counters["rx_dropped"], eth0.counters["tx_carrier"], eth0.counters["rx_bytes"]) == (12, 0, 557689808)
    assert (eth0.details["interrupt"], eth0.details["base_address"], eth0.details["metric"]) == ("19", "0x2000", "1")
    tun = blocks["tun0"]
    assert (tun.hw_type, tun.details["destination"], tun.addresses) == ("unspec", "198.51.100.2", ("198.51.100.1/32",))
    assert "POINTOPOINT" in tun.flags


def test_unknown_language_title() -> None:
    text = ("Tablica interfejsów jądra\n"
            "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n"
            "eth0             1400      254      0      0 0           190      0      0      0 BMRU\n")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert (doc.sections[0].title, doc.sections[0].language, doc.sections[0].header_lines) == (
        "Tablica interfejsów jądra", "unknown", [1, 2])


def test_damaged_row_is_reported_with_its_column() -> None:
    text = ("Kernel Interface table\n"
            "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n"
            "eth0             1400      254      0      0 0           1x0      0      0      0 BMRU\n")
    (bad,) = netstat_parse.parse(text).unparsed
    assert (bad.line, bad.column) == (3, 58)  # where 1x0 starts


@pytest.mark.skipif(shutil.which("netstat") is None or shutil.which("ip") is None, reason="needs netstat and ip")
def test_live_interfaces_match_ip_link() -> None:
    link = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True).stdout
    expected = {}
    for line in link.splitlines():
        words = line.split()
        expected[words[1].rstrip(":").partition("@")[0]] = int(words[words.index("mtu") + 1])
    live = subprocess.run(["netstat", "-ia"], capture_output=True, text=True, env=C_LOCALE).stdout
    rows = [r for r in netstat_parse.parse(live).records("interface_stats") if isinstance(r, InterfaceStats)]
    assert {r.interface: r.mtu for r in rows} == {name[:15]: mtu for name, mtu in expected.items()}
    blocks = subprocess.run(["netstat", "-iae"], capture_output=True, text=True, env=C_LOCALE).stdout
    found = {r.name: r.mtu for r in netstat_parse.parse(blocks).records("interface") if isinstance(r, Interface)}
    assert found == expected


@given(linux_interfaces.captures())
def test_round_trip(capture: tuple[str, list[InterfaceStats]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert list(doc.records()) == expected
    assert [s.snapshot for s in doc.sections] == [0]


@given(linux_interfaces.captures())
def test_fused_regex_equals_pyparsing_on_rendered_rows(capture: tuple[str, list[InterfaceStats]]) -> None:
    for line in capture[0].splitlines():
        for grammar in (*TABLE_ROWS.values(), *NO_STATISTICS_ROWS.values()):
            assert grammar.match(line) == grammar.match_reference(line)


def test_filtered_rows_open_a_section_by_themselves() -> None:
    """``netstat -i | grep``: no title, no header; each row's column count gives the layout
    (constructed after §1.6: a 1.60 Met row, a 2.10 row, a no-statistics row)."""
    doc = netstat_parse.parse(
        "eth0   1500 0    482113      0     12      0   301877      0      0      0 BMRU\n"
        "wlp2s0           1400     1158      0      0 0           946      0      0      0 BMRU\n"
        "Step 3 - done - ok\n"
        "sit0   1480 0       - no statistics available -                        O\n")
    rows = [r for r in doc.records() if isinstance(r, InterfaceStats)]
    assert [(r.line, r.interface, r.mtu, r.met, r.rx_ok, r.tx_ok, r.flags) for r in rows] == [
        (1, "eth0", 1500, 0, 482113, 301877, "BMRU"), (2, "wlp2s0", 1400, None, 1158, 946, "BMRU"),
        (4, "sit0", 1480, 0, None, None, "O")]
    assert [(s.title, s.header_lines) for s in doc.sections] == [(None, [])]
    assert [(u.line, u.column, u.expected) for u in doc.unparsed] == [(3, 8, "number")]


def test_a_lone_row_needs_flag_letters() -> None:
    """A log line shaped like a no-statistics row does not open a section."""
    assert LinuxInterfaces.open_fragment("Step 3 - done - ok") is None
    assert LinuxInterfaces.open_fragment("lo 65536 0 0 0 0 0 0 0 0 [NO FLAGS]") is not None


def test_an_indented_header_opened_by_fragment_is_claimed_by_feed() -> None:
    header = "  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg"
    opening = LinuxInterfaces.open_fragment(header)
    assert opening is not None and opening.language == "en"
    section = Section(kind="interfaces", platform="linux", title=None, language="en", snapshot=0, line=1, end_line=1)
    parser = LinuxInterfaces(section, opening)
    assert parser.feed(1, header) == [] and section.header_lines == [1]
