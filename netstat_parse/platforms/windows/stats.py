"""Windows protocol statistics: ``netstat -s [-p proto] [interval]``.

Layout (netstat-formats.md §2.5)::

    IPv4 Statistics

      Packets Received                   = 1184220
      Received Header Errors             = 0
      ...

    ICMPv4 Statistics

                                Received    Sent
      Messages                  512         770
      Destination Unreachable   480         752
      ...

    TCP Statistics for IPv4

      Active Opens                        = 12
      ...

    UDP Statistics for IPv4

      Datagrams Received    = 72
      ...

Up to eight sections (IPv4, IPv6, ICMPv4, ICMPv6, then TCP and UDP for IPv4 and IPv6; older
systems title the first one ``IP Statistics``), each a title at column 0 between blank lines.
The ``=`` sits at column 37, 38 or 24 depending on the section and localized labels
overflow it, so counter rows are read as ``label = number`` tokens, never by position. The
ICMP sections are a two-column table under a ``Received  Sent`` header (received at column
28, sent at column 40); a row with one number has it in the column it was printed under.

Each section becomes one ``protocol_stats`` record. Counters are keyed by the English label
in snake_case (``segments_retransmitted``; ICMP rows give ``<name>_received`` and
``<name>_sent``); localized labels (``localized.STATS_LABELS``) and the ReactOS spellings map to
the same keys, and a label nobody listed keeps a key made from its own text and is named in
``unknown_labels``. A section in a language nobody listed is found by its shape: the first
counter or table row opens it and claims the title (and column header) printed above it.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

import attrs
import pyparsing as pp

from netstat_parse.core.grammar import LineGrammar, RowFields
from netstat_parse.core.records import ProtocolStats, Record
from netstat_parse.core.sections import Opening, Section, SectionParser, single_spaced
from netstat_parse.platforms.windows import localized
from netstat_parse.platforms.windows.messages import MESSAGES

# -- the English strings (netstat-formats.md §2.5) --------------------------------------
SECTION_TITLES: Final[dict[str, tuple[str, int]]] = {
    "IPv4 Statistics": ("ip", 4),
    "IPv6 Statistics": ("ip", 6),
    "IP Statistics": ("ip", 4),  # NT 4 / 2000
    "ICMPv4 Statistics": ("icmp", 4),
    "ICMPv6 Statistics": ("icmp", 6),
    "TCP Statistics for IPv4": ("tcp", 4),
    "TCP Statistics for IPv6": ("tcp", 6),
    "UDP Statistics for IPv4": ("udp", 4),
    "UDP Statistics for IPv6": ("udp", 6),
}
"""English section title -> (protocol, IP version)."""

COUNTER_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "ip": (
        "Packets Received", "Received Header Errors", "Received Address Errors", "Datagrams Forwarded",
        "Unknown Protocols Received", "Received Packets Discarded", "Received Packets Delivered",
        "Output Requests", "Routing Discards", "Discarded Output Packets", "Output Packet No Route",
        "Reassembly Required", "Reassembly Successful", "Reassembly Failures",
        "Datagrams Successfully Fragmented", "Datagrams Failing Fragmentation", "Fragments Created",
    ),
    "icmp": (
        "Messages", "Errors", "Destination Unreachable", "Packet Too Big", "Time Exceeded",
        "Parameter Problems", "Source Quenches", "Redirects", "Echo Replies", "Echos", "Timestamps",
        "Timestamp Replies", "Address Masks", "Address Mask Replies", "MLD Queries", "MLD Reports",
        "MLD Dones", "Router Solicitations", "Router Advertisements", "Neighbor Solicitations",
        "Neighbor Advertisements", "Router Renumberings",
    ),
    "tcp": (
        "Active Opens", "Passive Opens", "Failed Connection Attempts", "Reset Connections",
        "Current Connections", "Segments Received", "Segments Sent", "Segments Retransmitted",
    ),
    "udp": ("Datagrams Received", "No Ports", "Receive Errors", "Datagrams Sent"),
}
"""English counter labels of each protocol's section (ICMPv4 and ICMPv6 together)."""

LABEL_VARIANTS: Final[dict[str, str]] = {
    "Output Packets No Route": "Output Packet No Route",  # ReactOS (REF §2.7)
    "Reassembly Succesful": "Reassembly Successful",  # ReactOS spelling (REF §2.7)
}
"""Other spellings of English labels -> the Windows label."""

# -- grammar pieces ---------------------------------------------------------------------
number = pp.Regex(r"\d++(?!\S)").set_name("number")
label = pp.Regex(r"[^\s=]++(?:[ \t]++[^\s=]++)*+").set_name("label")
table_label = pp.Regex(
    r"""[^\W\d_][^\s=:]*+                   # a word starting with a letter
      (?:[ \t]++(?!\d++(?!\S))[^\s=:]++)*+ # more words, none of them a number""",
    re.VERBOSE,
).set_name("label")
column_indent = pp.Regex(r"[ \t]{8,}+").leave_whitespace().set_name("column header indentation")
column_name = pp.Regex(r"[^\W\d_][^\s\d=:]*+").set_name("column name")

