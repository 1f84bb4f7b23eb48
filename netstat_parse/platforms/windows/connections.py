"""Windows connection tables: ``netstat [-a] [-n] [-o] [-f] [-p proto] [-q] [-t] [-y] [-b]``.

Layout (netstat-formats.md §2.3)::

    Active Connections

      Proto  Local Address          Foreign Address        State           PID
      TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       720
      RpcSs
     [svchost.exe]
      UDP    [fe80::1%12]:1900      *:*                                    3996

Columns are separated by runs of blanks (overflowing names push the rest right, ``-o -t``
puts a TAB before the offload state), so rows are read as tokens, never by position. The
header decides what trailing tokens mean (PID, Offload State, Template, Time in State);
without a header (``findstr`` output) a trailing number is the PID.

``-b`` rows are followed by owner lines: component lines (``  RpcSs``), the executable in
brackets (`` [svchost.exe]``) or an ownership-unavailable line; a row is emitted once its
owner lines have ended.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Final

import pyparsing as pp

from netstat_parse.core.endpoints import endpoint_fields
from netstat_parse.core.grammar import LineGrammar, RowFields
from netstat_parse.core.memo import ROW_ENTRIES, ROW_LONGEST, memoized_by_text, memoized_by_value
from netstat_parse.core.paste import LANE_LINE
from netstat_parse.core.records import Connection, Record, Unparsed, encoded_record, record_builder
from netstat_parse.core.serialize import json_body
from netstat_parse.core.sections import LaneEnd, Opening, Section, SectionParser, single_spaced
from netstat_parse.core.states import TCP_STATE_SPELLINGS, canonical_tcp_state
from netstat_parse.platforms.windows import localized

OFFLOAD_STATES: Final = ("InHost", "Offloading", "Offloaded", "Uploading")

# -- grammar pieces ---------------------------------------------------------------------
proto = pp.Regex(r"(?:TCP|UDP)(?:v6)?\b").set_name("protocol (TCP or UDP)")
host = pp.Regex(r"\[[^\]\s]++\]|[^\s\[\]:]++").set_name("address:port")  # [ipv6%zone] or IPv4/name
colon = pp.Literal(":").leave_whitespace().set_name("':' and a port").suppress()
port = pp.Regex(r"[^\s:]++").leave_whitespace().set_name("port")
state = pp.Regex(r"(?!(?:%s)(?!\S))[^\W\d]\S*+" % "|".join(OFFLOAD_STATES)).set_name("state")
number = pp.Regex(r"\d++(?!\S)").set_name("number")
offload = pp.Regex(r"(?:%s)(?!\S)" % "|".join(OFFLOAD_STATES)).set_name("offload state")
template = pp.Regex(r"[^\W\d]\S*+(?: [^\W\d]\S*+)?").set_name("template")


def endpoint(side: str) -> pp.ParserElement:
    """``host:port`` with host and port as ``<side>_host`` and ``<side>_port``."""
    return host(f"{side}_host") + colon + port(f"{side}_port")


def _row(*tail: pp.ParserElement) -> pp.ParserElement:
    head = proto("proto") + endpoint("local") + endpoint("foreign") + pp.Opt(state("state"))
    return pp.And([head, *(pp.Opt(t) for t in tail)])


ROW_GRAMMARS: Final[dict[str, LineGrammar]] = {
    # header-less fragments and plain/-o/-t/-o -t tables: every trailing column optional
    "plain": LineGrammar(_row(number("pid"), offload("offload")), "Windows connection row"),
    "template": LineGrammar(_row(number("pid"), template("template")), "Windows connection row (-y)"),
    "time": LineGrammar(_row(number("time_ms")), "Windows connection row (-i)"),
    "pid+time": LineGrammar(_row(number("pid"), number("time_ms")), "Windows connection row (-o -i)"),
}
"""Row grammar per header layout (see :func:`_layout_of`)."""
_PLAIN_ROW: Final = ROW_GRAMMARS["plain"]

COMPONENT_LINE = LineGrammar(
    pp.Regex(r"[A-Za-z_][\w.$@-]*+|-- unknown component\(s\) --")("component"), "-b component line"
)
EXECUTABLE_LINE = LineGrammar(pp.Literal("[").suppress() + pp.Regex(r"[^\]]++")("program") + pp.Literal("]").suppress(),
                              "-b executable line")
_UNAVAILABLE: Final = {text.casefold(): lang for text, lang in localized.OWNER_UNAVAILABLE.items()}
_STATES: Final = {**TCP_STATE_SPELLINGS, **localized.TCP_STATE_WORDS}
"""Every state word known as printed -> canonical state."""


def _layout_of(header: str) -> str:
    """Which row grammar a header calls for: its trailing columns decide."""
    if "Template" in header:
        return "template"
    if "Time in State" in header:
        return "pid+time" if "PID" in header.split() else "time"
    return "plain"


def _header_language(text: str) -> str | None:
    words = single_spaced(text)
    for header, language in localized.CONNECTION_HEADERS.items():
        if words.startswith(header):
            return language
    return None


def _looks_like_header(text: str) -> bool:
    """A header in a language nobody listed: 3+ words, no digits, no colons, not a row."""
    words = text.split()
    return len(words) >= 3 and not any(ch.isdigit() or ch == ":" for ch in text) and words[0] not in ("TCP", "UDP")


def _looks_like_title(text: str) -> bool:
    """A title in a language nobody listed: 1-4 words, no digits or colons, at column 0."""
    words = text.split()
    return 1 <= len(words) <= 4 and not text[:1].isspace() and not any(ch.isdigit() or ch == ":" for ch in text)


class WindowsConnections(SectionParser):
    """``Active Connections`` tables, every variant; see the module doc."""

    kind = "connections"
    platform = "windows"
    description = "Windows connection table"
    row_grammar = ROW_GRAMMARS["plain"]
    lane = True

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self._use_layout(opening.properties.get("layout", "plain"))
        self.has_header = "layout" in opening.properties
        self.row: RowValues | None = None  # the row waiting for its owner lines (-b)
        self.row_text = ""
        self.row_line = 0
        self.components: list[str] = []
        self.component_lines: list[tuple[int, str]] = []
        section.properties.pop("layout", None)

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, text: str) -> Opening | None:
        title = text.strip()
        language = localized.CONNECTION_TITLES.get(title)
        if language is not None:
            return Opening(title=title, language=language, key="windows.connections")
        language = _header_language(text)
        if language is not None:
            return Opening(title=None, language=language, key="windows.connections",
                           properties={"layout": _layout_of(text)})
        return None

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        if _PLAIN_ROW.match(text) is None:
            return None
        return Opening(title=None, language="unknown", key="windows.connections", consumed=False)

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """A title and header in a language nobody listed, just above the first row."""
        if not texts or not _looks_like_header(texts[-1]):
            return opening, 0
        properties = {"layout": _layout_of(texts[-1])}
        if len(texts) >= 2 and _looks_like_title(texts[-2]):
            return Opening(title=texts[-2].strip(), language="unknown", key=opening.key, consumed=False,
                           properties=properties), 2
        return Opening(title=None, language="unknown", key=opening.key, consumed=False, properties=properties), 1

    def _use_layout(self, layout: str) -> None:
        self.layout = layout
        self.row_values = _ROW_VALUES[layout]
        self.bodies = _BODIES[layout]

    # -- lines --------------------------------------------------------------------------
    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return self._end_block() if self.row is not None else []
        if self.row is None and not self.has_header:
            header = self._header(line_no, text)
            if header is not None:
                return header
        values = self.row_values(text)
        if values:
            out = self._end_block()
            self.row, self.row_text, self.row_line = values, text, line_no
            return out
        if self.row is not None:
            return self._owner_line(line_no, text, *_owner_line_kind(text))
        return None

    def _header(self, line_no: int, text: str) -> list[Record] | None:
        language = _header_language(text)
        if language is None and not (self.opening.title and _looks_like_header(text)):
            return None
        self.has_header = True
        self._use_layout(_layout_of(text))
        if self.section.language in ("en", "unknown") and language:
            self.section.language = language
        return self.mark_header(line_no)

    def _owner_line(self, line_no: int, text: str, kind: str, value: str) -> list[Record] | None:
        """A line below the pending row, of :func:`_owner_kind` ``kind``: the row's -b owner
        ends or grows; None when it is no owner line."""
        if kind == "executable":
            return self._end_block(program=value, end_line=line_no)
        if kind == "unavailable":
            return self._end_block(owner_unavailable=True, end_line=line_no)
        if kind == "component":
            self.components.append(value)
            self.component_lines.append((line_no, text))
            return []
        return None

    def flush(self) -> list[Record]:
        return self._end_block()

    def feed_lane(self, lines: Iterator[str], number: int) -> Generator[Record, None, LaneEnd]:
        """:meth:`SectionParser.feed_lane` with rows inline, and lines read as remembered by
        their printed text (:data:`_LANE_LINES`)."""
        section, feed, lane_line = self.section, self.feed, _LANE_LINES[self.layout]
        for raw in lines:
            known = lane_line(raw) if type(raw) is str else None  # a cut last line: the driver's
            if known is None:
                return number, raw
            text, values, owner = known
            if values and (self.row is not None or self.has_header):  # feed's row branch
                out = self._end_block() if self.row is not None else None
                number = section.end_line = number + 1
                self.row, self.row_text, self.row_line = values, text, number
                if out:
                    yield from out
                continue
            if not values and self.row is not None:  # feed's owner line branch
                claimed = self._owner_line(number + 1, text, *owner)
            else:
                claimed = feed(number + 1, text)
                lane_line = _LANE_LINES[self.layout]  # a header may have chosen the layout
            if claimed is None:
                return number, raw
            number = section.end_line = number + 1
            if claimed:
                yield from claimed
        return number, None

    def _end_block(self, program: str | None = None, owner_unavailable: bool = False,
                   end_line: int | None = None) -> list[Record]:
        """Emit the pending row with its owner lines (components only count before an
        executable or ownership line; otherwise they are reported unparsed)."""
        if self.row is None:
            return []
        if program is None and not owner_unavailable:
            out = [self._record(None, None, (), False)]
            if self.component_lines:
                out.extend(
                    Unparsed(line=n, text=t, reason="component line without an executable line after it")
                    for n, t in self.component_lines
                )
        else:
            out = [self._record(end_line, program, tuple(self.components), owner_unavailable)]
        self.row = None
        if self.components:
            self.components, self.component_lines = [], []
        return out

    def _record(self, end_line: int | None, program: str | None, components: tuple[str, ...],
                owner_unavailable: bool) -> Record:
        """The pending row's record with these owner fields; encoded (``encode``): the place
        fields formatted, the rest remembered per distinct row text and owner."""
        assert self.row is not None
        line, snapshot = self.row_line, self.section.snapshot
        if self.encode:
            body = self.bodies((self.row_text, program, components, owner_unavailable))
            return encoded_record(line, end_line, "connection",
                                _PLACE % (line, b"null" if end_line is None else b"%d" % end_line, snapshot) + body)
        return _build_row(line, end_line, snapshot, program, components, owner_unavailable, *self.row)


def _owner_kind(text: str) -> tuple[str, str]:
    """What a ``-b`` line below a row is: ("executable", name), ("unavailable", text),
    ("component", name), or ("", "") for none of them."""
    stripped = text.strip()
    executable = EXECUTABLE_LINE.match(stripped)
    if executable is not None:
        return "executable", executable["program"] or ""
    if stripped.casefold() in _UNAVAILABLE:
        return "unavailable", stripped
    if text.startswith(" ") and COMPONENT_LINE.match(stripped) is not None:
        return "component", stripped
    return "", ""


_owner_line_kind: Final = memoized_by_text(_owner_kind, entries=1024, longest=200)
""":func:`_owner_kind`, memoized: the same services and executables repeat under every row."""

RowValues = tuple[object, ...]
"""What a row's text alone decides, in :data:`_build_row`'s order after the owner fields."""


def _converted(fields: RowFields) -> RowValues:
    """The record values a matched row gives (everything but line, snapshot and -b owner)."""
    local = endpoint_fields(fields["local_host"] or "", fields["local_port"])
    remote = endpoint_fields(fields["foreign_host"] or "", fields["foreign_port"])
    protocol_text = fields["proto"] or ""
    state_raw = fields["state"]
    state = None
    if state_raw is not None:
        state = _STATES.get(state_raw) or canonical_tcp_state(state_raw)
        if state is None and protocol_text.startswith("TCP") and remote.port == 0 and remote.host in ("0.0.0.0", "::"):
            state = "LISTEN"  # an unknown language: the row's shape says it is listening
    pid = fields.get("pid")
    time_ms = fields.get("time_ms")
    return (
        protocol_text[:3].lower(), local.ip_version or (6 if protocol_text.endswith("v6") else None),
        local.host, local.port, local.service, remote.host, remote.port, remote.service, state, state_raw,
        int(pid) if pid is not None else None, fields.get("offload"), fields.get("template"),
        int(time_ms) if time_ms is not None else None,
    )


def _values_reader(grammar: LineGrammar) -> Callable[[str], RowValues]:
    """The row values of a text under ``grammar``; ``()`` when it is no row (remembered too:
    ``-b`` owner lines repeat as much as rows)."""
    def values(text: str) -> RowValues:
        fields = grammar.match(text)
        return () if fields is None else _converted(fields)
    return values


_ROW_VALUES: Final = {
    layout: memoized_by_text(_values_reader(grammar), entries=ROW_ENTRIES, longest=ROW_LONGEST)
    for layout, grammar in ROW_GRAMMARS.items()
}
"""Row values per layout, memoized by row text: an interval capture prints the same rows
snapshot after snapshot (``netstat -ano 5``), and a row's values depend on its text alone."""

