"""Linux connection tables: net-tools ``netstat -t -u -U -w -S [-a|-l] [-n] [-e] [-p] [-Z] [-o] [-W]``
and BusyBox ``netstat``.

Layout (netstat-formats.md §1.3; optional columns appended in this order)::

    Active Internet connections (servers and established)
    Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name     Timer
    tcp        0      0 127.0.0.1:631           0.0.0.0:*               LISTEN      0          24871      812/cupsd            off (0.00/0/0)
    tcp6       0      0 ::1:631                 :::*                    LISTEN      0          24872      812/cupsd            off (0.00/0/0)
    udp        0      0 0.0.0.0:68              0.0.0.0:*                           0          20830      1029/dhclient        off (0.00/0/0)
    raw6       0      0 :::58                   :::*                    7           0          27015      874/systemd-network  off (0.00/0/0)

Rows are read as tokens: a queue over 999999 bytes or a long address (``-W``) pushes the
columns right. The State is blank for unconnected UDP and a kernel number for raw sockets
(those rows have their own grammar); a state is recognised as an upper-case word, which
tells it from the ``-e`` user name after a blank UDP state. ``PID/Program name`` is cut
by net-tools at 19 characters and may contain single spaces (``1944/sshd: alice [p``);
padding of at least two spaces ends it. Without ``-W`` an ``address:port`` longer than 23
characters is cut to 23 (§1.3.4): such fields are flagged ``*_truncated``.

SELinux builds add with ``-Z`` a ``Security Context`` column (§1.3.1: `` %-50s`` after
``PID/Program name``, before the ``-o`` Timer). The header decides: in a table whose header
announces it, rows are read by the ``CONTEXT_*`` grammars, whose optional context piece is a
colon-separated SELinux context or ``-``. The reference does not say what is printed for a
context that cannot be read; ``-`` (like the program column's) and a missing context give
null. Such a section carries ``security_context: true``. A header-less fragment is read
with the column only when its first row needs it (a context after the program).

SCTP (§1.3.8) lists endpoints without queues (``sctp`` then the address and state) and
continues multi-homed addresses on lines indented 20 columns, which are reported unparsed
with that reason: the record has no place for them.

The legacy families (``Active AX.25 sockets``, IPX, X.25, NET/ROM, ROSE, Bluetooth) are
recognised as sections of their own: their header lines are marked, their rows reported
unparsed with a reason saying they are not read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Generator, Iterator
from typing import Final

import attrs
import pyparsing as pp

from netstat_parse.core.endpoints import CACHE_ENTRIES, CACHEABLE_LENGTH, Endpoint, split_endpoint
from netstat_parse.core.grammar import LineGrammar
from netstat_parse.core.memo import ROW_ENTRIES, ROW_LONGEST, memoized_by_text
from netstat_parse.core.paste import LANE_LINE
from netstat_parse.core.records import Connection, Record, Unparsed, encoded_record, record_builder
from netstat_parse.core.serialize import values_encoder
from netstat_parse.core.sections import LaneEnd, Opening, Section, SectionParser, single_spaced
from netstat_parse.core.states import TCP_STATE_SPELLINGS, canonical_tcp_state
from netstat_parse.platforms.linux import localized

PROTOCOL_NAMES: Final = {"tcp": "tcp", "udp": "udp", "udpl": "udplite", "raw": "raw", "sctp": "sctp"}
"""Protocol label without its ``6`` -> the record's ``protocol``."""
_LABELS: Final = {label + six: (name, 6 if six else None) for label, name in PROTOCOL_NAMES.items() for six in ("", "6")}
"""Protocol label as printed -> (``protocol``, 6 for a ``6`` label, else None: the addresses tell)."""

FIELD_WIDTH: Final = 23
"""Width net-tools cuts an ``address:port`` field to without ``-W`` (§1.3.4)."""
PORT_KEEP: Final = 18
"""The longest port text a cut field keeps; a port printed that long may itself be cut."""
PROGRAM_WIDTH: Final = 19
"""``PID/Program name`` text is cut at this many characters (§1.3.5)."""

