"""Windows routing tables: ``netstat -r`` and ``route print`` (the same text).

Layout (netstat-formats.md §2.6)::

    ===========================================================================
    Interface List
     14...00 15 5d 01 02 03 ......Intel(R) Ethernet Connection I219-V
      1...........................Software Loopback Interface 1
    ===========================================================================

    IPv4 Route Table
    ===========================================================================
    Active Routes:
    Network Destination        Netmask          Gateway       Interface  Metric
              0.0.0.0          0.0.0.0        192.0.2.1       192.0.2.15     25
            127.0.0.0        255.0.0.0         On-link         127.0.0.1    331
    ===========================================================================
    Persistent Routes:
      Network Address          Netmask  Gateway Address  Metric
              0.0.0.0          0.0.0.0        192.0.2.1  Default
    ===========================================================================

    IPv6 Route Table
    ===========================================================================
    Active Routes:
     If Metric Network Destination      Gateway
     14    281 ::/0                     fe80::1
     14    281 2001:db8:10::a1b2:c3d4:e5f6/128
                                        On-link
    ===========================================================================
    Persistent Routes:
      None

The Interface List, the IPv4 and the IPv6 table are three sections (kinds ``interfaces``
and ``routes``); a repeated ``route print`` starts the next snapshot. Rows are read as
tokens: an IPv4 active row is five (destination, netmask, gateway, interface address,
metric), a persistent one four (its metric may be a word such as ``Default``), an IPv6 row
``If Metric Destination/prefix Gateway``. A gateway that is not an address is the on-link
word of whatever language printed it (``On-link``, ``Auf Verbindung``, ``En vínculo``).
An IPv6 destination longer than its column pushes the gateway onto the next line; the route
is emitted once that line is read. Separators, the ``Active Routes:``/``Persistent Routes:``
labels, column headers and ``None`` lines are header lines of their section, recognized by
their place in the table, so a language nobody listed still parses (``language: "unknown"``).

Windows XP/2003 print hexadecimal interface indexes (``0x2 ...00 0c 29 21 f9 3e ......
Intel(R) PRO/1000``), wrap long interface names at 80 columns in the console (the rest goes
on the next line and is joined back), print ``Route Table`` (``netstat -r``, a header line
of the Interface List) or the ``IPv4 Route Table`` title above the Interface List and then
the routes with no title, show a gateway address instead of
``On-link`` and add ``Default Gateway: <ip>`` (kept as the section's ``default_gateway``).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final

import pyparsing as pp

from netstat_parse.core.endpoints import ip_version_of
from netstat_parse.core.grammar import LineGrammar, RowFields
from netstat_parse.core.records import Interface, Record, Route
from netstat_parse.core.sections import Opening, Section, SectionParser, single_spaced
from netstat_parse.platforms.windows import localized

INTERFACES_KEY: Final = "windows.routes.interfaces"
CONSOLE_WIDTH: Final = 80
"""Width at which a console wraps a long Interface List line (the wrap is kept in a paste)."""
MAC_AREA: Final = 24
"""Characters between ``...`` and an interface description: hardware address bytes, then dots."""

# -- grammar pieces ---------------------------------------------------------------------
ipv4 = pp.Regex(r"\d{1,3}(?:\.\d{1,3}){3}(?!\S)").set_name("IPv4 address")
ipv6_prefix = pp.Regex(r"(?=[0-9A-Fa-f.]*+:)[0-9A-Fa-f:.]++/\d++(?!\S)").set_name("IPv6 destination/prefix")
ipv6 = pp.Regex(r"(?=[0-9A-Fa-f.]*+:)[0-9A-Fa-f:.]++(?:%[\w.-]++)?+(?!\S)").set_name("IPv6 address")
number = pp.Regex(r"\d++(?!\S)").set_name("number")
word = pp.Regex(r"[^\s\d]\S*+").set_name("word")
words = pp.Regex(r"[^\s\d]\S*+(?:[ \t]++[^\s\d]\S*+)*+").set_name("word(s)")
indent = pp.Regex(r"[ \t]++").leave_whitespace().set_name("indentation")

if_index = pp.Regex(r"0x[0-9A-Fa-f]++|\d++").set_name("interface index")
hardware_address = pp.Regex(r"(?:[0-9A-Fa-f]{2} )++").set_name("hardware address bytes")
fill = pp.Regex(r"\.++").set_name("dots")
description = pp.Regex(r"\S.*+").set_name("interface description")

INTERFACE_ENTRY: Final = LineGrammar(
    if_index("index") + pp.Literal("...").suppress() + pp.Opt(hardware_address("mac"))
    + pp.Opt(fill("fill")) + pp.Opt(description("name")),
    "Interface List entry",
)
IPV4_ROUTE: Final = LineGrammar(
    ipv4("destination") + ipv4("netmask") + (ipv4 | words)("gateway") + ipv4("interface") + number("metric"),
    "IPv4 route row",
)
IPV4_PERSISTENT_ROUTE: Final = LineGrammar(
    ipv4("destination") + ipv4("netmask") + (ipv4 | word)("gateway") + (number | words)("metric"),
    "IPv4 persistent route row",
)
IPV6_ROUTE: Final = LineGrammar(
    number("index") + number("metric") + ipv6_prefix("destination") + pp.Opt((ipv6 | words)("gateway")),
    "IPv6 route row",
)
WRAPPED_GATEWAY: Final = LineGrammar(pp.Suppress(indent) + (ipv6 | words)("gateway"),
                                     "IPv6 gateway on its own line")
SEPARATOR: Final = LineGrammar(pp.Regex(r"={10,}+")("separator"), "separator line")
DEFAULT_GATEWAY: Final = LineGrammar(pp.Regex(r"[^\W\d][^:\d]*+:")("label") + ipv4("address"),
                                     "Default Gateway line")

_IP_VERSION_WORD: Final = re.compile(r"IPv([46])")
# every known route-print string (labels, headers, None words) -> language, words single-spaced
_KNOWN_LINES: Final[dict[str, str]] = {
    " ".join(text.split()): language
    for table in (localized.ACTIVE_ROUTES_LABELS, localized.PERSISTENT_ROUTES_LABELS, localized.ROUTE_HEADERS,
                  localized.NO_ROUTES, localized.DEFAULT_GATEWAY_LABELS)
    for text, language in table.items()
}


def _is_separator(text: str) -> bool:
    return SEPARATOR.match(text) is not None


def _is_label(text: str) -> bool:
    """``Active Routes:`` / ``Persistent Routes:`` in any language: 1-4 words ending in a colon."""
    stripped = text.strip()
    return (stripped.endswith(":") and 1 <= len(stripped.split()) <= 4 and not any(ch.isdigit() for ch in stripped)
            and not text[:1].isspace())


def _is_header(text: str) -> bool:
    """A column header in any language: 3+ words, no digits, not a label."""
    return len(text.split()) >= 3 and not any(ch.isdigit() for ch in text) and not text.rstrip().endswith(":")


def _is_none_line(text: str) -> bool:
    """The indented ``None`` of an empty table, in any language: one word, no digits."""
    stripped = text.strip()
    return (text[:1].isspace() and len(stripped.split()) == 1 and not any(ch.isdigit() for ch in stripped)
            and not stripped.endswith(":"))


def _is_title(text: str) -> bool:
    """A table title in a language nobody listed: 1-6 words at column 0, no digits except in IPv4/IPv6."""
    words_ = text.split()
    rest = _IP_VERSION_WORD.sub("", text)
    return (1 <= len(words_) <= 6 and not text[:1].isspace() and not text.rstrip().endswith(":")
            and not any(ch.isdigit() for ch in rest))


def _ip_version_in(text: str) -> int | None:
    found = _IP_VERSION_WORD.search(text)
    return int(found.group(1)) if found else None


def _is_address(text: str) -> bool:
    return ip_version_of(text) is not None


def _prefix_from_netmask(netmask: str) -> int | None:
    """The prefix length of a dotted netmask; None when it is not one (non-contiguous bits)."""
    try:
        host_bits = ~int(ipaddress.IPv4Address(netmask)) & 0xFFFFFFFF
    except ValueError:
        return None
    return None if host_bits & (host_bits + 1) else 32 - host_bits.bit_length()


def _metric(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdecimal() else None


# -- Interface List ---------------------------------------------------------------------
class WindowsInterfaceList(SectionParser):
    """The ``Interface List`` block of ``route print``; see the module doc."""

    kind = "interfaces"
    platform = "windows"
    description = "Windows route print Interface List"
    row_grammar = INTERFACE_ENTRY

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.closed = False  # the closing separator was read
        self.started = False  # the title or an entry was read
        # the entry being read: first line, its fields, the wrapped text joined so far, last line
        self.pending: tuple[int, RowFields, str, int | None] | None = None
        self.tail = ""  # wrapped description text after the first line
        self.last_length = 0

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        """The title (titles come here so the separator above it can be adopted) or an entry."""
        title = text.strip()
        language = localized.INTERFACE_LIST_TITLES.get(title)
        if language is not None:
            return Opening(title=title, language=language, key=INTERFACES_KEY, consumed=False)
        fields = INTERFACE_ENTRY.match(text)
        if fields is None or len((fields["mac"] or "") + (fields["fill"] or "")) != MAC_AREA:
            return None
        return Opening(title=None, language="unknown", key=INTERFACES_KEY, consumed=False)

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """The separator above the title and XP's ``Route Table`` above that; above a first
        entry, a title nobody listed (with the separator above it, unless the table before
        claimed that as its own closing one)."""
        count, title = 0, opening.title
        if title is None and texts and _is_title(texts[-1]) and not _is_separator(texts[-1]):
            count, title = 1, texts[-1].strip()
        if len(texts) > count and _is_separator(texts[-1 - count]):
            count += 1
        if len(texts) > count and texts[-1 - count].strip() in localized.ROUTE_PRINT_TITLES:
            count += 1
        return Opening(title=title, language=opening.language, key=opening.key, consumed=False), count

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return self.flush()
        if self.closed:
            return None
        is_entry = INTERFACE_ENTRY.match(text) is not None
        if not self.started and not is_entry and single_spaced(text) == self.section.title:
            self.started = True
            return self.mark_header(line_no)
        if _is_separator(text):
            out = self.flush()
            self.closed = True
            return [*out, *self.mark_header(line_no)]
        if self.pending is not None and not is_entry and CONSOLE_WIDTH - 1 <= self.last_length <= CONSOLE_WIDTH:
            return self._continue(line_no, text)
        if is_entry:
            out = self.flush()
            fields = INTERFACE_ENTRY.match(text)
            assert fields is not None
            self.started = True
            self.pending, self.tail, self.last_length = (line_no, fields, text, None), "", len(text)
            return out if len(text) >= CONSOLE_WIDTH - 1 else [*out, *self.flush()]
        return None

    def _continue(self, line_no: int, text: str) -> list[Record]:
        """A description wrapped at 80 columns: a full line lost no blank at the wrap; a
        79-character one had its trailing blank stripped."""
        assert self.pending is not None
        start, fields, joined, _ = self.pending
        joint = "" if self.last_length >= CONSOLE_WIDTH else " "
        self.tail += joint + text
        self.pending, self.last_length = (start, fields, joined + joint + text, line_no), len(text)
        return [] if len(text) >= CONSOLE_WIDTH - 1 else self.flush()

    def flush(self) -> list[Record]:
        if self.pending is None:
            return []
        line_no, fields, text, end_line = self.pending
        self.pending = None
        index = fields["index"] or "0"
        mac = fields["mac"]
        name = ((fields["name"] or "") + self.tail).strip() or None
        return [Interface(
            line=line_no, end_line=end_line, platform="windows", snapshot=self.section.snapshot,
            index=int(index, 16) if index.startswith("0x") else int(index),
            mac="-".join(mac.split()).lower() if mac else None, name=name, raw=text.strip(),
        )]


# -- IPv4 and IPv6 route tables ---------------------------------------------------------
TOP, ACTIVE, ACTIVE_DONE, PERSISTENT, DONE = "top", "active", "active-done", "persistent", "done"
"""Where a route table is: before its label, active routes, after their closing separator,
persistent routes, after the table."""


class WindowsRouteTable(SectionParser):
    """An ``IPv4 Route Table`` or ``IPv6 Route Table`` (or XP's untitled one); see the module doc."""

    kind = "routes"
    platform = "windows"
    description = "Windows route table"
    row_grammar = IPV4_ROUTE

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.ip_version: int | None = opening.properties.get("ip_version")
        self.state = TOP
        self.labelled = False  # an Active/Persistent Routes label was read
        self.has_header = False  # a column header or None line was read in this part
        self.has_rows = False  # a row was read in this part
        self.pending: tuple[RowFields, int, bool] | None = None  # IPv6 row waiting for its gateway line

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, text: str) -> Opening | None:
        title = text.strip()
        known = localized.ROUTE_TABLE_TITLES.get(title)
        if known is None:
            return None
        language, version = known
        return Opening(title=title, language=language, key=f"windows.routes.ipv{version}",
                       properties={"ip_version": version})

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        """XP's untitled table (its ``Active Routes:`` label) or a lone row (``findstr`` output,
        or the first row of a table in a language nobody listed)."""
        language = localized.ACTIVE_ROUTES_LABELS.get(text.strip())
        if language is not None and _is_label(text):
            return Opening(title=None, language=language, key="windows.routes.untitled", consumed=False)
        if IPV4_ROUTE.match(text) is not None:
            version = 4
        elif IPV6_ROUTE.match(text) is not None:
            version = 6
        else:
            return None
        return Opening(title=None, language="unknown", key=f"windows.routes.ipv{version}.untitled", consumed=False,
                       properties={"ip_version": version})

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """Claim what a table prints above its first row: column header, label, separator,
        and the title above that separator."""
        index = len(texts)
        if opening.language == "unknown" and index and _is_header(texts[index - 1]):
            index -= 1
        if opening.language == "unknown" and index and _is_label(texts[index - 1]):
            index -= 1
        title = None
        if index and _is_separator(texts[index - 1]):
            index -= 1
            if index and _is_title(texts[index - 1]):
                index -= 1
                title = texts[index].strip()
        claimed = texts[index:]
        if not claimed:
            return opening, 0
        properties = dict(opening.properties)
        version = properties.get("ip_version") or (_ip_version_in(title) if title else None)
        key = opening.key
        if title is not None and version is not None:
            properties["ip_version"] = version
            key = f"windows.routes.ipv{version}"
        language = opening.language
        for line in claimed:
            language = _KNOWN_LINES.get(single_spaced(line), language)
        return Opening(title=title, language=language, key=key, consumed=False, properties=properties), len(claimed)

    # -- lines --------------------------------------------------------------------------
    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return self.flush()
        if self.pending is not None:
            wrapped = WRAPPED_GATEWAY.match(text)
            if wrapped is not None:
                fields, start, persistent = self.pending
                self.pending = None
                return [self._ipv6_route({**fields, "gateway": wrapped["gateway"]}, start, line_no, persistent)]
        if self.state == DONE:
            return None
        if _is_separator(text):
            return self._separator(line_no)
        if _is_label(text):
            return self._label(line_no, text)
        if self.state in (ACTIVE, ACTIVE_DONE) and self.ip_version != 6:
            gateway = DEFAULT_GATEWAY.match(text)
            if gateway is not None:
                self.section.properties["default_gateway"] = gateway["address"]
                return self._header(line_no, gateway["label"])
        if self.state in (ACTIVE, PERSISTENT) and not self.has_rows and not self.has_header \
                and (_is_header(text) or _is_none_line(text)):
            out = self._header(line_no, text)
            self.has_header = True
            if self.state == PERSISTENT and _is_none_line(text):
                self.state = DONE
            return out
        return self._row(line_no, text)

    def _separator(self, line_no: int) -> list[Record] | None:
        if self.state == ACTIVE_DONE or (self.state == PERSISTENT and self.has_rows and self.section.title is None):
            return None  # the frame of whatever follows (XP's untitled table ends its rows without one)
        out = self._header(line_no, None)
        self.state = {ACTIVE: ACTIVE_DONE, PERSISTENT: DONE}.get(self.state, self.state)
        return out

    def _label(self, line_no: int, text: str) -> list[Record]:
        out = self._header(line_no, text)
        persistent = text.strip() in localized.PERSISTENT_ROUTES_LABELS or self.state != TOP
        self.state = PERSISTENT if persistent else ACTIVE
        self.labelled = True
        self.has_header = self.has_rows = False
        return out

    def _header(self, line_no: int, text: str | None) -> list[Record]:
        """Claim a title/header line (after emitting a held route); known words tell the language."""
        out = self.flush()
        language = _KNOWN_LINES.get(single_spaced(text)) if text else None
        if language is not None and self.section.language == "unknown":
            self.section.language = language
        return [*out, *self.mark_header(line_no)]

    def _row(self, line_no: int, text: str) -> list[Record] | None:
        if self.ip_version != 6 and self.state in (TOP, ACTIVE):
            fields = IPV4_ROUTE.match(text)
            if fields is not None:
                return self._accept_row(4, [*self.flush(), self._ipv4_route(fields, line_no, persistent=False)])
        if self.ip_version != 6 and (self.state == PERSISTENT or not self.labelled):
            fields = IPV4_PERSISTENT_ROUTE.match(text)
            if fields is not None:
                return self._accept_row(4, [*self.flush(), self._ipv4_route(fields, line_no, persistent=True)])
        if self.ip_version != 4 and self.state in (TOP, ACTIVE, PERSISTENT):
            fields = IPV6_ROUTE.match(text)
            if fields is not None:
                out = self.flush()
                persistent = self.state == PERSISTENT
                if fields["gateway"] is None:
                    self.pending = (fields, line_no, persistent)
                    return self._accept_row(6, out)
                return self._accept_row(6, [*out, self._ipv6_route(fields, line_no, None, persistent)])
        return None

    def _accept_row(self, version: int, records: list[Record]) -> list[Record]:
        if self.ip_version is None:
            self.ip_version = version
            self.section.properties["ip_version"] = version
        if self.state == TOP:
            self.state = ACTIVE
        self.has_rows = True
        return records

    def flush(self) -> list[Record]:
        """An IPv6 row whose gateway line never came is emitted without a gateway."""
        if self.pending is None:
            return []
        fields, line_no, persistent = self.pending
        self.pending = None
        return [self._ipv6_route(fields, line_no, None, persistent)]

    def explain(self, text: str) -> tuple[int, str]:
        if self.ip_version == 6:
            return IPV6_ROUTE.explain(text)
        return (IPV4_PERSISTENT_ROUTE if self.state == PERSISTENT else IPV4_ROUTE).explain(text)

    # -- records ------------------------------------------------------------------------
    def _learn_language(self, printed: str | None, table: dict[str, str]) -> None:
        """A section still of unknown language learns it from a localized on-link or metric
        word (not from an English one: French Windows prints ``On-link`` too)."""
        language = table.get(printed or "")
        if language not in (None, "en") and self.section.language == "unknown":
            self.section.language = language

    def _ipv4_route(self, fields: RowFields, line_no: int, persistent: bool) -> Route:
        gateway_raw = fields["gateway"] or ""
        on_link = not _is_address(gateway_raw)
        self._learn_language(gateway_raw, localized.ON_LINK)
        self._learn_language(fields["metric"], localized.DEFAULT_METRICS)
        netmask = fields["netmask"] or ""
        return Route(
            line=line_no, platform="windows", snapshot=self.section.snapshot, ip_version=4,
            destination=fields["destination"], netmask=netmask, prefix_length=_prefix_from_netmask(netmask),
            gateway=None if on_link else gateway_raw, on_link=on_link, gateway_raw=gateway_raw,
            interface=fields.get("interface"), metric=_metric(fields["metric"]), metric_raw=fields["metric"],
            persistent=persistent,
        )

    def _ipv6_route(self, fields: RowFields, line_no: int, end_line: int | None, persistent: bool) -> Route:
        gateway_raw = fields["gateway"]
        on_link = gateway_raw is not None and not _is_address(gateway_raw)
        self._learn_language(gateway_raw, localized.ON_LINK)
        destination = fields["destination"] or ""
        return Route(
            line=line_no, end_line=end_line, platform="windows", snapshot=self.section.snapshot, ip_version=6,
            destination=destination, prefix_length=int(destination.rpartition("/")[2]),
            gateway=None if on_link else gateway_raw, on_link=on_link, gateway_raw=gateway_raw,
            interface_index=int(fields["index"] or 0), metric=_metric(fields["metric"]),
            metric_raw=fields["metric"], persistent=persistent,
        )


PARSERS: tuple[type[SectionParser], ...] = (WindowsInterfaceList, WindowsRouteTable)
