"""Sections and the interface every per-kind parser implements.

A *section* is one printed table or report: a title (``Active Connections``), header
lines, and rows. Each output kind has a :class:`SectionParser` subclass in
``netstat_parse/platforms/<platform>/<kind>.py`` that

* recognizes the title or header line that opens its section (:meth:`SectionParser.open`),
  and, for header-less fragments such as ``findstr`` output, a lone row
  (:meth:`SectionParser.open_fragment`);
* claims the lines of its section one at a time (:meth:`SectionParser.feed`), returning
  the records they complete, and rejects any other line;
* hands back whatever it still holds (a ``-b`` row waiting for its owner lines) when
  asked (:meth:`SectionParser.flush`).

The driver (``core/driver.py``) owns sectioning, snapshots, prompts, messages and the
unparsed report, so a parser knows nothing but its own format.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any, ClassVar

import attrs

from netstat_parse.core.grammar import LineGrammar
from netstat_parse.core.paste import LANE_LINE
from netstat_parse.core.records import Record


LaneEnd = tuple[int, "str | None"]
"""How :meth:`SectionParser.feed_lane` ended: the last line number it claimed, and the first
line it did not claim (None at the end of the input)."""


def single_spaced(text: str) -> str:
    """``text`` stripped, with every run of blanks as one space: how titles and headers are
    listed in the localized tables, whatever column padding netstat printed."""
    return " ".join(text.split())


@attrs.frozen
class Opening:
    """What :meth:`SectionParser.open` found.

    ``title`` is the title as printed (None when a header or a row opened the section);
    ``key`` identifies the section for snapshot counting (the same key seen again within
    one command's output starts the next snapshot); ``consumed`` is False when the opening
    line is itself a row that the new parser must read.
    """

    title: str | None = None
    language: str = "en"
    key: str | None = None
    consumed: bool = True
    properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Section:
    """One table or report of the input, with where it is and what it is."""

    kind: str
    platform: str
    title: str | None
    language: str
    snapshot: int
    line: int
    end_line: int
    header_lines: list[int] = attrs.field(factory=list)
    command: str | None = None
    command_line: int | None = None
    options: tuple[str, ...] = ()
    properties: dict[str, Any] = attrs.field(factory=dict)
    records: list[Record] = attrs.field(factory=list)

    def to_dict(self, records: list[dict[str, Any]]) -> dict[str, Any]:
        """The JSON form; ``records`` are the already serialized records."""
        return {
            "kind": self.kind,
            "platform": self.platform,
            "title": self.title,
            "language": self.language,
            "snapshot": self.snapshot,
            "command": self.command,
            "command_line": self.command_line,
            "options": list(self.options),
            "line": self.line,
            "end_line": self.end_line,
            "header_lines": self.header_lines,
            **self.properties,
            "records": records,
        }


class SectionParser:
    """Reads the lines of one section of one kind; subclass per platform and kind."""

    kind: ClassVar[str]
    """Section kind, e.g. ``connections``, ``protocol_stats``, ``routes``."""
    platform: ClassVar[str]
    """``windows`` or ``linux``."""
    description: ClassVar[str]
    """Human name used in messages, e.g. ``Windows connection table``."""
    row_grammar: ClassVar[LineGrammar | None] = None
    """The main row grammar; :meth:`explain` reports against it by default."""
    encode = False
    """Set by the driver when the consumer is a JSON writer with orjson: the parser may then
    yield an :class:`~netstat_parse.core.records.EncodedRecord` instead of a row's record
    (its JSON written once per distinct row; ``tests/test_encoded_rows.py``)."""
    lane: ClassVar[bool] = False
    """True when :meth:`feed` changes nothing when it rejects a line: the driver may then
    offer it plain lines straight from the input (the row lane, ``Driver.run``)."""

    def __init__(self, section: Section, opening: Opening) -> None:
        self.section = section
        self.opening = opening

    @classmethod
    def open(cls, text: str) -> Opening | None:
        """An :class:`Opening` when ``text`` is a title or header that starts this kind."""
        return None

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        """An :class:`Opening` (``consumed=False``) when ``text`` is a row of this kind seen
        with no title or header before it; by default, rows are never sniffed."""
        return None

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """For a fragment opening: claim some of the unparsed lines just above the first row
        (``texts``, oldest first) as its title/header, for languages nobody listed. Returns
        the opening to use and how many of the last ``texts`` it claims; by default none."""
        return opening, 0

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        """Records completed by this line ([] when it is claimed but completes none), or
        None when the line does not belong to this section. ``text`` is right-stripped;
        blank lines arrive as ``""`` and their result only matters for pending records."""
        raise NotImplementedError

    def feed_lane(self, lines: Iterator[str], number: int) -> Generator[Record, None, LaneEnd]:
        """The row lane (``Driver.run``, only where :attr:`lane` is True): :meth:`feed` the
        right-stripped ``lines``, numbered from ``number + 1``, while each is a
        :data:`~netstat_parse.core.paste.LANE_LINE` (clean-up would leave it unchanged) and
        :meth:`feed` claims it; keep ``section.end_line`` at the last line claimed and yield
        what the lines complete. Returns the number of the last line claimed and the first
        line not claimed (None at the end of the input). A parser may override it with a
        faster loop for its common rows; ``tests/test_row_lane.py`` proves the events the
        same."""
        feed, section, takes = self.feed, self.section, LANE_LINE.fullmatch
        for raw in lines:
            if type(raw) is not str or takes(raw) is None:
                return number, raw
            claimed = feed(number + 1, raw.rstrip())
            if claimed is None:
                return number, raw
            number = section.end_line = number + 1
            if claimed:
                yield from claimed
        return number, None

    def flush(self) -> list[Record]:
        """Records held back waiting for more lines (called before anything else is emitted)."""
        return []

    def mark_header(self, line_no: int) -> list[Record]:
        """Record ``line_no`` as a title/header line of this section and claim it."""
        self.section.header_lines.append(line_no)
        return []

    def explain(self, text: str) -> tuple[int, str]:
        """(1-based column, what was expected) for a line this parser rejected."""
        if self.row_grammar is None:
            return 1, f"a line of a {self.description}"
        return self.row_grammar.explain(text)
