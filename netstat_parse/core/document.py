"""A parsed input as a whole: its sections with their records, prompts and unparsed lines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from netstat_parse.core.driver import NOT_NETSTAT, Event
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
