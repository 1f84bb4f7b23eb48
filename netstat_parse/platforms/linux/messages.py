"""Messages linux netstat prints instead of (or among) its tables."""

from __future__ import annotations

from netstat_parse.core.messages import MessagePattern

MESSAGES: tuple[MessagePattern, ...] = ()