LaneLine = tuple[str, RowValues, tuple[str, str]]
"""A line as the row lane reads it: its right-stripped text, its row values (``()``: no
row) and, when it is no row, what owner line it would be (:func:`_owner_kind`)."""


def _lane_line_reader(layout: str) -> Callable[[str], LaneLine | None]:
    """A line as the row lane reads it under ``layout``; None when it is no
    :data:`LANE_LINE`."""
    row_values = _ROW_VALUES[layout]

    def read(raw: str) -> LaneLine | None:
        if LANE_LINE.fullmatch(raw) is None:
            return None
        text = raw.rstrip()
        values = row_values(text)
        return text, values, ("", "") if values else _owner_line_kind(text)

    return read


_LANE_LINES: Final = {
    layout: memoized_by_text(_lane_line_reader(layout), entries=ROW_ENTRIES, longest=ROW_LONGEST)
    for layout in ROW_GRAMMARS
}
"""Lines as the row lane reads them, per layout, memoized by their printed text: the lane
check and the row reader run once per distinct line."""

_build_row: Final = record_builder(
    Connection, "line", "end_line", "snapshot", "program", "components", "owner_unavailable",
    "protocol", "ip_version", "local_host", "local_port", "local_service", "remote_host", "remote_port",
    "remote_service", "state", "state_raw", "pid", "offload_state", "template", "time_in_state_ms",
)
"""A Windows connection record: line, end line, snapshot, the -b owner fields, then the
:data:`RowValues` (platform stays at its default, ``windows``)."""

