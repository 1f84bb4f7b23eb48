"""Conformance: the real Windows connection captures in ../shared/samples (skipped when absent).

These samples may not be copied into fixtures/ (no licence, see ../shared/samples/SOURCES.md),
so they are read in place. Counts and values below were checked against the files by eye.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import netstat_parse
from netstat_parse.core.decode import decode_bytes, split_lines
from netstat_parse.core.records import Connection

# file -> (records, language, encoding starts with, unparsed lines)
EXPECTED = {
    "connections/ecppt-netstat-nao.txt": (28, "en", "utf-8", 0),
    "connections/ichoosr-netstat-ao-resolved.txt": (119, "en", "utf-8", 0),
    "connections/k4miyo-chatterbox-netstat-nat-offload-win7.txt": (33, "en", "utf-8", 0),
    "connections/k4miyo-grandpa-netstat-nat-synsent-win2003.txt": (23, "en", "utf-8", 0),
    "connections/k4miyo-granny-netstat-nat-offload-win2003.txt": (20, "en", "utf-8", 0),
    "connections/mapnetstat-winstat-ano-tcp.txt": (85, "en", "utf-8", 0),
    "connections/netolima-findstr-fragment-utf16le.txt": (53, "unknown", "utf-16", 0),
    "connections/rdsprojecthub-findstr-fragment-synsent.txt": (4, "unknown", "utf-8", 0),
    "connections/smartedit-netstat-an-udp-remote.txt": (184, "en", "utf-8", 0),
    "connections/sysinfotool-netstat-an-hyperv.txt": (205, "en", "utf-8", 0),
    "connections/tomolya-netstat-f-fqdn.txt": (15, "en", "utf-8", 0),
    "localized/de-netstat-an-cp850-mojibake-unidentified-repo.txt": (98, "de", "utf-8 (cp850", 4),  # author's "..."
    "localized/es-miguehm-netstat-an.txt": (52, "es", "utf-8", 0),
    "localized/es-miguehm-netstat-b.txt": (11, "es", "utf-8", 0),
    "localized/es-miguehm-netstat-nabo-informe-cp850-mojibake.txt": (89, "es", "utf-8 (cp850", 0),
    "localized/es-miguehm-netstat-o-resolved.txt": (19, "es", "utf-8", 0),
    "localized/es-senarifa-netstat-ano-utf16le.txt": (365, "es", "utf-16", 0),
    "localized/fr-selffootprinting-netstat-a-b-unidentified-repo.txt": (28, "fr", "utf-8", 0),
    "localized/ko-junsic-netstat-ano.txt": (197, "ko", "utf-8", 0),
    "localized/pt-br-netolima-netstat-ano-utf16le.txt": (315, "pt-BR", "utf-16", 0),
    "localized/ru-netology-netstat-resolved-finwait2-unidentified-repo.txt": (8, "ru", "utf-8", 0),
    "localized/zh-cn-find-process-netstat-ano-p-tcp.txt": (15, "zh-CN", "utf-8", 0),
    "process-blocks/b2k-netstat-bno-cannot-obtain.txt": (54, "en", "utf-8", 0),
}


def connections(path: Path) -> tuple[netstat_parse.Document, list[Connection]]:
    doc = netstat_parse.parse_file(path)
    return doc, list(doc.records("connection"))  # type: ignore[arg-type]


def accounted(doc: netstat_parse.Document) -> set[int]:
    lines: set[int] = set()
    for section in doc.sections:
        lines.update(section.header_lines)
        for record in section.records:
            lines.update(range(record.line, (record.end_line or record.line) + 1))
    for unparsed in doc.unparsed:
        lines.update(range(unparsed.line, (unparsed.end_line or unparsed.line) + 1))
    return lines


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_counts_language_encoding_and_nothing_lost(shared_samples: Path, name: str) -> None:
    count, language, encoding, unparsed = EXPECTED[name]
    path = shared_samples / "windows" / name
    doc, records = connections(path)
    assert len(records) == count
    assert doc.sections[0].language == language
    assert (doc.encoding or "").startswith(encoding)
    assert len(doc.unparsed) == unparsed
    _, text = decode_bytes(path.read_bytes())
    non_blank = {n for n, line in enumerate(split_lines(text), 1) if line.strip()}
    assert doc.line_count >= max(non_blank)
    assert non_blank <= accounted(doc)


def test_name_resolved_capture(shared_samples: Path) -> None:
    _, records = connections(shared_samples / "windows/connections/ichoosr-netstat-ao-resolved.txt")
    first, last = records[0], records[-1]
    assert (first.local_host, first.local_port, first.remote_host, first.remote_port, first.pid) == (
        "0.0.0.0", 80, "Senne-PC", 0, 4)
    assert (last.remote_host, last.remote_port, last.remote_service, last.pid) == ("68.232.35.121", 443, "https", 10596)
    assert Counter(r.state for r in records) == {"ESTABLISHED": 83, "LISTEN": 30, "TIME_WAIT": 6}


def test_findstr_fragment_in_utf16_keeps_overflowing_ipv6_listener(shared_samples: Path) -> None:
    doc, records = connections(shared_samples / "windows/connections/netolima-findstr-fragment-utf16le.txt")
    assert doc.sections[0].title is None and doc.sections[0].header_lines == []
    assert ("fd7a:115c:a1e0::9a01:539f", 45927) in {(r.local_host, r.local_port) for r in records}
    assert {r.state for r in records} == {"LISTEN"}


def test_connected_udp_and_zone_ids(shared_samples: Path) -> None:
    _, records = connections(shared_samples / "windows/connections/smartedit-netstat-an-udp-remote.txt")
    udp_connected = [r for r in records if r.protocol == "udp" and r.remote_host not in ("*", None)]
    assert ("0.0.0.0", 49627, "40.99.9.50", 443) in {(r.local_host, r.local_port, r.remote_host, r.remote_port)
                                                     for r in udp_connected}
    last = records[-1]
    assert (last.protocol, last.ip_version, last.local_host, last.local_port) == (
        "udp", 6, "fe80::3aab:e68c:c33:5f19%16", 62850)


def test_offload_state_on_windows_2003(shared_samples: Path) -> None:
    _, records = connections(shared_samples / "windows/connections/k4miyo-granny-netstat-nat-offload-win2003.txt")
    assert records[0].offload_state == "InHost"
    assert {r.offload_state for r in records if r.protocol == "udp"} == {None}


def test_german_mojibake_is_repaired(shared_samples: Path) -> None:
    doc, records = connections(shared_samples / "windows/localized/de-netstat-an-cp850-mojibake-unidentified-repo.txt")
    assert (records[0].state_raw, records[0].state) == ("ABHÖREN", "LISTEN")
    assert Counter(r.state_raw for r in records)["SCHLIESSEN_WARTEN"] == 7
    assert {u.text.strip() for u in doc.unparsed} == {"..."}


def test_process_blocks_in_three_languages(shared_samples: Path) -> None:
    _, english = connections(shared_samples / "windows/process-blocks/b2k-netstat-bno-cannot-obtain.txt")
    assert (english[1].program, english[1].components, english[1].pid) == ("svchost.exe", ("RpcSs",), 1272)
    assert english[2].owner_unavailable and english[2].program is None
    assert "Microsoft.Alm.Shared.Remoting.RemoteContainer.dll" in {r.program for r in english}
    _, spanish = connections(shared_samples / "windows/localized/es-miguehm-netstat-nabo-informe-cp850-mojibake.txt")
    assert spanish[1].owner_unavailable and spanish[0].components == ("RpcEptMapper",)
    _, french = connections(shared_samples / "windows/localized/fr-selffootprinting-netstat-a-b-unidentified-repo.txt")
    assert french[1].owner_unavailable and french[0].program == "svchost.exe"
    assert (french[0].remote_host, french[0].remote_port) == ("adclick", 0)


def test_elevation_error_is_a_message(shared_samples: Path) -> None:
    doc = netstat_parse.parse_file(shared_samples / "windows/localized/hu-tomolya-netstat-anob-not-elevated-error.txt")
    (message,) = doc.records()
    assert message.kind == "message" and message.message_id == "elevation_required"  # type: ignore[attr-defined]
    assert doc.sections[0].language == "hu"