_STATES: Final = {word: canonical_tcp_state(word) or localized.TCP_STATE_WORDS[word]
                  for word in (*TCP_STATE_SPELLINGS, *localized.TCP_STATE_WORDS)}
"""Every state word known as printed -> canonical state, as the rule in ``_row_values`` gives it."""
_MULTI_WORD_STATES: Final = sorted((w for w in localized.TCP_STATE_WORDS if " " in w), key=len, reverse=True)

# -- grammar pieces ---------------------------------------------------------------------
proto = pp.Regex(r"(?:tcp|udpl|udp|sctp)6?(?!\S)").set_name("protocol (tcp, udp, udpl, sctp)")
raw_proto = pp.Regex(r"raw6?(?!\S)").set_name("protocol raw")
sctp_proto = pp.Regex(r"sctp6?(?!\S)").set_name("protocol sctp")
queue = pp.Regex(r"\d++(?!\S)").set_name("queue bytes")
endpoint = pp.Regex(r"[^\s:]*+:\S*+").set_name("address:port")
STATE_WORD: Final = r"(?!\S*+ \()(?![a-zß-öø-ÿ])[^\W\d_][^\sa-zß-öø-ÿ]*+"
"""A state: an upper-case word of any script (not a user name, not a timer's name)."""
state = pp.Regex(
    "|".join([*(re.escape(word) + r"(?!\S)" for word in _MULTI_WORD_STATES), STATE_WORD])
).set_name("state")
raw_state = pp.Regex(r"\d++(?!\S)").set_name("raw socket state number")
user = pp.Regex(r"(?!\d++/|-(?!\S))\S++").set_name("user")
inode = pp.Regex(r"\d++(?!\S)").set_name("inode")
_NAME_CHAR: Final = r"(?:\S| (?=\S))"  # single spaces only inside a name: padding ends it
program = pp.Regex(
    r"-(?!\S)|" + "|".join(rf"\d{{{n}}}/{_NAME_CHAR}{{0,{PROGRAM_WIDTH - n - 1}}}+(?!\S)" for n in range(1, 8))
).set_name("PID/Program name")
"""``-`` or ``pid/name`` of at most 19 characters (pids have up to 7 digits): single spaces may
occur inside, and the text ends where padding starts or 19 characters are reached (CentOS 7
prints a 19-character name and the unix path one space apart)."""
timer = pp.Regex(r"[^\s(]++(?: \d++)?+ \(++[\d.]++(?:/\d++)*+\)").set_name("timer")
"""``off (0.00/0/0)``, ``keepalive (7199.99/0/0)``, localized names, ``ligado 1 (0.00/0)``."""
security_context = pp.Regex(r"-(?!\S)|[^\s:/@]++:\S++").set_name("SELinux security context")
"""``-Z``: ``user:role:type[:level]`` as printed (``system_u:system_r:sshd_t:s0-s0:c0.c1023``),
or ``-``. A colon is required: a timer's name has none, and a unix path (``/...``, ``@...``,
``public/pickup``) is never taken for a context."""
SECURITY_CONTEXT_HEADER: Final = "Security Context"
"""The header words of the -Z column (§1.3.1, §1.4). No net-tools catalogue on this machine
translates them: every language prints them in English."""


def _tail(context: bool = False) -> pp.ParserElement:
    """What follows the State: -e User and Inode, -p PID/Program name, -Z Security Context
    (in a table whose header announces it), -o Timer."""
    tail = pp.Opt(user("user") + inode("inode")) + pp.Opt(program("program"))
    if context:
        tail += pp.Opt(security_context("security_context"))
    return tail + pp.Opt(timer("timer"))


def _row(context: bool) -> pp.ParserElement:
    return (proto("proto") + queue("recv_q") + queue("send_q") + endpoint("local") + endpoint("foreign")
            + pp.Opt(state("state")) + _tail(context))


