"""Linux connection tables: real captures (jc, this machine), constructed variants, round trips."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from hypothesis import given

import netstat_parse
from netstat_parse.core.endpoints import split_endpoint
from netstat_parse.core.records import Connection, Message
from netstat_parse.core.serialize import field_names
from netstat_parse.platforms.linux.connections import (
    _BUILD_ROW_FIELDS,
    CONTEXT_RAW_ROW,
    CONTEXT_ROW,
    CONTEXT_SCTP_ENDPOINT_ROW,
    RAW_ROW,
    ROW,
    SCTP_ENDPOINT_ROW,
    _row_values,
    cut_endpoint,
    is_wide,
    timer_fields,
)
from tests.conftest import FIXTURES
from tests.strategies import linux_connections as strategy

CONNECTIONS = FIXTURES / "linux" / "connections"


def connections(name: str) -> list[Connection]:
    doc = netstat_parse.parse_file(CONNECTIONS / name)
    assert doc.unparsed == [] or name.startswith("constructed-sctp")
    return [r for r in doc.records("connection") if isinstance(r, Connection)]


def by_port(records: list[Connection], local_port: int, remote_port: int | None = None) -> Connection:
    found = [r for r in records if r.local_port == local_port and (remote_port is None or r.remote_port == remote_port)]
    assert len(found) == 1, found
    return found[0]


# -- real captures from kellyjonbrazil/jc ------------------------------------------------
def test_ubuntu_aeep_user_column_overflows_and_programs_are_cut() -> None:
    rows = connections("jc-ubuntu-18.04-netstat-sudo-aeep.txt")
    assert len(rows) == 9
    resolver = rows[0]
    assert (resolver.protocol, resolver.local_host, resolver.local_port, resolver.local_service) == (
        "tcp", "localhost", 53, "domain")
    assert (resolver.user, resolver.inode, resolver.pid, resolver.program) == ("systemd-resolve", 26985, 893,
                                                                              "systemd-resolve")
    assert resolver.program_truncated and resolver.state == "LISTEN"
    ssh = rows[3]
    assert (ssh.program, ssh.pid, ssh.user, ssh.remote_host, ssh.remote_port) == ("sshd: kbrazil", 2322, "root",
                                                                                 "localhost", 33098)
    assert not ssh.program_truncated
    dhcp = rows[7]  # blank UDP state followed by a user name
    assert (dhcp.protocol, dhcp.state, dhcp.state_raw, dhcp.user, dhcp.inode) == ("udp", None, None,
                                                                                  "systemd-network", 43856)
    raw = rows[8]
    assert (raw.protocol, raw.ip_version, raw.local_host, raw.local_port, raw.local_service) == (
        "raw", 6, "::", 58, "ipv6-icmp")
    assert (raw.state, raw.state_raw, raw.inode) == (None, "7", 27015)


def test_program_names_with_spaces_and_rows_without_padding() -> None:
    rows = connections("jc-ubuntu-18.04-netstat-sudo-lnp-space.txt")
    assert [r.program for r in rows if r.local_port == 22] == ["sshd: /usr/sbin", "sshd: /usr/sbin", "sshd", "sshd"]
    heartbeat = [r for r in rows if r.program == "pgpool: heartb"]
    assert sorted(r.pid for r in heartbeat) == [1203, 1204, 1205, 1206]
    assert all(r.program_truncated and r.state is None for r in heartbeat)
    assert [(r.ip_version, r.pid, r.program) for r in rows if r.local_port == 10050] == [
        (4, 1817931, "zabbix_agen"), (6, 1817931, "zabbix_agen")]


def test_blank_udp_state_with_program() -> None:
    rows = connections("jc-generic-netstat-no-state.txt")
    assert [(r.protocol, r.ip_version, r.local_port, r.state, r.pid, r.program) for r in rows] == [
        ("udp", 4, 5353, None, 442, "avahi-daemon: r"), ("udp", 4, 49926, None, 442, "avahi-daemon: r"),
        ("udp", 6, 5353, None, 442, "avahi-daemon: r"), ("udp", 6, 35569, None, 442, "avahi-daemon: r")]


def test_cut_host_names_are_flagged_and_keep_their_ports() -> None:
    doc = netstat_parse.parse_file(CONNECTIONS / "jc-fedora32-netstat.txt")
    tcp, udp = list(doc.records("connection"))
    assert (tcp.local_host, tcp.local_port, tcp.local_service, tcp.local_truncated) == (
        "localhost.localdoma", 22, "ssh", True)
    assert (tcp.remote_host, tcp.remote_port, tcp.remote_truncated) == ("192.168.71.1", 52882, False)
    assert (udp.local_host, udp.local_port, udp.state) == ("localhost.locald", 68, "ESTABLISHED")
    legacy = doc.sections[-1]
    assert (legacy.kind, legacy.title, legacy.properties["family"]) == (
        "legacy_sockets", "Active Bluetooth connections (w/o servers)", "bluetooth")
    assert legacy.header_lines == [136, 137, 138] and doc.unparsed == []


# -- captures of this machine ------------------------------------------------------------
def test_live_capture_with_every_column() -> None:
    rows = connections("here-netstat-tuwUanpeo.txt")
    assert {r.protocol for r in rows} == {"tcp", "udp", "udplite", "raw"}
    listener = rows[1]
    assert (listener.local_host, listener.local_port, listener.state, listener.pid, listener.program) == (
        "127.0.0.1", 37363, "LISTEN", 22086, "python")
    assert (listener.user, listener.inode, listener.timer_name, listener.timer_seconds) == ("0", 28389, "off", 0.0)
    helper = rows[2]
    assert (helper.pid, helper.program, helper.program_truncated) == (22179, "netstat parse", True)
    unread = by_port(rows, 37363, 47380)
    assert (unread.recv_q, unread.send_q, unread.state) == (1000, 0, "ESTABLISHED")
    close_wait = by_port(rows, 37363, 47388)
    assert (close_wait.state, close_wait.recv_q) == ("CLOSE_WAIT", 1)
    fin_wait = by_port(rows, 47388, 37363)
    assert (fin_wait.state, fin_wait.state_raw, fin_wait.pid, fin_wait.inode) == ("FIN_WAIT_2", "FIN_WAIT2", None, 0)
    assert fin_wait.timer_name == "timewait" and fin_wait.timer_seconds is not None and fin_wait.timer_seconds > 0
    mapped = [r for r in rows if r.protocol == "tcp" and r.ip_version == 6 and r.local_host == "::1"]
    assert {r.state for r in mapped} >= {"LISTEN", "ESTABLISHED", "CLOSE_WAIT", "FIN_WAIT_2", "TIME_WAIT"}
    lite = [r for r in rows if r.protocol == "udplite"]
    assert len(lite) == 1 and lite[0].state is None and lite[0].remote_host == "0.0.0.0"
    raw = [r for r in rows if r.protocol == "raw"]
    assert [(r.local_port, r.state, r.state_raw) for r in raw] == [(1, None, "7")]


@pytest.mark.parametrize(("language", "listen", "established", "close_wait", "timer"), [
    ("de", "LISTEN", "VERBUNDEN", "CLOSE_WAIT", "aus (0.00/0/0)"),
    ("fr", "LISTEN", "ESTABLISHED", "CLOSE_WAIT", "off (0.00/0/0)"),
    ("pt_BR", "OUÇA", "ESTABELECIDA", "ESPERANDO_FECHAR", "desligado (0.00/0/0)"),
    ("cs", "NASLOUCHÁ", "SPOJENO", "CLOSE_WAIT", "vyp (0.00/0/0)"),
    ("ja", "LISTEN", "ESTABLISHED", "CLOSE_WAIT", "オフ (0.00/0/0)"),
    ("et", "LISTEN", "ESTABLISHED", "CLOSE_WAIT", "eikäi ((0.00/0/0)"),  # the catalogue's doubled parenthesis
])
def test_translated_captures(language: str, listen: str, established: str, close_wait: str, timer: str) -> None:
    doc = netstat_parse.parse_file(CONNECTIONS / f"here-{language}-netstat-atuwxnpeo.txt")
    assert doc.unparsed == []
    inet, unix = doc.sections
    tag = language.replace("_", "-")  # the file name uses the locale name, records the BCP 47 tag
    assert (inet.language, unix.language, inet.properties["listing"]) == (tag, tag, "all")
    rows = list(doc.records("connection"))
    states = {(r.state, r.state_raw) for r in rows if r.protocol == "tcp"}
    assert {("LISTEN", listen), ("ESTABLISHED", established), ("CLOSE_WAIT", close_wait)} <= states
    listener = next(r for r in rows if r.local_port == 37363 and r.remote_port is None)
    assert (listener.timer_raw, listener.timer_name, listener.pid, listener.inode) == (timer, "off", 22086, 28389)
    connected_udp = next(r for r in rows if r.protocol == "udp" and r.remote_port is not None)
    assert connected_udp.state == "ESTABLISHED"


def test_stderr_notices_are_messages_in_every_language() -> None:
    doc = netstat_parse.parse_file(CONNECTIONS / "here-nonroot-netstat-tlnp-not-all-processes.txt")
    assert doc.unparsed == []
    messages = [r for r in doc.records("message") if isinstance(r, Message)]
    assert [m.message_id for m in messages] == ["processes_not_identified"] * 9
    assert [m.line for m in messages] == [2, 3, 9, 10, 16, 17, 18, 24, 25]
    listeners = list(doc.records("connection"))
    assert [(r.local_port, r.pid, r.program) for r in listeners if r.pid] == [(52385, 22656, "python3")] * 4
    doc = netstat_parse.parse_file(CONNECTIONS / "here-netstat-stderr-messages.txt")
    assert doc.unparsed == []
    assert [m.message_id for m in doc.records("message")] == [
        "no_process_info", "no_process_info", "no_process_info", "no_process_info", "no_support", "no_support",
        "feature_not_supported", "recompile_hint"]


def test_grep_fragment_and_continuous_capture() -> None:
    doc = netstat_parse.parse_file(CONNECTIONS / "here-netstat-tanp-grep-fragment.txt")
    assert [(s.kind, s.title, s.header_lines) for s in doc.sections] == [("connections", None, [])]
    assert [r.state for r in doc.records("connection")] == [
        "LISTEN", "TIME_WAIT", "CLOSE_WAIT", "ESTABLISHED", "FIN_WAIT_2", "ESTABLISHED"]
    doc = netstat_parse.parse_file(CONNECTIONS / "here-netstat-tnc-continuous.txt")
    assert [s.snapshot for s in doc.sections] == [0, 1, 2]
    assert [len(s.records) for s in doc.sections] == [10, 10, 10]


def test_busybox_lists_ipv6_sockets_as_tcp() -> None:
    rows = connections("here-busybox-netstat-antuw.txt")
    v6 = [r for r in rows if r.local_host in ("::1", "::ffff:127.0.0.1")]
    assert v6 and all(r.ip_version == 6 and r.protocol in ("tcp", "udp") for r in v6)
    assert [(r.state, r.state_raw) for r in rows if r.protocol == "raw"] == [(None, "1")]


# -- constructed variants ----------------------------------------------------------------
def test_net_tools_160_wildcards() -> None:
    rows = connections("constructed-net-tools-1.60-wildcards.txt")
    assert (rows[0].local_host, rows[0].local_port, rows[0].local_service, rows[0].remote_host,
            rows[0].remote_port) == ("*", 22, "ssh", "*", None)
    assert (rows[4].ip_version, rows[4].local_host) == (6, "::")
    assert [r.local_port for r in rows if r.protocol == "udp"] == [68, 5353]


def test_non_wide_truncation_never_invents_a_port() -> None:
    rows = connections("constructed-non-wide-truncation.txt")
    assert (rows[0].local_host, rows[0].local_port, rows[0].local_truncated, rows[0].remote_truncated) == (
        "2001:db8:1234:567", 40020, True, False)
    assert (rows[1].local_host, rows[1].local_port, rows[1].ip_version) == ("fe80::1c2b:3dff:fe4", 546, 6)
    assert (rows[2].remote_host, rows[2].remote_port, rows[2].remote_truncated) == ("ec2-203-0-113-9.c", 443, True)
    assert (rows[3].remote_service, rows[3].remote_port, rows[3].remote_truncated) == ("a-very-long-servic", None, True)


def test_sctp_endpoints_associations_and_extra_addresses() -> None:
    doc = netstat_parse.parse_file(CONNECTIONS / "constructed-sctp-endpoints-associations.txt")
    rows = list(doc.records("connection"))
    assert [(r.protocol, r.local_port, r.remote_port, r.state, r.recv_q) for r in rows] == [
        ("sctp", 5000, None, "LISTEN", None), ("sctp", 5000, 40000, "ESTABLISHED", 0),
        ("sctp", 5001, 40001, None, 0)]
    assert rows[2].state_raw == "UNKNOWN(13)"
    assert doc.unparsed == []
    assert [(r.line, r.end_line, r.local_addresses, r.remote_addresses) for r in rows] == [
        (3, 4, ("198.51.100.10",), ()), (5, 6, ("198.51.100.10",), ("203.0.113.19",)), (7, None, (), ())]


# -- -Z Security Context (SELinux builds; constructed after §1.3.1) -------------------------
SSHD = "system_u:system_r:sshd_t:s0-s0:c0.c1023"
Z_HEADER = ("Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    "
            + " Security Context".ljust(50))


def test_selinux_context_column_tanpZ() -> None:
    doc = netstat_parse.parse_file(CONNECTIONS / "constructed-selinux-tanpZ.txt")
    assert doc.sections[0].properties == {"listing": "all", "security_context": True}
    rows = connections("constructed-selinux-tanpZ.txt")
    assert [(r.ip_version, r.local_port, r.remote_port, r.state, r.pid, r.program, r.security_context)
            for r in rows] == [
        (4, 22, None, "LISTEN", 812, "sshd", SSHD),
        (4, 22, 51514, "ESTABLISHED", 1944, "sshd: alice [p", SSHD),
        (4, 5432, 40110, "ESTABLISHED", 3120, "postgres", "system_u:system_r:postgresql_t:s0"),
        (6, 22, None, "LISTEN", 812, "sshd", SSHD),
        (6, 8443, 60222, "ESTABLISHED", 2301, "java", "system_u:system_r:unconfined_service_t:s0")]
    assert rows[1].program_truncated and rows[1].send_q == 36


def test_selinux_context_between_user_inode_program_and_timer() -> None:
    rows = connections("constructed-selinux-tuwanpeZo.txt")
    assert [(r.protocol, r.state_raw, r.user, r.inode, r.pid, r.program, r.security_context, r.timer_raw)
            for r in rows] == [
        ("tcp", "LISTEN", "26", 31877, 3120, "postgres", "system_u:system_r:postgresql_t:s0", "off (0.00/0/0)"),
        ("tcp", "ESTABLISHED", "0", 40212, 1944, "sshd: alice [p", SSHD, "on (0.20/0/0)"),
        ("udp", None, "193", 20830, 590, "systemd-resolve", "system_u:system_r:systemd_resolved_t:s0",
         "off (0.00/0/0)"),
        ("udp", "ESTABLISHED", "994", 23114, 677, "chronyd", "system_u:system_r:chronyd_t:s0", "off (0.00/0/0)"),
        ("udp", None, "0", 22871, 733, "NetworkManager", "system_u:system_r:NetworkManager_t:s0", "off (0.00/0/0)"),
        ("raw", "7", "0", 22874, 733, "NetworkManager", "system_u:system_r:NetworkManager_t:s0", "off (0.00/0/0)")]
    assert rows[2].program_truncated and rows[1].timer_seconds == 0.2
    assert (rows[4].ip_version, rows[4].local_host, rows[4].local_port, rows[4].local_truncated) == (
        6, "fe80::1c2b:3dff:fe4", 546, True)


def test_selinux_dash_missing_context_and_a_table_opened_by_its_header() -> None:
    """The reference does not say what is printed for a context that cannot be read: ``-``
    (as in the program column) and a missing context are null; the header alone opens the table."""
    text = "\n".join([
        Z_HEADER + " Timer",
        "tcp        0      0 127.0.0.1:5432          127.0.0.1:40110         TIME_WAIT   -                    "
        + "-".ljust(50) + " timewait (52.10/0/0)",
        "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      812/sshd             "
        + " " * 50 + " off (0.00/0/0)",
        "tcp        0      0 0.0.0.0:25              0.0.0.0:*               LISTEN      903/master",
        "udp        0      0 0.0.0.0:68              0.0.0.0:*                           1029/dhclient        "
        "system_u:system_r:dhcpc_t:s0",
    ]) + "\n"
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert (doc.sections[0].title, doc.sections[0].properties) == (None, {"security_context": True})
    assert [(r.pid, r.program, r.security_context, r.timer_name) for r in doc.records("connection")] == [
        (None, None, None, "timewait"), (812, "sshd", None, "off"), (903, "master", None, None),
        (1029, "dhclient", "system_u:system_r:dhcpc_t:s0", None)]


def test_selinux_rows_in_a_fragment_and_in_a_language_nobody_listed() -> None:
    row = ("tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      812/sshd             "
           + SSHD.ljust(50))
    doc = netstat_parse.parse(row + "\n")  # `netstat -tanpZ | grep :22`: the row needs the column
    assert doc.unparsed == [] and doc.sections[0].properties == {"security_context": True}
    assert [(r.program, r.security_context) for r in doc.records("connection")] == [("sshd", SSHD)]
    polish = ("Aktywne połączenia sieciowe (serwery i nawiązane)\n"
              "Proto Recv-Q Send-Q Adres lokalny           Adres zdalny            Stan       "
              " PID/Program name    " + " Security Context".ljust(50) + "\n"
              + row.replace("LISTEN     ", "NASŁUCH    ") + "\n")
    doc = netstat_parse.parse(polish)
    assert doc.unparsed == [] and doc.sections[0].header_lines == [1, 2]
    assert [(r.state, r.state_raw, r.security_context) for r in doc.records("connection")] == [
        ("LISTEN", "NASŁUCH", SSHD)]  # a foreign port `*`: a listener


def test_without_z_there_is_no_context() -> None:
    doc = netstat_parse.parse_file(CONNECTIONS / "here-netstat-tuwUanpeo.txt")
    assert "security_context" not in doc.sections[0].properties
    assert {r.security_context for r in doc.records("connection")} == {None}


def test_a_z_row_under_a_header_without_the_column_is_no_row_of_that_table() -> None:
    """The header decides: it does not announce -Z, so the table rejects the row, which then
    opens a header-less fragment of its own (as any row another table rejects)."""
    doc = netstat_parse.parse(
        "Active Internet connections (servers and established)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name\n"
        "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      812/sshd             "
        + SSHD + "\n")
    table, fragment = doc.sections
    assert (table.records, "security_context" in table.properties) == ([], False)
    assert (fragment.title, fragment.line, fragment.properties) == (None, 3, {"security_context": True})
    assert [(r.program, r.security_context) for r in fragment.records] == [("sshd", SSHD)]  # type: ignore[attr-defined]


# -- helpers -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("keepalive (7199.99/0/0)", ("keepalive", 7199.99, 0, 0)),
    ("ein1 (0.20/0/0)", ("on1", 0.2, 0, 0)),
    ("käib-2 (1.00/0/1)", ("on2", 1.0, 0, 1)),
    ("時間待ち (59.88/0/0)", ("timewait", 59.88, 0, 0)),
    ("ligado 1 (0.50/3)", ("on1", 0.5, 3, None)),
    ("unkn-4 (3.00/1/2)", ("unkn-4", 3.0, 1, 2)),
])
def test_timer_fields(text: str, expected: tuple[object, ...]) -> None:
    fields = timer_fields(text)
    assert (fields["timer_name"], fields["timer_seconds"], fields["timer_retransmits"],
            fields["timer_probes"]) == expected
    assert fields["timer_raw"] == text


def test_wide_options_and_cut_fields() -> None:
    assert is_wide(("-tunapW",)) and is_wide(("--wide",)) and is_wide(("-T",)) and not is_wide(("-tuwan",))
    assert cut_endpoint(split_endpoint("fe80::1c2b:3dff:fe4:546")).port == 546
    assert cut_endpoint(split_endpoint("1.2.3.4:a-service-name-cut")) == ("1.2.3.4", None, "a-service-name-cut", 4)
    assert cut_endpoint(split_endpoint("1.2.3.4:a-service-name-c")).port is None
    assert cut_endpoint(split_endpoint("1.2.3:a-service-name")) == split_endpoint("1.2.3:a-service-name")


def test_the_fast_path_reads_row_groups_in_the_order_the_row_values_take_them() -> None:
    """ROW's regex groups go positionally to _row_values: they must be its names, in order,
    with no other group; the other grammars pass their fields by name."""
    parameters = list(inspect.signature(_row_values).parameters)[1:]
    assert ROW.pattern.groups == len(ROW.names)
    assert tuple(parameters[: len(ROW.names)]) == ROW.names
    for grammar in (RAW_ROW, SCTP_ENDPOINT_ROW, CONTEXT_ROW, CONTEXT_RAW_ROW, CONTEXT_SCTP_ENDPOINT_ROW):
        assert set(grammar.names) <= set(parameters), grammar
    assert CONTEXT_ROW.names == (*ROW.names[:-1], "security_context", "timer")  # -Z: before the -o Timer


def test_row_values_are_built_in_the_order_connection_declares_its_fields() -> None:
    """serialize.values_encoder fills its JSON template in the record's field order."""
    assert list(_BUILD_ROW_FIELDS) == [name for name in field_names(Connection) if name in _BUILD_ROW_FIELDS]


