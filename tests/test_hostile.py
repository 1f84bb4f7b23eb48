"""Hostile input: nothing is lost, garbage stays garbage, nothing raises or hangs.

* Every ``captures`` strategy in ``tests/strategies/`` (found at import, so new kinds join
  by themselves) is rendered, garbage lines are inserted between its records and one kind of
  paste damage is applied; the records must come back unchanged (line numbers remapped) and
  each garbage line must be reported unparsed at its own line.
* Random bytes and random line soup raise nothing but :class:`NetstatParseError`, and only in
  strict mode; every non-blank line is accounted for.
* Pathological lines are parsed in time linear in their length.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import netstat_parse
import tests.strategies
from benchmarks.pathological import SHAPES, seconds
from netstat_parse import NetstatParseError
from netstat_parse.core.decode import split_lines
from netstat_parse.core.document import Document
from netstat_parse.core.records import Record

# -- the accounting check ---------------------------------------------------------------

def assert_all_accounted(doc: Document, text: str) -> None:
    """Every non-blank line is claimed; no line is both unparsed (or a prompt) and parsed.
    (A title may be both a header line and the first line of the record it starts.)"""
    assert doc.unaccounted_lines(text) == []
    found = doc.claimed_lines()
    parsed = found["record"] | found["header"]
    assert not found["unparsed"] & (parsed | found["prompt"]), "lines both unparsed and claimed"
    assert not found["prompt"] & parsed, "prompt lines also parsed"


# -- the strategies of every kind --------------------------------------------------------


def _capture_strategies() -> dict[str, st.SearchStrategy[tuple[str, list[Record]]]]:
    found = {}
    for info in pkgutil.iter_modules(tests.strategies.__path__):
        module = importlib.import_module(f"tests.strategies.{info.name}")
        captures = getattr(module, "captures", None)
        if captures is None:
            continue
        found[info.name] = captures if isinstance(captures, st.SearchStrategy) else captures()
    return found


CAPTURES = _capture_strategies()
_PROFILE_EXAMPLES = settings().max_examples
"""The loaded profile's example count; the per-kind properties share it out."""

# -- garbage and damage -------------------------------------------------------------------

_WORD = st.sampled_from(["backup", "job", "disk", "firewall", "rule", "user", "admin", "ticket", "server",
                         "restarted", "failed", "finished", "please", "check", "the", "output", "below"])
_NAME = st.sampled_from(["Alice", "Bob", "Chen", "Dana", "Emre", "Fatima"])
_HOST = st.sampled_from(["web01", "db-2", "fileserver", "dc01.example.com"])
_TWO = st.integers(0, 59).map(lambda n: f"{n:02d}")


@st.composite
def garbage_line(draw: st.DrawFn) -> str:
    """Plausible non-netstat text: a log line, a note, a greeting (never a table row)."""
    words = " ".join(draw(st.lists(_WORD, min_size=2, max_size=6)))
    hh, mm, ss = draw(_TWO), draw(_TWO), draw(_TWO)
    number = draw(st.integers(1, 99999))
    return draw(st.sampled_from([
        f"May {number % 28 + 1} {hh}:{mm}:{ss} {draw(_HOST)} sshd[{number}]: Accepted publickey for admin from "
        f"198.51.100.{number % 250} port {number}",
        f"Note: the {words} at {hh}:{mm}.",
        f"ERROR 2024-05-{number % 28 + 1:02d}T{hh}:{mm}:{ss}Z {words} (code {number})",
        f"Thanks, {draw(_NAME)} - sent {hh}:{mm}, {number} bytes attached.",
        f"Re: ticket {number}: {words}?",
    ]))


Lines = list[str]
Damage = Callable[[Lines], list[tuple[str, int | None]]]
"""Changes the lines of a capture: each new line with the 0-based index of the line it came
from (None for a line the damage added)."""


def _each(change: Callable[[str], str]) -> Damage:
    return lambda lines: [(change(line), index) for index, line in enumerate(lines)]


def _quote(marker: str) -> Damage:
    return _each(lambda line: (marker + line) if line else marker.rstrip())


def _indent(lines: Lines) -> list[tuple[str, int | None]]:
    return [("", None), *_each(lambda line: "    " + line if line else "")(lines)]


def _fence(lines: Lines) -> list[tuple[str, int | None]]:
    return [("```text", None), *_each(lambda line: line)(lines), ("```", None)]


def _unexpand(line: str) -> str:
    """An editor's "spaces to tabs" (``unexpand -a``): runs of 2+ spaces reaching a tab stop."""
    out: list[str] = []
    column, spaces = 0, 0
    for char in line.expandtabs(8):
        column += 1
        if char == " ":
            spaces += 1
            if column % 8 == 0:
                out.append("\t" if spaces > 1 else " ")
                spaces = 0
            continue
        out.append(" " * spaces + char)
        spaces = 0
    out.append(" " * spaces)
    return "".join(out)


def _double_blank_lines(lines: Lines) -> list[tuple[str, int | None]]:
    out: list[tuple[str, int | None]] = [("", None), ("", None)]
    for index, line in enumerate(lines):
        out.append((line, index))
        if not line.strip():
            out.append(("", None))
    return [*out, ("", None), ("", None)]


