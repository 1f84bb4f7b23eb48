"""Rows a parser writes as JSON itself (``EncodedRecord``) are written exactly as their records.

With orjson, the CLI asks the driver for encoded rows (``Driver(encode=True)``); the Windows
connection parser then writes each distinct row's JSON once, the Linux one writes a row from
its values (``serialize.values_encoder``). The property: the JSON document and the JSON Lines
of every kind's damaged captures are the same bytes either way, with and without ``--kind``;
and the values encoder writes what the writers write for any values. The writers without
orjson (the stdlib) give the same JSON values.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstat_parse import cli
from netstat_parse.api import driven_events
from netstat_parse.core import serialize
from netstat_parse.core.decode import split_lines
from netstat_parse.core.driver import Driver
from netstat_parse.core.jsondoc import write_document
from netstat_parse.core.records import Record
from netstat_parse.core.sections import Section
from netstat_parse.core.serialize import json_body, values_encoder, write_jsonl
from netstat_parse.core.transcript import Prompt
from tests.conftest import FIXTURES
from tests.test_hostile import _PROFILE_EXAMPLES, CAPTURES, damage

needs_orjson = pytest.mark.skipif(serialize.orjson is None, reason="encoded rows need orjson")


def written(lines: list[str], *, encode: bool, jsonl: bool, keep: Callable[[Record], bool] | None) -> str:
    driver = Driver(encode=encode)
    events = driven_events(driver, lines, source="capture.txt", strict=False)
    out = io.StringIO()
    if jsonl:
        write_jsonl((e for e in events if not isinstance(e, (Section, Prompt)) and (keep is None or keep(e))), out,
                    source="capture.txt")
    else:
        write_document(events, out, source="capture.txt", encoding=None, line_count=lambda: driver.lines_read,
                       keep=keep)
    return out.getvalue()


@needs_orjson
@pytest.mark.parametrize("kind", sorted(CAPTURES))
@settings(max_examples=max(10, _PROFILE_EXAMPLES // 4),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(data=st.data(), jsonl=st.booleans(), only=st.sampled_from([None, "connection", "unparsed"]))
def test_encoded_rows_are_written_as_their_records(kind: str, data: st.DataObject, jsonl: bool,
                                                   only: str | None) -> None:
    case = damage(data, data.draw(CAPTURES[kind], label="capture"))
    lines = list(split_lines(case.text))
    keep = cli._keep(cli._argument_parser().parse_args(["--kind", only] if only else []))
    assert written(lines, encode=True, jsonl=jsonl, keep=keep) == written(lines, encode=False, jsonl=jsonl, keep=keep)


@needs_orjson
def test_the_cli_encodes_windows_rows_and_writes_them_as_records() -> None:
    capture = FIXTURES / "windows" / "process-blocks" / "b2k-netstat-bno-cannot-obtain.txt"
    lines = list(split_lines(capture.read_text(encoding="utf-8")))
    encoded = [e for e in Driver(encode=True).run(lines) if type(e).__name__ == "EncodedRecord"]
    assert encoded and all(e.record_kind == "connection" for e in encoded)
    assert written(lines, encode=True, jsonl=False, keep=None) == written(lines, encode=False, jsonl=False, keep=None)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_the_stdlib_writers_give_the_same_json_values(fmt: str, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Every fixture, converted with orjson (and its encoded rows) and with the stdlib alone."""
    paths = sorted(str(path) for path in FIXTURES.rglob("*.txt"))

    def values() -> object:
        assert cli.run(["-q", "-f", fmt, *paths]) in (0, 1)  # (some fixtures hold unparsed lines)
        text = capsys.readouterr().out
        return json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]

    with_default = values()
    monkeypatch.setattr(serialize, "orjson", None)
    assert values() == with_default


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12),
                    st.sampled_from(["a,b", '"', "\\", "%d", "%b", "<netstat-parse value 3>", "ü,ö"]))


@needs_orjson
@given(values=st.lists(_VALUES, min_size=28, max_size=28))
def test_the_values_encoder_writes_what_the_writers_write(values: list[object]) -> None:
    """Any values, commas, quotes, percent signs and placeholder look-alikes included: the
    body of the record they make, or None where a value holds a comma or orjson refuses an
    integer beyond 64 bits."""
    from netstat_parse.platforms.linux.connections import _BUILD_ROW_FIELDS, _build_row

    assert len(_BUILD_ROW_FIELDS) == len(values)  # the Linux row's fields, security_context (-Z) included
    encoded = values_encoder(_build_row, len(values))(tuple(values))
    if encoded is None:  # a comma, or an integer orjson refuses
        assert any((isinstance(value, str) and "," in value)
                   or (type(value) is int and not -(2**63) <= value < 2**64) for value in values)
    else:
        assert encoded == json_body(_build_row(*values))


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "latin-1"])
def test_batches_go_to_the_bytes_beneath_a_utf8_stream_in_order(encoding: str) -> None:
    """The writers hand JSON to the bytes beneath a UTF-8 text stream, after the text written
    before them and before the text written after; another encoding gets text, encoded by
    the stream as usual."""
    from netstat_parse.core.serialize import utf8_writer

    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    out.write("head é ")
    write = utf8_writer(out)
    write("batch é ".encode())
    out.write("tail")
    out.flush()
    assert raw.getvalue() == "head é batch é tail".encode(encoding)


@needs_orjson
def test_the_values_encoder_refuses_values_out_of_field_order() -> None:
    """The values fill the template in the record's field order: a builder that takes them in
    another order is refused when the encoder is made, not written wrong."""
    from netstat_parse.core.records import Connection, record_builder

    assert values_encoder(record_builder(Connection, "line", "platform", "snapshot"), 3)((7, "linux", 2)) == \
        json_body(record_builder(Connection, "line", "platform", "snapshot")(7, "linux", 2))
    with pytest.raises(AssertionError, match="in order"):
        values_encoder(record_builder(Connection, "line", "snapshot", "platform"), 3)
