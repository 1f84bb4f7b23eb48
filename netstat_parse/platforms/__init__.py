"""Every platform's section parsers and messages, in the order the driver tries them."""

from __future__ import annotations

from netstat_parse.core.messages import COMMON_MESSAGES, MessagePattern
from netstat_parse.core.sections import SectionParser
from netstat_parse.platforms import linux, windows

PARSERS: tuple[type[SectionParser], ...] = (*windows.PARSERS, *linux.PARSERS)
MESSAGES: tuple[MessagePattern, ...] = (*windows.MESSAGES, *linux.MESSAGES, *COMMON_MESSAGES)
