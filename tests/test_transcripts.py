"""Whole console transcripts: prompts, commands, snapshots per command, other commands' output.

The fixtures are a real bash session captured here with ``script`` (escape sequences, CRs)
and its terminal copy, and constructed cmd.exe/PowerShell sessions around real rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import netstat_parse
from netstat_parse.core.transcript import match_prompt
from tests.conftest import FIXTURES
from tests.test_hostile import assert_all_accounted

TRANSCRIPTS = FIXTURES / "transcripts"


def _parse(name: str) -> netstat_parse.Document:
    return netstat_parse.parse_file(TRANSCRIPTS / name)


@pytest.mark.parametrize("name", ["linux-bash-script-typescript.txt", "linux-bash-terminal-copy.txt"])
def test_real_bash_session(name: str) -> None:
    doc = _parse(name)
    commands = [(p.command, p.output) for p in doc.prompts]
    assert commands == [
        ("netstat -tlnp", "netstat"), ("uname -sr", "other"), ("netstat -rn", "netstat"), ("", "none"),
        ("PS1='[\\u@\\h \\W]\\$ '", "other"), ("ss -tln", "other"), ("netstat -i", "netstat"),
        ("cat saved-netstat-an.txt", "viewer"), ("ip route", "other"), ("PS1='\\$ '", "other"),
        ("netstat -s -t | head -20", "netstat"), ("exit", "other"),
    ]
    by_command = [(s.kind, s.command, s.options, s.snapshot, len(s.records)) for s in doc.sections]
    assert by_command == [
        ("connections", "netstat -tlnp", ("-tlnp",), 0, 1),
        ("routes", "netstat -rn", ("-rn",), 0, 2),
        ("interfaces", "netstat -i", ("-i",), 0, 2),
        ("connections", "cat saved-netstat-an.txt", (), 0, 5),
        ("unix_sockets", "cat saved-netstat-an.txt", (), 0, 2),
        ("protocol_stats", "netstat -s -t | head -20", ("-s", "-t"), 0, 1),
        ("protocol_stats", "netstat -s -t | head -20", ("-s", "-t"), 0, 1),
        ("protocol_stats", "netstat -s -t | head -20", ("-s", "-t"), 0, 1),
        ("protocol_stats", "netstat -s -t | head -20", ("-s", "-t"), 0, 1),
    ]
    listen = next(doc.records("connection"))
    assert (listen.local_host, listen.local_port, listen.state, listen.pid) == ("0.0.0.0", 2024, "LISTEN", None)
    default = next(doc.records("route"))
    assert (default.destination, default.gateway, default.flags, default.interface) == (
        "0.0.0.0", "192.0.2.1", "UG", "eth0")
    tcp = next(r for r in doc.records("protocol_stats") if r.section == "Tcp")
    assert (tcp.counters["ActiveOpens"], tcp.counters["InSegs"], tcp.counters["OutRsts"]) == (65, 1612, 33)
    eth0 = next(doc.records("interface_stats"))
    assert (eth0.interface, eth0.mtu, eth0.rx_ok, eth0.tx_ok, eth0.flags) == ("eth0", 1400, 1600, 1220, "BMRU")
    # the output of uname, ss and ip route is "not netstat output", one block per run
    texts = [u.text.splitlines()[0] for u in doc.unparsed if u.reason == "not netstat output"]
    assert "Linux 6.18.44-fc-v669" in texts
    assert "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess" in texts
    assert "default via 192.0.2.1 dev eth0" in texts
    assert_all_accounted(doc, (TRANSCRIPTS / name).read_text(encoding="utf-8"))


def test_script_typescript_line_numbers_count_lone_carriage_returns() -> None:
    """``script`` writes ``ESC[?2004l CR`` before each command's output: the CR ends a line
    (as a terminal shows it), so the title is on its own line after the prompt's."""
    doc = _parse("linux-bash-script-typescript.txt")
    assert [p.line for p in doc.prompts][:3] == [2, 7, 10]
    assert doc.sections[0].header_lines == [4, 5]
    assert doc.unparsed[0].text.startswith("Script started on")


def test_cmd_session() -> None:
    doc = _parse("windows-cmd-session-constructed.txt")
    assert [(p.line, p.command) for p in doc.prompts] == [
        (4, "ipconfig"), (16, "arp -a"), (23, "netstat -ano | findstr LISTENING"), (31, "netstat -ano -b"), (48, "")]
    filtered, blocks = doc.sections
    assert (filtered.title, filtered.command, filtered.options, filtered.header_lines) == (
        None, "netstat -ano | findstr LISTENING", ("-ano",), [])
    assert [r.local_port for r in filtered.records] == [135, 443, 445, 902, 49667, 49668]
    assert [r.pid for r in filtered.records] == [1712, 9396, 4, 7388, 2160, 3952]
    assert (blocks.title, blocks.options, blocks.snapshot) == ("Active Connections", ("-ano", "-b"), 0)
    assert [(r.program, r.components, r.owner_unavailable) for r in blocks.records] == [
        ("com.docker.backend.exe", (), False), ("svchost.exe", ("RpcSs",), False), (None, (), True),
        ("LMS.exe", (), False), ("vmms.exe", (), False)]
    # arp -a rows look like table rows; after another command's prompt they are not sniffed
    arp = next(u for u in doc.unparsed if u.line == 18)
    assert (arp.end_line, arp.reason) == (21, "not netstat output")
    assert "192.0.2.1             00-00-5e-00-53-01     dynamic" in arp.text
    assert [(u.line, u.end_line) for u in doc.unparsed] == [(1, 2), (6, 14), (18, 21)]


def test_snapshots_restart_after_each_prompt() -> None:
    doc = _parse("windows-powershell-session-constructed.txt")
    assert [(s.command, s.snapshot, s.command_line) for s in doc.sections] == [
        ("netstat -ano", 0, 4), ("netstat -ano", 0, 20)]
    assert [(u.line, u.end_line) for u in doc.unparsed] == [(1, 2), (16, 18)]


def test_without_prompts_a_title_again_is_the_next_snapshot() -> None:
    text = (TRANSCRIPTS / "windows-powershell-session-constructed.txt").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("PS "))
    doc = netstat_parse.parse(body)
    assert [(s.command, s.snapshot) for s in doc.sections] == [(None, 0), (None, 1)]
    assert [r.snapshot for r in doc.records()] == [0] * 5 + [1] * 5


