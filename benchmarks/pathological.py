"""Pathological input, growing sizes, seconds: ``python -m benchmarks.pathological``.

Each shape is a line built to make a careless regular expression backtrack (runs of colons,
brackets, spaces, CRs, quote markers, escape codes, half rows). It is parsed whole through
``netstat_parse.parse`` after three contexts (nothing open, a Windows connection table open,
a Linux one open), so decoding, paste clean-up, prompts, every opener, the open table's
grammar and its ``explain`` all see it; the slowest context counts. The table shows seconds
per size and the growth from the smallest to the largest size: linear time grows by the size
ratio (x16 here), quadratic by its square (x256).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import netstat_parse

SHAPES: dict[str, Callable[[int], str]] = {
    "letters": lambda n: "x" * n,
    "colons": lambda n: ":" * n,
    "brackets": lambda n: "[" * n,
    "nested brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "spaces inside a row": lambda n: "  TCP    " + " " * n + "1.2.3.4:5",
    "host:port soup": lambda n: "  TCP    " + "a:" * (n // 2),
    "ipv6 soup": lambda n: "  TCP    1.2.3.4:5   " + "[::" * (n // 3),
    "numbers": lambda n: "1 " * (n // 2),
    "quote markers": lambda n: "> " * (n // 2) + "x",
    "indentation": lambda n: " " * n + "Active Connections",
    "prompt-like": lambda n: "user@" + "h" * (n // 2) + ":~" + "/x" * (n // 4),
    "carriage returns": lambda n: "\r" * n,
    "escape sequences": lambda n: "\x1b[" * (n // 2),
    "cmd path": lambda n: "C:\\" + "a\\" * (n // 2),
    "unix socket path": lambda n: "unix  2      [ ACC ]     STREAM     LISTENING     1    /" + "a" * n,
    "linux row": lambda n: "tcp        0      0 " + "0" * n + ":22  0.0.0.0:*  LISTEN",
    "stats sentence": lambda n: "    12 " + "active " * (n // 7),
    "route": lambda n: "          0.0.0.0          0.0.0.0      192.0.2.1" + " " * n + "x",
    "many short garbage lines": lambda n: "x y\n" * (n // 4),
}
"""Shape name -> a line (or lines) of about ``n`` characters."""

CONTEXTS: tuple[str, ...] = (
    "",
    "Active Connections\n\n  Proto  Local Address  Foreign Address  State\n",
    "Active Internet connections (servers and established)\n"
    "Proto Recv-Q Send-Q Local Address           Foreign Address         State\n",
)
"""What precedes the shape: nothing, an open Windows table, an open Linux table."""


def seconds(shape: str, size: int) -> float:
    """The slowest parse of ``shape`` at ``size`` characters over the contexts."""
    worst = 0.0
    for context in CONTEXTS:
        text = context + SHAPES[shape](size)
        start = time.perf_counter()
        netstat_parse.parse(text)
        worst = max(worst, time.perf_counter() - start)
    return worst


DEFAULT_SIZES: tuple[int, ...] = (12500, 25000, 50000, 100000, 200000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated line sizes in characters")
    args = parser.parse_args()
    report([int(size) for size in args.sizes.split(",")])


def report(sizes: list[int]) -> None:
    """Print the table: seconds per shape and size, and the growth across the sizes."""
    seconds("letters", 100)  # imports and regex compilation are not the first shape's cost
    print(f"{'shape':<26}" + "".join(f"{size:>11,}" for size in sizes) + "     growth")
    for shape in SHAPES:
        times = [seconds(shape, size) for size in sizes]
        growth = times[-1] / max(times[0], 1e-6)
        print(f"{shape:<26}" + "".join(f"{t:>11.4f}" for t in times) + f"    x{growth:,.0f}")
    print(f"(seconds; linear growth is about x{sizes[-1] / sizes[0]:,.0f}, quadratic x{(sizes[-1] / sizes[0]) ** 2:,.0f})")


if __name__ == "__main__":
    main()
