"""Linux routing tables: ``netstat -r[n][e[e]] [-C] [-6]`` (netstat-formats.md §1.7).

IPv4 (``Kernel IP routing table``; the cache ``Kernel IP routing cache`` has ``Source``
where the table has ``Genmask``, the rest is alike)::

    Kernel IP routing table
    Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
    0.0.0.0         192.0.2.1       0.0.0.0         UG        0 0          0 eth0
    198.51.100.0    -               255.255.255.0   !         - -          - -

The columns after ``Flags`` depend on the number of ``-e``: layout B (``-r``: MSS Window
irtt Iface), A (``-re``: Metric Ref Use Iface) and C (``-ree``: Metric Ref Use Iface MSS
Window irtt, Iface cut to 6 characters). Reject routes print ``!`` flags and ``-`` for the
gateway, the interface and the fields the kernel does not give.

IPv6 (``Kernel IPv6 routing table``)::

    Destination                    Next Hop                   Flag Met Ref  Use If
    fd00::/64                      ::                         U    256 1      0 eth0
    ::/0                           ::                         !n   -1  1      0 lo

Destinations overflow their 30 columns and push the row right, so rows are read as tokens.
Builds before 2018-12 print Ref and Use with no space between (``%-1d%6d``): a use count of
six digits or more fuses both into one token, kept in ``ref_use_raw``.

Titles are translated (``localized.py``); the header layout is read from its shape (the
untranslated ``irtt`` column and the word count), so an unknown language still parses.
"""

from __future__ import annotations

import ipaddress
from typing import Final

import attrs
import pyparsing as pp

from netstat_parse.core.grammar import LineGrammar, RowFields
from netstat_parse.core.records import Record, Route
from netstat_parse.core.sections import Opening, Section, SectionParser, single_spaced
from netstat_parse.platforms.linux import localized

# -- grammar pieces ---------------------------------------------------------------------
address = pp.Regex(r"\S++").set_name("address or name")
dotted_mask = pp.Regex(r"\d{1,3}(?:\.\d{1,3}){3}(?!\S)").set_name("netmask")
ipv6_prefix = pp.Regex(r"[^\s/]*+/\d++(?!\S)").set_name("destination/prefix")
flags = pp.Regex(r"[!A-Za-z]++(?!\S)").set_name("route flags")
value = pp.Regex(r"-?\d++(?!\S)|-(?!\S)").set_name("number or -")
number = pp.Regex(r"-?\d++(?!\S)").set_name("number")
count = pp.Regex(r"\d++(?!\S)").set_name("count")
iface = pp.Regex(r"\S++").set_name("interface")

_LAYOUT_B = value("mss") + value("window") + value("irtt") + iface("iface")
_LAYOUT_A = value("metric") + value("ref") + value("use") + iface("iface")
_LAYOUT_C = _LAYOUT_A + value("mss") + value("window") + value("irtt")
_TAILS: Final = {"B": _LAYOUT_B, "A": _LAYOUT_A, "C": _LAYOUT_C}
_OPTIONS: Final = {"B": "-r", "A": "-re", "C": "-ree"}
_FIB_HEAD = address("destination") + address("gateway") + address("genmask") + flags("flags")
_CACHE_HEAD = address("source") + address("destination") + address("gateway") + flags("flags")
IPV4_ROWS: Final[dict[str, LineGrammar]] = {
    layout: LineGrammar(_FIB_HEAD + tail, f"Linux IPv4 route row ({_OPTIONS[layout]})") for layout, tail in _TAILS.items()
}
"""IPv4 FIB rows per header layout."""
CACHE_ROWS: Final[dict[str, LineGrammar]] = {
    layout: LineGrammar(_CACHE_HEAD + tail, f"Linux IPv4 route cache row ({_OPTIONS[layout]}C)")
    for layout, tail in _TAILS.items()
}
"""IPv4 routing cache rows per header layout."""

_NUMERIC_FIB_HEAD = address("destination") + address("gateway") + dotted_mask("genmask") + flags("flags")
IPV4_FRAGMENTS: Final[dict[str, LineGrammar]] = {
    layout: LineGrammar(_NUMERIC_FIB_HEAD + tail, f"Linux IPv4 route row ({_OPTIONS[layout]}, numeric Genmask)")
    for layout, tail in _TAILS.items()
}
"""Header-less IPv4 table rows, recognized by their numeric Genmask column."""