COUNTER_ROW: Final = LineGrammar(label("label") + pp.Literal("=").suppress() + number("value"),
                                 "Windows statistics row (label = number)")
TABLE_ROW: Final = LineGrammar(table_label("label") + number("first") + pp.Opt(number("second")),
                               "Windows two-column statistics row")
COLUMN_HEADER: Final = LineGrammar(column_indent + column_name("received") + column_name("sent"),
                                   "Received/Sent column header")

_NOT_KEY: Final = re.compile(r"[\W_]+")
_PROTOCOL_WORD: Final = re.compile(r"(?<![^\W_])(ICMPv[46]|ICMP|TCP|UDP|IPv[46]|IP)(?![^\W_])", re.IGNORECASE)


def _normalized(text: str) -> str:
    return single_spaced(text).casefold()


def counter_key(text: str) -> str:
    """The snake_case key of a label: ``Non-unicast packets`` -> ``non_unicast_packets``."""
    return _NOT_KEY.sub("_", text.casefold()).strip("_") or "counter"


def unique_key(key: str, taken: dict[str, int]) -> str:
    """``key``, or ``key_2``, ``key_3`` ... when a label printed twice already used it."""
    candidate, count = key, 1
    while candidate in taken:
        count += 1
        candidate = f"{key}_{count}"
    return candidate


