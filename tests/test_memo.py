"""core/memo.py: results are kept only for short texts, never without bound, and not at all
while the memo sleeps where texts do not repeat."""

from __future__ import annotations

from netstat_parse.core.memo import SLEEP_FOR, memoized_by_text, memoized_by_texts

ENTRIES, LONGEST = 16, 8


def test_results_are_kept_only_for_short_texts() -> None:
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
                     (long,), (short, long),
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
    """A full memo becomes the previous generation; a result not used again before the next
    change of generation is dropped: more distinct texts than that are computed again."""
    calls: list[str] = []

    def one(text: str) -> str:
        calls.append(text)
        return text

    remembered = memoized_by_text(one, entries=ENTRIES, longest=LONGEST)
    repeated = [str(number) for number in range(ENTRIES // 2)]
    for _ in range(3):  # hits enough to stay awake
        for text in repeated:
            remembered(text)
    assert calls == repeated  # all kept the first time
    calls.clear()
    for number in range(2 * ENTRIES):  # two changes of generation without them
        remembered(f"n{number}")
    calls.clear()
    for text in repeated:
        remembered(text)
    assert calls == repeated


def test_results_in_use_survive_a_change_of_generation() -> None:
    """An interval capture whose rows churn: the rows still printed are never computed again,
    however many new ones come and go."""
    calls: list[str] = []

    def one(text: str) -> str:
        calls.append(text)
        return text

    remembered = memoized_by_text(one, entries=ENTRIES, longest=LONGEST)
    working_set = [f"w{number}" for number in range(ENTRIES // 4)]
    for snapshot in range(20):
        for text in [*working_set, f"c{snapshot}a", f"c{snapshot}b"]:  # each snapshot two new rows
            remembered(text)
    assert sorted(set(calls)) == sorted(calls)  # each text computed once
    assert len(calls) == len(working_set) + 40


def test_the_memo_sleeps_where_texts_do_not_repeat() -> None:
    """Filled with hardly any hits: the next ENTRIES * SLEEP_FOR calls go straight to the
    function, then the memo looks again."""
    calls: list[str] = []

    def one(text: str) -> str:
        calls.append(text)
        return text

    remembered = memoized_by_text(one, entries=ENTRIES, longest=LONGEST)
    for number in range(ENTRIES + 1):  # the last one finds the memo full, with no hits
        remembered(f"u{number}")
    calls.clear()
    for _ in range(ENTRIES * SLEEP_FOR):
        remembered("again")
    assert calls == ["again"] * (ENTRIES * SLEEP_FOR)  # asleep: nothing remembered
    calls.clear()
    for _ in range(3):
        remembered("again")
    assert calls == ["again"]  # awake: kept the first time
