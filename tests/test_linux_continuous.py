"""Linux ``netstat -c``: every repeat is the next snapshot.

net-tools re-prints the report each second with no separator: ``-r``/``-g``/connections
repeat their title, ``-i`` prints its title once and the column header every time, ``-ie``
prints the blocks again without a title. Real captures of this machine, and live runs."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

import netstat_parse
from netstat_parse.core.records import TableRecord
from tests.conftest import FIXTURES

LINUX = FIXTURES / "linux"
C_LOCALE = {**os.environ, "LC_ALL": "C", "LANGUAGE": "C"}


@pytest.mark.parametrize(("name", "kind", "lines", "per_snapshot"), [
    ("interfaces/nettools-2.10-ic.txt", "interface_stats", [1, 5, 8], 2),
    ("interfaces/nettools-2.10-iec.txt", "interface", [1, 21, 40], 2),
    ("routes/nettools-2.10-rnc.txt", "route", [1, 5, 9], 2),
    ("groups/nettools-2.10-gc-stderr.txt", "group_membership", [1, 18, 35], None),
])
def test_each_repeat_is_a_snapshot(name: str, kind: str, lines: list[int], per_snapshot: int | None) -> None:
    doc = netstat_parse.parse_file(LINUX / name)
    assert doc.unparsed == []
    assert [(s.snapshot, s.line) for s in doc.sections] == list(enumerate(lines))
    records = [r for r in doc.records(kind) if isinstance(r, TableRecord)]
    assert {r.snapshot for r in records} == {0, 1, 2}
    if per_snapshot is not None:
        assert len(records) == per_snapshot * 3


def test_interface_header_repeats_under_one_title() -> None:
    doc = netstat_parse.parse_file(LINUX / "interfaces" / "nettools-2.10-ic.txt")
    assert [(s.title, s.header_lines) for s in doc.sections] == [
        ("Kernel Interface table", [1, 2]), (None, [5]), (None, [8])]


def _live(args: list[str]) -> netstat_parse.Document:
    # SIGTERM after 2.5 s: the first report at once, then one per second
    result = subprocess.run(["timeout", "2.5", "netstat", *args], capture_output=True, text=True, env=C_LOCALE)
    return netstat_parse.parse(result.stdout)


@pytest.mark.skipif(shutil.which("netstat") is None or shutil.which("timeout") is None, reason="needs net-tools")
@pytest.mark.parametrize(("args", "kind"), [(["-ic"], "interface_stats"), (["-rnc"], "route"),
                                            (["-tanc"], "connection")])
def test_live_continuous_capture(args: list[str], kind: str) -> None:
    doc = _live(args)
    snapshots = [s.snapshot for s in doc.sections if s.kind != "message"]
    assert len(snapshots) >= 2
    assert snapshots == list(range(len(snapshots)))  # one section, and one snapshot, per repeat
    if kind != "connection":  # the last repeat may be cut off mid-table by the signal
        assert {r.snapshot for r in doc.records(kind) if isinstance(r, TableRecord)} == set(snapshots)
