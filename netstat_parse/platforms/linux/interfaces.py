"""Linux interface tables: ``netstat -i`` and ``netstat -ie`` (netstat-formats.md §1.6).

``-i`` prints one row per interface (``interface_stats`` records)::

    Kernel Interface table
    Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
    eth0             1400      234      0      0 0           170      0      0      0 BMRU
    sit0             1480     - no statistics available -                         O

The name is cut to 15 (2.10), 8 (2012-2020) or 5 (1.60) characters; net-tools 1.60 has a
``Met`` column after MTU. The eight counters are replaced by ``- no statistics available -``
(translated) when the kernel has none. With ``-c`` the title is printed once and the header
every iteration: a second header starts the next snapshot. A filtered row (``netstat -i | grep
eth0``: no title, no header) opens a section by itself when its flags are flag letters; without
a header, each row's own column count tells whether there is a Met column.

``-ie`` prints one block per interface (``interface`` records, emitted when the block
ends), in the ifconfig layout of net-tools 2.x::

    eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1400
            inet 192.0.2.2  netmask 255.255.255.0  broadcast 192.0.2.255
            inet6 fe80::fc:ff:fe00:1  prefixlen 64  scopeid 0x20<link>
            ether 02:fc:00:00:00:01  txqueuelen 1000  (Ethernet)
            RX packets 234  bytes 9025692 (8.6 MiB)
            RX errors 0  dropped 0  overruns 0  frame 0
            TX packets 170  bytes 14649 (14.3 KiB)
            TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

or in the older ``Link encap:`` layout of net-tools 1.60::

    eth0      Link encap:Ethernet  HWaddr 00:0C:29:3B:58:0E
              inet addr:192.0.2.7  Bcast:192.0.2.255  Mask:255.255.255.0
              UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1
              RX packets:8061 errors:0 dropped:0 overruns:0 frame:0
              ...

Labels are translated (Czech prints ``RX packetů 807  bajtů ...``), so counters are named by
their position in lines whose shape never changes; the flags come from the printed number.
With ``-c`` the blocks are printed again without a title: a block for an interface already
seen starts the next snapshot.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs
import pyparsing as pp

from netstat_parse.core.grammar import LineGrammar, RowFields
from netstat_parse.core.records import Interface, InterfaceStats, Record
from netstat_parse.core.sections import Opening, Section, SectionParser
from netstat_parse.platforms.linux import localized
from netstat_parse.platforms.linux.routes import looks_like_title, prefix_of_mask

# -- grammar pieces ---------------------------------------------------------------------
name = pp.Regex(r"\S++").set_name("interface name")
number = pp.Regex(r"\d++(?!\S)").set_name("number")
no_statistics = pp.Regex(r"-[^-]*+-(?!\S)").set_name("- no statistics available -")
flag_letters = pp.Regex(r"\[[^\]]*+\]|\S++").set_name("flag letters")
label = pp.Regex(r"[^\W\d]\S*+").set_name("label")
colon_label = pp.Regex(r"[^\W\d][^\s:]*+:").set_name("label:")
value = pp.Regex(r"\S++").set_name("value")
size = pp.Regex(r"\([^()]*+\)").set_name("(size)")
block_name = pp.Regex(r"(?:[^\s:]|:(?=\S))++").set_name("interface name")
flag_value = pp.Regex(r"-?\d++").set_name("flags number")
flag_list = pp.Regex(r"<[^>]*+>|<(?!\S)").set_name("<flag names>")
scope = pp.Regex(r"0x[0-9a-fA-F]++(?:<[^>]*+>)?").set_name("scopeid")
hw_name = pp.Regex(r"[^\W\d][\w-]*+").set_name("hardware type")
mac = pp.Regex(r"[0-9A-Fa-f]{1,2}(?:[:-][0-9A-Fa-f]{1,2})++(?!\S)").set_name("hardware address")
title = pp.Regex(r"\([^()]*+\)").set_name("(hardware title)")
direction = pp.Regex(r"[RT]X(?!\S)").set_name("RX or TX")
words = pp.Regex(r"\[[^\]]*+\]|[^\W\d][^\s:]*+(?: [^\W\d][^\s:]*+(?![:\w]))*+").set_name("flag words")
encap_title = pp.Regex(r"\S++(?: \S++)*+").set_name("link title")
pairs = pp.Regex(r"[^\W\d][^:]*+:\S*+(?:\s++[^\W\d][^:]*+:\S*+)*+").set_name("label:value pairs")

_COUNTERS = [number(f"{side}_{what}") for side in ("rx", "tx") for what in ("ok", "err", "drp", "ovr")]
TABLE_ROWS: Final[dict[bool, LineGrammar]] = {
    False: LineGrammar(name("iface") + number("mtu") + pp.And(_COUNTERS) + flag_letters("flags"),
                       "Linux -i interface row"),
    True: LineGrammar(name("iface") + number("mtu") + number("met") + pp.And(_COUNTERS) + flag_letters("flags"),
                      "Linux -i interface row (1.60 Met column)"),
}
"""``-i`` rows without and with the ``Met`` column."""
NO_STATISTICS_ROWS: Final[dict[bool, LineGrammar]] = {
    False: LineGrammar(name("iface") + number("mtu") + no_statistics("no_statistics") + flag_letters("flags"),
                       "Linux -i row without statistics"),
    True: LineGrammar(name("iface") + number("mtu") + number("met") + no_statistics("no_statistics")
                      + flag_letters("flags"), "Linux -i row without statistics (1.60 Met column)"),
}

BLOCK_START = LineGrammar(
    block_name("name") + pp.Literal(":").suppress() + pp.Literal("flags=").suppress() + flag_value("flags_value")
    + pp.Opt(flag_list("flag_list")) + label + number("mtu") + pp.Opt(label + number("metric")),
    "Linux -ie block start",
)
INET_LINE = LineGrammar(
    pp.Literal("inet").suppress() + value("address") + pp.Opt(label("label1") + value("value1"))
    + pp.Opt(label("label2") + value("value2")) + pp.Opt(label("label3") + value("value3")),
    "Linux -ie inet line",
)
INET6_LINE = LineGrammar(
    pp.Literal("inet6").suppress() + value("address") + label + number("prefixlen") + pp.Opt(label + scope("scopeid")),
    "Linux -ie inet6 line",
)
HARDWARE_LINE = LineGrammar(
    hw_name("hw_type") + pp.Opt(mac("mac")) + pp.Opt(label + number("txqueuelen")) + title("hw_title"),
    "Linux -ie hardware line",
)
COUNTER_LINE = LineGrammar(
    direction("direction") + label("label1") + number("value1")
    + pp.And([pp.Opt(label(f"label{i}") + number(f"value{i}")) for i in range(2, 6)]) + pp.Opt(size("size")),
    "Linux -ie RX/TX line",
)
OTHER_LINE = LineGrammar(value("label") + pp.Opt(pp.Regex(r"\S.*+")("text")), "Linux -ie other line")
"""Any other indented line of a block (``device interrupt 16  memory 0x...``), kept as printed."""

OLD_BLOCK_START = LineGrammar(
    name("name") + pp.Regex(r"Link encap:|[^\W\d][^\s:]*+:")("encap_label") + encap_title("hw_title")
    + pp.Opt(pp.Regex(r"(?!Media:)[^\W\d]\S*+(?: (?![0-9A-Fa-f]{1,2}[:-])[^\W\d]\S*+)?")("mac_label")
             + pp.Opt(pp.Regex(r"(?!Media:)\S++").set_name("hardware address")("mac")))
    + pp.Opt(pp.Literal("Media:").suppress() + pp.Regex(r"\S++")("media")),
    "Linux -ie block start (1.60 Link encap)",
)
"""``NAME Link encap:TITLE  HWaddr ADDR  [Media:PORT[(auto)]]``: 1.60 (``lib/interface.c``)
prints the media port of an IFF_PORTSEL interface on the first line, kept as ``media``."""
OLD_INET_LINE = LineGrammar(
    pp.Literal("inet").suppress() + colon_label + value("address") + pp.Opt(colon_label("label1") + value("value1"))
    + pp.Opt(colon_label("label2") + value("value2")),
    "Linux -ie inet line (1.60)",
)
OLD_INET6_LINE = LineGrammar(
    pp.Regex(r"inet6[^\s:]*+(?: [^\W\d][^\s:]*+)?:").suppress() + value("address") + colon_label + value("scope"),
    "Linux -ie inet6 line (1.60)",
)
OLD_FLAGS_LINE = LineGrammar(words("flag_words") + colon_label + number("mtu") + colon_label + number("metric"),
                             "Linux -ie flags line (1.60)")
OLD_BYTES_LINE = LineGrammar(
    pp.Literal("RX").suppress() + colon_label + number("rx_bytes") + size("rx_size")
    + pp.Literal("TX").suppress() + colon_label + number("tx_bytes") + size("tx_size"),
    "Linux -ie bytes line (1.60)",
)
OLD_COUNTER_LINE = LineGrammar(
    direction("direction") + colon_label("label1") + number("value1")
    + pp.And([pp.Opt(colon_label(f"label{i}") + number(f"value{i}")) for i in range(2, 6)]),
    "Linux -ie RX/TX line (1.60)",
)
OLD_PAIRS_LINE = LineGrammar(pairs("pairs"), "Linux -ie label:value line (1.60)")

KEY: Final = "linux.interfaces"
_FLAG_LETTERS: Final = re.compile(r"[ABDLMdPNOpsmRU]++|\[[^\]]*+\]")
"""What ``Flg`` prints (§1.6): letters in print order, or ``[NO FLAGS]`` (translated); a row
with no header above is only taken with these (a log line may end in any word)."""
_PAIR: Final = re.compile(r"([^\W\d][^:]*?):(\S*)")

IFF_FLAGS: Final = (
    (0x1, "UP"), (0x2, "BROADCAST"), (0x4, "DEBUG"), (0x8, "LOOPBACK"), (0x10, "POINTOPOINT"),
    (0x20, "NOTRAILERS"), (0x40, "RUNNING"), (0x80, "NOARP"), (0x100, "PROMISC"), (0x200, "ALLMULTI"),
    (0x800, "SLAVE"), (0x400, "MASTER"), (0x1000, "MULTICAST"), (0x8000, "DYNAMIC"), (0x2000, "PORTSEL"),
    (0x4000, "AUTOMEDIA"), (0x10000, "LOWER_UP"), (0x20000, "DORMANT"), (0x40000, "ECHO"),
)
"""Kernel IFF_* bits in the order net-tools prints their names (lib/interface.c), then the rest."""
_ENGLISH_FLAGS: Final = frozenset(flag for _, flag in IFF_FLAGS) | {"NO FLAGS"}

COUNTER_NAMES: Final[dict[tuple[str, int], tuple[str, ...]]] = {
    ("RX", 2): ("rx_packets", "rx_bytes"),
    ("RX", 1): ("rx_compressed",),
    ("RX", 4): ("rx_errors", "rx_dropped", "rx_overruns", "rx_frame"),
    ("RX", 5): ("rx_packets", "rx_errors", "rx_dropped", "rx_overruns", "rx_frame"),
    ("TX", 2): ("tx_packets", "tx_bytes"),
    ("TX", 1): ("tx_compressed",),
    ("TX", 5): ("tx_errors", "tx_dropped", "tx_overruns", "tx_carrier", "collisions"),
}
"""(direction, number of values on the line) -> counter names, in print order. The 2.x
lines have 1, 2, 4 or 5 values; the 1.60 RX/TX lines 5 (packets first, carrier for TX)."""
OLD_TX_NAMES: Final = ("tx_packets", "tx_errors", "tx_dropped", "tx_overruns", "tx_carrier")
OLD_PAIR_KEYS: Final[dict[str, str]] = {
    "collisions": "collisions", "txqueuelen": "txqueuelen", "Interrupt": "interrupt", "Base address": "base_address",
    "Memory": "memory", "DMA chan": "dma", "compressed": "compressed",
}
"""English 1.60 labels -> key (other languages keep the label as printed)."""
_OLD_PAIR_COUNTERS: Final = frozenset({"collisions", "rx_compressed", "tx_compressed"})
LINK_TITLES: Final[dict[str, str]] = {
    "Ethernet": "ether", "Local Loopback": "loop", "Point-to-Point Protocol": "ppp", "UNSPEC": "unspec",
    "IPv6-in-IPv4": "sit", "IPIP Tunnel": "tunnel", "InfiniBand": "infiniband", "Serial Line IP": "slip",
    "VJ Serial Line IP": "cslip",
}
"""1.60 ``Link encap:`` title -> the short hardware name 2.x prints (lib/hw.c names)."""


def _flags_of(value: int) -> tuple[str, ...]:
    return tuple(flag for bit, flag in IFF_FLAGS if value & bit)


def _is_header(text: str) -> bool:
    """The -i column header in any language: ``Iface MTU [Met] RX-OK ... Flg``."""
    words = text.split()
    return len(words) in (11, 12) and words[1] == "MTU"


def _row_fields(text: str, has_header: bool, has_met: bool) -> RowFields | None:
    """The fields of an ``-i`` row: in the header's layout, or without a header in the layout
    (with or without Met) the row fits and only with flag letters (see ``_FLAG_LETTERS``)."""
    for met in (has_met,) if has_header else (False, True):
        fields = TABLE_ROWS[met].match(text) or NO_STATISTICS_ROWS[met].match(text)
        if fields is not None:
            return fields if has_header or _FLAG_LETTERS.fullmatch(fields["flags"] or "") else None
    return None


def _block_language(fields: RowFields) -> str:
    names = (fields.get("flag_list") or "<>")[1:-1]
    return "en" if all(word in _ENGLISH_FLAGS for word in names.split(",") if word) else "unknown"


class _Block:
    """What is known so far of one ``-ie`` block."""

    def __init__(self, line_no: int, name: str) -> None:
        self.line = line_no
        self.end_line = line_no
        self.name = name
        self.flags: tuple[str, ...] = ()
        self.flag_bits: int | None = None
        self.mtu: int | None = None
        self.hw_type: str | None = None
        self.mac: str | None = None
        self.addresses: list[str] = []
        self.counters: dict[str, int] = {}
        self.details: dict[str, str] = {}


class LinuxInterfaces(SectionParser):
    """``Kernel Interface table`` sections (-i rows or -ie blocks) and bare ifconfig-style
    blocks; see the module doc."""

    kind = "interfaces"
    platform = "linux"
    description = "Linux interface table"
    row_grammar = TABLE_ROWS[False]

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.has_met = False
        self.has_header = False
        self.block: _Block | None = None
        self.has_blocks = False
        self.seen: set[str] = set()

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, text: str) -> Opening | None:
        language = localized.INTERFACE_TITLES.get(text.strip())
        return Opening(title=text.strip(), language=language, key=KEY) if language is not None else None

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        """A column header with no title above it, a lone ``-i`` row (filtered output), or a
        block start (ifconfig output, -c)."""
        if _is_header(text):
            return Opening(title=None, language="en" if text.lstrip().startswith("Iface") else "unknown", key=KEY,
                           consumed=False)
        if _row_fields(text, has_header=False, has_met=False) is not None:
            return Opening(title=None, language="unknown", key=KEY, consumed=False)
        fields = BLOCK_START.match(text)
        if fields is not None:
            return Opening(title=None, language=_block_language(fields), key=KEY, consumed=False)
        if "Link encap:" in text and OLD_BLOCK_START.match(text) is not None:
            return Opening(title=None, language="en", key=KEY, consumed=False)
        return None

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """The title just above, in a language nobody listed."""
        if texts and looks_like_title(texts[-1]):
            return attrs.evolve(opening, title=texts[-1].strip(), language="unknown"), 1
        return opening, 0

    # -- lines --------------------------------------------------------------------------
    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return self._end_block()
        if text[:1].isspace() and self.block is not None:
            self._block_line(line_no, text.strip())
            return []
        if _is_header(text):
            if self.has_header or self.block is not None or self.seen:
                return None  # -i -c prints the header every iteration: the next snapshot
            self.has_header = True
            self.has_met = len(text.split()) == 12
            return self.mark_header(line_no)
        start = self._block_start(line_no, text)
        if start is not None:
            return start
        return self._table_row(line_no, text)

    def flush(self) -> list[Record]:
        return self._end_block()

    def explain(self, text: str) -> tuple[int, str]:
        if self.has_blocks:
            return 1, "an indented line of the interface block, a blank line or the next block"
        return TABLE_ROWS[self.has_met].explain(text)

    # -- -i rows --------------------------------------------------------------------------
    def _table_row(self, line_no: int, text: str) -> list[Record] | None:
        fields = _row_fields(text, self.has_header, self.has_met)
        if fields is None:
            return None
        iface = fields["iface"] or ""
        self.seen.add(iface)
        self.has_met = fields.get("met") is not None  # without a header, explain() uses the last row's layout

        def count(key: str) -> int | None:
            found = fields.get(key)
            return int(found) if found is not None else None

        return [InterfaceStats(
            line=line_no, snapshot=self.section.snapshot, interface=iface, mtu=count("mtu"), met=count("met"),
            rx_ok=count("rx_ok"), rx_err=count("rx_err"), rx_drp=count("rx_drp"), rx_ovr=count("rx_ovr"),
            tx_ok=count("tx_ok"), tx_err=count("tx_err"), tx_drp=count("tx_drp"), tx_ovr=count("tx_ovr"),
            flags=fields["flags"],
        )]

    # -- -ie blocks -----------------------------------------------------------------------
    def _block_start(self, line_no: int, text: str) -> list[Record] | None:
        fields = BLOCK_START.match(text)
        old = None if fields is not None else OLD_BLOCK_START.match(text)
        if fields is None and old is None:
            return None
        block_name_text = (fields or old or {})["name"] or ""
        if block_name_text in self.seen or self.has_header:
            return None  # -ie -c prints every block again: the next snapshot
        out = self._end_block()
        self.seen.add(block_name_text)
        self.has_blocks = True
        block = self.block = _Block(line_no, block_name_text)
        if fields is not None:
            printed = fields["flags_value"] or "0"
            bits = int(printed) & 0xFFFF  # a signed short: with IFF_DYNAMIC (0x8000) the number is negative
            block.flag_bits, block.flags = bits, _flags_of(bits)
            block.mtu = int(fields["mtu"] or 0)
            block.details["flags"] = printed + (fields["flag_list"] or "")
            if fields["metric"] is not None:
                block.details["metric"] = fields["metric"]
        elif old is not None:
            hw_title = old["hw_title"] or ""
            block.hw_type = LINK_TITLES.get(hw_title)
            block.details["hw_title"] = hw_title
            block.mac = old["mac"]
            if old["media"] is not None:
                block.details["media"] = old["media"]
        return out

    def _block_line(self, line_no: int, text: str) -> None:
        block = self.block
        assert block is not None
        block.end_line = line_no
        for grammar, reader in self._readers:
            fields = grammar.match(text)
            if fields is not None:
                reader(self, block, fields)
                return
        fields = OTHER_LINE.match(text) or {}  # any non-blank line matches
        block.details[fields.get("label") or text] = fields.get("text") or ""

    def _inet(self, block: _Block, fields: RowFields) -> None:
        address = fields["address"] or ""
        found: dict[str, str] = {}
        positional = ["netmask"]
        if block.flag_bits is not None:
            positional += [key for bit, key in ((0x2, "broadcast"), (0x10, "destination")) if block.flag_bits & bit]
        for i in (1, 2, 3):
            label_text, value_text = fields[f"label{i}"], fields[f"value{i}"]
            if label_text is None or value_text is None:
                continue
            key = label_text if label_text in ("netmask", "broadcast", "destination") else (
                positional[i - 1] if i <= len(positional) else label_text)
            found[key] = value_text
        self._add_inet(block, address, found)

    def _old_inet(self, block: _Block, fields: RowFields) -> None:
        keys = {"Bcast:": "broadcast", "Mask:": "netmask", "P-t-P:": "destination"}
        found: dict[str, str] = {}
        for i in (1, 2):
            label_text, value_text = fields[f"label{i}"], fields[f"value{i}"]
            if label_text is not None and value_text is not None:
                found[keys.get(label_text, label_text.rstrip(":"))] = value_text
        self._add_inet(block, fields["address"] or "", found)

    @staticmethod
    def _add_inet(block: _Block, address: str, found: dict[str, str]) -> None:
        prefix = prefix_of_mask(found.get("netmask"))
        block.addresses.append(f"{address}/{prefix}" if prefix is not None else address)
        block.details.update(found)

    def _inet6(self, block: _Block, fields: RowFields) -> None:
        address = f"{fields['address']}/{fields['prefixlen']}"
        block.addresses.append(address)
        if fields["scopeid"] is not None:
            block.details[f"{address} scopeid"] = fields["scopeid"]

    def _old_inet6(self, block: _Block, fields: RowFields) -> None:
        address = fields["address"] or ""
        block.addresses.append(address)
        block.details[f"{address} scope"] = fields["scope"] or ""

    def _hardware(self, block: _Block, fields: RowFields) -> None:
        block.hw_type, block.mac = fields["hw_type"], fields["mac"]
        block.details["hw_title"] = (fields["hw_title"] or "()")[1:-1]
        if fields["txqueuelen"] is not None:
            block.details["txqueuelen"] = fields["txqueuelen"]

    def _counters(self, block: _Block, fields: RowFields, old: bool = False) -> None:
        side = fields["direction"] or ""
        values = [(fields[f"label{i}"], fields[f"value{i}"]) for i in range(1, 6) if fields[f"value{i}"] is not None]
        names = OLD_TX_NAMES if old and side == "TX" and len(values) == 5 else COUNTER_NAMES.get((side, len(values)))
        for i, (label_text, value_text) in enumerate(values):
            key = names[i] if names else f"{side.lower()}_{(label_text or '').rstrip(':')}"
            block.counters[key] = int(value_text or 0)
        if fields.get("size") is not None:
            block.details[f"{side.lower()}_bytes_human"] = (fields["size"] or "()")[1:-1]

    def _old_counters(self, block: _Block, fields: RowFields) -> None:
        self._counters(block, fields, old=True)

    def _old_flags(self, block: _Block, fields: RowFields) -> None:
        printed = fields["flag_words"] or ""
        block.flags = tuple(printed.split()) if not printed.startswith("[") else ()
        block.details["flags"] = printed
        block.mtu = int(fields["mtu"] or 0)
        block.details["metric"] = fields["metric"] or ""

    def _old_bytes(self, block: _Block, fields: RowFields) -> None:
        for side in ("rx", "tx"):
            block.counters[f"{side}_bytes"] = int(fields[f"{side}_bytes"] or 0)
            block.details[f"{side}_bytes_human"] = (fields[f"{side}_size"] or "()")[1:-1]

    def _old_pairs(self, block: _Block, fields: RowFields) -> None:
        pairs = [(OLD_PAIR_KEYS.get(label.strip(), label.strip()), value) for label, value in
                 _PAIR.findall(fields["pairs"] or "")]
        for key, value_text in pairs:
            if key == "compressed":  # cslip: alone below the RX line, after collisions for TX
                key = "tx_compressed" if any(other == "collisions" for other, _ in pairs) else "rx_compressed"
            if key in _OLD_PAIR_COUNTERS and value_text.isdigit():
                block.counters[key] = int(value_text)
            else:
                block.details[key] = value_text

    _readers: Final[tuple[tuple[LineGrammar, Any], ...]] = (
        # 1.60 lines first: their label:value tokens would pass for 2.x values
        (OLD_BYTES_LINE, _old_bytes),
        (OLD_COUNTER_LINE, _old_counters),
        (OLD_INET6_LINE, _old_inet6),
        (OLD_INET_LINE, _old_inet),
        (OLD_FLAGS_LINE, _old_flags),
        (COUNTER_LINE, _counters),
        (INET_LINE, _inet),
        (INET6_LINE, _inet6),
        (HARDWARE_LINE, _hardware),
        (OLD_PAIRS_LINE, _old_pairs),
    )

    def _end_block(self) -> list[Record]:
        block, self.block = self.block, None
        if block is None:
            return []
        return [Interface(
            line=block.line, end_line=block.end_line, platform="linux", snapshot=self.section.snapshot,
            name=block.name, flags=block.flags, mtu=block.mtu, hw_type=block.hw_type, mac=block.mac,
            addresses=tuple(block.addresses), counters=block.counters, details=block.details,
        )]


PARSERS: tuple[type[SectionParser], ...] = (LinuxInterfaces,)
