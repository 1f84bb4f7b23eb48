"""Random ``netstat -i`` tables rendered exactly as net-tools prints them (§1.6).

Row (``lib/interface.c`` ``ife_print_short``): the name cut to the build's width
(``%-15.15s`` in 2.10, ``%-8.8s`` 2012-2020, ``%-5.5s`` in 1.60 followed by ``%-2d`` Met),
``%5d`` MTU, ``%8llu %6lu %6lu %-6lu`` RX ok/err/drop/overrun (RX-OVR left-aligned),
``%8llu %6lu %6lu %6lu`` TX, then the flag letters (``[NO FLAGS]`` translated when there are
none). Without counters the 56-wide ``     - no statistics available -`` replaces them.

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import InterfaceStats

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
