"""``timeline``: one step per snapshot of interval, continuous and multi-file captures."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import netstat_parse
from netstat_parse.analysis import plot_timeline, timeline
from netstat_parse.analysis.plot import MISSING
from netstat_parse.core.errors import NetstatParseError
from tests.conftest import FIXTURES

ANALYSIS = FIXTURES / "analysis"


def parse(path: Path) -> netstat_parse.Document:
    return netstat_parse.parse_file(path)


def events(step: netstat_parse.analysis.Step) -> dict[str, object]:
    """What a step says, as (local port, remote port, state) sets and change dicts."""
    def ports(records: list[object]) -> set[tuple[object, ...]]:
        return {(r.local_port, r.remote_port, r.state) for r in records}  # type: ignore[attr-defined]

    return {
        "appeared": ports(step.appeared),
        "disappeared": ports(step.disappeared),
        "changed": {(c.key["local_port"], c.key["remote_port"]): c.changes for c in step.comparison.changed},
    }


def test_windows_interval_capture_from_real_rows() -> None:
    """`netstat -ano 5` constructed from the rows of a real capture (fixtures/README.md)."""
    tl = timeline(parse(ANALYSIS / "windows-netstat-ano-5-constructed.txt"))
    assert (tl.time_source, tl.interval) == ("command", 5.0)
    assert [(s.index, s.time, s.snapshot.snapshot, s.snapshot.line) for s in tl.steps] == [
        (0, 0.0, 0, 3), (1, 5.0, 1, 14), (2, 10.0, 2, 27)]
    assert [s.states for s in tl.steps] == [
        {"ESTABLISHED": 3, "LISTEN": 2, "(none)": 2},
        {"LISTEN": 3, "ESTABLISHED": 2, "(none)": 2, "CLOSE_WAIT": 1, "TIME_WAIT": 1},
        {"LISTEN": 3, "ESTABLISHED": 1, "CLOSE_WAIT": 1, "(none)": 1},
    ]
    assert events(tl.steps[0]) == {"appeared": set(), "disappeared": set(), "changed": {}}  # the baseline
    assert events(tl.steps[1]) == {
        "appeared": {(7070, 0, "LISTEN"), (1028, 443, "ESTABLISHED")},
        "disappeared": set(),
        "changed": {(4604, 443): {"state": {"before": "ESTABLISHED", "after": "CLOSE_WAIT"}},
                    (4713, 5222): {"state": {"before": "ESTABLISHED", "after": "TIME_WAIT"},
                                   "pid": {"before": 33968, "after": 0}}},
    }
    assert events(tl.steps[2]) == {
        "appeared": set(),
        "disappeared": {(4713, 5222, "TIME_WAIT"), (4714, 443, "ESTABLISHED"), (5353, None, None)},
        "changed": {},
    }
    [udp_gone] = [r for r in tl.steps[2].disappeared if r.protocol == "udp"]
    assert udp_gone.pid == 27696  # of the two 0.0.0.0:5353 sockets, Spotify's closed


def test_other_constructed_interval_fixture() -> None:
    tl = timeline(parse(FIXTURES / "windows" / "connections" / "interval-ano-3-snapshots.txt"))
    assert len(tl.steps) == 3 and tl.time_source is None  # no prompt: no interval known
    assert events(tl.steps[1])["changed"] == {
        (49822, 443): {"state": {"before": "ESTABLISHED", "after": "TIME_WAIT"}, "pid": {"before": 6188, "after": 0}}}
    assert events(tl.steps[2])["disappeared"] == {(49822, 443, "TIME_WAIT")}


def test_real_linux_continuous_capture_one_snapshot_per_repeat() -> None:
    path = ANALYSIS / "linux-netstat-tanpWc-continuous.txt"
    titles = path.read_text().count("Active Internet connections")
    tl = timeline(parse(path), interval=1)
    assert len(tl.steps) == titles == 5
    assert [s.time for s in tl.steps] == [0, 1, 2, 3, 4] and tl.time_source == "interval"
    assert [s.snapshot.line for s in tl.steps] == [1, 9, 17, 27, 37]
    assert events(tl.steps[1]) == {"appeared": set(), "disappeared": set(), "changed": {}}
    assert events(tl.steps[2])["appeared"] == {(35484, 47021, "ESTABLISHED"), (47021, 35484, "ESTABLISHED")}
    assert events(tl.steps[3])["changed"] == {
        (35484, 47021): {"state": {"before": "ESTABLISHED", "after": "FIN_WAIT_2"}},
        (47021, 35484): {"state": {"before": "ESTABLISHED", "after": "CLOSE_WAIT"}},
    }
    assert events(tl.steps[4]) == {
        "appeared": set(),
        "disappeared": {(47021, 35484, "CLOSE_WAIT")},
        "changed": {(35484, 47021): {"state": {"before": "FIN_WAIT_2", "after": "TIME_WAIT"}}},
    }
    assert [s.states["TIME_WAIT"] for s in tl.steps if s.states] == [4, 4, 4, 4, 5]


def test_counter_deltas_and_rates_of_an_interval_capture() -> None:
    """Constructed `netstat -e 5` of fixtures/windows/ethernet (§2.4), two repeats."""
    tl = timeline(parse(FIXTURES / "windows" / "ethernet" / "constructed-netstat-e-5.txt"), interval=5)
    [delta] = tl.steps[1].comparison.counters
    assert delta.deltas["bytes_received"] == 284133012 - 284101734 == 31278
    data = tl.to_dict()["snapshots"][1]["counters"][0]
    assert data["rates"]["bytes_received"] == 6255.6
    assert tl.steps[1].states is None  # no connection table in that capture


def test_several_files_timed_by_modification_time(tmp_path: Path) -> None:
    names = ("linux-netstat-s-before.txt", "linux-netstat-s-after.txt")
    copies = []
    for offset, name in enumerate(names):
        copy = tmp_path / name
        shutil.copy(ANALYSIS / name, copy)
        os.utime(copy, (1_700_000_000 + 10 * offset, 1_700_000_000 + 10 * offset))
        copies.append(copy)
    tl = timeline([parse(p) for p in copies], mtimes=[os.path.getmtime(p) for p in copies])
    assert (tl.time_source, [s.time for s in tl.steps]) == ("mtime", [0.0, 10.0])
    tcp = next(c for c in tl.steps[1].comparison.counters if c.key["section"] == "Tcp")
    assert tcp.rates(10) == {"ActiveOpens": 0.1, "PassiveOpens": 0.1, "CurrEstab": 0.1, "InSegs": 4.5, "OutSegs": 4.5}
    assert [s.source for s in (step.snapshot for step in tl.steps)] == [str(p) for p in copies]


def test_a_statistics_run_between_two_connection_runs_makes_nothing_disappear() -> None:
    docs = [parse(ANALYSIS / name) for name in ("linux-netstat-tuanpW-before.txt", "linux-netstat-s-before.txt",
                                                 "linux-netstat-tuanpW-after.txt")]
    tl = timeline(docs)
    assert tl.steps[1].disappeared == [] and tl.steps[1].states is None
    assert {(r.local_port, r.state) for r in tl.steps[2].disappeared} == {(47012, "LISTEN")}
    assert len(tl.steps[2].appeared) == 4


def test_an_empty_connection_table_means_every_connection_is_gone() -> None:
    text = ("Active Internet connections (w/o servers)\n"
            "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
            "tcp        0      0 127.0.0.1:33832         127.0.0.1:47011         TIME_WAIT  \n"
            "Active Internet connections (w/o servers)\n"
            "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n")
    tl = timeline(netstat_parse.parse(text))
    assert [s.states for s in tl.steps] == [{"TIME_WAIT": 1}, {}]
    assert [(r.local_port, r.state) for r in tl.steps[1].disappeared] == [(33832, "TIME_WAIT")]


def test_json_contract() -> None:
    data = timeline(parse(ANALYSIS / "windows-netstat-ano-5-constructed.txt")).to_dict()
    assert list(data) == ["sources", "time_source", "time_note", "interval", "snapshots"]
    first = data["snapshots"][1]
    assert list(first) == ["index", "source", "snapshot", "line", "command", "time", "connections", "states",
                           "appeared", "disappeared", "changed", "counters"]
    assert first["command"] == "netstat -ano 5" and first["connections"] == 9
    assert first["appeared"][0]["local_port"] == 7070


def test_table_text() -> None:
    text = timeline(parse(ANALYSIS / "windows-netstat-ano-5-constructed.txt")).to_text()
    assert "3 snapshot(s); times: interval read from the command line, 5 s" in text
    assert "  #  Time  Line  LISTEN  ESTABLISHED  CLOSE_WAIT  TIME_WAIT  (none)  New  Gone  Changed" in text
    assert "  1     5    14       3            2           1          1       2    2     0        2" in text
    assert "state ESTABLISHED -> TIME_WAIT; pid 33968 -> 0" in text


def test_interval_capture_built_from_real_sample_rows(shared_samples: Path) -> None:
    """Constructed: the real eCPPT `netstat -nao` printed twice, the second time without its
    ESTABLISHED row and with its UDP 123 rows gone (an interval capture's shape, §2.2)."""
    text = (shared_samples / "windows" / "connections" / "ecppt-netstat-nao.txt").read_text()
    lines = text.splitlines()
    second = [line for line in lines if "ESTABLISHED" not in line and ":123 " not in line]
    tl = timeline(netstat_parse.parse("\n".join(lines + second)))
    assert len(tl.steps) == 2
    gone = {(r.protocol, r.local_host, r.local_port, r.state) for r in tl.steps[1].disappeared}
    assert gone == {("tcp", "172.50.50.10", 4450, "ESTABLISHED"), ("udp", "0.0.0.0", 123, None), ("udp", "::", 123, None)}
    assert tl.steps[1].appeared == [] and tl.steps[1].comparison.changed == []


@pytest.mark.skipif(shutil.which("netstat") is None, reason="netstat is not installed")
def test_live_netstat_c_gives_one_snapshot_per_repeat(tmp_path: Path) -> None:
    out = tmp_path / "continuous.txt"
    with open(out, "wb") as sink:
        proc = subprocess.Popen(["netstat", "-tnc"], stdout=sink, stderr=subprocess.DEVNULL)
        try:
            time.sleep(2.5)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=10)
    repeats = out.read_text().count("Active Internet connections")
    tl = timeline(netstat_parse.parse_file(out))
    assert repeats >= 2 and len(tl.steps) == repeats
    assert all(step.states is not None for step in tl.steps)


