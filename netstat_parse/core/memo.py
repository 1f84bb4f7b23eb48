"""Bounded memos for the per-row hot paths.

Interval captures (``netstat -ano 5``) print the same rows and endpoints snapshot after
snapshot, so what a text parses to is worth remembering. A memo here

* is a plain dict (a hit is one lookup, cheaper than an LRU's bookkeeping) of at most
  ``entries`` results; when it is full it becomes the previous generation and a new dict
  starts. A result found only in the previous generation moves to the new one, so the
  results in use survive (an interval capture whose rows churn keeps its working set),
  while the rest go with the next change of generation: memory stays flat whatever the
  input, at most ``2 * entries`` results;
* never keeps a text longer than ``longest`` characters (hostile input);
* does not keep a None result (for a row reader: not a row; say ``()`` to have that kept);
* sleeps where texts barely repeat: when it fills up with fewer than ``entries / SLEEP_BELOW``
  hits since it was last full, it is emptied and the next ``entries * SLEEP_FOR`` calls skip
  it, then it looks again. A table of unique rows would otherwise pay a lookup and a store
  on every row, and keep results alive for the garbage collector to walk.
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
ROW_ENTRIES: Final = 8192
ROW_LONGEST: Final = 200
"""Bounds of a parser's memo of rows by their text: an interval capture of a few thousand
connections with churn fits, and a row longer than a console line is never kept."""


def _remembering(compute: Callable[[K], R], keepable: Callable[[K, R], bool], entries: int) -> Callable[[K], R]:
    """``compute`` with the memo the module doc describes; ``keepable(key, result)``: small
    enough to keep."""
    memo: dict[K, R] = {}
    older: dict[K, R] = {}  # the previous generation: what the memo held when it was last full
    lookup = memo.get
    hits = 0  # since the memo was last full
    asleep = 0  # calls left that go straight to compute

    def remembered(key: K) -> R:
        nonlocal memo, older, lookup, hits, asleep
        if asleep:
            asleep -= 1
            return compute(key)
        found = lookup(key)
        if found is not None:
            hits += 1
            return found
        found = older.get(key)
        if found is not None:
            hits += 1  # still in use: it moves to the current generation
        else:
            found = compute(key)
            if found is None or not keepable(key, found):
                return found
        if len(memo) >= entries:
            if hits < entries // SLEEP_BELOW:  # texts barely repeat here
                asleep = entries * SLEEP_FOR
                memo, older = {}, {}
            else:
                memo, older = {}, memo
            lookup = memo.get
            hits = 0
        memo[key] = found
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
