"""core/memo.py: results are kept the second time their texts come, only for short texts,
and never without bound."""

from __future__ import annotations

from netstat_parse.core.memo import SLEEP_FOR, memoized_by_text, memoized_by_texts

ENTRIES, LONGEST = 16, 8


def test_results_are_kept_the_second_time_and_only_for_short_texts() -> None:
    calls: list[tuple[str | None, ...]] = []

    def one(text: str | None) -> tuple[str | None, ...]:
        calls.append((text,))
        return (text,)

    def two(first: str, second: str | None) -> tuple[str | None, ...]:
        calls.append((first, second))
        return (first, second)

    memo_one = memoized_by_text(one, entries=ENTRIES, longest=LONGEST)
    memo_two = memoized_by_texts(two, entries=ENTRIES, longest=LONGEST)
    short, long = "x" * LONGEST, "x" * (LONGEST + 1)
    for _ in range(3):
        assert memo_one(short) == (short,) and memo_one(long) == (long,) and memo_one(None) == (None,)
        assert memo_two(short, None) == (short, None) and memo_two(short, long) == (short, long)
    assert calls == [(short,), (long,), (None,), (short, None), (short, long),
                     (short,), (long,), (None,), (short, None), (short, long),
                     (long,), (short, long)]
    assert memo_one.__name__ == "one" and memo_two.__name__ == "two"


def test_none_results_are_not_kept() -> None:
    calls: list[str] = []

    def reader(text: str) -> None:
        calls.append(text)

    remembered = memoized_by_text(reader, entries=ENTRIES, longest=LONGEST)
    for _ in range(3):
        assert remembered("row") is None
    assert calls == ["row"] * 3


def test_the_memo_is_bounded() -> None:
    """Results and once-seen texts are dropped when ENTRIES are held: more distinct texts
    than that are computed again, never kept without bound."""
    calls: list[str] = []

    def one(text: str) -> str:
        calls.append(text)
        return text

    remembered = memoized_by_text(one, entries=ENTRIES, longest=LONGEST)
    repeated = [str(number) for number in range(ENTRIES // 2)]  # enough repeats to stay awake
    for _ in range(2):
        for text in repeated:
            remembered(text)
    calls.clear()
    for text in repeated:
        remembered(text)
    assert calls == []  # all remembered
    for number in range(ENTRIES * 3):  # more new texts than the memo holds: it is emptied
        remembered(f"n{number}")
        remembered(f"n{number}")
    calls.clear()
    for text in repeated:
        remembered(text)
    assert calls == repeated


def test_the_memo_sleeps_where_texts_do_not_repeat() -> None:
    """ENTRIES texts seen once with hardly any coming again: the next ENTRIES * SLEEP_FOR
    calls go straight to the function, then the memo looks again."""
    calls: list[str] = []

    def one(text: str) -> str:
        calls.append(text)
        return text

    remembered = memoized_by_text(one, entries=ENTRIES, longest=LONGEST)
    for number in range(ENTRIES + 1):  # the last one finds the set of once-seen texts full
        remembered(f"u{number}")
    calls.clear()
    for _ in range(ENTRIES * SLEEP_FOR):
        remembered("again")
    assert calls == ["again"] * (ENTRIES * SLEEP_FOR)  # asleep: nothing remembered
    calls.clear()
    for _ in range(3):
        remembered("again")
    assert calls == ["again", "again"]  # awake: kept the second time
