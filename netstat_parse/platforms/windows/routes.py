"""Placeholder: this kind's parser is not written yet."""

from __future__ import annotations

from netstat_parse.core.sections import SectionParser

PARSERS: tuple[type[SectionParser], ...] = ()
