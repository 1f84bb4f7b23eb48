"""Random ``netstat -i`` tables rendered exactly as net-tools prints them (§1.6).

Row (``lib/interface.c`` ``ife_print_short``): the name cut to the build's width
(``%-15.15s`` in 2.10, ``%-8.8s`` 2012-2020, ``%-5.5s`` in 1.60 followed by ``%-2d`` Met),
``%5d`` MTU, ``%8llu %6lu %6lu %-6lu`` RX ok/err/drop/overrun (RX-OVR left-aligned),
``%8llu %6lu %6lu %6lu`` TX, then the flag letters (``[NO FLAGS]`` translated when there are
none). Without counters the 56-wide ``     - no statistics available -`` replaces them.

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties;
``block_captures`` does the same for the ``-ie`` blocks of net-tools 2.10 and 1.60 (see the
notes above it; ``linux_interface_blocks.py`` registers it as a kind of its own).
"""

from __future__ import annotations

import ipaddress
import socket

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import Interface, InterfaceStats

TITLES = {
    "en": "Kernel Interface table", "de": "Kernel-Schnittstellentabelle", "fr": "Table d'interfaces noyau",
    "cs": "Tabulka rozhraní v jádru", "ja": "カーネルインタフェーステーブル", "unknown": "Tablica interfejsów jądra",
}
"""Titles of the languages verified with net-tools 2.10; ``unknown`` is made up (Polish)."""
NO_STATISTICS = {
    "en": "     - no statistics available -", "de": "     - keine Statistiken verfügbar -",
    "cs": "     - statistická data nejsou dostupná -", "et": "     - statistikat ei ole      -",
}
NO_FLAGS = ("[NO FLAGS]", "[KEINE FLAGS]", "[PAS INDICATEURS]")
FLAG_LETTERS = "ABDLMdPNOpsmRU"


@attrs.frozen
class Build:
    """Name width and the 1.60 Met column; the header each prints."""

    width: int
    met: bool
    header: str


BUILDS = (
    Build(15, False, "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg"),
    Build(8, False, "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg"),
    Build(5, True, "Iface   MTU Met   RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg"),
)

names = st.from_regex(r"[a-z][a-z0-9]{0,10}(?:[.:-][a-z0-9]{1,6})?", fullmatch=True)
counters = st.integers(0, 2**64 - 1)
small = st.integers(0, 2**32 - 1)


@st.composite
def flag_texts(draw: st.DrawFn) -> str:
    letters = "".join(letter for letter in FLAG_LETTERS if draw(st.booleans()))
    return letters or draw(st.sampled_from(NO_FLAGS))


@st.composite
def rows(draw: st.DrawFn, build: Build) -> tuple[str, InterfaceStats]:
    """One row and its record (line 0)."""
    name = draw(names)[: build.width]
    mtu, met = draw(st.integers(0, 99999)), draw(st.integers(0, 99))
    flags = draw(flag_texts())
    text = f"{name:<{build.width}} {mtu:5d} " + (f"{met:<2d} " if build.met else "")
    if draw(st.integers(0, 6)) == 0:
        text += f"{draw(st.sampled_from(sorted(NO_STATISTICS.values()))):<56}{flags}"
        record = InterfaceStats(line=0, interface=name, mtu=mtu, met=met if build.met else None, flags=flags)
    else:
        rx = [draw(counters), draw(small), draw(small), draw(small)]
        tx = [draw(counters), draw(small), draw(small), draw(small)]
        text += f"{rx[0]:8d} {rx[1]:6d} {rx[2]:6d} {rx[3]:<6d} {tx[0]:8d} {tx[1]:6d} {tx[2]:6d} {tx[3]:6d} {flags}"
        record = InterfaceStats(line=0, interface=name, mtu=mtu, met=met if build.met else None, flags=flags,
                                rx_ok=rx[0], rx_err=rx[1], rx_drp=rx[2], rx_ovr=rx[3],
                                tx_ok=tx[0], tx_err=tx[1], tx_drp=tx[2], tx_ovr=tx[3])
    return text, record


