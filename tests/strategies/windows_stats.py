"""Random ``netstat -s`` output rendered exactly as netstat.exe prints it (§2.5, §2.7).

Layout: a blank line, the title at column 0, a blank line, the rows, per section. Counter
rows are two spaces, the label padded (IPv4/IPv6 to 35, TCP to 36, UDP to 22; German IP
labels to 37, the translator's own padding), ``= `` and the number; a longer label keeps one
space before the ``=``. ICMP sections have the ``Received    Sent`` header indented 28 and
rows of two spaces, the label padded to 26, then ``%-10u  %-10u`` (received at column 28,
sent at 40, trailing blanks kept); a row may leave one column blank. Quirks kept: the German
ICMPv4 header has one space between its words, ``Routerneunummerierungen`` is padded to 27;
ReactOS prints four sections, ``Echos`` before ``Echo Replies``, no router rows, and its own
label spellings. A language nobody listed gets random titles (which keep the protocol names,
as real translations do) and labels.

Variants: the full ``-s``, ``-s -p X`` (one section), ``-e -s`` (the Interface Statistics
block first); ``-s N`` repeats everything (snapshots).

``captures`` draws ``(text, expected_records)``.
"""

from __future__ import annotations

import re

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import ProtocolStats, Record
from netstat_parse.platforms.windows import localized
from tests.strategies import windows_ethernet
from tests.strategies.windows_ethernet import counter, word

IP = (
    "Packets Received", "Received Header Errors", "Received Address Errors", "Datagrams Forwarded",
    "Unknown Protocols Received", "Received Packets Discarded", "Received Packets Delivered", "Output Requests",
    "Routing Discards", "Discarded Output Packets", "Output Packet No Route", "Reassembly Required",
    "Reassembly Successful", "Reassembly Failures", "Datagrams Successfully Fragmented",
    "Datagrams Failing Fragmentation", "Fragments Created",
)
ICMP4 = (
    "Messages", "Errors", "Destination Unreachable", "Time Exceeded", "Parameter Problems", "Source Quenches",
    "Redirects", "Echo Replies", "Echos", "Timestamps", "Timestamp Replies", "Address Masks",
    "Address Mask Replies", "Router Solicitations", "Router Advertisements",
)
ICMP6 = (
    "Messages", "Errors", "Destination Unreachable", "Packet Too Big", "Time Exceeded", "Parameter Problems",
    "Echos", "Echo Replies", "MLD Queries", "MLD Reports", "MLD Dones", "Router Solicitations",
    "Router Advertisements", "Neighbor Solicitations", "Neighbor Advertisements", "Redirects",
    "Router Renumberings",
)
TCP = (
    "Active Opens", "Passive Opens", "Failed Connection Attempts", "Reset Connections", "Current Connections",
    "Segments Received", "Segments Sent", "Segments Retransmitted",
)
UDP = ("Datagrams Received", "No Ports", "Receive Errors", "Datagrams Sent")
REACTOS_ICMP = (
    "Messages", "Errors", "Destination Unreachable", "Time Exceeded", "Parameter Problems", "Source Quenches",
    "Redirects", "Echos", "Echo Replies", "Timestamps", "Timestamp Replies", "Address Masks",
    "Address Mask Replies",
)
REACTOS_SPELLINGS = {"Output Packet No Route": "Output Packets No Route", "Reassembly Successful": "Reassembly Succesful"}


@attrs.frozen
class Kind:
    """One section as Windows prints it in English: title, protocol, version, labels, pad."""

    title: str
    protocol: str
    ip_version: int
    labels: tuple[str, ...]
    width: int  # label padding; 0 for the two-column ICMP table


SECTIONS = (
    Kind("IPv4 Statistics", "ip", 4, IP, 35),
    Kind("IPv6 Statistics", "ip", 6, IP, 35),
    Kind("ICMPv4 Statistics", "icmp", 4, ICMP4, 0),
    Kind("ICMPv6 Statistics", "icmp", 6, ICMP6, 0),
    Kind("TCP Statistics for IPv4", "tcp", 4, TCP, 36),
    Kind("TCP Statistics for IPv6", "tcp", 6, TCP, 36),
    Kind("UDP Statistics for IPv4", "udp", 4, UDP, 22),
    Kind("UDP Statistics for IPv6", "udp", 6, UDP, 22),
)
REACTOS = (
    SECTIONS[0], Kind("ICMPv4 Statistics", "icmp", 4, REACTOS_ICMP, 0), SECTIONS[4], SECTIONS[6],
)
GERMAN_TITLES = {english: german for german, (english, _) in localized.STATS_TITLES.items()}
GERMAN_LABELS = {english: german for german, (english, _) in localized.STATS_LABELS.items()}
GERMAN_IP_WIDTH = 37
ENGLISH_HEADER = " " * 28 + "Received    Sent"
GERMAN_HEADERS = {4: " " * 28 + "Empfangen Gesendet", 6: " " * 28 + "Empfangen   Gesendet"}
GERMAN_ICMP_PADDING = {"Routerneunummerierungen": 27}
KNOWN = {text.casefold() for text in (*IP, *ICMP4, *ICMP6, *TCP, *UDP, *REACTOS_SPELLINGS.values(), *GERMAN_LABELS.values())}
# the protocol names a title in a language nobody listed keeps, and what they tell
UNKNOWN_TITLE_NAMES = {("ip", 4): "IPv4", ("ip", 6): "IPv6", ("icmp", 4): "ICMPv4", ("icmp", 6): "ICMPv6",
                       ("tcp", 4): "TCP {} IPv4", ("tcp", 6): "TCP {} IPv6", ("udp", 4): "UDP {} IPv4",
                       ("udp", 6): "UDP {} IPv6"}


