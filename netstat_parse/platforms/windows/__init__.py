"""Windows ``netstat.exe`` and ``route print`` output (netstat-formats.md §2)."""

from __future__ import annotations

from netstat_parse.core.messages import MessagePattern
from netstat_parse.core.sections import SectionParser
from netstat_parse.platforms.windows import connections, ethernet, messages, routes, stats

PARSERS: tuple[type[SectionParser], ...] = (
    *connections.PARSERS,
    *stats.PARSERS,
    *ethernet.PARSERS,
    *routes.PARSERS,
)
MESSAGES: tuple[MessagePattern, ...] = messages.MESSAGES