@st.composite
def captures(draw: st.DrawFn) -> tuple[str, list[InterfaceStats]]:
    """A whole ``netstat -i`` capture and the records it must give (names are unique, as the
    kernel's are; a repeated name would be a new snapshot only in ``-ie``)."""
    build = draw(st.sampled_from(BUILDS))
    lines = [TITLES[draw(st.sampled_from(sorted(TITLES)))], build.header]
    records = []
    for text, record in draw(st.lists(rows(build), min_size=1, max_size=8, unique_by=lambda row: row[1].interface)):
        lines.append(text)
        records.append(attrs.evolve(record, line=len(lines)))
    return "\n".join(lines) + "\n", records


# -- netstat -ie ----------------------------------------------------------------------------
# One block per interface, each followed by a blank line (``lib/interface.c``
# ``ife_print_long``). Two builds:
#
# * **2.10** (checked against this machine's net-tools 2.10: real interfaces in a private
#   network namespace, random counters and inet6 scopes from a substituted ``/proc/net/dev``
#   and ``/proc/net/if_inet6``, random flags and device maps from an ``ioctl`` shim; every
#   shape below but the cslip ``compressed`` lines, taken from the source, was printed by the
#   real binary, and ``human_2_10``/``flags_field``/``scope_field`` agreed with it on 1,462
#   random values; tests/test_linux_interfaces.py keeps some of those blocks)::
#
#       NAME: flags=N<LIST>  mtu N
#               inet A  netmask M[  broadcast B][  destination D]      (IFF_BROADCAST / IFF_POINTOPOINT)
#               inet6 A  prefixlen N  scopeid 0xS<SCOPES>              (one per address)
#               HW[ ADDR]  txqueuelen N  (TITLE)
#               media PORT[autoselect]                                 (IFF_PORTSEL [IFF_AUTOMEDIA])
#               RX packets N  bytes N (X.Y UNIT)
#               RX compressed:N                                        (cslip)
#               RX errors N  dropped N  overruns N  frame N
#               TX packets N  bytes N (X.Y UNIT)
#               TX compressed N                                        (cslip)
#               TX errors N  dropped N overruns N  carrier N  collisions N
#               device [interrupt N  ][base 0xN  ][memory 0xA-B  ][  dma 0xN]
#
#   N of ``flags=`` is a signed short (IFF_DYNAMIC makes it negative: ``flags=-31805<...>``;
#   DYNAMIC is named by builds with HAVE_DYNAMIC, as Debian's); the ether address is ``%02x``;
#   LIST is built by appending ``NAME,`` and turning the last character into ``>``, or
#   dropping it when it is not a comma: ``flags=0<`` with no flags, ``flags=8192`` with only
#   IFF_PORTSEL. The scope list is built the same way (``scopeid 0x8`` has none). UNIT:
#   ``B`` up to 1024, then KiB MiB GiB TiB PiB (value*10 / 1024^k, truncated) and EiB above
#   2^60 (value / 115292150460684697). Aliases (``eth0:1``, listed by SIOCGIFCONF only) have
#   no statistics and no inet6 lines. The statistics lines are absent for any interface
#   missing from ``/proc/net/dev``.
# * **1.60** ``Link encap:`` blocks (``lib/interface.c`` 1.16 of 2001, ecki/net-tools
#   03f5eac20cdf45217a7c68fa7ee0a2de983868a8)::
#
#       NAME      Link encap:TITLE  [HWaddr ADDR  ]                     (name %-9s; see below)
#                 inet addr:A [ P-t-P:D ][ Bcast:B ] Mask:M
#                 inet6 addr: A/N Scope:Global|Link|Site|Compat|Host|Unknown
#                 FLAG FLAG ... [NO FLAGS]  MTU:N  Metric:N
#                 RX packets:N errors:N dropped:N overruns:N frame:N
#                 TX packets:N errors:N dropped:N overruns:N carrier:N
#                 collisions:N txqueuelen:N␠
#                 RX bytes:N (X.Y UNIT)  TX bytes:N (X.Y UNIT)
#                 [Interrupt:N ][Base address:0xN ][Memory:A-B ][DMA chan:N ]
#
#   UNIT ``b``, ``kB`` above 1024, ``MB`` above 1048576 (value*10 modulo 2^64 / 1024^k).
#   That source cuts the name to 9 (``%-9.9s``), but real distribution captures print longer
#   names in full (``tun-172207591 Link encap:IPIP Tunnel  HWaddr``), as here. The IPIP
#   tunnel's address printer returns "": ``HWaddr`` followed by three spaces. Distribution
#   builds print other units (RHEL ``KiB``/``MiB`` with ``b``; Debian decimal ``KB``/``MB``);
#   the parser keeps the text in parentheses as printed, so one rule covers the shape.
#   Addresses are ``%02X``. IFF_PORTSEL adds ``Media:PORT`` (``(auto)`` with IFF_AUTOMEDIA) to
#   the first line. A cslip prints ``compressed:N`` alone on a line below the RX line and
#   after ``collisions:N`` for TX. Not drawn for 1.60: P-t-P and Bcast on one line (both flags
#   on one interface; the 1.60 inet grammar reads two label pairs).

