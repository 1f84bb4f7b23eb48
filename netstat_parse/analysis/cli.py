"""``netstat-parse summary|diff|timeline``: the analysis subcommands.

Output is ``--format table`` (aligned columns for people) or ``--format json`` (the
contract: ``added``/``removed``/``changed``, ``snapshots``). Without ``--format``, a
terminal gets the table and a pipe or ``-o`` file gets JSON, so scripts never parse the
table by accident. Exit status and messages follow the main command: 0 when the inputs
were read (a one-line warning per file with unparsed lines), 2 for usage, file, decoding
and plotting errors, each one line naming the file.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any

from netstat_parse.analysis.diff import diff
from netstat_parse.analysis.summary import summarize
from netstat_parse.analysis.timeline import timeline
from netstat_parse.cli import EXIT_ERROR, EXIT_OK, STDIN, UnparsedTally, guarded, opened_output, read_document, warn
from netstat_parse.core.document import Document
from netstat_parse.core.errors import NetstatParseError
from netstat_parse.core.serialize import dumps

FORMATS = ("table", "json")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-f", "--format", choices=FORMATS,
                        help="table (default on a terminal) or json (default otherwise)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    parser.add_argument("-q", "--quiet", action="store_true", help="no warnings on standard error")


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netstat-parse",
        description="Analyse netstat captures: summary of one capture, diff of two, timeline of many.",
        epilog="Exit status: 0 read, 2 usage/file/decoding/plot error.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="{summary,diff,timeline}")
    summary = commands.add_parser(
        "summary", help="listeners, talkers, states, problem counters of a capture",
        description="Listening sockets by port, established connections by remote host and by process, top "
                    "talkers, state and protocol counts, and the -s/-e/-i counters that report errors.")
    summary.add_argument("files", nargs="*", metavar="FILE", help="capture files; none or - reads standard input")
    summary.add_argument("--top", type=_positive_int, default=10, metavar="N", help="top talkers to list (10)")
    summary.add_argument("--snapshot", type=int, metavar="N",
                         help="summarize snapshot N of an interval capture (0 first, -1 last; default: its state)")
    _common(summary)
    difference = commands.add_parser(
        "diff", help="what was added, removed or changed between two captures",
        description="Connections added, removed and changed (state or owner), keyed by protocol and both "
                    "endpoints; routes, interfaces and sockets added/removed; counter deltas.")
    difference.add_argument("before", metavar="BEFORE", help="the earlier capture (- for standard input)")
    difference.add_argument("after", metavar="AFTER", help="the later capture")
    _common(difference)
    line = commands.add_parser(
        "timeline", help="snapshots of an interval/continuous capture or of several captures, in order",
        description="One entry per snapshot (netstat -ano 5, netstat -c, or one file each, in the order "
                    "given; a folder gives its files in natural name order): connections that appeared, "
                    "disappeared and changed, per-state counts, counter deltas and rates.")
    line.add_argument("files", nargs="+", metavar="FILE", help="captures or folders of captures, oldest first")
    line.add_argument("--interval", type=_positive_float, metavar="SECONDS",
                      help="seconds between snapshots (else read from the command line or file times)")
    line.add_argument("--plot", metavar="FILE.png", help="also draw connections per state (needs matplotlib)")
    _common(line)
    return parser


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return int(text)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {text!r}")
    return value


def _read(name: str, quiet: bool) -> Document:
    """Parse one input, warning once about its unparsed lines."""
    doc = read_document(name)
    tally = UnparsedTally()
    for record in doc.unparsed:
        tally.see(record)
    tally.warn(doc.source, quiet)
    if not any(section.records for section in doc.sections):
        warn(f"{doc.source}: no netstat records found", quiet)
    return doc


def _natural(name: str) -> list[Any]:
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)]


def _expand(names: Sequence[str]) -> list[str]:
    """Files as given; a folder becomes its visible regular files in natural name order."""
    files: list[str] = []
    for name in names:
        if name != STDIN and os.path.isdir(name):
            inside = [e.path for e in os.scandir(name) if e.is_file() and not e.name.startswith(".")]
            if not inside:
                raise NetstatParseError("folder holds no capture files", source=name)
            files.extend(sorted(inside, key=lambda path: _natural(os.path.basename(path))))
        else:
            files.append(name)
    return files


def _mtime(name: str) -> float | None:
    try:
        return None if name == STDIN else os.path.getmtime(name)
    except OSError:
        return None


def _summary(args: argparse.Namespace) -> Any:
    results = []
    for name in args.files or [STDIN]:
        doc = _read(name, args.quiet)
        try:
            results.append(summarize(doc, top=args.top, snapshot=args.snapshot))
        except IndexError as err:
            raise NetstatParseError(str(err), source=doc.source) from None
    return results[0] if len(results) == 1 else results


def _diff(args: argparse.Namespace) -> Any:
    if args.before == STDIN and args.after == STDIN:
        raise NetstatParseError("only one of BEFORE and AFTER can be standard input", source="-")
    before, after = _read(args.before, args.quiet), _read(args.after, args.quiet)
    result = diff(before, after)
    old_kinds = {r.kind for snap in result.before for r in snap.records}
    new_kinds = {r.kind for snap in result.after for r in snap.records}
    if old_kinds and new_kinds and not old_kinds & new_kinds:
        warn(f"nothing in common to compare: {before.source} has {', '.join(sorted(old_kinds))}, "
              f"{after.source} has {', '.join(sorted(new_kinds))}", args.quiet)
    platforms = {snap.platform for snap in [*result.before, *result.after] if snap.platform}
    if len(platforms) > 1:
        warn(f"comparing captures of different platforms ({', '.join(sorted(platforms))})", args.quiet)
    return result


def _timeline(args: argparse.Namespace) -> Any:
    names = _expand(args.files)
    docs = [_read(name, args.quiet) for name in names]
    result = timeline(docs, interval=args.interval, mtimes=[_mtime(name) for name in names])
    if len(result.steps) < 2:
        warn(f"only {len(result.steps)} snapshot(s): nothing to follow over time", args.quiet)
    elif result.time_source == "mtime":
        warn("times taken from file modification times; give --interval SECONDS if they are not right",
              args.quiet)
    if args.plot:
        from netstat_parse.analysis.plot import plot_timeline

        plot_timeline(result, args.plot)
    return result


ACTIONS: dict[str, Callable[[argparse.Namespace], Any]] = {"summary": _summary, "diff": _diff, "timeline": _timeline}


def _write(result: Any, fmt: str, out: IO[str]) -> None:
    results = result if isinstance(result, list) else [result]
    if fmt == "json":
        data = [r.to_dict() for r in results]
        out.write(dumps(data if isinstance(result, list) else data[0], indent=True) + "\n")
    else:
        out.write("\n".join(r.to_text() for r in results))


def run(argv: Sequence[str]) -> int:
    """Run ``summary``, ``diff`` or ``timeline`` (``argv[0]``); returns the exit status."""
    parser = _argument_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:
        return EXIT_OK if exit_.code in (0, None) else EXIT_ERROR

    def body() -> int:
        with opened_output(args.output) as out:
            fmt = args.format or ("table" if out is sys.stdout and out.isatty() else "json")
            _write(ACTIONS[args.command](args), fmt, out)
            out.flush()
        return EXIT_OK

    return guarded(f"netstat-parse {args.command}", body)
