"""Sockets in known states on loopback, for tests that run this machine's real ``netstat``.

``LiveSockets`` opens, in this process, TCP listeners and connections in LISTEN,
ESTABLISHED, CLOSE_WAIT, FIN_WAIT_2 and TIME_WAIT (IPv4 and IPv6), UDP sockets bound and
connected, a raw ICMP socket (root only), a UDP-Lite socket (when the kernel has it), and
unix listeners (path and abstract), a bound datagram socket and a connected stream pair.
Each one is described by an ``ExpectedInet`` / ``ExpectedUnix`` with the values netstat
must show, inode included. Only 127.0.0.1 and ::1 are used.

With ``helper_process=True`` a child process whose name has spaces and is longer than
netstat's 19-character ``PID/Program name`` field listens too (``helper``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import attrs

IPPROTO_UDPLITE = 136
HELPER_NAME = "netstat parse helper process"
"""argv[0] of the helper child: netstat shows ``<pid>/netstat parse...`` cut at 19 characters."""


@attrs.frozen
class ExpectedInet:
    """What netstat must print for one of our Internet sockets."""

    protocol: str
    ip_version: int
    local_host: str
    local_port: int
    remote_host: str | None
    remote_port: int | None
    state: str | None
    state_raw: str | None
    inode: int | None
    """None for sockets without an owner (TIME_WAIT, FIN_WAIT_2 orphans, unaccepted)."""
    recv_q: int = 0
    remote_text: str = ""
    """The foreign field as netstat -n prints it (``0.0.0.0:*``, ``:::*``, ``127.0.0.1:5``)."""


@attrs.frozen
class ExpectedUnix:
    """What netstat must print for one of our unix sockets."""

    path: str | None
    type: str
    state: str | None
    flags: tuple[str, ...]
    inode: int


def _inode(sock: socket.socket) -> int:
    return os.fstat(sock.fileno()).st_ino


def _wait_for(condition: Callable[[], bool], timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def _tcp_states() -> set[tuple[int, int, str]]:
    """(local port, remote port, state hex) of every loopback TCP socket, from /proc."""
    found = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(name).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            found.add((int(fields[1].rsplit(":", 1)[1], 16), int(fields[2].rsplit(":", 1)[1], 16), fields[3]))
    return found


class LiveSockets:
    """Context manager holding the sockets; ``inet`` and ``unix`` list what netstat must show."""

    def __init__(self, helper_process: bool = False) -> None:
        self.pid = os.getpid()
        self.inet: list[ExpectedInet] = []
        self.unix: list[ExpectedUnix] = []
        self.has_raw = False
        self.has_udplite = False
        self.helper: tuple[int, int] | None = None
        """(pid, listening port) of the helper child."""
        self._helper_process = helper_process
        self._child: subprocess.Popen[bytes] | None = None
        self._sockets: list[socket.socket] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="nsp")

    def __enter__(self) -> LiveSockets:
        try:
            self._open_tcp(socket.AF_INET, "127.0.0.1", 4, "0.0.0.0:*")
            self._open_tcp(socket.AF_INET6, "::1", 6, ":::*")
            self._open_udp()
            self._open_unix()
            if self._helper_process:
                self._start_helper()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for sock in self._sockets:
            sock.close()
        if self._child is not None:
            self._child.kill()
            self._child.wait()
        self._tmp.cleanup()

    def _keep(self, sock: socket.socket) -> socket.socket:
        self._sockets.append(sock)
        return sock

    # -- TCP ------------------------------------------------------------------------------
    def _open_tcp(self, family: socket.AddressFamily, host: str, version: int, wildcard: str) -> None:
        listener = self._keep(socket.socket(family, socket.SOCK_STREAM))
        listener.bind((host, 0))
        listener.listen(8)
        port = listener.getsockname()[1]

        def connect() -> tuple[socket.socket, socket.socket, int]:
            client = socket.socket(family, socket.SOCK_STREAM)
            client.connect((host, port))
            server, _ = listener.accept()
            return client, server, client.getsockname()[1]

        # ESTABLISHED both ways, 1000 unread bytes waiting on the server side
        client, server, cport = connect()
        self._keep(client), self._keep(server)
        client.sendall(b"x" * 1000)
        _wait_for(lambda: len(server.recv(1000, socket.MSG_PEEK)) == 1000)
        # CLOSE_WAIT: the client closes, the server does not; the client is left in FIN_WAIT_2
        fin_client, close_wait, fin_port = connect()
        self._keep(close_wait)
        fin_client.close()
        # TIME_WAIT: the server closes first, then the client
        tw_client, tw_server, tw_port = connect()
        tw_server.close()
        _wait_for(lambda: (tw_port, port, "08") in _tcp_states())  # CLOSE_WAIT on the client
        tw_client.close()
        _wait_for(lambda: (port, tw_port, "06") in _tcp_states() and (port, fin_port, "08") in _tcp_states())

        peer = f"{host}:{port}"
        self.inet += [
            ExpectedInet("tcp", version, host, port, "0.0.0.0" if version == 4 else "::", None, "LISTEN", "LISTEN",
                         _inode(listener), remote_text=wildcard),
            ExpectedInet("tcp", version, host, cport, host, port, "ESTABLISHED", "ESTABLISHED", _inode(client),
                         remote_text=peer),
            ExpectedInet("tcp", version, host, port, host, cport, "ESTABLISHED", "ESTABLISHED", _inode(server),
                         recv_q=1000, remote_text=f"{host}:{cport}"),
            ExpectedInet("tcp", version, host, port, host, fin_port, "CLOSE_WAIT", "CLOSE_WAIT", _inode(close_wait),
                         recv_q=1, remote_text=f"{host}:{fin_port}"),
            ExpectedInet("tcp", version, host, fin_port, host, port, "FIN_WAIT_2", "FIN_WAIT2", None,
                         remote_text=peer),
            ExpectedInet("tcp", version, host, port, host, tw_port, "TIME_WAIT", "TIME_WAIT", None,
                         remote_text=f"{host}:{tw_port}"),
        ]

    # -- UDP, UDP-Lite, raw ---------------------------------------------------------------
    def _open_udp(self) -> None:
        bound = self._keep(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
        bound.bind(("127.0.0.1", 0))
        connected = self._keep(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
        connected.bind(("127.0.0.1", 0))
        connected.connect(bound.getsockname())
        bound6 = self._keep(socket.socket(socket.AF_INET6, socket.SOCK_DGRAM))
        bound6.bind(("::1", 0))
        port, cport, port6 = bound.getsockname()[1], connected.getsockname()[1], bound6.getsockname()[1]
        self.inet += [
            ExpectedInet("udp", 4, "127.0.0.1", port, "0.0.0.0", None, None, None, _inode(bound),
                         remote_text="0.0.0.0:*"),
            ExpectedInet("udp", 4, "127.0.0.1", cport, "127.0.0.1", port, "ESTABLISHED", "ESTABLISHED",
                         _inode(connected), remote_text=f"127.0.0.1:{port}"),
            ExpectedInet("udp", 6, "::1", port6, "::", None, None, None, _inode(bound6), remote_text=":::*"),
        ]
        try:
            lite = self._keep(socket.socket(socket.AF_INET, socket.SOCK_DGRAM, IPPROTO_UDPLITE))
            lite.bind(("127.0.0.1", 0))
        except OSError:
            pass
        else:
            self.has_udplite = True
            self.inet.append(ExpectedInet("udplite", 4, "127.0.0.1", lite.getsockname()[1], "0.0.0.0", None, None,
                                          None, _inode(lite), remote_text="0.0.0.0:*"))
        try:
            raw = self._keep(socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
            raw.bind(("127.0.0.1", 0))
        except OSError:  # needs root or CAP_NET_RAW
            pass
        else:
            self.has_raw = True
            self.inet.append(ExpectedInet("raw", 4, "127.0.0.1", socket.IPPROTO_ICMP, "0.0.0.0", None, None, "7",
                                          _inode(raw), remote_text="0.0.0.0:*"))

    # -- unix -----------------------------------------------------------------------------
    def _open_unix(self) -> None:
        base = Path(self._tmp.name)
        listener = self._keep(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
        listener.bind(str(base / "listener"))
        listener.listen(4)
        abstract_name = f"netstat-parse-{self.pid}"
        abstract = self._keep(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
        abstract.bind("\0" + abstract_name)
        abstract.listen(4)
        dgram = self._keep(socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM))
        dgram.bind(str(base / "dgram"))
        client = self._keep(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
        client.connect(str(base / "listener"))
        server, _ = listener.accept()
        self._keep(server)
        self.unix += [
            ExpectedUnix(str(base / "listener"), "STREAM", "LISTENING", ("ACC",), _inode(listener)),
            ExpectedUnix("@" + abstract_name, "STREAM", "LISTENING", ("ACC",), _inode(abstract)),
            ExpectedUnix(str(base / "dgram"), "DGRAM", None, (), _inode(dgram)),
            ExpectedUnix(None, "STREAM", "CONNECTED", (), _inode(client)),
            ExpectedUnix(str(base / "listener"), "STREAM", "CONNECTED", (), _inode(server)),
        ]

    # -- a child with a long name holding spaces -------------------------------------------
    def _start_helper(self) -> None:
        code = ("import socket,sys;s=socket.socket();s.bind(('127.0.0.1',0));s.listen();"
                "print(s.getsockname()[1],flush=True);sys.stdin.read()")
        self._child = subprocess.Popen([HELPER_NAME, "-c", code], executable=sys.executable,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self._child.stdout is not None
        self.helper = (self._child.pid, int(self._child.stdout.readline()))
