"""The library entry points: parse, parse_bytes, parse_file, iter_records, strict mode."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import netstat_parse
from tests.conftest import FIXTURES

CAPTURE = FIXTURES / "windows" / "connections" / "interval-ano-3-snapshots.txt"
ROW = "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       720"


def test_public_api_is_declared() -> None:
    for name in netstat_parse.__all__:
        assert hasattr(netstat_parse, name), name


def test_parse_takes_text_only() -> None:
    with pytest.raises(TypeError, match="use parse_bytes"):
        netstat_parse.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="use parse\\(\\)"):
        netstat_parse.parse_bytes("text")  # type: ignore[arg-type]


def test_the_three_doors_agree() -> None:
    from_file = netstat_parse.parse_file(CAPTURE)
    from_bytes = netstat_parse.parse_bytes(CAPTURE.read_bytes(), source=str(CAPTURE))
    from_text = netstat_parse.parse(CAPTURE.read_text(encoding="ascii"), source=str(CAPTURE))
    assert list(from_file.records()) == list(from_bytes.records()) == list(from_text.records())
    assert from_file.line_count == from_bytes.line_count == from_text.line_count == 25
    assert len(list(from_file.records())) == 13


def test_iter_records_streams_paths_files_and_lines() -> None:
    expected = list(netstat_parse.parse_file(CAPTURE).records())
    assert list(netstat_parse.iter_records(CAPTURE)) == expected
    assert list(netstat_parse.iter_records(str(CAPTURE))) == expected
    assert list(netstat_parse.iter_records(io.BytesIO(CAPTURE.read_bytes()))) == expected
    assert list(netstat_parse.iter_records(CAPTURE.read_text(encoding="ascii").splitlines())) == expected


def test_iter_records_is_lazy() -> None:
    def lines():  # an endless interval capture: records must come out as rows arrive
        yield "Active Connections"
        while True:
            yield ROW

    stream = netstat_parse.iter_records(lines())
    first, second = next(stream), next(stream)
    assert (first.line, second.line) == (2, 3)


def test_unparsed_lines_are_records_in_the_stream() -> None:
    kinds = [r.kind for r in netstat_parse.iter_records([ROW, "hello world", ROW])]
    assert kinds == ["connection", "unparsed", "connection"]


def test_strict_mode_names_source_line_column_and_expectation() -> None:
    with pytest.raises(netstat_parse.NetstatParseError) as caught:
        netstat_parse.parse(f"Active Connections\n{ROW}\n  TCP    0.0.0.0:135   oops\n", source="cap.txt", strict=True)
    err = caught.value
    assert (err.source, err.line_no, err.col) == ("cap.txt", 3, 28)
    assert str(err).splitlines() == [
        "cap.txt:3:28: expected ':' and a port",
        "      TCP    0.0.0.0:135   oops",
        "                               ^",
    ]


def test_file_errors_are_parse_errors(tmp_path: Path) -> None:
    with pytest.raises(netstat_parse.NetstatParseError, match="No such file"):
        netstat_parse.parse_file(tmp_path / "missing.txt")
    with pytest.raises(netstat_parse.NetstatParseError, match="directory"):
        netstat_parse.parse_file(tmp_path)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(netstat_parse.NetstatParseError, match="PDF"):
        netstat_parse.parse_file(tmp_path / "doc.pdf")


def test_document_json_form() -> None:
    data = netstat_parse.parse_file(CAPTURE).to_dict()
    assert set(data) == {"source", "encoding", "line_count", "sections", "prompts", "unparsed"}
    section = data["sections"][1]
    assert (section["kind"], section["platform"], section["title"], section["snapshot"]) == (
        "connections", "windows", "Active Connections", 1)
    assert section["records"][0]["kind"] == "connection"


def test_unaccounted_lines_finds_only_lines_nothing_claims() -> None:
    """Constructed: a quoted Windows table, a blank quote marker and a note. Every non-blank
    line is claimed; a record removed afterwards leaves its line unaccounted."""
    text = ("> Active Connections\n>\n>   Proto  Local Address          Foreign Address        State\n"
            ">   TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\n\nsee above\n")
    doc = netstat_parse.parse(text)
    assert doc.claimed_lines() == {"record": {4}, "header": {1, 3}, "prompt": set(), "unparsed": {6}}
    assert doc.unaccounted_lines(text) == []
    doc.sections[0].records.clear()
    assert doc.unaccounted_lines(text) == [4]
