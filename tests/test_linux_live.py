"""This machine's real ``netstat`` over sockets in known states: every one comes back right.

tests/livesockets.py opens loopback sockets (LISTEN, ESTABLISHED, CLOSE_WAIT, FIN_WAIT_2,
TIME_WAIT on 127.0.0.1 and ::1, UDP, UDP-Lite, raw, unix listeners and pairs); each test runs
``netstat`` with an option set (in every language it has a catalogue for) and checks the
parsed records against what the sockets are. Skipped where ``netstat`` is absent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import netstat_parse
from netstat_parse.core.records import Connection, UnixSocket
from tests.livesockets import HELPER_NAME, ExpectedInet, LiveSockets

NETSTAT = shutil.which("netstat")
pytestmark = pytest.mark.skipif(NETSTAT is None, reason="net-tools netstat is not installed")
LANGUAGES = sorted(p.parent.parent.name for p in Path("/usr/share/locale").glob("*/LC_MESSAGES/net-tools.mo"))
OPTION_SETS = ["-tan", "-tanp", "-tanpeW", "-tuanW", "-tano", "-tuwUanpeo", "-tuwanpeoW", "-tulnp", "-tn"]


@pytest.fixture(scope="module")
def live() -> Iterator[LiveSockets]:
    with LiveSockets(helper_process=True) as sockets:
        yield sockets


def run(*args: str, language: str | None = None, user: int | None = None) -> str:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    if language:
        env["LANGUAGE"] = language
    done = subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, user=user, check=False)
    return done.stdout.decode("utf-8")


def program_of(pid: int) -> str:
    """netstat's program name: the first cmdline word, its basename when it starts with '/'."""
    first = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
    name = first.rsplit("/", 1)[-1] if first.startswith("/") else first
    return f"{pid}/{name}"[:19].split("/", 1)[1].rstrip()


def find(rows: list[Connection], want: ExpectedInet) -> Connection:
    found = [r for r in rows if r.protocol == want.protocol and r.ip_version == want.ip_version
             and r.local_port == want.local_port and r.remote_port == want.remote_port
             and r.local_host == want.local_host]
    assert len(found) == 1, (want, found)
    return found[0]


def listed(want: ExpectedInet, options: str) -> bool:
    """Whether netstat with these options shows the socket (-l only servers, default none)."""
    flags = options.lstrip("-")
    protocols = {"tcp": "t", "udp": "u", "udplite": "U", "raw": "w"}
    if protocols[want.protocol] not in flags:
        return False
    server = want.remote_port is None
    if "a" in flags:
        return True
    return server if "l" in flags else not server


def check_inet(text: str, live: LiveSockets, options: str, language: str | None = None) -> None:
    doc = netstat_parse.parse(text)
    assert doc.unparsed == [], text
    rows = [r for r in doc.records("connection") if isinstance(r, Connection)]
    assert all(r.platform == "linux" for r in rows)
    if language:
        assert doc.sections[0].language == language.replace("_", "-")  # LANGUAGE locale -> BCP 47 tag
    flags = options.lstrip("-")
    for want in live.inet:
        if not listed(want, options):
            continue
        row = find(rows, want)
        assert (row.remote_host, row.state, row.recv_q) == (want.remote_host, want.state, want.recv_q), row
        if language is None:
            assert row.state_raw == want.state_raw
        assert not row.local_truncated and not row.remote_truncated
        if "e" in flags:
            assert row.user == "0" and row.inode == (want.inode or 0)
        if "p" in flags and want.inode is not None:
            assert (row.pid, row.program) == (live.pid, program_of(live.pid))
        if "p" in flags and want.inode is None:
            assert (row.pid, row.program) == (None, None)
        if "o" in flags:
            assert row.timer_name in ("off", "on", "keepalive", "timewait", "probe") and row.timer_raw
            if want.state == "TIME_WAIT":
                assert row.timer_name == "timewait" and row.timer_seconds is not None and row.timer_seconds > 0