_PLACE: Final = b'"kind":"connection","line":%d,"end_line":%b,"platform":"windows","snapshot":%d,'
_BODY_START: Final = _PLACE % (0, b"null", 0)


BodyKey = tuple[str, "str | None", tuple[str, ...], bool]
"""A row's text and its owner fields (program, components, ownership unavailable)."""


def _bodies_after_place(layout: str) -> Callable[[BodyKey], bytes]:
    """The JSON of a row's record after its place fields, from its text under ``layout`` and
    its owner fields; written by the writers' own serializer from the record itself, so it
    is theirs exactly. Remembered per distinct row and owner."""
    row_values = _ROW_VALUES[layout]

    def body(key: BodyKey) -> bytes:
        text, *owner = key
        encoded = json_body(_build_row(0, None, 0, *owner, *row_values(text)))
        if not encoded.startswith(_BODY_START):  # the record's field order changed: _PLACE must follow
            raise AssertionError(f"a Connection's JSON no longer starts with {_BODY_START!r}")
        return encoded[len(_BODY_START):]

    return memoized_by_value(body, entries=BODY_MEMO_ENTRIES, keep=lambda _, body: len(body) <= BODY_MEMO_LONGEST)


BODY_MEMO_ENTRIES: Final = 4096
BODY_MEMO_LONGEST: Final = 2048
"""Bounds of a memo of row bodies (about 700 bytes each): a few thousand connections, at
most 8 MB however long a hostile row."""
_BODIES: Final = {layout: _bodies_after_place(layout) for layout in ROW_GRAMMARS}


