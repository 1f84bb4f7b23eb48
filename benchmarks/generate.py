"""Realistic large netstat captures for the benchmarks, in the exact layouts netstat prints.

* ``linux-tanp``: net-tools ``netstat -tanp``: tcp/tcp6, IPv6 fields cut to 23 characters
  (netstat-formats.md §1.3.4), ``-`` programs and ``PID/name`` cut at 19 characters.
* ``windows-ano``: ``netstat -ano`` with CRLF, IPv6 zone ids and UDP rows, as an interval
  capture: a block of 2,000 connections printed again and again with 5% churn.
* ``windows-abno``: ``netstat -abno`` with component/executable owner lines.
* ``linux-s``: repeated ``netstat -s`` reports; ``windows-r``: repeated ``route print``.

``python -m benchmarks.generate KIND ROWS OUT`` writes one file; the runner calls
:func:`write` itself. Output is deterministic for a given kind and size.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

LINUX_TITLE = "Active Internet connections (servers and established)"
LINUX_HEADER = ("Proto Recv-Q Send-Q Local Address           Foreign Address         State       "
                "PID/Program name    ")
LINUX_STATES = ("ESTABLISHED",) * 6 + ("TIME_WAIT", "TIME_WAIT", "CLOSE_WAIT", "LISTEN", "SYN_SENT", "FIN_WAIT2")
LINUX_PROGRAMS = ("812/sshd", "1944/sshd: alice [p", "2301/java", "6360/my prog", "-", "-", "31337/nginx: worker",
                  "2/", "4242/python3")
WINDOWS_HEADER = "  Proto  Local Address          Foreign Address        State           PID"
WINDOWS_STATES = ("ESTABLISHED",) * 5 + ("TIME_WAIT", "TIME_WAIT", "CLOSE_WAIT", "LISTENING", "SYN_SENT")
OWNERS: tuple[tuple[str, ...], ...] = ((" [chrome.exe]",), ("  RpcSs", " [svchost.exe]"), (" Can not obtain ownership information",),
          ("  Dnscache", " [svchost.exe]"), ())


def _cut(addr: str, port: str) -> str:
    """net-tools' 23-character cut of ``addr:port`` (§1.3.4)."""
    if len(addr) + len(port) <= 22:
        return f"{addr}:{port}"
    port_keep = min(len(port), 18)
    return f"{addr[:22 - port_keep]}:{port[:port_keep]}"


def _v4(rng: random.Random) -> str:
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _v6(rng: random.Random) -> str:
    return "2001:db8:" + ":".join(f"{rng.randrange(0x10000):x}" for _ in range(rng.randrange(2, 6)))


def linux_tanp(rows: int, rng: random.Random) -> Iterator[str]:
    yield LINUX_TITLE
    yield LINUX_HEADER
    for _ in range(rows):
        six = rng.random() < 0.3
        host = _v6 if six else _v4
        local = _cut(host(rng), str(rng.choice((22, 443, 8080, rng.randrange(1024, 65536)))))
        state = rng.choice(LINUX_STATES)
        remote = "0.0.0.0:*" if state == "LISTEN" and not six else ":::*" if state == "LISTEN" else _cut(
            host(rng), str(rng.randrange(1024, 65536)))
        program = "-" if state in ("TIME_WAIT", "FIN_WAIT2") else rng.choice(LINUX_PROGRAMS)
        proto = "tcp6" if six else "tcp"
        yield f"{proto:<5} {rng.randrange(3):6d} {rng.choice((0, 0, 36, 4096)):6d} {local:<23} {remote:<23} " \
              f"{state:<11} {program:<20}"


def _windows_rows(rng: random.Random) -> tuple[str, str]:
    kind = rng.random()
    pid = str(rng.randrange(4, 30000))
    if kind < 0.15:
        local = f"[fe80::{rng.randrange(0x10000):x}:{rng.randrange(0x10000):x}%{rng.randrange(2, 40)}]:{rng.randrange(1, 65536)}"
        return f"  UDP    {local:<21}  {'*:*':<21}  {'':<16}{pid}", "UDP"
    if kind < 0.3:
        local = f"[{_v6(rng)}]:{rng.randrange(1, 65536)}"
        remote = f"[{_v6(rng)}]:{rng.choice((443, 80, rng.randrange(1, 65536)))}"
    else:
        local = f"{_v4(rng)}:{rng.randrange(1, 65536)}"
        remote = f"192.0.2.{rng.randrange(1, 255)}:{rng.choice((443, 80, 445, rng.randrange(1, 65536)))}"
    state = rng.choice(WINDOWS_STATES)
    return f"  TCP    {local:<21}  {remote:<21}  {state:<12}    {pid}", state


SNAPSHOT_ROWS = 2000
CHURN = 0.05