@pytest.mark.parametrize("options", OPTION_SETS)
def test_every_socket_comes_back(live: LiveSockets, options: str) -> None:
    check_inet(run("netstat", options), live, options)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_socket_comes_back_in_every_language(live: LiveSockets, language: str) -> None:
    check_inet(run("netstat", "-tuwUanpeo", language=language), live, "-tuwUanpeo", language)
    check_unix(run("netstat", "-xap", language=language), live, "-xap", language)


def test_helper_name_is_cut_at_19_characters(live: LiveSockets) -> None:
    assert live.helper is not None
    pid, port = live.helper
    doc = netstat_parse.parse(run("netstat", "-tlnp"))
    (row,) = [r for r in doc.records("connection") if r.local_port == port]
    shown = f"{pid}/{HELPER_NAME}"[:19].rstrip()  # a cut right after a space leaves 18 characters
    assert (row.pid, row.program) == (pid, shown.split("/", 1)[1])
    assert row.program_truncated == (len(shown) == 19)


def test_name_resolved_hosts(live: LiveSockets) -> None:
    doc = netstat_parse.parse(run("netstat", "-ta", "--numeric-ports"))
    assert doc.unparsed == []
    rows = list(doc.records("connection"))
    for want in live.inet:
        if want.protocol == "tcp" and want.ip_version == 4 and want.inode is not None:
            (row,) = [r for r in rows if r.local_port == want.local_port and r.remote_port == want.remote_port
                      and r.ip_version == 4]
            assert row.local_host == "localhost" and row.state == want.state


def check_unix(text: str, live: LiveSockets, options: str, language: str | None = None) -> None:
    doc = netstat_parse.parse(text)
    assert doc.unparsed == [], text
    rows = [r for r in doc.records("unix_socket") if isinstance(r, UnixSocket)]
    if language:
        assert doc.sections[0].language == language.replace("_", "-")  # LANGUAGE locale -> BCP 47 tag
    by_inode = {r.inode: r for r in rows}
    for want in live.unix:
        if "l" in options and want.state != "LISTENING":
            continue
        row = by_inode[want.inode]
        assert (row.path, row.type, row.state, row.flags) == (want.path, want.type, want.state, want.flags), row
        if "p" in options:
            assert (row.pid, row.program) == (live.pid, program_of(live.pid))


@pytest.mark.parametrize("options", ["-xap", "-xa", "-xlp", "-ax"])
def test_unix_sockets_come_back(live: LiveSockets, options: str) -> None:
    check_unix(run("netstat", options), live, options)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run netstat as another user")
def test_non_root_notice_is_a_message(live: LiveSockets) -> None:
    doc = netstat_parse.parse(run("netstat", "-tlnp", user=65534))
    assert doc.unparsed == []
    assert {m.message_id for m in doc.records("message")} <= {"no_process_info", "processes_not_identified"}
    assert list(doc.records("message"))
    ports = {r.local_port for r in doc.records("connection")}
    assert {w.local_port for w in live.inet if w.protocol == "tcp" and w.state == "LISTEN"} <= ports


@pytest.mark.skipif(shutil.which("busybox") is None, reason="BusyBox is not installed")
def test_busybox_netstat(live: LiveSockets) -> None:
    doc = netstat_parse.parse(run("busybox", "netstat", "-antu"))
    assert doc.unparsed == []
    rows = [r for r in doc.records("connection") if isinstance(r, Connection)]
    for want in live.inet:
        if want.protocol in ("tcp", "udp"):
            row = find(rows, want)
            assert (row.state, row.recv_q) == (want.state, want.recv_q)
    doc = netstat_parse.parse(run("busybox", "netstat", "-ax"))
    assert doc.unparsed == []
    by_inode = {r.inode: r for r in doc.records("unix_socket")}
    for want in live.unix:
        assert (by_inode[want.inode].path, by_inode[want.inode].state) == (want.path, want.state)