IPV6_ROW = LineGrammar(
    ipv6_prefix("destination") + address("next_hop") + flags("flags") + number("metric") + count("ref")
    + pp.Opt(count("use")) + iface("iface"),
    "Linux IPv6 route row",
)
"""Without ``use``, ``ref`` is the fused Ref/Use token of a pre-2018 build."""

ENGLISH_HEADERS: Final[dict[str, str]] = {
    "Destination Gateway Genmask Flags": "ipv4",
    "Source Destination Gateway Flags": "ipv4_cache",
    "Destination Next Hop Flag Met Ref": "ipv6",
    "Destination Next Hop Flags Metric Ref": "ipv6",
}
"""Start of an English column header (words single-spaced) -> table."""

IPV4_FLAGS: Final[dict[str, str]] = {
    "U": "up", "G": "gateway", "H": "host", "R": "reinstate", "D": "dynamic", "M": "modified", "d": "default",
    "a": "allonlink", "c": "cache", "o": "nonexthop", "e": "expires", "f": "flow", "p": "policy", "l": "local",
    "u": "mtu", "w": "window", "i": "irtt", "n": "notcached", "!": "reject",
}
"""IPv4 flag letter -> name (lib/inet_gr.c; ``c`` is printed for both RTF_ADDRCONF and
RTF_CACHE, and only the cache flag exists for IPv4)."""
IPV6_FLAGS: Final[dict[str, str]] = {
    "U": "up", "!": "reject", "G": "gateway", "H": "host", "D": "default", "A": "addrconf", "C": "cache",
    "a": "allonlink", "e": "expires", "m": "modified", "n": "nonexthop", "f": "flow",
}
"""IPv6 flag letter -> name (lib/inet6_gr.c)."""

ON_LINK: Final = frozenset({"0.0.0.0", "*", "::", "[::]"})
"""Gateways that mean "no gateway": the route is on-link."""
_FUSED_SPLIT_LENGTH: Final = 7  # a fused Ref/Use token only splits surely as 1 + 6 digits


def header_layout(text: str) -> str | None:
    """Layout ``A``/``B``/``C`` of an IPv4 header in any language, ``ipv6``, or None.

    The word count and the untranslated ``irtt`` column tell the layouts apart."""
    words = text.split()
    if any(ch.isdigit() for ch in text) or not words:
        return None
    if single_spaced(text).startswith("Destination Next Hop"):
        return "ipv6"
    if len(words) == 8:
        return "B" if "irtt" in words else "A"
    if len(words) == 11 and "irtt" in words:
        return "C"
    return None


def looks_like_title(text: str) -> bool:
    """A title in a language nobody listed: at column 0, one to six words, no colon."""
    return not text[:1].isspace() and 1 <= len(text.split()) <= 6 and ":" not in text


def _english_table(text: str) -> str | None:
    words = single_spaced(text)
    for start, table in ENGLISH_HEADERS.items():
        if words.startswith(start):
            return table
    return None


def prefix_of_mask(mask: str | None) -> int | None:
    """Prefix length of a dotted IPv4 netmask; None when absent or not contiguous."""
    if mask is None:
        return None
    try:
        return ipaddress.IPv4Network(f"0.0.0.0/{mask}").prefixlen
    except ValueError:  # not a dotted mask, or not contiguous
        return None


def _int(text: str | None) -> int | None:
    return int(text) if text is not None and text != "-" else None


def _flag_names(printed: str, names: dict[str, str]) -> tuple[str, ...]:
    return tuple(names[letter] for letter in printed if letter in names)


def _gateway(printed: str | None) -> tuple[str | None, bool]:
    """(gateway, on_link) of a printed gateway; ``-`` (reject route) is neither."""
    if printed is None or printed == "-":
        return None, False
    if printed in ON_LINK:
        return None, True
    return printed, False


