"""Windows ``netstat -s``: real and constructed captures, languages nobody listed, damage, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import netstat_parse
from netstat_parse.core.errors import NetstatParseError
from netstat_parse.core.records import ProtocolStats
from netstat_parse.platforms.windows import stats
from tests.conftest import FIXTURES
from tests.strategies import windows_stats

GRAMMARS = (stats.COUNTER_ROW, stats.TABLE_ROW, stats.COLUMN_HEADER)


def _all_stats(doc: netstat_parse.Document) -> list[ProtocolStats]:
    found = list(doc.records("protocol_stats"))
    assert all(isinstance(record, ProtocolStats) for record in found)
    return found  # type: ignore[return-value]


def _stats(doc: netstat_parse.Document) -> dict[str, ProtocolStats]:
    return {record.section: record for record in _all_stats(doc)}


def test_real_windows_7_capture_every_section_every_counter(shared_samples: Path) -> None:
    doc = netstat_parse.parse_file(shared_samples / "windows/stats/ecppt-netstat-ns.txt")
    assert doc.unparsed == []
    sections = _stats(doc)
    assert list(sections) == [kind.title for kind in windows_stats.SECTIONS]
    ipv4, ipv6 = sections["IPv4 Statistics"], sections["IPv6 Statistics"]
    assert (ipv4.line, ipv4.end_line, ipv4.protocol, ipv4.ip_version) == (2, 20, "ip", 4)
    assert ipv4.counters["packets_received"] == 434
    assert ipv4.counters["received_packets_delivered"] == 529
    assert ipv4.counters["output_requests"] == 338
    assert ipv4.labels["output_packet_no_route"] == "Output Packet No Route"
    assert (ipv6.counters["received_packets_delivered"], ipv6.counters["output_requests"]) == (24, 49)
    icmp6 = sections["ICMPv6 Statistics"]
    assert (icmp6.protocol, icmp6.ip_version) == ("icmp", 6)
    assert icmp6.counters["messages_sent"] == 4
    assert icmp6.counters["router_solicitations_sent"] == 3
    assert icmp6.counters["neighbor_solicitations_sent"] == 1
    assert icmp6.counters["router_renumberings_received"] == 0
    tcp4 = sections["TCP Statistics for IPv4"]
    assert tcp4.counters == {
        "active_opens": 0, "passive_opens": 1, "failed_connection_attempts": 0, "reset_connections": 0,
        "current_connections": 1, "segments_received": 433, "segments_sent": 231, "segments_retransmitted": 0,
    }
    udp4, udp6 = sections["UDP Statistics for IPv4"], sections["UDP Statistics for IPv6"]
    assert (udp4.counters["datagrams_received"], udp4.counters["datagrams_sent"]) == (72, 96)
    assert udp6.counters["datagrams_sent"] == 31
    assert [len(s.counters) for s in sections.values()] == [17, 17, 30, 34, 8, 8, 4, 4]
    assert all(not s.unknown_labels for s in sections.values())
    icmp_section = next(s for s in doc.sections if s.title == "ICMPv4 Statistics")
    assert icmp_section.header_lines == [42, 44]


def test_full_capture_fixture_sections_and_values() -> None:
    doc = netstat_parse.parse_file(FIXTURES / "windows/stats/constructed-netstat-s.txt")
    sections = _stats(doc)
    assert sections["ICMPv4 Statistics"].counters["destination_unreachable_sent"] == 752
    assert sections["ICMPv6 Statistics"].counters["neighbor_advertisements_received"] == 1309
    assert sections["TCP Statistics for IPv6"].counters["segments_retransmitted"] == 57
    assert {s.language for s in doc.sections} == {"en"}


def test_e_s_gives_the_interface_block_first_then_eight_sections() -> None:
    doc = netstat_parse.parse_file(FIXTURES / "windows/stats/constructed-netstat-e-s.txt")
    assert [s.kind for s in doc.sections] == ["ethernet_stats"] + ["protocol_stats"] * 8
    assert next(doc.records("ethernet_stats")).bytes_received == 284101734  # type: ignore[attr-defined]
    assert _stats(doc)["UDP Statistics for IPv4"].counters["no_ports"] == 2210


def test_s_p_tcp_then_the_connection_table_opens_on_its_own_title() -> None:
    doc = netstat_parse.parse_file(FIXTURES / "windows/stats/constructed-netstat-s-p-tcp.txt")
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("protocol_stats", "TCP Statistics for IPv4"), ("connections", "Active Connections")]
    assert _stats(doc)["TCP Statistics for IPv4"].counters["active_opens"] == 20154
    assert [c.remote_port for c in doc.records("connection")] == [443, 80]  # type: ignore[attr-defined]
    assert doc.unparsed == []


def test_german_oem_capture_gives_the_english_keys() -> None:
    doc = netstat_parse.parse_file(FIXTURES / "windows/stats/constructed-de-netstat-e-s-cp850.txt")
    assert doc.encoding == "cp850"
    assert {s.language for s in doc.sections} == {"de"}
    sections = _stats(doc)
    tcp4 = sections["TCP-Statistik für IPv4"]
    assert (tcp4.protocol, tcp4.ip_version) == ("tcp", 4)
    assert tcp4.counters["active_opens"] == 20154
    assert tcp4.labels["active_opens"] == "Aktiv geöffnet"
    assert sections["ICMPv6-Statistik"].counters["packet_too_big_received"] == 0
    assert sections["ICMPv6-Statistik"].labels["packet_too_big_sent"] == "Paket zu groß"
    assert sections["UDP-Statistik für IPv6"].counters["no_ports"] == 118
    assert all(not s.unknown_labels for s in sections.values())
    assert doc.unparsed == []


def test_interval_repeats_are_snapshots() -> None:
    once = (FIXTURES / "windows/stats/constructed-netstat-s.txt").read_text()
    doc = netstat_parse.parse(once + once)
    assert [s.snapshot for s in doc.sections] == [0] * 8 + [1] * 8
    assert [r.snapshot for r in _all_stats(doc)] == [0] * 8 + [1] * 8


OLD_AND_REACTOS = """
IP Statistics

  Packets Received                   = 12
  Output Packets No Route            = 3
  Reassembly Succesful               = 4

