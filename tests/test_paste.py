"""Pasted and re-saved text gives back the same records.

Every fixture capture (real captures of every kind, and the constructed ones) is damaged the
way pasting and re-saving damage text; its records must come back exactly, line numbers
moved where the damage added lines. Then the rules of ``core/paste.py`` one by one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import netstat_parse
from netstat_parse.core.decode import decode_bytes, split_lines
from netstat_parse.core.driver import Driver
from netstat_parse.core.paste import PastedLine, clean_chars, clean_lines
from netstat_parse.core.records import Record
from tests.conftest import FIXTURES
from tests.test_hostile import DAMAGE, assert_all_accounted

CAPTURES = sorted(p for p in FIXTURES.rglob("*.txt") if p.with_suffix(".json").exists())
PASTED = {"email-reply-quoted-b-blocks-constructed.txt", "markdown-ticket-indented-and-fenced-constructed.txt"}
"""Fixtures that are pastes already: pasting them again is not the same text (a quote inside
a Markdown code block is content, a fence indented four columns is code)."""


def _records(doc: netstat_parse.Document) -> list[Record]:
    return list(doc.records())


def _moved(records: list[Record], damaged: list[tuple[str, int | None]]) -> list[Record]:
    where = {origin + 1: number for number, (_, origin) in enumerate(damaged, 1) if origin is not None}
    return [attrs.evolve(r, line=where[r.line], end_line=where[r.end_line] if r.end_line else None) for r in records]


@pytest.mark.parametrize("capture", [p for p in CAPTURES if p.name not in PASTED],
                         ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_fixture_survives_every_paste_damage(capture: Path) -> None:
    original = netstat_parse.parse_file(capture)
    _, text = decode_bytes(capture.read_bytes())
    lines = list(split_lines(text))
    failed = []
    for name, damage in DAMAGE.items():
        damaged = damage(lines)
        for end in ("\n", "\r\n"):
            pasted = end.join(line for line, _ in damaged) + end
            doc = netstat_parse.parse(pasted)
            if _records(doc) != _moved(_records(original), damaged):
                failed.append((name, repr(end)))
                continue
            assert_all_accounted(doc, pasted)
    assert failed == []


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_fixture_survives_utf16_and_doubled_line_ends(capture: Path) -> None:
    original = _records(netstat_parse.parse_file(capture))
    _, text = decode_bytes(capture.read_bytes())
    lines = list(split_lines(text))
    for data in ("\r\r\n".join(lines).encode("utf-16"), "\r\n".join(lines).encode("utf-16-le"),
                 "\r".join(lines).encode("utf-16-be")):
        assert _records(netstat_parse.parse_bytes(data)) == original


def _pasted(lines: list[str]) -> list[PastedLine]:
    return list(clean_lines(lines, Driver().recognizes))


def _texts(lines: list[str]) -> list[str]:
    return [line.text for line in _pasted(lines)]


B_BLOCK = [
    "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1272",
    "  RpcSs",
    " [svchost.exe]",
]


@pytest.mark.parametrize("marker", ["> ", ">", "> > ", ">> ", ">>"])
def test_quote_markers_and_the_space_after_them_are_learned_per_run(marker: str) -> None:
    """``>`` followed by a space on every line: the space is the quote's; missing on one line
    (here the title): it belongs to the data, so `` [svchost.exe]`` keeps its one space."""
    lines = ["Active Connections", "", *B_BLOCK]
    quoted = [marker + line if line else marker.rstrip() for line in lines]
    assert _texts(quoted) == lines
    doc = netstat_parse.parse("\n".join(quoted))
    conn = next(doc.records("connection"))
    assert (conn.program, conn.components, conn.end_line) == ("svchost.exe", ("RpcSs",), 5)


def test_a_quote_inside_a_reply_is_its_own_run() -> None:
    text = "Here you go:\n> C:\\>netstat -ano -b\n> \n" + "\n".join("> " + line for line in B_BLOCK) + "\n> Dana\nBye"
    doc = netstat_parse.parse(text)
    assert doc.prompts[0].command == "netstat -ano -b"
    assert [(r.program, r.components) for r in doc.records("connection")] == [("svchost.exe", ("RpcSs",))]
    assert [(u.line, u.reason) for u in doc.unparsed if u.reason == "not netstat output"] == [(1, "not netstat output"),
                                                                                             (8, "not netstat output")]


def test_markdown_indented_block_loses_four_columns_not_its_own_indentation() -> None:
    """A findstr fragment's rows start with two spaces of their own: indented as code, only
    the four added columns go (the block is learned whole, not per line)."""
    rows = ["  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1712",
            "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4"]
    assert _texts(["Output:", "", *("    " + row for row in rows)]) == ["Output:", "", *rows]
    assert _texts(["\t" + row for row in rows]) == rows


@pytest.mark.parametrize("native", [
    # netstat -e: its header is the only line of its block, indented by netstat itself
    ["Interface Statistics", "", "                           Received            Sent", "",
     "Bytes                     284101734        51022918"],
    # grep of netstat -s at the start of a file: value lines are indented by netstat
    ["    12 segments retransmitted", "    3 resets sent"],
    # Linux -ie blocks: the indented lines follow their interface line, not a blank line
    ["eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500", "        inet 192.0.2.5  netmask 255.255.255.0"],
])
def test_native_indentation_is_kept(native: list[str]) -> None:
    assert _texts(native) == native


@pytest.mark.parametrize(("opening", "closing"), [
    ("```", "```"), ("```console", "```"), ("~~~", "~~~"), ("````text", "````"), ("{code}", "{code}"),
    ("{code:title=netstat}", "{code}"), ("{noformat}", "{noformat}"), ("<pre>", "</pre>"), ("[code]", "[/code]"),
])
def test_fences_are_markup(opening: str, closing: str) -> None:
    text = f"Before\n{opening}\nActive Connections\n\n  Proto  Local Address  Foreign Address  State\n" \
           f"  TCP    0.0.0.0:135    0.0.0.0:0        LISTENING\n{closing}\nAfter\n"
    doc = netstat_parse.parse(text, strict=False)
    assert [(u.line, u.reason) for u in doc.unparsed] == [
        (1, "not netstat output"), (2, "paste markup"), (7, "paste markup"), (8, "not netstat output")]
    assert [r.local_port for r in doc.records("connection")] == [135]
    with pytest.raises(netstat_parse.NetstatParseError) as caught:  # strict: the prose fails, the fences not
        netstat_parse.parse(text, strict=True)
    assert caught.value.line_no == 1


def test_an_indented_fence_is_removed_from_its_content() -> None:
    lines = ["* item", "", "  ```", "  Kernel IP routing table",
             "  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface",
             "  0.0.0.0         192.0.2.1       0.0.0.0         UG        0 0          0 eth0", "  ```"]
    pasted = _pasted(lines)
    assert [(p.text, p.markup) for p in pasted][2:5] == [
        ("  ```", True), ("Kernel IP routing table", False), (lines[4][2:], False)]
    route = next(netstat_parse.parse("\n".join(lines)).records("route"))
    assert (route.destination, route.gateway, route.line) == ("0.0.0.0", "192.0.2.1", 6)


def test_a_fence_inside_an_indented_block_is_content() -> None:
    pasted = _pasted(["", "    ```", "    Active Connections"])
    assert [(p.text, p.markup) for p in pasted] == [("", False), ("```", False), ("Active Connections", False)]


@pytest.mark.parametrize(("raw", "clean"), [
    ("  TCP\u00a0\u00a0\u00a0 0.0.0.0:135", "  TCP    0.0.0.0:135"),  # web page non-breaking spaces
    ("Active\u202fConnections\u3000", "Active Connections"),
    ("\ufeffActive Connections", "Active Connections"),  # a BOM pasted mid-file
    ("Active\u200b Connections", "Active Connections"),  # zero-width space
    ("\x1b[01;32mroot@web01\x1b[00m:\x1b[01;34m~\x1b[00m# netstat -an", "root@web01:~# netstat -an"),
    ("\x1b]0;root@web01: ~\x07root@web01:~# ls", "root@web01:~# ls"),  # a window title
    ("\x1b[?2004hroot@vm:~# ", "root@vm:~#"),  # bracketed paste mode
    ("A\x00c\x00t", "Act"),
    ("tcp   0   0 0.0.0.0:22   0.0.0.0:*   LISTEN   \t ", "tcp   0   0 0.0.0.0:22   0.0.0.0:*   LISTEN"),
])
def test_characters(raw: str, clean: str) -> None:
    assert clean_chars(raw) == clean


def test_tabs_from_a_re_save_are_expanded_to_their_columns() -> None:
    """``unix`` rows may be read by column: an editor's spaces-to-tabs must not move them."""
    row = "unix  2      [ ACC ]     STREAM     LISTENING     24871    /run/dbus/system_bus_socket"
    tabbed = "unix  2\t     [ ACC ]\t STREAM\t    LISTENING\t  24871    /run/dbus/system_bus_socket"
    assert tabbed.expandtabs(8) == row
    assert _texts([tabbed]) == [row]


