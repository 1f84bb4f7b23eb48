"""Linux ``netstat -s``: real captures of this machine, a live run against /proc, every
template wording, and the hypothesis round trip of rendered reports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given

import netstat_parse
from netstat_parse.cli import run
from netstat_parse.core.records import ProtocolStats
from netstat_parse.platforms.linux.stats import RAW_LINE, SECTION_LINE, SENTENCE_LINE
from netstat_parse.platforms.linux.stats_templates import CURRENT, HISTOGRAM_TITLES, IN, OLDER, TEMPLATES, Template
from tests.conftest import FIXTURES
from tests.strategies import linux_stats

STATS = FIXTURES / "linux" / "stats"


def _records(doc: netstat_parse.Document) -> list[ProtocolStats]:
    return [r for r in doc.records() if isinstance(r, ProtocolStats)]


def _stats(text: str) -> dict[str, ProtocolStats]:
    """Section name -> record of a one-snapshot report, checking nothing went unparsed."""
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    records = _records(doc)
    assert len({r.section for r in records}) == len(records)
    return {r.section: r for r in records}


def _fixture(name: str) -> dict[str, ProtocolStats]:
    return _stats((STATS / name).read_text(encoding="utf-8"))


# -- real captures (net-tools 2.10, Linux 6.18) ------------------------------------------
def test_netstat_s_sections_and_counters() -> None:
    stats = _fixture("netstat-s.txt")
    assert list(stats) == ["Ip", "Icmp", "IcmpMsg", "Tcp", "Udp", "UdpLite", "TcpExt", "IpExt", "MPTcpExt"]
    ip, icmp, tcp, udp = stats["Ip"], stats["Icmp"], stats["Tcp"], stats["Udp"]
    assert (ip.line, ip.end_line, ip.protocol, ip.ip_version) == (1, 8, "ip", 4)
    assert ip.counters["Forwarding"] == 2 and ip.labels["Forwarding"] == "Forwarding: 2"
    assert ip.counters["InReceives"] == 949 and ip.labels["InReceives"] == "949 total packets received"
    assert ip.counters["OutTransmits"] == 739
    assert icmp.counters == {"InMsgs": 10, "InErrors": 0, "InDestUnreachs": 4, "InEchos": 3, "InEchoReps": 3,
                             "OutMsgs": 9, "OutErrors": 0, "OutDestUnreachs": 3, "OutEchos": 3, "OutEchoReps": 3}
    assert stats["IcmpMsg"].counters == {"InType0": 3, "InType3": 4, "InType8": 3, "OutType0": 3, "OutType3": 3,
                                         "OutType8": 3}
    assert tcp.counters["ActiveOpens"] == 17 and tcp.counters["AttemptFails"] == 4 and tcp.counters["OutRsts"] == 10
    assert (tcp.protocol, tcp.ip_version) == ("tcp", None)
    assert udp.counters["NoPorts"] == 3 and udp.counters["SndbufErrors"] == 0
    assert stats["UdpLite"].counters == {} and stats["UdpLite"].end_line is None
    ext = stats["TcpExt"]
    assert ext.counters["TW"] == 9 and ext.labels["TW"] == "9 TCP sockets finished time wait in fast timer"
    assert ext.counters["TCPTimeouts"] == 2 and ext.labels["TCPTimeouts"] == "TCPTimeouts: 2"
    assert ext.counters["TCPAbortOnData"] == 3 and ext.counters["TCPHPHits"] == 6 and ext.counters["TCPPureAcks"] == 16
    assert (ext.line, ext.end_line) == (48, 64)
    assert stats["IpExt"].counters["InOctets"] > stats["IpExt"].counters["OutOctets"]
    assert all(r.unknown_labels == () for r in stats.values())


def test_histogram_titles_are_header_lines() -> None:
    doc = netstat_parse.parse_file(STATS / "netstat-s.txt")
    icmp = next(s for s in doc.sections if s.title == "Icmp")
    assert (icmp.kind, icmp.platform, icmp.line, icmp.header_lines) == ("protocol_stats", "linux", 9, [9, 12, 18])


def test_netstat_s6() -> None:
    stats = _fixture("netstat-s-6.txt")
    assert list(stats) == ["Ip6", "Icmp6", "Udp6", "UdpLite6", "Tcp"]
    assert stats["Ip6"].counters["Ip6InReceives"] == 15 and stats["Ip6"].counters["Ip6OutForwDatagrams"] == 0
    assert stats["Ip6"].counters["Ip6OutMcastPkts"] == 8 and stats["Ip6"].counters["Ip6InOctets"] == 1046
    icmp6 = stats["Icmp6"]
    assert (icmp6.protocol, icmp6.ip_version) == ("icmp", 6)
    # the output title is indented by 8 (the state before it); the lines after it are output
    assert icmp6.counters["Icmp6InEchos"] == 2 and icmp6.counters["Icmp6OutEchos"] == 2
    assert icmp6.counters["Icmp6OutNeighborSolicits"] == 4 and icmp6.counters["Icmp6InType1"] == 4
    assert stats["Udp6"].counters == {"Udp6InDatagrams": 0, "Udp6NoPorts": 3, "Udp6InErrors": 0,
                                      "Udp6OutDatagrams": 3}
    assert stats["Tcp"].counters["ActiveOpens"] == 17


def test_netstat_st_and_su_print_the_tableless_sections_too() -> None:
    assert list(_fixture("netstat-st.txt")) == ["IcmpMsg", "Tcp", "UdpLite", "TcpExt", "IpExt", "MPTcpExt"]
    su = _fixture("netstat-su.txt")
    assert list(su) == ["IcmpMsg", "Udp", "UdpLite", "IpExt", "MPTcpExt"]
    assert su["Udp"].counters["OutDatagrams"] == 184 and su["IcmpMsg"].counters["InType3"] == 4


def test_loop_of_netstat_st_is_two_snapshots() -> None:
    doc = netstat_parse.parse_file(STATS / "netstat-st-loop.txt")
    tcp = [r for r in _records(doc) if r.section == "Tcp"]
    assert [r.snapshot for r in tcp] == [0, 1]
    assert all(tcp[1].counters[name] >= tcp[0].counters[name] for name in tcp[0].counters if name != "CurrEstab")
    assert [s.snapshot for s in doc.sections].count(1) == 6


@pytest.mark.parametrize(("name", "language", "section"), [("de-netstat-s.txt", "de", "Icmp"),
                                                           ("fr-netstat-s-6.txt", "fr", "Icmp6")])
def test_translated_histogram_titles(name: str, language: str, section: str) -> None:
    doc = netstat_parse.parse_file(STATS / name)
    assert doc.unparsed == []
    languages = {s.title: s.language for s in doc.sections}
    assert languages[section] == language and languages["Tcp"] == "en"
    record = next(r for r in _records(doc) if r.section == section)
    assert record.unknown_labels == ()
    assert any(key.startswith(("In", "Icmp6In")) and key.endswith("DestUnreachs") for key in record.counters)
    assert any(key.startswith(("Out", "Icmp6Out")) and key.endswith("DestUnreachs") for key in record.counters)


@pytest.mark.parametrize("title", sorted(HISTOGRAM_TITLES))
def test_every_histogram_title_sets_direction_and_language(title: str) -> None:
    direction, language, _ = HISTOGRAM_TITLES[title]
    doc = netstat_parse.parse(f"Icmp:\n    {title}\n        destination unreachable: 5\n")
    assert doc.unparsed == [] and doc.sections[0].language == language
    record = _records(doc)[0]
    assert record.counters == {"InDestUnreachs" if direction == IN else "OutDestUnreachs": 5}


# -- every wording of the template table ------------------------------------------------
def _render(template: Template, value: int) -> str:
    title = {IN: "    ICMP input histogram:\n", "out": "    ICMP output histogram:\n"}.get(template.direction or "")
    indent = 8 if template.direction else 4
    sentence = " ".join(str(value) if word == "N" else word for word in template.sentence.split(" "))
    return f"{template.section}:\n{title or ''}{' ' * indent}{sentence}\n"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: f"{t.section}-{t.counter}-{t.sentence}")
def test_every_wording_gives_the_kernel_name(template: Template) -> None:
    assert template.sentence.split(" ").count("N") == 1
    record = _stats(_render(template, 18446744073709551615))[template.section]
    assert record.counters == {template.counter: 18446744073709551615}
    assert record.unknown_labels == ()


def test_older_wording_is_covered() -> None:
    """§1.8.5: each older sentence names a counter the current table also has."""
    current = {(s, t.counter) for t in TEMPLATES if t not in OLDER for s in [t.section]}
    assert len(OLDER) >= 20 and all((t.section, t.counter) in current for t in OLDER)
    stats = _stats("Tcp:\n    3 active connections openings\n    40 segments send out\n    1 segments retransmited\n"
                   "TcpExt:\n    2 SYNs to LISTEN sockets ignored\n    7 packets header predicted\n")
    assert stats["Tcp"].counters == {"ActiveOpens": 3, "OutSegs": 40, "RetransSegs": 1}
    assert stats["Tcp"].labels["OutSegs"] == "40 segments send out"
    assert stats["TcpExt"].counters == {"ListenDrops": 2, "TCPHPHits": 7}


def test_constructed_older_report() -> None:
    """A pre-2015 style report (§1.8.5 wordings): every line still gives its kernel name."""
    stats = _fixture("constructed-older-wording-netstat-s.txt")
    assert stats["Ip"].counters["FragOKs"] == 12 and stats["Icmp"].counters["OutEchos"] == 2
    assert stats["Icmp"].labels["InErrors"] == "0 input ICMP message failed."
    assert stats["Tcp"].counters["ActiveOpens"] == 412 and stats["Tcp"].counters["RetransSegs"] == 19
    assert stats["Udp"].counters["NoPorts"] == 3
    assert stats["TcpExt"].counters["PAWSEstab"] == 2 and stats["TcpExt"].counters["TCPHPHitsToUser"] == 186
    assert all(r.unknown_labels == () for r in stats.values())


def test_transcript_of_two_commands_restarts_snapshots() -> None:
    doc = netstat_parse.parse("$ netstat -st\nTcp:\n    3 resets sent\n$ netstat -s -6\nIp6:\n    2 forwarded\n"
                              "Tcp:\n    4 resets sent\n")
    records = _records(doc)
    assert [(r.section, r.snapshot, r.counters) for r in records] == [
        ("Tcp", 0, {"OutRsts": 3}), ("Ip6", 0, {"Ip6OutForwDatagrams": 2}), ("Tcp", 0, {"OutRsts": 4})]
    assert [s.command for s in doc.sections] == ["netstat -st", "netstat -s -6", "netstat -s -6"]


def test_current_table_has_every_appendix_section() -> None:
    assert set(CURRENT) == {"Ip", "Ip6", "Icmp", "Icmp6", "Tcp", "Udp", "Udp6", "TcpExt", "Sctp"}
    assert len(CURRENT["TcpExt"][None]) == 67 and len(CURRENT["Sctp"][None]) == 17


# -- what nobody listed, damage, and interruptions ----------------------------------------
def test_unknown_sentence_keeps_a_counter_and_is_reported() -> None:
    record = _stats("TcpExt:\n    5 segmente abgeschickt\n    Frobnicated Widgets: 7\n")["TcpExt"]
    assert record.counters == {"segmente_abgeschickt": 5, "frobnicated_widgets": 7}
    assert record.unknown_labels == ("segmente_abgeschickt", "frobnicated_widgets")
    assert record.labels["segmente_abgeschickt"] == "5 segmente abgeschickt"


def test_unknown_sentence_reaches_the_cli_user(tmp_path: Path) -> None:
    capture = tmp_path / "s.txt"
    capture.write_text("Tcp:\n    5 segmente abgeschickt\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert run([str(capture), "-o", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))["sections"][0]["records"][0]
    assert record["unknown_labels"] == ["segmente_abgeschickt"] and record["counters"] == {"segmente_abgeschickt": 5}


def test_histogram_sentence_without_title() -> None:
    """Only a wording that one direction alone uses can be placed without its title."""
    record = _stats("Icmp:\n        redirect: 2\n        echo replies: 3\n")["Icmp"]
    assert record.counters == {"OutRedirects": 2, "echo_replies": 3}
    assert record.unknown_labels == ("echo_replies",)


def test_histogram_title_in_an_unlisted_language() -> None:
    doc = netstat_parse.parse("Icmp:\n    1 ICMP messages received\n    Histograma ICMP de intrare:\n"
                              "        echo requests: 1\n    Histograma ICMP de ieșire:\n        echo requests: 2\n")
    assert doc.unparsed == [] and doc.sections[0].header_lines == [1, 3, 5]
    assert doc.sections[0].language == "unknown"
    assert _records(doc)[0].counters == {"InMsgs": 1, "InEchos": 1, "OutEchos": 2}


def test_repeated_counter_is_reported_not_overwritten() -> None:
    doc = netstat_parse.parse("Tcp:\n    3 resets sent\n    OutRsts: 4\n")
    assert _records(doc)[0].counters == {"OutRsts": 3}
    assert [(u.line, u.text) for u in doc.unparsed] == [(3, "    OutRsts: 4")]
    assert "already read on line 2" in doc.unparsed[0].reason


def test_line_without_a_number_is_unparsed_with_a_reason() -> None:
    doc = netstat_parse.parse("Tcp:\n    3 resets sent\n    Forwarding is enabled\n    4 segments received\n")
    record = _records(doc)[0]
    assert record.counters == {"OutRsts": 3, "InSegs": 4} and (record.line, record.end_line) == (1, 4)
    (bad,) = doc.unparsed
    assert (bad.line, bad.expected) == (3, "counter value") and "Linux netstat -s section" in bad.reason


def test_interleaved_stderr_splits_the_section_but_loses_nothing() -> None:
    doc = netstat_parse.parse("Udp:\n    17 packets received\nwarning, got bogus udp line.\n    18 packets sent\n")
    records = list(doc.records())
    stats = [r for r in records if isinstance(r, ProtocolStats)]
    assert [(r.line, r.end_line, r.counters) for r in stats] == [
        (1, 2, {"InDatagrams": 17}), (4, None, {"OutDatagrams": 18})]
    accounted = {r.line for r in records} | {u.line for u in doc.unparsed} | set(doc.sections[0].header_lines)
    assert accounted >= {1, 3, 4}


def test_section_lines_are_table_names() -> None:
    assert SECTION_LINE.match("TcpExt:") == {"section": "TcpExt"}
    assert SECTION_LINE.match("FutureExt:") == {"section": "FutureExt"}
    assert SECTION_LINE.match(" Ip:") == {"section": "Ip"}  # pasted with an indent
    for text in ("Note:", "Tcpx:", "Tcp: 5", "Tcp :", "    InType3: 1"):
        assert SECTION_LINE.match(text) is None


def test_pasted_without_indentation() -> None:
    """Indentation lost in a paste: known sentences and raw lines at column 0 still count,
    an unknown sentence at column 0 is left to the driver (reported, not swallowed)."""
    doc = netstat_parse.parse("Tcp:\n3 resets sent\nInCsumErrors: 2\nIcmp:\nICMP output histogram:\n"
                              "echo requests: 4\n9 frobnicated widgets\n")
    assert [(r.section, r.counters) for r in _records(doc)] == [
        ("Tcp", {"OutRsts": 3, "InCsumErrors": 2}), ("Icmp", {"OutEchos": 4})]
    assert [(u.line, u.text) for u in doc.unparsed] == [(7, "9 frobnicated widgets")]


def test_pasted_with_one_space_everywhere() -> None:
    stats = _stats(" Ip:\n 11150 total packets received\n 1 with invalid addresses\n"
                   " Tcp:\n 582 active connections openings\n")
    assert stats["Ip"].counters == {"InReceives": 11150, "InAddrErrors": 1}
    assert stats["Tcp"].counters == {"ActiveOpens": 582}


def test_value_line_grammars() -> None:
    assert RAW_LINE.match("        InType3: 1") == {"name": "InType3", "value": "1"}
    assert RAW_LINE.match("    redirects: 1") is None
    assert SENTENCE_LINE.match("    Quick ack mode was activated 12 times") == {
        "before": "Quick ack mode was activated ", "value": "12", "after": "times"}
    assert SENTENCE_LINE.match("        received ICMPv6 time exceeded: 3") == {
        "before": "received ICMPv6 time exceeded: ", "value": "3", "after": None}


# -- live: netstat -s against the kernel's files -------------------------------------------
def _proc_counters() -> dict[str, dict[str, int]]:
    """Section -> counter -> value from /proc/net/snmp, /proc/net/netstat and /proc/net/snmp6."""
    found: dict[str, dict[str, int]] = {}
    for name in ("snmp", "netstat"):
        lines = Path(f"/proc/net/{name}").read_text().splitlines()
        for head, values in zip(lines[::2], lines[1::2]):
            section, *names = head.split()
            found.setdefault(section.rstrip(":"), {}).update(zip(names, map(int, values.split()[1:])))
    snmp6 = Path("/proc/net/snmp6")
    if snmp6.exists():
        for line in snmp6.read_text().splitlines():
            name, number = line.split()
            found.setdefault(name[: name.index("6") + 1], {})[name] = int(number)
    return found


GAUGES = {"CurrEstab", "Forwarding", "DefaultTTL", "MaxConn", "RtoMin", "RtoMax", "RtoAlgorithm"}


def _live_netstat(options: list[str], language: str) -> str:
    netstat = shutil.which("netstat")
    if netstat is None or not Path("/proc/net/snmp").exists():
        pytest.skip("net-tools netstat or /proc/net/snmp is not available")
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": language}
    return subprocess.run([netstat, *options], capture_output=True, text=True, env=env, check=True).stdout


@pytest.mark.parametrize("options", [["-s"], ["-s", "-6"], ["-st"], ["-su"], ["-sw"]])
def test_live_netstat_s_matches_the_kernel(options: list[str]) -> None:
    _live_netstat(["-s"], "C")  # skips when there is nothing to run
    before = _proc_counters()
    text = _live_netstat(options, "C")
    after = _proc_counters()
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    records = _records(doc)
    assert records and sum(len(r.counters) for r in records) == sum(
        1 for line in text.splitlines() if line.startswith(" ") and "histogram:" not in line)
    for record in records:
        assert record.unknown_labels == ()
        for name, number in record.counters.items():
            assert name in after[record.section], (record.section, name)
            if name in GAUGES:
                continue
            # a counter may first appear between the reads (IcmpMsg types are listed once nonzero)
            low, high = before.get(record.section, {}).get(name, 0), after[record.section][name]
            assert low % 2**64 <= number <= high % 2**64, (record.section, name, low, number, high)


@pytest.mark.parametrize("language", sorted({lang for _, lang, _ in HISTOGRAM_TITLES.values()} - {"en"}))
@pytest.mark.parametrize("options", [["-s"], ["-s", "-6"]])
def test_live_translated_netstat_s(language: str, options: list[str]) -> None:
    """The translation table still matches what this machine's net-tools prints."""
    text = _live_netstat(options, language.replace("-", "_"))  # the BCP 47 tag's gettext locale
    if "ICMP input histogram:" in text or "ICMP output histogram:" in text:
        pytest.skip(f"net-tools has no {language} catalogue here")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == [] and all(r.unknown_labels == () for r in _records(doc))
    icmp = next(s for s in doc.sections if s.title in ("Icmp", "Icmp6"))
    assert icmp.language == language and len(icmp.header_lines) == 3


# -- properties -----------------------------------------------------------------------------
@given(linux_stats.captures)
def test_rendered_reports_parse_back(capture: tuple[str, list[ProtocolStats]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert list(doc.records()) == expected


@given(linux_stats.rows)
def test_fused_regex_equals_pyparsing_on_rendered_rows(line: str) -> None:
    for grammar in (SECTION_LINE, RAW_LINE, SENTENCE_LINE):
        assert grammar.match(line) == grammar.match_reference(line)