def label_lookup(english: tuple[str, ...], aliases: dict[str, str],
                 localized_labels: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Normalized printed label -> (English label, language), for :func:`english_label`."""
    table = {_normalized(text): (text, "en") for text in english}
    table.update({_normalized(text): (canonical, "en") for text, canonical in aliases.items()})
    table.update({_normalized(text): found for text, found in localized_labels.items()})
    return table


def english_label(table: dict[str, tuple[str, str]], printed: str) -> tuple[str, str] | None:
    """(English label, language) of a printed label, or None when nobody listed it."""
    return table.get(_normalized(printed))


Columns = tuple[int, int, int, int]
"""Start and end column of the Received and of the Sent name in a column header."""


def header_columns(text: str, header: RowFields) -> Columns:
    """Where the two column names of a header line are printed."""
    received, sent = header["received"] or "", header["sent"] or ""
    received_at = text.index(received)
    sent_at = text.index(sent, received_at + len(received))
    return received_at, received_at + len(received), sent_at, sent_at + len(sent)


def preamble_header(texts: list[str]) -> tuple[int, dict[str, Columns]]:
    """(1, {"columns": ...}) when the last unclaimed line is a Received/Sent header, else
    (0, {}); the parser pops ``columns`` from its section's properties."""
    header = COLUMN_HEADER.match(texts[-1]) if texts else None
    if header is None:
        return 0, {}
    return 1, {"columns": header_columns(texts[-1], header)}


def is_sent_only(text: str, value: str, columns: Columns | None, *, right_aligned: bool = False) -> bool:
    """A row that ends in a single number: True when it was printed under Sent, judged by the
    number's start (left-aligned ICMP columns) or end (right-aligned ``-e`` columns) against
    the middle between the two column names. Without a header it is Received."""
    if columns is None:
        return False
    received_start, received_end, sent_start, sent_end = columns
    if right_aligned:
        return 2 * len(text) > received_end + sent_end
    return 2 * (len(text) - len(value)) >= received_start + sent_start


def looks_like_title(text: str) -> bool:
    """A title in any language: at column 0, 1-8 words with a letter, no ``=``, not a row or
    a known message. Used to end a section and to claim the title of a sniffed one."""
    words = text.split()
    return (
        1 <= len(words) <= 8
        and not text[:1].isspace()
        and "=" not in text
        and any(ch.isalpha() for ch in text)
        and TABLE_ROW.match(text) is None
        and not any(pattern.matches(text) for pattern in MESSAGES)
    )


def _title_protocol(title: str) -> tuple[str | None, int | None]:
    """(protocol, IP version) from the protocol names a title mentions (never translated)."""
    names = [found.upper() for found in _PROTOCOL_WORD.findall(title)]
    protocol = next((name[:4].lower() if name.startswith("ICMP") else name.lower()
                     for name in names if not name.startswith("IP")), None)
    if protocol is None and names:
        protocol = "ip"
    version = next((int(name[-1]) for name in names if name[-2:] in ("V4", "V6")), None)
    return protocol, version


_TITLES: Final[dict[str, tuple[str, int, str]]] = {
    **{title: (*found, "en") for title, found in SECTION_TITLES.items()},
    **{title: (*SECTION_TITLES[english], language) for title, (english, language) in localized.STATS_TITLES.items()},
}
_LABELS: Final = label_lookup(tuple(label for labels in COUNTER_LABELS.values() for label in labels),
                              LABEL_VARIANTS, localized.STATS_LABELS)
_PROTOCOL_OF_LABEL: Final = {text: protocol for protocol, labels in COUNTER_LABELS.items() for text in labels}


class StatisticsBlock(SectionParser):
    """What a ``-s`` section and the ``-e`` block share: a title, perhaps a Received/Sent
    header, rows; a title-like line after them ends the block. Subclasses read the rows
    (:meth:`read_row`) and build the record in :meth:`flush` (using :meth:`span`)."""

    title_key: ClassVar[str | None] = None
    """Section key prefix for a title nobody listed (None: the sniffed opening's key)."""

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.columns: Columns | None = section.properties.pop("columns", None)
        self.closed = False
        self.start: int | None = section.line
        self.end = section.line
        self.rows = 0  # rows read in this section, across interruptions

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """The title (and Received/Sent header) of a block nobody listed, above its first row."""
        count, properties = preamble_header(texts)
        if len(texts) > count and looks_like_title(texts[-1 - count]):
            title = texts[-1 - count].strip()
            key = f"{cls.title_key}{title}" if cls.title_key else opening.key
            return Opening(title=title, language=opening.language, key=key, consumed=False,
                           properties=properties), count + 1
        return attrs.evolve(opening, properties=properties), count

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return self.flush()
        if self.closed:
            return None
        if not self.rows:
            header = COLUMN_HEADER.match(text)
            if header is not None:
                self.columns = header_columns(text, header)
                return self.mark_header(line_no)
        if self.read_row(text):
            if self.start is None:
                self.start = line_no
            self.end, self.rows = line_no, self.rows + 1
            return []
        self.closed = looks_like_title(text)
        return None

    def read_row(self, text: str) -> bool:
        """Take ``text`` as a row of this block; False when it is not one."""
        raise NotImplementedError

    def span(self) -> tuple[int, int | None]:
        """(line, end_line) of the record being completed; a later row starts a new one."""
        start = self.end if self.start is None else self.start
        self.start = None
        return start, (self.end if self.end != start else None)


class WindowsProtocolStats(StatisticsBlock):
    """One ``netstat -s`` section, in any language; see the module doc."""

    kind = "protocol_stats"
    platform = "windows"
    description = "Windows protocol statistics section"
    row_grammar = COUNTER_ROW
    title_key = "windows.stats:title:"

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.title = opening.title or ""
        known = _TITLES.get(self.title)
        self.protocol, self.ip_version = known[:2] if known else _title_protocol(self.title)
        self.table = self.protocol == "icmp"  # two-column rows expected
        self.counters: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.unknown: list[str] = []

    @classmethod
    def open(cls, text: str) -> Opening | None:
        title = text.strip()
        found = _TITLES.get(title)
        if found is None:
            return None
        protocol, version, language = found
        return Opening(title=title, language=language, key=f"windows.stats:{protocol}{version}")

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        if not text[:1].isspace():
            return None
        fields = COUNTER_ROW.match(text) or TABLE_ROW.match(text)
        if fields is None:
            return None
        found = english_label(_LABELS, fields["label"] or "")
        return Opening(title=None, language=found[1] if found else "unknown",
                       key=f"windows.stats:label:{_normalized(fields['label'] or '')}", consumed=False)

    def read_row(self, text: str) -> bool:
        fields = COUNTER_ROW.match(text)
        if fields is not None:
            self._count(fields["label"] or "", (("", fields["value"] or ""),))
            return True
        # the first row decides a section's shape when neither its title nor a header did
        if text[:1].isspace() and (self.table or self.columns is not None or not self.rows):
            fields = TABLE_ROW.match(text)
            if fields is not None:
                self.table = True
                self._count(fields["label"] or "", self._columns(text, fields))
                return True
        return False

    def _columns(self, text: str, fields: RowFields) -> tuple[tuple[str, str], ...]:
        first, second = fields["first"] or "", fields["second"]
        if second is not None:
            return ("_received", first), ("_sent", second)
        return (("_sent", first),) if is_sent_only(text, first, self.columns) else (("_received", first),)

    def _count(self, printed: str, values: tuple[tuple[str, str], ...]) -> None:
        """Add one row's counters: (key suffix, number text) pairs under the label's key."""
        found = english_label(_LABELS, printed)
        base = counter_key(found[0] if found else printed)
        if found is not None:
            if self.section.language == "unknown":
                self.section.language = found[1]
            if self.protocol is None:
                self.protocol = _PROTOCOL_OF_LABEL.get(found[0])
        for suffix, value in values:
            key = unique_key(base + suffix, self.counters)
            self.counters[key] = int(value)
            self.labels[key] = printed
            if found is None:
                self.unknown.append(key)

    def flush(self) -> list[Record]:
        """The section's record so far (rows after an interruption start a new one)."""
        if not self.counters:
            return []
        line, end_line = self.span()
        record = ProtocolStats(
            line=line,
            end_line=end_line,
            platform="windows",
            snapshot=self.section.snapshot,
            section=self.title,
            protocol=self.protocol,
            ip_version=self.ip_version,
            counters=self.counters,
            labels=self.labels,
            unknown_labels=tuple(self.unknown),
        )
        self.counters, self.labels, self.unknown = {}, {}, []
        return [record]

    def explain(self, text: str) -> tuple[int, str]:
        if (self.table or self.columns is not None) and "=" not in text:
            return TABLE_ROW.explain(text)
        return COUNTER_ROW.explain(text)


PARSERS: tuple[type[SectionParser], ...] = (WindowsProtocolStats,)
