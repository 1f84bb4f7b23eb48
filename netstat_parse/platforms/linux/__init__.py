"""Linux net-tools ``netstat`` output (netstat-formats.md §1)."""

from __future__ import annotations

from netstat_parse.core.messages import MessagePattern
from netstat_parse.core.sections import SectionParser
from netstat_parse.platforms.linux import connections, groups, interfaces, messages, routes, stats, unix

PARSERS: tuple[type[SectionParser], ...] = (
    *connections.PARSERS,
    *unix.PARSERS,
    *stats.PARSERS,
    *interfaces.PARSERS,
    *routes.PARSERS,
    *groups.PARSERS,
)
MESSAGES: tuple[MessagePattern, ...] = messages.MESSAGES
