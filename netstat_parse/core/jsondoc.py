"""Write a document's JSON form straight from the driver's events, holding no records.

The result has the same keys and values as :meth:`Document.to_dict` (a section's
``end_line``, ``header_lines`` and properties come after its records, since they are known
only when it ends), so ``--format json`` of a capture of any size needs no more memory than
``--format jsonl``. Records go one per line inside the pretty-printed skeleton.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from typing import IO, Any

from netstat_parse.core.document import continues_block, extend_block
from netstat_parse.core.driver import Event
from netstat_parse.core.records import Record, Unparsed
from netstat_parse.core.sections import Section
from netstat_parse.core.serialize import BATCH, dumps, join_json, record_to_dict, utf8_writer
from netstat_parse.core.transcript import Prompt

_SECTION_HEAD = ("kind", "platform", "title", "language", "snapshot", "command", "command_line", "options", "line")


def _role(event: Event) -> str:
    """Where an event goes in the document: a section, a prompt, an unparsed line, a record."""
    for cls, role in ((Section, "section"), (Prompt, "prompt"), (Unparsed, "unparsed")):
        if isinstance(event, cls):
            return role
    return "record"


def _section_head(section: Section) -> str:
    data = section.to_dict([])
    head = {key: data[key] for key in _SECTION_HEAD}
    return dumps(head)[:-1] + ', "records": ['


def _section_tail(section: Section) -> str:
    data = section.to_dict([])
    tail = {key: value for key, value in data.items() if key not in _SECTION_HEAD and key != "records"}
    return "\n  ], " + dumps(tail)[1:]


class _Spool:
    """Unparsed blocks written to a temporary file as they come (a garbage input can be huge)."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile("w+b")
        self.block: Unparsed | None = None
        self.count = 0

    def add(self, event: Unparsed, previous: Event | None) -> None:
        if self.block is not None and continues_block(previous, event):
            self.block = extend_block(self.block, event)
            return
        self._write_block()
        self.block = event

    def _write_block(self) -> None:
        if self.block is not None:
            self.file.write((("" if not self.count else ",\n  ") + dumps(record_to_dict(self.block))).encode())
            self.count += 1
            self.block = None

    def copy_to(self, write: Callable[[bytes], object]) -> None:
        self._write_block()
        self.file.seek(0)
        while chunk := self.file.read(1 << 16):
            write(chunk)
        self.file.close()


def write_document(events: Iterable[Event], out: IO[str], *, source: str, encoding: str | None,
                   line_count: Callable[[], int], keep: Callable[[Any], bool] | None = None,
                   on_unparsed: Callable[[Unparsed], None] | None = None) -> None:
    """Stream one document's JSON to ``out``; ``keep`` filters records (``--kind``);
    ``on_unparsed`` sees every unparsed line (the CLI's warning tally).

    A section's records are encoded and written in batches (:data:`~serialize.BATCH`), all of
    it as UTF-8 through :func:`~serialize.utf8_writer`."""
    write = utf8_writer(out)
    write(("{" + dumps({"source": source, "encoding": encoding})[1:-1] + ', "sections": [').encode())
    prompts: list[Prompt] = []
    spool = _Spool()
    section: Section | None = None
    batch: list[Record] = []
    separator = "\n  "  # before the first record of a section; ",\n  " after it

    def write_batch() -> None:
        nonlocal separator
        write(separator.encode() + join_json(batch, b",\n  "))
        separator = ",\n  "
        batch.clear()

    previous: Event | None = None
    roles: dict[type, str] = {}  # event class -> what it is, found once per class
    for event in events:
        role = roles.get(type(event)) or roles.setdefault(type(event), _role(event))
        if role == "record":
            if keep is None or keep(event):
                batch.append(event)  # type: ignore[arg-type]  # (the role says it is a Record)
                if len(batch) >= BATCH:
                    write_batch()
        elif role == "section":
            assert isinstance(event, Section)
            if batch:
                write_batch()
            write(((_section_tail(section) + ",") if section is not None else "").encode()
                  + ("\n " + _section_head(event)).encode())
            section, separator = event, "\n  "
        elif role == "prompt":
            assert isinstance(event, Prompt)
            prompts.append(event)
        else:
            assert isinstance(event, Unparsed)
            spool.add(event, previous)
            if on_unparsed is not None:
                on_unparsed(event)
        previous = event
    if batch:
        write_batch()
    if section is not None:
        write(_section_tail(section).encode())
    write(("\n ], " + dumps({"prompts": [p.to_dict() for p in prompts]})[1:-1] + ', "unparsed": [').encode())
    spool.copy_to(write)
    write(("], " + dumps({"line_count": line_count()})[1:] + "\n").encode())
