"""Linux net-tools statistics: ``netstat -s [-6] [-t|-u|-w|-S]`` (netstat-formats.md §1.8).

Layout (one section per kernel table; values indented by 4, ICMP histogram entries by 8)::

    Ip:
        Forwarding: 2
        261 total packets received
    Icmp:
        1 ICMP messages received
        ICMP input histogram:
            destination unreachable: 1
        ICMP output histogram:
    IcmpMsg:
            InType3: 1
    UdpLite:
    TcpExt:
        8 TCP sockets finished time wait in fast timer
        TCPTimeouts: 2

* A section line is the kernel table name and a colon at column 0 (``Tcp:``, ``Ip6:``,
  ``MPTcpExt:``); each section becomes one :class:`ProtocolStats` record, even when
  nothing is printed under it.
* A value line is a sentence with the number in it (``N segments sent out``, ``Quick ack
  mode was activated N times``, ``echo requests: N``) or the raw form ``Name: N``. Both
  give the kernel's counter name (``OutSegs``, ``InEchos``), so the record can be compared
  with ``/proc/net/snmp``, ``/proc/net/netstat`` and ``nstat``. Sentences come from
  :mod:`stats_templates` (current and older wordings); a raw line keeps its printed name.
* ``ICMP input histogram:`` / ``ICMP output histogram:`` (translated in some languages)
  are header lines that tell which direction the histogram sentences below belong to.
* Indentation drifts (§1.8.1: a histogram title takes the previous line's indent, raw
  lines keep it into the next section), so lines are read by ``strip()``. A paste may
  remove it: at column 0 only raw lines and sentences of the table are taken, so a stray
  line there goes back to the driver.
* A sentence nobody listed still becomes a counter, under a key made from its words, and
  is named in ``unknown_labels``.

``netstat -s`` run in a loop repeats the section lines; the driver starts a new snapshot
when a section key (``linux.stats:Tcp``) comes again.
"""

from __future__ import annotations

import re
from typing import Final

import pyparsing as pp

from netstat_parse.core.grammar import LineGrammar
from netstat_parse.core.records import ProtocolStats, Record, Unparsed
from netstat_parse.core.sections import Opening, Section, SectionParser
from netstat_parse.platforms.linux import stats_templates
from netstat_parse.platforms.linux.stats_templates import HISTOGRAM_TITLES, IN, OUT

SECTIONS: Final[dict[str, tuple[str | None, int | None]]] = {
    "Ip": ("ip", 4),
    "Icmp": ("icmp", 4),
    "IcmpMsg": ("icmp", 4),
    "Tcp": ("tcp", None),  # the kernel's Tcp counters cover IPv4 and IPv6 (-s -6 prints them too)
    "Udp": ("udp", 4),
    "UdpLite": ("udplite", 4),
    "TcpExt": ("tcp", None),
    "IpExt": ("ip", 4),
    "MPTcpExt": ("mptcp", None),
    "Sctp": ("sctp", None),
    "Ip6": ("ip", 6),
    "Icmp6": ("icmp", 6),
    "Udp6": ("udp", 6),
    "UdpLite6": ("udplite", 6),
}
"""Section name -> (protocol, ip_version) of the sections net-tools prints."""

_HISTOGRAM_SECTIONS: Final = ("Icmp", "Icmp6")

# -- grammar pieces ---------------------------------------------------------------------
_known = "|".join(sorted(SECTIONS, key=len, reverse=True))
table_name = pp.Regex(
    rf"""(?:{_known})(?![A-Za-z0-9])   # a table netstat knows
       | [A-Z][A-Za-z0-9]*+(?<=Ext)   # or one a later kernel adds to /proc/net/netstat""",
    re.VERBOSE,
).set_name("section name (Ip, Tcp, TcpExt, ...)")
counter_name = pp.Regex(r"[A-Z][A-Za-z0-9_]*+").set_name("counter name")
value = pp.Regex(r"\d++(?!\S)").set_name("counter value")
words_before = pp.Regex(r"(?:(?!\d++(?!\S))\S++\s*+)++").set_name("sentence words")
words_after = pp.Regex(r"\S.*+").set_name("sentence words")

SECTION_LINE: Final = LineGrammar(table_name("section") + pp.Suppress(pp.Literal(":").leave_whitespace()),
                                  "Linux -s section line")
"""``Tcp:`` (at column 0 as printed; a paste may indent it, and no value line has this shape)."""
RAW_LINE: Final = LineGrammar(counter_name("name") + pp.Suppress(":") + value("value"), "Linux -s raw counter line")
"""``    TCPTimeouts: 2``"""
SENTENCE_LINE: Final = LineGrammar(pp.Opt(words_before("before")) + value("value") + pp.Opt(words_after("after")),
                                   "Linux -s sentence line")
"""``    172 segments sent out``, ``        echo requests: 3``, ``    Quick ack mode was activated 2 times``"""

_COUNTERS: Final = stats_templates.lookup_table()
_WORD: Final = re.compile(r"\w+")


def sentence_template(before: str | None, after: str | None) -> str:
    """The sentence with ``N`` for its number and single spaces, as the template table spells it."""
    return " ".join([*(before or "").split(), "N", *(after or "").split()])