def windows_ano(rows: int, rng: random.Random, owners: bool = False) -> Iterator[str]:
    """An interval capture: every snapshot prints the machine's connections again, with
    about 5% of them gone and as many new ones (what ``netstat -ano 5`` logs look like)."""
    table: list[tuple[str, tuple[str, ...]]] = []
    for index in range(rows):
        if index % SNAPSHOT_ROWS == 0:
            yield from ("", "Active Connections", "", WINDOWS_HEADER)
            table = [entry for entry in table if rng.random() > CHURN]
        position = index % SNAPSHOT_ROWS
        if position >= len(table):
            row, state = _windows_rows(rng)
            owner = rng.choice(OWNERS) if owners and state != "TIME_WAIT" else ()
            table.append((row, owner))
        row, owner = table[position]
        yield row
        yield from owner


def windows_abno(rows: int, rng: random.Random) -> Iterator[str]:
    return windows_ano(rows, rng, owners=True)


LINUX_S_BLOCK = """Ip:
    Forwarding: 1
    {0} total packets received
    0 forwarded
    0 incoming packets discarded
    {1} incoming packets delivered
    {2} requests sent out
Icmp:
    {3} ICMP messages received
    0 input ICMP message failed
    ICMP input histogram:
        destination unreachable: {3}
    {4} ICMP messages sent
    0 ICMP messages failed
    ICMP output histogram:
        destination unreachable: {4}
IcmpMsg:
        InType3: {3}
        OutType3: {4}
Tcp:
    {5} active connection openings
    {6} passive connection openings
    3 failed connection attempts
    17 connection resets received
    4 connections established
    {0} segments received
    {2} segments sent out
    {7} segments retransmitted
    0 bad segments received
    52 resets sent
Udp:
    {8} packets received
    2 packets to unknown port received
    0 packet receive errors
    {8} packets sent
UdpLite:
TcpExt:
    {9} TCP sockets finished time wait in fast timer
    {6} delayed acks sent
    TCPTimeouts: 2
    TCPOrigDataSent: {2}
IpExt:
    InOctets: {0}
    OutOctets: {2}
MPTcpExt:"""


def linux_s(rows: int, rng: random.Random) -> Iterator[str]:
    lines_per_block = LINUX_S_BLOCK.count("\n") + 1
    for _ in range(max(1, rows // lines_per_block)):
        values = [rng.randrange(10**9) for _ in range(10)]
        yield from LINUX_S_BLOCK.format(*values).splitlines()


ROUTE_PRINT = """===========================================================================
Interface List
 14...00 15 5d 01 02 03 ......Intel(R) Ethernet Connection I219-V
  1...........................Software Loopback Interface 1
===========================================================================

IPv4 Route Table
===========================================================================
Active Routes:
Network Destination        Netmask          Gateway       Interface  Metric
{routes4}===========================================================================
Persistent Routes:
  None

IPv6 Route Table
===========================================================================
Active Routes:
 If Metric Network Destination      Gateway
{routes6}===========================================================================
Persistent Routes:
  None"""


def windows_r(rows: int, rng: random.Random) -> Iterator[str]:
    per_table = 200
    for _ in range(max(1, rows // (2 * per_table))):
        routes4 = "".join(
            f"{_v4(rng):>17}{'255.255.255.0':>17}{'On-link' if rng.random() < 0.5 else _v4(rng):>17}"
            f"{_v4(rng):>17}{rng.randrange(1, 500):>7}\n" for _ in range(per_table))
        routes6 = "".join(
            f"{rng.randrange(1, 40):>3} {rng.randrange(1, 500):>6} {_v6(rng) + '/64':<24} On-link\n"
            for _ in range(per_table))
        yield from ROUTE_PRINT.format(routes4=routes4, routes6=routes6).splitlines()


GENERATORS: dict[str, tuple[Callable[[int, random.Random], Iterator[str]], str]] = {
    "linux-tanp": (linux_tanp, "\n"),
    "windows-ano": (windows_ano, "\r\n"),
    "windows-abno": (windows_abno, "\r\n"),
    "linux-s": (linux_s, "\n"),
    "windows-r": (windows_r, "\r\n"),
}


def write(kind: str, rows: int, out: Path) -> Path:
    """Write a capture of about ``rows`` data rows; reuse it when it already exists."""
    if out.exists():
        return out
    generate, newline = GENERATORS[kind]
    rng = random.Random(f"{kind}:{rows}")
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        for line in generate(rows, rng):
            handle.write(line + newline)
    tmp.rename(out)
    return out


if __name__ == "__main__":
    kind_arg, rows_arg, out_arg = sys.argv[1:4]
    print(write(kind_arg, int(rows_arg), Path(out_arg)))
