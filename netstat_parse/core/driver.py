"""The driver: lines in, sections and records out, nothing lost.

Lines are first cleaned of paste damage (``core/paste.py``: quotes, code blocks, fences,
odd spaces, escape codes, TABs). A fence line is reported as ``paste markup``; the edge of a
pasted block (fence, quoted run, code block) ends the open section like a prompt does. Then,
per non-blank line, in this order:

1. a shell prompt ends the current section and sets the command for what follows;
2. the open section's parser may claim it (a row, a header, an owner line ...);
3. a title or header of any kind opens a new section (the same title again within one
   command's output starts the next snapshot);
4. a known netstat message becomes a ``message`` record;
5. a lone row of any kind opens a header-less section (``findstr``/``grep`` output), except
   in the output of a command that is not netstat, a viewer or a filter (``arp -a`` rows);
6. anything else is reported ``unparsed`` with its line number and the reason; the last line
   of an input, rejected by an open table and cut short, is a ``truncated row``.

The driver holds no records: it yields :class:`Event` values as it goes, so a caller can
stream a capture of any size (:func:`netstat_parse.iter_records`) or build a whole
:class:`~netstat_parse.core.document.Document`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final

import attrs

from netstat_parse.core.decode import UnterminatedLine
from netstat_parse.core.messages import MessagePattern
from netstat_parse.core.paste import Paste
from netstat_parse.core.records import Message, Record, Unparsed
from netstat_parse.core.sections import Opening, Section, SectionParser
from netstat_parse.core.transcript import Prompt, match_prompt

Event = Section | Record | Prompt
"""What the driver yields: a section as it opens, a record, or a prompt line."""

NOT_NETSTAT = "not netstat output"
_MAX_HELD = 4
TRUNCATED = "truncated row"
PASTE_MARKUP = "paste markup"
"""Reason of a code fence or wiki tag line (``` ```, ``{code}``): understood, not data."""


@attrs.frozen
class _Opened:
    """A section about to open: its snapshot key, the section, its parser, first records."""

    key: str
    section: Section
    parser: SectionParser
    records: list[Record]


class MessageSection(SectionParser):
    """Messages printed where no table is open (for example the -b elevation error)."""

    kind = "message"
    platform = "unknown"
    description = "netstat message"

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        return [] if not text else None


class _NumberedLines:
    """An input's lines as (number, text), with one line of push-back (the row lane hands
    back the line it does not take); ``last`` is the last line read (a cut file's last row)."""

    def __init__(self, lines: Iterable[str], first_line: int) -> None:
        self._lines = iter(lines)
        self._first = first_line
        self.number = first_line - 1
        """The number of the last line read."""
        self._back: tuple[int, str] | None = None
        self.last = ""

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return self

    def __next__(self) -> tuple[int, str]:
        back = self._back
        if back is not None:
            self._back = None
            return back
        self.last = next(self._lines)
        self.number += 1
        return self.number, self.last

    def rest(self) -> Iterator[str]:
        """The lines not read yet, unnumbered (the row lane counts them itself and sets
        :attr:`number` when it stops); only when nothing is pushed back."""
        assert self._back is None
        for self.last in self._lines:
            yield self.last

    def push_back(self, item: tuple[int, str]) -> None:
        self._back = item

    @property
    def count(self) -> int:
        """How many lines were read."""
        return self.number - self._first + 1


class Driver:
    """Feeds lines through the registered section parsers; see the module doc."""

    def __init__(
        self,
        parsers: Sequence[type[SectionParser]] | None = None,
        messages: Sequence[MessagePattern] | None = None,
        *,
        row_lane: bool = True,
        encode: bool = False,
    ) -> None:
        if parsers is None or messages is None:
            from netstat_parse.platforms import MESSAGES, PARSERS

            parsers = PARSERS if parsers is None else parsers
            messages = MESSAGES if messages is None else messages
        self.row_lane = row_lane
        """Whether :meth:`run` may use the row lane (off only to test that it changes nothing)."""
        self.encode = encode
        """Whether parsers may yield :class:`~netstat_parse.core.records.EncodedRecord` rows (for
        the JSON writers with orjson only; see :attr:`SectionParser.encode`)."""
        self._parsers = tuple(parsers)
        self._messages = tuple(messages)
        self._parser: SectionParser | None = None
        self._prompt: Prompt | None = None
        self._snapshot = 0
        self._seen_keys: set[str] = set()
        # unparsed lines are held until the next event: a fragment's parser may adopt them
        # as its title/header, and the last one may turn out to be a truncated row
        self._held: list[tuple[Unparsed, SectionParser | None, str]] = []
        self._last_line = 0  # the last non-blank line fed: a cut-off row can only be that one
        self._source: _NumberedLines | None = None

    # -- public -------------------------------------------------------------------------

    def feed(self, line_no: int, text: str) -> list[Event]:
        """Process one cleaned input line (see :mod:`~netstat_parse.core.paste`); return what it
        completes (a list: no generator per line on the hot path)."""
        out: list[Event] = []
        if text.strip():
            self._last_line = line_no
        else:
            if self._parser is not None:
                completed = self._parser.feed(line_no, "")
                if completed:
                    out.extend(self._release_held())
                    out.extend(completed)
            return out
        prompt = match_prompt(line_no, text)
        if prompt is not None:
            out.extend(self._new_context(prompt))
            out.append(prompt)
            return out

        parser = self._parser
        if parser is not None:
            claimed = parser.feed(line_no, text)
            if claimed is not None:
                parser.section.end_line = line_no
                if self._held:
                    out.extend(self._release_held())
                out.extend(claimed)
                return out

        for cls in self._parsers:
            opening = cls.open(text)
            opened = self._open(cls, opening, line_no, text) if opening is not None else None
            if opened is not None:
                out.extend(self._release_held())
                out.extend(self._start(opened))
                return out

        found = self._message(text)
        if found is not None:
            pattern, message = found, self._message_record(found, line_no, text)
            out.extend(self._release_held())
            if self._parser is None:
                opening = Opening(key="message", language=pattern.language or "unknown")
                opened = self._open(MessageSection, opening, line_no, None)
                assert opened is not None
                opened.section.platform = message.platform or "unknown"
                out.extend(self._start(opened))
            else:
                out.extend(self._parser.flush())
                self._parser.section.end_line = line_no
            out.append(message)
            return out

        for cls in self._parsers if self._sniff_rows() else ():
            opening = cls.open_fragment(text)
            if opening is None:
                continue
            count = 0
            if self._held:
                opening, count = cls.adopt_preamble(opening, [held[2] for held in self._held])
            adopted = [held[0].line for held in self._held[len(self._held) - count :]] if count else []
            opened = self._open(cls, opening, line_no, text, adopted)
            if opened is not None:
                del self._held[len(self._held) - count :]
                out.extend(self._release_held())
                out.extend(self._start(opened))
                return out

        if self._parser is not None:
            out.extend(self._parser.flush())
        self._held.append((self._unparsed(line_no, text), self._parser, text))
        if len(self._held) > _MAX_HELD:
            out.append(self._held.pop(0)[0])
        return out

    def close(self, unterminated: bool = False) -> Iterator[Event]:
        """End of input: release held records; a cut-off last row is reported as such.
        ``unterminated``: the input's last line had no line break (a cut file)."""
        for event in [*self._release_held(), *self._end_section()]:
            if isinstance(event, Unparsed) and event.line == self._last_line and self._cut_off(event, unterminated):
                event = attrs.evolve(event, reason=TRUNCATED)
            yield event

    def run(self, lines: Iterable[str], first_line: int = 1) -> Iterator[Event]:
        """Feed every line and close: the whole event stream of an input.

        Lines go through paste clean-up, except in the *row lane*: while the open section's
        parser takes the lane (:attr:`SectionParser.lane`), nothing is held and the paste has
        shown no artefact, lines that clean-up would leave unchanged go straight to the
        parser until it rejects one. The events are the same (``tests/test_row_lane.py``);
        only the per-line cost of the clean-up stages and of :meth:`feed` is saved."""
        source = self._source = _NumberedLines(lines, first_line)
        paste = Paste(source, self.recognizes)
        block = (0, 0)
        for line in paste.lines:
            if line.markup or (line.block != block and line.text.strip()):
                # a fence, or a quoted run or code block beginning or ending: another paste
                block = line.block
                yield from self._new_context()
            if line.markup:
                yield Unparsed(line=line.number, text=line.text, reason=PASTE_MARKUP)
            else:
                yield from self.feed(line.number, line.text)
            if self.row_lane and paste.pristine and not self._held and self._parser is not None and self._parser.lane:
                yield from self._lane(source, paste)
        last = source.last
        yield from self.close(unterminated=isinstance(last, UnterminatedLine) and bool(last.strip()))

    def _lane(self, source: _NumberedLines, paste: Paste) -> Iterator[Event]:
        """The row lane (see :meth:`run`): the open section's parser reads unchanged lines
        that cannot be prompts (:data:`~netstat_parse.core.paste.LANE_LINE`) as :meth:`feed`
        would (:meth:`SectionParser.feed_lane`); the first line it does not claim goes back
        to ``source``."""
        parser = self._parser
        assert parser is not None
        start = source.number
        number, rejected = yield from parser.feed_lane(source.rest(), start)
        if rejected is not None:
            source.push_back((number + 1, rejected))
            source.number = number + 1
        else:
            source.number = number
        if number > start:
            self._last_line = number
            paste.skipped()

    @property
    def lines_read(self) -> int:
        """How many input lines :meth:`run` has read so far."""
        return self._source.count if self._source is not None else 0

    def recognizes(self, text: str) -> bool:
        """Whether ``text`` is a prompt or opens a section of some kind (title, header, row)."""
        return match_prompt(0, text) is not None or any(
            cls.open(text) is not None or cls.open_fragment(text) is not None for cls in self._parsers)

    # -- internals ----------------------------------------------------------------------

    def _cut_off(self, unparsed: Unparsed, unterminated: bool) -> bool:
        """Whether the rejected last line of an open table looks cut short: the input ends
        without a line break (a cut file), or the table's grammar read past its first word
        (prose after a table fails at its first word)."""
        words = unparsed.text.split()
        if unparsed.reason == NOT_NETSTAT or not words:
            return False
        first_column = len(unparsed.text) - len(unparsed.text.lstrip()) + 1
        return unterminated or (unparsed.column or 0) > first_column

    def _sniff_rows(self) -> bool:
        """Whether a lone row may open a header-less section: not in another command's output
        (``arp -a`` and ``ss`` print lines that look like rows; their titles do not)."""
        return self._prompt is None or self._prompt.output != "other"

    def _new_context(self, prompt: Prompt | None = None) -> Iterator[Event]:
        """A prompt, or the edge of a pasted block: the open table ends, the command is the
        prompt's (none at a paste edge), snapshots count from 0 again."""
        yield from self._release_held()
        yield from self._end_section()
        self._prompt = prompt
        self._snapshot, self._seen_keys = 0, set()

    def _release_held(self) -> Iterator[Event]:
        if self._held:
            yield from (held[0] for held in self._held)
            self._held = []

    def _end_section(self) -> Iterator[Event]:
        if self._parser is not None:
            yield from self._parser.flush()
            self._parser = None

    def _open(self, cls: type[SectionParser], opening: Opening, line_no: int, text: str | None,
              preamble: list[int] | None = None) -> _Opened | None:
        """A section of ``cls`` opening on this line, its parser and the records the line
        completes, without changing the driver's state; None when the parser rejects the row it
        was opened on (an ``open_fragment`` that disagrees with its own ``feed``): the line is
        then left to the other parsers rather than failing the input."""
        key = opening.key or f"{cls.platform}.{cls.kind}:{opening.title}"
        prompt = self._prompt
        section = Section(
            kind=cls.kind,
            platform=cls.platform,
            title=opening.title,
            language=opening.language,
            snapshot=self._snapshot + 1 if key in self._seen_keys else self._snapshot,
            line=preamble[0] if preamble else line_no,
            end_line=line_no,
            header_lines=list(preamble or ()),
            command=prompt.command or None if prompt else None,
            command_line=prompt.line if prompt else None,
            options=prompt.options if prompt else (),
            properties=dict(opening.properties),
        )
        parser = cls(section, opening)
        parser.encode = self.encode
        records: list[Record] = []
        if text is not None and opening.consumed:
            section.header_lines.append(line_no)
        elif text is not None:
            claimed = parser.feed(line_no, text)
            if claimed is None:
                return None
            records = claimed
        return _Opened(key, section, parser, records)

    def _start(self, opened: _Opened) -> Iterator[Event]:
        """Make an opened section the current one (a repeated key starts the next snapshot)."""
        yield from self._end_section()
        if opened.key in self._seen_keys:
            self._snapshot += 1
            self._seen_keys = set()
        self._seen_keys.add(opened.key)
        self._parser = opened.parser
        yield opened.section
        yield from opened.records

    def _message(self, text: str) -> MessagePattern | None:
        for pattern in self._messages:
            if pattern.matches(text):
                return pattern
        return None

    def _message_record(self, pattern: MessagePattern, line_no: int, text: str) -> Message:
        platform = pattern.platform or (self._parser.platform if self._parser else None)
        return Message(line=line_no, text=text.strip(), platform=platform, message_id=pattern.message_id,
                       snapshot=self._snapshot)

    def _unparsed(self, line_no: int, text: str) -> Unparsed:
        parser = self._parser
        if parser is None or isinstance(parser, MessageSection):
            return Unparsed(line=line_no, text=text, reason=NOT_NETSTAT)
        column, expected = parser.explain(text)
        reason = f"not a line of a {parser.description}: expected {expected} at column {column}"
        return Unparsed(line=line_no, text=text, reason=reason, column=column, expected=expected)
