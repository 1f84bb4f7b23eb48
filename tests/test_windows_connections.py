"""Windows connection tables: rows, variants, -b blocks, snapshots, fragments, languages."""

from __future__ import annotations

from hypothesis import given

import netstat_parse
from netstat_parse.core.records import Connection
from netstat_parse.platforms.windows.connections import ROW_GRAMMARS, WindowsConnections
from tests.strategies import windows_connections as strategies


def records(text: str) -> list[Connection]:
    return list(netstat_parse.parse(text).records("connection"))  # type: ignore[arg-type]


def one(text: str) -> Connection:
    (record,) = records(text)
    return record


@given(strategies.captures)
def test_round_trip_every_variant(capture: tuple[str, list[Connection]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert list(doc.records()) == expected
    assert doc.unparsed == []


@given(strategies.rows)
def test_fused_regex_equals_pyparsing_on_rendered_rows(line: str) -> None:
    for grammar in ROW_GRAMMARS.values():
        assert grammar.match(line) == grammar.match_reference(line)


def test_listening_row_with_pid() -> None:
    rec = one("  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       720")
    assert (rec.protocol, rec.ip_version, rec.local_host, rec.local_port) == ("tcp", 4, "0.0.0.0", 135)
    assert (rec.remote_host, rec.remote_port, rec.state, rec.state_raw, rec.pid) == ("0.0.0.0", 0, "LISTEN",
                                                                                    "LISTENING", 720)


def test_ipv6_zone_and_udp_without_state() -> None:
    rec = one("  UDP    [fe80::5efe:c000:20f%12]:1900  *:*                                    3996")
    assert (rec.protocol, rec.ip_version, rec.local_host, rec.local_port) == ("udp", 6, "fe80::5efe:c000:20f%12",
                                                                              1900)
    assert (rec.remote_host, rec.remote_port, rec.state, rec.state_raw, rec.pid) == ("*", None, None, None, 3996)


def test_name_resolved_endpoints_keep_service_names() -> None:
    rec = one("  TCP    192.168.1.20:49822     82:http                ESTABLISHED")
    assert (rec.remote_host, rec.remote_port, rec.remote_service) == ("82", 80, "http")
    rec = one("  TCP    10.0.0.5:50000         kaos:epmap             TIME_WAIT")
    assert (rec.remote_host, rec.remote_port, rec.remote_service, rec.state) == ("kaos", 135, "epmap", "TIME_WAIT")
    rec = one("  TCP    10.0.0.5:50001         ec2-54-225-238-240:https  ESTABLISHED     4884")
    assert (rec.remote_host, rec.remote_service, rec.pid) == ("ec2-54-225-238-240", "https", 4884)


def test_offload_state_after_tab() -> None:
    text = ("\nActive Connections\n\n  Proto  Local Address          Foreign Address        State           PID"
            "      Offload State\n\n  TCP    192.0.2.15:49822       198.51.100.20:443      ESTABLISHED     6188\tInHost"
            "      \n")
    rec = one(text)
    assert (rec.pid, rec.offload_state, rec.state) == (6188, "InHost", "ESTABLISHED")


def test_template_and_time_in_state_columns_follow_the_header() -> None:
    template = ("  Proto  Local Address          Foreign Address        State           Template\n"
                "  TCP    192.0.2.15:49822       198.51.100.20:443      ESTABLISHED     Not Applicable\n")
    assert one(template).template == "Not Applicable"
    timed = ("  Proto  Local Address          Foreign Address        State           Time in State (ms)\n"
             "  TCP    192.0.2.15:49822       198.51.100.20:443      ESTABLISHED     123456\n")
    rec = one(timed)
    assert (rec.time_in_state_ms, rec.pid) == (123456, None)


def test_process_blocks() -> None:
    text = "\n".join([
        "  Proto  Local Address          Foreign Address        State           PID",
        "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1272",
        "  RpcSs",
        " [svchost.exe]",
        "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4",
        " Can not obtain ownership information",
        "  TCP    192.0.2.15:49830       203.0.113.5:80         TIME_WAIT       0",
        "  TCP    192.0.2.15:49831       203.0.113.5:80         ESTABLISHED     812",
        "  -- unknown component(s) --",
        " [chrome.exe]",
    ])
    rpc, system, time_wait, chrome = records(text)
    assert (rpc.program, rpc.components, rpc.line, rpc.end_line) == ("svchost.exe", ("RpcSs",), 2, 4)
    assert (system.owner_unavailable, system.program, system.end_line) == (True, None, 6)
    assert (time_wait.program, time_wait.end_line) == (None, None)
    assert (chrome.program, chrome.components) == ("chrome.exe", ("-- unknown component(s) --",))


def test_component_line_without_executable_is_reported_not_dropped() -> None:
    doc = netstat_parse.parse("  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1272\n"
                              "  RpcSs\n"
                              "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\n")
    assert [r.components for r in doc.records("connection")] == [(), ()]  # type: ignore[attr-defined]
    assert [(u.line, u.text) for u in doc.unparsed] == [(2, "  RpcSs")]


def test_interval_capture_numbers_snapshots() -> None:
    block = ("\nActive Connections\n\n  Proto  Local Address          Foreign Address        State           PID\n"
             "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       720\n")
    doc = netstat_parse.parse(block * 3)
    assert [s.snapshot for s in doc.sections] == [0, 1, 2]
    assert [r.snapshot for r in doc.records()] == [0, 1, 2]
    assert [s.header_lines for s in doc.sections] == [[2, 4], [7, 9], [12, 14]]


def test_header_less_fragment_from_findstr() -> None:
    doc = netstat_parse.parse("  TCP    0.0.0.0:8443           0.0.0.0:0              LISTENING       16920\n"
                              "  TCP    192.168.0.110:51421    192.168.0.159:8443     SYN_SENT        10632\n")
    (section,) = doc.sections
    assert (section.kind, section.title, section.language, section.header_lines) == ("connections", None,
                                                                                      "unknown", [])
    assert [r.state for r in doc.records()] == ["LISTEN", "SYN_SENT"]  # type: ignore[attr-defined]


def test_unknown_language_is_read_by_structure() -> None:
    text = ("\nAktywne połączenia\n\n  Protokół  Adres lokalny          Obcy adres             Stan\n"
            "  TCP    0.0.0.0:135            0.0.0.0:0              NASŁUCHIWANIE\n"
            "  TCP    192.0.2.15:49822       198.51.100.20:443      USTANOWIONO\n")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    (section,) = doc.sections
    assert (section.title, section.language, section.header_lines) == ("Aktywne połączenia", "unknown", [2, 4])
    listener, established = doc.records()
    assert (listener.state, listener.state_raw) == ("LISTEN", "NASŁUCHIWANIE")  # type: ignore[attr-defined]
    assert (established.state, established.state_raw) == (None, "USTANOWIONO")  # type: ignore[attr-defined]


def test_german_states_are_canonical() -> None:
    text = ("Aktive Verbindungen\n\n  Proto  Lokale Adresse         Remoteadresse          Status\n"
            "  TCP    127.0.0.1:49186        127.0.0.1:49273        SCHLIESSEN_WARTEN\n"
            "  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN\n")
    doc = netstat_parse.parse(text)
    assert doc.sections[0].language == "de"
    assert [(r.state, r.state_raw) for r in doc.records()] == [  # type: ignore[attr-defined]
        ("CLOSE_WAIT", "SCHLIESSEN_WARTEN"), ("LISTEN", "ABHÖREN")]


def test_messages_are_records_not_failures() -> None:
    doc = netstat_parse.parse("The requested operation requires elevation.\n")
    (message,) = doc.records()
    assert (message.kind, message.message_id, doc.sections[0].language) == ("message", "elevation_required", "en")
    doc = netstat_parse.parse("  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\n-- More --\n"
                              "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING\n")
    assert [r.kind for r in doc.records()] == ["connection", "message", "connection"]
    assert len(doc.sections) == 1


def test_section_parser_describes_itself() -> None:
    assert WindowsConnections.kind == "connections" and WindowsConnections.platform == "windows"


def test_networkdirect_table() -> None:
    text = ("Active NetworkDirect Connections, Listeners, SharedEndpoints\n\n"
            "  Mode   IfIndex Type           Local Address          Foreign Address        PID\n\n"
            "  Kernel       4 Connection     192.0.2.22:445         192.0.2.71:2240        0\n"
            "  Kernel      11 Listener       192.0.2.122:445        NA\n")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == [] and doc.sections[0].header_lines == [1, 3]
    connection, listener = doc.records()
    assert (connection.protocol, connection.interface_index, connection.networkdirect_mode,  # type: ignore[attr-defined]
            connection.state, connection.remote_port, connection.pid) == (  # type: ignore[attr-defined]
        "networkdirect", 4, "Kernel", "ESTABLISHED", 2240, 0)
    assert (listener.state, listener.state_raw, listener.remote_host, listener.pid) == (  # type: ignore[attr-defined]
        "LISTEN", "Listener", None, None)
