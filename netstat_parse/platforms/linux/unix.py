"""Linux unix domain sockets: net-tools ``netstat -x [-a|-l] [-p] [-Z]`` and BusyBox ``netstat -x``.

Layout (netstat-formats.md §1.4)::

    Active UNIX domain sockets (servers and established)
    Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
    unix  2      [ ACC ]     STREAM     LISTENING     24871    1/systemd            /run/systemd/private
    unix  2      [ ]         DGRAM                    19980    412/systemd-journal  /run/systemd/journal/dev-log
    unix  3      [ ]         STREAM     CONNECTED     40112    -
    unix  2      [ ACC ]     STREAM     LISTENING     55120    2211/Xorg            @/tmp/.X11-unix/X0

The flags sit in brackets that contain spaces (``[ ACC W ]``), so the bracket is one piece
of the grammar. The State is blank for unconnected sockets without ACC (typical for DGRAM).
CentOS 7 and BusyBox right-align the I-Node in 6 columns; BusyBox prints a path with spaces
in full, net-tools cuts it at the first space. ``PID/Program name`` reads as in the
connection table (cut at 19 characters, single spaces inside, padding ends it).

With ``-Z`` (SELinux builds, §1.4) the header has ``Security Context`` between
``PID/Program name`` and ``Path``, and each row the context before the path. As in the
connection table the header decides (``CONTEXT_ROW``); a context is never a path (it has a
colon and does not start with ``/`` or ``@``); ``-`` and a missing context give null.
"""

from __future__ import annotations

from typing import Final

import pyparsing as pp

from netstat_parse.core.grammar import LineGrammar, RowFields
from netstat_parse.core.records import Record, UnixSocket
from netstat_parse.core.sections import Opening, Section, SectionParser
from netstat_parse.platforms.linux import localized
from netstat_parse.platforms.linux.connections import (
    STATE_WORD,
    adopted_preamble,
    announces_context,
    header_language,
    looks_like_header,
    program,
    program_fields,
    security_context,
    security_context_value,
    table_opening,
)

# -- grammar pieces ---------------------------------------------------------------------
proto = pp.Regex(r"(?:unix|\?\?)(?!\S)").set_name("protocol unix")
ref_count = pp.Regex(r"\d++(?!\S)").set_name("RefCnt")
flags = pp.Regex(r"\[[^\]]*+\]").set_name("flags in brackets")
sock_type = pp.Regex(r"[^\W\d]\S*+").set_name("type")
state = pp.Regex(STATE_WORD).set_name("state")
inode = pp.Regex(r"\d++(?!\S)|-(?!\S)").set_name("I-Node")
path = pp.Regex(r"\S.*+").set_name("path")


def _row(context: bool) -> pp.ParserElement:
    row = (proto("proto") + ref_count("ref_count") + flags("flags") + sock_type("type") + pp.Opt(state("state"))
           + inode("inode") + pp.Opt(program("program")))
    if context:
        row += pp.Opt(security_context("security_context"))
    return row + pp.Opt(path("path"))


ROW: Final = LineGrammar(_row(False), "Linux unix socket row")
CONTEXT_ROW: Final = LineGrammar(_row(True), "Linux unix socket row (-Z)")
"""ROW in a table whose header announces the -Z ``Security Context`` column."""


class LinuxUnixSockets(SectionParser):
    """``Active UNIX domain sockets`` tables and header-less fragments; see the module doc."""

    kind = "unix_sockets"
    platform = "linux"
    description = "Linux unix socket table"
    row_grammar = ROW

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.has_header = opening.title is None and opening.consumed
        self.grammar = ROW  # CONTEXT_ROW once a header announced -Z
        if opening.properties.get("security_context"):
            self._read_contexts()

    @classmethod
    def open(cls, text: str) -> Opening | None:
        return table_opening(text, localized.UNIX_TITLES, localized.UNIX_HEADERS, "linux.unix")

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        if ROW.match(text) is None:
            return None
        return Opening(title=None, language="unknown", key="linux.unix", consumed=False)

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """A title and header in a language nobody listed, just above the first row."""
        if texts and "Recv-Q" in texts[-1]:  # a connection table's header
            return opening, 0
        return adopted_preamble(opening, texts)

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return []
        if not self.has_header and looks_like_header(text):
            self.has_header = True
            language = header_language(text, localized.UNIX_HEADERS)
            if language is not None and self.section.language == "unknown":
                self.section.language = language
            if announces_context(text):
                self._read_contexts()
            return self.mark_header(line_no)
        fields = self.grammar.match(text)
        if fields is None:
            return None
        return [self._record(fields, line_no)]

    def explain(self, text: str) -> tuple[int, str]:
        """Against the grammar of this table's columns (with -Z or without)."""
        return self.grammar.explain(text)

    def _read_contexts(self) -> None:
        """A header announced the -Z ``Security Context`` column: rows are read with it."""
        self.grammar = CONTEXT_ROW
        self.section.properties["security_context"] = True

    def _record(self, fields: RowFields, line_no: int) -> UnixSocket:
        flag_words = tuple((fields["flags"] or "[]")[1:-1].split())
        state_raw = fields["state"]
        state = None
        if state_raw is not None:
            state = localized.UNIX_STATE_WORDS.get(state_raw)
            if state is None and "ACC" in flag_words:
                state = "LISTENING"  # an unknown language: only listening sockets carry ACC
        pid, program_name, program_cut = program_fields(fields["program"])
        inode_text = fields["inode"]
        return UnixSocket(
            line=line_no,
            snapshot=self.section.snapshot,
            protocol=fields["proto"] or "unix",
            ref_count=int(fields["ref_count"] or 0),
            flags=flag_words,
            type=fields["type"],
            state=state,
            state_raw=state_raw,
            inode=int(inode_text) if inode_text and inode_text != "-" else None,
            pid=pid,
            program=program_name,
            program_truncated=program_cut,
            security_context=security_context_value(fields.get("security_context")),
            path=fields["path"] or None,
        )


PARSERS: tuple[type[SectionParser], ...] = (LinuxUnixSockets,)
