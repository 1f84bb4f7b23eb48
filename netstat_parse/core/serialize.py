"""Records to JSON-ready dicts, JSON, JSON Lines and CSV.

Records hold only JSON-ready values, so a record's dict is its ``kind`` plus its fields
in declaration order; the field names per class are computed once. JSON is written with
orjson when it is installed (``pip install netstat-parse[fast]``), else with the stdlib;
both give the same JSON values.
"""

from __future__ import annotations

import codecs
import csv
import importlib
import io
import itertools
import json
import os
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, Final

import attrs

from netstat_parse.core.records import EncodedRecord, Record

orjson: Any  # the optional speed-up (``pip install netstat-parse[fast]``), or None
try:
    orjson = importlib.import_module("orjson")
except ImportError:  # pragma: no cover - exercised when orjson is absent
    orjson = None


_FIELD_NAMES: dict[type[Record], tuple[str, ...]] = {}
_DICT_MAKERS: dict[type[Record], Callable[[Record], dict[str, Any]]] = {}
_JSON_MAKERS: dict[type[Record], Callable[[Record, Any], dict[str, Any]]] = {}
_NO_SOURCE: Any = object()
BATCH: Final = 512
"""Records encoded per call of :func:`join_json` by the writers (one write per batch)."""


def field_names(cls: type[Record]) -> tuple[str, ...]:
    """The field names of a record class, in declaration order (base fields first)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in attrs.fields(cls))
    return names


def _dict_maker(cls: type[Record]) -> Callable[[Record], dict[str, Any]]:
    """A function building ``cls``'s dict in one literal (generated once per class: this is
    the hot path of every output format). Tuple fields become lists."""
    maker = _DICT_MAKERS.get(cls)
    if maker is None:
        maker = _DICT_MAKERS[cls] = _generate_maker(cls, tuples_as_lists=True)
    return maker


def _json_maker(cls: type[Record]) -> Callable[[Record, Any], dict[str, Any]]:
    """Like :func:`_dict_maker`, for a dict that goes straight to JSON: tuples stay tuples
    (both JSON writers print them as arrays), and a ``source`` key comes first when given."""
    maker = _JSON_MAKERS.get(cls)
    if maker is None:
        maker = _JSON_MAKERS[cls] = _generate_maker(cls, tuples_as_lists=False)
    return maker


def _generate_maker(cls: type[Record], *, tuples_as_lists: bool) -> Any:
    hints = typing.get_type_hints(cls)
    items = [f'"kind": {cls.kind!r}']
    for name in field_names(cls):
        is_tuple = typing.get_origin(hints[name]) is tuple
        items.append(f'"{name}": list(r.{name})' if is_tuple and tuples_as_lists else f'"{name}": r.{name}')
    body = ", ".join(items)
    namespace: dict[str, Any] = {"NO_SOURCE": _NO_SOURCE}
    if tuples_as_lists:
        source = f"def make(r):\n    return {{{body}}}"
    else:
        source = (f"def make(r, source=NO_SOURCE):\n"
                  f"    if source is NO_SOURCE:\n        return {{{body}}}\n"
                  f"    return {{'source': source, {body}}}")
    exec(source, namespace)  # noqa: S102 - generated from field names
    return namespace["make"]


def record_to_dict(record: Record, **extra: Any) -> dict[str, Any]:
    """``{"kind": ..., <fields>}``, with ``extra`` keys (for example ``source``) first."""
    made = _dict_maker(type(record))(record)
    return {**extra, **made} if extra else made


def dumps(value: Any, *, indent: bool = False) -> str:
    """JSON text of ``value`` (non-ASCII kept as is)."""
    if orjson is not None:
        option = orjson.OPT_INDENT_2 if indent else 0
        try:
            return orjson.dumps(value, option=option | orjson.OPT_NON_STR_KEYS).decode()
        except TypeError:  # an integer beyond 64 bits (a hostile row): the stdlib writes it
            pass
    return json.dumps(value, ensure_ascii=False, indent=2 if indent else None)


_STDLIB_ENCODE: Final = json.JSONEncoder(ensure_ascii=False).encode
_STDLIB_COMPACT: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json_bytes(value: Any) -> bytes:
    """orjson's JSON of ``value``, or the stdlib's where orjson refuses: an integer beyond 64
    bits, which only a hostile or damaged row gives (``Recv-Q`` of 30 digits)."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return _STDLIB_COMPACT(value).encode()