# -- properties --------------------------------------------------------------------------
@given(strategy.captures())
def test_rendered_captures_parse_back(capture: tuple[str, list[Connection]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert list(doc.records("connection")) == expected


@given(strategy.captures())
def test_fused_rows_equal_pyparsing(capture: tuple[str, list[Connection]]) -> None:
    text, expected = capture
    lines = text.splitlines()
    contexts = "Security Context" in text  # a -Z table: its header announces the column
    for record in expected:
        line = lines[record.line - 1].rstrip()
        if record.protocol == "raw":
            grammar = CONTEXT_RAW_ROW if contexts else RAW_ROW
        else:
            grammar = CONTEXT_ROW if contexts else ROW
        assert grammar.match(line) is not None
        assert grammar.match(line) == grammar.match_reference(line)


def test_fixture_folder_is_not_empty() -> None:
    assert len(list(Path(CONNECTIONS).glob("*.txt"))) >= 15


def test_a_rejected_row_is_explained_by_the_grammar_that_read_furthest() -> None:
    """A raw row with a bad state is told what a raw row expects (constructed after §1.3)."""
    doc = netstat_parse.parse(
        "Active Internet connections (servers and established)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State\n"
        "raw        0      0 0.0.0.0:1               0.0.0.0:*               x7\n"
        "hello world\n"
        "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN\n")
    assert [(u.line, u.column, u.expected) for u in doc.unparsed] == [
        (3, 69, "raw socket state number"), (4, 1, "protocol (tcp, udp, udpl, sctp)")]


def test_wider_red_hat_columns_parse_by_tokens() -> None:
    """RHEL/CentOS 6 builds of net-tools 1.60 print wider address columns (§1.1)."""
    text = ("Active Internet connections (servers and established)\n"
            "Proto Recv-Q Send-Q Local Address               Foreign Address             State       PID/Program name\n"
            "tcp        0      0 0.0.0.0:22                  0.0.0.0:*                   LISTEN      1234/sshd\n"
            "tcp        0     52 192.168.1.10:22             192.168.1.20:51514          ESTABLISHED 2345/sshd\n"
            "tcp        0      0 :::22                       :::*                        LISTEN      1234/sshd\n")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert [(r.local_host, r.local_port, r.state, r.send_q, r.pid, r.ip_version)  # type: ignore[attr-defined]
            for r in doc.records()] == [("0.0.0.0", 22, "LISTEN", 0, 1234, 4),
                                        ("192.168.1.10", 22, "ESTABLISHED", 52, 2345, 4),
                                        ("::", 22, "LISTEN", 0, 1234, 6)]
