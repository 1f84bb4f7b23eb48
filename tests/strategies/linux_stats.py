"""Random Linux ``netstat -s`` reports rendered exactly as net-tools prints them (§1.8).

net-tools walks the kernel's counters in file order and prints each one as a sentence
from its template table (Appendix A, or an older wording of §1.8.5) or raw as
``Name: N`` (counters outside the table, and those its broken lookup cannot reach; raw
lines only when N != 0). Value lines are indented by the current state: 4 normally, 8
inside an ICMP histogram. A histogram title is printed when the first counter of that
direction is reached, even if that counter is 0 and nothing follows it, with the
indent of the *previous* state; the state is not reset by sections without a template
table (IcmpMsg, UdpLite, IpExt, MPTcpExt, UdpLite6), so their raw lines keep 8 spaces
after a histogram. ``-t``/``-u``/``-w``/``-S`` select sections with a table; the
table-less sections are printed under every filter. A loop of ``netstat -s`` repeats the
whole report.

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import ProtocolStats
from netstat_parse.platforms.linux.stats import SECTIONS
from netstat_parse.platforms.linux.stats_templates import CURRENT, HISTOGRAM_TITLES, IN, OLDER, OUT

REPORTS = {
    "-s": ("Ip", "Icmp", "IcmpMsg", "Tcp", "Udp", "UdpLite", "TcpExt", "IpExt", "MPTcpExt", "Sctp"),
    "-s -6": ("Ip6", "Icmp6", "Udp6", "UdpLite6", "Tcp"),
}
FILTERS: dict[str | None, frozenset[str]] = {
    None: frozenset(SECTIONS),
    "t": frozenset({"Tcp", "TcpExt"}),
    "u": frozenset({"Udp", "Udp6"}),
    "w": frozenset({"Ip", "Icmp", "Ip6", "Icmp6"}),
    "S": frozenset({"Sctp"}),
}
RAW_NAMES = {
    "Ip": ("Forwarding", "OutTransmits"),
    "Icmp": ("InCsumErrors", "OutRateLimitGlobal", "OutRateLimitHost"),
    "IcmpMsg": ("InType0", "InType3", "InType8", "OutType0", "OutType3", "OutType8"),
    "Tcp": ("InCsumErrors",),
    "Udp": ("MemErrors", "IgnoredMulti"),
    "UdpLite": ("InDatagrams", "NoPorts", "OutDatagrams"),
    "TcpExt": ("TCPBacklogCoalesce", "TCPRcvCoalesce", "TCPAutoCorking", "TCPOrigDataSent", "TcpTimeoutRehash"),
    "IpExt": ("InOctets", "OutOctets", "InNoECTPkts", "InMcastPkts"),
    "MPTcpExt": ("MPCapableSYNRX", "MPTCPRetrans", "MPJoinSynRx"),
    "Ip6": ("Ip6InOctets", "Ip6OutOctets", "Ip6InNoECTPkts", "Ip6OutTransmits"),
    "Icmp6": ("Icmp6OutMLDv2Reports", "Icmp6InType1", "Icmp6OutType135", "Icmp6OutRouterAdvertisements"),
    "Udp6": ("Udp6IgnoredMulti", "Udp6MemErrors"),
    "UdpLite6": ("UdpLite6InDatagrams", "UdpLite6OutDatagrams"),
    "Sctp": ("SctpAborteds", "SctpReasmUsrMsgs", "SctpT1InitExpireds"),
}
"""Real counter names printed raw (outside the table, or beyond its lookup)."""
UNKNOWN_WORDS = ("frobnicated", "widgets", "paquets", "reçus", "segmente", "abgeschickt", "pakette", "odeslaných")
"""Words of sentences nobody listed (none of them is in a template)."""
INDENT = {None: 4, IN: 8, OUT: 8}

_WORDINGS: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
for _section, _tables in CURRENT.items():
    for _direction, _table in _tables.items():
        _WORDINGS[(_section, _direction)] = sorted(_table.items())
for _old in OLDER:
    _WORDINGS[(_old.section, _old.direction)].append((_old.counter, _old.sentence))


@attrs.frozen
class Line:
    """One counter as netstat prints it, and what parsing must give for it."""

    key: str
    value: int
    text: str  # without indentation
    known: bool
    raw: bool = False  # raw lines keep the indent of the state before them
    printed: bool = True  # a 0 histogram counter only makes its title appear


@st.composite
def template_line(draw: st.DrawFn, section: str, direction: str | None) -> Line:
    """A counter of the section's table, in one of its wordings (histogram: 0 is not printed)."""
    counter, sentence = draw(st.sampled_from(_WORDINGS[(section, direction)]))
    value = draw(st.integers(0, 2**64 - 1) | st.integers(0, 9))
    words = sentence.split(" ")
    text = " ".join(str(value) if word == "N" else word for word in words)
    return Line(counter, value, text, True, printed=direction is None or value > 0)


@st.composite
def raw_line(draw: st.DrawFn, section: str) -> Line:
    name = draw(st.sampled_from(RAW_NAMES[section]) | st.from_regex(r"[A-Z][A-Za-z0-9]{1,24}", fullmatch=True))
    value = draw(st.integers(1, 2**64 - 1))
    return Line(name, value, f"{name}: {value}", True, raw=True)