def test_interval_capture_inside_one_command_counts_snapshots() -> None:
    block = "\nActive Connections\n\n  Proto  Local Address          Foreign Address        State           PID\n" \
            "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       720\n"
    doc = netstat_parse.parse("C:\\>netstat -ano 5\n" + block * 3 + "^C\nC:\\>netstat -ano\n" + block)
    assert [(s.snapshot, s.command, s.options) for s in doc.sections] == [
        (0, "netstat -ano 5", ("-ano", "5")), (1, "netstat -ano 5", ("-ano", "5")),
        (2, "netstat -ano 5", ("-ano", "5")), (0, "netstat -ano", ("-ano",))]


@pytest.mark.parametrize(("line", "command", "output"), [
    ("C:\\Users\\admin>netstat -ano", "netstat -ano", "netstat"),
    ("C:\\>", "", "none"),
    ("C:\\Program Files (x86)\\App>netstat -ano | findstr :443", "netstat -ano | findstr :443", "netstat"),
    ("PS C:\\> netstat -r", "netstat -r", "netstat"),
    ("PS C:\\Users\\x>", "", "none"),
    ("PS>Get-Content .\\netstat.txt", "Get-Content .\\netstat.txt", "viewer"),
    ("[srv01]: PS C:\\Users\\a\\Documents> netstat -e", "netstat -e", "netstat"),
    ("root@web01:~# netstat -tulpn", "netstat -tulpn", "netstat"),
    ("(venv) user@host:~/src$ sudo netstat -tulpn", "sudo netstat -tulpn", "netstat"),
    ("(base) [admin@db01 ~]$ ss -tan", "ss -tan", "other"),
    ("[user@host dir]$ cat /tmp/netstat-an.txt", "cat /tmp/netstat-an.txt", "viewer"),
    ("bash-5.1# netstat -i", "netstat -i", "netstat"),
    ("sh-4.2$ route -n", "route -n", "netstat"),
    ("user@mac ~ % netstat -rn", "netstat -rn", "netstat"),
    ("mac:~ user$ netstat -an", "netstat -an", "netstat"),
    ("/ # netstat -tulpn", "netstat -tulpn", "netstat"),
    ("$ netstat -s", "netstat -s", "netstat"),
    ("$ ip route", "ip route", "other"),
    ("$", "", "none"),
    ("# netstat -an 5", "netstat -an 5", "netstat"),
    ("# exit", "exit", "other"),
    ("% netstat -rn", "netstat -rn", "netstat"),
])
def test_prompts(line: str, command: str, output: str) -> None:
    prompt = match_prompt(7, line)
    assert prompt is not None
    assert (prompt.line, prompt.command, prompt.output) == (7, command, output)


