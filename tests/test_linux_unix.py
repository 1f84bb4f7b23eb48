"""Linux unix domain socket tables: real captures (jc, this machine, BusyBox), round trips."""

from __future__ import annotations

from hypothesis import given

import netstat_parse
from netstat_parse.core.records import UnixSocket
from netstat_parse.platforms.linux.unix import CONTEXT_ROW, ROW
from tests.conftest import FIXTURES
from tests.strategies import linux_unix as strategy

UNIX = FIXTURES / "linux" / "unix"
CONNECTIONS = FIXTURES / "linux" / "connections"


def sockets(path: str) -> list[UnixSocket]:
    doc = netstat_parse.parse_file(FIXTURES / "linux" / path)
    assert doc.unparsed == []
    return [r for r in doc.records("unix_socket") if isinstance(r, UnixSocket)]


def test_live_capture_listeners_abstract_dgram_and_connected_pair() -> None:
    rows = sockets("unix/here-netstat-xap.txt")
    by_inode = {r.inode: r for r in rows}
    listener = by_inode[28409]
    assert (listener.flags, listener.type, listener.state, listener.pid, listener.program) == (
        ("ACC",), "STREAM", "LISTENING", 22086, "python")
    assert listener.path is not None and listener.path.endswith("/listener")
    abstract = by_inode[28410]
    assert (abstract.path, abstract.state) == ("@netstat-parse-22086", "LISTENING")
    dgram = by_inode[28411]
    assert (dgram.type, dgram.state, dgram.state_raw, dgram.flags) == ("DGRAM", None, None, ())
    unnamed = by_inode[28412]
    assert (unnamed.state, unnamed.path, unnamed.ref_count) == ("CONNECTED", None, 3)
    other = by_inode[1072]
    assert (other.pid, other.program) == (None, None)


def test_only_servers_listing() -> None:
    doc = netstat_parse.parse_file(UNIX / "here-netstat-xl.txt")
    assert doc.sections[0].properties["listing"] == "listening"
    assert [(r.state, r.path) for r in doc.records("unix_socket")] == [
        ("LISTENING", "/tmp/nspev4fnm1a/listener"), ("LISTENING", "@netstat-parse-22086")]


def test_busybox_right_aligned_inode() -> None:
    rows = sockets("unix/here-busybox-netstat-ax.txt")
    assert [(r.inode, r.state, r.path) for r in rows[:3]] == [
        (1072, "CONNECTED", None), (28409, "LISTENING", "/tmp/nspev4fnm1a/listener"),
        (28411, None, "/tmp/nspev4fnm1a/dgram")]
    assert all(r.pid is None and r.program is None for r in rows)


def test_busybox_path_with_a_space_is_kept_whole() -> None:
    text = ("Active UNIX domain sockets (servers and established)\n"
            "Proto RefCnt Flags       Type       State         I-Node Path\n"
            "unix  2      [ ACC ]     STREAM     LISTENING      16873 /tmp/c_work/sock with space\n")
    (row,) = netstat_parse.parse(text).records("unix_socket")
    assert (row.inode, row.path) == (16873, "/tmp/c_work/sock with space")


def test_centos7_single_space_before_program_and_19_character_names() -> None:
    rows = sockets("unix/jc-generic-netstat-old-centos7-right-aligned-inode.txt")
    assert [(r.inode, r.pid, r.program, r.path) for r in rows[:2]] == [
        (18438, 1, "systemd", "/run/lvm/lvmpolld.socket"), (23569, 871, "chronyd", "/var/run/chrony/chronyd.sock")]
    assert rows[-1].path == "/var/lib/sss/pipes/private/sbus-monitor"


def test_jc_aeep_unix_table() -> None:
    rows = sockets("connections/jc-ubuntu-18.04-netstat-sudo-aeep.txt")
    assert len(rows) == 113
    assert sum(r.state == "LISTENING" for r in rows) == 21
    sd_pam = next(r for r in rows if r.inode == 34591)
    assert (sd_pam.pid, sd_pam.program, sd_pam.path) == (1904, "(sd-pam)", None)
    ssh = next(r for r in rows if r.inode == 44879)
    assert (ssh.program, ssh.program_truncated) == ("sshd: kbrazil@", True)  # 19 characters: cut
    assert next(r for r in rows if r.inode == 27357).path == "@ISCSIADM_ABSTRACT_NAMESPACE"
    journal = next(r for r in rows if r.inode == 21485)
    assert (journal.program, journal.program_truncated) == ("systemd-journal", True)