def _raw_row(context: bool) -> pp.ParserElement:
    return (raw_proto("proto") + queue("recv_q") + queue("send_q") + endpoint("local") + endpoint("foreign")
            + raw_state("raw_state") + _tail(context))


def _sctp_endpoint_row(context: bool) -> pp.ParserElement:
    return sctp_proto("proto") + endpoint("local") + pp.Opt(state("state")) + _tail(context)


ROW: Final = LineGrammar(_row(False), "Linux connection row")
"""tcp, udp, udplite rows and SCTP associations."""
RAW_ROW: Final = LineGrammar(_raw_row(False), "Linux raw socket row")
SCTP_ENDPOINT_ROW: Final = LineGrammar(_sctp_endpoint_row(False), "Linux SCTP endpoint row")
CONTEXT_ROW: Final = LineGrammar(_row(True), "Linux connection row (-Z)")
"""ROW in a table whose header announces the -Z ``Security Context`` column."""
CONTEXT_RAW_ROW: Final = LineGrammar(_raw_row(True), "Linux raw socket row (-Z)")
CONTEXT_SCTP_ENDPOINT_ROW: Final = LineGrammar(_sctp_endpoint_row(True), "Linux SCTP endpoint row (-Z)")
SCTP_ADDRESS_LINE: Final = LineGrammar(
    pp.Regex(r"[^\s:]*+:?\S*+")("address") + pp.Opt(pp.Regex(r"\S++")("peer_address")),
    "Linux SCTP additional address line",
)
ROW_GRAMMARS: Final = (ROW, RAW_ROW, SCTP_ENDPOINT_ROW)
"""Tried in this order on each row."""
CONTEXT_ROW_GRAMMARS: Final = (CONTEXT_ROW, CONTEXT_RAW_ROW, CONTEXT_SCTP_ENDPOINT_ROW)
"""The same, in a table whose header announces the -Z ``Security Context`` column."""
_ROW_MATCH: Final = ROW.pattern.match
_CONTEXT_ROW_MATCH: Final = CONTEXT_ROW.pattern.match
_NO_ENDPOINT: Final = Endpoint(None, None, None, None)

_TIMER_PARTS: Final = re.compile(r"(?P<name>[^(]*?) ?\(+(?P<seconds>[\d.]+)(?:/(?P<retrans>\d+))?(?:/(?P<probes>\d+))?\)")
_NAME_NUMBER: Final = re.compile(r"(?P<base>.*?)(?P<number>\d*)")
_WIDE_LONG: Final = ("--wide", "--notrim")


def title_parts(text: str, titles: dict[str, str]) -> tuple[str, str | None] | None:
    """(language, listing) when ``text`` is one of ``titles`` with an optional ``(...)`` suffix."""
    stripped = text.strip()
    for title, language in titles.items():
        if stripped == title:
            return language, None
        if stripped.startswith(title) and stripped[len(title):].lstrip().startswith("("):
            return language, localized.LISTING_SUFFIXES.get(stripped[len(title):].strip())
    return None


def header_language(text: str, headers: dict[str, str]) -> str | None:
    """The language of a header listed in ``headers`` (matched on its first words)."""
    words = single_spaced(text)
    for header, language in headers.items():
        if words.startswith(header):
            return language
    return None


def looks_like_header(text: str) -> bool:
    """A header in a language nobody listed: starts with ``Proto`` and has no digits."""
    return text.startswith("Proto ") and not any(ch.isdigit() for ch in text)


def looks_like_title(text: str) -> bool:
    """A title in a language nobody listed: at column 0, no digits, no colon."""
    return bool(text.strip()) and not text[:1].isspace() and not any(ch.isdigit() or ch == ":" for ch in text)


def announces_context(header: str) -> bool:
    """Whether a table header has the -Z ``Security Context`` column."""
    return SECURITY_CONTEXT_HEADER in single_spaced(header)


def security_context_value(text: str | None) -> str | None:
    """The record's ``security_context`` of a -Z column text: ``-`` and absent are null."""
    return None if text is None or text == "-" else text


