"""Bounded memos for the per-row hot paths.

Interval captures (``netstat -ano 5``) print the same rows and endpoints snapshot after
snapshot, so what a text parses to is worth remembering. A memo here is a plain dict (a hit
is one lookup, cheaper than an LRU's bookkeeping) that is emptied when it is full, so memory
stays flat whatever the input, and texts longer than a limit (hostile input) are never kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

R = TypeVar("R")


def memoized_by_text(function: Callable[[str], R], *, entries: int, longest: int) -> Callable[[str], R]:
    """``function`` of one text, remembered for up to ``entries`` texts of at most ``longest``
    characters. A None result is not remembered (for a row reader: not a row, which is rare
    where it is asked)."""
    memo: dict[str, R] = {}
    lookup = memo.get

    def remembered(text: str) -> R:
        found = lookup(text)
        if found is None:
            found = function(text)
            if found is not None and len(text) <= longest:
                if len(memo) >= entries:
                    memo.clear()
                memo[text] = found
        return found

    return remembered
