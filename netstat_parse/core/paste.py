"""Undo what pasting does to a capture before any grammar sees a line.

Text copied from web pages carries non-breaking spaces; e-mail quoting and Markdown add
prefixes and fences. :class:`PasteCleaner` is stateful so that it can learn a prefix from
the lines it has seen.
"""

from __future__ import annotations

from typing import Final

_SPACES: Final = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\ufeff": None, "\x00": None})


class PasteCleaner:
    """Per-line clean-up; returns None for a line that is only a paste artefact."""

    def clean(self, line: str) -> str | None:
        if not line.isascii():
            line = line.translate(_SPACES)
        elif "\x00" in line:
            line = line.replace("\x00", "")
        return line.rstrip()