IE_TITLE = "Kernel Interface table"
PRINTED_FLAGS = (
    (0x1, "UP"), (0x2, "BROADCAST"), (0x4, "DEBUG"), (0x8, "LOOPBACK"), (0x10, "POINTOPOINT"),
    (0x20, "NOTRAILERS"), (0x40, "RUNNING"), (0x80, "NOARP"), (0x100, "PROMISC"), (0x200, "ALLMULTI"),
    (0x800, "SLAVE"), (0x400, "MASTER"), (0x1000, "MULTICAST"), (0x8000, "DYNAMIC"),
)
"""IFF_* names in the order net-tools prints them (SLAVE before MASTER)."""
UNPRINTED_FLAGS = ((0x2000, "PORTSEL"), (0x4000, "AUTOMEDIA"))
"""Bits 2.10 does not name in the list; the record names them after the printed ones."""
TYPICAL_FLAGS = (4163, 4099, 4098, 73, 8, 130, 4240, 4241, 4305, 209, 193, 128, 144, 0x1143, 0x80C3, 0, 0x2000, 0x6001)
PORTS = ("unknown", "10base2", "10baseT", "AUI", "100baseT", "100baseTX", "100baseFX")
"""``if_port_text[port][0]``: what the media line prints."""
SCOPE_WORDS = {0x0: "Global", 0x20: "Link", 0x40: "Site", 0x80: "Compat", 0x10: "Host"}
"""1.60 ``Scope:`` words (anything else prints ``Unknown``)."""


@attrs.frozen
class Hardware:
    """A hardware type: 2.x name (the record's ``hw_type``), title, and how its address prints
    (``ether``: 6 bytes, ``unspec``: 16 bytes ``%02X-``, ``empty``: the IPIP printer's "",
    None: no printer, no address)."""

    name: str
    title: str
    address: str | None
    compresses: bool = False


HARDWARE = (
    Hardware("ether", "Ethernet", "ether"), Hardware("loop", "Local Loopback", None),
    Hardware("unspec", "UNSPEC", "unspec"), Hardware("ppp", "Point-to-Point Protocol", None),
    Hardware("tunnel", "IPIP Tunnel", "empty"), Hardware("sit", "IPv6-in-IPv4", None),
    Hardware("cslip", "VJ Serial Line IP", None, compresses=True),
)