def table_opening(text: str, titles: dict[str, str], headers: dict[str, str], key: str) -> Opening | None:
    """The opening of a table by its title (with the listing its suffix tells) or its header
    (``security_context: true`` when it announces the -Z column)."""
    found = title_parts(text, titles)
    if found is not None:
        language, listing = found
        properties = {"listing": listing} if listing else {}
        return Opening(title=text.strip(), language=language, key=key, properties=properties)
    header = header_language(text, headers)
    if header is not None:
        return Opening(title=None, language=header, key=key,
                       properties={"security_context": True} if announces_context(text) else {})
    return None


def adopted_preamble(opening: Opening, texts: list[str]) -> tuple[Opening, int]:
    """Claim a ``Proto`` header just above a fragment's first row, and a title above it; a
    header announcing the -Z column has the rows read with it."""
    if not texts or not looks_like_header(texts[-1]):
        return opening, 0
    if announces_context(texts[-1]):
        opening = attrs.evolve(opening, properties={**opening.properties, "security_context": True})
    if len(texts) >= 2 and looks_like_title(texts[-2]):
        return Opening(title=texts[-2].strip(), language="unknown", key=opening.key, consumed=False,
                       properties=opening.properties), 2
    return opening, 1


def is_wide(options: tuple[str, ...]) -> bool:
    """Whether the command line asked for untruncated addresses (-W, -T, --wide, --notrim)."""
    for option in options:
        if option in _WIDE_LONG:
            return True
        if option.startswith("-") and not option.startswith("--") and ("W" in option or "T" in option):
            return True
    return False


def _program_fields(text: str | None) -> tuple[int | None, str | None, bool]:
    if text is None or text == "-":
        return None, None, False
    pid, _, name = text.partition("/")
    return int(pid), name or None, len(text) >= PROGRAM_WIDTH


program_fields: Final = memoized_by_text(_program_fields, entries=CACHE_ENTRIES, longest=CACHEABLE_LENGTH)
"""(pid, program, cut) of a ``PID/Program name`` text; ``-`` means no owner visible (memoized)."""


def timer_fields(text: str | None) -> dict[str, object]:
    """The ``timer_*`` fields of an ``-o`` timer text, localized names made English."""
    if text is None:
        return {}
    found = _TIMER_PARTS.fullmatch(text)
    if found is None:  # the grammar admits nothing else; kept as printed all the same
        return {"timer_raw": text}
    printed = found["name"].replace(" ", "")
    parts = _NAME_NUMBER.fullmatch(printed)
    assert parts is not None  # matches any text
    base = localized.TIMER_WORDS.get(parts["base"], parts["base"])
    return {
        "timer_raw": text,
        "timer_name": base + parts["number"],
        "timer_seconds": float(found["seconds"]),
        "timer_retransmits": int(found["retrans"]) if found["retrans"] is not None else None,
        "timer_probes": int(found["probes"]) if found["probes"] is not None else None,
    }


def cut_endpoint(found: Endpoint) -> Endpoint:
    """The endpoint of a field netstat may have cut (§1.3.4): it keeps its port unless the
    port text itself was cut (18 characters kept); then the service name is kept as printed
    and no port number is guessed from it."""
    if found.service is not None and len(found.service) >= PORT_KEEP:
        return found._replace(port=None)
    return found


