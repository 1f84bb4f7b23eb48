"""The command line on wrong input: one clear line, exit 2 (1 for --strict), never a traceback.

The CLI runs in-process (``netstat_parse.cli.run``) with captured standard streams.
"""

from __future__ import annotations

import builtins
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstat_parse.cli import run
from tests.conftest import FIXTURES
from tests.test_hostile import _SOUP_TOKENS, CAPTURES, garbage_line

TRANSCRIPT = FIXTURES / "transcripts" / "windows-cmd-session-constructed.txt"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.rstrip("\n")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize(("name", "content", "message"), [
    ("nope.txt", None, "No such file or directory"),
    ("empty.txt", b"", "empty input: no netstat output to read"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document, not netstat text"),
    ("capture.zip", b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive (or an Office document), not netstat text"),
    ("capture.txt.gz", b"\x1f\x8b\x08\x00\x00\x00", "a gzip-compressed file (decompress it first), not netstat text"),
    ("dump.bin", bytes(range(256)) * 4, "binary data, not netstat text"),
    ("netstat.exe", b"MZ\x90\x00\x03\x00\x00\x00", "a Windows executable, not netstat text"),
])
def test_wrong_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, name: str,
                     content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    status, out, err = cli(capsys, "--format", fmt, str(path))
    assert (status, out) == (2, "")
    assert _one_line(err) == f"netstat-parse: {path}: {message}"


def test_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, str(tmp_path))
    assert (status, out) == (2, "")
    assert _one_line(err).startswith(f"netstat-parse: {tmp_path}: is a directory")


def test_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root here, so the refusal is simulated where the file is opened."""
    path = tmp_path / "secret.txt"
    path.write_text("Active Connections\n")
    real_open = builtins.open

    def refuse(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refuse)
    status, out, err = cli(capsys, str(path))
    assert (status, out) == (2, "")
    assert _one_line(err) == f"netstat-parse: {path}: Permission denied"


def test_an_output_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, "-o", str(tmp_path), str(TRANSCRIPT))
    assert status == 2
    assert _one_line(err) == f"netstat-parse: {tmp_path}: Is a directory"


def test_binary_on_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"%PDF-1.4\n")))
    status, out, err = cli(capsys, "-")
    assert (status, out) == (2, "")
    assert _one_line(err) == "netstat-parse: <stdin>: a PDF document, not netstat text"


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, "--bogus", str(TRANSCRIPT))
    assert (status, out) == (2, "")
    assert err.splitlines()[-1] == "netstat-parse: error: unrecognized arguments: --bogus"


def test_a_bad_file_among_good_ones_stops_with_its_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    status, _, err = cli(capsys, "--format", "jsonl", str(TRANSCRIPT), str(pdf))
    assert status == 2
    assert err.splitlines()[-1] == f"netstat-parse: {pdf}: a PDF document, not netstat text"


def test_strict_error_names_file_line_column_with_the_line_and_a_caret(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "capture.txt"
    capture.write_text("Active Connections\n\n  Proto  Local Address          Foreign Address        State\n"
                       "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\n"
                       "  TCP    0.0.0.0:445            0.0.0.0\n")
    status, _, err = cli(capsys, "--strict", str(capture))
    assert status == 1
    assert err.splitlines() == [
        f"netstat-parse: {capture}:5:40: expected ':' and a port",
        "      TCP    0.0.0.0:445            0.0.0.0",
        "                                           ^",
    ]


@pytest.mark.parametrize("kind", sorted(CAPTURES))
@settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_strict_errors_of_every_kind(kind: str, data: st.DataObject, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    text, expected = data.draw(CAPTURES[kind])
    lines = text.splitlines()
    after = (expected[0].end_line or expected[0].line) if expected else len(lines)
    garbage = data.draw(garbage_line())
    capture = tmp_path / "capture.txt"
    capture.write_text("\n".join([*lines[:after], garbage, *lines[after:]]) + "\n", encoding="utf-8")
    status, out, err = cli(capsys, "--strict", "--format", "jsonl", str(capture))
    head, echoed, caret = err.splitlines()
    assert status == 1 and "Traceback" not in err
    assert head.startswith(f"netstat-parse: {capture}:{after + 1}:")
    assert echoed == "    " + garbage and caret.endswith("^") and not caret.strip(" ^")


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=1500),
    st.lists(st.one_of(st.sampled_from(_SOUP_TOKENS), st.text(max_size=30)), max_size=25).map(
        lambda lines: "\r\n".join(lines).encode("utf-8", "surrogatepass")),
), fmt=st.sampled_from(["json", "jsonl", "csv"]), strict=st.booleans())
def test_random_input_never_gives_a_traceback(data: bytes, fmt: str, strict: bool,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, err = cli(capsys, "--format", fmt, *(["--strict"] if strict else []), "-")
    assert status in (0, 1, 2), err  # 3 is an internal error
    assert "Traceback" not in err and "internal error" not in err
    if status == 0 and fmt == "json":
        assert json.loads(out)["source"] == "<stdin>"
    if status == 2:
        _one_line(err)
