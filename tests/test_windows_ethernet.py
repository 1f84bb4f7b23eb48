"""Windows ``netstat -e``: real and constructed captures, positions for unknown labels, round trips."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given

import netstat_parse
from netstat_parse.core.records import EthernetStats
from netstat_parse.platforms.windows import ethernet, stats
from tests.conftest import FIXTURES
from tests.strategies import windows_ethernet


def _blocks(doc: netstat_parse.Document) -> list[EthernetStats]:
    found = list(doc.records("ethernet_stats"))
    assert all(isinstance(record, EthernetStats) for record in found)
    return found  # type: ignore[return-value]


def test_real_windows_7_capture(shared_samples: Path) -> None:
    doc = netstat_parse.parse_file(shared_samples / "windows/ethernet/praxis-win7-netstat-e-unidentified-repo.txt")
    assert doc.unparsed == []
    (section,) = doc.sections
    assert (section.title, section.language, section.header_lines) == ("Interface Statistics", "en", [1, 3])
    (block,) = _blocks(doc)
    assert (block.line, block.end_line, block.snapshot) == (1, 10, 0)
    assert (block.bytes_received, block.bytes_sent) == (167849775, 35925525)
    assert (block.unicast_packets_received, block.unicast_packets_sent) == (214700, 168900)
    assert (block.non_unicast_packets_received, block.non_unicast_packets_sent) == (500, 5840)
    assert (block.discards_received, block.discards_sent, block.errors_received, block.errors_sent) == (0, 0, 0, 0)
    assert block.unknown_protocols_received == 0
    assert block.labels["non_unicast_packets"] == "Non-unicast packets"


def test_interval_gives_one_record_per_snapshot() -> None:
    doc = netstat_parse.parse_file(FIXTURES / "windows/ethernet/constructed-netstat-e-5.txt")
    first, second = _blocks(doc)
    assert [(b.snapshot, b.line) for b in (first, second)] == [(0, 2), (1, 13)]
    assert second.bytes_received - first.bytes_received == 31278  # type: ignore[operator]
    assert [s.snapshot for s in doc.sections] == [0, 1]


def test_german_block_keeps_its_labels() -> None:
    doc = netstat_parse.parse_file(FIXTURES / "windows/stats/constructed-de-netstat-e-s-cp850.txt")
    block = _blocks(doc)[0]
    assert doc.sections[0].title == "Schnittstellenstatistik"
    assert (block.non_unicast_packets_received, block.non_unicast_packets_sent) == (4410, 1203)
    assert block.labels == {
        "bytes": "Bytes", "unicast_packets": "Unicastpakete", "non_unicast_packets": "Nicht-Unicastpakete",
        "discards": "Verworfen", "errors": "Fehler", "unknown_protocols": "Unbekannte Protok.",
    }


NOBODY_LISTED = """Blarg Zorp

                           Zuup            Zaap

Frob                          3               4
Wibble                        5               6
Wobble                        7               8
Quux                          0               1
Quuz                          2               0
Zot                           9
"""


def test_unknown_labels_are_read_by_position_and_the_title_is_claimed() -> None:
    doc = netstat_parse.parse(NOBODY_LISTED)
    assert doc.unparsed == []
    (section,) = doc.sections
    assert (section.title, section.language, section.header_lines) == ("Blarg Zorp", "unknown", [1, 3])
    (block,) = _blocks(doc)
    assert (block.line, block.end_line) == (1, 10)
    assert (block.bytes_received, block.bytes_sent, block.errors_sent, block.unknown_protocols_received) == (3, 4, 0, 9)
    assert block.labels["bytes"] == "Frob"


def test_a_repeated_row_starts_a_new_block_and_a_sent_unknown_protocols_is_reported() -> None:
    text = "Interface Statistics\n\nBytes   1   2\nErrors   0   0\nBytes   5   6\nUnknown protocols   3   4\n"
    doc = netstat_parse.parse(text)
    first, second = _blocks(doc)
    assert (first.line, first.end_line, first.bytes_received, first.errors_sent, first.snapshot) == (1, 4, 1, 0, 0)
    assert (second.line, second.bytes_sent, second.snapshot, doc.sections[1].title) == (5, 6, 1, None)
    (bad,) = doc.unparsed
    assert (bad.line, bad.column, bad.expected) == (6, 25, "end of line (Unknown protocols has no Sent value)")


def test_a_single_number_belongs_to_the_column_it_ends_in() -> None:
    text = ("Interface Statistics\n\n" + windows_ethernet.ENGLISH_HEADER + "\n\n"
            + windows_ethernet.render_row("Bytes", 1, 2) + "\n" + "Discards" + " " * 42 + "7\n"
            + windows_ethernet.render_row("Errors", 3, None) + "\n")
    (block,) = _blocks(netstat_parse.parse(text))
    assert (block.discards_received, block.discards_sent, block.errors_received, block.errors_sent) == (None, 7, 3, None)


@given(windows_ethernet.captures)
def test_rendered_captures_parse_back(capture: tuple[str, list[EthernetStats]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert _blocks(doc) == expected


@given(windows_ethernet.captures)
def test_fused_grammar_agrees_with_pyparsing_on_rendered_lines(capture: tuple[str, list[EthernetStats]]) -> None:
    for line in capture[0].splitlines():
        for grammar in (ethernet.ROW, stats.COLUMN_HEADER):
            assert grammar.match(line) == grammar.match_reference(line), (grammar.name, line)