base_names = st.from_regex(r"[a-z][a-z0-9]{0,7}(?:[._-][a-z0-9]{1,5})?", fullmatch=True)
byte_counts = st.one_of(
    st.integers(0, 2**64 - 1), st.integers(0, 2**32),
    st.sampled_from([1024**k + d for k in range(1, 7) for d in (-1, 0, 1)] + [0, 2**64 - 1, 2**63]),
)
counts = st.one_of(st.integers(0, 99), counters)


def human_2_10(value: int) -> str:
    """``(X.Y UNIT)`` of net-tools 2.10 without the parentheses."""
    tenths = value * 10 % 2**64
    if value > 2**60:
        tenths, unit = value // 115292150460684697, "EiB"
    else:
        unit = "B"
        for power, name in ((5, "PiB"), (4, "TiB"), (3, "GiB"), (2, "MiB"), (1, "KiB")):
            if value > 1024**power:
                tenths, unit = tenths // 1024**power, name
                break
    return f"{tenths // 10}.{tenths % 10} {unit}"


def human_1_60(value: int) -> str:
    """The same for net-tools 1.60 (``b``, ``kB``, ``MB``)."""
    tenths, unit = value * 10 % 2**64, "b"
    if value > 1048576:
        tenths, unit = tenths // 1048576, "MB"
    elif value > 1024:
        tenths, unit = tenths // 1024, "kB"
    return f"{tenths // 10}.{tenths % 10} {unit}"


def flags_field(bits: int) -> str:
    """What 2.10 prints after ``flags=`` for the 16 flag bits ``bits``."""
    text = f"{bits - 0x10000 if bits & 0x8000 else bits}<" + (">" if bits == 0 else "")
    text += "".join(f"{name}," for bit, name in PRINTED_FLAGS if bits & bit)
    return text[:-1] + ">" if text.endswith(",") else text[:-1]


def scope_field(scope: int) -> str:
    """What 2.10 prints after ``scopeid``."""
    text = "<"
    if scope & 0x80:
        text, scope = text + "compat,", scope - 0x80
    text += "global," if scope == 0 else ""
    text += "".join(f"{name}," for bit, name in ((0x20, "link"), (0x40, "site"), (0x10, "host")) if scope & bit)
    return text[:-1] + ">" if text.endswith(",") else text[:-1]


def record_flags(bits: int) -> tuple[str, ...]:
    return tuple(name for bit, name in PRINTED_FLAGS + UNPRINTED_FLAGS if bits & bit)


def ipv4(number: int) -> str:
    return str(ipaddress.IPv4Address(number))


def netmask(prefix: int) -> str:
    return ipv4((2**32 - 1) << (32 - prefix) & (2**32 - 1))


ipv4s = st.integers(0, 2**32 - 1).map(ipv4)
ipv6s = st.one_of(
    st.binary(min_size=16, max_size=16),
    st.binary(min_size=8, max_size=8).map(lambda iid: bytes.fromhex("fe80000000000000") + iid),
    st.binary(min_size=4, max_size=4).map(lambda v4: bytes(12) + v4),  # compat: ::192.0.2.1
    st.binary(min_size=4, max_size=4).map(lambda v4: bytes(10) + b"\xff\xff" + v4),
    st.integers(0, 2**16).map(lambda n: n.to_bytes(16, "big")),  # ::1, ::
).map(lambda packed: socket.inet_ntop(socket.AF_INET6, packed))  # as glibc prints it, like net-tools


@attrs.frozen
class Link:
    """One interface as the kernel describes it; ``render_2_10``/``render_1_60`` print it."""

    name: str
    alias: bool
    bits: int
    mtu: int
    metric: int
    hardware: Hardware
    address_bytes: bytes
    txqueuelen: int
    inet: tuple[str, int, str, str] | None  # address, prefix, broadcast, destination
    inet6: tuple[tuple[str, int, int], ...]  # address, prefixlen, scope
    port: int
    stats: dict[str, int] | None
    irq: int
    base: int
    memory: tuple[int, int]
    dma: int

    def hw_address(self, upper: bool) -> str | None:
        if self.hardware.address == "ether":
            return ":".join(f"{b:02X}" if upper else f"{b:02x}" for b in self.address_bytes[:6])
        if self.hardware.address == "unspec":
            return "-".join(f"{b:02X}" for b in self.address_bytes)
        return "" if self.hardware.address == "empty" else None


