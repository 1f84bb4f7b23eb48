"""Bounded memos for the per-row hot paths.

Interval captures (``netstat -ano 5``) print the same rows and endpoints snapshot after
snapshot, so what a text parses to is worth remembering. A memo here

* is a plain dict (a hit is one lookup, cheaper than an LRU's bookkeeping), emptied when it
  holds ``entries`` results, so memory stays flat whatever the input;
* never keeps a text longer than ``longest`` characters (hostile input);
* keeps a result only the second time its texts come (a bounded set remembers texts seen
  once): in a table of unique rows, where every lookup misses, keeping each result alive
  would only give the garbage collector more to walk;
* does not keep a None result (for a row reader: not a row; say ``()`` to have that kept);
* sleeps where texts barely repeat: when ``entries`` texts were seen once while fewer than
  ``entries / SLEEP_BELOW`` came again, the next ``entries * SLEEP_FOR`` calls skip the memo
  (a miss costs a lookup and the bookkeeping above; a table of unique rows would pay it on
  every row), then it looks again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Final, TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T", bound="str | None")
R = TypeVar("R")
Texts = tuple["str | None", ...]
SLEEP_BELOW: Final = 8
SLEEP_FOR: Final = 8


def _remembering(compute: Callable[[K], R], keepable: Callable[[K, R], bool], entries: int) -> Callable[[K], R]:
    """``compute`` with the memo the module doc describes; ``keepable(key, result)``: small
    enough to keep."""
    memo: dict[K, R] = {}
    lookup = memo.get
    seen: set[K] = set()
    asleep = 0  # calls left that go straight to compute

    def remembered(key: K) -> R:
        nonlocal asleep
        if asleep:
            asleep -= 1
            return compute(key)
        found = lookup(key)
        if found is None:
            found = compute(key)
            if found is not None and keepable(key, found):
                if key in seen:
                    if len(memo) >= entries:
                        memo.clear()
                    memo[key] = found
                else:
                    if len(seen) >= entries:
                        seen.clear()
                        if len(memo) < entries // SLEEP_BELOW:  # texts barely repeat here
                            asleep = entries * SLEEP_FOR
                    seen.add(key)
        return found

    return remembered


def memoized_by_text(function: Callable[[T], R], *, entries: int, longest: int) -> Callable[[T], R]:
    """``function`` of one text (None allowed), remembered as the module doc says."""
    remembered = _remembering(function, lambda text, _: text is None or len(text) <= longest, entries)
    remembered.__name__ = remembered.__qualname__ = getattr(function, "__name__", "remembered")
    remembered.__doc__ = function.__doc__
    return remembered


def memoized_by_texts(function: Callable[..., R], *, entries: int, longest: int) -> Callable[..., R]:
    """``function`` of several positional texts (None allowed), remembered by their tuple."""
    def compute(texts: Texts) -> R:
        return function(*texts)

    def keepable(texts: Texts, _: R) -> bool:
        return all(text is None or len(text) <= longest for text in texts)

    remembered = _remembering(compute, keepable, entries)

    def by_texts(*texts: str | None) -> R:
        return remembered(texts)

    by_texts.__name__ = by_texts.__qualname__ = getattr(function, "__name__", "remembered")
    by_texts.__doc__ = function.__doc__
    return by_texts


def memoized_by_value(function: Callable[[K], R], *, entries: int, keep: Callable[[K, R], bool]) -> Callable[[K], R]:
    """``function`` of one hashable value, remembered as the module doc says; a result is
    kept only where ``keep(value, result)`` holds (the caller's bound on its size)."""
    return _remembering(function, keep, entries)
