"""Where a capture's time goes, stage by stage: ``python -m benchmarks.stages FILE``.

Prints µs per input line for decoding alone, decoding plus paste clean-up (every line
through the stages), the whole driver (decode, row lane or clean-up, parsers, records), the
driver as the CLI runs it for JSON (rows encoded where orjson is installed), and the CLI's
whole conversion to a JSON document (in this process, to the null device).
A developer's tool for the hot path; ``python -m benchmarks`` gives the comparable figures.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from netstat_parse.api import collector_paused, driven_events, text_lines
from netstat_parse.core import serialize
from netstat_parse.core.driver import Driver
from netstat_parse.core.jsondoc import write_document
from netstat_parse.core.paste import clean_lines


def _timed(label: str, count_items: Callable[[], int]) -> None:
    start = time.perf_counter()
    count = count_items()
    elapsed = time.perf_counter() - start
    print(f"{label:<30} {elapsed:6.2f} s {elapsed / max(count, 1) * 1e6:6.2f} µs/line  ({count:,} lines)")


def main(path: str) -> None:
    def decoded() -> int:
        with open(path, "rb") as stream:
            return sum(1 for _ in text_lines(stream, path)[1])

    def cleaned() -> int:
        with open(path, "rb") as stream:
            return sum(1 for _ in clean_lines(text_lines(stream, path)[1], Driver().recognizes))

    def driven(encode: bool = False) -> int:
        driver = Driver(encode=encode)
        with open(path, "rb") as stream, collector_paused():
            for _ in driver.run(text_lines(stream, path)[1]):
                pass
        return driver.lines_read

    def converted() -> int:
        driver = Driver(encode=serialize.orjson is not None)
        with open(path, "rb") as stream, open(os.devnull, "w", encoding="utf-8") as sink, collector_paused():
            events = driven_events(driver, text_lines(stream, path)[1], source=path, strict=False)
            write_document(events, sink, source=path, encoding=None, line_count=lambda: driver.lines_read)
        return driver.lines_read

    _timed("decode", decoded)
    _timed("decode + paste clean-up", cleaned)
    _timed("driver (events)", driven)
    _timed("driver (events, encoded rows)", lambda: driven(encode=serialize.orjson is not None))
    _timed("conversion to JSON", converted)



if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m benchmarks.stages FILE")
    main(sys.argv[1])