class LinuxConnections(SectionParser):
    """``Active Internet connections`` tables and header-less fragments; see the module doc."""

    kind = "connections"
    platform = "linux"
    description = "Linux connection table"
    row_grammar = ROW
    lane = True  # feed changes no state when it rejects a line (see SectionParser.lane)

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.has_header = opening.title is None and opening.consumed
        self.wide = is_wide(section.options)
        self.grammars = ROW_GRAMMARS  # CONTEXT_ROW_GRAMMARS once a header announced -Z
        self.known_rows = _KNOWN_ROWS  # _KNOWN_CONTEXT_ROWS likewise
        if opening.properties.get("security_context"):
            self._read_contexts()
        self.sctp: Connection | None = None  # an SCTP row waiting for its indented address lines
        self.sctp_local: list[str] = []
        self.sctp_remote: list[str] = []

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, text: str) -> Opening | None:
        return table_opening(text, localized.CONNECTION_TITLES, localized.CONNECTION_HEADERS, "linux.connections")

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        """A header-less row; one that only the -Z grammars read (its program is followed by a
        context) has the fragment read with the column."""
        properties: dict[str, object] = {}
        if not any(grammar.match(text) for grammar in ROW_GRAMMARS):
            if not any(grammar.match(text) for grammar in CONTEXT_ROW_GRAMMARS):
                return None
            properties["security_context"] = True
        return Opening(title=None, language="unknown", key="linux.connections", consumed=False,
                       properties=properties)

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """A title and header in a language nobody listed, just above the first row."""
        if texts and header_language(texts[-1], localized.UNIX_HEADERS):
            return opening, 0
        return adopted_preamble(opening, texts)

    # -- lines --------------------------------------------------------------------------
    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return self.flush()
        if not self.has_header and self._is_header(text):
            self.has_header = True
            if announces_context(text):
                self._read_contexts()
            return self.mark_header(line_no)
        known = self.known_rows[self.wide](text)  # ROW (CONTEXT_ROW), the common row, memoized
        if not known:  # then the raw and SCTP endpoint rows, in the grammars' order
            _, raw_row, sctp_endpoint_row = self.grammars
            fields = raw_row.match(text) or sctp_endpoint_row.match(text)
            if fields is None:
                return self._sctp_address_line(line_no, text)
            known = _row_values(self.wide, **fields)  # type: ignore[arg-type]  # (proto is never None)
        self.wide, values = known
        record = _build_row(line_no, "linux", self.section.snapshot, *values)
        out = self.flush()
        if record.protocol == "sctp":
            self.sctp = record
        else:
            out.append(record)
        return out

    def feed_lane(self, lines: Iterator[str], number: int) -> Generator[Record, None, LaneEnd]:
        """:meth:`SectionParser.feed_lane` with the common case inline: a row of the common
        shape (ROW, not SCTP) under a header, with no SCTP row held; written as JSON
        straight from its values where the driver asks for encoded rows."""
        section, feed, known_rows, takes = self.section, self.feed, self.known_rows, LANE_LINE.fullmatch
        encode = _row_encoder() if self.encode else None
        for raw in lines:
            if type(raw) is not str or takes(raw) is None:
                return number, raw
            text = raw.rstrip()
            if self.has_header and self.sctp is None:
                known = known_rows[self.wide](text)
                if known and known[1][0] != "sctp":
                    self.wide, values = known
                    number = section.end_line = number + 1
                    if encode is not None:
                        body = encode((number, "linux", section.snapshot, *values))
                        if body is not None:
                            yield encoded_record(number, None, "connection", body)
                            continue
                    yield _build_row(number, "linux", section.snapshot, *values)
                    continue
            claimed = feed(number + 1, text)
            if claimed is None:
                return number, raw
            known_rows = self.known_rows  # the line may have been a header announcing -Z
            number = section.end_line = number + 1
            if claimed:
                yield from claimed
        return number, None

    def _read_contexts(self) -> None:
        """A header announced the -Z ``Security Context`` column: rows are read with it."""
        self.grammars, self.known_rows = CONTEXT_ROW_GRAMMARS, _KNOWN_CONTEXT_ROWS
        self.section.properties["security_context"] = True

    def _sctp_address_line(self, line_no: int, text: str) -> list[Record] | None:
        """An indented line of further addresses of the held SCTP row, else None."""
        if self.sctp is not None and text.startswith(" " * 20):
            extra = SCTP_ADDRESS_LINE.match(text)
            if extra is not None:
                self.sctp_local.append(extra["address"] or "")
                if extra["peer_address"]:
                    self.sctp_remote.append(extra["peer_address"])
                self.sctp = attrs.evolve(self.sctp, end_line=line_no)
                return []
        return None

    def flush(self) -> list[Record]:
        """The held SCTP row with the addresses of its indented lines."""
        if self.sctp is None:
            return []
        record = attrs.evolve(self.sctp, local_addresses=tuple(self.sctp_local),
                              remote_addresses=tuple(self.sctp_remote))
        self.sctp, self.sctp_local, self.sctp_remote = None, [], []
        return [record]

    def explain(self, text: str) -> tuple[int, str]:
        """Against the row grammar that read furthest (a raw row is told what a raw row
        expects, not that ``raw`` is no tcp protocol); the first on a tie."""
        return max((grammar.explain(text) for grammar in self.grammars), key=lambda found: found[0])

    def _is_header(self, text: str) -> bool:
        language = header_language(text, localized.CONNECTION_HEADERS)
        if language is not None:
            if self.section.language == "unknown":
                self.section.language = language
            return True
        return looks_like_header(text) and header_language(text, localized.UNIX_HEADERS) is None

