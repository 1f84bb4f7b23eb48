"""Messages Windows netstat prints instead of (or among) its tables."""

from __future__ import annotations

import re

from netstat_parse.core.messages import MessagePattern
from netstat_parse.platforms.windows import localized

MESSAGES: tuple[MessagePattern, ...] = (
    *(
        MessagePattern.of(re.escape(text), "elevation_required", "windows", language)
        for text, language in localized.ELEVATION_REQUIRED.items()
    ),
    *(MessagePattern.of(re.escape(text), "pager_prompt", "windows") for text in localized.PAGER_PROMPTS),
)