@pytest.mark.parametrize("line", [
    "  MSSQL$SQLEXPRESS",  # a -b component line with a $ in it
    "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       720",
    "unix  2      [ ACC ]     STREAM     LISTENING     12345    /run/user@1000/bus$",
    "eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500",
    "Tcp:",
    "# Netstat output of web01",  # a Markdown heading
    "# netstat output",
    "# time for a change",
    "admin@example.com wrote:",
    "bob@example.com $5 fee",
    "$5 is the price",
    "PS: see below",
    "    $ netstat -an",  # indented: a prompt is at column 0
])
def test_not_prompts(line: str) -> None:
    assert match_prompt(1, line) is None


@pytest.mark.parametrize(("command", "options"), [
    ("netstat -ano | findstr 443", ("-ano",)),
    ("netstat -ano > out.txt", ("-ano",)),
    ("netstat -an 2>&1 | tee log", ("-an",)),
    ("C:\\Windows\\System32\\NETSTAT.EXE -a -n -o 5", ("-a", "-n", "-o", "5")),
    ("sudo route -n", ("-n",)),
    ("ip route", ()),
    ("cat netstat", ()),
    ("man netstat", ()),
    ("watch -n1 netstat -tan", ("-tan",)),
])
def test_options_are_netstat_words_up_to_a_pipe_or_redirection(command: str, options: tuple[str, ...]) -> None:
    prompt = match_prompt(1, "$ " + command)
    assert prompt is not None and prompt.options == options


def test_prompt_lines_are_consumed_and_in_the_json() -> None:
    doc = netstat_parse.parse("$ netstat -rn\nKernel IP routing table\n"
                              "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n"
                              "0.0.0.0         192.0.2.1       0.0.0.0         UG        0 0          0 eth0\n")
    data = json.loads(json.dumps(doc.to_dict()))
    assert data["prompts"] == [{"line": 1, "text": "$ netstat -rn", "command": "netstat -rn", "options": ["-rn"],
                                "output": "netstat"}]
    assert data["unparsed"] == []
    assert (data["sections"][0]["command"], data["sections"][0]["command_line"]) == ("netstat -rn", 1)


def test_other_commands_output_is_one_block_in_json_and_line_by_line_in_jsonl(tmp_path: Path) -> None:
    from netstat_parse.cli import run

    capture = TRANSCRIPTS / "windows-cmd-session-constructed.txt"
    records = list(netstat_parse.iter_records(capture))
    ipconfig = [r for r in records if r.kind == "unparsed" and 6 <= r.line <= 14]
    assert [r.line for r in ipconfig] == [6, 9, 11, 12, 13, 14]
    out = tmp_path / "doc.json"
    assert run(["-q", "-o", str(out), str(capture)]) == 0
    blocks = json.loads(out.read_text(encoding="utf-8"))["unparsed"]
    assert [(b["line"], b["end_line"]) for b in blocks] == [(1, 2), (6, 14), (18, 21)]


def test_platform_is_decided_per_section() -> None:
    doc = netstat_parse.parse((TRANSCRIPTS / "markdown-ticket-indented-and-fenced-constructed.txt").read_text())
    assert [(s.platform, s.kind, s.command) for s in doc.sections] == [
        ("windows", "connections", "netstat -ano"), ("linux", "routes", "netstat -rn"),
        ("linux", "interfaces", "netstat -i")]
