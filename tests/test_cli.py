"""The netstat-parse command: formats, kinds, exit codes, stdin, messages (run in-process)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from netstat_parse.cli import run
from tests.conftest import FIXTURES

INTERVAL = str(FIXTURES / "windows" / "connections" / "interval-ano-3-snapshots.txt")
BLOCKS = str(FIXTURES / "windows" / "process-blocks" / "b2k-netstat-bno-cannot-obtain.txt")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, INTERVAL)
    doc = json.loads(out)
    assert status == 0 and err == ""
    assert [s["snapshot"] for s in doc["sections"]] == [0, 1, 2]
    assert doc["sections"][0]["records"][0]["local_port"] == 135


def test_several_files_give_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, INTERVAL, BLOCKS)
    assert status == 0 and [d["source"] for d in json.loads(out)] == [INTERVAL, BLOCKS]


def test_jsonl_records_carry_their_source(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "--format", "jsonl", BLOCKS)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(rows) == 54
    assert rows[1]["source"] == BLOCKS and rows[1]["program"] == "svchost.exe" and rows[1]["components"] == ["RpcSs"]


def test_csv_one_kind(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "--format", "csv", "--kind", "connection", BLOCKS)
    table = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and len(table) == 54
    assert table[1]["components"] == "RpcSs" and table[2]["owner_unavailable"] == "true"


def test_unparsed_lines_warn_once_and_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "cap.txt"
    capture.write_text("Active Connections\n  TCP    0.0.0.0:135    0.0.0.0:0   LISTENING\nrandom words\n")
    status, out, err = cli(capsys, str(capture))
    assert status == 0
    assert json.loads(out)["unparsed"][0]["line"] == 3
    assert err.count("\n") == 1 and "1 unparsed line(s); first at line 3" in err


def test_strict_exits_one_with_a_compiler_style_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "cap.txt"
    capture.write_text("Active Connections\n  TCP    0.0.0.0:135    0.0.0.0:0   LISTENING\nrandom words\n")
    status, out, err = cli(capsys, "--strict", str(capture))
    assert status == 1
    assert err.splitlines()[0] == f"netstat-parse: {capture}:3:1: expected protocol (TCP or UDP)"


@pytest.mark.parametrize("argv", [["--format", "xml"], ["--kind", "nonsense"]])
def test_usage_errors_exit_two(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, *argv, INTERVAL)
    assert status == 2 and "invalid choice" in err


def test_file_errors_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, str(tmp_path / "nope.txt"))
    assert status == 2 and err == f"netstat-parse: {tmp_path / 'nope.txt'}: No such file or directory\n"


def test_list_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "--list-kinds")
    assert status == 0 and "windows.connections\tWindows connection table" in out.splitlines()


def test_stdin_and_module_entry_point() -> None:
    data = Path(INTERVAL).read_bytes()
    done = subprocess.run([sys.executable, "-m", "netstat_parse", "--format", "jsonl", "-"], input=data,
                          capture_output=True, check=False)
    assert done.returncode == 0 and done.stderr == b""
    assert len(done.stdout.splitlines()) == 13
    assert json.loads(done.stdout.splitlines()[0])["source"] == "<stdin>"


def test_json_document_streamed_equals_the_library_document(capsys: pytest.CaptureFixture[str]) -> None:
    import netstat_parse

    status, out, _ = cli(capsys, BLOCKS)
    assert status == 0 and json.loads(out) == netstat_parse.parse_file(BLOCKS).to_dict()


def test_folders_need_recursive_and_jobs_keep_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "captures"
    (folder / "b").mkdir(parents=True)
    for index, name in enumerate(["a.txt", "b/c.txt", "d.txt"]):
        (folder / name).write_text(f"  TCP    0.0.0.0:{135 + index}     0.0.0.0:0     LISTENING     {index}\n")
    status, _, err = cli(capsys, str(folder))
    assert status == 2 and "use --recursive" in err
    serial = cli(capsys, "-r", "-f", "jsonl", str(folder))
    parallel = cli(capsys, "-r", "-j", "3", "-f", "jsonl", str(folder))
    assert serial == parallel
    assert [json.loads(line)["pid"] for line in serial[1].splitlines()] == [0, 1, 2]
    docs = json.loads(cli(capsys, "-r", "-j", "2", str(folder))[1])
    assert [d["source"].rsplit("/", 1)[1] for d in docs] == ["a.txt", "c.txt", "d.txt"]


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, "-f", "jsonl", str(tmp_path / "missing.txt"), INTERVAL)
    assert status == 2 and "missing.txt: No such file or directory" in err
    assert len(out.splitlines()) == 13


def test_csv_of_several_kinds_is_one_table_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "cap.txt"
    capture.write_text("  TCP    0.0.0.0:135    0.0.0.0:0   LISTENING\nThe requested operation requires elevation.\n")
    status, out, err = cli(capsys, "-f", "csv", str(capture))
    tables = out.split("\n\n")
    assert status == 0 and len(tables) == 2 and "use --kind" in err
    assert tables[0].startswith("source,kind,line,end_line,platform") and tables[1].startswith("source,kind,line")


def test_strict_json_leaves_no_half_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "cap.txt"
    capture.write_text("Active Connections\n  TCP    0.0.0.0:135    0.0.0.0:0   LISTENING\nrandom words\n")
    status, out, _ = cli(capsys, "--strict", str(capture))
    assert status == 1 and out == ""
    status, out, _ = cli(capsys, "--strict", INTERVAL)
    assert status == 0 and len(json.loads(out)["sections"]) == 3


def test_progress_bar_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import netstat_parse.cli as cli_module

    monkeypatch.setattr(cli_module, "PROGRESS_MIN_BYTES", 1)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status, out, err = cli(capsys, "-f", "jsonl", INTERVAL)
    assert status == 0 and len(out.splitlines()) == 13
    assert "100%" in err and err.endswith("\n")
    status, _, err = cli(capsys, "-q", "-f", "jsonl", INTERVAL)
    assert status == 0 and err == ""


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_an_integer_beyond_64_bits_is_written(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """orjson refuses integers beyond 64 bits; a damaged Recv-Q of 23 digits is still written
    (the stdlib writes that record), in every format, for Windows and Linux rows alike."""
    huge = "99999999999999999999999"
    capture = tmp_path / "huge.txt"
    capture.write_text(
        "Active Internet connections (servers and established)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name\n"
        f"tcp   {huge}      0 10.0.0.5:22             10.0.0.9:50514          ESTABLISHED 812/sshd\n"
        "tcp        0      0 10.0.0.5:22             10.0.0.9:50515          ESTABLISHED 813/sshd\n"
        "\nActive Connections\n\n  Proto  Local Address          Foreign Address        State           PID\n"
        f"  TCP    10.0.0.5:49712         93.184.216.34:443      ESTABLISHED     {huge}\n"
    )
    code, out, err = cli(capsys, "-f", fmt, str(capture))
    assert code == 0 and "internal error" not in err
    if fmt == "json":
        records = [r for section in json.loads(out)["sections"] for r in section["records"]]
    elif fmt == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(out)))
    assert [str(r["recv_q"]) for r in records if r["platform"] == "linux"] == [huge, "0"]
    assert [str(r["pid"]) for r in records if r["platform"] == "windows"] == [huge]