@st.composite
def links(draw: st.DrawFn, build: str) -> Link:
    alias = draw(st.integers(0, 7)) == 0
    name = draw(base_names)
    if alias:
        name += ":" + draw(st.from_regex(r"[0-9]{1,3}|[a-z]{1,5}", fullmatch=True))
    bits = draw(st.one_of(st.sampled_from(TYPICAL_FLAGS), st.integers(0, 0xFFFF)))
    if build == "1.60":  # not P-t-P and Bcast together (see the module doc)
        bits &= ~0x10 if bits & 0x2 else ~0
    hardware = draw(st.sampled_from(HARDWARE))
    has_inet = alias or draw(st.booleans())
    inet = None
    if has_inet:
        inet = (draw(ipv4s), draw(st.integers(0, 32)), draw(ipv4s), draw(ipv4s))
    inet6 = () if alias else tuple(draw(st.lists(
        st.tuples(ipv6s, st.integers(0, 128), st.one_of(st.sampled_from(sorted(SCOPE_WORDS)), st.integers(0, 255))),
        max_size=4, unique_by=lambda entry: entry[0])))
    stats = None
    if not alias and draw(st.integers(0, 9)) > 0:
        stats = {key: draw(byte_counts if key.endswith("bytes") else counts) for key in (
            "rx_packets", "rx_bytes", "rx_errors", "rx_dropped", "rx_overruns", "rx_frame", "tx_packets",
            "tx_bytes", "tx_errors", "tx_dropped", "tx_overruns", "tx_carrier", "collisions")}
        if hardware.compresses:
            stats |= {"rx_compressed": draw(counts), "tx_compressed": draw(counts)}
    device = draw(st.integers(0, 5)) == 0
    irq, dma = (draw(st.integers(0, 255)), draw(st.integers(0, 255))) if device else (0, 0)
    base = draw(st.one_of(st.just(0), st.integers(0x100, 0xFFFF))) if device else 0
    memory = (0, 0)
    if device and draw(st.booleans()):
        start = draw(st.integers(1, 2**40))
        memory = (start, start + draw(st.integers(0, 2**24)))
    return Link(name=name, alias=alias, bits=bits, mtu=draw(st.one_of(st.sampled_from([1500, 65536, 1480, 9000]),
                                                                      st.integers(0, 2**31 - 1))),
                metric=draw(st.one_of(st.just(1), st.integers(1, 2**31 - 1))), hardware=hardware,
                address_bytes=draw(st.binary(min_size=16, max_size=16)), txqueuelen=draw(st.integers(0, 100000)),
                inet=inet, inet6=inet6, port=draw(st.integers(0, len(PORTS) - 1)), stats=stats, irq=irq,
                base=base, memory=memory, dma=dma)


