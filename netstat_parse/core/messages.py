"""Lines netstat prints that are not tables: errors, notices, pager prompts.

Each platform lists its own in ``platforms/<platform>/messages.py``; the driver turns a
line that matches one into a :class:`~netstat_parse.core.records.Message` record.
"""

from __future__ import annotations

import re

import attrs


@attrs.frozen
class MessagePattern:
    """A known message: a whole-line pattern, a stable id and the platform that prints it."""

    pattern: re.Pattern[str]
    message_id: str
    platform: str | None
    language: str | None = None

    @classmethod
    def of(cls, regex: str, message_id: str, platform: str | None, language: str | None = None) -> MessagePattern:
        return cls(re.compile(regex), message_id, platform, language)

    def matches(self, text: str) -> bool:
        return self.pattern.fullmatch(text.strip()) is not None


COMMON_MESSAGES: tuple[MessagePattern, ...] = (
    # the terminal's echo of Ctrl+C, which is how `netstat -ano 5` and `netstat -c` end
    MessagePattern.of(r"\^C", "interrupted", None),
)
"""Messages any platform's capture may hold."""