def test_translated_unix_states() -> None:
    expected = {"de": ("HÖRT", "VERBUNDEN"), "fr": ("LISTENING", "CONNECTE"), "pt_BR": ("OUVINDO", "CONECTADO"),
                "cs": ("NASLOUCHÁ", "SPOJEN"), "ja": ("LISTENING", "CONNECTED"), "et": ("LISTENING", "ÜHENDATUD")}
    for language, (listening, connected) in expected.items():
        doc = netstat_parse.parse_file(CONNECTIONS / f"here-{language}-netstat-atuwxnpeo.txt")
        rows = list(doc.records("unix_socket"))
        assert {(r.state, r.state_raw) for r in rows if r.state_raw} == {("LISTENING", listening),
                                                                         ("CONNECTED", connected)}, language
        assert doc.sections[1].language == language.replace("_", "-")  # locale name -> BCP 47 tag


def test_fedora_unix_table_without_programs() -> None:
    rows = sockets("connections/jc-fedora32-netstat.txt")
    assert len(rows) == 129
    assert rows[3].path == "@userdb-9bf8f59ca8f2bcce47a377edbaf8985d" and rows[3].inode == 165956
    assert all(r.pid is None and r.program is None for r in rows)


def test_selinux_context_before_the_path() -> None:
    """``netstat -xapZ`` (constructed after §1.4 and §1.3.1): the context is no part of the path."""
    doc = netstat_parse.parse_file(UNIX / "constructed-selinux-xapZ.txt")
    assert doc.sections[0].properties == {"listing": "all", "security_context": True}
    rows = sockets("unix/constructed-selinux-xapZ.txt")
    dbus = "system_u:system_r:system_dbusd_t:s0-s0:c0.c1023"
    assert [(r.inode, r.state, r.pid, r.program, r.security_context, r.path) for r in rows] == [
        (24871, "LISTENING", 1, "systemd", "system_u:system_r:init_t:s0", "/run/systemd/private"),
        (31077, "CONNECTED", 655, "dbus-daemon", dbus, "/run/dbus/system_bus_socket"),
        (19980, None, 412, "systemd-journal", "system_u:system_r:syslogd_t:s0", "/run/systemd/journal/dev-log"),
        (31078, "CONNECTED", 655, "dbus-daemon", dbus, None),
        (55120, "LISTENING", 2211, "Xorg", "system_u:system_r:xserver_t:s0-s0:c0.c1023", "@/tmp/.X11-unix/X0")]
    assert rows[2].program_truncated and rows[2].type == "DGRAM"


def test_selinux_dash_context_and_a_table_opened_by_its_header() -> None:
    """``-`` is null (the reference does not say what an unreadable context prints); a path is
    never taken for a context, whatever comes before it."""
    header = ("Proto RefCnt Flags       Type       State         I-Node   PID/Program name    "
              + " Security Context".ljust(50) + " Path")
    text = "\n".join([
        header,
        "unix  3      [ ]         SEQPACKET  CONNECTED     40112    -                    " + "-".ljust(50) + " ",
        "unix  2      [ ACC ]     STREAM     LISTENING     24872    -                    " + "-".ljust(50)
        + " /run/x",
        "unix  2      [ ]         DGRAM                    19981    412/systemd-journal  " + " " * 50
        + " /run/systemd/journal/socket",
        "unix  2      [ ACC ]     STREAM     LISTENING     24873    -                    private/anvil",
    ]) + "\n"
    doc = netstat_parse.parse(text)
    assert doc.unparsed == [] and doc.sections[0].properties == {"security_context": True}
    assert [(r.inode, r.program, r.security_context, r.path) for r in doc.records("unix_socket")] == [
        (40112, None, None, None), (24872, None, None, "/run/x"),
        (19981, "systemd-journal", None, "/run/systemd/journal/socket"), (24873, None, None, "private/anvil")]


def test_without_z_the_path_is_read_as_before() -> None:
    rows = sockets("unix/here-netstat-xap.txt")
    assert {r.security_context for r in rows} == {None}


@given(strategy.captures())
def test_rendered_captures_parse_back(capture: tuple[str, list[UnixSocket]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert list(doc.records("unix_socket")) == expected


@given(strategy.captures())
def test_fused_rows_equal_pyparsing(capture: tuple[str, list[UnixSocket]]) -> None:
    text, expected = capture
    lines = text.splitlines()
    grammar = CONTEXT_ROW if "Security Context" in text else ROW  # a -Z header announces the column
    for record in expected:
        line = lines[record.line - 1].rstrip()
        assert grammar.match(line) is not None
        assert grammar.match(line) == grammar.match_reference(line)
