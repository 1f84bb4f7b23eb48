"""``summary``: listeners, talkers, states and problem counters of real captures."""

from __future__ import annotations

from pathlib import Path

import netstat_parse
from netstat_parse.analysis import summarize
from netstat_parse.analysis.summary import PROBLEM_COUNTER, address_scope
from tests.conftest import FIXTURES

ANALYSIS = FIXTURES / "analysis"


def summary_of(path: Path, **options: int) -> netstat_parse.analysis.Summary:
    return summarize(netstat_parse.parse_file(path), **options)


def test_real_windows_aonb_capture() -> None:
    summary = summary_of(ANALYSIS / "jc-win10-netstat-aonb.txt")
    assert len(summary.connections) == 318
    assert summary.states() == {"(none)": 204, "ESTABLISHED": 54, "LISTEN": 51, "CLOSE_WAIT": 6, "TIME_WAIT": 3}
    assert summary.protocols() == {"tcp": {"total": 114, "ipv4": 99, "ipv6": 15},
                                   "udp": {"total": 204, "ipv4": 141, "ipv6": 63}}
    listening = {(row["protocol"], row["port"]): row for row in summary.listening()}
    assert listening["tcp", 135] == {"protocol": "tcp", "port": 135, "service": None, "addresses": ["0.0.0.0", "::"],
                                     "sockets": 2, "processes": ["svchost.exe (1712)"]}
    assert listening["tcp", 7070]["processes"] == ["AnyDesk.exe (6608)"]
    assert listening["tcp", 445]["processes"] == ["pid 4"]  # "Can not obtain ownership information"
    assert listening["udp", 5353]["sockets"] == 80
    assert listening["udp", 67]["processes"] == ["bdntwrk.exe (34064)", "svchost.exe (4808)"]


def test_real_windows_talkers_and_processes() -> None:
    summary = summary_of(ANALYSIS / "jc-win10-netstat-aonb.txt", top=5)
    by_host = {row["remote_host"]: row for row in summary.established_by_remote_host()}
    assert by_host["127.0.0.1"]["connections"] == 32 and by_host["127.0.0.1"]["scope"] == "loopback"
    assert by_host["34.120.68.241"]["processes"] == ["bdservicehost.exe (21952)", "bdwtxag.exe (18580)"]
    by_process = {row["process"]: row for row in summary.established_by_process()}
    assert by_process["WhatsApp.exe (33968)"]["remote_hosts"] == [
        "212.199.140.34", "212.199.140.162", "31.13.69.60", "157.240.252.60"]
    assert by_process["Spotify.exe (20740)"]["connections"] == 3
    talkers = summary.top_talkers()
    assert len(talkers) == 5
    assert [(t["remote_host"], t["connections"]) for t in talkers[:2]] == [("127.0.0.1", 32), ("34.120.68.241", 2)]
    close_wait = next(t for t in talkers if t["remote_host"] == "82.102.152.152")
    assert close_wait["states"] == {"CLOSE_WAIT": 2} and close_wait["processes"] == ["SearchApp.exe (27568)"]


def test_real_linux_capture_listeners_include_udp_and_tcp6() -> None:
    summary = summary_of(ANALYSIS / "linux-netstat-tuanpW-after.txt")
    assert [(r["protocol"], r["port"], r["addresses"], r["processes"]) for r in summary.listening()] == [
        ("tcp", 2024, ["0.0.0.0"], ["(unknown)"]),
        ("tcp", 47011, ["127.0.0.1"], ["python (14065)"]),
        ("tcp", 47014, ["::1"], ["python (14065)"]),
        ("udp", 47013, ["127.0.0.1"], ["python (14065)"]),
    ]
    [talker] = summary.top_talkers()
    assert talker["states"] == {"ESTABLISHED": 2, "TIME_WAIT": 2, "CLOSE_WAIT": 1, "FIN_WAIT_2": 1}


def test_an_interval_capture_is_summarized_by_its_last_repeat() -> None:
    summary = summary_of(ANALYSIS / "linux-netstat-tanpWc-continuous.txt")
    assert summary.snapshots == 5
    assert [(snap.snapshot, snap.line) for snap in summary.used] == [(4, 37)]
    assert summary.states() == {"TIME_WAIT": 5, "LISTEN": 2}