DAMAGE: dict[str, Damage] = {
    "none": _each(lambda line: line),
    "e-mail quote": _quote("> "),
    "nested quote": _quote("> > "),
    "quote without space": _quote(">"),
    "markdown indent": _indent,
    "markdown fence": _fence,
    "non-breaking spaces": _each(lambda line: line.replace("  ", "\u00a0 ")),
    "spaces to tabs": _each(_unexpand),
    "trailing spaces stripped": _each(str.rstrip),
    "doubled blank lines": _double_blank_lines,
}
LINE_ENDS = ["\n", "\r\n", "\r", "\r\r\n"]
ENCODINGS = [None, "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp850"]


def _shifted(record: Record, new_number: dict[int, int]) -> Record:
    end = record.end_line
    return attrs.evolve(record, line=new_number[record.line], end_line=new_number[end] if end else None)


CONSOLE_WIDTH = 80


def _boundaries(records: list[Record], lines: Lines) -> list[int]:
    """0-based positions where a line may be inserted between rows: right after a record
    (its last line), at the start and at the end. Not between a header and the first row (a
    header in a language nobody listed is only recognized directly above a row), nor after a
    line that fills the console width (what follows it is its wrapped continuation)."""
    spots = {r.end_line or r.line for r in records} | {0, len(lines)}
    return sorted(s for s in spots if s == 0 or len(lines[s - 1].rstrip()) < CONSOLE_WIDTH - 1)


@attrs.frozen
class Damaged:
    """A rendered capture after garbage and damage, and what parsing it must give."""

    text: str
    data: bytes | None  # the encoded text, when an encoding was drawn
    expected: list[Record]
    garbage: list[int]

    def parse(self) -> Document:
        return netstat_parse.parse(self.text) if self.data is None else netstat_parse.parse_bytes(self.data)


def damage(data: st.DataObject, capture: tuple[str, list[Record]]) -> Damaged:
    """Insert garbage between the records of ``capture``, apply one paste damage, one line end
    and one encoding (drawn from ``data``)."""
    text, expected = capture
    lines = list(split_lines(text))
    spots = _boundaries(expected, lines)
    inserts = data.draw(st.lists(st.tuples(st.sampled_from(spots), garbage_line()), max_size=4), label="garbage")
    by_spot: dict[int, list[str]] = {}
    for spot, garbage in inserts:
        by_spot.setdefault(spot, []).append(garbage)
    out: Lines = []
    new_number: dict[int, int] = {}
    garbage_numbers: list[int] = []
    for index in range(len(lines) + 1):
        for garbage in by_spot.get(index, []):
            out.append(garbage)
            garbage_numbers.append(len(out))
        if index < len(lines):
            out.append(lines[index])
            new_number[index + 1] = len(out)
    name = data.draw(st.sampled_from(sorted(DAMAGE)), label="damage")
    damaged = DAMAGE[name](out)
    moved = {origin + 1: number for number, (_, origin) in enumerate(damaged, 1) if origin is not None}
    new_number = {old: moved[new] for old, new in new_number.items()}
    garbage_numbers = [moved[n] for n in garbage_numbers]
    end = data.draw(st.sampled_from(LINE_ENDS), label="line end")
    final_text = end.join(line for line, _ in damaged) + end
    encoding = data.draw(st.sampled_from(ENCODINGS), label="encoding")
    encoded = None
    if encoding is not None:
        try:
            encoded = final_text.encode(encoding)
        except UnicodeEncodeError:
            assume(False)
    return Damaged(final_text, encoded, [_shifted(r, new_number) for r in expected], garbage_numbers)