def render_2_10(link: Link) -> tuple[list[str], Interface]:
    """The block's lines (without the blank line after it) and its record (line 0)."""
    hw, mac = link.hardware, link.hw_address(upper=False)
    flags = flags_field(link.bits)
    lines = [f"{link.name}: flags={flags}  mtu {link.mtu}"]
    details = {"flags": flags}
    addresses = []
    if link.inet is not None:
        address, prefix, broadcast, destination = link.inet
        line = f"        inet {address}  netmask {netmask(prefix)}"
        details["netmask"] = netmask(prefix)
        if link.bits & 0x2:
            line += f"  broadcast {broadcast}"
            details["broadcast"] = broadcast
        if link.bits & 0x10:
            line += f"  destination {destination}"
            details["destination"] = destination
        lines.append(line)
        addresses.append(f"{address}/{prefix}")
    for address, prefixlen, scope in link.inet6:
        lines.append(f"        inet6 {address}  prefixlen {prefixlen}  scopeid 0x{scope:x}{scope_field(scope)}")
        addresses.append(f"{address}/{prefixlen}")
        details[f"{address}/{prefixlen} scopeid"] = f"0x{scope:x}{scope_field(scope)}"
    lines.append(f"        {hw.name}" + (f" {mac}" if mac is not None else "")
                 + f"  txqueuelen {link.txqueuelen}  ({hw.title})")
    details |= {"hw_title": hw.title, "txqueuelen": str(link.txqueuelen)}
    if link.bits & 0x2000:
        details["media"] = PORTS[link.port] + ("autoselect" if link.bits & 0x4000 else "")
        lines.append(f"        media {details['media']}")
    counters = dict(link.stats or {})
    if link.stats is not None:
        s = link.stats
        details |= {"rx_bytes_human": human_2_10(s["rx_bytes"]), "tx_bytes_human": human_2_10(s["tx_bytes"])}
        lines.append(f"        RX packets {s['rx_packets']}  bytes {s['rx_bytes']} ({details['rx_bytes_human']})")
        if hw.compresses:
            lines.append(f"        RX compressed:{s['rx_compressed']}")
        lines.append(f"        RX errors {s['rx_errors']}  dropped {s['rx_dropped']}  overruns {s['rx_overruns']}"
                     f"  frame {s['rx_frame']}")
        lines.append(f"        TX packets {s['tx_packets']}  bytes {s['tx_bytes']} ({details['tx_bytes_human']})")
        if hw.compresses:
            lines.append(f"        TX compressed {s['tx_compressed']}")
        lines.append(f"        TX errors {s['tx_errors']}  dropped {s['tx_dropped']} overruns {s['tx_overruns']}"
                     f"  carrier {s['tx_carrier']}  collisions {s['collisions']}")
    if link.irq or link.memory[0] or link.dma or link.base >= 0x100:
        device = f"interrupt {link.irq}  " if link.irq else ""
        device += f"base 0x{link.base:x}  " if link.base >= 0x100 else ""
        device += f"memory 0x{link.memory[0]:x}-{link.memory[1]:x}  " if link.memory[0] else ""
        device += f"  dma 0x{link.dma:x}" if link.dma else ""
        lines.append(f"        device {device}")
        details["device"] = device.strip()
    return lines, Interface(line=0, end_line=len(lines) - 1, platform="linux", name=link.name,
                            flags=record_flags(link.bits), mtu=link.mtu, hw_type=hw.name, mac=mac or None,
                            addresses=tuple(addresses), counters=counters, details=details)