def test_real_linux_problem_counters() -> None:
    problems = summary_of(ANALYSIS / "linux-netstat-s-after.txt").problem_counters()
    found = {(p["where"]["section"], p["counter"]): (p["value"], p["label"]) for p in problems}
    assert found[("Tcp", "AttemptFails")] == (4, "4 failed connection attempts")
    assert found[("Tcp", "EstabResets")] == (6, "6 connection resets received")
    assert found[("Udp", "NoPorts")] == (3, "3 packets to unknown port received")
    assert found[("TcpExt", "TCPAbortOnData")][0] == 3
    assert ("Tcp", "ActiveOpens") not in found  # not a problem counter
    assert all(p["value"] for p in problems)


def test_windows_statistics_problem_counters() -> None:
    """Constructed `netstat -e -s` of fixtures/windows/stats (§2.4, §2.5)."""
    problems = summary_of(FIXTURES / "windows" / "stats" / "constructed-netstat-e-s.txt").problem_counters()
    found = {(p["where"]["section"], p["counter"]): p["value"] for p in problems if p["kind"] == "protocol_stats"}
    assert found[("TCP Statistics for IPv4", "segments_retransmitted")] == 2511
    assert found[("UDP Statistics for IPv4", "no_ports")] == 2210
    assert ("TCP Statistics for IPv4", "active_opens") not in found


def test_default_routes_of_a_real_german_route_table() -> None:
    summary = summary_of(FIXTURES / "windows" / "localized" / "de-plc4x-netstat-rn-route-table.txt")
    assert summary.default_routes() == [
        {"ip_version": 4, "gateway": "10.211.55.1", "interface": "10.211.55.3", "metric": 10},
        {"ip_version": 6, "gateway": "fe80::21c:42ff:fe00:18", "interface": 11, "metric": 266},
    ]


def test_problem_counter_names() -> None:
    for name in ("InErrors", "InCsumErrors", "ListenDrops", "rx_drp", "tx_ovr", "discards_received",
                 "failed_connection_attempts", "segments_retransmitted", "TCPTimeouts", "OutRsts"):
        assert PROBLEM_COUNTER.search(name), name
    for name in ("ActiveOpens", "InSegs", "bytes_received", "rx_ok", "datagrams_received", "CurrEstab"):
        assert not PROBLEM_COUNTER.search(name), name


def test_address_scopes() -> None:
    assert [address_scope(h) for h in ("127.0.0.1", "::1", "192.168.31.99", "fe80::1%12", "8.8.8.8",
                                        "::ffff:10.0.0.1", "224.0.0.251", "Senne-PC", None)] == [
        "loopback", "loopback", "private", "link-local", "public", "private", "multicast", None, None]


def test_table_text() -> None:
    text = summary_of(ANALYSIS / "linux-netstat-tuanpW-after.txt").to_text()
    assert text.startswith("Summary of ")
    assert "10 connections (tcp 9, ipv4 8, ipv6 1; udp 1, ipv4 1)" in text
    assert "  tcp    47014  ::1              1  python (14065)" in text
    assert "Problem counters" not in text  # a connection table has no counters


def test_name_resolved_real_capture(shared_samples: Path) -> None:
    """iChoosr `netstat -ao`: remote hosts are names (scope unknown), listeners' remote is the PC name."""
    summary = summary_of(shared_samples / "windows" / "connections" / "ichoosr-netstat-ao-resolved.txt")
    assert summary.states() == {"ESTABLISHED": 83, "LISTEN": 30, "TIME_WAIT": 6}
    first = summary.established_by_remote_host()[0]
    assert (first["remote_host"], first["scope"], first["connections"]) == ("Senne-PC", None, 32)
    assert len(summary.listening()) == 30


def test_queued_bytes() -> None:
    """Recv-Q of a CLOSE_WAIT socket whose application never read the answer (docs/sniffer.md)."""
    queued = summary_of(ANALYSIS / "linux-http-demo-tanpWc.txt").queued()
    assert queued == []  # the last repeat: that socket is gone
    doc = netstat_parse.parse_file(ANALYSIS / "linux-http-demo-tanpWc.txt")
    third = [r for r in doc.records("connection") if r.snapshot == 2]
    assert summarize(third).queued() == [
        {"protocol": "tcp", "local": "127.0.0.1:37492", "remote": "127.0.0.1:8080", "state": "CLOSE_WAIT",
         "recv_q": 470, "send_q": 0, "process": "python3 (16822)"}]