@st.composite
def unknown_line(draw: st.DrawFn, section: str) -> Line:
    """A sentence in wording nobody listed: ``N words`` or ``words words: N``."""
    words = draw(st.lists(st.sampled_from(UNKNOWN_WORDS), min_size=2, max_size=4))
    value = draw(st.integers(0, 2**32))
    number_first = draw(st.booleans())
    text = f"{value} {' '.join(words)}" if number_first else f"{' '.join(words)}: {value}"
    return Line("_".join(word.casefold() for word in words), value, text, False)


def _normal_line(section: str) -> st.SearchStrategy[Line]:
    choices = [raw_line(section)] if section in RAW_NAMES else []
    if section in CURRENT:
        choices += [template_line(section, None), unknown_line(section)]
    return st.one_of(*choices)


@attrs.frozen
class Block:
    """Consecutive lines of one state: normal (``direction`` None) or one histogram."""

    direction: str | None
    lines: tuple[Line, ...]


@st.composite
def section_blocks(draw: st.DrawFn, section: str, min_size: int = 0) -> list[Block]:
    """The section's lines in kernel order: normal, input histogram, normal, output
    histogram, then raw lines (ICMP); one normal block elsewhere."""
    normal = st.lists(_normal_line(section), max_size=6)
    if section not in CURRENT or IN not in CURRENT[section]:
        return [Block(None, tuple(draw(st.lists(_normal_line(section), min_size=min_size, max_size=6))))]
    histogram = {d: st.lists(template_line(section, d), max_size=4) for d in (IN, OUT)}
    return [Block(None, tuple(draw(normal))), Block(IN, tuple(draw(histogram[IN]))),
            Block(None, tuple(draw(normal))), Block(OUT, tuple(draw(histogram[OUT]))),
            Block(None, tuple(draw(st.lists(raw_line(section), max_size=3))))]


def _unique(lines: list[Line]) -> list[Line]:
    """netstat prints each counter once: keep the first line of each key."""
    seen: set[str] = set()
    out = []
    for line in lines:
        if line.key not in seen:
            seen.add(line.key)
            out.append(line)
    return out


@st.composite
def capture(draw: st.DrawFn) -> tuple[str, list[ProtocolStats]]:
    """A whole report (1-2 loop iterations) and the records parsing must give."""
    report = draw(st.sampled_from(sorted(REPORTS)))
    selected = FILTERS[draw(st.sampled_from([None, "t", "u", "w"] + (["S"] if report == "-s" else [])))]
    language = draw(st.sampled_from(sorted({lang for _, lang, _ in HISTOGRAM_TITLES.values()})))
    titles = {direction: title for title, (direction, lang, _) in HISTOGRAM_TITLES.items() if lang == language}
    # IcmpMsg appears once a type counter is nonzero, and counters only grow: decided per capture
    optional = {"Sctp": draw(st.booleans()), "IcmpMsg": draw(st.booleans())}
    lines: list[str] = []
    records: list[ProtocolStats] = []
    for snapshot in range(draw(st.integers(1, 2))):
        state: str | None = None
        for section in REPORTS[report]:
            if (section in CURRENT and section not in selected) or not optional.get(section, True):
                continue
            blocks = draw(section_blocks(section, min_size=1 if section == "IcmpMsg" else 0))
            if section in CURRENT:
                state = None
            lines.append(f"{section}:")
            section_line, last = len(lines), None
            seen: set[str] = set()
            counters: dict[str, int] = {}
            labels: dict[str, str] = {}
            unknown: list[str] = []
            for block in blocks:
                block_lines = [line for line in block.lines if line.key not in seen]
                block_lines = _unique(block_lines)
                seen.update(line.key for line in block_lines)
                if block.direction is not None and block_lines and state != block.direction:
                    lines.append(" " * INDENT[state] + titles[block.direction])
                    state = block.direction
                for line in block_lines:
                    if not line.printed:
                        continue
                    if block.direction is None and not line.raw:
                        state = None  # a sentence resets the indent; raw lines keep it
                    lines.append(" " * INDENT[state] + line.text)
                    last = len(lines)
                    counters[line.key], labels[line.key] = line.value, line.text
                    if not line.known:
                        unknown.append(line.key)
            protocol, ip_version = SECTIONS[section]
            records.append(ProtocolStats(
                line=section_line, end_line=last, platform="linux", snapshot=snapshot, section=section,
                protocol=protocol, ip_version=ip_version, counters=counters, labels=labels,
                unknown_labels=tuple(unknown),
            ))
    return "\n".join(lines) + "\n", records


captures = capture()
"""(text, expected records) of a random ``netstat -s`` / ``-s -6`` report, any filter and language."""


@st.composite
def _value_row(draw: st.DrawFn) -> str:
    section = draw(st.sampled_from(sorted(SECTIONS)))
    blocks = draw(section_blocks(section))
    lines = [line for block in blocks for line in block.lines]
    line = draw(st.sampled_from(lines)) if lines else Line("x", 0, "0 forwarded", True)
    return " " * draw(st.sampled_from((4, 8))) + line.text


rows = st.one_of(_value_row(), st.sampled_from(sorted(SECTIONS)).map(lambda name: f"{name}:"))
"""Single rendered value and section lines (for grammar equivalence tests)."""