def json_body(record: Record) -> bytes:
    """What the writers write for ``record`` without the opening brace (orjson only): the
    body of an :class:`~netstat_parse.core.records.EncodedRecord`."""
    return _json_bytes(_json_maker(type(record))(record, _NO_SOURCE))[1:]


def values_encoder(build: Callable[..., Record], count: int) -> Callable[[tuple[Any, ...]], bytes | None]:
    """The :func:`json_body` of the record ``build`` (a :func:`record_builder`) makes from
    ``count`` positional values, written without making it (orjson only): one orjson call
    writes the values as an array, whose elements fill a template that :func:`json_body`
    wrote for a record of placeholders. None when an element holds a comma (a string or
    array value; then the array cannot be split) or orjson refuses a value: then the caller
    makes the record, for the writers to write. ``build`` must take its values in the
    record's field order (checked here: the values fill the template in its order)."""
    placeholders = [orjson.dumps(f"<netstat-parse value {i}>") for i in range(count)]
    template = json_body(build(*[orjson.loads(p) for p in placeholders])).replace(b"%", b"%%")
    places = [template.find(placeholder) for placeholder in placeholders]
    if any(template.count(placeholder) != 1 for placeholder in placeholders) or places != sorted(places):
        # the values fill the template in its order: ``build`` must take them in field order
        raise AssertionError(f"{build.__name__}'s values are not written once each, in order, in {template!r}")
    for placeholder in placeholders:
        template = template.replace(placeholder, b"%b")
    dumps = orjson.dumps

    def encode(values: tuple[Any, ...]) -> bytes | None:
        try:
            parts = dumps(values)[1:-1].split(b",")
        except TypeError:  # an integer beyond 64 bits: the writers write the record
            return None
        return template % tuple(parts) if len(parts) == count else None

    return encode


def join_json(records: Sequence[Record], separator: bytes, *, source: str | None = None) -> bytes:
    """The JSON objects of ``records`` joined by ``separator``, in UTF-8, each with a leading
    ``source`` key when given: what :func:`record_to_dict` and :func:`dumps` give, in one
    call per batch (the writers' hot path). An
    :class:`~netstat_parse.core.records.EncodedRecord` is written as its parser wrote it."""
    extra = _NO_SOURCE if source is None else source
    classes = set(map(type, records))
    makers = {cls: _json_maker(cls) for cls in classes - {EncodedRecord}}
    if orjson is None:
        return separator.join(_STDLIB_ENCODE(makers[type(r)](r, extra)).encode() for r in records)
    encode = orjson.dumps  # records' dicts have str keys only: no option needed
    start = b"{" if source is None else b'{"source":' + encode(source) + b","
    if len(classes) == 1 and EncodedRecord in classes:  # each body is one copy, then one join
        bodies = [r.body for r in records if type(r) is EncodedRecord]  # (all of them)
        return start + (separator + start).join(bodies)
    try:
        if len(classes) == 1:  # the common batch: one kind of record
            (make,) = makers.values()
            parts = [encode(make(r, extra)) for r in records]
        else:
            parts = [start + r.body if type(r) is EncodedRecord else encode(makers[type(r)](r, extra))
                     for r in records]
    except TypeError:  # orjson refused a value: the batch again, record by record
        parts = [start + r.body if type(r) is EncodedRecord else _json_bytes(makers[type(r)](r, extra))
                 for r in records]
    return separator.join(parts)


def utf8_writer(out: IO[str]) -> Callable[[bytes], object]:
    """A function writing UTF-8 text, given as bytes, to the text stream ``out``: straight to
    the bytes beneath it where that writes the same (a UTF-8 file or stdout whose line ends
    are not translated), else decoded. JSON batches then cost no decode and encode (0.3 µs a
    record). ``out`` is flushed first; write no text to it until done with the function."""
    buffer = getattr(out, "buffer", None)
    if (isinstance(out, io.TextIOWrapper) and buffer is not None and os.linesep == "\n"
            and codecs.lookup(out.encoding).name == "utf-8"):
        out.flush()
        return buffer.write
    return lambda data: out.write(data.decode())


def write_jsonl(records: Iterable[Record], out: IO[str], *, source: str | None = None) -> int:
    """Write one JSON object per record and line, with a leading ``source`` key when given;
    return how many."""
    count = 0
    write = utf8_writer(out)
    for batch in batched(records, BATCH):
        write(join_json(batch, b"\n", source=source) + b"\n")
        count += len(batch)
    return count


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: list[str], *, header: bool = True) -> int:
    """Write CSV rows with ``columns`` (and their header line); lists join with ``;``, dicts become JSON."""
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(row.get(name)) for name in columns])
        count += 1
    return count