def _row_values(wide: bool, proto: str, recv_q: str | None = None, send_q: str | None = None,
                local: str = "", foreign: str | None = None, state: str | None = None, user: str | None = None,
                inode: str | None = None, program: str | None = None, timer: str | None = None,
                raw_state: str | None = None, security_context: str | None = None) -> tuple[bool, tuple[object, ...]]:
    """What a row's fields (the results names of the row grammars) give in a table that is
    ``wide`` (-W) or not: whether the table is wide after this row, and the record's values
    after line, platform and snapshot (:data:`_build_row`'s order). ROW's fields come first
    in ROW's order (its fast path passes them by position); the others' go by name."""
    protocol, ip_version = _LABELS[proto]
    foreign = foreign or ""
    if len(local) > FIELD_WIDTH or len(foreign) > FIELD_WIDTH:
        wide = True  # only -W prints longer fields: nothing in this table is cut
    local_end = split_endpoint(local)
    remote = split_endpoint(foreign) if foreign else _NO_ENDPOINT
    local_cut = remote_cut = False
    if not wide:  # a field of exactly FIELD_WIDTH characters may have been cut
        if len(local) == FIELD_WIDTH:
            local_end, local_cut = cut_endpoint(local_end), True
        if len(foreign) == FIELD_WIDTH:
            remote, remote_cut = cut_endpoint(remote), True
    if ip_version is None:  # BusyBox lists IPv6 sockets as tcp/udp; net-tools' tcp/udp are the IPv4 tables
        ip_version = local_end.ip_version or remote.ip_version or 4
    canonical = None
    if state is not None:
        # known words from the table; another spelling of an English one (the rule's rest)
        canonical = _STATES.get(state) or canonical_tcp_state(state)
        if canonical is None and protocol in ("tcp", "sctp") and foreign.endswith(":*"):
            canonical = "LISTEN"  # an unknown language: a foreign port `*` is a listener
    pid, program_name, program_cut = program_fields(program)
    timer_raw = timer_name = timer_seconds = timer_retransmits = timer_probes = None
    if timer is not None:
        timer_raw, timer_name, timer_seconds, timer_retransmits, timer_probes = _timer_values(timer)
    return wide, (
        protocol, ip_version, local_end.host, local_end.port, local_end.service, local_cut,
        remote.host, remote.port, remote.service, remote_cut,
        canonical, state or raw_state, pid, program_name, program_cut, security_context_value(security_context),
        int(recv_q) if recv_q is not None else None, int(send_q) if send_q is not None else None,
        user, int(inode) if inode is not None else None,
        timer_raw, timer_name, timer_seconds, timer_retransmits, timer_probes,
    )


