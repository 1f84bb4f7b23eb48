"""Messages Linux netstat (net-tools, BusyBox) prints instead of (or among) its tables.

Most are written to stderr, so a ``2>&1`` capture can hold them before, inside or after the
tables (netstat-formats.md §0.5). Each line of a multi-line notice is its own message
record with the same ``message_id``; localized notices come from ``localized.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from netstat_parse.core.messages import MessagePattern
from netstat_parse.platforms.linux import localized


def _notice_lines(notices: dict[str, tuple[str, ...]], message_id: str) -> Iterator[MessagePattern]:
    """One pattern per line of each language's notice; ``%d`` stands for a number."""
    for language, lines in notices.items():
        for line in lines:
            regex = re.escape(line.strip()).replace("%d", r"\d+")
            yield MessagePattern.of(regex, message_id, "linux", language)


MESSAGES: tuple[MessagePattern, ...] = (
    *_notice_lines(localized.NOT_ALL_PROCESSES, "processes_not_identified"),
    *_notice_lines(localized.NO_PROCESS_INFO, "no_process_info"),
    # NT netstat.c: a family or feature this kernel or build lacks (live: `netstat -M`, `-A ax25`)
    MessagePattern.of(r"netstat: no support for `[^']+' on this system\.", "no_support", "linux", "en"),
    MessagePattern.of(r"netstat: feature `[^']+' not supported\.", "feature_not_supported", "linux", "en"),
    MessagePattern.of(r"Please recompile `net-tools' with newer kernel source or full configuration\.",
                      "recompile_hint", "linux", "en"),
    # NT: a /proc line it could not read; BusyBox: a missing /proc file
    MessagePattern.of(r"warning, got bogus (?:tcp|udp|raw|unix|igmp6?) line(?: \d+)?\.", "bogus_line",
                      "linux", "en"),
    MessagePattern.of(r"netstat: /proc/net/\S+: .+", "proc_file_error", "linux", "en"),
)
"""Every Linux message, English and localized."""