class LinuxRoutes(SectionParser):
    """``Kernel IP/IPv6 routing table/cache`` sections; see the module doc."""

    kind = "routes"
    platform = "linux"
    description = "Linux routing table"
    row_grammar = IPV4_ROWS["B"]

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.table: str = opening.properties["table"]
        self.has_header = "layout" in opening.properties
        self.has_rows = False
        self.grammar = IPV4_ROWS["B"]
        self._use_layout(opening.properties.get("layout") or opening.properties.get("row_layout") or "B")
        section.properties.pop("layout", None)
        section.properties.pop("row_layout", None)

    def _use_layout(self, layout: str) -> None:
        if self.table.startswith("ipv6"):
            self.grammar = IPV6_ROW
        else:
            self.grammar = (CACHE_ROWS if self.table == "ipv4_cache" else IPV4_ROWS).get(layout, IPV4_ROWS["B"])

    def explain(self, text: str) -> tuple[int, str]:
        return self.grammar.explain(text)

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, text: str) -> Opening | None:
        found = localized.ROUTE_TITLES.get(text.strip())
        if found is None:
            return None
        language, table = found
        return Opening(title=text.strip(), language=language, key=f"linux.routes.{table}", properties={"table": table})

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        """An English column header with no title above it, or a lone row."""
        english = _english_table(text)
        if english is not None:
            return Opening(title=None, language="en", key=f"linux.routes.{english}", consumed=False,
                           properties={"table": english})
        if IPV6_ROW.match(text) is not None:
            return Opening(title=None, language="unknown", key="linux.routes.ipv6", consumed=False,
                           properties={"table": "ipv6"})
        for layout, grammar in IPV4_FRAGMENTS.items():
            if grammar.match(text) is not None:
                return Opening(title=None, language="unknown", key="linux.routes.ipv4", consumed=False,
                               properties={"table": "ipv4", "row_layout": layout})
        return None

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """A title (above a header) or a header and a title (above a row) in a language
        nobody listed."""
        if not texts:
            return opening, 0
        if opening.language == "en":  # opened on its header: a title just above it
            if looks_like_title(texts[-1]):
                return attrs.evolve(opening, title=texts[-1].strip(), language="unknown"), 1
            return opening, 0
        layout = header_layout(texts[-1])
        if layout is None or (layout == "ipv6" and opening.properties["table"] != "ipv6"):
            return opening, 0
        properties = {**opening.properties, "layout": layout}
        if len(texts) >= 2 and looks_like_title(texts[-2]) and header_layout(texts[-2]) is None:
            return attrs.evolve(opening, title=texts[-2].strip(), properties=properties), 2
        return attrs.evolve(opening, properties=properties), 1

    # -- lines --------------------------------------------------------------------------
    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return []
        if not self.has_header and not self.has_rows:
            layout = header_layout(text)
            if layout is not None:
                self.has_header = True
                self._use_layout(layout)
                return self.mark_header(line_no)
        fields = self.grammar.match(text)
        if fields is None:
            return None
        self.has_rows = True
        if self.grammar is IPV6_ROW:
            return [self._ipv6_record(fields, line_no)]
        return [self._ipv4_record(fields, line_no)]

    def _ipv4_record(self, fields: RowFields, line_no: int) -> Route:
        gateway, on_link = _gateway(fields["gateway"])
        netmask = fields.get("genmask")
        metric = fields.get("metric")
        iface_text = fields["iface"]
        return Route(
            line=line_no,
            platform="linux",
            snapshot=self.section.snapshot,
            ip_version=4,
            destination=fields["destination"],
            cache_source=fields.get("source"),
            netmask=netmask,
            prefix_length=prefix_of_mask(netmask),
            gateway=gateway,
            on_link=on_link,
            gateway_raw=fields["gateway"],
            interface=iface_text if iface_text != "-" else None,
            metric=_int(metric),
            metric_raw=metric,
            flags=fields["flags"],
            flag_names=_flag_names(fields["flags"] or "", IPV4_FLAGS),
            ref=_int(fields.get("ref")),
            use=_int(fields.get("use")),
            mss=_int(fields.get("mss")),
            window=_int(fields.get("window")),
            irtt=_int(fields.get("irtt")),
        )

    def _ipv6_record(self, fields: RowFields, line_no: int) -> Route:
        destination = fields["destination"] or ""
        gateway, on_link = _gateway(fields["next_hop"])
        ref_text, use_text = fields["ref"], fields["use"]
        fused = None
        if use_text is None:  # pre-2018 %-1d%6d: Ref and Use ran together
            fused, ref_text = ref_text or "", None
            if len(fused) == _FUSED_SPLIT_LENGTH:
                ref_text, use_text = fused[:1], fused[1:]
        return Route(
            line=line_no,
            platform="linux",
            snapshot=self.section.snapshot,
            ip_version=6,
            destination=destination,
            prefix_length=int(destination.rpartition("/")[2]),
            gateway=gateway,
            on_link=on_link,
            gateway_raw=fields["next_hop"],
            interface=fields["iface"],
            metric=_int(fields["metric"]),
            metric_raw=fields["metric"],
            flags=fields["flags"],
            flag_names=_flag_names(fields["flags"] or "", IPV6_FLAGS),
            ref=_int(ref_text),
            use=_int(use_text),
            ref_use_raw=fused,
        )


PARSERS: tuple[type[SectionParser], ...] = (LinuxRoutes,)
