"""``netstat-parse``: convert saved netstat captures to JSON, JSON Lines or CSV.

Exit status: 0 when every input was read (unparsed lines are reported in the output and
with a one-line warning per file on stderr); 1 with ``--strict`` when a line was unparsed;
2 for usage, file and decoding errors. Errors are one clear line naming the file; a
traceback is never shown.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from netstat_parse import __version__
from netstat_parse.api import iter_events, open_capture, parse_stream, text_lines
from netstat_parse.core.document import Document
from netstat_parse.core.errors import NetstatParseError
from netstat_parse.core.records import RECORD_BY_KIND, Record, Unparsed
from netstat_parse.core.sections import Section
from netstat_parse.core.serialize import dumps, field_names, record_to_dict, write_csv, write_jsonl
from netstat_parse.core.transcript import Prompt

EXIT_OK, EXIT_UNPARSED, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
STDIN = "-"


class _Usage(Exception):
    """A command-line mistake: printed as one line, exit 2."""


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netstat-parse",
        description="Turn captured netstat output (Windows or Linux, any encoding) into JSON, JSON Lines or CSV.",
        epilog="Exit status: 0 read, 1 unparsed lines with --strict, 2 usage/file/decoding error.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="capture files; none or - reads standard input")
    parser.add_argument("-f", "--format", choices=("json", "jsonl", "csv"), default="json",
                        help="json: one document per input (default); jsonl: one record per line; csv: a table")
    parser.add_argument("-k", "--kind", choices=sorted(RECORD_BY_KIND), help="only records of this kind")
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) on the first line nothing could parse")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    parser.add_argument("-q", "--quiet", action="store_true", help="no warnings on standard error")
    parser.add_argument("--list-kinds", action="store_true", help="list the section parsers and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _warn(message: str, quiet: bool) -> None:
    if not quiet:
        print(f"netstat-parse: {message}", file=sys.stderr)


def _open_input(name: str) -> tuple[str, IO[bytes]]:
    if name == STDIN:
        return "<stdin>", sys.stdin.buffer
    return name, open_capture(name)


def _document(name: str, strict: bool) -> Document:
    label, stream = _open_input(name)
    try:
        return parse_stream(stream, source=label, strict=strict)  # type: ignore[arg-type]
    finally:
        if name != STDIN:
            stream.close()


class _Tally:
    """Counts unparsed lines per input for the closing warning."""

    def __init__(self) -> None:
        self.unparsed = 0
        self.first: Unparsed | None = None

    def see(self, record: Record) -> None:
        if isinstance(record, Unparsed):
            self.unparsed += 1
            self.first = self.first or record

    def warn(self, label: str, quiet: bool) -> None:
        if self.unparsed and self.first is not None:
            _warn(f"{label}: {self.unparsed} unparsed line(s); first at line {self.first.line}: "
                  f"{self.first.reason}", quiet)


def _write_json(names: Sequence[str], args: argparse.Namespace, out: IO[str]) -> None:
    documents: list[dict[str, Any]] = []
    for name in names:
        doc = _document(name, args.strict)
        tally = _Tally()
        for record in doc.unparsed:
            tally.see(record)
        tally.warn(doc.source, args.quiet)
        data = doc.to_dict()
        if args.kind:
            for section in data["sections"]:
                section["records"] = [r for r in section["records"] if r["kind"] == args.kind]
        documents.append(data)
    out.write(dumps(documents[0] if len(documents) == 1 else documents, indent=True))
    out.write("\n")


def _stream_records(names: Sequence[str], args: argparse.Namespace) -> Iterator[tuple[str, Record]]:
    for name in names:
        label, stream = _open_input(name)
        tally = _Tally()
        try:
            _, lines = text_lines(stream, label)  # type: ignore[arg-type]
            for event in iter_events(lines, source=label, strict=args.strict):
                if isinstance(event, (Section, Prompt)):
                    continue
                tally.see(event)
                if args.kind is None or event.kind == args.kind:
                    yield label, event
        finally:
            if name != STDIN:
                stream.close()
        tally.warn(label, args.quiet)


def _write_jsonl(names: Sequence[str], args: argparse.Namespace, out: IO[str]) -> None:
    write_jsonl((record_to_dict(record, source=label) for label, record in _stream_records(names, args)), out)


def _write_csv(names: Sequence[str], args: argparse.Namespace, out: IO[str]) -> None:
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for label, record in _stream_records(names, args):
        by_kind.setdefault(record.kind, []).append(record_to_dict(record, source=label))
    if len(by_kind) > 1:
        _warn(f"records of {len(by_kind)} kinds ({', '.join(by_kind)}): one CSV table each, separated by a "
              "blank line; use --kind to get one table", args.quiet)
    for index, (kind, rows) in enumerate(by_kind.items()):
        if index:
            out.write("\n")
        write_csv(rows, out, ["source", "kind", *field_names(RECORD_BY_KIND[kind])])


def _list_kinds(out: IO[str]) -> None:
    from netstat_parse.platforms import PARSERS

    for cls in PARSERS:
        out.write(f"{cls.platform}.{cls.kind}\t{cls.description}\n")


ANALYSIS_COMMANDS = ("summary", "diff", "timeline")


def run(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit status instead of exiting."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ANALYSIS_COMMANDS:
        from netstat_parse.analysis.cli import run as run_analysis

        return run_analysis(argv)
    parser = _argument_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code in (0, None) else EXIT_ERROR
    out: IO[str] = sys.stdout
    try:
        if args.output:
            try:
                out = open(args.output, "w", encoding="utf-8", newline="\n")
            except OSError as err:
                raise NetstatParseError(err.strerror or str(err), source=args.output) from None
        if args.list_kinds:
            _list_kinds(out)
            return EXIT_OK
        names = args.files or [STDIN]
        writer = {"json": _write_json, "jsonl": _write_jsonl, "csv": _write_csv}[args.format]
        writer(names, args, out)
        out.flush()
    except NetstatParseError as err:
        print(f"netstat-parse: {err}", file=sys.stderr)
        return EXIT_UNPARSED if err.line_no is not None and args.strict else EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()  # `netstat-parse big.txt | head`: not an error
        return EXIT_OK
    except KeyboardInterrupt:
        print("netstat-parse: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # never a traceback to a user
        print(f"netstat-parse: internal error: {type(err).__name__}: {err} (please report this with the input)",
              file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_OK


def main() -> None:
    """Console entry point."""
    sys.exit(run())