def test_plot_writes_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "states.png"
    plot_timeline(timeline(parse(ANALYSIS / "linux-netstat-tanpWc-continuous.txt"), interval=1), target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 5000


def test_plot_without_connection_tables_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    with pytest.raises(NetstatParseError, match="no snapshot has a connection table"):
        plot_timeline(timeline(parse(ANALYSIS / "linux-netstat-s-after.txt")), tmp_path / "x.png")


def test_plot_without_matplotlib_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(NetstatParseError, match="pip install 'netstat-parse\\[plot\\]'") as raised:
        plot_timeline(timeline(parse(ANALYSIS / "linux-netstat-tanpWc-continuous.txt")), tmp_path / "x.png")
    assert MISSING in str(raised.value)


def test_docs_walkthrough_capture() -> None:
    """The real `netstat -tanpWc` capture of docs/sniffer.md: the client that never read its answer."""
    tl = timeline(parse(ANALYSIS / "linux-http-demo-tanpWc.txt"), interval=1)
    assert [len(s.appeared) for s in tl.steps] == [0, 0, 2, 2, 0]
    stuck = next(r for r in tl.steps[2].appeared if r.state == "CLOSE_WAIT")
    assert (stuck.local_port, stuck.remote_port, stuck.recv_q, stuck.pid, stuck.program) == (37492, 8080, 470, 16822,
                                                                                            "python3")
    assert {(r.local_port, r.state) for r in tl.steps[4].disappeared} == {(37492, "CLOSE_WAIT"), (8080, "FIN_WAIT_2")}


def test_linux_continuous_interval_read_from_the_prompt() -> None:
    """Constructed: the real `netstat -tanpWc` capture below the prompt line that ran it;
    net-tools repeats every second whatever number follows -c."""
    text = (ANALYSIS / "linux-netstat-tanpWc-continuous.txt").read_text()
    tl = timeline(netstat_parse.parse("admin@web01:~$ netstat -tanpWc 5\n" + text))
    assert (tl.time_source, tl.interval) == ("command", 1.0)
    assert [s.time for s in tl.steps] == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert tl.steps[0].snapshot.command == "netstat -tanpWc 5"
