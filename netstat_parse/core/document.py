"""A parsed input as a whole: its sections with their records, prompts and unparsed lines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from netstat_parse.core.decode import split_lines
from netstat_parse.core.driver import NOT_NETSTAT, Event
from netstat_parse.core.paste import clean_lines
from netstat_parse.core.records import Record, Unparsed
from netstat_parse.core.sections import Section
from netstat_parse.core.serialize import record_to_dict
from netstat_parse.core.transcript import Prompt


@attrs.define(kw_only=True)
class Document:
    """Everything read from one input.

    ``unparsed`` holds every line nothing claimed; consecutive lines that are not netstat
    output are one entry (``line``..``end_line``, texts joined with newlines).
    """

    source: str
    encoding: str | None = None
    sections: list[Section] = attrs.field(factory=list)
    prompts: list[Prompt] = attrs.field(factory=list)
    unparsed: list[Unparsed] = attrs.field(factory=list)
    line_count: int = 0

    def records(self, kind: str | None = None) -> Iterator[Record]:
        """All records of all sections in input order, optionally of one kind."""
        for section in self.sections:
            for record in section.records:
                if kind is None or record.kind == kind:
                    yield record

    def claimed_lines(self) -> dict[str, set[int]]:
        """Which input lines each part of the document accounts for: ``record`` (each record's
        ``line``..``end_line``), ``header`` (section title/header lines), ``prompt`` and
        ``unparsed`` (``line``..``end_line``). A title may also be its record's first line."""
        found: dict[str, set[int]] = {"record": set(), "header": set(), "prompt": set(), "unparsed": set()}
        for section in self.sections:
            found["header"].update(section.header_lines)
            for record in section.records:
                found["record"].update(range(record.line, (record.end_line or record.line) + 1))
        found["prompt"].update(prompt.line for prompt in self.prompts)
        for entry in self.unparsed:
            found["unparsed"].update(range(entry.line, (entry.end_line or entry.line) + 1))
        return found

    def unaccounted_lines(self, text: str) -> list[int]:
        """The 1-based numbers of the non-blank lines of ``text`` (the input this document was
        parsed from) that no record, section header, prompt or unparsed entry accounts for:
        always none, unless records were removed. Lines are numbered and blanks judged as the
        parser does (paste clean-up: a lone ``>`` quote marker or an escape sequence is blank)."""
        claimed = set().union(*self.claimed_lines().values())
        cleaned = clean_lines(split_lines(text), recognizes=lambda _: False)  # blankness needs no block rule
        return [line.number for line in cleaned if line.text.strip() and line.number not in claimed]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the document."""
        return {
            "source": self.source,
            "encoding": self.encoding,
            "line_count": self.line_count,
            "sections": [s.to_dict([record_to_dict(r) for r in s.records]) for s in self.sections],
            "prompts": [p.to_dict() for p in self.prompts],
            "unparsed": [record_to_dict(u) for u in self.unparsed],
        }


def build_document(events: Iterable[Event], *, source: str, encoding: str | None) -> Document:
    """Collect a driver's event stream into a :class:`Document` (``line_count`` is the caller's)."""
    doc = Document(source=source, encoding=encoding)
    previous: Event | None = None
    for event in events:
        if isinstance(event, Section):
            doc.sections.append(event)
        elif isinstance(event, Prompt):
            doc.prompts.append(event)
        elif isinstance(event, Unparsed):
            if doc.unparsed and continues_block(previous, event):
                doc.unparsed[-1] = extend_block(doc.unparsed[-1], event)
            else:
                doc.unparsed.append(event)
        else:
            doc.sections[-1].records.append(event)
        previous = event
    return doc


def continues_block(previous: Event | None, event: Unparsed) -> bool:
    """Whether ``event`` continues a run of non-netstat lines (reported as one block)."""
    return isinstance(previous, Unparsed) and previous.reason == NOT_NETSTAT and event.reason == NOT_NETSTAT


def extend_block(block: Unparsed, event: Unparsed) -> Unparsed:
    """The block of non-netstat lines with ``event``'s line added."""
    return attrs.evolve(block, end_line=event.line, text=f"{block.text}\n{event.text}")
