"""Linux unix domain sockets: net-tools ``netstat -x [-a|-l] [-p]`` and BusyBox ``netstat -x``.

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
    header_language,
    looks_like_header,
    program,
    program_fields,
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

ROW: Final = LineGrammar(
    proto("proto") + ref_count("ref_count") + flags("flags") + sock_type("type") + pp.Opt(state("state"))
    + inode("inode") + pp.Opt(program("program")) + pp.Opt(path("path")),
    "Linux unix socket row",
)


class LinuxUnixSockets(SectionParser):
    """``Active UNIX domain sockets`` tables and header-less fragments; see the module doc."""

    kind = "unix_sockets"
    platform = "linux"
    description = "Linux unix socket table"
    row_grammar = ROW

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.has_header = opening.title is None and opening.consumed

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
            return self.mark_header(line_no)
        fields = ROW.match(text)
        if fields is None:
            return None
        return [self._record(fields, line_no)]

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
            path=fields["path"] or None,
        )


PARSERS: tuple[type[SectionParser], ...] = (LinuxUnixSockets,)
