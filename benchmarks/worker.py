"""One measured job, run in its own process so that its peak memory is its own.

``python -m benchmarks.worker MODE FILE`` prints the number of rows/records it produced.
"""

from __future__ import annotations

import sys


def floor(path: str) -> int:
    """Reading the file and splitting every line: what any parser must at least do."""
    count = 0
    with open(path, encoding="utf-8", newline=None) as handle:
        for line in handle:
            if line.split():
                count += 1
    return count


def api_stream(path: str) -> int:
    import netstat_parse

    return sum(1 for _ in netstat_parse.iter_records(path))


def api_document(path: str) -> int:
    import netstat_parse

    return sum(1 for _ in netstat_parse.parse_file(path).records())


def jc_api(path: str) -> int:
    import jc

    parser = "route_print" if "windows-r" in path else "netstat"
    with open(path, encoding="utf-8", newline="") as handle:
        return len(list(jc.parse(parser, handle.read(), quiet=True)))


MODES = {"floor": floor, "api-stream": api_stream, "api-document": api_document, "jc-api": jc_api}

if __name__ == "__main__":
    print(MODES[sys.argv[1]](sys.argv[2]))
