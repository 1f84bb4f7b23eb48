"""Run every benchmark and print the tables: ``python -m benchmarks [--sizes 200000,1000000]``.

For each generated capture (benchmarks/generate.py) it measures, in one run and on the same
files: the floor (read + split every line in pure Python), the netstat-parse API (streaming
``iter_records`` and a whole ``parse_file`` document), the netstat-parse CLI to JSON and to
JSON Lines, and jc (API and CLI) where jc has a parser for the kind. Each job runs in its own
process; time is wall-clock of the whole process, memory its peak RSS (``wait4``). Medians of
``--repeat`` runs. Then the pathological-input table of ``benchmarks/pathological.py``.

netstat-parse is byte-compiled first, as ``pip install`` does (jc's and every installed
package's ``.pyc`` files are on disk): an editable checkout run with
``PYTHONDONTWRITEBYTECODE`` set would otherwise compile its modules in every job (40 ms).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import pathological
from benchmarks.generate import GENERATORS, write

DATA = Path(__file__).resolve().parent / "data"
JC_PARSERS = {"linux-tanp": "--netstat", "windows-ano": "--netstat", "windows-abno": "--netstat",
              "windows-r": "--route-print"}


def _jobs(kind: str, path: Path) -> list[tuple[str, list[str], bool]]:
    """(name, argv, stdin from the file?) per job."""
    py = sys.executable
    jobs = [
        ("floor (read+split)", [py, "-m", "benchmarks.worker", "floor", str(path)], False),
        ("netstat-parse API stream", [py, "-m", "benchmarks.worker", "api-stream", str(path)], False),
        ("netstat-parse API document", [py, "-m", "benchmarks.worker", "api-document", str(path)], False),
        ("netstat-parse CLI json", [py, "-m", "netstat_parse", "-q", "-f", "json", "-o", os.devnull, str(path)], False),
        ("netstat-parse CLI jsonl", [py, "-m", "netstat_parse", "-q", "-f", "jsonl", "-o", os.devnull, str(path)],
         False),
    ]
    if kind in JC_PARSERS:
        jobs.append(("jc API", [py, "-m", "benchmarks.worker", "jc-api", str(path)], False))
        jc = shutil.which("jc")
        if jc:
            jobs.append(("jc CLI json", [jc, JC_PARSERS[kind]], True))
    return jobs


def _measure(argv: list[str], stdin_path: Path | None) -> tuple[float, float, str]:
    """(seconds, peak MB, stdout's first line) of one process."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE if not stdin_path else subprocess.DEVNULL,
                                stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parent.parent)
        out = proc.stdout.read().decode() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        if stdin_path:
            stdin.close()  # type: ignore[union-attr]
    if status != 0:
        raise RuntimeError(f"{argv} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024, out.strip().splitlines()[0] if out.strip() else ""


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--sizes", default="200000,1000000", help="data rows per capture (comma-separated)")
    parser.add_argument("--kinds", default=",".join(GENERATORS), help="which captures")
    parser.add_argument("--repeat", type=int, default=3, help="runs per job (median)")
    parser.add_argument("--skip-pathological", action="store_true", help="skip the pathological-input table")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    package = importlib.util.find_spec("netstat_parse")
    if package is not None and package.origin is not None:
        compileall.compile_dir(Path(package.origin).parent, quiet=1)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; times are whole processes, medians of "
          f"{args.repeat}")
    header = f"{'capture':<14} {'rows':>9} {'job':<28} {'s':>7} {'rows/s':>10} {'µs/row':>7} {'vs jc':>6} " \
             f"{'vs floor':>8} {'peak MB':>8}"
    print(header)
    print("-" * len(header))
    for kind in args.kinds.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            path = write(kind, size, DATA / f"{kind}-{size}.txt")
            rows = 0
            results: dict[str, tuple[float, float]] = {}
            for name, argv, use_stdin in _jobs(kind, path):
                runs = [_measure(argv, path if use_stdin else None) for _ in range(args.repeat)]
                seconds = statistics.median(r[0] for r in runs)
                peak = max(r[1] for r in runs)
                if name.startswith("netstat-parse API stream"):
                    rows = int(runs[0][2])
                results[name] = (seconds, peak)
            floor = results["floor (read+split)"][0]
            jc_cli = results.get("jc CLI json", results.get("jc API", (None, 0)))[0]
            for name, (seconds, peak) in results.items():
                vs_jc = f"{jc_cli / seconds:5.1f}x" if jc_cli and not name.startswith("jc") else ""
                print(f"{kind:<14} {rows:>9} {name:<28} {seconds:7.2f} {rows / seconds:10.0f} "
                      f"{seconds / rows * 1e6:7.2f} {vs_jc:>6} {seconds / floor:7.1f}x {peak:8.0f}")
            print()
    if not args.skip_pathological:
        print("Pathological lines (benchmarks/pathological.py): seconds to parse one line of N characters")
        pathological.report(list(pathological.DEFAULT_SIZES))


if __name__ == "__main__":
    main()