def test_markup_and_quote_changes_end_a_table() -> None:
    text = "> Active Connections\n>\n>   Proto  Local Address  Foreign Address  State\n" \
           ">   TCP    0.0.0.0:135    0.0.0.0:0        LISTENING\nThanks for the output!\n"
    doc = netstat_parse.parse(text)
    assert [(u.line, u.reason) for u in doc.unparsed] == [(5, "not netstat output")]


def test_the_documented_examples_parse_as_shown() -> None:
    """docs/what-you-can-paste.md: each input block is followed by the JSON it gives."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "what-you-can-paste.md").read_text(encoding="utf-8")
    examples = _doc_examples(doc)
    assert len(examples) >= 8
    for text, expected in examples:
        got = netstat_parse.parse(text).to_dict()
        assert _summary(got) == expected, text


def _doc_examples(doc: str) -> list[tuple[str, dict[str, object]]]:
    """(input, expected summary) pairs: a ```text block followed by a ```json block."""
    pairs = re.finditer(r"^```text\n(.*?)^```\n\n```json\n(.*?)^```", doc, re.DOTALL | re.MULTILINE)
    return [(_visible(found[1]), json.loads(found[2])) for found in pairs]


def _visible(text: str) -> str:
    """The docs write invisible characters as signs: ⇥ TAB, ␣ NBSP, ␛ ESC, ␍ a lone CR, and
    a last line ending in ✂ has no line break (the file was cut there)."""
    text = text.replace("⇥", "\t").replace("␣", "\u00a0").replace("␛", "\x1b").replace("␍\n", "\r")
    return text[: -len("✂\n")] if text.endswith("✂\n") else text



def _summary(doc: dict[str, Any]) -> dict[str, object]:
    """What the docs show of a document: sections (kind, command, snapshot, records in short)
    and the unparsed lines with their reasons."""
    sections = []
    for section in doc["sections"]:
        records = [{k: v for k, v in r.items() if k in _SHOWN and v not in (None, False, [], {})}
                   for r in section["records"]]
        sections.append({"kind": section["kind"], "command": section["command"], "snapshot": section["snapshot"],
                         "records": records})
    unparsed = [{"line": u["line"], "end_line": u["end_line"], "reason": u["reason"]}
                for u in doc["unparsed"]]
    return {"sections": sections, "unparsed": unparsed}


_SHOWN = {"line", "end_line", "local_port", "state", "pid", "program", "components", "destination", "gateway",
          "interface", "rx_ok", "section", "path", "message_id", "owner_unavailable"}


HEADER_DEPENDENT = {
    "anoi-time-in-state-win11.txt": "-i: without the header a trailing number is the PID, not Time in State",
    "ay-template.txt": "-y: without the header the Template column is not known",
    "constructed-rne-reject.txt": "-rne: Metric Ref Use and MSS Window irtt are three numbers each",
    "jc-ubuntu-18.04-netstat-rne.txt": "-rne: Metric Ref Use and MSS Window irtt are three numbers each",
    "nettools-2.10-cs-rne.txt": "-rne: Metric Ref Use and MSS Window irtt are three numbers each",
    "nettools-2.10-rne.txt": "-rne: Metric Ref Use and MSS Window irtt are three numbers each",
    "jc-windows-10-route-print.txt": "a filtered persistent route cannot be told from an active one",
    "constructed-selinux-xapZ.txt": "-xZ: without the header a unix row is read without the Security Context "
                                    "column (its context joins the path)",
}
"""Fixtures whose rows mean something else without their header (filtering cannot keep them)."""


def _filtered_case(capture: Path) -> Any:
    reason = HEADER_DEPENDENT.get(capture.name)
    marks = [pytest.mark.skip(reason=reason)] if reason else []
    return pytest.param(capture, marks=marks, id=str(capture.relative_to(FIXTURES)))


@pytest.mark.parametrize("capture", [_filtered_case(p) for p in CAPTURES if p.parent.name != "transcripts"])
def test_filtered_rows_give_the_same_records(capture: Path) -> None:
    """``findstr``/``grep`` keeps the rows and drops titles, headers and blank lines: each
    single-line record comes back the same, but for its line and snapshot (a filtered interval
    capture has no titles left to count repeats by)."""
    original = netstat_parse.parse_file(capture)
    titles = {number for section in original.sections for number in section.header_lines}
    records = [r for r in original.records() if r.kind != "message" and not r.end_line and r.line not in titles]
    if not records:
        pytest.skip("no single-line rows")
    _, text = decode_bytes(capture.read_bytes())
    lines = list(split_lines(text))
    kept = "\n".join(lines[r.line - 1] for r in records) + "\n"
    doc = netstat_parse.parse(kept)
    assert [attrs.evolve(r, line=0, snapshot=0) for r in doc.records()] == [
        attrs.evolve(r, line=0, snapshot=0) for r in records]
    assert doc.unparsed == [] and all(s.title is None and s.header_lines == [] for s in doc.sections)
