"""``diff``: records added, removed and changed between two captures, and counter deltas.

Real data: two jc Windows 10 captures of one machine, a before/after pair captured here
while loopback sockets changed, ``-s`` and ``-i`` pairs of the same moments, and a live run
of this machine's ``netstat`` around sockets this test opens and closes.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import netstat_parse
from netstat_parse.analysis import IDENTITIES, compare, connection_key, diff
from netstat_parse.core.records import Connection, EthernetStats, Interface, InterfaceStats, Record, Route
from tests.conftest import FIXTURES

ANALYSIS = FIXTURES / "analysis"


def parse(name: str) -> netstat_parse.Document:
    return netstat_parse.parse_file(ANALYSIS / name)


def endpoints(records: list[Record]) -> set[tuple[object, ...]]:
    """(protocol, local port, remote port, state) of connection records."""
    return {(r.protocol, r.local_port, r.remote_port, r.state) for r in records if isinstance(r, Connection)}


# -- connection identity ------------------------------------------------------------------


def conn(**fields: object) -> Connection:
    return Connection(line=1, **fields)  # type: ignore[arg-type]


def test_windows_and_linux_listeners_have_the_same_key_shape() -> None:
    windows = conn(protocol="tcp", ip_version=4, local_host="0.0.0.0", local_port=135, remote_host="0.0.0.0",
                   remote_port=0, state="LISTEN", state_raw="LISTENING", pid=720)
    linux = conn(platform="linux", protocol="tcp", ip_version=4, local_host="0.0.0.0", local_port=135,
                 remote_host="0.0.0.0", remote_port=None, state="LISTEN", state_raw="LISTEN")
    assert connection_key(windows) == connection_key(linux) == ("tcp", 4, "*", 135, "*", None)


def test_udp_wildcards_are_one_spelling() -> None:
    windows = conn(protocol="udp", ip_version=6, local_host="::", local_port=5353, remote_host="*")
    linux = conn(platform="linux", protocol="udp", ip_version=6, local_host="::", local_port=5353, remote_host="::")
    assert connection_key(windows) == connection_key(linux) == ("udp", 6, "*", 5353, "*", None)


def test_ip_version_keeps_name_resolved_v4_and_v6_listeners_apart() -> None:
    """net-tools 1.60 prints `*:ssh` for both the tcp and the tcp6 listener."""
    v4 = conn(platform="linux", protocol="tcp", ip_version=4, local_host="*", local_port=22, local_service="ssh",
              remote_host="*", state="LISTEN")
    v6 = attrs.evolve(v4, ip_version=6)
    assert connection_key(v4) != connection_key(v6)
    assert len(compare([v4], [v6]).added) == 1


def test_names_compare_case_insensitively_and_unknown_services_by_name() -> None:
    before = conn(protocol="tcp", local_host="192.0.2.15", local_port=49822, remote_host="Web01.example",
                  remote_port=None, remote_service="weird-svc", state="ESTABLISHED")
    after = attrs.evolve(before, remote_host="web01.EXAMPLE", line=40)
    assert connection_key(before)[4:] == ("web01.example", "weird-svc")
    assert compare([before], [after]).unchanged == {"connection": 1}


def test_owner_known_on_one_side_only_is_not_a_change() -> None:
    """Linux prints `-` for a TIME_WAIT socket; a capture without -o has no PID at all."""
    established = conn(protocol="tcp", ip_version=4, local_host="127.0.0.1", local_port=33846,
                       remote_host="127.0.0.1", remote_port=47011, state="ESTABLISHED", pid=14065, program="python")
    no_owner = attrs.evolve(established, pid=None, program=None)
    assert compare([established], [no_owner]).changed == []
    moved = attrs.evolve(established, pid=14066)
    [change] = compare([established], [moved]).changed
    assert change.changes == {"pid": {"before": 14065, "after": 14066}}


# -- real Windows captures ------------------------------------------------------------------


def test_real_windows_captures_of_one_machine() -> None:
    result = diff(parse("jc-win10-netstat-aon.txt"), parse("jc-win10-netstat-aonb.txt"))
    counts = result.comparison.counts("connection")
    assert counts == {"added": 113, "removed": 3, "changed": 0, "unchanged": 205}
    assert [(r.protocol, r.local_port, r.pid) for r in result.removed] == [
        ("udp", 52506, 19692), ("udp", 55581, 23200), ("udp", 57180, 18580)]
    added = {(r.local_port, r.remote_host, r.state, r.program) for r in result.added}
    assert (7070, "0.0.0.0", "LISTEN", "AnyDesk.exe") in added
    assert (4604, "82.102.152.152", "CLOSE_WAIT", "SearchApp.exe") in added
    assert (4713, "157.240.252.61", "TIME_WAIT", None) in added
    # the 3949/3950 loopback pair is in both; the -b side has programs, the other not: no change
    assert 3949 not in {r.local_port for r in result.added}


def test_duplicate_udp_rows_are_matched_one_to_one() -> None:
    """Windows prints one `UDP 0.0.0.0:5353 *:*` row per socket: 41 in both captures (same
    owners), while `[::]:5353` goes from 1 socket (Dnscache) to 25."""
    result = diff(parse("jc-win10-netstat-aon.txt"), parse("jc-win10-netstat-aonb.txt"))
    mdns = [r for r in result.added if r.local_port == 5353 and r.local_host in ("0.0.0.0", "::")]
    assert {r.local_host for r in mdns} == {"::"}
    assert Counter(r.program for r in mdns) == {"Spotify.exe": 16, "chrome.exe": 8}
    assert not [r for r in result.removed if r.local_port == 5353]


def test_line_numbers_do_not_matter() -> None:
    doc = parse("jc-win10-netstat-aon.txt")
    records = list(doc.records())
    shuffled = [attrs.evolve(r, line=1000 + i) for i, r in enumerate(random.Random(7).sample(records, len(records)))]
    result = diff(records, shuffled)
    assert (result.added, result.removed, result.changed) == ([], [], [])
    assert result.comparison.unchanged == {"connection": 208}


# -- real Linux captures from this machine ---------------------------------------------------


def test_real_linux_sockets_opened_and_closed_between_two_runs() -> None:
    result = diff(parse("linux-netstat-tuanpW-before.txt"), parse("linux-netstat-tuanpW-after.txt"))
    assert endpoints(result.added) == {
        ("tcp", 47011, 33848, "ESTABLISHED"), ("tcp", 33848, 47011, "ESTABLISHED"),
        ("tcp", 47014, None, "LISTEN"), ("udp", 47013, None, None)}
    assert endpoints(result.removed) == {("tcp", 47012, None, "LISTEN")}
    assert {(c.key["local_port"], c.key["remote_port"]): c.changes for c in result.changed} == {
        (47011, 33846): {"state": {"before": "ESTABLISHED", "after": "CLOSE_WAIT"}},
        (33846, 47011): {"state": {"before": "ESTABLISHED", "after": "FIN_WAIT_2"}},  # pid 14065 -> `-`: no change
    }
    assert result.comparison.unchanged == {"connection": 4}  # two listeners, two TIME_WAIT rows
    [v6] = [r for r in result.added if r.ip_version == 6]
    assert (v6.local_host, v6.remote_host) == ("::1", "::")


def test_real_linux_statistics_deltas() -> None:
    result = diff(parse("linux-netstat-s-before.txt"), parse("linux-netstat-s-after.txt"))
    assert (result.added, result.removed, result.changed) == ([], [], [])
    deltas = {c.key["section"]: c.deltas for c in result.counters}
    assert deltas["Tcp"] == {"ActiveOpens": 1, "PassiveOpens": 1, "CurrEstab": 1, "InSegs": 45, "OutSegs": 45}
    assert deltas["IpExt"]["InOctets"] == 27834503 - 27812147 == 22356
    assert deltas["TcpExt"]["TW"] == 1  # 11 -> 12 sockets finished time wait in fast timer
    assert "Udp" not in deltas  # no UDP in between: zero deltas are left out
    assert all(c.wrapped == () and c.reset == () for c in result.counters)


def test_real_linux_interface_deltas() -> None:
    result = diff(parse("linux-netstat-i-before.txt"), parse("linux-netstat-i-after.txt"))
    assert [(c.key, c.deltas) for c in result.counters] == [({"interface": "lo"}, {"rx_ok": 45, "tx_ok": 45})]
    assert result.comparison.unchanged == {"interface_stats": 2}


def test_json_contract() -> None:
    data = diff(parse("linux-netstat-tuanpW-before.txt"), parse("linux-netstat-tuanpW-after.txt")).to_dict()
    assert list(data) == ["before", "after", "added", "removed", "changed", "counters", "unchanged"]
    assert data["before"]["source"].endswith("linux-netstat-tuanpW-before.txt")
    assert data["removed"][0]["kind"] == "connection" and data["removed"][0]["local_port"] == 47012
    change = next(c for c in data["changed"] if c["key"]["local_port"] == 47011)
    assert change["key"] == {"protocol": "tcp", "ip_version": 4, "local_host": "127.0.0.1", "local_port": 47011,
                             "remote_host": "127.0.0.1", "remote_port": 33846}
    assert change["before"]["state"] == "ESTABLISHED" and change["after"]["recv_q"] == 1


def test_table_text_of_a_real_diff() -> None:
    text = diff(parse("linux-netstat-tuanpW-before.txt"), parse("linux-netstat-tuanpW-after.txt")).to_text()
    assert "connection: 4 added, 1 removed, 2 changed, 4 unchanged" in text
    assert "-  tcp    127.0.0.1:47012  0.0.0.0:*  LISTEN  14065/python" in text
    assert "+  tcp6   [::1]:47014      [::]:*           LISTEN       14065/python" in text
    assert "state ESTABLISHED -> FIN_WAIT_2" in text


def test_routes_and_interfaces_added_removed_changed() -> None:
    """Constructed from the real German `route print` (fixtures/windows/localized): a second
    state without the default route, with a metric changed and a VPN adapter added."""
    doc = netstat_parse.parse_file(FIXTURES / "windows" / "localized" / "de-plc4x-netstat-rn-route-table.txt")
    records = list(doc.records())
    routes = [r for r in records if isinstance(r, Route)]
    default, lan = routes[0], routes[1]
    vpn = Interface(line=99, index=30, mac="00-ff-12-34-56-78", name="TAP-Windows Adapter V9")
    after = [attrs.evolve(lan, metric=25, metric_raw="25") if r is lan else r for r in records if r is not default]
    result = diff(records, [*after, vpn])
    assert [(r.kind, getattr(r, "destination", None)) for r in result.removed] == [("route", "0.0.0.0")]
    assert [(r.kind, getattr(r, "name", None)) for r in result.added] == [("interface", "TAP-Windows Adapter V9")]
    [change] = result.changed
    assert change.key == {"ip_version": 4, "destination": "10.211.55.0", "prefix": 24, "gateway": "on-link",
                          "interface": "10.211.55.3", "persistent": False}
    assert change.changes == {"metric_raw": {"before": "266", "after": "25"}}
    assert result.comparison.unchanged == {"interface": 6, "route": 29}


# -- counters: wrap and reset (constructed records, §2.4: -e counters are 32-bit) ---------------


def test_windows_ethernet_counter_wraps_at_2_to_the_32() -> None:
    before = EthernetStats(line=5, bytes_received=4294967000, bytes_sent=100)
    after = EthernetStats(line=17, bytes_received=704, bytes_sent=300)
    [delta] = compare([before], [after]).counters
    assert delta.deltas == {"bytes_received": 1000, "bytes_sent": 200}
    assert delta.wrapped == ("bytes_received",)


def test_a_linux_counter_that_went_down_is_a_reset() -> None:
    before = InterfaceStats(line=3, interface="eth0", mtu=1500, rx_ok=5000, tx_ok=10)
    after = InterfaceStats(line=3, interface="eth0", mtu=1500, rx_ok=12, tx_ok=10)
    [delta] = compare([before], [after]).counters
    assert (delta.deltas, delta.reset) == ({"rx_ok": -4988}, ("rx_ok",))


def test_every_comparable_record_kind_has_an_identity() -> None:
    from netstat_parse.core.records import RECORD_TYPES

    assert {cls.kind for cls in RECORD_TYPES} - set(IDENTITIES) == {"message", "unparsed"}


# -- live: this machine's netstat around sockets we open and close ------------------------------


def run_netstat() -> netstat_parse.Document:
    out = subprocess.run(["netstat", "-tuanpW"], capture_output=True, check=True, timeout=30).stdout
    return netstat_parse.parse_bytes(out, source="netstat -tuanpW")


def listener(host: str = "127.0.0.1") -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.bind((host, 0))
    sock.listen()
    return sock


@pytest.fixture
def sockets() -> Iterator[list[socket.socket]]:
    opened: list[socket.socket] = []
    yield opened
    for sock in opened:
        sock.close()


def ours(records: list[Record], ports: set[int]) -> set[tuple[object, ...]]:
    return {(r.protocol, r.local_port, r.remote_port, r.state) for r in records
            if isinstance(r, Connection) and (r.local_port in ports or r.remote_port in ports)}


@pytest.mark.skipif(shutil.which("netstat") is None, reason="netstat is not installed")
def test_live_sockets_between_two_netstat_runs(sockets: list[socket.socket]) -> None:
    kept, closed = listener(), listener()
    client = socket.create_connection(kept.getsockname()[:2])
    server, _ = kept.accept()
    sockets += [kept, client, server]
    k, c = kept.getsockname()[1], closed.getsockname()[1]
    first = client.getsockname()[1]
    before = run_netstat()

    closed.close()
    second = socket.create_connection(kept.getsockname()[:2])
    second_server, _ = kept.accept()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    sockets += [second, second_server, udp]
    u, s = udp.getsockname()[1], second.getsockname()[1]
    client.close()  # half-close: client FIN_WAIT_2, server CLOSE_WAIT
    for _ in range(50):
        after = run_netstat()
        settled = {("tcp", k, first, "CLOSE_WAIT"), ("tcp", first, k, "FIN_WAIT_2")}
        if settled <= ours(list(after.records()), {k}):
            break
        time.sleep(0.05)

    result = diff(before, after)
    ports = {k, c, u}
    assert ours(result.added, ports) == {("tcp", k, s, "ESTABLISHED"), ("tcp", s, k, "ESTABLISHED"),
                                         ("udp", u, None, None)}
    assert ours(result.removed, ports) == {("tcp", c, None, "LISTEN")}
    changed = {(ch.key["local_port"], ch.key["remote_port"]): ch.changes["state"]["after"]
               for ch in result.changed if ch.key["local_port"] in ports or ch.key["remote_port"] in ports}
    assert changed == {(k, first): "CLOSE_WAIT", (first, k): "FIN_WAIT_2"}


@pytest.mark.skipif(shutil.which("netstat") is None or not hasattr(socket, "AF_UNIX"), reason="needs netstat")
def test_live_unix_listener_between_two_netstat_runs(tmp_path: Path) -> None:
    def unix_listeners() -> netstat_parse.Document:
        out = subprocess.run(["netstat", "-xlp"], capture_output=True, check=True, timeout=30).stdout
        return netstat_parse.parse_bytes(out, source="netstat -xlp")

    before = unix_listeners()
    path = str(tmp_path / "analysis.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen()
        after = unix_listeners()
    added = [r for r in diff(before, after).added if getattr(r, "path", None) == path]
    assert [(r.kind, r.type, r.state, r.pid) for r in added] == [("unix_socket", "STREAM", "LISTENING", os.getpid())]


# -- properties ------------------------------------------------------------------------------

HOSTS = st.sampled_from(["127.0.0.1", "0.0.0.0", "192.0.2.15", "::", "::1", "2001:db8::5", "*"])
connections = st.builds(
    Connection,
    line=st.integers(1, 10_000),
    protocol=st.sampled_from(["tcp", "udp"]),
    local_host=HOSTS,
    local_port=st.integers(0, 6),
    remote_host=HOSTS,
    remote_port=st.one_of(st.none(), st.integers(0, 4)),
    state=st.sampled_from([None, "LISTEN", "ESTABLISHED", "TIME_WAIT"]),
    pid=st.one_of(st.none(), st.integers(1, 3)),
)


@given(st.lists(connections, max_size=25), st.lists(connections, max_size=25))
def test_added_removed_changed_account_for_every_socket(before: list[Connection], after: list[Connection]) -> None:
    result = compare(before, after)
    changed = len(result.changed)
    unchanged = result.unchanged.get("connection", 0)
    assert len(before) == len(result.removed) + changed + unchanged
    assert len(after) == len(result.added) + changed + unchanged
    keys = Counter(connection_key(c) for c in before)
    keys -= Counter(connection_key(c) for c in result.removed)
    keys += Counter(connection_key(c) for c in result.added)
    assert keys == Counter(connection_key(c) for c in after)  # applying the diff gives AFTER's sockets
    assert all(c.changes for c in result.changed)


@given(st.lists(connections, max_size=25), st.randoms())
def test_a_capture_compared_with_itself_reordered_has_no_differences(records: list[Connection],
                                                                     rnd: random.Random) -> None:
    moved = [attrs.evolve(r, line=r.line + 7) for r in rnd.sample(records, len(records))]
    result = compare(records, moved)
    assert (result.added, result.removed, result.changed) == ([], [], [])

