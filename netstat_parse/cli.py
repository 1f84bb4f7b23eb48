"""``netstat-parse``: convert saved netstat captures to JSON, JSON Lines or CSV.

Exit status: 0 when every input was read (unparsed lines are reported in the output and
with a one-line warning per file on stderr); 1 with ``--strict`` when a line was unparsed;
2 for usage, file and decoding errors (other inputs are still converted). Errors are one
clear line naming the file; a traceback is never shown.

Every format streams: memory does not grow with the input (``json`` writes each document
from the driver's events, ``csv`` spools rows per kind to temporary files).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
import typing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from netstat_parse import __version__
from netstat_parse.api import collector_paused, driven_events, open_capture, parse_file, parse_stream, text_lines
from netstat_parse.core.document import Document
from netstat_parse.core.driver import PASTE_MARKUP, Driver
from netstat_parse.core.errors import NetstatParseError
from netstat_parse.core.jsondoc import write_document
from netstat_parse.core import serialize
from netstat_parse.core.records import RECORD_BY_KIND, EncodedRecord, Record, Unparsed
from netstat_parse.core.sections import Section
from netstat_parse.core.serialize import field_names, record_to_dict, write_csv, write_jsonl
from netstat_parse.core.transcript import Prompt

if TYPE_CHECKING:
    from concurrent.futures import Future

EXIT_OK, EXIT_UNPARSED, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
STDIN = "-"
ANALYSIS_COMMANDS = ("summary", "diff", "timeline")
PROGRESS_MIN_BYTES = 8 << 20


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netstat-parse",
        description="Turn captured netstat output (Windows or Linux, any encoding) into JSON, JSON Lines or CSV.",
        epilog="Also: netstat-parse summary|diff|timeline ... (see --help of each). "
        "Exit status: 0 read, 1 unparsed lines with --strict, 2 usage/file/decoding error.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="capture files or folders; none or - reads stdin")
    parser.add_argument("-f", "--format", choices=("json", "jsonl", "csv"), default="json",
                        help="json: one document per input (default); jsonl: one record per line; csv: a table")
    parser.add_argument("-k", "--kind", choices=sorted(RECORD_BY_KIND), help="only records of this kind")
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) on the first line nothing could parse")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    parser.add_argument("-r", "--recursive", action="store_true", help="read every file in the folders given")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="convert N files in parallel processes (output order stays the input order)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no warnings and no progress bar on stderr")
    parser.add_argument("--list-kinds", action="store_true", help="list the section parsers and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def warn(message: str, quiet: bool, prog: str = "netstat-parse") -> None:
    """One line on stderr, unless ``--quiet``."""
    if not quiet:
        print(f"{prog}: {message}", file=sys.stderr)


def read_document(name: str) -> Document:
    """Parse one input named on the command line (``-`` is stdin) into a Document."""
    if name == STDIN:
        return parse_stream(sys.stdin.buffer, source="<stdin>")
    return parse_file(name)


@contextmanager
def opened_output(path: str | None) -> Iterator[IO[str]]:
    """``-o FILE`` opened for writing (errors as NetstatParseError), or stdout."""
    if not path:
        yield sys.stdout
        return
    try:
        out = open(path, "w", encoding="utf-8", newline="\n")
    except OSError as err:
        raise NetstatParseError(err.strerror or str(err), source=path) from None
    with out:
        yield out


def guarded(prog: str, body: Callable[[], int], *, strict: bool = False) -> int:
    """Run a command's body under the user-facing error policy: every error is one line
    on stderr and an exit status (2, or 1 for a strict-mode line error), never a traceback."""
    try:
        return body()
    except NetstatParseError as err:
        print(f"{prog}: {err}", file=sys.stderr)
        return EXIT_UNPARSED if err.line_no is not None and strict else EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()  # `netstat-parse big.txt | head`: not an error
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # noqa: BLE001 - the point: never a traceback to a user
        print(f"{prog}: internal error: {type(err).__name__}: {err} (please report this with the input)",
              file=sys.stderr)
        return EXIT_INTERNAL


def _expand(names: Sequence[str], recursive: bool) -> list[str]:
    """Input names with folders replaced by the files below them (sorted by path, hidden ones skipped)."""
    out: list[str] = []
    for name in names:
        if name != STDIN and os.path.isdir(name):
            if not recursive:
                raise NetstatParseError("is a directory (use --recursive to read the files in it)", source=name)
            found: list[str] = []
            for folder, dirs, files in os.walk(name):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(os.path.join(folder, f) for f in files if not f.startswith("."))
            out.extend(sorted(found))
        else:
            out.append(name)
    return out


class _Progress(io.RawIOBase):
    """A byte-count progress bar on stderr, for large inputs when stderr is a terminal."""

    def __init__(self, label: str, stream: BinaryIO, total: int) -> None:
        super().__init__()
        self.label, self.stream, self.total = label, stream, total
        self.done = 0
        self.shown = 0.0
        self.finished = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        self.done += len(data)
        now = time.monotonic()
        if not self.finished and (now - self.shown > 0.2 or not data):
            self.shown, self.finished = now, not data
            width = shutil.get_terminal_size((80, 20)).columns
            share = self.done / self.total if self.total else 1.0
            text = f"netstat-parse: {share:4.0%} ({self.done >> 20}/{self.total >> 20} MB) {self.label}"
            sys.stderr.write("\r" + text[: width - 1] + ("\n" if not data else ""))
            sys.stderr.flush()
        return len(data)

    def close(self) -> None:
        self.stream.close()
        super().close()


def _open_input(name: str, show_progress: bool) -> tuple[str, BinaryIO]:
    if name == STDIN:
        return "<stdin>", sys.stdin.buffer
    stream = open_capture(name)
    size = os.fstat(stream.fileno()).st_size
    if show_progress and size >= PROGRESS_MIN_BYTES:
        return name, typing.cast(BinaryIO, io.BufferedReader(_Progress(name, stream, size)))
    return name, stream


class UnparsedTally:
    """Counts unparsed lines of one input for the closing warning."""

    def __init__(self) -> None:
        self.unparsed = 0
        self.first: Unparsed | None = None

    def see(self, event: object) -> None:
        if isinstance(event, Unparsed) and event.reason != PASTE_MARKUP:  # fences are understood
            self.unparsed += 1
            self.first = self.first or event

    def warn(self, label: str, quiet: bool) -> None:
        if self.unparsed and self.first is not None:
            warn(f"{label}: {self.unparsed} unparsed line(s); first at line {self.first.line}: "
                  f"{self.first.reason}", quiet)


def _events(label: str, stream: BinaryIO, args: argparse.Namespace) -> tuple[str | None, Driver, Iterator[Any]]:
    decoding, lines = text_lines(stream, label)
    # JSON and JSON Lines with orjson: parsers may hand rows over already written (EncodedRecord)
    driver = Driver(encode=serialize.orjson is not None and args.format in ("json", "jsonl"))
    return decoding.name, driver, driven_events(driver, lines, source=label, strict=args.strict)


def _records(events: Iterator[Any], keep: Callable[[Record], bool] | None, tally: UnparsedTally) -> Iterator[Record]:
    """The records among ``events`` that ``keep`` keeps, unparsed lines included (tallied)."""
    for event in events:
        if type(event) is Unparsed:
            tally.see(event)
        elif isinstance(event, (Section, Prompt)):
            continue
        if keep is None or keep(event):
            yield event


def _keep(args: argparse.Namespace) -> Callable[[Record], bool] | None:
    """The ``--kind`` filter; None keeps every record."""
    kind = args.kind
    if kind is None:
        return None
    return lambda record: (record.record_kind if isinstance(record, EncodedRecord) else record.kind) == kind


def _convert(name: str, args: argparse.Namespace, out: IO[str], csv_spool: dict[str, IO[str]]) -> None:
    """Convert one input into ``out`` (json/jsonl) or the per-kind CSV spool files."""
    label, stream = _open_input(name, show_progress=not args.quiet and args.jobs == 1 and sys.stderr.isatty())
    tally = UnparsedTally()
    keep = _keep(args)
    try:
        with collector_paused():  # records form no cycles
            encoding, driver, events = _events(label, stream, args)
            if args.format == "json" and args.strict:
                # a strict error must not leave half a JSON document behind: spool, then copy
                with tempfile.SpooledTemporaryFile(1 << 20, "w+", encoding="utf-8") as document:
                    write_document(events, document, source=label, encoding=encoding,
                                   line_count=lambda: driver.lines_read, keep=keep, on_unparsed=tally.see)
                    document.seek(0)
                    shutil.copyfileobj(document, out)
            elif args.format == "json":
                write_document(events, out, source=label, encoding=encoding, line_count=lambda: driver.lines_read,
                               keep=keep, on_unparsed=tally.see)
            else:
                records = _records(events, keep, tally)
                if args.format == "jsonl":
                    write_jsonl(records, out, source=label)
                else:
                    for row in (record_to_dict(r, source=label) for r in records):
                        spool = csv_spool.get(row["kind"])
                        if spool is None:
                            spool = csv_spool[row["kind"]] = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
                        write_csv([row], spool, _csv_columns(row["kind"]), header=False)
    finally:
        if name != STDIN:
            stream.close()
    tally.warn(label, args.quiet)


def _csv_columns(kind: str) -> list[str]:
    return ["source", "kind", *field_names(RECORD_BY_KIND[kind])]


Failure = tuple[str, bool]
"""A failed input: the error message, and whether it is about a line (strict mode)."""


def _failure(err: NetstatParseError) -> Failure:
    return str(err), err.line_no is not None


def _convert_to_files(name: str, args: argparse.Namespace) -> tuple[str | None, dict[str, str], Failure | None]:
    """Worker for --jobs: convert one input into temporary files; (main output, csv spools, failure)."""
    fd, path = tempfile.mkstemp(prefix="netstat-parse-", suffix=".out")
    spools: dict[str, IO[str]] = {}
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            _convert(name, args, out, spools)
    except NetstatParseError as err:
        return path, {}, _failure(err)
    spool_paths = {}
    for kind, spool in spools.items():
        spool_fd, spool_path = tempfile.mkstemp(prefix="netstat-parse-", suffix=".csv")
        spool.seek(0)
        with os.fdopen(spool_fd, "w", encoding="utf-8", newline="") as copy:
            shutil.copyfileobj(spool, copy)
        spool.close()
        spool_paths[kind] = spool_path
    return path, spool_paths, None


def _convert_all(names: list[str], args: argparse.Namespace, out: IO[str]) -> int:
    """Convert every input in order; errors of one input are reported and the rest go on."""
    status = EXIT_OK
    csv_spool: dict[str, IO[str]] = {}
    many = len(names) > 1 and args.format == "json"
    out.write("[\n" if many else "")

    def results() -> Iterator[tuple[int, Callable[[], Failure | None]]]:
        if args.jobs > 1 and len(names) > 1:
            from concurrent.futures import ProcessPoolExecutor  # only with --jobs: it costs every start 8 ms

            with ProcessPoolExecutor(max_workers=args.jobs) as pool:
                futures = [pool.submit(_convert_to_files, name, args) for name in names]
                for index, future in enumerate(futures):
                    yield index, partial(_collect_future, future, out, csv_spool)
        else:
            for index, name in enumerate(names):
                yield index, partial(_convert_or_error, name, args, out, csv_spool)

    for index, run_one in results():
        if many and index:
            out.write(",\n")
        failure = run_one()
        if failure is not None:
            message, about_a_line = failure
            print(f"netstat-parse: {message}", file=sys.stderr)
            status = EXIT_UNPARSED if args.strict and about_a_line else max(status, EXIT_ERROR)
            if many:
                out.write("null")
            if args.strict:
                break
    out.write("\n]\n" if many else "")
    for index, (kind, spool) in enumerate(csv_spool.items()):
        out.write("\n" if index else "")
        write_csv([], out, _csv_columns(kind))
        spool.seek(0)
        shutil.copyfileobj(spool, out)
        spool.close()
    if len(csv_spool) > 1:
        warn(f"records of {len(csv_spool)} kinds ({', '.join(csv_spool)}): one CSV table each, separated by a "
              "blank line; use --kind to get one table", args.quiet)
    return status


def _convert_or_error(name: str, args: argparse.Namespace, out: IO[str],
                      csv_spool: dict[str, IO[str]]) -> Failure | None:
    try:
        _convert(name, args, out, csv_spool)
    except NetstatParseError as err:
        return _failure(err)
    return None


def _collect(result: tuple[str | None, dict[str, str], Failure | None], out: IO[str],
             csv_spool: dict[str, IO[str]]) -> Failure | None:
    """Copy a worker's temporary outputs into ``out`` and the CSV spool, in input order."""
    path, spool_paths, error = result
    if path:
        with open(path, encoding="utf-8") as produced:
            shutil.copyfileobj(produced, out)
        os.unlink(path)
    for kind, spool_path in spool_paths.items():
        spool = csv_spool.get(kind)
        if spool is None:
            spool = csv_spool[kind] = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
        with open(spool_path, encoding="utf-8", newline="") as produced:
            shutil.copyfileobj(produced, spool)
        os.unlink(spool_path)
    return error


def _collect_future(future: Future[tuple[str | None, dict[str, str], Failure | None]], out: IO[str],
                    csv_spool: dict[str, IO[str]]) -> Failure | None:
    return _collect(future.result(), out, csv_spool)


def _list_kinds(out: IO[str]) -> None:
    from netstat_parse.platforms import PARSERS

    for cls in PARSERS:
        out.write(f"{cls.platform}.{cls.kind}\t{cls.description}\n")


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
    if args.jobs < 1:
        print("netstat-parse: --jobs takes a whole number of 1 or more", file=sys.stderr)
        return EXIT_ERROR

    def body() -> int:
        with opened_output(args.output) as out:
            if args.list_kinds:
                _list_kinds(out)
                return EXIT_OK
            status = _convert_all(_expand(args.files or [STDIN], args.recursive), args, out)
            out.flush()
            return status

    return guarded("netstat-parse", body, strict=args.strict)


def main() -> None:
    """Console entry point."""
    sys.exit(run())
