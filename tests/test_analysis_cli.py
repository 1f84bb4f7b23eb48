"""``netstat-parse summary|diff|timeline``: formats, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from netstat_parse.analysis.cli import run
from netstat_parse.cli import run as main_run
from tests.conftest import FIXTURES

ANALYSIS = FIXTURES / "analysis"
BEFORE = str(ANALYSIS / "linux-netstat-tuanpW-before.txt")
AFTER = str(ANALYSIS / "linux-netstat-tuanpW-after.txt")
INTERVAL = str(ANALYSIS / "windows-netstat-ano-5-constructed.txt")


def call(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_main_command_dispatches(capsys: pytest.CaptureFixture[str]) -> None:
    status = main_run(["diff", "-f", "json", BEFORE, AFTER])
    data = json.loads(capsys.readouterr().out)
    assert status == 0 and len(data["added"]) == 4 and len(data["removed"]) == 1 and len(data["changed"]) == 2


def test_json_is_the_default_when_stdout_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = call(capsys, "summary", BEFORE)
    assert status == 0 and err == ""
    assert json.loads(out)["connections"] == 7


def test_table_is_the_default_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert run(["diff", BEFORE, AFTER]) == 0
    assert "connection: 4 added, 1 removed, 2 changed, 4 unchanged" in terminal.getvalue()


def test_summary_of_several_files_is_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "summary", "-f", "json", "--top", "1", BEFORE, str(ANALYSIS / "jc-win10-netstat-aonb.txt"))
    first, second = json.loads(out)
    assert status == 0 and first["connections"] == 7 and second["connections"] == 318
    assert len(second["top_talkers"]) == 1


def test_timeline_json_with_plot(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    png = tmp_path / "states.png"
    status, out, err = call(capsys, "timeline", "-f", "json", "--plot", str(png), INTERVAL)
    data = json.loads(out)
    assert status == 0 and err == ""
    assert [s["time"] for s in data["snapshots"]] == [0.0, 5.0, 10.0] and data["time_source"] == "command"
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_timeline_of_a_folder_in_natural_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    for number, source in ((2, BEFORE), (10, AFTER)):  # "10" after "2": natural order, not text order
        shutil.copy(source, folder / f"netstat-{number}.txt")
        os.utime(folder / f"netstat-{number}.txt", (1_700_000_000 + number, 1_700_000_000 + number))
    (folder / ".hidden").write_text("not a capture")
    status, out, err = call(capsys, "timeline", "-f", "json", str(folder))
    data = json.loads(out)
    assert status == 0
    assert [Path(s["source"]).name for s in data["snapshots"]] == ["netstat-2.txt", "netstat-10.txt"]
    assert data["time_source"] == "mtime" and [s["time"] for s in data["snapshots"]] == [0.0, 8.0]
    assert "modification times" in err
    assert {r["local_port"] for r in data["snapshots"][1]["disappeared"]} == {47012}


def test_timeline_interval_option_gives_rates(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "timeline", "-f", "table", "--interval", "10",
                          str(ANALYSIS / "linux-netstat-s-before.txt"), str(ANALYSIS / "linux-netstat-s-after.txt"))
    assert status == 0
    assert "times: snapshots --interval seconds apart, 10 s" in out
    assert "  IpExt   InOctets         22356      2235.6" in out


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "diff.json"
    status, out, _ = call(capsys, "diff", "-o", str(target), BEFORE, AFTER)
    assert status == 0 and out == ""
    assert json.loads(target.read_text())["removed"][0]["local_port"] == 47012


def test_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(Path(AFTER).read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = call(capsys, "diff", "-f", "json", BEFORE, "-")
    data = json.loads(out)
    assert status == 0 and data["after"]["source"] == "<stdin>" and len(data["added"]) == 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["summary", "no-such-file.txt"], "netstat-parse summary: no-such-file.txt: No such file or directory"),
        (["diff", "-", "-"], "only one of BEFORE and AFTER can be standard input"),
        (["summary", str(ANALYSIS)], "is a directory"),
        (["summary", "--snapshot", "7", str(ANALYSIS / "linux-http-demo-tanpWc.txt")],
         "linux-http-demo-tanpWc.txt: no snapshot 7: the capture has 5"),
    ],
)
def test_errors_are_one_line_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    status, out, err = call(capsys, *argv)
    assert status == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_empty_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = call(capsys, "timeline", str(tmp_path))
    assert (status, out, err) == (2, "", f"netstat-parse timeline: {tmp_path}: folder holds no capture files\n")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["diff", BEFORE], ["timeline", "--interval", "-3", INTERVAL], ["summary", "--top", "0", BEFORE],
                 ["timeline"], ["frobnicate"]):
        status, _, err = call(capsys, *argv)
        assert status == 2 and "usage:" in err, argv


def test_missing_matplotlib(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                            tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    status, _, err = call(capsys, "timeline", "--plot", str(tmp_path / "x.png"), INTERVAL)
    assert status == 2
    assert err.strip().endswith("--plot needs matplotlib: pip install 'netstat-parse[plot]'")


def test_warnings_for_unparsed_lines_and_nothing_to_compare(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("these are my notes\n")
    status, out, err = call(capsys, "diff", "-f", "json", str(junk), str(ANALYSIS / "linux-netstat-s-after.txt"))
    assert status == 0
    assert f"{junk}: 1 unparsed line(s); first at line 1" in err
    assert f"{junk}: no netstat records found" in err
    assert json.loads(out)["added"][0]["kind"] == "protocol_stats"
    status, _, err = call(capsys, "diff", "-q", str(junk), AFTER)
    assert status == 0 and err == ""


def test_different_platforms_are_compared_with_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = call(capsys, "diff", "-f", "json", INTERVAL, AFTER)
    assert status == 0 and "different platforms (linux, windows)" in err
    assert len(json.loads(out)["removed"]) == 6


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "timeline", "--help")
    assert status == 0 and "--interval SECONDS" in out and "--plot FILE.png" in out


DOC_FILES = {
    "before.txt": "linux-http-demo-before.txt", "after.txt": "linux-http-demo-after.txt",
    "sniff.txt": "linux-http-demo-tanpWc.txt", "s-before.txt": "linux-netstat-s-before.txt",
    "s-after.txt": "linux-netstat-s-after.txt", "capture.txt": "windows-netstat-ano-5-constructed.txt",
    "aon.txt": "jc-win10-netstat-aon.txt", "aonb.txt": "jc-win10-netstat-aonb.txt",
}


def doc_examples() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of every `$ netstat-parse ...` in docs/sniffer.md."""
    text = (FIXTURES.parent / "docs" / "sniffer.md").read_text(encoding="utf-8")
    examples: list[tuple[str, list[str]]] = []
    for block in text.split("```console\n")[1:]:
        for chunk in block.split("```", 1)[0].split("$ ")[1:]:
            command, *output = chunk.rstrip("\n").split("\n")
            examples.append((command, output))
    return examples


