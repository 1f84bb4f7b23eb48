"""The driver's row lane changes nothing: the same events with it as without it.

The lane (``Driver.run``) lets plain lines skip paste clean-up and the driver's checks while
a parser that takes the lane reads rows. Its only promise is speed, so the property is
exact equality of the event streams, on every kind's rendered captures with garbage and
paste damage (the hostile test's generator), and on line soups that jump between tables,
prompts, blank lines and paste artefacts.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstat_parse.core.decode import split_lines
from netstat_parse.core.driver import Driver, Event
from netstat_parse.core.paste import LANE_LINE
from netstat_parse.core.sections import SectionParser
from netstat_parse.platforms import PARSERS
from netstat_parse.platforms.windows.connections import WindowsConnections
from tests.test_hostile import _PROFILE_EXAMPLES, _SOUP_TOKENS, CAPTURES, damage


def events(lines: list[str], lane: bool) -> list[Event]:
    return list(Driver(row_lane=lane).run(lines))


def assert_same_events(lines: list[str]) -> None:
    assert events(lines, lane=True) == events(lines, lane=False)


@pytest.mark.parametrize("kind", sorted(CAPTURES))
@settings(max_examples=max(10, _PROFILE_EXAMPLES // 4),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(data=st.data())
def test_damaged_captures_give_the_same_events(kind: str, data: st.DataObject) -> None:
    case = damage(data, data.draw(CAPTURES[kind], label="capture"))
    assert_same_events(list(split_lines(case.text)))


_ROWS = [
    "  TCP    10.0.0.5:49712         93.184.216.34:443      ESTABLISHED     4312",
    "  UDP    [fe80::1%12]:1900      *:*                                    3996",
    "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4",
    "  RpcSs", " [svchost.exe]", " Can not obtain ownership information", "  TCP    10.0.0.5:1",
    "tcp        0      0 10.0.0.5:22             10.0.0.9:50514          ESTABLISHED 812/sshd: root@pts",
    "tcp6       0      0 :::80                   :::*                    LISTEN      -",
    "udp        0      0 0.0.0.0:68              0.0.0.0:*                           1029/dhclient",
    "tcp        0      0 10.0.0.5:22%            10.0.0.9:50514          ESTABLISHED -",
    "unix  2      [ ACC ]     STREAM     LISTENING     24871    812/cupsd            /run/cups/cups.sock",
    "  Kernel     9      Connection     10.0.0.5:445    10.0.0.9:50001    4",
    "      ", "TCP 1.2.3.4:5 6.7.8.9:10 ESTABLISHED", "  tcp x", "    TCP    10.0.0.5:1   10.0.0.6:2   SYN_SENT   9",
    "  TCP    10.0.0.5:49712         93.184.216.34:443      ESTABLISHED     4312   ",  # trailing blanks
    "  TCP    10.0.0.5:49712\t93.184.216.34:443      ESTABLISHED     4312",  # a TAB: clean-up changes it
    "  TCP    10.0.0.5:49712         93.184.216.34:443      ESTABLISHED     4312\u212a",  # Kelvin sign
    "tcp        0      0 10.0.0.5:22             10.0.0.9:50514          ESTABLISHED 812/a,b \"c\"",
    "  Proto  Local Address          Foreign Address        State           PID",
    # -Z (§1.3.1, §1.4): the header announces the Security Context column, rows carry it
    "Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    "
    "  Security Context",
    "tcp        0      0 10.0.0.5:22             10.0.0.9:50514          ESTABLISHED 812/sshd: root@pts   "
    "system_u:system_r:sshd_t:s0-s0:c0.c1023",
    "tcp        0      0 10.0.0.5:22             10.0.0.9:50514          TIME_WAIT   -                    -",
    "Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Security Context"
    "                                  Path",
    "unix  2      [ ACC ]     STREAM     LISTENING     24871    812/cupsd            system_u:system_r:cupsd_t:s0"
    "                       /run/cups/cups.sock",
]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_ROWS + _SOUP_TOKENS), max_size=40))
def test_line_soup_gives_the_same_events(lines: list[str]) -> None:
    assert_same_events(lines)


def test_the_lane_reads_a_real_table_and_hands_back_the_first_other_line() -> None:
    lines = ["Active Connections", "", "  Proto  Local Address          Foreign Address        State           PID",
             *_ROWS[:3], "C:\\>netstat -r", "ignored?"]
    lane, plain = events(lines, lane=True), events(lines, lane=False)
    assert lane == plain
    assert [getattr(e, "local_port", None) for e in lane if type(e).__name__ == "Connection"] == [49712, 1900, 445]


def test_parsers_that_take_the_lane_declare_it() -> None:
    taking = {cls.__name__ for cls in PARSERS if cls.lane}
    assert "WindowsConnections" in taking and WindowsConnections.lane
    assert SectionParser.lane is False


@pytest.mark.parametrize("line", ["  TCP  10.0.0.5:1  10.0.0.6:2  ESTABLISHED  4\u212a", "  ſtate", "\tTCP", "    TCP",
                                  "> TCP", "[code]", "user@host:~$ netstat -ano"])
def test_the_lane_leaves_lines_clean_up_may_change_or_prompts(line: str) -> None:
    """A Kelvin sign or long s is no ASCII (case-insensitive matching once let them pass)."""
    assert LANE_LINE.fullmatch(line) is None
