"""The library's entry points: parse text, bytes or files into documents or record streams."""

from __future__ import annotations

import gc
import io
import os
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

from netstat_parse.core.decode import SNIFF_BYTES, Decoding, decode_bytes, iter_lines, split_lines, why_not_text
from netstat_parse.core.document import Document, build_document
from netstat_parse.core.driver import PASTE_MARKUP, Driver, Event
from netstat_parse.core.errors import NetstatParseError
from netstat_parse.core.records import Record, Unparsed
from netstat_parse.core.sections import Section
from netstat_parse.core.transcript import Prompt

PathLike = str | os.PathLike[str]


def _strict(events: Iterable[Event], source: str) -> Iterator[Event]:
    for event in events:
        if isinstance(event, Unparsed) and event.reason != PASTE_MARKUP:  # a ``` fence is understood
            raise NetstatParseError(
                f"expected {event.expected}" if event.expected else event.reason,
                source=source, line_no=event.line, col=event.column or 1, line=event.text,
            )
        yield event


def iter_events(lines: Iterable[str], *, source: str = "<lines>", strict: bool = False) -> Iterator[Event]:
    """The driver's event stream over ``lines``: sections as they open, records, prompts."""
    return driven_events(Driver(), lines, source=source, strict=strict)


def driven_events(driver: Driver, lines: Iterable[str], *, source: str, strict: bool) -> Iterator[Event]:
    """:func:`iter_events` with a driver of the caller's (which counts the lines read)."""
    events = driver.run(lines)
    return _strict(events, source) if strict else events


def _document(lines: Iterable[str], source: str, encoding: str | None, strict: bool) -> Document:
    driver = Driver()
    with collector_paused():
        doc = build_document(driven_events(driver, lines, source=source, strict=strict), source=source,
                             encoding=encoding)
    doc.line_count = driver.lines_read
    return doc


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while records are made: they form no cycles, and
    its scans cost ~40% of a parse that keeps a million records (~5% of one that streams)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse(text: str, *, source: str = "<string>", strict: bool = False) -> Document:
    """Parse netstat text (one capture or a whole console transcript) into a Document.

    With ``strict=True`` the first line nothing accepts raises :class:`NetstatParseError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_bytes() for bytes")
    return _document(split_lines(text), source, None, strict)


def parse_bytes(data: bytes, *, source: str = "<bytes>", strict: bool = False) -> Document:
    """Parse raw bytes, deciding the encoding (UTF-8/16, OEM and ANSI code pages)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"parse_bytes() takes bytes, not {type(data).__name__}; use parse() for str")
    problem = why_not_text(bytes(data[:SNIFF_BYTES]))
    if problem:
        raise NetstatParseError(problem, source=source)
    decoding, text = decode_bytes(bytes(data))
    return _document(split_lines(text), source, decoding.name, strict)


def text_lines(stream: BinaryIO, source: str) -> tuple[Decoding, Iterator[str]]:
    """Decode a binary stream line by line after checking that it holds text at all."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(typing.cast(io.RawIOBase, stream))
    problem = why_not_text(buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES])
    if problem:
        raise NetstatParseError(problem, source=source)
    return iter_lines(buffered)


def open_capture(path: PathLike) -> BinaryIO:
    """Open a capture file for reading, with errors as :class:`NetstatParseError`."""
    name = os.fspath(path)
    if os.path.isdir(name):
        raise NetstatParseError("is a directory, not a capture file", source=name)
    try:
        return open(name, "rb")
    except OSError as err:
        raise NetstatParseError(err.strerror or str(err), source=name) from None


def parse_stream(stream: BinaryIO, *, source: str = "<stream>", strict: bool = False) -> Document:
    """Parse a binary file object (a file opened with "rb", ``sys.stdin.buffer``)."""
    decoding, lines = text_lines(stream, source)
    return _document(lines, source, decoding.name, strict)


def parse_file(path: PathLike, *, strict: bool = False) -> Document:
    """Parse a capture file, streaming it line by line."""
    with open_capture(path) as stream:
        return parse_stream(stream, source=os.fspath(path), strict=strict)


def iter_records(
    source: PathLike | BinaryIO | Iterable[str], *, name: str | None = None, strict: bool = False
) -> Iterator[Record]:
    """Stream records (``unparsed`` and ``message`` included) without holding the input.

    ``source`` is a path, a binary file object, or an iterable of text lines.
    """
    if isinstance(source, (str, os.PathLike)):
        label = name or os.fspath(source)
        with open_capture(source) as stream:
            _, lines = text_lines(stream, label)
            yield from _records(iter_events(lines, source=label, strict=strict))
        return
    if hasattr(source, "read"):
        _, lines = text_lines(source, name or "<stream>")  # type: ignore[arg-type]
        yield from _records(iter_events(lines, source=name or "<stream>", strict=strict))
        return
    yield from _records(iter_events(source, source=name or "<lines>", strict=strict))


def _records(events: Iterable[Event]) -> Iterator[Record]:
    for event in events:
        if not isinstance(event, (Section, Prompt)):
            yield event