def key(text: str) -> str:
    """The snake_case counter key of a label (the contract, written independently here)."""
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")


@attrs.frozen
class Strings:
    """What one section prints in one language: title, ICMP header, (printed, English) labels."""

    kind: Kind
    title: str
    header: str
    labels: tuple[tuple[str, str | None], ...]  # English None: a label nobody listed
    width: int


@st.composite
def section_strings(draw: st.DrawFn, kind: Kind, language: str) -> Strings:
    """The strings of ``kind`` in ``language`` ("en", "reactos", "de" or "unknown")."""
    if language == "de":
        width = GERMAN_IP_WIDTH if kind.protocol == "ip" else kind.width
        labels = tuple((GERMAN_LABELS.get(t, t), t) for t in kind.labels)
        return Strings(kind, GERMAN_TITLES[kind.title], GERMAN_HEADERS[kind.ip_version], labels, width)
    if language == "unknown":
        names = UNKNOWN_TITLE_NAMES[(kind.protocol, kind.ip_version)].format(draw(word))
        title = f"{draw(word)} {names}"
        header = " " * 28 + draw(word) + " " * draw(st.integers(1, 4)) + draw(word)
        printed = draw(st.lists(windows_ethernet.unknown_label.filter(lambda t: t.casefold() not in KNOWN),
                                min_size=1, max_size=8, unique_by=key))
        return Strings(kind, title, header, tuple((t, None) for t in printed), kind.width)
    spellings = REACTOS_SPELLINGS if language == "reactos" else {}
    labels = tuple((spellings.get(t, t), t) for t in kind.labels)
    return Strings(kind, kind.title, ENGLISH_HEADER, labels, kind.width)


def counter_row(label: str, width: int, value: int) -> str:
    """``  <label padded>= <n>``; a label as long as the padding keeps one space."""
    return f"  {label:<{width}}= {value}" if len(label) < width else f"  {label} = {value}"


def table_row(label: str, padding: int, received: int | None, sent: int | None) -> str:
    """``  <label padded to 26><%-10u>  <%-10u>`` with trailing blanks; None leaves a column blank."""
    head = f"  {label:<{padding}}" if len(label) < padding else f"  {label} "
    return head + f"{'' if received is None else received:<10}  {'' if sent is None else sent:<10}"


@st.composite
def table_values(draw: st.DrawFn, label: str) -> tuple[int | None, int | None]:
    """Both numbers, or now and then one column blank (only where the label fits its padding,
    because a single number is placed by the column it starts in)."""
    received, sent = draw(counter), draw(counter)
    if len(label) < 24 and draw(st.integers(0, 9)) == 0:
        return (None, sent) if draw(st.booleans()) else (received, None)
    return received, sent


@st.composite
def section(draw: st.DrawFn, strings: Strings, first_line: int, snapshot: int) -> tuple[list[str], ProtocolStats]:
    """A section's lines (title first, at ``first_line``) and its record."""
    kind = strings.kind
    lines = [strings.title, ""]
    if kind.protocol == "icmp":
        lines.append(strings.header)
    counters: dict[str, int] = {}
    labels: dict[str, str] = {}
    unknown: list[str] = []
    for printed, english in strings.labels:
        name = key(english or printed)
        if kind.protocol == "icmp":
            received, sent = draw(table_values(printed))
            lines.append(table_row(printed, GERMAN_ICMP_PADDING.get(printed, 26), received, sent))
            values = {f"{name}_received": received, f"{name}_sent": sent}
        else:
            value = draw(counter)
            lines.append(counter_row(printed, strings.width, value))
            values = {name: value}
        for counter_name, number in values.items():
            if number is not None:
                counters[counter_name], labels[counter_name] = number, printed
                if english is None:
                    unknown.append(counter_name)
    record = ProtocolStats(
        line=first_line, end_line=first_line + len(lines) - 1, platform="windows", snapshot=snapshot,
        section=strings.title, protocol=kind.protocol, ip_version=kind.ip_version, counters=counters,
        labels=labels, unknown_labels=tuple(unknown),
    )
    return lines, record


VARIANTS = ("s", "s-p", "es")


@st.composite
def capture(draw: st.DrawFn, language: str | None = None, variant: str | None = None) -> tuple[str, list[Record]]:
    """A whole ``netstat -s`` capture (1-2 snapshots) and the records parsing must give."""
    language = language or draw(st.sampled_from(["en", "reactos", "de", "unknown"]))
    variant = variant or draw(st.sampled_from(VARIANTS))
    kinds: tuple[Kind, ...] = REACTOS if language == "reactos" else SECTIONS
    if variant == "s-p":
        kinds = (draw(st.sampled_from(kinds)),)
    strings = [draw(section_strings(kind, language)) for kind in kinds]
    ethernet = draw(windows_ethernet.block_strings("en" if language == "reactos" else language))
    lines: list[str] = []
    records: list[Record] = []
    for snapshot in range(draw(st.integers(1, 2))):
        if variant == "es":
            block, block_record = draw(windows_ethernet.block(ethernet, len(lines) + 1, snapshot))
            lines += block
            records.append(block_record)
        for each in strings:
            lines.append("")
            body, record = draw(section(each, len(lines) + 1, snapshot))
            lines += body
            records.append(record)
    return "\r\n".join(lines) + "\r\n", records


captures = capture()
"""(text, expected records) of a random ``-s`` / ``-s -p X`` / ``-e -s`` capture, any language."""