@pytest.mark.parametrize(("command", "expected"), doc_examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_docs_sniffer_outputs_are_real(command: str, expected: list[str], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Every table in docs/sniffer.md is what the command prints for the capture it names."""
    if "--plot" in command:
        pytest.importorskip("matplotlib")
    for name, fixture in DOC_FILES.items():
        shutil.copy(ANALYSIS / fixture, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    argv, _, pipe = command.partition(" | ")
    words = argv.split()[1:]
    if pipe.startswith("jq"):
        words[1:1] = ["-f", "json"]
    terminal = io.StringIO()
    terminal.isatty = lambda: not pipe  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdout", terminal)
    assert run(words) == 0
    lines = terminal.getvalue().rstrip("\n").split("\n")
    if pipe.startswith("head"):
        lines = lines[: int(pipe.split()[-1].lstrip("-"))]
    if pipe.startswith("jq"):
        data = json.loads(terminal.getvalue())
        if ".added[]" in pipe:
            lines = [json.dumps({k: r[k] for k in ("local_port", "remote_port", "state")}, separators=(",", ":"))
                     for r in data["added"]]
        else:
            lines = [json.dumps({"time": int(s["time"]), "states": s["states"]}, separators=(",", ":"))
                     for s in data["snapshots"]]
    if "..." in expected:  # an excerpt: its lines appear in this order
        position = 0
        for line in (x for x in expected if x != "..."):
            position = lines.index(line, position) + 1
    else:
        assert lines == (expected or [""])