def unknown_key(before: str | None, after: str | None) -> str:
    """The counter key of a sentence nobody listed: its words, lowercased, joined by ``_``."""
    return "_".join(_WORD.findall(f"{before or ''} {after or ''}".casefold())) or "unlabeled"


def counter_for(section: str, direction: str | None, template: str) -> str | None:
    """The kernel counter a sentence template names in ``section``, or None.

    Outside a histogram (no title seen yet) a histogram sentence is accepted when only one
    direction has it."""
    found = _COUNTERS.get((section, None, template))
    if found is not None:
        return found
    if direction is not None:
        return _COUNTERS.get((section, direction, template))
    candidates = {_COUNTERS.get((section, d, template)) for d in (IN, OUT)} - {None}
    return candidates.pop() if len(candidates) == 1 else None


class LinuxStats(SectionParser):
    """One section of ``netstat -s`` (``Ip:``, ``Tcp:``, ``Icmp6:``, ...); see the module doc."""

    kind = "protocol_stats"
    platform = "linux"
    description = "Linux netstat -s section"
    row_grammar = SENTENCE_LINE

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.name = opening.title or ""
        self.direction: str | None = None
        self.titles_seen = 0
        self.first_line = section.line
        self.last_line: int | None = None
        self.counters: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.lines: dict[str, int] = {}
        self.unknown: list[str] = []
        self.pending = True  # the section line itself owes a record, even with nothing under it

    @classmethod
    def open(cls, text: str) -> Opening | None:
        fields = SECTION_LINE.match(text)
        if fields is None:
            return None
        name = fields["section"] or ""
        return Opening(title=name, key=f"linux.stats:{name}")

    # -- lines --------------------------------------------------------------------------
    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return []
        if SECTION_LINE.match(text) is not None:  # the next section: the driver opens it
            return None
        stripped = text.strip()
        title = HISTOGRAM_TITLES.get(stripped)
        if title is not None:
            direction, language, _ = title
            return self._histogram_title(line_no, direction, language)
        # at column 0 a line is ours only if it certainly is a value line whose indentation a
        # paste removed (raw, or a sentence of the table); stderr notices and the next
        # report's title go back to the driver
        indented = text[:1].isspace()
        counted = self._value_line(line_no, text, unknown_allowed=indented)
        if counted is not None or not indented:
            return counted
        if self.name in _HISTOGRAM_SECTIONS and self.titles_seen < 2 and "ICMP" in stripped:
            # a histogram title in a language nobody listed (every known one names ICMP);
            # lines without a number never match the sentence grammar, so this is one of them
            return self._histogram_title(line_no, OUT if self.titles_seen else IN, "unknown")
        column, expected = self.explain(text)
        return [Unparsed(line=line_no, text=text, column=column, expected=expected,
                         reason=f"not a line of a {self.description}: expected {expected} at column {column}")]

    def _value_line(self, line_no: int, text: str, unknown_allowed: bool) -> list[Record] | None:
        """The counter of a raw or sentence line; None when it is neither (or, unless
        ``unknown_allowed``, a sentence of no table)."""
        raw = RAW_LINE.match(text)
        if raw is not None:
            return self._counter(line_no, text, raw["name"] or "", int(raw["value"] or 0), known=True)
        sentence = SENTENCE_LINE.match(text)
        if sentence is None:
            return None
        before, after = sentence["before"], sentence["after"]
        counter = counter_for(self.name, self.direction, sentence_template(before, after))
        if counter is None and not unknown_allowed:
            return None
        key = counter if counter is not None else unknown_key(before, after)
        return self._counter(line_no, text, key, int(sentence["value"] or 0), known=counter is not None)

    def _histogram_title(self, line_no: int, direction: str, language: str) -> list[Record]:
        self.direction = direction
        self.titles_seen += 1
        if self.section.language in ("en", "unknown") and language != "en":
            self.section.language = language
        return self.mark_header(line_no)

    def _counter(self, line_no: int, text: str, key: str, number: int, known: bool) -> list[Record]:
        if key in self.counters:
            reason = f"counter {key} was already read on line {self.lines[key]} of this {self.name} section"
            return [Unparsed(line=line_no, text=text, reason=reason)]
        if not self.pending:  # lines after an interruption: a continuation record of this section
            self.pending, self.first_line = True, line_no
        self.counters[key], self.labels[key], self.lines[key] = number, text.strip(), line_no
        if not known:
            self.unknown.append(key)
        self.last_line = line_no
        return []

    def flush(self) -> list[Record]:
        if not self.pending:
            return []
        protocol, ip_version = SECTIONS.get(self.name, (None, None))
        end_line = self.last_line if self.last_line is not None and self.last_line != self.first_line else None
        record = ProtocolStats(
            line=self.first_line, end_line=end_line, platform="linux", snapshot=self.section.snapshot,
            section=self.name, protocol=protocol, ip_version=ip_version, counters=self.counters,
            labels=self.labels, unknown_labels=tuple(self.unknown),
        )
        self.pending, self.last_line = False, None
        self.counters, self.labels, self.lines, self.unknown = {}, {}, {}, []
        return [record]


PARSERS: tuple[type[SectionParser], ...] = (LinuxStats,)