@pytest.mark.parametrize("kind", sorted(CAPTURES))
# ten kinds and more to come: half the profile's examples each keeps the file fast
@settings(max_examples=max(10, _PROFILE_EXAMPLES // 2),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(data=st.data())
def test_records_survive_garbage_and_paste_damage(kind: str, data: st.DataObject) -> None:
    case = damage(data, data.draw(CAPTURES[kind], label="capture"))
    doc = case.parse()
    assert list(doc.records()) == case.expected
    reported = {n for u in doc.unparsed for n in range(u.line, (u.end_line or u.line) + 1)}
    markup = {u.line for u in doc.unparsed if u.reason == "paste markup"}
    assert reported - markup == set(case.garbage)
    assert_all_accounted(doc, case.text)


@pytest.mark.parametrize("kind", sorted(CAPTURES))
@settings(max_examples=max(10, _PROFILE_EXAMPLES // 4),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_capture_cut_off_mid_line(kind: str, data: st.DataObject) -> None:
    """A capture cut in its last line: the records before that line come back unchanged, the
    line is accounted for, and a cut single-line row is either still a row (cut after a
    complete word) or reported as a truncated row."""
    text, expected = data.draw(CAPTURES[kind], label="capture")
    lines = list(split_lines(text))
    last = max((n for n, line in enumerate(lines, 1) if line.strip()), default=0)
    assume(last)
    row = lines[last - 1].rstrip()
    assume(len(row.strip()) > 1)
    cut = data.draw(st.integers(len(row) - len(row.lstrip()) + 1, len(row) - 1), label="cut")
    cut_text = "\n".join([*lines[: last - 1], row[:cut]])
    doc = netstat_parse.parse(cut_text)
    before = [r for r in expected if (r.end_line or r.line) < last]
    cut_records = {r.line for r in expected if (r.end_line or r.line) >= last} | {last}
    assert [r for r in doc.records() if r.line not in cut_records] == before
    assert_all_accounted(doc, cut_text)
    # a row before the cut one: a header in a language nobody listed is known by the rows below it
    if len(before) >= 1 and expected[-1].line == last and expected[-1].end_line is None:
        assert [(u.line, u.reason) for u in doc.unparsed] in ([], [(last, "truncated row")])


@pytest.mark.parametrize("kind", sorted(CAPTURES))
@settings(max_examples=max(10, _PROFILE_EXAMPLES // 4),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_strict_errors_read_like_a_compiler(kind: str, data: st.DataObject) -> None:
    """A foreign line inside a section of any kind: ``source:line:col: expected <what>``, the
    line itself, and a caret under the column."""
    text, expected = data.draw(CAPTURES[kind], label="capture")
    lines = list(split_lines(text))
    spots = [spot for spot in _boundaries(expected, lines) if any(r.line <= spot for r in expected)]
    assume(spots)
    after = spots[0]
    garbage = data.draw(garbage_line(), label="garbage")
    damaged = "\n".join([*lines[:after], garbage, *lines[after:]])
    with pytest.raises(NetstatParseError) as caught:
        netstat_parse.parse(damaged, source="capture.txt", strict=True)
    err = caught.value
    head, echoed, caret = str(err).split("\n")
    assert head.startswith(f"capture.txt:{after + 1}:{err.col}: expected ") and len(head) > len("expected ") + 20
    assert (err.line_no, err.line, echoed) == (after + 1, garbage, "    " + garbage)
    assert caret == " " * (3 + (err.col or 1)) + "^"


# -- random input never raises anything else ------------------------------------------------

_SOUP_TOKENS = [
    "Active Connections", "  Proto  Local Address          Foreign Address        State           PID",
    "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       720", "  RpcSs", " [svchost.exe]",
    "Kernel IP routing table", "Ip:", "    12 active connection openings", "IPv4 Statistics",
    "===========================================================================", "Active Routes:",
    "Interface List", "Persistent Routes:", "  None", "Active Internet connections (servers and established)",
    "Proto Recv-Q Send-Q Local Address           Foreign Address         State",
    "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN",
    "Active UNIX domain sockets (servers and established)", "unix  2      [ ACC ]     STREAM     LISTENING     1",
    "C:\\>netstat -ano", "$ netstat -s", "root@web01:~# ls", "#", "```", "> ", ">", "    ", "\t", "[", "]",
    ":", "::::", "%", "$", "\u00a0", "\x1b[31m", "\x00", "\ufeff", "é", "活动连接", "-- More --", "",
]


@given(lines=st.lists(st.one_of(st.sampled_from(_SOUP_TOKENS), st.text(max_size=30)), max_size=30),
       end=st.sampled_from(LINE_ENDS), strict=st.booleans())
def test_line_soup_raises_nothing_else(lines: list[str], end: str, strict: bool) -> None:
    text = end.join(lines)
    try:
        doc = netstat_parse.parse(text, strict=strict)
    except NetstatParseError as err:
        assert strict and err.line_no is not None and str(err).startswith(f"<string>:{err.line_no}:")
        return
    assert_all_accounted(doc, text)


@given(data=st.binary(max_size=2000), strict=st.booleans())
def test_random_bytes_raise_nothing_else(data: bytes, strict: bool) -> None:
    try:
        doc = netstat_parse.parse_bytes(data, strict=strict)
    except NetstatParseError as err:
        assert str(err).startswith("<bytes>")
        return
    assert doc.line_count >= 0


# -- no input is slow -------------------------------------------------------------------

@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_pathological_lines_are_not_slow(shape: str) -> None:
    """A 100,000-character line of each shape of ``benchmarks/pathological.py``, alone and in
    an open Windows and Linux table, so that every opener, the open table's grammar and its
    ``explain`` see it. Catastrophic backtracking would take minutes; the bound only catches
    that (``python -m benchmarks.pathological`` shows the time growing linearly)."""
    assert seconds(shape, 100_000) < 5.0


def test_capture_strategies_were_found() -> None:
    assert {"windows_connections", "linux_stats", "linux_interfaces", "linux_interface_blocks"} <= set(CAPTURES)
    assert all(isinstance(s, st.SearchStrategy) for s in CAPTURES.values())


def test_the_checker_finds_a_lost_line() -> None:
    text = "Active Connections\n\n  Proto  Local Address  Foreign Address  State\nsome words\n"
    doc = netstat_parse.parse(text)
    assert_all_accounted(doc, text)
    doc.unparsed.clear()
    assert doc.unaccounted_lines(text) == [4]
