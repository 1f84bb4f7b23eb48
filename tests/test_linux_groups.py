"""Linux ``netstat -g``: real captures of this machine (three languages, ``-c`` with stderr),
a live comparison with ``ip maddr``, and the round-trip property over rendered tables."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from hypothesis import given

import netstat_parse
from netstat_parse.core.records import GroupMembership, Message
from netstat_parse.platforms.linux.groups import NUMERIC_ROW, ROW, UNDERLINE
from tests.conftest import FIXTURES
from tests.strategies import linux_groups

GROUPS = FIXTURES / "linux" / "groups"

C_LOCALE = {**os.environ, "LC_ALL": "C", "LANGUAGE": "C"}


def groups_of(text: str) -> list[GroupMembership]:
    return [g for g in netstat_parse.parse(text).records("group_membership") if isinstance(g, GroupMembership)]


@pytest.mark.parametrize(("name", "language"), [("nettools-2.10-g.txt", "en"), ("nettools-2.10-de-g.txt", "de"),
                                                ("nettools-2.10-ja-g.txt", "ja")])
def test_this_machines_groups(name: str, language: str) -> None:
    doc = netstat_parse.parse_file(GROUPS / name)
    assert doc.unparsed == []
    (section,) = doc.sections
    assert (section.kind, section.language, section.header_lines) == ("group_memberships", language, [1, 2, 3])
    rows = [(g.interface, g.ref_count, g.group, g.ip_version) for g in groups_of((GROUPS / name).read_text())]
    assert rows[:2] == [("lo", 1, "224.0.0.1", 4), ("eth0", 1, "224.0.0.1", 4)]  # IPv4 first
    assert ("eth0", 1, "ff02::1:ff00:2", 6) in rows and len(rows) == 12


def test_continuous_capture_with_stderr_warnings() -> None:
    doc = netstat_parse.parse_file(GROUPS / "nettools-2.10-gc-stderr.txt")
    assert doc.unparsed == []
    assert [(s.snapshot, s.line) for s in doc.sections] == [(0, 1), (1, 18), (2, 35)]
    messages = [r for r in doc.records("message") if isinstance(r, Message)]
    assert [(m.line, m.message_id, m.snapshot) for m in messages] == [
        (16, "bogus_line", 0), (17, "bogus_line", 0), (33, "bogus_line", 1), (34, "bogus_line", 1)]
    # net-tools 2.10 prints garbage rows on repeats: kept as printed, not invented away
    repeat = [g for g in groups_of((GROUPS / "nettools-2.10-gc-stderr.txt").read_text()) if g.snapshot == 1]
    assert (repeat[0].interface, repeat[0].ref_count, repeat[0].group) == ("E0", 0, "0:1::100:0")


def test_names_and_unknown_language() -> None:
    text = ("Członkostwo w grupach IPv6/IPv4\nInterfejs       Liczn  Grupa\n"
            "--------------- ------ ---------------------\n"
            "eth0            1      all-systems.mcast.net\n")
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert (doc.sections[0].title, doc.sections[0].language, doc.sections[0].header_lines) == (
        "Członkostwo w grupach IPv6/IPv4", "unknown", [1, 2, 3])
    (group,) = groups_of(text)
    assert (group.group, group.ip_version) == ("all-systems.mcast.net", None)


@pytest.mark.skipif(shutil.which("netstat") is None or shutil.which("ip") is None, reason="needs netstat and ip")
def test_live_groups_match_ip_maddr() -> None:
    live = subprocess.run(["netstat", "-g"], capture_output=True, text=True, env=C_LOCALE).stdout
    maddr = subprocess.run(["ip", "maddr"], capture_output=True, text=True).stdout
    expected, device = set(), ""
    for line in maddr.splitlines():
        words = line.split()
        if line[:1].isdigit():
            device = words[1]
        elif words and words[0] in ("inet", "inet6"):
            expected.add((device, words[1]))
    found = {(g.interface, g.group) for g in groups_of(live)}
    assert found == expected


@given(linux_groups.captures())
def test_round_trip(capture: tuple[str, list[GroupMembership]]) -> None:
    text, expected = capture
    doc = netstat_parse.parse(text)
    assert doc.unparsed == []
    assert list(doc.records()) == expected
    assert doc.sections[0].header_lines == [1, 2, 3]


@given(linux_groups.captures())
def test_fused_regex_equals_pyparsing_on_rendered_rows(capture: tuple[str, list[GroupMembership]]) -> None:
    for line in capture[0].splitlines():
        for grammar in (ROW, NUMERIC_ROW, UNDERLINE):
            assert grammar.match(line) == grammar.match_reference(line)