# -- -x NetworkDirect ---------------------------------------------------------------------
nd_mode = pp.Regex(r"Kernel|User").set_name("mode (Kernel or User)")
nd_type = pp.Regex(r"Connection|Listener|SharedEndpoint").set_name("type (Connection, Listener, SharedEndpoint)")
NETWORKDIRECT_ROW: Final = LineGrammar(
    nd_mode("mode") + number("if_index") + nd_type("type") + endpoint("local")
    + (pp.Regex(r"NA(?!\S)")("foreign_na") | endpoint("foreign"))
    + pp.Opt(number("pid")),
    "Windows NetworkDirect row (-x)",
)
_ND_STATES: Final = {"Connection": "ESTABLISHED", "Listener": "LISTEN"}


class WindowsNetworkDirect(SectionParser):
    """``netstat -x``: ``Active NetworkDirect Connections, Listeners, SharedEndpoints``.

    Rows are ``Mode IfIndex Type Local Foreign [PID]``; a listener's foreign address is
    ``NA``. The printed Type is kept in ``state_raw``; ``state`` is what it amounts to
    (Listener -> LISTEN, Connection -> ESTABLISHED, SharedEndpoint -> null).
    """

    kind = "connections"
    platform = "windows"
    description = "Windows NetworkDirect table"
    row_grammar = NETWORKDIRECT_ROW
    lane = True

    @classmethod
    def open(cls, text: str) -> Opening | None:
        words = single_spaced(text)
        if words in localized.NETWORKDIRECT_TITLES:
            return Opening(title=words, language=localized.NETWORKDIRECT_TITLES[words], key="windows.networkdirect")
        if words in localized.NETWORKDIRECT_HEADERS:
            return Opening(language=localized.NETWORKDIRECT_HEADERS[words], key="windows.networkdirect")
        return None

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        if NETWORKDIRECT_ROW.match(text) is None:
            return None
        return Opening(language="unknown", key="windows.networkdirect", consumed=False)

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return []
        if single_spaced(text) in localized.NETWORKDIRECT_HEADERS:
            return self.mark_header(line_no)
        fields = NETWORKDIRECT_ROW.match(text)
        if fields is None:
            return None
        local = endpoint_fields(fields["local_host"] or "", fields["local_port"])
        remote = None if fields["foreign_na"] else endpoint_fields(fields["foreign_host"] or "", fields["foreign_port"])
        pid = fields["pid"]
        kind = fields["type"] or ""
        return [Connection(
            line=line_no, platform="windows", snapshot=self.section.snapshot, protocol="networkdirect",
            ip_version=local.ip_version, local_host=local.host, local_port=local.port,
            remote_host=remote.host if remote else None, remote_port=remote.port if remote else None,
            state=_ND_STATES.get(kind), state_raw=kind, pid=int(pid) if pid is not None else None,
            interface_index=int(fields["if_index"] or 0), networkdirect_mode=fields["mode"],
        )]


PARSERS: tuple[type[SectionParser], ...] = (WindowsConnections, WindowsNetworkDirect)