ICMPv4 Statistics

                            Received    Sent
  Echos                     7           9
  Messages                              5
  Errors                    2
"""


def test_old_title_reactos_spellings_and_one_column_rows() -> None:
    doc = netstat_parse.parse(OLD_AND_REACTOS)
    ip, icmp = _stats(doc).values()
    assert (ip.protocol, ip.ip_version) == ("ip", 4)
    assert ip.counters == {"packets_received": 12, "output_packet_no_route": 3, "reassembly_successful": 4}
    assert ip.labels["output_packet_no_route"] == "Output Packets No Route"
    assert icmp.counters == {"echos_received": 7, "echos_sent": 9, "messages_sent": 5, "errors_received": 2}
    assert doc.unparsed == []


NOBODY_LISTED = """
Zorblat Quux IPv6

  Frob Alpha            = 5
  Frob Alpha            = 6

Zorblat ICMPv4

                            Zuup      Zaap
  Frob Beta                 1           2
  Frob Gamma                            4
"""


def test_a_language_nobody_listed_is_read_by_its_shape() -> None:
    doc = netstat_parse.parse(NOBODY_LISTED)
    assert doc.unparsed == []
    first, second = doc.sections
    assert (first.title, first.language, first.header_lines) == ("Zorblat Quux IPv6", "unknown", [2])
    assert (second.title, second.header_lines) == ("Zorblat ICMPv4", [7, 9])
    ip, icmp = _stats(doc).values()
    assert (ip.protocol, ip.ip_version, ip.line, ip.end_line) == ("ip", 6, 2, 5)
    assert ip.counters == {"frob_alpha": 5, "frob_alpha_2": 6}  # a label printed twice keeps both
    assert ip.unknown_labels == ("frob_alpha", "frob_alpha_2")
    assert (icmp.protocol, icmp.ip_version) == ("icmp", 4)
    assert icmp.counters == {"frob_beta_received": 1, "frob_beta_sent": 2, "frob_gamma_sent": 4}
    assert icmp.labels["frob_gamma_sent"] == "Frob Gamma"


def test_a_damaged_row_is_reported_and_the_section_goes_on() -> None:
    text = "\nTCP Statistics for IPv4\n\n  Active Opens       = 4\n  Passive Opens      = x1\n  Current Connections = 2\n"
    doc = netstat_parse.parse(text)
    records = list(doc.records("protocol_stats"))
    assert [(r.line, r.end_line, r.counters) for r in records] == [  # type: ignore[attr-defined]
        (2, 4, {"active_opens": 4}), (6, None, {"current_connections": 2})]
    (bad,) = doc.unparsed
    assert (bad.line, bad.column) == (5, 24)
    assert "Windows protocol statistics section" in bad.reason
    with pytest.raises(NetstatParseError, match=r":5:24: "):
        netstat_parse.parse(text, strict=True)


@given(windows_stats.captures)
def test_rendered_captures_parse_back(capture: tuple[str, list[ProtocolStats]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert list(doc.records()) == expected


@given(windows_stats.captures)
def test_fused_grammars_agree_with_pyparsing_on_rendered_lines(capture: tuple[str, list[ProtocolStats]]) -> None:
    for line in capture[0].splitlines():
        for grammar in GRAMMARS:
            assert grammar.match(line) == grammar.match_reference(line), (grammar.name, line)