def render_1_60(link: Link) -> tuple[list[str], Interface]:
    """The same in the 1.60 ``Link encap:`` layout."""
    hw, mac = link.hardware, link.hw_address(upper=True)
    lines = [f"{link.name:<9} Link encap:{hw.title}  " + (f"HWaddr {mac}  " if mac is not None else "")]
    details = {"hw_title": hw.title}
    if link.bits & 0x2000:  # IFF_PORTSEL: the port on the first line, (auto) with IFF_AUTOMEDIA
        details["media"] = PORTS[link.port] + ("(auto)" if link.bits & 0x4000 else "")
        lines[0] += f"Media:{details['media']}"
    addresses = []
    if link.inet is not None:
        address, prefix, broadcast, destination = link.inet
        line = f"          inet addr:{address} "
        if link.bits & 0x10:
            line += f" P-t-P:{destination} "
            details["destination"] = destination
        if link.bits & 0x2:
            line += f" Bcast:{broadcast} "
            details["broadcast"] = broadcast
        lines.append(line + f" Mask:{netmask(prefix)}")
        details["netmask"] = netmask(prefix)
        addresses.append(f"{address}/{prefix}")
    for address, prefixlen, scope in link.inet6:
        lines.append(f"          inet6 addr: {address}/{prefixlen} Scope:{SCOPE_WORDS.get(scope, 'Unknown')}")
        addresses.append(f"{address}/{prefixlen}")
        details[f"{address}/{prefixlen} scope"] = SCOPE_WORDS.get(scope, "Unknown")
    words = [name for bit, name in PRINTED_FLAGS if link.bits & bit]
    details["flags"] = " ".join(words) if words else "[NO FLAGS]"
    details["metric"] = str(link.metric)
    lines.append("          " + "".join(f"{word} " for word in words or ["[NO FLAGS]"])
                 + f" MTU:{link.mtu}  Metric:{link.metric}")
    counters = dict(link.stats or {})
    if link.stats is not None:
        s = link.stats
        lines.append(f"          RX packets:{s['rx_packets']} errors:{s['rx_errors']} dropped:{s['rx_dropped']}"
                     f" overruns:{s['rx_overruns']} frame:{s['rx_frame']}")
        if hw.compresses:
            lines.append(f"             compressed:{s['rx_compressed']}")
        lines.append(f"          TX packets:{s['tx_packets']} errors:{s['tx_errors']} dropped:{s['tx_dropped']}"
                     f" overruns:{s['tx_overruns']} carrier:{s['tx_carrier']}")
        compressed = f"compressed:{s['tx_compressed']} " if hw.compresses else ""
        lines.append(f"          collisions:{s['collisions']} {compressed}txqueuelen:{link.txqueuelen} ")
        details |= {"txqueuelen": str(link.txqueuelen), "rx_bytes_human": human_1_60(s["rx_bytes"]),
                    "tx_bytes_human": human_1_60(s["tx_bytes"])}
        lines.append(f"          RX bytes:{s['rx_bytes']} ({details['rx_bytes_human']})"
                     f"  TX bytes:{s['tx_bytes']} ({details['tx_bytes_human']})")
    if link.irq or link.memory[0] or link.dma or link.base:
        pairs = {"interrupt": f"{link.irq}" if link.irq else None,
                 "base_address": f"0x{link.base:x}" if link.base >= 0x100 else None,
                 "memory": f"{link.memory[0]:x}-{link.memory[1]:x}" if link.memory[0] else None,
                 "dma": f"{link.dma:x}" if link.dma else None}
        labels = {"interrupt": "Interrupt", "base_address": "Base address", "memory": "Memory", "dma": "DMA chan"}
        lines.append("          " + "".join(f"{labels[key]}:{text} " for key, text in pairs.items() if text))
        details |= {key: text for key, text in pairs.items() if text}
    return lines, Interface(line=0, end_line=len(lines) - 1, platform="linux", name=link.name,
                            flags=tuple(words), mtu=link.mtu, hw_type=hw.name, mac=mac or None,
                            addresses=tuple(addresses), counters=counters, details=details)


RENDER = {"2.10": render_2_10, "1.60": render_1_60}


@st.composite
def block_captures(draw: st.DrawFn) -> tuple[str, list[Interface]]:
    """A whole ``netstat -ie`` capture (with its title) or ``ifconfig -a`` output (without),
    in one build's layout, and the records it must give. Names are unique: a name seen
    again starts the next ``-c`` snapshot."""
    build = draw(st.sampled_from(sorted(RENDER)))
    lines = [IE_TITLE] if draw(st.booleans()) else []
    records = []
    for link in draw(st.lists(links(build), min_size=1, max_size=6, unique_by=lambda link: link.name)):
        block, record = RENDER[build](link)
        first = len(lines) + 1
        lines += [*block, ""]
        records.append(attrs.evolve(record, line=first, end_line=first + (record.end_line or 0)))
    return "\n".join(lines) + "\n", records