def _known_rows(wide: bool) -> Callable[[str], tuple[bool, tuple[object, ...]] | tuple[()]]:
    """:func:`_row_values` of a ROW text in a table that is ``wide`` or not, memoized by the
    text (``netstat -c`` prints the same rows over and over); ``()`` when it is no ROW."""
    def known(text: str) -> tuple[bool, tuple[object, ...]] | tuple[()]:
        found = _ROW_MATCH(text)  # its groups are the fields in order (tested)
        return () if found is None else _row_values(wide, *found.groups())
    return memoized_by_text(known, entries=ROW_ENTRIES, longest=ROW_LONGEST)


def _known_context_rows(wide: bool) -> Callable[[str], tuple[bool, tuple[object, ...]] | tuple[()]]:
    """The same for CONTEXT_ROW (a -Z table; its fields go by name)."""
    def known(text: str) -> tuple[bool, tuple[object, ...]] | tuple[()]:
        found = _CONTEXT_ROW_MATCH(text)
        return () if found is None else _row_values(wide, **found.groupdict())
    return memoized_by_text(known, entries=ROW_ENTRIES, longest=ROW_LONGEST)


_KNOWN_ROWS: Final = {wide: _known_rows(wide) for wide in (False, True)}
_KNOWN_CONTEXT_ROWS: Final = {wide: _known_context_rows(wide) for wide in (False, True)}


_TIMER_FIELDS: Final = ("timer_raw", "timer_name", "timer_seconds", "timer_retransmits", "timer_probes")
_BUILD_ROW_FIELDS: Final = (
    "line", "platform", "snapshot", "protocol", "ip_version",
    "local_host", "local_port", "local_service", "local_truncated",
    "remote_host", "remote_port", "remote_service", "remote_truncated",
    "state", "state_raw", "pid", "program", "program_truncated", "security_context", "recv_q", "send_q", "user",
    "inode", *_TIMER_FIELDS,
)
_build_row: Final = record_builder(Connection, *_BUILD_ROW_FIELDS)
"""A Linux connection record from its fields in this order (once per row), which is the order
Connection declares them in: :func:`values_encoder` fills its template in that order."""


@functools.cache
def _row_encoder() -> Callable[[tuple[object, ...]], bytes | None]:
    """:data:`_build_row`'s record as JSON from its values (orjson only; made on first use)."""
    return values_encoder(_build_row, len(_BUILD_ROW_FIELDS))


def _timer_values(text: str) -> tuple[object, ...]:
    """The ``timer_*`` fields of a timer text, in :data:`_TIMER_FIELDS` order."""
    fields = timer_fields(text)
    return tuple(fields.get(name) for name in _TIMER_FIELDS)


class LinuxLegacySockets(SectionParser):
    """``Active AX.25 sockets`` and the other legacy families: titles and headers are
    recognised, rows are reported unparsed with that reason (§1.9)."""

    kind = "legacy_sockets"
    platform = "linux"
    description = "Linux legacy socket table"

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.rows_seen = False

    @classmethod
    def open(cls, text: str) -> Opening | None:
        stripped = text.strip()
        for title, (language, family) in localized.LEGACY_TITLES.items():
            if stripped == title or (stripped.startswith(title) and stripped[len(title):].lstrip().startswith("(")):
                return Opening(title=stripped, language=language, key=f"linux.legacy.{family}",
                               properties={"family": family})
        return None

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return []
        if _starts_something_else(text):
            return None
        if not self.rows_seen and not any(ch.isdigit() for ch in text):
            return self.mark_header(line_no)  # header words hold no digits; rows do
        self.rows_seen = True
        return [Unparsed(line=line_no, text=text,
                         reason=f"row of a {self.section.title} table: legacy socket families are not parsed")]


def _starts_something_else(text: str) -> bool:
    """Whether a line is a title/header of any kind or a known message (imported late:
    the registry imports this module)."""
    from netstat_parse.platforms import MESSAGES, PARSERS

    return any(cls.open(text) is not None for cls in PARSERS) or any(m.matches(text) for m in MESSAGES)


PARSERS: tuple[type[SectionParser], ...] = (LinuxConnections, LinuxLegacySockets)
